// Verifying the audit trail's hash chain (auditchain.h): one pass in id order, then, at the
// first record that fails, a few look-ups to say what happened to it.

#include "auditchain.h"
#include "database.h"
#include "sqlitehandle.h"

#include <QCoreApplication>

#include <tuple>
#include <utility>

namespace Jiandu {

namespace AuditChain {

namespace {

using Problem = AuditVerification::Problem;

bool isHash(QByteArrayView v)
{
    if (v.size() != kHashLength)
        return false;
    for (const char c : v)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

Error readError(sqlite3 *db)
{
    return Error{Error::Code::Sql, Sqlite::message(db),
                 QCoreApplication::translate("AuditTrail", "Audit trail")};
}

// One record as read, with what is needed to re-hash it under another id.
struct Current
{
    qint64 id = 0;
    QByteArray prev;
    QByteArray hash;
    QString table;
    QString key;
    Fields fields;
};

// The record last accepted, and the one before it (to recognise an inserted record).
struct Previous
{
    qint64 id = 0;
    QByteArray hash = genesis();
    QByteArray hashBefore; // empty for the first record
};

class Diagnosis
{
public:
    Diagnosis(sqlite3 *db, const Previous &prev, const Current &cur, Hasher &hasher)
        : m_db(db), m_prev(prev), m_cur(cur), m_hasher(hasher)
    {
    }

    void into(AuditVerification &v) const
    {
        v.badId = m_cur.id;
        v.table = m_cur.table;
        v.recordKey = m_cur.key;
        const QString at = QStringLiteral("%1 (%2, %3)").arg(m_cur.id).arg(m_cur.table, m_cur.key);
        const auto [prevTable, prevKey] = recordAt(m_prev.id);
        const QString before = QStringLiteral("%1 (%2, %3)").arg(m_prev.id).arg(prevTable, prevKey);
        const bool selfOk = hashWith(m_cur.id) == m_cur.hash;
        const bool linked = m_cur.prev == m_prev.hash;
        const bool gap = m_cur.id != m_prev.id + 1;

        if (!isHash(m_cur.prev) || !isHash(m_cur.hash)) {
            set(v, Problem::Inserted,
                QCoreApplication::translate(
                    "AuditTrail",
                    "Audit record %1 has no valid hash: it was not written by Jiandu.")
                    .arg(at));
        } else if (selfOk && gap) {
            if (m_cur.id == m_prev.id + 2)
                set(v, Problem::Deleted,
                    QCoreApplication::translate(
                        "AuditTrail", "Audit record %1 is missing (deleted) before record %2.")
                        .arg(m_prev.id + 1)
                        .arg(at));
            else
                set(v, Problem::Deleted,
                    QCoreApplication::translate(
                        "AuditTrail",
                        "Audit records %1 to %2 are missing (deleted) before record %3.")
                        .arg(m_prev.id + 1)
                        .arg(m_cur.id - 1)
                        .arg(at));
        } else if (!linked && !m_prev.hashBefore.isEmpty() && m_cur.prev == m_prev.hashBefore &&
                   (selfOk || hashWith(m_cur.id - 1) == m_cur.hash)) {
            // The record after the previous one links past it: the previous one was put in.
            blamePrevious(v, Problem::Inserted,
                          QCoreApplication::translate("AuditTrail",
                                                      "Audit record %1 was inserted: the record "
                                                      "after it follows the record before it.")
                              .arg(before));
        } else if (selfOk) {
            blamePrevious(v, Problem::Changed,
                          QCoreApplication::translate("AuditTrail",
                                                      "Audit record %1 was changed or replaced: "
                                                      "the record after it does not follow it.")
                              .arg(before));
        } else if (linked) {
            if (nextLinksTo(m_prev.hash))
                set(v, Problem::Inserted,
                    QCoreApplication::translate("AuditTrail",
                                                "Audit record %1 was inserted: the record after it "
                                                "follows the record before it.")
                        .arg(at));
            else
                set(v, Problem::Changed,
                    QCoreApplication::translate("AuditTrail",
                                                "Audit record %1 was changed after it was written.")
                        .arg(at));
        } else if (const qint64 pred = idWithHash(m_cur.prev); pred > 0) {
            set(v, Problem::Reordered,
                QCoreApplication::translate(
                    "AuditTrail", "Audit record %1 is out of order: it belongs after record %2.")
                    .arg(at)
                    .arg(pred));
        } else if (hashWith(m_cur.id + 1) == m_cur.hash) {
            set(v, Problem::Deleted,
                QCoreApplication::translate("AuditTrail",
                                            "An audit record before record %1 was deleted and the "
                                            "later records were renumbered.")
                    .arg(at));
        } else {
            set(v, Problem::Changed,
                QCoreApplication::translate("AuditTrail",
                                            "Audit record %1 was changed after it was written.")
                    .arg(at));
        }
    }

private:
    static void set(AuditVerification &v, Problem p, const QString &message)
    {
        v.problem = p;
        v.message = message;
    }
    void blamePrevious(AuditVerification &v, Problem p, const QString &message) const
    {
        set(v, p, message);
        v.badId = m_prev.id;
        std::tie(v.table, v.recordKey) = recordAt(m_prev.id);
    }
    std::pair<QString, QString> recordAt(qint64 id) const
    {
        Sqlite::Statement s(m_db, "SELECT table_name, record_key FROM audit_log WHERE id = ?");
        s.bind(1, id);
        if (s.ok() && s.step() == SQLITE_ROW)
            return {s.string(0), s.string(1)};
        return {};
    }
    QByteArray hashWith(qint64 id) const { return m_hasher.hash(m_cur.prev, id, m_cur.fields); }

    bool nextLinksTo(const QByteArray &hash) const
    {
        Sqlite::Statement s(m_db,
                            "SELECT prev_hash FROM audit_log WHERE id > ? ORDER BY id LIMIT 1");
        s.bind(1, m_cur.id);
        return s.ok() && s.step() == SQLITE_ROW && s.text(0) == QByteArrayView(hash);
    }
    // Only on failure: a scan of the table.
    qint64 idWithHash(const QByteArray &hash) const
    {
        Sqlite::Statement s(m_db, "SELECT id FROM audit_log WHERE hash = ? LIMIT 1");
        s.bind(1, QByteArrayView(hash));
        return s.ok() && s.step() == SQLITE_ROW ? s.int64(0) : 0;
    }

    sqlite3 *m_db;
    const Previous &m_prev;
    const Current &m_cur;
    Hasher &m_hasher;
};

} // namespace

bool hasChain(sqlite3 *db)
{
    Sqlite::Statement s(db, "SELECT count(*) FROM pragma_table_info('audit_log') "
                            "WHERE name IN ('prev_hash', 'hash')");
    return s.ok() && s.step() == SQLITE_ROW && s.int64(0) == 2;
}

Result<QString> head(sqlite3 *db)
{
    if (!hasChain(db))
        return QString();
    Sqlite::Statement s(db, "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
    if (!s.ok())
        return readError(db);
    const int rc = s.step();
    if (rc == SQLITE_ROW)
        return s.string(0);
    if (rc == SQLITE_DONE)
        return QString();
    return readError(db);
}

Result<AuditVerification> verify(sqlite3 *db)
{
    AuditVerification v;
    if (!hasChain(db)) {
        v.problem = Problem::NoChain;
        v.message = QCoreApplication::translate(
            "AuditTrail", "The audit trail of this file has no hash chain yet (schema older than "
                          "7); open it with this version to add one.");
        return v;
    }
    Sqlite::Statement s(db, "SELECT id, prev_hash, hash, table_name, record_key, at, actor, "
                            "table_name, record_key, action, before, after FROM audit_log "
                            "ORDER BY id");
    if (!s.ok())
        return readError(db);
    Hasher hasher;
    Previous prev;
    Current cur;
    int rc = SQLITE_ROW;
    while ((rc = s.step()) == SQLITE_ROW) {
        cur.id = s.int64(0);
        const QByteArrayView storedPrev = s.text(1);
        const QByteArrayView storedHash = s.text(2);
        for (int c = 5; c <= 11; ++c)
            cur.fields[size_t(c - 5)] =
                s.isNull(c) ? std::nullopt : std::optional<QByteArrayView>(s.text(c));
        ++v.records;
        if (cur.id == prev.id + 1 && storedPrev == QByteArrayView(prev.hash)) {
            QByteArray hash = hasher.hash(storedPrev, cur.id, cur.fields);
            if (storedHash == QByteArrayView(hash)) {
                prev.hashBefore = std::move(prev.hash);
                prev.hash = std::move(hash);
                prev.id = cur.id;
                continue;
            }
        }
        cur.prev = storedPrev.toByteArray();
        cur.hash = storedHash.toByteArray();
        cur.table = s.string(3);
        cur.key = s.string(4);
        Diagnosis(db, prev, cur, hasher).into(v);
        return v;
    }
    if (rc != SQLITE_DONE)
        return readError(db);
    if (v.records > 0)
        v.headHash = QString::fromLatin1(prev.hash);
    return v;
}

} // namespace AuditChain

Result<AuditVerification> AuditTrail::verify() const
{
    return AuditChain::verify(Sqlite::handle(m_db.connection()));
}

Result<QString> AuditTrail::headHash() const
{
    return AuditChain::head(Sqlite::handle(m_db.connection()));
}

} // namespace Jiandu
