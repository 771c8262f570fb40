#pragma once

#include "util/result.h"

#include <QDate>
#include <QList>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;
class QTreeView;

namespace Jiandu::Ui {

class AgencyTreeModel;
class AppContext;
class BackgroundTask;
class CaseDialog;
class CaseTableModel;
class CaseViewDialog;

// 执法案件: the agency tree on the left; on the right a toolbar, search and filters (kind,
// year, status, has warnings) over the lazily paged case table. Double-click opens the case
// view; 新建 / 编辑 open the case form.
class CasesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CasesPage)

public:
    static constexpr int kSearchDelayMs = 300;

    explicit CasesPage(AppContext &context, QWidget *parent = nullptr);
    ~CasesPage() override;

    [[nodiscard]] CaseTableModel *model() const { return m_model; }
    [[nodiscard]] QList<qint64> selectedAgencyIds() const;
    [[nodiscard]] qint64 currentCaseId() const;
    // Waits for the count and the warning check running off the GUI thread (tests).
    void waitForBackgroundWork();
    // Writes the cases of the selected agencies (.xlsx, .csv or .json by suffix).
    Result<int> exportTo(const QString &path);

public Q_SLOTS:
    // Disables, with the reason as tooltip, what the logged-in role may not do (on every
    // session change; single-user mode allows everything).
    void applyPermissions();
    void refresh();
    // Applies the search box and filters now (the search box waits kSearchDelayMs).
    void applyFilters();
    // The read-only view of a case (window-modal, returns at once).
    CaseViewDialog *openCase(qint64 caseId);
    // The case form; 0 for a new case.
    CaseDialog *editCase(qint64 caseId);
    void selectAgency(qint64 agencyId);
    // Every body's cases filed in that month (the dashboard's chart); the other filters are
    // reset. A chip above the table shows the month and removes the filter.
    void showFiledIn(int year, int month);
    void clearFiledFilter();

private:
    QWidget *buildFilterBar();
    void buildActions();
    void updateActions();
    void updateCount();
    void checkWarnings();
    void removeSelected();
    void exportCases();
    void importCases();

    AppContext &m_context;
    AgencyTreeModel *m_agencyModel;
    CaseTableModel *m_model;
    QTreeView *m_tree;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_kindFilter;
    QComboBox *m_yearFilter;
    QComboBox *m_statusFilter;
    QCheckBox *m_warningsOnly;
    QToolButton *m_filedChip = nullptr;
    QDate m_filedFrom; // the month filter of showFiledIn; invalid: none
    QLabel *m_count;
    QTimer *m_searchTimer;
    BackgroundTask *m_warningTask;
    // The cases with a warning from a case rule; nullopt until checked (again).
    std::optional<QList<qint64>> m_warnedIds;
    QString m_warningError;
    QAction *m_newAction = nullptr;
    QAction *m_viewAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    bool m_columnsSized = false;
};

} // namespace Jiandu::Ui
