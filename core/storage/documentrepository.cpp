// DocumentRepository: supervision documents (监督文书), their steps and their gap-free issuing
// numbers. Drafts from activities and findings, and the settings, are in documentdrafts.cpp.

#include "documentrepository.h"

#include "audittrail.h"
#include "documentrows.h"
#include "reviewrows.h"
#include "security/agencyscope.h"
#include "sqlhelpers.h"
#include "util/format.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Jiandu {

using namespace ReviewSql;
using DocumentSql::kDocumentTable;

QJsonObject DocumentSql::toJson(const SupervisionDocument &d)
{
    QJsonArray tasks;
    for (qint64 id : d.taskIds)
        tasks.append(id);
    QJsonObject o{{QStringLiteral("kind"), Vocab::code(d.kind)},
                  {QStringLiteral("status"), Vocab::code(d.status)},
                  {QStringLiteral("number"), d.number},
                  {QStringLiteral("title"), d.title},
                  {QStringLiteral("recipient"), d.recipient},
                  {QStringLiteral("body"), d.body},
                  {QStringLiteral("issuer"), d.issuer},
                  {QStringLiteral("drafted_on"), Format::isoDate(d.draftedOn)},
                  {QStringLiteral("issued_on"), Format::isoDate(d.issuedOn)},
                  {QStringLiteral("served_on"), Format::isoDate(d.servedOn)},
                  {QStringLiteral("reply_due_on"), Format::isoDate(d.replyDueOn)},
                  {QStringLiteral("replied_on"), Format::isoDate(d.repliedOn)},
                  {QStringLiteral("reply_note"), d.replyNote},
                  {QStringLiteral("tasks"), tasks}};
    if (d.recipientAgencyId)
        o.insert(QStringLiteral("recipient_agency_id"), *d.recipientAgencyId);
    if (d.activityId)
        o.insert(QStringLiteral("activity_id"), *d.activityId);
    if (d.findingId)
        o.insert(QStringLiteral("finding_id"), *d.findingId);
    return o;
}

namespace {
const QString &kTable = kDocumentTable;
const QString kSelect =
    QStringLiteral("SELECT id, kind, status, year, seq, number, title, recipient, "
                   "recipient_agency_id, body, issuer, activity_id, finding_id, drafted_on, "
                   "issued_on, served_on, reply_due_on, replied_on, reply_note "
                   "FROM supervision_document d");

QString msg(const char *text)
{
    return QCoreApplication::translate("DocumentRepository", text);
}

Error invalid(const QString &message, const char *field)
{
    return Error{Error::Code::Invalid, message,
                 QCoreApplication::translate("DocumentRepository", field)};
}

SupervisionDocument documentFrom(const QSqlQuery &q)
{
    SupervisionDocument d;
    d.id = q.value(0).toLongLong();
    d.kind = Vocab::fromCode<DocumentKind>(q.value(1).toString()).value_or(DocumentKind::Notice);
    d.status =
        Vocab::fromCode<DocumentStatus>(q.value(2).toString()).value_or(DocumentStatus::Draft);
    d.year = q.value(3).toInt();
    d.seq = q.value(4).toInt();
    d.number = q.value(5).toString();
    d.title = q.value(6).toString();
    d.recipient = q.value(7).toString();
    d.recipientAgencyId = Sql::toOptId(q.value(8));
    d.body = q.value(9).toString();
    d.issuer = q.value(10).toString();
    d.activityId = Sql::toOptId(q.value(11));
    d.findingId = Sql::toOptId(q.value(12));
    d.draftedOn = Sql::toDate(q.value(13));
    d.issuedOn = Sql::toDate(q.value(14));
    d.servedOn = Sql::toDate(q.value(15));
    d.replyDueOn = Sql::toDate(q.value(16));
    d.repliedOn = Sql::toDate(q.value(17));
    d.replyNote = q.value(18).toString();
    return d;
}

VoidResult loadTasks(Database &db, SupervisionDocument &d)
{
    auto q = run(db,
                 QStringLiteral("SELECT task_id FROM document_task WHERE document_id = ? "
                                "ORDER BY position"),
                 {d.id}, QStringLiteral("document_task"));
    if (!q)
        return q.error();
    d.taskIds.clear();
    while (q->next())
        d.taskIds.append(q->value(0).toLongLong());
    return {};
}

VoidResult writeTasks(Database &db, const SupervisionDocument &d)
{
    const QString table = QStringLiteral("document_task");
    auto del =
        run(db, QStringLiteral("DELETE FROM document_task WHERE document_id = ?"), {d.id}, table);
    if (!del)
        return del.error();
    for (qsizetype i = 0; i < d.taskIds.size(); ++i) {
        auto q = run(db,
                     QStringLiteral("INSERT INTO document_task (document_id, position, task_id) "
                                    "VALUES (?, ?, ?)"),
                     {d.id, int(i), d.taskIds.at(i)}, table);
        if (!q)
            return q.error();
    }
    return {};
}

// The label a document goes by in messages: its number, else its title.
QString labelOf(const SupervisionDocument &d)
{
    return d.number.isEmpty() ? d.title : d.number;
}

Error stepRefused(const SupervisionDocument &d, const QString &reason)
{
    return Error{Error::Code::Conflict, reason, labelOf(d)};
}

// An issued document keeps what was sent: these fields are frozen after issuing.
bool sameIssuedContent(const SupervisionDocument &a, const SupervisionDocument &b)
{
    return a.kind == b.kind && a.title == b.title && a.recipient == b.recipient &&
           a.recipientAgencyId == b.recipientAgencyId && a.body == b.body && a.issuer == b.issuer &&
           a.taskIds == b.taskIds;
}
// What a save may not change: the steps (issue, serve, reply go through their functions) and,
// once issued, what was sent.
VoidResult keepSteps(const std::optional<SupervisionDocument> &before, SupervisionDocument &d)
{
    if (!before || before->status == DocumentStatus::Draft) {
        if (!before && d.status != DocumentStatus::Draft)
            return Error{Error::Code::Conflict,
                         msg(QT_TRANSLATE_NOOP("DocumentRepository",
                                               "A new document is saved as a draft; issuing "
                                               "it gives it its number.")),
                         d.title};
        d.status = DocumentStatus::Draft;
        d.number.clear();
        d.year = 0;
        d.seq = 0;
        // Set when it is issued, served, replied to.
        d.issuedOn = d.servedOn = d.repliedOn = d.replyDueOn = {};
        d.replyNote.clear();
        return {};
    }
    if (!sameIssuedContent(*before, d))
        return stepRefused(*before, msg(QT_TRANSLATE_NOOP("DocumentRepository",
                                                          "An issued document cannot be changed: "
                                                          "its kind, title, recipient, body, "
                                                          "issuer and task list stay as sent.")));
    d.status = before->status;
    d.number = before->number;
    d.year = before->year;
    d.seq = before->seq;
    d.draftedOn = before->draftedOn;
    d.issuedOn = before->issuedOn;
    // The dates of steps not taken stay empty; those taken may be corrected.
    if (d.status == DocumentStatus::Issued)
        d.servedOn = before->servedOn;
    if (d.status != DocumentStatus::Replied) {
        d.repliedOn = before->repliedOn;
        d.replyNote = before->replyNote;
    }
    return {};
}

// Inserts the document (returns the new id) or updates it (returns its id); not the tasks.
Result<qint64> writeRow(Database &db, const SupervisionDocument &d, bool update)
{
    const QString sql =
        update ? QStringLiteral("UPDATE supervision_document SET kind = ?, title = ?, "
                                "recipient = ?, recipient_agency_id = ?, body = ?, "
                                "issuer = ?, activity_id = ?, finding_id = ?, drafted_on = ?, "
                                "served_on = ?, reply_due_on = ?, replied_on = ?, "
                                "reply_note = ? WHERE id = ?")
               : QStringLiteral("INSERT INTO supervision_document (kind, title, recipient, "
                                "recipient_agency_id, body, issuer, activity_id, finding_id, "
                                "drafted_on, served_on, reply_due_on, replied_on, reply_note) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    QList<QVariant> binds{Vocab::code(d.kind),     d.title,
                          Sql::text(d.recipient),  optId(d.recipientAgencyId),
                          Sql::text(d.body),       Sql::text(d.issuer),
                          optId(d.activityId),     optId(d.findingId),
                          Sql::date(d.draftedOn),  Sql::date(d.servedOn),
                          Sql::date(d.replyDueOn), Sql::date(d.repliedOn),
                          Sql::text(d.replyNote)};
    if (update)
        binds << d.id;
    auto q = run(db, sql, binds, kTable);
    if (!q)
        return q.error();
    return update ? d.id : q->lastInsertId().toLongLong();
}

} // namespace

Result<std::optional<SupervisionDocument>> DocumentRepository::find(qint64 id) const
{
    auto q = run(m_db, kSelect + QStringLiteral(" WHERE id = ?"), {id}, kTable);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<SupervisionDocument>();
    SupervisionDocument d = documentFrom(*q);
    if (const qint64 own = Security::scopeAgency(m_db); own != 0 && d.recipientAgencyId != own)
        return std::optional<SupervisionDocument>(); // another agency's: not found
    if (VoidResult t = loadTasks(m_db, d); !t)
        return t.error();
    return std::optional<SupervisionDocument>(std::move(d));
}

Result<std::optional<SupervisionDocument>>
DocumentRepository::findByNumber(const QString &number) const
{
    auto q = run(m_db, QStringLiteral("SELECT id FROM supervision_document WHERE number = ?"),
                 {number.trimmed()}, kTable);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<SupervisionDocument>();
    return find(q->value(0).toLongLong());
}

namespace {
QString whereOf(const Database &db, const DocumentQuery &query, QList<QVariant> &binds)
{
    QStringList c;
    // An agency-limited account sees the documents addressed to its agency.
    if (const qint64 own = Security::scopeAgency(db); own != 0) {
        c << QStringLiteral("d.recipient_agency_id = ?");
        binds << own;
    }
    if (query.kind) {
        c << QStringLiteral("d.kind = ?");
        binds << Vocab::code(*query.kind);
    }
    if (query.status) {
        c << QStringLiteral("d.status = ?");
        binds << Vocab::code(*query.status);
    }
    if (query.activityId) {
        c << QStringLiteral("d.activity_id = ?");
        binds << *query.activityId;
    }
    if (query.year > 0) {
        c << QStringLiteral("(d.year = ? OR (d.year IS NULL AND substr(d.drafted_on, 1, 4) = ?))");
        binds << query.year << QString::number(query.year);
    }
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        c << QStringLiteral("(instr(coalesce(d.number, ''), ?) > 0 OR instr(d.title, ?) > 0 "
                            "OR instr(d.recipient, ?) > 0)");
        binds << text << text << text;
    }
    return c.isEmpty() ? QString() : QStringLiteral(" WHERE ") + c.join(QStringLiteral(" AND "));
}
} // namespace

Result<QList<SupervisionDocument>> DocumentRepository::list(const DocumentQuery &query, int offset,
                                                            int limit) const
{
    QList<QVariant> binds;
    const QString where = whereOf(m_db, query, binds);
    binds << limit << offset;
    auto q = run(m_db,
                 kSelect + where +
                     QStringLiteral(" ORDER BY coalesce(d.issued_on, d.drafted_on) DESC, "
                                    "d.id DESC LIMIT ? OFFSET ?"),
                 binds, kTable);
    if (!q)
        return q.error();
    QList<SupervisionDocument> out;
    while (q->next())
        out.append(documentFrom(*q));
    for (SupervisionDocument &d : out)
        if (VoidResult t = loadTasks(m_db, d); !t)
            return t.error();
    return out;
}

Result<qint64> DocumentRepository::count(const DocumentQuery &query) const
{
    QList<QVariant> binds;
    const QString where = whereOf(m_db, query, binds);
    auto q = run(m_db, QStringLiteral("SELECT count(*) FROM supervision_document d") + where, binds,
                 kTable);
    if (!q)
        return q.error();
    if (!q->next())
        return sqlError(*q, kTable);
    return q->value(0).toLongLong();
}

Result<qint64> DocumentRepository::save(SupervisionDocument &d)
{
    d.title = d.title.trimmed();
    d.recipient = d.recipient.trimmed();
    d.issuer = d.issuer.trimmed();
    if (d.title.isEmpty())
        return invalid(msg(QT_TRANSLATE_NOOP("DocumentRepository", "A document needs a title.")),
                       QT_TRANSLATE_NOOP("DocumentRepository", "Title"));
    if (!d.draftedOn.isValid())
        d.draftedOn = m_db.clock().today();
    const qint64 givenId = d.id;
    Result<qint64> saved = inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        std::optional<SupervisionDocument> before;
        if (d.id > 0) {
            auto found = find(d.id);
            if (!found)
                return found.error();
            if (!found.value())
                return Error{Error::Code::NotFound,
                             msg(QT_TRANSLATE_NOOP("DocumentRepository", "No such document.")),
                             QString::number(d.id)};
            before = found.value();
        }
        if (VoidResult k = keepSteps(before, d); !k)
            return k.error();
        auto written = writeRow(m_db, d, before.has_value());
        if (!written)
            return written.error();
        if (!before)
            d.id = written.value();
        if (VoidResult t = writeTasks(m_db, d); !t)
            return t.error();
        AuditTrail audit(m_db);
        const QString key = QString::number(d.id);
        VoidResult a = before ? audit.recordChange(kTable, key, DocumentSql::toJson(*before),
                                                   DocumentSql::toJson(d))
                              : audit.record(kTable, key, AuditEntry::Action::Insert, {},
                                             DocumentSql::toJson(d));
        if (!a)
            return a.error();
        return d.id;
    });
    if (!saved)
        d.id = givenId; // a rolled-back insert leaves no id behind
    return saved;
}

} // namespace Jiandu
