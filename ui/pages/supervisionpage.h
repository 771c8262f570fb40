#pragma once

#include "storage/audittrail.h"
#include "storage/taskrepository.h"
#include "util/result.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QSplitter;
class QTableView;
class QTableWidget;
class QTabWidget;
class QTimer;
class QToolButton;

namespace Jiandu::Documents {
struct LedgerData;
}

namespace Jiandu::Ui {

class AppContext;
class DocumentEditor;
class ImportWizard;
class TaskDialog;
class TaskTableModel;

// 监督与整改: on the left the supervision activities with their completion rate (完成率 =
// signed off / total) and overdue counts; on the right the rectification ledger (整改台账) of
// the chosen activity with filters (body, unit, status, overdue only, search), the completion
// per unit under it, and the findings of the activity on a second tab (a task or a document
// drafted from one). The ledger of the current filter prints (preview, printer, PDF off the
// GUI thread) and exports; tasks import through the import wizard.
class SupervisionPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisionPage)

public:
    static constexpr int kSearchDelayMs = 300;

    explicit SupervisionPage(AppContext &context, QWidget *parent = nullptr);
    ~SupervisionPage() override;

    [[nodiscard]] TaskTableModel *model() const { return m_model; }
    // The filters as a ledger query (as of today).
    [[nodiscard]] TaskQuery currentQuery() const;
    // The chosen activity, 0 for all.
    [[nodiscard]] qint64 currentActivityId() const;
    [[nodiscard]] qint64 currentTaskId() const;
    // The finding chosen on the findings tab, 0 for none.
    [[nodiscard]] qint64 currentFindingId() const;
    void selectActivity(qint64 activityId);
    // The ledger of every activity filtered to one unit (from the dashboard's chart).
    void showUnit(const QString &unit);
    // Waits for the count running off the GUI thread (tests).
    void waitForBackgroundWork();
    // The ledger of the current filter as printed.
    [[nodiscard]] Result<Documents::LedgerData> ledger() const;
    // Writes the ledger of the current filter to a PDF off the GUI thread behind a progress
    // dialog; returns the number of pages (tests call it directly).
    Result<int> writeLedgerPdf(const QString &path);
    // Exports the ledger of the current filter (.xlsx / .csv by suffix).
    Result<int> exportTo(const QString &path);

public Q_SLOTS:
    // Disables, with the reason as tooltip, what the logged-in role may not do (on every
    // session change; single-user mode allows everything).
    void applyPermissions();
    void refresh();
    void applyFilters();
    // The task dialog (window-modal, returns at once); 0 opens a new task.
    TaskDialog *openTask(qint64 taskId);
    TaskDialog *newTask();
    void newActivity();
    void editActivity();
    // The import wizard (window-modal, returns at once) preset to tasks, with the source date
    // of the chosen activity when it has one. The ledger refreshes after an import (dataChanged).
    ImportWizard *importTasks();
    // A new draft of `kind` from the chosen finding, opened in the document editor.
    DocumentEditor *draftDocument(DocumentKind kind = DocumentKind::RectificationNotice);

private:
    QWidget *buildActivityPanel();
    QWidget *buildLedgerTab();
    QWidget *buildFilterBar();
    void buildActions();
    void reloadActivities();
    void reloadCompletion();
    void sizeColumns();
    static QTableWidget *completionTable(QWidget *parent, const char *name, const QString &first);
    void updateCount();
    void updateActions();
    void printPreview();
    void printToPrinter();
    void savePdf();
    void exportLedger();
    Result<int> paint(QPrinter &printer);
    VoidResult auditLedger(AuditEntry::Action action, const QString &file, int pages,
                           int rows = -1);

    // supervisionpagerates.cpp: buildActivityPanel, reloadActivities, reloadCompletion.

    // supervisionpagefindings.cpp
    QWidget *buildFindingsTab();
    void reloadFindings();
    void newFinding();
    TaskDialog *taskFromFinding();
    QToolButton *buildDraftButton(QWidget *parent);
    void updateFindingActions();

    AppContext &m_context;
    TaskTableModel *m_model;
    QTableWidget *m_activities = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_ledgerSplitter = nullptr;
    QTableView *m_table = nullptr;
    QTableWidget *m_units = nullptr;
    QTableWidget *m_findings = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_agencyFilter = nullptr;
    QLineEdit *m_unitFilter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QCheckBox *m_overdueOnly = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_activitySummary = nullptr;
    QTimer *m_searchTimer = nullptr;
    QAction *m_newActivityAction = nullptr;
    QAction *m_editActivityAction = nullptr;
    QAction *m_newTaskAction = nullptr;
    QAction *m_openTaskAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_pdfAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    QWidget *m_taskFromFindingButton = nullptr;
    QToolButton *m_draftButton = nullptr;
    bool m_columnsSized = false;
};

} // namespace Jiandu::Ui
