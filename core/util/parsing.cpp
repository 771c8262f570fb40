#include "parsing.h"

#include <QRegularExpression>

#include <cmath>

namespace Jiandu::Parse {

QDate date(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression sep(
        QStringLiteral(R"(^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$)"));
    static const QRegularExpression compact(QStringLiteral(R"(^(\d{4})(\d{2})(\d{2})$)"));
    QRegularExpressionMatch m = sep.match(t);
    if (!m.hasMatch())
        m = compact.match(t);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

std::optional<bool> yesNo(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == u"否" || t == u"n" || t == u"no" || t == u"0" || t == u"false")
        return false;
    if (t == u"是" || t == u"y" || t == u"yes" || t == u"1" || t == u"true")
        return true;
    return std::nullopt;
}

std::optional<qint64> moneyFen(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(',')).remove(QChar(0xFF0C)).remove(QLatin1Char(' '));
    if (t.endsWith(QChar(0x5143))) // 元
        t.chop(1);
    static const QRegularExpression re(QStringLiteral(R"(^(\d+)(?:\.(\d{1,2}))?$)"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 yuan = m.captured(1).toLongLong(&ok);
    if (!ok || yuan > 90'000'000'000'000LL)
        return std::nullopt;
    const QString frac = m.captured(2).leftJustified(2, QLatin1Char('0'));
    return yuan * 100 + frac.toInt();
}

std::optional<double> decimal(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || v < 0 || !std::isfinite(v)) // "inf" and "nan" convert
        return std::nullopt;
    return v;
}

QStringList list(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("[、;；,，]"));
    QStringList out;
    for (const QString &part : text.split(sep, Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (!p.isEmpty())
            out.append(p);
    }
    return out;
}

QString normaliseHeader(const QString &text)
{
    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QLatin1Char(' ');
        s.append(c);
    }
    return s.simplified().remove(QLatin1Char(' ')).toLower();
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace Jiandu::Parse
