// The document editor's status steps (签发, 已送达, 已回复, deleting a draft), its printing, and
// the ways pages open it on a stored document or a new draft.

#include "documenteditor.h"

#include "appcontext.h"
#include "documents/officialdocument.h"
#include "documents/supervisionprint.h"
#include "documentsettingsdialog.h"
#include "storage/documentrepository.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QSettings>
#include <QStandardPaths>

namespace Jiandu::Ui {

DocumentEditor *DocumentEditor::openOn(AppContext &context, const SupervisionDocument &document,
                                       QWidget *parent)
{
    auto *editor = new DocumentEditor(context, document, parent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
    return editor;
}

namespace {

DocumentEditor *openDraft(AppContext &context, const Result<SupervisionDocument> &draft,
                          QWidget *parent)
{
    if (!draft) {
        QMessageBox::warning(parent, DocumentEditor::tr("New document"), draft.error().toString());
        return nullptr;
    }
    return DocumentEditor::openOn(context, draft.value(), parent);
}

} // namespace

DocumentEditor *DocumentEditor::draftFromActivity(AppContext &context, qint64 activityId,
                                                  DocumentKind kind,
                                                  std::optional<qint64> recipientAgencyId,
                                                  QWidget *parent)
{
    return openDraft(context,
                     DocumentRepository(context.db())
                         .draftFromActivity(activityId, kind, recipientAgencyId, context.today()),
                     parent);
}

DocumentEditor *DocumentEditor::draftFromFinding(AppContext &context, qint64 findingId,
                                                 DocumentKind kind, QWidget *parent)
{
    return openDraft(
        context, DocumentRepository(context.db()).draftFromFinding(findingId, kind, context.today()),
        parent);
}

bool DocumentEditor::issue()
{
    if (!isDraft())
        return false;
    if (!save()) // the draft as shown is what gets the number
        return false;
    const auto answer = QMessageBox::question(
        this, tr("Issue the document"),
        tr("Issue \"%1\" now? It gets the next issuing number of its kind for %2 and cannot be "
           "edited afterwards.")
            .arg(m_doc.title)
            .arg(m_actionDate->date().year()));
    if (answer != QMessageBox::Yes)
        return false;
    auto number = DocumentRepository(m_context.db()).issue(m_doc.id, m_actionDate->date());
    if (!number) {
        setMessage(number.error().toString());
        return false;
    }
    load();
    setMessage(tr("Issued as %1.").arg(number.value()), false);
    committed();
    return true;
}

bool DocumentEditor::markServed()
{
    auto done = DocumentRepository(m_context.db()).markServed(m_doc.id, m_actionDate->date());
    if (!done) {
        setMessage(done.error().toString());
        return false;
    }
    load();
    setMessage(tr("Marked as served."), false);
    committed();
    return true;
}

bool DocumentEditor::recordReply()
{
    auto done = DocumentRepository(m_context.db())
                    .recordReply(m_doc.id, m_actionDate->date(), m_replyNote->text().trimmed());
    if (!done) {
        setMessage(done.error().toString());
        return false;
    }
    m_replyNote->clear();
    load();
    setMessage(tr("The reply is recorded."), false);
    committed();
    return true;
}

bool DocumentEditor::removeDraft()
{
    if (!isDraft() || m_doc.id <= 0)
        return false;
    const auto answer = QMessageBox::question(this, tr("Delete the draft"),
                                              tr("Delete the draft \"%1\"?").arg(m_doc.title));
    if (answer != QMessageBox::Yes)
        return false;
    if (auto done = DocumentRepository(m_context.db()).removeDraft(m_doc.id); !done) {
        setMessage(done.error().toString());
        return false;
    }
    committed();
    QDialog::accept();
    return true;
}

void DocumentEditor::showFontNotice(const Documents::OfficialDocumentInfo &info)
{
    m_fontNotice->setText(info.fontNotice);
    m_fontNotice->setVisible(!info.fontNotice.isEmpty());
}

Result<int> DocumentEditor::paint(QPrinter &printer)
{
    auto data = Documents::officialDocumentData(m_context.db(), collect());
    if (!data)
        return data.error();
    auto info = Documents::printOfficialDocument(data.value(), printer);
    if (!info)
        return info.error();
    showFontNotice(info.value());
    return info->pages;
}

void DocumentEditor::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print the document"));
    QString failure;
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter *target) {
        if (auto pages = paint(*target); !pages)
            failure = pages.error().toString();
    });
    preview.resize(900, 900);
    const bool printed = preview.exec() == QDialog::Accepted;
    if (printed && failure.isEmpty())
        if (auto r = auditOutput(AuditEntry::Action::Print, printer.outputFileName(), 0); !r)
            failure = r.error().toString();
    if (!failure.isEmpty())
        setMessage(failure);
}

void DocumentEditor::printToPrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto pages = paint(printer);
    VoidResult r =
        pages ? auditOutput(AuditEntry::Action::Print, printer.outputFileName(), pages.value())
              : VoidResult(pages.error());
    if (!r)
        setMessage(r.error().toString());
}

Result<int> DocumentEditor::writePdf(const QString &path)
{
    auto data = Documents::officialDocumentData(m_context.db(), collect());
    if (!data)
        return data.error();
    auto info = Documents::writeOfficialDocumentPdf(data.value(), path);
    if (!info)
        return info.error();
    showFontNotice(info.value());
    if (auto r = auditOutput(AuditEntry::Action::Export, path, info->pages); !r)
        return r.error();
    return info->pages;
}

// The document's print or PDF in the audit trail: key its number (a draft: its title).
VoidResult DocumentEditor::auditOutput(AuditEntry::Action action, const QString &file, int pages)
{
    const SupervisionDocument doc = collect();
    QJsonObject details{{QStringLiteral("title"), doc.title}};
    if (pages > 0)
        details.insert(QStringLiteral("pages"), pages);
    if (!file.isEmpty())
        details.insert(QStringLiteral("file"), QFileInfo(file).fileName());
    const QString key = doc.number.isEmpty() ? doc.title : doc.number;
    return AuditTrail(m_context.db()).recordOutput(action, key, details);
}

void DocumentEditor::savePdf()
{
    QSettings settings;
    const QString key = QStringLiteral("documents/lastFolder");
    const QString folder =
        settings.value(key, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString name = (m_doc.number.isEmpty() ? m_doc.title : m_doc.number) + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the document as PDF"),
                                                      QDir(folder).filePath(name), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    settings.setValue(key, QFileInfo(path).absolutePath());
    if (auto pages = writePdf(path); !pages)
        setMessage(pages.error().toString());
    else
        setMessage(tr("%n page(s) written to %1.", nullptr, pages.value())
                       .arg(QDir::toNativeSeparators(path)),
                   false);
}

void DocumentEditor::openSettings()
{
    DocumentSettingsDialog dialog(m_context, this);
    dialog.exec();
}

} // namespace Jiandu::Ui
