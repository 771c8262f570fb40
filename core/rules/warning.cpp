#include "warning.h"

#include "rulesupport.h"

#include "domain/identity.h"
#include "security/agencyscope.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace Jiandu::Rules {

namespace {
const QString kExpiringDays = QStringLiteral("rules/cert_expiring_days");
const QString kTrainingMinimum = QStringLiteral("rules/training_hours_minimum");
const QString kReviewerRatio = QStringLiteral("rules/reviewer_ratio");
const QString kPublicityMain = QStringLiteral("rules/publicity_days_main");
const QString kPublicityOther = QStringLiteral("rules/publicity_days_other");
const QString kPublicityDue = QStringLiteral("rules/publicity_due_days");
// Followed by the kind's code; 0 stored: the kind has no statutory period.
const QString kStatutoryPrefix = QStringLiteral("rules/statutory_days/");
const QString kTaskDue = QStringLiteral("rules/task_due_days");

int boundedInt(const SettingsRepository &settings, const QString &key, int fallback, int low, int high)
{
    const int v = settings.intValue(key, fallback);
    return v < low || v > high ? fallback : v;
}

void loadCaseSettings(const SettingsRepository &settings, RuleSettings &s)
{
    const RuleSettings defaults;
    s.publicityDaysMain = boundedInt(settings, kPublicityMain, defaults.publicityDaysMain, 1, 365);
    s.publicityDaysOther = boundedInt(settings, kPublicityOther, defaults.publicityDaysOther, 1, 365);
    s.publicityDueDays = boundedInt(settings, kPublicityDue, defaults.publicityDueDays, 0, 365);
    s.taskDueDays = boundedInt(settings, kTaskDue, defaults.taskDueDays, 0, 365);
    s.statutoryDays.clear();
    for (const CaseKind kind : Vocab::all<CaseKind>()) {
        const int fallback = defaults.statutoryDays.value(kind, 0);
        const int days = boundedInt(settings, kStatutoryPrefix + Vocab::code(kind), fallback, 0, 3650);
        if (days > 0)
            s.statutoryDays.insert(kind, days);
    }
}

VoidResult saveCaseSettings(SettingsRepository &settings, const RuleSettings &s)
{
    const QList<std::pair<QString, int>> values = {{kPublicityMain, s.publicityDaysMain},
                                                   {kPublicityOther, s.publicityDaysOther},
                                                   {kPublicityDue, s.publicityDueDays},
                                                   {kTaskDue, s.taskDueDays}};
    for (const auto &[key, value] : values)
        if (auto r = settings.setValue(key, QString::number(value)); !r)
            return r;
    for (const CaseKind kind : Vocab::all<CaseKind>())
        if (auto r = settings.setValue(kStatutoryPrefix + Vocab::code(kind),
                                       QString::number(s.statutoryDays.value(kind, 0)));
            !r)
            return r;
    return {};
}

// A JSON string literal (RFC 8259 escaping; non-ASCII stays UTF-8). Hand-written: a
// QJsonDocument per value is needlessly slow on tens of thousands of warnings.
QString jsonString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (ch.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += ch;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString shownKey(const Warning &w, bool unmasked)
{
    return w.subject == Subject::Officer && !unmasked ? Identity::maskIdNumber(w.key) : w.key;
}

bool before(const Warning &a, const Warning &b)
{
    if (a.level != b.level)
        return a.level > b.level;
    if (a.due.isValid() != b.due.isValid())
        return a.due.isValid();
    if (a.due != b.due)
        return a.due < b.due;
    if (a.agency != b.agency)
        return a.agency < b.agency;
    return a.key < b.key;
}
} // namespace

QString levelCode(Level level)
{
    switch (level) {
    case Level::Info:
        return QStringLiteral("info");
    case Level::Warning:
        return QStringLiteral("warning");
    case Level::Error:
        return QStringLiteral("error");
    }
    return {};
}

std::optional<Level> levelFromCode(const QString &code)
{
    for (Level l : {Level::Info, Level::Warning, Level::Error})
        if (code.trimmed().compare(levelCode(l), Qt::CaseInsensitive) == 0)
            return l;
    return std::nullopt;
}

QString levelLabel(Level level)
{
    switch (level) {
    case Level::Info:
        return QCoreApplication::translate("Rules", "Info");
    case Level::Warning:
        return QCoreApplication::translate("Rules", "Warning");
    case Level::Error:
        return QCoreApplication::translate("Rules", "Error");
    }
    return {};
}

QString subjectCode(Subject subject)
{
    switch (subject) {
    case Subject::Officer:
        return QStringLiteral("officer");
    case Subject::Agency:
        return QStringLiteral("agency");
    case Subject::Case:
        return QStringLiteral("case");
    case Subject::Task:
        return QStringLiteral("task");
    case Subject::Document:
        return QStringLiteral("document");
    case Subject::Report:
        return QStringLiteral("report");
    }
    return {};
}

RuleSettings RuleSettings::load(Database &db)
{
    const SettingsRepository settings(db);
    const RuleSettings defaults;
    RuleSettings s;
    // A stored value out of range (hand-edited file) falls back to the default.
    s.certExpiringDays = settings.intValue(kExpiringDays, defaults.certExpiringDays);
    if (s.certExpiringDays < 0 || s.certExpiringDays > 3650)
        s.certExpiringDays = defaults.certExpiringDays;
    s.trainingHoursMinimum = settings.doubleValue(kTrainingMinimum, defaults.trainingHoursMinimum);
    if (!(s.trainingHoursMinimum >= 0 && s.trainingHoursMinimum <= 1000))
        s.trainingHoursMinimum = defaults.trainingHoursMinimum;
    s.reviewerRatio = settings.doubleValue(kReviewerRatio, defaults.reviewerRatio);
    if (!(s.reviewerRatio >= 0 && s.reviewerRatio <= 1))
        s.reviewerRatio = defaults.reviewerRatio;
    loadCaseSettings(settings, s);
    return s;
}

VoidResult RuleSettings::save(Database &db) const
{
    SettingsRepository settings(db);
    if (auto r = settings.setValue(kExpiringDays, QString::number(certExpiringDays)); !r)
        return r;
    if (auto r = settings.setValue(kTrainingMinimum, QString::number(trainingHoursMinimum)); !r)
        return r;
    if (auto r = settings.setValue(kReviewerRatio, QString::number(reviewerRatio)); !r)
        return r;
    return saveCaseSettings(settings, *this);
}

const QList<const Rule *> &allRules()
{
    // The roster, case, rectification and report rules in the order of spec/warnings.md;
    // CALENDAR_MISSING closes the case rules.
    static const QList<const Rule *> rules = Detail::certificateRules() + Detail::staffRules() +
                                             Detail::caseRules() + Detail::taskRules() +
                                             Detail::reportRules();
    return rules;
}

const Rule *findRule(const QString &id)
{
    for (const Rule *rule : allRules())
        if (rule->id() == id)
            return rule;
    return nullptr;
}

Result<QList<Warning>> Rule::evaluate(Database &db, const RuleContext &context) const
{
    auto found = compute(db, context);
    const qint64 own = Security::scopeAgency(db);
    if (!found || own == 0)
        return found;
    // An agency-limited account sees its agency's warnings (the warning's agency is the
    // officer's, the case's, the task's lead unit's, the document recipient's).
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT name FROM agency WHERE id = ?"));
    q.addBindValue(own);
    if (!q.exec())
        return sqlError(q, QStringLiteral("agency"));
    const QString name = q.next() ? q.value(0).toString() : QString();
    QList<Warning> &all = found.value();
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&](const Warning &w) { return name.isEmpty() || w.agency != name; }),
              all.end());
    return found;
}

Result<QList<Warning>> evaluateAll(Database &db, const RuleContext &context)
{
    QList<Warning> all;
    for (const Rule *rule : allRules()) {
        auto found = rule->evaluate(db, context);
        if (!found)
            return found.error();
        all += std::move(found.value());
    }
    // Stable: warnings equal on every key stay in the order of the rules.
    std::stable_sort(all.begin(), all.end(), before);
    return all;
}

QString toJson(const QList<Warning> &warnings, const QDate &asOf, bool unmasked)
{
    // Written by hand to keep the field order of spec/warnings.md (QJsonObject sorts keys).
    QString out = QStringLiteral("{\"as_of\": ") + jsonString(asOf.toString(Qt::ISODate)) +
                  QStringLiteral(", \"warnings\": [");
    for (qsizetype i = 0; i < warnings.size(); ++i) {
        const Warning &w = warnings.at(i);
        out += (i == 0 ? QStringLiteral("\n  {") : QStringLiteral(",\n  {"));
        out += QStringLiteral("\"rule\": ") + jsonString(w.rule);
        out += QStringLiteral(", \"level\": ") + jsonString(levelCode(w.level));
        out += QStringLiteral(", \"subject\": ") + jsonString(subjectCode(w.subject));
        out += QStringLiteral(", \"key\": ") + jsonString(shownKey(w, unmasked));
        out += QStringLiteral(", \"agency\": ") + jsonString(w.agency);
        out += QStringLiteral(", \"due\": ") +
               (w.due.isValid() ? jsonString(w.due.toString(Qt::ISODate)) : QStringLiteral("null"));
        out += QStringLiteral(", \"message\": ") + jsonString(w.message) + QLatin1Char('}');
    }
    out += warnings.isEmpty() ? QStringLiteral("]}\n") : QStringLiteral("\n]}\n");
    return out;
}

QString toText(const QList<Warning> &warnings)
{
    QString out;
    const QString pattern = QCoreApplication::translate("Rules", "[%1] %2: %3 (%4)");
    for (const Warning &w : warnings) {
        // An agency's key is its name, already shown as the agency.
        const QString who = w.subject == Subject::Agency || w.key == w.agency
                                ? w.agency
                                : w.agency + QLatin1Char(' ') + shownKey(w, false);
        out += pattern.arg(levelLabel(w.level), who, w.message, w.rule) + QLatin1Char('\n');
    }
    return out;
}

} // namespace Jiandu::Rules
