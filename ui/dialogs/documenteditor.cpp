#include "documenteditor.h"

#include "appcontext.h"
#include "storage/documentrepository.h"
#include "storage/taskrepository.h"
#include "util/format.h"
#include "widgets/vocabcombo.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {
constexpr int kTaskIdRole = Qt::UserRole + 1;
}

DocumentEditor::DocumentEditor(AppContext &context, const SupervisionDocument &document,
                               QWidget *parent)
    : QDialog(parent), m_context(context), m_doc(document)
{
    setObjectName(QStringLiteral("documentEditor"));
    setWindowModality(Qt::WindowModal);
    buildUi();
    load();
    resize(940, 720);
}

void DocumentEditor::buildUi()
{
    const auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAutoDefault(false);
        return b;
    };
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    VocabCombo::fill<DocumentKind>(m_kind);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_recipient = new QLineEdit(this);
    m_recipient->setObjectName(QStringLiteral("recipientEdit"));
    m_issuer = new QLineEdit(this);
    m_issuer->setObjectName(QStringLiteral("issuerEdit"));
    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("numberLabel"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setPlaceholderText(tr("One paragraph a line; 一、 and （一） start headings."));
    m_actionDate = new QDateEdit(m_context.today(), this);
    m_actionDate->setObjectName(QStringLiteral("actionDateEdit"));
    m_actionDate->setCalendarPopup(true);
    m_actionDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_actionDate->setFixedWidth(m_actionDate->sizeHint().width() + 20);
    m_replyNote = new QLineEdit(this);
    m_replyNote->setObjectName(QStringLiteral("replyNoteEdit"));
    m_replyNote->setPlaceholderText(tr("What the reply says"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_fontNotice = new QLabel(this);
    m_fontNotice->setObjectName(QStringLiteral("fontNoticeLabel"));
    m_fontNotice->setWordWrap(true);
    m_fontNotice->setStyleSheet(QStringLiteral("color: #b26a00;"));
    m_fontNotice->hide();

    m_saveButton = button(tr("Save draft"), "saveButton");
    m_issueButton = button(tr("Issue…"), "issueButton");
    m_issueButton->setToolTip(tr("Gives the document its issuing number; it cannot be edited "
                                 "afterwards."));
    m_servedButton = button(tr("Mark served"), "servedButton");
    m_replyButton = button(tr("Record reply"), "replyButton");
    m_deleteButton = button(tr("Delete draft…"), "deleteButton");
    auto *preview = button(tr("Print preview…"), "previewButton");
    auto *print = button(tr("Print…"), "printButton");
    auto *pdf = button(tr("PDF…"), "pdfButton");
    auto *settings = button(tr("Document settings…"), "settingsButton");
    auto *close = button(tr("Close"), "closeButton");
    connect(m_saveButton, &QPushButton::clicked, this, &DocumentEditor::save);
    connect(m_issueButton, &QPushButton::clicked, this, &DocumentEditor::issue);
    connect(m_servedButton, &QPushButton::clicked, this, &DocumentEditor::markServed);
    connect(m_replyButton, &QPushButton::clicked, this, &DocumentEditor::recordReply);
    connect(m_deleteButton, &QPushButton::clicked, this, &DocumentEditor::removeDraft);
    connect(preview, &QPushButton::clicked, this, &DocumentEditor::printPreview);
    connect(print, &QPushButton::clicked, this, &DocumentEditor::printToPrinter);
    connect(pdf, &QPushButton::clicked, this, &DocumentEditor::savePdf);
    connect(settings, &QPushButton::clicked, this, &DocumentEditor::openSettings);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *form = new QFormLayout;
    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(m_status);
    form->addRow(tr("Number:"), numberRow);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Recipient:"), m_recipient);
    form->addRow(tr("Issued by:"), m_issuer);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_body);
    split->addWidget(buildTaskList());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *steps = new QGroupBox(tr("Status"), this);
    auto *stepLayout = new QHBoxLayout(steps);
    stepLayout->addWidget(new QLabel(tr("Date:"), steps));
    stepLayout->addWidget(m_actionDate);
    stepLayout->addWidget(m_issueButton);
    stepLayout->addWidget(m_servedButton);
    stepLayout->addWidget(m_replyNote, 1);
    stepLayout->addWidget(m_replyButton);
    stepLayout->addStretch(0);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_saveButton);
    bottom->addWidget(m_deleteButton);
    bottom->addStretch(1);
    bottom->addWidget(settings);
    bottom->addWidget(preview);
    bottom->addWidget(print);
    bottom->addWidget(pdf);
    bottom->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    layout->addWidget(steps);
    layout->addWidget(m_message);
    layout->addWidget(m_fontNotice);
    layout->addLayout(bottom);
}

QWidget *DocumentEditor::buildTaskList()
{
    auto *box = new QGroupBox(tr("Attached task list"), this);
    m_tasks = new QListWidget(box);
    m_tasks->setObjectName(QStringLiteral("taskList"));
    m_upButton = new QPushButton(tr("Up"), box);
    m_upButton->setObjectName(QStringLiteral("taskUpButton"));
    m_downButton = new QPushButton(tr("Down"), box);
    m_downButton->setObjectName(QStringLiteral("taskDownButton"));
    m_removeTaskButton = new QPushButton(tr("Remove"), box);
    m_removeTaskButton->setObjectName(QStringLiteral("taskRemoveButton"));
    for (QPushButton *b : {m_upButton, m_downButton, m_removeTaskButton})
        b->setAutoDefault(false);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveTask(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveTask(1); });
    connect(m_removeTaskButton, &QPushButton::clicked, this, &DocumentEditor::removeTask);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_upButton);
    buttons->addWidget(m_downButton);
    buttons->addWidget(m_removeTaskButton);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(box);
    layout->addWidget(m_tasks, 1);
    layout->addLayout(buttons);
    return box;
}

void DocumentEditor::load()
{
    if (m_doc.id > 0) {
        auto found = DocumentRepository(m_context.db()).find(m_doc.id);
        if (found && found.value())
            m_doc = *found.value();
        else
            setMessage(found ? tr("The document no longer exists.") : found.error().toString());
    }
    if (!m_doc.draftedOn.isValid())
        m_doc.draftedOn = m_context.today();
    fillForm();
}

void DocumentEditor::fillForm()
{
    const SupervisionDocument &d = m_doc;
    setWindowTitle(d.number.isEmpty() ? tr("Supervision document (draft): %1").arg(d.title)
                                      : tr("Supervision document %1").arg(d.number));
    VocabCombo::select(m_kind, std::optional<DocumentKind>(d.kind));
    m_title->setText(d.title);
    m_recipient->setText(d.recipient);
    m_issuer->setText(d.issuer);
    m_body->setPlainText(d.body);
    m_tasks->clear();
    TaskRepository tasks(m_context.db());
    for (qint64 id : d.taskIds) {
        QString text = tr("Task %1").arg(id);
        if (auto t = tasks.find(id); t && t.value())
            text = QStringLiteral("%1  %2").arg(t.value()->seq, t.value()->problem);
        auto *item = new QListWidgetItem(text, m_tasks);
        item->setData(kTaskIdRole, id);
        item->setToolTip(text);
    }
    updateState();
}

void DocumentEditor::updateState()
{
    const SupervisionDocument &d = m_doc;
    const bool draft = isDraft();
    m_number->setText(d.number.isEmpty() ? tr("(given when issued)") : d.number);
    QString status = Vocab::label(d.status);
    if (d.issuedOn.isValid())
        status += tr(" — issued %1").arg(Format::isoDate(d.issuedOn));
    if (d.servedOn.isValid())
        status += tr(", served %1").arg(Format::isoDate(d.servedOn));
    if (d.repliedOn.isValid())
        status += tr(", replied %1").arg(Format::isoDate(d.repliedOn));
    else if (d.replyDueOn.isValid())
        status += tr(", reply due %1").arg(Format::isoDate(d.replyDueOn));
    m_status->setText(status);
    for (QWidget *w : {static_cast<QWidget *>(m_kind), static_cast<QWidget *>(m_title),
                       static_cast<QWidget *>(m_recipient), static_cast<QWidget *>(m_issuer)})
        w->setEnabled(draft);
    m_body->setReadOnly(!draft);
    m_body->setStyleSheet(draft ? QString() : QStringLiteral("background: #f5f5f5;"));
    for (QPushButton *b : {m_upButton, m_downButton, m_removeTaskButton})
        b->setVisible(draft);
    m_saveButton->setVisible(draft);
    m_deleteButton->setVisible(draft && d.id > 0);
    m_issueButton->setVisible(draft);
    m_servedButton->setVisible(d.status == DocumentStatus::Issued);
    const bool replyable = d.status == DocumentStatus::Issued || d.status == DocumentStatus::Served;
    m_replyButton->setVisible(replyable);
    m_replyNote->setVisible(replyable);
    m_actionDate->setVisible(d.status != DocumentStatus::Replied);
}

SupervisionDocument DocumentEditor::collect() const
{
    SupervisionDocument d = m_doc;
    if (!isDraft())
        return d;
    d.kind = VocabCombo::value<DocumentKind>(m_kind).value_or(d.kind);
    d.title = m_title->text().trimmed();
    d.recipient = m_recipient->text().trimmed();
    d.issuer = m_issuer->text().trimmed();
    d.body = m_body->toPlainText();
    d.taskIds.clear();
    for (int i = 0; i < m_tasks->count(); ++i)
        d.taskIds << m_tasks->item(i)->data(kTaskIdRole).toLongLong();
    return d;
}

void DocumentEditor::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;")
                                   : QStringLiteral("color: #2e7d32;"));
}

QString DocumentEditor::message() const
{
    return m_message->text();
}

QString DocumentEditor::fontNotice() const
{
    return m_fontNotice->text();
}

void DocumentEditor::committed()
{
    m_context.notifyDataChanged(QStringLiteral("supervision_document"));
    Q_EMIT documentChanged(m_doc.id);
}

bool DocumentEditor::save()
{
    if (!isDraft())
        return true; // nothing editable
    SupervisionDocument d = collect();
    if (d.title.isEmpty()) {
        setMessage(tr("Give the document a title."));
        m_title->setFocus();
        return false;
    }
    auto saved = DocumentRepository(m_context.db()).save(d);
    if (!saved) {
        setMessage(saved.error().toString());
        return false;
    }
    m_doc = d;
    m_doc.id = saved.value();
    setMessage(tr("Draft saved."), false);
    fillForm();
    committed();
    return true;
}

void DocumentEditor::moveTask(int delta)
{
    const int row = m_tasks->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_tasks->count())
        return;
    QListWidgetItem *item = m_tasks->takeItem(row);
    m_tasks->insertItem(to, item);
    m_tasks->setCurrentRow(to);
}

void DocumentEditor::removeTask()
{
    delete m_tasks->takeItem(m_tasks->currentRow());
}

void DocumentEditor::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace Jiandu::Ui
