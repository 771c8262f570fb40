#include "tablelayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace Jiandu::Documents {

namespace {

// Line breaks inside a cell ("1. …\n2. …") are kept as forced breaks.
QString cellText(const QString &text)
{
    QString s = text;
    s.remove(QLatin1Char('\r'));
    s.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return s;
}

QList<TableLayout::Line> wrapText(const QString &text, const QFont &font,
                                  const QPaintDevice *device, qreal width)
{
    QList<TableLayout::Line> lines;
    if (text.isEmpty())
        return lines;
    QTextLayout layout(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // never cut, never overflow
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        lines << TableLayout::Line{line.textStart(), line.textLength(), line.naturalTextWidth()};
    }
    layout.endLayout();
    return lines;
}

QString lineText(const QString &text, const TableLayout::Line &line)
{
    QString s = text.mid(line.start, line.length);
    while (!s.isEmpty() && (s.back() == QChar::LineSeparator || s.back().isSpace()))
        s.chop(1);
    return s;
}

qreal alignedX(Qt::Alignment align, qreal left, qreal inner, qreal textWidth)
{
    if (align & Qt::AlignHCenter)
        return left + std::max<qreal>(0, (inner - textWidth) / 2);
    if (align & Qt::AlignRight)
        return left + std::max<qreal>(0, inner - textWidth);
    return left;
}

} // namespace

QList<qreal> autoColumnWidths(const QStringList &headers, const QList<QStringList> &rows,
                              qreal tableWidth, const QFont &cellFont, const QFont &headerFont,
                              const QPaintDevice *device, qreal padding)
{
    const QFontMetricsF cell(cellFont, device);
    const QFontMetricsF head(headerFont, device);
    const qreal em = cell.horizontalAdvance(QStringLiteral("中"));
    const qreal cap = 30 * em; // a longer text wraps anyway
    QList<qreal> minimum, wanted;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        qreal longest = 0;
        for (const QStringList &row : rows)
            if (c < row.size())
                longest = std::max(longest, cell.horizontalAdvance(row.at(c)));
        const qreal header = std::max(head.horizontalAdvance(headers.at(c)), 2 * em);
        minimum << header + 2 * padding;
        wanted << std::max(header, std::min(longest, cap)) + 2 * padding;
    }
    qreal sumMin = 0, sumWanted = 0;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        sumMin += minimum.at(c);
        sumWanted += wanted.at(c);
    }
    QList<qreal> widths;
    if (sumWanted <= tableWidth || sumWanted <= sumMin || sumMin >= tableWidth) {
        // Everything fits (spread the rest), or nothing does (share by the wish).
        for (const qreal w : wanted)
            widths << w * tableWidth / sumWanted;
        return widths;
    }
    for (qsizetype c = 0; c < headers.size(); ++c)
        widths << minimum.at(c) +
                      (tableWidth - sumMin) * (wanted.at(c) - minimum.at(c)) / (sumWanted - sumMin);
    return widths;
}

TableLayout::TableLayout(QList<TableColumn> columns, const QFont &headerFont, const QFont &cellFont,
                         const QPaintDevice *device, qreal padding)
    : m_columns(std::move(columns)), m_headerFont(headerFont), m_cellFont(cellFont),
      m_device(device), m_pad(padding), m_cache(size_t(m_columns.size()))
{
    const QFontMetricsF cell(m_cellFont, m_device);
    // A little air between wrapped lines: several CJK fonts have no leading at all.
    m_pitch = std::max(cell.lineSpacing(), 1.25 * cell.height());
    m_ascent = (m_pitch - cell.height()) / 2 + cell.ascent();
    const QFontMetricsF head(m_headerFont, m_device);
    int headerLines = 1;
    for (const TableColumn &c : std::as_const(m_columns)) {
        m_width += c.width;
        m_headerLines << wrapText(c.header, m_headerFont, m_device, c.width - 2 * m_pad);
        headerLines = std::max(headerLines, int(m_headerLines.constLast().size()));
    }
    m_headerHeight = headerLines * head.lineSpacing() + 4 * m_pad;
}

QList<TableLayout::Line> TableLayout::wrap(int column, const QString &text)
{
    QHash<QString, QList<Line>> &cache = m_cache[size_t(column)];
    if (auto it = cache.constFind(text); it != cache.cend())
        return *it;
    QList<Line> lines =
        wrapText(text, m_cellFont, m_device, m_columns.at(column).width - 2 * m_pad);
    if (text.size() < 60) // the short texts repeat: units, deadlines, statuses
        cache.insert(text, lines);
    return lines;
}

TableLayout::Row TableLayout::layoutRow(const QStringList &cells)
{
    Row row;
    row.cells.resize(size_t(m_columns.size()));
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        Cell &cell = row.cells[size_t(c)];
        cell.text = cellText(c < cells.size() ? cells.at(c) : QString());
        cell.lines = wrap(int(c), cell.text);
        row.lineCount = std::max(row.lineCount, int(cell.lines.size()));
    }
    return row;
}

qreal TableLayout::rowHeight(const Row &row) const
{
    return row.lineCount * m_pitch + 2 * m_pad;
}

TableLayout::Slice TableLayout::wholeSlice(int index, const Row &row) const
{
    Slice s;
    s.row = index;
    s.from.assign(row.cells.size(), 0);
    for (const Cell &c : row.cells)
        s.to.push_back(int(c.lines.size()));
    s.height = rowHeight(row);
    return s;
}

QList<TableLayout::Page> TableLayout::paginate(const std::vector<Row> &rows, qreal firstAvailable,
                                               qreal available,
                                               const std::function<bool(int)> &rowDone) const
{
    QList<Page> pages(1);
    qreal room = firstAvailable; // left on the current page
    auto newPage = [&] {
        pages.append(Page{});
        room = available;
    };
    for (size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        const qreal h = rowHeight(row);
        const bool onPage = !pages.constLast().slices.isEmpty();
        if (h > room && onPage && h <= available)
            newPage(); // moves whole to the next page
        if (h <= room) {
            pages.last().slices << wholeSlice(int(i), row);
            room -= h;
        } else {
            // Taller than a page: each cell continues line by line on the following pages.
            if (onPage && room < 3 * m_pitch + 2 * m_pad)
                newPage();
            Slice rest = wholeSlice(int(i), row);
            rest.whole = false;
            std::vector<int> from(row.cells.size(), 0);
            for (;;) {
                const int fit = std::max(1, int(std::floor((room - 2 * m_pad) / m_pitch)));
                Slice s = rest;
                int most = 1;
                bool more = false;
                for (size_t c = 0; c < row.cells.size(); ++c) {
                    const int n = int(row.cells[c].lines.size());
                    s.from[c] = std::min(from[c], n);
                    s.to[c] = std::min(from[c] + fit, n);
                    most = std::max(most, s.to[c] - s.from[c]);
                    more = more || s.to[c] < n;
                    from[c] = s.to[c];
                }
                s.height = most * m_pitch + 2 * m_pad;
                pages.last().slices << s;
                room -= s.height;
                if (!more)
                    break;
                newPage();
            }
        }
        if (rowDone && !rowDone(int(i)))
            return {};
    }
    return pages;
}

void TableLayout::paintHeader(QPainter &painter, qreal x, qreal y) const
{
    const QFontMetricsF fm(m_headerFont, m_device);
    painter.fillRect(QRectF(x, y, m_width, m_headerHeight), QColor(232, 232, 232));
    painter.setFont(m_headerFont);
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const TableColumn &col = m_columns.at(c);
        const QList<Line> &lines = m_headerLines.at(c);
        qreal baseline = y + (m_headerHeight - lines.size() * fm.lineSpacing()) / 2 + fm.ascent() +
                         fm.leading() / 2;
        for (const Line &l : lines) {
            painter.drawText(
                QPointF(alignedX(Qt::AlignHCenter, x + m_pad, col.width - 2 * m_pad, l.width),
                        baseline),
                lineText(col.header, l));
            baseline += fm.lineSpacing();
        }
        painter.drawRect(QRectF(x, y, col.width, m_headerHeight));
        x += col.width;
    }
}

qreal TableLayout::paintSlice(QPainter &painter, const Row &row, const Slice &slice, qreal x,
                              qreal y) const
{
    painter.setFont(m_cellFont);
    const bool continued =
        std::any_of(slice.from.cbegin(), slice.from.cend(), [](int from) { return from > 0; });
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const TableColumn &col = m_columns.at(c);
        const Cell &cell = row.cells[size_t(c)];
        const int from = slice.from[size_t(c)], to = slice.to[size_t(c)];
        if (c == 0 && continued && from == to && !cell.lines.isEmpty()) {
            // The part of a row on a following page names its row (序号) and "续".
            const Line &l = cell.lines.constFirst();
            const QString mark = QStringLiteral("续");
            const qreal markWidth = QFontMetricsF(m_cellFont, m_device).horizontalAdvance(mark);
            painter.drawText(
                QPointF(alignedX(Qt::AlignHCenter, x + m_pad, col.width - 2 * m_pad, l.width),
                        y + m_pad + m_ascent),
                lineText(cell.text, l));
            painter.drawText(
                QPointF(alignedX(Qt::AlignHCenter, x + m_pad, col.width - 2 * m_pad, markWidth),
                        y + m_pad + m_pitch + m_ascent),
                mark);
        }
        // A whole row centres its shorter cells; a split row's parts read on from the top.
        qreal top = y + m_pad;
        if (slice.whole)
            top += (slice.height - 2 * m_pad - (to - from) * m_pitch) / 2;
        for (int i = from; i < to; ++i) {
            const Line &l = cell.lines.at(i);
            painter.drawText(QPointF(alignedX(col.align, x + m_pad, col.width - 2 * m_pad, l.width),
                                     top + (i - from) * m_pitch + m_ascent),
                             lineText(cell.text, l));
        }
        painter.drawRect(QRectF(x, y, col.width, slice.height));
        x += col.width;
    }
    return slice.height;
}

} // namespace Jiandu::Documents
