#include "MainWindow.h"

#include <QAction>
#include <QListWidget>
#include <QMenuBar>
#include <QStatusBar>

namespace carnet {

MainWindow::MainWindow(std::shared_ptr<Vault> vault, QWidget* parent)
    : QMainWindow(parent)
    , m_vault(std::move(vault))
    , m_activity(new QListWidget(this))
{
    setWindowTitle(tr("Carnet"));
    m_activity->setAccessibleName(tr("Activity"));
    setCentralWidget(m_activity);
    auto* vaultMenu = menuBar()->addMenu(tr("&Vault"));
    auto* lockAction = vaultMenu->addAction(tr("&Lock"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lockAction, &QAction::triggered, this, [this] { emit lockRequested(tr("Locked on request.")); });
    statusBar()->showMessage(tr("Unlocked: %1").arg(m_vault->folder()));
    showActivity();
    resize(900, 600);
}

MainWindow::~MainWindow() = default;

void MainWindow::showActivity()
{
    m_activity->clear();
    for (const auto& entry : m_vault->auditLog().entries()) {
        QString line = entry.at.toLocalTime().toString(Qt::ISODate) + QStringLiteral("  ") + AuditLog::describe(entry.event);
        if (!entry.detail.isEmpty())
            line += QStringLiteral(" (") + entry.detail + QLatin1Char(')');
        m_activity->addItem(line);
    }
}

} // namespace carnet
