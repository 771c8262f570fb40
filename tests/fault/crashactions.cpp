#include "crashactions.h"

#include "domain/identity.h"
#include "domain/vocabulary.h"
#include "io/importer.h"
#include "storage/activityrepository.h"
#include "storage/agencyrepository.h"
#include "storage/database.h"
#include "storage/officerrepository.h"
#include "storage/taskrepository.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Jiandu::Fault {

namespace {

const QString kAgency = QStringLiteral("市场监管局");
const QDate kToday(2025, 3, 1);

QString idNumberOf(qint64 n)
{
    // composeIdNumber keeps three digits of the sequence: the birth date carries the rest.
    return Identity::composeIdNumber(QStringLiteral("110101"),
                                     QDate(1960, 1, 1).addDays(int(n / 1000)), int(n % 1000));
}

Result<qint64> scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return Error{Error::Code::Sql, q.lastError().text(), sql};
    return q.value(0).toLongLong();
}

qint64 count(Database &db, const QString &sql, const QVariantList &binds, QStringList &problems)
{
    auto r = scalar(db, sql, binds);
    if (!r) {
        problems << r.error().toString();
        return -1;
    }
    return r.value();
}

QString signedOff()
{
    return Vocab::code(TaskStatus::SignedOff);
}

} // namespace

QByteArray kindName(Kind kind)
{
    switch (kind) {
    case Kind::Import:
        return "import";
    case Kind::Edit:
        return "edit";
    case Kind::SignOff:
        return "signoff";
    }
    return {};
}

std::optional<Kind> kindFromName(const QByteArray &name)
{
    for (Kind k : {Kind::Import, Kind::Edit, Kind::SignOff})
        if (kindName(k) == name)
            return k;
    return std::nullopt;
}

QString importedIdNumber(qint64 seq, int row)
{
    return idNumberOf(100000 + seq * kImportRows + row);
}

VoidResult seed(Database &db, int officers, int tasks)
{
    Transaction tx(db);
    Agency agency;
    agency.name = kAgency;
    agency.kind = AgencyKind::Administrative;
    agency.parentName = QStringLiteral("某县人民政府");
    auto agencyId = AgencyRepository(db).save(agency);
    if (!agencyId)
        return agencyId.error();
    for (int i = 0; i < officers; ++i) {
        Officer o;
        o.name = QStringLiteral("人员%1").arg(i + 1);
        o.idNumber = idNumberOf(i + 1);
        o.agencyId = agencyId.value();
        o.position = QStringLiteral("科员");
        if (auto r = OfficerRepository(db).save(o); !r)
            return r.error();
    }
    SupervisionActivity activity;
    activity.name = QStringLiteral("2025年行政执法专项监督");
    activity.kind = SupervisionKind::Special;
    activity.supervisingUnit = QStringLiteral("清河县司法局");
    activity.startedOn = QDate(2025, 1, 10);
    activity.sourceDate = activity.startedOn;
    auto activityId = ActivityRepository(db).save(activity);
    if (!activityId)
        return activityId.error();
    for (int i = 0; i < tasks; ++i) {
        RectificationTask t;
        t.activityId = activityId.value();
        t.seq = QString::number(i + 1);
        t.problem = QStringLiteral("行政处罚案卷装订不规范");
        t.measures = QStringLiteral("逐卷检查，统一装订");
        t.owner = QStringLiteral("李四");
        t.deadline.text = QStringLiteral("2025年6月底前");
        t.deadline.date = QDate(2025, 6, 30);
        t.deadline.understood = true;
        t.status = TaskStatus::Completed;
        t.completedOn = QDate(2025, 2, 1);
        if (auto r = TaskRepository(db).save(t); !r)
            return r.error();
    }
    return tx.commit();
}

Action pickAction(Database &db, QRandomGenerator &rng, qint64 seq)
{
    Action a;
    a.seq = seq;
    const quint32 roll = rng.bounded(3u);
    if (roll == 2) {
        const qint64 open = scalar(db,
                                   QStringLiteral("SELECT count(*) FROM rectification_task "
                                                  "WHERE status = ?"),
                                   {Vocab::code(TaskStatus::Completed)})
                                .valueOr(0);
        if (open > 0) {
            a.kind = Kind::SignOff;
            a.arg = scalar(db,
                           QStringLiteral("SELECT id FROM rectification_task WHERE status = ? "
                                          "ORDER BY id LIMIT 1 OFFSET ?"),
                           {Vocab::code(TaskStatus::Completed), qint64(rng.bounded(quint32(open)))})
                        .valueOr(0);
            return a;
        }
    }
    if (roll == 0) {
        a.kind = Kind::Import;
        a.file = QFileInfo(db.path()).absoluteDir().filePath(QStringLiteral("import.csv"));
        QString csv = QStringLiteral("姓名,性别,身份证号,执法主体,人员类别,法制审核人员\n");
        for (int row = 0; row < kImportRows; ++row)
            csv += QStringLiteral("导入%1号,男,%2,%3,在编,否\n")
                       .arg(QString::number(seq * kImportRows + row), importedIdNumber(seq, row),
                            kAgency);
        QFile f(a.file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(csv.toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(a.file));
        return a;
    }
    a.kind = Kind::Edit;
    const qint64 officers = scalar(db, QStringLiteral("SELECT count(*) FROM officer")).valueOr(0);
    a.arg = scalar(db, QStringLiteral("SELECT id FROM officer ORDER BY id LIMIT 1 OFFSET ?"),
                   {qint64(rng.bounded(quint32(qMax<qint64>(officers, 1))))})
                .valueOr(0);
    return a;
}

VoidResult perform(Database &db, const Action &action)
{
    switch (action.kind) {
    case Kind::Import: {
        const Io::ImportReport report = Io::importFile(db, Io::Kind::Officers, action.file);
        if (!report.committed || report.inserted != kImportRows) {
            QStringList lines;
            for (const Io::Problem &p : report.problems)
                lines << p.toString();
            return Error{Error::Code::Invalid, lines.join(QLatin1Char('\n')), action.file};
        }
        return {};
    }
    case Kind::Edit: {
        Transaction tx(db);
        OfficerRepository repo(db);
        auto found = repo.find(action.arg);
        if (!found || !found.value())
            return Error{Error::Code::NotFound, QStringLiteral("no officer"),
                         QString::number(action.arg)};
        Officer o = *found.value();
        o.position = QStringLiteral("E%1").arg(action.seq);
        if (auto r = repo.save(o); !r)
            return r.error();
        return tx.commit();
    }
    case Kind::SignOff:
        return TaskRepository(db).transition(action.arg, TaskStatus::SignedOff, kToday);
    }
    return {};
}

QList<Logged> readLog(const QByteArray &log)
{
    QList<Logged> out;
    for (const QByteArray &line : log.split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() == 4 && f.at(0) == "B") {
            const auto kind = kindFromName(f.at(2));
            if (kind)
                out.append(Logged{f.at(1).toLongLong(), *kind, f.at(3).toLongLong(), false});
        } else if (f.size() == 2 && f.at(0) == "E" && !out.isEmpty() &&
                   out.last().seq == f.at(1).toLongLong()) {
            out.last().ended = true;
        }
    }
    return out;
}

Verdict checkActions(Database &db, const QList<Logged> &actions)
{
    Verdict v;
    QStringList &p = v.problems;
    for (const Logged &a : actions) {
        const QString what = QStringLiteral("%1 #%2").arg(QString::fromLatin1(kindName(a.kind))).arg(a.seq);
        bool present = false;
        switch (a.kind) {
        case Kind::Import: {
            QVariantList ids;
            for (int row = 0; row < kImportRows; ++row)
                ids << importedIdNumber(a.seq, row);
            const qint64 rows = count(
                db, QStringLiteral("SELECT count(*) FROM officer WHERE id_number IN (?, ?, ?)"),
                ids, p);
            const qint64 audit =
                count(db,
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'officer' "
                                     "AND action = 'insert' AND record_key IN (?, ?, ?)"),
                      ids, p);
            present = rows == kImportRows && audit == kImportRows;
            if (!present && (rows != 0 || audit != 0))
                p << QStringLiteral("%1: %2 of %3 rows and %4 audit records").arg(what).arg(rows).arg(kImportRows).arg(audit);
            break;
        }
        case Kind::Edit: {
            const QString marker = QStringLiteral("E%1").arg(a.seq);
            const qint64 audit = count(
                db,
                QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'officer' AND "
                               "json_extract(after, '$.position') = ?"),
                {marker}, p);
            const qint64 rows = count(
                db, QStringLiteral("SELECT count(*) FROM officer WHERE position = ?"), {marker}, p);
            present = audit == 1;
            if (audit > 1 || rows > audit)
                p << QStringLiteral("%1: %2 rows carry the change, %3 audit records").arg(what).arg(rows).arg(audit);
            break;
        }
        case Kind::SignOff: {
            const QString code = signedOff();
            const qint64 status = count(
                db, QStringLiteral("SELECT count(*) FROM rectification_task WHERE id = ? AND status = ?"),
                {a.arg, code}, p);
            const qint64 events = count(
                db, QStringLiteral("SELECT count(*) FROM task_event WHERE task_id = ? AND to_status = ?"),
                {a.arg, code}, p);
            const qint64 audit = count(
                db,
                QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                               "'rectification_task' AND record_key = ? AND "
                               "json_extract(after, '$.status') = ?"),
                {QString::number(a.arg), code}, p);
            present = status == 1;
            if (status != events || status != audit || status > 1)
                p << QStringLiteral("%1 (task %2): status %3, events %4, audit records %5").arg(what).arg(a.arg).arg(status).arg(events).arg(audit);
            break;
        }
        }
        if (present)
            ++v.present;
        else
            ++v.absent;
        if (a.ended && !present)
            p << QStringLiteral("%1: committed, but missing after the kill").arg(what);
    }
    // Across the whole file.
    const qint64 drift = count(
        db,
        QStringLiteral("SELECT count(*) FROM officer o WHERE o.position IS NOT (SELECT "
                       "json_extract(a.after, '$.position') FROM audit_log a WHERE a.table_name = "
                       "'officer' AND a.record_key = o.id_number ORDER BY a.id DESC LIMIT 1)"),
        {}, p);
    if (drift != 0)
        p << QStringLiteral("%1 officers differ from their latest audit record").arg(drift);
    const QString code = signedOff();
    const qint64 tasks = count(
        db, QStringLiteral("SELECT count(*) FROM rectification_task WHERE status = ?"), {code}, p);
    const qint64 events = count(
        db, QStringLiteral("SELECT count(*) FROM task_event WHERE to_status = ?"), {code}, p);
    const qint64 audits = count(db,
                                QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                               "'rectification_task' AND json_extract(after, "
                                               "'$.status') = ?"),
                                {code}, p);
    if (tasks != events || tasks != audits)
        p << QStringLiteral("signed-off tasks %1, sign-off events %2, audit records %3").arg(tasks).arg(events).arg(audits);
    return v;
}

} // namespace Jiandu::Fault
