// The public roster printed to real PDFs and read back with pdftotext/pdfinfo.

#include "documents/pdftext.h"
#include "documents/rosterdocument.h"
#include "domain/identity.h"
#include "storage/officerrepository.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"
#include "support/fixtures.h"
#include "util/i18n.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QPrinter>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace Jiandu;
using namespace Jiandu::Documents;

namespace {

const QString kMarket = QStringLiteral("清河县市场监督管理局");
const QString kTown = QStringLiteral("城关镇人民政府");
const QString kEcology = QStringLiteral("清河县生态环境局");
const QString kLong =
    QStringLiteral("清河县农业农村局综合行政执法大队（清河县畜牧兽医水产服务中心驻城关镇工作站）");
const QStringList kHeaders{QStringLiteral("序号"),     QStringLiteral("姓名"),
                           QStringLiteral("执法主体"), QStringLiteral("执法证号"),
                           QStringLiteral("执法类别"), QStringLiteral("发证机关"),
                           QStringLiteral("有效期至")};

struct Listed
{
    QString agency, name, cert, idNumber, phone;
    qint64 id = 0;
};

} // namespace

class TestRosterDocument : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_db;
    QList<Listed> m_listed; // in the expected print order
    QStringList m_absentNames, m_absentCerts, m_secrets;
    QHash<QString, qint64> m_agencies;

    qint64 add(const QString &agency, Test::OfficerSpec spec, const QString &phone);
    QString writePdf(const RosterOptions &options, int *pages,
                     const QString &name = QStringLiteral("r.pdf"));

private Q_SLOTS:
    void initTestCase();
    void printsEveryListedOfficerOnA4Landscape();
    void repeatsHeaderAndNumbersEveryPage();
    void leavesOutInactiveUncertifiedAndSecrets();
    void textLayerHasRealIdeographs();
    void sortsByAgencyThenName();
    void filtersByAgencyAndNamesTheUnit();
    void emptyRosterIsOnePage();
    void unwritablePathLeavesNoFile();
    void keysetPagingMatchesOneQuery();
    void printsThroughQPrinter();
};

qint64 TestRosterDocument::add(const QString &agency, Test::OfficerSpec spec, const QString &phone)
{
    const qint64 id = Test::addOfficer(m_db->db(), m_agencies.value(agency), spec);
    Transaction tx(m_db->db());
    OfficerRepository repo(m_db->db());
    Officer o = *repo.find(id).value();
    o.phone = phone;
    o.category = QStringLiteral("综合执法");
    [[maybe_unused]] auto saved = repo.save(o);
    if (!spec.certNumber.isEmpty()) {
        Certificate c = *repo.findCertificate(spec.certNumber).value();
        c.issuer = QStringLiteral("清河县人民政府");
        c.category = agency == kMarket ? QStringLiteral("市场监管") : QString();
        [[maybe_unused]] auto certSaved = repo.saveCertificate(c);
    }
    [[maybe_unused]] auto committed = tx.commit();
    m_secrets << Test::idNumber(spec.n);
    if (!phone.isEmpty())
        m_secrets << phone;
    return id;
}

void TestRosterDocument::initTestCase()
{
    // The office prints in Chinese by default (the application installs zh_CN likewise).
    QVERIFY(I18n::install(QStringLiteral("zh_CN")));
    m_db = std::make_unique<Test::TestDatabase>(QDate(2025, 3, 1));
    for (const QString &a : {kMarket, kTown, kEcology, kLong})
        m_agencies.insert(a, Test::addAgency(m_db->db(), a));

    // Given names with the ideographs Noto CJK maps to Kangxi radicals (人 一 生 工 门 大 日).
    const QStringList surnames{QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                               QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨"),
                               QStringLiteral("赵"), QStringLiteral("黄"), QStringLiteral("周"),
                               QStringLiteral("吴")};
    const QStringList given{QStringLiteral("大人"), QStringLiteral("一生"), QStringLiteral("工"),
                            QStringLiteral("门"),   QStringLiteral("大日"), QStringLiteral("人杰"),
                            QStringLiteral("生华"), QStringLiteral("日新"), QStringLiteral("一帆"),
                            QStringLiteral("工成"), QStringLiteral("大明"), QStringLiteral("门生")};
    const QStringList agencies{kMarket, kTown, kEcology};
    Transaction tx(m_db->db()); // one outer transaction: the fixtures' own ones nest as savepoints
    int n = 1;
    for (const QString &s : surnames)
        for (const QString &g : given) {
            Listed l;
            l.agency = agencies.at(n % 3);
            l.name = s + g;
            l.cert = QStringLiteral("QH%1").arg(n, 6, 10, QLatin1Char('0'));
            l.phone = QStringLiteral("139%1").arg(20250000 + n);
            Test::OfficerSpec spec;
            spec.name = l.name;
            spec.n = n++;
            spec.certNumber = l.cert;
            l.id = add(l.agency, spec, l.phone);
            l.idNumber = Test::idNumber(spec.n);
            m_listed << l;
        }
    Test::OfficerSpec longOne;
    longOne.name = QStringLiteral("孔工人");
    longOne.n = n++;
    longOne.certNumber = QStringLiteral("QH-LONG-AGENCY-000001");
    const qint64 longId = add(kLong, longOne, {});
    m_listed << Listed{kLong, longOne.name, longOne.certNumber, Test::idNumber(longOne.n),
                       {},    longId};

    // Not on the roster: retired, uncertified, expired, suspended, not yet issued.
    auto absent = [&](const QString &name, const QString &cert, auto tweak) {
        Test::OfficerSpec spec;
        spec.name = name;
        spec.n = n++;
        spec.certNumber = cert;
        tweak(spec);
        add(kMarket, spec, QStringLiteral("137%1").arg(10000000 + n));
        m_absentNames << name;
        if (!cert.isEmpty())
            m_absentCerts << cert;
    };
    absent(QStringLiteral("退休甲"), QStringLiteral("QX-RETIRED"),
           [](auto &s) { s.status = OfficerStatus::Retired; });
    absent(QStringLiteral("无证乙"), QString(), [](auto &) {});
    absent(QStringLiteral("过期丙"), QStringLiteral("QX-EXPIRED"),
           [](auto &s) { s.certExpires = QDate(2025, 2, 28); });
    absent(QStringLiteral("暂扣丁"), QStringLiteral("QX-SUSPENDED"),
           [](auto &s) { s.certStatus = CertStatus::Suspended; });
    absent(QStringLiteral("未来戊"), QStringLiteral("QX-FUTURE"),
           [](auto &s) { s.certIssued = QDate(2025, 3, 2); });
    // An old, expired certificate of a listed officer is not printed; the valid one is.
    Certificate old;
    old.officerId = m_listed.first().id;
    old.number = QStringLiteral("QX-OLD");
    old.issuedOn = QDate(2016, 1, 1);
    old.expiresOn = QDate(2020, 12, 31);
    QVERIFY(OfficerRepository(m_db->db()).saveCertificate(old));
    m_absentCerts << old.number;
    QVERIFY(SettingsRepository(m_db->db())
                .setValue(QStringLiteral("office/name"), QStringLiteral("清河县司法局")));
    QVERIFY(tx.commit());

    std::sort(m_listed.begin(), m_listed.end(), [](const Listed &a, const Listed &b) {
        return std::tie(a.agency, a.name, a.id) < std::tie(b.agency, b.name, b.id);
    });
}

QString TestRosterDocument::writePdf(const RosterOptions &options, int *pages, const QString &name)
{
    const QString path = m_db->filePath(name);
    auto r = writeRosterPdf(m_db->db(), options, path);
    if (!r)
        qWarning("%s", qPrintable(r.error().toString()));
    *pages = r ? r.value() : -1;
    return path;
}

static RosterOptions asOf2025()
{
    RosterOptions o;
    o.asOf = QDate(2025, 3, 1);
    return o;
}

void TestRosterDocument::printsEveryListedOfficerOnA4Landscape()
{
    if (!Test::havePoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    int pages = 0;
    const QString pdf = writePdf(asOf2025(), &pages);
    QVERIFY(pages >= 3);
    const QString info = Test::pdfInfo(pdf);
    QVERIFY2(info.contains(QRegularExpression(
                 QStringLiteral("Page size:\\s+(841\\.89|842) x 595(\\.\\d+)? pts"))),
             qPrintable(info));
    QVERIFY(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages))));
    QVERIFY(info.contains(QStringLiteral("行政执法人员公示名册")));
    const QString text = Test::pdfPages(pdf).join(QLatin1Char('\n'));
    for (const Listed &l : std::as_const(m_listed)) {
        QVERIFY2(text.contains(l.name), qPrintable(l.name));
        QVERIFY2(text.contains(l.cert), qPrintable(l.cert));
    }
    QVERIFY(text.contains(kMarket));
    QVERIFY(text.contains(kTown));
    QVERIFY(text.contains(QStringLiteral("2027-12-31")));
    QVERIFY(text.contains(QStringLiteral("清河县人民政府"))); // 发证机关
    QVERIFY(text.contains(QStringLiteral("市场监管")));       // the certificate's category
    QVERIFY(text.contains(QStringLiteral("综合执法")));       // else the officer's
}

void TestRosterDocument::repeatsHeaderAndNumbersEveryPage()
{
    if (!Test::havePoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    int pages = 0;
    const QStringList text = Test::pdfPages(writePdf(asOf2025(), &pages));
    QCOMPARE(text.size(), pages);
    for (int i = 0; i < text.size(); ++i) {
        for (const QString &h : kHeaders)
            QVERIFY2(text.at(i).contains(h),
                     qPrintable(QStringLiteral("page %1: %2").arg(i + 1).arg(h)));
        QVERIFY2(text.at(i).contains(QStringLiteral("第 %1 页 共 %2 页").arg(i + 1).arg(pages)),
                 qPrintable(text.at(i)));
    }
    // Title, unit and date only head the first page.
    QVERIFY(text.at(0).contains(QStringLiteral("行政执法人员公示名册")));
    QVERIFY(text.at(0).contains(QStringLiteral("清河县司法局")));
    QVERIFY(text.at(0).contains(QStringLiteral("2025年3月1日")));
    QVERIFY(!text.at(1).contains(QStringLiteral("行政执法人员公示名册")));
    // Every row once: the last number is the count, and no row is lost between pages.
    const QString all = text.join(QLatin1Char('\n'));
    for (const Listed &l : std::as_const(m_listed))
        QCOMPARE(all.count(l.cert), 1);
    QVERIFY(all.contains(QStringLiteral("共 %1 人").arg(m_listed.size())));
}

void TestRosterDocument::leavesOutInactiveUncertifiedAndSecrets()
{
    if (!Test::havePoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    int pages = 0;
    const QString text = Test::pdfPages(writePdf(asOf2025(), &pages)).join(QLatin1Char('\n'));
    for (const QString &name : std::as_const(m_absentNames))
        QVERIFY2(!text.contains(name), qPrintable(name));
    for (const QString &cert : std::as_const(m_absentCerts))
        QVERIFY2(!text.contains(cert), qPrintable(cert));
    for (const QString &secret : std::as_const(m_secrets)) {
        QVERIFY2(!text.contains(secret), qPrintable(secret));
        QVERIFY(!text.contains(Identity::maskIdNumber(secret)));
    }
    QVERIFY(!text.contains(QStringLiteral("110101")));  // the identity numbers' region code
    QVERIFY(!text.contains(QStringLiteral("1392025"))); // any phone, masked or not
}

void TestRosterDocument::textLayerHasRealIdeographs()
{
    if (!Test::havePoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    int pages = 0;
    const QString text = Test::pdfPages(writePdf(asOf2025(), &pages)).join(QLatin1Char('\n'));
    QCOMPARE(Test::radicalsIn(text), QString());
    for (const QString &word :
         {QStringLiteral("王大人"), QStringLiteral("李一生"), QStringLiteral("张工"),
          QStringLiteral("刘门"), QStringLiteral("陈大日"), QStringLiteral("城关镇人民政府")})
        QVERIFY2(text.contains(word), qPrintable(word));
}

void TestRosterDocument::sortsByAgencyThenName()
{
    if (!Test::havePoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    int pages = 0;
    const QString text = Test::pdfPages(writePdf(asOf2025(), &pages)).join(QLatin1Char('\n'));
    qsizetype previous = -1;
    for (const Listed &l : std::as_const(m_listed)) {
        const qsizetype at = text.indexOf(l.cert);
        QVERIFY2(at > previous, qPrintable(l.agency + l.name));
        previous = at;
    }
}

void TestRosterDocument::filtersByAgencyAndNamesTheUnit()
{
    if (!Test::havePoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    RosterOptions options = asOf2025();
    options.agencyIds = {m_agencies.value(kTown)};
    options.issuingUnit = QStringLiteral("清河县人民政府办公室");
    options.title = QStringLiteral("城关镇执法人员名册");
    int pages = 0;
    const QString text = Test::pdfPages(writePdf(options, &pages, QStringLiteral("town.pdf")))
                             .join(QLatin1Char('\n'));
    QVERIFY(pages >= 1);
    QVERIFY(text.contains(QStringLiteral("清河县人民政府办公室")));
    QVERIFY(text.contains(QStringLiteral("城关镇执法人员名册")));
    QVERIFY(!text.contains(QStringLiteral("清河县司法局")));
    int listed = 0;
    for (const Listed &l : std::as_const(m_listed)) {
        QCOMPARE(text.contains(l.cert), l.agency == kTown);
        listed += l.agency == kTown;
    }
    QVERIFY(listed > 0);
    QVERIFY(!text.contains(kMarket));
}

void TestRosterDocument::emptyRosterIsOnePage()
{
    if (!Test::havePoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    RosterOptions options;
    options.asOf = QDate(2040, 1, 1); // every certificate has expired by then
    int pages = 0;
    const QStringList text = Test::pdfPages(writePdf(options, &pages, QStringLiteral("empty.pdf")));
    QCOMPARE(pages, 1);
    QCOMPARE(text.size(), 1);
    QVERIFY(text.at(0).contains(QStringLiteral("第 1 页 共 1 页")));
    QVERIFY(text.at(0).contains(QStringLiteral("无符合条件的执法人员")));
    QVERIFY(!text.at(0).contains(m_listed.first().cert));
}

void TestRosterDocument::unwritablePathLeavesNoFile()
{
    const QString missingDir = m_db->filePath(QStringLiteral("no/such/dir/roster.pdf"));
    auto r = writeRosterPdf(m_db->db(), asOf2025(), missingDir);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Io);
    QVERIFY(!QFile::exists(missingDir));

    // A directory in the way: nothing is written next to it either.
    QVERIFY(QDir(m_db->dir()).mkpath(QStringLiteral("out/taken.pdf")));
    const QString taken = m_db->filePath(QStringLiteral("out/taken.pdf"));
    auto r2 = writeRosterPdf(m_db->db(), asOf2025(), taken);
    QVERIFY(!r2);
    QCOMPARE(QDir(m_db->filePath(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden),
             QStringList());
}

void TestRosterDocument::keysetPagingMatchesOneQuery()
{
    OfficerRepository repo(m_db->db());
    auto all = repo.rosterEntries(QDate(2025, 3, 1), {}, nullptr, 100000);
    QVERIFY(all);
    QCOMPARE(all->size(), m_listed.size());
    QList<RosterEntry> paged;
    std::optional<RosterEntry> last;
    for (;;) {
        auto page = repo.rosterEntries(QDate(2025, 3, 1), {}, last ? &*last : nullptr, 7);
        QVERIFY(page);
        paged += page.value();
        if (page->size() < 7)
            break;
        last = page->constLast();
    }
    QCOMPARE(paged.size(), all->size());
    for (int i = 0; i < paged.size(); ++i) {
        QCOMPARE(paged.at(i).officerId, all->at(i).officerId);
        QCOMPARE(paged.at(i).certNumber, m_listed.at(i).cert);
    }
}

void TestRosterDocument::printsThroughQPrinter()
{
    if (!Test::havePoppler())
        QSKIP("pdftotext/pdfinfo (poppler-utils) are not installed");
    // The GUI's print preview and printer path: a portrait printer is turned landscape.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageOrientation(QPageLayout::Portrait);
    const QString pdf = m_db->filePath(QStringLiteral("printer.pdf"));
    printer.setOutputFileName(pdf);
    auto pages = printRoster(m_db->db(), asOf2025(), printer);
    QVERIFY(pages);
    const int written = pages.value();
    QVERIFY(written >= 3);
    QVERIFY(Test::pdfInfo(pdf).contains(
        QRegularExpression(QStringLiteral("Page size:\\s+(841\\.89|842) x 595"))));
    const QStringList text = Test::pdfPages(pdf);
    QCOMPARE(text.size(), written);
    QVERIFY(text.constLast().contains(QStringLiteral("第 %1 页 共 %1 页").arg(written)));
    QVERIFY(text.join(QString()).contains(m_listed.constLast().cert));
}

QTEST_MAIN(TestRosterDocument)
#include "tst_rosterdocument.moc"
