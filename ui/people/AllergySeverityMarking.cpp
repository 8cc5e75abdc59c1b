#include "AllergySeverityMarking.h"

#include "AllergyListModel.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

namespace carnet {

AllergySeverityMarking::AllergySeverityMarking(AllergyListModel* source, QObject* parent)
    : QIdentityProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
}

bool AllergySeverityMarking::isMarked(int row) const
{
    if (row < 0 || row >= m_source->rowCount())
        return false;
    const Allergy& allergy = m_source->allergyAt(row);
    return allergy.severity == QLatin1String("severe") || allergy.criticality == QLatin1String("high");
}

QVariant AllergySeverityMarking::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !isMarked(index.row()))
        return QIdentityProxyModel::data(index, role);
    const Allergy& allergy = m_source->allergyAt(index.row());
    const bool severe = allergy.severity == QLatin1String("severe");
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() != AllergyListModel::SeverityColumn)
            break;
        if (severe)
            return tr("⚠ %1").arg(Allergy::severityLabel(allergy.severity));
        if (allergy.severity.isEmpty())
            return tr("⚠ High risk");
        return tr("⚠ %1, high risk").arg(Allergy::severityLabel(allergy.severity));
    case Qt::DecorationRole:
        if (index.column() == AllergyListModel::SubstanceColumn)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::FontRole: {
        QFont bold = QApplication::font();
        bold.setBold(true);
        return bold;
    }
    case Qt::ToolTipRole: {
        QString tip = severe ? tr("Severe reaction") : tr("High risk of a severe reaction");
        if (!allergy.notes.isEmpty())
            tip += QLatin1Char('\n') + allergy.notes;
        return tip;
    }
    case Qt::AccessibleDescriptionRole:
        return severe ? tr("Severe reaction") : tr("High risk of a severe reaction");
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace carnet
