// The import wizard driven page by page on CSV files written here (and the task fixtures of
// tests/data/import), against a real database.

#include "appcontext.h"
#include "dialogs/importwizard.h"
#include "domain/identity.h"
#include "storage/activityrepository.h"
#include "storage/taskrepository.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDateEdit>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

#include "widgets/optionaldateedit.h"

using namespace Jiandu;

namespace {

const QString kAgency = QStringLiteral("某县市场监督管理局");
const QString kTaskSource = QStringLiteral("省司法厅驻站式执法监督反馈问题整改");

QString fixture(const QString &name)
{
    return QStringLiteral(JIANDU_TEST_DATA_DIR "/import/") + name;
}

QString readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(f.readAll());
}

// The deadline of task `seq` of the seed-001 source as stored.
std::optional<QDate> taskDeadline(Test::TestDatabase &tdb, const QString &seq)
{
    auto activity = ActivityRepository(tdb.db()).findByName(kTaskSource);
    if (!activity || !activity.value())
        return std::nullopt;
    auto task = TaskRepository(tdb.db()).findBySeq(activity.value()->id, seq);
    return task && task.value() ? task.value()->deadline.date : std::nullopt;
}

// The check page's list as "W: text" / "N: text" / "E: text" lines.
QStringList listedProblems(Ui::ImportWizard &wizard)
{
    auto *list = wizard.findChild<QListWidget *>(QStringLiteral("problemList"));
    QStringList out;
    for (int i = 0; i < list->count(); ++i) // Severity: Error, Warning, Note
        out << QStringLiteral("EWN").at(list->item(i)->data(Qt::UserRole).toInt())
                   + QStringLiteral(": ") + list->item(i)->text();
    return out;
}

void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
}

QString officerCsv(const QString &idNumber)
{
    return QStringLiteral("姓名,身份证号,执法主体,人员类别,执法证号,有效期至\n"
                          "张三,%1,%2,在编,A0001,2027-12-31\n")
        .arg(idNumber, kAgency);
}

// Steps from page 1 to the check page and waits for the dry run.
bool toCheckPage(Ui::ImportWizard &wizard)
{
    if (wizard.currentId() != Ui::ImportWizard::SourcePageId || !wizard.currentPage()->isComplete())
        return false;
    wizard.next();
    if (wizard.currentId() != Ui::ImportWizard::PreviewPageId ||
        !wizard.currentPage()->isComplete())
        return false;
    QSignalSpy checked(&wizard, &Ui::ImportWizard::checkFinished);
    wizard.next();
    return wizard.currentId() == Ui::ImportWizard::CheckPageId && checked.wait(10000);
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void preselectsKindAndChecksFile();
    void previewShowsRowsAndEncoding();
    void previewMasksIdentityNumbers();
    void badFileShowsProblemsAndCannotFinish();
    void goodFileImports();
    void cancelWritesNothing();
    void importsCases();
    void sourceDateOnlyForTasks();
    void importsTaskFixtureWithSourceDate();
    void sourceDateReadsDeadlinesWithoutYear();
    void screenshot();
};

void TestImportWizard::preselectsKindAndChecksFile()
{
    Test::TestDatabase tdb;
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::ImportWizard wizard(context, Io::Kind::Trainings);
    QCOMPARE(wizard.kind(), Io::Kind::Trainings);
    QVERIFY(!wizard.currentPage()->isComplete()); // no file yet
    wizard.setFilePath(tdb.filePath(QStringLiteral("missing.csv")));
    QVERIFY(!wizard.currentPage()->isComplete());
    const QString text = tdb.filePath(QStringLiteral("notes.txt"));
    writeFile(text, QStringLiteral("x"));
    wizard.setFilePath(text);
    QVERIFY(!wizard.currentPage()->isComplete());
    const QString csv = tdb.filePath(QStringLiteral("t.csv"));
    writeFile(csv, QStringLiteral("x\n"));
    wizard.setFilePath(csv);
    QVERIFY(wizard.currentPage()->isComplete());
}

void TestImportWizard::previewShowsRowsAndEncoding()
{
    Test::TestDatabase tdb;
    Ui::AppContext context(tdb.db(), tdb.clock());
    const QString csv = tdb.filePath(QStringLiteral("agencies.csv"));
    writeFile(csv,
              QStringLiteral("名称,类型\n某县市场监督管理局,行政机关\n某县生态环境局,行政机关\n"));
    Ui::ImportWizard wizard(context, Io::Kind::Agencies);
    wizard.setFilePath(csv);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(Ui::ImportWizard::PreviewPageId));
    auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QCOMPARE(table->columnCount(), 2);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("名称"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("某县生态环境局"));
    QCOMPARE(table->verticalHeaderItem(0)->text(), QStringLiteral("2")); // header is row 1
    const QString info = wizard.findChild<QLabel *>(QStringLiteral("previewInfo"))->text();
    QVERIFY2(info.contains(QStringLiteral("UTF-8")), qPrintable(info));
}

void TestImportWizard::previewMasksIdentityNumbers()
{
    Test::TestDatabase tdb;
    Ui::AppContext context(tdb.db(), tdb.clock());
    const QString csv = tdb.filePath(QStringLiteral("officers.csv"));
    writeFile(csv, officerCsv(Test::idNumber(7)));
    Ui::ImportWizard wizard(context, Io::Kind::Officers);
    wizard.setFilePath(csv);
    wizard.next();
    auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("身份证号"));
    QCOMPARE(table->item(0, 1)->text(), Identity::maskIdNumber(Test::idNumber(7)));
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("张三"));
}

void TestImportWizard::badFileShowsProblemsAndCannotFinish()
{
    Test::TestDatabase tdb;
    Test::addAgency(tdb.db(), kAgency);
    Ui::AppContext context(tdb.db(), tdb.clock());
    const QString csv = tdb.filePath(QStringLiteral("bad.csv"));
    QString bad = Test::idNumber(7);
    bad[17] =
        bad[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'); // wrong check digit
    writeFile(csv, officerCsv(bad));
    Ui::ImportWizard wizard(context, Io::Kind::Officers);
    wizard.setFilePath(csv);
    QVERIFY(toCheckPage(wizard));

    QVERIFY(wizard.checkReport().hasErrors());
    auto *problems = wizard.findChild<QListWidget *>(QStringLiteral("problemList"));
    QVERIFY(problems->count() >= 1);
    bool named = false;
    for (int i = 0; i < problems->count(); ++i)
        named |= problems->item(i)->text().startsWith(QStringLiteral("Row 2 · 身份证号 · "));
    QVERIFY2(named, qPrintable(problems->item(0)->text()));
    const QString summary = wizard.findChild<QLabel *>(QStringLiteral("checkSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("error")), qPrintable(summary));
    // The way on is closed: the Import (commit) button is disabled and next() stays.
    QVERIFY(!wizard.currentPage()->isComplete());
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(Ui::ImportWizard::CheckPageId));
    QCOMPARE(tdb.rowCount(QStringLiteral("officer")), 0);
}

void TestImportWizard::goodFileImports()
{
    Test::TestDatabase tdb;
    Test::addAgency(tdb.db(), kAgency);
    Ui::AppContext context(tdb.db(), tdb.clock());
    QSignalSpy changed(&context, &Ui::AppContext::dataChanged);
    const QString csv = tdb.filePath(QStringLiteral("good.csv"));
    writeFile(csv, officerCsv(Test::idNumber(7)));

    for (int round = 0; round < 2; ++round) {
        Ui::ImportWizard wizard(context, Io::Kind::Officers);
        wizard.setFilePath(csv);
        QVERIFY(toCheckPage(wizard));
        QVERIFY(!wizard.checkReport().hasErrors());
        QVERIFY(!wizard.checkReport().committed); // the dry run wrote nothing
        QCOMPARE(tdb.rowCount(QStringLiteral("officer")), round == 0 ? 0 : 1);
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());

        QSignalSpy imported(&wizard, &Ui::ImportWizard::importFinished);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Ui::ImportWizard::RunPageId));
        QVERIFY(imported.wait(10000));
        const Io::ImportReport &report = wizard.importReport();
        QVERIFY(report.committed);
        QCOMPARE(report.rows, 1);
        QCOMPARE(report.inserted, round == 0 ? 1 : 0); // a second import updates, never duplicates
        const QString result = wizard.findChild<QLabel *>(QStringLiteral("resultLabel"))->text();
        QVERIFY2(result.startsWith(QStringLiteral("Imported 1 row")), qPrintable(result));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QCOMPARE(tdb.rowCount(QStringLiteral("officer")), 1);
    }
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("officers"));
}

void TestImportWizard::importsCases()
{
    Test::TestDatabase tdb;
    Test::addAgency(tdb.db(), kAgency);
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::ImportWizard wizard(context, Io::Kind::Cases);
    auto *kinds = wizard.findChild<QComboBox *>(QStringLiteral("kindCombo"));
    QCOMPARE(kinds->count(), int(Io::allKinds().size()));
    QVERIFY(kinds->findData(int(Io::Kind::Findings)) >= 0);
    QVERIFY(kinds->findData(int(Io::Kind::Tasks)) >= 0);
    QCOMPARE(kinds->currentData().toInt(), int(Io::Kind::Cases));
    const QString csv = tdb.filePath(QStringLiteral("cases.csv"));
    writeFile(csv, QStringLiteral("案号,执法主体,案件类型,案由,立案日期\n"
                                  "清市监罚〔2025〕1号,%1,行政检查,食品经营日常检查,2025-01-06\n")
                       .arg(kAgency));
    wizard.setFilePath(csv);
    QVERIFY(toCheckPage(wizard));
    QVERIFY2(!wizard.checkReport().hasErrors(),
             qPrintable(wizard.checkReport().problems.isEmpty()
                            ? QString()
                            : wizard.checkReport().problems.first().toString()));
    QSignalSpy imported(&wizard, &Ui::ImportWizard::importFinished);
    wizard.next();
    QVERIFY(imported.wait(10000));
    QVERIFY(wizard.importReport().committed);
    QCOMPARE(tdb.rowCount(QStringLiteral("enforcement_case")), 1);
}

void TestImportWizard::cancelWritesNothing()
{
    Test::TestDatabase tdb;
    Ui::AppContext context(tdb.db(), tdb.clock());
    const QString csv = tdb.filePath(QStringLiteral("many.csv"));
    QString text = QStringLiteral("名称,类型\n");
    for (int i = 0; i < 3000; ++i)
        text += QStringLiteral("第%1执法队,行政机关\n").arg(i);
    writeFile(csv, text);
    QSignalSpy changed(&context, &Ui::AppContext::dataChanged);
    Ui::ImportWizard wizard(context, Io::Kind::Agencies);
    wizard.show();
    wizard.setFilePath(csv);
    QVERIFY(toCheckPage(wizard));
    QVERIFY2(!wizard.checkReport().hasErrors(),
             qPrintable(wizard.checkReport().problems.value(0).toString()));
    QSignalSpy imported(&wizard, &Ui::ImportWizard::importFinished);
    wizard.next();
    QVERIFY(wizard.isBusy());
    // Cancel before the worker had a chance to finish: the first progress report stops it.
    wizard.findChild<QPushButton *>(QStringLiteral("cancelImportButton"))->click();
    QVERIFY(imported.wait(10000));
    QVERIFY(wizard.importReport().cancelled);
    QVERIFY(!wizard.importReport().committed);
    QCOMPARE(tdb.rowCount(QStringLiteral("agency")), 0);
    QCOMPARE(changed.count(), 0);
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("resultLabel"))
                ->text()
                .contains(QStringLiteral("cancelled")));
}

// The source-date row shows for tasks only; its date is passed only when given.
void TestImportWizard::sourceDateOnlyForTasks()
{
    Test::TestDatabase tdb;
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::ImportWizard wizard(context, Io::Kind::Officers);
    auto *edit = wizard.findChild<Ui::OptionalDateEdit *>(QStringLiteral("sourceDateEdit"));
    auto *kinds = wizard.findChild<QComboBox *>(QStringLiteral("kindCombo"));
    const auto choose = [kinds](Io::Kind k) { kinds->setCurrentIndex(kinds->findData(int(k))); };
    QVERIFY(edit && !edit->isVisibleTo(&wizard));
    choose(Io::Kind::Tasks);
    QVERIFY(edit->isVisibleTo(&wizard));
    QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("sourceDateNote"))->isVisibleTo(&wizard));
    QVERIFY(!wizard.sourceDate().isValid() && !edit->dateEdit()->isEnabled()); // empty at first
    edit->checkBox()->setChecked(true);
    edit->dateEdit()->setDate(QDate(2024, 3, 1));
    QCOMPARE(wizard.sourceDate(), QDate(2024, 3, 1));
    choose(Io::Kind::Findings);
    QVERIFY(!edit->isVisibleTo(&wizard));
    QVERIFY(!wizard.sourceDate().isValid()); // not for findings
    wizard.setSourceDate(QDate());
    choose(Io::Kind::Tasks);
    QVERIFY(!wizard.sourceDate().isValid());
    wizard.setSourceDate(QDate(2023, 9, 19));
    QVERIFY(edit->checkBox()->isChecked());
    QCOMPARE(wizard.sourceDate(), QDate(2023, 9, 19));
}

// Seed 001's plan through the wizard: the 14 tasks land; its own 来源日期 column comes
// before the date given in the wizard. The first page is saved to
// $JIANDU_SCREENSHOT_DIR/import-wizard-tasks.png when set.
void TestImportWizard::importsTaskFixtureWithSourceDate()
{
    Test::TestDatabase tdb;
    Ui::AppContext context(tdb.db(), tdb.clock());
    QSignalSpy changed(&context, &Ui::AppContext::dataChanged);
    Ui::ImportWizard wizard(context, Io::Kind::Tasks);
    wizard.setSourceDate(QDate(2024, 3, 1));
    wizard.setFilePath(fixture(QStringLiteral("tasks-seed001.csv")));
    wizard.resize(900, 560);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    if (const QString dir = qEnvironmentVariable("JIANDU_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(wizard.grab().save(dir + QStringLiteral("/import-wizard-tasks.png")));
    QVERIFY(toCheckPage(wizard));
    QVERIFY2(!wizard.checkReport().hasErrors(), qPrintable(listedProblems(wizard).join(u'\n')));
    QVERIFY(listedProblems(wizard).filter(QStringLiteral("W: ")).isEmpty());
    QVERIFY(!listedProblems(wizard).filter(QStringLiteral("N: Row 2 · 牵头单位 · ")).isEmpty());
    QSignalSpy imported(&wizard, &Ui::ImportWizard::importFinished);
    wizard.next();
    QVERIFY(imported.wait(10000));
    QVERIFY(wizard.importReport().committed);
    QCOMPARE(wizard.importReport().inserted, 14);
    QCOMPARE(tdb.rowCount(QStringLiteral("rectification_task")), 14);
    QCOMPARE(taskDeadline(tdb, QStringLiteral("(一)1")), QDate(2023, 12, 31)); // 12月底
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("tasks"));
}

// The same plan without its 来源日期 and with a deadline nobody can date: without a source
// date 12月底 cannot be dated (warnings on the problems page); with one given in the wizard
// it is read in that year, and only the vague deadline stays a warning.
void TestImportWizard::sourceDateReadsDeadlinesWithoutYear()
{
    Test::TestDatabase tdb;
    Ui::AppContext context(tdb.db(), tdb.clock());
    QString text = readFile(fixture(QStringLiteral("tasks-seed001.csv")));
    text.replace(kTaskSource + QStringLiteral(",2023-09-19,"), kTaskSource + QStringLiteral(",,"));
    text += kTaskSource + QStringLiteral(",,(七)3,执法队伍建设亟需加强,开展执法人员轮训。,"
                                         "政策法规科,各执法科室,,视情况而定,,未启动,\n");
    const QString csv = tdb.filePath(QStringLiteral("整改任务.csv"));
    writeFile(csv, text);
    const QString vague = QStringLiteral("W: Row 16 · 整改时限 · ");
    {
        Ui::ImportWizard wizard(context, Io::Kind::Tasks);
        wizard.setFilePath(csv);
        QVERIFY(toCheckPage(wizard));
        QVERIFY(!wizard.checkReport().hasErrors());
        const QStringList warnings = listedProblems(wizard).filter(QStringLiteral("W: "));
        QVERIFY2(!warnings.filter(QStringLiteral("W: Row 2 · 整改时限 · \"12月底\"")).isEmpty(),
                 qPrintable(warnings.join(u'\n')));
        QVERIFY(warnings.size() > 2);
    }
    Ui::ImportWizard wizard(context, Io::Kind::Tasks);
    auto *edit = wizard.findChild<Ui::OptionalDateEdit *>(QStringLiteral("sourceDateEdit"));
    edit->checkBox()->setChecked(true); // as the user does it
    edit->dateEdit()->setDate(QDate(2024, 3, 1));
    wizard.setFilePath(csv);
    QVERIFY(toCheckPage(wizard));
    QVERIFY(!wizard.checkReport().hasErrors());
    const QStringList warnings = listedProblems(wizard).filter(QStringLiteral("W: "));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().startsWith(vague + QStringLiteral("\"视情况而定\"")),
             qPrintable(warnings.first()));
    const QString summary = wizard.findChild<QLabel *>(QStringLiteral("checkSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("No errors in 15 row(s)")), qPrintable(summary));
    QSignalSpy imported(&wizard, &Ui::ImportWizard::importFinished);
    wizard.next();
    QVERIFY(imported.wait(10000));
    QVERIFY(wizard.importReport().committed);
    QCOMPARE(tdb.rowCount(QStringLiteral("rectification_task")), 15);
    QCOMPARE(taskDeadline(tdb, QStringLiteral("(一)1")), QDate(2024, 12, 31));
    QCOMPARE(taskDeadline(tdb, QStringLiteral("(七)3")), std::nullopt);
    const auto activity = ActivityRepository(tdb.db()).findByName(kTaskSource);
    QCOMPARE(activity.value()->sourceDate, QDate(2024, 3, 1)); // created with the given date
}

// The check page of a file with problems; saved to $JIANDU_SCREENSHOT_DIR/import-wizard.png
// when set (docs/screenshots is refreshed that way).
void TestImportWizard::screenshot()
{
    Test::TestDatabase tdb;
    Test::addAgency(tdb.db(), kAgency);
    Ui::AppContext context(tdb.db(), tdb.clock());
    const QString csv = tdb.filePath(QStringLiteral("执法人员.csv"));
    QString bad = Test::idNumber(8);
    bad[17] = bad[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    writeFile(csv, QStringLiteral("姓名,身份证号,执法主体,人员类别,执法证号,有效期至,备注\n"
                                  "张三,%1,%2,在编,A0001,2027-12-31,\n"
                                  "李四,%3,某县不存在的局,在编,A0002,2027/13/01,\n"
                                  "王五,%4,%2,临时,A0003,2026年5月1日,调入\n")
                       .arg(Test::idNumber(7), kAgency, bad, Test::idNumber(9)));
    Ui::ImportWizard wizard(context, Io::Kind::Officers);
    wizard.resize(900, 560);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.setFilePath(csv);
    QVERIFY(toCheckPage(wizard));
    QVERIFY(wizard.checkReport().hasErrors());
    const QString dir = qEnvironmentVariable("JIANDU_SCREENSHOT_DIR");
    const QImage image = wizard.grab().toImage();
    QVERIFY(!image.isNull());
    if (!dir.isEmpty())
        QVERIFY(image.save(dir + QStringLiteral("/import-wizard.png")));
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
