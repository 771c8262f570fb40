#pragma once

// Plain value types of the roster. No QObject, no SQL: repositories map them to rows.

#include "vocabulary.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Jiandu {

struct Agency
{
    qint64 id = 0;
    QString name;
    QString shortName;
    AgencyKind kind = AgencyKind::Administrative;
    QString parentName;            // as written: a parent agency's name or a region
    std::optional<qint64> parentId; // set when parentName is a known agency
    std::optional<AgencyLevel> level;
};

struct Section
{
    qint64 id = 0;
    qint64 agencyId = 0;
    QString name;
};

struct Certificate
{
    qint64 id = 0;
    qint64 officerId = 0;
    QString number;     // 执法证号
    QString issuer;     // 发证机关
    QString category;   // 执法类别
    QDate issuedOn;
    QDate expiresOn;    // null: never expires
    CertStatus status = CertStatus::Valid;

    // "Valid" per spec/warnings.md: status 有效, issued on or before `day` (or no issue
    // date), expiring on or after it (or no expiry date).
    [[nodiscard]] bool isValidOn(const QDate &day) const
    {
        return status == CertStatus::Valid && (!issuedOn.isValid() || issuedOn <= day)
               && (!expiresOn.isValid() || expiresOn >= day);
    }
};

struct Officer
{
    qint64 id = 0;
    QString name;
    std::optional<Gender> gender;
    QString idNumber;   // 身份证号, validated GB 11643
    qint64 agencyId = 0;
    Employment employment = Employment::Establishment;
    QString position;
    QString category;   // 执法类别
    bool legalQualification = false;
    bool legalReviewer = false;
    OfficerStatus status = OfficerStatus::Active;
    QString phone;
};

struct Training
{
    qint64 id = 0;
    qint64 officerId = 0;
    QDate date;
    QString title;
    std::optional<TrainingKind> kind;
    std::optional<double> hours;  // as entered (学时)
    std::optional<int> minutes;   // as entered (时长), used when hours is empty
    QString organizer;
    std::optional<TrainingMode> mode;

    // Class hours counted: hours as entered, else 45 minutes = 1 class hour.
    [[nodiscard]] double classHours() const
    {
        if (hours)
            return *hours;
        return minutes ? *minutes / 45.0 : 0.0;
    }
};

struct Assessment
{
    qint64 id = 0;
    qint64 officerId = 0;
    int year = 0;
    AssessmentResult result = AssessmentResult::Competent;
};

} // namespace Jiandu
