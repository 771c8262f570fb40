// The task dialog's history tab: the workflow steps (task_event) and the audit trail of the
// task and its progress reports, as the officer dialog shows an officer's.

#include "taskdialog.h"

#include "appcontext.h"
#include "storage/audittrail.h"
#include "storage/taskrepository.h"
#include "util/format.h"

#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {

QTableWidget *historyTable(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

QString isoOrEmpty(const QDate &date)
{
    return date.isValid() ? Format::isoDate(date) : QString();
}

} // namespace

QWidget *TaskDialog::buildHistoryTab()
{
    auto *tab = new QWidget(this);
    m_eventTable = historyTable(tab, "eventTable",
                                {tr("Date"), tr("Who"), tr("Step"), tr("Status"), tr("Deadline"),
                                 tr("Reason")});
    m_auditTable = historyTable(tab, "auditTable",
                                {tr("When"), tr("Who"), tr("Record"), tr("Changes")});
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(new QLabel(tr("Workflow steps, oldest first:"), tab));
    layout->addWidget(m_eventTable, 1);
    layout->addWidget(new QLabel(tr("Every recorded change to the task, oldest first:"), tab));
    layout->addWidget(m_auditTable, 1);
    return tab;
}

namespace {

QString stepText(const TaskEvent &e)
{
    if (e.kind != TaskEventKind::Status)
        return Vocab::label(e.kind);
    if (e.fromStatus == TaskStatus::Completed && e.toStatus == TaskStatus::InProgress)
        return TaskDialog::tr("Returned for rectification");
    return Vocab::label(e.kind);
}

QString changeSummary(const AuditEntry &e)
{
    QStringList parts;
    const QJsonObject &shown = e.action == AuditEntry::Action::Delete ? e.before : e.after;
    for (auto it = shown.begin(); it != shown.end(); ++it) {
        const QJsonValue before = e.before.value(it.key());
        if (e.action == AuditEntry::Action::Update && before == it.value())
            continue;
        const QString now = it.value().toVariant().toString();
        parts << (e.action == AuditEntry::Action::Update
                      ? QStringLiteral("%1: %2 → %3").arg(it.key(), before.toVariant().toString(), now)
                      : QStringLiteral("%1: %2").arg(it.key(), now));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

void TaskDialog::refreshHistory()
{
    auto events = TaskRepository(m_context.db()).events(m_task.id);
    const QList<TaskEvent> list = events ? events.value() : QList<TaskEvent>{};
    m_eventTable->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const TaskEvent &e = list.at(r);
        const QString status =
            e.toStatus ? (e.fromStatus ? QStringLiteral("%1 → %2").arg(Vocab::label(*e.fromStatus),
                                                                       Vocab::label(*e.toStatus))
                                       : Vocab::label(*e.toStatus))
                       : QString();
        setRow(m_eventTable, r,
               {Format::isoDate(e.onDate), e.actor, stepText(e), status, isoOrEmpty(e.deadlineOn),
                e.reason});
    }
    m_eventTable->resizeColumnsToContents();

    AuditTrail audit(m_context.db());
    QList<AuditEntry> entries;
    // The task's own record, then its progress reports (audited under their own ids).
    if (auto h = audit.history(QStringLiteral("rectification_task"), QString::number(m_task.id)))
        entries += h.value();
    if (auto reports = TaskRepository(m_context.db()).progress(m_task.id))
        for (const TaskProgress &p : reports.value())
            if (auto h = audit.history(QStringLiteral("task_progress"), QString::number(p.id)))
                entries += h.value();
    std::sort(entries.begin(), entries.end(),
              [](const auto &a, const auto &b) { return a.id < b.id; });
    m_auditTable->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        const AuditEntry &e = entries.at(r);
        setRow(m_auditTable, r,
               {e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.actor,
                e.table == u"task_progress" ? tr("Progress report") : tr("Task"),
                changeSummary(e)});
    }
    m_auditTable->resizeColumnsToContents();
}

} // namespace Jiandu::Ui
