#include "JournalTagCompleter.h"

#include <QLineEdit>
#include <QStringListModel>

namespace carnet {

JournalTagCompleter::JournalTagCompleter(const QStringList& tags, QObject* parent)
    : QCompleter(parent)
{
    setModel(new QStringListModel(tags, this));
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchStartsWith);
}

QStringList JournalTagCompleter::splitPath(const QString& path) const
{
    // Only the tag after the last comma is being typed.
    QString last = path.section(QLatin1Char(','), -1).trimmed();
    if (last.startsWith(QLatin1Char('#')))
        last.remove(0, 1);
    return {last};
}

QString JournalTagCompleter::pathFromIndex(const QModelIndex& index) const
{
    const QString tag = QCompleter::pathFromIndex(index);
    const auto* edit = qobject_cast<const QLineEdit*>(widget());
    const QString text = edit ? edit->text() : QString();
    const int comma = text.lastIndexOf(QLatin1Char(','));
    if (comma < 0)
        return tag;
    return text.left(comma + 1) + QLatin1Char(' ') + tag;
}

} // namespace carnet
