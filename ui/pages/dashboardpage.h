#pragma once

#include "rules/warning.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Jiandu::Ui {

class AppContext;
class BackgroundTask;
class DashboardCharts;
class DeadlinesPanel;

// 工作台: the warnings (预警) grouped by rule with counts, filtered by level from the summary;
// double-click opens the record. Beside them what is due in the next seven days, below them
// the charts (dashboardpagefigures.cpp); every bar leads to its records.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(AppContext &context, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // The warnings shown, as of asOf() (after the last finished evaluation).
    [[nodiscard]] const QList<Rules::Warning> &warnings() const { return m_warnings; }
    [[nodiscard]] QDate asOf() const { return m_asOf; }
    [[nodiscard]] DashboardCharts *charts() const { return m_charts; }
    [[nodiscard]] DeadlinesPanel *deadlines() const { return m_deadlines; }
    // The level the warning list is limited to (a click on its count), if any.
    [[nodiscard]] std::optional<Rules::Level> levelFilter() const { return m_levelFilter; }
    void setLevelFilter(std::optional<Rules::Level> level);
    // Waits for the rules and the charts' figures running off the GUI thread (tests).
    void waitForBackgroundWork();

    // Item data roles of the tree's warning rows.
    enum Role
    {
        RecordIdRole = Qt::UserRole + 1,
        SubjectRole,
        RuleRole,
        LevelRole
    };

public Q_SLOTS:
    // Evaluates the rules again off the GUI thread (a request while one runs is queued).
    void refresh();

Q_SIGNALS:
    // An evaluation finished and the tree shows its result.
    void refreshed();
    // The charts and the deadline panel show fresh figures.
    void figuresRefreshed();
    // Drill-down from the charts (the main window opens the page).
    void openCasesFiledIn(int year, int month);
    void openTasks(const QString &unit);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome
    {
        QDate asOf;
        QList<Rules::Warning> warnings;
        QString error;
    };

    void buildUi();
    void retranslateUi();
    void apply(Outcome outcome);
    void fillTree();
    void updateSummary();
    void open(QTreeWidgetItem *item);
    QWidget *buildOverview(QWidget *warnings);
    void refreshFigures();
    void applyLevelFilter();

    AppContext &m_context;
    BackgroundTask *m_task = nullptr;
    QTimer *m_debounce = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QTreeWidget *m_tree = nullptr;
    QList<Rules::Warning> m_warnings;
    QDate m_asOf;
    QString m_error;
    bool m_pending = false;
    BackgroundTask *m_figuresTask = nullptr;
    DashboardCharts *m_charts = nullptr;
    DeadlinesPanel *m_deadlines = nullptr;
    std::optional<Rules::Level> m_levelFilter;
    bool m_figuresPending = false;
};

} // namespace Jiandu::Ui
