// The generated text of the printed annual report: title, change phrases, the overview
// paragraph. Fixed Chinese, like the other printed official documents: the report is
// published in Chinese whatever the language of the UI.

#include "annualreportdocument.h"
#include "annualreporttext.h"

#include <cmath>

namespace Jiandu::Documents {

namespace Text {

QString count(qint64 n)
{
    const bool negative = n < 0;
    QString digits = QString::number(negative ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return negative ? QLatin1Char('-') + digits : digits;
}

QString money(qint64 fen)
{
    const bool negative = fen < 0;
    const qint64 abs = negative ? -fen : fen;
    const QString s = count(abs / 100) + QLatin1Char('.') +
                      QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
    return negative ? QLatin1Char('-') + s : s;
}

QString percent(double ratio)
{
    return QString::number(std::round(ratio * 1000.0) / 10.0, 'f', 1) + QLatin1Char('%');
}

QString rate(const Rate &r)
{
    const auto v = r.value();
    return v ? percent(*v) : QStringLiteral("—");
}

QString signedCount(qint64 n)
{
    return n > 0 ? QLatin1Char('+') + count(n) : count(n);
}

QString regionName(const AnnualReport &report)
{
    QString s = report.scope.trimmed();
    if (!report.agencyId && s.endsWith(QStringLiteral("人民政府")))
        s.chop(4);
    return s;
}

QString scopePhrase(const AnnualReport &report)
{
    if (report.agencyId)
        return QStringLiteral("本单位");
    const QString s = regionName(report);
    // 清河县 → 全县, 西湖区 → 全区, 大同市 → 全市; otherwise the name itself.
    for (const QChar c : {QChar(u'县'), QChar(u'区'), QChar(u'市'), QChar(u'州'), QChar(u'旗')})
        if (s.endsWith(c))
            return QStringLiteral("全") + c;
    return s.isEmpty() ? QStringLiteral("全地区") : s;
}

} // namespace Text

QString annualReportTitle(const AnnualReport &report)
{
    return QStringLiteral("%1%2年度行政执法工作报告")
        .arg(Text::regionName(report))
        .arg(report.year);
}

namespace {
QString change(qint64 current, qint64 previous, const QString &amount)
{
    if (current == previous)
        return QStringLiteral("持平");
    const bool up = current > previous;
    QString s = (up ? QStringLiteral("增加") : QStringLiteral("减少")) + amount;
    // No percentage against nothing: "增加5件", never "增长∞%".
    if (previous != 0)
        s += QStringLiteral("（%1%2）")
                 .arg(up ? QStringLiteral("增长") : QStringLiteral("下降"),
                      Text::percent(double(std::abs(current - previous)) /
                                    double(std::abs(previous))));
    return s;
}
} // namespace

QString describeChange(qint64 current, qint64 previous, const QString &unit)
{
    return change(current, previous, Text::count(std::abs(current - previous)) + unit);
}

QString describeMoneyChange(qint64 currentFen, qint64 previousFen)
{
    return change(currentFen, previousFen,
                  Text::money(std::abs(currentFen - previousFen)) + QStringLiteral("元"));
}

QString annualReportOverview(const AnnualReport &r)
{
    const AnnualFigures &c = r.current;
    const AnnualFigures &p = r.previous;
    const QString piece = QStringLiteral("件");
    const QString person = QStringLiteral("人");
    const auto kind = [](const AnnualFigures &f, CaseKind k) { return f.cases.byKind[int(k)]; };
    QString s = QStringLiteral("%1年，%2").arg(r.year).arg(Text::scopePhrase(r));
    if (!r.agencyId)
        s += QStringLiteral("共有行政执法主体%1个，").arg(Text::count(c.agencies));
    s += QStringLiteral("在岗行政执法人员%1人，较上年%2；其中持有效行政执法证件%3人，持证率%4。")
             .arg(Text::count(c.officers.active),
                  describeChange(c.officers.active, p.officers.active, person),
                  Text::count(c.officers.certified), Text::rate(c.certifiedRate()));
    s += QStringLiteral("全年共办理行政执法案件%1件，较上年%2。")
             .arg(Text::count(c.cases.total), describeChange(c.cases.total, p.cases.total, piece));
    const qint64 fines = c.cases.fineFen + c.cases.confiscationFen;
    const qint64 finesBefore = p.cases.fineFen + p.cases.confiscationFen;
    s += QStringLiteral("其中作出行政处罚决定%1件，较上年%2，罚没金额%3元，较上年%4；")
             .arg(Text::count(c.cases.penaltyDecisions()),
                  describeChange(c.cases.penaltyDecisions(), p.cases.penaltyDecisions(), piece),
                  Text::money(fines), describeMoneyChange(fines, finesBefore));
    s += QStringLiteral(
             "办理行政许可%1件，较上年%2；行政强制%3件，较上年%4；行政检查%5件，较上年%6。")
             .arg(Text::count(kind(c, CaseKind::Licence)),
                  describeChange(kind(c, CaseKind::Licence), kind(p, CaseKind::Licence), piece),
                  Text::count(kind(c, CaseKind::Coercion)),
                  describeChange(kind(c, CaseKind::Coercion), kind(p, CaseKind::Coercion), piece),
                  Text::count(kind(c, CaseKind::Inspection)),
                  describeChange(kind(c, CaseKind::Inspection), kind(p, CaseKind::Inspection),
                                 piece));
    s += QStringLiteral("重大执法决定%1件，经法制审核%2件，法制审核率%3；"
                        "应公示执法决定%4件，按期公示%5件，按期公示率%6。")
             .arg(Text::count(c.cases.major), Text::count(c.cases.majorReviewed),
                  Text::rate(c.majorReviewedRate()), Text::count(c.cases.publicityDue),
                  Text::count(c.cases.publicityOnTime), Text::rate(c.publicityRate()));
    s += QStringLiteral("行政复议%1件，被纠错%2件，纠错率%3；行政诉讼%4件，败诉%5件，败诉率%6。")
             .arg(Text::count(c.reconsideration.total), Text::count(c.reconsideration.corrected),
                  Text::rate(c.correctedRate()), Text::count(c.litigation.total),
                  Text::count(c.litigation.corrected), Text::rate(c.lostRate()));
    return s;
}

} // namespace Jiandu::Documents
