#include "testdatabase.h"

#include <QSqlQuery>
#include <QtTest>

namespace Jiandu::Test {

TestDatabase::TestDatabase(const QDate &today) : m_clock(today)
{
    reopen();
}

void TestDatabase::reopen()
{
    m_db.reset();
    Database::Options options;
    options.create = true;
    options.actor = QStringLiteral("tester");
    options.clock = &m_clock;
    auto opened = Database::open(path(), options);
    if (!opened)
        qFatal("cannot open test database: %s", qPrintable(opened.error().toString()));
    m_db = std::move(opened.value());
}

qint64 TestDatabase::rowCount(const QString &table)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace Jiandu::Test
