// Training, assessment and staffing rules of spec/warnings.md.

#include "rulesupport.h"

#include "storage/officerrepository.h"
#include "util/format.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cmath>

namespace Jiandu::Rules::Detail {
namespace {

QDate yearEnd(int year)
{
    return QDate(year, 12, 31);
}

class TrainingShort final : public FixedRule
{
public:
    TrainingShort()
        : FixedRule("TRAINING_SHORT", Level::Warning, Subject::Officer,
                    QT_TRANSLATE_NOOP("Rules", "Legal training below the yearly minimum"))
    {
    }
    Result<QList<Warning>> compute(Database &db, const RuleContext &c) const override
    {
        const int year = c.effectiveYear();
        const double minimum = c.settings.trainingHoursMinimum;
        // The same hours expression as the roster list. MATERIALIZED: a flattened subquery
        // would evaluate the sum twice (filter and output). The tolerance keeps sums of
        // minute-based entries (n × 1/45 h) that are exactly the minimum from firing.
        const QString sql =
            QStringLiteral("WITH h AS MATERIALIZED (") +
            officerSelect(OfficerRepository::trainingHoursSql(year) + QStringLiteral(" AS hours")) +
            QStringLiteral(" WHERE o.status = 'active') SELECT * FROM h WHERE hours + 1e-9 < ?");
        return run(db, sql, {minimum}, [year, minimum](const QSqlQuery &q, Warning &w) {
            const QString name = fillOfficer(q, w);
            w.due = yearEnd(year);
            w.message =
                QCoreApplication::translate(
                    "Rules", "%1 has %2 class hours of legal training in %3; %4 are required.")
                    .arg(name, Format::hours(q.value(kFirstExtra).toDouble()),
                         QString::number(year), Format::hours(minimum));
        });
    }
};

class NoLawUpdate final : public FixedRule
{
public:
    NoLawUpdate()
        : FixedRule("NO_LAW_UPDATE", Level::Warning, Subject::Officer,
                    QT_TRANSLATE_NOOP("Rules", "No law-update training this year"))
    {
    }
    Result<QList<Warning>> compute(Database &db, const RuleContext &c) const override
    {
        const int year = c.effectiveYear();
        const QString sql =
            officerSelect({}) +
            QStringLiteral(" WHERE o.status = 'active' AND NOT EXISTS (SELECT 1 FROM training t"
                           " WHERE t.officer_id = o.id AND t.date BETWEEN ? AND ?"
                           " AND t.kind = 'law_update')");
        const QVariantList binds{QDate(year, 1, 1).toString(Qt::ISODate),
                                 yearEnd(year).toString(Qt::ISODate)};
        return run(db, sql, binds, [year](const QSqlQuery &q, Warning &w) {
            const QString name = fillOfficer(q, w);
            w.due = yearEnd(year);
            w.message = QCoreApplication::translate("Rules", "%1 has no law-update training in %2.")
                            .arg(name, QString::number(year));
        });
    }
};

class AssessmentExit final : public FixedRule
{
public:
    AssessmentExit()
        : FixedRule("ASSESSMENT_EXIT", Level::Error, Subject::Officer,
                    QT_TRANSLATE_NOOP("Rules", "Rated incompetent two years running"))
    {
    }
    Result<QList<Warning>> compute(Database &db, const RuleContext &c) const override
    {
        // Pairs (year - 1, year) both 不合格; the latest pair is reported.
        const QString sql =
            QStringLiteral(
                "SELECT o.id, o.id_number, o.name, a.name, max(x.year), o.status"
                " FROM assessment x"
                " JOIN assessment p ON p.officer_id = x.officer_id AND p.year = x.year - 1"
                "  AND p.result = 'incompetent'"
                " JOIN officer o ON o.id = x.officer_id JOIN agency a ON a.id = o.agency_id"
                " WHERE x.result = 'incompetent' AND x.year <= ?"
                "  AND (o.status = 'active' OR EXISTS (SELECT 1 FROM certificate v"
                "   WHERE v.officer_id = o.id AND %1))"
                " GROUP BY o.id")
                .arg(validOnSql(QStringLiteral("v"), sqlDate(c.asOf)));
        return run(db, sql, {c.asOf.year()}, [](const QSqlQuery &q, Warning &w) {
            const QString name = fillOfficer(q, w);
            const int year = q.value(kFirstExtra).toInt();
            const bool active = q.value(kFirstExtra + 1).toString() == u"active";
            w.message =
                (active
                     ? QCoreApplication::translate(
                           "Rules", "%1 was rated incompetent in %2 and %3 but is still in post.")
                     : QCoreApplication::translate(
                           "Rules", "%1 was rated incompetent in %2 and %3 but still holds a valid "
                                    "enforcement certificate."))
                    .arg(name, QString::number(year - 1), QString::number(year));
        });
    }
};

class ReviewerRatio final : public FixedRule
{
public:
    ReviewerRatio()
        : FixedRule("REVIEWER_RATIO", Level::Warning, Subject::Agency,
                    QT_TRANSLATE_NOOP("Rules", "Too few legal reviewers"))
    {
    }
    Result<QList<Warning>> compute(Database &db, const RuleContext &c) const override
    {
        // required = ceil(active × ratio) in integers (ratio in ‰), so that exact multiples
        // (20 officers at 5 %) do not round up through floating point.
        const qint64 permille = std::llround(c.settings.reviewerRatio * 1000.0);
        const QString sql = QStringLiteral("SELECT * FROM (SELECT a.id, a.name, count(*) AS "
                                           "active, sum(o.legal_reviewer <> 0) AS reviewers,"
                                           " (count(*) * ? + 999) / 1000 AS required"
                                           " FROM officer o JOIN agency a ON a.id = o.agency_id "
                                           "WHERE o.status = 'active' GROUP BY a.id)"
                                           " WHERE reviewers < required");
        return run(db, sql, {permille}, [](const QSqlQuery &q, Warning &w) {
            w.recordId = q.value(0).toLongLong();
            w.key = q.value(1).toString();
            w.agency = w.key;
            w.message =
                QCoreApplication::translate(
                    "Rules",
                    "%1: %2 legal reviewer(s) for %3 officer(s) in post; at least %4 required.")
                    .arg(w.key, q.value(3).toString(), q.value(2).toString(),
                         q.value(4).toString());
        });
    }
};

} // namespace

QList<const Rule *> staffRules()
{
    static const TrainingShort trainingShort;
    static const NoLawUpdate noLawUpdate;
    static const AssessmentExit assessmentExit;
    static const ReviewerRatio reviewerRatio;
    return {&trainingShort, &noLawUpdate, &assessmentExit, &reviewerRatio};
}

} // namespace Jiandu::Rules::Detail
