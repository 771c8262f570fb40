#pragma once

// A printed table in device pixels, shared by the ledger and the attachment of official
// documents: cells wrap at line-break opportunities (never cut, a long unbroken run breaks
// anywhere), the header row is painted on every page, and a row is kept whole unless it is
// taller than a page, in which case each cell continues line by line under the next page's
// header. Internal to the documents library.

#include <QFont>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QPaintDevice;
class QPainter;

namespace Jiandu::Documents {

struct TableColumn
{
    QString header;
    qreal width = 0; // device pixels
    Qt::Alignment align = Qt::AlignLeft;
};

// Widths for columns of unknown content (the attachment table): each column wants its
// longest text (capped), gets at least its header; the table fills `tableWidth`.
QList<qreal> autoColumnWidths(const QStringList &headers, const QList<QStringList> &rows,
                              qreal tableWidth, const QFont &cellFont, const QFont &headerFont,
                              const QPaintDevice *device, qreal padding);

class TableLayout
{
public:
    struct Line
    {
        int start = 0;
        int length = 0;
        qreal width = 0;
    };
    struct Cell
    {
        QString text;
        QList<Line> lines;
    };
    struct Row
    {
        std::vector<Cell> cells;
        int lineCount = 1; // of the tallest cell
    };
    // A row, or the part of a row, on one page: per cell the lines [from, to).
    struct Slice
    {
        int row = 0;
        std::vector<int> from, to;
        qreal height = 0;
        bool whole = true;
    };
    struct Page
    {
        QList<Slice> slices;
    };

    TableLayout(QList<TableColumn> columns, const QFont &headerFont, const QFont &cellFont,
                const QPaintDevice *device, qreal padding);

    [[nodiscard]] qreal width() const { return m_width; }
    [[nodiscard]] qreal headerHeight() const { return m_headerHeight; }
    [[nodiscard]] qreal linePitch() const { return m_pitch; }

    [[nodiscard]] Row layoutRow(const QStringList &cells);
    [[nodiscard]] qreal rowHeight(const Row &row) const;

    // Pages of slices; `firstAvailable` is the height under the header row on the first page,
    // `available` on the others. `rowDone` is called after each row (return false to stop:
    // the result is then empty).
    [[nodiscard]] QList<Page> paginate(const std::vector<Row> &rows, qreal firstAvailable,
                                       qreal available,
                                       const std::function<bool(int)> &rowDone = {}) const;

    void paintHeader(QPainter &painter, qreal x, qreal y) const;
    // Paints one slice with its top-left corner at (x, y); returns its height.
    qreal paintSlice(QPainter &painter, const Row &row, const Slice &slice, qreal x, qreal y) const;

private:
    QList<Line> wrap(int column, const QString &text);
    Slice wholeSlice(int index, const Row &row) const;

    QList<TableColumn> m_columns;
    QFont m_headerFont, m_cellFont;
    const QPaintDevice *m_device;
    qreal m_pad;
    qreal m_pitch = 0, m_ascent = 0, m_headerHeight = 0, m_width = 0;
    QList<QList<Line>> m_headerLines;
    std::vector<QHash<QString, QList<Line>>> m_cache; // repeated texts (units, deadlines)
};

} // namespace Jiandu::Documents
