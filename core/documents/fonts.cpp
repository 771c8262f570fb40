#include "fonts.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>

namespace Jiandu::Documents {

namespace {

struct RolePreferences
{
    QStringList official; // the GB/T 9704 font of the role, under its usual names
    QStringList fallback; // free fonts, best first; Noto CJK last (see the header)
};

RolePreferences preferences(FontRole role)
{
    // AR PL, WenQuanYi and LXGW fonts give a correct PDF text layer under Qt 6.4.
    const QString notoSerif = QStringLiteral("Noto Serif CJK SC");
    const QString notoSans = QStringLiteral("Noto Sans CJK SC");
    switch (role) {
    case FontRole::Title:
        return {{QStringLiteral("方正小标宋简体"), QStringLiteral("FZXiaoBiaoSong-B05S"),
                 QStringLiteral("方正小标宋_GBK"), QStringLiteral("FZXiaoBiaoSong-B05")},
                {QStringLiteral("华文中宋"), QStringLiteral("STZhongsong"),
                 QStringLiteral("AR PL SungtiL GB"), QStringLiteral("AR PL UMing CN"),
                 QStringLiteral("WenQuanYi Zen Hei"), notoSerif}};
    case FontRole::Body:
        return {{QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312")},
                {QStringLiteral("仿宋"), QStringLiteral("FangSong"), QStringLiteral("华文仿宋"),
                 QStringLiteral("STFangsong"), QStringLiteral("AR PL UMing CN"),
                 QStringLiteral("AR PL SungtiL GB"), QStringLiteral("WenQuanYi Zen Hei"),
                 notoSerif}};
    case FontRole::Heading1:
        return {{QStringLiteral("黑体"), QStringLiteral("SimHei")},
                {QStringLiteral("方正黑体_GBK"), QStringLiteral("WenQuanYi Zen Hei"),
                 QStringLiteral("WenQuanYi Micro Hei"), notoSans}};
    case FontRole::Heading2:
        return {{QStringLiteral("楷体_GB2312"), QStringLiteral("KaiTi_GB2312")},
                {QStringLiteral("楷体"), QStringLiteral("KaiTi"), QStringLiteral("华文楷体"),
                 QStringLiteral("STKaiti"), QStringLiteral("AR PL UKai CN"),
                 QStringLiteral("AR PL KaitiM GB"), QStringLiteral("LXGW WenKai"), notoSerif}};
    case FontRole::Table:
        return {{QStringLiteral("宋体"), QStringLiteral("SimSun")},
                {QStringLiteral("AR PL SungtiL GB"), QStringLiteral("AR PL UMing CN"),
                 QStringLiteral("WenQuanYi Zen Hei"), notoSerif}};
    }
    return {};
}

QString roleName(FontRole role)
{
    switch (role) {
    case FontRole::Title:
        return QCoreApplication::translate("Fonts", "Title");
    case FontRole::Body:
        return QCoreApplication::translate("Fonts", "Body text");
    case FontRole::Heading1:
        return QCoreApplication::translate("Fonts", "First-level headings");
    case FontRole::Heading2:
        return QCoreApplication::translate("Fonts", "Second-level headings");
    case FontRole::Table:
        return QCoreApplication::translate("Fonts", "Tables");
    }
    return {};
}

// The installed family matching `wanted` (fontconfig may list a localised name first).
QString installed(const QStringList &families, const QString &wanted)
{
    for (const QString &f : families)
        if (f.compare(wanted, Qt::CaseInsensitive) == 0)
            return f;
    return {};
}

bool hasBoldFace(const QString &family)
{
    const QStringList styles = QFontDatabase::styles(family);
    for (const QString &s : styles)
        if (QFontDatabase::weight(family, s) >= QFont::DemiBold)
            return true;
    return false;
}

} // namespace

QStringList officialFonts(FontRole role)
{
    return preferences(role).official;
}

QStringList fontPreferences(FontRole role)
{
    const RolePreferences p = preferences(role);
    return p.official + p.fallback;
}

FontChoice fontFor(FontRole role, qreal pointSize)
{
    Q_ASSERT_X(qobject_cast<QGuiApplication *>(QCoreApplication::instance()), "fontFor",
               "the documents library needs a QGuiApplication");
    const RolePreferences p = preferences(role);
    const QStringList families = QFontDatabase::families();
    FontChoice choice;
    for (const QString &wanted : p.official + p.fallback) {
        const QString family = installed(families, wanted);
        if (family.isEmpty())
            continue;
        choice.family = family;
        choice.isPreferred = p.official.contains(wanted);
        break;
    }
    if (choice.family.isEmpty()) // no CJK font at all: Chinese will show as boxes
        choice.family = QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    choice.hasBold = hasBoldFace(choice.family);
    choice.font = QFont(choice.family);
    choice.font.setPointSizeF(pointSize);
    return choice;
}

QString fallbackNotice(FontRole role)
{
    const FontChoice choice = fontFor(role, 12);
    if (choice.isPreferred)
        return {};
    return QCoreApplication::translate("Fonts", "%1: %2 stands in for %3, which is not installed.")
        .arg(roleName(role), choice.family, preferences(role).official.constFirst());
}

QString fallbackNotice(const QList<FontRole> &roles)
{
    QStringList lines;
    for (FontRole role : roles) {
        const QString line = fallbackNotice(role);
        if (!line.isEmpty() && !lines.contains(line))
            lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Jiandu::Documents
