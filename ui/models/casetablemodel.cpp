#include "casetablemodel.h"

#include "storage/database.h"
#include "util/format.h"
#include "workers/backgroundtask.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QEventLoop>

namespace Jiandu::Ui {

CaseTableModel::CaseTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_countTask(new BackgroundTask(db, this))
{
}

CaseTableModel::~CaseTableModel() = default;

void CaseTableModel::setQuery(const CaseQuery &query)
{
    m_query = query;
    m_query.afterOpenedOn = {}; // the model pages by itself
    m_query.afterId = 0;
    reload();
}

void CaseTableModel::reload()
{
    beginResetModel();
    m_busy = true; // a view (or the model tester) may ask for more while we reset
    m_rows.clear();
    m_rows.squeeze();
    m_lastError.clear();
    m_more = false;
    auto page = nextPage();
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

// The page after the last row held.
Result<QList<CaseRow>> CaseTableModel::nextPage() const
{
    CaseQuery q = m_query;
    if (!m_rows.isEmpty()) {
        q.afterOpenedOn = m_rows.constLast().openedOn;
        q.afterId = m_rows.constLast().id;
    }
    return CaseRepository(m_db).list(q, 0, kPageSize);
}

void CaseTableModel::startCount()
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

void CaseTableModel::launchCount()
{
    m_countAgain = false;
    const CaseQuery query = m_query;
    const quint64 generation = m_generation;
    Database &db = m_db;
    m_countTask->start<qint64>(
        [&db, query]() -> qint64 {
            auto n = CaseRepository(db).count(query);
            return n ? n.value() : -1;
        },
        [this, generation](qint64 n) {
            if (m_countAgain)
                return launchCount();
            if (generation != m_generation)
                return;
            if (n < 0) { // the list itself worked; say so rather than show a wrong total
                m_lastError = tr("The cases could not be counted.");
                Q_EMIT loadFailed(m_lastError);
                return;
            }
            m_total = n;
            Q_EMIT totalChanged(m_total);
        });
}

void CaseTableModel::waitForCount()
{
    while (m_countTask->isRunning()) {
        m_countTask->wait();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

qint64 CaseTableModel::caseId(int row) const
{
    const auto *r = rowAt(row);
    return r ? r->id : 0;
}

const CaseRow *CaseTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CaseTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CaseTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_busy && m_more;
}

void CaseTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = nextPage();
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

CaseStatus CaseTableModel::statusOf(const CaseRow &row)
{
    if (row.closedOn.isValid())
        return CaseStatus::Closed;
    return row.decidedOn.isValid() ? CaseStatus::Decided : CaseStatus::Open;
}

QString CaseTableModel::statusLabel(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Open:
        return tr("In progress");
    case CaseStatus::Decided:
        return tr("Decided");
    case CaseStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QVariant CaseTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseNo:
        return tr("Case number");
    case Agency:
        return tr("Enforcement body");
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Cause of action");
    case Party:
        return tr("Party");
    case OpenedOn:
        return tr("Filed on");
    case DecidedOn:
        return tr("Decided on");
    case Status:
        return tr("Status");
    case Major:
        return tr("Major");
    default:
        return {};
    }
}

QVariant CaseTableModel::displayValue(const CaseRow &row, int column) const
{
    switch (column) {
    case CaseNo:
        return row.caseNo;
    case Agency:
        return row.agencyName;
    case Kind:
        return Vocab::label(row.kind);
    case Title:
        return row.title;
    case Party:
        return row.party;
    case OpenedOn:
        return Format::isoDate(row.openedOn);
    case DecidedOn:
        return row.decidedOn.isValid() ? Format::isoDate(row.decidedOn) : QString();
    case Status:
        return statusLabel(statusOf(row));
    case Major:
        return row.major ? tr("Major") : QString();
    default:
        return {};
    }
}

QVariant CaseTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Title || index.column() == Party)
            return displayValue(row, index.column());
        return {};
    case CaseIdRole:
        return row.id;
    case StatusRole:
        return int(statusOf(row));
    case Qt::ForegroundRole:
        if (index.column() == Major && row.major)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        if (index.column() == Status && statusOf(row) == CaseStatus::Closed)
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    default:
        return {};
    }
}

} // namespace Jiandu::Ui
