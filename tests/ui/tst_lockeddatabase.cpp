// The start-up questions of guard rails (ui/dialogs/lockeddatabase): a database another
// window holds (who, since when; open read-only or quit) and the warnings of Database::open
// shown once. Real message boxes, answered by clicking their buttons.

#include "dialoghook.h"
#include "dialogs/lockeddatabase.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QPushButton>
#include <QtTest>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

const Error kHeld{Error::Code::Conflict,
                  u"The database is already open: opened by 张三 on PC-01 since 2026-12-04 09:12."_s,
                  u"/srv/office/jiandu.sqlite"_s};

void clickButton(const QString &name, QString *seenText = nullptr)
{
    Test::answerNextDialog<QMessageBox>([name, seenText](QMessageBox *box) {
        if (seenText)
            *seenText = box->text();
        auto *button = box->findChild<QAbstractButton *>(name);
        if (button)
            button->click();
        else
            box->reject();
    });
}

} // namespace

class TestLockedDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysWhoHoldsItAndOpensReadOnly()
    {
        QString text;
        clickButton(u"openReadOnly"_s, &text);
        QVERIFY(Ui::askOpenReadOnly(kHeld));
        QCOMPARE(text, kHeld.message);
    }

    void quitIsTheDefaultAnswer()
    {
        clickButton(u"quit"_s);
        QVERIFY(!Ui::askOpenReadOnly(kHeld));
        // Closing the box (Esc) quits too.
        Test::answerNextDialog<QMessageBox>([](QMessageBox *box) {
            QCOMPARE(box->defaultButton()->objectName(), u"quit"_s);
            box->reject();
        });
        QVERIFY(!Ui::askOpenReadOnly(kHeld));
    }

    void warningsAreShownOnceTogether()
    {
        QString text;
        Test::answerNextDialog<QMessageBox>([&text](QMessageBox *box) {
            text = box->text();
            box->accept();
        });
        Ui::showOpenWarnings({u"first"_s, u"second"_s});
        QCOMPARE(text, u"first\n\nsecond"_s);
        // Nothing to say: no box (an unanswered one would block here).
        Ui::showOpenWarnings({});
    }
};

QTEST_MAIN(TestLockedDatabase)
#include "tst_lockeddatabase.moc"
