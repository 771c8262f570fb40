// The 监督文书 page and the document editor over a real database: a draft from an activity,
// editing the body, issuing (after a confirmation) gives the number and makes the body
// read-only, served, replied; the list and its filters; the PDF with its font notice.

#include "appcontext.h"
#include "dialoghook.h"
#include "dialogs/documenteditor.h"
#include "dialogs/documentsettingsdialog.h"
#include "models/documenttablemodel.h"
#include "pages/documentspage.h"
#include "storage/documentrepository.h"
#include "supervisionfixture.h"
#include "support/testdatabase.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

using namespace Jiandu;
using namespace Jiandu::Ui;
using namespace Qt::StringLiterals;

class TstDocumentEditor : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Test::TestDatabase> m_t;
    std::unique_ptr<AppContext> m_context;
    Test::SupervisionFixture m_f;

    template <typename T> T *child(QWidget *w, const QString &name)
    {
        auto *c = w->findChild<T *>(name);
        if (!c)
            qFatal("no child %s", qPrintable(name));
        return c;
    }

    static void answerYes()
    {
        Test::answerNextDialog<QMessageBox>(
            [](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    }

private Q_SLOTS:
    void init()
    {
        m_t = std::make_unique<Test::TestDatabase>();
        m_context = std::make_unique<AppContext>(m_t->db(), m_t->clock());
        m_f = {};
        m_f.fill(m_t->db());
    }
    void cleanup()
    {
        m_context.reset();
        m_t.reset();
    }

    void draftEditIssueServeReply()
    {
        DocumentsPage page(*m_context);
        page.resize(1200, 700);
        page.show();
        QCOMPARE(page.model()->rowCount(), 0);
        DocumentEditor *editor =
            page.newFromActivity(m_f.inspection, DocumentKind::RectificationNotice, m_f.urban);
        QVERIFY(editor);
        QCOMPARE(editor->documentId(), 0);
        QVERIFY(editor->isDraft());
        QVERIFY(!child<QLineEdit>(editor, u"titleEdit"_s)->text().isEmpty());
        QVERIFY(child<QListWidget>(editor, u"taskList"_s)->count() > 0); // the open tasks
        auto *body = child<QPlainTextEdit>(editor, u"bodyEdit"_s);
        QVERIFY(!body->isReadOnly());
        body->setPlainText(body->toPlainText() + u"\n请于30日内书面报送整改情况。"_s);
        // Drop the last attached task, move the (new) last one up.
        auto *tasks = child<QListWidget>(editor, u"taskList"_s);
        const int attached = tasks->count();
        tasks->setCurrentRow(attached - 1);
        child<QPushButton>(editor, u"taskRemoveButton"_s)->click();
        QCOMPARE(tasks->count(), attached - 1);
        QVERIFY(editor->save());
        QVERIFY(editor->documentId() > 0);
        auto saved = DocumentRepository(m_t->db()).find(editor->documentId()).value().value();
        QVERIFY(saved.body.endsWith(u"请于30日内书面报送整改情况。"_s));
        QCOMPARE(saved.taskIds.size(), attached - 1);
        QCOMPARE(saved.status, DocumentStatus::Draft);
        QCOMPARE(page.model()->rowCount(), 1);

        // 签发 asks first; "No" changes nothing.
        Test::answerNextDialog<QMessageBox>(
            [](QMessageBox *box) { box->button(QMessageBox::No)->click(); });
        QVERIFY(!editor->issue());
        QVERIFY(editor->isDraft());
        answerYes();
        QVERIFY(editor->issue());
        const QString number = child<QLabel>(editor, u"numberLabel"_s)->text();
        QVERIFY2(number.contains(u"〔2025〕1号"_s), qPrintable(number));
        QVERIFY(body->isReadOnly());
        QVERIFY(!child<QLineEdit>(editor, u"titleEdit"_s)->isEnabled());
        QVERIFY(child<QPushButton>(editor, u"saveButton"_s)->isHidden());
        QVERIFY(child<QPushButton>(editor, u"issueButton"_s)->isHidden());
        QVERIFY(!child<QPushButton>(editor, u"servedButton"_s)->isHidden());
        saved = DocumentRepository(m_t->db()).find(editor->documentId()).value().value();
        QCOMPARE(saved.number, number);
        QCOMPARE(saved.status, DocumentStatus::Issued);

        child<QDateEdit>(editor, u"actionDateEdit"_s)->setDate(QDate(2025, 3, 3));
        child<QPushButton>(editor, u"servedButton"_s)->click();
        saved = DocumentRepository(m_t->db()).find(editor->documentId()).value().value();
        QCOMPARE(saved.status, DocumentStatus::Served);
        QCOMPARE(saved.servedOn, QDate(2025, 3, 3));

        child<QDateEdit>(editor, u"actionDateEdit"_s)->setDate(QDate(2025, 3, 20));
        child<QLineEdit>(editor, u"replyNoteEdit"_s)->setText(u"已整改完毕"_s);
        child<QPushButton>(editor, u"replyButton"_s)->click();
        saved = DocumentRepository(m_t->db()).find(editor->documentId()).value().value();
        QCOMPARE(saved.status, DocumentStatus::Replied);
        QCOMPARE(saved.repliedOn, QDate(2025, 3, 20));
        QCOMPARE(saved.replyNote, u"已整改完毕"_s);
        QVERIFY(child<QPushButton>(editor, u"replyButton"_s)->isHidden());
        editor->close();

        // The list follows, and filters by status.
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, DocumentTableModel::Number).data().toString(), number);
        auto *status = child<QComboBox>(&page, u"statusFilter"_s);
        status->setCurrentIndex(status->findData(Vocab::code(DocumentStatus::Draft)));
        QCOMPARE(page.model()->rowCount(), 0);
        status->setCurrentIndex(status->findData(Vocab::code(DocumentStatus::Replied)));
        QCOMPARE(page.model()->rowCount(), 1);
    }

    void draftFromFindingAndDelete()
    {
        DocumentsPage page(*m_context);
        page.show();
        DocumentEditor *editor = page.newFromFinding(m_f.findings.first(), DocumentKind::Opinion);
        QVERIFY(editor);
        QVERIFY(child<QLineEdit>(editor, u"recipientEdit"_s)->text().contains(u"县城市管理局"_s));
        QVERIFY(editor->save());
        QCOMPARE(m_t->rowCount(u"supervision_document"_s), 1);
        answerYes();
        QVERIFY(editor->removeDraft());
        QCOMPARE(m_t->rowCount(u"supervision_document"_s), 0);
    }

    void settingsGiveThePrefix()
    {
        DocumentSettingsDialog dialog(*m_context);
        auto *kinds = dialog.findChild<QTableWidget *>(u"kindTable"_s);
        int row = -1;
        for (int r = 0; r < kinds->rowCount(); ++r)
            if (kinds->item(r, 0)->data(Qt::UserRole).toString()
                == Vocab::code(DocumentKind::RectificationNotice))
                row = r;
        QVERIFY(row >= 0);
        kinds->item(row, 1)->setText(QString());
        QVERIFY(!dialog.save()); // every kind needs a prefix
        kinds->item(row, 1)->setText(u"清司整改"_s);
        qobject_cast<QSpinBox *>(kinds->cellWidget(row, 2))->setValue(20);
        dialog.findChild<QLineEdit *>(u"issuerEdit"_s)->setText(u"清河县司法局"_s);
        QVERIFY(dialog.save());
        const DocumentSettings settings = DocumentSettings::load(m_t->db());
        QCOMPARE(settings.prefix.value(DocumentKind::RectificationNotice), u"清司整改"_s);
        QCOMPARE(settings.replyDays.value(DocumentKind::RectificationNotice), 20);
        QCOMPARE(settings.issuer, u"清河县司法局"_s);

        auto draft = DocumentRepository(m_t->db())
                         .draftFromActivity(m_f.inspection, DocumentKind::RectificationNotice,
                                            m_f.urban, m_context->today());
        QVERIFY(draft.ok());
        DocumentEditor editor(*m_context, draft.value());
        editor.show();
        answerYes();
        QVERIFY(editor.issue());
        QCOMPARE(editor.document().number, u"清司整改〔2025〕1号"_s);
        QCOMPARE(editor.document().replyDueOn, m_context->today().addDays(20));
    }

    void pdfWithFontNotice()
    {
        auto draft = DocumentRepository(m_t->db())
                         .draftFromActivity(m_f.inspection, DocumentKind::RectificationNotice,
                                            m_f.urban, m_context->today());
        QVERIFY(draft.ok());
        DocumentEditor editor(*m_context, draft.value());
        editor.show();
        QVERIFY(editor.save());
        const QString path = m_t->filePath(u"文书.pdf"_s);
        const auto pages = editor.writePdf(path);
        QVERIFY2(pages.ok(), pages.ok() ? "" : qPrintable(pages.error().toString()));
        QVERIFY(pages.value() >= 1);
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));
        // Where the official fonts are missing (as here), the editor says what stood in.
        if (const QString keep = qEnvironmentVariable("JIANDU_SCREENSHOTS"); !keep.isEmpty())
            QFile::copy(path, keep + u"/document.pdf"_s);
        const auto label = child<QLabel>(&editor, u"fontNoticeLabel"_s);
        QCOMPARE(label->isHidden(), editor.fontNotice().isEmpty());
    }

    void screenshots()
    {
        const QString out = qEnvironmentVariable("JIANDU_SCREENSHOTS");
        if (out.isEmpty())
            QSKIP("set JIANDU_SCREENSHOTS to a folder to write the screenshots");
        DocumentRepository repo(m_t->db());
        for (auto kind : {DocumentKind::RectificationNotice, DocumentKind::Opinion,
                          DocumentKind::UrgingLetter}) {
            auto d = repo.draftFromActivity(m_f.inspection, kind, m_f.urban, m_context->today());
            QVERIFY(d.ok());
            QVERIFY(repo.save(d.value()).ok());
            if (kind != DocumentKind::UrgingLetter)
                QVERIFY(repo.issue(d->id, m_context->today()).ok());
        }
        DocumentsPage page(*m_context);
        page.resize(1200, 640);
        page.show();
        QVERIFY(page.grab().save(out + u"/documents.png"_s));
        DocumentEditor *editor = page.openDocument(page.model()->documentId(0));
        editor->resize(980, 760);
        QVERIFY(editor->grab().save(out + u"/document-editor.png"_s));
        editor->close();
    }
};

QTEST_MAIN(TstDocumentEditor)
#include "tst_documenteditor.moc"
