#include "accounttablemodel.h"

#include <QColor>
#include <QLocale>

namespace Jiandu::Ui {

AccountTableModel::AccountTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{
}

void AccountTableModel::reload(const QDateTime &now)
{
    beginResetModel();
    m_now = now;
    auto accounts = AccountRepository(m_db).list();
    if (accounts) {
        m_accounts = accounts.value();
        m_error.clear();
    } else {
        m_accounts.clear();
        m_error = accounts.error().toString();
    }
    endResetModel();
}

const UserAccount *AccountTableModel::account(int row) const
{
    return row >= 0 && row < m_accounts.size() ? &m_accounts.at(row) : nullptr;
}

int AccountTableModel::rowOf(const QString &username) const
{
    for (int row = 0; row < m_accounts.size(); ++row)
        if (m_accounts.at(row).username.compare(username, Qt::CaseInsensitive) == 0)
            return row;
    return -1;
}

QString AccountTableModel::statusText(const UserAccount &a, const QDateTime &now)
{
    QStringList parts;
    if (a.disabled)
        parts << tr("Disabled");
    if (a.lockedUntil.isValid() && a.lockedUntil > now)
        parts << tr("Locked until %1")
                     .arg(a.lockedUntil.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (a.mustChange)
        parts << tr("Must change the password");
    if (parts.isEmpty())
        return tr("Active");
    return parts.join(QStringLiteral("; "));
}

int AccountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTableModel::data(const QModelIndex &index, int role) const
{
    const UserAccount *a = account(index.row());
    if (!a)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Username:
            return a->username;
        case DisplayName:
            return a->displayName;
        case Role:
            return Security::Access::roleName(a->role);
        case Agency:
            return a->agencyId == 0 ? tr("All agencies") : a->agencyName;
        case Status:
            return statusText(*a, m_now);
        default:
            break;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Status &&
        (a->disabled || (a->lockedUntil.isValid() && a->lockedUntil > m_now)))
        return QColor(0xc6, 0x28, 0x28);
    return {};
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Username:
        return tr("User name");
    case DisplayName:
        return tr("Name");
    case Role:
        return tr("Role");
    case Agency:
        return tr("Agency");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace Jiandu::Ui
