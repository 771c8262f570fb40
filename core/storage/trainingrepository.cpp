#include "trainingrepository.h"

#include "audittrail.h"
#include "database.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Jiandu {

namespace {
const QString kTraining = QStringLiteral("training");
const QString kAssessment = QStringLiteral("assessment");
const QString kTrainingColumns =
    QStringLiteral("id, officer_id, date, title, kind, hours, minutes, organizer, mode");

Training readTraining(const QSqlQuery &q)
{
    Training t;
    t.id = q.value(0).toLongLong();
    t.officerId = q.value(1).toLongLong();
    t.date = Sql::toDate(q.value(2));
    t.title = q.value(3).toString();
    if (!q.value(4).isNull())
        t.kind = Vocab::fromCode<TrainingKind>(q.value(4).toString());
    if (!q.value(5).isNull())
        t.hours = q.value(5).toDouble();
    if (!q.value(6).isNull())
        t.minutes = q.value(6).toInt();
    t.organizer = q.value(7).toString();
    if (!q.value(8).isNull())
        t.mode = Vocab::fromCode<TrainingMode>(q.value(8).toString());
    return t;
}

Assessment readAssessment(const QSqlQuery &q)
{
    Assessment a;
    a.id = q.value(0).toLongLong();
    a.officerId = q.value(1).toLongLong();
    a.year = q.value(2).toInt();
    a.result = Vocab::fromCode<AssessmentResult>(q.value(3).toString())
                   .value_or(AssessmentResult::Competent);
    return a;
}
} // namespace

QJsonObject TrainingRepository::toJson(const Training &t)
{
    QJsonObject o{{QStringLiteral("officer_id"), t.officerId},
                  {QStringLiteral("date"), t.date.toString(Qt::ISODate)},
                  {QStringLiteral("title"), t.title},
                  {QStringLiteral("kind"), t.kind ? Vocab::code(*t.kind) : QString()},
                  {QStringLiteral("organizer"), t.organizer},
                  {QStringLiteral("mode"), t.mode ? Vocab::code(*t.mode) : QString()}};
    if (t.hours)
        o.insert(QStringLiteral("hours"), *t.hours);
    if (t.minutes)
        o.insert(QStringLiteral("minutes"), *t.minutes);
    return o;
}

QJsonObject TrainingRepository::toJson(const Assessment &a)
{
    return QJsonObject{{QStringLiteral("officer_id"), a.officerId},
                       {QStringLiteral("year"), a.year},
                       {QStringLiteral("result"), Vocab::code(a.result)}};
}

QString TrainingRepository::officerKey(qint64 officerId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id_number FROM officer WHERE id = ?"));
    q.addBindValue(officerId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QString::number(officerId);
}

Result<QList<Training>> TrainingRepository::trainings(qint64 officerId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kTrainingColumns +
              QStringLiteral(" FROM training WHERE officer_id = ? ORDER BY date DESC, id DESC"));
    q.addBindValue(officerId);
    if (!q.exec())
        return sqlError(q, kTraining);
    QList<Training> out;
    while (q.next())
        out.append(readTraining(q));
    return out;
}

Result<std::optional<Training>>
TrainingRepository::findTraining(qint64 officerId, const QDate &date, const QString &title) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + kTrainingColumns +
              QStringLiteral(" FROM training WHERE officer_id = ? AND date = ? AND title = ?"));
    q.addBindValue(officerId);
    q.addBindValue(Sql::date(date));
    q.addBindValue(title.trimmed());
    if (!q.exec())
        return sqlError(q, kTraining);
    if (!q.next())
        return std::optional<Training>();
    return std::optional<Training>(readTraining(q));
}

Result<qint64> TrainingRepository::saveTraining(Training &t)
{
    t.title = t.title.trimmed();
    if (t.title.isEmpty())
        return Error{
            Error::Code::Invalid,
            QCoreApplication::translate("TrainingRepository", "The training title is required."),
            QCoreApplication::translate("TrainingRepository", "Title")};
    if (!t.date.isValid())
        return Error{
            Error::Code::Invalid,
            QCoreApplication::translate("TrainingRepository", "The training date is required."),
            QCoreApplication::translate("TrainingRepository", "Date")};
    if (!t.hours && !t.minutes)
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate(
                         "TrainingRepository", "Give the class hours or the duration in minutes."),
                     QCoreApplication::translate("TrainingRepository", "Class hours")};

    std::optional<Training> before;
    if (t.id != 0) {
        QSqlQuery f(m_db.connection());
        f.prepare(QStringLiteral("SELECT ") + kTrainingColumns +
                  QStringLiteral(" FROM training WHERE id = ?"));
        f.addBindValue(t.id);
        if (!f.exec())
            return sqlError(f, kTraining);
        if (f.next())
            before = readTraining(f);
    }
    QSqlQuery q(m_db.connection());
    if (before)
        q.prepare(QStringLiteral(
            "UPDATE training SET officer_id = ?, date = ?, title = ?, kind = ?, hours = ?, "
            "minutes = ?, organizer = ?, mode = ? WHERE id = ?"));
    else
        q.prepare(QStringLiteral(
            "INSERT INTO training (officer_id, date, title, kind, hours, minutes, organizer, "
            "mode) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(t.officerId);
    q.addBindValue(Sql::date(t.date));
    q.addBindValue(t.title);
    q.addBindValue(t.kind ? QVariant(Vocab::code(*t.kind)) : QVariant());
    q.addBindValue(Sql::opt(t.hours));
    q.addBindValue(Sql::opt(t.minutes));
    q.addBindValue(Sql::text(t.organizer.trimmed()));
    q.addBindValue(t.mode ? QVariant(Vocab::code(*t.mode)) : QVariant());
    if (before)
        q.addBindValue(t.id);
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("2067"))
            return Error{Error::Code::Conflict,
                         QCoreApplication::translate(
                             "TrainingRepository",
                             "This officer already has a training with this date and title."),
                         t.title};
        return sqlError(q, t.title);
    }
    if (!before)
        t.id = q.lastInsertId().toLongLong();
    const QString key = officerKey(t.officerId) + QLatin1Char('|') + t.date.toString(Qt::ISODate) +
                        QLatin1Char('|') + t.title;
    AuditTrail audit(m_db);
    auto r = before ? audit.recordChange(kTraining, key, toJson(*before), toJson(t))
                    : audit.record(kTraining, key, AuditEntry::Action::Insert, {}, toJson(t));
    if (!r)
        return r.error();
    return t.id;
}

VoidResult TrainingRepository::removeTraining(qint64 id)
{
    QSqlQuery f(m_db.connection());
    f.prepare(QStringLiteral("SELECT ") + kTrainingColumns +
              QStringLiteral(" FROM training WHERE id = ?"));
    f.addBindValue(id);
    if (!f.exec())
        return sqlError(f, kTraining);
    if (!f.next())
        return Error{
            Error::Code::NotFound,
            QCoreApplication::translate("TrainingRepository", "The training no longer exists."),
            QString::number(id)};
    const Training t = readTraining(f);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM training WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, t.title);
    const QString key = officerKey(t.officerId) + QLatin1Char('|') + t.date.toString(Qt::ISODate) +
                        QLatin1Char('|') + t.title;
    return AuditTrail(m_db).record(kTraining, key, AuditEntry::Action::Delete, toJson(t), {});
}

Result<QList<Assessment>> TrainingRepository::assessments(qint64 officerId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, officer_id, year, result FROM assessment WHERE officer_id = ? "
                       "ORDER BY year DESC"));
    q.addBindValue(officerId);
    if (!q.exec())
        return sqlError(q, kAssessment);
    QList<Assessment> out;
    while (q.next())
        out.append(readAssessment(q));
    return out;
}

Result<std::optional<Assessment>> TrainingRepository::findAssessment(qint64 officerId,
                                                                     int year) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT id, officer_id, year, result FROM assessment WHERE officer_id = ? AND year = ?"));
    q.addBindValue(officerId);
    q.addBindValue(year);
    if (!q.exec())
        return sqlError(q, kAssessment);
    if (!q.next())
        return std::optional<Assessment>();
    return std::optional<Assessment>(readAssessment(q));
}

Result<qint64> TrainingRepository::saveAssessment(Assessment &a)
{
    if (a.year < 1990 || a.year > 2100)
        return Error{
            Error::Code::Invalid,
            QCoreApplication::translate("TrainingRepository", "The year %1 is not plausible.")
                .arg(a.year),
            QCoreApplication::translate("TrainingRepository", "Year")};
    std::optional<Assessment> before;
    if (a.id != 0) {
        QSqlQuery f(m_db.connection());
        f.prepare(
            QStringLiteral("SELECT id, officer_id, year, result FROM assessment WHERE id = ?"));
        f.addBindValue(a.id);
        if (!f.exec())
            return sqlError(f, kAssessment);
        if (f.next())
            before = readAssessment(f);
    }
    QSqlQuery q(m_db.connection());
    if (before)
        q.prepare(QStringLiteral(
            "UPDATE assessment SET officer_id = ?, year = ?, result = ? WHERE id = ?"));
    else
        q.prepare(
            QStringLiteral("INSERT INTO assessment (officer_id, year, result) VALUES (?, ?, ?)"));
    q.addBindValue(a.officerId);
    q.addBindValue(a.year);
    q.addBindValue(Vocab::code(a.result));
    if (before)
        q.addBindValue(a.id);
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("2067"))
            return Error{Error::Code::Conflict,
                         QCoreApplication::translate(
                             "TrainingRepository", "This officer already has an assessment for %1.")
                             .arg(a.year),
                         QCoreApplication::translate("TrainingRepository", "Year")};
        return sqlError(q, QString::number(a.year));
    }
    if (!before)
        a.id = q.lastInsertId().toLongLong();
    const QString key = officerKey(a.officerId) + QLatin1Char('|') + QString::number(a.year);
    AuditTrail audit(m_db);
    auto r = before ? audit.recordChange(kAssessment, key, toJson(*before), toJson(a))
                    : audit.record(kAssessment, key, AuditEntry::Action::Insert, {}, toJson(a));
    if (!r)
        return r.error();
    return a.id;
}

VoidResult TrainingRepository::removeAssessment(qint64 id)
{
    QSqlQuery f(m_db.connection());
    f.prepare(QStringLiteral("SELECT id, officer_id, year, result FROM assessment WHERE id = ?"));
    f.addBindValue(id);
    if (!f.exec())
        return sqlError(f, kAssessment);
    if (!f.next())
        return Error{
            Error::Code::NotFound,
            QCoreApplication::translate("TrainingRepository", "The assessment no longer exists."),
            QString::number(id)};
    const Assessment a = readAssessment(f);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM assessment WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, kAssessment);
    const QString key = officerKey(a.officerId) + QLatin1Char('|') + QString::number(a.year);
    return AuditTrail(m_db).record(kAssessment, key, AuditEntry::Action::Delete, toJson(a), {});
}

} // namespace Jiandu
