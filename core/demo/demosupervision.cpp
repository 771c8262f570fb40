// Writes the supervision of one demo county through the repositories: the campaign (source
// date 150 days before today) and the resident supervision (75 days before), their findings
// and tasks moved along the flow on plausible dates, and the documents of the campaign.

#include "demosupervision.h"

#include "calendar/deadlinephrase.h"
#include "storage/activityrepository.h"
#include "storage/documentrepository.h"
#include "storage/findingrepository.h"
#include "storage/taskrepository.h"

namespace Jiandu::Demo {

namespace {

using namespace SupervisionTables;

constexpr int kCampaignDaysAgo = 150;
constexpr int kResidentDaysAgo = 75;

QDate monthEnd(const QDate &d)
{
    return QDate(d.year(), d.month(), d.daysInMonth());
}

// As a plan writes it: the year only when it is not the source's.
QString monthEndPhrase(const QDate &d, const QDate &source)
{
    return d.year() == source.year() ? QStringLiteral("%1月底").arg(d.month())
                                     : QStringLiteral("%1年%2月底前").arg(d.year()).arg(d.month());
}

QString dayPhrase(const QDate &d, const QDate &source)
{
    const QString day = QStringLiteral("%1月%2日前").arg(d.month()).arg(d.day());
    return d.year() == source.year() ? day : QStringLiteral("%1年").arg(d.year()) + day;
}

QString deadlineText(const TaskTemplate &t, const QDate &source, const QDate &today)
{
    switch (t.due) {
    case Due::MonthEnd2: return monthEndPhrase(monthEnd(source.addMonths(2)), source);
    case Due::MonthEnd7: return monthEndPhrase(monthEnd(source.addMonths(7)), source);
    case Due::MonthEnd7AndOpen: {
        const QDate d = monthEnd(source.addMonths(7));
        return QStringLiteral("%1年%2月底前完成并持续开展").arg(d.year()).arg(d.month());
    }
    case Due::InFiveDays: return dayPhrase(today.addDays(5), source);
    case Due::DaysAgo3: return dayPhrase(today.addDays(-3), source);
    case Due::Text: return QString::fromUtf8(t.text);
    }
    return {};
}

class Writer
{
public:
    Writer(Database &db, const CountyPlan &plan, const QList<qint64> &agencyIds, const QDate &today,
           SupervisionSummary &summary)
        : m_db(db), m_plan(plan), m_agencyIds(agencyIds), m_today(today), m_summary(summary),
          m_tasks(db)
    {
    }

    Result<qint64> activity(const QString &name, SupervisionKind kind, const QDate &source,
                            const QList<TaskTemplate> &tasks)
    {
        SupervisionActivity a;
        a.name = name;
        a.kind = kind;
        a.supervisingUnit = m_plan.county.name + QStringLiteral("司法局");
        a.startedOn = source.addDays(-20);
        a.sourceDate = source;
        a.note = kind == SupervisionKind::Campaign
                     ? QStringLiteral("对照问题清单逐一上账、逐一销号，整改落实率达到100%；每月底前报送整改进展情况。")
                     : QStringLiteral("驻站期间查阅案卷、现场跟班监督，反馈问题限期整改。");
        for (const TaskTemplate &t : tasks)
            if (!a.targetAgencyIds.contains(m_agencyIds.at(t.agency)))
                a.targetAgencyIds.append(m_agencyIds.at(t.agency));
        auto id = ActivityRepository(m_db).save(a);
        if (id)
            ++m_summary.activities;
        return id;
    }

    VoidResult tasks(qint64 activityId, const QString &activityName, const QDate &source,
                     const QList<TaskTemplate> &list)
    {
        for (int i = 0; i < list.size(); ++i) {
            const TaskTemplate &t = list.at(i);
            auto finding = addFinding(activityId, activityName, source.addDays(-12 + i % 7), t);
            if (!finding)
                return finding.error();
            auto task = addTask(activityId, i, finding.value(), source, t);
            if (!task)
                return task.error();
            if (auto r = move(task.value(), source.addDays(5 + i), t); !r)
                return r;
        }
        return {};
    }

    // The campaign's documents: one in each status, one whose reply is overdue.
    VoidResult documents(qint64 campaign, const QDate &source)
    {
        DocumentRepository repo(m_db);
        struct Step
        {
            DocumentKind kind;
            int agency;
            QDate issued; // invalid: a draft
            QDate served;
            QDate replied;
        };
        const QDate t = m_today;
        const QList<Step> steps = {
            {DocumentKind::RectificationNotice, 0, source.addDays(2), source.addDays(4), source.addDays(25)},
            {DocumentKind::UrgingLetter, 5, t.addDays(-40), t.addDays(-38), {}}, // reply overdue
            {DocumentKind::Opinion, 2, t.addDays(-20), t.addDays(-18), {}},
            {DocumentKind::Recommendation, 3, t.addDays(-3), {}, {}},
            {DocumentKind::Decision, 4, {}, {}, {}},
        };
        for (const Step &s : steps) {
            const QDate drafted = s.issued.isValid() ? s.issued.addDays(-1) : t.addDays(-1);
            auto draft = repo.draftFromActivity(campaign, s.kind, m_agencyIds.at(s.agency), drafted);
            if (!draft)
                return draft.error();
            SupervisionDocument d = draft.value();
            auto id = repo.save(d);
            if (!id)
                return id.error();
            ++m_summary.documents;
            if (!s.issued.isValid())
                continue;
            if (auto r = repo.issue(id.value(), s.issued); !r)
                return r.error();
            if (s.served.isValid())
                if (auto r = repo.markServed(id.value(), s.served); !r)
                    return r;
            if (s.replied.isValid())
                if (auto r = repo.recordReply(id.value(), s.replied,
                                              QStringLiteral("已制定整改方案，明确责任科室和完成时限，整改情况将按月报送。"));
                    !r)
                    return r;
        }
        return {};
    }

private:
    Result<qint64> addFinding(qint64 activityId, const QString &activityName, const QDate &on,
                              const TaskTemplate &t)
    {
        Finding f;
        f.agencyId = m_agencyIds.at(t.agency);
        f.foundOn = on;
        f.problem = QString::fromUtf8(t.problem);
        f.category = QString::fromUtf8(t.category);
        f.source = activityName;
        f.activityId = activityId;
        f.severity = t.severity;
        auto id = FindingRepository(m_db).save(f);
        if (id)
            ++m_summary.findings;
        return id;
    }

    Result<qint64> addTask(qint64 activityId, int index, qint64 findingId, const QDate &source,
                           const TaskTemplate &t)
    {
        const QString agency = m_plan.agencies.at(t.agency).agency.name;
        RectificationTask task;
        task.activityId = activityId;
        task.seq = QString::number(index + 1);
        task.findingId = findingId;
        task.problem = QString::fromUtf8(t.problem);
        task.measures = QString::fromUtf8(t.measures);
        if (*t.lead)
            task.leadUnit = TaskUnit{named(t.lead, agency), std::nullopt, std::nullopt};
        for (const QString &name : named(t.responsible, agency).split(QStringLiteral("、")))
            task.responsibleUnits.append(TaskUnit{name, std::nullopt, std::nullopt});
        task.owner = ownerOf(t.agency);
        const QString text = deadlineText(t, source, m_today);
        const auto meaning = DeadlinePhrase::parse(text, source);
        task.deadline = TaskDeadline{text, meaning.date, meaning.openEnded, meaning.understood, false};
        auto id = m_tasks.save(task);
        if (id)
            ++m_summary.tasks;
        return id;
    }

    // "%1" stands for the agency's name.
    static QString named(const char *pattern, const QString &agency)
    {
        return QString::fromUtf8(pattern).replace(QStringLiteral("%1"), agency);
    }

    QString ownerOf(int agency) const
    {
        for (const OfficerPlan &o : m_plan.officers)
            if (o.agencyIndex == agency)
                return o.officer.name;
        return {};
    }

    VoidResult progress(qint64 task, const QDate &on, int percent, const QString &done,
                        const QString &remaining, const QDate &expected)
    {
        TaskProgress p;
        p.taskId = task;
        p.reportedOn = std::min(on, m_today);
        p.percent = percent;
        p.done = done;
        p.remaining = remaining;
        p.expectedOn = expected;
        auto id = m_tasks.addProgress(p);
        return id ? VoidResult{} : VoidResult{id.error()};
    }

    // Moves a task along the flow to its scenario, starting on `start`.
    VoidResult move(qint64 id, const QDate &start, const TaskTemplate &t)
    {
        const Scenario s = t.scenario;
        if (s == Scenario::NotStarted || s == Scenario::NotStartedOverdue)
            return {};
        if (auto r = m_tasks.transition(id, TaskStatus::InProgress, start); !r)
            return r;
        const QDate first = start.addDays(20);
        if (auto r = progress(id, first, 40, QStringLiteral("已召开专题会议研究整改工作，制定整改方案，明确责任人和完成时限。"),
                              QStringLiteral("对照问题清单开展自查，完善相关制度。"), m_today.addDays(30));
            !r)
            return r;
        switch (s) {
        case Scenario::InProgress:
        case Scenario::InProgressDueSoon:
        case Scenario::InProgressOverdue:
        case Scenario::Undated:
        case Scenario::OpenEnded:
        case Scenario::DateAndOpen:
            return progress(id, m_today.addDays(-7), s == Scenario::InProgressOverdue ? 60 : 70,
                            QStringLiteral("已完成案卷自查和制度修订初稿，组织执法人员集中学习1次。"),
                            QStringLiteral("制度修订稿待局务会审议，培训考核尚未开展。"), m_today.addDays(20));
        case Scenario::Completed:
        case Scenario::SignedOff:
        case Scenario::Returned: {
            const QDate done = start.addDays(35);
            if (auto r = progress(id, done, 100, QStringLiteral("整改措施全部落实，相关制度已印发，佐证材料已报送。"), {}, {}); !r)
                return r;
            if (auto r = m_tasks.transition(id, TaskStatus::Completed, done); !r)
                return r;
            if (s == Scenario::SignedOff)
                return m_tasks.transition(id, TaskStatus::SignedOff, done.addDays(7));
            if (s == Scenario::Returned)
                return m_tasks.transition(id, TaskStatus::InProgress, done.addDays(6),
                                          QStringLiteral("核验发现日常检查计划未覆盖全部监管对象，退回继续整改。"));
            return {};
        }
        case Scenario::ExtensionApproved: {
            auto task = m_tasks.find(id);
            if (!task || !task.value() || !task.value()->deadline.date)
                return task ? VoidResult{Error{Error::Code::Invalid, QStringLiteral("demo task without a date"),
                                                    QString::fromUtf8(t.problem)}}
                            : VoidResult{task.error()};
            const QDate due = *task.value()->deadline.date;
            if (auto r = m_tasks.requestExtension(id, m_today.addDays(45),
                                                  QStringLiteral("涉及历史投诉线索较多，需逐件回访核实，申请延期。"),
                                                  due.addDays(-5));
                !r)
                return r;
            return m_tasks.decideExtension(id, true, QStringLiteral("同意延期，请按新时限完成整改。"), due.addDays(-2));
        }
        case Scenario::ExtensionPending:
            return m_tasks.requestExtension(id, m_today.addDays(30),
                                            QStringLiteral("法制审核人员招录需经编办审批，申请延期一个月。"),
                                            m_today.addDays(-5));
        case Scenario::NotStarted:
        case Scenario::NotStartedOverdue:
            break;
        }
        return {};
    }

    Database &m_db;
    const CountyPlan &m_plan;
    const QList<qint64> &m_agencyIds;
    QDate m_today;
    SupervisionSummary &m_summary;
    TaskRepository m_tasks;
};

} // namespace

VoidResult writeSupervision(Database &db, const CountyPlan &plan, const QList<qint64> &agencyIds,
                            const QDate &today, SupervisionSummary &summary)
{
    Writer w(db, plan, agencyIds, today, summary);
    const QDate campaignSource = today.addDays(-kCampaignDaysAgo);
    const QString campaignName = plan.county.name
                                 + QStringLiteral("%1年度行政执法突出问题专项整治").arg(campaignSource.year());
    auto campaign = w.activity(campaignName, SupervisionKind::Campaign, campaignSource, campaignTasks());
    if (!campaign)
        return campaign.error();
    if (auto r = w.tasks(campaign.value(), campaignName, campaignSource, campaignTasks()); !r)
        return r;
    if (auto r = w.documents(campaign.value(), campaignSource); !r)
        return r;

    const QDate residentSource = today.addDays(-kResidentDaysAgo);
    const QString residentName = QStringLiteral("驻%1驻站式执法监督")
                                     .arg(plan.agencies.at(residentAgency()).agency.name);
    auto resident = w.activity(residentName, SupervisionKind::Resident, residentSource, residentTasks());
    if (!resident)
        return resident.error();
    return w.tasks(resident.value(), residentName, residentSource, residentTasks());
}

} // namespace Jiandu::Demo
