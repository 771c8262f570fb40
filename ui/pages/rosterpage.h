#pragma once

#include "util/result.h"

#include <QList>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QTreeView;

namespace Jiandu::Ui {

class AgencyTreeModel;
class AppContext;
class OfficerDialog;
class OfficerTableModel;

// 执法人员: the agency tree on the left; on the right a toolbar, search and filters over the
// lazily paged officer table. Double-click or 编辑 opens the officer dialog.
class RosterPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterPage)

public:
    static constexpr int kSearchDelayMs = 250;

    explicit RosterPage(AppContext &context, QWidget *parent = nullptr);

    [[nodiscard]] OfficerTableModel *model() const { return m_model; }
    [[nodiscard]] AgencyTreeModel *agencyModel() const { return m_agencyModel; }
    // Agencies of the selected tree node and its subtree; empty: all.
    [[nodiscard]] QList<qint64> selectedAgencyIds() const;
    [[nodiscard]] qint64 currentOfficerId() const;
    // Writes the officers of the selected agencies (.xlsx, .csv or .json by suffix) with
    // identity-card and phone numbers masked. Returns the number of officers written.
    Result<int> exportTo(const QString &path);

public Q_SLOTS:
    // Disables, with the reason as tooltip, what the logged-in role may not do (on every
    // session change; single-user mode allows everything).
    void applyPermissions();
    // Re-reads the tree counts and the table with the current filters.
    void refresh();
    // Applies the search box and filters now (the search box waits kSearchDelayMs).
    void applyFilters();
    // Opens the officer dialog (window-modal, returns at once); 0 for a new officer.
    OfficerDialog *openOfficer(qint64 officerId);
    void selectAgency(qint64 agencyId);

private:
    QWidget *buildFilterBar();
    void buildActions();
    void updateActions();
    void updateCount();
    void removeSelected();
    void exportRoster();
    void importOfficers();
    void printRoster();

    AppContext &m_context;
    AgencyTreeModel *m_agencyModel;
    OfficerTableModel *m_model;
    QTreeView *m_tree;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_statusFilter;
    QComboBox *m_certFilter;
    QCheckBox *m_trainingShort;
    QLabel *m_count;
    QTimer *m_searchTimer;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_printAction = nullptr;
    QList<QAction *> m_actions;
    bool m_columnsSized = false;
};

} // namespace Jiandu::Ui
