// The steps of a supervision document: 草稿 → 已签发 → 已送达 → 已回复, and deleting a draft.
// Issuing takes the next number of the kind and year inside the issuing transaction, which
// holds SQLite's write lock from its BEGIN IMMEDIATE: two windows or processes issuing at
// once get consecutive numbers, and a failed issue gives its number back by rolling back.

#include "documentrepository.h"

#include "audittrail.h"
#include "documentrows.h"
#include "reviewrows.h"
#include "sqlhelpers.h"
#include "util/format.h"

#include <QCoreApplication>

namespace Jiandu {

using namespace ReviewSql;
using DocumentSql::kDocumentTable;

namespace {

QString msg(const char *text)
{
    return QCoreApplication::translate("DocumentRepository", text);
}

Error invalid(const QString &message, const char *field)
{
    return Error{Error::Code::Invalid, message,
                 QCoreApplication::translate("DocumentRepository", field)};
}

Error refused(const SupervisionDocument &d, const QString &reason)
{
    return Error{Error::Code::Conflict, reason, d.number.isEmpty() ? d.title : d.number};
}

Error notFound(qint64 id)
{
    return Error{Error::Code::NotFound,
                 msg(QT_TRANSLATE_NOOP("DocumentRepository", "No such document.")),
                 QString::number(id)};
}

// "A document that is %1 cannot be %2." with the statuses' labels.
Error wrongStatus(const SupervisionDocument &d, DocumentStatus to)
{
    return refused(d, msg(QT_TRANSLATE_NOOP("DocumentRepository",
                                            "A document that is %1 cannot become %2: the steps "
                                            "are draft, issued, served, replied."))
                          .arg(Vocab::label(d.status), Vocab::label(to)));
}

VoidResult notBeforeIssue(const SupervisionDocument &d, const QDate &on, const char *field)
{
    if (!on.isValid())
        return invalid(msg(QT_TRANSLATE_NOOP("DocumentRepository", "A step needs its date.")),
                       field);
    if (d.issuedOn.isValid() && on < d.issuedOn)
        return invalid(msg(QT_TRANSLATE_NOOP("DocumentRepository",
                                             "The date cannot be before the document was issued "
                                             "on %1."))
                           .arg(Format::longDate(d.issuedOn)),
                       field);
    return {};
}

// Takes the next sequence number of `kind` in `year`; the caller holds the write lock.
Result<int> nextSeq(Database &db, DocumentKind kind, int year)
{
    const QString table = QStringLiteral("document_number");
    auto up = run(db,
                  QStringLiteral("INSERT INTO document_number (kind, year, last_seq) "
                                 "VALUES (?, ?, 1) ON CONFLICT (kind, year) "
                                 "DO UPDATE SET last_seq = last_seq + 1"),
                  {Vocab::code(kind), year}, table);
    if (!up)
        return up.error();
    auto q =
        run(db, QStringLiteral("SELECT last_seq FROM document_number WHERE kind = ? AND year = ?"),
            {Vocab::code(kind), year}, table);
    if (!q)
        return q.error();
    if (!q->next())
        return sqlError(*q, table);
    return q->value(0).toInt();
}

} // namespace

Result<QString> DocumentRepository::issue(qint64 documentId, const QDate &on)
{
    if (!on.isValid())
        return invalid(msg(QT_TRANSLATE_NOOP("DocumentRepository", "A step needs its date.")),
                       QT_TRANSLATE_NOOP("DocumentRepository", "Issued on"));
    return inTransaction<QString>(m_db, [&]() -> Result<QString> {
        auto found = find(documentId);
        if (!found)
            return found.error();
        if (!found.value())
            return notFound(documentId);
        const SupervisionDocument before = *found.value();
        if (before.status != DocumentStatus::Draft)
            return wrongStatus(before, DocumentStatus::Issued);
        if (on < before.draftedOn)
            return invalid(msg(QT_TRANSLATE_NOOP("DocumentRepository",
                                                 "A document cannot be issued before it was "
                                                 "drafted on %1."))
                               .arg(Format::longDate(before.draftedOn)),
                           QT_TRANSLATE_NOOP("DocumentRepository", "Issued on"));
        const DocumentSettings settings = DocumentSettings::load(m_db);
        SupervisionDocument after = before;
        auto seq = nextSeq(m_db, before.kind, on.year());
        if (!seq)
            return seq.error();
        after.status = DocumentStatus::Issued;
        after.year = on.year();
        after.seq = seq.value();
        after.number = settings.number(before.kind, after.year, after.seq);
        after.issuedOn = on;
        const int days = settings.replyDays.value(before.kind, 0);
        after.replyDueOn = days > 0 ? on.addDays(days) : QDate();
        auto clash =
            run(m_db, QStringLiteral("SELECT 1 FROM supervision_document WHERE number = ?"),
                {after.number}, kDocumentTable);
        if (!clash)
            return clash.error();
        if (clash->next())
            return refused(before, msg(QT_TRANSLATE_NOOP("DocumentRepository",
                                                         "The number %1 is already used by another "
                                                         "document: give each kind its own prefix "
                                                         "in the settings."))
                                       .arg(after.number));
        auto q = run(m_db,
                     QStringLiteral("UPDATE supervision_document SET status = 'issued', year = ?, "
                                    "seq = ?, number = ?, issued_on = ?, reply_due_on = ? "
                                    "WHERE id = ?"),
                     {after.year, after.seq, after.number, Sql::date(on),
                      Sql::date(after.replyDueOn), documentId},
                     kDocumentTable);
        if (!q)
            return q.error();
        VoidResult a =
            AuditTrail(m_db).recordChange(kDocumentTable, QString::number(documentId),
                                          DocumentSql::toJson(before), DocumentSql::toJson(after));
        if (!a)
            return a.error();
        return after.number;
    });
}

VoidResult DocumentRepository::markServed(qint64 documentId, const QDate &on)
{
    return inTransactionVoid(m_db, [&]() -> VoidResult {
        auto found = find(documentId);
        if (!found)
            return found.error();
        if (!found.value())
            return notFound(documentId);
        const SupervisionDocument before = *found.value();
        if (before.status != DocumentStatus::Issued)
            return wrongStatus(before, DocumentStatus::Served);
        if (VoidResult v =
                notBeforeIssue(before, on, QT_TRANSLATE_NOOP("DocumentRepository", "Served on"));
            !v)
            return v;
        SupervisionDocument after = before;
        after.status = DocumentStatus::Served;
        after.servedOn = on;
        auto q = run(m_db,
                     QStringLiteral("UPDATE supervision_document SET status = 'served', "
                                    "served_on = ? WHERE id = ?"),
                     {Sql::date(on), documentId}, kDocumentTable);
        if (!q)
            return q.error();
        return AuditTrail(m_db).recordChange(kDocumentTable, QString::number(documentId),
                                             DocumentSql::toJson(before),
                                             DocumentSql::toJson(after));
    });
}

VoidResult DocumentRepository::recordReply(qint64 documentId, const QDate &on, const QString &note)
{
    return inTransactionVoid(m_db, [&]() -> VoidResult {
        auto found = find(documentId);
        if (!found)
            return found.error();
        if (!found.value())
            return notFound(documentId);
        const SupervisionDocument before = *found.value();
        if (before.status != DocumentStatus::Issued && before.status != DocumentStatus::Served)
            return wrongStatus(before, DocumentStatus::Replied);
        if (VoidResult v =
                notBeforeIssue(before, on, QT_TRANSLATE_NOOP("DocumentRepository", "Replied on"));
            !v)
            return v;
        SupervisionDocument after = before;
        after.status = DocumentStatus::Replied;
        after.repliedOn = on;
        after.replyNote = note.trimmed();
        auto q = run(m_db,
                     QStringLiteral("UPDATE supervision_document SET status = 'replied', "
                                    "replied_on = ?, reply_note = ? WHERE id = ?"),
                     {Sql::date(on), Sql::text(after.replyNote), documentId}, kDocumentTable);
        if (!q)
            return q.error();
        return AuditTrail(m_db).recordChange(kDocumentTable, QString::number(documentId),
                                             DocumentSql::toJson(before),
                                             DocumentSql::toJson(after));
    });
}

VoidResult DocumentRepository::removeDraft(qint64 documentId)
{
    return inTransactionVoid(m_db, [&]() -> VoidResult {
        auto found = find(documentId);
        if (!found)
            return found.error();
        if (!found.value())
            return notFound(documentId);
        const SupervisionDocument before = *found.value();
        if (before.status != DocumentStatus::Draft)
            return refused(before, msg(QT_TRANSLATE_NOOP("DocumentRepository",
                                                         "Only a draft can be deleted: an issued "
                                                         "document keeps its number.")));
        auto q = run(m_db, QStringLiteral("DELETE FROM supervision_document WHERE id = ?"),
                     {documentId}, kDocumentTable);
        if (!q)
            return q.error();
        return AuditTrail(m_db).record(kDocumentTable, QString::number(documentId),
                                       AuditEntry::Action::Delete, DocumentSql::toJson(before), {});
    });
}

} // namespace Jiandu
