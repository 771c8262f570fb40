#include "auditchain.h"

#include "database.h"
#include "security/guard.h"
#include "sqlitehandle.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>

#include <charconv>
#include <vector>

#ifdef JIANDU_HAVE_OPENSSL
#include <openssl/evp.h>
#endif

namespace Jiandu::AuditChain {

QByteArray genesis()
{
    return QByteArray(kHashLength, '0');
}

namespace {
QByteArray sha256(const QByteArray &data)
{
#ifdef JIANDU_HAVE_OPENSSL
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), digest, &size, EVP_sha256(), nullptr))
        return QByteArray(reinterpret_cast<const char *>(digest), int(size));
#endif
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
}

void addNumber(QByteArray &out, qint64 n)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    out.append(digits, end - digits);
}

void addField(QByteArray &out, std::optional<QByteArrayView> field)
{
    if (!field) {
        out += 'N';
        return;
    }
    out += 'S';
    addNumber(out, field->size());
    out += ':';
    out += *field;
}
} // namespace

QByteArray Hasher::hash(QByteArrayView prevHash, qint64 id, const Fields &fields)
{
    m_buffer.resize(0); // keeps the capacity
    m_buffer += "JDAUDIT1";
    addField(m_buffer, prevHash);
    char idText[24];
    const auto idEnd = std::to_chars(idText, idText + sizeof idText, id).ptr;
    addField(m_buffer, QByteArrayView(idText, idEnd - idText));
    for (const auto &f : fields)
        addField(m_buffer, f);
    return sha256(m_buffer).toHex();
}

Appender::Appender(Database &db) : m_db(db), m_insert(db.connection())
{
    m_insert.prepare(QStringLiteral(
        "INSERT INTO audit_log (id, at, actor, table_name, record_key, action, before, after, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
}

Appender::~Appender() = default;

namespace {
// The text as it will be stored and hashed. Qt's UTF-8 has no lone surrogates; SQLite's
// conversion of one would differ, so such a string is stored as its UTF-8 round trip.
struct Text
{
    QByteArray utf8;
    QVariant bound;
    bool isNull = false;

    explicit Text(const QString &s) : utf8(s.toUtf8()), isNull(s.isNull())
    {
        bound = isNull ? QVariant(QString())
                       : QVariant(s.isValidUtf16() ? s : QString::fromUtf8(utf8));
    }
    // JSON already in UTF-8 (no second conversion of the largest fields).
    explicit Text(const QByteArray &json) : utf8(json), isNull(json.isNull())
    {
        if (!isNull && !utf8.isValidUtf8())
            utf8 = QString::fromUtf8(json).toUtf8();
        bound = isNull ? QVariant(QString()) : QVariant(QString::fromUtf8(utf8));
    }
    [[nodiscard]] std::optional<QByteArrayView> view() const
    {
        return isNull ? std::nullopt : std::optional<QByteArrayView>(utf8);
    }
};

Result<Database::AuditHead> loadHead(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return sqlError(q, QStringLiteral("audit_log"));
    if (!q.next())
        return Database::AuditHead{0, genesis()};
    return Database::AuditHead{q.value(0).toLongLong(), q.value(1).toString().toLatin1()};
}
} // namespace

VoidResult Appender::append(const QString &table, const QString &recordKey,
                            const QString &action, const QByteArray &before,
                            const QByteArray &after)
{
    Q_ASSERT_X(m_db.transactionDepth() > 0, "AuditChain::Appender",
               "audit records are written inside the transaction of the change");
    // The backstop of the roles: what the session may not change is refused here, and the
    // caller's Transaction rolls the change back (security/guard.h).
    if (auto allowed = Security::checkWrite(m_db, table, recordKey, action, before, after);
        !allowed)
        return allowed;
    // Outside a transaction (a caller that forgot one) nothing would forget the head: ask.
    const bool inTransaction = m_db.transactionDepth() > 0;
    std::optional<Database::AuditHead> head =
        inTransaction ? m_db.auditHead() : std::optional<Database::AuditHead>();
    if (!head) {
        auto loaded = loadHead(m_db);
        if (!loaded)
            return loaded.error();
        head = loaded.value();
    }
    const qint64 id = head->id + 1;
    const Text texts[] = {Text(m_db.clock().now().toUTC().toString(Qt::ISODateWithMs)),
                          Text(m_db.actor()),
                          Text(table),
                          Text(recordKey),
                          Text(action),
                          Text(before),
                          Text(after)};
    Fields fields;
    for (size_t i = 0; i < fields.size(); ++i)
        fields[i] = texts[i].view();
    const QByteArray hash = m_hasher.hash(head->hash, id, fields);

    m_insert.bindValue(0, id);
    for (int i = 0; i < 7; ++i)
        m_insert.bindValue(i + 1, texts[i].bound);
    m_insert.bindValue(8, QString::fromLatin1(head->hash));
    m_insert.bindValue(9, QString::fromLatin1(hash));
    if (!m_insert.exec())
        return sqlError(m_insert, QStringLiteral("audit_log"));
    if (inTransaction)
        m_db.setAuditHead({id, hash});
    return {};
}

namespace {
struct Filled
{
    qint64 id;
    QByteArray prev;
    QByteArray hash;
};

Error fillError(sqlite3 *db)
{
    return Error{Error::Code::Sql, Sqlite::message(db),
                 QCoreApplication::translate("AuditChain", "Audit trail hash chain")};
}
} // namespace

VoidResult fillExisting(Database &db)
{
    sqlite3 *h = Sqlite::handle(db.connection());
    QSqlQuery q(db.connection());
    // The records cannot be changed once written; this one fill is the exception.
    if (!q.exec(QStringLiteral(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'audit_log_no_update'")))
        return sqlError(q, QStringLiteral("audit_log"));
    const QString trigger = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (!trigger.isEmpty() && !q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")))
        return sqlError(q, QStringLiteral("audit_log"));

    Hasher hasher;
    QByteArray prev = genesis();
    qint64 last = 0;
    std::vector<Filled> batch;
    Sqlite::Statement update(
        h, "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?");
    if (!update.ok())
        return fillError(h);
    for (;;) {
        // In batches by id: the rows read are not the rows being rewritten meanwhile.
        batch.clear();
        {
            Sqlite::Statement read(h, "SELECT id, at, actor, table_name, record_key, action, "
                                      "before, after FROM audit_log WHERE id > ? ORDER BY id "
                                      "LIMIT 20000");
            if (!read.ok())
                return fillError(h);
            read.bind(1, last);
            int rc = SQLITE_ROW;
            while ((rc = read.step()) == SQLITE_ROW) {
                Fields f;
                for (int c = 1; c <= 7; ++c)
                    f[size_t(c - 1)] = read.isNull(c) ? std::nullopt
                                                      : std::optional<QByteArrayView>(read.text(c));
                const qint64 id = read.int64(0);
                QByteArray hash = hasher.hash(prev, id, f);
                batch.push_back({id, prev, hash});
                prev = std::move(hash);
                last = id;
            }
            if (rc != SQLITE_DONE)
                return fillError(h);
        }
        if (batch.empty())
            break;
        for (const Filled &row : batch) {
            update.reset();
            update.bind(1, QByteArrayView(row.prev));
            update.bind(2, QByteArrayView(row.hash));
            update.bind(3, row.id);
            if (update.step() != SQLITE_DONE)
                return fillError(h);
        }
    }
    if (!trigger.isEmpty() && !q.exec(trigger))
        return sqlError(q, QStringLiteral("audit_log"));
    return {};
}

} // namespace Jiandu::AuditChain
