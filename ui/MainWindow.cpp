#include "MainWindow.h"

#include "ActivityPage.h"
#include "CalendarPage.h"
#include "Clock.h"
#include "RecordStore.h"
#include "InsurancePage.h"
#include "JournalPage.h"
#include "MedicationsPage.h"
#include "ProfilePage.h"
#include "ReceivedSharesPage.h"
#include "SettingsDialog.h"
#include "ShareWizard.h"
#include "SharedRecordOpener.h"
#include "SharingPage.h"
#include "TodayPage.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QListWidget>
#include <QRegularExpression>
#include <QDir>
#include <QMessageBox>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace carnet {

MainWindow::MainWindow(std::shared_ptr<Vault> vault, ClipboardGuard& clipboard, const Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_vault(std::move(vault))
    , m_clipboard(clipboard)
    , m_clock(clock)
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Carnet"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/carnet.svg")));
    m_sidebar->setAccessibleName(tr("Sections"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    createMenus();
    addSections();
    m_sidebar->setMinimumWidth(m_sidebar->sizeHintForColumn(0) + 24);
    statusBar()->showMessage(tr("Vault unlocked: %1").arg(QDir::toNativeSeparators(m_vault->folder())));

    const QByteArray geometry = QSettings().value(QStringLiteral("window/main")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1000, 680);
}

MainWindow::~MainWindow()
{
    saveGeometry();
}

void MainWindow::saveGeometry()
{
    QSettings().setValue(QStringLiteral("window/main"), QMainWindow::saveGeometry());
}

int MainWindow::addPage(const QString& iconName, const QString& title, QWidget* page)
{
    page->setAccessibleName(title);
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)), title, m_sidebar);
    item->setSizeHint(QSize(0, 36));
    const int index = m_sidebar->count() - 1;
    if (index < 9) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, index] { showPage(index); });
        item->setToolTip(tr("%1 (%2)").arg(title, shortcut->key().toString(QKeySequence::NativeText)));
    }
    if (m_sidebar->currentRow() < 0)
        m_sidebar->setCurrentRow(0);
    return index;
}

void MainWindow::addSections()
{
    auto* today = new TodayPage(*m_vault, m_clock, this);
    addPage(QStringLiteral("today"), tr("Today"), today);
    addPage(QStringLiteral("journal"), tr("Journal"), new JournalPage(*m_vault, this));
    addPage(QStringLiteral("medication"), tr("Medications"), new MedicationsPage(*m_vault, m_clock, this));
    addPage(QStringLiteral("calendar"), tr("Calendar"), new CalendarPage(*m_vault, m_clock, this));
    addPage(QStringLiteral("insurance"), tr("Insurance"), new InsurancePage(*m_vault, m_clipboard, this));
    addPage(QStringLiteral("profile"), tr("Profile & care team"), new ProfilePage(*m_vault, this));
    m_sharing = new SharingPage(*m_vault, m_clipboard, this);
    // The File menu's New share… carries the shortcut window-wide; the page's own copy would make it ambiguous.
    m_sharing->newShareAction()->setShortcut({});
    connect(m_sharing, &SharingPage::newShareRequested, this, [this] { newShare(); });
    connect(m_sharing, &SharingPage::openSharedRecordRequested, this, [this] { openSharedRecord(); });
    addPage(QStringLiteral("sharing"), tr("Sharing"), m_sharing);
    m_received = new ReceivedSharesPage(*m_vault, this);
    addPage(QStringLiteral("shared-with-me"), tr("Shared with me"), m_received);
    addPage(QStringLiteral("activity"), tr("Activity"), new ActivityPage(m_vault->auditLog(), this));
    connect(today, &TodayPage::sectionRequested, this, [this](const QString& kind) {
        const QString title = kind == QLatin1String(RecordStore::Journal)       ? tr("Journal")
                              : kind == QLatin1String(RecordStore::Medication)  ? tr("Medications")
                              : kind == QLatin1String(RecordStore::Appointment) ? tr("Calendar")
                              : kind == QLatin1String(RecordStore::Insurance)   ? tr("Insurance")
                                                                                : QString();
        showSection(title);
    });
}

ShareWizard* MainWindow::newShare(const std::vector<std::int64_t>& preselected)
{
    // A child of this window, so locking the vault (which deletes the window) takes the wizard and its records too.
    auto* wizard = new ShareWizard(*m_vault, m_clipboard, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!preselected.empty())
        wizard->preselectEntries(preselected);
    connect(wizard, &ShareWizard::shareWritten, m_sharing, &SharingPage::reload);
    wizard->open();
    return wizard;
}

SharedRecordOpener* MainWindow::openSharedRecord(const QString& path)
{
    SharedRecordOpener* opener = SharedRecordOpener::open(this, m_vault.get(), path);
    if (opener)
        connect(opener, &SharedRecordOpener::shareKept, m_received, [this](std::int64_t id) { m_received->reload(id); });
    return opener;
}

void MainWindow::showPage(int index)
{
    m_sidebar->setCurrentRow(index);
}

bool MainWindow::showSection(const QString& title)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->accessibleName() == title) {
            showPage(i);
            return true;
        }
    }
    return false;
}

int MainWindow::currentPage() const
{
    return m_sidebar->currentRow();
}

QWidget* MainWindow::page(const QString& title) const
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->accessibleName() == title)
            return m_pages->widget(i);
    }
    return nullptr;
}

int MainWindow::pageCount() const
{
    return m_pages->count();
}

QStringList MainWindow::saveScreenshots(const QString& dir)
{
    QStringList written;
    for (int i = 0; i < pageCount(); ++i) {
        showPage(i);
        QApplication::processEvents();
        QString name = m_pages->widget(i)->accessibleName().toLower();
        name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
        const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(i + 1, 2, 10, QLatin1Char('0')).arg(name));
        if (grab().save(path))
            written << path;
    }
    return written;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* share = file->addAction(QIcon(QStringLiteral(":/icons/sharing.svg")), tr("&New share…"));
    share->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    share->setStatusTip(tr("Choose records to send, encrypted and signed, to a provider or caregiver; the journal "
                           "entry selected in the Journal starts ticked"));
    connect(share, &QAction::triggered, this, [this] {
        std::vector<std::int64_t> selected;
        if (auto* journal = qobject_cast<JournalPage*>(m_pages->currentWidget())) {
            if (const std::int64_t id = journal->selectedEntryId(); id > 0)
                selected.push_back(id);
        }
        newShare(selected);
    });
    QAction* openShared = file->addAction(QIcon(QStringLiteral(":/icons/shared-with-me.svg")),
                                          tr("&Open shared record…"));
    openShared->setShortcut(QKeySequence::Open);
    openShared->setStatusTip(tr("Open a .carnet-share file someone made for you"));
    connect(openShared, &QAction::triggered, this, [this] { openSharedRecord(); });
    file->addSeparator();
    QAction* settings = file->addAction(QIcon(QStringLiteral(":/icons/settings.svg")), tr("&Settings…"));
    settings->setShortcut(QKeySequence::Preferences);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* vaultMenu = menuBar()->addMenu(tr("&Vault"));
    QAction* lock = vaultMenu->addAction(QIcon(QStringLiteral(":/icons/lock.svg")), tr("&Lock"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lock, &QAction::triggered, this, &MainWindow::lockRequested);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Carnet"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Carnet"),
                           tr("<h3>Carnet %1</h3><p>A personal health record in an encrypted vault, kept on this "
                              "computer. Carnet gives no medical advice.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_vault->database(), this);
    if (dialog.exec() == QDialog::Accepted)
        emit settingsChanged();
}

} // namespace carnet
