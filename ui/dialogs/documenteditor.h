#pragma once

#include "domain/supervisiontypes.h"
#include "storage/audittrail.h"
#include "util/result.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPrinter;
class QPushButton;

namespace Jiandu::Documents {
struct OfficialDocumentInfo;
}

namespace Jiandu::Ui {

class AppContext;

// A supervision document (监督文书): kind, title, recipient, issuer, the body and the attached
// task list, editable while a draft (草稿); then the status steps 签发 (takes the issuing
// number, after a confirmation), 已送达 and 已回复, each written at once. Prints in the official
// format (preview, printer, PDF) and says which fonts stood in for the official ones.
class DocumentEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentEditor)

public:
    // `document.id` > 0: the stored document is opened. Otherwise a new draft prefilled from
    // `document` (e.g. DocumentRepository::draftFromActivity).
    DocumentEditor(AppContext &context, const SupervisionDocument &document,
                   QWidget *parent = nullptr);

    // An editor on `document` (as the constructor), window-modal and deleted when closed;
    // returns at once.
    static DocumentEditor *openOn(AppContext &context, const SupervisionDocument &document,
                                  QWidget *parent);
    // A new draft of `kind` (DocumentRepository::draftFromActivity / draftFromFinding, dated
    // today) in an editor as openOn, not yet saved; nullptr after a warning when it cannot be
    // drafted. The pages' "new from activity / finding" actions all come here.
    static DocumentEditor *draftFromActivity(AppContext &context, qint64 activityId,
                                             DocumentKind kind,
                                             std::optional<qint64> recipientAgencyId,
                                             QWidget *parent);
    static DocumentEditor *draftFromFinding(AppContext &context, qint64 findingId,
                                            DocumentKind kind, QWidget *parent);

    [[nodiscard]] qint64 documentId() const { return m_doc.id; }
    [[nodiscard]] const SupervisionDocument &document() const { return m_doc; }
    [[nodiscard]] SupervisionDocument collect() const;
    [[nodiscard]] bool isDraft() const { return m_doc.status == DocumentStatus::Draft; }

    // Each returns false and shows why when it cannot.
    bool save();
    bool issue(); // asks for confirmation first
    bool markServed();
    bool recordReply();
    bool removeDraft(); // asks for confirmation first
    // Writes the document as PDF; the font notice is shown in the dialog.
    Result<int> writePdf(const QString &path);
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString fontNotice() const;

    void accept() override;

Q_SIGNALS:
    void documentChanged(qint64 documentId);

private:
    // documenteditor.cpp
    void buildUi();
    QWidget *buildTaskList();
    void load();
    void fillForm();
    void updateState();
    void setMessage(const QString &text, bool error = true);
    void committed();
    void moveTask(int delta);
    void removeTask();

    // documenteditoractions.cpp
    void printPreview();
    void printToPrinter();
    void savePdf();
    void openSettings();
    Result<int> paint(QPrinter &printer);
    VoidResult auditOutput(AuditEntry::Action action, const QString &file, int pages);
    void showFontNotice(const Documents::OfficialDocumentInfo &info);

    AppContext &m_context;
    SupervisionDocument m_doc;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_recipient = nullptr;
    QLineEdit *m_issuer = nullptr;
    QLabel *m_number = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QListWidget *m_tasks = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QPushButton *m_removeTaskButton = nullptr;
    QDateEdit *m_actionDate = nullptr;
    QLineEdit *m_replyNote = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_issueButton = nullptr;
    QPushButton *m_servedButton = nullptr;
    QPushButton *m_replyButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_fontNotice = nullptr;
};

} // namespace Jiandu::Ui
