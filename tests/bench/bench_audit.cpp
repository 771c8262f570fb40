// The audit chain and backups on a large demo database: verifying the whole chain (what
// `jiandu-cli verify` adds to SQLite's own checks), the head, and an online backup.
// Scale: $JIANDU_BENCH_SCALE (default 100), database as in benchsupport.h.

#include "benchsupport.h"
#include "storage/audittrail.h"
#include "storage/backup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

using namespace Jiandu;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int scale = qEnvironmentVariableIsSet("JIANDU_BENCH_SCALE")
                          ? qEnvironmentVariableIntValue("JIANDU_BENCH_SCALE")
                          : 100;
    auto db = Bench::openDemo(scale);
    AuditTrail audit(*db);
    qint64 records = 0;
    Bench::out() << "\nAudit chain" << Qt::endl;
    Bench::time(QStringLiteral("AuditTrail::verify"), 3, [&] {
        auto v = audit.verify();
        if (!v || !v->ok())
            qFatal("verify failed: %s", qPrintable(v ? v->message : v.error().toString()));
        records = v->records;
    });
    Bench::time(QStringLiteral("AuditTrail::headHash"), 5, [&] { (void)audit.headHash(); });
    Bench::out() << records << " audit records" << Qt::endl;

    const QString target = QDir::temp().filePath(QStringLiteral("jiandu-bench-backup.sqlite"));
    Bench::time(QStringLiteral("Backup::backupTo (checked, with manifest)"), 1, [&] {
        auto b = Backup::backupTo(*db, target);
        if (!b)
            qFatal("backup failed: %s", qPrintable(b.error().toString()));
    });
    Bench::time(QStringLiteral("Backup::verifyFile"), 1, [&] {
        auto b = Backup::verifyFile(target);
        if (!b)
            qFatal("verify failed: %s", qPrintable(b.error().toString()));
    });
    QFile::remove(target);
    QFile::remove(target + QStringLiteral(".manifest.json"));
    return 0;
}
