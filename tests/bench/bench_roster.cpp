// The roster page on the scale-100 demo database (≈ 10,000 officers, ≈ 575,000 trainings):
// what the 执法人员 page runs when it shows its first rows or applies a filter, i.e. one
// page of OfficerRepository::list() plus count(). Target (issue 2): well under 100 ms.

#include "benchsupport.h"
#include "storage/agencyrepository.h"
#include "storage/officerrepository.h"

#include <QCoreApplication>

using namespace Jiandu;

namespace {

constexpr int kPage = 200;
constexpr int kRuns = 7;

void page(const OfficerRepository &officers, const OfficerQuery &q, int offset, bool withCount)
{
    auto rows = officers.list(q, offset, kPage);
    if (!rows)
        qFatal("list failed: %s", qPrintable(rows.error().toString()));
    if (withCount) {
        auto n = officers.count(q);
        if (!n)
            qFatal("count failed: %s", qPrintable(n.error().toString()));
    }
}

OfficerQuery baseQuery()
{
    OfficerQuery q;
    q.asOf = Bench::today();
    return q;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    auto db = Bench::openDemo(100);
    OfficerRepository officers(*db);
    auto agency = AgencyRepository(*db).findByName(QStringLiteral("鼓楼区综合行政执法局"));
    if (!agency || !agency.value())
        qFatal("agency missing from the demo database");

    struct Case
    {
        QString label;
        OfficerQuery query;
        int offset = 0;
    };
    QList<Case> cases;
    cases << Case{QStringLiteral("first page, unfiltered"), baseQuery()};
    OfficerQuery search = baseQuery();
    search.search = QStringLiteral("王");
    cases << Case{QStringLiteral("search name 王"), search};
    search.search = QStringLiteral("1305710300");
    cases << Case{QStringLiteral("search certificate number 1305710300"), search};
    OfficerQuery byAgency = baseQuery();
    byAgency.agencyIds = {agency.value()->id};
    cases << Case{QStringLiteral("agency filter (one agency)"), byAgency};
    OfficerQuery expired = baseQuery();
    expired.certState = CertState::Expired;
    cases << Case{QStringLiteral("cert state = expired"), expired};
    OfficerQuery shortTraining = baseQuery();
    shortTraining.trainingShortOnly = true;
    cases << Case{QStringLiteral("training short"), shortTraining};
    OfficerQuery sortedByHours = baseQuery();
    sortedByHours.sort = OfficerQuery::Sort::TrainingHours;
    cases << Case{QStringLiteral("sorted by training hours"), sortedByHours};
    cases << Case{QStringLiteral("deep page (offset 9000)"), baseQuery(), 9000};

    Bench::out() << "\nRoster page: list(offset, limit 200) + count(), target < 100 ms" << Qt::endl;
    for (const Case &c : std::as_const(cases)) {
        Bench::time(c.label + QStringLiteral(" [list+count]"), kRuns,
                    [&] { page(officers, c.query, c.offset, true); });
    }
    Bench::out() << "\nlist() alone (what a scroll to the next page costs)" << Qt::endl;
    for (const Case &c : std::as_const(cases))
        Bench::time(c.label + QStringLiteral(" [list]"), kRuns,
                    [&] { page(officers, c.query, c.offset, false); });
    return 0;
}
