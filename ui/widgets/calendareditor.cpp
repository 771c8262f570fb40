#include "calendareditor.h"

#include "appcontext.h"
#include "storage/calendarrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {
constexpr int kUserRole = Qt::UserRole + 1; // on the date cell: true for the user's own day
}

CalendarEditor::CalendarEditor(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    buildUi();
    retranslateUi();
    setYear(m_context.today().year());
}

void CalendarEditor::buildUi()
{
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("calendarYearSpin"));
    m_year->setRange(1900, 9999);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("calendarStatusLabel"));
    m_status->setWordWrap(true);
    m_days = new QTableWidget(0, 4, this);
    m_days->setObjectName(QStringLiteral("calendarDaysTable"));
    m_days->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_days->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_days->setSelectionMode(QAbstractItemView::SingleSelection);
    m_days->verticalHeader()->hide();
    m_days->horizontalHeader()->setStretchLastSection(true);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("calendarDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("calendarKindCombo"));
    m_kind->addItem(QString(), true);  // holiday (off); text set in retranslateUi()
    m_kind->addItem(QString(), false); // make-up working day
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("calendarNameEdit"));
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("calendarAddButton"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("calendarRemoveButton"));
    m_notice = new QLineEdit(this);
    m_notice->setObjectName(QStringLiteral("calendarNoticeEdit"));
    m_complete = new QPushButton(this);
    m_complete->setObjectName(QStringLiteral("calendarCompleteButton"));
    m_incomplete = new QPushButton(this);
    m_incomplete->setObjectName(QStringLiteral("calendarIncompleteButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("calendarMessageLabel"));
    m_message->setWordWrap(true);

    connect(m_year, &QSpinBox::valueChanged, this, &CalendarEditor::refresh);
    connect(m_add, &QPushButton::clicked, this, &CalendarEditor::addDay);
    connect(m_remove, &QPushButton::clicked, this, &CalendarEditor::removeSelectedDay);
    connect(m_complete, &QPushButton::clicked, this, &CalendarEditor::markComplete);
    connect(m_incomplete, &QPushButton::clicked, this, &CalendarEditor::markIncomplete);
    connect(m_days, &QTableWidget::itemSelectionChanged, this, &CalendarEditor::updateButtons);
    connect(m_name, &QLineEdit::textChanged, this, &CalendarEditor::updateButtons);

    auto *top = new QHBoxLayout;
    top->addWidget(m_year);
    top->addWidget(m_status, 1);
    auto *add = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_date, m_kind, m_name, m_add, m_remove})
        add->addWidget(w);
    auto *complete = new QHBoxLayout;
    complete->addWidget(m_notice, 1);
    complete->addWidget(m_complete);
    complete->addWidget(m_incomplete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_days);
    layout->addLayout(add);
    layout->addLayout(complete);
    layout->addWidget(m_message);
}

void CalendarEditor::retranslateUi()
{
    m_year->setToolTip(tr("The year to show"));
    m_days->setHorizontalHeaderLabels({tr("Date"), tr("Kind"), tr("Festival"), tr("Source")});
    m_kind->setItemText(0, tr("Holiday"));
    m_kind->setItemText(1, tr("Make-up working day"));
    m_name->setPlaceholderText(tr("Festival, e.g. 春节"));
    m_add->setText(tr("Add day"));
    m_remove->setText(tr("Remove day"));
    m_notice->setPlaceholderText(tr("The State Council notice (number or address)"));
    m_complete->setText(tr("Mark year complete"));
    m_incomplete->setText(tr("Mark year incomplete"));
    refresh();
}

void CalendarEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void CalendarEditor::setYear(int year)
{
    m_year->setValue(year); // refreshes through valueChanged when it differs
    refresh();
}

int CalendarEditor::year() const
{
    return m_year->value();
}

void CalendarEditor::refresh()
{
    const int y = year();
    CalendarRepository repo(m_context.db());
    const auto calendar = repo.load();
    const auto user = repo.days();
    const auto shipped = WorkingCalendar::shipped();
    if (!calendar || !user) {
        m_status->setText((calendar ? user.error() : calendar.error()).toString());
        return;
    }
    QSet<QDate> own;
    for (const CalendarDay &d : *user)
        own.insert(d.date);
    m_hasData = calendar->hasYear(y);
    m_userYear = m_hasData && !(shipped && shipped->hasYear(y));
    const QString notices = calendar->notices(y).join(QStringLiteral("; "));
    if (!m_hasData)
        m_status->setText(tr("%1 has no calendar data: deadlines that need it are not counted. "
                             "Enter its days from the State Council notice and mark it complete.")
                              .arg(y));
    else if (m_userYear)
        m_status->setText(tr("%1 is complete, entered by the user (%2).").arg(y).arg(notices));
    else
        m_status->setText(tr("%1 is complete, shipped with the application (%2).").arg(y).arg(notices));
    m_status->setStyleSheet(m_hasData ? QString() : QStringLiteral("color: #c62828"));

    const QList<CalendarDay> days = calendar->entries(y);
    m_days->setRowCount(int(days.size()));
    for (int row = 0; row < days.size(); ++row) {
        const CalendarDay &d = days.at(row);
        const bool mine = own.contains(d.date);
        auto *date = new QTableWidgetItem(d.date.toString(Qt::ISODate));
        date->setData(kUserRole, mine);
        date->setData(Qt::UserRole, d.date);
        m_days->setItem(row, 0, date);
        m_days->setItem(row, 1, new QTableWidgetItem(d.off ? tr("Holiday") : tr("Make-up working day")));
        m_days->setItem(row, 2, new QTableWidgetItem(d.name));
        m_days->setItem(row, 3, new QTableWidgetItem(mine ? tr("Entered") : tr("Shipped (read-only)")));
    }
    if (m_date->date().year() != y)
        m_date->setDate(QDate(y, 1, 1));
    updateButtons();
}

void CalendarEditor::updateButtons()
{
    const bool writable = !m_context.db().isReadOnly();
    const int row = m_days->currentRow();
    const bool ownSelected = row >= 0 && m_days->item(row, 0)
                             && m_days->item(row, 0)->isSelected()
                             && m_days->item(row, 0)->data(kUserRole).toBool();
    m_add->setEnabled(writable && !m_name->text().trimmed().isEmpty());
    m_remove->setEnabled(writable && ownSelected);
    m_complete->setEnabled(writable && !m_hasData);
    m_incomplete->setEnabled(writable && m_userYear);
}

bool CalendarEditor::finish(const VoidResult &result)
{
    if (!result) {
        m_message->setText(tr("Not saved: %1").arg(result.error().toString()));
        m_message->setStyleSheet(QStringLiteral("color: #c62828"));
        return false;
    }
    m_message->setText(tr("Saved."));
    m_message->setStyleSheet(QString());
    m_context.notifyDataChanged(QStringLiteral("calendar"));
    refresh();
    return true;
}

bool CalendarEditor::addDay()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return finish(Error{Error::Code::Invalid, tr("Name the festival the day belongs to."), {}});
    if (m_date->date().year() != year())
        return finish(Error{Error::Code::Invalid, tr("The day is not in %1.").arg(year()), {}});
    Transaction tx(m_context.db());
    VoidResult r = CalendarRepository(m_context.db())
                       .saveDay({m_date->date(), m_kind->currentData().toBool(), name});
    if (r)
        r = tx.commit();
    if (r)
        m_name->clear();
    return finish(r);
}

bool CalendarEditor::removeSelectedDay()
{
    const int row = m_days->currentRow();
    if (row < 0 || !m_days->item(row, 0)->data(kUserRole).toBool())
        return false;
    Transaction tx(m_context.db());
    VoidResult r = CalendarRepository(m_context.db()).removeDay(m_days->item(row, 0)->data(Qt::UserRole).toDate());
    if (r)
        r = tx.commit();
    return finish(r);
}

bool CalendarEditor::markComplete()
{
    const QString notice = m_notice->text().trimmed();
    if (notice.isEmpty())
        return finish(Error{Error::Code::Invalid,
                            tr("Give the notice the year's schedule comes from."), {}});
    Transaction tx(m_context.db());
    VoidResult r = CalendarRepository(m_context.db()).setYearComplete(year(), true, notice);
    if (r)
        r = tx.commit();
    if (r)
        m_notice->clear();
    return finish(r);
}

bool CalendarEditor::markIncomplete()
{
    Transaction tx(m_context.db());
    VoidResult r = CalendarRepository(m_context.db()).setYearComplete(year(), false);
    if (r)
        r = tx.commit();
    return finish(r);
}

} // namespace Jiandu::Ui
