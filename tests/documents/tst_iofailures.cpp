// I/O failures (issue 6, part 6): exports (CSV, XLSX), printed PDFs (ledger, official
// document, annual report PDF and ODT, roster) and backups written to a full disk or into a
// folder that cannot be written fail with an Error that names the file, leave an existing file
// at the target byte for byte as it was, and leave no temporary file behind.
//
// A full disk is simulated portably with RLIMIT_FSIZE (SIGXFSZ ignored: writes past the limit
// fail with EFBIG). These tests run as root in CI, where a chmod 0555 folder is writable: the
// unwritable target is then a path under a regular file, which fails for root too; the chmod
// case runs as well when the user is not root.

#include "documents/annualreportdocument.h"
#include "documents/ledgerdocument.h"
#include "documents/officialdocument.h"
#include "documents/rosterdocument.h"
#include "io/importer.h"
#include "report/annualreport.h"
#include "storage/backup.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Jiandu;
using namespace Qt::StringLiterals;

using Writer = std::function<Jiandu::VoidResult(const QString &path)>;
Q_DECLARE_METATYPE(Writer)

namespace {

const QByteArray kExisting = "the file that was here before\n"_ba;

template <typename T> VoidResult asVoid(const Result<T> &r)
{
    if (!r)
        return r.error();
    return {};
}

#ifdef Q_OS_UNIX
// Every file this process writes may grow to `bytes`, no further (a full disk).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        const rlimit limit{bytes, m_old.rlim_max};
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_old); }
    Q_DISABLE_COPY_MOVE(FileSizeLimit)

private:
    rlimit m_old{};
};
#endif

bool canWriteIn(const QString &dir)
{
    QFile probe(QDir(dir).filePath(u".probe"_s));
    const bool ok = probe.open(QIODevice::WriteOnly);
    probe.remove();
    return ok;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestIoFailures : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase *m_t = nullptr;

    void addWriters()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<Writer>("writer");
        Database &db = m_t->db();
        QTest::newRow("export csv") << u"csv"_s << Writer([&db](const QString &p) {
            return asVoid(Io::exportFile(db, Io::Kind::Officers, p));
        });
        QTest::newRow("export xlsx") << u"xlsx"_s << Writer([&db](const QString &p) {
            return asVoid(Io::exportFile(db, Io::Kind::Officers, p));
        });
        QTest::newRow("ledger pdf") << u"pdf"_s << Writer([](const QString &p) {
            Documents::LedgerData data;
            data.printDate = QDate(2025, 3, 1);
            for (int i = 1; i <= 40; ++i)
                data.rows.append({QString::number(i), u"行政处罚案卷装订不规范"_s,
                                  u"逐卷检查，统一装订"_s, u"市场监管局"_s, {}, u"2025年6月底前"_s,
                                  {}, u"整改中"_s, {}});
            return asVoid(Documents::writeLedgerPdf(data, p));
        });
        QTest::newRow("official document pdf") << u"pdf"_s << Writer([](const QString &p) {
            Documents::OfficialDocumentData data;
            data.authorityMark = u"清河县司法局文件"_s;
            data.title = u"关于开展行政执法专项监督的通知"_s;
            data.recipient = u"各行政执法单位："_s;
            data.body = u"一、监督内容\n为规范行政执法行为，现开展专项监督。"_s;
            data.issuer = u"清河县司法局"_s;
            data.date = QDate(2025, 3, 1);
            return asVoid(Documents::writeOfficialDocumentPdf(data, p));
        });
        QTest::newRow("roster pdf") << u"pdf"_s << Writer([&db](const QString &p) {
            Documents::RosterOptions options;
            options.asOf = QDate(2025, 3, 1);
            return asVoid(Documents::writeRosterPdf(db, options, p));
        });
        QTest::newRow("annual report pdf") << u"pdf"_s << Writer([&db](const QString &p) {
            auto report = computeAnnualReport(db, 2024, std::nullopt);
            if (!report)
                return VoidResult(report.error());
            Documents::AnnualReportPrintOptions options;
            options.date = QDate(2025, 3, 1);
            return asVoid(Documents::writeAnnualReportPdf(*report, options, p));
        });
        QTest::newRow("annual report odt") << u"odt"_s << Writer([&db](const QString &p) {
            auto report = computeAnnualReport(db, 2024, std::nullopt);
            if (!report)
                return VoidResult(report.error());
            Documents::AnnualReportPrintOptions options;
            options.date = QDate(2025, 3, 1);
            return Documents::writeAnnualReportOdt(*report, options, p);
        });
        QTest::newRow("backup") << u"sqlite"_s << Writer([&db](const QString &p) {
            return asVoid(Backup::backupTo(db, p));
        });
        QTest::newRow("pre-migration backup") << u"sqlite"_s << Writer([&db](const QString &p) {
            return asVoid(db.backupTo(p));
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_t = new Test::TestDatabase;
        const qint64 agency = Test::addAgency(m_t->db(), u"市场监管局"_s);
        for (int i = 1; i <= 60; ++i)
            Test::addOfficer(m_t->db(), agency, Test::numberedOfficer(i));
    }
    void cleanupTestCase() { delete m_t; }

    void writesWhenAllIsWell_data() { addWriters(); }
    void writesWhenAllIsWell()
    {
        QFETCH(QString, suffix);
        QFETCH(Writer, writer);
        QTemporaryDir dir;
        const QString target = dir.filePath(u"out."_s + suffix);
        const VoidResult r = writer(target);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(QFileInfo(target).size() > 4096); // bigger than the "full disk" below
    }

    void aFullDiskLeavesTheOldFile_data() { addWriters(); }
    void aFullDiskLeavesTheOldFile()
    {
#ifndef Q_OS_UNIX
        QSKIP("RLIMIT_FSIZE is POSIX.");
#else
        QFETCH(QString, suffix);
        QFETCH(Writer, writer);
        QTemporaryDir dir;
        const QString target = dir.filePath(u"out."_s + suffix);
        QFile existing(target);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write(kExisting);
        existing.close();
        VoidResult r;
        {
            FileSizeLimit full(4096);
            r = writer(target);
        }
        QVERIFY(!r);
        QVERIFY2(r.error().toString().contains(u"out."_s + suffix), qPrintable(r.error().toString()));
        QCOMPARE(readAll(target), kExisting);
        // No temporary file left beside it (a backup's manifest never came to be either).
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"out."_s + suffix});
#endif
    }

    void anUnwritableFolderFailsCleanly_data() { addWriters(); }
    void anUnwritableFolderFailsCleanly()
    {
        QFETCH(QString, suffix);
        QFETCH(Writer, writer);
        QTemporaryDir dir;
        // Under a regular file: no folder there, for root too.
        QFile plain(dir.filePath(u"plain"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write(kExisting);
        plain.close();
        const QString target = dir.filePath(u"plain/out."_s + suffix);
        const VoidResult r = writer(target);
        QVERIFY(!r);
        QCOMPARE(r.error().code, Error::Code::Io);
        QVERIFY2(r.error().toString().contains(u"out."_s + suffix) ||
                     r.error().toString().contains(u"plain"_s),
                 qPrintable(r.error().toString()));
        QCOMPARE(readAll(dir.filePath(u"plain"_s)), kExisting);

        // A read-only folder with the old file in it (meaningless for root, who writes anyway).
        const QString ro = dir.filePath(u"readonly"_s);
        QVERIFY(QDir().mkpath(ro));
        const QString old = QDir(ro).filePath(u"out."_s + suffix);
        QFile existing(old);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write(kExisting);
        existing.close();
        QVERIFY(QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        if (!canWriteIn(ro)) {
            const VoidResult denied = writer(old);
            QVERIFY(!denied);
            QVERIFY2(denied.error().toString().contains(u"out."_s + suffix),
                     qPrintable(denied.error().toString()));
            QCOMPARE(readAll(old), kExisting);
            QCOMPARE(QDir(ro).entryList(QDir::Files | QDir::Hidden), QStringList{u"out."_s + suffix});
        }
        QFile::setPermissions(ro, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ExeOwner);
    }
};

QTEST_MAIN(TestIoFailures)
#include "tst_iofailures.moc"
