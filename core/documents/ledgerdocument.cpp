#include "ledgerdocument.h"

#include "fonts.h"
#include "tablelayout.h"

#include "util/checkedsavefile.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

#include <array>
#include <vector>

namespace Jiandu::Documents {

namespace {

// The ledger is a form of the Chinese administration: its printed labels are the form's own
// (as the contract in ledgerdocument.h names them), whatever the language of the run.
const QString kDefaultTitle = QStringLiteral("整改台账");

struct LedgerColumn
{
    const char16_t *header;
    qreal millimetres; // on the 267 mm of landscape A4 between the margins
    Qt::Alignment align;
};

const std::array<LedgerColumn, 9> kColumns{{
    {u"序号", 12, Qt::AlignHCenter},
    {u"存在问题", 50, Qt::AlignLeft},
    {u"整改措施", 66, Qt::AlignLeft}, // usually the longest text of a task
    {u"牵头单位", 20, Qt::AlignHCenter},
    {u"责任单位", 22, Qt::AlignHCenter},
    {u"整改时限", 20, Qt::AlignHCenter},
    {u"进展情况", 42, Qt::AlignLeft},
    {u"完成情况", 20, Qt::AlignHCenter},
    {u"备注", 15, Qt::AlignLeft},
}};

QStringList cellsOf(const LedgerRow &r)
{
    return {r.seq,      r.problem,  r.measures,   r.leadUnit, r.responsibleUnits,
            r.deadline, r.progress, r.completion, r.remark};
}

QString chineseDate(const QDate &d)
{
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day())
                       : QString();
}

Error cancelled()
{
    return Error{Error::Code::Usage,
                 QCoreApplication::translate("LedgerDocument", "Printing was cancelled."),
                 QStringLiteral("cancelled")};
}

class LedgerRenderer
{
public:
    LedgerRenderer(const LedgerData &data, const QPaintDevice &device);

    // Lays out every row and breaks the pages; false when cancelled.
    bool layout(const Progress &progress);
    [[nodiscard]] int pageCount() const { return int(m_pages.size()); }
    // Paints every page; false when cancelled.
    bool paint(QPainter &painter, QPagedPaintDevice &device, const Progress &progress) const;

private:
    qreal px(qreal mm) const { return mm * m_dpi / 25.4; }
    QFont sized(FontRole role, qreal points, bool *hasBold = nullptr) const;
    void paintHeading(QPainter &painter) const;
    void paintFooter(QPainter &painter, int page) const;

    const LedgerData &m_data;
    const QPaintDevice *m_device;
    qreal m_dpi;
    QSizeF m_area;
    QFont m_titleFont, m_subtitleFont, m_metaFont, m_footerFont;
    bool m_titleHasBold = false;
    qreal m_titleHeight = 0, m_subtitleHeight = 0, m_metaHeight = 0, m_footerHeight = 0;
    qreal m_firstTableTop = 0;
    std::unique_ptr<TableLayout> m_table;
    std::vector<TableLayout::Row> m_rows;
    QList<TableLayout::Page> m_pages;
};

LedgerRenderer::LedgerRenderer(const LedgerData &data, const QPaintDevice &device)
    : m_data(data), m_device(&device), m_dpi(device.logicalDpiY()),
      m_area(device.width(), device.height())
{
    m_titleFont = sized(FontRole::Title, 22, &m_titleHasBold);
    m_titleFont.setBold(m_titleHasBold);
    m_subtitleFont = sized(FontRole::Heading2, 14);
    m_metaFont = sized(FontRole::Table, 12);
    m_footerFont = sized(FontRole::Table, 10.5);
    m_titleHeight = QFontMetricsF(m_titleFont, m_device).lineSpacing();
    m_subtitleHeight = m_data.subtitle.trimmed().isEmpty()
                           ? 0
                           : QFontMetricsF(m_subtitleFont, m_device).lineSpacing() + px(1);
    m_metaHeight = QFontMetricsF(m_metaFont, m_device).lineSpacing();
    m_footerHeight = QFontMetricsF(m_footerFont, m_device).lineSpacing();
    m_firstTableTop = m_titleHeight + px(2) + m_subtitleHeight + px(2) + m_metaHeight + px(2);

    qreal total = 0;
    for (const LedgerColumn &c : kColumns)
        total += c.millimetres;
    QList<TableColumn> columns;
    for (const LedgerColumn &c : kColumns)
        columns << TableColumn{QString::fromUtf16(c.header), m_area.width() * c.millimetres / total,
                               c.align};
    m_table = std::make_unique<TableLayout>(columns, sized(FontRole::Heading1, 11),
                                            sized(FontRole::Table, 10.5), m_device, px(1.5));
}

QFont LedgerRenderer::sized(FontRole role, qreal points, bool *hasBold) const
{
    // Pixel sizes in device pixels, as the roster: metrics and painting agree on any device.
    FontChoice choice = fontFor(role, points);
    if (hasBold)
        *hasBold = choice.hasBold;
    choice.font.setPixelSize(qRound(points * m_dpi / 72.0));
    return choice.font;
}

bool LedgerRenderer::layout(const Progress &progress)
{
    const int n = int(m_data.rows.size());
    m_rows.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        m_rows.push_back(m_table->layoutRow(cellsOf(m_data.rows.at(i))));
        if (progress && !progress(i + 1, 2 * n))
            return false;
    }
    const qreal bottom = m_area.height() - m_footerHeight - px(3);
    const qreal header = m_table->headerHeight();
    m_pages = m_table->paginate(m_rows, bottom - m_firstTableTop - header, bottom - header);
    return true;
}

bool LedgerRenderer::paint(QPainter &painter, QPagedPaintDevice &device,
                           const Progress &progress) const
{
    const int n = int(m_rows.size());
    int rowsDone = 0;
    painter.setPen(QPen(Qt::black, px(0.2)));
    for (qsizetype p = 0; p < m_pages.size(); ++p) {
        if (p > 0)
            device.newPage();
        qreal y = 0;
        if (p == 0) {
            paintHeading(painter);
            y = m_firstTableTop;
        }
        painter.setPen(QPen(Qt::black, px(0.2)));
        m_table->paintHeader(painter, 0, y);
        y += m_table->headerHeight();
        for (const TableLayout::Slice &s : m_pages.at(p).slices) {
            y += m_table->paintSlice(painter, m_rows[size_t(s.row)], s, 0, y);
            rowsDone = s.row + 1;
        }
        if (n == 0) {
            painter.setFont(m_metaFont);
            painter.drawText(QRectF(0, y, m_area.width(), 3 * m_metaHeight), Qt::AlignCenter,
                             QStringLiteral("没有符合条件的整改任务。"));
        }
        paintFooter(painter, int(p));
        if (progress && n > 0 && !progress(n + rowsDone, 2 * n))
            return false;
    }
    return true;
}

void LedgerRenderer::paintHeading(QPainter &painter) const
{
    const QString title = m_data.title.trimmed().isEmpty() ? kDefaultTitle : m_data.title;
    const QFontMetricsF fm(m_titleFont, m_device);
    const QPointF origin((m_area.width() - fm.horizontalAdvance(title)) / 2, fm.ascent());
    painter.setFont(m_titleFont);
    painter.setPen(Qt::black);
    painter.drawText(origin, title);
    if (!m_titleHasBold) {
        // No synthetic bold in PDFs: thicken the outline (a path, so the text layer keeps
        // one copy of the title), as the roster does.
        QPainterPath path;
        path.addText(origin, m_titleFont, title);
        painter.strokePath(path, QPen(Qt::black, m_titleFont.pixelSize() * 0.04, Qt::SolidLine,
                                      Qt::RoundCap, Qt::RoundJoin));
    }
    qreal y = m_titleHeight + px(2);
    if (m_subtitleHeight > 0) {
        painter.setFont(m_subtitleFont);
        painter.drawText(QRectF(0, y, m_area.width(), m_subtitleHeight),
                         Qt::AlignHCenter | Qt::AlignVCenter, m_data.subtitle.simplified());
        y += m_subtitleHeight;
    }
    y += px(2);
    const QRectF meta(0, y, m_area.width(), m_metaHeight);
    painter.setFont(m_metaFont);
    painter.drawText(meta, Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("填报单位：") + m_data.issuingUnit);
    painter.drawText(meta, Qt::AlignRight | Qt::AlignVCenter,
                     QStringLiteral("打印日期：") + chineseDate(m_data.printDate));
}

void LedgerRenderer::paintFooter(QPainter &painter, int page) const
{
    painter.setFont(m_footerFont);
    painter.drawText(QRectF(0, m_area.height() - m_footerHeight, m_area.width(), m_footerHeight),
                     Qt::AlignCenter,
                     QStringLiteral("第 %1 页 共 %2 页").arg(page + 1).arg(m_pages.size()));
}

} // namespace

Result<int> paintLedger(const LedgerData &data, QPagedPaintDevice &device, const Progress &progress)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(15, 12, 15, 10), QPageLayout::Millimeter));
    LedgerRenderer renderer(data, device);
    if (!renderer.layout(progress))
        return cancelled();
    QPainter painter;
    if (!painter.begin(&device))
        return Error{Error::Code::Io,
                     QCoreApplication::translate(
                         "LedgerDocument",
                         "The ledger could not be printed: the output could not be opened."),
                     {}};
    const bool done = renderer.paint(painter, device, progress);
    if (!done)
        if (auto *printer = dynamic_cast<QPrinter *>(&device))
            printer->abort(); // a cancelled job is not sent to a real printer, where it can
    const bool ended = painter.end();
    if (!done)
        return cancelled();
    if (!ended)
        return Error{Error::Code::Io,
                     QCoreApplication::translate("LedgerDocument",
                                                 "The ledger could not be printed completely."),
                     {}};
    return renderer.pageCount();
}

Result<int> writeLedgerPdf(const LedgerData &data, const QString &pdfPath, const Progress &progress)
{
    // QSaveFile writes next to the target and renames on commit: no partial file is left.
    CheckedSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Io,
                     QCoreApplication::translate("LedgerDocument", "The file cannot be written: %1")
                         .arg(file.errorString()),
                     pdfPath};
    Result<int> pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(1200); // the printer's: font sizes round to whole device pixels
        writer.setTitle(data.title.trimmed().isEmpty() ? kDefaultTitle : data.title);
        writer.setCreator(QStringLiteral("Jiandu %1").arg(QCoreApplication::applicationVersion()));
        pages = paintLedger(data, writer, progress);
    }
    if (!pages) {
        file.cancelWriting();
        return pages.error();
    }
    if (!file.commit())
        return Error{Error::Code::Io,
                     QCoreApplication::translate("LedgerDocument", "The file cannot be written: %1")
                         .arg(file.errorString()),
                     pdfPath};
    return pages;
}

Result<int> printLedger(const LedgerData &data, QPrinter &printer, const Progress &progress)
{
    printer.setDocName(data.title.trimmed().isEmpty() ? kDefaultTitle : data.title);
    return paintLedger(data, printer, progress);
}

} // namespace Jiandu::Documents
