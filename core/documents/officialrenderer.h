#pragma once

// Lays out and paints a supervision document in the GB/T 9704-2012 format (see
// officialdocument.h). Internal to the documents library: officialdocument.cpp has the 版头,
// signature and page numbers, officialbody.cpp the body paragraphs and the attachments.
//
// The page is painted in full-page mode, in device pixels from the paper's top-left corner.
// The text block (版心) is 156 × 225 mm at 28 mm from the left and 37 mm from the top; body
// text sits on a grid of 22 rows (225 mm / 22 ≈ 28.9 pt apart) of 28 characters (the
// character pitch 156 mm / 28, reached with a slightly negative letter spacing at 16 pt).

#include "fonts.h"
#include "officialdocument.h"
#include "tablelayout.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QPointF>
#include <QTextLayout>

#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;
class QPagedPaintDevice;

namespace Jiandu::Documents::Official {

constexpr qreal kLeftMm = 28;
constexpr qreal kTopMm = 37;
constexpr qreal kBlockWidthMm = 156;  // 210 − 28 − 26
constexpr qreal kBlockHeightMm = 225; // 297 − 37 − 35
constexpr int kRows = 22;
constexpr int kCharsPerLine = 28;

// Something painted on a page, in device pixels of the page.
struct Item
{
    enum class Kind
    {
        Line,        // a line of a laid-out paragraph
        Text,        // a single run of text at a baseline
        Rule,        // a horizontal line
        TableHeader, // the header row of an attachment table
        TableSlice,  // a row (or part of one) of an attachment table
    };
    Kind kind = Kind::Text;
    QPointF pos;
    std::shared_ptr<QTextLayout> layout; // Line
    int line = 0;                        // Line
    QString text;                        // Text
    QFont font;                          // Text
    QColor color = Qt::black;            // Text, Rule
    bool thicken = false;                // Text: the face has no bold, stroke its outline
    qreal width = 0, thickness = 0;      // Rule
    int table = -1;                      // TableHeader, TableSlice
    TableLayout::Slice slice;            // TableSlice
};

class Renderer
{
public:
    Renderer(const OfficialDocumentData &data, const QPaintDevice &device);

    void layout();
    [[nodiscard]] int pageCount() const { return int(m_pages.size()); }
    [[nodiscard]] QString fontNotice() const { return fallbackNotice(m_roles); }
    void paint(QPainter &painter, QPagedPaintDevice &device) const;

private:
    // Geometry.
    [[nodiscard]] qreal px(qreal mm) const { return mm * m_dpi / 25.4; }
    [[nodiscard]] qreal blockLeft() const { return px(kLeftMm); }
    [[nodiscard]] qreal blockTop() const { return px(kTopMm); }
    [[nodiscard]] qreal rowTop(int row) const { return blockTop() + row * m_pitch; }
    // The baseline that centres a font's em box on a grid row.
    [[nodiscard]] qreal rowBaseline(int row, const QFont &font) const;
    [[nodiscard]] qreal emOf(const QFont &font) const { return font.pixelSize(); }
    QFont sized(FontRole role, qreal points, bool *preferred = nullptr);
    [[nodiscard]] qreal advance(const QFont &font, const QString &text) const;

    // The flow: pages of items and the next free row of the last page.
    void newPage();
    void needRows(int rows); // starts a new page unless `rows` rows are left on this one
    void addText(int row, qreal x, const QString &text, const QFont &font, bool thicken = false,
                 const QColor &color = Qt::black);
    void addLines(const std::shared_ptr<QTextLayout> &layout, int keepWithNext = 0);
    // Centred, wrapped lines (titles), one grid row each.
    void addCentred(const QString &text, const QFont &font, bool thicken);

    // officialdocument.cpp
    void layoutHead();
    // The attachment note and the signature, with the last lines of the text when they do
    // not fit on its last page: no page holds only the signature.
    void layoutClosing();
    void moveLinesToNewPage(int count);
    void paintItem(QPainter &painter, const Item &item) const;
    void paintPageNumber(QPainter &painter, int page) const;
    // officialbody.cpp
    void layoutBody();
    [[nodiscard]] QList<std::shared_ptr<QTextLayout>> attachmentNote() const;
    void layoutAttachments();
    void layoutTable(const AttachmentTable &table);
    // A paragraph of body text on the 28-character measure: the first line starts at
    // `indent`, the others at `hangingIndent`.
    std::shared_ptr<QTextLayout> paragraph(const QString &text, qreal indent,
                                           qreal hangingIndent = 0,
                                           const QList<QTextLayout::FormatRange> &formats = {},
                                           Qt::Alignment align = Qt::AlignJustify) const;

    const OfficialDocumentData &m_data;
    const QPaintDevice *m_device;
    qreal m_dpi;
    qreal m_width = 0;     // of the text block
    qreal m_pitch = 0;     // of the grid rows
    qreal m_charPitch = 0; // of the body text
    QFont m_markFont, m_titleFont, m_numberFont, m_bodyFont, m_heading1Font, m_heading2Font,
        m_pageNumberFont, m_tableFont, m_tableHeaderFont;
    bool m_titleThicken = false;
    QList<FontRole> m_roles; // used: for the fallback notice

    QList<QList<Item>> m_pages;
    int m_row = 0;
    std::vector<std::unique_ptr<TableLayout>> m_tables;
    std::vector<std::vector<TableLayout::Row>> m_tableRows;
};

} // namespace Jiandu::Documents::Official
