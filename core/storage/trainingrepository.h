#pragma once

#include "domain/types.h"
#include "util/result.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace Jiandu {

class Database;

// Owns the SQL of trainings (培训记录) and annual assessments (年度考核).
// Writes must run inside a Transaction; each writes its audit record.
class TrainingRepository final
{
public:
    explicit TrainingRepository(Database &db) : m_db(db) {}

    Result<QList<Training>> trainings(qint64 officerId) const; // newest first
    // Natural key: officer + date + title.
    Result<std::optional<Training>> findTraining(qint64 officerId, const QDate &date, const QString &title) const;
    Result<qint64> saveTraining(Training &training);
    VoidResult removeTraining(qint64 id);

    Result<QList<Assessment>> assessments(qint64 officerId) const; // newest year first
    Result<std::optional<Assessment>> findAssessment(qint64 officerId, int year) const;
    Result<qint64> saveAssessment(Assessment &assessment);
    VoidResult removeAssessment(qint64 id);

    static QJsonObject toJson(const Training &training);
    static QJsonObject toJson(const Assessment &assessment);

private:
    QString officerKey(qint64 officerId) const;
    Database &m_db;
};

} // namespace Jiandu
