// The certificate rules of spec/warnings.md. The three state rules (CERT_EXPIRED,
// CERT_EXPIRING, NO_VALID_CERT) filter on OfficerRepository::certStateSql so that they
// agree with the roster list's certificate state column by construction.

#include "rulesupport.h"

#include "domain/vocabulary.h"
#include "storage/officerrepository.h"
#include "storage/sqlhelpers.h"
#include "util/format.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Jiandu::Rules::Detail {
namespace {

const QString kActive = QStringLiteral(" WHERE o.status = 'active' AND ");

QString certState(const RuleContext &c)
{
    return OfficerRepository::certStateSql(c.asOf, c.asOf.addDays(c.settings.certExpiringDays));
}

class CertExpired final : public FixedRule
{
public:
    CertExpired()
        : FixedRule("CERT_EXPIRED", Level::Error, Subject::Officer,
                    QT_TRANSLATE_NOOP("Rules", "Enforcement certificate expired"))
    {
    }
    Result<QList<Warning>> compute(Database &db, const RuleContext &c) const override
    {
        // The expiry of the newest certificate: the one certStateSql calls expired.
        const QString sql = officerSelect(QStringLiteral(
                                "(SELECT n.expires_on FROM certificate n WHERE n.officer_id = o.id"
                                " ORDER BY n.issued_on DESC, n.id DESC LIMIT 1)")) +
                            kActive + certState(c) + QStringLiteral(" = 'expired'");
        return run(db, sql, {}, [](const QSqlQuery &q, Warning &w) {
            const QString name = fillOfficer(q, w);
            w.due = Sql::toDate(q.value(kFirstExtra));
            w.message =
                QCoreApplication::translate("Rules", "%1's enforcement certificate expired on %2.")
                    .arg(name, Format::longDate(w.due));
        });
    }
};

class CertExpiring final : public FixedRule
{
public:
    CertExpiring()
        : FixedRule("CERT_EXPIRING", Level::Warning, Subject::Officer,
                    QT_TRANSLATE_NOOP("Rules", "Enforcement certificate expiring soon"))
    {
    }
    Result<QList<Warning>> compute(Database &db, const RuleContext &c) const override
    {
        // The last expiry among certificates in status valid, as certStateSql compares it.
        const QString sql =
            officerSelect(QStringLiteral("(SELECT max(x.expires_on) FROM certificate x"
                                         " WHERE x.officer_id = o.id AND x.status = 'valid')")) +
            kActive + certState(c) + QStringLiteral(" = 'expiring'");
        return run(db, sql, {}, [](const QSqlQuery &q, Warning &w) {
            const QString name = fillOfficer(q, w);
            w.due = Sql::toDate(q.value(kFirstExtra));
            w.message =
                QCoreApplication::translate(
                    "Rules",
                    "%1's enforcement certificate expires on %2 and no renewal is recorded.")
                    .arg(name, Format::longDate(w.due));
        });
    }
};

class NoValidCert final : public FixedRule
{
public:
    NoValidCert()
        : FixedRule("NO_VALID_CERT", Level::Warning, Subject::Officer,
                    QT_TRANSLATE_NOOP("Rules", "In post without a valid certificate"))
    {
    }
    Result<QList<Warning>> compute(Database &db, const RuleContext &c) const override
    {
        // Extra columns tell the reason: no certificate at all, or one not yet in force.
        const QString day = sqlDate(c.asOf);
        const QString sql =
            officerSelect(
                QStringLiteral(
                    "(SELECT count(*) FROM certificate x WHERE x.officer_id = o.id),"
                    " (SELECT min(x.issued_on) FROM certificate x WHERE x.officer_id = o.id"
                    "  AND x.status = 'valid' AND x.issued_on > %1)")
                    .arg(day)) +
            kActive + certState(c) + QStringLiteral(" = 'none'");
        return run(db, sql, {}, [](const QSqlQuery &q, Warning &w) {
            const QString name = fillOfficer(q, w);
            const QDate future = Sql::toDate(q.value(kFirstExtra + 1));
            if (q.value(kFirstExtra).toInt() == 0)
                w.message = QCoreApplication::translate(
                                "Rules", "%1 is in post but holds no enforcement certificate.")
                                .arg(name);
            else if (future.isValid())
                w.message =
                    QCoreApplication::translate(
                        "Rules",
                        "%1 is in post but their enforcement certificate only takes effect on %2.")
                        .arg(name, Format::longDate(future));
            else
                w.message =
                    QCoreApplication::translate(
                        "Rules", "%1 is in post but holds no valid enforcement certificate.")
                        .arg(name);
        });
    }
};

class CertIneligible final : public FixedRule
{
public:
    CertIneligible()
        : FixedRule("CERT_INELIGIBLE", Level::Error, Subject::Officer,
                    QT_TRANSLATE_NOOP("Rules", "Certificate held by ineligible staff"))
    {
    }
    Result<QList<Warning>> compute(Database &db, const RuleContext &c) const override
    {
        const QString inner =
            officerSelect(QStringLiteral("o.employment, (SELECT x.number FROM certificate x WHERE "
                                         "x.officer_id = o.id AND %1"
                                         " ORDER BY x.number LIMIT 1) AS number")
                              .arg(validOnSql(QStringLiteral("x"), sqlDate(c.asOf)))) +
            QStringLiteral(
                " WHERE o.employment IN ('contract', 'temporary', 'seconded', 'probation')");
        const QString sql = QStringLiteral("SELECT * FROM (") + inner +
                            QStringLiteral(") WHERE number IS NOT NULL");
        return run(db, sql, {}, [](const QSqlQuery &q, Warning &w) {
            const QString name = fillOfficer(q, w);
            const auto employment = Vocab::fromCode<Employment>(q.value(kFirstExtra).toString());
            w.message =
                QCoreApplication::translate(
                    "Rules", "%1 holds enforcement certificate %2 but, as %3, may not hold one.")
                    .arg(name, q.value(kFirstExtra + 1).toString(),
                         employment ? Vocab::label(*employment) : q.value(kFirstExtra).toString());
        });
    }
};

class CertNotCleared final : public FixedRule
{
public:
    CertNotCleared()
        : FixedRule("CERT_NOT_CLEARED", Level::Error, Subject::Officer,
                    QT_TRANSLATE_NOOP("Rules", "Certificate not withdrawn after leaving post"))
    {
    }
    Result<QList<Warning>> compute(Database &db, const RuleContext &) const override
    {
        // Status 有效 regardless of dates: an expired card still has to be taken back.
        const QString sql =
            officerSelect(QStringLiteral("o.status, group_concat(x.number, ', ')")) +
            QStringLiteral(" JOIN certificate x ON x.officer_id = o.id AND x.status = 'valid'"
                           " WHERE o.status IN ('off_post', 'transferred', 'retired')"
                           " GROUP BY o.id");
        return run(db, sql, {}, [](const QSqlQuery &q, Warning &w) {
            const QString name = fillOfficer(q, w);
            const auto status = Vocab::fromCode<OfficerStatus>(q.value(kFirstExtra).toString());
            w.message =
                QCoreApplication::translate(
                    "Rules", "%1 (%2) still holds enforcement certificate %3 in status valid.")
                    .arg(name, status ? Vocab::label(*status) : q.value(kFirstExtra).toString(),
                         q.value(kFirstExtra + 1).toString());
        });
    }
};

} // namespace

QList<const Rule *> certificateRules()
{
    static const CertExpired expired;
    static const CertExpiring expiring;
    static const NoValidCert none;
    static const CertIneligible ineligible;
    static const CertNotCleared notCleared;
    return {&expired, &expiring, &none, &ineligible, &notCleared};
}

} // namespace Jiandu::Rules::Detail
