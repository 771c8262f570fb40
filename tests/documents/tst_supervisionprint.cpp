// From the database to the printed ledger and supervision documents (supervisionprint.h):
// tasks and documents written through the real repositories.

#include "core/tst_supervisionhelpers.h"
#include "documents/supervisionprint.h"
#include "storage/documentrepository.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace Jiandu;
using namespace Jiandu::Documents;

namespace {

const QString kActivity = QStringLiteral("2025年度行政执法专项监督");
const QString kMarket = QStringLiteral("清河县市场监督管理局");

TaskRow row(TaskStatus status)
{
    TaskRow r;
    r.status = status;
    return r;
}

} // namespace

class TestSupervisionPrint : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    qint64 m_activity = 0;
    qint64 m_market = 0;
    QList<qint64> m_tasks;

private Q_SLOTS:
    void initTestCase();
    void completionNamesStatusDateAndPercent();
    void ledgerReadsEveryPageInOrder();
    void ledgerOfAnAgency();
    void issuedDocumentWithItsTasks();
    void draftHasNoNumber();
    void missingTaskIsAnError();
};

void TestSupervisionPrint::initTestCase()
{
    m_db = std::make_unique<Test::TestDatabase>(QDate(2025, 3, 1));
    Database &db = m_db->db();
    m_market = Test::addAgency(db, kMarket);
    Test::addAgency(db, QStringLiteral("城关镇人民政府"));
    m_activity = Test::addSupervision(db, kActivity, {m_market});
    const qint64 other = Test::addSupervision(db, QStringLiteral("另一活动"));
    Transaction tx(db); // one transaction: the repositories' own ones nest as savepoints
    // More tasks than one page of TaskRepository::list (500).
    for (int i = 1; i <= 520; ++i) {
        Test::TaskSpec s;
        s.seq = QString::number(i);
        s.problem = QStringLiteral("问题%1").arg(i);
        s.lead = QStringLiteral("政策法规科");
        s.responsible = {i % 2 ? kMarket : QStringLiteral("城关镇人民政府")};
        s.deadlineText = i % 3 ? QStringLiteral("12月底") : QStringLiteral("长期坚持");
        s.deadline = i % 3 ? QDate(2025, 12, 31) : QDate();
        m_tasks << Test::addTask(db, m_activity, s);
    }
    Test::TaskSpec foreign;
    foreign.seq = QStringLiteral("1");
    foreign.problem = QStringLiteral("另一活动的问题");
    Test::addTask(db, other, foreign);
    TaskRepository repo(db);
    QVERIFY(repo.transition(m_tasks.at(1), TaskStatus::InProgress, QDate(2025, 2, 1)).ok());
    TaskProgress p;
    p.taskId = m_tasks.at(1);
    p.reportedOn = QDate(2025, 2, 15);
    p.done = QStringLiteral("已完成案卷重新装订");
    p.percent = 60;
    QVERIFY(repo.addProgress(p).ok());
    QVERIFY(tx.commit());
}

void TestSupervisionPrint::completionNamesStatusDateAndPercent()
{
    QCOMPARE(completionText(row(TaskStatus::NotStarted)), QStringLiteral("未启动"));
    TaskRow r = row(TaskStatus::InProgress);
    QCOMPARE(completionText(r), QStringLiteral("整改中"));
    r.percent = 60;
    QCOMPARE(completionText(r), QStringLiteral("整改中 60%"));
    r.overdue = true;
    QCOMPARE(completionText(r), QStringLiteral("整改中 60%（逾期）"));
    r = row(TaskStatus::Completed);
    r.completedOn = QDate(2025, 2, 1);
    QCOMPARE(completionText(r), QStringLiteral("已完成（2025年2月1日）"));
    r = row(TaskStatus::SignedOff);
    r.closedOn = QDate(2025, 3, 1);
    QCOMPARE(completionText(r), QStringLiteral("已销号（2025年3月1日）"));
}

void TestSupervisionPrint::ledgerReadsEveryPageInOrder()
{
    TaskQuery q;
    q.activityId = m_activity;
    q.asOf = QDate(2025, 3, 1);
    auto data = ledgerData(m_db->db(), q, {}, QStringLiteral("清河县司法局"), QDate(2025, 3, 1));
    QVERIFY2(data, data ? "" : qPrintable(data.error().toString()));
    QCOMPARE(data->title, QStringLiteral("整改台账"));
    QCOMPARE(data->subtitle, kActivity);
    QCOMPARE(data->issuingUnit, QStringLiteral("清河县司法局"));
    QCOMPARE(data->printDate, QDate(2025, 3, 1));
    QCOMPARE(data->rows.size(), 520);
    for (int i = 0; i < 520; ++i) {
        QCOMPARE(data->rows.at(i).seq, QString::number(i + 1));
        QCOMPARE(data->rows.at(i).problem, QStringLiteral("问题%1").arg(i + 1));
    }
    const LedgerRow &second = data->rows.at(1);
    QCOMPARE(second.completion, QStringLiteral("整改中 60%"));
    QCOMPARE(second.progress, QStringLiteral("已完成案卷重新装订"));
    QCOMPARE(second.deadline, QStringLiteral("12月底")); // as written
    QCOMPARE(data->rows.at(2).deadline, QStringLiteral("长期坚持"));
    QCOMPARE(data->rows.at(0).leadUnit, QStringLiteral("政策法规科"));
    QCOMPARE(data->rows.at(0).responsibleUnits, kMarket);
    QCOMPARE(data->rows.at(0).completion, QStringLiteral("未启动"));

    auto titled = ledgerData(m_db->db(), q, QStringLiteral("专项整改台账"), {}, QDate(2025, 3, 1));
    QVERIFY(titled);
    QCOMPARE(titled->title, QStringLiteral("专项整改台账"));
}

void TestSupervisionPrint::ledgerOfAnAgency()
{
    TaskQuery q;
    q.agencyId = m_market;
    auto data = ledgerData(m_db->db(), q, {}, {}, QDate(2025, 3, 1));
    QVERIFY(data);
    QCOMPARE(data->rows.size(), 260);
    QCOMPARE(data->subtitle, QStringLiteral("责任单位：") + kMarket);
    for (const LedgerRow &r : std::as_const(data->rows))
        QVERIFY(r.responsibleUnits.contains(kMarket));
}

void TestSupervisionPrint::issuedDocumentWithItsTasks()
{
    Database &db = m_db->db();
    DocumentSettings settings = DocumentSettings::load(db);
    settings.issuer = QStringLiteral("清河县司法局");
    QVERIFY(settings.save(db).ok());
    SupervisionDocument d;
    d.kind = DocumentKind::RectificationNotice;
    d.title = QStringLiteral("关于限期整改的通知");
    d.recipient = kMarket;
    d.body = QStringLiteral("现将问题通知如下。");
    d.issuer = QStringLiteral("清河县司法局执法监督科");
    d.draftedOn = QDate(2025, 2, 20);
    d.taskIds = {m_tasks.at(4), m_tasks.at(2), m_tasks.at(0)}; // the document's order
    DocumentRepository docs(db);
    const qint64 id = Test::require(docs.save(d), "document");
    const QString number = Test::require(docs.issue(id, QDate(2025, 3, 1)), "issue");
    const SupervisionDocument issued = *Test::require(docs.find(id), "find");

    auto data = officialDocumentData(db, issued);
    QVERIFY(data);
    QCOMPARE(data->authorityMark, QStringLiteral("清河县司法局"));
    QCOMPARE(data->number, number);
    QCOMPARE(data->title, d.title);
    QCOMPARE(data->recipient, kMarket);
    QCOMPARE(data->body, d.body);
    QCOMPARE(data->issuer, QStringLiteral("清河县司法局执法监督科"));
    QCOMPARE(data->date, QDate(2025, 3, 1));
    QCOMPARE(data->attachments.size(), 1);
    const AttachmentTable &t = data->attachments.first();
    QCOMPARE(t.title, QStringLiteral("整改任务清单"));
    QCOMPARE(t.headers, (QStringList{QStringLiteral("序号"), QStringLiteral("存在问题"),
                                     QStringLiteral("整改措施"), QStringLiteral("责任单位"),
                                     QStringLiteral("整改时限")}));
    QCOMPARE(t.rows.size(), 3);
    QCOMPARE(t.rows.at(0),
             (QStringList{QStringLiteral("1"), QStringLiteral("问题5"),
                          QStringLiteral("逐卷检查，统一装订"),
                          QStringLiteral("政策法规科、") + kMarket, QStringLiteral("12月底")}));
    QCOMPARE(t.rows.at(1).at(1), QStringLiteral("问题3"));
    QCOMPARE(t.rows.at(1).at(4), QStringLiteral("长期坚持"));
    QCOMPARE(t.rows.at(2).at(0), QStringLiteral("3"));

    const QString pdf = m_db->filePath(QStringLiteral("notice.pdf"));
    auto info = writeOfficialDocumentPdf(data.value(), pdf);
    QVERIFY(info);
    QVERIFY(info->pages >= 2);
}

void TestSupervisionPrint::draftHasNoNumber()
{
    SupervisionDocument d;
    d.status = DocumentStatus::Draft;
    d.number = QStringLiteral("不应打印");
    d.title = QStringLiteral("草拟中的通知");
    d.draftedOn = QDate(2025, 2, 27);
    auto data = officialDocumentData(m_db->db(), d);
    QVERIFY(data);
    QVERIFY(data->number.isEmpty());
    QCOMPARE(data->date, QDate(2025, 2, 27));
    QVERIFY(!data->issuer.isEmpty()); // the office's, when the draft names none
    QVERIFY(data->attachments.isEmpty());
}

void TestSupervisionPrint::missingTaskIsAnError()
{
    SupervisionDocument d;
    d.title = QStringLiteral("通知");
    d.taskIds = {m_tasks.at(0), 999999};
    auto data = officialDocumentData(m_db->db(), d);
    QVERIFY(!data);
    QCOMPARE(data.error().code, Error::Code::NotFound);
    QCOMPARE(data.error().context, QStringLiteral("999999"));
}

QTEST_MAIN(TestSupervisionPrint)
#include "tst_supervisionprint.moc"
