#pragma once

#include "rules/warning.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace Jiandu::Ui {

class AppContext;
class BackgroundTask;

// 工作台: the warnings (预警) grouped by rule with counts; double-click opens the record.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(AppContext &context, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // The warnings shown, as of asOf() (after the last finished evaluation).
    [[nodiscard]] const QList<Rules::Warning> &warnings() const { return m_warnings; }
    [[nodiscard]] QDate asOf() const { return m_asOf; }

    // Item data roles of the tree's warning rows.
    enum Role
    {
        RecordIdRole = Qt::UserRole + 1,
        SubjectRole,
        RuleRole
    };

public Q_SLOTS:
    // Evaluates the rules again off the GUI thread (a request while one runs is queued).
    void refresh();

Q_SIGNALS:
    // An evaluation finished and the tree shows its result.
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome
    {
        QDate asOf;
        QList<Rules::Warning> warnings;
        QString error;
    };

    void buildUi();
    void retranslateUi();
    void apply(Outcome outcome);
    void fillTree();
    void updateSummary();
    void open(QTreeWidgetItem *item);

    AppContext &m_context;
    BackgroundTask *m_task = nullptr;
    QTimer *m_debounce = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QTreeWidget *m_tree = nullptr;
    QList<Rules::Warning> m_warnings;
    QDate m_asOf;
    QString m_error;
    bool m_pending = false;
};

} // namespace Jiandu::Ui
