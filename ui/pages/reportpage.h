#pragma once

#include "report/annualreport.h"
#include "storage/reportrepository.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QPrintPreviewWidget;
class QTabWidget;
class QTableWidget;

namespace Jiandu::Ui {

class AppContext;
class BackgroundTask;

// 年度报告: choose the year and the scope (the region or one body), compute the annual report
// off the GUI thread, look at its key figures, export it (JSON, CSV, XLSX through the core
// writers) and finalise it (定稿). The year defaults to last year in the first quarter (the
// report is due by 31 January and compiled until spring), else to this year.
class ReportPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPage)

public:
    explicit ReportPage(AppContext &context, QWidget *parent = nullptr);
    ~ReportPage() override;

    static int defaultYear(const QDate &today);

    [[nodiscard]] int year() const;
    [[nodiscard]] std::optional<qint64> agencyId() const; // nullopt: the whole region
    void setYear(int year);
    void setAgency(std::optional<qint64> agencyId);

    // The last computed report, if any (what the preview shows and the exports write).
    [[nodiscard]] const std::optional<AnnualReport> &report() const { return m_report; }
    [[nodiscard]] bool isComputing() const;
    // Waits for a running computation and delivers its result (tests).
    void waitForBackgroundWork();

    [[nodiscard]] QTabWidget *previewTabs() const { return m_tabs; }
    [[nodiscard]] QPrintPreviewWidget *printPreview() const { return m_printPreview; }

    // Writes the computed report; the format follows the suffix (.json, .csv, .xlsx).
    VoidResult exportTo(const QString &path);

    // Records the computed report as finalised (定稿); asks first when `confirm`.
    void finalise(bool confirm = true);
    // Recomputes the finalisation of row `row` of the list (same year, scope, as-of) off the
    // GUI thread and shows the keys whose values differ now (differencesFound).
    void compareWithNow(int row);
    [[nodiscard]] QTableWidget *finalisations() const { return m_finals; }

public Q_SLOTS:
    // Disables, with the reason as tooltip, what the logged-in role may not do (on every
    // session change; single-user mode allows everything).
    void applyPermissions();
    // Computes the report of the chosen year and scope off the GUI thread.
    void compute();
    void reloadAgencies();

Q_SIGNALS:
    // A computation finished (the preview shows it, or the error).
    void computed();
    void finalised();
    // The differences between a finalisation and its recomputation (empty: identical).
    void differencesFound(const QStringList &keys);

private:
    struct Outcome
    {
        std::optional<AnnualReport> report;
        QString error;
    };

    QWidget *buildBar();
    QWidget *buildFinalisation();
    QWidget *buildPreview();
    void updatePrintPreview();
    void reloadFinalisations();
    void updateFinaliseActions();
    void printReport();
    void showDifferences(const FinalisedReport &final, const QList<ReportDifference> &diffs);
    VoidResult exportDocument(const QString &path);
    VoidResult recordExport(const QString &path); // an Export event in the audit trail
    void apply(Outcome outcome);
    void fillPreview();
    void updateActions();
    void exportAs(const QString &suffix);
    QDate asOfFor(int year) const;

    AppContext &m_context;
    BackgroundTask *m_task;
    QSpinBox *m_year = nullptr;
    QComboBox *m_scope = nullptr;
    QPushButton *m_compute = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_exportJson = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportXlsx = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_exportOdt = nullptr;
    QPushButton *m_print = nullptr;
    QTableWidget *m_preview = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPrintPreviewWidget *m_printPreview = nullptr;
    bool m_printStale = true;
    QPushButton *m_finalise = nullptr;
    QPushButton *m_compareButton = nullptr;
    QLabel *m_finalLabel = nullptr;
    QTableWidget *m_finals = nullptr;
    std::optional<AnnualReport> m_report;
    QList<FinalisedReport> m_finalList;
    BackgroundTask *m_compareTask = nullptr;
    bool m_pending = false;
};

} // namespace Jiandu::Ui
