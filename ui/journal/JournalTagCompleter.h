#pragma once

#include <QCompleter>

namespace carnet {

// Completes the tag being typed in a comma-separated list of tags from the tags already in the journal, keeping
// the ones before it.
class JournalTagCompleter : public QCompleter
{
    Q_OBJECT

public:
    JournalTagCompleter(const QStringList& tags, QObject* parent = nullptr);

    QStringList splitPath(const QString& path) const override;
    QString pathFromIndex(const QModelIndex& index) const override;
};

} // namespace carnet
