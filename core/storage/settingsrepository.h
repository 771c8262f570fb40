#pragma once

#include "util/result.h"

#include <QString>
#include <QVariant>

namespace Jiandu {

class Database;

// Office settings stored in the database (so the GUI and the CLI agree): thresholds of the
// warning rules, the issuing unit's name... Per-user preferences (window layout, language)
// live in QSettings instead. Changes are audited.
class SettingsRepository final
{
public:
    explicit SettingsRepository(Database &db) : m_db(db) {}

    [[nodiscard]] QString value(const QString &key, const QString &fallback = {}) const;
    [[nodiscard]] int intValue(const QString &key, int fallback) const;
    [[nodiscard]] double doubleValue(const QString &key, double fallback) const;
    // Must run inside a Transaction.
    VoidResult setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace Jiandu
