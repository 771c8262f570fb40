// The charts of the printed annual report, drawn with QPainter (core/documents may not use
// Qt Charts, which needs widgets). Black, white and greys only, with hatch patterns and a
// value label on every bar, so they read the same in black-and-white print.

#include "annualreportdocument.h"
#include "annualreporttext.h"
#include "fonts.h"

#include <QPainter>

#include <algorithm>

namespace Jiandu::Documents {

namespace {

struct Bar
{
    QString label;
    qint64 value = 0;
    std::optional<qint64> previous; // a second, hatched bar (Y−1)
};

QFont chartFont(int pixelSize)
{
    QFont f = fontFor(FontRole::Table, 10).font;
    f.setPixelSize(std::max(8, pixelSize));
    return f;
}

// Horizontal bars: label column on the left, bars scaled to the largest value, the value
// after each bar. Paired bars: solid dark grey (Y) above hatched light (Y−1), with a legend.
void drawBars(QPainter &p, const QRectF &area, const QString &title, const QList<Bar> &bars,
              const QString &legendCurrent, const QString &legendPrevious)
{
    const bool paired = !bars.isEmpty() && bars.constFirst().previous.has_value();
    const qreal unit = area.height() / 40.0; // a text line is about 1.6 units
    const QFont font = chartFont(int(unit * 1.8));
    QFont titleFont = chartFont(int(unit * 2.1));
    p.setFont(titleFont);
    p.setPen(Qt::black);
    const QRectF titleRect(area.left(), area.top(), area.width(), unit * 3);
    p.drawText(titleRect, Qt::AlignCenter, title);
    qreal top = titleRect.bottom() + unit * 0.5;
    p.setFont(font);
    const QFontMetricsF fm(font);
    if (paired) { // legend
        const qreal box = fm.height() * 0.8;
        qreal x = area.left() + area.width() * 0.3;
        const auto legend = [&](const QBrush &brush, const QString &text) {
            p.setBrush(brush);
            p.setPen(QPen(Qt::black, 1));
            p.drawRect(QRectF(x, top + (fm.height() - box) / 2, box * 1.6, box));
            x += box * 2;
            p.drawText(QPointF(x, top + fm.ascent()), text);
            x += fm.horizontalAdvance(text) + box * 2;
        };
        legend(QColor(64, 64, 64), legendCurrent);
        legend(QBrush(Qt::black, Qt::BDiagPattern), legendPrevious);
        top += fm.height() * 1.5;
    }
    if (bars.isEmpty()) {
        p.drawText(QRectF(area.left(), top, area.width(), area.bottom() - top), Qt::AlignCenter,
                   QStringLiteral("无数据"));
        return;
    }
    qreal labelWidth = 0;
    qint64 maxValue = 1;
    for (const Bar &b : bars) {
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(b.label));
        maxValue = std::max({maxValue, b.value, b.previous.value_or(0)});
    }
    labelWidth = std::min(labelWidth + unit, area.width() * 0.4);
    const qreal valueWidth = fm.horizontalAdvance(Text::count(maxValue)) + unit;
    const qreal x0 = area.left() + labelWidth;
    const qreal barMax = std::max<qreal>(1, area.right() - x0 - valueWidth);
    const qreal slot = (area.bottom() - top) / bars.size();
    const qreal barHeight = paired ? slot * 0.36 : slot * 0.6;
    // Axis.
    p.setPen(QPen(Qt::black, std::max<qreal>(1, unit * 0.1)));
    p.drawLine(QPointF(x0, top), QPointF(x0, area.bottom()));
    for (qsizetype i = 0; i < bars.size(); ++i) {
        const Bar &b = bars.at(i);
        const qreal y = top + slot * i;
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), y, labelWidth - unit * 0.5, slot),
                   Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(b.label, Qt::ElideRight, labelWidth - unit * 0.5));
        const auto bar = [&](qreal by, qint64 value, const QBrush &brush) {
            const qreal w = barMax * double(value) / double(maxValue);
            p.setPen(QPen(Qt::black, 1));
            p.setBrush(brush);
            if (w > 0)
                p.drawRect(QRectF(x0, by, w, barHeight));
            p.drawText(QRectF(x0 + w + unit * 0.4, by - fm.height(), valueWidth + unit,
                              barHeight + 2 * fm.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, Text::count(value));
        };
        if (paired) {
            const qreal by = y + (slot - 2 * barHeight) / 2;
            bar(by, b.value, QColor(64, 64, 64));
            bar(by + barHeight, *b.previous, QBrush(Qt::black, Qt::BDiagPattern));
        } else {
            bar(y + (slot - barHeight) / 2, b.value, QColor(96, 96, 96));
        }
    }
}

QList<Bar> casesByKind(const AnnualReport &r)
{
    QList<Bar> bars;
    for (int k = 0; k < kCaseKinds; ++k)
        bars.append({Vocab::zh(CaseKind(k)), r.current.cases.byKind[k], std::nullopt});
    return bars;
}

QList<Bar> casesPerBody(const AnnualReport &r)
{
    QList<Bar> bars;
    for (const AgencyFigures &a : r.byAgency)
        bars.append({a.name, a.figures.cases.total, std::nullopt});
    std::stable_sort(bars.begin(), bars.end(),
                     [](const Bar &x, const Bar &y) { return x.value > y.value; });
    if (bars.size() > 15)
        bars.resize(15);
    return bars;
}

QList<Bar> thisYearVsPrevious(const AnnualReport &r)
{
    const AnnualFigures &c = r.current;
    const AnnualFigures &p = r.previous;
    const auto kind = [](const AnnualFigures &f, CaseKind k) { return f.cases.byKind[int(k)]; };
    return {
        {QStringLiteral("案件总数"), c.cases.total, p.cases.total},
        {QStringLiteral("行政处罚"), c.cases.penaltyDecisions(), p.cases.penaltyDecisions()},
        {QStringLiteral("行政许可"), kind(c, CaseKind::Licence), kind(p, CaseKind::Licence)},
        {QStringLiteral("行政强制"), kind(c, CaseKind::Coercion), kind(p, CaseKind::Coercion)},
        {QStringLiteral("行政检查"), kind(c, CaseKind::Inspection), kind(p, CaseKind::Inspection)},
        {QStringLiteral("在岗人员"), c.officers.active, p.officers.active},
        {QStringLiteral("持证人员"), c.officers.certified, p.officers.certified},
    };
}

} // namespace

QImage renderAnnualReportChart(const AnnualReport &report, AnnualReportChart chart,
                               const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const qreal margin = size.height() / 40.0;
    const QRectF area =
        QRectF(QPointF(0, 0), QSizeF(size)).adjusted(margin, margin, -margin * 2, -margin);
    const QString y = QStringLiteral("%1年").arg(report.year);
    const QString y1 = QStringLiteral("%1年").arg(report.year - 1);
    switch (chart) {
    case AnnualReportChart::CasesByKind:
        drawBars(p, area, QStringLiteral("%1各类行政执法案件数量（件）").arg(y),
                 casesByKind(report), {}, {});
        break;
    case AnnualReportChart::CasesPerBody:
        drawBars(p, area, QStringLiteral("%1各执法主体案件数量（件，前15位）").arg(y),
                 casesPerBody(report), {}, {});
        break;
    case AnnualReportChart::ThisYearVsPrevious:
        drawBars(p, area, QStringLiteral("主要指标%1与%2对比").arg(y, y1),
                 thisYearVsPrevious(report), y, y1);
        break;
    }
    p.end();
    return image;
}

} // namespace Jiandu::Documents
