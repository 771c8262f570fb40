#include "documentspage.h"

#include "appcontext.h"
#include "dialogs/documenteditor.h"
#include "dialogs/documentsettingsdialog.h"
#include "models/documenttablemodel.h"
#include "security/permissiongate.h"
#include "storage/activityrepository.h"
#include "storage/agencyrepository.h"
#include "storage/documentrepository.h"
#include "storage/findingrepository.h"
#include "widgets/vocabcombo.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {
constexpr int kYearsShown = 8;
constexpr int kFindingsOffered = 300;
} // namespace

DocumentsPage::DocumentsPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new DocumentTableModel(context.db(), this)),
      m_table(new QTableView(this)), m_search(new QLineEdit(this)),
      m_kindFilter(new QComboBox(this)), m_statusFilter(new QComboBox(this)),
      m_yearFilter(new QComboBox(this)), m_count(new QLabel(this)), m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("documentsPage"));
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("documentsToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const QIcon add(QStringLiteral(":/icons/add.svg"));
    auto *fromActivity = toolbar->addAction(add, tr("New from activity…"), this,
                                            &DocumentsPage::chooseActivity);
    fromActivity->setObjectName(QStringLiteral("newFromActivityAction"));
    auto *fromFinding =
        toolbar->addAction(add, tr("New from finding…"), this, &DocumentsPage::chooseFinding);
    fromFinding->setObjectName(QStringLiteral("newFromFindingAction"));
    auto *blank = toolbar->addAction(add, tr("New blank…"), this, &DocumentsPage::newBlank);
    blank->setObjectName(QStringLiteral("newBlankAction"));
    auto *open = toolbar->addAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Open"), this,
                                    [this] { openDocument(currentDocumentId()); });
    open->setObjectName(QStringLiteral("openDocumentAction"));
    toolbar->addSeparator();
    auto *settings = toolbar->addAction(QIcon(QStringLiteral(":/icons/settings.svg")),
                                        tr("Document settings…"), this,
                                        &DocumentsPage::openSettings);
    settings->setObjectName(QStringLiteral("documentSettingsAction"));

    m_table->setObjectName(QStringLiteral("documentTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(DocumentTableModel::Title,
                                                      QHeaderView::Stretch);
    m_count->setObjectName(QStringLiteral("countLabel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &DocumentsPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DocumentsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int c : {DocumentTableModel::Number, DocumentTableModel::Kind,
                      DocumentTableModel::Status, DocumentTableModel::Date})
            m_table->resizeColumnToContents(c);
    });
    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openDocument(m_model->documentId(index.row())); });
    connect(&m_context, &AppContext::dataChanged, this, [this](const QString &table) {
        if (table == u"supervision_document" || table == u"setting")
            refresh();
    });
    refresh();
    applyPermissions();
    connect(&m_context, &AppContext::sessionChanged, this, &DocumentsPage::applyPermissions);
}

QWidget *DocumentsPage::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setPlaceholderText(tr("Search number, title or recipient"));
    m_search->setClearButtonEnabled(true);
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    VocabCombo::fill<DocumentKind>(m_kindFilter, tr("All kinds"), true);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    VocabCombo::fill<DocumentStatus>(m_statusFilter, tr("All states"), true);
    m_yearFilter->setObjectName(QStringLiteral("yearFilter"));
    m_yearFilter->addItem(tr("All years"), 0);
    for (int i = 0, year = m_context.today().year(); i < kYearsShown; ++i)
        m_yearFilter->addItem(QString::number(year - i), year - i);
    layout->addWidget(m_search, 2);
    layout->addWidget(m_kindFilter);
    layout->addWidget(m_statusFilter);
    layout->addWidget(m_yearFilter);
    for (QComboBox *combo : {m_kindFilter, m_statusFilter, m_yearFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &DocumentsPage::applyFilters);
    return bar;
}

qint64 DocumentsPage::currentDocumentId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return m_model->documentId(rows.isEmpty() ? m_table->currentIndex().row() : rows.first().row());
}

void DocumentsPage::refresh()
{
    applyFilters();
}

void DocumentsPage::applyFilters()
{
    m_searchTimer->stop();
    DocumentQuery q;
    q.kind = VocabCombo::value<DocumentKind>(m_kindFilter);
    q.status = VocabCombo::value<DocumentStatus>(m_statusFilter);
    q.year = m_yearFilter->currentData().toInt();
    q.text = m_search->text().trimmed();
    m_model->setQuery(q, m_context.today());
    updateCount();
}

void DocumentsPage::updateCount()
{
    if (!m_model->lastError().isEmpty())
        return m_count->setText(tr("The list could not be read: %1").arg(m_model->lastError()));
    QString text = tr("%n document(s)", nullptr, int(m_model->totalCount()));
    if (m_model->rowCount() < m_model->totalCount())
        text += tr(" — %1 loaded, scroll for more").arg(m_model->rowCount());
    m_count->setText(text);
}

DocumentEditor *DocumentsPage::openDocument(qint64 documentId)
{
    if (documentId <= 0)
        return nullptr;
    SupervisionDocument d;
    d.id = documentId;
    return DocumentEditor::openOn(m_context, d, this);
}

DocumentEditor *DocumentsPage::newFromActivity(qint64 activityId, DocumentKind kind,
                                               std::optional<qint64> recipientAgencyId)
{
    return DocumentEditor::draftFromActivity(m_context, activityId, kind, recipientAgencyId, this);
}

DocumentEditor *DocumentsPage::newFromFinding(qint64 findingId, DocumentKind kind)
{
    return DocumentEditor::draftFromFinding(m_context, findingId, kind, this);
}

DocumentEditor *DocumentsPage::newBlank()
{
    SupervisionDocument d;
    d.draftedOn = m_context.today();
    d.issuer = DocumentSettings::load(m_context.db()).issuer;
    return DocumentEditor::openOn(m_context, d, this);
}

// Asks for an activity, a kind and optionally one recipient among the bodies.
void DocumentsPage::chooseActivity()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New document from an activity"));
    auto *activity = new QComboBox(&dialog);
    if (auto all = ActivityRepository(m_context.db()).list())
        for (const SupervisionActivity &a : all.value())
            activity->addItem(a.name, a.id);
    auto *kind = new QComboBox(&dialog);
    VocabCombo::fill<DocumentKind>(kind);
    VocabCombo::select(kind, std::optional(DocumentKind::RectificationNotice));
    auto *agency = new QComboBox(&dialog);
    agency->addItem(tr("The activity's target bodies"), 0);
    if (auto all = AgencyRepository(m_context.db()).all())
        for (const Agency &a : all.value())
            agency->addItem(a.name, a.id);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Activity:"), activity);
    form->addRow(tr("Kind:"), kind);
    form->addRow(tr("Recipient:"), agency);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (activity->count() == 0)
        return (void)QMessageBox::information(this, dialog.windowTitle(),
                                              tr("There is no supervision activity yet."));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 agencyId = agency->currentData().toLongLong();
    newFromActivity(activity->currentData().toLongLong(),
                    VocabCombo::value<DocumentKind>(kind).value_or(DocumentKind::Notice),
                    agencyId > 0 ? std::optional(agencyId) : std::nullopt);
}

void DocumentsPage::chooseFinding()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New document from a finding"));
    auto *finding = new QComboBox(&dialog);
    finding->setMinimumContentsLength(40);
    finding->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    if (auto all = FindingRepository(m_context.db()).list(0, kFindingsOffered))
        for (const Finding &f : all.value())
            finding->addItem(QStringLiteral("%1  %2").arg(f.foundOn.toString(Qt::ISODate), f.problem),
                             f.id);
    auto *kind = new QComboBox(&dialog);
    VocabCombo::fill<DocumentKind>(kind);
    VocabCombo::select(kind, std::optional(DocumentKind::RectificationNotice));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Finding:"), finding);
    form->addRow(tr("Kind:"), kind);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (finding->count() == 0)
        return (void)QMessageBox::information(this, dialog.windowTitle(),
                                              tr("There is no finding yet."));
    if (dialog.exec() != QDialog::Accepted)
        return;
    newFromFinding(finding->currentData().toLongLong(),
                   VocabCombo::value<DocumentKind>(kind).value_or(DocumentKind::Notice));
}

void DocumentsPage::openSettings()
{
    DocumentSettingsDialog dialog(m_context, this);
    dialog.exec();
}

void DocumentsPage::applyPermissions()
{
    PermissionGate::gateNamed(this, m_context,
                              {
                                  {"newFromActivityAction", Security::Permission::EditData},
                                  {"newFromFindingAction", Security::Permission::EditData},
                                  {"newBlankAction", Security::Permission::EditData},
                                  {"documentSettingsAction", Security::Permission::EditData},
                              });
}

} // namespace Jiandu::Ui
