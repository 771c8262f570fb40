#include "optionaldateedit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace Jiandu::Ui {

OptionalDateEdit::OptionalDateEdit(const QString &presentText, QWidget *parent)
    : QWidget(parent), m_check(new QCheckBox(presentText, this)), m_edit(new QDateEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setEnabled(false);
    connect(m_check, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
    connect(m_check, &QCheckBox::toggled, this, &OptionalDateEdit::dateChanged);
    connect(m_edit, &QDateEdit::dateChanged, this, &OptionalDateEdit::dateChanged);
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate &date, const QDate &fallback)
{
    m_edit->setDate(date.isValid() ? date : fallback);
    m_check->setChecked(date.isValid());
}

} // namespace Jiandu::Ui
