#include "supervisionpage.h"

#include "appcontext.h"
#include "dialogs/activitydialog.h"
#include "dialogs/taskdialog.h"
#include "models/tasktablemodel.h"
#include "security/permissiongate.h"
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
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Jiandu::Ui {


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
    m_splitter = splitter;
    QSettings settings;
    splitter->restoreState(settings.value(QStringLiteral("supervision/splitter")).toByteArray());
    m_ledgerSplitter->restoreState(
        settings.value(QStringLiteral("supervision/ledgerSplitter")).toByteArray());

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
    // Tables written by dialogs, and the kinds an import wrote (Io::kindName).
    connect(&m_context, &AppContext::dataChanged, this, [this](const QString &table) {
        if (table == u"supervision_activity" || table == u"rectification_task"
            || table == u"finding" || table == u"agency" || table == u"tasks"
            || table == u"findings" || table == u"agencies")
            refresh();
    });
    refresh();
    applyPermissions();
    connect(&m_context, &AppContext::sessionChanged, this, &SupervisionPage::applyPermissions);
}

SupervisionPage::~SupervisionPage()
{
    QSettings settings;
    settings.setValue(QStringLiteral("supervision/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("supervision/ledgerSplitter"), m_ledgerSplitter->saveState());
}

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
    m_importAction = make(QStringLiteral("import"), tr("Import tasks…"), "importTasksAction",
                          [this] { importTasks(); });
    m_newTaskAction->setShortcut(QKeySequence::New);
    m_printAction->setShortcut(QKeySequence::Print);
    for (QAction *a : {m_newTaskAction, m_printAction})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_previewAction->setToolTip(tr("Print preview of the ledger of the current filter"));
    m_pdfAction->setToolTip(tr("Save the ledger of the current filter as a PDF"));
    m_exportAction->setToolTip(tr("Export the tasks of the chosen activity and body (XLSX, CSV "
                                  "or JSON, in the import layout)"));
    m_importAction->setToolTip(tr("Import rectification tasks from an XLSX or CSV table (a "
                                  "rectification plan in the import layout)"));
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
    toolbar->addSeparator();
    toolbar->addAction(m_importAction);

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
    m_ledgerSplitter = split;
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

qint64 SupervisionPage::currentTaskId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return m_model->taskId(rows.isEmpty() ? m_table->currentIndex().row() : rows.first().row());
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
        PermissionGate::lockAgency(m_agencyFilter, m_context); // an agency-limited account
    }
    reloadActivities();
    applyFilters();
    reloadFindings();
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

void SupervisionPage::applyPermissions()
{
    PermissionGate::gateNamed(this, m_context,
                              {
                                  {"newActivityAction", Security::Permission::EditData},
                                  {"editActivityAction", Security::Permission::EditData},
                                  {"newTaskAction", Security::Permission::EditData},
                                  {"importTasksAction", Security::Permission::EditData},
                                  {"newFindingButton", Security::Permission::EditData},
                                  {"taskFromFindingButton", Security::Permission::EditData},
                                  {"draftDocumentButton", Security::Permission::EditData},
                                  {"previewAction", Security::Permission::Print},
                                  {"printAction", Security::Permission::Print},
                                  {"pdfAction", Security::Permission::Print},
                                  {"exportAction", Security::Permission::Export},
                              });
    updateActions();
    updateFindingActions();
}

} // namespace Jiandu::Ui
