#include "demodata.h"

#include "democases.h"
#include "demoplan.h"
#include "demosupervision.h"
#include "storage/agencyrepository.h"
#include "storage/bulkwriter.h"
#include "storage/calendarrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Jiandu::Demo {

namespace {

// The demo fills a new database only: mixing it into real records would be a disaster.
VoidResult checkEmpty(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM officer), (SELECT count(*) FROM agency)")) ||
        !q.next())
        return sqlError(q, QStringLiteral("demo"));
    if (q.value(0).toLongLong() > 0 || q.value(1).toLongLong() > 0)
        return Error{Error::Code::Conflict,
                     QCoreApplication::translate(
                         "Demo",
                         "The database already holds %1 officers and %2 agencies; the demo dataset "
                         "is only loaded into an empty database. Use a new file (--db).")
                         .arg(q.value(0).toLongLong())
                         .arg(q.value(1).toLongLong()),
                     db.path()};
    return {};
}

class CountyWriter
{
public:
    CountyWriter(Database &db, Summary &summary) : m_agencies(db), m_bulk(db), m_summary(summary) {}

    VoidResult writeAgencies(QList<AgencyPlan> &agencies, QList<qint64> &ids)
    {
        ids.clear();
        for (AgencyPlan &a : agencies) {
            auto id = m_agencies.save(a.agency);
            if (!id)
                return id.error();
            for (const QString &section : std::as_const(a.sections))
                if (auto s = m_agencies.addSection(id.value(), section); !s)
                    return s.error();
            ids << id.value();
            ++m_summary.agencies;
        }
        return {};
    }

    VoidResult writeOfficer(OfficerPlan &o)
    {
        auto id = m_bulk.addOfficer(o.officer);
        if (!id)
            return id.error();
        ++m_summary.officers;
        for (Certificate &c : o.certificates) {
            c.officerId = id.value();
            if (auto r = m_bulk.addCertificate(c); !r)
                return r.error();
            ++m_summary.certificates;
        }
        for (Training &t : o.trainings) {
            t.officerId = id.value();
            if (auto r = m_bulk.addTraining(t, o.officer.idNumber); !r)
                return r.error();
            ++m_summary.trainings;
        }
        for (Assessment &a : o.assessments) {
            a.officerId = id.value();
            if (auto r = m_bulk.addAssessment(a, o.officer.idNumber); !r)
                return r.error();
            ++m_summary.assessments;
        }
        return {};
    }

    VoidResult writeCase(EnforcementCase &c)
    {
        if (auto r = m_bulk.addCase(c); !r)
            return r.error();
        ++m_summary.cases;
        return {};
    }

    BulkWriter &bulk() { return m_bulk; }

private:
    AgencyRepository m_agencies;
    BulkWriter m_bulk;
    Summary &m_summary;
};

Error cancelled()
{
    return Error{
        Error::Code::Usage,
        QCoreApplication::translate("Demo", "The demo dataset was cancelled; nothing was written."),
        {}};
}

} // namespace

int maxScale()
{
    return Tables::maxCounties();
}

Result<Summary> generate(Database &db, const Options &options)
{
    if (options.scale < 1 || options.scale > maxScale())
        return Error{Error::Code::Usage,
                     QCoreApplication::translate("Demo", "The scale must be between 1 and %1.")
                         .arg(maxScale()),
                     QStringLiteral("--scale")};
    const QDate today = options.today.isValid() ? options.today : db.clock().today();
    if (auto empty = checkEmpty(db); !empty)
        return empty.error();

    // One transaction for everything: a failure or a cancel leaves the file as it was.
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    Summary summary;
    CountyWriter writer(db, summary);
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        return calendar.error();
    if (auto r = writer.bulk().beginCases(); !r)
        return r.error();
    QSet<QString> usedIdNumbers;
    const int total = plannedOfficers(options.scale)
                      + (options.cases ? CasePlanner::plannedCases(options.scale, today) : 0);
    int done = 0;
    if (options.progress && !options.progress(0, total))
        return cancelled();
    for (int county = 0; county < options.scale; ++county) {
        CountyPlan plan = planCounty(county, options.seed, today, usedIdNumbers);
        QList<qint64> agencyIds;
        if (auto r = writer.writeAgencies(plan.agencies, agencyIds); !r)
            return r.error();
        for (OfficerPlan &o : plan.officers) {
            o.officer.agencyId = agencyIds.at(o.agencyIndex);
            if (auto r = writer.writeOfficer(o); !r)
                return r.error();
            ++done;
            if (options.progress && done % 10 == 0 && !options.progress(done, total))
                return cancelled();
        }
        CasePlanner cases(plan, agencyIds, calendar.value(), today, options.seed);
        for (int year = kFirstCaseYear; options.cases && year <= today.year(); ++year) {
            QList<EnforcementCase> planned = cases.planYear(year);
            for (EnforcementCase &c : planned)
                if (auto r = writer.writeCase(c); !r)
                    return r.error();
            done += int(planned.size());
            if (options.progress && !options.progress(done, total))
                return cancelled();
        }
        if (options.supervision) {
            SupervisionSummary s;
            if (auto r = writeSupervision(db, plan, agencyIds, today, s); !r)
                return r.error();
            summary.activities += s.activities;
            summary.findings += s.findings;
            summary.tasks += s.tasks;
            summary.documents += s.documents;
        }
    }
    if (auto r = writer.bulk().endCases(); !r)
        return r.error();
    if (options.progress && !options.progress(total, total))
        return cancelled();
    if (auto r = tx.commit(); !r)
        return r.error();
    return summary;
}

} // namespace Jiandu::Demo
