#include "reviewpage.h"

#include "appcontext.h"
#include "dialogs/reviewscoredialog.h"
#include "documents/reviewsheetdocument.h"
#include "security/permissiongate.h"
#include "storage/agencyrepository.h"
#include "storage/reviewrepository.h"
#include "storage/transaction.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, qint64 id, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setData(ReviewPage::IdRole, id);
        t->setItem(row, c, item);
    }
}

// The form of a new activity and its sampling. Returns nullopt when cancelled.
std::optional<ReviewActivity> askActivity(QWidget *parent, Database &db, int year)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(ReviewPage::tr("New review activity"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    auto *activityYear = new QSpinBox(&dialog);
    activityYear->setRange(1990, 2100);
    activityYear->setValue(year);
    auto *kind = new QComboBox(&dialog);
    for (ReviewKind k : Vocab::all<ReviewKind>())
        kind->addItem(Vocab::label(k), Vocab::code(k));
    auto *organiser = new QLineEdit(&dialog);
    auto *agencies = new QListWidget(&dialog);
    if (auto all = AgencyRepository(db).all(); all.ok())
        for (const Agency &a : all.value()) {
            auto *item = new QListWidgetItem(a.name, agencies);
            item->setData(Qt::UserRole, a.id);
            item->setCheckState(Qt::Unchecked);
        }
    auto *sampleYear = new QSpinBox(&dialog);
    sampleYear->setRange(1990, 2100);
    sampleYear->setValue(year - 1);
    auto *count = new QSpinBox(&dialog);
    count->setRange(0, 100000);
    count->setValue(20);
    auto *seed = new QLineEdit(&dialog);
    seed->setPlaceholderText(ReviewPage::tr("Random"));
    form->addRow(ReviewPage::tr("Name:"), name);
    form->addRow(ReviewPage::tr("Year:"), activityYear);
    form->addRow(ReviewPage::tr("Kind:"), kind);
    form->addRow(ReviewPage::tr("Organiser:"), organiser);
    form->addRow(ReviewPage::tr("Draw from:"), agencies);
    form->addRow(ReviewPage::tr("Cases of the year:"), sampleYear);
    form->addRow(ReviewPage::tr("Files to draw:"), count);
    form->addRow(ReviewPage::tr("Seed:"), seed);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    ReviewActivity a;
    a.name = name->text().trimmed();
    a.year = activityYear->value();
    a.kind = Vocab::fromCode<ReviewKind>(kind->currentData().toString()).value_or(a.kind);
    a.organiser = organiser->text().trimmed();
    for (int i = 0; i < agencies->count(); ++i)
        if (agencies->item(i)->checkState() == Qt::Checked)
            a.sampleAgencyIds << agencies->item(i)->data(Qt::UserRole).toLongLong();
    a.sampleYear = sampleYear->value();
    a.sampleCount = count->value();
    bool ok = false;
    const quint64 given = seed->text().trimmed().toULongLong(&ok);
    if (ok)
        a.seed = given;
    return a;
}

} // namespace

ReviewPage::ReviewPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_activities(makeTable({tr("Activity"), tr("Year"), tr("Kind"), tr("Files")},
                             QStringLiteral("activities"), this)),
      m_files(makeTable({tr("Case number"), tr("Enforcement body"), tr("Cause of action"),
                         tr("Status"), tr("Total"), tr("Grade")},
                        QStringLiteral("files"), this)),
      m_details(new QLabel(this)), m_score(new QPushButton(tr("Score…"), this)),
      m_print(new QPushButton(tr("Print score sheet…"), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Case-file review"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    title->setFont(big);
    layout->addWidget(title);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("New activity…"), this);
    add->setObjectName(QStringLiteral("newActivity"));
    m_score->setObjectName(QStringLiteral("score"));
    m_print->setObjectName(QStringLiteral("print"));
    buttons->addWidget(add);
    buttons->addWidget(m_score);
    buttons->addWidget(m_print);
    auto *experts = new QPushButton(tr("Expert pool…"), this);
    experts->setObjectName(QStringLiteral("expertPoolButton"));
    buttons->addWidget(experts);
    buttons->addStretch();
    layout->addLayout(buttons);

    auto *split = new QSplitter(this);
    split->addWidget(m_activities);
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_files);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(add, &QPushButton::clicked, this, &ReviewPage::newActivity);
    connect(m_score, &QPushButton::clicked, this, &ReviewPage::scoreCurrent);
    connect(experts, &QPushButton::clicked, this, &ReviewPage::manageExperts);
    connect(m_print, &QPushButton::clicked, this, &ReviewPage::printCurrent);
    connect(m_files, &QTableWidget::cellDoubleClicked, this, &ReviewPage::scoreCurrent);
    connect(m_activities, &QTableWidget::itemSelectionChanged, this, &ReviewPage::showActivity);
    connect(m_files, &QTableWidget::itemSelectionChanged, this, &ReviewPage::updateButtons);
    // Lists page lazily: the next rows are read when the list is scrolled to its end.
    connect(m_activities->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int v) {
        if (v == m_activities->verticalScrollBar()->maximum())
            loadActivities(true);
    });
    connect(m_files->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int v) {
        if (v == m_files->verticalScrollBar()->maximum())
            loadFiles(true);
    });
    connect(&m_context, &AppContext::dataChanged, this, [this](const QString &table) {
        if (table == u"file_review" || table == u"review_activity")
            reload();
    });
    reload();
    applyPermissions();
    connect(&m_context, &AppContext::sessionChanged, this, &ReviewPage::applyPermissions);
}

void ReviewPage::reload()
{
    const qint64 activity = currentActivityId();
    const qint64 review = currentReviewId();
    loadActivities(false);
    if (activity > 0)
        selectActivity(activity);
    for (int row = 0; row < m_files->rowCount() && review > 0; ++row)
        if (m_files->item(row, 0)->data(IdRole).toLongLong() == review)
            m_files->selectRow(row);
    updateButtons();
}

void ReviewPage::loadActivities(bool more)
{
    if (more && m_activitiesComplete)
        return;
    const QSignalBlocker block(m_activities);
    if (!more)
        m_activities->setRowCount(0);
    const int offset = m_activities->rowCount();
    auto rows = ReviewRepository(m_context.db()).activities(offset, kPageRows);
    if (!rows)
        return;
    m_activitiesComplete = rows->size() < kPageRows;
    m_activities->setRowCount(offset + int(rows->size()));
    for (int i = 0; i < rows->size(); ++i) {
        const ReviewActivityRow &r = rows->at(i);
        setRow(m_activities, offset + i, r.id,
               {r.name, QString::number(r.year), Vocab::label(r.kind),
                tr("%1 (%2 final)").arg(r.files).arg(r.finalFiles)});
    }
    if (offset == 0)
        m_activities->resizeColumnsToContents();
}

void ReviewPage::loadFiles(bool more)
{
    if (more && m_filesComplete)
        return;
    const QSignalBlocker block(m_files);
    if (!more)
        m_files->setRowCount(0);
    const qint64 activity = currentActivityId();
    if (activity <= 0)
        return;
    const int offset = m_files->rowCount();
    auto rows = ReviewRepository(m_context.db()).reviews(activity, offset, kPageRows);
    if (!rows)
        return;
    m_filesComplete = rows->size() < kPageRows;
    m_files->setRowCount(offset + int(rows->size()));
    for (int i = 0; i < rows->size(); ++i) {
        const FileReviewRow &r = rows->at(i);
        setRow(m_files, offset + i, r.id,
               {r.caseNo, r.agencyName, r.caseTitle, Vocab::label(r.status),
                r.total ? QString::number(*r.total, 'g', 6) : QString(),
                r.grade ? Vocab::label(*r.grade) : QString()});
    }
    if (offset == 0)
        m_files->resizeColumnsToContents();
}

void ReviewPage::selectActivity(qint64 activityId)
{
    for (int row = 0; row < m_activities->rowCount(); ++row)
        if (m_activities->item(row, 0)->data(IdRole).toLongLong() == activityId) {
            m_activities->selectRow(row);
            showActivity();
            return;
        }
}

qint64 ReviewPage::currentActivityId() const
{
    const int row = m_activities->currentRow();
    return row >= 0 && m_activities->item(row, 0)
               ? m_activities->item(row, 0)->data(IdRole).toLongLong()
               : 0;
}

qint64 ReviewPage::currentReviewId() const
{
    const auto selected = m_files->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return 0;
    return m_files->item(selected.constFirst().row(), 0)->data(IdRole).toLongLong();
}

QString ReviewPage::activityDetails() const
{
    return m_details->text();
}

void ReviewPage::showActivity()
{
    ReviewRepository repo(m_context.db());
    auto a = repo.activity(currentActivityId());
    if (!a || !a.value()) {
        m_details->clear();
        loadFiles(false);
        updateButtons();
        return;
    }
    const ReviewActivity &act = *a.value();
    auto sheet = repo.sheet(act.sheetId);
    QStringList agencies;
    AgencyRepository agencyRepo(m_context.db());
    for (qint64 id : act.sampleAgencyIds)
        if (auto ag = agencyRepo.find(id); ag.ok() && ag.value())
            agencies << ag.value()->name;
    m_details->setText(
        tr("Score sheet: %1. Sampling: %2 files of %3 from %4; seed %5.")
            .arg(sheet.ok() && sheet.value() ? sheet.value()->displayName() : QString())
            .arg(act.sampleCount)
            .arg(act.sampleYear ? QString::number(*act.sampleYear) : QStringLiteral("—"))
            .arg(agencies.isEmpty() ? QStringLiteral("—") : agencies.join(QStringLiteral("、")))
            .arg(act.seed ? QString::number(*act.seed) : QString()));
    loadFiles(false);
    updateButtons();
    Q_EMIT activitySelected(act.id);
}

void ReviewPage::updateButtons()
{
    m_score->setEnabled(currentReviewId() > 0);
}

Result<qint64> ReviewPage::createActivity(ReviewActivity activity)
{
    // One user action: the activity and its drawn files are saved together or not at all.
    Transaction tx(m_context.db());
    ReviewRepository repo(m_context.db());
    auto id = repo.saveActivity(activity);
    if (!id)
        return id.error();
    if (auto drawn = repo.drawFiles(id.value()); !drawn)
        return drawn.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    m_context.notifyDataChanged(QStringLiteral("review_activity"));
    selectActivity(id.value());
    return id;
}

void ReviewPage::newActivity()
{
    auto a = askActivity(this, m_context.db(), m_context.today().year());
    if (!a)
        return;
    if (auto r = createActivity(*a); !r)
        QMessageBox::warning(this, tr("New review activity"), r.error().toString());
}

void ReviewPage::scoreCurrent()
{
    const qint64 review = currentReviewId();
    if (review <= 0)
        return;
    ReviewScoreDialog dialog(m_context, review, this);
    dialog.exec();
}

Result<int> ReviewPage::printSheet(const QString &pdfPath)
{
    Documents::ReviewSheetOptions options;
    options.printDate = m_context.today();
    if (const qint64 review = currentReviewId(); review > 0)
        options.reviewId = review;
    else if (const qint64 activity = currentActivityId(); activity > 0)
        options.activityId = activity;
    return Documents::writeReviewSheetPdf(m_context.db(), options, pdfPath);
}

void ReviewPage::printCurrent()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Print score sheet"), QString(),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto r = printSheet(path); !r)
        QMessageBox::warning(this, tr("Print score sheet"), r.error().toString());
}

void ReviewPage::applyPermissions()
{
    PermissionGate::gateNamed(this, m_context,
                              {
                                  {"newActivity", Security::Permission::EditData},
                                  {"score", Security::Permission::EditData},
                                  {"expertPoolButton", Security::Permission::EditData},
                                  {"print", Security::Permission::Print},
                              });
    updateButtons();
}

} // namespace Jiandu::Ui
