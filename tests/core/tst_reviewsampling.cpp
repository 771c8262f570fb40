// Reproducible sampling of case files (案卷评查抽取): the same seed and inputs draw the same
// files on every machine and compiler; only the chosen agencies and year are drawn from; the
// seed is stored with the activity; drawn files get draft reviews.

#include "domain/reviewtypes.h"
#include "storage/reviewrepository.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"
#include "tst_reviewhelpers.h"

#include <QSet>
#include <QtTest>

#include <algorithm>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

QList<qint64> range(qint64 from, qint64 to)
{
    QList<qint64> out;
    for (qint64 i = from; i <= to; ++i)
        out << i;
    return out;
}

struct Office
{
    qint64 market = 0, ecology = 0, town = 0;
};

// 12 cases a year 2023–2024 for each of three bodies, inserted in `order` (so ids differ
// between databases while 案号 do not).
Office fill(Database &db, bool reversed)
{
    Office o;
    o.market = Test::addAgency(db, u"清河县市场监督管理局"_s);
    o.ecology = Test::addAgency(db, u"清河县生态环境局"_s);
    o.town = Test::addAgency(db, u"城关镇人民政府"_s);
    struct Spec
    {
        qint64 agency;
        QString prefix;
        int year;
        int n;
    };
    QList<Spec> specs;
    for (int year : {2023, 2024})
        for (int n = 1; n <= 12; ++n) {
            specs << Spec{o.market, u"清市监罚"_s, year, n};
            specs << Spec{o.ecology, u"清环罚"_s, year, n};
            specs << Spec{o.town, u"城关罚"_s, year, n};
        }
    if (reversed)
        std::reverse(specs.begin(), specs.end());
    for (const Spec &s : specs)
        Test::addCase(db, s.agency, u"%1〔%2〕%3号"_s.arg(s.prefix).arg(s.year).arg(s.n),
                      QDate(s.year, 1 + s.n % 12, 3), QDate(s.year, 1 + s.n % 12, 20));
    return o;
}

QStringList caseNos(Database &db, const QList<qint64> &ids)
{
    QStringList out;
    CaseRepository cases(db);
    for (qint64 id : ids)
        out << cases.find(id).value()->caseNo;
    return out;
}

} // namespace

class TestReviewSampling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatorIsTheStandardOne()
    {
        // C++ [rand.predef]: the 10000th output of a default-constructed mt19937_64.
        std::mt19937_64 g;
        g.discard(9999);
        QCOMPARE(quint64(g()), Q_UINT64_C(9981545732273789042));
    }

    void knownDraw()
    {
        // Pinned: a change here changes every stored activity's draw.
        QCOMPARE(drawSample(range(1, 20), 5, 20250301), (QList<qint64>{2, 15, 17, 6, 1}));
        QCOMPARE(drawSample(range(1, 5), 5, 7), (QList<qint64>{1, 4, 3, 2, 5}));
    }

    void sameSeedSameDrawDifferentSeedDifferentDraw()
    {
        const QList<qint64> candidates = range(100, 1099);
        const QList<qint64> a = drawSample(candidates, 30, 42);
        QCOMPARE(drawSample(candidates, 30, 42), a);
        QCOMPARE(a.size(), 30);
        QCOMPARE(QSet<qint64>(a.cbegin(), a.cend()).size(), 30); // no repeats
        for (qint64 id : a)
            QVERIFY(candidates.contains(id));
        QVERIFY(drawSample(candidates, 30, 43) != a);
        // A smaller sample is the head of the larger one: the draw is one shuffle.
        QCOMPARE(drawSample(candidates, 10, 42), a.mid(0, 10));
    }

    void moreThanTheCandidatesDrawsThemAll()
    {
        const QList<qint64> all = drawSample(range(1, 7), 50, 9);
        QCOMPARE(all.size(), 7);
        QList<qint64> sorted = all;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, range(1, 7));
        QVERIFY(drawSample({}, 5, 9).isEmpty());
        QVERIFY(drawSample(range(1, 7), 0, 9).isEmpty());
    }

    void uniformBelowStaysInRange()
    {
        std::mt19937_64 g(1);
        QList<int> seen(7, 0);
        for (int i = 0; i < 7000; ++i)
            ++seen[int(uniformBelow(7, g))];
        for (int n : seen)
            QVERIFY2(n > 850 && n < 1150, qPrintable(QString::number(n)));
        QCOMPARE(uniformBelow(1, g), quint64(0));
        // The largest bound: the rejection threshold is 2^63 (half the outputs rejected).
        QVERIFY(uniformBelow(Q_UINT64_C(0x8000000000000001), g) <= Q_UINT64_C(0x8000000000000000));
    }

    void drawsOnlyFromChosenAgenciesAndYear()
    {
        Test::TestDatabase t;
        const Office o = fill(t.db(), false);
        ReviewActivity a;
        a.name = u"2025年第一季度案卷评查"_s;
        a.year = 2025;
        a.kind = ReviewKind::Special;
        a.sampleAgencyIds = {o.market, o.town};
        a.sampleYear = 2024;
        a.sampleCount = 8;
        a.seed = 123456789;
        Test::addActivity(t.db(), a);
        ReviewRepository repo(t.db());
        auto candidates = repo.sampleCandidates(a);
        QVERIFY(candidates.ok());
        QCOMPARE(candidates->size(), 24);
        auto drawn = repo.drawFiles(a.id);
        QVERIFY2(drawn.ok(), qPrintable(drawn.ok() ? QString() : drawn.error().toString()));
        QCOMPARE(drawn->size(), 8);
        CaseRepository cases(t.db());
        for (qint64 id : drawn.value()) {
            const EnforcementCase c = *cases.find(id).value();
            QVERIFY(c.agencyId == o.market || c.agencyId == o.town);
            QCOMPARE(c.decidedOn.year(), 2024);
            auto r = repo.reviewOf(a.id, id);
            QVERIFY(r.ok() && r.value());
            QCOMPARE(r.value()->status, ReviewStatus::Draft);
            QCOMPARE(r.value()->sheetId, a.sheetId);
            QVERIFY(!r.value()->total); // nothing entered yet
        }
        QCOMPARE(repo.countReviews(a.id).value(), qint64(8));
        // Drawing again gives the same files and creates nothing more.
        QCOMPARE(repo.drawFiles(a.id).value(), drawn.value());
        QCOMPARE(repo.countReviews(a.id).value(), qint64(8));
    }

    void sameSeedSameFilesOnAnotherDatabase()
    {
        // Same cases inserted in the opposite order: other ids, the same 案号 drawn.
        Test::TestDatabase first, second;
        QStringList drawnNos[2];
        int i = 0;
        for (Test::TestDatabase *t : {&first, &second}) {
            const Office o = fill(t->db(), t == &second);
            ReviewActivity a;
            a.name = u"交叉评查"_s;
            a.year = 2025;
            a.kind = ReviewKind::Cross;
            a.sampleAgencyIds = {o.ecology, o.market};
            a.sampleYear = 2023;
            a.sampleCount = 6;
            a.seed = 20250301;
            Test::addActivity(t->db(), a);
            auto drawn = ReviewRepository(t->db()).drawFiles(a.id);
            QVERIFY(drawn.ok());
            drawnNos[i++] = caseNos(t->db(), drawn.value());
        }
        QCOMPARE(drawnNos[0], drawnNos[1]);
        QCOMPARE(drawnNos[0].size(), 6);
    }

    void seedIsChosenAndStoredWhenNotGiven()
    {
        Test::TestDatabase t;
        const Office o = fill(t.db(), false);
        ReviewActivity a;
        a.name = u"日常评查"_s;
        a.year = 2025;
        a.sampleAgencyIds = {o.ecology};
        a.sampleYear = 2024;
        a.sampleCount = 100; // more than the 12 candidates
        Test::addActivity(t.db(), a);
        QVERIFY(a.seed.has_value());
        ReviewRepository repo(t.db());
        const ReviewActivity stored = *repo.activity(a.id).value();
        QCOMPARE(stored.seed, a.seed);
        QCOMPARE(stored.sampleAgencyIds, QList<qint64>{o.ecology});
        auto drawn = repo.drawFiles(a.id);
        QVERIFY(drawn.ok());
        QCOMPARE(drawn->size(), 12);
        QCOMPARE(drawn.value(), drawSample(repo.sampleCandidates(stored).value(), 100, *a.seed));

        // Two activities without a seed get different seeds.
        ReviewActivity b = a;
        b.id = 0;
        b.name = u"日常评查（二）"_s;
        b.seed.reset();
        Test::addActivity(t.db(), b);
        QVERIFY(b.seed != a.seed);

        // Once files are drawn, the seed of the activity no longer changes.
        ReviewActivity edited = stored;
        edited.seed = 1;
        edited.sampleCount = 3;
        edited.sampleAgencyIds = {o.market};
        edited.organiser = u"清河县司法局"_s;
        QVERIFY(repo.saveActivity(edited).ok());
        QCOMPARE(repo.activity(a.id).value()->seed, a.seed);
        QCOMPARE(repo.activity(a.id).value()->organiser, u"清河县司法局"_s);
        QCOMPARE(repo.activity(a.id).value()->sampleCount, 100);
        QCOMPARE(repo.activity(a.id).value()->sampleAgencyIds, QList<qint64>{o.ecology});
        QCOMPARE(repo.drawFiles(a.id).value(), drawn.value());
    }
};

QTEST_GUILESS_MAIN(TestReviewSampling)
#include "tst_reviewsampling.moc"
