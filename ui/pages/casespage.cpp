#include "casespage.h"

#include "appcontext.h"
#include "dialogs/casedialog.h"
#include "dialogs/caseviewdialog.h"
#include "models/agencytreemodel.h"
#include "models/casetablemodel.h"
#include "rules/warning.h"
#include "security/permissiongate.h"
#include "storage/caserepository.h"
#include "storage/transaction.h"
#include "widgets/vocabcombo.h"
#include "workers/backgroundtask.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardItem>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {

constexpr int kYearsShown = 11;

struct WarnedCases
{
    QList<qint64> ids;
    QString error;
};

// The cases named by any rule whose subject is a case, as of `asOf` (on a worker thread).
WarnedCases evaluateCaseRules(Database &db, const QDate &asOf)
{
    WarnedCases out;
    Rules::RuleContext context;
    context.asOf = asOf;
    context.settings = Rules::RuleSettings::load(db);
    QSet<qint64> seen;
    for (const Rules::Rule *rule : Rules::allRules()) {
        if (rule->subject() != Rules::Subject::Case)
            continue;
        auto warnings = rule->evaluate(db, context);
        if (!warnings) {
            out.error = warnings.error().toString();
            continue;
        }
        for (const Rules::Warning &w : warnings.value())
            if (w.recordId > 0 && !seen.contains(w.recordId)) {
                seen.insert(w.recordId);
                out.ids << w.recordId;
            }
    }
    return out;
}

// The shared tree labels each node with its officer count; on this page that number would
// read as a number of cases, so the nodes show their names only.
void dropOfficerCounts(QStandardItem *item)
{
    for (int row = 0; row < item->rowCount(); ++row) {
        QStandardItem *child = item->child(row);
        if (!child->toolTip().isEmpty())
            child->setText(child->toolTip());
        dropOfficerCounts(child);
    }
}

} // namespace

CasesPage::CasesPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_agencyModel(new AgencyTreeModel(context.db(), this)),
      m_model(new CaseTableModel(context.db(), this)), m_tree(new QTreeView(this)),
      m_table(new QTableView(this)), m_search(new QLineEdit(this)),
      m_kindFilter(new QComboBox(this)), m_yearFilter(new QComboBox(this)),
      m_statusFilter(new QComboBox(this)), m_warningsOnly(new QCheckBox(this)),
      m_count(new QLabel(this)), m_searchTimer(new QTimer(this)),
      m_warningTask(new BackgroundTask(context.db(), this))
{
    setObjectName(QStringLiteral("casesPage"));
    m_tree->setObjectName(QStringLiteral("agencyTree"));
    m_tree->setModel(m_agencyModel);
    m_tree->setHeaderHidden(true);
    m_tree->setMinimumWidth(200);

    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_count->setObjectName(QStringLiteral("countLabel"));

    buildActions();
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("casesToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_newAction, m_viewAction, m_editAction, m_removeAction});
    toolbar->addSeparator();
    toolbar->addActions({m_importAction, m_exportAction});

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(toolbar);
    rightLayout->addWidget(buildFilterBar());
    rightLayout->addWidget(m_table, 1);
    rightLayout->addWidget(m_count);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &CasesPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_model, &CaseTableModel::totalChanged, this, &CasesPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CasesPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_columnsSized && m_model->rowCount() > 0) {
            m_columnsSized = true;
            m_table->resizeColumnsToContents();
        }
    });
    connect(m_model, &CaseTableModel::loadFailed, this, [this](const QString &message) {
        m_count->setText(tr("The list could not be read: %1").arg(message));
    });
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openCase(m_model->caseId(index.row())); });
    connect(&m_context, &AppContext::dataChanged, this, [this] {
        m_warnedIds.reset(); // a change may raise or clear warnings
        refresh();
    });
    refresh();
    applyPermissions();
    connect(&m_context, &AppContext::sessionChanged, this, &CasesPage::applyPermissions);
}

CasesPage::~CasesPage() = default;

QWidget *CasesPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search case number, cause of action or party"));
    m_search->setClearButtonEnabled(true);
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    VocabCombo::fill<CaseKind>(m_kindFilter, tr("All kinds"), true);
    m_yearFilter->setObjectName(QStringLiteral("yearFilter"));
    m_yearFilter->addItem(tr("All years"), 0);
    for (int i = 0, year = m_context.today().year(); i < kYearsShown; ++i)
        m_yearFilter->addItem(QString::number(year - i), year - i);
    m_yearFilter->setToolTip(tr("The year a case counts in: its decision's, else its filing's"));
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All states"), -1);
    for (CaseStatus s : {CaseStatus::Open, CaseStatus::Decided, CaseStatus::Closed})
        m_statusFilter->addItem(CaseTableModel::statusLabel(s), int(s));
    m_warningsOnly->setObjectName(QStringLiteral("warningsFilter"));
    m_warningsOnly->setText(tr("With warnings"));
    m_warningsOnly->setToolTip(tr("Only cases named by a case rule (publicity, handling period, "
                                  "legal review, officers)"));
    layout->addWidget(m_search, 2);
    layout->addWidget(m_kindFilter);
    layout->addWidget(m_yearFilter);
    layout->addWidget(m_statusFilter);
    layout->addWidget(m_warningsOnly);
    m_filedChip = new QToolButton(bar);
    m_filedChip->setObjectName(QStringLiteral("filedChip"));
    m_filedChip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_filedChip->setToolTip(tr("Show the cases of every month again"));
    m_filedChip->hide();
    connect(m_filedChip, &QToolButton::clicked, this, &CasesPage::clearFiledFilter);
    layout->addWidget(m_filedChip);
    for (QComboBox *combo : {m_kindFilter, m_yearFilter, m_statusFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &CasesPage::applyFilters);
    connect(m_warningsOnly, &QCheckBox::toggled, this, &CasesPage::applyFilters);
    return bar;
}

void CasesPage::buildActions()
{
    auto make = [this](const QString &icon, const QString &text, const char *name, auto slot) {
        auto *action = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, this);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_newAction = make(QStringLiteral("add"), tr("New…"), "newCaseAction", [this] { editCase(0); });
    m_viewAction = make(QStringLiteral("cases"), tr("Open"), "openCaseAction",
                        [this] { openCase(currentCaseId()); });
    m_editAction = make(QStringLiteral("edit"), tr("Edit…"), "editCaseAction",
                        [this] { editCase(currentCaseId()); });
    m_removeAction = make(QStringLiteral("delete"), tr("Delete"), "deleteCaseAction",
                          [this] { removeSelected(); });
    m_importAction =
        make(QStringLiteral("import"), tr("Import…"), "importAction", [this] { importCases(); });
    m_exportAction =
        make(QStringLiteral("export"), tr("Export…"), "exportAction", [this] { exportCases(); });
    m_newAction->setShortcut(QKeySequence::New);
    m_removeAction->setShortcut(QKeySequence::Delete);
    for (QAction *a : {m_newAction, m_removeAction})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
}

void CasesPage::updateActions()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_viewAction->setEnabled(selected == 1);
    m_editAction->setEnabled(selected == 1);
    m_removeAction->setEnabled(selected > 0);
}

void CasesPage::updateCount()
{
    if (!m_model->lastError().isEmpty())
        return;
    const qint64 total = m_model->totalCount();
    QString text = total < 0 ? tr("Counting cases…") : tr("%n case(s)", nullptr, int(total));
    if (total < 0 || m_model->rowCount() < total)
        text += tr(" — %1 loaded, scroll for more").arg(m_model->rowCount());
    if (m_warningsOnly->isChecked() && !m_warnedIds)
        text = tr("Checking the case rules…");
    else if (m_warningsOnly->isChecked() && !m_warningError.isEmpty())
        text += tr(" (some rules failed: %1)").arg(m_warningError);
    m_count->setText(text);
}

QList<qint64> CasesPage::selectedAgencyIds() const
{
    return AgencyTreeModel::agencyIds(m_tree->currentIndex());
}

qint64 CasesPage::currentCaseId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return m_model->caseId(rows.isEmpty() ? m_table->currentIndex().row() : rows.first().row());
}

void CasesPage::waitForBackgroundWork()
{
    while (m_warningTask->isRunning()) {
        m_warningTask->wait();
        QCoreApplication::processEvents();
    }
    m_model->waitForCount();
}

void CasesPage::refresh()
{
    const qint64 agencyId = m_tree->currentIndex().data(AgencyTreeModel::AgencyIdRole).toLongLong();
    m_agencyModel->reload();
    dropOfficerCounts(m_agencyModel->invisibleRootItem());
    QModelIndex restore = agencyId ? m_agencyModel->indexOfAgency(agencyId) : QModelIndex();
    if (!restore.isValid())
        restore = m_agencyModel->index(0, 0);
    m_tree->expandToDepth(0);
    {
        const QSignalBlocker block(m_tree->selectionModel());
        m_tree->setCurrentIndex(restore);
    }
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CasesPage::applyFilters, Qt::UniqueConnection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CasesPage::updateActions, Qt::UniqueConnection);
    applyFilters();
}

// Runs the case rules off the GUI thread; the filter applies when they are back.
void CasesPage::checkWarnings()
{
    if (m_warningTask->isRunning())
        return;
    Database &db = m_context.db();
    const QDate asOf = m_context.today();
    m_warningTask->start<WarnedCases>([&db, asOf] { return evaluateCaseRules(db, asOf); },
                                      [this](WarnedCases result) {
                                          m_warnedIds = std::move(result.ids);
                                          m_warningError = result.error;
                                          if (m_warningsOnly->isChecked())
                                              applyFilters();
                                      });
}

void CasesPage::applyFilters()
{
    m_searchTimer->stop();
    CaseQuery q;
    q.text = m_search->text().trimmed();
    q.agencyIds = selectedAgencyIds();
    q.kind = VocabCombo::value<CaseKind>(m_kindFilter);
    if (const int year = m_yearFilter->currentData().toInt(); year > 0)
        q.year = year;
    if (const int status = m_statusFilter->currentData().toInt(); status >= 0)
        q.status = CaseStatus(status);
    if (m_filedFrom.isValid()) {
        q.openedFrom = m_filedFrom;
        q.openedBefore = m_filedFrom.addMonths(1);
    }
    if (m_warningsOnly->isChecked()) {
        if (!m_warnedIds)
            checkWarnings();
        q.onlyIds = m_warnedIds.value_or(QList<qint64>{}); // nothing until the rules are back
    }
    m_model->setQuery(q);
    updateActions();
    updateCount();
}

CaseViewDialog *CasesPage::openCase(qint64 caseId)
{
    if (caseId <= 0)
        return nullptr;
    auto *dialog = new CaseViewDialog(m_context, caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CaseViewDialog::editRequested, this, &CasesPage::editCase);
    dialog->open();
    return dialog;
}

CaseDialog *CasesPage::editCase(qint64 caseId)
{
    const QList<qint64> agencies = selectedAgencyIds();
    auto *dialog =
        new CaseDialog(m_context, caseId, this, agencies.size() == 1 ? agencies.first() : 0);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void CasesPage::selectAgency(qint64 agencyId)
{
    const QModelIndex index = m_agencyModel->indexOfAgency(agencyId);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void CasesPage::removeSelected()
{
    QList<qint64> ids;
    QStringList numbers;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        ids << m_model->caseId(index.row());
        numbers << index.siblingAtColumn(CaseTableModel::CaseNo).data().toString();
    }
    if (ids.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete cases"),
        tr("Delete %1 with their whole process record? The audit trail keeps a record.")
            .arg(numbers.join(QStringLiteral("、"))));
    if (answer != QMessageBox::Yes)
        return;
    Transaction tx(m_context.db());
    CaseRepository repo(m_context.db());
    for (qint64 id : ids) {
        if (auto r = repo.remove(id); !r)
            return (void)QMessageBox::warning(
                this, tr("Delete cases"), tr("Nothing was deleted. %1").arg(r.error().toString()));
    }
    if (auto r = tx.commit(); !r)
        return (void)QMessageBox::warning(this, tr("Delete cases"), r.error().toString());
    m_context.notifyDataChanged(QStringLiteral("enforcement_case"));
}

void CasesPage::applyPermissions()
{
    PermissionGate::gateNamed(this, m_context,
                              {
                                  {"newCaseAction", Security::Permission::EditData},
                                  {"editCaseAction", Security::Permission::EditData},
                                  {"deleteCaseAction", Security::Permission::EditData},
                                  {"importAction", Security::Permission::EditData},
                                  {"exportAction", Security::Permission::Export},
                              });
    updateActions();
}

} // namespace Jiandu::Ui
