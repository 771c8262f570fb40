// Office settings of supervision documents, and new drafts from an activity or a finding.
// The drafts' bodies are stored text (what is printed and sent), written in Chinese whatever
// the interface language, from one short template per kind.

#include "documentrepository.h"

#include "activityrepository.h"
#include "documentbody.h"
#include "findingrepository.h"
#include "reviewrows.h"
#include "settingsrepository.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QHash>

#include <array>

namespace Jiandu {

using namespace ReviewSql;

namespace {

const QString kPrefixKey = QStringLiteral("documents/prefix/");
const QString kReplyDaysKey = QStringLiteral("documents/reply_days/");
const QString kIssuerKey = QStringLiteral("documents/issuer");
const QString kOfficeNameKey = QStringLiteral("office/name");
const QString kDefaultIssuer = QStringLiteral("司法局");

// {activity}: the activity's name; {problems}: the numbered problems, one per line;
// {reply}: "于收到本通知书之日起30日内" or "及时" when no reply period is set.
struct Template
{
    DocumentKind kind;
    const char *prefix; // default issuing-number prefix
    int replyDays;      // default reply period, calendar days
    const char *shortName;
    const char *body;
};

const std::array<Template, 6> kTemplates{{
    {DocumentKind::Notice, "监督通", 0, "通知书",
     "根据工作安排，我局将对你单位开展{activity}。请你单位做好准备，如实提供有关材料，"
     "积极配合监督检查工作。"},
    {DocumentKind::Opinion, "监督意", 30, "意见书",
     "我局在{activity}中发现，你单位在行政执法工作中存在以下问题：\n{problems}\n"
     "现提出监督意见如下：请你单位针对上述问题认真研究，{reply}落实，并将落实情况书面报告"
     "我局。"},
    {DocumentKind::Recommendation, "监督建", 15, "建议书",
     "我局在{activity}中发现，你单位在行政执法工作中存在以下问题：\n{problems}\n"
     "建议你单位认真研究，采取有效措施加以改进，并{reply}将采纳情况书面反馈我局。"},
    {DocumentKind::Decision, "监督决", 30, "决定书",
     "我局在{activity}中发现，你单位在行政执法工作中存在以下问题：\n{problems}\n"
     "依据有关规定，我局决定责令你单位予以纠正，并{reply}将纠正情况书面报告我局。"},
    {DocumentKind::RectificationNotice, "整改通", 30, "通知书",
     "我局在{activity}中发现，你单位在行政执法工作中存在以下问题：\n{problems}\n"
     "请{reply}完成整改，并将整改情况书面报告我局。"},
    {DocumentKind::UrgingLetter, "督办", 15, "函",
     "{activity}中发现你单位存在的以下问题，至今尚未整改到位：\n{problems}\n"
     "请你单位高度重视，切实落实整改责任，{reply}完成整改，并将整改情况书面报告我局。"},
}};

const Template &templateOf(DocumentKind kind)
{
    for (const Template &t : kTemplates)
        if (t.kind == kind)
            return t;
    return kTemplates.front();
}

} // namespace

QString draftBody(DocumentKind kind, int replyDays, const QString &activity,
                  const QStringList &problems)
{
    const Template &t = templateOf(kind);
    QStringList lines;
    for (qsizetype i = 0; i < problems.size(); ++i)
        lines << QStringLiteral("%1．%2").arg(i + 1).arg(problems.at(i));
    if (lines.isEmpty())
        lines << QStringLiteral("（问题）");
    const QString reply = replyDays > 0 ? QStringLiteral("于收到本%1之日起%2日内")
                                              .arg(QString::fromUtf8(t.shortName))
                                              .arg(replyDays)
                                        : QStringLiteral("及时");
    const QHash<QString, QString> values{{QStringLiteral("activity"), activity},
                                         {QStringLiteral("problems"), lines.join(u'\n')},
                                         {QStringLiteral("reply"), reply}};
    // One pass over the template: what users typed goes in as typed and is never searched
    // for placeholders itself ("{reply}" in an activity's name stays as written).
    const QString text = QString::fromUtf8(t.body);
    QString body;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'{', i);
        const qsizetype close = open < 0 ? -1 : text.indexOf(u'}', open);
        if (close < 0) {
            body += QStringView(text).mid(i);
            break;
        }
        body += QStringView(text).mid(i, open - i);
        const auto value = values.constFind(text.mid(open + 1, close - open - 1));
        if (value == values.cend()) {
            body += u'{';
            i = open + 1;
        } else {
            body += *value;
            i = close + 1;
        }
    }
    return body;
}

namespace {

Error notFound(const char *text, qint64 id)
{
    return Error{Error::Code::NotFound, QCoreApplication::translate("DocumentRepository", text),
                 QString::number(id)};
}

struct Attached
{
    QList<qint64> ids;
    QStringList problems;
};

// Open tasks (not signed off) matching `condition`, in ledger order.
Result<Attached> openTasks(Database &db, const QString &condition, const QList<QVariant> &binds)
{
    auto q = run(db,
                 QStringLiteral("SELECT t.id, t.problem FROM rectification_task t WHERE "
                                "t.status <> 'signed_off' AND ") +
                     condition + QStringLiteral(" ORDER BY t.activity_id, t.position, t.id"),
                 binds, QStringLiteral("rectification_task"));
    if (!q)
        return q.error();
    Attached a;
    while (q->next()) {
        a.ids.append(q->value(0).toLongLong());
        a.problems.append(q->value(1).toString());
    }
    return a;
}

Result<QString> agencyName(Database &db, qint64 agencyId)
{
    auto q = run(db, QStringLiteral("SELECT name FROM agency WHERE id = ?"), {agencyId},
                 QStringLiteral("agency"));
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(QT_TRANSLATE_NOOP("DocumentRepository", "No such enforcement body."),
                        agencyId);
    return q->value(0).toString();
}

} // namespace

DocumentSettings DocumentSettings::load(Database &db)
{
    const SettingsRepository settings(db);
    DocumentSettings s;
    for (const Template &t : kTemplates) {
        const QString code = Vocab::code(t.kind);
        s.prefix.insert(t.kind, settings.value(kPrefixKey + code, QString::fromUtf8(t.prefix)));
        const int days = settings.intValue(kReplyDaysKey + code, t.replyDays);
        s.replyDays.insert(t.kind, days < 0 || days > 3650 ? t.replyDays : days);
    }
    s.issuer = settings.value(kIssuerKey).trimmed();
    if (s.issuer.isEmpty())
        s.issuer = settings.value(kOfficeNameKey).trimmed();
    if (s.issuer.isEmpty())
        s.issuer = kDefaultIssuer;
    return s;
}

VoidResult DocumentSettings::save(Database &db) const
{
    // The office's name as issuer is stored as "not set", so that it follows the office setting.
    const QString officeIssuer = [&db] {
        const QString office = SettingsRepository(db).value(kOfficeNameKey).trimmed();
        return office.isEmpty() ? kDefaultIssuer : office;
    }();
    for (auto it = replyDays.cbegin(); it != replyDays.cend(); ++it)
        if (it.value() < 0 || it.value() > 3650)
            return Error{Error::Code::Invalid,
                         QCoreApplication::translate("DocumentRepository",
                                                     "A reply period is from 0 to 3650 days."),
                         Vocab::label(it.key())};
    return inTransactionVoid(db, [&]() -> VoidResult {
        SettingsRepository settings(db);
        for (auto it = prefix.cbegin(); it != prefix.cend(); ++it)
            if (VoidResult r =
                    settings.setValue(kPrefixKey + Vocab::code(it.key()), it.value().trimmed());
                !r)
                return r;
        for (auto it = replyDays.cbegin(); it != replyDays.cend(); ++it)
            if (VoidResult r = settings.setValue(kReplyDaysKey + Vocab::code(it.key()),
                                                 QString::number(it.value()));
                !r)
                return r;
        const QString own = issuer.trimmed() == officeIssuer ? QString() : issuer.trimmed();
        if (own.isEmpty() && settings.value(kIssuerKey).isEmpty())
            return {};
        return settings.setValue(kIssuerKey, own.isEmpty() ? QStringLiteral("") : own);
    });
}

QString DocumentSettings::number(DocumentKind kind, int year, int seq) const
{
    const QString p = prefix.value(kind, QString::fromUtf8(templateOf(kind).prefix));
    return p + QStringLiteral("〔%1〕%2号").arg(year).arg(seq);
}

Result<SupervisionDocument>
DocumentRepository::draftFromActivity(qint64 activityId, DocumentKind kind,
                                      std::optional<qint64> recipientAgencyId,
                                      const QDate &on) const
{
    auto found = ActivityRepository(m_db).find(activityId);
    if (!found)
        return found.error();
    if (!found.value())
        return notFound(QT_TRANSLATE_NOOP("DocumentRepository", "No such supervision activity."),
                        activityId);
    const SupervisionActivity &activity = *found.value();
    const DocumentSettings settings = DocumentSettings::load(m_db);
    SupervisionDocument d;
    d.kind = kind;
    d.title = Vocab::zh(kind);
    d.issuer = settings.issuer;
    d.activityId = activityId;
    d.draftedOn = on.isValid() ? on : m_db.clock().today();
    if (!recipientAgencyId && activity.targetAgencyIds.size() == 1)
        recipientAgencyId = activity.targetAgencyIds.constFirst();
    if (recipientAgencyId) {
        auto name = agencyName(m_db, *recipientAgencyId);
        if (!name)
            return name.error();
        d.recipient = name.value();
        d.recipientAgencyId = recipientAgencyId;
    } else {
        QStringList names;
        for (qint64 id : activity.targetAgencyIds) {
            auto name = agencyName(m_db, id);
            if (!name)
                return name.error();
            names << name.value();
        }
        d.recipient = names.join(QStringLiteral("、"));
    }
    // The recipient's open tasks; all open tasks when the document goes to every target.
    auto tasks = recipientAgencyId
                     ? openTasks(m_db,
                                 QStringLiteral("t.activity_id = ? AND t.id IN (SELECT u.task_id "
                                                "FROM task_unit u WHERE u.agency_id = ?)"),
                                 {activityId, *recipientAgencyId})
                     : openTasks(m_db, QStringLiteral("t.activity_id = ?"), {activityId});
    if (!tasks)
        return tasks.error();
    d.taskIds = tasks->ids;
    // Without tasks, the problems are the activity's findings about the recipient.
    if (tasks->problems.isEmpty()) {
        auto findings = FindingRepository(m_db).listByActivity(activityId);
        if (!findings)
            return findings.error();
        for (const Finding &f : std::as_const(findings.value()))
            if (!recipientAgencyId || f.agencyId == *recipientAgencyId)
                tasks->problems << f.problem;
    }
    d.body = draftBody(kind, settings.replyDays.value(kind, 0), activity.name, tasks->problems);
    return d;
}

Result<SupervisionDocument>
DocumentRepository::draftFromFinding(qint64 findingId, DocumentKind kind, const QDate &on) const
{
    auto found = FindingRepository(m_db).find(findingId);
    if (!found)
        return found.error();
    if (!found.value())
        return notFound(QT_TRANSLATE_NOOP("DocumentRepository", "No such finding."), findingId);
    const Finding &finding = *found.value();
    QString source = finding.source;
    if (finding.activityId) {
        auto activity = ActivityRepository(m_db).find(*finding.activityId);
        if (!activity)
            return activity.error();
        if (activity.value())
            source = activity.value()->name;
    }
    if (source.isEmpty())
        source = QStringLiteral("行政执法监督");
    auto recipient = agencyName(m_db, finding.agencyId);
    if (!recipient)
        return recipient.error();
    auto tasks = openTasks(m_db, QStringLiteral("t.finding_id = ?"), {findingId});
    if (!tasks)
        return tasks.error();
    const DocumentSettings settings = DocumentSettings::load(m_db);
    SupervisionDocument d;
    d.kind = kind;
    d.title = Vocab::zh(kind);
    d.issuer = settings.issuer;
    d.activityId = finding.activityId;
    d.findingId = findingId;
    d.recipient = recipient.value();
    d.recipientAgencyId = finding.agencyId;
    d.draftedOn = on.isValid() ? on : m_db.clock().today();
    d.taskIds = tasks->ids;
    d.body = draftBody(kind, settings.replyDays.value(kind, 0), source, {finding.problem});
    return d;
}

} // namespace Jiandu
