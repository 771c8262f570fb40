#pragma once

#include "storage/accountrepository.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace Jiandu {
class Database;
}

namespace Jiandu::Ui {

// The accounts of the database for the 用户与权限 section: username, 姓名, role, agency and
// status (locked until…, disabled, must change the password).
class AccountTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountTableModel)

public:
    enum Column
    {
        Username,
        DisplayName,
        Role,
        Agency,
        Status,
        ColumnCount
    };

    AccountTableModel(Database &db, QObject *parent = nullptr);

    // Re-reads the accounts; the status is judged at `now` (UTC).
    void reload(const QDateTime &now);
    [[nodiscard]] QString lastError() const { return m_error; }
    [[nodiscard]] const UserAccount *account(int row) const;
    [[nodiscard]] int rowOf(const QString &username) const;
    // The translated status of an account at `now`: "Locked until 14:05", "Disabled"...
    static QString statusText(const UserAccount &account, const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QList<UserAccount> m_accounts;
    QDateTime m_now;
    QString m_error;
};

} // namespace Jiandu::Ui
