// exportFile(): export -> import round trips for every kind, masking, JSON, formula guard.

#include "io/importer.h"
#include "support/fixtures.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Jiandu;
using namespace Jiandu::Io;
using namespace Qt::StringLiterals;

namespace {
const QList<Kind> kKinds{Kind::Agencies, Kind::Officers, Kind::Trainings, Kind::Assessments};

void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    f.write(text.toUtf8());
}

// A small office, imported from files so that every column has a value.
void fill(Test::TestDatabase &t)
{
    const QString id1 = Test::idNumber(1), id2 = Test::idNumber(2);
    const QList<QPair<Kind, QString>> files{
        {Kind::Agencies, u"名称,简称,类型,上级,层级\n某县市场监督管理局,市场监管局,行政机关,某县人民政府,县级\n"
                         "监管所,,受委托组织,某县市场监督管理局,乡镇级\n"_s},
        {Kind::Officers,
         u"姓名,性别,身份证号,执法主体,人员类别,职务,执法类别,执法证号,发证机关,发证日期,有效期至,证件状态,法律职业资格,法制审核人员,在岗状态,联系电话\n"
         "张三,男,%1,某县市场监督管理局,在编,\"=HYPERLINK(\"\"x\"\")\",市场监管,JD001,某县人民政府,2022-01-01,2027-12-31,有效,是,否,在岗,13800138000\n"
         "李四,女,%2,监管所,合同工,\"科员,一级\",,,,,,,否,是,离岗,\n"_s.arg(id1, id2)},
        {Kind::Trainings, u"身份证号,培训日期,培训名称,培训类别,学时,时长(分钟),组织单位,方式\n"
                          "%1,2024-03-05,法治培训,公共法律知识,1.5,,司法局,线下\n%2,2024-04-01,\"多\n行\",政治理论,,90,,线上\n"_s.arg(id1, id2)},
        {Kind::Assessments, u"身份证号,年度,考核结果\n%1,2024,优秀\n%2,2024,基本合格\n"_s.arg(id1, id2)},
    };
    for (const auto &[kind, text] : files) {
        const QString path = t.filePath(kindName(kind) + u"-in.csv"_s);
        writeFile(path, text);
        const ImportReport r = importFile(t.db(), kind, path);
        if (!r.committed)
            qFatal("fixture import failed: %s", qPrintable(r.problems.value(0).toString()));
    }
}
} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("csv") << u"csv"_s;
        QTest::newRow("xlsx") << u"xlsx"_s;
    }

    void roundTrip()
    {
        QFETCH(QString, suffix);
        Test::TestDatabase a;
        fill(a);
        Test::TestDatabase b;
        ExportOptions unmasked;
        unmasked.unmasked = true;
        for (Kind kind : kKinds) {
            const QString first = a.filePath(kindName(kind) + u"."_s + suffix);
            auto n = exportFile(a.db(), kind, first, unmasked);
            QVERIFY2(n.ok(), qPrintable(n.ok() ? QString() : n.error().toString()));
            QCOMPARE(n.value(), 2);
            const ImportReport r = importFile(b.db(), kind, first);
            QVERIFY2(r.committed, qPrintable(r.problems.value(0).toString()));
            QCOMPARE(r.inserted, 2);
            // Exported again from the copy: the very same table.
            const QString second = b.filePath(kindName(kind) + u"."_s + suffix);
            QVERIFY(exportFile(b.db(), kind, second, unmasked).ok());
            auto ta = readTable(first), tb = readTable(second);
            QVERIFY(ta.ok() && tb.ok());
            QCOMPARE(tb->headers, ta->headers);
            QCOMPARE(tb->rows, ta->rows);
            // And importing the export into the original changes nothing.
            const ImportReport same = importFile(a.db(), kind, first);
            QCOMPARE(same.unchanged, 2);
        }
        for (const QString &table : {u"agency"_s, u"officer"_s, u"certificate"_s, u"training"_s, u"assessment"_s})
            QCOMPARE(b.rowCount(table), a.rowCount(table));
    }

    void maskedByDefault()
    {
        Test::TestDatabase t;
        fill(t);
        const QString path = t.filePath(u"officers.csv"_s);
        QVERIFY(exportFile(t.db(), Kind::Officers, path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        const QString id1 = Test::idNumber(1);
        QVERIFY(!text.contains(id1));
        QVERIFY(text.contains(id1.left(6) + u"********"_s + id1.right(4)));
        QVERIFY(text.contains(u"138****8000"_s));
        QVERIFY(!text.contains(u"13800138000"_s));
        // The formula-like cell is written so that a spreadsheet shows it as text.
        QVERIFY(text.contains(u"\"'=HYPERLINK(\"\"x\"\")\""_s));
        // A masked officer export cannot be imported; masked trainings can (by 执法证号).
        const ImportReport r = importFile(t.db(), Kind::Officers, path);
        QVERIFY(r.hasErrors());
        QVERIFY(r.problems.first().toString().contains(u"export with --unmasked"_s));
        const QString trainings = t.filePath(u"trainings.csv"_s);
        QVERIFY(exportFile(t.db(), Kind::Trainings, trainings).ok());
        const ImportReport tr = importFile(t.db(), Kind::Trainings, trainings);
        QVERIFY(tr.hasErrors()); // 李四 has no certificate, so the masked row cannot be matched
        QCOMPARE(tr.errorCount(), 1);
        QVERIFY(tr.problems.first().toString().contains(u"trainings.csv:"_s));
    }

    void json()
    {
        Test::TestDatabase t;
        fill(t);
        const QString path = t.filePath(u"officers.json"_s);
        ExportOptions o;
        o.asOf = QDate(2027, 12, 15);
        QVERIFY(exportFile(t.db(), Kind::Officers, path, o).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray array = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(array.size(), 2);
        const QJsonObject zhang = array.at(0).toObject().value(u"name"_s) == u"张三"_s ? array.at(0).toObject()
                                                                                      : array.at(1).toObject();
        QCOMPARE(zhang.value(u"cert_state"_s).toString(), u"expiring"_s);
        QCOMPARE(zhang.value(u"cert_expires_on"_s).toString(), u"2027-12-31"_s);
        QCOMPARE(zhang.value(u"legal_qualification"_s).toBool(), true);
        QCOMPARE(zhang.value(u"employment"_s).toString(), u"在编"_s);
        QCOMPARE(zhang.value(u"id_number"_s).toString(), Test::idNumber(1).left(6) + u"********"_s + Test::idNumber(1).right(4));
    }

    void unknownSuffixAndUnwritable()
    {
        Test::TestDatabase t;
        auto bad = exportFile(t.db(), Kind::Agencies, t.filePath(u"x.pdf"_s));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, Error::Code::Usage);
        for (const QString &suffix : {u"csv"_s, u"xlsx"_s, u"json"_s}) {
            auto unwritable = exportFile(t.db(), Kind::Agencies, t.filePath(u"no/such/dir/x."_s + suffix));
            QVERIFY(!unwritable.ok());
            QCOMPARE(unwritable.error().code, Error::Code::Io);
        }
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
