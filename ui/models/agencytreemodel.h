#pragma once

#include <QList>
#include <QStandardItemModel>

namespace Jiandu {
class Database;
}

namespace Jiandu::Ui {

// The agency tree of the roster page: "All" on top, then each region (an agency's
// parent_name when it is not itself an agency) → its agencies → their sub-agencies, each
// labelled with the number of officers in its subtree.
class AgencyTreeModel final : public QStandardItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgencyTreeModel)

public:
    // QVariantList of the agency ids in the item's subtree; empty for "All".
    static constexpr int AgencyIdsRole = Qt::UserRole + 1;
    // The agency id of an agency item; 0 for "All" and regions.
    static constexpr int AgencyIdRole = Qt::UserRole + 2;
    static constexpr int CountRole = Qt::UserRole + 3;

    explicit AgencyTreeModel(Database &db, QObject *parent = nullptr);

    // Rebuilds from the database. Returns false (and leaves only "All") on a read error.
    bool reload();
    [[nodiscard]] QString lastError() const { return m_lastError; }

    static QList<qint64> agencyIds(const QModelIndex &index);
    // The index of the agency with this id, or invalid.
    [[nodiscard]] QModelIndex indexOfAgency(qint64 agencyId) const;

private:
    Database &m_db;
    QString m_lastError;
};

} // namespace Jiandu::Ui
