#pragma once

#include "RecordStore.h"

#include <QDialog>

#include <vector>

class QListWidget;
class QTextBrowser;

namespace carnet {

// The amendment trail of one record: every version on the left, what it changed on the right. Read-only; every
// section opens it the same way (a "History…" action on the selected record).
class RecordHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    RecordHistoryDialog(Database& db, std::int64_t recordId, const QString& title, QWidget* parent = nullptr);

    int versionCount() const { return static_cast<int>(m_versions.size()); }
    void showVersion(int index);
    QString shownText() const;

private:
    std::vector<RecordVersion> m_versions;
    QListWidget* m_list;
    QTextBrowser* m_details;
};

} // namespace carnet
