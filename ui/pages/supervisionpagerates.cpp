// The supervision page's activity panel and completion tables: 完成率 = signed off / total per
// activity (left) and per responsible unit (under the ledger), with overdue counts.

#include "supervisionpage.h"

#include "appcontext.h"
#include "storage/activityrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

enum CompletionColumn
{
    NameColumn,
    TotalColumn,
    RateColumn,
    OverdueColumn,
    CompletionColumnCount
};

QTableWidget *makeCompletionTable(QWidget *parent, const char *name, const QString &first)
{
    auto *table = new QTableWidget(0, CompletionColumnCount, parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels({first, SupervisionPage::tr("Tasks"),
                                      SupervisionPage::tr("Completion rate"),
                                      SupervisionPage::tr("Overdue")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c = TotalColumn; c < CompletionColumnCount; ++c)
        table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    table->setWordWrap(false);
    return table;
}

// 完成率 = signed off / total, "62.5%"; an empty group has none.
QString rateText(const TaskCompletion &c)
{
    if (c.total == 0)
        return QStringLiteral("—");
    return QStringLiteral("%1%").arg(QString::number(100.0 * c.signedOff / c.total, 'f', 1)
                                         .remove(QRegularExpression(QStringLiteral("\\.0$"))));
}

void setCompletionRow(QTableWidget *table, int row, qint64 id, const QString &name,
                      const TaskCompletion &c)
{
    auto *nameItem = new QTableWidgetItem(name);
    nameItem->setData(kIdRole, id);
    nameItem->setToolTip(name);
    table->setItem(row, NameColumn, nameItem);
    auto *total = new QTableWidgetItem(QString::number(c.total));
    total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, TotalColumn, total);
    auto *rate = new QTableWidgetItem(rateText(c));
    rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    rate->setToolTip(SupervisionPage::tr("%1 signed off, %2 completed and waiting for "
                                         "verification, of %3")
                         .arg(c.signedOff)
                         .arg(c.completed)
                         .arg(c.total));
    if (c.total > 0 && c.signedOff == c.total)
        rate->setForeground(QColor(0x2e, 0x7d, 0x32));
    table->setItem(row, RateColumn, rate);
    auto *overdue = new QTableWidgetItem(c.overdue ? QString::number(c.overdue) : QString());
    overdue->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (c.overdue)
        overdue->setForeground(QColor(0xb7, 0x1c, 0x1c));
    table->setItem(row, OverdueColumn, overdue);
}

} // namespace

QTableWidget *SupervisionPage::completionTable(QWidget *parent, const char *name,
                                               const QString &first)
{
    return makeCompletionTable(parent, name, first);
}

QWidget *SupervisionPage::buildActivityPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *toolbar = new QToolBar(panel);
    toolbar->setObjectName(QStringLiteral("activityToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_newActivityAction, m_editActivityAction});
    m_activities = completionTable(panel, "activityTable", tr("Activity"));
    m_activitySummary = new QLabel(panel);
    m_activitySummary->setObjectName(QStringLiteral("activitySummary"));
    m_activitySummary->setWordWrap(true);
    layout->addWidget(toolbar);
    layout->addWidget(m_activities, 1);
    layout->addWidget(m_activitySummary);
    return panel;
}

qint64 SupervisionPage::currentActivityId() const
{
    const int row = m_activities->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_activities->item(row, NameColumn) : nullptr;
    return item ? item->data(kIdRole).toLongLong() : 0;
}

void SupervisionPage::selectActivity(qint64 activityId)
{
    for (int row = 0; row < m_activities->rowCount(); ++row)
        if (m_activities->item(row, NameColumn)->data(kIdRole).toLongLong() == activityId)
            return m_activities->selectRow(row);
}

void SupervisionPage::showUnit(const QString &unit)
{
    const QSignalBlocker blockUnit(m_unitFilter);
    const QSignalBlocker blockSearch(m_search);
    const QSignalBlocker blockStatus(m_statusFilter);
    const QSignalBlocker blockAgency(m_agencyFilter);
    const QSignalBlocker blockOverdue(m_overdueOnly);
    m_search->clear();
    m_statusFilter->setCurrentIndex(0);
    m_agencyFilter->setCurrentIndex(0);
    m_overdueOnly->setChecked(false);
    m_unitFilter->setText(unit);
    selectActivity(0);
    applyFilters();
}

// The activities with their completion under the filters other than activity and status.
void SupervisionPage::reloadActivities()
{
    const qint64 current = currentActivityId();
    TaskQuery q = currentQuery();
    q.activityId.reset();
    q.status.reset();
    q.overdueOnly = false;
    QHash<qint64, TaskCompletion> byActivity;
    TaskCompletion all;
    if (auto rates = TaskRepository(m_context.db()).completionByActivity(q)) {
        for (const TaskCompletion &c : rates.value()) {
            byActivity.insert(c.id, c);
            all.total += c.total;
            all.signedOff += c.signedOff;
            all.completed += c.completed;
            all.overdue += c.overdue;
        }
    }
    const auto activities = ActivityRepository(m_context.db()).list();
    const QSignalBlocker block(m_activities);
    m_activities->setRowCount(0);
    const QList<SupervisionActivity> list = activities ? activities.value()
                                                       : QList<SupervisionActivity>{};
    m_activities->setRowCount(int(list.size()) + 1);
    setCompletionRow(m_activities, 0, 0, tr("All activities"), all);
    for (int i = 0; i < list.size(); ++i) {
        const SupervisionActivity &a = list.at(i);
        setCompletionRow(m_activities, i + 1, a.id, a.name, byActivity.value(a.id));
        m_activities->item(i + 1, NameColumn)
            ->setToolTip(QStringLiteral("%1\n%2").arg(a.name, Vocab::label(a.kind)));
    }
    m_activitySummary->setText(
        activities ? tr("Completion rate = signed off / total; %n activity(ies).", nullptr, int(list.size()))
                   : activities.error().toString());
    int row = 0;
    for (int r = 0; r < m_activities->rowCount(); ++r)
        if (m_activities->item(r, NameColumn)->data(kIdRole).toLongLong() == current)
            row = r;
    m_activities->selectRow(row);
}

void SupervisionPage::reloadCompletion()
{
    TaskQuery q = currentQuery();
    q.status.reset();
    q.overdueOnly = false;
    auto rates = TaskRepository(m_context.db()).completionByUnit(q);
    const QList<TaskCompletion> list = rates ? rates.value() : QList<TaskCompletion>{};
    m_units->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i)
        setCompletionRow(m_units, i, list.at(i).id, list.at(i).name, list.at(i));
}

} // namespace Jiandu::Ui
