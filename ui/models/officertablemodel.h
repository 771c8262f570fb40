#pragma once

#include "storage/officerrepository.h"

#include <QAbstractTableModel>

namespace Jiandu {
class Database;
}

namespace Jiandu::Ui {

// The roster list (执法人员名册) as a lazily paged table: rows come from
// OfficerRepository::list in pages of kPageSize as the view scrolls (canFetchMore /
// fetchMore), sorting and filtering run in SQL. Only fetched rows are held in memory.
// Identity-card and phone numbers are masked.
class OfficerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficerTableModel)

public:
    enum Column
    {
        Name,
        Gender,
        IdNumber,
        Agency,
        Employment,
        CertNumber,
        CertExpiry,
        CertState,
        TrainingHours,
        Status,
        Phone,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int OfficerIdRole = Qt::UserRole + 1;
    static constexpr int CertStateRole = Qt::UserRole + 2;

    explicit OfficerTableModel(Database &db, QObject *parent = nullptr);

    [[nodiscard]] const OfficerQuery &query() const { return m_query; }
    // Replaces filters and sort; the model resets to the first page.
    void setQuery(const OfficerQuery &query);
    // Reloads with the same query (after a committed change).
    void reload();

    // All rows matching the query, fetched or not.
    [[nodiscard]] int totalCount() const { return m_total; }
    [[nodiscard]] qint64 officerId(int row) const;
    [[nodiscard]] const OfficerRow *rowAt(int row) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The SQL sort behind a column, or nullopt for columns that do not sort.
    static std::optional<OfficerQuery::Sort> sortFor(int column);

Q_SIGNALS:
    void loadFailed(const QString &message);
    void totalChanged(int total);

private:
    void load();
    QVariant displayValue(const OfficerRow &row, int column) const;

    Database &m_db;
    OfficerQuery m_query;
    QList<OfficerRow> m_rows;
    int m_total = 0;
    QString m_lastError;
    bool m_busy = false; // inside a reset or an insert
};

} // namespace Jiandu::Ui
