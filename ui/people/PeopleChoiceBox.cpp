#include "PeopleChoiceBox.h"

#include <algorithm>

namespace carnet {

PeopleChoiceBox::PeopleChoiceBox(const QStringList& words, const std::function<QString(const QString&)>& label,
                                 bool allowEmpty, const QString& accessibleName, QWidget* parent)
    : QComboBox(parent)
{
    if (allowEmpty)
        addItem(tr("Not recorded"), QString());
    for (const QString& word : words)
        addItem(label ? label(word) : word, word);
    setAccessibleName(accessibleName);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

QString PeopleChoiceBox::word() const
{
    return currentData().toString();
}

void PeopleChoiceBox::setWord(const QString& word)
{
    setCurrentIndex(std::max(0, findData(word)));
}

} // namespace carnet
