#include "importcontext.h"

#include "domain/identity.h"
#include "storage/agencyrepository.h"
#include "storage/officerrepository.h"

namespace Jiandu::Io {

namespace {
const QString kIdNumber = QStringLiteral("id_number");
const QString kCertNo = QStringLiteral("cert_no");

class OfficerImporter final : public KindImporter
{
public:
    void validate(ImportContext &ctx) override
    {
        OfficerRepository repo(ctx.db);
        auto agencies = AgencyRepository(ctx.db).idsByName();
        auto ids = repo.idsByIdNumber();
        auto certs = repo.officerIdsByCertNumber();
        if (!agencies || !ids || !certs) {
            const Error e = !agencies ? agencies.error() : !ids ? ids.error() : certs.error();
            ctx.report.problems.append({ctx.file, 0, QString(), e.toString()});
            return;
        }
        m_agencies = std::move(agencies.value());
        m_ids = std::move(ids.value());
        m_certs = std::move(certs.value());
        for (int row = 0; row < ctx.table.rows.size(); ++row)
            validateRow(ctx, row);
    }

    int planned() const override { return int(m_plan.size()); }
    int plannedRow(int i) const override { return m_plan.at(i).row; }

    Result<Outcome> write(ImportContext &ctx, int i) override
    {
        OfficerRepository repo(ctx.db);
        Planned p = m_plan.at(i);
        Outcome outcome = Outcome::Inserted;
        if (const qint64 id = m_ids.value(p.officer.idNumber); id != 0) {
            auto before = repo.find(id);
            if (!before)
                return before.error();
            p.officer.id = id;
            outcome = Outcome::Unchanged;
            if (!before.value() || OfficerRepository::toJson(*before.value()) != OfficerRepository::toJson(p.officer))
                outcome = Outcome::Updated;
        }
        if (outcome != Outcome::Unchanged) {
            auto saved = repo.save(p.officer);
            if (!saved)
                return saved.error();
        }
        if (!p.certificate)
            return outcome;
        Certificate &c = *p.certificate;
        c.officerId = p.officer.id;
        if (m_certs.contains(c.number)) {
            auto before = repo.findCertificate(c.number);
            if (!before)
                return before.error();
            if (before.value()) {
                c.id = before.value()->id;
                c.category = before.value()->category; // the certificate keeps its own category
                if (OfficerRepository::toJson(*before.value()) == OfficerRepository::toJson(c))
                    return outcome;
            }
        }
        auto saved = repo.saveCertificate(c);
        if (!saved)
            return saved.error();
        return outcome == Outcome::Inserted ? outcome : Outcome::Updated;
    }

private:
    struct Planned
    {
        int row;
        Officer officer;
        std::optional<Certificate> certificate;
    };

    bool validateIdNumber(ImportContext &ctx, int row, QString &id)
    {
        const QString text = ctx.value(row, kIdNumber);
        if (text.isEmpty()) {
            ctx.error(row, kIdNumber, QCoreApplication::translate("Io", "a value is required"));
            return false;
        }
        if (text.contains(u'*')) {
            ctx.error(row, kIdNumber, QCoreApplication::translate("Io", "the number is masked (%1): a masked export cannot be "
                                                "imported; export with --unmasked").arg(text));
            return false;
        }
        id = Identity::normaliseIdNumber(text);
        if (const QString problem = Identity::validateIdNumber(id); !problem.isEmpty()) {
            ctx.error(row, kIdNumber, problem);
            return false;
        }
        return ctx.checkDuplicate(m_seenIds, id, row, kIdNumber);
    }

    bool validateCertificate(ImportContext &ctx, int row, const QString &idNumber,
                             std::optional<Certificate> &out)
    {
        Certificate c;
        c.number = ctx.value(row, kCertNo);
        c.issuer = ctx.value(row, QStringLiteral("cert_issuer"));
        c.category = ctx.value(row, QStringLiteral("category"));
        bool ok = Check::date(ctx, row, QStringLiteral("cert_issued_on"), false, c.issuedOn);
        ok = Check::date(ctx, row, QStringLiteral("cert_expires_on"), false, c.expiresOn) && ok;
        std::optional<CertStatus> status;
        ok = Check::vocab(ctx, row, QStringLiteral("cert_status"), false, status) && ok;
        c.status = status.value_or(CertStatus::Valid);
        const bool anyDetail = !c.issuer.isEmpty() || c.issuedOn.isValid() || c.expiresOn.isValid() || status;
        if (c.number.isEmpty()) {
            if (anyDetail) {
                ctx.error(row, kCertNo, QCoreApplication::translate("Io", "certificate details are given without the 执法证号"));
                return false;
            }
            return ok;
        }
        if (c.issuedOn.isValid() && c.expiresOn.isValid() && c.expiresOn < c.issuedOn) {
            ctx.error(row, QStringLiteral("cert_expires_on"), QCoreApplication::translate("Io", "the expiry date is before the issue date"));
            ok = false;
        }
        ok = ctx.checkDuplicate(m_seenCerts, c.number, row, kCertNo) && ok;
        const qint64 holder = m_certs.value(c.number);
        if (holder != 0 && !idNumber.isEmpty() && m_ids.value(idNumber) != holder) {
            ctx.error(row, kCertNo, QCoreApplication::translate("Io", "the certificate %1 is held by another officer").arg(c.number));
            ok = false;
        }
        if (ok)
            out = c;
        return ok;
    }

    void validateRow(ImportContext &ctx, int row)
    {
        Officer o;
        bool ok = Check::required(ctx, row, QStringLiteral("name"), o.name);
        ok = validateIdNumber(ctx, row, o.idNumber) && ok;
        QString agency;
        if (Check::required(ctx, row, QStringLiteral("agency"), agency)) {
            o.agencyId = m_agencies.value(agency);
            if (o.agencyId == 0) {
                ctx.error(row, QStringLiteral("agency"),
                          QCoreApplication::translate("Io", "no enforcement body is named \"%1\"; import the agencies first").arg(agency));
                ok = false;
            }
        } else {
            ok = false;
        }
        std::optional<Employment> employment;
        std::optional<OfficerStatus> status;
        ok = Check::vocab(ctx, row, QStringLiteral("employment"), true, employment) && ok;
        ok = Check::vocab(ctx, row, QStringLiteral("gender"), false, o.gender) && ok;
        ok = Check::vocab(ctx, row, QStringLiteral("status"), false, status) && ok;
        ok = Check::yesNo(ctx, row, QStringLiteral("legal_qualification"), o.legalQualification) && ok;
        ok = Check::yesNo(ctx, row, QStringLiteral("legal_reviewer"), o.legalReviewer) && ok;
        o.position = ctx.value(row, QStringLiteral("position"));
        o.category = ctx.value(row, QStringLiteral("category"));
        o.phone = ctx.value(row, QStringLiteral("phone"));
        if (o.phone.contains(u'*')) {
            ctx.error(row, QStringLiteral("phone"), QCoreApplication::translate("Io", "the phone number is masked: a masked export "
                                                              "cannot be imported; export with --unmasked"));
            ok = false;
        }
        std::optional<Certificate> cert;
        ok = validateCertificate(ctx, row, o.idNumber, cert) && ok;
        if (!ok)
            return;
        o.employment = *employment;
        o.status = status.value_or(OfficerStatus::Active);
        m_plan.append({row, o, cert});
    }

    QHash<QString, qint64> m_agencies;
    QHash<QString, qint64> m_ids;
    QHash<QString, qint64> m_certs;
    QHash<QString, int> m_seenIds;
    QHash<QString, int> m_seenCerts;
    QList<Planned> m_plan;
};
} // namespace

std::unique_ptr<KindImporter> makeOfficerImporter()
{
    return std::make_unique<OfficerImporter>();
}

} // namespace Jiandu::Io
