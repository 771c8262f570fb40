// The 案卷评查 page and the score dialog on a real database: creating an activity draws its
// files reproducibly; the dialog scores live (veto → 0/不合格, deductions floored), saves,
// and raises a finding from a problem; the page prints the score sheet; the main window
// shows the page.

#include "appcontext.h"
#include "core/tst_reviewhelpers.h"
#include "dialogs/reviewscoredialog.h"
#include "documents/pdftext.h"
#include "mainwindow.h"
#include "pages/reviewpage.h"
#include "storage/findingrepository.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Ui;
using namespace Qt::StringLiterals;

namespace {
struct Fixture
{
    Test::TestDatabase tdb;
    qint64 market = 0, town = 0;
    Fixture()
    {
        market = Test::addAgency(tdb.db(), u"清河县市场监督管理局"_s);
        town = Test::addAgency(tdb.db(), u"城关镇人民政府"_s);
        for (int n = 1; n <= 10; ++n) {
            Test::addCase(tdb.db(), market, u"清市监罚〔2024〕%1号"_s.arg(n), QDate(2024, 2, n),
                          QDate(2024, 3, n));
            Test::addCase(tdb.db(), town, u"城关罚〔2024〕%1号"_s.arg(n), QDate(2024, 2, n),
                          QDate(2024, 3, n));
        }
    }
    ReviewActivity activity(int count) const
    {
        ReviewActivity a;
        a.name = u"2025年度案卷评查"_s;
        a.year = 2025;
        a.kind = ReviewKind::Special;
        a.sampleAgencyIds = {market};
        a.sampleYear = 2024;
        a.sampleCount = count;
        a.seed = 31337;
        return a;
    }
};
} // namespace

class TestReviewPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsActivityAndListsDrawnFiles()
    {
        Fixture f;
        AppContext context(f.tdb.db(), f.tdb.clock());
        ReviewPage page(context);
        page.show();
        QCOMPARE(page.activitiesTable()->rowCount(), 0);
        auto id = page.createActivity(f.activity(4));
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        QCOMPARE(page.activitiesTable()->rowCount(), 1);
        QCOMPARE(page.currentActivityId(), id.value());
        QCOMPARE(page.filesTable()->rowCount(), 4);
        QVERIFY(page.activityDetails().contains(u"31337"_s));
        QVERIFY(page.activityDetails().contains(u"清河县市场监督管理局"_s));
        // Only the chosen body's files; the same draw as the repository's.
        const QList<qint64> expected = drawSample(
            ReviewRepository(f.tdb.db()).sampleCandidates(f.activity(4)).value(), 4, 31337);
        QStringList expectedNos;
        for (qint64 caseId : expected)
            expectedNos << CaseRepository(f.tdb.db()).find(caseId).value()->caseNo;
        QStringList listed;
        for (int row = 0; row < page.filesTable()->rowCount(); ++row) {
            listed << page.filesTable()->item(row, 0)->text();
            QCOMPARE(page.filesTable()->item(row, 1)->text(), u"清河县市场监督管理局"_s);
        }
        expectedNos.sort();
        QCOMPARE(listed, expectedNos); // the list is by 案号
        // A failed creation (same name) changes nothing.
        QVERIFY(!page.createActivity(f.activity(2)).ok());
        QCOMPARE(ReviewRepository(f.tdb.db()).countReviews(id.value()).value(), qint64(4));
        auto *score = page.findChild<QPushButton *>(u"score"_s);
        QVERIFY(!score->isEnabled());
        page.filesTable()->selectRow(0);
        QVERIFY(score->isEnabled());
        QVERIFY(page.currentReviewId() > 0);
    }

    void dialogScoresLiveAndSaves()
    {
        Fixture f;
        AppContext context(f.tdb.db(), f.tdb.clock());
        ReviewPage page(context);
        QVERIFY(page.createActivity(f.activity(2)).ok());
        page.filesTable()->selectRow(0);
        const qint64 reviewId = page.currentReviewId();

        ReviewScoreDialog dialog(context, reviewId);
        dialog.show();
        QVERIFY(dialog.isLoaded());
        auto *total = dialog.findChild<QLabel *>(u"total"_s);
        QVERIFY(total->text().contains(u"100"_s));
        // 事实与证据 (item 14, 20 points): 12.5 off; 自由裁量 (item 17, 10 points): 15 off → 0.
        dialog.findChild<QDoubleSpinBox *>(u"deduction_14"_s)->setValue(12.5);
        dialog.findChild<QDoubleSpinBox *>(u"deduction_17"_s)->setValue(15);
        QCOMPARE(dialog.score().total, 77.5);
        QCOMPARE(dialog.score().grade, ReviewGrade::Pass);
        QVERIFY2(total->text().contains(u"77.5"_s), qPrintable(total->text()));
        QVERIFY(total->text().contains(Vocab::label(ReviewGrade::Pass)));
        // A veto item not met: 0 points, 不合格, at once.
        auto *veto = dialog.findChild<QCheckBox *>(u"veto_9"_s);
        veto->setChecked(true);
        QCOMPARE(dialog.score().total, 0.0);
        QCOMPARE(dialog.score().grade, ReviewGrade::Fail);
        QVERIFY(total->text().contains(Vocab::label(ReviewGrade::Fail)));
        veto->setChecked(false);
        QCOMPARE(dialog.score().total, 77.5);

        // A problem, then raise a finding from it (the review is saved first).
        dialog.findChild<QPushButton *>(u"addProblem"_s)->click();
        auto *problems = dialog.findChild<QTableWidget *>(u"problems"_s);
        QCOMPARE(problems->rowCount(), 1);
        problems->item(0, 0)->setText(u"证据链不完整"_s);
        auto *item = qobject_cast<QComboBox *>(problems->cellWidget(0, 1));
        item->setCurrentIndex(item->findData(14));
        QVERIFY(dialog.raiseFinding(0));
        const QList<Finding> findings = FindingRepository(f.tdb.db()).list(0, 10).value();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).problem, u"证据链不完整"_s);
        QCOMPARE(findings.at(0).agencyId, f.market);
        QVERIFY(!problems->item(0, 2)->text().isEmpty()); // shows the finding

        dialog.findChild<QComboBox *>(u"status"_s)->setCurrentIndex(1); // final
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const FileReview saved = *ReviewRepository(f.tdb.db()).review(reviewId).value();
        QCOMPARE(*saved.total, 77.5);
        QCOMPARE(*saved.grade, ReviewGrade::Pass);
        QCOMPARE(saved.status, ReviewStatus::Final);
        QCOMPARE(saved.problems.size(), 1);
        QCOMPARE(saved.problems.at(0).itemPosition, std::optional<int>(14));
        // The page refreshed through AppContext::dataChanged.
        bool shown = false;
        for (int row = 0; row < page.filesTable()->rowCount(); ++row)
            shown = shown || page.filesTable()->item(row, 4)->text() == u"77.5"_s;
        QVERIFY(shown);
    }

    void printsTheSelectedSheet()
    {
        if (!Test::havePoppler())
            QSKIP("poppler-utils are not installed");
        Fixture f;
        AppContext context(f.tdb.db(), f.tdb.clock());
        ReviewPage page(context);
        QVERIFY(page.createActivity(f.activity(1)).ok());
        page.filesTable()->selectRow(0);
        const QString caseNo = page.filesTable()->item(0, 0)->text();
        const QString pdf = f.tdb.filePath(u"sheet.pdf"_s);
        QVERIFY(page.printSheet(pdf).ok());
        const QString text = Test::pdfPages(pdf).join(u'\n');
        QVERIFY(text.contains(caseNo));
        QVERIFY(text.contains(u"31337"_s));
    }

    void expertPoolAndReviewers()
    {
        Fixture f;
        Test::OfficerSpec spec;
        spec.name = u"周敏"_s;
        spec.certNumber = u"QH-2020-0001"_s;
        Test::addOfficer(f.tdb.db(), f.market, spec);
        AppContext context(f.tdb.db(), f.tdb.clock());
        ReviewPage page(context);
        QVERIFY(page.createActivity(f.activity(1)).ok());

        QDialog *pool = page.manageExperts();
        QVERIFY(pool->isVisible());
        auto *table = pool->findChild<QTableWidget *>(u"experts"_s);
        pool->findChild<QLineEdit *>(u"certNumber"_s)->setText(u"QH-2020-0001"_s);
        pool->findChild<QPushButton *>(u"addExpert"_s)->click();
        pool->findChild<QLineEdit *>(u"expertName"_s)->setText(u"李律师"_s);
        pool->findChild<QLineEdit *>(u"organisation"_s)->setText(u"清河律师事务所"_s);
        pool->findChild<QLineEdit *>(u"phone"_s)->setText(u"13987654321"_s);
        pool->findChild<QPushButton *>(u"addExpert"_s)->click();
        QCOMPARE(table->rowCount(), 2);
        QStringList names, phones;
        for (int row = 0; row < 2; ++row) {
            names << table->item(row, 0)->text();
            phones << table->item(row, 3)->text();
        }
        QCOMPARE(names, (QStringList{u"周敏"_s, u"李律师"_s}));
        QCOMPARE(table->item(0, 1)->text(), u"清河县市场监督管理局"_s); // from the roster
        QVERIFY(!phones.join(u' ').contains(u"87654321"_s));            // masked
        QVERIFY(!page.addExpert({}, u"NO-SUCH-CERT"_s).ok());
        pool->close();

        page.filesTable()->selectRow(0);
        ReviewScoreDialog dialog(context, page.currentReviewId());
        auto *reviewers = dialog.findChild<QListWidget *>(u"reviewers"_s);
        QCOMPARE(reviewers->count(), 2);
        reviewers->item(1)->setCheckState(Qt::Checked);
        QVERIFY(dialog.save());
        const FileReview saved =
            *ReviewRepository(f.tdb.db()).review(page.currentReviewId()).value();
        QCOMPARE(saved.reviewerIds.size(), 1);
        QCOMPARE(ReviewRepository(f.tdb.db()).expert(saved.reviewerIds.at(0)).value()->name,
                 u"李律师"_s);
    }

    // Saved to $JIANDU_SCREENSHOT_DIR/review-page.png and review-score.png when set.
    void screenshot()
    {
        Fixture f;
        AppContext context(f.tdb.db(), f.tdb.clock());
        ReviewPage page(context);
        page.resize(1100, 560);
        QVERIFY(page.createActivity(f.activity(6)).ok());
        page.filesTable()->selectRow(0);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        ReviewScoreDialog dialog(context, page.currentReviewId());
        dialog.findChild<QDoubleSpinBox *>(u"deduction_11"_s)->setValue(2);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString dir = qEnvironmentVariable("JIANDU_SCREENSHOT_DIR");
        const QImage pageImage = page.grab().toImage();
        const QImage dialogImage = dialog.grab().toImage();
        QVERIFY(!pageImage.isNull() && !dialogImage.isNull());
        if (!dir.isEmpty()) {
            QVERIFY(pageImage.save(dir + u"/review-page.png"_s));
            QVERIFY(dialogImage.save(dir + u"/review-score.png"_s));
        }
    }

    void mainWindowHasThePage()
    {
        Test::TestDatabase tdb;
        AppContext context(tdb.db(), tdb.clock());
        MainWindow window(context);
        window.show();
        window.showPage(MainWindow::Review);
        QVERIFY(qobject_cast<ReviewPage *>(window.page(MainWindow::Review)));
        QVERIFY(window.page(MainWindow::Review)->isVisible());
        QCOMPARE(window.findChild<QListWidget *>(u"navigation"_s)->item(MainWindow::Review)->text(),
                 u"Case-file review"_s);
    }
};

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
