// The 设置 page: thresholds and the issuing unit saved in one audited transaction.

#include "appcontext.h"
#include "pages/settingspage.h"
#include "rules/warning.h"
#include "storage/audittrail.h"
#include "storage/calendarrepository.h"
#include "storage/settingsrepository.h"
#include "support/testdatabase.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>
#include <QWheelEvent>

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
    void savesCaseRuleSettings();
    void calendarEditorAddsDaysAndCompletesAYear();
    void wheelScrollsThePageNotAnUnfocusedValue();
};

void TestSettingsPage::savesCaseRuleSettings()
{
    Test::TestDatabase tdb;
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::SettingsPage page(context);
    auto *penalty = page.findChild<QSpinBox *>(QStringLiteral("statutoryDaysSpin_penalty"));
    auto *licence = page.findChild<QSpinBox *>(QStringLiteral("statutoryDaysSpin_licence"));
    QVERIFY(penalty && licence);
    QCOMPARE(penalty->value(), 90);
    QCOMPARE(licence->value(), 0); // none
    QCOMPARE(page.findChild<QSpinBox *>(QStringLiteral("publicityMainSpin"))->value(), 7);
    page.findChild<QSpinBox *>(QStringLiteral("publicityOtherSpin"))->setValue(15);
    page.findChild<QSpinBox *>(QStringLiteral("publicityDueSpin"))->setValue(5);
    licence->setValue(20);
    penalty->setValue(0);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    tdb.reopen();
    const Rules::RuleSettings stored = Rules::RuleSettings::load(tdb.db());
    QCOMPARE(stored.publicityDaysMain, 7);
    QCOMPARE(stored.publicityDaysOther, 15);
    QCOMPARE(stored.publicityDueDays, 5);
    QCOMPARE(stored.statutoryDays, (QMap<CaseKind, int>{{CaseKind::Licence, 20}}));
}

// Scrolling the settings with the wheel must not change a threshold that happens to be under
// the mouse; a focused field still takes the wheel.
void TestSettingsPage::wheelScrollsThePageNotAnUnfocusedValue()
{
    Test::TestDatabase t;
    Ui::AppContext context(t.db(), t.clock());
    Ui::SettingsPage page(context);
    page.resize(800, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *due = page.findChild<QSpinBox *>(QStringLiteral("publicityDueSpin"));
    QVERIFY(due);
    const int before = due->value();
    const auto wheel = [due](int delta) {
        const QPointF at(due->width() / 2.0, due->height() / 2.0);
        QWheelEvent event(at, due->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(due, &event);
    };
    wheel(-120);
    QCOMPARE(due->value(), before);
    due->setFocus();
    QTRY_VERIFY(due->hasFocus());
    wheel(120);
    QCOMPARE(due->value(), before + 1);
}

void TestSettingsPage::calendarEditorAddsDaysAndCompletesAYear()
{
    Test::TestDatabase tdb;
    Ui::AppContext context(tdb.db(), tdb.clock());
    Ui::SettingsPage page(context);
    page.show();
    auto *year = page.findChild<QSpinBox *>(QStringLiteral("calendarYearSpin"));
    auto *status = page.findChild<QLabel *>(QStringLiteral("calendarStatusLabel"));
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("calendarDaysTable"));
    auto *add = page.findChild<QPushButton *>(QStringLiteral("calendarAddButton"));
    auto *remove = page.findChild<QPushButton *>(QStringLiteral("calendarRemoveButton"));
    auto *complete = page.findChild<QPushButton *>(QStringLiteral("calendarCompleteButton"));
    QVERIFY(year && status && table && add && remove && complete);

    // A shipped year: listed, read-only, complete.
    year->setValue(2024);
    QVERIFY(status->text().contains(QStringLiteral("shipped")));
    QVERIFY(table->rowCount() > 20);
    table->selectRow(0);
    QVERIFY(!remove->isEnabled());
    QVERIFY(!complete->isEnabled());

    // A year without data is marked; the user enters two days and completes it.
    year->setValue(2027);
    QVERIFY(status->text().contains(QStringLiteral("no calendar data")));
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!add->isEnabled()); // no festival name yet
    // Text is set, not typed: QTest::keyClicks cannot type Chinese.
    const auto line = [&page](const char *name) {
        return page.findChild<QLineEdit *>(QString::fromLatin1(name));
    };
    page.findChild<QDateEdit *>(QStringLiteral("calendarDateEdit"))->setDate(QDate(2027, 1, 1));
    line("calendarNameEdit")->setText(QStringLiteral("元旦"));
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    page.findChild<QDateEdit *>(QStringLiteral("calendarDateEdit"))->setDate(QDate(2027, 2, 7));
    auto *kind = page.findChild<QComboBox *>(QStringLiteral("calendarKindCombo"));
    kind->setCurrentIndex(1); // make-up working day
    line("calendarNameEdit")->setText(QStringLiteral("春节"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("春节"));
    table->selectRow(0);
    QVERIFY(remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);

    line("calendarNoticeEdit")->setText(QStringLiteral("国办发明电〔2026〕7号"));
    QVERIFY(complete->isEnabled());
    QTest::mouseClick(complete, Qt::LeftButton);
    QVERIFY(status->text().contains(QStringLiteral("entered by the user")));

    const auto cal = CalendarRepository(tdb.db()).load();
    QVERIFY(cal && cal->hasYear(2027));
    QCOMPARE(cal->notices(2027), QStringList{QStringLiteral("国办发明电〔2026〕7号")});
    QCOMPARE(cal->entry(QDate(2027, 2, 7))->off, false);
    QVERIFY(!cal->entry(QDate(2027, 1, 1)));
    QVERIFY(AuditTrail(tdb.db()).count().value() >= 4); // two adds, a removal, the year
}

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
                     qPrintable(field->widget()->objectName() +
                                QStringLiteral(" has no visible label")));
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

    page.findChild<QLineEdit *>(QStringLiteral("officeNameEdit"))
        ->setText(QStringLiteral("某县司法局"));
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
