#pragma once

#include "Vault.h"

#include <QMainWindow>

#include <memory>

class QListWidget;

namespace carnet {

// The window of an unlocked vault; closing or locking it destroys every view of the records.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(std::shared_ptr<Vault> vault, QWidget* parent = nullptr);
    ~MainWindow() override;

signals:
    void lockRequested(const QString& reason);

private:
    void showActivity();

    std::shared_ptr<Vault> m_vault;
    QListWidget* m_activity;
};

} // namespace carnet
