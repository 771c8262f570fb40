#include "documenttablemodel.h"

#include "util/format.h"

#include <QBrush>
#include <QColor>

namespace Jiandu::Ui {

DocumentTableModel::DocumentTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

void DocumentTableModel::setQuery(const DocumentQuery &query, const QDate &today)
{
    m_query = query;
    m_today = today;
    reload();
}

void DocumentTableModel::reload()
{
    beginResetModel();
    m_busy = true;
    m_rows.clear();
    m_lastError.clear();
    m_more = false;
    DocumentRepository repo(m_db);
    auto page = repo.list(m_query, 0, kPageSize);
    if (page) {
        m_more = page->size() == kPageSize;
        m_rows = std::move(page.value());
    } else {
        m_lastError = page.error().toString();
    }
    endResetModel();
    m_busy = false;
    auto n = m_more ? repo.count(m_query) : Result<qint64>(qint64(m_rows.size()));
    m_total = n ? n.value() : qint64(m_rows.size());
    if (!n && m_lastError.isEmpty())
        m_lastError = n.error().toString();
    if (!m_lastError.isEmpty())
        Q_EMIT loadFailed(m_lastError);
}

qint64 DocumentTableModel::documentId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int DocumentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DocumentTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_busy && m_more;
}

void DocumentTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = DocumentRepository(m_db).list(m_query, int(m_rows.size()), kPageSize);
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

bool DocumentTableModel::replyLate(const SupervisionDocument &d) const
{
    return d.replyDueOn.isValid() && !d.repliedOn.isValid() && d.status != DocumentStatus::Draft
           && m_today.isValid() && d.replyDueOn < m_today;
}

QVariant DocumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Kind:
        return tr("Kind");
    case Title:
        return tr("Title");
    case Recipient:
        return tr("Recipient");
    case Status:
        return tr("Status");
    case Date:
        return tr("Date");
    case ReplyDue:
        return tr("Reply due");
    default:
        return {};
    }
}

QVariant DocumentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SupervisionDocument &d = m_rows.at(index.row());
    if (role == DocumentIdRole)
        return d.id;
    if (role == Qt::ForegroundRole) {
        if (index.column() == ReplyDue && replyLate(d))
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        if (index.column() == Number && d.status == DocumentStatus::Draft)
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ReplyDue && replyLate(d))
            return tr("The reply is overdue");
        if (index.column() == Title || index.column() == Recipient)
            return index.data().toString();
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return d.number.isEmpty() ? tr("(draft)") : d.number;
    case Kind:
        return Vocab::label(d.kind);
    case Title:
        return d.title;
    case Recipient:
        return d.recipient;
    case Status:
        return Vocab::label(d.status);
    case Date:
        return Format::isoDate(d.issuedOn.isValid() ? d.issuedOn : d.draftedOn);
    case ReplyDue:
        if (d.repliedOn.isValid())
            return tr("Replied %1").arg(Format::isoDate(d.repliedOn));
        return d.replyDueOn.isValid() ? Format::isoDate(d.replyDueOn) : QString();
    default:
        return {};
    }
}

} // namespace Jiandu::Ui
