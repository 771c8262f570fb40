#include "supervisionpage.h"

#include "appcontext.h"
#include "dialogs/activitydialog.h"
#include "dialogs/taskdialog.h"
#include "models/tasktablemodel.h"
#include "storage/activityrepository.h"
#include "storage/agencyrepository.h"
#include "widgets/vocabcombo.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

enum CompletionColumn
{
    NameColumn,
    TotalColumn,
    RateColumn,
    OverdueColumn,
    CompletionColumnCount
};

QTableWidget *completionTable(QWidget *parent, const char *name, const QString &first)
{
    auto *table = new QTableWidget(0, CompletionColumnCount, parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels({first, SupervisionPage::tr("Tasks"),
                                      SupervisionPage::tr("Completion rate"),
                                      SupervisionPage::tr("Overdue")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c = TotalColumn; c < CompletionColumnCount; ++c)
        table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    table->setWordWrap(false);
    return table;
}

// 完成率 = signed off / total, "62.5%"; an empty group has none.
QString rateText(const TaskCompletion &c)
{
    if (c.total == 0)
        return QStringLiteral("—");
    return QStringLiteral("%1%").arg(QString::number(100.0 * c.signedOff / c.total, 'f', 1)
                                         .remove(QRegularExpression(QStringLiteral("\\.0$"))));
}

void setCompletionRow(QTableWidget *table, int row, qint64 id, const QString &name,
                      const TaskCompletion &c)
{
    auto *nameItem = new QTableWidgetItem(name);
    nameItem->setData(kIdRole, id);
    nameItem->setToolTip(name);
    table->setItem(row, NameColumn, nameItem);
    auto *total = new QTableWidgetItem(QString::number(c.total));
    total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->setItem(row, TotalColumn, total);
    auto *rate = new QTableWidgetItem(rateText(c));
    rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    rate->setToolTip(SupervisionPage::tr("%1 signed off, %2 completed and waiting for "
                                         "verification, of %3")
                         .arg(c.signedOff)
                         .arg(c.completed)
                         .arg(c.total));
    if (c.total > 0 && c.signedOff == c.total)
        rate->setForeground(QColor(0x2e, 0x7d, 0x32));
    table->setItem(row, RateColumn, rate);
    auto *overdue = new QTableWidgetItem(c.overdue ? QString::number(c.overdue) : QString());
    overdue->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (c.overdue)
        overdue->setForeground(QColor(0xb7, 0x1c, 0x1c));
    table->setItem(row, OverdueColumn, overdue);
}

} // namespace

SupervisionPage::SupervisionPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new TaskTableModel(context.db(), this)),
      m_tabs(new QTabWidget(this)), m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("supervisionPage"));
    buildActions();
    m_tabs->setObjectName(QStringLiteral("supervisionTabs"));
    m_tabs->addTab(buildLedgerTab(), tr("Rectification ledger"));
    m_tabs->addTab(buildFindingsTab(), tr("Findings"));

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("supervisionSplitter"));
    splitter->addWidget(buildActivityPanel());
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({330, 1070});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &SupervisionPage::applyFilters);
    connect(m_model, &TaskTableModel::totalChanged, this, &SupervisionPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SupervisionPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_columnsSized && m_model->rowCount() > 0) {
            m_columnsSized = true;
            sizeColumns();
        }
    });
    connect(m_model, &TaskTableModel::loadFailed, this, [this](const QString &message) {
        m_count->setText(tr("The ledger could not be read: %1").arg(message));
    });
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openTask(m_model->taskId(index.row())); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SupervisionPage::updateActions);
    connect(m_activities, &QTableWidget::itemSelectionChanged, this, [this] {
        applyFilters();
        reloadFindings();
    });
    connect(m_activities, &QTableWidget::itemDoubleClicked, this, [this] {
        if (currentActivityId() > 0)
            editActivity();
    });
    connect(&m_context, &AppContext::dataChanged, this, [this](const QString &table) {
        if (table == u"supervision_activity" || table == u"rectification_task"
            || table == u"finding" || table == u"agency")
            refresh();
    });
    refresh();
}

SupervisionPage::~SupervisionPage() = default;

void SupervisionPage::buildActions()
{
    auto make = [this](const QString &icon, const QString &text, const char *name, auto slot) {
        auto *action = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, this);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_newActivityAction = make(QStringLiteral("add"), tr("New activity…"), "newActivityAction",
                               [this] { newActivity(); });
    m_editActivityAction = make(QStringLiteral("edit"), tr("Edit activity…"),
                                "editActivityAction", [this] { editActivity(); });
    m_newTaskAction =
        make(QStringLiteral("add"), tr("New task…"), "newTaskAction", [this] { newTask(); });
    m_openTaskAction = make(QStringLiteral("edit"), tr("Open task"), "openTaskAction",
                            [this] { openTask(currentTaskId()); });
    m_previewAction = make(QStringLiteral("print"), tr("Print preview…"), "previewAction",
                           [this] { printPreview(); });
    m_printAction = make(QStringLiteral("print"), tr("Print…"), "printAction",
                         [this] { printToPrinter(); });
    m_pdfAction = make(QStringLiteral("export"), tr("PDF…"), "pdfAction", [this] { savePdf(); });
    m_exportAction = make(QStringLiteral("export"), tr("Export…"), "exportAction",
                          [this] { exportLedger(); });
    m_newTaskAction->setShortcut(QKeySequence::New);
    m_printAction->setShortcut(QKeySequence::Print);
    for (QAction *a : {m_newTaskAction, m_printAction})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_previewAction->setToolTip(tr("Print preview of the ledger of the current filter"));
    m_pdfAction->setToolTip(tr("Save the ledger of the current filter as a PDF"));
    m_exportAction->setToolTip(tr("Export the tasks of the chosen activity and body (XLSX, CSV "
                                  "or JSON, in the import layout)"));
}

QWidget *SupervisionPage::buildActivityPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *toolbar = new QToolBar(panel);
    toolbar->setObjectName(QStringLiteral("activityToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_newActivityAction, m_editActivityAction});
    m_activities = completionTable(panel, "activityTable", tr("Activity"));
    m_activitySummary = new QLabel(panel);
    m_activitySummary->setObjectName(QStringLiteral("activitySummary"));
    m_activitySummary->setWordWrap(true);
    layout->addWidget(toolbar);
    layout->addWidget(m_activities, 1);
    layout->addWidget(m_activitySummary);
    return panel;
}

QWidget *SupervisionPage::buildLedgerTab()
{
    auto *tab = new QWidget(this);
    auto *toolbar = new QToolBar(tab);
    toolbar->setObjectName(QStringLiteral("ledgerToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_newTaskAction, m_openTaskAction});
    toolbar->addSeparator();
    toolbar->addActions({m_previewAction, m_printAction, m_pdfAction, m_exportAction});

    m_table = new QTableView(tab);
    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_count = new QLabel(tab);
    m_count->setObjectName(QStringLiteral("countLabel"));

    m_units = completionTable(tab, "unitTable", tr("Unit"));
    auto *unitBox = new QWidget(tab);
    auto *unitLayout = new QVBoxLayout(unitBox);
    unitLayout->setContentsMargins(0, 0, 0, 0);
    unitLayout->addWidget(new QLabel(tr("Completion per responsible unit:"), unitBox));
    unitLayout->addWidget(m_units);

    auto *split = new QSplitter(Qt::Vertical, tab);
    split->setObjectName(QStringLiteral("ledgerSplitter"));
    auto *top = new QWidget(split);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_count);
    split->addWidget(top);
    split->addWidget(unitBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(toolbar);
    layout->addWidget(buildFilterBar());
    layout->addWidget(split, 1);
    return tab;
}

// Widths for a ledger read on screen: long texts are elided (the tooltip has them whole).
void SupervisionPage::sizeColumns()
{
    const int em = m_table->fontMetrics().horizontalAdvance(QChar(0x6C49)); // 汉
    const struct
    {
        int column;
        int chars;
    } widths[] = {{TaskTableModel::Problem, 13},  {TaskTableModel::Measures, 10},
                  {TaskTableModel::LeadUnit, 7},  {TaskTableModel::ResponsibleUnits, 8},
                  {TaskTableModel::Deadline, 9},  {TaskTableModel::Progress, 11},
                  {TaskTableModel::Completion, 10}};
    m_table->resizeColumnToContents(TaskTableModel::Seq);
    for (const auto &w : widths)
        m_table->setColumnWidth(w.column, w.chars * em + 12);
}

QWidget *SupervisionPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search problem, measures or number"));
    m_search->setClearButtonEnabled(true);
    m_agencyFilter = new QComboBox(bar);
    m_agencyFilter->setObjectName(QStringLiteral("agencyFilter"));
    m_agencyFilter->setMinimumContentsLength(10);
    m_agencyFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unitFilter = new QLineEdit(bar);
    m_unitFilter->setObjectName(QStringLiteral("unitFilter"));
    m_unitFilter->setPlaceholderText(tr("Unit name"));
    m_unitFilter->setClearButtonEnabled(true);
    m_statusFilter = new QComboBox(bar);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    VocabCombo::fill<TaskStatus>(m_statusFilter, tr("All states"), true);
    m_overdueOnly = new QCheckBox(tr("Overdue only"), bar);
    m_overdueOnly->setObjectName(QStringLiteral("overdueFilter"));
    layout->addWidget(m_search, 2);
    layout->addWidget(m_agencyFilter, 1);
    layout->addWidget(m_unitFilter, 1);
    layout->addWidget(m_statusFilter);
    layout->addWidget(m_overdueOnly);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_unitFilter, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_agencyFilter, m_statusFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &SupervisionPage::applyFilters);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &SupervisionPage::applyFilters);
    return bar;
}

qint64 SupervisionPage::currentActivityId() const
{
    const int row = m_activities->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_activities->item(row, NameColumn) : nullptr;
    return item ? item->data(kIdRole).toLongLong() : 0;
}

qint64 SupervisionPage::currentTaskId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return m_model->taskId(rows.isEmpty() ? m_table->currentIndex().row() : rows.first().row());
}

void SupervisionPage::selectActivity(qint64 activityId)
{
    for (int row = 0; row < m_activities->rowCount(); ++row)
        if (m_activities->item(row, NameColumn)->data(kIdRole).toLongLong() == activityId)
            return m_activities->selectRow(row);
}

TaskQuery SupervisionPage::currentQuery() const
{
    TaskQuery q;
    if (const qint64 activity = currentActivityId(); activity > 0)
        q.activityId = activity;
    if (const qint64 agency = m_agencyFilter->currentData().toLongLong(); agency > 0)
        q.agencyId = agency;
    q.unit = m_unitFilter->text().trimmed();
    q.status = VocabCombo::value<TaskStatus>(m_statusFilter);
    q.overdueOnly = m_overdueOnly->isChecked();
    q.asOf = m_context.today();
    q.text = m_search->text().trimmed();
    return q;
}

void SupervisionPage::refresh()
{
    const qint64 agency = m_agencyFilter->currentData().toLongLong();
    {
        const QSignalBlocker block(m_agencyFilter);
        m_agencyFilter->clear();
        m_agencyFilter->addItem(tr("All bodies"), 0);
        if (auto all = AgencyRepository(m_context.db()).all())
            for (const Agency &a : all.value())
                m_agencyFilter->addItem(a.name, a.id);
        m_agencyFilter->setCurrentIndex(std::max(0, m_agencyFilter->findData(agency)));
    }
    reloadActivities();
    applyFilters();
    reloadFindings();
}

// The activities with their completion under the filters other than activity and status.
void SupervisionPage::reloadActivities()
{
    const qint64 current = currentActivityId();
    TaskQuery q = currentQuery();
    q.activityId.reset();
    q.status.reset();
    q.overdueOnly = false;
    QHash<qint64, TaskCompletion> byActivity;
    TaskCompletion all;
    if (auto rates = TaskRepository(m_context.db()).completionByActivity(q)) {
        for (const TaskCompletion &c : rates.value()) {
            byActivity.insert(c.id, c);
            all.total += c.total;
            all.signedOff += c.signedOff;
            all.completed += c.completed;
            all.overdue += c.overdue;
        }
    }
    const auto activities = ActivityRepository(m_context.db()).list();
    const QSignalBlocker block(m_activities);
    m_activities->setRowCount(0);
    const QList<SupervisionActivity> list = activities ? activities.value()
                                                       : QList<SupervisionActivity>{};
    m_activities->setRowCount(int(list.size()) + 1);
    setCompletionRow(m_activities, 0, 0, tr("All activities"), all);
    for (int i = 0; i < list.size(); ++i) {
        const SupervisionActivity &a = list.at(i);
        setCompletionRow(m_activities, i + 1, a.id, a.name, byActivity.value(a.id));
        m_activities->item(i + 1, NameColumn)
            ->setToolTip(QStringLiteral("%1\n%2").arg(a.name, Vocab::label(a.kind)));
    }
    m_activitySummary->setText(
        activities ? tr("Completion rate = signed off / total; %n activity(ies).", nullptr, int(list.size()))
                   : activities.error().toString());
    int row = 0;
    for (int r = 0; r < m_activities->rowCount(); ++r)
        if (m_activities->item(r, NameColumn)->data(kIdRole).toLongLong() == current)
            row = r;
    m_activities->selectRow(row);
}

void SupervisionPage::reloadCompletion()
{
    TaskQuery q = currentQuery();
    q.status.reset();
    q.overdueOnly = false;
    auto rates = TaskRepository(m_context.db()).completionByUnit(q);
    const QList<TaskCompletion> list = rates ? rates.value() : QList<TaskCompletion>{};
    m_units->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i)
        setCompletionRow(m_units, i, list.at(i).id, list.at(i).name, list.at(i));
}

void SupervisionPage::applyFilters()
{
    m_searchTimer->stop();
    m_model->setQuery(currentQuery());
    reloadCompletion();
    updateActions();
    updateCount();
}

void SupervisionPage::updateCount()
{
    if (!m_model->lastError().isEmpty())
        return;
    const qint64 total = m_model->totalCount();
    QString text = total < 0 ? tr("Counting tasks…") : tr("%n task(s)", nullptr, int(total));
    if (total < 0 || m_model->rowCount() < total)
        text += tr(" — %1 loaded, scroll for more").arg(m_model->rowCount());
    m_count->setText(text);
}

void SupervisionPage::updateActions()
{
    m_openTaskAction->setEnabled(currentTaskId() > 0);
    m_editActivityAction->setEnabled(currentActivityId() > 0);
}

void SupervisionPage::waitForBackgroundWork()
{
    m_model->waitForCount();
}

TaskDialog *SupervisionPage::openTask(qint64 taskId)
{
    if (taskId <= 0)
        return nullptr;
    RectificationTask task;
    task.id = taskId;
    auto *dialog = new TaskDialog(m_context, task, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

TaskDialog *SupervisionPage::newTask()
{
    RectificationTask task;
    task.activityId = currentActivityId();
    if (task.activityId > 0) { // the next number after the activity's tasks
        TaskQuery q;
        q.activityId = task.activityId;
        if (auto n = TaskRepository(m_context.db()).count(q))
            task.seq = QString::number(n.value() + 1);
    }
    auto *dialog = new TaskDialog(m_context, task, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void SupervisionPage::newActivity()
{
    auto *dialog = new ActivityDialog(m_context, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectActivity(dialog->activityId()); });
    dialog->open();
}

void SupervisionPage::editActivity()
{
    if (currentActivityId() <= 0)
        return;
    auto *dialog = new ActivityDialog(m_context, currentActivityId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Jiandu::Ui
