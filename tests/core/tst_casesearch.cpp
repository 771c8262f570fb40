// The case list's search and filters on a real SQLite file: the FTS5 trigram index for
// three characters or more, the substring fallback for shorter terms, status and id filters,
// keyset paging over search results, and the indexes each filter combination uses.

#include "storage/caserepository.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QtTest>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

qint64 save(Database &db, qint64 agency, const QString &no, const QString &title,
            const QString &party, const QDate &opened = QDate(2024, 3, 1),
            const QDate &decided = {}, const QDate &closed = {}, CaseKind kind = CaseKind::Penalty)
{
    EnforcementCase c;
    c.caseNo = no;
    c.agencyId = agency;
    c.kind = kind;
    c.title = title;
    c.party = party;
    c.openedOn = opened;
    c.decidedOn = decided;
    c.closedOn = closed;
    Transaction tx(db);
    auto id = CaseRepository(db).save(c);
    if (!id)
        qFatal("save failed: %s", qPrintable(id.error().toString()));
    if (!tx.commit())
        qFatal("commit failed");
    return id.value();
}

QStringList numbers(Database &db, const CaseQuery &q)
{
    QStringList out;
    const auto rows = CaseRepository(db).list(q, 0, 1000);
    if (!rows)
        qFatal("list failed: %s", qPrintable(rows.error().toString()));
    for (const CaseRow &r : rows.value())
        out << r.caseNo;
    return out;
}

CaseQuery search(const QString &text)
{
    CaseQuery q;
    q.text = text;
    return q;
}

} // namespace

class TestCaseSearch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_t;
    qint64 m_a1 = 0;
    qint64 m_a2 = 0;
    Database &db() { return m_t->db(); }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<Test::TestDatabase>();
        m_a1 = Test::addAgency(db(), u"清河县市场监督管理局"_s);
        m_a2 = Test::addAgency(db(), u"清河县城市管理局"_s);
        save(db(), m_a1, u"清市监罚〔2024〕1号"_s, u"无证经营食品案"_s, u"清河县某某超市"_s,
             QDate(2024, 1, 5));
        save(db(), m_a1, u"清市监罚〔2024〕2号"_s, u"销售过期食品案"_s, u"张三"_s,
             QDate(2024, 2, 5), QDate(2024, 3, 1));
        save(db(), m_a2, u"清城管罚〔2024〕7号"_s, u"占道经营案"_s, u"李四"_s, QDate(2024, 3, 5),
             QDate(2024, 3, 20), QDate(2024, 4, 1));
        save(db(), m_a2, u"QH-Lic-2024-9"_s, u"Food Licence renewal"_s, u"ACME Trading Ltd"_s,
             QDate(2024, 4, 5), {}, {}, CaseKind::Licence);
        save(db(), m_a1, u"清市监罚〔2024〕3号"_s, u"虚假宣传\"特效\"保健品案"_s,
             u"某100%_纯天然公司"_s, QDate(2024, 5, 5));
    }
    void cleanup() { m_t.reset(); }

    void threeCharacterChineseUsesTheIndex()
    {
        QCOMPARE(numbers(db(), search(u"经营食"_s)), QStringList{u"清市监罚〔2024〕1号"_s});
        QCOMPARE(numbers(db(), search(u"某某超"_s)), QStringList{u"清市监罚〔2024〕1号"_s});
        QCOMPARE(numbers(db(), search(u"城管罚"_s)), QStringList{u"清城管罚〔2024〕7号"_s});
        // Newest filing first, across title and party.
        QCOMPARE(numbers(db(), search(u"食品案"_s)),
                 (QStringList{u"清市监罚〔2024〕2号"_s, u"清市监罚〔2024〕1号"_s}));
        QCOMPARE(numbers(db(), search(u"经营过"_s)), QStringList{});
        const QStringList plan = CaseRepository(db()).explain(search(u"经营食"_s), false).value();
        QVERIFY2(plan.join(u'\n').contains(u"case_fts VIRTUAL TABLE"_s),
                 qPrintable(plan.join(u'\n')));
    }

    void shortTermsFallBackToSubstring()
    {
        QCOMPARE(numbers(db(), search(u"经营"_s)),
                 (QStringList{u"清城管罚〔2024〕7号"_s, u"清市监罚〔2024〕1号"_s}));
        QCOMPARE(numbers(db(), search(u"李四"_s)), QStringList{u"清城管罚〔2024〕7号"_s});
        QCOMPARE(numbers(db(), search(u"张"_s)), QStringList{u"清市监罚〔2024〕2号"_s});
        QCOMPARE(numbers(db(), search(u"〕7"_s)), QStringList{u"清城管罚〔2024〕7号"_s});
        QCOMPARE(CaseRepository(db()).count(search(u"案"_s)).value(), qint64(4));
        // Whitespace around the term does not count.
        QCOMPARE(numbers(db(), search(u"  张 "_s)), QStringList{u"清市监罚〔2024〕2号"_s});
    }

    void specialCharactersAreLiteral()
    {
        const QStringList only3{u"清市监罚〔2024〕3号"_s};
        QCOMPARE(numbers(db(), search(u"\"特效\""_s)), only3); // FTS phrase with quotes
        QCOMPARE(numbers(db(), search(u"\"特"_s)), only3);
        QCOMPARE(numbers(db(), search(u"0%_纯"_s)), only3);
        QCOMPARE(numbers(db(), search(u"%"_s)), only3); // LIKE: % is not a wildcard
        QCOMPARE(numbers(db(), search(u"_"_s)), only3); // nor is _
        QCOMPARE(numbers(db(), search(u"%_"_s)), only3);
        QCOMPARE(numbers(db(), search(u"\""_s)), only3);
        QCOMPARE(numbers(db(), search(u"OR"_s)), QStringList{}); // no FTS syntax either
        QCOMPARE(numbers(db(), search(u"* OR 案"_s)), QStringList{});
    }

    void latinIsCaseInsensitive()
    {
        const QStringList lic{u"QH-Lic-2024-9"_s};
        QCOMPARE(numbers(db(), search(u"acme"_s)), lic);
        QCOMPARE(numbers(db(), search(u"FOOD LICENCE"_s)), lic);
        QCOMPARE(numbers(db(), search(u"qh-lic"_s)), lic);
        QCOMPARE(numbers(db(), search(u"lT"_s)), lic); // two characters: LIKE folds ASCII too
        QCOMPARE(numbers(db(), search(u"q"_s)), lic);
    }

    void searchCombinesWithFilters()
    {
        CaseQuery q = search(u"食品"_s);
        q.agencyIds = {m_a1};
        QCOMPARE(numbers(db(), q).size(), 2);
        q.status = CaseStatus::Decided;
        QCOMPARE(numbers(db(), q), QStringList{u"清市监罚〔2024〕2号"_s});
        q = search(u"食品案"_s);
        q.status = CaseStatus::Open;
        QCOMPARE(numbers(db(), q), QStringList{u"清市监罚〔2024〕1号"_s});
        QCOMPARE(CaseRepository(db()).count(q).value(), qint64(1));
        q = search(u"经营"_s);
        q.agencyIds = {m_a2};
        q.kind = CaseKind::Penalty;
        q.year = 2024;
        QCOMPARE(numbers(db(), q), QStringList{u"清城管罚〔2024〕7号"_s});
        q.year = 2023;
        QCOMPARE(numbers(db(), q), QStringList{});
        q = search(u"Food"_s);
        q.kind = CaseKind::Penalty;
        QCOMPARE(numbers(db(), q), QStringList{});
    }

    void statusFilter()
    {
        CaseQuery q;
        q.status = CaseStatus::Open;
        QCOMPARE(numbers(db(), q).size(), 3);
        q.status = CaseStatus::Decided;
        QCOMPARE(numbers(db(), q), QStringList{u"清市监罚〔2024〕2号"_s});
        q.status = CaseStatus::Closed;
        QCOMPARE(numbers(db(), q), QStringList{u"清城管罚〔2024〕7号"_s});
        QCOMPARE(CaseRepository(db()).count(q).value(), qint64(1));
    }

    void onlyIdsTakesManyIds()
    {
        const auto rows = CaseRepository(db()).list({}, 0, 10).value();
        QList<qint64> ids;
        for (qint64 i = 100000; i < 120000; ++i) // 20,000 ids, two of them real
            ids << i;
        ids << rows.at(4).id << rows.at(0).id;
        CaseQuery q;
        q.onlyIds = ids;
        QCOMPARE(numbers(db(), q), (QStringList{rows.at(0).caseNo, rows.at(4).caseNo}));
        QCOMPARE(CaseRepository(db()).count(q).value(), qint64(2));
        q.text = u"超市"_s;
        QCOMPARE(numbers(db(), q), QStringList{u"清市监罚〔2024〕1号"_s});
        q.onlyIds = QList<qint64>{}; // an empty set, not "no restriction"
        q.text.clear();
        QCOMPARE(numbers(db(), q), QStringList{});
        QCOMPARE(CaseRepository(db()).count(q).value(), qint64(0));
    }

    void indexFollowsUpdatesAndDeletes()
    {
        const qint64 id = save(db(), m_a1, u"X-1"_s, u"非法采砂案"_s, u"王五"_s);
        QCOMPARE(numbers(db(), search(u"非法采"_s)), QStringList{u"X-1"_s});
        auto c = CaseRepository(db()).find(id).value().value();
        c.title = u"违法建设案"_s;
        c.party = u"赵六建筑公司"_s;
        {
            Transaction tx(db());
            QVERIFY(CaseRepository(db()).save(c).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(numbers(db(), search(u"非法采"_s)), QStringList{});
        QCOMPARE(numbers(db(), search(u"违法建"_s)), QStringList{u"X-1"_s});
        QCOMPARE(numbers(db(), search(u"赵六建"_s)), QStringList{u"X-1"_s});
        {
            Transaction tx(db());
            QVERIFY(CaseRepository(db()).remove(id).ok());
            QVERIFY(tx.commit().ok());
        }
        QCOMPARE(numbers(db(), search(u"违法建"_s)), QStringList{});
        QCOMPARE(numbers(db(), search(u"赵六"_s)), QStringList{});
    }

    void keysetPagingOverSearchResults()
    {
        for (int i = 0; i < 25; ++i) // same filing day for some: the id breaks the tie
            save(db(), m_a2, u"K-%1"_s.arg(i, 2, 10, QLatin1Char('0')), u"夜间施工噪声案"_s,
                 u"施工单位%1"_s.arg(i), QDate(2024, 6, 1).addDays(i / 3));
        for (const QString &term : {u"施工噪"_s, u"噪声"_s}) {
            const QStringList all = numbers(db(), search(term));
            QCOMPARE(all.size(), 25);
            QCOMPARE(all.first(), u"K-24"_s);
            QStringList walked;
            CaseQuery k = search(term);
            for (;;) {
                const auto rows = CaseRepository(db()).list(k, 0, 4).value();
                for (const CaseRow &r : rows)
                    walked << r.caseNo;
                if (rows.size() < 4)
                    break;
                k.afterOpenedOn = rows.last().openedOn;
                k.afterId = rows.last().id;
            }
            QCOMPARE(walked, all);
            QCOMPARE(CaseRepository(db()).count(k).value(),
                     qint64(25)); // the cursor does not count
        }
    }

    // A term in thousands of cases: the page walks the list order and tests each row (no
    // sort of every match); the results are the same rows as the index gives.
    void commonTermWalksTheListOrder()
    {
        {
            Transaction tx(db());
            CaseRepository repo(db());
            for (int i = 0; i < 4100; ++i) {
                EnforcementCase c;
                c.caseNo = u"M-%1"_s.arg(i);
                c.agencyId = i % 2 ? m_a1 : m_a2;
                c.title = i % 41 ? u"未按规定公示信息案"_s : u"公示信息不全案"_s;
                c.openedOn = QDate(2020, 1, 1).addDays(i / 3);
                QVERIFY(repo.save(c).ok());
            }
            QVERIFY(tx.commit().ok());
        }
        CaseRepository repo(db());
        const QString common = repo.explain(search(u"公示信息"_s), false).value().join(u'\n');
        QVERIFY2(!common.contains(u"case_fts"_s) &&
                     !common.contains(u"TEMP B-TREE FOR ORDER BY\nSCAN p"_s),
                 qPrintable(common));
        const QString rare = repo.explain(search(u"信息不全"_s), false).value().join(u'\n');
        QVERIFY2(rare.contains(u"case_fts"_s), qPrintable(rare));
        QCOMPARE(repo.count(search(u"公示信息"_s)).value(), qint64(4100));
        // Keyset pages over the common term join up to every match, newest first.
        QStringList walked;
        CaseQuery k = search(u"公示信息"_s);
        k.agencyIds = {m_a1};
        for (;;) {
            const auto rows = repo.list(k, 0, 500).value();
            for (const CaseRow &r : rows)
                walked << r.caseNo;
            if (rows.size() < 500)
                break;
            k.afterOpenedOn = rows.last().openedOn;
            k.afterId = rows.last().id;
        }
        QCOMPARE(walked.size(), 2050);
        QCOMPARE(walked.first(), u"M-4099"_s);
        QCOMPARE(numbers(db(), search(u"信息不全"_s)).size(), 100); // i % 41 == 0
    }

    // The first page of each filter combination reads an index and, where one holds the list
    // order, stops after the page (no sort step); counts read the narrowest index.
    void plansUseIndexes_data()
    {
        QTest::addColumn<int>("filters"); // bits: 1 agency, 2 kind, 4 year, 8 status open
        QTest::addColumn<bool>("sorted"); // the page needs no sort step
        QTest::addColumn<QString>("countIndex");
        QTest::newRow("none") << 0 << true << QString();
        QTest::newRow("agency") << 1 << false << u"case_agency_kind_opened"_s;
        QTest::newRow("kind") << 2 << true << u"case_kind_opened"_s;
        QTest::newRow("agency+kind") << 3 << true << u"case_agency_kind_opened"_s;
        QTest::newRow("year") << 4 << true << u"case_report"_s;
        QTest::newRow("kind+year") << 6 << true << u"case_report"_s;
        QTest::newRow("agency+kind+year") << 7 << true << u"case_report"_s;
        QTest::newRow("open") << 8 << true << u"case_open"_s;
        QTest::newRow("kind+open") << 10 << true << u"case_kind_opened"_s;
    }
    void plansUseIndexes()
    {
        QFETCH(int, filters);
        QFETCH(bool, sorted);
        QFETCH(QString, countIndex);
        CaseQuery q;
        if (filters & 1)
            q.agencyIds = {m_a1};
        if (filters & 2)
            q.kind = CaseKind::Penalty;
        if (filters & 4)
            q.year = 2024;
        if (filters & 8)
            q.status = CaseStatus::Open;
        CaseRepository repo(db());
        const QStringList page = repo.explain(q, false).value();
        const QString text = page.join(u'\n');
        // The inner select (the page's ids) comes first, before "SCAN p".
        const QStringList inner = page.mid(0, page.indexOf(u"SCAN p"_s));
        QVERIFY2(inner.size() >= 2, qPrintable(text));
        QVERIFY2(inner.join(u'\n').contains(u"INDEX"_s), qPrintable(text));
        QVERIFY2(inner.join(u'\n').contains(u"TEMP B-TREE"_s) != sorted, qPrintable(text));
        const QString count = repo.explain(q, true).value().join(u'\n');
        if (!countIndex.isEmpty())
            QVERIFY2(count.contains(countIndex), qPrintable(count));
    }
};

QTEST_GUILESS_MAIN(TestCaseSearch)
#include "tst_casesearch.moc"
