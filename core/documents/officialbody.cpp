// The body of an official document (paragraphs, headings, the attachment note) and its
// attachments (tables on pages of their own), for officialrenderer.h.

#include "officialrenderer.h"

#include <QFontMetricsF>
#include <QRegularExpression>
#include <QTextCharFormat>

#include <algorithm>

namespace Jiandu::Documents::Official {

namespace {

// 一、 and （一） open first- and second-level headings (half-width brackets as pasted, too).
const QRegularExpression kHeading1(QStringLiteral("^[一二三四五六七八九十百]+、"));
const QRegularExpression kHeading2(QStringLiteral("^[（(][一二三四五六七八九十百]+[）)]"));

QTextLayout::FormatRange fontRange(int start, int length, const QFont &font)
{
    QTextCharFormat format;
    format.setFont(font, QTextCharFormat::FontPropertiesAll);
    return QTextLayout::FormatRange{start, length, format};
}

} // namespace

std::shared_ptr<QTextLayout> Renderer::paragraph(const QString &text, qreal indent,
                                                 qreal hangingIndent,
                                                 const QList<QTextLayout::FormatRange> &formats,
                                                 Qt::Alignment align) const
{
    auto layout = std::make_shared<QTextLayout>(text, m_bodyFont, m_device);
    QTextOption option(align);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    layout->setFormats(formats);
    // A hair of tolerance: 28 characters fill the 156 mm exactly.
    const qreal measure = kCharsPerLine * m_charPitch + px(0.05);
    layout->beginLayout();
    qreal x = indent;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(measure - x);
        line.setPosition(QPointF(x, 0));
        x = hangingIndent;
    }
    layout->endLayout();
    return layout;
}

void Renderer::layoutBody()
{
    const QStringList paragraphs = m_data.body.split(QLatin1Char('\n'));
    for (const QString &raw : paragraphs) {
        const QString text = raw.trimmed(); // also the full-width spaces of pasted indents
        if (text.isEmpty())
            continue;
        QList<QTextLayout::FormatRange> formats;
        bool standaloneHeading = false;
        const bool h1 = kHeading1.match(text).hasMatch();
        if (h1 || kHeading2.match(text).hasMatch()) {
            // The heading is its first sentence; the text after it stays in the body font.
            const qsizetype stop = text.indexOf(QStringLiteral("。"));
            const int length = stop < 0 ? int(text.size()) : int(stop) + 1;
            standaloneHeading = length == text.size();
            formats << fontRange(0, length, h1 ? m_heading1Font : m_heading2Font);
            const FontRole role = h1 ? FontRole::Heading1 : FontRole::Heading2;
            if (!m_roles.contains(role))
                m_roles << role;
        }
        addLines(paragraph(text, 2 * m_charPitch, 0, formats), standaloneHeading ? 1 : 0);
    }
}

// 附件说明 (7.3.4): two characters in, "附件：" and the names; several attachments are
// numbered "1. ", "2. " and aligned under the first name.
QList<std::shared_ptr<QTextLayout>> Renderer::attachmentNote() const
{
    QList<std::shared_ptr<QTextLayout>> note;
    const QList<AttachmentTable> &attachments = m_data.attachments;
    const QString label = QStringLiteral("附件：");
    const qreal indent = 2 * m_charPitch;
    const qreal names = indent + QFontMetricsF(m_bodyFont, m_device).horizontalAdvance(label);
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const QString title = attachments.at(i).title.trimmed();
        if (attachments.size() == 1) {
            note << paragraph(label + title, indent, names, {}, Qt::AlignLeft);
            break;
        }
        const QString number = QStringLiteral("%1. ").arg(i + 1);
        const qreal hanging = names + QFontMetricsF(m_bodyFont, m_device).horizontalAdvance(number);
        note << paragraph((i == 0 ? label : QString()) + number + title, i == 0 ? indent : names,
                          hanging, {}, Qt::AlignLeft);
    }
    return note;
}

// Each attachment on a page of its own (7.5): "附件" (numbered when several) in 3号 黑体 at
// the top left, the title centred on the third line, then the table.
void Renderer::layoutAttachments()
{
    const QList<AttachmentTable> &attachments = m_data.attachments;
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        newPage();
        if (!m_roles.contains(FontRole::Heading1))
            m_roles << FontRole::Heading1;
        QFont label = m_heading1Font;
        label.setLetterSpacing(QFont::AbsoluteSpacing, 0);
        addText(0, blockLeft(),
                attachments.size() == 1 ? QStringLiteral("附件")
                                        : QStringLiteral("附件%1").arg(i + 1),
                label);
        m_row = 2;
        if (!attachments.at(i).title.trimmed().isEmpty())
            addCentred(attachments.at(i).title.trimmed(), m_titleFont, m_titleThicken);
        layoutTable(attachments.at(i));
    }
}

void Renderer::layoutTable(const AttachmentTable &table)
{
    const qreal pad = px(1.5);
    const QList<qreal> widths = autoColumnWidths(table.headers, table.rows, m_width, m_tableFont,
                                                 m_tableHeaderFont, m_device, pad);
    QList<TableColumn> columns;
    for (qsizetype c = 0; c < table.headers.size(); ++c) {
        // Columns of short entries (序号, dates) are centred, texts read from the left.
        const bool shortEntries =
            std::all_of(table.rows.cbegin(), table.rows.cend(), [c](const QStringList &row) {
                return c >= row.size() || row.at(c).size() <= 8;
            });
        columns << TableColumn{table.headers.at(c), widths.at(c),
                               shortEntries ? Qt::AlignHCenter : Qt::AlignLeft};
    }
    auto layout =
        std::make_unique<TableLayout>(columns, m_tableHeaderFont, m_tableFont, m_device, pad);
    std::vector<TableLayout::Row> rows;
    rows.reserve(size_t(table.rows.size()));
    for (const QStringList &cells : table.rows)
        rows.push_back(layout->layoutRow(cells));

    const qreal bottom = blockTop() + px(kBlockHeightMm);
    qreal y = rowTop(m_row) + m_pitch / 4;
    const QList<TableLayout::Page> pages = layout->paginate(
        rows, bottom - y - layout->headerHeight(), px(kBlockHeightMm) - layout->headerHeight());
    const int index = int(m_tables.size());
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (p > 0) {
            newPage();
            y = blockTop();
        }
        Item header;
        header.kind = Item::Kind::TableHeader;
        header.table = index;
        header.pos = QPointF(blockLeft(), y);
        m_pages.last() << header;
        y += layout->headerHeight();
        for (const TableLayout::Slice &s : pages.at(p).slices) {
            Item item;
            item.kind = Item::Kind::TableSlice;
            item.table = index;
            item.slice = s;
            item.pos = QPointF(blockLeft(), y);
            m_pages.last() << item;
            y += s.height;
        }
    }
    m_row = kRows; // the page is the table's
    m_tables.push_back(std::move(layout));
    m_tableRows.push_back(std::move(rows));
}

} // namespace Jiandu::Documents::Official
