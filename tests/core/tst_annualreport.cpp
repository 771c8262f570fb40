// The annual report (spec/annual-report.md) on the small fixture of tst_annualreportfixture.h,
// whose every figure is worked out by hand there and below. Year Y = 2024 as of 2024-12-31;
// previous = 2023 as of 2023-12-31. Bodies: A 甲局 and B 乙局, both under 某县人民政府.

#include "io/xlsxreader.h"
#include "report/annualreport.h"
#include "report/reporttables.h"
#include "support/testdatabase.h"
#include "tst_annualreportfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

using namespace Test::AnnualFixture;

// The value at a dotted path ("current.cases.total"); array indexes as numbers.
QJsonValue at(const QJsonObject &root, const QString &path)
{
    QJsonValue v = root;
    for (const QString &part : path.split(u'.')) {
        bool isIndex = false;
        const int i = part.toInt(&isIndex);
        v = isIndex && v.isArray() ? v.toArray().at(i) : v.toObject().value(part);
    }
    return v;
}

} // namespace

class TestAnnualReport : public QObject
{
    Q_OBJECT

private:
    Test::TestDatabase *m_t = nullptr;
    Fixture m_f;
    QJsonObject m_json;

    QJsonObject jsonOf(std::optional<qint64> agency, const QDate &asOf = {})
    {
        const auto report = computeAnnualReport(m_t->db(), 2024, agency, asOf);
        if (!report)
            qFatal("report failed: %s", qPrintable(report.error().toString()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(Report::toJson(*report).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qFatal("invalid JSON: %s", qPrintable(error.errorString()));
        return doc.object();
    }
    void expect(const QString &path, const QJsonValue &expected) const
    {
        const QJsonValue actual = at(m_json, path);
        if (actual != expected)
            QFAIL(qPrintable(u"%1: %2, expected %3"_s.arg(
                path,
                QString::fromUtf8(QJsonDocument(QJsonArray{actual}).toJson(QJsonDocument::Compact)),
                QString::fromUtf8(
                    QJsonDocument(QJsonArray{expected}).toJson(QJsonDocument::Compact)))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_t = new Test::TestDatabase;
        m_f.a = Test::addAgency(m_t->db(), u"甲局"_s);
        m_f.b = Test::addAgency(m_t->db(), u"乙局"_s);
        addOfficers(m_t->db(), m_f);
        addCases(m_t->db(), m_f);
        addReviews(m_t->db(), m_f);
        addTasks(m_t->db(), m_f);
        m_json = jsonOf(std::nullopt);
    }
    void cleanupTestCase() { delete m_t; }

    void header()
    {
        expect(u"year"_s, 2024);
        expect(u"scope"_s, u"某县人民政府"_s); // the one parent of both bodies
        expect(u"as_of"_s, u"2024-12-31"_s);
        expect(u"current.agencies"_s, 2);
        // Keys in the spec's order (QJsonObject would sort them).
        const QString text = Report::toJson(*computeAnnualReport(m_t->db(), 2024, {}));
        QVERIFY(text.startsWith(u"{\n  \"year\": 2024,\n  \"scope\": "_s));
        QVERIFY(text.indexOf(u"\"current\""_s) < text.indexOf(u"\"previous\""_s));
        QVERIFY(text.indexOf(u"\"previous\""_s) < text.indexOf(u"\"by_agency\""_s));
    }

    void officers()
    {
        // Active: o1, o2 (A), o4, o5 (B) = 4; o3 retired counts nowhere.
        expect(u"current.officers.active"_s, 4);
        // Valid on 2024-12-31: o1 only (o2 expired 06-30, o4 none, o5 issued 2025).
        expect(u"current.officers.certified"_s, 1);
        expect(u"current.officers.legal_reviewers"_s, 1);
        // o1: 40 + 20 = 60 (political 10 h excluded) ≥ 60; o2 2025/45 = 45; o4 30 + 90/45 = 32.
        expect(u"current.officers.training_met"_s, 1);
        expect(u"current.officers.training_hours_total"_s, 137.0); // 60 + 45 + 32 + 0
        QVERIFY(Report::toJson(*computeAnnualReport(m_t->db(), 2024, {}))
                    .contains(u"\"training_hours_total\": 137.00"_s));
        // 2024: o1 优秀, o2 合格, o4 基本合格; o3's 不合格 is not an active officer's.
        expect(u"current.officers.assessment"_s,
               QJsonObject{{u"优秀"_s, 1}, {u"合格"_s, 1}, {u"基本合格"_s, 1}, {u"不合格"_s, 0}});
    }

    void cases()
    {
        // A: P1 P2 P3 P7 L1–L5 I1 I2 O1 = 12; B: P4 P5 P6 P8 C1 C2 C3 E1 F1 = 9. P4 (filed 2023,
        // decided 2024-01-05) counts in 2024; Z1 (decided 2025) and Q1, Q2 (2023) do not.
        expect(u"current.cases.total"_s, 21);
        expect(u"current.cases.by_kind"_s, QJsonObject{{u"行政处罚"_s, 8},
                                                       {u"行政许可"_s, 5},
                                                       {u"行政强制"_s, 3},
                                                       {u"行政检查"_s, 2},
                                                       {u"行政征收征用"_s, 1},
                                                       {u"行政确认"_s, 1},
                                                       {u"行政给付"_s, 0},
                                                       {u"行政裁决"_s, 0},
                                                       {u"其他"_s, 1}});
        expect(u"current.cases.mitigated"_s, 2);     // P2, P7
        expect(u"current.cases.not_penalised"_s, 1); // P5
        expect(u"current.cases.transferred"_s, 1);   // P7
    }

    void penaltiesAndMoney()
    {
        // Heaviest once: P1 没收, P2 行政拘留, P3 其他 (only), P4 责令关闭限制从业 (限制从业 over
        // 责令关闭 and 暂扣), P7 通报批评, P8 没收 (非法财物); P5 不予处罚 and P6 undecided: none.
        QJsonObject expected;
        for (int i = 0; i < kPenaltyColumns; ++i)
            expected.insert(penaltyColumnKey(PenaltyColumn(i)), 0);
        expected[u"没收"_s] = 2;
        expected[u"行政拘留"_s] = 1;
        expected[u"其他"_s] = 1;
        expected[u"责令关闭限制从业"_s] = 1;
        expected[u"通报批评"_s] = 1;
        QCOMPARE(expected.size(), 12);
        expect(u"current.cases.penalties_by_category"_s, expected);
        // Fines: P1 1250050 + P2 99 + P4 500000 = 1750149 fen; Z1 (2025) not counted.
        expect(u"current.cases.fines_yuan"_s, u"17501.49"_s);
        // Confiscations: P1 300000 + P8 123 = 300123 fen.
        expect(u"current.cases.confiscations_yuan"_s, u"3001.23"_s);
    }

    void licencesAndCoercion()
    {
        // L1 granted, L2 refused, L3 not accepted, L4 revoked, L5 pending (accepted).
        expect(u"current.licences"_s, QJsonObject{{u"applied"_s, 5},
                                                  {u"accepted"_s, 4},
                                                  {u"granted"_s, 1},
                                                  {u"refused"_s, 1},
                                                  {u"revoked"_s, 1}});
        // Measures: C1 (查封, 扣押), C3 (冻结) = 2 cases; executions: C2 = 1; court: C1.
        expect(u"current.coercion"_s,
               QJsonObject{{u"measures"_s, 2}, {u"executions"_s, 1}, {u"court_applications"_s, 1}});
    }

    void threeSystemsAndAppeals()
    {
        expect(u"current.cases.major"_s, 2);          // P1, P2
        expect(u"current.cases.major_reviewed"_s, 1); // P1 (P2's 同意 came after the decision)
        // Due by 2024-12-31: P1 P2 P4 P5 P7 P8 L1 L2 L3 L4 C1 C2 I1 F1 = 14 (P3, E1: deadlines
        // in 2025; undecided cases have none). On time: P1 (on 10-12, the deadline across
        // National Day) P4 P7 P8 L1 L3 L4 C1 F1 = 9; late: P2 (10-14), P5, C2; never: L2, I1.
        expect(u"current.cases.publicity_due"_s, 14);
        expect(u"current.cases.publicity_on_time"_s, 9);
        // P4 变更 (corrected), P5 维持; litigation P4 维持, P5 撤销 (lost).
        expect(u"current.reconsideration"_s, QJsonObject{{u"total"_s, 2}, {u"corrected"_s, 1}});
        expect(u"current.litigation"_s, QJsonObject{{u"total"_s, 2}, {u"lost"_s, 1}});
    }

    void reviewsAndRectification()
    {
        // R1 100 优秀, R2 75 合格, R3 0 不合格 (veto); R4 draft; R5 in 2023.
        expect(u"current.reviews.files"_s, 3);
        expect(u"current.reviews.by_grade"_s,
               QJsonObject{{u"优秀"_s, 1}, {u"合格"_s, 1}, {u"不合格"_s, 1}});
        expect(u"current.reviews.average_score"_s, 58.3); // 175 / 3 = 58.33
        // Dated in 2024: T1 T2 T3 T4 T8 = 5; on time T1; overdue T3 and T8 (signed off only in
        // 2025); T4's deadline is the as-of day itself. Open-ended and active: T6.
        expect(u"current.rectification"_s, QJsonObject{{u"tasks"_s, 5},
                                                       {u"closed_on_time"_s, 1},
                                                       {u"overdue"_s, 2},
                                                       {u"open_ended"_s, 1}});
    }

    void rates()
    {
        const auto rate = [](qint64 n, qint64 d, const QJsonValue &v) {
            return QJsonObject{{u"numerator"_s, n}, {u"denominator"_s, d}, {u"value"_s, v}};
        };
        expect(u"current.rates.certified"_s, rate(1, 4, 0.25));
        expect(u"current.rates.publicity_on_time"_s, rate(9, 14, 0.6429)); // 0.642857…
        expect(u"current.rates.rectification_closed_on_time"_s, rate(1, 5, 0.2));
        // Zero denominators: null.
        expect(u"previous.rates.reconsideration_corrected"_s, rate(0, 0, QJsonValue::Null));
        expect(u"by_agency.0.rates.litigation_lost"_s, rate(0, 0, QJsonValue::Null));
        QVERIFY(!Rate{}.value());
        QCOMPARE(Report::Cell::ratio(Rate{}).toText(), u"—"_s);
        QCOMPARE(Report::Cell::ratio(Rate{2, 3}).toText(), u"66.67%"_s);
    }

    void previousYear()
    {
        // 2023 as of 2023-12-31: certified o1 and o2 (valid until 2024-06-30); o2's 61 h.
        expect(u"previous.agencies"_s, 2);
        expect(u"previous.officers.certified"_s, 2);
        expect(u"previous.officers.training_met"_s, 1);
        expect(u"previous.officers.training_hours_total"_s, 61.0);
        expect(u"previous.officers.active"_s, 4);
        expect(u"previous.officers.legal_reviewers"_s, 1);
        expect(u"previous.officers.assessment"_s,
               QJsonObject{{u"优秀"_s, 0}, {u"合格"_s, 0}, {u"基本合格"_s, 0}, {u"不合格"_s, 1}});
        // Q1 and Q2 only (P4 was filed in 2023 but decided in 2024).
        expect(u"previous.cases.total"_s, 2);
        QJsonObject kinds;
        for (const CaseKind k : Vocab::all<CaseKind>())
            kinds.insert(Vocab::zh(k), 0);
        kinds[u"行政处罚"_s] = 1;
        kinds[u"行政许可"_s] = 1;
        expect(u"previous.cases.by_kind"_s, kinds);
        QJsonObject penalties;
        for (int i = 0; i < kPenaltyColumns; ++i)
            penalties.insert(penaltyColumnKey(PenaltyColumn(i)), 0);
        penalties[u"罚款"_s] = 1;
        expect(u"previous.cases.penalties_by_category"_s, penalties);
        expect(u"previous.cases.mitigated"_s, 0);
        expect(u"previous.cases.not_penalised"_s, 0);
        expect(u"previous.cases.fines_yuan"_s, u"100.00"_s);
        expect(u"previous.cases.confiscations_yuan"_s, u"0.00"_s);
        expect(u"previous.cases.major"_s, 1);
        expect(u"previous.cases.major_reviewed"_s, 1);
        // Q2 (decided 12-28) is due only in 2024: not in 2023's figures.
        expect(u"previous.cases.publicity_due"_s, 1);
        expect(u"previous.cases.publicity_on_time"_s, 1);
        expect(u"previous.cases.transferred"_s, 0);
        expect(u"previous.licences"_s, QJsonObject{{u"applied"_s, 1},
                                                   {u"accepted"_s, 1},
                                                   {u"granted"_s, 1},
                                                   {u"refused"_s, 0},
                                                   {u"revoked"_s, 0}});
        expect(u"previous.coercion"_s,
               QJsonObject{{u"measures"_s, 0}, {u"executions"_s, 0}, {u"court_applications"_s, 0}});
        expect(u"previous.reconsideration"_s, QJsonObject{{u"total"_s, 0}, {u"corrected"_s, 0}});
        expect(u"previous.litigation"_s, QJsonObject{{u"total"_s, 0}, {u"lost"_s, 0}});
        expect(u"previous.reviews"_s,
               QJsonObject{
                   {u"files"_s, 1},
                   {u"by_grade"_s, QJsonObject{{u"优秀"_s, 1}, {u"合格"_s, 0}, {u"不合格"_s, 0}}},
                   {u"average_score"_s, 100.0}});
        // T10 on time; T7 open-ended, active in 2023 (signed off 2023-05-01).
        expect(u"previous.rectification"_s, QJsonObject{{u"tasks"_s, 1},
                                                        {u"closed_on_time"_s, 1},
                                                        {u"overdue"_s, 0},
                                                        {u"open_ended"_s, 1}});
    }

    // The JSON carries exactly the spec's keys (and the added `rates`), in current and previous.
    void keysAreTheSpecs()
    {
        const QStringList spec = {u"agencies"_s,
                                  u"officers.active"_s,
                                  u"officers.certified"_s,
                                  u"officers.legal_reviewers"_s,
                                  u"officers.training_met"_s,
                                  u"officers.training_hours_total"_s,
                                  u"officers.assessment"_s,
                                  u"cases.total"_s,
                                  u"cases.by_kind"_s,
                                  u"cases.penalties_by_category"_s,
                                  u"cases.mitigated"_s,
                                  u"cases.not_penalised"_s,
                                  u"licences.applied"_s,
                                  u"licences.accepted"_s,
                                  u"licences.granted"_s,
                                  u"licences.refused"_s,
                                  u"licences.revoked"_s,
                                  u"coercion.measures"_s,
                                  u"coercion.executions"_s,
                                  u"coercion.court_applications"_s,
                                  u"cases.fines_yuan"_s,
                                  u"cases.confiscations_yuan"_s,
                                  u"cases.major"_s,
                                  u"cases.major_reviewed"_s,
                                  u"cases.publicity_due"_s,
                                  u"cases.publicity_on_time"_s,
                                  u"cases.transferred"_s,
                                  u"reconsideration.total"_s,
                                  u"reconsideration.corrected"_s,
                                  u"litigation.total"_s,
                                  u"litigation.lost"_s,
                                  u"reviews.files"_s,
                                  u"reviews.by_grade"_s,
                                  u"reviews.average_score"_s,
                                  u"rectification.tasks"_s,
                                  u"rectification.closed_on_time"_s,
                                  u"rectification.overdue"_s,
                                  u"rectification.open_ended"_s,
                                  u"rates"_s};
        const QStringList categories = {u"officers.assessment"_s, u"cases.by_kind"_s,
                                        u"cases.penalties_by_category"_s, u"reviews.by_grade"_s,
                                        u"rates"_s};
        for (const QString &part : {u"current"_s, u"previous"_s}) {
            QStringList found;
            const std::function<void(const QJsonObject &, const QString &)> walk =
                [&](const QJsonObject &o, const QString &prefix) {
                    for (auto it = o.begin(); it != o.end(); ++it) {
                        const QString key = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
                        if (it->isObject() && !categories.contains(key))
                            walk(it->toObject(), key);
                        else
                            found << key;
                    }
                };
            walk(m_json.value(part).toObject(), {});
            QStringList expected = spec;
            expected.sort();
            found.sort();
            QCOMPARE(found, expected);
        }
        QCOMPARE(at(m_json, u"current.reviews.by_grade"_s).toObject().size(), 3);
        QCOMPARE(at(m_json, u"current.officers.assessment"_s).toObject().size(), 4);
    }

    void byAgency()
    {
        QCOMPARE(m_json.value(u"by_agency"_s).toArray().size(), 2);
        expect(u"by_agency.0.agency"_s, u"甲局"_s);
        expect(u"by_agency.0.officers.training_hours_total"_s, 105.0); // 60 + 45
        expect(u"by_agency.0.cases.total"_s, 12);
        expect(u"by_agency.0.cases.fines_yuan"_s, u"12501.49"_s);
        expect(u"by_agency.0.cases.publicity_due"_s, 8);     // P1 P2 P7 L1–L4 I1
        expect(u"by_agency.0.cases.publicity_on_time"_s, 5); // P1 P7 L1 L3 L4
        expect(u"by_agency.1.agency"_s, u"乙局"_s);
        expect(u"by_agency.1.officers.certified"_s, 0);
        expect(u"by_agency.1.cases.confiscations_yuan"_s, u"1.23"_s);
        expect(u"by_agency.1.reconsideration.corrected"_s, 1);
        expect(u"by_agency.1.litigation.lost"_s, 1);
        // Only the spec's keys per body (and rates): no licences, reviews or rectification.
        QVERIFY(!at(m_json, u"by_agency.1"_s).toObject().contains(u"reviews"_s));
    }

    void oneAgency()
    {
        const QJsonObject b = jsonOf(m_f.b);
        QVERIFY(!b.contains(u"by_agency"_s));
        QCOMPARE(b.value(u"scope"_s).toString(), u"乙局"_s);
        QCOMPARE(at(b, u"current.agencies"_s).toInt(), 1);
        QCOMPARE(at(b, u"current.cases.total"_s).toInt(), 9);
        // R2 (P4) only; T8 only (T9 is undated).
        QCOMPARE(at(b, u"current.reviews.files"_s).toInt(), 1);
        QCOMPARE(at(b, u"current.reviews.average_score"_s).toDouble(), 75.0);
        QCOMPARE(at(b, u"current.rectification.tasks"_s).toInt(), 1);
        QCOMPARE(at(b, u"current.rectification.overdue"_s).toInt(), 1);
        // 2023: Q2 only; no file review, so no average.
        QCOMPARE(at(b, u"previous.cases.total"_s).toInt(), 1);
        QVERIFY(at(b, u"previous.reviews.average_score"_s).isNull());
    }

    void previousIsThatYearsReport()
    {
        const auto y2023 = computeAnnualReport(m_t->db(), 2023, {});
        QVERIFY(y2023.ok());
        const QJsonObject last = QJsonDocument::fromJson(Report::toJson(*y2023).toUtf8()).object();
        QCOMPARE(last.value(u"current"_s), m_json.value(u"previous"_s));

        // As of 2024-06-15: o2's certificate still valid; deadlines by then: P4 P5 P7 P8 L1–L4
        // (F1's, 20 working days from 05-20, is 06-18); on time P4 P7 P8 L1 L3 L4.
        const QJsonObject mid = jsonOf(std::nullopt, QDate(2024, 6, 15));
        QCOMPARE(at(mid, u"current.officers.certified"_s).toInt(), 2);
        QCOMPARE(at(mid, u"current.cases.total"_s).toInt(), 21);
        QCOMPARE(at(mid, u"current.cases.publicity_due"_s).toInt(), 8);
        QCOMPARE(at(mid, u"current.cases.publicity_on_time"_s).toInt(), 6);
        QCOMPARE(at(mid, u"current.rectification.overdue"_s).toInt(), 1); // T8 (05-31)
        QCOMPARE(at(mid, u"previous"_s), m_json.value(u"previous"_s));
    }

    void tables()
    {
        const auto report = computeAnnualReport(m_t->db(), 2024, {});
        const QList<Report::ReportTable> tables = Report::publishedTables(*report);
        QCOMPARE(tables.size(), 5);
        const auto texts = [](const QList<Report::Cell> &row) {
            QStringList out;
            for (const Report::Cell &c : row)
                out << c.toText();
            return out;
        };
        const Report::ReportTable &penalties = tables.at(0);
        QCOMPARE(penalties.headers, (QStringList{u"项目"_s, u"2024年"_s, u"2023年"_s, u"增减"_s}));
        // 合计 6 (2023: Q1); 罚没金额 1750149 + 300123 = 2050272 fen against 10000.
        QCOMPARE(texts(penalties.rows.at(12)), (QStringList{u"合计"_s, u"6"_s, u"1"_s, u"5"_s}));
        QCOMPARE(texts(penalties.rows.at(13)),
                 (QStringList{u"罚没金额（元）"_s, u"20502.72"_s, u"100.00"_s, u"20402.72"_s}));
        QCOMPARE(texts(tables.at(4).rows.at(1)),
                 (QStringList{u"乙局"_s, u"2"_s, u"0"_s, u"0.00%"_s}));
        QCOMPARE(texts(tables.at(4).rows.at(2)),
                 (QStringList{u"合计"_s, u"4"_s, u"1"_s, u"25.00%"_s}));

        const QString csv = m_t->filePath(u"report.csv"_s);
        QVERIFY(Report::writeCsv(csv, *report).ok());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(
            bytes.startsWith("\xEF\xBB\xBF行政处罚实施情况统计表\r\n项目,2024年,2023年,增减\r\n"));
        QVERIFY(bytes.contains("\r\n行政强制措施：冻结,1,0,1\r\n"));
        QVERIFY(bytes.contains("\r\n行政检查,2,0,2\r\n"));
        QVERIFY(bytes.contains("\r\n\r\n行政执法证持证率情况统计表\r\n"));
    }

    void xlsxReadsBack()
    {
        const auto report = computeAnnualReport(m_t->db(), 2024, {});
        const QString path = m_t->filePath(u"report.xlsx"_s);
        QVERIFY(Report::writeXlsx(path, *report).ok());
        for (const Report::ReportTable &t : Report::publishedTables(*report)) {
            const auto sheet = Io::Xlsx::read(path, t.title);
            QVERIFY2(sheet.ok(), qPrintable(t.title));
            // Title row (read as the header), then the table's headers, then its rows.
            QCOMPARE(sheet->headers.value(0), t.title);
            QCOMPARE(sheet->rows.value(0), t.headers);
            QCOMPARE(sheet->rows.size(), t.rows.size() + 1);
            for (int r = 0; r < t.rows.size(); ++r) {
                const QStringList cells = sheet->rows.at(r + 1);
                for (int c = 0; c < t.rows.at(r).size(); ++c) {
                    const Report::Cell &cell = t.rows.at(r).at(c);
                    const QString got = cells.value(c);
                    switch (cell.kind) {
                    case Report::Cell::Kind::Text:
                        QCOMPARE(got, cell.text);
                        break;
                    case Report::Cell::Kind::Count:
                        QCOMPARE(got.toLongLong(), cell.number);
                        break;
                    case Report::Cell::Kind::Money:
                        QCOMPARE(qRound64(got.toDouble() * 100), cell.number);
                        break;
                    case Report::Cell::Kind::Rate:
                        if (cell.rate.value())
                            QCOMPARE(got.toDouble(), *cell.rate.value());
                        else
                            QCOMPARE(got, u"—"_s);
                        break;
                    }
                }
            }
        }
        // And the figures are the JSON's: 行政拘留 1, 合计 of table 5 = officers.certified.
        const auto certification = Io::Xlsx::read(path, u"行政执法证持证率情况统计表"_s);
        QCOMPARE(certification->rows.constLast().value(2).toInt(),
                 at(m_json, u"current.officers.certified"_s).toInt());
    }

    void unknownAgency()
    {
        const auto r = computeAnnualReport(m_t->db(), 2024, qint64(9999));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestAnnualReport)
#include "tst_annualreport.moc"
