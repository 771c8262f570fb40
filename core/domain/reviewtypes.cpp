#include "reviewtypes.h"

#include "identity.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Jiandu {

namespace {

// `field` is marked with QT_TRANSLATE_NOOP("Review", ...) where it is written.
Error invalid(const QString &message, const char *field)
{
    return Error{Error::Code::Invalid, message, QCoreApplication::translate("Review", field)};
}

// Points are kept to a hundredth: half points add up exactly, but a sum of many REALs read
// back from SQLite should not grade 89.99999 as 合格.
double rounded(double points)
{
    return std::round(points * 100.0) / 100.0;
}

} // namespace

double ReviewSheet::maxTotal() const
{
    double total = 0;
    for (const SheetItem &item : items)
        if (item.section != SheetSection::Veto)
            total += item.maxPoints;
    return rounded(total);
}

QString ReviewSheet::displayName() const
{
    return version.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, version);
}

QString ReviewExpert::maskedPhone() const
{
    return Identity::maskPhone(phone);
}

double itemScore(const SheetItem &item, double deduction)
{
    if (item.section == SheetSection::Veto)
        return 0;
    return rounded(std::max(0.0, item.maxPoints - std::max(0.0, deduction)));
}

ReviewGrade gradeFor(double total, const GradeThresholds &thresholds)
{
    const double t = rounded(total);
    if (t >= thresholds.excellent)
        return ReviewGrade::Excellent;
    if (t >= thresholds.pass)
        return ReviewGrade::Pass;
    return ReviewGrade::Fail;
}

ReviewScore scoreReview(const ReviewSheet &sheet, const QList<ItemResult> &results,
                        const GradeThresholds &thresholds)
{
    ReviewScore score;
    QList<double> deductions(sheet.items.size(), 0.0);
    for (const ItemResult &r : results) {
        if (r.position < 1 || r.position > sheet.items.size())
            continue;
        const SheetItem &item = sheet.items.at(r.position - 1);
        if (item.section == SheetSection::Veto && r.vetoFailed)
            score.vetoed = true;
        deductions[r.position - 1] += r.deduction;
    }
    if (score.vetoed) {
        score.grade = ReviewGrade::Fail;
        return score;
    }
    for (qsizetype i = 0; i < sheet.items.size(); ++i) {
        const SheetItem &item = sheet.items.at(i);
        const double s = itemScore(item, deductions.at(i));
        if (item.section == SheetSection::Form)
            score.formPoints += s;
        else if (item.section == SheetSection::Content)
            score.contentPoints += s;
    }
    score.formPoints = rounded(score.formPoints);
    score.contentPoints = rounded(score.contentPoints);
    score.total = rounded(score.formPoints + score.contentPoints);
    score.grade = gradeFor(score.total, thresholds);
    return score;
}

VoidResult validateSheet(const ReviewSheet &sheet)
{
    if (sheet.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Review", "The score sheet needs a name."),
                       QT_TRANSLATE_NOOP("Review", "Name"));
    if (sheet.version.trimmed().isEmpty())
        return invalid(
            QCoreApplication::translate("Review", "The score sheet needs a version label."),
            QT_TRANSLATE_NOOP("Review", "Version"));
    if (!sheet.effectiveOn.isValid())
        return invalid(QCoreApplication::translate(
                           "Review", "The score sheet needs the date it takes effect."),
                       QT_TRANSLATE_NOOP("Review", "Effective date"));
    if (sheet.items.isEmpty())
        return invalid(QCoreApplication::translate("Review", "The score sheet has no items."),
                       QT_TRANSLATE_NOOP("Review", "Items"));
    for (qsizetype i = 0; i < sheet.items.size(); ++i) {
        const SheetItem &item = sheet.items.at(i);
        if (item.title.trimmed().isEmpty())
            return invalid(
                QCoreApplication::translate("Review", "Item %1 has no title.").arg(i + 1),
                QT_TRANSLATE_NOOP("Review", "Item"));
        if (item.section != SheetSection::Veto && (!(item.maxPoints > 0) || item.maxPoints > 1000))
            return invalid(
                QCoreApplication::translate("Review", "Item %1 (%2) needs maximum points above 0.")
                    .arg(i + 1)
                    .arg(item.title),
                QT_TRANSLATE_NOOP("Review", "Maximum points"));
    }
    return {};
}

VoidResult validateActivity(const ReviewActivity &a)
{
    if (a.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Review", "The review activity needs a name."),
                       QT_TRANSLATE_NOOP("Review", "Name"));
    if (a.year < 1990 || a.year > 2100)
        return invalid(
            QCoreApplication::translate("Review", "The year %1 is out of range.").arg(a.year),
            QT_TRANSLATE_NOOP("Review", "Year"));
    if (a.startsOn.isValid() && a.endsOn.isValid() && a.endsOn < a.startsOn)
        return invalid(QCoreApplication::translate("Review", "The activity ends before it starts."),
                       QT_TRANSLATE_NOOP("Review", "End date"));
    if (a.sampleCount < 0 || a.sampleCount > 100000)
        return invalid(QCoreApplication::translate(
                           "Review", "The number of files to draw must be between 0 and 100000."),
                       QT_TRANSLATE_NOOP("Review", "Sample size"));
    if (a.sampleCount > 0 && a.sampleAgencyIds.isEmpty())
        return invalid(QCoreApplication::translate(
                           "Review", "Choose the enforcement bodies to draw files from."),
                       QT_TRANSLATE_NOOP("Review", "Sampled bodies"));
    if (a.sampleCount > 0 && !a.sampleYear)
        return invalid(QCoreApplication::translate("Review", "Choose the year to draw files from."),
                       QT_TRANSLATE_NOOP("Review", "Sampled year"));
    return {};
}

VoidResult validateExpert(const ReviewExpert &e)
{
    if (!e.officerId && e.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("Review", "An outside expert needs a name."),
                       QT_TRANSLATE_NOOP("Review", "Name"));
    return {};
}

VoidResult validateReview(const FileReview &review, const ReviewSheet &sheet)
{
    if (review.activityId <= 0)
        return invalid(
            QCoreApplication::translate("Review", "The file review belongs to no activity."),
            QT_TRANSLATE_NOOP("Review", "Activity"));
    if (review.caseId <= 0)
        return invalid(QCoreApplication::translate("Review", "The file review names no case."),
                       QT_TRANSLATE_NOOP("Review", "Case"));
    QSet<int> seen;
    for (const ItemResult &r : review.results) {
        if (r.position < 1 || r.position > sheet.items.size())
            return invalid(QCoreApplication::translate("Review", "The score sheet has no item %1.")
                               .arg(r.position),
                           QT_TRANSLATE_NOOP("Review", "Item"));
        if (seen.contains(r.position))
            return invalid(
                QCoreApplication::translate("Review", "Item %1 is scored twice.").arg(r.position),
                QT_TRANSLATE_NOOP("Review", "Item"));
        seen.insert(r.position);
        const SheetItem &item = sheet.items.at(r.position - 1);
        if (!(r.deduction >= 0) || !std::isfinite(r.deduction))
            return invalid(QCoreApplication::translate(
                               "Review", "The deduction of item %1 (%2) must not be negative.")
                               .arg(r.position)
                               .arg(item.title),
                           QT_TRANSLATE_NOOP("Review", "Deduction"));
        if (item.section == SheetSection::Veto && r.deduction > 0)
            return invalid(QCoreApplication::translate(
                               "Review", "Item %1 (%2) is a veto item: it takes no deduction.")
                               .arg(r.position)
                               .arg(item.title),
                           QT_TRANSLATE_NOOP("Review", "Deduction"));
        if (item.section != SheetSection::Veto && r.vetoFailed)
            return invalid(QCoreApplication::translate(
                               "Review", "Item %1 (%2) is a scored item, not a veto item.")
                               .arg(r.position)
                               .arg(item.title),
                           QT_TRANSLATE_NOOP("Review", "Veto"));
    }
    for (const ReviewProblem &p : review.problems) {
        if (p.description.trimmed().isEmpty())
            return invalid(
                QCoreApplication::translate("Review", "A problem found has no description."),
                QT_TRANSLATE_NOOP("Review", "Problem"));
        if (p.itemPosition && (*p.itemPosition < 1 || *p.itemPosition > sheet.items.size()))
            return invalid(QCoreApplication::translate("Review", "The score sheet has no item %1.")
                               .arg(*p.itemPosition),
                           QT_TRANSLATE_NOOP("Review", "Problem"));
    }
    return {};
}

quint64 uniformBelow(quint64 bound, std::mt19937_64 &generator)
{
    Q_ASSERT(bound >= 1);
    // Reject the top partial block of 2^64 so that every remainder is equally likely:
    // threshold = 2^64 mod bound, computed in unsigned arithmetic as (-bound) mod bound.
    const quint64 threshold = (quint64(0) - bound) % bound;
    for (;;) {
        const quint64 r = generator();
        if (r >= threshold)
            return r % bound;
    }
}

QList<qint64> drawSample(QList<qint64> candidates, int count, quint64 seed)
{
    std::mt19937_64 generator(seed);
    const qsizetype n = candidates.size();
    const qsizetype k = std::clamp<qsizetype>(count, 0, n);
    for (qsizetype i = 0; i < k; ++i) {
        const auto j = qsizetype(quint64(i) + uniformBelow(quint64(n - i), generator));
        std::swap(candidates[i], candidates[j]);
    }
    candidates.resize(k);
    return candidates;
}

} // namespace Jiandu
