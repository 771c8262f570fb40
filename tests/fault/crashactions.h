#pragma once

// The user actions of the crash harness (jiandu-faultworker crash, tests/core/tst_crash.cpp)
// and the checks that each one is wholly present or wholly absent after a SIGKILL.

#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <optional>

namespace Jiandu {
class Database;
}

namespace Jiandu::Fault {

enum class Kind
{
    Import,  // three officers through Io::importFile (one transaction, three audit records)
    Edit,    // an officer's position set to "E<seq>" (OfficerRepository::save)
    SignOff, // a completed rectification task signed off (TaskRepository::transition)
};
inline constexpr int kImportRows = 3;

QByteArray kindName(Kind kind);
std::optional<Kind> kindFromName(const QByteArray &name);

struct Action
{
    Kind kind = Kind::Edit;
    qint64 seq = 0;
    qint64 arg = 0; // Edit: officer id; SignOff: task id; Import: 0
    QString file;   // Import: the CSV written for it
};

// A small office: one enforcement body, `officers` officers and `tasks` completed tasks.
VoidResult seed(Database &db, int officers, int tasks);

// What action `seq` is (drawn from `rng`), with the file an import reads written already.
Action pickAction(Database &db, QRandomGenerator &rng, qint64 seq);
VoidResult perform(Database &db, const Action &action);

// The identity number of row `row` of import `seq`.
QString importedIdNumber(qint64 seq, int row);

// One action as the worker logged it.
struct Logged
{
    qint64 seq = 0;
    Kind kind = Kind::Edit;
    qint64 arg = 0;
    bool ended = false; // "E <seq>" was written: its commit had returned
};
QList<Logged> readLog(const QByteArray &log);

struct Verdict
{
    int present = 0;
    int absent = 0;
    QStringList problems; // empty: every action wholly present or wholly absent
};
// All-or-nothing per action (rows and audit records), every ended action present, and the
// cross-checks over the whole file: each officer's position is the one of its latest audit
// record; signed-off tasks, sign-off events and sign-off audit records are as many.
Verdict checkActions(Database &db, const QList<Logged> &actions);

} // namespace Jiandu::Fault
