// The dashboard beyond the warning list: the deadline panel, the charts and the level filter.

#include "dashboardpage.h"

#include "appcontext.h"
#include "dashboardcharts.h"
#include "storage/database.h"
#include "widgets/deadlinespanel.h"
#include "workers/backgroundtask.h"

#include <QCoreApplication>
#include <QSplitter>
#include <QTreeWidget>

namespace Jiandu::Ui {

namespace {

struct Figures
{
    DashboardCharts::Figures charts;
    QList<Report::DueTask> dueTasks;
};

} // namespace

QWidget *DashboardPage::buildOverview(QWidget *warnings)
{
    m_figuresTask = new BackgroundTask(m_context.db(), this);
    m_deadlines = new DeadlinesPanel(m_context, this);
    m_deadlines->setObjectName(QStringLiteral("deadlinesPanel"));
    m_charts = new DashboardCharts(this);
    m_charts->setObjectName(QStringLiteral("dashboardCharts"));
    connect(m_charts, &DashboardCharts::monthActivated, this, &DashboardPage::openCasesFiledIn);
    connect(m_charts, &DashboardCharts::unitActivated, this, &DashboardPage::openTasks);
    connect(m_charts, &DashboardCharts::agencyActivated, &m_context,
            &AppContext::showAgencyRequested);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(QStringLiteral("warningSplitter"));
    top->setChildrenCollapsible(false);
    top->addWidget(warnings);
    top->addWidget(m_deadlines);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setSizes({640, 400});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("dashboardSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(top);
    split->addWidget(m_charts);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    return split;
}

// The charts' aggregates and the tasks due, one statement each, off the GUI thread.
void DashboardPage::refreshFigures()
{
    if (m_figuresTask->isRunning()) {
        m_figuresPending = true;
        return;
    }
    m_figuresPending = false;
    Database &db = m_context.db();
    const QDate today = m_context.today();
    m_figuresTask->start<Figures>(
        [&db, today] {
            Figures f;
            f.charts = DashboardCharts::compute(db, today);
            if (auto r = Report::tasksDueBetween(db, today, today.addDays(DeadlinesPanel::kDays)))
                f.dueTasks = std::move(*r);
            else
                f.charts.error += QLatin1Char(' ') + r.error().toString();
            return f;
        },
        [this](Figures f) {
            m_charts->setFigures(std::move(f.charts));
            m_deadlines->setTasks(f.dueTasks);
            if (m_figuresPending)
                refreshFigures();
            else
                Q_EMIT figuresRefreshed();
        });
}

void DashboardPage::setLevelFilter(std::optional<Rules::Level> level)
{
    m_levelFilter = level;
    applyLevelFilter();
    updateSummary();
}

// Hides the warnings of other levels, and the rule headings left without a visible row.
void DashboardPage::applyLevelFilter()
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_tree->topLevelItem(i);
        int shown = 0;
        for (int j = 0; j < top->childCount(); ++j) {
            QTreeWidgetItem *item = top->child(j);
            const auto level = Rules::Level(item->data(0, LevelRole).toInt());
            const bool hide = m_levelFilter && level != *m_levelFilter;
            item->setHidden(hide);
            shown += hide ? 0 : 1;
        }
        top->setHidden(shown == 0);
    }
}

void DashboardPage::waitForBackgroundWork()
{
    for (BackgroundTask *task : {m_task, m_figuresTask})
        while (task->isRunning()) {
            task->wait();
            QCoreApplication::processEvents();
        }
}

} // namespace Jiandu::Ui
