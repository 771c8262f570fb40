#pragma once

#include "storage/audittrail.h"

#include <QAbstractTableModel>

namespace Jiandu {
class Database;
}

namespace Jiandu::Ui {

class BackgroundTask;

// The audit trail (审计日志) as a lazily paged table, newest first: pages of kPageSize records
// from AuditTrail::search, each continuing below the last id held, so the trail is never
// loaded whole (it may hold millions of records). The total is counted off the GUI thread
// and announced by totalChanged; until then totalCount() is -1. Record keys are shown with
// identity-card numbers masked.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditTableModel)

public:
    enum Column
    {
        Time,
        Actor,
        Action,
        Kind,
        Record,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int EntryIdRole = Qt::UserRole + 1;

    explicit AuditTableModel(Database &db, QObject *parent = nullptr);
    ~AuditTableModel() override;

    [[nodiscard]] const AuditFilter &filter() const { return m_filter; }
    // Replaces the filter; the model resets to the newest page and recounts.
    void setFilter(const AuditFilter &filter);
    void reload();

    [[nodiscard]] qint64 totalCount() const { return m_total; }
    [[nodiscard]] const AuditEntry *entryAt(int row) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }
    // Blocks until the running count has ended and its result is applied (tests).
    void waitForCount();

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
    Result<QList<AuditEntry>> nextPage() const;
    void startCount();
    void launchCount();

    Database &m_db;
    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
    qint64 m_total = -1;
    bool m_more = false;
    bool m_busy = false;
    QString m_lastError;
    BackgroundTask *m_countTask;
    quint64 m_generation = 0;
    bool m_countAgain = false;
};

} // namespace Jiandu::Ui
