#include "officertablemodel.h"

#include "domain/identity.h"
#include "util/format.h"

#include <QBrush>
#include <QColor>
#include <QIcon>

namespace Jiandu::Ui {

OfficerTableModel::OfficerTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

void OfficerTableModel::setQuery(const OfficerQuery &query)
{
    m_query = query;
    reload();
}

void OfficerTableModel::reload()
{
    beginResetModel();
    m_busy = true; // a view (or the model tester) may ask for more while we reset
    m_rows.clear();
    m_rows.squeeze(); // a filter that narrows the list gives the memory back
    load();
    endResetModel();
    m_busy = false;
    Q_EMIT totalChanged(m_total);
}

// Counts the matching rows and fetches the first page (inside a reset).
void OfficerTableModel::load()
{
    OfficerRepository repo(m_db);
    m_lastError.clear();
    auto total = repo.count(m_query);
    if (!total) {
        m_total = 0;
        m_lastError = total.error().toString();
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    m_total = total.value();
    auto page = repo.list(m_query, 0, kPageSize);
    if (!page) {
        m_total = 0;
        m_lastError = page.error().toString();
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    m_rows = std::move(page.value());
}

qint64 OfficerTableModel::officerId(int row) const
{
    const auto *r = rowAt(row);
    return r ? r->officer.id : 0;
}

const OfficerRow *OfficerTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int OfficerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OfficerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool OfficerTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_busy && m_rows.size() < m_total;
}

void OfficerTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = OfficerRepository(m_db).list(m_query, int(m_rows.size()), kPageSize);
    if (!page) {
        m_lastError = page.error().toString();
        m_total = int(m_rows.size()); // stop asking for more until the next reload
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    if (page->isEmpty()) { // the table shrank under us (another window deleted rows)
        m_total = int(m_rows.size());
        return;
    }
    const int first = int(m_rows.size());
    m_busy = true; // no nested fetch from a slot connected to the insert signals
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(std::move(page.value()));
    endInsertRows();
    m_busy = false;
}

std::optional<OfficerQuery::Sort> OfficerTableModel::sortFor(int column)
{
    switch (column) {
    case Name:
        return OfficerQuery::Sort::Name;
    case Agency:
        return OfficerQuery::Sort::Agency;
    case CertNumber:
        return OfficerQuery::Sort::CertNumber;
    case CertExpiry:
    case CertState:
        return OfficerQuery::Sort::CertExpiry;
    case TrainingHours:
        return OfficerQuery::Sort::TrainingHours;
    case Status:
        return OfficerQuery::Sort::Status;
    default:
        return std::nullopt;
    }
}

void OfficerTableModel::sort(int column, Qt::SortOrder order)
{
    const auto sortKey = sortFor(column);
    if (!sortKey)
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (*sortKey == m_query.sort && descending == m_query.descending && m_total > 0)
        return;
    m_query.sort = *sortKey;
    m_query.descending = descending;
    reload();
}

QVariant OfficerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Gender:
        return tr("Gender");
    case IdNumber:
        return tr("Identity-card number");
    case Agency:
        return tr("Enforcement body");
    case Employment:
        return tr("Staff category");
    case CertNumber:
        return tr("Certificate number");
    case CertExpiry:
        return tr("Valid until");
    case CertState:
        return tr("Certificate state");
    case TrainingHours:
        return tr("Training hours this year");
    case Status:
        return tr("Post status");
    case Phone:
        return tr("Phone");
    default:
        return {};
    }
}

QVariant OfficerTableModel::displayValue(const OfficerRow &row, int column) const
{
    const Officer &o = row.officer;
    switch (column) {
    case Name:
        return o.name;
    case Gender:
        return o.gender ? Vocab::label(*o.gender) : QString();
    case IdNumber:
        return Identity::maskIdNumber(o.idNumber);
    case Agency:
        return row.agencyName;
    case Employment:
        return Vocab::label(o.employment);
    case CertNumber:
        return row.certNumber;
    case CertExpiry:
        if (row.certNumber.isEmpty())
            return QString();
        return row.certExpiresOn.isValid() ? Format::isoDate(row.certExpiresOn) : tr("No expiry");
    case CertState:
        return Vocab::label(row.certState);
    case TrainingHours:
        return Format::hours(row.trainingHours);
    case Status:
        return Vocab::label(o.status);
    case Phone:
        return Identity::maskPhone(o.phone);
    default:
        return {};
    }
}

namespace {
QColor stateColor(CertState state)
{
    switch (state) {
    case CertState::Expired:
        return QColor(0xc6, 0x28, 0x28);
    case CertState::Expiring:
        return QColor(0xb2, 0x6a, 0x00);
    case CertState::None:
        return QColor(0x75, 0x75, 0x75);
    case CertState::Valid:
        break;
    }
    return {};
}

QIcon stateIcon(CertState state)
{
    switch (state) {
    case CertState::Expired:
        return QIcon(QStringLiteral(":/icons/cert-expired.svg"));
    case CertState::Expiring:
        return QIcon(QStringLiteral(":/icons/cert-expiring.svg"));
    case CertState::Valid:
        return QIcon(QStringLiteral(":/icons/cert-valid.svg"));
    case CertState::None:
        break;
    }
    return {};
}
} // namespace

QVariant OfficerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OfficerRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case OfficerIdRole:
        return row.officer.id;
    case CertStateRole:
        return Vocab::code(row.certState);
    case Qt::ForegroundRole:
        if (index.column() == CertState || index.column() == CertExpiry) {
            const QColor c = stateColor(row.certState);
            if (c.isValid())
                return QBrush(c);
        }
        if (index.column() == TrainingHours && row.trainingHours < m_query.trainingMinimum)
            return QBrush(stateColor(CertState::Expiring));
        return {};
    case Qt::DecorationRole:
        if (index.column() == CertState)
            return stateIcon(row.certState);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TrainingHours)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

} // namespace Jiandu::Ui
