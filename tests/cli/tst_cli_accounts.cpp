// Accounts on the command line, end to end against the real jiandu-cli: accounts on/off, the
// account commands, the forced password change at the first login, the lock after 5 wrong
// passwords, the role × command matrix (exit 4 with the reason when refused), the agency
// limit, the audit's actor and unmask records, and that no password is ever written out.
// The slots run in order on one database.

#include "storage/database.h"
#include "support/clirunner.h"
#include "support/fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

const QString kAdminPassword = u"Admin#Pass2025"_s;
const QString kInitialPassword = u"Init#Pass2025"_s;
const QString kAgencyA = u"某县市场监督管理局"_s;
const QString kAgencyB = u"某县城市管理综合执法局"_s;

// The chosen password of each account (after its first-login change).
QString passwordOf(const QString &user)
{
    return user == u"admin" ? kAdminPassword : user + u"#Pass2025"_s;
}

} // namespace

class TestCliAccounts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_outputs; // everything any run printed, for the password check

    Test::CliRun run(const QStringList &args, const QString &password = {},
                     const QString &newPassword = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"JIANDU_PASSWORD"_s);
        env.remove(u"JIANDU_NEW_PASSWORD"_s);
        if (!password.isNull())
            env.insert(u"JIANDU_PASSWORD"_s, password);
        if (!newPassword.isNull())
            env.insert(u"JIANDU_NEW_PASSWORD"_s, newPassword);
        const Test::CliRun r = Test::runCli(
            QStringList{u"--db"_s, m_db} + args + QStringList{u"--lang"_s, u"en"_s}, env);
        m_outputs << r.out << r.err;
        return r;
    }
    // As `user`, with its password.
    Test::CliRun as(const QString &user, const QStringList &args)
    {
        return run(args + QStringList{u"--user"_s, user}, passwordOf(user));
    }
    QString file(const QString &name) const { return m_dir.filePath(name); }

    qint64 auditCount(const QString &where)
    {
        Database::Options o;
        o.readOnly = true;
        auto db = Database::open(m_db, o);
        if (!db)
            qFatal("%s", qPrintable(db.error().toString()));
        QSqlQuery q(db.value()->connection());
        if (!q.exec(u"SELECT count(*) FROM audit_log WHERE "_s + where) || !q.next())
            qFatal("audit query failed");
        return q.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = file(u"office.sqlite"_s);
        Database::Options o;
        o.create = true;
        auto db = Database::open(m_db, o);
        QVERIFY(db.ok());
        const qint64 a = Test::addAgency(*db.value(), kAgencyA);
        const qint64 b = Test::addAgency(*db.value(), kAgencyB);
        for (int i = 1; i <= 6; ++i) {
            Test::OfficerSpec spec;
            spec.n = i;
            spec.name = u"执法员%1"_s.arg(i);
            spec.certNumber = u"ZF%1"_s.arg(i, 5, 10, QLatin1Char('0'));
            Test::addOfficer(*db.value(), i <= 4 ? a : b, spec);
        }
        QFile csv(file(u"agencies.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(u"名称,类型,上级\n某县交通运输局,行政机关,某县人民政府\n"_s.toUtf8());
    }

    void singleUserModeRefusesUser()
    {
        const auto r = run({u"check"_s, u"--user"_s, u"admin"_s}, kAdminPassword);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"accounts are off"_s), qPrintable(r.err));
        QCOMPARE(run({u"passwd"_s}).exitCode, 2);
        QCOMPARE(run({u"user"_s, u"list"_s}).exitCode, 2);
    }

    void accountsOn()
    {
        // No new password and no terminal: a clear message, nothing changed.
        auto r = run({u"accounts"_s, u"on"_s, u"admin"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"JIANDU_NEW_PASSWORD"_s), qPrintable(r.err));
        // A password that breaks the policy.
        r = run({u"accounts"_s, u"on"_s, u"admin"_s}, {}, u"short"_s);
        QVERIFY(r.exitCode != 0);
        QCOMPARE(run({u"check"_s}).exitCode, 0); // still single-user

        r = run({u"accounts"_s, u"on"_s, u"admin"_s, u"--name"_s, u"管理员"_s}, {}, kAdminPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({u"check"_s});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(u"This database requires a login: --user NAME"_s),
                 qPrintable(r.err));
        // No password and no terminal.
        r = run({u"check"_s, u"--user"_s, u"admin"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"JIANDU_PASSWORD"_s), qPrintable(r.err));
        r = as(u"admin"_s, {u"accounts"_s, u"on"_s, u"other"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"already on"_s), qPrintable(r.err));
    }

    void addUsersAndFirstLogin()
    {
        const QList<QStringList> users = {
            {u"auditor1"_s, u"auditor"_s}, {u"staff1"_s, u"staff"_s}, {u"viewer1"_s, u"viewer"_s}};
        for (const QStringList &u : users) {
            const auto r =
                run({u"user"_s, u"add"_s, u.at(0), u"--role"_s, u.at(1), u"--user"_s, u"admin"_s},
                    kAdminPassword, kInitialPassword);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        auto r = run({u"user"_s, u"add"_s, u"clerk"_s, u"--role"_s, u"staff"_s, u"--agency"_s,
                      kAgencyB, u"--name"_s, u"李四"_s, u"--user"_s, u"admin"_s},
                     kAdminPassword, kInitialPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({u"user"_s, u"add"_s, u"x1"_s, u"--role"_s, u"boss"_s, u"--user"_s, u"admin"_s},
                kAdminPassword, kInitialPassword);
        QCOMPARE(r.exitCode, 2);

        for (const QString &u : {u"auditor1"_s, u"staff1"_s, u"viewer1"_s, u"clerk"_s}) {
            r = run({u"check"_s, u"--user"_s, u}, kInitialPassword);
            QCOMPARE(r.exitCode, 4);
            QVERIFY2(r.err.contains(u"change your password first: jiandu-cli passwd --user "_s + u),
                     qPrintable(r.err));
            r = run({u"passwd"_s, u"--user"_s, u}, kInitialPassword, passwordOf(u));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        // The old password no longer works.
        QCOMPARE(run({u"check"_s, u"--user"_s, u"staff1"_s}, kInitialPassword).exitCode, 4);

        r = as(u"admin"_s, {u"user"_s, u"list"_s, u"--format"_s, u"json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 5);
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue &v : list)
            byName.insert(v[u"username"_s].toString(), v.toObject());
        QCOMPARE(byName[u"admin"_s][u"role"_s].toString(), u"admin"_s);
        QCOMPARE(byName[u"admin"_s][u"name"_s].toString(), u"管理员"_s);
        QCOMPARE(byName[u"clerk"_s][u"agency"_s].toString(), kAgencyB);
        QVERIFY(byName[u"staff1"_s][u"agency"_s].isNull());
        QVERIFY(!byName[u"staff1"_s][u"last_login"_s].isNull());
        QVERIFY(!r.out.contains(u"argon2"_s));
        r = as(u"admin"_s, {u"user"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"clerk\t李四\t"_s) && r.out.contains(kAgencyB), qPrintable(r.out));
        QVERIFY(!r.out.contains(u"argon2"_s));
    }

    void roleCommandMatrix_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("allowed");
        const QString out = file(u"out"_s);
        const QList<std::pair<QString, QStringList>> commands = {
            {u"check"_s, {u"check"_s}},
            {u"export"_s, {u"export"_s, u"officers"_s, u"--out"_s, out + u".csv"_s}},
            {u"export-unmasked"_s,
             {u"export"_s, u"officers"_s, u"--out"_s, out + u".json"_s, u"--unmasked"_s}},
            {u"print"_s, {u"print"_s, u"roster"_s, u"--out"_s, out + u".pdf"_s}},
            {u"import"_s, {u"import"_s, u"agencies"_s, file(u"agencies.csv"_s), u"--dry-run"_s}},
            {u"backup"_s, {u"backup"_s, u"--out"_s, out + u".bak"_s}},
            {u"restore"_s, {u"restore"_s, file(u"missing.bak"_s)}},
            {u"verify"_s, {u"verify"_s}},
            {u"user-list"_s, {u"user"_s, u"list"_s}},
        };
        // spec: core/security/access.h (系统管理员, 审计管理员, 监督科工作人员, 只读).
        const QHash<QString, QStringList> allowed = {
            {u"admin"_s, {u"backup"_s, u"restore"_s, u"user-list"_s}},
            {u"auditor1"_s, {u"verify"_s}},
            {u"staff1"_s,
             {u"check"_s, u"export"_s, u"export-unmasked"_s, u"print"_s, u"import"_s, u"backup"_s}},
            {u"viewer1"_s, {u"check"_s, u"export"_s, u"print"_s}},
        };
        for (const QString &user : {u"admin"_s, u"auditor1"_s, u"staff1"_s, u"viewer1"_s})
            for (const auto &[name, args] : commands)
                QTest::addRow("%s × %s", qPrintable(user), qPrintable(name))
                    << user << args << allowed.value(user).contains(name);
    }

    void roleCommandMatrix()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, args);
        QFETCH(bool, allowed);
        const auto r = as(user, args);
        if (!allowed) {
            QCOMPARE(r.exitCode, 4);
            QVERIFY2(r.err.contains(u" may not "_s) && r.err.contains(u"only "_s),
                     qPrintable(r.err));
            return;
        }
        // restore of a missing file: allowed, then the file is missing (exit 3).
        QCOMPARE(r.exitCode, args.first() == u"restore" ? 3 : 0);
        QVERIFY2(!r.err.contains(u" may not "_s), qPrintable(r.err));
    }

    void auditNamesTheAccount()
    {
        const auto r = as(u"staff1"_s, {u"import"_s, u"agencies"_s, file(u"agencies.csv"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(auditCount(u"actor = 'staff1' AND table_name = 'agency' AND action = 'insert'"_s),
                 1);
        QCOMPARE(auditCount(u"actor = 'staff1' AND action = 'unmask' AND record_key = "
                            "'export officers'"_s),
                 1);
        // Refused before anything was shown: no unmask record for the viewer.
        QCOMPARE(auditCount(u"actor = 'viewer1' AND action = 'unmask'"_s), 0);
        QVERIFY(auditCount(u"actor = 'admin'"_s) > 0);
    }

    void agencyLimitedAccount()
    {
        auto r = as(u"clerk"_s, {u"export"_s, u"officers"_s, u"--out"_s, file(u"clerk.json"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(file(u"clerk.json"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray rows = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue &v : rows)
            QVERIFY2(QJsonDocument(v.toObject()).toJson().contains(kAgencyB.toUtf8()),
                     QJsonDocument(v.toObject()).toJson().constData());
        // Asking for another agency yields nothing, not an error.
        r = as(u"clerk"_s, {u"export"_s, u"officers"_s, u"--agency"_s, kAgencyA, u"--out"_s,
                            file(u"other.json"_s)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"Wrote 0 rows"_s), qPrintable(r.err));
        // Agencies are the whole office's: the clerk may not add one.
        QFile csv(file(u"agencies2.csv"_s));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write(u"名称,类型,上级\n某县自然资源局,行政机关,某县人民政府\n"_s.toUtf8());
        csv.close();
        r = as(u"clerk"_s, {u"import"_s, u"agencies"_s, file(u"agencies2.csv"_s)});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(u"limited to"_s), qPrintable(r.err));
    }

    void wrongPasswordsLockTheAccount()
    {
        for (int i = 0; i < 5; ++i) {
            const auto r = run({u"check"_s, u"--user"_s, u"viewer1"_s}, u"Wrong#Pass2025"_s);
            QCOMPARE(r.exitCode, 4);
        }
        auto r = as(u"viewer1"_s, {u"check"_s});
        QCOMPARE(r.exitCode, 4); // locked, even with the right password
        QVERIFY2(r.err.contains(u"locked"_s, Qt::CaseInsensitive), qPrintable(r.err));
        r = as(u"admin"_s, {u"user"_s, u"list"_s, u"--format"_s, u"json"_s});
        bool shownLocked = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            shownLocked =
                shownLocked || (v[u"username"_s] == u"viewer1"_s && !v[u"locked_until"_s].isNull());
        QVERIFY2(shownLocked, qPrintable(r.out));
        QCOMPARE(as(u"viewer1"_s, {u"user"_s, u"unlock"_s, u"viewer1"_s}).exitCode, 4);
        QCOMPARE(as(u"admin"_s, {u"user"_s, u"unlock"_s, u"viewer1"_s}).exitCode, 0);
        QCOMPARE(as(u"viewer1"_s, {u"check"_s}).exitCode, 0);
        QVERIFY(auditCount(u"action = 'login_failed' AND record_key = 'viewer1'"_s) >= 5);
    }

    void userSetAndResetPassword()
    {
        QCOMPARE(as(u"admin"_s, {u"user"_s, u"set"_s, u"viewer1"_s, u"--disable"_s}).exitCode, 0);
        QCOMPARE(as(u"viewer1"_s, {u"check"_s}).exitCode, 4);
        QCOMPARE(as(u"admin"_s, {u"user"_s, u"set"_s, u"viewer1"_s, u"--enable"_s}).exitCode, 0);
        QCOMPARE(as(u"viewer1"_s, {u"check"_s}).exitCode, 0);
        // A viewer made staff may unmask.
        QCOMPARE(
            as(u"admin"_s, {u"user"_s, u"set"_s, u"viewer1"_s, u"--role"_s, u"staff"_s}).exitCode,
            0);
        QCOMPARE(as(u"viewer1"_s, {u"check"_s, u"--format"_s, u"json"_s, u"--unmasked"_s}).exitCode,
                 0);
        QCOMPARE(auditCount(u"actor = 'viewer1' AND action = 'unmask' AND record_key = 'check'"_s),
                 1);
        QCOMPARE(as(u"admin"_s, {u"user"_s, u"set"_s, u"nobody"_s, u"--enable"_s}).exitCode, 2);
        auto r = run({u"user"_s, u"reset-password"_s, u"viewer1"_s, u"--user"_s, u"admin"_s},
                     kAdminPassword, kInitialPassword);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = run({u"check"_s, u"--user"_s, u"viewer1"_s}, kInitialPassword);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(u"change your password first"_s), qPrintable(r.err));
        r = run({u"passwd"_s, u"--user"_s, u"viewer1"_s}, kInitialPassword,
                passwordOf(u"viewer1"_s));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void restoreAsAdministrator()
    {
        const QString backup = file(u"admin.bak"_s);
        auto r = as(u"admin"_s, {u"backup"_s, u"--out"_s, backup});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = as(u"admin"_s, {u"restore"_s, backup});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(auditCount(u"action = 'restore' AND actor = 'admin'"_s), 1);
        // The restored file has the accounts of the backup.
        QCOMPARE(as(u"staff1"_s, {u"check"_s}).exitCode, 0);
    }

    void passwordsAreNeverWrittenOut()
    {
        QStringList secrets{kAdminPassword, kInitialPassword, u"Wrong#Pass2025"_s};
        for (const QString &u : {u"auditor1"_s, u"staff1"_s, u"viewer1"_s, u"clerk"_s})
            secrets << passwordOf(u);
        const QString printed = m_outputs.join(u'\n');
        QStringList files{m_db, m_db + u"-wal"_s, file(u"admin.bak"_s)};
        QByteArray bytes;
        for (const QString &path : files) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(bytes.size() > 10000);
        for (const QString &s : secrets) {
            QVERIFY2(!printed.contains(s), qPrintable(s));
            QCOMPARE(
                auditCount(
                    u"coalesce(before, '') LIKE '%%1%' OR coalesce(after, '') LIKE '%%1%'"_s.arg(
                        s)),
                0);
            QVERIFY2(!bytes.contains(s.toUtf8()), qPrintable(s));
        }
    }

    void accountsOff()
    {
        QCOMPARE(as(u"staff1"_s, {u"accounts"_s, u"off"_s}).exitCode, 4);
        const auto r = as(u"admin"_s, {u"accounts"_s, u"off"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(run({u"check"_s}).exitCode, 0);
        QCOMPARE(as(u"admin"_s, {u"check"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliAccounts)
#include "tst_cli_accounts.moc"
