#pragma once

// Fonts by role, from a preference list: the official fonts where installed (方正小标宋,
// 仿宋_GB2312, 黑体, 楷体), then free CJK fonts whose PDF text layer extracts correctly.
// Noto CJK is last: Qt 6.4 writes some of its ideographs as Kangxi radicals in PDFs.
//
// QFont and QFontDatabase need a QGuiApplication: every caller of the documents library
// (the GUI, jiandu-cli, the tests) must have one (offscreen is enough).

#include <QFont>
#include <QString>
#include <QStringList>

namespace Jiandu::Documents {

enum class FontRole
{
    Title,
    Body,
    Heading1,
    Heading2,
    Table
};

struct FontChoice
{
    QFont font;
    QString family;           // the family actually used
    bool isPreferred = false; // true when an official font of the role is installed
    bool hasBold = false;     // the family has a real bold face (PDFs get no synthetic bold)
};

// The preference list of a role, best first: the official names (and their aliases) first.
QStringList fontPreferences(FontRole role);
// The official fonts of a role (the head of fontPreferences), e.g. 仿宋_GB2312 for Body.
QStringList officialFonts(FontRole role);
// The best installed family for the role, at `pointSize`.
FontChoice fontFor(FontRole role, qreal pointSize);
// "Body text: AR PL UMing CN stands in for 仿宋_GB2312, which is not installed." (translated);
// empty when the official font is installed.
QString fallbackNotice(FontRole role);
// The notices of several roles, one per line, without repeats.
QString fallbackNotice(const QList<FontRole> &roles);

} // namespace Jiandu::Documents
