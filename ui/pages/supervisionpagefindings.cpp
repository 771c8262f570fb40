// The supervision page's findings tab: the findings (存在问题) of the chosen activity, a new
// finding, and a rectification task or a supervision document drafted from a finding.

#include "supervisionpage.h"

#include "appcontext.h"
#include "dialogs/documenteditor.h"
#include "dialogs/findingdialog.h"
#include "dialogs/taskdialog.h"
#include "storage/agencyrepository.h"
#include "storage/findingrepository.h"
#include "storage/taskrepository.h"
#include "util/format.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {

constexpr int kFindingIdRole = Qt::UserRole + 1;
// Without a chosen activity the tab shows the newest findings, at most this many.
constexpr int kFindingsShown = 500;

enum FindingColumn
{
    FoundOnColumn,
    ProblemColumn,
    AgencyColumn,
    CategoryColumn,
    SeverityColumn,
    SourceColumn,
    FindingColumnCount
};

} // namespace

QWidget *SupervisionPage::buildFindingsTab()
{
    auto *tab = new QWidget(this);
    m_findings = new QTableWidget(0, FindingColumnCount, tab);
    m_findings->setObjectName(QStringLiteral("findingTable"));
    m_findings->setHorizontalHeaderLabels({tr("Found on"), tr("Problem"), tr("Enforcement body"),
                                           tr("Category"), tr("Severity"), tr("Source")});
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findings->verticalHeader()->hide();
    m_findings->setWordWrap(false);
    m_findings->horizontalHeader()->setSectionResizeMode(ProblemColumn, QHeaderView::Stretch);
    auto *add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("New finding…"), tab);
    add->setObjectName(QStringLiteral("newFindingButton"));
    auto *toTask = new QPushButton(tr("Create task from finding…"), tab);
    toTask->setObjectName(QStringLiteral("taskFromFindingButton"));
    m_taskFromFindingButton = toTask;
    m_draftButton = buildDraftButton(tab);
    connect(add, &QPushButton::clicked, this, &SupervisionPage::newFinding);
    connect(toTask, &QPushButton::clicked, this, &SupervisionPage::taskFromFinding);
    connect(m_findings, &QTableWidget::itemDoubleClicked, this, &SupervisionPage::taskFromFinding);
    connect(m_findings, &QTableWidget::itemSelectionChanged, this,
            &SupervisionPage::updateFindingActions);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(toTask);
    buttons->addWidget(m_draftButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(buttons);
    layout->addWidget(m_findings, 1);
    return tab;
}

// "Draft a document…" drafts a 整改通知书; its menu offers every kind, that one first (bold).
QToolButton *SupervisionPage::buildDraftButton(QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("draftDocumentButton"));
    button->setText(tr("Draft a document…"));
    button->setToolTip(tr("Draft a supervision document to the body of the chosen finding, with "
                          "the finding's tasks attached"));
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setPopupMode(QToolButton::MenuButtonPopup);
    auto *menu = new QMenu(button);
    menu->setObjectName(QStringLiteral("draftDocumentMenu"));
    QList<DocumentKind> kinds = {DocumentKind::RectificationNotice};
    for (DocumentKind kind : Vocab::all<DocumentKind>())
        if (kind != DocumentKind::RectificationNotice)
            kinds.append(kind);
    for (DocumentKind kind : kinds) {
        QAction *action = menu->addAction(Vocab::label(kind));
        action->setObjectName(QStringLiteral("draft_%1").arg(Vocab::code(kind)));
        connect(action, &QAction::triggered, this, [this, kind] { draftDocument(kind); });
    }
    menu->setDefaultAction(menu->actions().constFirst());
    button->setMenu(menu);
    connect(button, &QToolButton::clicked, this, [this] { draftDocument(); });
    return button;
}

qint64 SupervisionPage::currentFindingId() const
{
    const QList<QTableWidgetItem *> selected = m_findings->selectedItems();
    const QTableWidgetItem *item = selected.isEmpty() ? m_findings->currentItem() : selected.first();
    return item ? item->data(kFindingIdRole).toLongLong() : 0;
}

void SupervisionPage::updateFindingActions()
{
    const bool chosen = currentFindingId() > 0;
    m_taskFromFindingButton->setEnabled(chosen);
    m_draftButton->setEnabled(chosen);
}

DocumentEditor *SupervisionPage::draftDocument(DocumentKind kind)
{
    const qint64 id = currentFindingId();
    return id > 0 ? DocumentEditor::draftFromFinding(m_context, id, kind, this) : nullptr;
}

void SupervisionPage::reloadFindings()
{
    const qint64 activity = currentActivityId();
    QHash<qint64, QString> agencies;
    if (auto all = AgencyRepository(m_context.db()).all())
        for (const Agency &a : all.value())
            agencies.insert(a.id, a.name);
    FindingRepository repo(m_context.db());
    auto found = activity > 0 ? repo.listByActivity(activity) : repo.list(0, kFindingsShown);
    const QList<Finding> list = found ? found.value() : QList<Finding>{};
    m_findings->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const Finding &f = list.at(r);
        const QStringList cells = {Format::isoDate(f.foundOn), f.problem,
                                   agencies.value(f.agencyId), f.category,
                                   Vocab::label(f.severity), f.source};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            item->setData(kFindingIdRole, f.id);
            if (c == SeverityColumn && f.severity == FindingSeverity::Serious)
                item->setForeground(QColor(0xb7, 0x1c, 0x1c));
            m_findings->setItem(r, c, item);
        }
    }
    m_findings->resizeColumnToContents(FoundOnColumn);
    m_tabs->setTabText(m_tabs->indexOf(m_findings->parentWidget()),
                       tr("Findings (%1)").arg(list.size()));
    updateFindingActions();
}

void SupervisionPage::newFinding()
{
    auto *dialog = new FindingDialog(m_context, currentActivityId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// A new task prefilled from the chosen finding: its problem, activity and body.
TaskDialog *SupervisionPage::taskFromFinding()
{
    const qint64 id = currentFindingId();
    if (id <= 0)
        return nullptr;
    auto found = FindingRepository(m_context.db()).find(id);
    if (!found || !found.value())
        return nullptr;
    const Finding &f = *found.value();
    RectificationTask task;
    task.findingId = f.id;
    task.activityId = f.activityId.value_or(currentActivityId());
    task.problem = f.problem;
    if (auto a = AgencyRepository(m_context.db()).find(f.agencyId); a && a.value())
        task.leadUnit = TaskUnit{a.value()->name, f.agencyId, std::nullopt};
    if (task.activityId > 0) {
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

} // namespace Jiandu::Ui
