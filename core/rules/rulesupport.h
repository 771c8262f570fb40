#pragma once

// Internal to core/rules: the shared base of the roster rules and the helper that runs a
// rule's one query and turns its rows into warnings.

#include "rules/warning.h"

#include <QVariantList>

#include <functional>

class QSqlQuery;

namespace Jiandu::Rules::Detail {

// A rule with a fixed id, level and subject; the title is a "Rules" translation source.
class FixedRule : public Rule
{
public:
    FixedRule(const char *id, Level level, Subject subject, const char *title)
        : m_id(id), m_title(title), m_level(level), m_subject(subject)
    {
    }
    [[nodiscard]] QString id() const override { return QString::fromLatin1(m_id); }
    [[nodiscard]] QString title() const override;
    [[nodiscard]] Subject subject() const override { return m_subject; }
    [[nodiscard]] Level level() const { return m_level; }

protected:
    using Fill = std::function<void(const QSqlQuery &, Warning &)>;
    // Runs `sql` (read-only) and makes one warning per row: rule, level and subject are
    // set here; `fill` sets the rest.
    Result<QList<Warning>> run(Database &db, const QString &sql, const QVariantList &binds,
                               const Fill &fill) const;

private:
    const char *m_id;
    const char *m_title;
    Level m_level;
    Subject m_subject;
};

// Officer rows start with: o.id, o.id_number, o.name, agency name (kOfficerColumns).
// Sets recordId, key and agency from them and returns the officer's name.
QString fillOfficer(const QSqlQuery &q, Warning &w);
inline constexpr int kFirstExtra = 4; // first rule-specific column of an officer row

// "SELECT o.id, o.id_number, o.name, a.name" over `officer o JOIN agency a`.
QString officerSelect(const QString &extraColumns);

// An ISO date as an SQL literal (digits and '-' only, so safe to inline).
QString sqlDate(const QDate &date);
// SQL condition: certificate `alias` is valid on the date literal `day` (spec/warnings.md).
QString validOnSql(const QString &alias, const QString &day);

// The nine roster rules, defined in certificaterules.cpp and staffrules.cpp.
QList<const Rule *> certificateRules();
QList<const Rule *> staffRules();
// The case rules and CALENDAR_MISSING, defined in caserules.cpp and publicityrules.cpp.
QList<const Rule *> caseRules();
// ANNUAL_REPORT_DUE, defined in reportrules.cpp.
QList<const Rule *> reportRules();

} // namespace Jiandu::Rules::Detail
