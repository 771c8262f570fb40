// The printed annual report carries the audit trail's head in its footer (issue 6): cutting
// the trail's tail after the report was printed is then detectable. Read back with pdftotext.

#include "documents/annualreportdocument.h"
#include "documents/outputaudit.h"
#include "pdftext.h"
#include "report/annualreport.h"
#include "storage/audittrail.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QRegularExpression>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Documents;

class TestReportFooter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void footerNamesTheAuditHead()
    {
        Test::TestDatabase t;
        Test::addAgency(t.db(), QStringLiteral("某县司法局"));
        const QString head = AuditTrail(t.db()).headHash().value();
        const qint64 records = AuditTrail(t.db()).count().value();
        QCOMPARE(head.size(), 64);
        const QString footer = auditFooter(t.db(), QDate(2025, 1, 20));
        QVERIFY2(footer.contains(head.left(16)), qPrintable(footer));
        QVERIFY2(!footer.contains(head.mid(16, 8)), qPrintable(footer)); // only the first 16
        QVERIFY2(footer.contains(QString::number(records)), qPrintable(footer));
    }

    void everyPrintedPageCarriesTheFooter()
    {
        if (!Test::havePoppler())
            QSKIP("poppler-utils (pdftotext, pdfinfo) are not installed");
        Test::TestDatabase t;
        Test::addAgency(t.db(), QStringLiteral("某县司法局"));
        const auto report = computeAnnualReport(t.db(), 2024, std::nullopt, QDate(2024, 12, 31));
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().toString()));
        AnnualReportPrintOptions options;
        options.date = QDate(2025, 1, 20);
        options.footer = auditFooter(t.db(), options.date);
        const QString head = AuditTrail(t.db()).headHash().value();
        const QString pdf = t.filePath(QStringLiteral("report.pdf"));
        const auto pages = writeAnnualReportPdf(report.value(), options, pdf);
        QVERIFY2(pages.ok(), qPrintable(pages.ok() ? QString() : pages.error().toString()));
        const QStringList text = Test::pdfPages(pdf);
        QCOMPARE(text.size(), pages.value());
        for (const QString &page : text) {
            QString compact = page;
            compact.remove(QRegularExpression(QStringLiteral("\\s+")));
            QVERIFY2(compact.contains(head.left(16)), qPrintable(page.right(300)));
        }
    }

    void outputsAreAudited()
    {
        Test::TestDatabase t;
        const auto pages =
            audited(t.db(), Result<int>(3), AuditEntry::Action::Print, QStringLiteral("ledger"),
                    QStringLiteral("/tmp/x/ledger.pdf"), {{QStringLiteral("rows"), 7}});
        QCOMPARE(pages.value(), 3);
        AuditFilter prints;
        prints.action = AuditEntry::Action::Print;
        const auto events = AuditTrail(t.db()).search(prints, 5).value();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().recordKey, QStringLiteral("ledger"));
        QCOMPARE(events.first().after.value(QStringLiteral("file")).toString(),
                 QStringLiteral("ledger.pdf"));
        QCOMPARE(events.first().after.value(QStringLiteral("pages")).toInt(), 3);
        QCOMPARE(events.first().after.value(QStringLiteral("rows")).toInt(), 7);
        // A failed output records nothing.
        const qint64 before = AuditTrail(t.db()).count().value();
        QVERIFY(!audited(t.db(), Result<int>(Error{}), AuditEntry::Action::Print,
                         QStringLiteral("ledger"), {})
                     .ok());
        QCOMPARE(AuditTrail(t.db()).count().value(), before);
    }
};

QTEST_MAIN(TestReportFooter)
#include "tst_reportfooter.moc"
