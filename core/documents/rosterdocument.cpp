#include "rosterdocument.h"

#include "outputaudit.h"

#include "util/format.h"

#include "fonts.h"
#include "storage/database.h"
#include "storage/officerrepository.h"
#include "storage/settingsrepository.h"

#include "util/checkedsavefile.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPageLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

#include <array>
#include <functional>
#include <optional>

namespace Jiandu::Documents {

namespace {

// The printed wording follows the language of the run (the GUI's language, or the CLI's
// --lang; Chinese by default), as spec/cli.md asks of printed text.
QString defaultTitle()
{
    return QCoreApplication::translate("RosterDocument",
                                       "Public roster of administrative enforcement officers");
}
QString defaultUnit()
{
    return QCoreApplication::translate("RosterDocument", "Law-enforcement supervision section");
}
const QString kUnitSetting = QStringLiteral("office/name");

struct Column
{
    const char *header; // translated when painted
    qreal weight;       // share of the table width
    Qt::Alignment align;
    bool breakAnywhere; // certificate numbers have no break opportunities
};

const std::array<Column, 7> kColumns{{
    {QT_TRANSLATE_NOOP("RosterDocument", "No."), 5, Qt::AlignHCenter, false},
    {QT_TRANSLATE_NOOP("RosterDocument", "Name"), 9, Qt::AlignHCenter, false},
    {QT_TRANSLATE_NOOP("RosterDocument", "Enforcement body"), 25, Qt::AlignLeft, false},
    {QT_TRANSLATE_NOOP("RosterDocument", "Certificate No."), 16, Qt::AlignHCenter, true},
    {QT_TRANSLATE_NOOP("RosterDocument", "Category"), 14, Qt::AlignLeft, false},
    {QT_TRANSLATE_NOOP("RosterDocument", "Issued by"), 20, Qt::AlignLeft, false},
    {QT_TRANSLATE_NOOP("RosterDocument", "Valid until"), 11, Qt::AlignHCenter, false},
}};
using Cells = std::array<QString, kColumns.size()>;

Cells cellsOf(const RosterEntry &e, int number)
{
    return {QString::number(number),
            e.name,
            e.agencyName,
            e.certNumber,
            e.category,
            e.issuer,
            e.expiresOn.isValid() ? e.expiresOn.toString(Qt::ISODate)
                                  : QCoreApplication::translate("RosterDocument", "No expiry")};
}

constexpr int kFetchRows = 1000;

// Lays out and paints the roster in device pixels. Both passes measure with the same metrics,
// so the pages painted are the pages counted.
class RosterRenderer
{
public:
    RosterRenderer(Database &db, RosterOptions options, const QPaintDevice &device);

    // Pass 1: the number of pages and of rows.
    VoidResult paginate();
    bool breaksPage(qreal y, qreal height, int rowsOnPage) const;
    // Pass 2.
    Result<int> paint(QPainter &painter, QPagedPaintDevice &device);

private:
    VoidResult forEachEntry(const std::function<void(const RosterEntry &, int)> &visit) const;
    qreal px(qreal mm) const { return mm * m_dpi / 25.4; }
    QFont sized(FontRole role, qreal points, bool *hasBold = nullptr) const;
    qreal textHeight(int column, const QString &text);
    qreal rowHeight(const Cells &cells);
    qreal tableTop(int page) const { return page == 0 ? m_firstTableTop : 0; }
    void paintHeading(QPainter &painter) const;
    void paintHeaderRow(QPainter &painter, qreal y) const;
    void paintRow(QPainter &painter, qreal y, qreal height, const Cells &cells) const;
    void paintFooter(QPainter &painter, int page) const;
    int flags(int column) const;

    Database &m_db;
    RosterOptions m_options;
    const QPaintDevice *m_device;
    qreal m_dpi;
    QSizeF m_area;
    QFont m_titleFont, m_metaFont, m_headerFont, m_cellFont, m_footerFont;
    bool m_titleHasBold = false;
    std::array<qreal, kColumns.size()> m_x{}, m_width{};
    qreal m_pad, m_line, m_headerHeight, m_titleHeight, m_metaHeight, m_firstTableTop,
        m_tableBottom;
    std::array<QHash<QString, qreal>, kColumns.size()> m_heights; // wrapped texts only
    int m_pages = 1;
    int m_rows = 0;
};

RosterRenderer::RosterRenderer(Database &db, RosterOptions options, const QPaintDevice &device)
    : m_db(db), m_options(std::move(options)), m_device(&device), m_dpi(device.logicalDpiY()),
      m_area(device.width(), device.height())
{
    m_titleFont = sized(FontRole::Title, 22, &m_titleHasBold);
    m_titleFont.setBold(m_titleHasBold);
    m_metaFont = sized(FontRole::Table, 12);
    m_headerFont = sized(FontRole::Heading1, 11);
    m_cellFont = sized(FontRole::Table, 10.5);
    m_footerFont = sized(FontRole::Table, 10.5);

    m_pad = px(1.5);
    m_line = QFontMetricsF(m_cellFont, m_device).lineSpacing();
    m_headerHeight = QFontMetricsF(m_headerFont, m_device).lineSpacing() + 2 * px(2);
    m_titleHeight = QFontMetricsF(m_titleFont, m_device).lineSpacing();
    m_metaHeight = 2 * QFontMetricsF(m_metaFont, m_device).lineSpacing(); // two lines
    m_firstTableTop = m_titleHeight + px(4) + m_metaHeight + px(3);
    m_tableBottom = m_area.height() - QFontMetricsF(m_footerFont, m_device).lineSpacing() - px(4);

    qreal total = 0;
    for (const Column &c : kColumns)
        total += c.weight;
    qreal x = 0;
    for (size_t i = 0; i < kColumns.size(); ++i) {
        m_x[i] = x;
        m_width[i] = m_area.width() * kColumns[i].weight / total;
        x += m_width[i];
    }
}

QFont RosterRenderer::sized(FontRole role, qreal points, bool *hasBold) const
{
    // Pixel sizes in device pixels: metrics, painting and QPainterPath then all agree,
    // whatever dpi the device (PDF writer, printer, preview) has.
    FontChoice choice = fontFor(role, points);
    if (hasBold)
        *hasBold = choice.hasBold;
    choice.font.setPixelSize(qRound(points * m_dpi / 72.0));
    return choice.font;
}

int RosterRenderer::flags(int column) const
{
    return int(kColumns[column].align | Qt::AlignVCenter) |
           (kColumns[column].breakAnywhere ? Qt::TextWrapAnywhere : Qt::TextWordWrap);
}

qreal RosterRenderer::textHeight(int column, const QString &text)
{
    const qreal inner = m_width[column] - 2 * m_pad;
    const QFontMetricsF fm(m_cellFont, m_device);
    if (fm.horizontalAdvance(text) <= inner) // the usual case, and cheap
        return m_line;
    auto it = m_heights[column].constFind(text);
    if (it != m_heights[column].cend())
        return *it;
    const qreal h = fm.boundingRect(QRectF(0, 0, inner, 1e6), flags(column), text).height();
    m_heights[column].insert(text, h);
    return h;
}

qreal RosterRenderer::rowHeight(const Cells &cells)
{
    qreal h = m_line;
    for (size_t i = 0; i < cells.size(); ++i)
        h = std::max(h, textHeight(int(i), cells[i]));
    return h + 2 * m_pad;
}

VoidResult
RosterRenderer::forEachEntry(const std::function<void(const RosterEntry &, int)> &visit) const
{
    OfficerRepository repo(m_db);
    int number = 0;
    std::optional<RosterEntry> last;
    for (;;) {
        auto page = repo.rosterEntries(m_options.asOf, m_options.agencyIds, last ? &*last : nullptr,
                                       kFetchRows);
        if (!page)
            return page.error();
        for (const RosterEntry &e : page.value())
            visit(e, ++number);
        if (page->size() < kFetchRows)
            return {};
        last = page->constLast();
    }
}

// Rows are never split: a row that does not fit goes to the next page (an oversized row
// gets a page of its own). Both passes break pages with this one rule.
bool RosterRenderer::breaksPage(qreal y, qreal height, int rowsOnPage) const
{
    return rowsOnPage > 0 && y + height > m_tableBottom;
}

VoidResult RosterRenderer::paginate()
{
    m_pages = 1;
    int rowsOnPage = 0;
    qreal y = tableTop(0) + m_headerHeight;
    auto r = forEachEntry([&](const RosterEntry &e, int number) {
        const qreal h = rowHeight(cellsOf(e, number));
        if (breaksPage(y, h, rowsOnPage)) {
            y = tableTop(m_pages++) + m_headerHeight;
            rowsOnPage = 0;
        }
        y += h;
        ++rowsOnPage;
        m_rows = number;
    });
    return r;
}

Result<int> RosterRenderer::paint(QPainter &painter, QPagedPaintDevice &device)
{
    int page = 0;
    int rowsOnPage = 0;
    qreal y = 0;
    auto startPage = [&](int index) {
        if (index > 0)
            device.newPage();
        if (index == 0)
            paintHeading(painter);
        paintFooter(painter, index);
        y = tableTop(index) + m_headerHeight;
        paintHeaderRow(painter, tableTop(index));
        rowsOnPage = 0;
    };
    startPage(0);
    auto r = forEachEntry([&](const RosterEntry &e, int number) {
        // Only the rows counted in pass 1, so that "共 M 页" and "共 N 人" stay true even if
        // officers were added in between (the database is not locked while printing).
        if (number > m_rows)
            return;
        const Cells cells = cellsOf(e, number);
        const qreal h = rowHeight(cells);
        if (breaksPage(y, h, rowsOnPage))
            startPage(++page);
        paintRow(painter, y, h, cells);
        y += h;
        ++rowsOnPage;
    });
    if (!r)
        return r.error();
    if (m_rows == 0) {
        painter.setFont(m_cellFont);
        painter.drawText(
            QRectF(0, y, m_area.width(), m_line * 3), Qt::AlignCenter,
            QCoreApplication::translate("RosterDocument",
                                        "No officer holds a valid certificate in this selection."));
    }
    return page + 1;
}

void RosterRenderer::paintHeading(QPainter &painter) const
{
    const QFontMetricsF fm(m_titleFont, m_device);
    const QPointF origin((m_area.width() - fm.horizontalAdvance(m_options.title)) / 2,
                         (m_titleHeight - fm.height()) / 2 + fm.ascent());
    painter.setFont(m_titleFont);
    painter.setPen(Qt::black);
    painter.drawText(origin, m_options.title);
    if (!m_titleHasBold) {
        // PDFs get no synthetic bold: thicken the glyphs by stroking their outlines. The
        // outline is a path, so the text layer keeps exactly one copy of the title.
        QPainterPath path;
        path.addText(origin, m_titleFont, m_options.title);
        painter.strokePath(path, QPen(Qt::black, m_titleFont.pixelSize() * 0.04, Qt::SolidLine,
                                      Qt::RoundCap, Qt::RoundJoin));
    }
    // Unit (left) and print date (right) on the first line, the count centred on the
    // second: no wording, however long in translation, overlaps another.
    const qreal lineHeight = m_metaHeight / 2;
    const QRectF first(0, m_titleHeight + px(4), m_area.width(), lineHeight);
    const QRectF second = first.translated(0, lineHeight);
    painter.setFont(m_metaFont);
    painter.drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                     QCoreApplication::translate("RosterDocument", "Published by: %1")
                         .arg(m_options.issuingUnit));
    painter.drawText(first, Qt::AlignRight | Qt::AlignVCenter,
                     QCoreApplication::translate("RosterDocument", "Printed on %1")
                         .arg(Format::longDate(m_options.printDate)));
    painter.drawText(
        second, Qt::AlignHCenter | Qt::AlignVCenter,
        QCoreApplication::translate("RosterDocument", "Officers with a valid certificate on %1: %2")
            .arg(Format::longDate(m_options.asOf))
            .arg(m_rows));
}

void RosterRenderer::paintHeaderRow(QPainter &painter, qreal y) const
{
    const QRectF row(0, y, m_area.width(), m_headerHeight);
    painter.fillRect(row, QColor(232, 232, 232));
    painter.setFont(m_headerFont);
    painter.setPen(QPen(Qt::black, px(0.2)));
    for (size_t i = 0; i < kColumns.size(); ++i) {
        const QRectF cell(m_x[i], y, m_width[i], m_headerHeight);
        painter.drawText(cell, Qt::AlignCenter,
                         QCoreApplication::translate("RosterDocument", kColumns[i].header));
        painter.drawRect(cell);
    }
}

void RosterRenderer::paintRow(QPainter &painter, qreal y, qreal height, const Cells &cells) const
{
    painter.setFont(m_cellFont);
    painter.setPen(QPen(Qt::black, px(0.2)));
    for (size_t i = 0; i < cells.size(); ++i) {
        const QRectF cell(m_x[i], y, m_width[i], height);
        painter.drawRect(cell);
        painter.drawText(cell.adjusted(m_pad, m_pad, -m_pad, -m_pad), flags(int(i)), cells[i]);
    }
}

void RosterRenderer::paintFooter(QPainter &painter, int page) const
{
    painter.setFont(m_footerFont);
    painter.setPen(Qt::black);
    const qreal h = QFontMetricsF(m_footerFont, m_device).lineSpacing();
    painter.drawText(
        QRectF(0, m_area.height() - h, m_area.width(), h), Qt::AlignCenter,
        QCoreApplication::translate("RosterDocument", "Page %1 of %2").arg(page + 1).arg(m_pages));
}

RosterOptions withDefaults(Database &db, RosterOptions options)
{
    if (options.title.trimmed().isEmpty())
        options.title = defaultTitle();
    if (options.issuingUnit.trimmed().isEmpty())
        options.issuingUnit = SettingsRepository(db).value(kUnitSetting, defaultUnit());
    if (!options.asOf.isValid()) // callers with a Clock pass asOf; this is the GUI default
        options.asOf = QDate::currentDate();
    if (!options.printDate.isValid())
        options.printDate = options.asOf;
    return options;
}

} // namespace

Result<int> paintRoster(Database &db, const RosterOptions &options, QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                     QMarginsF(15, 12, 15, 10), QPageLayout::Millimeter));
    RosterRenderer renderer(db, withDefaults(db, options), device);
    if (auto r = renderer.paginate(); !r)
        return r.error();
    QPainter painter;
    if (!painter.begin(&device))
        return Error{Error::Code::Io,
                     QCoreApplication::translate(
                         "RosterDocument",
                         "The roster could not be printed: the output could not be opened."),
                     {}};
    auto pages = renderer.paint(painter, device);
    if (!painter.end() && pages)
        return Error{Error::Code::Io,
                     QCoreApplication::translate("RosterDocument",
                                                 "The roster could not be printed completely."),
                     {}};
    return pages;
}

Result<int> writeRosterPdf(Database &db, const RosterOptions &options, const QString &pdfPath)
{
    // QSaveFile writes next to the target and renames on commit: no partial file is left.
    CheckedSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Error::Code::Io,
                     QCoreApplication::translate("RosterDocument", "The file cannot be written: %1")
                         .arg(file.errorString()),
                     pdfPath};
    Result<int> pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(options.title.trimmed().isEmpty() ? defaultTitle() : options.title);
        writer.setCreator(QStringLiteral("Jiandu %1").arg(QCoreApplication::applicationVersion()));
        pages = paintRoster(db, options, writer);
    }
    if (!pages) {
        file.cancelWriting();
        return pages.error();
    }
    if (!file.commit())
        return Error{Error::Code::Io,
                     QCoreApplication::translate("RosterDocument", "The file cannot be written: %1")
                         .arg(file.errorString()),
                     pdfPath};
    return audited(db, pages, AuditEntry::Action::Export, QStringLiteral("roster"), pdfPath);
}

Result<int> printRoster(Database &db, const RosterOptions &options, QPrinter &printer)
{
    printer.setDocName(options.title.trimmed().isEmpty() ? defaultTitle() : options.title);
    return audited(db, paintRoster(db, options, printer), AuditEntry::Action::Print,
                   QStringLiteral("roster"), printer.outputFileName());
}

} // namespace Jiandu::Documents
