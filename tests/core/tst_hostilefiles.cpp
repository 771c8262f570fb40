// Hostile files (issue 6, part 6): more than a hundred mutated databases made from a small
// valid one (truncated at many offsets, bytes flipped in the header, the schema page and the
// b-tree pages, a wrong application id, a newer user_version, zero-length, text and other
// files, a -wal beside it that belongs to another file). For each: Database::open (writable
// and read-only) and Backup::verifyFile refuse it with an Error, or open it only when the
// mutation was harmless and the file then passes the integrity check; nothing crashes; the
// file is never deleted, and a refused file keeps its bytes. A sample goes through the real
// `jiandu-cli verify`, which must exit normally. Seeded (JIANDU_HOSTILE_SEED, default 6).

#include "fault/crashactions.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/dbcheck.h"
#include "support/clirunner.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

struct Mutant
{
    QString kind;
    QByteArray bytes;
    QByteArray wal; // written beside it as <file>-wal when not empty
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

void putBigEndian32(QByteArray &b, int offset, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b[offset + i] = char((v >> (24 - 8 * i)) & 0xFF);
}

void flip(QByteArray &b, int offset, QRandomGenerator &rng)
{
    b[offset] = char(b.at(offset) ^ char(1 + rng.bounded(255u)));
}

// A small valid Jiandu database: a few officers, tasks and audit records, checkpointed.
QByteArray makeValid(const QString &dir, QByteArray &foreignWal)
{
    const QString path = QDir(dir).filePath(u"valid.sqlite"_s);
    {
        Database::Options options;
        options.create = true;
        auto db = Database::open(path, options);
        if (!db || !Fault::seed(*db.value(), 12, 12))
            qFatal("cannot make the valid database");
    }
    // A -wal that belongs to another database: kept from a second file while it is open.
    const QString other = QDir(dir).filePath(u"other.sqlite"_s);
    {
        Database::Options options;
        options.create = true;
        auto db = Database::open(other, options);
        if (!db || !Fault::seed(*db.value(), 3, 3))
            qFatal("cannot make the other database");
        foreignWal = readAll(other + u"-wal"_s);
    }
    return readAll(path);
}

QList<Mutant> mutants(const QByteArray &valid, const QByteArray &foreignWal, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<Mutant> out;
    const int size = int(valid.size());
    const int pageSize = (quint8(valid.at(16)) << 8) | quint8(valid.at(17));
    const int pages = size / pageSize;

    // Truncated: inside the header, at page boundaries and at random offsets.
    for (int at : {1, 15, 16, 50, 99, 100, 101, pageSize - 1, pageSize, pageSize + 1,
                   2 * pageSize, size / 2, size - pageSize, size - 1})
        out.append({u"truncated"_s, valid.left(at), {}});
    for (int i = 0; i < 16; ++i)
        out.append({u"truncated"_s, valid.left(int(rng.bounded(quint32(size)))), {}});
    // The 100-byte header: each byte once, then random runs.
    for (int i = 0; i < 100; i += 3) {
        QByteArray b = valid;
        flip(b, i, rng);
        out.append({u"header byte flipped"_s, b, {}});
    }
    // Page 1 after the header: the schema table (sqlite_master): its b-tree page header and
    // cell pointers, then the cells (the CREATE statements) at the end of the page.
    const int cells = (quint8(valid.at(103)) << 8) | quint8(valid.at(104));
    const int content = (quint8(valid.at(105)) << 8) | quint8(valid.at(106));
    for (int i = 0; i < 24; ++i) {
        QByteArray b = valid;
        if (i % 2 == 0)
            flip(b, 100 + int(rng.bounded(quint32(12 + 2 * cells))), rng);
        else
            for (int n = 0; n < 3; ++n)
                flip(b, content + int(rng.bounded(quint32(qMax(pageSize - content, 1)))), rng);
        out.append({u"schema page flipped"_s, b, {}});
    }
    // Other b-tree pages: a page's header, or a run of bytes anywhere in it.
    for (int i = 0; i < 25; ++i) {
        QByteArray b = valid;
        const int page = 1 + int(rng.bounded(quint32(pages - 1)));
        const int base = page * pageSize;
        const bool header = i % 2 == 0;
        for (int n = 0; n < 8; ++n)
            flip(b, base + (header ? int(rng.bounded(12u)) : int(rng.bounded(quint32(pageSize)))),
                 rng);
        out.append({u"b-tree page flipped"_s, b, {}});
    }
    // Another program's file (application id), a newer schema (user_version).
    for (quint32 appId : {0u, 1u, 0x4A44544Du, 0x5A5A5A5Au, 0xFFFFFFFFu}) {
        QByteArray b = valid;
        putBigEndian32(b, 68, appId);
        out.append({u"wrong application id"_s, b, {}});
    }
    const quint32 current = quint32(Database::currentSchemaVersion());
    for (quint32 v : {current + 1, current + 100, 0x7FFFFFFFu}) {
        QByteArray b = valid;
        putBigEndian32(b, 60, v);
        out.append({u"newer schema"_s, b, {}});
    }
    // Not a database at all.
    out.append({u"not a database"_s, QByteArray(), {}});
    out.append({u"not a database"_s, "姓名,性别,身份证号\n张三,男,110101198506150011\n"_ba, {}});
    out.append({u"not a database"_s, "<html><body>jiandu</body></html>\n"_ba, {}});
    out.append({u"not a database"_s, "PK\x03\x04\x14\x00\x00\x00"_ba + QByteArray(500, 'x'), {}});
    QByteArray noise(8192, Qt::Uninitialized);
    for (char &c : noise)
        c = char(rng.bounded(256u));
    out.append({u"not a database"_s, noise, {}});
    out.append({u"not a database"_s, "SQLite format 3"_ba + QByteArray(1, '\0') + noise, {}});
    // A valid file with a -wal beside it that is not its own.
    out.append({u"foreign -wal"_s, valid, foreignWal});
    QByteArray badWal = foreignWal;
    for (int n = 0; n < 16; ++n)
        flip(badWal, int(rng.bounded(quint32(qMax<qsizetype>(badWal.size(), 1)))), rng);
    out.append({u"foreign -wal"_s, valid, badWal});
    out.append({u"foreign -wal"_s, valid, noise});
    return out;
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedCleanlyNeverChangedNeverDeleted()
    {
        const quint32 seed = qEnvironmentVariableIsSet("JIANDU_HOSTILE_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("JIANDU_HOSTILE_SEED"))
                                 : 6u;
        QTemporaryDir dir;
        QByteArray foreignWal;
        const QByteArray valid = makeValid(dir.path(), foreignWal);
        QVERIFY(valid.size() > 8 * 1024);
        QVERIFY(!foreignWal.isEmpty());
        const QList<Mutant> list = mutants(valid, foreignWal, seed);
        QVERIFY(list.size() >= 100);
        qInfo("hostile files: seed %u, %lld mutants of a %lld-byte database", seed,
              qlonglong(list.size()), qlonglong(valid.size()));

        // kind → (refused, harmless): refused = the writable open (the GUI's, the CLI's) refused it
        std::map<QString, std::pair<int, int>> byKind;
        int cliRuns = 0;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Mutant &m = list.at(i);
            const QString path = dir.filePath(u"m%1.sqlite"_s.arg(i, 3, 10, QLatin1Char('0')));
            writeAll(path, m.bytes);
            if (!m.wal.isEmpty())
                writeAll(path + u"-wal"_s, m.wal);
            const QString what = u"#%1 %2"_s.arg(i).arg(m.kind);

            bool refused = false;
            bool harmless = false;
            bool readable = false;
            for (const bool readOnly : {true, false}) {
                Database::Options options;
                options.readOnly = readOnly;
                options.backupDir = dir.filePath(u"backups"_s);
                auto opened = Database::open(path, options);
                if (!opened) {
                    refused = refused || !readOnly;
                    QVERIFY2(!opened.error().message.isEmpty(), qPrintable(what));
                    QVERIFY2(QFile::exists(path), qPrintable(what + u": deleted"_s));
                    if (m.wal.isEmpty())
                        QVERIFY2(readAll(path) == m.bytes,
                                 qPrintable(what + u": changed although refused"_s));
                    continue;
                }
                // It opened: only a harmless mutation may, and then the file is whole.
                auto check = checkDatabase(*opened.value());
                QVERIFY2(check && check->integrity.isEmpty() && check->foreignKeys.isEmpty(),
                         qPrintable(what + u": opened although damaged: "_s +
                                    (check ? check->integrity.join(u"; "_s) : check.error().toString())));
                harmless = harmless || !readOnly;
                readable = true;
            }
            // The backup checker reads it without changing it.
            const QByteArray beforeVerify = readAll(path);
            auto verified = Backup::verifyFile(path);
            QVERIFY2(QFile::exists(path), qPrintable(what + u": deleted by verifyFile"_s));
            if (!verified)
                QVERIFY2(readAll(path) == beforeVerify,
                         qPrintable(what + u": changed by verifyFile"_s));
            else // a backup may be older or newer than this build, never unreadable
                QVERIFY2(readable, qPrintable(what + u": verifyFile accepted an unreadable file"_s));

            // Every seventh one, and every file of a rare kind, through the real CLI.
            if (i % 7 == 0 || !m.wal.isEmpty() || m.kind == u"not a database") {
                const QByteArray beforeCli = readAll(path);
                const Test::CliRun cli = Test::runCli({u"verify"_s, u"--db"_s, path});
                QVERIFY2(cli.exitCode == 0 || cli.exitCode == 1 || cli.exitCode == 3,
                         qPrintable(what + u": jiandu-cli verify crashed or hung: "_s + cli.err));
                QVERIFY2(QFile::exists(path), qPrintable(what + u": deleted by the CLI"_s));
                if (cli.exitCode != 0 && m.wal.isEmpty())
                    QVERIFY2(readAll(path) == beforeCli,
                             qPrintable(what + u": changed by the CLI"_s));
                ++cliRuns;
            }
            QVERIFY(refused != harmless);
            auto &[r, h] = byKind[m.kind];
            ++(refused ? r : h);
        }
        for (const auto &[kind, counts] : byKind)
            qInfo("hostile files: %-22s refused %3d, harmless (opened, integrity ok) %3d",
                  qPrintable(kind), counts.first, counts.second);
        qInfo("hostile files: %d run through jiandu-cli verify", cliRuns);
        // The kinds that can never be harmless were all refused.
        for (const QString &kind : {u"truncated"_s, u"wrong application id"_s, u"newer schema"_s,
                                    u"not a database"_s})
            QVERIFY2(byKind[kind].second == 0 || kind == u"truncated", qPrintable(kind));
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "tst_hostilefiles.moc"
