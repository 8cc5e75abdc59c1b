#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace carnet {

// Copies sensitive text (a member id) with "don't keep this" hints for clipboard managers, and clears it again
// after a delay unless something else was copied meanwhile.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultClearSeconds = 30;

    explicit ClipboardGuard(QObject* parent = nullptr);

    void setClearDelayMs(int ms) { m_timer.setInterval(ms); }
    void copy(const QString& text);
    // Clears now if the clipboard still holds what Carnet put there (on lock and quit).
    void clearIfOurs();

signals:
    void cleared();

private:
    QTimer m_timer;
    QString m_copied;
};

} // namespace carnet
