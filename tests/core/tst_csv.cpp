// The CSV reader and writer of core/io: quoting, line numbers, encodings, formula guard.

#include "io/csv.h"

#include <QStringEncoder>
#include <QTest>

using namespace Jiandu;
using namespace Jiandu::Io;
using namespace Qt::StringLiterals;

class TestCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotedFieldsKeepCommasQuotesAndNewlines()
    {
        const QByteArray bytes = "name,note\r\n"
                                 "\"a,b\",\"say \"\"hi\"\"\"\r\n"
                                 "\"multi\nline\",x\n"
                                 "last,\"\"\n";
        auto t = Csv::parse(bytes, {});
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().toString()));
        QCOMPARE(t->headers, (QStringList{u"name"_s, u"note"_s}));
        QCOMPARE(t->rows.size(), 3);
        QCOMPARE(t->rows.at(0), (QStringList{u"a,b"_s, u"say \"hi\""_s}));
        QCOMPARE(t->rows.at(1), (QStringList{u"multi\nline"_s, u"x"_s}));
        QCOMPARE(t->rows.at(2), (QStringList{u"last"_s, QString()}));
        // Spreadsheet rows, not text lines: the quoted newline does not shift row 4.
        QCOMPARE(t->lineNumbers, (QList<int>{2, 3, 4}));
    }

    void blankRowsAreSkippedButCounted()
    {
        auto t = Csv::parse("a,b\n1,2\n,\n3,4\n\n\n,,\n", {});
        QVERIFY(t.ok());
        QCOMPARE(t->rows.size(), 2);
        QCOMPARE(t->lineNumbers, (QList<int>{2, 4}));
    }

    void utf8WithAndWithoutBom()
    {
        const QByteArray text = QStringLiteral("姓名,身份证号\n张三,1\n").toUtf8();
        for (const QByteArray &bytes : QList<QByteArray>{text, QByteArray("\xEF\xBB\xBF") + text}) {
            auto t = Csv::parse(bytes, {});
            QVERIFY(t.ok());
            QCOMPARE(t->encoding, u"UTF-8"_s);
            QCOMPARE(t->headers.first(), u"姓名"_s);
            QCOMPARE(t->rows.first().first(), u"张三"_s);
        }
    }

    void onlyOneByteOrderMarkIsRemoved()
    {
        // A U+FEFF after the BOM is the first header's text (found by fuzz_csv: both went).
        auto t = Csv::parse("\xEF\xBB\xBF\xEF\xBB\xBF" "a,b\n1,2\n", {});
        QVERIFY(t.ok());
        QCOMPARE(t->headers, (QStringList{u"\uFEFFa"_s, u"b"_s}));
        t = Csv::parse("\xEF\xBB\xBF" "\"a\",b\n", {});
        QVERIFY(t.ok());
        QCOMPARE(t->headers, (QStringList{u"a"_s, u"b"_s}));
    }

    void gb18030IsDetected()
    {
        QStringEncoder encoder("GB18030");
        QVERIFY(encoder.isValid());
        const QByteArray bytes = encoder.encode(QStringLiteral("姓名,执法主体\n张三,某县市场监督管理局\n"));
        QVERIFY(!encoder.hasError());
        auto t = Csv::parse(bytes, {});
        QVERIFY(t.ok());
        QCOMPARE(t->encoding, u"GB18030"_s);
        QCOMPARE(t->rows.first(), (QStringList{u"张三"_s, u"某县市场监督管理局"_s}));
        // Given explicitly too.
        auto forced = Csv::parse(bytes, u"gbk"_s);
        QVERIFY(forced.ok());
        QCOMPARE(forced->rows.first().first(), u"张三"_s);
    }

    void wrongEncodingIsAnError()
    {
        QStringEncoder encoder("GB18030");
        const QByteArray gb = encoder.encode(QStringLiteral("姓名\n张三\n"));
        auto asUtf8 = Csv::parse(gb, u"utf-8"_s);
        QVERIFY(!asUtf8.ok());
        QVERIFY(asUtf8.error().message.contains(u"GB18030"_s));
        // Bytes that are neither UTF-8 nor GB18030.
        auto garbage = Csv::parse(QByteArray("a,b\n\xFF\xFF,\x80\n"), {});
        QVERIFY(!garbage.ok());
        auto unknown = Csv::parse("a\n1\n", u"latin-9"_s);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, Error::Code::Usage);
    }

    void writerQuotesAndGuardsFormulas()
    {
        const QByteArray out = Csv::write({u"a"_s, u"b"_s},
                                          {{u"=1+2"_s, u"x,y"_s}, {u"-5"_s, u"say \"hi\"\nthere"_s},
                                           {u"@SUM(A1)"_s, u"+86"_s}, {u"\tx"_s, u"plain"_s}});
        QVERIFY(out.startsWith("\xEF\xBB\xBF"));
        QVERIFY(out.contains("'=1+2,\"x,y\"\r\n"));
        QVERIFY(out.contains("'-5,\"say \"\"hi\"\"\nthere\"\r\n"));
        QVERIFY(out.contains("'@SUM(A1),'+86\r\n"));
        QVERIFY(out.endsWith("'\tx,plain\r\n"));
        // Read back and unguarded, every value is what was written.
        auto t = Csv::parse(out, {});
        QVERIFY(t.ok());
        QCOMPARE(Csv::unguardFormula(t->rows.at(0).at(0)), u"=1+2"_s);
        QCOMPARE(Csv::unguardFormula(t->rows.at(1).at(0)), u"-5"_s);
        QCOMPARE(t->rows.at(1).at(1), u"say \"hi\"\nthere"_s);
        QCOMPARE(Csv::unguardFormula(t->rows.at(3).at(0)), u"\tx"_s);
        QCOMPARE(Csv::unguardFormula(u"'quoted"_s), u"'quoted"_s);
    }

    void apostrophesBeforeAFormulaRoundTrip()
    {
        // Values that themselves start like a guarded cell (found by fuzz_csv).
        const QStringList values{u"'=1+2"_s, u"''-5"_s, u"'quoted"_s, u"''"_s, u"'"_s};
        QList<QStringList> rows;
        for (const QString &v : values)
            rows.append({v});
        const QByteArray out = Csv::write({u"a"_s}, rows);
        QVERIFY(out.contains("\r\n''=1+2\r\n'''-5\r\n'quoted\r\n''\r\n'\r\n"));
        auto t = Csv::parse(out, {});
        QVERIFY(t.ok());
        QCOMPARE(t->rows.size(), values.size());
        for (qsizetype i = 0; i < values.size(); ++i)
            QCOMPARE(Csv::unguardFormula(t->rows.at(i).at(0)), values.at(i));
    }

    void maxRowsStopsEarly()
    {
        auto t = Csv::parse("a\n1\n2\n3\n", {}, 2);
        QVERIFY(t.ok());
        QCOMPARE(t->rows.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
