#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace carnet {

// Shows a new recovery code once, offers to print or save it, and asks the user to type its last group back
// before it can be closed, so nobody clicks past it unread.
class RecoveryCodeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecoveryCodeDialog(const QString& recoveryCode, QWidget* parent = nullptr);

    // The group the user must type back (the last one).
    QString checkGroup() const;
    QLineEdit* checkField() const { return m_check; }

private:
    void updateAcceptable();
    void print();
    void save();
    QString sheetText() const;

    QString m_code;
    QLineEdit* m_check;
    QPushButton* m_done;
};

} // namespace carnet
