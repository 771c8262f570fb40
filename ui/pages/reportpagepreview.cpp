// The report page's preview: the key figures of the computed report, year Y beside Y−1.

#include "reportpage.h"

#include "appcontext.h"
#include "documents/annualreportdocument.h"

#include "util/format.h"
#include "workers/backgroundtask.h"

#include <QHeaderView>
#include <QLabel>
#include <QPrinter>
#include <QPrintPreviewWidget>
#include <QTableWidget>
#include <QTabWidget>

namespace Jiandu::Ui {

namespace {

QString rate(const Rate &r)
{
    const auto value = r.value();
    if (!value)
        return QStringLiteral("—");
    return QStringLiteral("%1% (%2/%3)")
        .arg(*value * 100, 0, 'f', 2)
        .arg(r.numerator)
        .arg(r.denominator);
}

struct Line
{
    QString label;
    QString current;
    QString previous;
    bool heading = false;
};

} // namespace

// Two views of the computed report: its key figures beside last year's, and the printed
// report itself (drawn when its tab is shown: a whole document is laid out on this thread).
QWidget *ReportPage::buildPreview()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("previewTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_preview, tr("Key figures"));
    m_printPreview = new QPrintPreviewWidget(m_tabs);
    m_printPreview->setObjectName(QStringLiteral("printPreview"));
    m_printPreview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    m_tabs->addTab(m_printPreview, tr("Printed report"));
    connect(m_printPreview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (!m_report)
            return;
        Documents::AnnualReportPrintOptions options;
        options.issuingUnit = Documents::defaultIssuingUnit(m_context.db());
        options.date = m_context.today();
        options.footer = Documents::auditFooter(m_context.db(), options.date);
        if (auto r = Documents::printAnnualReport(*m_report, options, *printer); !r)
            m_status->setText(r.error().toString());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &ReportPage::updatePrintPreview);
    return m_tabs;
}

void ReportPage::updatePrintPreview()
{
    if (!m_printStale || m_tabs->currentWidget() != m_printPreview)
        return;
    m_printStale = false;
    m_printPreview->updatePreview();
    m_printPreview->setCurrentPage(1);
}

void ReportPage::fillPreview()
{
    m_printStale = true;
    updatePrintPreview();
    m_preview->clear();
    m_preview->setColumnCount(3);
    if (!m_report) {
        m_preview->setRowCount(0);
        m_preview->setHorizontalHeaderLabels({tr("Figure"), tr("Year"), tr("Previous year")});
        if (!m_task->isRunning())
            m_status->setText(tr("Choose the year and the scope, then compute the report."));
        updateActions();
        return;
    }
    const AnnualFigures &c = m_report->current;
    const AnnualFigures &p = m_report->previous;
    const auto n = [](qint64 v) { return QString::number(v); };
    QList<Line> lines;
    const auto heading = [&lines](const QString &text) { lines.append({text, {}, {}, true}); };
    const auto count = [&](const QString &label, qint64 cv, qint64 pv) {
        lines.append({label, n(cv), n(pv)});
    };
    const auto ratio = [&](const QString &label, const Rate &cv, const Rate &pv) {
        lines.append({label, rate(cv), rate(pv)});
    };
    heading(tr("Bodies and officers"));
    count(tr("Enforcement bodies"), c.agencies, p.agencies);
    count(tr("Officers in post"), c.officers.active, p.officers.active);
    count(tr("Officers with a valid certificate"), c.officers.certified, p.officers.certified);
    ratio(tr("Certificate coverage"), c.certifiedRate(), p.certifiedRate());
    count(tr("Legal reviewers"), c.officers.legalReviewers, p.officers.legalReviewers);
    ratio(tr("Officers meeting the training minimum"), c.trainingRate(), p.trainingRate());
    heading(tr("Cases"));
    count(tr("Cases of the year"), c.cases.total, p.cases.total);
    count(tr("Penalty decisions"), c.cases.penaltyDecisions(), p.cases.penaltyDecisions());
    lines.append({tr("Fines and confiscations (yuan)"),
                  Format::yuan(c.cases.fineFen + c.cases.confiscationFen),
                  Format::yuan(p.cases.fineFen + p.cases.confiscationFen)});
    count(tr("Licence applications"), c.licences.applied, p.licences.applied);
    count(tr("Coercive measures"), c.coercion.measures, p.coercion.measures);
    count(tr("Cases transferred to judicial organs"), c.cases.transferred, p.cases.transferred);
    heading(tr("The three systems"));
    ratio(tr("Major decisions with legal review"), c.majorReviewedRate(), p.majorReviewedRate());
    ratio(tr("Decisions published on time"), c.publicityRate(), p.publicityRate());
    heading(tr("Reconsideration and litigation"));
    ratio(tr("Reconsideration: decisions corrected"), c.correctedRate(), p.correctedRate());
    ratio(tr("Litigation: cases lost"), c.lostRate(), p.lostRate());
    heading(tr("Case-file review and rectification"));
    count(tr("Case files reviewed"), c.reviews.files, p.reviews.files);
    const auto score = [](const ReviewFigures &r) {
        const auto s = r.averageScore();
        return s ? QString::number(*s, 'f', 1) : QStringLiteral("—");
    };
    lines.append({tr("Average review score"), score(c.reviews), score(p.reviews)});
    count(tr("Rectification tasks due in the year"), c.rectification.tasks, p.rectification.tasks);
    ratio(tr("Tasks signed off on time"), c.rectification.onTimeRate(),
          p.rectification.onTimeRate());
    count(tr("Tasks overdue"), c.rectification.overdue, p.rectification.overdue);

    m_preview->setRowCount(int(lines.size()));
    m_preview->setHorizontalHeaderLabels(
        {tr("Figure"), QString::number(m_report->year), QString::number(m_report->year - 1)});
    for (int row = 0; row < lines.size(); ++row) {
        const Line &line = lines.at(row);
        auto *label =
            new QTableWidgetItem(line.heading ? line.label : QStringLiteral("    ") + line.label);
        if (line.heading) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            label->setBackground(QColor(0xec, 0xef, 0xf1));
        }
        m_preview->setItem(row, 0, label);
        for (int col = 1; col <= 2; ++col) {
            auto *item = new QTableWidgetItem(col == 1 ? line.current : line.previous);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (line.heading)
                item->setBackground(QColor(0xec, 0xef, 0xf1));
            m_preview->setItem(row, col, item);
        }
    }
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->resizeColumnToContents(1);
    m_preview->resizeColumnToContents(2);
    m_preview->setColumnWidth(1, std::max(m_preview->columnWidth(1), 160));
    m_preview->setColumnWidth(2, std::max(m_preview->columnWidth(2), 160));
    updateActions();
}

} // namespace Jiandu::Ui
