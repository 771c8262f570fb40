// Finalised annual reports (ReportRepository, migration 0006) and ANNUAL_REPORT_DUE.

#include "report/annualreport.h"
#include "storage/audittrail.h"
#include "storage/reportrepository.h"
#include "tst_rulehelpers.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Test;
using namespace Qt::StringLiterals;

namespace {

AnnualReport report(int year, std::optional<qint64> agency = std::nullopt)
{
    AnnualReport r;
    r.year = year;
    r.scope = agency ? u"清河县市场监督管理局"_s : u"清河县人民政府"_s;
    r.agencyId = agency;
    r.asOf = QDate(year, 12, 31);
    r.current.cases.total = 12;
    r.current.officers.active = 5;
    r.previous.cases.total = 10;
    return r;
}

QList<Rules::Warning> due(Database &db, const QDate &asOf)
{
    return evaluateRule(db, u"ANNUAL_REPORT_DUE"_s, ruleContext(asOf));
}

} // namespace

class TestReportRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finaliseKeepsHistoryAndHash()
    {
        TestDatabase t;
        const qint64 agency = addAgency(t.db(), u"清河县市场监督管理局"_s);
        ReportRepository repo(t.db());
        QVERIFY(repo.latest(2024, std::nullopt)->value_or(FinalisedReport{}).id == 0);

        const AnnualReport r = report(2024);
        const QString json = Report::toJson(r);
        const auto first = repo.finalise(r, json);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
        QCOMPARE(first->sequence, 1);
        QCOMPARE(first->jsonSha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(json.toUtf8(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(first->finalisedAt, t.clock().now().toUTC());
        QCOMPARE(first->actor, t.db().actor());

        // Audited in the same transaction.
        const auto history =
            AuditTrail(t.db()).history(u"annual_report_final"_s, QString::number(first->id));
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->constFirst().after.value(u"json_sha256"_s).toString(), first->jsonSha256);

        // A second finalisation of the region: sequence 2, the latest counts; the body's own
        // report has its own sequence (NULL scope and agency scope kept apart).
        AnnualReport changed = r;
        changed.current.cases.total = 13;
        const auto second = repo.finalise(changed, Report::toJson(changed));
        QVERIFY(second.ok());
        QCOMPARE(second->sequence, 2);
        const auto body = repo.finalise(report(2024, agency), Report::toJson(report(2024, agency)));
        QVERIFY(body.ok());
        QCOMPARE(body->sequence, 1);

        const auto latest = repo.latest(2024, std::nullopt);
        QVERIFY(latest.ok() && latest->has_value());
        QCOMPARE((*latest)->id, second->id);
        QCOMPARE((*latest)->json, Report::toJson(changed));
        QCOMPARE((*latest)->asOf, QDate(2024, 12, 31));
        QCOMPARE(repo.latest(2024, agency).value()->id, body->id);
        QVERIFY(!repo.latest(2023, std::nullopt).value().has_value());
        QCOMPARE(repo.list()->size(), 3);
        QCOMPARE(repo.list()->constFirst().id, second->id); // region first, newest first

        // The rows are append-only, and the unique index holds for the region (NULL).
        QSqlQuery q(t.db().connection());
        QVERIFY(!q.exec(u"UPDATE annual_report_final SET json = '{}'"_s));
        QVERIFY(!q.exec(u"DELETE FROM annual_report_final"_s));
        QVERIFY(!q.exec(u"INSERT INTO annual_report_final (year, scope_agency_id, scope_name, "
                        "sequence, as_of, finalised_at, actor, json_sha256, json) SELECT year, "
                        "scope_agency_id, scope_name, sequence, as_of, finalised_at, actor, "
                        "json_sha256, json FROM annual_report_final WHERE id = 1"_s));
    }

    void finaliseRefusesBrokenJson()
    {
        TestDatabase t;
        const auto r = ReportRepository(t.db()).finalise(report(2024), u"{not json"_s);
        QVERIFY(!r.ok());
        QCOMPARE(t.rowCount(u"annual_report_final"_s), qint64(0));
    }

    void compareFindsChangedFigures()
    {
        const AnnualReport r = report(2024);
        AnnualReport changed = r;
        QVERIFY(ReportRepository::compare(Report::toJson(r), Report::toJson(changed))->isEmpty());
        changed.current.cases.total = 15;
        changed.previous.officers.active = 7;
        const auto diff = ReportRepository::compare(Report::toJson(r), Report::toJson(changed));
        QVERIFY(diff.ok());
        QStringList keys;
        for (const ReportDifference &d : *diff)
            keys << d.key;
        QVERIFY2(keys.contains(u"current.cases.total"_s), qPrintable(keys.join(u", "_s)));
        QVERIFY2(keys.contains(u"previous.officers.active"_s), qPrintable(keys.join(u", "_s)));
        for (const ReportDifference &d : *diff)
            if (d.key == u"current.cases.total")
                QCOMPARE(d.finalised + u"→"_s + d.recomputed, u"12→15"_s);
        // A key on one side only.
        const auto missing = ReportRepository::compare(u"{\"a\": 1, \"b\": [1, 2]}"_s,
                                                       u"{\"b\": [1, 3], \"c\": \"x\"}"_s);
        QVERIFY(missing.ok());
        QCOMPARE(missing->size(), 3);
        QCOMPARE(missing->at(0).key, u"a"_s);
        QCOMPARE(missing->at(1).key, u"b[1]"_s);
        QCOMPARE(missing->at(2).key, u"c"_s);
        QVERIFY(!ReportRepository::compare(u"[]"_s, u"{}"_s).ok());
    }

    void annualReportDueBoundaries()
    {
        TestDatabase t;
        const qint64 agency = addAgency(t.db(), u"清河县市场监督管理局"_s);
        // No case of 2024 recorded: no figures to publish, nothing due.
        QVERIFY(due(t.db(), QDate(2025, 1, 15)).isEmpty());
        saveCase(t.db(), ruleCase(agency, u"清市监罚〔2024〕1号"_s, CaseKind::Penalty,
                                  QDate(2024, 3, 1), QDate(2024, 4, 1)));
        saveCase(t.db(), ruleCase(agency, u"清市监罚〔2023〕1号"_s, CaseKind::Penalty,
                                  QDate(2023, 3, 1), QDate(2023, 4, 1)));
        saveCase(t.db(), ruleCase(agency, u"清市监罚〔2025〕1号"_s, CaseKind::Penalty,
                                  QDate(2025, 3, 1), QDate(2025, 4, 1)));

        QVERIFY(due(t.db(), QDate(2024, 12, 31)).size() == 1); // 2023's report, late
        for (const QDate &day : {QDate(2025, 1, 1), QDate(2025, 1, 31)}) {
            const auto w = due(t.db(), day);
            QCOMPARE(w.size(), 1);
            QCOMPARE(w.constFirst().level, Rules::Level::Warning);
            QCOMPARE(w.constFirst().subject, Rules::Subject::Report);
            QCOMPARE(w.constFirst().key, u"2024"_s);
            QCOMPARE(w.constFirst().due, QDate(2025, 1, 31));
        }
        for (const QDate &day : {QDate(2025, 2, 1), QDate(2025, 12, 31)}) {
            const auto w = due(t.db(), day);
            QCOMPARE(w.size(), 1);
            QCOMPARE(w.constFirst().level, Rules::Level::Error);
            QCOMPARE(w.constFirst().key, u"2024"_s);
        }
        // A body's own report does not stand for the region's.
        QVERIFY(ReportRepository(t.db())
                    .finalise(report(2024, agency), Report::toJson(report(2024, agency)))
                    .ok());
        QCOMPARE(due(t.db(), QDate(2025, 2, 1)).size(), 1);
        QVERIFY(ReportRepository(t.db()).finalise(report(2024), Report::toJson(report(2024))).ok());
        QVERIFY(due(t.db(), QDate(2025, 1, 1)).isEmpty());
        QVERIFY(due(t.db(), QDate(2025, 2, 1)).isEmpty());
        QCOMPARE(due(t.db(), QDate(2026, 1, 2)).constFirst().key, u"2025"_s);
        QVERIFY(Rules::findRule(u"ANNUAL_REPORT_DUE"_s));
        QCOMPARE(Rules::allRules().constLast()->id(), u"ANNUAL_REPORT_DUE"_s);
    }
};

QTEST_GUILESS_MAIN(TestReportRepository)
#include "tst_reportrepository.moc"
