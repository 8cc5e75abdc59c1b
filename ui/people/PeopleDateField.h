#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace carnet {

// A calendar date of the profile, care-team and insurance editors that may be unknown: a check box says whether it
// is known, a date edit (with a calendar) holds it.
class PeopleDateField : public QWidget
{
    Q_OBJECT

public:
    // checkText labels the check box ("&Known"); accessibleName names the date for screen readers.
    PeopleDateField(const QString& checkText, const QString& accessibleName, QWidget* parent = nullptr);

    // Invalid when unknown.
    QDate date() const;
    // An invalid date makes it unknown; ticking the box then proposes fallback.
    void setDate(const QDate& date, const QDate& fallback = QDate::currentDate());

    // The locale's short date format with a four-digit year.
    static QString displayFormat();

    QCheckBox* checkBox() const { return m_check; }
    QDateEdit* dateEdit() const { return m_edit; }

signals:
    void changed();

private:
    QCheckBox* m_check;
    QDateEdit* m_edit;
};

} // namespace carnet
