// The crash harness (issue 6, part 6): a child process (jiandu-faultworker crash) performs
// random imports, officer edits and task sign-offs, each in its one transaction, and is
// killed with SIGKILL after a random delay; then the file is opened and checked:
// integrity_check and foreign_key_check pass, the audit chain verifies, and every action the
// worker began is wholly present (all its rows and audit records) or wholly absent, and
// present when its commit had returned. Repeated many times on the same file.
//
// JIANDU_CRASH_ITERATIONS (default 300) sets the number of kills, JIANDU_CRASH_SEED the seed
// (default 20261204; printed, so a failure is reproducible). POSIX only.

#include "fault/crashactions.h"
#include "storage/database.h"
#include "storage/dbcheck.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<Database> openChecked(const QString &path)
{
    Database::Options options;
    options.integrityCheck = Database::IntegrityCheck::Always;
    options.actor = u"checker"_s;
    auto opened = Database::open(path, options);
    if (!opened)
        qFatal("the file does not open after a kill: %s", qPrintable(opened.error().toString()));
    return std::move(opened.value());
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidActionLeavesWholeActions()
    {
#ifndef Q_OS_UNIX
        QSKIP("The crash harness sends SIGKILL: POSIX only.");
#else
        const int iterations = qEnvironmentVariableIsSet("JIANDU_CRASH_ITERATIONS")
                                   ? qEnvironmentVariableIntValue("JIANDU_CRASH_ITERATIONS")
                                   : 300;
        const quint32 seed = qEnvironmentVariableIsSet("JIANDU_CRASH_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("JIANDU_CRASH_SEED"))
                                 : 20261204u;
        qInfo("crash harness: %d iterations, seed %u", iterations, seed);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"crash.sqlite"_s);
        const QString logPath = dir.filePath(u"actions.log"_s);
        {
            Database::Options options;
            options.create = true;
            options.actor = u"seed"_s;
            auto db = Database::open(path, options);
            QVERIFY(db);
            const VoidResult seeded = Fault::seed(*db.value(), 20, qMin(iterations + 50, 4000));
            QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().toString()));
        }

        QRandomGenerator rng(seed);
        QElapsedTimer timer;
        timer.start();
        qint64 nextSeq = 1;
        qint64 logOffset = 0;
        int inFlight = 0, inFlightPresent = 0, actionsChecked = 0;
        QMap<QByteArray, int> inFlightByKind;
        for (int i = 0; i < iterations; ++i) {
            const quint32 workerSeed = rng.generate();
            const int delayMs = int(rng.bounded(45u));
            QProcess worker;
            worker.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            worker.start(QStringLiteral(JIANDU_FAULT_WORKER),
                         {u"crash"_s, path, QString::number(workerSeed), QString::number(nextSeq),
                          logPath});
            QVERIFY2(worker.waitForStarted(10000), "the worker did not start");
            QByteArray ready;
            while (!ready.contains('\n') && worker.waitForReadyRead(10000))
                ready += worker.readAllStandardOutput();
            QVERIFY2(ready.startsWith("READY"), ready.constData());
            QThread::msleep(ulong(delayMs));
            ::kill(pid_t(worker.processId()), SIGKILL);
            QVERIFY(worker.waitForFinished(10000));
            const QByteArray rest = worker.readAllStandardOutput();
            QVERIFY2(worker.exitStatus() == QProcess::CrashExit,
                     qPrintable(u"iteration %1 (seed %2): the worker stopped by itself: %3"_s.arg(i)
                                    .arg(workerSeed)
                                    .arg(QString::fromUtf8(rest))));

            QFile log(logPath);
            QVERIFY(log.open(QIODevice::ReadOnly));
            log.seek(logOffset);
            const QByteArray bytes = log.readAll();
            logOffset += bytes.size();
            const QList<Fault::Logged> actions = Fault::readLog(bytes);

            auto db = openChecked(path);
            auto check = checkDatabase(*db);
            QVERIFY(check);
            QVERIFY2(check->integrity.isEmpty(), qPrintable(check->integrity.join(u"; "_s)));
            QVERIFY2(check->foreignKeys.isEmpty(), qPrintable(check->foreignKeys.join(u"; "_s)));
            QVERIFY2(check->audit.ok(), qPrintable(check->audit.message));
            const Fault::Verdict verdict = Fault::checkActions(*db, actions);
            QVERIFY2(verdict.problems.isEmpty(),
                     qPrintable(u"iteration %1 (worker seed %2): %3"_s.arg(i).arg(workerSeed).arg(
                         verdict.problems.join(u"; "_s))));
            actionsChecked += int(actions.size());
            if (!actions.isEmpty()) {
                nextSeq = actions.last().seq + 1;
                if (!actions.last().ended) {
                    ++inFlight;
                    ++inFlightByKind[Fault::kindName(actions.last().kind)];
                    inFlightPresent += Fault::checkActions(*db, {actions.last()}).present;
                }
            }
        }
        qInfo("crash harness: %d kills, %d actions checked, %d killed mid-action (%d of them "
              "committed, %d rolled back; import %d, edit %d, sign-off %d), %lld ms",
              iterations, actionsChecked, inFlight, inFlightPresent, inFlight - inFlightPresent,
              inFlightByKind.value("import"), inFlightByKind.value("edit"),
              inFlightByKind.value("signoff"), timer.elapsed());
        // The kills must land inside actions, or the harness proves nothing.
        QVERIFY2(inFlight >= iterations / 4, qPrintable(QString::number(inFlight)));
        QVERIFY(actionsChecked > iterations);
#endif
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
