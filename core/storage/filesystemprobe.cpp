#include "filesystemprobe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#elif defined(Q_OS_DARWIN) || defined(Q_OS_FREEBSD) || defined(Q_OS_OPENBSD)
#include <sys/mount.h>
#include <sys/param.h>
#elif defined(Q_OS_WIN)
#include <qt_windows.h>
#endif

namespace Jiandu::FileSystem {

namespace {

// The path itself, or its nearest parent that exists (a database about to be created).
QString existingAncestor(const QString &path)
{
    QFileInfo info(QFileInfo(path).absoluteFilePath());
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            break;
        info.setFile(parent);
    }
    return info.absoluteFilePath();
}

#if defined(Q_OS_LINUX)
// FUSE hides what is behind it: the mount table names it (fuse.sshfs, fuse.rclone…).
QString fuseType(const QString &path)
{
    QFile mounts(QStringLiteral("/proc/self/mounts"));
    if (!mounts.open(QIODevice::ReadOnly))
        return {};
    const QString canonical = QFileInfo(path).canonicalFilePath();
    QString best;
    QString type;
    const QList<QByteArray> lines = mounts.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() < 3)
            continue;
        QString point = QString::fromLocal8Bit(f.at(1));
        point.replace(QStringLiteral("\\040"), QStringLiteral(" "));
        const bool under = canonical == point ||
                           canonical.startsWith(point.endsWith(QLatin1Char('/'))
                                                    ? point
                                                    : point + QLatin1Char('/'));
        if (under && point.size() >= best.size()) {
            best = point;
            type = QString::fromLatin1(f.at(2));
        }
    }
    return type;
}
#endif

bool isNetworkTypeName(const QString &type)
{
    static const QStringList kNetwork = {
        QStringLiteral("cifs"),       QStringLiteral("smb3"),       QStringLiteral("smbfs"),
        QStringLiteral("smb2"),       QStringLiteral("nfs"),        QStringLiteral("nfs4"),
        QStringLiteral("afpfs"),      QStringLiteral("webdav"),     QStringLiteral("davfs"),
        QStringLiteral("fuse.sshfs"), QStringLiteral("fuse.rclone"), QStringLiteral("fuse.smbnetfs"),
        QStringLiteral("fuse.davfs2"), QStringLiteral("9p"),         QStringLiteral("afs"),
        QStringLiteral("ceph"),       QStringLiteral("glusterfs"),  QStringLiteral("fuse.glusterfs"),
    };
    return kNetwork.contains(type);
}

} // namespace

Info probe(const QString &path)
{
    if (qEnvironmentVariableIntValue("JIANDU_ASSUME_NETWORK_SHARE") == 1)
        return Info{true, QStringLiteral("test")};
    const QString target = existingAncestor(path);
#if defined(Q_OS_LINUX)
    struct statfs s = {};
    if (::statfs(QFile::encodeName(target).constData(), &s) != 0)
        return {};
    switch (static_cast<unsigned long>(s.f_type)) {
    case 0xFF534D42UL:
        return Info{true, QStringLiteral("cifs")};
    case 0xFE534D42UL:
        return Info{true, QStringLiteral("smb2")};
    case 0x517BUL:
        return Info{true, QStringLiteral("smb")};
    case 0x6969UL:
        return Info{true, QStringLiteral("nfs")};
    case 0x65735546UL: { // FUSE
        const QString type = fuseType(target);
        return Info{isNetworkTypeName(type), type};
    }
    default:
        return {};
    }
#elif defined(Q_OS_DARWIN) || defined(Q_OS_FREEBSD) || defined(Q_OS_OPENBSD)
    struct statfs s = {};
    if (::statfs(QFile::encodeName(target).constData(), &s) != 0)
        return {};
    const QString type = QString::fromLatin1(s.f_fstypename);
    return Info{isNetworkTypeName(type), type};
#elif defined(Q_OS_WIN)
    const QString native = QDir::toNativeSeparators(target);
    if (native.startsWith(QStringLiteral("\\\\")))
        return Info{true, QStringLiteral("UNC path")};
    const QString root = native.left(3); // "C:\"
    if (GetDriveTypeW(reinterpret_cast<const wchar_t *>(root.utf16())) == DRIVE_REMOTE)
        return Info{true, QStringLiteral("network drive")};
    return {};
#else
    Q_UNUSED(target);
    return {};
#endif
}

} // namespace Jiandu::FileSystem
