// The case view over a real database: every part of the case, and the process timeline with
// its deadlines on the working-day calendar (a met publicity deadline across the National
// Day holiday, an overdue service and handling period), coloured and written out.

#include "appcontext.h"
#include "dialogs/caseviewdialog.h"
#include "storage/caserepository.h"
#include "storage/transaction.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Ui;
using namespace Qt::StringLiterals;

class TstCaseView : public QObject
{
    Q_OBJECT

private:
    // A major penalty case decided on 2024-09-27 (the Friday before the National Day
    // holiday), published 2024-10-08, never served nor closed; as of 2025-03-01.
    static qint64 addCase(Test::TestDatabase &tdb)
    {
        const qint64 agency = Test::addAgency(tdb.db(), u"清河县市场监督管理局"_s);
        Test::OfficerSpec a;
        a.name = u"王执法"_s;
        a.certNumber = u"ZF-1001"_s;
        Test::OfficerSpec b;
        b.n = 2;
        b.name = u"李执法"_s;
        b.certNumber = u"ZF-1002"_s;
        EnforcementCase c;
        c.caseNo = u"清市监罚〔2024〕88号"_s;
        c.agencyId = agency;
        c.kind = CaseKind::Penalty;
        c.title = u"销售不合格<食品>案"_s;
        c.party = u"清河县某某超市"_s;
        c.partyKind = PartyKind::LegalPerson;
        c.openedOn = QDate(2024, 9, 1);
        c.decidedOn = QDate(2024, 9, 27);
        c.publishedOn = QDate(2024, 10, 8);
        c.major = true;
        c.officers = {{Test::addOfficer(tdb.db(), agency, a), u"ZF-1001"_s},
                      {Test::addOfficer(tdb.db(), agency, b), u"ZF-1002"_s}};
        c.penalties = {PenaltyCategory::Warning, PenaltyCategory::Fine};
        c.discretion = Discretion::Lenient;
        c.fineFen = 1250050;
        c.stages = {{CaseStage::Filing, QDate(2024, 9, 1), u"现场检查后立案"_s, true},
                    {CaseStage::Investigation, QDate(2024, 9, 5), u"调取进货单据"_s, true},
                    {CaseStage::LegalReview, QDate(2024, 9, 20), {}, false},
                    {CaseStage::Decision, QDate(2024, 9, 27), {}, false}};
        c.reviews = {{1, u"赵审核"_s, QDate(2024, 9, 15), QDate(2024, 9, 18),
                      ReviewConclusion::Problems, u"证据不足，退回补充"_s},
                     {2,
                      u"赵审核"_s,
                      QDate(2024, 9, 22),
                      QDate(2024, 9, 25),
                      ReviewConclusion::Approved,
                      {}}};
        c.discussion =
            CollectiveDiscussion{QDate(2024, 9, 26),
                                 u"同意从轻处罚"_s,
                                 {{u"局长甲"_s, u"同意"_s}, {u"副局长乙"_s, u"建议从轻"_s}}};
        c.reconsideration = ReconsiderationOutcome::Upheld;
        Transaction tx(tdb.db());
        auto id = CaseRepository(tdb.db()).save(c);
        if (!id || !tx.commit())
            qFatal("save failed");
        return id.value();
    }

    static const Rules::CaseDeadline *find(const CaseViewData &d, Rules::CaseDeadline::Kind kind)
    {
        for (const Rules::CaseDeadline &x : d.deadlines)
            if (x.kind == kind)
                return &x;
        return nullptr;
    }

private Q_SLOTS:
    void showsTheTimelineWithItsDeadlines()
    {
        Test::TestDatabase tdb;
        const qint64 id = addCase(tdb);
        AppContext context(tdb.db(), tdb.clock());
        CaseViewDialog view(context, id);
        view.show();
        QVERIFY(view.lastError().isEmpty());

        using K = Rules::CaseDeadline::Kind;
        using S = Rules::CaseDeadline::State;
        // 7 working days from 2024-09-27: the make-up Sunday 9-29, 9-30, then 10-8 … 10-12
        // (a make-up Saturday) — the holiday 10-1 … 10-7 does not count.
        const auto *publicity = find(view.data(), K::Publicity);
        QVERIFY(publicity);
        QCOMPARE(publicity->due, QDate(2024, 10, 12));
        QCOMPARE(publicity->state, S::Met);
        const auto *service = find(view.data(), K::Service);
        QVERIFY(service);
        QCOMPARE(service->state, S::Overdue);
        // The handling period runs to the decision (行政处罚法 art. 60): decided on day 26.
        QCOMPARE(find(view.data(), K::Handling)->state, S::Met);
        QCOMPARE(find(view.data(), K::LegalReview)->state, S::Met);

        const QString html = view.browser()->toHtml();
        const QString text = view.browser()->toPlainText();
        // State in words and in colour: green for met, red for overdue.
        QVERIFY(text.contains(
            u"Publicity of the decision: due 2024-10-12 (working days) ✔ Met (done 2024-10-08)"_s));
        QVERIFY(
            text.contains(u"Service of the decision: due 2024-10-04 (calendar days) ✖ Overdue"_s));
        QVERIFY(html.contains(u"#2e7d32"_s));
        QVERIFY(html.contains(u"#c62828"_s));
        // Every stage in process order, recorded ones with their note and audio-video flag.
        qsizetype last = -1;
        for (CaseStage s : Vocab::all<CaseStage>()) {
            const qsizetype at = text.indexOf(Vocab::label(s), last + 1);
            QVERIFY2(at > last, qPrintable(Vocab::label(s)));
            last = at;
        }
        QVERIFY(text.contains(u"2024-09-05"_s));
        QVERIFY(text.contains(u"调取进货单据"_s));
        QVERIFY(text.contains(u"Recorded"_s));
        // The rest of the case.
        QVERIFY(text.contains(u"销售不合格<食品>案"_s)); // escaped in the HTML, shown as typed
        QVERIFY(!html.contains(u"<食品>"_s));
        QVERIFY(text.contains(u"王执法（ZF-1001）、李执法（ZF-1002）"_s));
        QVERIFY(text.contains(u"证据不足，退回补充"_s));
        QVERIFY(text.contains(u"Problems found"_s));
        QVERIFY(text.contains(u"副局长乙: 建议从轻"_s));
        QVERIFY(text.contains(u"12500.50 yuan"_s));
        QVERIFY(text.contains(u"Warning、Fine"_s));
        QVERIFY(text.contains(u"Lighter penalty"_s));
        QVERIFY(text.contains(u"清河县市场监督管理局"_s));
        QVERIFY(text.contains(u"Upheld"_s));
        QCOMPARE(view.windowTitle(), u"Case 清市监罚〔2024〕88号"_s);
    }

    void unknownDeadlineSaysWhy()
    {
        Test::TestDatabase tdb(QDate(2031, 6, 1));
        const qint64 agency = Test::addAgency(tdb.db(), u"甲局"_s);
        EnforcementCase c;
        c.caseNo = u"X-2030"_s;
        c.agencyId = agency;
        c.kind = CaseKind::Licence;
        c.title = u"许可申请"_s;
        c.openedOn = QDate(2030, 5, 1);
        c.decidedOn = QDate(2030, 5, 10); // no holiday data for 2030
        {
            Transaction tx(tdb.db());
            QVERIFY(CaseRepository(tdb.db()).save(c).ok());
            QVERIFY(tx.commit().ok());
        }
        AppContext context(tdb.db(), tdb.clock());
        CaseViewDialog view(context, CaseRepository(tdb.db()).findByCaseNo(c.caseNo).value()->id);
        const auto *publicity = find(view.data(), Rules::CaseDeadline::Kind::Publicity);
        QVERIFY(publicity);
        QCOMPARE(publicity->state, Rules::CaseDeadline::State::Unknown);
        QVERIFY(!publicity->problem.isEmpty());
        QVERIFY(view.browser()->toPlainText().contains(u"? Unknown — "_s + publicity->problem));
    }

    void editButtonAsksForTheForm()
    {
        Test::TestDatabase tdb;
        const qint64 id = addCase(tdb);
        AppContext context(tdb.db(), tdb.clock());
        CaseViewDialog view(context, id);
        QSignalSpy spy(&view, &CaseViewDialog::editRequested);
        view.findChild<QPushButton *>(u"editButton"_s)->click();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().toLongLong(), id);
    }

    void goneCaseIsReported()
    {
        Test::TestDatabase tdb;
        AppContext context(tdb.db(), tdb.clock());
        CaseViewDialog view(context, 4242);
        QVERIFY(!view.lastError().isEmpty());
    }

    void screenshot()
    {
        const QString out = qEnvironmentVariable("JIANDU_SCREENSHOTS");
        if (out.isEmpty())
            QSKIP("set JIANDU_SCREENSHOTS to a folder to write the screenshot");
        Test::TestDatabase tdb;
        const qint64 id = addCase(tdb);
        AppContext context(tdb.db(), tdb.clock());
        CaseViewDialog view(context, id);
        view.resize(1000, 900);
        view.show();
        QVERIFY(view.grab().save(out + u"/cases-view.png"_s));
    }
};

QTEST_MAIN(TstCaseView)
#include "tst_caseview.moc"
