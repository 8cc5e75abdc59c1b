#pragma once

#include <QComboBox>
#include <QStringList>
#include <functional>

namespace carnet {

// A drop-down of the machine words a record field accepts (sex, severity, plan type…), shown by their translated
// labels; optionally with a first "Not recorded" entry that stands for an empty value.
class PeopleChoiceBox : public QComboBox
{
    Q_OBJECT

public:
    PeopleChoiceBox(const QStringList& words, const std::function<QString(const QString&)>& label, bool allowEmpty,
                    const QString& accessibleName, QWidget* parent = nullptr);

    // The stored word; empty for "Not recorded".
    QString word() const;
    // An unknown word selects "Not recorded" (or the first word when empty is not allowed).
    void setWord(const QString& word);
};

} // namespace carnet
