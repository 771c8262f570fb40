#pragma once

#include "domain/supervisiontypes.h"
#include "util/result.h"

#include <QList>
#include <optional>

namespace Jiandu {

class Database;

// Owns the SQL of supervision activities (supervision_activity, supervision_target). Each
// write runs in its own Transaction (a savepoint inside the caller's) with its audit record.
class ActivityRepository final
{
public:
    explicit ActivityRepository(Database &db) : m_db(db) {}

    Result<std::optional<SupervisionActivity>> find(qint64 id) const;
    Result<std::optional<SupervisionActivity>> findByName(const QString &name) const;
    // Newest first (started_on, then id). Activities are few (hundreds a year).
    Result<QList<SupervisionActivity>> list() const;
    Result<qint64> save(SupervisionActivity &activity);
    // The activity named `name`, created (kind routine, the given source date) when unknown:
    // imported tasks and findings name their source this way.
    Result<qint64> ensure(const QString &name, const QDate &sourceDate);

private:
    Database &m_db;
};

} // namespace Jiandu
