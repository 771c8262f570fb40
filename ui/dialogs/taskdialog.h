#pragma once

#include "domain/supervisiontypes.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace Jiandu::Ui {

class AppContext;
class OptionalDateEdit;

// A rectification task (整改任务): its fields (序号, problem, measures, units, owner, the
// deadline as written beside what it was understood as, remark), saved through
// TaskRepository::save with each problem shown under its field; and, once saved, the tabs
// 进展 (progress reports), 流程 (the status flow with only the legal next steps as buttons,
// extensions) and 历史 (task events and the audit trail). Workflow steps are written at once,
// each in its own transaction; a refused one shows the repository's reason.
class TaskDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskDialog)

public:
    // `task.id` > 0: the stored task is opened. Otherwise a new task prefilled from `task`
    // (activity, finding, problem…).
    TaskDialog(AppContext &context, const RectificationTask &task, QWidget *parent = nullptr);

    [[nodiscard]] qint64 taskId() const { return m_task.id; }
    [[nodiscard]] const RectificationTask &task() const { return m_task; }
    // The task as the form holds it now.
    [[nodiscard]] RectificationTask collect() const;
    // Validates and saves the fields; false (problems shown under the fields) when it cannot.
    bool save();
    // The problem label under a field ("seq", "problem", "deadline", "activity"; tests).
    [[nodiscard]] QLabel *problemLabel(const QString &field) const { return m_problems.value(field); }
    // The buttons of the status steps now shown (tests), by their object names.
    [[nodiscard]] QStringList visibleSteps() const;
    // The message of the last refused or failed step, empty after a success.
    [[nodiscard]] QString flowMessage() const;

    void accept() override;

Q_SIGNALS:
    // A change was committed (fields or a workflow step).
    void taskChanged(qint64 taskId);

private:
    // taskdialog.cpp: the task tab, loading and saving.
    QWidget *buildTaskTab();
    void load();
    void fillForm();
    void updateDeadlineMeaning();
    void clearProblems();
    void showProblem(const QString &field, const QString &text);
    void reloadTask(bool refillForm = false);
    void committed();

    // taskdialogtabs.cpp: progress and flow; taskdialoghistory.cpp: the history.
    QWidget *buildProgressTab();
    QWidget *buildFlowTab();
    QWidget *buildHistoryTab();
    void refreshTabs();
    void refreshProgress();
    void refreshFlow();
    void refreshHistory();
    void addProgressReport();
    void step(TaskStatus to);
    void requestExtension();
    void decideExtension(bool approve);
    void setFlowMessage(const QString &text);

    AppContext &m_context;
    RectificationTask m_task;
    QDate m_sourceDate; // of the task's activity: the year of "12月底"
    QMap<QString, QLabel *> m_problems;
    QMap<TaskStatus, QPushButton *> m_stepButtons;

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_activity = nullptr;
    QLineEdit *m_seq = nullptr;
    QPlainTextEdit *m_problem = nullptr;
    QPlainTextEdit *m_measures = nullptr;
    QLineEdit *m_leadUnit = nullptr;
    QLineEdit *m_units = nullptr;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_deadline = nullptr;
    QLabel *m_deadlineMeaning = nullptr;
    OptionalDateEdit *m_manualDate = nullptr;
    QLineEdit *m_remark = nullptr;
    QLabel *m_saveProblem = nullptr;

    QTableWidget *m_progressTable = nullptr;
    QDateEdit *m_reportedOn = nullptr;
    QPlainTextEdit *m_done = nullptr;
    QSpinBox *m_percent = nullptr;
    QLineEdit *m_remaining = nullptr;
    OptionalDateEdit *m_expectedOn = nullptr;
    QLabel *m_progressProblem = nullptr;

    QLabel *m_statusLabel = nullptr;
    QLabel *m_deadlineLabel = nullptr;
    QDateEdit *m_stepDate = nullptr;
    QLabel *m_flowMessage = nullptr;
    QGroupBox *m_extensionBox = nullptr;
    QLabel *m_pendingLabel = nullptr;
    QDateEdit *m_extensionDate = nullptr;
    QLineEdit *m_extensionReason = nullptr;
    QPushButton *m_requestButton = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_refuseButton = nullptr;

    QTableWidget *m_eventTable = nullptr;
    QTableWidget *m_auditTable = nullptr;
};

} // namespace Jiandu::Ui
