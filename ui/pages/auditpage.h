#pragma once

#include "storage/audittrail.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Jiandu::Ui {

class AppContext;
class AuditTableModel;
class OptionalDateEdit;

// 审计日志: the audit trail, newest first, filtered by user, kind of record and key, action
// and time; the selected record's fields before → after (identity-card and phone numbers
// masked); export of the filtered trail as CSV (itself audited); verification of the hash
// chain with its head.
class AuditPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    explicit AuditPage(AppContext &context, QWidget *parent = nullptr);

    [[nodiscard]] AuditTableModel *model() const { return m_model; }
    // The filter the controls describe (dates are local days: from 00:00 to the end of `to`).
    [[nodiscard]] AuditFilter currentFilter() const;

public Q_SLOTS:
    void applyFilter();
    void clearFilter();
    void reloadActors();
    // Writes the filtered trail to `path` (CSV); false (and says why) on error.
    bool exportTo(const QString &path);
    // Walks the chain and shows the result in the status line (and returns it).
    QString verifyChain();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void exportCsv();
    void showDetail();
    void updateCount(qint64 total);
    void setMessage(const QString &text, bool error);

    AppContext &m_context;
    AuditTableModel *m_model;
    QComboBox *m_actor = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_key = nullptr;
    QComboBox *m_action = nullptr;
    OptionalDateEdit *m_from = nullptr;
    OptionalDateEdit *m_to = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_detailTitle = nullptr;
    QTableWidget *m_detail = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_verify = nullptr;
    bool m_loaded = false;
};

} // namespace Jiandu::Ui
