#include "tasktablemodel.h"

#include "storage/database.h"
#include "util/format.h"
#include "workers/backgroundtask.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFont>
#include <QIcon>

namespace Jiandu::Ui {

namespace {
const QColor kOverdueBackground(0xfd, 0xec, 0xea);
const QColor kOverdueText(0xb7, 0x1c, 0x1c);
const QColor kUndatedText(0xb2, 0x6a, 0x00);
const QColor kDoneText(0x75, 0x75, 0x75);
} // namespace

TaskTableModel::TaskTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_countTask(new BackgroundTask(db, this))
{
}

TaskTableModel::~TaskTableModel() = default;

void TaskTableModel::setQuery(const TaskQuery &query)
{
    m_query = query;
    reload();
}

void TaskTableModel::reload()
{
    beginResetModel();
    m_busy = true; // a view (or the model tester) may ask for more while we reset
    m_rows.clear();
    m_rows.squeeze();
    m_lastError.clear();
    m_more = false;
    auto page = TaskRepository(m_db).list(m_query, 0, kPageSize);
    if (page) {
        m_more = page->size() == kPageSize;
        m_rows = std::move(page.value());
    } else {
        m_lastError = page.error().toString();
    }
    endResetModel();
    m_busy = false;
    if (!m_lastError.isEmpty())
        Q_EMIT loadFailed(m_lastError);
    startCount();
}

void TaskTableModel::startCount()
{
    ++m_generation;
    // A page shorter than kPageSize is the whole list: no need to ask the database.
    if (!m_more) {
        m_total = m_lastError.isEmpty() ? m_rows.size() : 0;
        Q_EMIT totalChanged(m_total);
        return;
    }
    m_total = -1;
    Q_EMIT totalChanged(m_total);
    if (m_countTask->isRunning()) { // the finished count starts the one for this query
        m_countAgain = true;
        return;
    }
    launchCount();
}

void TaskTableModel::launchCount()
{
    m_countAgain = false;
    const TaskQuery query = m_query;
    const quint64 generation = m_generation;
    Database &db = m_db;
    m_countTask->start<qint64>(
        [&db, query]() -> qint64 {
            auto n = TaskRepository(db).count(query);
            return n ? n.value() : -1;
        },
        [this, generation](qint64 n) {
            if (m_countAgain)
                return launchCount();
            if (generation != m_generation)
                return;
            if (n < 0) {
                m_lastError = tr("The tasks could not be counted.");
                Q_EMIT loadFailed(m_lastError);
                return;
            }
            m_total = n;
            Q_EMIT totalChanged(m_total);
        });
}

void TaskTableModel::waitForCount()
{
    while (m_countTask->isRunning()) {
        m_countTask->wait();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

qint64 TaskTableModel::taskId(int row) const
{
    const auto *r = rowAt(row);
    return r ? r->id : 0;
}

const TaskRow *TaskTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TaskTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_busy && m_more;
}

void TaskTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = TaskRepository(m_db).list(m_query, int(m_rows.size()), kPageSize);
    if (!page) {
        m_lastError = page.error().toString();
        m_more = false; // stop asking for more until the next reload
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    m_more = page->size() == kPageSize;
    if (page->isEmpty())
        return;
    const int first = int(m_rows.size());
    m_busy = true; // no nested fetch from a slot connected to the insert signals
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(std::move(page.value()));
    endInsertRows();
    m_busy = false;
}

QString TaskTableModel::completionText(const TaskRow &row)
{
    const QString status = Vocab::label(row.status);
    switch (row.status) {
    case TaskStatus::SignedOff:
        return row.closedOn.isValid()
                   ? tr("%1 (%2)").arg(status, Format::isoDate(row.closedOn))
                   : status;
    case TaskStatus::Completed:
        return row.completedOn.isValid()
                   ? tr("%1 (%2)").arg(status, Format::isoDate(row.completedOn))
                   : status;
    case TaskStatus::InProgress:
        return row.percent ? tr("%1 %2%").arg(status).arg(*row.percent) : status;
    case TaskStatus::NotStarted:
        break;
    }
    return status;
}

QString TaskTableModel::deadlineText(const TaskDeadline &deadline)
{
    if (!deadline.understood && !deadline.date)
        return tr("%1 (no date)").arg(deadline.text);
    return deadline.text;
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Seq:
        return tr("No.");
    case Problem:
        return tr("Problem");
    case Measures:
        return tr("Measures");
    case LeadUnit:
        return tr("Lead unit");
    case ResponsibleUnits:
        return tr("Responsible units");
    case Deadline:
        return tr("Deadline");
    case Progress:
        return tr("Progress");
    case Completion:
        return tr("Completion");
    case Remark:
        return tr("Remark");
    default:
        return {};
    }
}

QVariant TaskTableModel::displayValue(const TaskRow &row, int column) const
{
    switch (column) {
    case Seq:
        return row.seq;
    case Problem:
        return row.problem;
    case Measures:
        return row.measures;
    case LeadUnit:
        return row.leadUnit;
    case ResponsibleUnits:
        return row.responsibleUnits;
    case Deadline:
        return deadlineText(row.deadline);
    case Progress:
        return row.progress;
    case Completion:
        return completionText(row);
    case Remark:
        return row.remark;
    default:
        return {};
    }
}

QVariant TaskTableModel::toolTip(const TaskRow &row, int column) const
{
    if (column == Deadline) {
        QStringList lines;
        if (row.deadline.date)
            lines << (row.deadline.manual ? tr("Date set by hand: %1")
                                          : tr("Understood as: %1"))
                         .arg(Format::longDate(*row.deadline.date));
        if (row.deadline.openEnded)
            lines << tr("A continuing commitment");
        if (!row.deadline.understood && !row.deadline.date)
            lines << tr("The deadline could not be understood: open the task and set its "
                        "date by hand.");
        if (row.overdue)
            lines << tr("Overdue");
        return lines.join(QLatin1Char('\n'));
    }
    if (column == Seq)
        return row.activityName;
    if (column == Problem || column == Measures || column == Progress || column == Remark
        || column == ResponsibleUnits)
        return displayValue(row, column);
    return {};
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TaskRow &row = m_rows.at(index.row());
    const bool undated = !row.deadline.understood && !row.deadline.date;
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case TaskIdRole:
        return row.id;
    case StatusRole:
        return int(row.status);
    case OverdueRole:
        return row.overdue;
    case UndatedRole:
        return undated;
    case Qt::BackgroundRole:
        return row.overdue ? QBrush(kOverdueBackground) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Deadline && row.overdue)
            return QBrush(kOverdueText);
        if (index.column() == Deadline && undated)
            return QBrush(kUndatedText);
        if (row.status == TaskStatus::SignedOff)
            return QBrush(kDoneText);
        return {};
    case Qt::FontRole:
        if (index.column() == Deadline && (row.overdue || undated)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

} // namespace Jiandu::Ui
