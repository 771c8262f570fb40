// Trainings and assessments of one demo officer. A year's programme is twelve sessions that
// everybody in a county attends (same date and title), so the data looks like real training
// records: 70 legal class hours, plus 8 hours of political theory that do not count.

#include "demoplan.h"

#include <QRandomGenerator>

#include <array>

namespace Jiandu::Demo {

namespace {

struct Session
{
    TrainingKind kind;
    const char *title; // %1 year, %2 category
    int day;           // day of the year (0-based) in a full year
    double hours;      // 0: given as minutes
    int minutes;
    char organizer; // 'j' county justice bureau, 'a' the officer's agency, 'p' party school
};

constexpr std::array kSessions = {
    Session{TrainingKind::LawUpdate, "%1年度法律知识更新培训", 74, 8, 0, 'j'},
    Session{TrainingKind::PublicLaw, "%1年《中华人民共和国行政处罚法》专题培训", 99, 6, 0, 'j'},
    Session{TrainingKind::PublicLaw, "%1年《中华人民共和国行政许可法》网络专题课程", 159, 0, 270,
            'j'},
    Session{TrainingKind::PublicLaw, "%1年行政执法人员公共法律知识培训", 249, 6, 0, 'j'},
    Session{TrainingKind::SpecialistLaw, "%1年%2专业法律知识培训（一）", 49, 8, 0, 'a'},
    Session{TrainingKind::SpecialistLaw, "%1年%2专业法律知识培训（二）", 129, 0, 360, 'a'},
    Session{TrainingKind::SpecialistLaw, "%1年%2专业法律知识培训（三）", 199, 8, 0, 'a'},
    Session{TrainingKind::SpecialistLaw, "%1年%2专业法律知识培训（四）", 289, 0, 360, 'a'},
    Session{TrainingKind::Skills, "%1年行政执法文书制作与案卷评查实训", 179, 6, 0, 'j'},
    Session{TrainingKind::Skills, "%1年执法全过程记录与执法记录仪使用培训", 319, 6, 0, 'a'},
    Session{TrainingKind::Political, "%1年党的创新理论专题学习", 89, 4, 0, 'p'},
    Session{TrainingKind::Political, "%1年廉政警示教育专题学习", 299, 0, 180, 'p'},
};

// The date of a session. In the current year the programme is squeezed into the days
// already past, so that "today" sees a nearly complete year and only the planted
// officers fall short (the demo is meant to show a few warnings, not everybody).
QDate sessionDate(int year, int day, const QDate &today)
{
    const QDate jan1(year, 1, 1);
    if (year < today.year())
        return jan1.addDays(day);
    const int elapsed = static_cast<int>(jan1.daysTo(today));
    return jan1.addDays(static_cast<qint64>(day) * elapsed / 365);
}

} // namespace

QList<Training> trainingsFor(const QString &countyName, const QString &agencyName,
                             const QString &category, int countyIndex, int year, bool shortYear,
                             bool skipLawUpdate, const QDate &today, QRandomGenerator &rng)
{
    // Which legal sessions (1..9) this officer missed this year.
    std::array<bool, kSessions.size()> missed{};
    if (shortYear) {
        for (int n = 0; n < 3;) { // three missed: at most 52 legal hours
            const auto i = static_cast<size_t>(1 + rng.bounded(9));
            if (!missed[i]) {
                missed[i] = true;
                ++n;
            }
        }
    } else if (rng.bounded(100) < 15) { // one missed: still 62 or 64 hours
        missed[static_cast<size_t>(1 + rng.bounded(9))] = true;
    }
    missed[0] = skipLawUpdate;

    QList<Training> out;
    for (size_t i = 0; i < kSessions.size(); ++i) {
        if (missed[i])
            continue;
        const Session &s = kSessions[i];
        Training t;
        t.date = sessionDate(year, s.day + countyIndex % 7, today);
        t.title = QString::fromUtf8(s.title);
        t.title.replace(QStringLiteral("%1"), QString::number(year));
        t.title.replace(QStringLiteral("%2"), category);
        t.kind = s.kind;
        if (s.hours > 0)
            t.hours = s.hours;
        else
            t.minutes = s.minutes;
        if (s.organizer == 'a')
            t.organizer = agencyName;
        else if (s.organizer == 'j')
            t.organizer = countyName + QStringLiteral("司法局");
        else
            t.organizer = QStringLiteral("中共") + countyName + QStringLiteral("委党校");
        t.mode = s.minutes > 0 ? TrainingMode::Online : TrainingMode::Offline;
        out << t;
    }
    return out;
}

QList<Assessment> assessmentsFor(int firstYear, int lastYear, int failFirst, int failLast,
                                 QRandomGenerator &rng)
{
    QList<Assessment> out;
    for (int y = firstYear; y <= lastYear; ++y) {
        Assessment a;
        a.year = y;
        const int r = static_cast<int>(rng.bounded(100));
        a.result = r < 15   ? AssessmentResult::Excellent
                   : r < 97 ? AssessmentResult::Competent
                            : AssessmentResult::Basic;
        if (failFirst > 0 && y >= failFirst && y <= failLast)
            a.result = AssessmentResult::Incompetent;
        out << a;
    }
    return out;
}

} // namespace Jiandu::Demo
