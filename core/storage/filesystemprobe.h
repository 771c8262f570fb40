#pragma once

#include <QString>

namespace Jiandu::FileSystem {

// What kind of file system a path lives on, as far as SQLite's safety is concerned: SQLite's
// WAL mode needs shared memory between the processes using the file, which network file
// systems (SMB/CIFS, NFS, sshfs, WebDAV) do not provide, and their byte-range locks are often
// unreliable.
struct Info
{
    bool network = false;
    QString type; // "cifs", "nfs", "fuse.sshfs", "UNC path", "network drive"…; empty if unknown
};

// Looks at the file system holding `path` (or, when it does not exist yet, its nearest
// existing parent folder). Linux: statfs f_type (and /proc/self/mounts for FUSE); macOS and
// the BSDs: statfs f_fstypename; Windows: a UNC path or GetDriveTypeW() == DRIVE_REMOTE.
//
// Test hook: with the environment variable JIANDU_ASSUME_NETWORK_SHARE=1 every path is
// reported as a network share of type "test".
Info probe(const QString &path);

} // namespace Jiandu::FileSystem
