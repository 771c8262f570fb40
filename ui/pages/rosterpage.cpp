#include "rosterpage.h"

#include "appcontext.h"
#include "dialogs/officerdialog.h"
#include "models/agencytreemodel.h"
#include "models/officertablemodel.h"
#include "rules/warning.h"
#include "security/permissiongate.h"
#include "storage/officerrepository.h"
#include "storage/transaction.h"
#include "widgets/vocabcombo.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Jiandu::Ui {

RosterPage::RosterPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_agencyModel(new AgencyTreeModel(context.db(), this)),
      m_model(new OfficerTableModel(context.db(), this)), m_tree(new QTreeView(this)),
      m_table(new QTableView(this)), m_search(new QLineEdit(this)),
      m_statusFilter(new QComboBox(this)), m_certFilter(new QComboBox(this)),
      m_trainingShort(new QCheckBox(this)), m_count(new QLabel(this)),
      m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("rosterPage"));
    m_tree->setObjectName(QStringLiteral("agencyTree"));
    m_tree->setModel(m_agencyModel);
    m_tree->setHeaderHidden(true);
    m_tree->setMinimumWidth(200);

    m_table->setObjectName(QStringLiteral("officerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSortIndicator(OfficerTableModel::Name, Qt::AscendingOrder);
    m_table->setSortingEnabled(true); // the model sorts in SQL
    m_table->horizontalHeader()->setHighlightSections(false);
    m_count->setObjectName(QStringLiteral("countLabel"));

    buildActions();
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("rosterToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_newAction, m_editAction, m_removeAction});
    toolbar->addSeparator();
    toolbar->addActions({m_importAction, m_exportAction, m_printAction});

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
    connect(m_searchTimer, &QTimer::timeout, this, &RosterPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_model, &OfficerTableModel::totalChanged, this, &RosterPage::updateCount);
    // Size the columns to the first rows once; afterwards the user's widths stay.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_columnsSized && m_model->rowCount() > 0) {
            m_columnsSized = true;
            m_table->resizeColumnsToContents();
        }
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RosterPage::updateCount);
    connect(m_model, &OfficerTableModel::loadFailed, this, [this](const QString &message) {
        m_count->setText(tr("The list could not be read: %1").arg(message));
    });
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openOfficer(m_model->officerId(index.row())); });
    connect(&m_context, &AppContext::dataChanged, this, &RosterPage::refresh);
    refresh();
    applyPermissions();
    connect(&m_context, &AppContext::sessionChanged, this, &RosterPage::applyPermissions);
}

QWidget *RosterPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search name or certificate number"));
    m_search->setClearButtonEnabled(true);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    VocabCombo::fill<OfficerStatus>(m_statusFilter, tr("All post states"), true);
    m_certFilter->setObjectName(QStringLiteral("certFilter"));
    VocabCombo::fill<CertState>(m_certFilter, tr("All certificate states"), true);
    m_trainingShort->setObjectName(QStringLiteral("trainingShortFilter"));
    m_trainingShort->setText(tr("Training hours short"));
    m_trainingShort->setToolTip(
        tr("Only officers below the yearly minimum of legal training hours"));
    layout->addWidget(m_search, 2);
    layout->addWidget(new QLabel(tr("Post:"), bar));
    layout->addWidget(m_statusFilter);
    layout->addWidget(new QLabel(tr("Certificate:"), bar));
    layout->addWidget(m_certFilter);
    layout->addWidget(m_trainingShort);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &RosterPage::applyFilters);
    connect(m_certFilter, &QComboBox::currentIndexChanged, this, &RosterPage::applyFilters);
    connect(m_trainingShort, &QCheckBox::toggled, this, &RosterPage::applyFilters);
    return bar;
}

void RosterPage::buildActions()
{
    auto make = [this](const QString &icon, const QString &text, const char *name, auto slot) {
        auto *action = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, this);
        action->setObjectName(QString::fromLatin1(name));
        connect(action, &QAction::triggered, this, slot);
        m_actions.append(action);
        return action;
    };
    m_newAction =
        make(QStringLiteral("add"), tr("New…"), "newOfficerAction", [this] { openOfficer(0); });
    m_editAction = make(QStringLiteral("edit"), tr("Edit…"), "editOfficerAction",
                        [this] { openOfficer(currentOfficerId()); });
    m_removeAction = make(QStringLiteral("delete"), tr("Delete"), "deleteOfficerAction",
                          [this] { removeSelected(); });
    m_importAction =
        make(QStringLiteral("import"), tr("Import…"), "importAction", [this] { importOfficers(); });
    m_exportAction =
        make(QStringLiteral("export"), tr("Export…"), "exportAction", [this] { exportRoster(); });
    m_printAction = make(QStringLiteral("print"), tr("Print roster…"), "printAction",
                         [this] { printRoster(); });
    m_newAction->setShortcut(QKeySequence::New);
    m_printAction->setShortcut(QKeySequence::Print);
    m_removeAction->setShortcut(QKeySequence::Delete);
    for (QAction *a : {m_newAction, m_printAction, m_removeAction})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions(m_actions);
}

void RosterPage::updateActions()
{
    const bool one = m_table->selectionModel()->selectedRows().size() == 1;
    m_editAction->setEnabled(one);
    m_removeAction->setEnabled(m_table->selectionModel()->hasSelection());
}

void RosterPage::updateCount()
{
    if (!m_model->lastError().isEmpty())
        return;
    m_count->setText(tr("%n officer(s)", nullptr, m_model->totalCount()) +
                     (m_model->rowCount() < m_model->totalCount()
                          ? tr(" — %1 loaded, scroll for more").arg(m_model->rowCount())
                          : QString()));
}

QList<qint64> RosterPage::selectedAgencyIds() const
{
    return AgencyTreeModel::agencyIds(m_tree->currentIndex());
}

qint64 RosterPage::currentOfficerId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return m_model->officerId(rows.isEmpty() ? m_table->currentIndex().row() : rows.first().row());
}

void RosterPage::refresh()
{
    // Keep the selected node (an agency by id, "All" or a region by name) across the rebuild.
    const QModelIndex current = m_tree->currentIndex();
    const qint64 agencyId = current.data(AgencyTreeModel::AgencyIdRole).toLongLong();
    const QString name = current.data(Qt::ToolTipRole).toString();
    m_agencyModel->reload();
    QModelIndex restore = agencyId ? m_agencyModel->indexOfAgency(agencyId) : QModelIndex();
    for (int row = 0; !restore.isValid() && row < m_agencyModel->rowCount(); ++row)
        if (m_agencyModel->index(row, 0).data(Qt::ToolTipRole).toString() == name)
            restore = m_agencyModel->index(row, 0);
    if (!restore.isValid())
        restore = m_agencyModel->index(0, 0);
    m_tree->expandToDepth(0);
    {
        const QSignalBlocker block(m_tree->selectionModel());
        m_tree->setCurrentIndex(restore);
    }
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RosterPage::applyFilters, Qt::UniqueConnection);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RosterPage::updateActions, Qt::UniqueConnection);
    applyFilters();
}

void RosterPage::applyFilters()
{
    m_searchTimer->stop();
    const Rules::RuleSettings settings = Rules::RuleSettings::load(m_context.db());
    OfficerQuery q = m_model->query();
    q.asOf = m_context.today();
    q.year = q.asOf.year();
    q.expiringDays = settings.certExpiringDays;
    q.trainingMinimum = settings.trainingHoursMinimum;
    q.search = m_search->text().trimmed();
    q.agencyIds = selectedAgencyIds();
    q.status = VocabCombo::value<OfficerStatus>(m_statusFilter);
    q.certState = VocabCombo::value<CertState>(m_certFilter);
    q.trainingShortOnly = m_trainingShort->isChecked();
    m_model->setQuery(q);
    updateActions();
}

OfficerDialog *RosterPage::openOfficer(qint64 officerId)
{
    const QList<qint64> agencies = selectedAgencyIds();
    auto *dialog =
        new OfficerDialog(m_context, officerId, this, agencies.size() == 1 ? agencies.first() : 0);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void RosterPage::selectAgency(qint64 agencyId)
{
    const QModelIndex index = m_agencyModel->indexOfAgency(agencyId);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void RosterPage::removeSelected()
{
    QList<qint64> ids;
    QStringList names;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        ids << m_model->officerId(index.row());
        names << index.data().toString();
    }
    if (ids.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Delete officers"),
                                              tr("Delete %1 with their certificates, trainings and "
                                                 "assessments? The audit trail keeps a record.")
                                                  .arg(names.join(QStringLiteral("、"))));
    if (answer != QMessageBox::Yes)
        return;
    Transaction tx(m_context.db());
    OfficerRepository repo(m_context.db());
    for (qint64 id : ids) {
        if (auto r = repo.remove(id); !r)
            return (void)QMessageBox::warning(
                this, tr("Delete officers"),
                tr("Nothing was deleted. %1").arg(r.error().toString()));
    }
    if (auto r = tx.commit(); !r)
        return (void)QMessageBox::warning(this, tr("Delete officers"), r.error().toString());
    m_context.notifyDataChanged(QStringLiteral("officer"));
}

void RosterPage::applyPermissions()
{
    PermissionGate::gateNamed(this, m_context,
                              {
                                  {"newOfficerAction", Security::Permission::EditData},
                                  {"editOfficerAction", Security::Permission::EditData},
                                  {"deleteOfficerAction", Security::Permission::EditData},
                                  {"importAction", Security::Permission::EditData},
                                  {"exportAction", Security::Permission::Export},
                                  {"printAction", Security::Permission::Print},
                              });
    updateActions();
}

} // namespace Jiandu::Ui
