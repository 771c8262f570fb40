#pragma once

#include "domain/supervisiontypes.h"
#include "util/result.h"

#include <QList>
#include <QMap>
#include <optional>

namespace Jiandu {

class Database;

// Office settings of supervision documents (table `setting`, audited): the issuing-number
// prefix and the reply period (calendar days; 0: no reply expected) of each kind, and the
// issuing authority's name (default: the office setting "office/name").
struct DocumentSettings
{
    QMap<DocumentKind, QString> prefix; // e.g. 清司监通 → 清司监通〔2025〕3号
    QMap<DocumentKind, int> replyDays;  // defaults: opinion 30, decision 30, recommendation 15,
                                        // rectification notice 30, urging letter 15, notice 0
    QString issuer;

    static DocumentSettings load(Database &db);
    VoidResult save(Database &db) const;
    // prefix + 〔year〕 + seq + 号
    [[nodiscard]] QString number(DocumentKind kind, int year, int seq) const;
};

struct DocumentQuery
{
    std::optional<DocumentKind> kind;
    std::optional<DocumentStatus> status;
    std::optional<qint64> activityId;
    int year = 0;     // drafted or issued in this year; 0: any
    QString text;     // number, title or recipient contains this text
};

// Owns the SQL of supervision documents (supervision_document, document_task,
// document_number). Each write is one Transaction with its audit record.
class DocumentRepository final
{
public:
    explicit DocumentRepository(Database &db) : m_db(db) {}

    Result<std::optional<SupervisionDocument>> find(qint64 id) const;
    Result<std::optional<SupervisionDocument>> findByNumber(const QString &number) const;
    // Newest first.
    Result<QList<SupervisionDocument>> list(const DocumentQuery &query, int offset, int limit) const;
    Result<qint64> count(const DocumentQuery &query) const;

    // Saves a draft (everything editable). An issued document keeps its number, kind, title,
    // recipient, body and tasks: saving changes to those is refused (Conflict).
    Result<qint64> save(SupervisionDocument &document);

    // A new draft (not saved) from an activity: title, recipient (the agency given, else the
    // activity's targets), a body from the kind's template, the activity's open tasks for that
    // agency (all when none) attached in order.
    Result<SupervisionDocument> draftFromActivity(qint64 activityId, DocumentKind kind,
                                                  std::optional<qint64> recipientAgencyId,
                                                  const QDate &on) const;
    // Likewise from a finding: its agency is the recipient, its tasks the attachment.
    Result<SupervisionDocument> draftFromFinding(qint64 findingId, DocumentKind kind,
                                                 const QDate &on) const;

    // 草稿 → 已签发: takes the next number of the kind and year of `on` in the same transaction
    // (BEGIN IMMEDIATE: two windows or processes issuing at once get consecutive numbers, never
    // a gap or a duplicate), sets issuedOn and the reply deadline. Returns the number.
    Result<QString> issue(qint64 documentId, const QDate &on);
    // 已签发 → 已送达
    VoidResult markServed(qint64 documentId, const QDate &on);
    // 已签发/已送达 → 已回复
    VoidResult recordReply(qint64 documentId, const QDate &on, const QString &note);
    // Only a draft can be deleted (an issued number is never freed).
    VoidResult removeDraft(qint64 documentId);

private:
    Database &m_db;
};

} // namespace Jiandu
