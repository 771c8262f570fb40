// A supervision document in the GB/T 9704-2012 format, printed to a real PDF and measured
// with pdftotext -bbox-layout: page size, text block, line pitch, characters per line.

#include "documents/fonts.h"
#include "documents/officialdocument.h"
#include "documents/pdftext.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <cmath>

using namespace Jiandu;
using namespace Jiandu::Documents;

namespace {

constexpr double kPt = 72.0 / 25.4; // points per millimetre
constexpr double kPitch = 225.0 / 22 * kPt;

const QString kIntro = QStringLiteral(
    "根据《清河县行政执法监督办法》和县政府年度行政执法监督工作安排，县司法局于二〇二四年十一月对你"
    "局"
    "行政执法工作开展了专项监督检查，通过查阅案卷、实地察看、个别谈话等方式，全面了解了你局落实行政"
    "执法"
    "三项制度、规范行政执法行为、加强执法队伍建设等方面的情况，现将发现的问题及整改要求通知如下。");
const QString kPlain1 = QStringLiteral(
    "部分行政处罚案卷中调查询问笔录记载不完整，当事人陈述申辩权利告知不规范，个别案件证据收集不全面"
    "，"
    "法律文书送达程序不符合规定，案卷装订顺序混乱，卷内目录填写不完整，执法人员签名不齐全，行政执法"
    "全过程记录制度落实不到位，执法记录仪使用率偏低，音像资料未按要求归档保存。");
const QString kPlain2 =
    QStringLiteral("门户网站行政执法公示信息更新不及时，执法决定公示内容不全，部分执法人员对重大执"
                   "法决定法制审核范围"
                   "认识不清，审核人员数量不足，审核意见流于形式，人民群众对行政执法的满意度有待进"
                   "一步提升，一些执法"
                   "部门日常监管主动监管缺失，只有在专项整顿行动中才实施行政检查和行政处罚。");
const QString kPlain3 = QStringLiteral("请你局高度重视，认真研究制定整改方案，明确整改责任人和整改"
                                       "时限，逐项抓好整改落实，于收到本通知之日"
                                       "起三十日内将整改情况书面报送县司法局行政执法监督科，整改期"
                                       "间县司法局将适时开展跟踪督导检查，对整改"
                                       "不力的单位将按照有关规定予以通报并追究相关责任。");

OfficialDocumentData sample()
{
    OfficialDocumentData d;
    d.authorityMark = QStringLiteral("清河县司法局文件");
    d.number = QStringLiteral("清司监通〔2025〕3号");
    d.title = QStringLiteral("关于责令限期整改行政执法问题的通知");
    d.recipient = QStringLiteral("清河县市场监督管理局");
    d.body = QStringList{kIntro,
                         QStringLiteral("一、存在的主要问题"),
                         QStringLiteral("（一）案卷制作不规范。") + kPlain1,
                         QStringLiteral("（二）公示审核制度落实不到位。"),
                         kPlain2,
                         QStringLiteral("二、整改要求"),
                         kPlain3,
                         kPlain1,
                         kPlain2}
                 .join(QLatin1Char('\n'));
    d.issuer = QStringLiteral("清河县司法局");
    d.date = QDate(2025, 3, 1);
    AttachmentTable t;
    t.title = QStringLiteral("整改任务清单");
    t.headers =
        QStringList{QStringLiteral("序号"), QStringLiteral("存在问题"), QStringLiteral("整改措施"),
                    QStringLiteral("责任单位"), QStringLiteral("整改时限")};
    for (int i = 1; i <= 30; ++i)
        t.rows << QStringList{
            QString::number(i), kPlain1.left(20 + i * 3) + QStringLiteral("（问题%1止）").arg(i),
            kPlain3.left(30 + i * 2) + QStringLiteral("（措施%1止）").arg(i),
            QStringLiteral("执法监督科、法制审核科"), QStringLiteral("2025年6月30日")};
    d.attachments << t;
    return d;
}

struct Line
{
    int page = 0;
    QString text;
    QRectF box; // points, from the page's top-left
};

// The lines of pdftotext -bbox-layout, with their text and box.
QList<Line> pdfLines(const QString &pdf)
{
    const QString xml = Test::runTool(QStringLiteral("pdftotext"),
                                      {QStringLiteral("-bbox-layout"), pdf, QStringLiteral("-")});
    QList<Line> lines;
    QXmlStreamReader r(xml);
    int page = -1;
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (r.name() == u"page") {
            ++page;
        } else if (r.name() == u"line") {
            const auto a = r.attributes();
            Line l;
            l.page = page;
            l.box = QRectF(QPointF(a.value(QLatin1String("xMin")).toDouble(),
                                   a.value(QLatin1String("yMin")).toDouble()),
                           QPointF(a.value(QLatin1String("xMax")).toDouble(),
                                   a.value(QLatin1String("yMax")).toDouble()));
            lines << l;
        } else if (r.name() == u"word" && !lines.isEmpty()) {
            lines.last().text += r.readElementText();
        }
    }
    return lines;
}

QString stripped(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    return s;
}

} // namespace

class TestOfficialDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    OfficialDocumentData m_data = sample();
    QString m_pdf;
    OfficialDocumentInfo m_info;
    QList<Line> m_lines;
    QList<Line> m_plain; // lines of the plain body paragraphs, in order

private Q_SLOTS:
    void initTestCase();
    void pageIsA4Portrait();
    void bodyTextBlockFollowsTheStandard();
    void linesSitOnTheGrid();
    void fullLinesHoldTwentyEightCharacters();
    void headExtracts();
    void pageNumbersAlternate();
    void attachmentFollowsOnItsOwnPages();
    void markAndRuleAreRed();
    void textLayerHasRealIdeographs();
    void fontNoticeNamesTheFallbacks();
    void draftPrintsDraftForTheNumber();
    void signatureNeverStandsAlone();
    void unwritablePathLeavesNoFile();
    void printsThroughQPrinter();
};

void TestOfficialDocument::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("JIANDU_KEEP_TEST_FILES")) {
        m_dir.setAutoRemove(false);
        qInfo("files in %s", qPrintable(m_dir.path()));
    }
    if (!Test::havePoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    m_pdf = m_dir.filePath(QStringLiteral("document.pdf"));
    auto info = writeOfficialDocumentPdf(m_data, m_pdf);
    QVERIFY2(info, info ? "" : qPrintable(info.error().toString()));
    m_info = info.value();
    QVERIFY(m_info.pages >= 4);
    m_lines = pdfLines(m_pdf);
    QVERIFY(!m_lines.isEmpty());
    const QString plain = stripped(kIntro + kPlain1 + kPlain2 + kPlain3);
    for (const Line &l : std::as_const(m_lines))
        if (l.page < 3 && stripped(l.text).size() >= 6 && plain.contains(stripped(l.text)) &&
            !l.text.contains(QStringLiteral("（")))
            m_plain << l;
    QVERIFY(m_plain.size() >= 30);
}

void TestOfficialDocument::pageIsA4Portrait()
{
    const QString info = Test::pdfInfo(m_pdf);
    QVERIFY2(info.contains(QRegularExpression(
                 QStringLiteral("Page size:\\s+595(\\.\\d+)? x (841\\.89|842)(\\.\\d+)? pts"))),
             qPrintable(info));
    QVERIFY(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(m_info.pages))));
}

void TestOfficialDocument::bodyTextBlockFollowsTheStandard()
{
    double left = 1e9, right = 0, bottom = 0;
    for (const Line &l : std::as_const(m_plain)) {
        left = std::min(left, l.box.left());
        right = std::max(right, l.box.right());
        bottom = std::max(bottom, l.box.bottom());
    }
    QVERIFY2(std::abs(left - 28 * kPt) <= 1 * kPt, qPrintable(QString::number(left / kPt)));
    QVERIFY2(right <= (210 - 26) * kPt + 0.5, qPrintable(QString::number(right / kPt)));
    QVERIFY2(right >= (210 - 26 - 2) * kPt, qPrintable(QString::number(right / kPt)));
    QVERIFY2(bottom <= (297 - 35) * kPt, qPrintable(QString::number(bottom / kPt)));
    // The 版头 leaves the first page's body text well down the page (mark 35 mm into the
    // block, number, red line, title, recipient); the second page starts on the block's top.
    const Line &first = m_plain.constFirst();
    QCOMPARE(first.page, 0);
    QVERIFY2(first.box.top() > (37 + 35 + 40) * kPt,
             qPrintable(QString::number(first.box.top() / kPt)));
    for (const Line &l : std::as_const(m_plain))
        if (l.page == 1) {
            QVERIFY2(l.box.top() >= 37 * kPt && l.box.top() < 37 * kPt + kPitch,
                     qPrintable(QString::number(l.box.top() / kPt)));
            break;
        }
}

void TestOfficialDocument::linesSitOnTheGrid()
{
    // Every plain line is on the one grid of 22 rows from 37 mm, 28.9 pt apart.
    const double offset = std::fmod(m_plain.constFirst().box.top() - 37 * kPt, kPitch);
    int pitches = 0;
    for (qsizetype i = 0; i < m_plain.size(); ++i) {
        const Line &l = m_plain.at(i);
        const double rows = (l.box.top() - 37 * kPt - offset) / kPitch;
        QVERIFY2(std::abs(rows - std::round(rows)) * kPitch <= 0.5,
                 qPrintable(QStringLiteral("%1: %2").arg(l.text).arg(rows)));
        if (i > 0 && m_plain.at(i - 1).page == l.page) {
            const double step = l.box.top() - m_plain.at(i - 1).box.top();
            if (step < 1.5 * kPitch) {
                QVERIFY2(std::abs(step - kPitch) <= 0.5, qPrintable(QString::number(step)));
                ++pitches;
            }
        }
    }
    QVERIFY(pitches >= 20);
    for (const Line &l : std::as_const(m_lines))
        QVERIFY2(l.page >= 3 || l.box.bottom() <= 297 * kPt - 35 * kPt || l.text.contains(u'—'),
                 qPrintable(l.text));
}

void TestOfficialDocument::fullLinesHoldTwentyEightCharacters()
{
    int longest = 0;
    for (const Line &l : std::as_const(m_plain)) {
        const int n = int(stripped(l.text).size());
        QVERIFY2(n <= 28, qPrintable(l.text));
        longest = std::max(longest, n);
    }
    QVERIFY(longest >= 27);
}

void TestOfficialDocument::headExtracts()
{
    const QStringList pages = Test::pdfPages(m_pdf);
    const QString first = stripped(pages.at(0));
    for (const QString &s :
         {QStringLiteral("清河县司法局文件"), QStringLiteral("清司监通〔2025〕3号"),
          QStringLiteral("关于责令限期整改行政执法问题的通知"),
          QStringLiteral("清河县市场监督管理局：")})
        QVERIFY2(first.contains(s), qPrintable(s));
    const QString all = stripped(pages.join(QString()));
    QVERIFY(all.contains(QStringLiteral("附件：整改任务清单")));
    QVERIFY(all.contains(QStringLiteral("清河县司法局2025年3月1日")));
    QVERIFY(all.contains(QStringLiteral("一、存在的主要问题")));
    QVERIFY(!all.contains(QStringLiteral("草稿")));
    // The issuer and date right-aligned: the date ends two characters from the right edge.
    for (const Line &l : std::as_const(m_lines))
        if (stripped(l.text) == QStringLiteral("2025年3月1日"))
            QVERIFY2(std::abs(l.box.right() - (184 - 2 * 156.0 / 28) * kPt) < 3,
                     qPrintable(QString::number(l.box.right() / kPt)));
}

void TestOfficialDocument::pageNumbersAlternate()
{
    const QStringList pages = Test::pdfPages(m_pdf);
    QCOMPARE(pages.size(), m_info.pages);
    for (int i = 0; i < pages.size(); ++i)
        QVERIFY2(pages.at(i).contains(QStringLiteral("— %1 —").arg(i + 1)),
                 qPrintable(pages.at(i)));
    for (const Line &l : std::as_const(m_lines)) {
        if (!l.text.contains(u'—'))
            continue;
        QVERIFY(l.box.top() >= (297 - 35 + 7) * kPt - 3);
        if (l.page % 2 == 0) // odd page numbers right, even left
            QVERIFY2(l.box.right() > 150 * kPt && l.box.right() <= 184 * kPt, qPrintable(l.text));
        else
            QVERIFY2(l.box.left() >= 28 * kPt && l.box.left() < 60 * kPt, qPrintable(l.text));
    }
}

void TestOfficialDocument::attachmentFollowsOnItsOwnPages()
{
    const QStringList pages = Test::pdfPages(m_pdf);
    int attachmentPage = -1;
    for (int i = 0; i < pages.size(); ++i)
        if (pages.at(i).contains(QStringLiteral("整改任务清单")) &&
            !pages.at(i).contains(QStringLiteral("附件：")))
            attachmentPage = attachmentPage < 0 ? i : attachmentPage;
    QVERIFY(attachmentPage > 0);
    QVERIFY(!pages.at(attachmentPage).contains(QStringLiteral("清河县司法局")));
    QVERIFY(pages.at(attachmentPage).trimmed().startsWith(QStringLiteral("附件")));
    QVERIFY(pages.size() > attachmentPage + 1); // the table goes on
    for (int i = attachmentPage; i < pages.size(); ++i)
        for (const QString &h : m_data.attachments.first().headers)
            QVERIFY2(pages.at(i).contains(h),
                     qPrintable(QStringLiteral("page %1 %2").arg(i + 1).arg(h)));
    const QString raw = stripped(Test::runTool(
        QStringLiteral("pdftotext"), {QStringLiteral("-raw"), m_pdf, QStringLiteral("-")}));
    for (const QStringList &row : m_data.attachments.first().rows)
        for (const QString &cell : row)
            QVERIFY2(raw.contains(stripped(cell)), qPrintable(cell));
}

void TestOfficialDocument::markAndRuleAreRed()
{
    const QString prefix = m_dir.filePath(QStringLiteral("first"));
    Test::runTool(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("30"),
                   QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                   QStringLiteral("1"), m_pdf, prefix});
    const QStringList pngs = QDir(m_dir.path()).entryList({QStringLiteral("first*.png")});
    if (pngs.isEmpty())
        QSKIP("pdftoppm is not installed");
    const QImage page(m_dir.filePath(pngs.first()));
    int red = 0, redBelowHalf = 0;
    for (int y = 0; y < page.height(); ++y)
        for (int x = 0; x < page.width(); ++x) {
            const QColor c = page.pixelColor(x, y);
            if (c.red() > 180 && c.green() < 110 && c.blue() < 110) {
                ++red;
                redBelowHalf += y > page.height() / 2;
            }
        }
    QVERIFY2(red > 200, qPrintable(QString::number(red)));
    QCOMPARE(redBelowHalf, 0);
}

void TestOfficialDocument::textLayerHasRealIdeographs()
{
    const QString text = Test::pdfPages(m_pdf).join(QString());
    QCOMPARE(Test::radicalsIn(text), QString());
    QVERIFY(stripped(text).contains(QStringLiteral("人民群众对行政执法的满意度")));
}

void TestOfficialDocument::fontNoticeNamesTheFallbacks()
{
    const QString expected = fallbackNotice(
        {FontRole::Title, FontRole::Body, FontRole::Table, FontRole::Heading1, FontRole::Heading2});
    QCOMPARE(m_info.fontNotice, expected);
    QCOMPARE(m_info.fontNotice.contains(QStringLiteral("仿宋_GB2312")),
             !fontFor(FontRole::Body, 16).isPreferred);
}

void TestOfficialDocument::draftPrintsDraftForTheNumber()
{
    OfficialDocumentData draft = m_data;
    draft.number.clear();
    draft.attachments.clear();
    draft.body = kIntro.left(60); // with the 版头, a short text and the signature fill one page
    const QString pdf = m_dir.filePath(QStringLiteral("draft.pdf"));
    auto info = writeOfficialDocumentPdf(draft, pdf);
    QVERIFY(info);
    QCOMPARE(info->pages, 1);
    const QString text = stripped(Test::pdfPages(pdf).join(QString()));
    QVERIFY(text.contains(QStringLiteral("草稿")));
    QVERIFY(!text.contains(QStringLiteral("〔2025〕")));
    QVERIFY(!text.contains(QStringLiteral("附件")));
    QVERIFY(text.contains(QStringLiteral("—1—")));
    // Without headings or attachments the notice leaves out their roles.
    QCOMPARE(info->fontNotice, fallbackNotice({FontRole::Title, FontRole::Body, FontRole::Table}));
}

void TestOfficialDocument::signatureNeverStandsAlone()
{
    // Texts ending anywhere on the first page: the page with the date also has text lines.
    OfficialDocumentData d = m_data;
    d.attachments.resize(1);
    d.attachments.first().rows.resize(2);
    for (int length = 40; length <= 300; length += 28) {
        d.body = QString(kIntro + kPlain1).left(length);
        const QString pdf = m_dir.filePath(QStringLiteral("closing-%1.pdf").arg(length));
        auto info = writeOfficialDocumentPdf(d, pdf);
        QVERIFY(info);
        const QStringList pages = Test::pdfPages(pdf);
        const QString text = stripped(d.body);
        for (const QString &page : pages) {
            if (!page.contains(QStringLiteral("2025年3月1日")))
                continue;
            int bodyLines = 0;
            for (const QString &line : page.split(QLatin1Char('\n')))
                bodyLines += stripped(line).size() >= 4 && text.contains(stripped(line));
            QVERIFY2(bodyLines >= 1, qPrintable(QStringLiteral("%1: %2").arg(length).arg(page)));
            QVERIFY(page.contains(QStringLiteral("附件：整改任务清单")));
        }
    }
}

void TestOfficialDocument::unwritablePathLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/dir/doc.pdf"));
    auto r = writeOfficialDocumentPdf(m_data, path);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Io);
    QVERIFY(!QFile::exists(path));
}

void TestOfficialDocument::printsThroughQPrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageOrientation(QPageLayout::Landscape); // turned portrait
    const QString pdf = m_dir.filePath(QStringLiteral("printer.pdf"));
    printer.setOutputFileName(pdf);
    auto info = printOfficialDocument(m_data, printer);
    QVERIFY(info);
    QCOMPARE(info->pages, m_info.pages);
    QVERIFY(Test::pdfInfo(pdf).contains(
        QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x (841\\.89|842)"))));
    // A preview prints at the screen's resolution: the same document, near enough.
    QPrinter screen(QPrinter::ScreenResolution);
    screen.setOutputFormat(QPrinter::PdfFormat);
    screen.setOutputFileName(m_dir.filePath(QStringLiteral("screen.pdf")));
    auto preview = printOfficialDocument(m_data, screen);
    QVERIFY(preview);
    QVERIFY(qAbs(preview->pages - m_info.pages) <= 1);
    // Same positions as the PDF writer: full-page coordinates on the printer too.
    const QList<Line> lines = pdfLines(pdf);
    for (const Line &l : lines)
        if (stripped(l.text) == stripped(m_plain.constFirst().text)) {
            QVERIFY(std::abs(l.box.top() - m_plain.constFirst().box.top()) < 1);
            QVERIFY(std::abs(l.box.left() - m_plain.constFirst().box.left()) < 1);
        }
}

QTEST_MAIN(TestOfficialDocument)
#include "tst_officialdocument.moc"
