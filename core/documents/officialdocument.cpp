#include "officialdocument.h"

#include "officialrenderer.h"

#include "util/checkedsavefile.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

#include <cmath>

namespace Jiandu::Documents {

namespace Official {

namespace {

// The ideographic em box of CJK fonts runs from 0.12 em below the baseline to 0.88 em above.
constexpr qreal kEmAscent = 0.88;
constexpr qreal kEmDescent = 0.12;
const QColor kRed(230, 0, 18);

QString chineseDate(const QDate &d)
{
    // Arabic numerals, as GB/T 9704-2012 writes the date of a document.
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day())
                       : QString();
}

} // namespace

Renderer::Renderer(const OfficialDocumentData &data, const QPaintDevice &device)
    : m_data(data), m_device(&device), m_dpi(device.logicalDpiY())
{
    m_width = px(kBlockWidthMm);
    m_pitch = px(kBlockHeightMm) / kRows;
    m_charPitch = m_width / kCharsPerLine;

    bool preferred = false;
    m_titleFont = sized(FontRole::Title, 22, &preferred);
    m_titleThicken = !preferred; // 小标宋 is heavy; the free stand-ins are not
    // The authority's mark: large, but never wider than the text block.
    const int markChars = std::max<int>(1, int(m_data.authorityMark.trimmed().size()));
    m_markFont = sized(FontRole::Title, std::min<qreal>(42, 156 / 25.4 * 72 / markChars * 0.96));
    m_numberFont = sized(FontRole::Body, 16);
    m_bodyFont = sized(FontRole::Body, 16);
    m_heading1Font = sized(FontRole::Heading1, 16);
    m_heading2Font = sized(FontRole::Heading2, 16);
    for (QFont *f : {&m_bodyFont, &m_heading1Font, &m_heading2Font}) {
        // 28 characters on 156 mm: each character slightly narrower than its 16 pt. Qt scales
        // an absolute letter spacing by the device's dpi against the screen's, so the unit is
        // measured rather than assumed.
        const QString probe = QStringLiteral("中");
        const qreal em = QFontMetricsF(*f, m_device).horizontalAdvance(probe);
        QFont trial = *f;
        trial.setLetterSpacing(QFont::AbsoluteSpacing, 1);
        const qreal unit = QFontMetricsF(trial, m_device).horizontalAdvance(probe) - em;
        if (unit > 0)
            f->setLetterSpacing(QFont::AbsoluteSpacing, (m_charPitch - em) / unit);
    }
    m_pageNumberFont = sized(FontRole::Table, 14); // 4号 半角宋体
    m_tableFont = sized(FontRole::Table, 12);
    m_tableHeaderFont = sized(FontRole::Heading1, 12);
}

QFont Renderer::sized(FontRole role, qreal points, bool *preferred)
{
    // Pixel sizes in device pixels: metrics and painting agree on any device.
    FontChoice choice = fontFor(role, points);
    if (preferred)
        *preferred = choice.isPreferred;
    choice.font.setPixelSize(qRound(points * m_dpi / 72.0));
    return choice.font;
}

qreal Renderer::rowBaseline(int row, const QFont &font) const
{
    const qreal em = emOf(font);
    return rowTop(row) + (m_pitch - em) / 2 + kEmAscent * em;
}

qreal Renderer::advance(const QFont &font, const QString &text) const
{
    return QFontMetricsF(font, m_device).horizontalAdvance(text);
}

void Renderer::newPage()
{
    m_pages.append(QList<Item>());
    m_row = 0;
}

void Renderer::needRows(int rows)
{
    if (m_row + std::min(rows, kRows) > kRows)
        newPage();
}

void Renderer::addText(int row, qreal x, const QString &text, const QFont &font, bool thicken,
                       const QColor &color)
{
    Item item;
    item.kind = Item::Kind::Text;
    item.pos = QPointF(x, rowBaseline(row, font));
    item.text = text;
    item.font = font;
    item.thicken = thicken;
    item.color = color;
    m_pages.last() << item;
}

void Renderer::addLines(const std::shared_ptr<QTextLayout> &layout, int keepWithNext)
{
    if (keepWithNext > 0) // a heading does not stay alone at the foot of a page
        needRows(layout->lineCount() + keepWithNext);
    for (int i = 0; i < layout->lineCount(); ++i) {
        if (m_row >= kRows)
            newPage();
        const QTextLine line = layout->lineAt(i);
        Item item;
        item.kind = Item::Kind::Line;
        item.layout = layout;
        item.line = i;
        item.pos = QPointF(blockLeft(), rowBaseline(m_row++, layout->font()) - line.ascent());
        m_pages.last() << item;
    }
}

void Renderer::addCentred(const QString &text, const QFont &font, bool thicken)
{
    QTextLayout layout(text, font, m_device);
    QTextOption option(Qt::AlignHCenter);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(m_width);
        if (m_row >= kRows)
            newPage();
        const QString part = text.mid(line.textStart(), line.textLength()).trimmed();
        addText(m_row++, blockLeft() + (m_width - advance(font, part)) / 2, part, font, thicken);
    }
    layout.endLayout();
}

void Renderer::layout()
{
    m_pages.clear();
    m_roles = {FontRole::Title, FontRole::Body, FontRole::Table};
    newPage();
    layoutHead();
    layoutBody();
    layoutClosing();
    layoutAttachments();
}

// 版头 (GB/T 9704-2012 7.2): the mark's top edge 35 mm under the top of the text block, the
// number two lines under the mark, the red line 4 mm under the number; then the title two
// lines under the red line, and the recipient one line under the title.
void Renderer::layoutHead()
{
    qreal y = blockTop();
    const QString mark = m_data.authorityMark.trimmed();
    if (!mark.isEmpty()) {
        const qreal em = emOf(m_markFont);
        Item item;
        item.kind = Item::Kind::Text;
        item.text = mark;
        item.font = m_markFont;
        item.color = kRed;
        item.thicken = m_titleThicken;
        item.pos = QPointF(blockLeft() + (m_width - advance(m_markFont, mark)) / 2,
                           blockTop() + px(35) + kEmAscent * em);
        m_pages.last() << item;
        y = blockTop() + px(35) + em + 2 * m_pitch;
    }
    const qreal em = emOf(m_numberFont);
    const QString number =
        m_data.number.trimmed().isEmpty() ? QStringLiteral("草稿") : m_data.number.trimmed();
    Item numberItem;
    numberItem.kind = Item::Kind::Text;
    numberItem.text = number;
    numberItem.font = m_numberFont;
    numberItem.pos = QPointF(blockLeft() + (m_width - advance(m_numberFont, number)) / 2,
                             y + (m_pitch - em) / 2 + kEmAscent * em);
    m_pages.last() << numberItem;
    Item rule;
    rule.kind = Item::Kind::Rule;
    rule.color = kRed;
    rule.width = m_width;
    rule.thickness = px(0.5);
    rule.pos = QPointF(blockLeft(), numberItem.pos.y() + kEmDescent * em + px(4));
    m_pages.last() << rule;

    m_row = int(std::ceil((rule.pos.y() - blockTop()) / m_pitch)) + 2;
    addCentred(m_data.title.trimmed(), m_titleFont, m_titleThicken);
    ++m_row;
    QString recipient = m_data.recipient.trimmed();
    if (recipient.isEmpty())
        return;
    if (recipient.endsWith(QLatin1Char(':')))
        recipient.chop(1);
    if (!recipient.endsWith(QStringLiteral("：")))
        recipient += QStringLiteral("：");
    addLines(paragraph(recipient, 0, 0, {}, Qt::AlignLeft));
}

void Renderer::moveLinesToNewPage(int count)
{
    QList<Item> moved;
    QList<Item> &page = m_pages.last();
    while (count-- > 0 && !page.isEmpty() && page.constLast().kind == Item::Kind::Line)
        moved.prepend(page.takeLast());
    newPage();
    for (Item &item : moved) {
        const QTextLine line = item.layout->lineAt(item.line);
        item.pos.setY(rowBaseline(m_row++, item.layout->font()) - line.ascent());
        m_pages.last() << item;
    }
}

// The attachment note one line under the text (7.3.4). Without a seal (7.3.5.2): the issuer
// one line further down, two characters from the right; the date on the next line, its
// first character two characters right of the issuer's; a date longer than that keeps two
// characters from the right and moves the issuer left.
void Renderer::layoutClosing()
{
    const QList<std::shared_ptr<QTextLayout>> note = attachmentNote();
    int noteRows = 0;
    for (const auto &l : note)
        noteRows += l->lineCount();
    const QString issuer = m_data.issuer.trimmed();
    const QString date = chineseDate(m_data.date);
    const int signatureRows = int(!issuer.isEmpty()) + int(!date.isEmpty());
    const int needed =
        (noteRows > 0 ? noteRows + 1 : 0) + (signatureRows > 0 ? signatureRows + 1 : 0);
    if (needed > 0 && m_row + needed > kRows) {
        // Take the last lines of the text along, unless they are all the page has.
        int trailing = 0;
        for (qsizetype i = m_pages.last().size() - 1;
             i >= 0 && m_pages.last().at(i).kind == Item::Kind::Line; --i)
            ++trailing;
        moveLinesToNewPage(trailing > 2 ? 2 : 0);
    }
    if (noteRows > 0) {
        if (m_row > 0)
            ++m_row;
        for (const auto &l : note)
            addLines(l);
    }
    if (signatureRows == 0)
        return;
    if (m_row + signatureRows + 1 > kRows)
        newPage();
    else if (m_row > 0)
        ++m_row;
    const qreal two = 2 * m_charPitch;
    const qreal wI = advance(m_bodyFont, issuer);
    const qreal wD = advance(m_bodyFont, date);
    qreal issuerLeft = m_width - two - wI;
    qreal dateLeft = issuer.isEmpty() ? m_width - two - wD : issuerLeft + two;
    if (dateLeft + wD > m_width - two) {
        dateLeft = m_width - two - wD;
        issuerLeft = dateLeft - two;
    }
    if (!issuer.isEmpty())
        addText(m_row++, blockLeft() + issuerLeft, issuer, m_bodyFont);
    if (!date.isEmpty())
        addText(m_row++, blockLeft() + dateLeft, date, m_bodyFont);
}

void Renderer::paint(QPainter &painter, QPagedPaintDevice &device) const
{
    for (qsizetype p = 0; p < m_pages.size(); ++p) {
        if (p > 0)
            device.newPage();
        for (const Item &item : m_pages.at(p))
            paintItem(painter, item);
        paintPageNumber(painter, int(p));
    }
}

void Renderer::paintItem(QPainter &painter, const Item &item) const
{
    painter.setPen(QPen(Qt::black, px(0.2)));
    switch (item.kind) {
    case Item::Kind::Text:
        painter.setFont(item.font);
        painter.setPen(item.color);
        painter.drawText(item.pos, item.text);
        if (item.thicken) {
            // No synthetic bold in PDFs: stroke the outline (a path: the text layer keeps
            // one copy of the text).
            QPainterPath path;
            path.addText(item.pos, item.font, item.text);
            painter.strokePath(path, QPen(item.color, item.font.pixelSize() * 0.03, Qt::SolidLine,
                                          Qt::RoundCap, Qt::RoundJoin));
        }
        break;
    case Item::Kind::Line:
        painter.setPen(Qt::black);
        item.layout->lineAt(item.line).draw(&painter, item.pos);
        break;
    case Item::Kind::Rule:
        painter.fillRect(
            QRectF(item.pos.x(), item.pos.y() - item.thickness / 2, item.width, item.thickness),
            item.color);
        break;
    case Item::Kind::TableHeader:
        m_tables[size_t(item.table)]->paintHeader(painter, item.pos.x(), item.pos.y());
        break;
    case Item::Kind::TableSlice:
        m_tables[size_t(item.table)]->paintSlice(
            painter, m_tableRows[size_t(item.table)][size_t(item.slice.row)], item.slice,
            item.pos.x(), item.pos.y());
        break;
    }
}

// "— 1 —" in 4号 半角宋体, the top 7 mm under the text block; odd pages on the right, even
// pages on the left, one character in from the edge of the text block.
void Renderer::paintPageNumber(QPainter &painter, int page) const
{
    const QString text = QStringLiteral("— %1 —").arg(page + 1);
    const qreal em = emOf(m_pageNumberFont);
    const qreal width = advance(m_pageNumberFont, text);
    const bool odd = (page + 1) % 2 == 1;
    const qreal x = odd ? blockLeft() + m_width - em - width : blockLeft() + em;
    painter.setFont(m_pageNumberFont);
    painter.setPen(Qt::black);
    painter.drawText(QPointF(x, blockTop() + px(kBlockHeightMm) + px(7) + kEmAscent * em), text);
}

} // namespace Official

namespace {

Error cannotOpen()
{
    return Error{Error::Code::Io,
                 QCoreApplication::translate(
                     "OfficialDocument",
                     "The document could not be printed: the output could not be opened."),
                 {}};
}

Error cannotWrite(const QString &path, const QString &reason)
{
    return Error{Error::Code::Io,
                 QCoreApplication::translate("OfficialDocument", "The file cannot be written: %1")
                     .arg(reason),
                 path};
}

} // namespace

Result<OfficialDocumentInfo> paintOfficialDocument(const OfficialDocumentData &data,
                                                   QPagedPaintDevice &device)
{
    // Full-page coordinates: the standard's positions are measured from the paper's edges.
    QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(),
                       QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    if (!device.setPageLayout(layout)) {
        device.setPageSize(QPageSize(QPageSize::A4));
        device.setPageOrientation(QPageLayout::Portrait);
    }
    Official::Renderer renderer(data, device);
    renderer.layout();
    QPainter painter;
    if (!painter.begin(&device))
        return cannotOpen();
    renderer.paint(painter, device);
    if (!painter.end())
        return Error{Error::Code::Io,
                     QCoreApplication::translate("OfficialDocument",
                                                 "The document could not be printed completely."),
                     {}};
    return OfficialDocumentInfo{renderer.pageCount(), renderer.fontNotice()};
}

Result<OfficialDocumentInfo> writeOfficialDocumentPdf(const OfficialDocumentData &data,
                                                      const QString &pdfPath)
{
    CheckedSaveFile file(pdfPath); // renamed into place on commit: no partial file is left
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(pdfPath, file.errorString());
    Result<OfficialDocumentInfo> info = OfficialDocumentInfo{};
    {
        QPdfWriter writer(&file);
        writer.setResolution(1200); // font sizes round to whole device pixels
        writer.setTitle(data.title);
        writer.setCreator(QStringLiteral("Jiandu %1").arg(QCoreApplication::applicationVersion()));
        info = paintOfficialDocument(data, writer);
    }
    if (!info) {
        file.cancelWriting();
        return info.error();
    }
    if (!file.commit())
        return cannotWrite(pdfPath, file.errorString());
    return info;
}

Result<OfficialDocumentInfo> printOfficialDocument(const OfficialDocumentData &data,
                                                   QPrinter &printer)
{
    printer.setDocName(data.title);
    printer.setFullPage(true);
    return paintOfficialDocument(data, printer);
}

} // namespace Jiandu::Documents
