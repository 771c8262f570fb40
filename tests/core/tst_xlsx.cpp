// The XLSX reader of core/io, on a hand-made workbook and on one written by libxlsxwriter,
// and its refusal of broken files.

#include "io/tablewriter.h"
#include "io/xlsxreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace Jiandu;
using namespace Jiandu::Io;
using namespace Qt::StringLiterals;

namespace {
QString dataFile(const char *name)
{
    return QStringLiteral(JIANDU_TEST_DATA_DIR "/import/") + QString::fromUtf8(name);
}
} // namespace

class TestXlsx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handMadeWorkbook()
    {
        auto t = Xlsx::read(dataFile("minimal.xlsx"));
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().toString()));
        // Shared string, gap (B1), rich text runs without the phonetic run, inline strings,
        // an inline string cell without a reference.
        QCOMPARE(t->headers, (QStringList{u"姓名"_s, QString(), u"培训日期"_s, u"学时"_s, u"合格"_s}));
        QCOMPARE(t->rows.size(), 3);
        QCOMPARE(t->rows.at(0), (QStringList{u"张三"_s, QString(), u"2024-03-05"_s, u"1.5"_s, u"TRUE"_s}));
        // Row 3 is blank and skipped; row numbers are the sheet's (4 is missing in the file).
        QCOMPARE(t->rows.at(1),
                 (QStringList{u"李四"_s, u"13800138000"_s, u"2024-01-01"_s, u"0.3"_s, u"FALSE"_s}));
        QCOMPARE(t->rows.at(2), (QStringList{QString(), QString(), u"2024年3月5日"_s}));
        QCOMPARE(t->lineNumbers, (QList<int>{2, 5, 6}));
    }

    void sheetByName()
    {
        auto t = Xlsx::read(dataFile("minimal.xlsx"), u"考核"_s);
        QVERIFY(t.ok());
        QCOMPARE(t->headers, QStringList{u"年度"_s});
        QCOMPARE(t->rows, QList<QStringList>{QStringList{u"2024"_s}});
        auto missing = Xlsx::read(dataFile("minimal.xlsx"), u"培训"_s);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(u"人员, 考核"_s));
    }

    void serialDates()
    {
        QCOMPARE(Xlsx::fromSerial(1), QDate(1900, 1, 1));
        QCOMPARE(Xlsx::fromSerial(59), QDate(1900, 2, 28));
        QVERIFY(!Xlsx::fromSerial(60).isValid()); // Lotus' 1900-02-29
        QCOMPARE(Xlsx::fromSerial(61), QDate(1900, 3, 1));
        QCOMPARE(Xlsx::fromSerial(45356.75), QDate(2024, 3, 5));
        QCOMPARE(Xlsx::fromSerial(0, true), QDate());
        QCOMPARE(Xlsx::fromSerial(1, true), QDate(1904, 1, 2));
        // The last day either system has, and one past it (found by fuzz_date).
        QCOMPARE(Xlsx::fromSerial(2958465), QDate(9999, 12, 31));
        QCOMPARE(Xlsx::fromSerial(2957003, true), QDate(9999, 12, 31));
        QCOMPARE(Xlsx::fromSerial(2957004, true), QDate());
        QCOMPARE(Xlsx::fromSerial(2958465, true), QDate());
    }

    void workbookWrittenByLibxlsxwriter()
    {
        QTemporaryDir dir;
        const QByteArray path = QFile::encodeName(dir.filePath(u"w.xlsx"_s));
        lxw_workbook *wb = workbook_new(path.constData());
        lxw_worksheet *first = workbook_add_worksheet(wb, "数据");
        lxw_worksheet *second = workbook_add_worksheet(wb, "其他");
        lxw_format *dateFormat = workbook_add_format(wb);
        format_set_num_format(dateFormat, "yyyy/m/d");
        lxw_format *bold = workbook_add_format(wb);
        format_set_bold(bold);
        worksheet_write_string(first, 0, 0, "姓名", bold);
        worksheet_write_string(first, 0, 2, "日期", nullptr);
        worksheet_write_string(first, 0, 3, "学时", nullptr);
        worksheet_write_string(first, 0, 4, "备注", nullptr);
        lxw_rich_string_tuple boldPart{bold, const_cast<char *>("王")};
        lxw_rich_string_tuple plainPart{nullptr, const_cast<char *>("五")};
        lxw_rich_string_tuple *parts[] = {&boldPart, &plainPart, nullptr};
        worksheet_write_rich_string(first, 1, 0, parts, nullptr);
        lxw_datetime when{2023, 12, 31, 0, 0, 0};
        worksheet_write_datetime(first, 1, 2, &when, dateFormat);
        worksheet_write_number(first, 1, 3, 2.5, nullptr);
        worksheet_write_string(first, 1, 4, "=SUM(A1:A2)", nullptr);
        worksheet_write_boolean(first, 2, 0, 1, nullptr);
        worksheet_write_string(second, 0, 0, "x", nullptr);
        QCOMPARE(workbook_close(wb), LXW_NO_ERROR);

        auto t = Xlsx::read(dir.filePath(u"w.xlsx"_s));
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().toString()));
        QCOMPARE(t->headers, (QStringList{u"姓名"_s, QString(), u"日期"_s, u"学时"_s, u"备注"_s}));
        QCOMPARE(t->rows.at(0), (QStringList{u"王五"_s, QString(), u"2023-12-31"_s, u"2.5"_s, u"=SUM(A1:A2)"_s}));
        QCOMPARE(t->rows.at(1), QStringList{u"TRUE"_s});
        QCOMPARE(t->lineNumbers, (QList<int>{2, 3}));
        auto other = Xlsx::read(dir.filePath(u"w.xlsx"_s), u"其他"_s);
        QVERIFY(other.ok());
        QCOMPARE(other->headers, QStringList{u"x"_s});
    }

    void exportedTableReadsBack()
    {
        QTemporaryDir dir;
        ExportTable table;
        table.headers = {u"名称"_s, u"日期"_s, u"数"_s, u"是否"_s};
        table.keys = {u"name"_s, u"date"_s, u"n"_s, u"b"_s};
        table.rows = {{u"+86 甲"_s, QDate(2024, 2, 29), 7, true}, {QVariant(), QVariant(), 1.25, false}};
        const QString path = dir.filePath(u"t.xlsx"_s);
        QVERIFY(writeTableFile(path, table).ok());
        auto t = Xlsx::read(path);
        QVERIFY(t.ok());
        QCOMPARE(t->headers, table.headers);
        QCOMPARE(t->rows.at(0), (QStringList{u"+86 甲"_s, u"2024-02-29"_s, u"7"_s, u"是"_s}));
        QCOMPARE(t->rows.at(1), (QStringList{QString(), QString(), u"1.25"_s, u"否"_s}));
        // No temporary file is left next to it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"t.xlsx"_s});
    }

    void brokenFilesAreErrorsNotCrashes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QFile f(dataFile("minimal.xlsx"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray good = f.readAll();
        QTest::newRow("text") << QByteArray("姓名,身份证号\n");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << good.left(good.size() / 2);
        QByteArray flipped = good;
        flipped[good.size() / 3] = char(flipped[good.size() / 3] ^ 0x5A); // CRC or inflate fails
        QTest::newRow("corrupted") << flipped;
        QTest::newRow("empty zip") << QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0');
    }

    void brokenFilesAreErrorsNotCrashes()
    {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.xlsx"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        auto t = Xlsx::read(path);
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message.contains(u"XLSX"_s), qPrintable(t.error().message));
    }
};

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
