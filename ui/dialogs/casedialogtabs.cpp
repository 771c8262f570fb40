// The case form's tabs: building the widgets, and moving the record parts in and out.

#include "casedialog.h"

#include "appcontext.h"
#include "storage/officerrepository.h"
#include "widgets/optionaldateedit.h"
#include "widgets/vocabcombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {

constexpr int kOfficerIdRole = Qt::UserRole + 1;
constexpr int kCertRole = Qt::UserRole + 2;
enum StageColumn
{
    StageName,
    StageDate,
    StageNote,
    StageAudioVideo
};
enum ReviewColumn
{
    Reviewer,
    Submitted,
    Concluded,
    Conclusion,
    ReviewNote
};

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QDoubleSpinBox *yuanBox(QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setDecimals(2);
    box->setRange(-0.01, 1e11);
    box->setSpecialValueText(QStringLiteral("—")); // the minimum: no amount
    box->setValue(-0.01);
    return box;
}

std::optional<qint64> fenOf(const QDoubleSpinBox *box)
{
    return box->value() < 0 ? std::nullopt : std::optional<qint64>(qRound64(box->value() * 100));
}

void setYuan(QDoubleSpinBox *box, const std::optional<qint64> &fen)
{
    box->setValue(fen ? double(*fen) / 100.0 : -0.01);
}

} // namespace

QWidget *CaseDialog::buildMainTab()
{
    auto *tab = new QWidget(this);
    auto *form = new QFormLayout(tab);
    m_caseNo = new QLineEdit(tab);
    m_caseNo->setObjectName(QStringLiteral("caseNoEdit"));
    m_agency = new QComboBox(tab);
    m_agency->setObjectName(QStringLiteral("agencyCombo"));
    m_kind = new QComboBox(tab);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    VocabCombo::fill<CaseKind>(m_kind);
    m_title = new QLineEdit(tab);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_party = new QLineEdit(tab);
    m_party->setObjectName(QStringLiteral("partyEdit"));
    m_partyKind = new QComboBox(tab);
    VocabCombo::fill<PartyKind>(m_partyKind, tr("Not given"), true);
    m_openedOn = dateEdit(tab);
    m_openedOn->setObjectName(QStringLiteral("openedOnEdit"));
    m_decidedOn = new OptionalDateEdit(tr("Decided"), tab);
    m_decidedOn->setObjectName(QStringLiteral("decidedOnEdit"));
    m_closedOn = new OptionalDateEdit(tr("Closed"), tab);
    m_closedOn->setObjectName(QStringLiteral("closedOnEdit"));
    m_major = new QCheckBox(tr("Major enforcement decision (needs legal review first)"), tab);
    m_major->setObjectName(QStringLiteral("majorCheck"));
    form->addRow(tr("Case number:"), m_caseNo);
    form->addRow(tr("Enforcement body:"), m_agency);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Cause of action:"), m_title);
    form->addRow(tr("Party:"), m_party);
    form->addRow(tr("Party type:"), m_partyKind);
    form->addRow(tr("Filed on:"), m_openedOn);
    form->addRow(tr("Decision:"), m_decidedOn);
    form->addRow(tr("Closing:"), m_closedOn);
    form->addRow(QString(), m_major);
    m_fields = {{QStringLiteral("case_no"), m_caseNo},
                {QStringLiteral("agency"), m_agency},
                {QStringLiteral("title"), m_title},
                {QStringLiteral("opened_on"), m_openedOn},
                {QStringLiteral("decided_on"), m_decidedOn},
                {QStringLiteral("closed_on"), m_closedOn},
                {QStringLiteral("legal_review_result"), m_major}};
    connect(m_agency, &QComboBox::currentIndexChanged, this,
            [this] { fillOfficers(m_agency->currentData().toLongLong()); });
    return tab;
}

QWidget *CaseDialog::buildOfficersTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    m_officers = new QListWidget(tab);
    m_officers->setObjectName(QStringLiteral("officerList"));
    layout->addWidget(m_officers);
    m_fields.insert(QStringLiteral("officers"), m_officers);
    return tab;
}

// The officers of the agency's roster, those on the case checked (kept even when they
// belong to another agency now).
void CaseDialog::fillOfficers(qint64 agencyId)
{
    EnforcementCase current = m_case;
    if (m_officers->count() > 0)
        collectOfficers(current);
    m_officers->clear();
    QSet<qint64> listed;
    auto add = [this, &listed](qint64 id, const QString &name, const QString &cert, bool on) {
        auto *item =
            new QListWidgetItem(cert.isEmpty() ? tr("%1 (no certificate)").arg(name)
                                               : QStringLiteral("%1（%2）").arg(name, cert),
                                m_officers);
        item->setData(kOfficerIdRole, id);
        item->setData(kCertRole, cert);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        listed.insert(id);
    };
    OfficerRepository repo(m_context.db());
    for (const CaseOfficer &o : current.officers) {
        auto officer = repo.find(o.officerId);
        add(o.officerId,
            officer && officer.value() ? officer.value()->name : QString::number(o.officerId),
            o.certNumber, true);
    }
    OfficerQuery q;
    q.agencyIds = {agencyId};
    q.asOf = m_context.today();
    q.status = OfficerStatus::Active;
    if (auto rows = repo.list(q, 0, 1000); rows && agencyId > 0)
        for (const OfficerRow &r : rows.value())
            if (!listed.contains(r.officer.id))
                add(r.officer.id, r.officer.name, r.certNumber, false);
}

void CaseDialog::collectOfficers(EnforcementCase &c) const
{
    c.officers.clear();
    for (int i = 0; i < m_officers->count(); ++i) {
        const QListWidgetItem *item = m_officers->item(i);
        if (item->checkState() == Qt::Checked)
            c.officers.append(
                {item->data(kOfficerIdRole).toLongLong(), item->data(kCertRole).toString()});
    }
}

QWidget *CaseDialog::buildProcessTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    const QList<CaseStage> stages = Vocab::all<CaseStage>();
    m_stages = new QTableWidget(int(stages.size()), 4, tab);
    m_stages->setObjectName(QStringLiteral("stageTable"));
    m_stages->setHorizontalHeaderLabels(
        {tr("Stage (recorded)"), tr("Date"), tr("Note"), tr("Audio/video")});
    m_stages->horizontalHeader()->setSectionResizeMode(StageNote, QHeaderView::Stretch);
    m_stages->verticalHeader()->hide();
    for (int row = 0; row < stages.size(); ++row) {
        auto *name = new QTableWidgetItem(Vocab::label(stages.at(row)));
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Unchecked);
        m_stages->setItem(row, StageName, name);
        m_stages->setCellWidget(row, StageDate, dateEdit(m_stages));
        m_stages->setItem(row, StageNote, new QTableWidgetItem);
        auto *av = new QTableWidgetItem;
        av->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        av->setCheckState(Qt::Unchecked);
        m_stages->setItem(row, StageAudioVideo, av);
    }
    m_stages->resizeColumnToContents(StageName);
    layout->addWidget(m_stages);
    m_fields.insert(QStringLiteral("stages"), m_stages);
    return tab;
}

void CaseDialog::collectStages(EnforcementCase &c) const
{
    c.stages.clear();
    const QList<CaseStage> stages = Vocab::all<CaseStage>();
    for (int row = 0; row < stages.size(); ++row) {
        if (m_stages->item(row, StageName)->checkState() != Qt::Checked)
            continue;
        CaseStageRecord s;
        s.stage = stages.at(row);
        s.date = qobject_cast<QDateEdit *>(m_stages->cellWidget(row, StageDate))->date();
        s.note = m_stages->item(row, StageNote)->text().trimmed();
        s.audioVideo = m_stages->item(row, StageAudioVideo)->checkState() == Qt::Checked;
        c.stages.append(s);
    }
}

QWidget *CaseDialog::buildReviewTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    m_reviews = new QTableWidget(0, 5, tab);
    m_reviews->setObjectName(QStringLiteral("reviewTable"));
    m_reviews->setHorizontalHeaderLabels(
        {tr("Reviewer"), tr("Submitted"), tr("Concluded"), tr("Conclusion"), tr("Note")});
    m_reviews->horizontalHeader()->setSectionResizeMode(ReviewNote, QHeaderView::Stretch);
    m_reviews->verticalHeader()->setToolTip(tr("Round"));
    auto *add = new QPushButton(tr("Add a round"), tab);
    add->setObjectName(QStringLiteral("addRoundButton"));
    connect(add, &QPushButton::clicked, this, &CaseDialog::addReviewRound);
    layout->addWidget(m_reviews);
    layout->addWidget(add, 0, Qt::AlignLeft);
    m_fields.insert(QStringLiteral("reviews"), m_reviews);
    return tab;
}

void CaseDialog::addReviewRound()
{
    LegalReviewRound r;
    r.round = m_reviews->rowCount() + 1;
    addReviewRow(r);
}

void CaseDialog::addReviewRow(const LegalReviewRound &round)
{
    const int row = m_reviews->rowCount();
    m_reviews->insertRow(row);
    m_reviews->setItem(row, Reviewer, new QTableWidgetItem(round.reviewer));
    auto *submitted = new OptionalDateEdit(QString(), m_reviews);
    submitted->setDate(round.submittedOn, m_context.today());
    auto *concluded = new OptionalDateEdit(QString(), m_reviews);
    concluded->setDate(round.concludedOn, m_context.today());
    auto *conclusion = new QComboBox(m_reviews);
    VocabCombo::fill<ReviewConclusion>(conclusion, tr("Pending"), true);
    VocabCombo::select(conclusion, round.conclusion);
    m_reviews->setCellWidget(row, Submitted, submitted);
    m_reviews->setCellWidget(row, Concluded, concluded);
    m_reviews->setCellWidget(row, Conclusion, conclusion);
    m_reviews->setItem(row, ReviewNote, new QTableWidgetItem(round.note));
    m_reviews->resizeColumnsToContents();
}

void CaseDialog::collectReviews(EnforcementCase &c) const
{
    c.reviews.clear();
    for (int row = 0; row < m_reviews->rowCount(); ++row) {
        LegalReviewRound r;
        r.round = row + 1;
        r.reviewer = m_reviews->item(row, Reviewer)->text().trimmed();
        r.submittedOn =
            qobject_cast<OptionalDateEdit *>(m_reviews->cellWidget(row, Submitted))->date();
        r.concludedOn =
            qobject_cast<OptionalDateEdit *>(m_reviews->cellWidget(row, Concluded))->date();
        r.conclusion = VocabCombo::value<ReviewConclusion>(
            qobject_cast<QComboBox *>(m_reviews->cellWidget(row, Conclusion)));
        r.note = m_reviews->item(row, ReviewNote)->text().trimmed();
        c.reviews.append(r);
    }
}

QWidget *CaseDialog::buildOutcomeTab()
{
    auto *tab = new QWidget(this);
    auto *form = new QFormLayout(tab);
    m_penalties = new QListWidget(tab);
    m_penalties->setObjectName(QStringLiteral("penaltyList"));
    for (PenaltyCategory p : Vocab::all<PenaltyCategory>()) {
        auto *item = new QListWidgetItem(Vocab::label(p), m_penalties);
        item->setData(Qt::UserRole, Vocab::code(p));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_penalties->setMaximumHeight(120);
    m_discretion = new QComboBox(tab);
    VocabCombo::fill<Discretion>(m_discretion, tr("Not given"), true);
    m_licenceResult = new QComboBox(tab);
    VocabCombo::fill<LicenceResult>(m_licenceResult, tr("Not given"), true);
    m_fine = yuanBox(tab);
    m_fine->setObjectName(QStringLiteral("fineBox"));
    m_confiscation = yuanBox(tab);
    m_hearingRequested = new QCheckBox(tr("Hearing requested"), tab);
    m_hearingHeldOn = new OptionalDateEdit(tr("Held on"), tab);
    m_publishedOn = new OptionalDateEdit(tr("Published on"), tab);
    m_publishedOn->setObjectName(QStringLiteral("publishedOnEdit"));
    m_takenDownOn = new OptionalDateEdit(tr("Taken down on"), tab);
    m_reconsideration = new QComboBox(tab);
    VocabCombo::fill<ReconsiderationOutcome>(m_reconsideration, tr("None"), true);
    m_litigation = new QComboBox(tab);
    VocabCombo::fill<LitigationOutcome>(m_litigation, tr("None"), true);
    m_transferred = new QCheckBox(tr("Transferred to judicial organs"), tab);
    m_transferredOn = new OptionalDateEdit(tr("On"), tab);
    m_extensionDays = new QSpinBox(tab);
    m_extensionDays->setRange(0, 3650);
    m_extensionDays->setSuffix(tr(" days"));
    m_extensionApprovedOn = new OptionalDateEdit(tr("Approved on"), tab);
    m_extensionApprovedBy = new QLineEdit(tab);
    form->addRow(tr("Penalties:"), m_penalties);
    form->addRow(tr("Discretion:"), m_discretion);
    form->addRow(tr("Licence result:"), m_licenceResult);
    form->addRow(tr("Fine (yuan):"), m_fine);
    form->addRow(tr("Confiscation (yuan):"), m_confiscation);
    form->addRow(m_hearingRequested, m_hearingHeldOn);
    form->addRow(tr("Publicity:"), m_publishedOn);
    form->addRow(tr("Take-down:"), m_takenDownOn);
    form->addRow(tr("Reconsideration:"), m_reconsideration);
    form->addRow(tr("Litigation:"), m_litigation);
    form->addRow(m_transferred, m_transferredOn);
    form->addRow(tr("Extension:"), m_extensionDays);
    form->addRow(QString(), m_extensionApprovedOn);
    form->addRow(tr("Approved by:"), m_extensionApprovedBy);
    m_fields.insert(QStringLiteral("penalties"), m_penalties);
    m_fields.insert(QStringLiteral("discretion"), m_discretion);
    m_fields.insert(QStringLiteral("licence_result"), m_licenceResult);
    m_fields.insert(QStringLiteral("fine"), m_fine);
    m_fields.insert(QStringLiteral("confiscation"), m_confiscation);
    m_fields.insert(QStringLiteral("hearing"), m_hearingHeldOn);
    m_fields.insert(QStringLiteral("published_on"), m_publishedOn);
    m_fields.insert(QStringLiteral("taken_down_on"), m_takenDownOn);
    m_fields.insert(QStringLiteral("extension_days"), m_extensionDays);
    m_fields.insert(QStringLiteral("reconsideration"), m_reconsideration);
    m_fields.insert(QStringLiteral("litigation"), m_litigation);
    return tab;
}

void CaseDialog::loadStagesAndOutcome()
{
    const EnforcementCase &c = m_case;
    const QList<CaseStage> stages = Vocab::all<CaseStage>();
    for (int row = 0; row < stages.size(); ++row) {
        auto *edit = qobject_cast<QDateEdit *>(m_stages->cellWidget(row, StageDate));
        edit->setDate(m_context.today());
        for (const CaseStageRecord &s : c.stages) {
            if (s.stage != stages.at(row))
                continue;
            m_stages->item(row, StageName)->setCheckState(Qt::Checked);
            edit->setDate(s.date);
            m_stages->item(row, StageNote)->setText(s.note);
            m_stages->item(row, StageAudioVideo)
                ->setCheckState(s.audioVideo ? Qt::Checked : Qt::Unchecked);
        }
    }
    for (int i = 0; i < m_penalties->count(); ++i) {
        const auto p =
            Vocab::fromCode<PenaltyCategory>(m_penalties->item(i)->data(Qt::UserRole).toString());
        m_penalties->item(i)->setCheckState(p && c.penalties.contains(*p) ? Qt::Checked
                                                                          : Qt::Unchecked);
    }
    VocabCombo::select(m_discretion, c.discretion);
    VocabCombo::select(m_licenceResult, c.licenceResult);
    setYuan(m_fine, c.fineFen);
    setYuan(m_confiscation, c.confiscationFen);
    m_hearingRequested->setChecked(c.hearingRequested);
    m_hearingHeldOn->setDate(c.hearingHeldOn, m_context.today());
    m_publishedOn->setDate(c.publishedOn, m_context.today());
    m_takenDownOn->setDate(c.takenDownOn, m_context.today());
    VocabCombo::select(m_reconsideration, c.reconsideration);
    VocabCombo::select(m_litigation, c.litigation);
    m_transferred->setChecked(c.transferred);
    m_transferredOn->setDate(c.transferredOn, m_context.today());
    m_extensionDays->setValue(c.extensionDays);
    m_extensionApprovedOn->setDate(c.extensionApprovedOn, m_context.today());
    m_extensionApprovedBy->setText(c.extensionApprovedBy);
}

void CaseDialog::collectOutcome(EnforcementCase &c) const
{
    c.penalties.clear();
    for (int i = 0; i < m_penalties->count(); ++i)
        if (m_penalties->item(i)->checkState() == Qt::Checked)
            if (auto p = Vocab::fromCode<PenaltyCategory>(
                    m_penalties->item(i)->data(Qt::UserRole).toString()))
                c.penalties.append(*p);
    c.discretion = VocabCombo::value<Discretion>(m_discretion);
    c.licenceResult = VocabCombo::value<LicenceResult>(m_licenceResult);
    c.fineFen = fenOf(m_fine);
    c.confiscationFen = fenOf(m_confiscation);
    c.hearingRequested = m_hearingRequested->isChecked();
    c.hearingHeldOn = m_hearingHeldOn->date();
    c.publishedOn = m_publishedOn->date();
    c.takenDownOn = m_takenDownOn->date();
    c.reconsideration = VocabCombo::value<ReconsiderationOutcome>(m_reconsideration);
    c.litigation = VocabCombo::value<LitigationOutcome>(m_litigation);
    c.transferred = m_transferred->isChecked();
    c.transferredOn = m_transferredOn->date();
    c.extensionDays = m_extensionDays->value();
    c.extensionApprovedOn = m_extensionApprovedOn->date();
    c.extensionApprovedBy = m_extensionApprovedBy->text().trimmed();
}

} // namespace Jiandu::Ui
