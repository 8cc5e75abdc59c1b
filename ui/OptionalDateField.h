#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace carnet {

// A date that may be unknown (a birth date, a refill date, the end of a coverage): a check box says whether it is
// known, a date edit (with a calendar) holds it. Also the section-wide date and time formats.
class OptionalDateField : public QWidget
{
    Q_OBJECT

public:
    // checkText labels the check box ("&Known", "&Set"); it carries the mnemonic, the date edit follows it.
    OptionalDateField(const QString& checkText, const QString& accessibleName, QWidget* parent = nullptr);

    // Invalid when unset.
    QDate date() const;
    // An invalid date unsets it; the edit then proposes fallback when the box is ticked.
    void setDate(const QDate& date, const QDate& fallback = QDate::currentDate());

    // The locale's short date format with a four-digit year, for every date edit.
    static QString displayFormat();
    // The locale's short time format without seconds: doses and appointments are kept to the minute.
    static QString timeFormat();
    // A local date and time in those formats.
    static QString dateTimeText(const QDateTime& at);

    QCheckBox* checkBox() const { return m_check; }
    QDateEdit* dateEdit() const { return m_edit; }

signals:
    void changed();

private:
    QCheckBox* m_check;
    QDateEdit* m_edit;
};

} // namespace carnet
