#pragma once

// Reading printed PDFs back with poppler-utils (pdftotext, pdfinfo), as a reader would.

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace Jiandu::Test {

inline bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

inline QString runTool(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of each page (pdftotext separates pages with form feeds).
inline QStringList pdfPages(const QString &pdf)
{
    QStringList pages =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

inline QString pdfInfo(const QString &pdf)
{
    return runTool(QStringLiteral("pdfinfo"), {pdf});
}

// Kangxi radicals and CJK radicals supplement: what a broken text layer yields for 人 一 生...
inline QString radicalsIn(const QString &text)
{
    QString found;
    for (const QChar c : text)
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            found += c;
    return found;
}

} // namespace Jiandu::Test
