#pragma once

#include "storage/database.h"
#include "util/clock.h"

#include <QTemporaryDir>

#include <memory>

namespace Jiandu::Test {

// A real SQLite file in a temporary folder, migrated to the current schema, with a clock
// pinned to `today` (default 2025-03-01) and the actor "tester".
class TestDatabase
{
public:
    explicit TestDatabase(const QDate &today = QDate(2025, 3, 1));

    Database &db() { return *m_db; }
    Database *operator->() { return m_db.get(); }
    FixedClock &clock() { return m_clock; }
    QString dir() const { return m_dir.path(); }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    // Number of rows in a table (for all-or-nothing assertions).
    qint64 rowCount(const QString &table);
    // Closes and reopens the file (e.g. to check what was committed).
    void reopen();

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    std::unique_ptr<Database> m_db;
};

} // namespace Jiandu::Test
