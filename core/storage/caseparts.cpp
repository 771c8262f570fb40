// CaseRepository: the parts of a case (officers, penalties, coercion, stages, legal-review
// rounds, collective discussion) and the audit JSON of the whole aggregate.

#include "caserepository.h"

#include "caserows.h"
#include "database.h"
#include "sqlhelpers.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>

namespace Jiandu {

namespace {
const QString kParts = QStringLiteral("enforcement_case");

// Runs `q` with `id` bound and calls `read` for each row.
template<typename F>
VoidResult eachRow(QSqlQuery &q, qint64 id, F read)
{
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, kParts);
    while (q.next())
        read(q);
    q.finish();
    return {};
}

// Executes `q` for each value list.
VoidResult insertAll(QSqlQuery &q, const QList<QList<QVariant>> &rows)
{
    for (const QList<QVariant> &row : rows) {
        for (const QVariant &v : row)
            q.addBindValue(v);
        if (!q.exec())
            return sqlError(q, kParts);
    }
    return {};
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

template<typename E>
QString codeOf(const std::optional<E> &v)
{
    return v ? Vocab::code(*v) : QString();
}
} // namespace

QSqlQuery &CaseRepository::prepared(const QString &sql) const
{
    std::unique_ptr<QSqlQuery> &q = m_statements[sql];
    if (!q) {
        q = std::make_unique<QSqlQuery>(m_db.connection());
        q->setForwardOnly(true);
        q->prepare(sql);
    }
    return *q;
}

VoidResult CaseRepository::loadParts(EnforcementCase &c) const
{
    using namespace CaseRows;
    const qint64 id = c.id;
    VoidResult r = eachRow(prepared(QStringLiteral("SELECT officer_id, cert_number FROM case_officer WHERE case_id = ? ORDER BY position")), id,
                           [&](const QSqlQuery &q) { c.officers.append({q.value(0).toLongLong(), q.value(1).toString()}); });
    if (r)
        r = eachRow(prepared(QStringLiteral("SELECT category FROM case_penalty WHERE case_id = ? ORDER BY position")), id,
                    [&](const QSqlQuery &q) {
                        if (auto p = Vocab::fromCode<PenaltyCategory>(q.value(0).toString()))
                            c.penalties.append(*p);
                    });
    if (r)
        r = eachRow(prepared(QStringLiteral("SELECT kind FROM case_coercion WHERE case_id = ? ORDER BY position")), id,
                    [&](const QSqlQuery &q) {
                        if (auto k = Vocab::fromCode<CoercionKind>(q.value(0).toString()))
                            c.coercion.append(*k);
                    });
    if (r)
        r = eachRow(prepared(QStringLiteral("SELECT stage, date, note, audio_video FROM case_stage WHERE case_id = ?")), id,
                    [&](const QSqlQuery &q) {
                        if (auto s = Vocab::fromCode<CaseStage>(q.value(0).toString()))
                            c.stages.append({*s, Sql::toDate(q.value(1)), q.value(2).toString(), q.value(3).toBool()});
                    });
    // Stages in process order (立案 … 结案), whatever order they were stored in.
    std::sort(c.stages.begin(), c.stages.end(),
              [](const CaseStageRecord &a, const CaseStageRecord &b) { return int(a.stage) < int(b.stage); });
    if (r)
        r = eachRow(prepared(QStringLiteral("SELECT round, reviewer, submitted_on, concluded_on, conclusion, note "
                                         "FROM legal_review WHERE case_id = ? ORDER BY round")), id,
                    [&](const QSqlQuery &q) {
                        c.reviews.append({q.value(0).toInt(), q.value(1).toString(), Sql::toDate(q.value(2)),
                                          Sql::toDate(q.value(3)), fromCode<ReviewConclusion>(q.value(4)),
                                          q.value(5).toString()});
                    });
    if (r)
        r = eachRow(prepared(QStringLiteral("SELECT held_on, conclusion FROM collective_discussion WHERE case_id = ?")), id,
                    [&](const QSqlQuery &q) { c.discussion = CollectiveDiscussion{Sql::toDate(q.value(0)), q.value(1).toString(), {}}; });
    if (r && c.discussion)
        r = eachRow(prepared(QStringLiteral("SELECT participant, opinion FROM discussion_opinion WHERE case_id = ? ORDER BY position")), id,
                    [&](const QSqlQuery &q) { c.discussion->opinions.append({q.value(0).toString(), q.value(1).toString()}); });
    return r;
}

VoidResult CaseRepository::writeParts(const EnforcementCase &c, bool update)
{
    using namespace CaseRows;
    if (update) {
        // The parts are replaced as a whole; collective_discussion cascades to its opinions.
        for (const char *table : {"case_officer", "case_penalty", "case_coercion", "case_stage", "legal_review",
                                  "collective_discussion"}) {
            QSqlQuery &q = prepared(QStringLiteral("DELETE FROM %1 WHERE case_id = ?").arg(QLatin1String(table)));
            q.addBindValue(c.id);
            if (!q.exec())
                return sqlError(q, c.caseNo);
        }
    }
    QList<QList<QVariant>> officers, penalties, coercion, stages, reviews, opinions;
    for (int i = 0; i < c.officers.size(); ++i)
        officers.append({c.id, i, c.officers.at(i).officerId, Sql::text(c.officers.at(i).certNumber)});
    for (int i = 0; i < c.penalties.size(); ++i)
        penalties.append({c.id, i, Vocab::code(c.penalties.at(i))});
    for (int i = 0; i < c.coercion.size(); ++i)
        coercion.append({c.id, i, Vocab::code(c.coercion.at(i))});
    for (const CaseStageRecord &s : c.stages)
        stages.append({c.id, Vocab::code(s.stage), Sql::date(s.date), Sql::text(s.note), int(s.audioVideo)});
    for (const LegalReviewRound &r : c.reviews)
        reviews.append({c.id, r.round, Sql::text(r.reviewer), Sql::date(r.submittedOn), Sql::date(r.concludedOn),
                        code(r.conclusion), Sql::text(r.note)});
    QList<QList<QVariant>> discussion;
    if (c.discussion) {
        discussion.append({c.id, Sql::date(c.discussion->heldOn), Sql::text(c.discussion->conclusion)});
        for (int i = 0; i < c.discussion->opinions.size(); ++i)
            opinions.append({c.id, i, Sql::text(c.discussion->opinions.at(i).participant),
                             Sql::text(c.discussion->opinions.at(i).opinion)});
    }
    VoidResult r = insertAll(prepared(QStringLiteral("INSERT INTO case_officer (case_id, position, officer_id, cert_number) VALUES (?, ?, ?, ?)")), officers);
    if (r)
        r = insertAll(prepared(QStringLiteral("INSERT INTO case_penalty (case_id, position, category) VALUES (?, ?, ?)")), penalties);
    if (r)
        r = insertAll(prepared(QStringLiteral("INSERT INTO case_coercion (case_id, position, kind) VALUES (?, ?, ?)")), coercion);
    if (r)
        r = insertAll(prepared(QStringLiteral("INSERT INTO case_stage (case_id, stage, date, note, audio_video) VALUES (?, ?, ?, ?, ?)")), stages);
    if (r)
        r = insertAll(prepared(QStringLiteral("INSERT INTO legal_review (case_id, round, reviewer, submitted_on, concluded_on, "
                                           "conclusion, note) VALUES (?, ?, ?, ?, ?, ?, ?)")), reviews);
    if (r)
        r = insertAll(prepared(QStringLiteral("INSERT INTO collective_discussion (case_id, held_on, conclusion) VALUES (?, ?, ?)")), discussion);
    if (r)
        r = insertAll(prepared(QStringLiteral("INSERT INTO discussion_opinion (case_id, position, participant, opinion) VALUES (?, ?, ?, ?)")), opinions);
    return r;
}

QJsonObject CaseRepository::toJson(const EnforcementCase &c)
{
    QJsonArray officers, penalties, coercion, stages, reviews;
    for (const CaseOfficer &o : c.officers)
        officers.append(QJsonObject{{QStringLiteral("officer_id"), o.officerId}, {QStringLiteral("cert_no"), o.certNumber}});
    for (PenaltyCategory p : c.penalties)
        penalties.append(Vocab::code(p));
    for (CoercionKind k : c.coercion)
        coercion.append(Vocab::code(k));
    for (const CaseStageRecord &s : c.stages)
        stages.append(QJsonObject{{QStringLiteral("stage"), Vocab::code(s.stage)}, {QStringLiteral("date"), iso(s.date)},
                                  {QStringLiteral("note"), s.note}, {QStringLiteral("audio_video"), s.audioVideo}});
    for (const LegalReviewRound &r : c.reviews)
        reviews.append(QJsonObject{{QStringLiteral("round"), r.round}, {QStringLiteral("reviewer"), r.reviewer},
                                   {QStringLiteral("submitted_on"), iso(r.submittedOn)},
                                   {QStringLiteral("concluded_on"), iso(r.concludedOn)},
                                   {QStringLiteral("conclusion"), codeOf(r.conclusion)}, {QStringLiteral("note"), r.note}});
    QJsonObject o{{QStringLiteral("case_no"), c.caseNo}, {QStringLiteral("agency_id"), c.agencyId},
                  {QStringLiteral("kind"), Vocab::code(c.kind)}, {QStringLiteral("title"), c.title},
                  {QStringLiteral("party"), c.party}, {QStringLiteral("party_kind"), codeOf(c.partyKind)},
                  {QStringLiteral("opened_on"), iso(c.openedOn)}, {QStringLiteral("decided_on"), iso(c.decidedOn)},
                  {QStringLiteral("closed_on"), iso(c.closedOn)}, {QStringLiteral("officers"), officers},
                  {QStringLiteral("penalties"), penalties}, {QStringLiteral("discretion"), codeOf(c.discretion)},
                  {QStringLiteral("licence_result"), codeOf(c.licenceResult)}, {QStringLiteral("coercion"), coercion},
                  {QStringLiteral("major"), c.major}, {QStringLiteral("published_on"), iso(c.publishedOn)},
                  {QStringLiteral("taken_down_on"), iso(c.takenDownOn)},
                  {QStringLiteral("reconsideration"), codeOf(c.reconsideration)},
                  {QStringLiteral("litigation"), codeOf(c.litigation)}, {QStringLiteral("transferred"), c.transferred},
                  {QStringLiteral("transferred_on"), iso(c.transferredOn)},
                  {QStringLiteral("extension_days"), c.extensionDays},
                  {QStringLiteral("extension_approved_on"), iso(c.extensionApprovedOn)},
                  {QStringLiteral("extension_approved_by"), c.extensionApprovedBy},
                  {QStringLiteral("hearing_requested"), c.hearingRequested},
                  {QStringLiteral("hearing_held_on"), iso(c.hearingHeldOn)}, {QStringLiteral("hearing_note"), c.hearingNote},
                  {QStringLiteral("stages"), stages}, {QStringLiteral("reviews"), reviews}};
    // Money as a string of fen: JSON numbers are doubles, fen must stay exact.
    if (c.fineFen)
        o.insert(QStringLiteral("fine_fen"), QString::number(*c.fineFen));
    if (c.confiscationFen)
        o.insert(QStringLiteral("confiscation_fen"), QString::number(*c.confiscationFen));
    if (c.statutoryDays)
        o.insert(QStringLiteral("statutory_days"), *c.statutoryDays);
    if (c.discussion) {
        QJsonArray opinions;
        for (const DiscussionOpinion &d : c.discussion->opinions)
            opinions.append(QJsonObject{{QStringLiteral("participant"), d.participant}, {QStringLiteral("opinion"), d.opinion}});
        o.insert(QStringLiteral("discussion"), QJsonObject{{QStringLiteral("held_on"), iso(c.discussion->heldOn)},
                                                          {QStringLiteral("conclusion"), c.discussion->conclusion},
                                                          {QStringLiteral("opinions"), opinions}});
    }
    return o;
}

} // namespace Jiandu
