#pragma once

// Warning rules (预警), spec/warnings.md. This header is the contract the CLI, the GUI and
// later issues (cases, rectification, report) use.

#include "domain/vocabulary.h"
#include "util/result.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Jiandu {
class Database;
}

namespace Jiandu::Rules {

enum class Level
{
    Info,
    Warning,
    Error
};
enum class Subject
{
    Officer,
    Agency,
    Case,
    Task,
    Document,
    Report
};

QString levelCode(Level level); // "info", "warning", "error"
std::optional<Level> levelFromCode(const QString &code);
QString levelLabel(Level level);      // translated
QString subjectCode(Subject subject); // "officer", "agency", ...

struct Warning
{
    QString rule; // fixed id, e.g. "CERT_EXPIRED"
    Level level = Level::Warning;
    Subject subject = Subject::Officer;
    QString key;         // natural key: 身份证号 (full; mask when showing), agency name...
    QString agency;      // agency name
    QDate due;           // the date the warning is about, when there is one
    QString message;     // one sentence, translated, personal data masked
    qint64 recordId = 0; // row id of the subject (officer.id, agency.id...) for drill-down
};

// Thresholds, stored as office settings in the database (SettingsRepository).
struct RuleSettings
{
    int certExpiringDays = 30;
    double trainingHoursMinimum = 60;
    double reviewerRatio = 0.05;

    // Case rules (spec/warnings.md "Case rules"). Publicity periods are working days
    // counted from the decision (the decision day is day 0).
    int publicityDaysMain = 7;   // 行政许可 and 行政处罚
    int publicityDaysOther = 20; // every other kind
    int publicityDueDays = 3;    // PUBLICITY_DUE: the deadline is this many working days away or fewer
    // Statutory handling period (办案期限) in calendar days from filing, per kind; a kind
    // not listed has none. A case's own statutory_days overrides; its approved extension adds.
    QMap<CaseKind, int> statutoryDays = {{CaseKind::Penalty, 90}};

    // Rectification rules: TASK_DUE_SOON when a dated deadline is this many calendar days
    // away or fewer.
    int taskDueDays = 7;

    [[nodiscard]] int publicityDays(CaseKind kind) const
    {
        return kind == CaseKind::Licence || kind == CaseKind::Penalty ? publicityDaysMain : publicityDaysOther;
    }
    [[nodiscard]] std::optional<int> statutoryDaysFor(CaseKind kind) const
    {
        const auto it = statutoryDays.constFind(kind);
        return it == statutoryDays.cend() ? std::nullopt : std::optional<int>(*it);
    }

    static RuleSettings load(Database &db);
    VoidResult save(Database &db) const; // inside a Transaction
};

struct RuleContext
{
    QDate asOf;
    int year = 0; // training year; 0: the year of asOf
    RuleSettings settings;
    [[nodiscard]] int effectiveYear() const { return year > 0 ? year : asOf.year(); }
};

class Rule
{
public:
    virtual ~Rule() = default;
    [[nodiscard]] virtual QString id() const = 0;
    [[nodiscard]] virtual QString title() const = 0; // translated, for the dashboard
    [[nodiscard]] virtual Subject subject() const = 0;
    // The rule's warnings. For an agency-limited account (Database::session()) only those
    // of its agency (Warning::agency).
    [[nodiscard]] Result<QList<Warning>> evaluate(Database &db, const RuleContext &context) const;

protected:
    // One SQL query with indexes where possible; never a loop over all rows in C++.
    [[nodiscard]] virtual Result<QList<Warning>> compute(Database &db,
                                                         const RuleContext &context) const = 0;
};

// All rules, in the order of spec/warnings.md.
const QList<const Rule *> &allRules();
const Rule *findRule(const QString &id);

// Evaluates every rule; sorted by level (error first), due date, agency, key.
Result<QList<Warning>> evaluateAll(Database &db, const RuleContext &context);

// Output forms of `jiandu-cli check` (spec/warnings.md). JSON masks identity-card keys
// unless `unmasked`.
QString toJson(const QList<Warning> &warnings, const QDate &asOf, bool unmasked);
QString toText(const QList<Warning> &warnings);

} // namespace Jiandu::Rules
