// jiandu-faultworker: the child process of the fault tests (tests/core/tst_crash.cpp,
// tst_databaselock.cpp). Not installed.
//
//   jiandu-faultworker crash DB SEED FIRST_SEQ LOG
//       Opens DB, prints "READY", then performs random user actions until it is killed:
//       an import of three officers through the real importer, an edit of an officer, the
//       sign-off of a rectification task, each in its one transaction. Before an action it
//       appends "B <seq> <kind> <arg>" to LOG and after its commit "E <seq>", each with one
//       unbuffered write(2), so the log survives the SIGKILL the test sends at a random time.
//   jiandu-faultworker lock DB
//       Takes the DatabaseLock of DB, prints "LOCKED" (or "BUSY <message>") and waits to be
//       killed.

#include "crashactions.h"
#include "storage/database.h"
#include "storage/databaselock.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Jiandu;

namespace {

int lockAndWait(const QString &db)
{
    DatabaseLock lock(db);
    const VoidResult r = lock.tryLock();
    if (r)
        std::fputs("LOCKED\n", stdout);
    else
        std::fprintf(stdout, "BUSY %s\n", qUtf8Printable(r.error().message));
    std::fflush(stdout);
    if (!r)
        return 1;
    for (;;)
        QThread::sleep(1);
}

#ifdef Q_OS_UNIX
void logLine(int fd, const QByteArray &line)
{
    const QByteArray bytes = line + '\n';
    if (::write(fd, bytes.constData(), size_t(bytes.size())) != bytes.size())
        qFatal("cannot write the action log");
}

int crash(const QString &path, quint32 seed, qint64 firstSeq, const QString &logPath)
{
    Database::Options options;
    options.integrityCheck = Database::IntegrityCheck::Auto;
    options.actor = QStringLiteral("crash-worker");
    auto opened = Database::open(path, options);
    if (!opened) {
        std::fprintf(stdout, "ERROR %s\n", qUtf8Printable(opened.error().toString()));
        return 2;
    }
    Database &db = *opened.value();
    const int fd = ::open(QFile::encodeName(logPath).constData(), O_WRONLY | O_APPEND | O_CREAT,
                          0644);
    if (fd < 0)
        qFatal("cannot open the action log");
    std::fputs("READY\n", stdout);
    std::fflush(stdout);

    QRandomGenerator rng(seed);
    for (qint64 seq = firstSeq;; ++seq) {
        Fault::Action action = Fault::pickAction(db, rng, seq);
        logLine(fd, "B " + QByteArray::number(seq) + ' ' + Fault::kindName(action.kind) + ' ' +
                        QByteArray::number(action.arg));
        const VoidResult r = Fault::perform(db, action);
        if (!r) {
            std::fprintf(stdout, "FAILED %lld %s\n", static_cast<long long>(seq),
                         qUtf8Printable(r.error().toString()));
            std::fflush(stdout);
            return 3;
        }
        logLine(fd, "E " + QByteArray::number(seq));
    }
}
#endif

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 3 && args.at(1) == u"lock")
        return lockAndWait(args.at(2));
#ifdef Q_OS_UNIX
    if (args.size() == 6 && args.at(1) == u"crash")
        return crash(args.at(2), args.at(3).toUInt(), args.at(4).toLongLong(), args.at(5));
#endif
    std::fputs("usage: jiandu-faultworker crash DB SEED FIRST_SEQ LOG | lock DB\n", stderr);
    return 64;
}
