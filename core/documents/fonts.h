#pragma once

// Fonts by role, from a preference list: the official fonts where installed (方正小标宋,
// 仿宋_GB2312, 黑体, 楷体), then free CJK fonts whose PDF text layer extracts correctly.
// Noto CJK is last: Qt 6.4 writes some of its ideographs as Kangxi radicals in PDFs.

#include <QFont>
#include <QString>
#include <QStringList>

namespace Jiandu::Documents {

enum class FontRole { Title, Body, Heading1, Heading2, Table };

struct FontChoice
{
    QFont font;
    QString family;        // the family actually used
    bool isPreferred = false; // true when the first (official) choice is installed
};

// The preference list of a role, best first.
QStringList fontPreferences(FontRole role);
// The best installed family for the role, at `pointSize`.
FontChoice fontFor(FontRole role, qreal pointSize);
// "正文使用 AR PL UMing CN（未安装仿宋_GB2312）" — for telling the user which fallback is used.
QString fallbackNotice(FontRole role);

} // namespace Jiandu::Documents
