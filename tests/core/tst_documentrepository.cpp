// DocumentRepository and DocumentSettings on a real SQLite file: settings and their defaults,
// drafts from an activity and from a finding (recipient, body from the kind's template, open
// tasks attached in order), saving, the steps draft → issued → served → replied with the
// illegal ones refused, issuing numbers per kind and year from 1 with no gap (a deleted draft
// or a failed issue takes none), the reply deadline, and two connections issuing at once.

#include "storage/audittrail.h"
#include "storage/documentbody.h"
#include "storage/documentrepository.h"
#include "storage/findingrepository.h"
#include "storage/settingsrepository.h"
#include "support/testdatabase.h"
#include "tst_supervisionhelpers.h"

#include <QThread>
#include <QtTest>

#include <latch>
#include <memory>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

struct Office
{
    qint64 market = 0, transport = 0, activity = 0, wide = 0;
    qint64 t1 = 0, t2 = 0, t3 = 0, t4 = 0;
};

// An activity targeting the market bureau, with tasks for it and for the transport bureau,
// and an activity targeting both.
Office office(Database &db)
{
    Office o;
    o.market = Test::addAgencyWithShortName(db, u"清河县市场监督管理局"_s, u"县市场监管局"_s);
    o.transport = Test::addAgencyWithShortName(db, u"清河县交通运输局"_s, u"县交通局"_s);
    o.activity = Test::addSupervision(db, u"2025年涉企行政执法专项监督"_s, {o.market});
    o.wide = Test::addSupervision(db, u"2025年行政执法案卷评查"_s, {o.market, o.transport});
    Test::TaskSpec s;
    s.seq = u"1"_s;
    s.problem = u"行政处罚决定书未载明救济途径"_s;
    s.responsible = {u"清河县市场监督管理局"_s};
    o.t1 = Test::addTask(db, o.activity, s);
    s.seq = u"2"_s;
    s.problem = u"交通执法未全程记录"_s;
    s.responsible = {u"县交通局"_s};
    o.t2 = Test::addTask(db, o.activity, s);
    s.seq = u"3"_s;
    s.problem = u"已整改完毕的问题"_s;
    s.responsible = {u"县市场监管局"_s};
    s.status = TaskStatus::SignedOff;
    s.completedOn = QDate(2025, 2, 1);
    s.closedOn = QDate(2025, 2, 2);
    o.t3 = Test::addTask(db, o.activity, s);
    s = {};
    s.seq = u"4"_s;
    s.problem = u"涉企检查频次过高"_s;
    s.responsible = {u"县市场监管局"_s};
    o.t4 = Test::addTask(db, o.activity, s);
    return o;
}

qint64 saveDraft(Database &db, DocumentKind kind = DocumentKind::RectificationNotice,
                 const QString &title = u"整改通知书"_s)
{
    SupervisionDocument d;
    d.kind = kind;
    d.title = title;
    d.recipient = u"清河县市场监督管理局"_s;
    d.body = u"正文"_s;
    return Test::require(DocumentRepository(db).save(d), "draft");
}

} // namespace

class TestDocumentRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settingsDefaultsAndSave()
    {
        Test::TestDatabase t;
        DocumentSettings s = DocumentSettings::load(t.db());
        QCOMPARE(s.prefix.value(DocumentKind::RectificationNotice), u"整改通"_s);
        QCOMPARE(s.prefix.value(DocumentKind::UrgingLetter), u"督办"_s);
        QCOMPARE(s.replyDays, (QMap<DocumentKind, int>{{DocumentKind::Notice, 0},
                                                       {DocumentKind::Opinion, 30},
                                                       {DocumentKind::Recommendation, 15},
                                                       {DocumentKind::Decision, 30},
                                                       {DocumentKind::RectificationNotice, 30},
                                                       {DocumentKind::UrgingLetter, 15}}));
        QCOMPARE(s.issuer, u"司法局"_s);
        QCOMPARE(s.number(DocumentKind::Decision, 2025, 3), u"监督决〔2025〕3号"_s);

        {
            Transaction tx(t.db());
            QVERIFY(SettingsRepository(t.db()).setValue(u"office/name"_s, u"清河县司法局"_s).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(DocumentSettings::load(t.db()).issuer, u"清河县司法局"_s);

        // Saved unchanged, the issuer stays "the office's name" and follows it.
        s = DocumentSettings::load(t.db());
        QVERIFY(s.save(t.db()).ok());
        QCOMPARE(SettingsRepository(t.db()).value(u"documents/issuer"_s), QString());
        {
            Transaction tx(t.db());
            QVERIFY(SettingsRepository(t.db()).setValue(u"office/name"_s, u"清河市司法局"_s).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(DocumentSettings::load(t.db()).issuer, u"清河市司法局"_s);

        s.prefix[DocumentKind::RectificationNotice] = u"清司整改"_s;
        s.replyDays[DocumentKind::Recommendation] = 10;
        s.issuer = u"清河县人民政府行政执法监督办公室"_s;
        QVERIFY(s.save(t.db()).ok());
        const DocumentSettings back = DocumentSettings::load(t.db());
        QCOMPARE(back.prefix.value(DocumentKind::RectificationNotice), u"清司整改"_s);
        QCOMPARE(back.replyDays.value(DocumentKind::Recommendation), 10);
        QCOMPARE(back.issuer, u"清河县人民政府行政执法监督办公室"_s);
        QCOMPARE(back.number(DocumentKind::RectificationNotice, 2025, 12),
                 u"清司整改〔2025〕12号"_s);
        QCOMPARE(SettingsRepository(t.db()).value(u"documents/reply_days/recommendation"_s),
                 u"10"_s);
        QVERIFY(Test::auditRows(t.db(), u"setting"_s) > 0);

        s.replyDays[DocumentKind::Opinion] = -1;
        QCOMPARE(s.save(t.db()).error().code, Error::Code::Invalid);
    }

    void draftFromActivity()
    {
        Test::TestDatabase t;
        const Office o = office(t.db());
        DocumentRepository repo(t.db());
        // The activity's only target is the recipient; its open tasks are attached in order.
        SupervisionDocument d =
            repo.draftFromActivity(o.activity, DocumentKind::RectificationNotice, std::nullopt,
                                   QDate(2025, 3, 3))
                .value();
        QCOMPARE(d.id, 0);
        QCOMPARE(d.status, DocumentStatus::Draft);
        QCOMPARE(d.title, u"整改通知书"_s);
        QCOMPARE(d.recipient, u"清河县市场监督管理局"_s);
        QCOMPARE(d.recipientAgencyId, std::optional<qint64>(o.market));
        QCOMPARE(d.activityId, std::optional<qint64>(o.activity));
        QCOMPARE(d.taskIds, (QList<qint64>{o.t1, o.t4}));
        QCOMPARE(d.draftedOn, QDate(2025, 3, 3));
        QCOMPARE(d.issuer, u"司法局"_s);
        QVERIFY(d.body.startsWith(
            u"我局在2025年涉企行政执法专项监督中发现，你单位在行政执法工作中存在以下问题："_s));
        QVERIFY(d.body.contains(u"\n1．行政处罚决定书未载明救济途径\n2．涉企检查频次过高\n"_s));
        QVERIFY(
            d.body.contains(u"请于收到本通知书之日起30日内完成整改，并将整改情况书面报告我局。"_s));
        QVERIFY(!d.body.contains(u"已整改完毕"_s));

        // Another recipient: its tasks.
        d = repo.draftFromActivity(o.activity, DocumentKind::UrgingLetter, o.transport,
                                   QDate(2025, 3, 3))
                .value();
        QCOMPARE(d.recipient, u"清河县交通运输局"_s);
        QCOMPARE(d.taskIds, QList<qint64>{o.t2});
        QVERIFY(d.body.contains(u"于收到本函之日起15日内完成整改"_s));

        // Several targets and none chosen: all named, every open task attached.
        d = repo.draftFromActivity(o.wide, DocumentKind::Notice, std::nullopt, QDate(2025, 3, 3))
                .value();
        QCOMPARE(d.recipient, u"清河县市场监督管理局、清河县交通运输局"_s);
        QVERIFY(!d.recipientAgencyId);
        QVERIFY(d.taskIds.isEmpty()); // the wide activity has no tasks
        QVERIFY(d.body.contains(u"2025年行政执法案卷评查"_s));

        // A recipient without open tasks: none attached, the problems are its findings.
        Finding f;
        f.agencyId = o.transport;
        f.foundOn = QDate(2025, 2, 25);
        f.problem = u"执法文书送达不规范"_s;
        f.activityId = o.wide;
        QVERIFY(FindingRepository(t.db()).save(f).ok());
        d = repo.draftFromActivity(o.wide, DocumentKind::Opinion, o.transport, QDate(2025, 3, 3))
                .value();
        QVERIFY(d.taskIds.isEmpty());
        QVERIFY(d.body.contains(u"1．执法文书送达不规范"_s));
        QVERIFY(d.body.contains(u"于收到本意见书之日起30日内落实"_s));
        d = repo.draftFromActivity(o.wide, DocumentKind::Opinion, o.market, QDate(2025, 3, 3))
                .value();
        QVERIFY(!d.body.contains(u"执法文书送达不规范"_s));

        QCOMPARE(repo.draftFromActivity(999, DocumentKind::Notice, std::nullopt, QDate(2025, 3, 3))
                     .error()
                     .code,
                 Error::Code::NotFound);
        // A draft is not saved until asked.
        QCOMPARE(t.rowCount(u"supervision_document"_s), 0);
    }

    void draftBodyTakesTypedTextAsTyped()
    {
        // Braces in a name or a problem are text, not placeholders (found by fuzz_template:
        // "{reply}" in an activity's name was replaced by the reply period).
        const QString body = draftBody(DocumentKind::Opinion, 30, u"{reply}专项{problems}"_s,
                                       {u"未公示{activity}"_s, u"{"_s});
        QCOMPARE(body, u"我局在{reply}专项{problems}中发现，你单位在行政执法工作中存在以下问题：\n"
                       "1．未公示{activity}\n2．{\n现提出监督意见如下：请你单位针对上述问题认真研究，"
                       "于收到本意见书之日起30日内落实，并将落实情况书面报告我局。"_s);
        QCOMPARE(draftBody(DocumentKind::Notice, 0, u"评查"_s, {}),
                 u"根据工作安排，我局将对你单位开展评查。请你单位做好准备，如实提供有关材料，"
                 "积极配合监督检查工作。"_s);
    }

    void draftFromFinding()
    {
        Test::TestDatabase t;
        const Office o = office(t.db());
        Finding f;
        f.agencyId = o.transport;
        f.foundOn = QDate(2025, 2, 20);
        f.problem = u"交通执法未全程记录"_s;
        f.activityId = o.activity;
        QVERIFY(FindingRepository(t.db()).save(f).ok());
        RectificationTask task = *TaskRepository(t.db()).find(o.t2).value();
        task.findingId = f.id;
        QVERIFY(TaskRepository(t.db()).save(task).ok());

        const SupervisionDocument d =
            DocumentRepository(t.db())
                .draftFromFinding(f.id, DocumentKind::Recommendation, QDate(2025, 3, 4))
                .value();
        QCOMPARE(d.recipient, u"清河县交通运输局"_s);
        QCOMPARE(d.recipientAgencyId, std::optional<qint64>(o.transport));
        QCOMPARE(d.findingId, std::optional<qint64>(f.id));
        QCOMPARE(d.activityId, std::optional<qint64>(o.activity));
        QCOMPARE(d.taskIds, QList<qint64>{o.t2});
        QCOMPARE(d.title, u"行政执法监督建议书"_s);
        QVERIFY(d.body.contains(u"我局在2025年涉企行政执法专项监督中发现"_s));
        QVERIFY(d.body.contains(u"1．交通执法未全程记录"_s));
        QVERIFY(d.body.contains(u"于收到本建议书之日起15日内"_s));
        QCOMPARE(DocumentRepository(t.db())
                     .draftFromFinding(999, DocumentKind::Notice, QDate(2025, 3, 4))
                     .error()
                     .code,
                 Error::Code::NotFound);
    }

    void saveFindListAndCount()
    {
        Test::TestDatabase t;
        const Office o = office(t.db());
        DocumentRepository repo(t.db());
        SupervisionDocument d =
            repo.draftFromActivity(o.activity, DocumentKind::RectificationNotice, std::nullopt,
                                   QDate(2025, 3, 3))
                .value();
        const qint64 id = repo.save(d).value();
        QCOMPARE(*repo.find(id).value(), d);
        d.body += u"\n特此通知。"_s;
        d.taskIds = {o.t4};
        QVERIFY(repo.save(d).ok());
        QCOMPARE(*repo.find(id).value(), d);
        const auto history =
            AuditTrail(t.db()).history(u"supervision_document"_s, QString::number(id)).value();
        QCOMPARE(history.size(), 2);

        SupervisionDocument untitled;
        QCOMPARE(repo.save(untitled).error().context, u"Title"_s);
        SupervisionDocument issuedAlready = d;
        issuedAlready.id = 0;
        issuedAlready.status = DocumentStatus::Issued;
        QCOMPARE(repo.save(issuedAlready).error().code, Error::Code::Conflict);

        const qint64 other = saveDraft(t.db(), DocumentKind::Opinion, u"监督意见书"_s);
        QVERIFY(repo.issue(other, QDate(2025, 3, 5)).ok());
        DocumentQuery q;
        QCOMPARE(repo.count(q).value(), qint64(2));
        QCOMPARE(repo.list(q, 0, 10).value().at(0).id, other); // newest first
        q.kind = DocumentKind::Opinion;
        QCOMPARE(repo.count(q).value(), qint64(1));
        q = {};
        q.status = DocumentStatus::Draft;
        QCOMPARE(repo.list(q, 0, 10).value().at(0).taskIds, QList<qint64>{o.t4});
        q = {};
        q.text = u"监督意〔2025〕"_s;
        QCOMPARE(repo.count(q).value(), qint64(1));
        q = {};
        q.activityId = o.activity;
        QCOMPARE(repo.count(q).value(), qint64(1));
        q = {};
        q.year = 2025;
        QCOMPARE(repo.count(q).value(), qint64(2));
        q.year = 2024;
        QCOMPARE(repo.count(q).value(), qint64(0));
        QCOMPARE(repo.list({}, 1, 10).value().size(), 1);
    }

    void issueNumbersPerKindAndYearFromOne()
    {
        Test::TestDatabase t;
        DocumentRepository repo(t.db());
        const qint64 a = saveDraft(t.db());
        const qint64 b = saveDraft(t.db());
        const qint64 c = saveDraft(t.db(), DocumentKind::Opinion, u"监督意见书"_s);
        const qint64 d = saveDraft(t.db());
        const qint64 e = saveDraft(t.db(), DocumentKind::Notice, u"行政执法监督通知书"_s);
        QCOMPARE(repo.issue(a, QDate(2025, 3, 1)).value(), u"整改通〔2025〕1号"_s);
        QCOMPARE(repo.issue(b, QDate(2025, 3, 2)).value(), u"整改通〔2025〕2号"_s);
        QCOMPARE(repo.issue(c, QDate(2025, 3, 2)).value(), u"监督意〔2025〕1号"_s);
        QCOMPARE(repo.issue(d, QDate(2026, 1, 5)).value(), u"整改通〔2026〕1号"_s);
        QCOMPARE(repo.issue(e, QDate(2025, 3, 2)).value(), u"监督通〔2025〕1号"_s);

        const SupervisionDocument issued = *repo.find(a).value();
        QCOMPARE(issued.status, DocumentStatus::Issued);
        QCOMPARE(issued.year, 2025);
        QCOMPARE(issued.seq, 1);
        QCOMPARE(issued.issuedOn, QDate(2025, 3, 1));
        QCOMPARE(issued.replyDueOn, QDate(2025, 3, 31));      // 30 calendar days
        QVERIFY(!repo.find(e).value()->replyDueOn.isValid()); // a notice expects no reply
        QCOMPARE(repo.findByNumber(u"整改通〔2025〕2号"_s).value()->id, b);
        QVERIFY(!repo.findByNumber(u"整改通〔2025〕9号"_s).value());

        // One audit key per document, from draft to issue, with the number in the JSON.
        const auto history =
            AuditTrail(t.db()).history(u"supervision_document"_s, QString::number(a)).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).after.value(u"number"_s).toString(), u"整改通〔2025〕1号"_s);
        QCOMPARE(history.at(1).after.value(u"status"_s).toString(), u"issued"_s);
    }

    void aDeletedDraftOrAFailedIssueTakesNoNumber()
    {
        Test::TestDatabase t;
        DocumentRepository repo(t.db());
        const qint64 a = saveDraft(t.db());
        const qint64 b = saveDraft(t.db());
        QVERIFY(repo.removeDraft(a).ok());
        QVERIFY(!repo.find(a).value());
        QCOMPARE(repo.issue(b, QDate(2025, 3, 1)).value(), u"整改通〔2025〕1号"_s);
        const auto history =
            AuditTrail(t.db()).history(u"supervision_document"_s, QString::number(a)).value();
        QCOMPARE(history.last().action, AuditEntry::Action::Delete);

        // Two kinds sharing a prefix: the second number clashes, the issue is refused and
        // rolled back, the opinion's counter does not move.
        DocumentSettings s = DocumentSettings::load(t.db());
        s.prefix[DocumentKind::Opinion] = u"整改通"_s;
        QVERIFY(s.save(t.db()).ok());
        const qint64 c = saveDraft(t.db(), DocumentKind::Opinion, u"监督意见书"_s);
        const auto r = repo.issue(c, QDate(2025, 3, 2));
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Conflict);
        QCOMPARE(repo.find(c).value()->status, DocumentStatus::Draft);
        QCOMPARE(t.rowCount(u"document_number"_s), 1);
        s.prefix[DocumentKind::Opinion] = u"监督意"_s;
        QVERIFY(s.save(t.db()).ok());
        QCOMPARE(repo.issue(c, QDate(2025, 3, 2)).value(), u"监督意〔2025〕1号"_s);
    }

    void stepsAndIllegalSteps()
    {
        Test::TestDatabase t;
        DocumentRepository repo(t.db());
        const qint64 id = saveDraft(t.db());
        auto conflict = [](const VoidResult &r) {
            return !r.ok() && r.error().code == Error::Code::Conflict &&
                   !r.error().message.isEmpty();
        };
        QVERIFY(conflict(repo.markServed(id, QDate(2025, 3, 2))));
        QVERIFY(conflict(repo.recordReply(id, QDate(2025, 3, 2), u"已整改"_s)));
        QCOMPARE(repo.issue(id, QDate()).error().context, u"Issued on"_s);
        QCOMPARE(repo.issue(id, QDate(2025, 2, 27)).error().code,
                 Error::Code::Invalid); // drafted 3-1
        QCOMPARE(repo.issue(id, QDate(2025, 3, 1)).value(), u"整改通〔2025〕1号"_s);
        QCOMPARE(repo.issue(id, QDate(2025, 3, 1)).error().code, Error::Code::Conflict);
        QCOMPARE(repo.issue(id, QDate(2025, 3, 1)).error().context, u"整改通〔2025〕1号"_s);
        QVERIFY(conflict(repo.removeDraft(id)));
        // The content of an issued document stays as sent; its reply deadline may be corrected.
        SupervisionDocument d = *repo.find(id).value();
        d.body = u"改过的正文"_s;
        QCOMPARE(repo.save(d).error().code, Error::Code::Conflict);
        d = *repo.find(id).value();
        d.replyDueOn = QDate(2025, 4, 15);
        d.repliedOn = QDate(2025, 3, 9); // a step not taken: ignored, recordReply() takes it
        d.replyNote = u"已回复"_s;
        QVERIFY(repo.save(d).ok());
        QVERIFY(!repo.find(id).value()->repliedOn.isValid());
        QVERIFY(repo.find(id).value()->replyNote.isEmpty());
        QCOMPARE(repo.find(id).value()->replyDueOn, QDate(2025, 4, 15));
        QCOMPARE(repo.find(id).value()->number, u"整改通〔2025〕1号"_s);

        QCOMPARE(repo.markServed(id, QDate(2025, 2, 28)).error().context, u"Served on"_s);
        QVERIFY(repo.markServed(id, QDate(2025, 3, 3)).ok());
        QVERIFY(conflict(repo.markServed(id, QDate(2025, 3, 4))));
        QVERIFY(repo.recordReply(id, QDate(2025, 3, 30), u"  已全部整改  "_s).ok());
        const SupervisionDocument done = *repo.find(id).value();
        QCOMPARE(done.status, DocumentStatus::Replied);
        QCOMPARE(done.servedOn, QDate(2025, 3, 3));
        QCOMPARE(done.repliedOn, QDate(2025, 3, 30));
        QCOMPARE(done.replyNote, u"已全部整改"_s);
        QVERIFY(conflict(repo.recordReply(id, QDate(2025, 3, 31), u"再次"_s)));

        // A reply straight after issuing (not served) is allowed.
        const qint64 other = saveDraft(t.db());
        QVERIFY(repo.issue(other, QDate(2025, 3, 1)).ok());
        QVERIFY(repo.recordReply(other, QDate(2025, 3, 5), {}).ok());
        QCOMPARE(repo.markServed(9999, QDate(2025, 3, 1)).error().code, Error::Code::NotFound);
    }

    void concurrentIssueGivesEveryNumberOnce()
    {
        Test::TestDatabase t;
        constexpr int kPerThread = 30;
        QList<qint64> drafts;
        for (int i = 0; i < 2 * kPerThread; ++i)
            drafts << saveDraft(t.db());

        // A second connection to the same file, as a second window or process would have.
        Database::Options options;
        options.actor = u"other"_s;
        options.clock = &t.clock();
        auto second = Database::open(t.path(), options);
        QVERIFY(second.ok());
        std::unique_ptr<Database> other = std::move(second.value());

        QStringList errors[2];
        std::latch ready(2); // both threads start issuing together
        auto issueAll = [&](Database *db, int first, QStringList *errs) {
            DocumentRepository repo(*db);
            (void)db->connection(); // open the thread's connection before the race
            ready.arrive_and_wait();
            for (int i = first; i < 2 * kPerThread; i += 2) {
                auto r = repo.issue(drafts.at(i), QDate(2025, 3, 1));
                if (!r)
                    errs->append(r.error().toString());
                // A pause between documents, as between users' clicks: without it the thread
                // that holds the lock takes it again before the other's busy handler wakes.
                QThread::msleep(3);
            }
            // The thread's connection ends with the thread (Database closes the others).
            QString name;
            {
                QSqlDatabase c = db->connection();
                name = c.connectionName();
                c.close();
            }
            QSqlDatabase::removeDatabase(name);
        };
        std::unique_ptr<QThread> a(QThread::create(issueAll, &t.db(), 0, &errors[0]));
        std::unique_ptr<QThread> b(QThread::create(issueAll, other.get(), 1, &errors[1]));
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0].join(u'\n')));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1].join(u'\n')));

        QSqlQuery q(t->connection());
        QVERIFY(q.exec(u"SELECT seq, number FROM supervision_document ORDER BY seq"_s));
        QList<int> seqs;
        while (q.next()) {
            seqs << q.value(0).toInt();
            QCOMPARE(q.value(1).toString(), u"整改通〔2025〕%1号"_s.arg(q.value(0).toInt()));
        }
        QList<int> expected;
        for (int i = 1; i <= 2 * kPerThread; ++i)
            expected << i;
        QCOMPARE(seqs, expected);
        QCOMPARE(Test::scalar(t.db(), u"SELECT last_seq FROM document_number"_s),
                 qint64(2 * kPerThread));
        // Each connection issued its half (the audit rows name the actor of each).
        QVERIFY(q.exec(u"SELECT actor FROM audit_log WHERE table_name = 'supervision_document' "
                       "AND action = 'update' ORDER BY id"_s));
        QStringList actors;
        while (q.next())
            actors << q.value(0).toString();
        QCOMPARE(actors.count(u"tester"_s), kPerThread);
        QCOMPARE(actors.count(u"other"_s), kPerThread);
        int turns = 0;
        for (qsizetype i = 1; i < actors.size(); ++i)
            turns += actors.at(i) != actors.at(i - 1);
        qInfo("the two connections took turns %d times", turns);
        QVERIFY2(turns > 1, "the two connections did not issue at the same time");
    }
};

QTEST_GUILESS_MAIN(TestDocumentRepository)
#include "tst_documentrepository.moc"
