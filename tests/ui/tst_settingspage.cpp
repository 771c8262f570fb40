// The 设置 page: thresholds and the issuing unit saved in one audited transaction.

#include "appcontext.h"
#include "pages/settingspage.h"
#include "rules/warning.h"
#include "storage/audittrail.h"
#include "storage/settingsrepository.h"
#include "support/testdatabase.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

using namespace Jiandu;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsStoredValuesAndDatabase();
    void savesThresholdsWithAudit();
    void refusesInvalidValues();
    void choosesLanguage();
    void everyFieldHasALabel();
};

void TestSettingsPage::everyFieldHasALabel()
{
    Test::TestDatabase tdb;
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::SettingsPage page(context);
    page.show();
    const QList<QFormLayout *> forms = page.findChildren<QFormLayout *>();
    QVERIFY(!forms.isEmpty());
    int fields = 0;
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *field = form->itemAt(row, QFormLayout::FieldRole);
            if (!field || !field->widget())
                continue;
            ++fields;
            auto *label = qobject_cast<QLabel *>(form->labelForField(field->widget()));
            QVERIFY2(label && !label->text().trimmed().isEmpty() && label->isVisible(),
                     qPrintable(field->widget()->objectName() + QStringLiteral(" has no visible label")));
        }
    }
    QVERIFY(fields >= 7);
}

void TestSettingsPage::showsStoredValuesAndDatabase()
{
    Test::TestDatabase tdb;
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::SettingsPage page(context);
    const Rules::RuleSettings defaults = Rules::RuleSettings::load(tdb.db());
    QCOMPARE(page.findChild<QSpinBox *>(QStringLiteral("expiringDaysSpin"))->value(),
             defaults.certExpiringDays);
    QCOMPARE(page.findChild<QDoubleSpinBox *>(QStringLiteral("trainingHoursSpin"))->value(),
             defaults.trainingHoursMinimum);
    QCOMPARE(page.findChild<QDoubleSpinBox *>(QStringLiteral("reviewerPercentSpin"))->value(),
             defaults.reviewerRatio * 100);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("databasePathLabel"))->text(),
             QDir::toNativeSeparators(tdb.path()));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("schemaVersionLabel"))->text(),
             QString::number(Database::currentSchemaVersion()));
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
}

void TestSettingsPage::savesThresholdsWithAudit()
{
    Test::TestDatabase tdb;
    Ui::AppContext context(tdb.db(), tdb.clock());
    QSignalSpy changed(&context, &Ui::AppContext::dataChanged);
    Ui::SettingsPage page(context);
    const qint64 auditBefore = AuditTrail(tdb.db()).count().value();

    page.findChild<QLineEdit *>(QStringLiteral("officeNameEdit"))->setText(QStringLiteral("某县司法局"));
    page.findChild<QSpinBox *>(QStringLiteral("expiringDaysSpin"))->setValue(45);
    page.findChild<QDoubleSpinBox *>(QStringLiteral("trainingHoursSpin"))->setValue(40.5);
    page.findChild<QDoubleSpinBox *>(QStringLiteral("reviewerPercentSpin"))->setValue(10);
    auto *save = page.findChild<QPushButton *>(QStringLiteral("saveButton"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    tdb.reopen(); // what was committed
    const Rules::RuleSettings stored = Rules::RuleSettings::load(tdb.db());
    QCOMPARE(stored.certExpiringDays, 45);
    QCOMPARE(stored.trainingHoursMinimum, 40.5);
    QVERIFY(qAbs(stored.reviewerRatio - 0.10) < 1e-9);
    QCOMPARE(SettingsRepository(tdb.db()).value(Ui::SettingsPage::officeNameKey()),
             QStringLiteral("某县司法局"));

    AuditTrail audit(tdb.db());
    QVERIFY(audit.count().value() >= auditBefore + 4); // name and three thresholds
    const auto history =
        audit.history(QStringLiteral("setting"), Ui::SettingsPage::officeNameKey());
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->at(0).actor, QStringLiteral("tester"));
    QCOMPARE(history->at(0).after.value(QStringLiteral("value")).toString(),
             QStringLiteral("某县司法局"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!save->isEnabled());
}

void TestSettingsPage::refusesInvalidValues()
{
    Test::TestDatabase tdb;
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::SettingsPage page(context);
    const qint64 auditBefore = AuditTrail(tdb.db()).count().value();
    page.findChild<QSpinBox *>(QStringLiteral("expiringDaysSpin"))->setValue(60);
    page.findChild<QDoubleSpinBox *>(QStringLiteral("trainingHoursSpin"))->setValue(0);
    QVERIFY(!page.validate().isEmpty());
    QVERIFY(!page.save());
    const QString message = page.findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
    QVERIFY2(message.contains(QStringLiteral("class hours")), qPrintable(message));
    // Nothing at all was written: not even the valid value next to the wrong one.
    QCOMPARE(Rules::RuleSettings::load(tdb.db()).certExpiringDays,
             Rules::RuleSettings{}.certExpiringDays);
    QCOMPARE(AuditTrail(tdb.db()).count().value(), auditBefore);

    page.findChild<QDoubleSpinBox *>(QStringLiteral("trainingHoursSpin"))->setValue(60);
    QVERIFY(page.save());
    QCOMPARE(Rules::RuleSettings::load(tdb.db()).certExpiringDays, 60);
}

void TestSettingsPage::choosesLanguage()
{
    Test::TestDatabase tdb;
    Ui::AppContext context(tdb.db(), tdb.clock());
    QSettings().setValue(Ui::SettingsPage::languageKey(), QStringLiteral("zh_CN"));
    Ui::SettingsPage page(context);
    QSignalSpy language(&page, &Ui::SettingsPage::languageChanged);
    auto *combo = page.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("zh_CN"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("en")));
    QCOMPARE(language.count(), 1);
    QCOMPARE(language.at(0).at(0).toString(), QStringLiteral("en"));
    QCOMPARE(QSettings().value(Ui::SettingsPage::languageKey()).toString(), QStringLiteral("en"));
    // English is the source text: the page reads in English after the switch.
    QCOMPARE(page.findChild<QPushButton *>(QStringLiteral("saveButton"))->text(),
             QStringLiteral("Save"));
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
