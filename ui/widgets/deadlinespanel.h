#pragma once

#include "report/dashboardfigures.h"
#include "rules/warning.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Jiandu::Ui {

class AppContext;

// 近7日到期: what falls due from today to today + 7 days: rectification tasks not signed off,
// publicity deadlines (the PUBLICITY_DUE warnings) and expiring certificates (CERT_EXPIRING).
// A double-click (or Enter) opens the record like the warning list does.
class DeadlinesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlinesPanel)

public:
    static constexpr int kDays = 7;

    enum Role
    {
        RecordIdRole = Qt::UserRole + 1,
        SubjectRole
    };

    explicit DeadlinesPanel(AppContext &context, QWidget *parent = nullptr);
    ~DeadlinesPanel() override;

    void setTasks(const QList<Report::DueTask> &tasks);
    void setWarnings(const QList<Rules::Warning> &warnings, const QDate &today);
    [[nodiscard]] QTreeWidget *tree() const { return m_tree; }

public Q_SLOTS:
    void open(QTreeWidgetItem *item);

private:
    void fill();
    QTreeWidgetItem *group(const QString &title, int count);

    AppContext &m_context;
    QLabel *m_title;
    QTreeWidget *m_tree;
    QList<Report::DueTask> m_tasks;
    QList<Rules::Warning> m_publicity;
    QList<Rules::Warning> m_certificates;
};

} // namespace Jiandu::Ui
