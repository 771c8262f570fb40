#pragma once

#include "audittrail.h"
#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlQuery>
#include <QString>

#include <array>
#include <optional>

struct sqlite3;

namespace Jiandu {

class Database;

// The hash chain of the audit trail (migration 0007). Every audit record carries
// `prev_hash`, the `hash` of the record before it (64 zeros for the first), and its own
// `hash`: the lower-case hex SHA-256 of its canonical form, version 1:
//
//     "JDAUDIT1" then, for each of prev_hash, id, at, actor, table_name, record_key, action,
//     before, after, in this order:
//         SQL NULL  → "N"
//         a value   → "S" <byte length of its UTF-8, decimal> ":" <the UTF-8 bytes>
//
// `id` is written in decimal; the other fields are the stored text. Lengths keep the
// fields from shifting into each other, "N" keeps NULL apart from an empty text, and the
// id makes a record moved to another place fail its own hash. A changed, deleted, inserted
// or reordered record breaks the chain; cutting the tail is caught by comparing the head
// with the one written into a backup's manifest or an annual report.
namespace AuditChain {

constexpr qsizetype kHashLength = 64;

// The prev_hash of the first record.
QByteArray genesis();

// The fields after prev_hash and id, as stored: at, actor, table_name, record_key, action,
// before, after (nullopt: SQL NULL).
using Fields = std::array<std::optional<QByteArrayView>, 7>;

// Hashes canonical forms, reusing one buffer (not thread-safe; one per writer).
class Hasher final
{
public:
    QByteArray hash(QByteArrayView prevHash, qint64 id, const Fields &fields);

private:
    QByteArray m_buffer;
};

// Appends audit records, linking each to the one before. The head of the chain (last id
// and hash) is read once per transaction and then kept by the Database (Transaction
// forgets it on commit and rollback), so a bulk of inserts costs no extra query per row.
// Must run inside a Transaction: the write lock keeps other writers out meanwhile.
class Appender final
{
    Q_DISABLE_COPY_MOVE(Appender)

public:
    explicit Appender(Database &db);
    ~Appender();

    // `action` is a code (AuditTrail::actionCode); `before` and `after` are compact JSON in
    // UTF-8, as the writers have it (a null array is stored as NULL).
    VoidResult append(const QString &table, const QString &recordKey, const QString &action,
                      const QByteArray &before, const QByteArray &after);

private:
    Database &m_db;
    QSqlQuery m_insert;
    Hasher m_hasher;
};

// Whether the file's audit trail has the chain (schema 7 and later).
bool hasChain(sqlite3 *db);
// Walks the chain of an open connection (a Database's or a backup file's).
Result<AuditVerification> verify(sqlite3 *db);
// The hash of the last record; empty when there is none or no chain.
Result<QString> head(sqlite3 *db);

// Migration 0007: computes the chain over the records written before it existed.
VoidResult fillExisting(Database &db);

} // namespace AuditChain

} // namespace Jiandu
