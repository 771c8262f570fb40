// The JSON form of the annual report, written by hand so that keys keep the spec's order
// (QJsonObject sorts them) and decimals keep their fixed places ("training_hours_total":
// 1234.50, money as "12500.00" strings).

#include "annualreport.h"

#include "domain/reviewtypes.h"
#include "util/format.h"

namespace Jiandu::Report {
namespace {

// An ordered JSON value: a literal (number, string, null already encoded) or an object.
struct Node
{
    QString key;
    QString literal;
    QList<Node> members;
    bool object = false;
    bool array = false;
};

QString jsonString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar ch : text) {
        if (ch == u'"' || ch == u'\\')
            out += QLatin1Char('\\') + ch;
        else if (ch.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += ch;
    }
    return out + QLatin1Char('"');
}

Node value(const QString &key, const QString &literal)
{
    return Node{key, literal, {}, false, false};
}
Node number(const QString &key, qint64 n)
{
    return value(key, QString::number(n));
}
Node text(const QString &key, const QString &s)
{
    return value(key, jsonString(s));
}
Node object(const QString &key, QList<Node> members)
{
    return Node{key, {}, std::move(members), true, false};
}

template <typename E, std::size_t N>
Node counts(const QString &key, const std::array<int, N> &values)
{
    QList<Node> members;
    for (const E e : Vocab::all<E>())
        members << number(Vocab::zh(e), values[std::size_t(e)]);
    return object(key, members);
}

Node rate(const QString &key, const Rate &r)
{
    const auto v = r.value();
    return object(key, {number(QStringLiteral("numerator"), r.numerator),
                        number(QStringLiteral("denominator"), r.denominator),
                        value(QStringLiteral("value"),
                              v ? QString::number(*v, 'f', 4) : QStringLiteral("null"))});
}

Node officers(const OfficerFigures &o)
{
    return object(
        QStringLiteral("officers"),
        {number(QStringLiteral("active"), o.active),
         number(QStringLiteral("certified"), o.certified),
         number(QStringLiteral("legal_reviewers"), o.legalReviewers),
         number(QStringLiteral("training_met"), o.trainingMet),
         value(QStringLiteral("training_hours_total"), QString::number(o.trainingHours, 'f', 2)),
         counts<AssessmentResult>(QStringLiteral("assessment"), o.assessment)});
}

Node cases(const CaseFigures &c)
{
    QList<Node> penalties;
    for (int i = 0; i < kPenaltyColumns; ++i)
        penalties << number(penaltyColumnKey(PenaltyColumn(i)), c.penalties[i]);
    return object(QStringLiteral("cases"),
                  {number(QStringLiteral("total"), c.total),
                   counts<CaseKind>(QStringLiteral("by_kind"), c.byKind),
                   object(QStringLiteral("penalties_by_category"), penalties),
                   number(QStringLiteral("mitigated"), c.mitigated),
                   number(QStringLiteral("not_penalised"), c.notPenalised),
                   text(QStringLiteral("fines_yuan"), Format::yuan(c.fineFen)),
                   text(QStringLiteral("confiscations_yuan"), Format::yuan(c.confiscationFen)),
                   number(QStringLiteral("major"), c.major),
                   number(QStringLiteral("major_reviewed"), c.majorReviewed),
                   number(QStringLiteral("publicity_due"), c.publicityDue),
                   number(QStringLiteral("publicity_on_time"), c.publicityOnTime),
                   number(QStringLiteral("transferred"), c.transferred)});
}

Node appeal(const QString &key, const QString &correctedKey, const AppealFigures &a)
{
    return object(key,
                  {number(QStringLiteral("total"), a.total), number(correctedKey, a.corrected)});
}

// The rates of a body's figures (an addition to the spec's keys: see annualreport.h).
QList<Node> bodyRates(const BodyFigures &b)
{
    return {rate(QStringLiteral("certified"), b.certifiedRate()),
            rate(QStringLiteral("training_met"), b.trainingRate()),
            rate(QStringLiteral("major_reviewed"), b.majorReviewedRate()),
            rate(QStringLiteral("publicity_on_time"), b.publicityRate()),
            rate(QStringLiteral("reconsideration_corrected"), b.correctedRate()),
            rate(QStringLiteral("litigation_lost"), b.lostRate())};
}

Node figures(const QString &key, const AnnualFigures &f)
{
    const LicenceFigures &l = f.licences;
    const CoercionFigures &c = f.coercion;
    const ReviewFigures &r = f.reviews;
    const RectificationFigures &t = f.rectification;
    const auto average = r.averageScore();
    return object(
        key,
        {number(QStringLiteral("agencies"), f.agencies), officers(f.officers), cases(f.cases),
         object(QStringLiteral("licences"), {number(QStringLiteral("applied"), l.applied),
                                             number(QStringLiteral("accepted"), l.accepted),
                                             number(QStringLiteral("granted"), l.granted),
                                             number(QStringLiteral("refused"), l.refused),
                                             number(QStringLiteral("revoked"), l.revoked)}),
         object(QStringLiteral("coercion"),
                {number(QStringLiteral("measures"), c.measures),
                 number(QStringLiteral("executions"), c.executions),
                 number(QStringLiteral("court_applications"), c.courtApplications)}),
         appeal(QStringLiteral("reconsideration"), QStringLiteral("corrected"), f.reconsideration),
         appeal(QStringLiteral("litigation"), QStringLiteral("lost"), f.litigation),
         object(QStringLiteral("reviews"),
                {number(QStringLiteral("files"), r.files),
                 counts<ReviewGrade>(QStringLiteral("by_grade"), r.byGrade),
                 value(QStringLiteral("average_score"),
                       average ? QString::number(*average, 'f', 1) : QStringLiteral("null"))}),
         object(QStringLiteral("rectification"),
                {number(QStringLiteral("tasks"), t.tasks),
                 number(QStringLiteral("closed_on_time"), t.closedOnTime),
                 number(QStringLiteral("overdue"), t.overdue),
                 number(QStringLiteral("open_ended"), t.openEnded)}),
         object(QStringLiteral("rates"), bodyRates(f)
                                             << rate(QStringLiteral("rectification_closed_on_time"),
                                                     t.onTimeRate()))});
}

Node agency(const AgencyFigures &a)
{
    const BodyFigures &b = a.figures;
    return object({}, {text(QStringLiteral("agency"), a.name), officers(b.officers), cases(b.cases),
                       appeal(QStringLiteral("reconsideration"), QStringLiteral("corrected"),
                              b.reconsideration),
                       appeal(QStringLiteral("litigation"), QStringLiteral("lost"), b.litigation),
                       object(QStringLiteral("rates"), bodyRates(b))});
}

// Objects of literals only (category counts, rates) fit on one line; the rest is indented.
bool flat(const Node &n)
{
    for (const Node &m : n.members)
        if (m.object || m.array)
            return false;
    return !n.array;
}

void render(const Node &n, int depth, QString &out)
{
    if (!n.object && !n.array) {
        out += n.literal;
        return;
    }
    const QChar open = n.array ? u'[' : u'{';
    const QChar close = n.array ? u']' : u'}';
    if (n.members.isEmpty()) {
        out += open + close;
        return;
    }
    const bool oneLine = flat(n) && depth > 1;
    const QString inner = oneLine ? QString() : QString(2 * (depth + 1), u' ');
    out += open;
    for (qsizetype i = 0; i < n.members.size(); ++i) {
        const Node &m = n.members.at(i);
        out += i == 0 ? QString() : QStringLiteral(",");
        out += oneLine ? (i == 0 ? QString() : QStringLiteral(" ")) : QLatin1Char('\n') + inner;
        if (!n.array)
            out += jsonString(m.key) + QStringLiteral(": ");
        render(m, depth + 1, out);
    }
    if (!oneLine)
        out += QLatin1Char('\n') + QString(2 * depth, u' ');
    out += close;
}

} // namespace

QString toJson(const AnnualReport &report)
{
    QList<Node> top{number(QStringLiteral("year"), report.year),
                    text(QStringLiteral("scope"), report.scope),
                    text(QStringLiteral("as_of"), report.asOf.toString(Qt::ISODate)),
                    figures(QStringLiteral("current"), report.current),
                    figures(QStringLiteral("previous"), report.previous)};
    if (!report.agencyId) {
        Node list{QStringLiteral("by_agency"), {}, {}, false, true};
        for (const AgencyFigures &a : report.byAgency)
            list.members << agency(a);
        top << list;
    }
    QString out;
    render(object({}, top), 0, out);
    return out + QLatin1Char('\n');
}

} // namespace Jiandu::Report
