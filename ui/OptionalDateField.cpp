#include "OptionalDateField.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLocale>
#include <QRegularExpression>

namespace carnet {

QString OptionalDateField::displayFormat()
{
    // The locale's short format, but with four-digit years: a two-digit year is ambiguous for a birth year or a
    // start date decades back.
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString OptionalDateField::timeFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return format;
}

QString OptionalDateField::dateTimeText(const QDateTime& at)
{
    const QDateTime local = at.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + QLocale().toString(local.time(), timeFormat());
}

OptionalDateField::OptionalDateField(const QString& checkText, const QString& accessibleName, QWidget* parent)
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
    m_edit->setAccessibleName(accessibleName);
    m_edit->setMinimumDate(QDate(1850, 1, 1));
    m_check->setAccessibleName(tr("%1 is known").arg(accessibleName));
    m_check->setToolTip(tr("Untick when the date is not known"));
    m_edit->setEnabled(false);
    setFocusProxy(m_check);
    connect(m_check, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
    connect(m_check, &QCheckBox::toggled, this, &OptionalDateField::changed);
    connect(m_edit, &QDateEdit::dateChanged, this, &OptionalDateField::changed);
}

QDate OptionalDateField::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateField::setDate(const QDate& date, const QDate& fallback)
{
    m_edit->setDate(date.isValid() ? date : fallback);
    m_check->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid());
}

} // namespace carnet
