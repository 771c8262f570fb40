#pragma once

#include "storage/caserepository.h"

#include <QAbstractTableModel>

namespace Jiandu {
class Database;
}

namespace Jiandu::Ui {

class BackgroundTask;

// The case list (执法案件) as a lazily paged table: pages of kPageSize rows from
// CaseRepository::list, each page continuing after the last row held (keyset on opened_on,
// id), so deep pages cost what the first one does. The total is counted off the GUI thread
// (a count over two million cases takes a while) and announced by totalChanged; until then
// totalCount() is -1 and the model fetches while pages come back full.
class CaseTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseTableModel)

public:
    enum Column
    {
        CaseNo,
        Agency,
        Kind,
        Title,
        Party,
        OpenedOn,
        DecidedOn,
        Status,
        Major,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int CaseIdRole = Qt::UserRole + 1;
    static constexpr int StatusRole = Qt::UserRole + 2; // int(CaseStatus)

    explicit CaseTableModel(Database &db, QObject *parent = nullptr);
    ~CaseTableModel() override;

    [[nodiscard]] const CaseQuery &query() const { return m_query; }
    // Replaces the filters; the model resets to the first page and recounts.
    void setQuery(const CaseQuery &query);
    // Reloads with the same query (after a committed change).
    void reload();

    // All rows matching the query, or -1 while the count is running.
    [[nodiscard]] qint64 totalCount() const { return m_total; }
    [[nodiscard]] qint64 caseId(int row) const;
    [[nodiscard]] const CaseRow *rowAt(int row) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }
    // Blocks until the running count has ended and its result is applied (tests).
    void waitForCount();

    static CaseStatus statusOf(const CaseRow &row);
    static QString statusLabel(CaseStatus status); // translated

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &message);
    void totalChanged(qint64 total);

private:
    Result<QList<CaseRow>> nextPage() const;
    void startCount();
    void launchCount();
    QVariant displayValue(const CaseRow &row, int column) const;

    Database &m_db;
    CaseQuery m_query;
    QList<CaseRow> m_rows;
    qint64 m_total = -1;
    bool m_more = false; // the last page came back full
    QString m_lastError;
    bool m_busy = false; // inside a reset or an insert
    BackgroundTask *m_countTask;
    quint64 m_generation = 0; // bumped by every reload; a stale count is dropped
    bool m_countAgain = false;
};

} // namespace Jiandu::Ui
