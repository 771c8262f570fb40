// The published tables' labels are the canonical Chinese of the official forms (like the
// import templates' headers), not UI text: offices publish them as they are.

#include "reporttables.h"

#include "util/format.h"

namespace Jiandu::Report {
namespace {

using Row = QList<Cell>;

// A row of tables 1–4: the item, its value in Y and Y−1, and the change.
Row compare(const QString &item, qint64 current, qint64 previous, bool money = false)
{
    if (money)
        return {Cell::label(item), Cell::money(current), Cell::money(previous),
                Cell::money(current - previous)};
    return {Cell::label(item), Cell::count(current), Cell::count(previous),
            Cell::count(current - previous)};
}

QStringList compareHeaders(int year)
{
    return {QStringLiteral("项目"), QStringLiteral("%1年").arg(year),
            QStringLiteral("%1年").arg(year - 1), QStringLiteral("增减")};
}

// Table 1 shows the two merged columns with both names, as the published forms do.
QString penaltyLabel(PenaltyColumn column)
{
    if (column == PenaltyColumn::Confiscation)
        return QStringLiteral("没收违法所得/没收非法财物");
    if (column == PenaltyColumn::CloseOrRestrictPractice)
        return QStringLiteral("责令关闭/限制从业");
    return penaltyColumnKey(column);
}

ReportTable penalties(const AnnualReport &r)
{
    const CaseFigures &c = r.current.cases;
    const CaseFigures &p = r.previous.cases;
    ReportTable t{QStringLiteral("行政处罚实施情况统计表"), compareHeaders(r.year), {}};
    for (int i = 0; i < kPenaltyColumns; ++i)
        t.rows << compare(penaltyLabel(PenaltyColumn(i)), c.penalties[i], p.penalties[i]);
    t.rows << compare(QStringLiteral("合计"), c.penaltyDecisions(), p.penaltyDecisions());
    t.rows << compare(QStringLiteral("罚没金额（元）"), c.fineFen + c.confiscationFen,
                      p.fineFen + p.confiscationFen, true);
    return t;
}

ReportTable licences(const AnnualReport &r)
{
    const LicenceFigures &c = r.current.licences;
    const LicenceFigures &p = r.previous.licences;
    return {QStringLiteral("行政许可实施情况统计表"),
            compareHeaders(r.year),
            {compare(QStringLiteral("申请数量"), c.applied, p.applied),
             compare(QStringLiteral("受理数量"), c.accepted, p.accepted),
             compare(QStringLiteral("许可数量"), c.granted, p.granted),
             compare(QStringLiteral("不予许可数量"), c.refused, p.refused),
             compare(QStringLiteral("撤销许可数量"), c.revoked, p.revoked)}};
}

ReportTable coercion(const AnnualReport &r)
{
    const CoercionFigures &c = r.current.coercion;
    const CoercionFigures &p = r.previous.coercion;
    ReportTable t{QStringLiteral("行政强制实施情况统计表"), compareHeaders(r.year), {}};
    const auto kind = [&](const QString &group, CoercionKind k, const QString &label) {
        t.rows << compare(group + QStringLiteral("：") + label, c.byKind[int(k)], p.byKind[int(k)]);
    };
    const QString measure = QStringLiteral("行政强制措施");
    const QString execution = QStringLiteral("行政强制执行");
    t.rows << compare(measure, c.measures, p.measures);
    kind(measure, CoercionKind::Seal, Vocab::zh(CoercionKind::Seal));
    kind(measure, CoercionKind::Seize, Vocab::zh(CoercionKind::Seize));
    kind(measure, CoercionKind::Freeze, Vocab::zh(CoercionKind::Freeze));
    kind(measure, CoercionKind::OtherMeasure, QStringLiteral("其他措施"));
    t.rows << compare(execution, c.executions, p.executions);
    for (const CoercionKind k :
         {CoercionKind::LatePayment, CoercionKind::Transfer, CoercionKind::Auction,
          CoercionKind::Restore, CoercionKind::Substitute})
        kind(execution, k, Vocab::zh(k));
    kind(execution, CoercionKind::OtherExecution, QStringLiteral("其他"));
    t.rows << compare(Vocab::zh(CoercionKind::CourtApplication), c.courtApplications,
                      p.courtApplications);
    return t;
}

ReportTable otherActs(const AnnualReport &r)
{
    ReportTable t{QStringLiteral("其他行政执法行为实施情况统计表"), compareHeaders(r.year), {}};
    for (const CaseKind k : {CaseKind::Inspection, CaseKind::Expropriation, CaseKind::Confirmation,
                             CaseKind::Benefit, CaseKind::Adjudication, CaseKind::Other})
        t.rows << compare(Vocab::zh(k), r.current.cases.byKind[int(k)],
                          r.previous.cases.byKind[int(k)]);
    return t;
}

ReportTable certification(const AnnualReport &r)
{
    ReportTable t{QStringLiteral("行政执法证持证率情况统计表"),
                  {QStringLiteral("执法主体"), QStringLiteral("在岗人数"),
                   QStringLiteral("持证人数"), QStringLiteral("持证率")},
                  {}};
    const auto row = [&t](const QString &name, const BodyFigures &b) {
        t.rows << Row{Cell::label(name), Cell::count(b.officers.active),
                      Cell::count(b.officers.certified), Cell::ratio(b.certifiedRate())};
    };
    if (r.agencyId) {
        row(r.scope, r.current);
        return t;
    }
    for (const AgencyFigures &a : r.byAgency)
        row(a.name, a.figures);
    row(QStringLiteral("合计"), r.current);
    return t;
}

} // namespace

QString Cell::toText() const
{
    switch (kind) {
    case Kind::Text:
        return text;
    case Kind::Count:
        return QString::number(number);
    case Kind::Money:
        return Format::yuan(number);
    case Kind::Rate: {
        const auto v = rate.value();
        return v ? QString::number(*v * 100.0, 'f', 2) + QLatin1Char('%') : QStringLiteral("—");
    }
    }
    return {};
}

QList<ReportTable> publishedTables(const AnnualReport &report)
{
    return {penalties(report), licences(report), coercion(report), otherActs(report),
            certification(report)};
}

} // namespace Jiandu::Report
