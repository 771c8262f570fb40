#pragma once

#include "storage/documentrepository.h"

#include <QAbstractTableModel>
#include <QDate>

namespace Jiandu::Ui {

// The supervision documents (监督文书) as a lazily paged table, newest first, pages of
// kPageSize from DocumentRepository::list. Documents number in the hundreds a year, so the
// total is counted at once. A reply past its due date is marked.
class DocumentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentTableModel)

public:
    enum Column
    {
        Number,
        Kind,
        Title,
        Recipient,
        Status,
        Date,
        ReplyDue,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int DocumentIdRole = Qt::UserRole + 1;

    explicit DocumentTableModel(Database &db, QObject *parent = nullptr);

    void setQuery(const DocumentQuery &query, const QDate &today);
    void reload();
    [[nodiscard]] const DocumentQuery &query() const { return m_query; }
    [[nodiscard]] qint64 totalCount() const { return m_total; }
    [[nodiscard]] qint64 documentId(int row) const;
    [[nodiscard]] QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    [[nodiscard]] bool replyLate(const SupervisionDocument &d) const;

    Database &m_db;
    DocumentQuery m_query;
    QDate m_today;
    QList<SupervisionDocument> m_rows;
    qint64 m_total = 0;
    bool m_more = false;
    bool m_busy = false;
    QString m_lastError;
};

} // namespace Jiandu::Ui
