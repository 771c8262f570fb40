// The rectification ledger (整改台账) printed to real PDFs and read back with pdftotext/pdfinfo.

#include "documents/ledgerdocument.h"
#include "documents/pdftext.h"

#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Jiandu;
using namespace Jiandu::Documents;

namespace {

const QStringList kHeaders{
    QStringLiteral("序号"),     QStringLiteral("存在问题"), QStringLiteral("整改措施"),
    QStringLiteral("牵头单位"), QStringLiteral("责任单位"), QStringLiteral("整改时限"),
    QStringLiteral("进展情况"), QStringLiteral("完成情况"), QStringLiteral("备注")};

// Phrases of a real rectification plan, with the ideographs Noto CJK would turn into
// Kangxi radicals (人 一 生 工 门 大 日).
const QStringList kPhrases{
    QStringLiteral("个别领导干部对法治建设存在模糊认识"),
    QStringLiteral("推动工作仍停留在喊口号作表态"),
    QStringLiteral("部分执法人员对重大行政决策法定程序不了解不熟悉"),
    QStringLiteral("行政执法三项制度落实不到位"),
    QStringLiteral("执法案卷中调查询问笔录记载不完整"),
    QStringLiteral("一些执法部门日常监管主动监管缺失"),
    QStringLiteral("人民群众对行政执法的满意度有待提升"),
    QStringLiteral("门户网站行政执法公示信息更新不及时"),
    QStringLiteral("大队执法记录仪使用率偏低"),
    QStringLiteral("生态环境领域处罚裁量基准未细化"),
};

QString longText(int seed, int sentences, const QString &end)
{
    QString s;
    for (int i = 0; i < sentences; ++i)
        s += kPhrases.at((seed + i * 3) % kPhrases.size()) +
             (i + 1 < sentences ? QStringLiteral("，") : QString());
    return s + end;
}

LedgerData sample(int rows)
{
    LedgerData data;
    data.title = QStringLiteral("整改台账");
    data.issuingUnit = QStringLiteral("清河县司法局");
    data.printDate = QDate(2025, 3, 1);
    data.subtitle = QStringLiteral("2024年度驻站式执法监督反馈问题整改");
    for (int i = 1; i <= rows; ++i) {
        LedgerRow r;
        r.seq = QString::number(i);
        // Every problem ends in a marker of its own: the end of a wrapped text is what a cut
        // would lose.
        r.problem = longText(i, 1 + i % 9, QStringLiteral("（问题%1止）").arg(i));
        r.measures = QStringLiteral("1.") + longText(i + 1, 2 + i % 5, QStringLiteral("。")) +
                     QLatin1Char('\n') + QStringLiteral("2.") +
                     longText(i + 2, 1 + i % 4, QStringLiteral("（措施%1止）").arg(i));
        r.leadUnit = QStringLiteral("政策法规科");
        r.responsibleUnits =
            i % 2 ? QStringLiteral("局机关各科室、各执法大队") : QStringLiteral("各执法科室");
        r.deadline = i % 3 ? QStringLiteral("2025年12月底前") : QStringLiteral("长期坚持");
        r.progress = longText(i + 4, i % 4, QStringLiteral("（进展%1）").arg(i));
        r.completion =
            i % 4 == 0 ? QStringLiteral("已销号（2025年3月1日）") : QStringLiteral("整改中 60%");
        r.remark = i % 10 == 0 ? QStringLiteral("需持续跟踪") : QString();
        data.rows << r;
    }
    return data;
}

QString stripped(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

QString rawText(const QString &pdf)
{
    return Test::runTool(QStringLiteral("pdftotext"),
                         {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
}

} // namespace

class TestLedgerDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LedgerData m_data = sample(120);
    QString m_pdf;
    int m_pages = 0;

private Q_SLOTS:
    void initTestCase();
    void printsLandscapeA4();
    void nothingIsCut();
    void headerAndPageNumbersOnEveryPage();
    void firstPageNamesTitleUnitAndDate();
    void textLayerHasRealIdeographs();
    void rowTallerThanAPageContinues();
    void progressCountsAndCancelWritesNoFile();
    void emptyLedgerIsOnePage();
    void printsThroughQPrinter();
};

void TestLedgerDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("JIANDU_KEEP_TEST_FILES")) {
        m_dir.setAutoRemove(false);
        qInfo("files in %s", qPrintable(m_dir.path()));
    }
    if (!Test::havePoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    m_pdf = m_dir.filePath(QStringLiteral("ledger.pdf"));
    auto pages = writeLedgerPdf(m_data, m_pdf);
    QVERIFY2(pages, pages ? "" : qPrintable(pages.error().toString()));
    m_pages = pages.value();
    QVERIFY(m_pages >= 5);
}

void TestLedgerDocument::printsLandscapeA4()
{
    const QString info = Test::pdfInfo(m_pdf);
    QVERIFY2(info.contains(QRegularExpression(
                 QStringLiteral("Page size:\\s+(841\\.89|842) x 595(\\.\\d+)? pts"))),
             qPrintable(info));
    QVERIFY(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(m_pages))));
    QVERIFY(info.contains(QStringLiteral("整改台账")));
}

void TestLedgerDocument::nothingIsCut()
{
    // In content-stream order each cell's lines follow one another: with the line breaks
    // removed, every whole text must be there, ends included.
    const QString raw = stripped(rawText(m_pdf));
    for (const LedgerRow &r : std::as_const(m_data.rows)) {
        QVERIFY2(raw.contains(stripped(r.problem)), qPrintable(r.problem));
        QVERIFY2(raw.contains(stripped(r.measures)), qPrintable(r.measures));
        QVERIFY2(raw.contains(stripped(r.progress)), qPrintable(r.progress));
    }
    // Every seq once, in order, at the left of a line of the layout.
    const QString layout = Test::pdfPages(m_pdf).join(QLatin1Char('\n'));
    QRegularExpression seqAtLeft(QStringLiteral("(?m)^\\s{0,8}(\\d{1,3})\\s"));
    QList<int> seqs;
    for (auto it = seqAtLeft.globalMatch(layout); it.hasNext();)
        seqs << it.next().captured(1).toInt();
    QCOMPARE(seqs.size(), m_data.rows.size());
    for (int i = 0; i < seqs.size(); ++i)
        QCOMPARE(seqs.at(i), i + 1);
}

void TestLedgerDocument::headerAndPageNumbersOnEveryPage()
{
    const QStringList pages = Test::pdfPages(m_pdf);
    QCOMPARE(pages.size(), m_pages);
    for (int i = 0; i < pages.size(); ++i) {
        for (const QString &h : kHeaders)
            QVERIFY2(pages.at(i).contains(h),
                     qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(h)));
        QVERIFY2(pages.at(i).contains(QStringLiteral("第 %1 页 共 %2 页").arg(i + 1).arg(m_pages)),
                 qPrintable(pages.at(i)));
    }
}

void TestLedgerDocument::firstPageNamesTitleUnitAndDate()
{
    const QStringList pages = Test::pdfPages(m_pdf);
    QVERIFY(pages.at(0).contains(QStringLiteral("整改台账")));
    QVERIFY(pages.at(0).contains(QStringLiteral("填报单位：清河县司法局")));
    QVERIFY(pages.at(0).contains(QStringLiteral("打印日期：2025年3月1日")));
    QVERIFY(pages.at(0).contains(m_data.subtitle));
    QVERIFY(!pages.at(1).contains(QStringLiteral("填报单位")));
}

void TestLedgerDocument::textLayerHasRealIdeographs()
{
    const QString text = Test::pdfPages(m_pdf).join(QLatin1Char('\n'));
    QCOMPARE(Test::radicalsIn(text), QString());
    QCOMPARE(Test::radicalsIn(rawText(m_pdf)), QString());
    for (const QString &word :
         {QStringLiteral("人民群众"), QStringLiteral("一些执法部门"), QStringLiteral("门户网站"),
          QStringLiteral("大队"), QStringLiteral("生态环境"),
          QStringLiteral("已销号（2025年3月1日）")})
        QVERIFY2(stripped(rawText(m_pdf)).contains(word), qPrintable(word));
}

void TestLedgerDocument::rowTallerThanAPageContinues()
{
    LedgerData data = sample(6);
    LedgerRow &giant = data.rows[3];
    giant.problem.clear();
    for (int i = 1; i <= 260; ++i)
        giant.problem += QStringLiteral("第%1条").arg(i) + kPhrases.at(i % kPhrases.size()) +
                         QStringLiteral("。");
    giant.problem += QStringLiteral("（超长问题止）");
    giant.measures = QStringLiteral("限期整改");
    giant.progress = QStringLiteral("已部署");
    giant.remark.clear();
    const QString pdf = m_dir.filePath(QStringLiteral("giant.pdf"));
    auto pages = writeLedgerPdf(data, pdf);
    QVERIFY(pages);
    QVERIFY(pages.value() >= 3);
    const QStringList text = Test::pdfPages(pdf);
    QCOMPARE(text.size(), pages.value());
    for (int i = 0; i < text.size(); ++i)
        for (const QString &h : kHeaders)
            QVERIFY2(text.at(i).contains(h), qPrintable(QStringLiteral("page %1").arg(i + 1)));
    // The parts of the giant cell, read in order with the pages' furniture and the row's
    // other cells taken out, give back the whole text: nothing lost at the page breaks.
    QString raw = stripped(rawText(pdf));
    raw.remove(QRegularExpression(QStringLiteral("第\\d+页共\\d+页")));
    // Each following part names its row: 序号 and 续.
    QVERIFY(raw.count(QStringLiteral("4续")) >= pages.value() - 4); // all but the first part
    raw.remove(QStringLiteral("4续"));
    raw.remove(kHeaders.join(QString()));
    for (const QString &cell : {giant.measures, giant.leadUnit, giant.responsibleUnits,
                                giant.deadline, giant.progress, giant.completion})
        raw.remove(stripped(cell));
    QVERIFY(raw.contains(stripped(giant.problem)));
    // The rows around it are whole.
    QVERIFY(raw.contains(stripped(data.rows.at(2).problem)));
    QVERIFY(raw.contains(stripped(data.rows.at(4).problem)));
}

void TestLedgerDocument::progressCountsAndCancelWritesNoFile()
{
    const LedgerData data = sample(40);
    QList<std::pair<int, int>> calls;
    const QString pdf = m_dir.filePath(QStringLiteral("progress.pdf"));
    auto pages = writeLedgerPdf(data, pdf, [&](int done, int total) {
        calls << std::pair{done, total};
        return true;
    });
    QVERIFY(pages);
    QVERIFY(QFile::exists(pdf));
    QCOMPARE(calls.size(), 40 + pages.value()); // each row laid out, each page painted
    QCOMPARE(calls.constLast(), std::pair(80, 80));
    for (int i = 1; i < calls.size(); ++i)
        QVERIFY(calls.at(i).first >= calls.at(i - 1).first);

    // Cancelled while laying out, then while painting: an error, and no file at all.
    for (const int stopAt : {10, 42}) {
        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled-%1.pdf").arg(stopAt));
        auto r = writeLedgerPdf(data, cancelled, [&](int done, int) { return done < stopAt; });
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Usage);
        QVERIFY(!QFile::exists(cancelled));
    }
    QCOMPARE(
        QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden),
        QStringList());
}

void TestLedgerDocument::emptyLedgerIsOnePage()
{
    LedgerData data = sample(0);
    data.title.clear(); // the default title
    const QString pdf = m_dir.filePath(QStringLiteral("empty.pdf"));
    auto pages = writeLedgerPdf(data, pdf);
    QVERIFY(pages);
    QCOMPARE(pages.value(), 1);
    const QStringList text = Test::pdfPages(pdf);
    QCOMPARE(text.size(), 1);
    QVERIFY(text.at(0).contains(QStringLiteral("整改台账")));
    QVERIFY(text.at(0).contains(QStringLiteral("第 1 页 共 1 页")));
    QVERIFY(text.at(0).contains(QStringLiteral("没有符合条件的整改任务")));
}

void TestLedgerDocument::printsThroughQPrinter()
{
    // The GUI's printer path: a portrait printer is turned landscape.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageOrientation(QPageLayout::Portrait);
    const QString pdf = m_dir.filePath(QStringLiteral("printer.pdf"));
    printer.setOutputFileName(pdf);
    auto pages = printLedger(m_data, printer);
    QVERIFY(pages);
    const int written = pages.value(); // the printer's resolution may move a line break
    QVERIFY2(qAbs(written - m_pages) <= 1,
             qPrintable(QStringLiteral("%1 vs %2").arg(written).arg(m_pages)));
    QVERIFY(Test::pdfInfo(pdf).contains(
        QRegularExpression(QStringLiteral("Page size:\\s+(841\\.89|842) x 595"))));
    const QStringList text = Test::pdfPages(pdf);
    QCOMPARE(text.size(), written);
    QVERIFY(text.constLast().contains(QStringLiteral("第 %1 页 共 %1 页").arg(written)));
    // Cancelled on the printer while painting (the GUI's Cancel): an error, and no crash.
    QPrinter cancelled(QPrinter::HighResolution);
    cancelled.setOutputFormat(QPrinter::PdfFormat);
    cancelled.setOutputFileName(m_dir.filePath(QStringLiteral("printer-cancelled.pdf")));
    const int rows = int(m_data.rows.size());
    auto stopped = printLedger(m_data, cancelled, [&](int done, int) { return done < rows + 3; });
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().code, Error::Code::Usage);
}

QTEST_MAIN(TestLedgerDocument)
#include "tst_ledgerdocument.moc"
