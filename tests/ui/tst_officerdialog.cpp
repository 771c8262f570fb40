// The officer dialog on a real database: validation that explains, one transaction for the
// officer and its records, audit rows with before/after.

#include "appcontext.h"
#include "dialogs/officerdialog.h"
#include "dialogs/recordeditors.h"
#include "domain/identity.h"
#include "storage/audittrail.h"
#include "storage/officerrepository.h"
#include "storage/trainingrepository.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"
#include "widgets/optionaldateedit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Ui;

class TstOfficerDialog : public QObject
{
    Q_OBJECT

private:
    template <typename W> static W *child(QObject *parent, const char *name)
    {
        auto *w = parent->findChild<W *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    static void fillBasic(OfficerDialog &dialog, const QString &name, const QString &idNumber)
    {
        child<QLineEdit>(&dialog, "nameEdit")->setText(name); // keyClicks types ASCII only
        QTest::keyClicks(child<QLineEdit>(&dialog, "idNumberEdit"), idNumber);
        child<QComboBox>(&dialog, "agencyCombo")->setCurrentIndex(0);
    }

private Q_SLOTS:
    void invalidIdentityNumberExplainsAndSavesNothing()
    {
        Test::TestDatabase tdb;
        Test::addAgency(tdb.db(), QStringLiteral("县市场监督管理局"));
        AppContext context(tdb.db(), tdb.clock());
        OfficerDialog dialog(context, 0);
        dialog.show();
        QString wrong = Test::idNumber(3);
        wrong[17] =
            wrong[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1'); // bad check digit
        fillBasic(dialog, QStringLiteral("李四"), wrong);
        auto *problem = child<QLabel>(&dialog, "idNumberProblem");
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), Identity::validateIdNumber(wrong));
        QVERIFY(!problem->text().isEmpty());

        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QVERIFY(dialog.isVisible()); // OK refused
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(tdb.rowCount(QStringLiteral("officer")), 0);
        QVERIFY(child<QLabel>(&dialog, "saveError")->isVisible());

        // Correcting the number clears the explanation as the user types.
        auto *edit = child<QLineEdit>(&dialog, "idNumberEdit");
        edit->clear();
        QTest::keyClicks(edit, Test::idNumber(3));
        QVERIFY(!problem->isVisible());
    }

    void newOfficerWithCertificateSavesBothWithAudit()
    {
        Test::TestDatabase tdb;
        const qint64 agency = Test::addAgency(tdb.db(), QStringLiteral("县生态环境局"));
        AppContext context(tdb.db(), tdb.clock());
        QSignalSpy changed(&context, &AppContext::dataChanged);
        OfficerDialog dialog(context, 0, nullptr, agency);
        dialog.show();
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("王五"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "idNumberEdit"), Test::idNumber(5));
        QCOMPARE(child<QComboBox>(&dialog, "agencyCombo")->currentData().toLongLong(), agency);

        // Add a certificate through its editor, as a user does.
        auto *certTab = child<QTableWidget>(&dialog, "certificateTable")->parentWidget();
        QTest::mouseClick(child<QPushButton>(certTab, "addButton"), Qt::LeftButton);
        auto *editor = dialog.findChild<CertificateEditor *>();
        QVERIFY(editor);
        QVERIFY(editor->isVisible());
        editor->accept(); // no number yet: refused with an explanation
        QVERIFY(editor->isVisible());
        QVERIFY(child<QLabel>(editor, "problemLabel")->isVisible());
        QTest::keyClicks(child<QLineEdit>(editor, "numberEdit"), QStringLiteral("ZF-2025-001"));
        child<OptionalDateEdit>(editor, "expiresEdit")->setDate(QDate(2029, 12, 31));
        editor->accept();
        QCOMPARE(dialog.certificateCount(), 1);
        QCOMPARE(child<QTableWidget>(&dialog, "certificateTable")->item(0, 0)->text(),
                 QStringLiteral("ZF-2025-001"));

        QVERIFY(dialog.save());
        QVERIFY(dialog.officerId() > 0);
        QCOMPARE(tdb.rowCount(QStringLiteral("officer")), 1);
        QCOMPARE(tdb.rowCount(QStringLiteral("certificate")), 1);
        auto certs = OfficerRepository(tdb.db()).certificates(dialog.officerId());
        QVERIFY(certs.ok());
        QCOMPARE(certs->first().expiresOn, QDate(2029, 12, 31));
        AuditTrail audit(tdb.db());
        auto officerHistory = audit.history(QStringLiteral("officer"), Test::idNumber(5));
        QVERIFY(officerHistory.ok());
        QCOMPARE(officerHistory->size(), 1);
        QCOMPARE(officerHistory->first().action, AuditEntry::Action::Insert);
        QCOMPARE(
            audit.history(QStringLiteral("certificate"), QStringLiteral("ZF-2025-001"))->size(), 1);
        QCOMPARE(changed.count(), 1);
        // Saving again writes nothing new (no duplicate certificate, no empty audit row).
        const qint64 auditRows = tdb.rowCount(QStringLiteral("audit_log"));
        QVERIFY(dialog.save());
        QCOMPARE(tdb.rowCount(QStringLiteral("certificate")), 1);
        QCOMPARE(tdb.rowCount(QStringLiteral("audit_log")), auditRows);
    }

    void editRecordsBeforeAndAfter()
    {
        Test::TestDatabase tdb;
        const qint64 agency = Test::addAgency(tdb.db(), QStringLiteral("县交通运输局"));
        Test::OfficerSpec spec;
        spec.name = QStringLiteral("赵六");
        spec.n = 6;
        spec.certNumber = QStringLiteral("ZF-6");
        const qint64 id = Test::addOfficer(tdb.db(), agency, spec);
        Test::addTraining(tdb.db(), id, QDate(2024, 5, 1), 40);
        Test::addTraining(tdb.db(), id, QDate(2024, 9, 1), 8, TrainingKind::Political);
        AppContext context(tdb.db(), tdb.clock());
        OfficerDialog dialog(context, id);
        dialog.show();
        QCOMPARE(child<QLineEdit>(&dialog, "idNumberEdit")->text(),
                 Test::idNumber(6)); // in full here
        QCOMPARE(dialog.trainingCount(), 2);
        // 政治理论 does not count towards the legal training hours.
        QVERIFY(
            child<QLabel>(&dialog, "trainingTotals")->text().contains(QStringLiteral("2024: 40")));

        auto *status = child<QComboBox>(&dialog, "statusCombo");
        status->setCurrentIndex(status->findData(Vocab::code(OfficerStatus::Retired)));
        auto *phone = child<QLineEdit>(&dialog, "phoneEdit");
        QTest::keyClicks(phone, QStringLiteral("13800138000"));
        Assessment a;
        a.year = 2024;
        a.result = AssessmentResult::Excellent;
        dialog.addAssessment(a);
        QVERIFY(dialog.save());

        auto saved = OfficerRepository(tdb.db()).find(id);
        QCOMPARE((*saved)->status, OfficerStatus::Retired);
        QCOMPARE((*saved)->phone, QStringLiteral("13800138000"));
        QCOMPARE(TrainingRepository(tdb.db()).assessments(id)->size(), 1);
        auto history = AuditTrail(tdb.db()).history(QStringLiteral("officer"), Test::idNumber(6));
        QCOMPARE(history->size(), 2);
        const AuditEntry &update = history->last();
        QCOMPARE(update.action, AuditEntry::Action::Update);
        QCOMPARE(update.before.value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
        QCOMPARE(update.after.value(QStringLiteral("status")).toString(),
                 QStringLiteral("retired"));
        QCOMPARE(update.actor, QStringLiteral("tester"));
        // The history tab shows it.
        auto *historyTable = child<QTableWidget>(&dialog, "historyTable");
        QVERIFY(historyTable->rowCount() >= 3); // officer insert + update, certificate insert
    }

    void trainingEditorExplainsAndTotalsUpdate()
    {
        Test::TestDatabase tdb;
        const qint64 agency = Test::addAgency(tdb.db(), QStringLiteral("县文化和旅游局"));
        Test::OfficerSpec spec;
        spec.n = 12;
        const qint64 id = Test::addOfficer(tdb.db(), agency, spec);
        AppContext context(tdb.db(), tdb.clock());
        OfficerDialog dialog(context, id);
        dialog.show();
        auto *tab = child<QTableWidget>(&dialog, "trainingTable")->parentWidget();
        QTest::mouseClick(child<QPushButton>(tab, "addButton"), Qt::LeftButton);
        auto *editor = dialog.findChild<TrainingEditor *>();
        QVERIFY(editor);
        QTest::keyClicks(child<QLineEdit>(editor, "titleEdit"), QStringLiteral("law update"));
        editor->accept(); // neither hours nor minutes
        QVERIFY(editor->isVisible());
        QCOMPARE(child<QLabel>(editor, "problemLabel")->text(),
                 TrainingEditor::tr("Give the class hours or the duration in minutes."));
        QTest::keyClicks(child<QLineEdit>(editor, "hoursEdit"), QStringLiteral("abc"));
        editor->accept();
        QVERIFY(editor->isVisible());
        child<QLineEdit>(editor, "hoursEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(editor, "minutesEdit"),
                         QStringLiteral("90")); // 2 class hours
        editor->accept();
        QCOMPARE(dialog.trainingCount(), 1);
        QVERIFY(
            child<QLabel>(&dialog, "trainingTotals")->text().contains(QStringLiteral("2025: 2")));
        QVERIFY(dialog.save());
        auto trainings = TrainingRepository(tdb.db()).trainings(id);
        QCOMPARE(trainings->size(), 1);
        QCOMPARE(trainings->first().minutes, std::optional(90));
        QCOMPARE(trainings->first().date, QDate(2025, 3, 1)); // the clock's today
    }

    void repositoryErrorWritesNothing()
    {
        Test::TestDatabase tdb;
        const qint64 agency = Test::addAgency(tdb.db(), QStringLiteral("县农业农村局"));
        Test::OfficerSpec other;
        other.n = 9;
        other.certNumber = QStringLiteral("ZF-TAKEN");
        Test::addOfficer(tdb.db(), agency, other);
        const qint64 officers = tdb.rowCount(QStringLiteral("officer"));
        const qint64 auditRows = tdb.rowCount(QStringLiteral("audit_log"));

        AppContext context(tdb.db(), tdb.clock());
        OfficerDialog dialog(context, 0, nullptr, agency);
        dialog.show();
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("钱七"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "idNumberEdit"), Test::idNumber(10));
        Certificate c;
        c.number = QStringLiteral("ZF-TAKEN"); // held by another officer: the repository refuses
        c.issuedOn = QDate(2023, 1, 1);
        dialog.addCertificate(c);
        QVERIFY(!dialog.save());
        QCOMPARE(tdb.rowCount(QStringLiteral("officer")), officers);
        QCOMPARE(tdb.rowCount(QStringLiteral("audit_log")), auditRows);
        QCOMPARE(dialog.officerId(), 0);
        auto *error = child<QLabel>(&dialog, "saveError");
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(QStringLiteral("ZF-TAKEN")));

        // A duplicate identity number is shown under its field.
        auto *idEdit = child<QLineEdit>(&dialog, "idNumberEdit");
        idEdit->setText(Test::idNumber(9));
        QVERIFY(!dialog.save());
        QVERIFY(child<QLabel>(&dialog, "idNumberProblem")->isVisible());
        QCOMPARE(tdb.rowCount(QStringLiteral("officer")), officers);
    }
};

QTEST_MAIN(TstOfficerDialog)
#include "tst_officerdialog.moc"
