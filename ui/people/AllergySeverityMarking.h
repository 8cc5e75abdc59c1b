#pragma once

#include <QIdentityProxyModel>

namespace carnet {

class AllergyListModel;

// Marks the allergies that matter most in the allergy table (a severe reaction, or a high risk of one) with a
// warning sign, the words "⚠ Severe", bold text and a tooltip, so they stand out without relying on colour.
class AllergySeverityMarking : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit AllergySeverityMarking(AllergyListModel* source, QObject* parent = nullptr);

    // Whether the allergy in this row is marked.
    bool isMarked(int row) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    AllergyListModel* m_source;
};

} // namespace carnet
