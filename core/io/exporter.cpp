// exportFile(): the tables in the import layout (so an exported file imports again).

#include "importer.h"

#include "caseexporter.h"
#include "columns.h"
#include "domain/identity.h"
#include "security/agencyscope.h"
#include "storage/agencyrepository.h"
#include "storage/audittrail.h"
#include "storage/officerrepository.h"
#include "storage/trainingrepository.h"
#include "tablewriter.h"
#include "taskexporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace Jiandu::Io {

namespace {
constexpr int kPage = 5000;

template<typename E>
QVariant zhOrNull(const std::optional<E> &v)
{
    return v ? QVariant(Vocab::zh(*v)) : QVariant();
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant();
}

ExportTable emptyTable(Kind kind)
{
    ExportTable t;
    t.sheetName = kindName(kind);
    for (const ColumnSpec &c : columnSpecs(kind)) {
        t.headers << c.zh;
        t.keys << c.key;
    }
    return t;
}

// Every officer in the agencies asked for, in name order, paged through the roster list.
Result<QList<OfficerRow>> officerRows(Database &db, const ExportOptions &options)
{
    OfficerQuery query;
    query.asOf = options.asOf.isValid() ? options.asOf : QDate::currentDate();
    query.expiringDays = options.expiringDays;
    query.agencyIds = options.agencyIds;
    OfficerRepository repo(db);
    QList<OfficerRow> all;
    for (int offset = 0;; offset += kPage) {
        auto page = repo.list(query, offset, kPage);
        if (!page)
            return page.error();
        all += page.value();
        if (page->size() < kPage)
            return all;
    }
}

Result<ExportTable> agencies(Database &db, const ExportOptions &options)
{
    ExportTable t = emptyTable(Kind::Agencies);
    auto all = AgencyRepository(db).all();
    if (!all)
        return all.error();
    for (const Agency &a : all.value()) {
        if (!options.agencyIds.isEmpty() && !options.agencyIds.contains(a.id))
            continue;
        t.rows.append({a.name, textOrNull(a.shortName), Vocab::zh(a.kind), textOrNull(a.parentName),
                       zhOrNull(a.level)});
    }
    return t;
}

Result<ExportTable> officers(Database &db, const ExportOptions &options)
{
    ExportTable t = emptyTable(Kind::Officers);
    t.keys << QStringLiteral("cert_state");
    auto rows = officerRows(db, options);
    if (!rows)
        return rows.error();
    OfficerRepository repo(db);
    for (const OfficerRow &r : rows.value()) {
        const Officer &o = r.officer;
        std::optional<Certificate> cert;
        if (!r.certNumber.isEmpty()) {
            auto found = repo.findCertificate(r.certNumber);
            if (!found)
                return found.error();
            cert = found.value();
        }
        const QString id = options.unmasked ? o.idNumber : Identity::maskIdNumber(o.idNumber);
        const QString phone = options.unmasked ? o.phone : Identity::maskPhone(o.phone);
        t.rows.append({o.name, zhOrNull(o.gender), id, r.agencyName, Vocab::zh(o.employment),
                       textOrNull(o.position), textOrNull(o.category),
                       cert ? QVariant(cert->number) : QVariant(),
                       cert ? textOrNull(cert->issuer) : QVariant(),
                       cert ? dateOrNull(cert->issuedOn) : QVariant(),
                       cert ? dateOrNull(cert->expiresOn) : QVariant(),
                       cert ? QVariant(Vocab::zh(cert->status)) : QVariant(), o.legalQualification,
                       o.legalReviewer, Vocab::zh(o.status), textOrNull(phone),
                       Vocab::code(r.certState)});
    }
    return t;
}

// Trainings and assessments carry both numbers, so a masked export still re-imports by
// certificate number.
Result<ExportTable> records(Database &db, Kind kind, const ExportOptions &options)
{
    ExportTable t = emptyTable(kind);
    auto rows = officerRows(db, options);
    if (!rows)
        return rows.error();
    TrainingRepository repo(db);
    for (const OfficerRow &r : rows.value()) {
        const QVariant id = options.unmasked ? r.officer.idNumber : Identity::maskIdNumber(r.officer.idNumber);
        const QVariant cert = textOrNull(r.certNumber);
        if (kind == Kind::Assessments) {
            auto list = repo.assessments(r.officer.id);
            if (!list)
                return list.error();
            for (const Assessment &a : list.value())
                t.rows.append({id, cert, a.year, Vocab::zh(a.result)});
            continue;
        }
        auto list = repo.trainings(r.officer.id);
        if (!list)
            return list.error();
        for (const Training &x : list.value())
            t.rows.append({id, cert, x.date, x.title, zhOrNull(x.kind),
                           x.hours ? QVariant(*x.hours) : QVariant(),
                           x.minutes ? QVariant(*x.minutes) : QVariant(), textOrNull(x.organizer),
                           zhOrNull(x.mode)});
    }
    return t;
}
} // namespace

Result<int> exportFile(Database &db, Kind kind, const QString &path, const ExportOptions &requested)
{
    // An agency-limited account exports its agency's records only.
    ExportOptions options = requested;
    options.agencyIds = Security::scopeAgencies(db, requested.agencyIds);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"csv" && suffix != u"xlsx" && suffix != u"json")
        return Error{Error::Code::Usage,
                     QCoreApplication::translate("Io", "Cannot export to \"%1\": the file name must end in "
                                                       ".csv, .xlsx or .json.").arg(QFileInfo(path).fileName()),
                     path};
    Result<ExportTable> table = Error{};
    switch (kind) {
    case Kind::Agencies: table = agencies(db, options); break;
    case Kind::Officers: table = officers(db, options); break;
    case Kind::Trainings:
    case Kind::Assessments: table = records(db, kind, options); break;
    case Kind::Cases: table = exportCases(db, options); break;
    case Kind::Findings: table = exportFindings(db, options); break;
    case Kind::Tasks: table = exportTasks(db, options); break;
    }
    if (!table)
        return table.error();
    if (auto r = writeTableFile(path, table.value()); !r)
        return r.error();
    // Audited once the file is there (GUI and CLI alike).
    QJsonObject details{{QStringLiteral("file"), QFileInfo(path).fileName()},
                        {QStringLiteral("rows"), int(table->rows.size())},
                        {QStringLiteral("unmasked"), options.unmasked}};
    QJsonArray agencies;
    for (qint64 id : options.agencyIds)
        agencies.append(id);
    if (!agencies.isEmpty())
        details.insert(QStringLiteral("agency_ids"), agencies);
    QJsonArray activities;
    for (qint64 id : options.activityIds)
        activities.append(id);
    if (!activities.isEmpty())
        details.insert(QStringLiteral("activity_ids"), activities);
    if (auto r = AuditTrail(db).recordOutput(AuditEntry::Action::Export, kindName(kind), details);
        !r)
        return r.error();
    return int(table->rows.size());
}

} // namespace Jiandu::Io
