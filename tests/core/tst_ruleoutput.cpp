// Rule registry, settings, sorting and the JSON/text forms of `check` (spec/warnings.md).

#include "tst_rulehelpers.h"

#include "domain/identity.h"
#include "storage/settingsrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Jiandu;
using namespace Jiandu::Test;
using namespace Qt::StringLiterals;

namespace {
const QDate kAsOf(2025, 3, 1);

// Two agencies with an error (expired card), a dated warning (expiring card) and undated
// warnings (no card; too few reviewers) each.
void fill(Database &db)
{
    int n = 0;
    for (const QString &name : {QStringLiteral("乙局"), QStringLiteral("甲局")}) {
        const qint64 agency = addAgency(db, name);
        OfficerSpec s;
        s.n = ++n;
        s.certNumber = QStringLiteral("E%1").arg(n);
        s.certExpires = kAsOf.addDays(-n);
        const qint64 expired = addOfficer(db, agency, s);
        s.n = ++n;
        s.certNumber = QStringLiteral("S%1").arg(n);
        s.certExpires = kAsOf.addDays(20);
        const qint64 expiring = addOfficer(db, agency, s);
        OfficerSpec none;
        none.n = ++n;
        const qint64 noCert = addOfficer(db, agency, none);
        // Keep the training rules quiet: they are tested elsewhere.
        for (qint64 id : {expired, expiring, noCert})
            addTraining(db, id, QDate(2025, 1, 5), 60, TrainingKind::LawUpdate);
    }
}

QList<Rules::Warning> evaluate(Database &db, const Rules::RuleContext &c)
{
    auto r = Rules::evaluateAll(db, c);
    if (!r)
        qFatal("evaluateAll: %s", qPrintable(r.error().toString()));
    return r.value();
}
} // namespace

class TestRuleOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registryListsTheNineRosterRules()
    {
        QStringList ids;
        for (const Rules::Rule *r : Rules::allRules()) {
            ids << r->id();
            QVERIFY(!r->title().isEmpty());
        }
        // The roster rules first; the case rules follow (tst_rulecases).
        QCOMPARE(ids.mid(0, 9), (QStringList{u"CERT_EXPIRED"_s, u"CERT_EXPIRING"_s, u"NO_VALID_CERT"_s,
                                   u"CERT_INELIGIBLE"_s, u"CERT_NOT_CLEARED"_s, u"TRAINING_SHORT"_s,
                                   u"NO_LAW_UPDATE"_s, u"ASSESSMENT_EXIT"_s, u"REVIEWER_RATIO"_s}));
        QCOMPARE(Rules::findRule(u"REVIEWER_RATIO"_s)->subject(), Rules::Subject::Agency);
        QVERIFY(!Rules::findRule(u"NOPE"_s));
        QCOMPARE(Rules::levelFromCode(u"Error"_s), std::optional(Rules::Level::Error));
        QCOMPARE(Rules::levelFromCode(u"info"_s), std::optional(Rules::Level::Info));
        QVERIFY(!Rules::levelFromCode(u"fatal"_s));
        QCOMPARE(Rules::levelCode(Rules::Level::Warning), u"warning"_s);
        QCOMPARE(Rules::subjectCode(Rules::Subject::Agency), u"agency"_s);
    }

    void settingsDefaultsSaveAndLoad()
    {
        Test::TestDatabase t;
        const Rules::RuleSettings d = Rules::RuleSettings::load(t.db());
        QCOMPARE(d.certExpiringDays, 30);
        QCOMPARE(d.trainingHoursMinimum, 60.0);
        QCOMPARE(d.reviewerRatio, 0.05);

        Rules::RuleSettings s;
        s.certExpiringDays = 60;
        s.trainingHoursMinimum = 40;
        s.reviewerRatio = 0.1;
        {
            Transaction tx(t.db());
            QVERIFY(s.save(t.db()).ok());
            QVERIFY(tx.commit().ok());
        }
        t.reopen();
        const Rules::RuleSettings l = Rules::RuleSettings::load(t.db());
        QCOMPARE(l.certExpiringDays, 60);
        QCOMPARE(l.trainingHoursMinimum, 40.0);
        QCOMPARE(l.reviewerRatio, 0.1);
        QCOMPARE(SettingsRepository(t.db()).value(u"rules/reviewer_ratio"_s), u"0.1"_s);
        QSqlQuery q(t->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE table_name = 'setting'"_s) && q.next());
        // Three roster thresholds, three publicity settings, a handling period per case kind,
        // the task due-soon window.
        QCOMPARE(q.value(0).toInt(), 3 + 3 + 9 + 1);

        // A nonsensical stored value falls back to the default.
        Transaction tx(t.db());
        QVERIFY(SettingsRepository(t.db()).setValue(u"rules/reviewer_ratio"_s, u"-3"_s).ok());
        QVERIFY(tx.commit().ok());
        QCOMPARE(Rules::RuleSettings::load(t.db()).reviewerRatio, 0.05);
    }

    void settingsChangeThresholds()
    {
        Test::TestDatabase t;
        const qint64 agency = addAgency(t.db(), u"某局"_s);
        OfficerSpec s;
        s.certNumber = u"X1"_s;
        s.certExpires = kAsOf.addDays(45);
        const qint64 id = addOfficer(t.db(), agency, s);
        addTraining(t.db(), id, QDate(2025, 1, 5), 45, TrainingKind::LawUpdate);
        for (int i = 2; i <= 20; ++i) {
            OfficerSpec o;
            o.n = i;
            o.legalReviewer = i == 2;
            o.certNumber = u"X%1"_s.arg(i);
            addOfficer(t.db(), agency, o);
        }
        auto c = ruleContext();
        QVERIFY(firedIds(t.db(), u"CERT_EXPIRING"_s, c).isEmpty());
        QVERIFY(firedIds(t.db(), u"TRAINING_SHORT"_s, c).contains(id));
        QVERIFY(firedIds(t.db(), u"REVIEWER_RATIO"_s, c).isEmpty());
        c.settings.certExpiringDays = 45;
        c.settings.trainingHoursMinimum = 45;
        c.settings.reviewerRatio = 0.10; // 20 officers need exactly 2
        QCOMPARE(firedIds(t.db(), u"CERT_EXPIRING"_s, c), QList<qint64>{id});
        QVERIFY(!firedIds(t.db(), u"TRAINING_SHORT"_s, c).contains(id));
        QCOMPARE(firedIds(t.db(), u"REVIEWER_RATIO"_s, c), QList<qint64>{agency});
    }

    void sortedByLevelDueAgencyKey()
    {
        Test::TestDatabase t;
        fill(t.db());
        const auto all = evaluate(t.db(), ruleContext());
        QStringList got;
        for (const auto &w : all)
            got << w.rule + QLatin1Char('/') + w.agency + QLatin1Char('/') + w.due.toString(Qt::ISODate);
        // Errors first (earlier expiry first), then dated warnings, then undated ones by
        // agency (code-point order: 乙 U+4E59 < 甲 U+7532) and key.
        QCOMPARE(got, (QStringList{u"CERT_EXPIRED/甲局/2025-02-25"_s, u"CERT_EXPIRED/乙局/2025-02-28"_s,
                                   u"CERT_EXPIRING/乙局/2025-03-21"_s, u"CERT_EXPIRING/甲局/2025-03-21"_s,
                                   u"NO_VALID_CERT/乙局/"_s, u"REVIEWER_RATIO/乙局/"_s,
                                   u"NO_VALID_CERT/甲局/"_s, u"REVIEWER_RATIO/甲局/"_s}));
    }

    void sameLevelDateAndAgencyOrderedByKey()
    {
        Test::TestDatabase t;
        const qint64 agency = addAgency(t.db(), u"某局"_s);
        for (int n : {9, 3, 7}) {
            OfficerSpec s;
            s.n = n;
            s.legalReviewer = true;
            addTraining(t.db(), addOfficer(t.db(), agency, s), QDate(2025, 1, 5), 60, TrainingKind::LawUpdate);
        }
        QStringList keys;
        for (const auto &w : evaluate(t.db(), ruleContext()))
            keys << w.key;
        QStringList expected{idNumber(9), idNumber(3), idNumber(7)};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(keys, expected);
    }

    void jsonShapeAndMasking()
    {
        Test::TestDatabase t;
        fill(t.db());
        const auto all = evaluate(t.db(), ruleContext());
        const QString masked = Rules::toJson(all, kAsOf, false);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(masked.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.keys(), (QStringList{u"as_of"_s, u"warnings"_s}));
        QCOMPARE(root.value(u"as_of"_s).toString(), u"2025-03-01"_s);
        const QJsonArray list = root.value(u"warnings"_s).toArray();
        QCOMPARE(list.size(), all.size());
        const QStringList fields{u"agency"_s, u"due"_s, u"key"_s, u"level"_s, u"message"_s, u"rule"_s,
                                 u"subject"_s};
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject o = list.at(i).toObject();
            const Rules::Warning &w = all.at(i);
            QCOMPARE(o.keys(), fields);
            QCOMPARE(o.value(u"rule"_s).toString(), w.rule);
            QCOMPARE(o.value(u"level"_s).toString(), Rules::levelCode(w.level));
            QCOMPARE(o.value(u"agency"_s).toString(), w.agency);
            QCOMPARE(o.value(u"message"_s).toString(), w.message);
            if (w.due.isValid())
                QCOMPARE(o.value(u"due"_s).toString(), w.due.toString(Qt::ISODate));
            else
                QVERIFY(o.value(u"due"_s).isNull());
            if (w.subject == Rules::Subject::Officer) {
                QCOMPARE(o.value(u"subject"_s).toString(), u"officer"_s);
                QCOMPARE(o.value(u"key"_s).toString(), Identity::maskIdNumber(w.key));
                QVERIFY(o.value(u"key"_s).toString().contains(u"********"_s));
            } else {
                QCOMPARE(o.value(u"subject"_s).toString(), u"agency"_s);
                QCOMPARE(o.value(u"key"_s).toString(), w.agency);
            }
            QVERIFY(!masked.contains(w.key) || w.subject == Rules::Subject::Agency);
        }
        // Field order as in the spec's example.
        QVERIFY(masked.indexOf(u"\"rule\""_s) < masked.indexOf(u"\"level\""_s));
        QVERIFY(masked.indexOf(u"\"due\""_s) < masked.indexOf(u"\"message\""_s));

        const QJsonArray full = QJsonDocument::fromJson(Rules::toJson(all, kAsOf, true).toUtf8())
                                    .object().value(u"warnings"_s).toArray();
        QCOMPARE(full.first().toObject().value(u"key"_s).toString(), all.first().key);
        QCOMPARE(full.first().toObject().value(u"key"_s).toString().size(), 18);

        const QJsonDocument empty = QJsonDocument::fromJson(Rules::toJson({}, kAsOf, false).toUtf8());
        QVERIFY(empty.object().value(u"warnings"_s).isArray());
        QVERIFY(empty.object().value(u"warnings"_s).toArray().isEmpty());
    }

    void jsonEscapesEveryString()
    {
        Rules::Warning w;
        w.rule = u"REVIEWER_RATIO"_s;
        w.subject = Rules::Subject::Agency;
        w.key = u"某局\"A\\B\"\n\t\u0001"_s;
        w.agency = w.key;
        w.message = u"引号\"、反斜杠\\、换行\r\n结束"_s;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(Rules::toJson({w}, kAsOf, false).toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object().value(u"warnings"_s).toArray().first().toObject();
        QCOMPARE(o.value(u"key"_s).toString(), w.key);
        QCOMPARE(o.value(u"agency"_s).toString(), w.agency);
        QCOMPARE(o.value(u"message"_s).toString(), w.message);
    }

    void textOneLinePerWarningMasked()
    {
        Test::TestDatabase t;
        fill(t.db());
        const auto all = evaluate(t.db(), ruleContext());
        const QString text = Rules::toText(all);
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), all.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const Rules::Warning &w = all.at(i);
            QVERIFY(lines.at(i).contains(w.rule));
            QVERIFY(lines.at(i).contains(w.agency));
            QVERIFY(lines.at(i).contains(w.message));
            QVERIFY(lines.at(i).contains(Rules::levelLabel(w.level)));
            if (w.subject == Rules::Subject::Officer) {
                QVERIFY(!lines.at(i).contains(w.key));
                QVERIFY(lines.at(i).contains(Identity::maskIdNumber(w.key)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRuleOutput)
#include "tst_ruleoutput.moc"
