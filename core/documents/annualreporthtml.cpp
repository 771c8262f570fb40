// The sections of the printed annual report as HTML. Every number comes from the
// AnnualReport (and its published tables), formatted by annualreporttext.h.

#include "annualreporthtml.h"
#include "annualreporttext.h"

#include "domain/reviewtypes.h"
#include "report/reporttables.h"
#include "util/format.h"

#include <QStringList>

namespace Jiandu::Documents::Html {

namespace {

const char *const kNumerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p align='justify'>%1</p>").arg(esc(text));
}

// A bordered table with its header row repeated on every page. A caption is the first header
// row, so it repeats too and never stays behind alone at the foot of a page. A long table (the
// per-body tables of a city: over a thousand rows) is written as consecutive tables of
// kRowsPerTable rows with the same header: QTextDocument walks every row of a table for each
// page it paints, so one table of 1,400 rows made the 100-page report take seconds.
constexpr qsizetype kRowsPerTable = 50;

QString table(const QStringList &headers, const QList<QStringList> &rows,
              const QList<int> &widths = {}, const QString &caption = {})
{
    QString head = QStringLiteral("<tr>");
    for (qsizetype i = 0; i < headers.size(); ++i)
        head += (i < widths.size() ? QStringLiteral("<th width='%1%'>").arg(widths.at(i))
                                   : QStringLiteral("<th>")) +
                esc(headers.at(i)) + QStringLiteral("</th>");
    head += QStringLiteral("</tr></thead>");
    QString html;
    qsizetype start = 0;
    do {
        html += QStringLiteral("<table class='grid' width='100%' cellspacing='0' "
                               "cellpadding='3'><thead>");
        if (!caption.isEmpty())
            html += QStringLiteral("<tr><th class='caption' colspan='%1'>%2</th></tr>")
                        .arg(QString::number(headers.size()), esc(caption));
        html += head;
        const qsizetype end = qMin(rows.size(), start + kRowsPerTable);
        for (qsizetype r = start; r < end; ++r) {
            const QStringList &row = rows.at(r);
            html += QStringLiteral("<tr>");
            for (qsizetype i = 0; i < row.size(); ++i)
                html += (i == 0 ? QStringLiteral("<td>") : QStringLiteral("<td align='right'>")) +
                        esc(row.at(i)) + QStringLiteral("</td>");
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
        start = end;
    } while (start < rows.size());
    return html;
}

QStringList compareRow(const QString &item, qint64 current, qint64 previous)
{
    return {item, Text::count(current), Text::count(previous),
            Text::signedCount(current - previous)};
}

QStringList rateRow(const QString &item, const Rate &current, const Rate &previous)
{
    return {item, Text::rate(current), Text::rate(previous)};
}

QString image(const char *name, int height)
{
    return QStringLiteral("<p align='center'><img src='%1' width='%2' height='%3'/></p>")
        .arg(QString::fromLatin1(name))
        .arg(kChartWidth)
        .arg(height);
}

QString officers(const AnnualReport &r)
{
    const OfficerFigures &c = r.current.officers;
    const OfficerFigures &p = r.previous.officers;
    QString s =
        QStringLiteral("截至%1，%2在岗行政执法人员%3人，其中持有效行政执法证件%4人，持证率%5；"
                       "法制审核人员%6人。")
            .arg(chineseDate(r.asOf), Text::scopePhrase(r), Text::count(c.active),
                 Text::count(c.certified), Text::rate(r.current.certifiedRate()),
                 Text::count(c.legalReviewers));
    s += QStringLiteral("全年法律知识培训共%1学时，达到年度学时要求的%2人，达标率%3。")
             .arg(Format::hours(c.trainingHours), Text::count(c.trainingMet),
                  Text::rate(r.current.trainingRate()));
    QStringList grades;
    for (int i = 0; i < kAssessmentResults; ++i)
        grades << Vocab::zh(AssessmentResult(i)) + Text::count(c.assessment[i]) +
                      QStringLiteral("人");
    s += QStringLiteral("年度考核：%1。").arg(grades.join(QStringLiteral("、")));
    const QList<QStringList> rows{
        compareRow(QStringLiteral("在岗人数"), c.active, p.active),
        compareRow(QStringLiteral("持证人数"), c.certified, p.certified),
        compareRow(QStringLiteral("法制审核人员"), c.legalReviewers, p.legalReviewers),
        compareRow(QStringLiteral("培训达标人数"), c.trainingMet, p.trainingMet),
        {QStringLiteral("培训总学时"), Format::hours(c.trainingHours),
         Format::hours(p.trainingHours), QString()}};
    return paragraph(s) + table({QStringLiteral("项目"), QStringLiteral("%1年").arg(r.year),
                                 QStringLiteral("%1年").arg(r.year - 1), QStringLiteral("增减")},
                                rows, {40, 20, 20, 20});
}

QString cases(const AnnualReport &r)
{
    QList<QStringList> rows;
    for (int k = 0; k < kCaseKinds; ++k)
        rows << compareRow(Vocab::zh(CaseKind(k)), r.current.cases.byKind[k],
                           r.previous.cases.byKind[k]);
    rows << compareRow(QStringLiteral("合计"), r.current.cases.total, r.previous.cases.total);
    return table({QStringLiteral("案件类别"), QStringLiteral("%1年").arg(r.year),
                  QStringLiteral("%1年").arg(r.year - 1), QStringLiteral("增减")},
                 rows, {40, 20, 20, 20}) +
           image(kChartKinds, kChartHeight) + image(kChartCompare, kChartHeight);
}

QString publishedTables(const AnnualReport &r)
{
    QString html;
    const QList<Report::ReportTable> tables = Report::publishedTables(r);
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const Report::ReportTable &rt = tables.at(t);
        const QString caption =
            QStringLiteral("（%1）%2").arg(QString::fromUtf8(kNumerals[t % 10]), rt.title);
        QList<QStringList> rows;
        for (const auto &row : rt.rows) {
            QStringList cells;
            for (const Report::Cell &cell : row)
                cells << cell.toText();
            rows << cells;
        }
        html += table(rt.headers, rows,
                      rt.headers.size() == 4 ? QList<int>{46, 18, 18, 18} : QList<int>{}, caption);
    }
    return html;
}

QString systems(const AnnualReport &r)
{
    const CaseFigures &c = r.current.cases;
    const QString s =
        QStringLiteral("重大执法决定%1件，经法制审核%2件，法制审核率%3。应公示的执法决定%4件，"
                       "按期公示%5件，按期公示率%6。减轻处罚%7件，不予处罚%8件，"
                       "移送司法机关%9件。")
            .arg(Text::count(c.major), Text::count(c.majorReviewed),
                 Text::rate(r.current.majorReviewedRate()), Text::count(c.publicityDue),
                 Text::count(c.publicityOnTime), Text::rate(r.current.publicityRate()),
                 Text::count(c.mitigated), Text::count(c.notPenalised), Text::count(c.transferred));
    return paragraph(s) +
           table({QStringLiteral("项目"), QStringLiteral("%1年").arg(r.year),
                  QStringLiteral("%1年").arg(r.year - 1)},
                 {rateRow(QStringLiteral("重大执法决定法制审核率"), r.current.majorReviewedRate(),
                          r.previous.majorReviewedRate()),
                  rateRow(QStringLiteral("执法决定按期公示率"), r.current.publicityRate(),
                          r.previous.publicityRate())},
                 {50, 25, 25});
}

QString appeals(const AnnualReport &r)
{
    const AnnualFigures &c = r.current;
    const AnnualFigures &p = r.previous;
    const QStringList headers{QStringLiteral("项目"), QStringLiteral("%1年").arg(r.year),
                              QStringLiteral("%1年").arg(r.year - 1)};
    const auto counts = [](const QString &item, qint64 a, qint64 b) {
        return QStringList{item, Text::count(a), Text::count(b)};
    };
    return table(
        headers,
        {counts(QStringLiteral("行政复议案件"), c.reconsideration.total, p.reconsideration.total),
         counts(QStringLiteral("被纠错"), c.reconsideration.corrected, p.reconsideration.corrected),
         rateRow(QStringLiteral("复议纠错率"), c.correctedRate(), p.correctedRate()),
         counts(QStringLiteral("行政诉讼案件"), c.litigation.total, p.litigation.total),
         counts(QStringLiteral("败诉"), c.litigation.corrected, p.litigation.corrected),
         rateRow(QStringLiteral("诉讼败诉率"), c.lostRate(), p.lostRate())},
        {50, 25, 25});
}

QString reviews(const AnnualReport &r)
{
    const ReviewFigures &c = r.current.reviews;
    QStringList grades;
    for (int i = 0; i < kReviewGrades; ++i)
        grades << Vocab::zh(ReviewGrade(i)) + Text::count(c.byGrade[i]) + QStringLiteral("卷");
    const auto avg = c.averageScore();
    return paragraph(
        QStringLiteral("全年评查行政执法案卷%1卷（上年%2卷），其中%3；平均得分%4。")
            .arg(Text::count(c.files), Text::count(r.previous.reviews.files),
                 grades.join(QStringLiteral("、")),
                 avg ? QString::number(*avg, 'f', 1) + QStringLiteral("分") : QStringLiteral("—")));
}

QString rectification(const AnnualReport &r)
{
    const RectificationFigures &c = r.current.rectification;
    return paragraph(QStringLiteral("整改期限在%1年内的整改任务%2项，按期销号%3项，按期销号率%4；"
                                    "逾期未销号%5项。长期坚持类整改任务%6项。")
                         .arg(QString::number(r.year), Text::count(c.tasks),
                              Text::count(c.closedOnTime), Text::rate(c.onTimeRate()),
                              Text::count(c.overdue), Text::count(c.openEnded)));
}

QString bodies(const AnnualReport &r)
{
    QList<QStringList> rows;
    for (const AgencyFigures &a : r.byAgency) {
        const BodyFigures &f = a.figures;
        rows << QStringList{a.name,
                            Text::count(f.officers.active),
                            Text::rate(f.certifiedRate()),
                            Text::count(f.cases.total),
                            Text::count(f.cases.penaltyDecisions()),
                            Text::money(f.cases.fineFen + f.cases.confiscationFen),
                            Text::rate(f.correctedRate()),
                            Text::rate(f.lostRate())};
    }
    return QStringLiteral("<div class='small'>") +
           table({QStringLiteral("执法主体"), QStringLiteral("在岗人数"), QStringLiteral("持证率"),
                  QStringLiteral("案件数"), QStringLiteral("行政处罚"),
                  QStringLiteral("罚没金额（元）"), QStringLiteral("复议纠错率"),
                  QStringLiteral("诉讼败诉率")},
                 rows, {22, 8, 9, 9, 9, 19, 12, 12}) +
           QStringLiteral("</div>") + image(kChartBodies, kBodiesChartHeight);
}

} // namespace

QString chineseDate(const QDate &date)
{
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString issuingUnit(const AnnualReport &report, const AnnualReportPrintOptions &options)
{
    if (!options.issuingUnit.trimmed().isEmpty())
        return options.issuingUnit.trimmed();
    return report.agencyId ? report.scope : Text::regionName(report) + QStringLiteral("司法局");
}

QString reportHtml(const AnnualReport &r, const AnnualReportPrintOptions &options, const Fonts &f)
{
    const QDate date = options.date.isValid() ? options.date : QDate::currentDate();
    const QString unit = issuingUnit(r, options);
    QString html =
        QStringLiteral("<style>body { font-family: '%1'; font-size: 16pt; } "
                       "h1 { font-family: '%2'; font-size: 22pt; font-weight: normal; "
                       "text-align: center; margin-top: 0px; margin-bottom: 0px; } "
                       "h2 { font-family: '%3'; font-size: 16pt; font-weight: normal; "
                       "margin-top: 0px; margin-bottom: 0px; } "
                       "h3 { font-family: '%4'; font-size: 16pt; font-weight: normal; "
                       "margin-top: 0px; margin-bottom: 0px; } "
                       "p { margin-top: 0px; margin-bottom: 0px; } "
                       "p.subtitle { font-family: '%3'; text-align: center; } "
                       "table.grid { border-collapse: collapse; border: 1px solid black; "
                       "margin-top: 4px; margin-bottom: 8px; } "
                       "td, th { border: 1px solid black; font-family: '%5'; font-size: 12pt; } "
                       "th { font-family: '%4'; font-weight: normal; background-color: #e0e0e0; } "
                       "th.caption { font-family: '%3'; font-size: 16pt; background-color: white; "
                       "border: none; padding-bottom: 6px; } "
                       "div.small td, div.small th { font-size: 10.5pt; }</style>")
            .arg(f.body, f.title, f.heading2, f.heading1, f.table);
    html += QStringLiteral("<h1>%1</h1>").arg(esc(annualReportTitle(r)));
    html += QStringLiteral("<p class='subtitle' align='center'>（%1　%2）</p><p></p>")
                .arg(esc(unit), esc(chineseDate(date)));
    // h3: first-level headings (黑体 role); h2: second-level ones (楷体 role).
    int section = 0;
    const auto heading = [&](const QString &text) {
        return QStringLiteral("<h3>%1、%2</h3>")
            .arg(QString::fromUtf8(kNumerals[section++ % 10]), esc(text));
    };
    html += heading(QStringLiteral("总体情况")) + paragraph(annualReportOverview(r));
    html += heading(QStringLiteral("行政执法人员和培训情况")) + officers(r);
    html += heading(QStringLiteral("行政执法案件情况")) + cases(r);
    html += heading(QStringLiteral("行政执法数据统计表")) + publishedTables(r);
    html += heading(QStringLiteral("行政执法三项制度执行情况")) + systems(r);
    html += heading(QStringLiteral("行政复议和行政诉讼情况")) + appeals(r);
    html += heading(QStringLiteral("案卷评查情况")) + reviews(r);
    html += heading(QStringLiteral("整改落实情况")) + rectification(r);
    if (!r.agencyId)
        html += heading(QStringLiteral("各执法主体情况")) + bodies(r);
    html += QStringLiteral("<p></p><p align='right'>%1　　</p><p align='right'>%2　　</p>")
                .arg(esc(unit), esc(chineseDate(date)));
    return html;
}

} // namespace Jiandu::Documents::Html
