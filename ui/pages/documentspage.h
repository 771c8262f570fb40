#pragma once

#include "domain/supervisiontypes.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Jiandu::Ui {

class AppContext;
class DocumentEditor;
class DocumentTableModel;

// 监督文书: the supervision documents, newest first, lazily paged, with filters (kind, status,
// year, search over number, title and recipient); new drafts from an activity or a finding,
// the editor on double-click, and the document settings (prefixes, reply periods, issuer).
class DocumentsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentsPage)

public:
    static constexpr int kSearchDelayMs = 300;

    explicit DocumentsPage(AppContext &context, QWidget *parent = nullptr);

    [[nodiscard]] DocumentTableModel *model() const { return m_model; }
    [[nodiscard]] qint64 currentDocumentId() const;

public Q_SLOTS:
    // Disables, with the reason as tooltip, what the logged-in role may not do (on every
    // session change; single-user mode allows everything).
    void applyPermissions();
    void refresh();
    void applyFilters();
    // The editor (window-modal, returns at once).
    DocumentEditor *openDocument(qint64 documentId);
    // A new draft from an activity or a finding, opened in the editor (not yet saved).
    DocumentEditor *newFromActivity(qint64 activityId, DocumentKind kind,
                                    std::optional<qint64> recipientAgencyId = {});
    DocumentEditor *newFromFinding(qint64 findingId, DocumentKind kind);
    DocumentEditor *newBlank();
    void openSettings();

private:
    QWidget *buildFilterBar();
    void chooseActivity();
    void chooseFinding();
    void updateCount();

    AppContext &m_context;
    DocumentTableModel *m_model;
    QTableView *m_table;
    QLineEdit *m_search;
    QComboBox *m_kindFilter;
    QComboBox *m_statusFilter;
    QComboBox *m_yearFilter;
    QLabel *m_count;
    QTimer *m_searchTimer;
};

} // namespace Jiandu::Ui
