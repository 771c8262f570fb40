#include "deadlinespanel.h"

#include "appcontext.h"
#include "util/format.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {

enum Column
{
    DueColumn,
    WhatColumn,
    WhoColumn,
    ColumnCount
};

} // namespace

DeadlinesPanel::DeadlinesPanel(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_title(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setText(tr("Due in the next %1 days").arg(kDays));
    m_tree->setObjectName(QStringLiteral("deadlineTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Due"), tr("What"), tr("Who")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { open(item); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);
    fill();
}

DeadlinesPanel::~DeadlinesPanel() = default;

void DeadlinesPanel::setTasks(const QList<Report::DueTask> &tasks)
{
    m_tasks = tasks;
    fill();
}

void DeadlinesPanel::setWarnings(const QList<Rules::Warning> &warnings, const QDate &today)
{
    m_publicity.clear();
    m_certificates.clear();
    const QDate last = today.addDays(kDays);
    for (const Rules::Warning &w : warnings) {
        if (w.due.isValid() && (w.due < today || w.due > last))
            continue;
        if (w.rule == u"PUBLICITY_DUE")
            m_publicity.append(w);
        else if (w.rule == u"CERT_EXPIRING")
            m_certificates.append(w);
    }
    const auto byDue = [](const Rules::Warning &a, const Rules::Warning &b) {
        return a.due < b.due;
    };
    std::stable_sort(m_publicity.begin(), m_publicity.end(), byDue);
    std::stable_sort(m_certificates.begin(), m_certificates.end(), byDue);
    fill();
}

QTreeWidgetItem *DeadlinesPanel::group(const QString &title, int count)
{
    auto *top = new QTreeWidgetItem(m_tree);
    top->setText(DueColumn, tr("%1 (%2)").arg(title).arg(count));
    top->setFirstColumnSpanned(true);
    QFont bold = top->font(DueColumn);
    bold.setBold(true);
    top->setFont(DueColumn, bold);
    top->setFlags(Qt::ItemIsEnabled);
    return top;
}

void DeadlinesPanel::fill()
{
    m_tree->clear();
    const auto row = [](QTreeWidgetItem *top, const QDate &due, const QString &what,
                        const QString &who, qint64 id, Rules::Subject subject) {
        auto *item = new QTreeWidgetItem(top);
        item->setText(DueColumn, Format::isoDate(due));
        item->setText(WhatColumn, what);
        item->setToolTip(WhatColumn, what);
        item->setText(WhoColumn, who);
        item->setToolTip(WhoColumn, who);
        item->setData(DueColumn, RecordIdRole, id);
        item->setData(DueColumn, SubjectRole, int(subject));
    };
    QTreeWidgetItem *tasks = group(tr("Rectification tasks"), int(m_tasks.size()));
    for (const Report::DueTask &t : std::as_const(m_tasks))
        row(tasks, t.deadline, tr("%1 %2").arg(t.seq, t.problem), t.unit, t.id,
            Rules::Subject::Task);
    QTreeWidgetItem *publicity = group(tr("Publicity deadlines"), int(m_publicity.size()));
    for (const Rules::Warning &w : std::as_const(m_publicity))
        row(publicity, w.due, w.message, w.agency, w.recordId, w.subject);
    QTreeWidgetItem *certificates = group(tr("Certificates expiring"), int(m_certificates.size()));
    for (const Rules::Warning &w : std::as_const(m_certificates))
        row(certificates, w.due, w.message, w.agency, w.recordId, w.subject);
    m_tree->expandAll();
    m_tree->resizeColumnToContents(DueColumn);
    m_tree->setColumnWidth(WhoColumn, 150);
}

void DeadlinesPanel::open(QTreeWidgetItem *item)
{
    if (!item || !item->parent())
        return;
    const qint64 id = item->data(DueColumn, RecordIdRole).toLongLong();
    if (id <= 0)
        return;
    switch (Rules::Subject(item->data(DueColumn, SubjectRole).toInt())) {
    case Rules::Subject::Officer:
        Q_EMIT m_context.openOfficerRequested(id);
        break;
    case Rules::Subject::Case:
        Q_EMIT m_context.openCaseRequested(id);
        break;
    case Rules::Subject::Task:
        Q_EMIT m_context.openTaskRequested(id);
        break;
    default:
        break;
    }
}

} // namespace Jiandu::Ui
