#include "SharingPage.h"

#include "DisclosureLogPanel.h"
#include "Vault.h"
#include "VaultIdentityPanel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace carnet {

SharingPage::SharingPage(Vault& vault, ClipboardGuard& clipboard, QWidget* parent)
    : QWidget(parent)
    , m_newShare(new QPushButton(tr("&New share…"), this))
    , m_openShared(new QPushButton(tr("&Open shared record…"), this))
    , m_tabs(new QTabWidget(this))
    , m_logPanel(new DisclosureLogPanel(vault.database(), clipboard, this))
    , m_identityPanel(new VaultIdentityPanel(vault, clipboard, this))
{
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("<h2>Sharing</h2><p>Send chosen records to a doctor or someone you trust, encrypted "
                                "to them and signed by this vault, or open a record someone shared with you.</p>"),
                             this);
    title->setWordWrap(true);
    header->addWidget(title, 1);

    const QKeySequence newShareKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    m_newShare->setDefault(true);
    m_newShare->setToolTip(tr("Choose what to share and with whom, see exactly what will leave, then write the "
                              "file (%1)")
                               .arg(newShareKeys.toString(QKeySequence::NativeText)));
    m_newShare->setAccessibleName(tr("New share"));
    m_openShared->setToolTip(tr("Open a .carnet-share file someone sent you"));
    m_openShared->setAccessibleName(tr("Open shared record"));
    // Taller than ordinary buttons: these two are what the page is for.
    for (QPushButton* button : {m_newShare, m_openShared}) {
        button->setMinimumHeight(button->sizeHint().height() * 3 / 2);
        header->addWidget(button, 0, Qt::AlignVCenter);
    }
    layout->addLayout(header);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_identityPanel);
    m_tabs->addTab(m_logPanel, tr("Shared &by you"));
    m_tabs->addTab(scroll, tr("Your sharing &keys"));
    m_tabs->setTabToolTip(LogTab, tr("Every share made from this vault"));
    m_tabs->setTabToolTip(KeysTab, tr("Your public keys and fingerprint, for the people you share with"));
    m_tabs->setAccessibleName(tr("Sharing"));
    layout->addWidget(m_tabs, 1);

    // Scoped to the page, so the keys do nothing elsewhere in the window (see newShareAction() in the header).
    m_newShareAction = new QAction(tr("New share…"), this);
    m_newShareAction->setShortcut(newShareKeys);
    m_newShareAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_newShareAction);
    connect(m_newShareAction, &QAction::triggered, this, &SharingPage::newShareRequested);
    connect(m_newShare, &QPushButton::clicked, this, &SharingPage::newShareRequested);
    connect(m_openShared, &QPushButton::clicked, this, &SharingPage::openSharedRecordRequested);
}

void SharingPage::reload()
{
    m_logPanel->reload();
}

} // namespace carnet
