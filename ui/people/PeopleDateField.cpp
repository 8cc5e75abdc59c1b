#include "PeopleDateField.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLocale>

namespace carnet {

QString PeopleDateField::displayFormat()
{
    // A two-digit year is ambiguous for a birth year or an onset decades back.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

PeopleDateField::PeopleDateField(const QString& checkText, const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
    , m_check(new QCheckBox(checkText, this))
    , m_edit(new QDateEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(displayFormat());
    m_edit->setMinimumDate(QDate(1850, 1, 1));
    m_edit->setAccessibleName(accessibleName);
    m_check->setAccessibleName(tr("%1 is known").arg(accessibleName));
    m_check->setToolTip(tr("Untick when the date is not known"));
    m_edit->setEnabled(false);
    setFocusProxy(m_check);
    connect(m_check, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
    connect(m_check, &QCheckBox::toggled, this, &PeopleDateField::changed);
    connect(m_edit, &QDateEdit::dateChanged, this, &PeopleDateField::changed);
}

QDate PeopleDateField::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void PeopleDateField::setDate(const QDate& date, const QDate& fallback)
{
    const QSignalBlocker checkBlocker(m_check);
    const QSignalBlocker editBlocker(m_edit);
    m_edit->setDate(date.isValid() ? date : fallback);
    m_check->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid());
    emit changed();
}

} // namespace carnet
