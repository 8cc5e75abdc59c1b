#pragma once

#include <QWidget>

class QAction;
class QPushButton;
class QTabWidget;

namespace carnet {

class ClipboardGuard;
class DisclosureLogPanel;
class Vault;
class VaultIdentityPanel;

// The "Sharing" section of the main window: buttons to make a share or open one, the log of every share made from
// this vault ("Shared by you") and the vault's public keys ("Your sharing keys").
class SharingPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { LogTab, KeysTab };

    SharingPage(Vault& vault, ClipboardGuard& clipboard, QWidget* parent = nullptr);

    // Reads the disclosure log again; call it after a share was written.
    void reload();

    DisclosureLogPanel* logPanel() const { return m_logPanel; }
    VaultIdentityPanel* identityPanel() const { return m_identityPanel; }
    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* newShareButton() const { return m_newShare; }
    QPushButton* openSharedRecordButton() const { return m_openShared; }
    // Carries Ctrl+Shift+S while focus is in the page. A window-wide action with the same keys would make them
    // ambiguous there: give the window's action the keys and clear this one's, or keep this one alone.
    QAction* newShareAction() const { return m_newShareAction; }

signals:
    // "New share…" (Ctrl+Shift+S while the page has focus): the share wizard should open.
    void newShareRequested();
    // "Open shared record…": the viewer of a received .carnet-share should open.
    void openSharedRecordRequested();

private:
    // In this order: widgets made first come first in the tab order, and the two buttons are what the page is for.
    QPushButton* m_newShare;
    QPushButton* m_openShared;
    QTabWidget* m_tabs;
    DisclosureLogPanel* m_logPanel;
    VaultIdentityPanel* m_identityPanel;
    QAction* m_newShareAction = nullptr;
};

} // namespace carnet
