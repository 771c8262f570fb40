#include "taskdialog.h"

#include "appcontext.h"
#include "calendar/deadlinephrase.h"
#include "fieldproblem.h"
#include "storage/activityrepository.h"
#include "storage/taskrepository.h"
#include "util/format.h"
#include "widgets/optionaldateedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {

QList<TaskUnit> unitsFromText(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,，、;；\\n]"));
    QList<TaskUnit> units;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        if (const QString name = part.trimmed(); !name.isEmpty())
            units << TaskUnit{name, std::nullopt, std::nullopt};
    return units;
}

QString unitsText(const QList<TaskUnit> &units)
{
    QStringList names;
    for (const TaskUnit &u : units)
        names << u.name;
    return names.join(QStringLiteral("、"));
}

QPlainTextEdit *textBox(QWidget *parent, const char *name, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

} // namespace

TaskDialog::TaskDialog(AppContext &context, const RectificationTask &task, QWidget *parent)
    : QDialog(parent), m_context(context), m_task(task), m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("taskDialog"));
    setWindowModality(Qt::WindowModal);
    m_tabs->addTab(buildTaskTab(), tr("Task"));
    m_tabs->addTab(buildProgressTab(), tr("Progress"));
    m_tabs->addTab(buildFlowTab(), tr("Workflow"));
    m_tabs->addTab(buildHistoryTab(), tr("History"));
    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Save | QDialogButtonBox::Apply | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Apply)->setObjectName(QStringLiteral("applyButton"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &TaskDialog::save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(820, 680);
    load();
}

QWidget *TaskDialog::buildTaskTab()
{
    auto *tab = new QWidget(this);
    const auto problem = [this, tab](const QString &field) {
        QLabel *l = FieldProblem::label(tab);
        l->setObjectName(field + QStringLiteral("Problem"));
        m_problems.insert(field, l);
        return l;
    };
    m_activity = new QComboBox(tab);
    m_activity->setObjectName(QStringLiteral("activityCombo"));
    m_seq = new QLineEdit(tab);
    m_seq->setObjectName(QStringLiteral("seqEdit"));
    m_seq->setMaximumWidth(160);
    m_problem = textBox(tab, "problemEdit", 3);
    m_measures = textBox(tab, "measuresEdit", 3);
    m_leadUnit = new QLineEdit(tab);
    m_leadUnit->setObjectName(QStringLiteral("leadUnitEdit"));
    m_units = new QLineEdit(tab);
    m_units->setObjectName(QStringLiteral("unitsEdit"));
    m_units->setPlaceholderText(tr("Separate units with 、 or commas"));
    m_owner = new QLineEdit(tab);
    m_owner->setObjectName(QStringLiteral("ownerEdit"));
    m_deadline = new QLineEdit(tab);
    m_deadline->setObjectName(QStringLiteral("deadlineEdit"));
    m_deadline->setPlaceholderText(tr("As written, e.g. 12月底, 2024年6月底前, 长期坚持"));
    m_deadlineMeaning = new QLabel(tab);
    m_deadlineMeaning->setObjectName(QStringLiteral("deadlineMeaning"));
    m_manualDate = new OptionalDateEdit(tr("Set the date by hand"), tab);
    m_manualDate->setObjectName(QStringLiteral("manualDateEdit"));
    m_remark = new QLineEdit(tab);
    m_remark->setObjectName(QStringLiteral("remarkEdit"));
    m_saveProblem = FieldProblem::label(tab);
    m_saveProblem->setObjectName(QStringLiteral("saveProblem"));

    auto *deadlineRow = new QWidget(tab);
    auto *deadlineLayout = new QHBoxLayout(deadlineRow);
    deadlineLayout->setContentsMargins(0, 0, 0, 0);
    deadlineLayout->addWidget(m_deadline, 2);
    deadlineLayout->addWidget(m_deadlineMeaning, 3);
    auto *deadlineBox = new QWidget(tab);
    deadlineBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *deadlineBoxLayout = new QVBoxLayout(deadlineBox);
    deadlineBoxLayout->setContentsMargins(0, 0, 0, 0);
    deadlineBoxLayout->setSpacing(2);
    deadlineBoxLayout->addWidget(deadlineRow);
    deadlineBoxLayout->addWidget(m_manualDate);
    deadlineBoxLayout->addWidget(problem(QStringLiteral("deadline")));

    auto *form = new QFormLayout(tab);
    form->addRow(tr("Source:"), FieldProblem::wrap(m_activity, problem(QStringLiteral("activity"))));
    form->addRow(tr("No.:"), FieldProblem::wrap(m_seq, problem(QStringLiteral("seq"))));
    form->addRow(tr("Problem:"), FieldProblem::wrap(m_problem, problem(QStringLiteral("problem"))));
    form->addRow(tr("Measures:"), m_measures);
    form->addRow(tr("Lead unit:"), m_leadUnit);
    form->addRow(tr("Responsible units:"), m_units);
    form->addRow(tr("Responsible person:"), m_owner);
    form->addRow(tr("Deadline:"), deadlineBox);
    form->addRow(tr("Remark:"), m_remark);
    form->addRow(QString(), m_saveProblem);
    connect(m_deadline, &QLineEdit::textChanged, this, &TaskDialog::updateDeadlineMeaning);
    connect(m_manualDate, &OptionalDateEdit::dateChanged, this, &TaskDialog::updateDeadlineMeaning);
    connect(m_activity, &QComboBox::currentIndexChanged, this, [this] {
        m_sourceDate = m_activity->currentData(Qt::UserRole + 1).toDate();
        updateDeadlineMeaning();
    });
    return tab;
}

void TaskDialog::load()
{
    if (auto all = ActivityRepository(m_context.db()).list()) {
        for (const SupervisionActivity &a : all.value()) {
            m_activity->addItem(a.name, a.id);
            m_activity->setItemData(m_activity->count() - 1, a.sourceDate, Qt::UserRole + 1);
        }
    }
    if (m_task.id > 0) {
        auto found = TaskRepository(m_context.db()).find(m_task.id);
        if (found && found.value())
            m_task = *found.value();
        else
            FieldProblem::show(m_saveProblem, found ? tr("The task no longer exists.")
                                                    : found.error().toString());
    }
    fillForm();
    refreshTabs();
}

void TaskDialog::fillForm()
{
    const RectificationTask &t = m_task;
    setWindowTitle(t.id > 0 ? tr("Rectification task %1").arg(t.seq)
                            : tr("New rectification task"));
    m_activity->setCurrentIndex(t.activityId > 0 ? m_activity->findData(t.activityId) : 0);
    m_activity->setEnabled(t.id == 0);
    m_sourceDate = m_activity->currentData(Qt::UserRole + 1).toDate();
    m_seq->setText(t.seq);
    m_problem->setPlainText(t.problem);
    m_measures->setPlainText(t.measures);
    m_leadUnit->setText(t.leadUnit ? t.leadUnit->name : QString());
    m_units->setText(unitsText(t.responsibleUnits));
    m_owner->setText(t.owner);
    m_deadline->setText(t.deadline.text);
    m_manualDate->setDate(t.deadline.manual && t.deadline.date ? *t.deadline.date : QDate(),
                          m_context.today());
    m_remark->setText(t.remark);
    updateDeadlineMeaning();
    for (int i = 1; i < m_tabs->count(); ++i)
        m_tabs->setTabEnabled(i, t.id > 0);
}

// What the deadline as typed means, beside it: a date, a continuing commitment, or a flag.
void TaskDialog::updateDeadlineMeaning()
{
    const QString text = m_deadline->text().trimmed();
    const auto meaning = DeadlinePhrase::parse(text, m_sourceDate);
    QString shown;
    QString colour = QStringLiteral("#2e7d32");
    if (m_manualDate->date().isValid()) {
        shown = tr("Date set by hand: %1").arg(Format::longDate(m_manualDate->date()));
    } else if (text.isEmpty()) {
        shown.clear();
    } else if (!meaning.understood) {
        shown = tr("Not understood: set the date by hand");
        colour = QStringLiteral("#b26a00");
    } else if (meaning.date && meaning.openEnded) {
        shown = tr("By %1, then continuing").arg(Format::longDate(*meaning.date));
    } else if (meaning.date) {
        shown = tr("By %1").arg(Format::longDate(*meaning.date));
    } else {
        shown = tr("A continuing commitment, no date");
    }
    m_deadlineMeaning->setText(shown);
    m_deadlineMeaning->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
}

RectificationTask TaskDialog::collect() const
{
    RectificationTask t = m_task; // keeps what the form does not edit
    if (t.id == 0)
        t.activityId = m_activity->currentData().toLongLong();
    t.seq = m_seq->text().trimmed();
    t.problem = m_problem->toPlainText().trimmed();
    t.measures = m_measures->toPlainText().trimmed();
    const QString lead = m_leadUnit->text().trimmed();
    if (lead.isEmpty())
        t.leadUnit.reset();
    else if (!t.leadUnit || t.leadUnit->name != lead)
        t.leadUnit = TaskUnit{lead, std::nullopt, std::nullopt};
    const QList<TaskUnit> units = unitsFromText(m_units->text());
    if (unitsText(units) != unitsText(t.responsibleUnits))
        t.responsibleUnits = units;
    t.owner = m_owner->text().trimmed();
    t.remark = m_remark->text().trimmed();
    const QString text = m_deadline->text().trimmed();
    const auto meaning = DeadlinePhrase::parse(text, m_sourceDate);
    t.deadline.text = text;
    t.deadline.openEnded = meaning.openEnded;
    t.deadline.understood = meaning.understood;
    t.deadline.manual = m_manualDate->date().isValid();
    t.deadline.date = t.deadline.manual ? std::optional<QDate>(m_manualDate->date()) : meaning.date;
    return t;
}

void TaskDialog::clearProblems()
{
    for (QLabel *l : std::as_const(m_problems))
        FieldProblem::clear(l);
    FieldProblem::clear(m_saveProblem);
}

void TaskDialog::showProblem(const QString &field, const QString &text)
{
    QLabel *l = m_problems.value(field, m_saveProblem);
    FieldProblem::show(l, text);
}

bool TaskDialog::save()
{
    clearProblems();
    RectificationTask t = collect();
    bool ok = true;
    if (t.activityId <= 0) {
        showProblem(QStringLiteral("activity"),
                    tr("Choose the supervision activity the task comes from."));
        ok = false;
    }
    if (t.seq.isEmpty()) {
        showProblem(QStringLiteral("seq"), tr("Give the task its number in the ledger."));
        ok = false;
    }
    if (t.problem.isEmpty()) {
        showProblem(QStringLiteral("problem"), tr("Describe the problem to rectify."));
        ok = false;
    }
    if (t.deadline.text.isEmpty()) {
        showProblem(QStringLiteral("deadline"),
                    tr("Write the deadline as the source gives it (e.g. 12月底 or 长期坚持)."));
        ok = false;
    }
    if (!ok) {
        m_tabs->setCurrentIndex(0);
        return false;
    }
    auto saved = TaskRepository(m_context.db()).save(t);
    if (!saved) {
        const Error &e = saved.error();
        const QString field = e.context.contains(QStringLiteral("seq"))        ? QStringLiteral("seq")
                              : e.context.contains(QStringLiteral("deadline")) ? QStringLiteral("deadline")
                                                                               : QString();
        showProblem(field, e.code == Error::Code::Conflict && field.isEmpty() ? e.toString()
                                                                              : e.message);
        return false;
    }
    m_task.id = saved.value();
    reloadTask(true);
    committed();
    return true;
}

// Reads the task again after a committed change. A workflow step leaves the fields being
// edited alone, except the deadline when a step changed it (an approved extension).
void TaskDialog::reloadTask(bool refillForm)
{
    if (m_task.id <= 0)
        return;
    const TaskDeadline before = m_task.deadline;
    if (auto found = TaskRepository(m_context.db()).find(m_task.id); found && found.value())
        m_task = *found.value();
    if (refillForm) {
        fillForm();
    } else if (!(m_task.deadline == before)) {
        m_deadline->setText(m_task.deadline.text);
        m_manualDate->setDate(m_task.deadline.manual && m_task.deadline.date
                                  ? *m_task.deadline.date
                                  : QDate(),
                              m_context.today());
        updateDeadlineMeaning();
    }
    refreshTabs();
}

void TaskDialog::committed()
{
    m_context.notifyDataChanged(QStringLiteral("rectification_task"));
    Q_EMIT taskChanged(m_task.id);
}

void TaskDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace Jiandu::Ui
