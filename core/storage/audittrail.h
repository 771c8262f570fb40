#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Jiandu {

class Database;

struct AuditEntry
{
    // Changes of a record, and events that concern the whole file (table "database").
    // Events (table "database" unless said otherwise): Backup, Restore, Login, LoginFailed,
    // Logout, Export, Print, Unmask; their codes are the CHECK list of migration 0007.
    enum class Action {
        Insert,
        Update,
        Delete,
        Backup,
        Restore,
        Login,
        LoginFailed,
        Logout,
        Export,
        Print,
        Unmask
    };
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString table;
    QString recordKey;
    Action action = Action::Insert;
    QJsonObject before;
    QJsonObject after;
};

// What the audit viewer asks for (AuditTrail::search, count). Every field narrows; an empty
// or invalid one does not.
struct AuditFilter
{
    QString actor;     // exactly this actor
    QString table;     // exactly this table_name (the kind of record)
    QString recordKey; // a part of the record key (plain text, not a pattern)
    std::optional<AuditEntry::Action> action;
    QDateTime from; // at or after (any time spec; compared in UTC)
    QDateTime to;   // before (exclusive)
};

// The result of walking the audit trail's hash chain (AuditTrail::verify()).
struct AuditVerification
{
    enum class Problem {
        None,
        Changed,   // a record's content, link or hash was altered
        Deleted,   // records are missing (an id gap, or later records renumbered)
        Inserted,  // a record that Jiandu did not write in its place
        Reordered, // a record stands elsewhere than after the record it links to
        NoChain,   // the file predates the chain (schema before 7): nothing to verify
    };
    qint64 records = 0;   // records checked (up to the first bad one)
    QString headHash;     // hash of the last record when the chain is whole; empty if none
    Problem problem = Problem::None;
    // The first bad record (for Deleted: the first record after the missing ones).
    qint64 badId = 0;
    QString table;
    QString recordKey;
    QString message; // a translated sentence naming the record and what is wrong

    [[nodiscard]] bool ok() const { return problem == Problem::None; }
};

// Writes and reads the audit trail. Repositories call record() inside the transaction of
// the change they make, so a change and its audit record are committed or lost together.
// The table refuses UPDATE and DELETE (triggers in migration 0001), and each record is
// chained to the one before by its hash (auditchain.h), so a change made behind the
// triggers' back is found by verify().
class AuditTrail final
{
public:
    explicit AuditTrail(Database &db) : m_db(db) {}

    VoidResult record(const QString &table, const QString &recordKey, AuditEntry::Action action,
                      const QJsonObject &before, const QJsonObject &after);

    // An update that changed nothing is not recorded.
    VoidResult recordChange(const QString &table, const QString &recordKey,
                            const QJsonObject &before, const QJsonObject &after);

    // An event that is not a change of a record: a login, an export, a print, unmasking a
    // number... Written under table "database" (or `table` when the event concerns one
    // record, e.g. unmasking an officer's number: table "officer"), `details` as `after`.
    // Joins the caller's Transaction; runs in its own when there is none.
    VoidResult recordEvent(AuditEntry::Action action, const QString &recordKey,
                           const QJsonObject &details = {},
                           const QString &table = QStringLiteral("database"));

    // The full history of one record, oldest first.
    Result<QList<AuditEntry>> history(const QString &table, const QString &recordKey) const;
    // The newest entries (all tables), newest first.
    Result<QList<AuditEntry>> recent(int limit, qint64 beforeId = 0) const;
    Result<qint64> count() const;

    // The audit viewer (auditsearch.cpp): the entries matching `filter`, newest first, at most
    // `limit`, with ids below `beforeId` (0: from the newest): page by passing the last id
    // held. Each filter has an index ending in id (migration 0009), so a deep page costs what
    // the first does.
    Result<QList<AuditEntry>> search(const AuditFilter &filter, int limit,
                                     qint64 beforeId = 0) const;
    Result<qint64> count(const AuditFilter &filter) const;
    // Everyone who appears in the trail, sorted.
    Result<QStringList> actors() const;

    // An event recorded only when the file may be written: a read-only database (a newer
    // file opened to read) records nothing. Exports and prints use it after their file is
    // written.
    VoidResult recordOutput(AuditEntry::Action action, const QString &recordKey,
                            const QJsonObject &details);

    // Walks the whole chain in id order (streaming, constant memory) and names the first
    // bad record. An Error only when the file cannot be read.
    Result<AuditVerification> verify() const;
    // The hash of the last record; empty when the trail is empty or has no chain yet.
    Result<QString> headHash() const;

    static QString actionCode(AuditEntry::Action action);

private:
    Database &m_db;
};

} // namespace Jiandu
