#include "audittablemodel.h"

#include "storage/auditsearch.h"
#include "storage/database.h"
#include "workers/backgroundtask.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QEventLoop>

namespace Jiandu::Ui {

AuditTableModel::AuditTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_countTask(new BackgroundTask(db, this))
{
}

AuditTableModel::~AuditTableModel() = default;

void AuditTableModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

void AuditTableModel::reload()
{
    beginResetModel();
    m_busy = true;
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

Result<QList<AuditEntry>> AuditTableModel::nextPage() const
{
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    return AuditTrail(m_db).search(m_filter, kPageSize, before);
}

void AuditTableModel::startCount()
{
    ++m_generation;
    if (!m_more) {
        m_total = m_lastError.isEmpty() ? m_rows.size() : 0;
        Q_EMIT totalChanged(m_total);
        return;
    }
    m_total = -1;
    Q_EMIT totalChanged(m_total);
    if (m_countTask->isRunning()) {
        m_countAgain = true;
        return;
    }
    launchCount();
}

void AuditTableModel::launchCount()
{
    m_countAgain = false;
    const AuditFilter filter = m_filter;
    const quint64 generation = m_generation;
    Database &db = m_db;
    m_countTask->start<qint64>(
        [&db, filter]() -> qint64 {
            auto n = AuditTrail(db).count(filter);
            return n ? n.value() : -1;
        },
        [this, generation](qint64 n) {
            if (m_countAgain)
                return launchCount();
            if (generation != m_generation)
                return;
            if (n < 0) {
                m_lastError = tr("The audit records could not be counted.");
                Q_EMIT loadFailed(m_lastError);
                return;
            }
            m_total = n;
            Q_EMIT totalChanged(m_total);
        });
}

void AuditTableModel::waitForCount()
{
    while (m_countTask->isRunning()) {
        m_countTask->wait();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

const AuditEntry *AuditTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_busy && m_more;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = nextPage();
    if (!page) {
        m_lastError = page.error().toString();
        m_more = false;
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    m_more = page->size() == kPageSize;
    if (page->isEmpty())
        return;
    const int first = int(m_rows.size());
    m_busy = true;
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(std::move(page.value()));
    endInsertRows();
    m_busy = false;
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Actor:
        return tr("User");
    case Action:
        return tr("Action");
    case Kind:
        return tr("Kind of record");
    case Record:
        return tr("Record");
    default:
        return {};
    }
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    if (role == EntryIdRole)
        return e.id;
    if (role == Qt::ForegroundRole && index.column() == Action &&
        e.action == AuditEntry::Action::LoginFailed)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time:
        return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Actor:
        return e.actor;
    case Action:
        return AuditView::actionLabel(e.action);
    case Kind:
        return AuditView::tableLabel(e.table);
    case Record:
        return AuditView::maskKey(e.recordKey);
    default:
        return {};
    }
}

} // namespace Jiandu::Ui
