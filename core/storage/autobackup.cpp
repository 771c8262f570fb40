#include "autobackup.h"

#include "database.h"
#include "settingsrepository.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Jiandu::Backup {

namespace {
QString baseName(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

QString autoPrefix(const QString &databasePath)
{
    return baseName(databasePath) + QStringLiteral("-auto-");
}

Kind kindOf(const QString &fileName)
{
    static const QRegularExpression automatic(
        QStringLiteral("-auto-[0-9]{8}-[0-9]{6}(-[0-9]+)?\\.sqlite$"));
    static const QRegularExpression migration(
        QStringLiteral("-v[0-9]+-before-migration-[0-9]{8}-[0-9]{6}\\.sqlite$"));
    if (automatic.match(fileName).hasMatch())
        return Kind::Automatic;
    if (migration.match(fileName).hasMatch())
        return Kind::PreMigration;
    return Kind::Manual;
}

QJsonObject manifestOf(const QString &file)
{
    QFile f(file + QStringLiteral(".manifest.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}
} // namespace

QString AutoSettings::folderKey()
{
    return QStringLiteral("backup.folder");
}
QString AutoSettings::keepKey()
{
    return QStringLiteral("backup.keep");
}
QString AutoSettings::onExitKey()
{
    return QStringLiteral("backup.on_exit");
}
QString AutoSettings::dailyKey()
{
    return QStringLiteral("backup.daily");
}

QString defaultFolder(const QString &databasePath)
{
    return QDir(QFileInfo(databasePath).absolutePath()).filePath(QStringLiteral("backups"));
}

AutoSettings autoSettings(Database &db)
{
    SettingsRepository settings(db);
    AutoSettings s;
    s.folder = settings.value(AutoSettings::folderKey());
    if (s.folder.trimmed().isEmpty())
        s.folder = defaultFolder(db.path());
    s.keep = qMax(1, settings.intValue(AutoSettings::keepKey(), 30));
    s.onExit = settings.intValue(AutoSettings::onExitKey(), 1) != 0;
    s.daily = settings.intValue(AutoSettings::dailyKey(), 1) != 0;
    return s;
}

VoidResult saveAutoSettings(Database &db, const AutoSettings &s)
{
    if (s.keep < 1)
        return Error{
            Error::Code::Invalid,
            QCoreApplication::translate("Backup", "At least one automatic backup must be kept."),
            AutoSettings::keepKey()};
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    SettingsRepository settings(db);
    // The default folder is stored as empty, so it follows the database when it is moved.
    const QString folder = QDir::cleanPath(s.folder) == QDir::cleanPath(defaultFolder(db.path()))
                               ? QStringLiteral("") // not a null QString: NOT NULL column
                               : QDir::cleanPath(s.folder);
    for (const auto &[key, value] :
         {std::pair{AutoSettings::folderKey(), folder},
          std::pair{AutoSettings::keepKey(), QString::number(s.keep)},
          std::pair{AutoSettings::onExitKey(), QString::number(s.onExit ? 1 : 0)},
          std::pair{AutoSettings::dailyKey(), QString::number(s.daily ? 1 : 0)}})
        if (auto r = settings.setValue(key, value); !r)
            return r;
    return tx.commit();
}

QList<ListedBackup> listBackups(const QString &folder)
{
    QList<ListedBackup> out;
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files);
    for (const QFileInfo &fi : files) {
        ListedBackup b;
        b.file = fi.absoluteFilePath();
        b.kind = kindOf(fi.fileName());
        b.bytes = fi.size();
        const QJsonObject manifest = manifestOf(b.file);
        b.hasManifest = !manifest.isEmpty();
        b.createdAt = QDateTime::fromString(manifest.value(QStringLiteral("created_at")).toString(),
                                            Qt::ISODateWithMs);
        if (!b.createdAt.isValid())
            b.createdAt = fi.lastModified().toUTC();
        b.auditHead = manifest.value(QStringLiteral("audit_head")).toString();
        if (manifest.contains(QStringLiteral("audit_records")))
            b.auditRecords = manifest.value(QStringLiteral("audit_records")).toInteger();
        out.append(b);
    }
    std::sort(out.begin(), out.end(), [](const ListedBackup &a, const ListedBackup &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.file > b.file;
    });
    return out;
}

QString nextBackupPath(const QString &folder, const QString &databasePath, Kind kind,
                       const QDateTime &now)
{
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString prefix = kind == Kind::Automatic
                               ? autoPrefix(databasePath)
                               : baseName(databasePath) + QStringLiteral("-manual-");
    const QDir dir(folder);
    QString path = dir.filePath(prefix + stamp + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(prefix + stamp + QStringLiteral("-%1.sqlite").arg(n));
    return path;
}

Result<BackupInfo> makeBackup(Database &db, const AutoSettings &settings, Kind kind)
{
    const QString path = nextBackupPath(settings.folder, db.path(), kind, db.clock().now());
    auto made = backupTo(db, path);
    if (made && kind == Kind::Automatic)
        rotate(settings.folder, db.path(), settings.keep);
    return made;
}

QStringList rotate(const QString &folder, const QString &databasePath, int keep)
{
    const QString prefix = autoPrefix(databasePath);
    QStringList removed;
    int good = 0;
    for (const ListedBackup &b : listBackups(folder)) { // newest first
        if (b.kind != Kind::Automatic || !b.hasManifest ||
            !QFileInfo(b.file).fileName().startsWith(prefix))
            continue;
        if (++good <= keep)
            continue;
        if (QFile::remove(b.file)) {
            QFile::remove(b.file + QStringLiteral(".manifest.json"));
            removed << b.file;
        }
    }
    return removed;
}

bool dailyDue(const QString &folder, const QString &databasePath, const QDateTime &now)
{
    const QString prefix = autoPrefix(databasePath);
    for (const ListedBackup &b : listBackups(folder)) {
        if (b.kind != Kind::Automatic || !b.hasManifest ||
            !QFileInfo(b.file).fileName().startsWith(prefix))
            continue;
        return b.createdAt.secsTo(now) >= 24 * 3600; // the newest one decides
    }
    return true;
}

Result<BackupInfo> newestGood(const QStringList &folders, QStringList *rejected)
{
    QList<ListedBackup> all;
    QStringList seen;
    for (const QString &folder : folders) {
        const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
        if (seen.contains(clean))
            continue;
        seen << clean;
        all += listBackups(clean);
    }
    std::stable_sort(all.begin(), all.end(), [](const ListedBackup &a, const ListedBackup &b) {
        return a.createdAt > b.createdAt;
    });
    for (const ListedBackup &b : std::as_const(all)) {
        auto checked = verifyFile(b.file);
        if (checked) {
            if (!checked->createdAt.isValid())
                checked->createdAt = b.createdAt;
            return checked;
        }
        if (rejected)
            *rejected << QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(b.file),
                                                      checked.error().message);
    }
    return Error{
        Error::Code::NotFound,
        QCoreApplication::translate("Backup", "No backup that passes its check was found."),
        seen.join(QStringLiteral(", "))};
}

Result<RestoreInfo> recoverFrom(const QString &backup, const QString &databasePath,
                                const RestoreOptions &options)
{
    const QString to = QFileInfo(databasePath).absoluteFilePath();
    auto checked = verifyFile(backup);
    if (!checked)
        return Error{checked.error().code,
                     QCoreApplication::translate(
                         "Backup", "The backup was not restored; nothing was changed. %1")
                         .arg(checked.error().message),
                     backup};
    const Clock &clock = options.clock ? *options.clock : Clock::system();
    const QString stamp = clock.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = to + QStringLiteral(".damaged-") + stamp + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = to + QStringLiteral(".damaged-%1-%2.sqlite").arg(stamp).arg(n);
    QStringList moved; // suffixes renamed so far, to put back on failure
    const auto putBack = [&] {
        for (const QString &suffix : std::as_const(moved))
            QFile::rename(aside + suffix, to + suffix);
    };
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QString s = QLatin1String(suffix);
        if (!QFileInfo::exists(to + s))
            continue;
        if (!QFile::rename(to + s, aside + s)) {
            putBack();
            return Error{Error::Code::Io,
                         QCoreApplication::translate(
                             "Backup",
                             "The damaged database could not be kept aside; nothing was restored."),
                         to + s};
        }
        moved << s;
    }
    auto restored = restore(backup, to, options);
    if (!restored) {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(to + QLatin1String(suffix)); // a partial copy; the damaged file returns
        putBack();
        return restored.error();
    }
    RestoreInfo info = restored.value();
    info.keptAside = moved.isEmpty() ? QString() : aside;
    return info;
}

} // namespace Jiandu::Backup
