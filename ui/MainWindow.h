#pragma once

#include "Vault.h"

#include <QMainWindow>

#include <cstdint>
#include <memory>
#include <vector>

class QListWidget;
class QStackedWidget;

namespace carnet {

class ClipboardGuard;
class Clock;
class ReceivedSharesPage;
class SharedRecordOpener;
class ShareWizard;
class SharingPage;

// The window of an unlocked vault: a sidebar of views. It owns every record view and model, so deleting it on
// lock leaves nothing of the records in memory but what the vault itself wipes.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::shared_ptr<Vault> vault, ClipboardGuard& clipboard, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adds a view to the sidebar; returns its index. Ctrl+1… select the first nine.
    int addPage(const QString& iconName, const QString& title, QWidget* page);
    void showPage(int index);
    // Shows the section with this (translated) title; false when there is none.
    bool showSection(const QString& title);
    int currentPage() const;
    QWidget* page(const QString& title) const;
    int pageCount() const;
    // Saves a PNG of the window showing each page in turn as DIR/NN-title.png (the docs' screenshots); returns the
    // files written.
    QStringList saveScreenshots(const QString& dir);

    Vault& vault() { return *m_vault; }

    // File › New share…: the share wizard, window-modal, deleted when closed; optionally with entries ticked.
    ShareWizard* newShare(const std::vector<std::int64_t>& preselected = {});
    // File › Open shared record…: asks for the file when path is empty; nullptr when that was cancelled.
    SharedRecordOpener* openSharedRecord(const QString& path = {});

signals:
    void lockRequested();
    void settingsChanged();

private:
    void createMenus();
    void addSections();
    void openSettings();
    void saveGeometry();

    std::shared_ptr<Vault> m_vault;
    ClipboardGuard& m_clipboard;
    const Clock& m_clock;
    QListWidget* m_sidebar;
    QStackedWidget* m_pages;
    SharingPage* m_sharing = nullptr;
    ReceivedSharesPage* m_received = nullptr;
};

} // namespace carnet
