#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace carnet {

// A bar and a line of advice under a new-passphrase field, updated as the user types (zxcvbn estimate).
class PassphraseStrengthMeter : public QWidget
{
    Q_OBJECT

public:
    explicit PassphraseStrengthMeter(QLineEdit* field, QWidget* parent = nullptr);
    bool isAcceptable() const { return m_acceptable; }
    QString labelText() const;

signals:
    void acceptableChanged(bool acceptable);

private:
    void update(const QString& text);

    QProgressBar* m_bar;
    QLabel* m_label;
    bool m_acceptable = false;
};

} // namespace carnet
