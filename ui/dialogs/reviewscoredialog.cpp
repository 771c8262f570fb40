#include "reviewscoredialog.h"

#include "appcontext.h"
#include "storage/caserepository.h"
#include "storage/findingrepository.h"
#include "storage/reviewrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {
enum ProblemColumn
{
    DescriptionColumn,
    ProblemItemColumn,
    FindingColumn
};
constexpr int kIdRole = Qt::UserRole + 1;

QString pointsText(double v)
{
    return QString::number(v, 'g', 6);
}
} // namespace

ReviewScoreDialog::ReviewScoreDialog(AppContext &context, qint64 reviewId, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("reviewScoreDialog"));
    setWindowTitle(tr("Score a case file"));
    ReviewRepository repo(context.db());
    m_thresholds = repo.thresholds();
    auto found = repo.review(reviewId);
    if (found.ok() && found.value()) {
        m_review = *found.value();
        auto sheet = repo.sheet(m_review.sheetId);
        if (sheet.ok() && sheet.value()) {
            m_sheet = *sheet.value();
            m_loaded = true;
        }
    }
    buildUi();
    if (!m_loaded) {
        m_caseLabel->setText(tr("The file review could not be read."));
        return;
    }
    auto c = CaseRepository(context.db()).find(m_review.caseId);
    if (c.ok() && c.value())
        m_caseLabel->setText(tr("%1 — %2 (score sheet: %3)")
                                 .arg(c.value()->caseNo, c.value()->title, m_sheet.displayName()));
    m_date->setDate(m_review.reviewedOn.isValid() ? m_review.reviewedOn : context.today());
    m_status->setCurrentIndex(m_status->findData(Vocab::code(m_review.status)));
    fillReviewers();
    fillItems();
    fillProblems();
    updateScore();
}

// The active experts of the pool, and any inactive one already named on this review.
void ReviewScoreDialog::fillReviewers()
{
    auto pool = ReviewRepository(m_context.db()).experts(0, 500);
    if (!pool)
        return;
    for (const ReviewExpert &e : pool.value()) {
        const bool named = m_review.reviewerIds.contains(e.id);
        if (!e.active && !named)
            continue;
        auto *item = new QListWidgetItem(
            e.organisation.isEmpty() ? e.name
                                     : QStringLiteral("%1（%2）").arg(e.name, e.organisation),
            m_reviewers);
        item->setData(Qt::UserRole, e.id);
        item->setCheckState(named ? Qt::Checked : Qt::Unchecked);
    }
}

void ReviewScoreDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_caseLabel = new QLabel(this);
    m_caseLabel->setObjectName(QStringLiteral("caseLabel"));
    m_caseLabel->setWordWrap(true);
    layout->addWidget(m_caseLabel);

    auto *form = new QFormLayout;
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("reviewedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Reviewed on:"), m_date);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    for (ReviewStatus s : {ReviewStatus::Draft, ReviewStatus::Final})
        m_status->addItem(Vocab::label(s), Vocab::code(s));
    form->addRow(tr("Status:"), m_status);
    m_reviewers = new QListWidget(this);
    m_reviewers->setObjectName(QStringLiteral("reviewers"));
    m_reviewers->setFlow(QListView::LeftToRight);
    m_reviewers->setWrapping(true);
    m_reviewers->setMaximumHeight(64);
    form->addRow(tr("Reviewers:"), m_reviewers);
    layout->addLayout(form);

    m_items = new QTableWidget(0, 5, this);
    m_items->setObjectName(QStringLiteral("items"));
    m_items->setHorizontalHeaderLabels(
        {tr("Section"), tr("Item"), tr("Max"), tr("Not met / deduction"), tr("Reason")});
    m_items->horizontalHeader()->setSectionResizeMode(ItemColumn, QHeaderView::Stretch);
    m_items->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_items->verticalHeader()->hide();
    m_items->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_items, 3);

    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(QStringLiteral("total"));
    QFont bold = m_totalLabel->font();
    bold.setBold(true);
    m_totalLabel->setFont(bold);
    layout->addWidget(m_totalLabel);

    layout->addWidget(new QLabel(tr("Problems found:"), this));
    m_problems = new QTableWidget(0, 3, this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setHorizontalHeaderLabels({tr("Problem"), tr("Item"), tr("Finding")});
    m_problems->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_problems->verticalHeader()->hide();
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_problems, 1);

    auto *problemButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add problem"), this);
    add->setObjectName(QStringLiteral("addProblem"));
    auto *remove = new QPushButton(tr("Remove problem"), this);
    remove->setObjectName(QStringLiteral("removeProblem"));
    auto *raise = new QPushButton(tr("Raise finding"), this);
    raise->setObjectName(QStringLiteral("raiseFinding"));
    raise->setToolTip(tr("Record the selected problem as a finding for rectification."));
    problemButtons->addWidget(add);
    problemButtons->addWidget(remove);
    problemButtons->addWidget(raise);
    problemButtons->addStretch();
    layout->addLayout(problemButtons);
    connect(add, &QPushButton::clicked, this, [this] {
        addProblemRow({});
        m_problems->setCurrentCell(m_problems->rowCount() - 1, DescriptionColumn);
        m_problems->editItem(m_problems->item(m_problems->rowCount() - 1, DescriptionColumn));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_problems->currentRow() >= 0)
            m_problems->removeRow(m_problems->currentRow());
    });
    connect(raise, &QPushButton::clicked, this, [this] {
        if (m_problems->currentRow() >= 0)
            raiseFinding(m_problems->currentRow());
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_loaded);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewScoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReviewScoreDialog::reject);
    layout->addWidget(buttons);
    resize(960, 720);
}

void ReviewScoreDialog::fillItems()
{
    m_items->setRowCount(int(m_sheet.items.size()));
    for (int row = 0; row < m_sheet.items.size(); ++row) {
        const SheetItem &item = m_sheet.items.at(row);
        const int position = row + 1;
        const ItemResult *result = nullptr;
        for (const ItemResult &r : m_review.results)
            if (r.position == position)
                result = &r;
        auto *section = new QTableWidgetItem(Vocab::label(item.section));
        auto *title = new QTableWidgetItem(item.title);
        title->setToolTip(item.guidance);
        const bool veto = item.section == SheetSection::Veto;
        auto *max = new QTableWidgetItem(veto ? QString() : pointsText(item.maxPoints));
        for (QTableWidgetItem *cell : {section, title, max})
            cell->setFlags(Qt::ItemIsEnabled);
        m_items->setItem(row, SectionColumn, section);
        m_items->setItem(row, ItemColumn, title);
        m_items->setItem(row, MaxColumn, max);
        if (veto) {
            auto *failed = new QCheckBox(tr("Not met"), m_items);
            failed->setObjectName(QStringLiteral("veto_%1").arg(position));
            failed->setChecked(result && result->vetoFailed);
            connect(failed, &QCheckBox::toggled, this, &ReviewScoreDialog::updateScore);
            m_items->setCellWidget(row, ResultColumn, failed);
        } else {
            auto *deduction = new QDoubleSpinBox(m_items);
            deduction->setObjectName(QStringLiteral("deduction_%1").arg(position));
            deduction->setRange(0, 1000);
            deduction->setDecimals(1);
            deduction->setSingleStep(0.5);
            deduction->setValue(result ? result->deduction : 0);
            connect(deduction, &QDoubleSpinBox::valueChanged, this,
                    &ReviewScoreDialog::updateScore);
            m_items->setCellWidget(row, ResultColumn, deduction);
        }
        auto *reason = new QLineEdit(result ? result->reason : QString(), m_items);
        reason->setObjectName(QStringLiteral("reason_%1").arg(position));
        m_items->setCellWidget(row, ReasonColumn, reason);
    }
    m_items->resizeColumnToContents(SectionColumn);
    m_items->resizeColumnToContents(MaxColumn);
    m_items->resizeColumnToContents(ResultColumn);
}

void ReviewScoreDialog::fillProblems()
{
    m_problems->setRowCount(0);
    for (const ReviewProblem &p : m_review.problems)
        addProblemRow(p);
}

void ReviewScoreDialog::addProblemRow(const ReviewProblem &problem)
{
    const int row = m_problems->rowCount();
    m_problems->insertRow(row);
    auto *description = new QTableWidgetItem(problem.description);
    description->setData(kIdRole, problem.id);
    m_problems->setItem(row, DescriptionColumn, description);
    auto *item = new QComboBox(m_problems);
    item->addItem(QStringLiteral("—"), 0);
    for (int i = 0; i < m_sheet.items.size(); ++i)
        item->addItem(m_sheet.items.at(i).title, i + 1);
    item->setCurrentIndex(item->findData(problem.itemPosition.value_or(0)));
    m_problems->setCellWidget(row, ProblemItemColumn, item);
    auto *finding = new QTableWidgetItem(
        problem.findingId ? tr("Raised (No. %1)").arg(*problem.findingId) : QString());
    finding->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_problems->setItem(row, FindingColumn, finding);
}

FileReview ReviewScoreDialog::review() const
{
    FileReview r = m_review;
    r.reviewedOn = m_date->date();
    r.status = Vocab::fromCode<ReviewStatus>(m_status->currentData().toString())
                   .value_or(ReviewStatus::Draft);
    r.reviewerIds.clear();
    for (int i = 0; i < m_reviewers->count(); ++i)
        if (m_reviewers->item(i)->checkState() == Qt::Checked)
            r.reviewerIds << m_reviewers->item(i)->data(Qt::UserRole).toLongLong();
    r.results.clear();
    for (int row = 0; row < m_items->rowCount(); ++row) {
        ItemResult result{row + 1, false, 0, {}};
        if (auto *veto = qobject_cast<QCheckBox *>(m_items->cellWidget(row, ResultColumn)))
            result.vetoFailed = veto->isChecked();
        if (auto *d = qobject_cast<QDoubleSpinBox *>(m_items->cellWidget(row, ResultColumn)))
            result.deduction = d->value();
        if (auto *reason = qobject_cast<QLineEdit *>(m_items->cellWidget(row, ReasonColumn)))
            result.reason = reason->text().trimmed();
        if (result.vetoFailed || result.deduction > 0 || !result.reason.isEmpty())
            r.results.append(result);
    }
    r.problems.clear();
    for (int row = 0; row < m_problems->rowCount(); ++row) {
        const QTableWidgetItem *d = m_problems->item(row, DescriptionColumn);
        const QString text = d ? d->text().trimmed() : QString();
        if (text.isEmpty())
            continue; // an empty row added and never filled in
        ReviewProblem p;
        p.id = d->data(kIdRole).toLongLong();
        p.description = text;
        const auto *item =
            qobject_cast<QComboBox *>(m_problems->cellWidget(row, ProblemItemColumn));
        if (item && item->currentData().toInt() > 0)
            p.itemPosition = item->currentData().toInt();
        r.problems.append(p);
    }
    return r;
}

ReviewScore ReviewScoreDialog::score() const
{
    return scoreReview(m_sheet, review().results, m_thresholds);
}

QString ReviewScoreDialog::totalText() const
{
    return m_totalLabel->text();
}

void ReviewScoreDialog::updateScore()
{
    if (!m_loaded)
        return;
    const ReviewScore s = score();
    const QString grade = Vocab::label(s.grade);
    m_totalLabel->setText(s.vetoed ? tr("A veto item is not met: 0 points, %1.").arg(grade)
                                   : tr("Total %1 of %2 (form %3, content %4): %5.")
                                         .arg(pointsText(s.total), pointsText(m_sheet.maxTotal()),
                                              pointsText(s.formPoints), pointsText(s.contentPoints),
                                              grade));
}

bool ReviewScoreDialog::save()
{
    if (!m_loaded)
        return false;
    FileReview r = review();
    auto saved = ReviewRepository(m_context.db()).saveReview(r);
    if (!saved) {
        showError(saved.error().toString());
        return false;
    }
    auto reread = ReviewRepository(m_context.db()).review(r.id);
    m_review = reread.ok() && reread.value() ? *reread.value() : r;
    fillProblems();
    m_context.notifyDataChanged(QStringLiteral("file_review"));
    return true;
}

bool ReviewScoreDialog::raiseFinding(int row)
{
    const QTableWidgetItem *d = m_problems->item(row, DescriptionColumn);
    if (!d || d->text().trimmed().isEmpty())
        return false;
    // The problem needs its id: save first (rows keep their order, empty ones are dropped).
    int index = 0;
    for (int r = 0; r < row; ++r)
        if (m_problems->item(r, DescriptionColumn) &&
            !m_problems->item(r, DescriptionColumn)->text().trimmed().isEmpty())
            ++index;
    if (!save())
        return false;
    const qint64 problemId = m_review.problems.at(index).id;
    auto raised = FindingRepository(m_context.db()).raiseFromProblem(problemId, {}, m_date->date());
    if (!raised) {
        showError(raised.error().toString());
        return false;
    }
    auto reread = ReviewRepository(m_context.db()).review(m_review.id);
    if (reread.ok() && reread.value())
        m_review = *reread.value();
    fillProblems();
    m_context.notifyDataChanged(QStringLiteral("finding"));
    return true;
}

void ReviewScoreDialog::accept()
{
    if (save())
        QDialog::accept();
}

void ReviewScoreDialog::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Score a case file"), message);
}

} // namespace Jiandu::Ui
