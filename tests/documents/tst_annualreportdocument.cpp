// The printed annual report: the PDF read back with pdftotext. The overview paragraph is
// matched as a whole against its expected wording, and every number in it is compared with
// the report's JSON (Report::toJson), so the test fails when the prose drifts from the figures.
// Also: the five published tables, "—" for rates without a denominator, the text layer,
// A4 portrait, the charts (non-blank, grey only) and the ODT.

#include "documents/annualreportdocument.h"
#include "pdftext.h"
#include "report/annualreport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace Jiandu;
using namespace Jiandu::Documents;
using namespace Qt::StringLiterals;

namespace {

AnnualReport sampleReport()
{
    AnnualReport r;
    r.year = 2024;
    r.scope = u"清河县人民政府"_s;
    r.asOf = QDate(2024, 12, 31);
    AnnualFigures &c = r.current;
    AnnualFigures &p = r.previous;
    c.agencies = 3;
    p.agencies = 3;
    c.officers.active = 1234; // unchanged: 持平
    p.officers.active = 1234;
    c.officers.certified = 1200;
    p.officers.certified = 1100;
    c.officers.legalReviewers = 40;
    c.officers.trainingMet = 1100;
    c.officers.trainingHours = 80000.5;
    c.cases.total = 5678;
    p.cases.total = 5000;
    c.cases.byKind[int(CaseKind::Penalty)] = 400;
    c.cases.byKind[int(CaseKind::Licence)] = 50; // fewer than before
    p.cases.byKind[int(CaseKind::Licence)] = 60;
    c.cases.byKind[int(CaseKind::Coercion)] = 7; // unchanged
    p.cases.byKind[int(CaseKind::Coercion)] = 7;
    c.cases.byKind[int(CaseKind::Inspection)] = 5221;  // none before: no percentage
    c.cases.penalties[int(PenaltyColumn::Fine)] = 300; // none before
    c.cases.penalties[int(PenaltyColumn::Warning)] = 20;
    c.cases.fineFen = 123456789;
    c.cases.confiscationFen = 1000;
    p.cases.fineFen = 100000000;
    c.cases.major = 10;
    c.cases.majorReviewed = 9;
    c.cases.publicityDue = 0; // no denominator: "—"
    c.reconsideration = {4, 1};
    c.litigation = {0, 0}; // no denominator: "—"
    c.reviews.files = 12;
    c.rectification.tasks = 5;
    c.rectification.closedOnTime = 4;
    for (int i = 0; i < 3; ++i) {
        AgencyFigures a;
        a.agencyId = i + 1;
        a.name = u"清河县第%1局"_s.arg(i + 1);
        a.figures.cases.total = 100 * (i + 1);
        a.figures.officers.active = 10;
        a.figures.officers.certified = 9;
        r.byAgency << a;
    }
    return r;
}

qint64 number(const QString &digits)
{
    QString s = digits;
    s.remove(u',');
    return s.toLongLong();
}

qint64 fen(const QString &yuan)
{
    QString s = yuan;
    s.remove(u',');
    return std::llround(s.toDouble() * 100);
}

QString rateText(qint64 numerator, qint64 denominator)
{
    if (denominator == 0)
        return u"—"_s;
    return QString::number(std::round(1000.0 * double(numerator) / double(denominator)) / 10.0, 'f',
                           1) +
           u"%"_s;
}

// A change phrase as printed ("持平", "增加5件", "减少1件（下降25.0%）") against the figures.
void verifyChange(const QString &phrase, qint64 current, qint64 previous, bool money = false)
{
    if (current == previous) {
        QCOMPARE(phrase, u"持平"_s);
        return;
    }
    static const QRegularExpression re(
        u"^(增加|减少)([\\d,.]+)(件|人|元)(?:（(增长|下降)([\\d.]+)%）)?$"_s);
    const auto m = re.match(phrase);
    QVERIFY2(m.hasMatch(), qPrintable(phrase));
    QCOMPARE(m.captured(1), current > previous ? u"增加"_s : u"减少"_s);
    const qint64 diff = std::abs(current - previous);
    QCOMPARE(money ? fen(m.captured(2)) : number(m.captured(2)), diff);
    if (previous == 0) {
        QVERIFY2(m.captured(4).isEmpty(), qPrintable(phrase));
        return;
    }
    QCOMPARE(m.captured(4), current > previous ? u"增长"_s : u"下降"_s);
    QCOMPARE(m.captured(5),
             QString::number(std::round(1000.0 * double(diff) / double(std::abs(previous))) / 10.0,
                             'f', 1));
}

qint64 jsonInt(const QJsonObject &o, const QString &dotted)
{
    QJsonValue v = o;
    for (const QString &k : dotted.split(u'.'))
        v = v.toObject().value(k);
    return qint64(v.toDouble());
}

} // namespace

class TestAnnualReportDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_text; // the whole PDF text, whitespace removed
    QStringList m_pages;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!Test::havePoppler())
            QSKIP("poppler-utils (pdftotext, pdfinfo) are not installed");
        const QString pdf = m_dir.filePath(u"report.pdf"_s);
        AnnualReportPrintOptions options;
        options.issuingUnit = u"清河县司法局"_s;
        options.date = QDate(2025, 1, 20);
        const auto pages = writeAnnualReportPdf(sampleReport(), options, pdf);
        QVERIFY2(pages.ok(), qPrintable(pages.ok() ? QString() : pages.error().toString()));
        QVERIFY(*pages >= 3);
        m_pages = Test::pdfPages(pdf);
        QCOMPARE(m_pages.size(), *pages);
        m_text = m_pages.join(QString());
        m_text.remove(QRegularExpression(u"\\s+"_s));
        const QString info = Test::pdfInfo(pdf);
        QVERIFY2(info.contains(u"595 x 842"_s), qPrintable(info)); // A4 portrait
    }

    void describeChangeWording()
    {
        QCOMPARE(describeChange(5, 0, u"件"_s), u"增加5件"_s);
        QCOMPARE(describeChange(0, 0, u"件"_s), u"持平"_s);
        QCOMPARE(describeChange(0, 4, u"件"_s), u"减少4件（下降100.0%）"_s);
        QCOMPARE(describeChange(3, 4, u"人"_s), u"减少1人（下降25.0%）"_s);
        QCOMPARE(describeChange(1234, 1000, u"件"_s), u"增加234件（增长23.4%）"_s);
        QCOMPARE(describeChange(2000, 1, u"件"_s), u"增加1,999件（增长199900.0%）"_s);
        QCOMPARE(describeMoneyChange(150, 100), u"增加0.50元（增长50.0%）"_s);
        QCOMPARE(describeMoneyChange(100, 100), u"持平"_s);
        QCOMPARE(annualReportTitle(sampleReport()), u"清河县2024年度行政执法工作报告"_s);
    }

    void titleAndIssuer()
    {
        QVERIFY(m_text.contains(u"清河县2024年度行政执法工作报告"_s));
        QVERIFY(m_text.contains(u"清河县司法局"_s));
        QVERIFY(m_text.contains(u"2025年1月20日"_s));
        QVERIFY(m_pages.constFirst().contains(u"— 1 —"_s));
    }

    void overviewNumbersAreTheReportsFigures()
    {
        const AnnualReport report = sampleReport();
        const QJsonObject json = QJsonDocument::fromJson(Report::toJson(report).toUtf8()).object();
        const QJsonObject cur = json.value(u"current"_s).toObject();
        const QJsonObject prev = json.value(u"previous"_s).toObject();
        const QString change =
            u"(持平|(?:增加|减少)[\\d,.]+(?:件|人|元)(?:（(?:增长|下降)[\\d.]+%）)?)"_s;
        const QString n = u"([\\d,]+)"_s;
        const QString rate = u"([\\d.]+%|—)"_s;
        const QString pattern =
            u"一、总体情况(\\d{4})年，全县共有行政执法主体N个，在岗行政执法人员N人，较上年C；"
            "其中持有效行政执法证件N人，持证率R。全年共办理行政执法案件N件，较上年C。"
            "其中作出行政处罚决定N件，较上年C，罚没金额([\\d,]+\\.\\d\\d)元，较上年C；"
            "办理行政许可N件，较上年C；行政强制N件，较上年C；行政检查N件，较上年C。"
            "重大执法决定N件，经法制审核N件，法制审核率R；应公示执法决定N件，按期公示N件，"
            "按期公示率R。行政复议N件，被纠错N件，纠错率R；行政诉讼N件，败诉N件，败诉率R。"
            "二、"_s;
        QString regex = pattern;
        regex.replace(u"N"_s, n).replace(u"C"_s, change).replace(u"R"_s, rate);
        const auto m = QRegularExpression(regex).match(m_text);
        QVERIFY2(m.hasMatch(), qPrintable(u"the overview does not read as expected:\n"_s +
                                          m_text.left(m_text.indexOf(u"二、"_s) + 2)));
        int i = 1;
        const auto next = [&]() { return m.captured(i++); };
        const auto kinds = [](const QJsonObject &o, const QString &kind) {
            return qint64(o.value(u"cases"_s)
                              .toObject()
                              .value(u"by_kind"_s)
                              .toObject()
                              .value(kind)
                              .toDouble());
        };
        const auto penalties = [](const QJsonObject &o) {
            qint64 sum = 0;
            const QJsonObject by =
                o.value(u"cases"_s).toObject().value(u"penalties_by_category"_s).toObject();
            for (const QString &k : by.keys())
                sum += qint64(by.value(k).toDouble());
            return sum;
        };
        const auto money = [](const QJsonObject &o) {
            const QJsonObject c = o.value(u"cases"_s).toObject();
            return std::llround(c.value(u"fines_yuan"_s).toString().toDouble() * 100) +
                   std::llround(c.value(u"confiscations_yuan"_s).toString().toDouble() * 100);
        };
        QCOMPARE(number(next()), qint64(json.value(u"year"_s).toInt()));
        QCOMPARE(number(next()), jsonInt(cur, u"agencies"_s));
        QCOMPARE(number(next()), jsonInt(cur, u"officers.active"_s));
        verifyChange(next(), jsonInt(cur, u"officers.active"_s),
                     jsonInt(prev, u"officers.active"_s));
        QCOMPARE(number(next()), jsonInt(cur, u"officers.certified"_s));
        QCOMPARE(next(), rateText(jsonInt(cur, u"officers.certified"_s),
                                  jsonInt(cur, u"officers.active"_s)));
        QCOMPARE(number(next()), jsonInt(cur, u"cases.total"_s));
        verifyChange(next(), jsonInt(cur, u"cases.total"_s), jsonInt(prev, u"cases.total"_s));
        QCOMPARE(number(next()), penalties(cur));
        verifyChange(next(), penalties(cur), penalties(prev));
        QCOMPARE(fen(next()), money(cur));
        verifyChange(next(), money(cur), money(prev), true);
        for (const QString &kind : {u"行政许可"_s, u"行政强制"_s, u"行政检查"_s}) {
            QCOMPARE(number(next()), kinds(cur, kind));
            verifyChange(next(), kinds(cur, kind), kinds(prev, kind));
        }
        QCOMPARE(number(next()), jsonInt(cur, u"cases.major"_s));
        QCOMPARE(number(next()), jsonInt(cur, u"cases.major_reviewed"_s));
        QCOMPARE(next(),
                 rateText(jsonInt(cur, u"cases.major_reviewed"_s), jsonInt(cur, u"cases.major"_s)));
        QCOMPARE(number(next()), jsonInt(cur, u"cases.publicity_due"_s));
        QCOMPARE(number(next()), jsonInt(cur, u"cases.publicity_on_time"_s));
        const QString publicity = next();
        QCOMPARE(publicity, rateText(jsonInt(cur, u"cases.publicity_on_time"_s),
                                     jsonInt(cur, u"cases.publicity_due"_s)));
        QCOMPARE(publicity, u"—"_s); // a zero denominator
        QCOMPARE(number(next()), jsonInt(cur, u"reconsideration.total"_s));
        QCOMPARE(number(next()), jsonInt(cur, u"reconsideration.corrected"_s));
        QCOMPARE(next(), rateText(jsonInt(cur, u"reconsideration.corrected"_s),
                                  jsonInt(cur, u"reconsideration.total"_s)));
        QCOMPARE(number(next()), jsonInt(cur, u"litigation.total"_s));
        QCOMPARE(number(next()), jsonInt(cur, u"litigation.lost"_s));
        QCOMPARE(next(), u"—"_s);
        QCOMPARE(i, m.lastCapturedIndex() + 1); // every number was checked
    }

    void publishedTablesAndSections()
    {
        for (const QString &title :
             {u"行政处罚实施情况统计表"_s, u"行政许可实施情况统计表"_s, u"行政强制实施情况统计表"_s,
              u"其他行政执法行为实施情况统计表"_s, u"行政执法证持证率情况统计表"_s})
            QVERIFY2(m_text.contains(title), qPrintable(title));
        for (const QString &header :
             {u"项目2024年2023年增减"_s, u"执法主体在岗人数持证人数持证率"_s,
              u"案件类别2024年2023年增减"_s, u"罚没金额（元）"_s, u"合计"_s})
            QVERIFY2(m_text.contains(header), qPrintable(header));
        for (const QString &section :
             {u"二、行政执法人员和培训情况"_s, u"三、行政执法案件情况"_s,
              u"四、行政执法数据统计表"_s, u"五、行政执法三项制度执行情况"_s,
              u"六、行政复议和行政诉讼情况"_s, u"七、案卷评查情况"_s, u"八、整改落实情况"_s,
              u"九、各执法主体情况"_s, u"清河县第3局"_s})
            QVERIFY2(m_text.contains(section), qPrintable(section));
        QVERIFY(m_text.contains(u"诉讼败诉率—"_s));
    }

    void textLayerHasNoRadicals()
    {
        QCOMPARE(Test::radicalsIn(m_pages.join(QString())), QString());
    }

    void chartsAreGreyAndNotBlank_data()
    {
        QTest::addColumn<int>("chart");
        QTest::newRow("kinds") << int(AnnualReportChart::CasesByKind);
        QTest::newRow("bodies") << int(AnnualReportChart::CasesPerBody);
        QTest::newRow("compare") << int(AnnualReportChart::ThisYearVsPrevious);
    }

    void chartsAreGreyAndNotBlank()
    {
        QFETCH(int, chart);
        const QImage image =
            renderAnnualReportChart(sampleReport(), AnnualReportChart(chart), QSize(900, 480));
        QCOMPARE(image.size(), QSize(900, 480));
        qint64 dark = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QRgb px = image.pixel(x, y);
                // Grey levels only: nothing is told apart by colour alone.
                QVERIFY(qRed(px) == qGreen(px) && qGreen(px) == qBlue(px));
                dark += qGray(px) < 160;
            }
        QVERIFY2(dark > image.width() * image.height() / 50, qPrintable(QString::number(dark)));
    }

    void oneBodyAndThePrinter()
    {
        AnnualReport r = sampleReport();
        r.agencyId = 2;
        r.scope = u"清河县第2局"_s;
        r.byAgency.clear();
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = m_dir.filePath(u"body.pdf"_s);
        printer.setOutputFileName(pdf);
        const auto pages = printAnnualReport(r, {}, printer);
        QVERIFY2(pages.ok(), qPrintable(pages.ok() ? QString() : pages.error().toString()));
        QString text = Test::pdfPages(pdf).join(QString());
        text.remove(QRegularExpression(u"\\s+"_s));
        QVERIFY(text.contains(u"清河县第2局2024年度行政执法工作报告"_s));
        QVERIFY(text.contains(u"一、总体情况2024年，本单位在岗行政执法人员"_s));
        QVERIFY(text.contains(u"八、整改落实情况"_s));
        QVERIFY(!text.contains(u"九、"_s)); // no per-body table for one body
        QVERIFY(Test::pdfInfo(pdf).contains(u"595 x 842"_s));
    }

    void odtIsAZipWithTheTitle()
    {
        const QString odt = m_dir.filePath(u"report.odt"_s);
        const auto written = writeAnnualReportOdt(sampleReport(), {}, odt);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
        QFile f(odt);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(4), QByteArray("PK\x03\x04", 4));
        f.close();
        if (QStandardPaths::findExecutable(u"unzip"_s).isEmpty())
            QSKIP("unzip is not installed");
        const QString list = Test::runTool(u"unzip"_s, {u"-l"_s, odt});
        QVERIFY2(list.contains(u"content.xml"_s) && list.contains(u"Pictures/"_s),
                 qPrintable(list));
        const QString content = Test::runTool(u"unzip"_s, {u"-p"_s, odt, u"content.xml"_s});
        QVERIFY(content.contains(u"清河县2024年度行政执法工作报告"_s));
        QVERIFY(content.contains(u"行政处罚实施情况统计表"_s));
    }
};

QTEST_MAIN(TestAnnualReportDocument)
#include "tst_annualreportdocument.moc"
