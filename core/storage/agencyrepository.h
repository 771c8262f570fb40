#pragma once

#include "domain/types.h"
#include "util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace Jiandu {

class Database;

// Owns the SQL of agencies (执法主体) and their sections (科室).
// Writes must run inside a Transaction; each writes its audit record.
class AgencyRepository final
{
public:
    explicit AgencyRepository(Database &db) : m_db(db) {}

    Result<QList<Agency>> all() const;                 // ordered by parent, name
    Result<std::optional<Agency>> find(qint64 id) const;
    Result<std::optional<Agency>> findByName(const QString &name) const;
    // name -> id of every agency, for imports that resolve names in bulk.
    Result<QHash<QString, qint64>> idsByName() const;
    Result<qint64> count() const;

    // Inserts (id == 0) or updates by id. Resolves parentId from parentName.
    // Returns the id.
    Result<qint64> save(Agency &agency);
    VoidResult remove(qint64 id);

    Result<QList<Section>> sections(qint64 agencyId) const;
    Result<qint64> addSection(qint64 agencyId, const QString &name);

    static QJsonObject toJson(const Agency &agency);

private:
    Database &m_db;
};

} // namespace Jiandu
