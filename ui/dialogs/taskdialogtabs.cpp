// The task dialog's tabs: progress reports, and the status flow with extensions.

#include "taskdialog.h"

#include "appcontext.h"
#include "fieldproblem.h"
#include "storage/taskrepository.h"
#include "util/format.h"
#include "widgets/optionaldateedit.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
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

QDateEdit *dateEdit(QWidget *parent, const char *name, const QDate &date)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setFixedWidth(edit->sizeHint().width() + 20);
    return edit;
}

QString isoOrEmpty(const QDate &date)
{
    return date.isValid() ? Format::isoDate(date) : QString();
}

} // namespace

QWidget *TaskDialog::buildProgressTab()
{
    auto *tab = new QWidget(this);
    m_progressTable = historyTable(tab, "progressTable",
                                   {tr("Reported on"), tr("What was done"), tr("Done"),
                                    tr("What remains"), tr("Expected on")});
    m_reportedOn = dateEdit(tab, "reportedOnEdit", m_context.today());
    m_done = new QPlainTextEdit(tab);
    m_done->setObjectName(QStringLiteral("doneEdit"));
    m_done->setTabChangesFocus(true);
    m_done->setFixedHeight(m_done->fontMetrics().lineSpacing() * 3 + 14);
    m_percent = new QSpinBox(tab);
    m_percent->setObjectName(QStringLiteral("percentSpin"));
    m_percent->setRange(0, 100);
    m_percent->setSuffix(QStringLiteral(" %"));
    m_remaining = new QLineEdit(tab);
    m_remaining->setObjectName(QStringLiteral("remainingEdit"));
    m_expectedOn = new OptionalDateEdit(tr("Expected completion"), tab);
    m_expectedOn->setObjectName(QStringLiteral("expectedOnEdit"));
    m_expectedOn->setDate({}, m_context.today());
    m_progressProblem = FieldProblem::label(tab);
    m_progressProblem->setObjectName(QStringLiteral("progressProblem"));
    auto *add = new QPushButton(tr("Add report"), tab);
    add->setObjectName(QStringLiteral("addProgressButton"));
    connect(add, &QPushButton::clicked, this, &TaskDialog::addProgressReport);

    auto *box = new QGroupBox(tr("New progress report"), tab);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Reported on:"), m_reportedOn);
    form->addRow(tr("What was done:"), FieldProblem::wrap(m_done, m_progressProblem));
    form->addRow(tr("Completion:"), m_percent);
    form->addRow(tr("What remains:"), m_remaining);
    form->addRow(tr("Expected on:"), m_expectedOn);
    form->addRow(QString(), add);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_progressTable, 1);
    layout->addWidget(box);
    return tab;
}

QWidget *TaskDialog::buildFlowTab()
{
    auto *tab = new QWidget(this);
    m_statusLabel = new QLabel(tab);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextFormat(Qt::RichText);
    m_stepDate = dateEdit(tab, "stepDateEdit", m_context.today());
    m_flowMessage = FieldProblem::label(tab);
    m_flowMessage->setObjectName(QStringLiteral("flowMessage"));

    const struct
    {
        TaskStatus to;
        const char *name;
        QString text;
    } steps[] = {{TaskStatus::InProgress, "startButton", tr("Start rectification")},
                 {TaskStatus::Completed, "completeButton", tr("Report completed")},
                 {TaskStatus::SignedOff, "signOffButton", tr("Verify and sign off")}};
    auto *buttons = new QHBoxLayout;
    for (const auto &s : steps) {
        auto *b = new QPushButton(s.text, tab);
        b->setObjectName(QString::fromLatin1(s.name));
        connect(b, &QPushButton::clicked, this, [this, to = s.to] { step(to); });
        m_stepButtons.insert(s.to, b);
        buttons->addWidget(b);
    }
    // 退回整改 is the step 已完成 → 整改中; it shares the target status with 开始整改.
    auto *back = new QPushButton(tr("Return for rectification…"), tab);
    back->setObjectName(QStringLiteral("returnButton"));
    connect(back, &QPushButton::clicked, this, [this] { step(TaskStatus::InProgress); });
    buttons->addWidget(back);
    buttons->addStretch(1);
    m_stepButtons.insert(TaskStatus::NotStarted, back); // key only: the "return" button

    m_extensionBox = new QGroupBox(tr("Extension of the deadline"), tab);
    m_pendingLabel = new QLabel(m_extensionBox);
    m_pendingLabel->setObjectName(QStringLiteral("pendingLabel"));
    m_pendingLabel->setWordWrap(true);
    m_extensionDate = dateEdit(m_extensionBox, "extensionDateEdit", m_context.today().addMonths(1));
    m_extensionReason = new QLineEdit(m_extensionBox);
    m_extensionReason->setObjectName(QStringLiteral("extensionReasonEdit"));
    m_requestButton = new QPushButton(tr("Request extension"), m_extensionBox);
    m_requestButton->setObjectName(QStringLiteral("requestExtensionButton"));
    m_approveButton = new QPushButton(tr("Approve"), m_extensionBox);
    m_approveButton->setObjectName(QStringLiteral("approveExtensionButton"));
    m_refuseButton = new QPushButton(tr("Refuse…"), m_extensionBox);
    m_refuseButton->setObjectName(QStringLiteral("refuseExtensionButton"));
    connect(m_requestButton, &QPushButton::clicked, this, &TaskDialog::requestExtension);
    connect(m_approveButton, &QPushButton::clicked, this, [this] { decideExtension(true); });
    connect(m_refuseButton, &QPushButton::clicked, this, [this] { decideExtension(false); });
    auto *extForm = new QFormLayout(m_extensionBox);
    extForm->addRow(m_pendingLabel);
    auto *decide = new QHBoxLayout;
    decide->addWidget(m_approveButton);
    decide->addWidget(m_refuseButton);
    decide->addStretch(1);
    extForm->addRow(decide);
    extForm->addRow(tr("New deadline:"), m_extensionDate);
    extForm->addRow(tr("Reason:"), m_extensionReason);
    extForm->addRow(QString(), m_requestButton);

    auto *form = new QFormLayout;
    form->addRow(tr("Status:"), m_statusLabel);
    m_deadlineLabel = new QLabel(tab);
    m_deadlineLabel->setObjectName(QStringLiteral("flowDeadlineLabel"));
    form->addRow(tr("Deadline:"), m_deadlineLabel);
    form->addRow(tr("Date of the step:"), m_stepDate);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_flowMessage);
    layout->addWidget(m_extensionBox);
    layout->addStretch(1);
    return tab;
}

void TaskDialog::refreshTabs()
{
    if (m_task.id <= 0)
        return;
    refreshProgress();
    refreshFlow();
    refreshHistory();
}

void TaskDialog::refreshProgress()
{
    auto reports = TaskRepository(m_context.db()).progress(m_task.id);
    const QList<TaskProgress> list = reports ? reports.value() : QList<TaskProgress>{};
    if (!reports)
        FieldProblem::show(m_progressProblem, reports.error().toString());
    m_progressTable->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const TaskProgress &p = list.at(r);
        setRow(m_progressTable, r,
               {Format::isoDate(p.reportedOn), p.done, QStringLiteral("%1%").arg(p.percent),
                p.remaining, isoOrEmpty(p.expectedOn)});
    }
    m_progressTable->resizeColumnToContents(0);
    m_progressTable->resizeRowsToContents();
}

void TaskDialog::addProgressReport()
{
    FieldProblem::clear(m_progressProblem);
    TaskProgress p;
    p.taskId = m_task.id;
    p.reportedOn = m_reportedOn->date();
    p.done = m_done->toPlainText().trimmed();
    p.percent = m_percent->value();
    p.remaining = m_remaining->text().trimmed();
    p.expectedOn = m_expectedOn->date();
    if (p.done.isEmpty())
        return FieldProblem::show(m_progressProblem, tr("Say what was done."));
    auto added = TaskRepository(m_context.db()).addProgress(p);
    if (!added)
        return FieldProblem::show(m_progressProblem, added.error().message);
    m_done->clear();
    m_remaining->clear();
    reloadTask();
    committed();
}

QStringList TaskDialog::visibleSteps() const
{
    QStringList names;
    for (QPushButton *b : m_stepButtons)
        if (!b->isHidden())
            names << b->objectName();
    names.sort();
    return names;
}

void TaskDialog::refreshFlow()
{
    const TaskStatus status = m_task.status;
    m_statusLabel->setText(QStringLiteral("<b>%1</b>").arg(Vocab::label(status).toHtmlEscaped()));
    const TaskDeadline &d = m_task.deadline;
    QString deadline = d.text;
    if (d.date)
        deadline += QStringLiteral(" (%1)").arg(Format::longDate(*d.date));
    const bool overdue = d.date && *d.date < m_context.today() && status != TaskStatus::SignedOff;
    if (overdue)
        deadline += tr(" — overdue");
    m_deadlineLabel->setText(deadline);
    m_deadlineLabel->setStyleSheet(overdue ? QStringLiteral("color: #b71c1c;") : QString());
    // Only the legal next steps are shown: the repository's own rule decides. A return needs
    // a reason, so it is asked for with a placeholder one.
    const QString someReason = QStringLiteral("-");
    const auto legal = [&](TaskStatus to) {
        return !TaskRepository::transitionError(status, to, someReason).has_value();
    };
    const bool returning = status == TaskStatus::Completed;
    m_stepButtons.value(TaskStatus::InProgress)->setVisible(!returning && legal(TaskStatus::InProgress));
    m_stepButtons.value(TaskStatus::NotStarted)->setVisible(returning && legal(TaskStatus::InProgress));
    m_stepButtons.value(TaskStatus::Completed)->setVisible(legal(TaskStatus::Completed));
    m_stepButtons.value(TaskStatus::SignedOff)->setVisible(legal(TaskStatus::SignedOff));

    auto pending = TaskRepository(m_context.db()).pendingExtension(m_task.id);
    const std::optional<TaskEvent> request = pending ? pending.value() : std::nullopt;
    const bool open = status != TaskStatus::SignedOff;
    m_extensionBox->setVisible(open || request);
    m_pendingLabel->setText(
        request ? tr("Pending request: extend to %1 (%2), asked on %3.")
                      .arg(Format::longDate(request->deadlineOn), request->reason,
                           Format::isoDate(request->onDate))
                : tr("No extension requested."));
    m_approveButton->setVisible(request.has_value());
    m_refuseButton->setVisible(request.has_value());
    for (QWidget *w : {static_cast<QWidget *>(m_extensionDate),
                       static_cast<QWidget *>(m_extensionReason),
                       static_cast<QWidget *>(m_requestButton)})
        w->setEnabled(open && !request);
}

void TaskDialog::setFlowMessage(const QString &text)
{
    FieldProblem::show(m_flowMessage, text);
}

QString TaskDialog::flowMessage() const
{
    return m_flowMessage->text();
}

void TaskDialog::step(TaskStatus to)
{
    QString reason;
    if (m_task.status == TaskStatus::Completed && to == TaskStatus::InProgress) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Return for rectification"),
                                       tr("Why is the task returned?"), QLineEdit::Normal,
                                       QString(), &ok)
                     .trimmed();
        if (!ok)
            return;
    }
    auto done = TaskRepository(m_context.db()).transition(m_task.id, to, m_stepDate->date(), reason);
    if (!done)
        return setFlowMessage(done.error().message);
    setFlowMessage({});
    reloadTask();
    committed();
}

void TaskDialog::requestExtension()
{
    auto done = TaskRepository(m_context.db())
                    .requestExtension(m_task.id, m_extensionDate->date(),
                                      m_extensionReason->text().trimmed(), m_stepDate->date());
    if (!done)
        return setFlowMessage(done.error().message);
    setFlowMessage({});
    m_extensionReason->clear();
    reloadTask();
    committed();
}

void TaskDialog::decideExtension(bool approve)
{
    QString reason;
    if (!approve) {
        bool ok = false;
        reason = QInputDialog::getText(this, tr("Refuse the extension"),
                                       tr("Why is the extension refused?"), QLineEdit::Normal,
                                       QString(), &ok)
                     .trimmed();
        if (!ok)
            return;
    }
    auto done = TaskRepository(m_context.db())
                    .decideExtension(m_task.id, approve, reason, m_stepDate->date());
    if (!done)
        return setFlowMessage(done.error().message);
    setFlowMessage({});
    reloadTask();
    committed();
}

} // namespace Jiandu::Ui
