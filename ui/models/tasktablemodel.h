#pragma once

#include "storage/taskrepository.h"

#include <QAbstractTableModel>

namespace Jiandu {
class Database;
}

namespace Jiandu::Ui {

class BackgroundTask;

// The rectification ledger (整改台账) as a lazily paged table: pages of kPageSize rows from
// TaskRepository::list in ledger order (activity, position). The total is counted off the GUI
// thread and announced by totalChanged; until then totalCount() is -1. Overdue rows are
// tinted, a deadline that was not understood is flagged for a person to set its date.
class TaskTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskTableModel)

public:
    enum Column
    {
        Seq,
        Problem,
        Measures,
        LeadUnit,
        ResponsibleUnits,
        Deadline,
        Progress,
        Completion,
        Remark,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int TaskIdRole = Qt::UserRole + 1;
    static constexpr int StatusRole = Qt::UserRole + 2;   // int(TaskStatus)
    static constexpr int OverdueRole = Qt::UserRole + 3;  // bool
    static constexpr int UndatedRole = Qt::UserRole + 4;  // bool: deadline not understood

    explicit TaskTableModel(Database &db, QObject *parent = nullptr);
    ~TaskTableModel() override;

    [[nodiscard]] const TaskQuery &query() const { return m_query; }
    // Replaces the filters; the model resets to the first page and recounts.
    void setQuery(const TaskQuery &query);
    // Reloads with the same query (after a committed change).
    void reload();

    // All rows matching the query, or -1 while the count is running.
    [[nodiscard]] qint64 totalCount() const { return m_total; }
    [[nodiscard]] qint64 taskId(int row) const;
    [[nodiscard]] const TaskRow *rowAt(int row) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }
    // Blocks until the running count has ended and its result is applied (tests).
    void waitForCount();

    // "已销号（2025-03-01）", "整改中 60%"… (translated), as the ledger prints it.
    static QString completionText(const TaskRow &row);
    // The deadline as written, with a note when it is open-ended or not understood.
    static QString deadlineText(const TaskDeadline &deadline);

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
    void startCount();
    void launchCount();
    QVariant displayValue(const TaskRow &row, int column) const;
    QVariant toolTip(const TaskRow &row, int column) const;

    Database &m_db;
    TaskQuery m_query;
    QList<TaskRow> m_rows;
    qint64 m_total = -1;
    bool m_more = false; // the last page came back full
    QString m_lastError;
    bool m_busy = false; // inside a reset or an insert
    BackgroundTask *m_countTask;
    quint64 m_generation = 0; // bumped by every reload; a stale count is dropped
    bool m_countAgain = false;
};

} // namespace Jiandu::Ui
