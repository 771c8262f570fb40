// Fonts by role: the first installed family of each preference list, the fallback notice,
// and a PDF text layer that gives back the real ideographs.

#include "documents/fonts.h"
#include "documents/pdftext.h"

#include <QFontDatabase>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Jiandu;
using namespace Jiandu::Documents;

namespace {
const QList<FontRole> kRoles{FontRole::Title, FontRole::Body, FontRole::Heading1,
                             FontRole::Heading2, FontRole::Table};

bool isInstalled(const QString &family)
{
    const QStringList families = QFontDatabase::families();
    return std::any_of(families.cbegin(), families.cend(), [&](const QString &f) {
        return f.compare(family, Qt::CaseInsensitive) == 0;
    });
}

bool anyCjkFontInstalled()
{
    for (FontRole role : kRoles)
        for (const QString &f : fontPreferences(role))
            if (isInstalled(f))
                return true;
    return false;
}
} // namespace

class TestFonts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void preferenceListsPutOfficialFirstAndNotoLast();
    void picksTheFirstInstalledFamily();
    void fallbackNoticeNamesBothFonts();
    void pdfTextLayerHasRealIdeographs();
};

void TestFonts::preferenceListsPutOfficialFirstAndNotoLast()
{
    QCOMPARE(officialFonts(FontRole::Title).constFirst(), QStringLiteral("方正小标宋简体"));
    QCOMPARE(officialFonts(FontRole::Body).constFirst(), QStringLiteral("仿宋_GB2312"));
    QCOMPARE(officialFonts(FontRole::Heading1).constFirst(), QStringLiteral("黑体"));
    QCOMPARE(officialFonts(FontRole::Heading2).constFirst(), QStringLiteral("楷体_GB2312"));
    for (FontRole role : kRoles) {
        const QStringList prefs = fontPreferences(role);
        QVERIFY(prefs.size() > officialFonts(role).size() + 1);
        QCOMPARE(prefs.mid(0, officialFonts(role).size()), officialFonts(role));
        QVERIFY2(prefs.constLast().startsWith(QStringLiteral("Noto")),
                 qPrintable(prefs.constLast()));
        for (int i = 0; i + 1 < prefs.size(); ++i)
            QVERIFY2(!prefs.at(i).startsWith(QStringLiteral("Noto")), qPrintable(prefs.at(i)));
    }
}

void TestFonts::picksTheFirstInstalledFamily()
{
    if (!anyCjkFontInstalled())
        QSKIP("no CJK font of the preference lists is installed");
    for (FontRole role : kRoles) {
        const FontChoice choice = fontFor(role, 16);
        QVERIFY(isInstalled(choice.family));
        QCOMPARE(choice.font.pointSizeF(), 16.0);
        QCOMPARE(choice.font.family(), choice.family);
        const QStringList prefs = fontPreferences(role);
        int at = -1;
        for (int i = 0; i < prefs.size(); ++i)
            if (prefs.at(i).compare(choice.family, Qt::CaseInsensitive) == 0)
                at = i;
        QVERIFY2(at >= 0, qPrintable(choice.family));
        for (int i = 0; i < at; ++i)
            QVERIFY2(!isInstalled(prefs.at(i)),
                     qPrintable(prefs.at(i) + QStringLiteral(" was skipped")));
        QCOMPARE(choice.isPreferred, at < officialFonts(role).size());
        QCOMPARE(choice.hasBold,
                 QFontDatabase::styles(choice.family).contains(QStringLiteral("Bold")));
    }
}

void TestFonts::fallbackNoticeNamesBothFonts()
{
    for (FontRole role : kRoles) {
        const FontChoice choice = fontFor(role, 12);
        const QString notice = fallbackNotice(role);
        if (choice.isPreferred) {
            QVERIFY(notice.isEmpty());
        } else {
            QVERIFY2(notice.contains(choice.family), qPrintable(notice));
            QVERIFY2(notice.contains(officialFonts(role).constFirst()), qPrintable(notice));
        }
    }
    const QString all = fallbackNotice(kRoles);
    for (FontRole role : kRoles)
        QVERIFY(all.contains(fallbackNotice(role)));
    QVERIFY(!fallbackNotice(QList<FontRole>{FontRole::Table, FontRole::Table})
                 .contains(QLatin1Char('\n')));
}

void TestFonts::pdfTextLayerHasRealIdeographs()
{
    if (!Test::havePoppler())
        QSKIP("pdftotext (poppler-utils) is not installed");
    if (!anyCjkFontInstalled())
        QSKIP("no CJK font of the preference lists is installed");
    const QString sample = QStringLiteral("人一生工门大日 清河县市场监督管理局 城关镇人民政府");
    QTemporaryDir dir;
    for (FontRole role : kRoles) {
        const FontChoice choice = fontFor(role, 14);
        if (choice.family.startsWith(QStringLiteral("Noto")))
            QSKIP(
                "only Noto CJK is installed: its PDF text layer is known to be wrong under Qt 6.4");
        const QString pdf = dir.filePath(QStringLiteral("role%1.pdf").arg(int(role)));
        {
            QPdfWriter writer(pdf);
            writer.setPageSize(QPageSize(QPageSize::A4));
            writer.setResolution(300);
            QPainter painter(&writer);
            painter.setFont(choice.font);
            painter.drawText(QPointF(100, 300), sample);
        }
        const QString text = Test::pdfPages(pdf).join(QString()).trimmed();
        QCOMPARE(Test::radicalsIn(text), QString());
        QCOMPARE(text, sample);
    }
}

QTEST_MAIN(TestFonts)
#include "tst_fonts.moc"
