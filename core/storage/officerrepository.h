#pragma once

#include "domain/types.h"
#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Jiandu {

class Database;

// One line of the roster list: the officer, the agency's name and the certificate that
// matters on the as-of date (the valid one expiring last, else the newest).
struct OfficerRow
{
    Officer officer;
    QString agencyName;
    QString certNumber;
    QDate certExpiresOn;
    CertState certState = CertState::None;
    double trainingHours = 0; // legal training (not 政治理论) in the filter's year
};

// One line of the public roster (执法人员公示名册): an active officer and the certificate
// valid on the as-of day that expires last. Deliberately without identity or phone numbers.
struct RosterEntry
{
    qint64 officerId = 0;
    QString name;
    QString agencyName;
    QString certNumber;
    QString category;   // the certificate's 执法类别, else the officer's
    QString issuer;     // 发证机关
    QDate expiresOn;    // null: no expiry date
};

// Filters and sort of the roster list, applied in SQL.
struct OfficerQuery
{
    enum class Sort { Name, Agency, CertNumber, CertExpiry, Status, TrainingHours };

    QDate asOf;                  // certificate state is computed for this day
    int expiringDays = 30;       // CERT_EXPIRING window
    int year = 0;                // training year (0: the year of asOf)
    double trainingMinimum = 60; // "training short" threshold
    QString search;              // name or certificate number, substring
    QList<qint64> agencyIds;     // empty: all
    std::optional<OfficerStatus> status;
    std::optional<CertState> certState;
    bool trainingShortOnly = false;
    Sort sort = Sort::Name;
    bool descending = false;
};

// Owns the SQL of the officer aggregate: officers and their certificates.
// Writes must run inside a Transaction; each writes its audit record.
class OfficerRepository final
{
public:
    explicit OfficerRepository(Database &db) : m_db(db) {}

    Result<std::optional<Officer>> find(qint64 id) const;
    Result<std::optional<Officer>> findByIdNumber(const QString &idNumber) const;
    // Identity-card number -> id, for imports that resolve officers in bulk.
    Result<QHash<QString, qint64>> idsByIdNumber() const;
    // Certificate number -> officer id.
    Result<QHash<QString, qint64>> officerIdsByCertNumber() const;

    // Validates (identity number, name, agency) and inserts (id == 0) or updates.
    Result<qint64> save(Officer &officer);
    VoidResult remove(qint64 id);

    Result<QList<Certificate>> certificates(qint64 officerId) const; // newest first
    Result<std::optional<Certificate>> findCertificate(const QString &number) const;
    Result<qint64> saveCertificate(Certificate &certificate);
    VoidResult removeCertificate(qint64 id);

    // The roster list, paged. `offset`/`limit` page through the sorted result.
    Result<QList<OfficerRow>> list(const OfficerQuery &query, int offset, int limit) const;
    Result<int> count(const OfficerQuery &query) const;

    // The public roster, keyset-paged: active officers holding a certificate valid on `asOf`
    // (in `agencyIds`, all when empty), ordered by agency name, name, id; `limit` rows after
    // `after` (from the start when null), so a long roster is read without OFFSET scans.
    Result<QList<RosterEntry>> rosterEntries(const QDate &asOf, const QList<qint64> &agencyIds,
                                             const RosterEntry *after, int limit) const;

    // Full values, for the audit trail (which is not a published list).
    static QJsonObject toJson(const Officer &officer);
    static QJsonObject toJson(const Certificate &certificate);

    // SQL expression (over the officer alias `o`) yielding 'valid', 'expiring', 'expired'
    // or 'none' for the officer's certificates on `asOf`, 'expiring' when the last valid
    // expiry is on or before `expiringUntil`. Shared by the roster list, exports and the
    // warning rules so that all agree.
    static QString certStateSql(const QDate &asOf, const QDate &expiringUntil);
    // SQL expression (over alias `o`): legal-training class hours (not 政治理论) in `year`.
    static QString trainingHoursSql(int year);

private:
    Database &m_db;
};

} // namespace Jiandu
