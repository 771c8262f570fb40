// The role × action matrix: every role (and single-user mode) tries every action through the
// real core API. Allowed actions succeed; refused ones return Error::Code::Refused with a
// sentence naming the role, and leave the file exactly as it was. Then an agency-limited
// staff account against another agency's records.

#include "security/authenticator.h"
#include "security/guard.h"
#include "security/session.h"
#include "storage/accountrepository.h"
#include "storage/agencyrepository.h"
#include "storage/audittrail.h"
#include "storage/bulkwriter.h"
#include "storage/caserepository.h"
#include "storage/officerrepository.h"
#include "storage/settingsrepository.h"
#include "storage/taskrepository.h"
#include "storage/transaction.h"
#include "support/testdatabase.h"
#include "tst_reviewhelpers.h"
#include "tst_supervisionhelpers.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <functional>

using namespace Jiandu;
using Security::Permission;
using Security::Role;

namespace {

// The error of a failed result, for test messages (empty when it succeeded).
template <typename R> QString why(const R &r)
{
    return r.ok() ? QString() : r.error().toString();
}
const QString kAdminPassword = QStringLiteral("Admin-Pass1");
const QString kPassword = QStringLiteral("Role-Pass1");

// The data every role works on, written in single-user mode before accounts are turned on.
struct Fixture
{
    qint64 agencyA = 0;
    qint64 agencyB = 0;
    qint64 officerA = 0;
    qint64 officerB = 0;
    qint64 caseA = 0;
    qint64 caseB = 0;
    qint64 taskA = 0; // completed, responsible unit: agency A
    qint64 taskB = 0; // completed, responsible unit: agency B
    int next = 100;   // identity-number seed of new officers
};

Fixture addData(Database &db)
{
    Fixture f;
    f.agencyA = Test::addAgency(db, QStringLiteral("清河县市场监督管理局"));
    f.agencyB = Test::addAgency(db, QStringLiteral("清河县交通运输局"));
    Test::OfficerSpec a;
    a.name = QStringLiteral("张三");
    a.n = 1;
    f.officerA = Test::addOfficer(db, f.agencyA, a);
    Test::OfficerSpec b;
    b.name = QStringLiteral("李四");
    b.n = 2;
    f.officerB = Test::addOfficer(db, f.agencyB, b);
    f.caseA =
        Test::addCase(db, f.agencyA, QStringLiteral("清市监罚〔2025〕1号"), QDate(2025, 1, 6));
    f.caseB = Test::addCase(db, f.agencyB, QStringLiteral("清交罚〔2025〕1号"), QDate(2025, 1, 7));
    const qint64 activity =
        Test::addSupervision(db, QStringLiteral("2025年专项监督"), {f.agencyA, f.agencyB});
    const QStringList names{QStringLiteral("清河县市场监督管理局"),
                            QStringLiteral("清河县交通运输局")};
    for (qint64 agency : {f.agencyA, f.agencyB}) {
        Test::TaskSpec spec;
        spec.seq = QString::number(agency);
        spec.status = TaskStatus::Completed;
        spec.completedOn = QDate(2025, 2, 20);
        RectificationTask t = Test::taskOf(activity, spec);
        t.responsibleUnits = {
            TaskUnit{names.at(agency == f.agencyA ? 0 : 1), agency, std::nullopt}};
        const qint64 id = Test::require(TaskRepository(db).save(t), "task");
        (agency == f.agencyA ? f.taskA : f.taskB) = id;
    }
    return f;
}

// Every row of every table, hashed: "the file is unchanged".
QByteArray fingerprint(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        hash.addData(table.toUtf8());
        QSqlQuery rows(db.connection());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        while (rows.next())
            for (int i = 0; i < rows.record().count(); ++i)
                hash.addData(QByteArray(rows.value(i).toString().toUtf8() + '\x1f'));
    }
    return hash.result().toHex();
}

template <typename T> VoidResult voided(const Result<T> &r)
{
    return r ? VoidResult() : VoidResult(r.error());
}

// Runs `write` in a Transaction and commits it (one user action).
VoidResult inTransaction(Database &db, const std::function<VoidResult()> &write)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    if (VoidResult r = write(); !r)
        return r;
    return tx.commit();
}

VoidResult createOfficer(Database &db, Fixture &f, qint64 agency)
{
    Officer o;
    o.name = QStringLiteral("王五");
    o.idNumber = Test::idNumber(++f.next);
    o.agencyId = agency;
    return inTransaction(db, [&] { return voided(OfficerRepository(db).save(o)); });
}

VoidResult editOfficer(Database &db, qint64 id, const std::function<void(Officer &)> &change)
{
    Officer o = *OfficerRepository(db).find(id).value();
    change(o);
    return inTransaction(db, [&] { return voided(OfficerRepository(db).save(o)); });
}

VoidResult editCase(Database &db, qint64 id)
{
    EnforcementCase c = *CaseRepository(db).find(id).value();
    c.title += QStringLiteral("（更正）");
    return inTransaction(db, [&] { return voided(CaseRepository(db).save(c)); });
}

VoidResult signOff(Database &db, qint64 task)
{
    return TaskRepository(db).transition(task, TaskStatus::SignedOff, QDate(2025, 3, 1));
}

VoidResult setSetting(Database &db, const QString &key, const QString &value)
{
    return inTransaction(db, [&] { return SettingsRepository(db).setValue(key, value); });
}

// A caller that checks a right before acting and audits the event (exports, prints).
VoidResult auditedEvent(Database &db, Permission p, AuditEntry::Action action)
{
    if (VoidResult r = Security::requirePermission(db, p); !r)
        return r;
    return AuditTrail(db).recordEvent(action, QStringLiteral("officers.xlsx"));
}

struct Action
{
    const char *name;
    std::function<VoidResult(Database &, Fixture &)> run;
    // Allowed for: single-user mode, 系统管理员, 审计管理员, 监督科工作人员, 只读.
    std::array<bool, 5> allowed;
};

constexpr bool Y = true;
constexpr bool N = false;

// clang-format off
const QList<Action> &matrix()
{
    static const QList<Action> actions{
        //                                                                 single admin audit staff viewer
        {"view the records",            [](Database &db, Fixture &) { return Security::requirePermission(db, Permission::ViewData); },
                                                                                {Y, Y, N, Y, Y}},
        {"create an officer",           [](Database &db, Fixture &f) { return createOfficer(db, f, f.agencyA); },
                                                                                {Y, N, N, Y, N}},
        {"edit an officer",             [](Database &db, Fixture &f) { return editOfficer(db, f.officerA, [](Officer &o) { o.position = QStringLiteral("科长"); }); },
                                                                                {Y, N, N, Y, N}},
        {"edit a case",                 [](Database &db, Fixture &f) { return editCase(db, f.caseA); },
                                                                                {Y, N, N, Y, N}},
        {"import officers (BulkWriter)", [](Database &db, Fixture &f) {
             return inTransaction(db, [&] {
                 Officer o;
                 o.name = QStringLiteral("赵六");
                 o.idNumber = Test::idNumber(++f.next);
                 o.agencyId = f.agencyA;
                 return voided(BulkWriter(db).addOfficer(o));
             }); },                                                             {Y, N, N, Y, N}},
        {"sign off a task",             [](Database &db, Fixture &f) { return signOff(db, f.taskA); },
                                                                                {Y, N, N, Y, N}},
        {"change a rule threshold",     [](Database &db, Fixture &) { return setSetting(db, QStringLiteral("rules/task_due_days"), QStringLiteral("9")); },
                                                                                {Y, Y, N, N, N}},
        {"change the office name",      [](Database &db, Fixture &) { return setSetting(db, QStringLiteral("office/name"), QStringLiteral("清河县司法局")); },
                                                                                {Y, Y, N, N, N}},
        {"change a document prefix",    [](Database &db, Fixture &) { return setSetting(db, QStringLiteral("documents/prefix/notice"), QStringLiteral("清司督")); },
                                                                                {Y, N, N, Y, N}},
        {"change the idle lock",        [](Database &db, Fixture &) { return AccountRepository(db).setIdleLockMinutes(5); },
                                                                                {Y, Y, N, N, N}},
        {"create a user",               [](Database &db, Fixture &) {
             UserAccount a;
             a.username = QStringLiteral("newcomer");
             a.role = Role::Viewer;
             return voided(AccountRepository(db).create(a, QStringLiteral("Newcomer-1")));
         },                                                                     {Y, Y, N, N, N}},
        {"read the audit trail",        [](Database &db, Fixture &) { return Security::requirePermission(db, Permission::ReadAudit); },
                                                                                {Y, N, Y, N, N}},
        {"unmask an identity number",   [](Database &db, Fixture &) { return Security::recordUnmask(db, QStringLiteral("officer"), Test::idNumber(1)); },
                                                                                {Y, N, N, Y, N}},
        {"export",                      [](Database &db, Fixture &) { return auditedEvent(db, Permission::Export, AuditEntry::Action::Export); },
                                                                                {Y, N, N, Y, Y}},
        {"print",                       [](Database &db, Fixture &) { return auditedEvent(db, Permission::Print, AuditEntry::Action::Print); },
                                                                                {Y, N, N, Y, Y}},
        {"make a backup",               [](Database &db, Fixture &) { return Security::requirePermission(db, Permission::Backup); },
                                                                                {Y, Y, N, Y, N}},
        {"restore a backup",            [](Database &db, Fixture &) { return Security::requirePermission(db, Permission::Restore); },
                                                                                {Y, Y, N, N, N}},
    };
    return actions;
}
// clang-format on

// Accounts on, logged in as a new account of `role` (the administrator for Admin).
void logInAs(Database &db, Role role, qint64 agencyId = 0)
{
    AccountRepository repo(db);
    Security::Authenticator auth(db);
    if (!repo.enableAccounts(QStringLiteral("admin"), QStringLiteral("管理员"), kAdminPassword))
        qFatal("enableAccounts failed");
    if (!auth.login(QStringLiteral("admin"), kAdminPassword))
        qFatal("admin login failed");
    if (role == Role::Admin && agencyId == 0)
        return;
    UserAccount a;
    a.username = QStringLiteral("user");
    a.displayName = QStringLiteral("王五");
    a.role = role;
    a.agencyId = agencyId;
    if (auto created = repo.create(a, kPassword); !created)
        qFatal("create failed: %s", qPrintable(why(created)));
    auth.logout();
    if (auto in = auth.login(QStringLiteral("user"), kPassword); !in)
        qFatal("login failed: %s", qPrintable(why(in)));
}

// Refused with Error::Code::Refused, a sentence naming `must`, and the file unchanged.
#define VERIFY_REFUSED(db, expr, must, what)                                                       \
    do {                                                                                           \
        const QByteArray before_ = fingerprint(db);                                                \
        const VoidResult r_ = (expr);                                                              \
        QVERIFY2(!r_.ok(), qPrintable(QStringLiteral("%1: allowed").arg(what)));                   \
        QVERIFY2(r_.error().code == Error::Code::Refused,                                          \
                 qPrintable(QStringLiteral("%1: %2").arg(what, r_.error().toString())));           \
        QVERIFY2(r_.error().message.contains(must),                                                \
                 qPrintable(QStringLiteral("%1: %2").arg(what, r_.error().message)));              \
        QVERIFY2(fingerprint(db) == before_,                                                       \
                 qPrintable(QStringLiteral("%1: file changed").arg(what)));                        \
    } while (false)
} // namespace

class TestRoles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theMatrixOfAccessH()
    {
        // The contract of access.h, permission by permission.
        using P = Permission;
        const QList<P> admin{P::ViewData, P::ManageUsers, P::ManageSettings, P::Backup, P::Restore};
        const QList<P> auditor{P::ReadAudit};
        const QList<P> staff{P::ViewData, P::EditData,       P::Export,
                             P::Print,    P::UnmaskPersonal, P::Backup};
        const QList<P> viewer{P::ViewData, P::Export, P::Print};
        const QList<P> all{P::ViewData,       P::EditData,    P::Export,         P::Print,
                           P::UnmaskPersonal, P::ManageUsers, P::ManageSettings, P::ReadAudit,
                           P::Backup,         P::Restore};
        for (P p : all) {
            QCOMPARE(Security::Access::roleAllows(Role::Admin, p), admin.contains(p));
            QCOMPARE(Security::Access::roleAllows(Role::Auditor, p), auditor.contains(p));
            QCOMPARE(Security::Access::roleAllows(Role::Staff, p), staff.contains(p));
            QCOMPARE(Security::Access::roleAllows(Role::Viewer, p), viewer.contains(p));
            QVERIFY(Security::Access::allows(nullptr, p)); // single-user mode
        }
        for (Role r : Security::Access::roles())
            QCOMPARE(Security::Access::roleFromCode(Security::Access::roleCode(r)), r);
        QVERIFY(!Security::Access::roleFromCode(QStringLiteral("root")));
    }

    void roleByAction_data()
    {
        QTest::addColumn<int>("column"); // 0: single-user mode, 1..4: Admin, Auditor, Staff, Viewer
        QTest::newRow("single-user mode") << 0;
        QTest::newRow("系统管理员 Admin") << 1;
        QTest::newRow("审计管理员 Auditor") << 2;
        QTest::newRow("监督科工作人员 Staff") << 3;
        QTest::newRow("只读 Viewer") << 4;
    }

    void roleByAction()
    {
        QFETCH(int, column);
        Test::TestDatabase t;
        Fixture f = addData(t.db());
        const Role role = column == 0 ? Role::Admin : Security::Access::roles().at(column - 1);
        if (column > 0) {
            logInAs(t.db(), role);
            QCOMPARE(t->session()->role, role);
        }
        for (const Action &action : matrix()) {
            const QString what = QString::fromLatin1(action.name);
            const bool allowed = action.allowed.at(size_t(column));
            if (allowed) {
                const VoidResult r = action.run(t.db(), f);
                QVERIFY2(r.ok(), qPrintable(what + QStringLiteral(": ") + why(r)));
            } else {
                VERIFY_REFUSED(t.db(), action.run(t.db(), f), Security::Access::roleName(role),
                               what);
            }
        }
    }

    void agencyLimitedStaff()
    {
        Test::TestDatabase t;
        Fixture f = addData(t.db());
        logInAs(t.db(), Role::Staff, f.agencyA);
        Database &db = t.db();
        QVERIFY(t->session()->agencyLimited());
        QCOMPARE(t->session()->agencyName, QStringLiteral("清河县市场监督管理局"));
        const QString agencyName = QStringLiteral("清河县市场监督管理局");

        // Its own agency's records.
        QVERIFY(createOfficer(db, f, f.agencyA).ok());
        QVERIFY(editOfficer(db, f.officerA, [](Officer &o) {
                    o.position = QStringLiteral("科长");
                }).ok());
        QVERIFY(editCase(db, f.caseA).ok());
        const VoidResult signedOff = signOff(db, f.taskA);
        QVERIFY2(signedOff.ok(), qPrintable(why(signedOff)));
        Certificate own;
        own.officerId = f.officerA;
        own.number = QStringLiteral("ZF10001");
        own.issuer = QStringLiteral("清河县人民政府");
        own.issuedOn = QDate(2024, 1, 1);
        own.expiresOn = QDate(2029, 1, 1);
        QVERIFY(inTransaction(db, [&] {
                    return voided(OfficerRepository(db).saveCertificate(own));
                }).ok());

        // Another agency's, or the whole office's: refused, naming the agency.
        VERIFY_REFUSED(db, createOfficer(db, f, f.agencyB), agencyName,
                       QStringLiteral("officer of B"));
        VERIFY_REFUSED(
            db,
            editOfficer(db, f.officerB, [](Officer &o) { o.position = QStringLiteral("科长"); }),
            agencyName, QStringLiteral("edit officer of B"));
        VERIFY_REFUSED(db, editOfficer(db, f.officerA, [&](Officer &o) { o.agencyId = f.agencyB; }),
                       agencyName, QStringLiteral("move officer to B"));
        VERIFY_REFUSED(db, editCase(db, f.caseB), agencyName, QStringLiteral("case of B"));
        VERIFY_REFUSED(db, signOff(db, f.taskB), agencyName, QStringLiteral("task of B"));
        Certificate other = own;
        other.id = 0;
        other.officerId = f.officerB;
        other.number = QStringLiteral("ZF10002");
        VERIFY_REFUSED(
            db,
            inTransaction(db, [&] { return voided(OfficerRepository(db).saveCertificate(other)); }),
            agencyName, QStringLiteral("certificate of B's officer"));
        VERIFY_REFUSED(db,
                       setSetting(db, QStringLiteral("documents/issuer"), QStringLiteral("某局")),
                       agencyName, QStringLiteral("office-wide document setting"));
        Agency agency = *AgencyRepository(db).find(f.agencyA).value();
        agency.shortName = QStringLiteral("市监局");
        VERIFY_REFUSED(db,
                       inTransaction(db, [&] { return voided(AgencyRepository(db).save(agency)); }),
                       agencyName, QStringLiteral("the agency itself"));
    }

    void theBackstopCannotBeTalkedAround()
    {
        Test::TestDatabase t;
        addData(t.db());
        logInAs(t.db(), Role::Staff);
        Database &db = t.db();
        // An account's own-password scope covers its own row only.
        {
            const Security::OwnAccountScope own(db);
            VERIFY_REFUSED(
                db,
                inTransaction(db,
                              [&] {
                                  return AuditTrail(db).record(QStringLiteral("user_account"),
                                                               QStringLiteral("admin"),
                                                               AuditEntry::Action::Update, {}, {});
                              }),
                Security::Access::roleName(Role::Staff), QStringLiteral("other account"));
        }
        // Without the scope, not even its own row (a role change of one's own account).
        VERIFY_REFUSED(db,
                       inTransaction(db,
                                     [&] {
                                         return AuditTrail(db).record(
                                             QStringLiteral("user_account"), QStringLiteral("user"),
                                             AuditEntry::Action::Update, {}, {});
                                     }),
                       Security::Access::roleName(Role::Staff), QStringLiteral("own row"));
        // Turning accounts off needs ManageUsers.
        VERIFY_REFUSED(db, AccountRepository(db).disableAccounts(),
                       Security::Access::roleName(Role::Staff), QStringLiteral("accounts off"));
        VERIFY_REFUSED(db, setSetting(db, QStringLiteral("accounts.enabled"), QStringLiteral("0")),
                       Security::Access::roleName(Role::Staff), QStringLiteral("accounts.enabled"));
    }

    void refusalsExplainThemselves()
    {
        Security::Session s;
        s.username = QStringLiteral("wangwu");
        s.displayName = QStringLiteral("王五");
        s.role = Role::Viewer;
        const QString message = Security::Access::refusal(s, Permission::EditData);
        QCOMPARE(message, QStringLiteral("王五 (Read-only) may not change records: only "
                                         "Supervision staff may."));
        s.displayName.clear();
        QVERIFY(Security::Access::refusal(s, Permission::ManageUsers)
                    .startsWith(QStringLiteral("wangwu (Read-only) may not manage accounts")));
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
