#include "casedialog.h"

#include "appcontext.h"
#include "security/permissiongate.h"
#include "storage/agencyrepository.h"
#include "storage/caserepository.h"
#include "storage/transaction.h"
#include "widgets/optionaldateedit.h"
#include "widgets/vocabcombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {
const QString kErrorStyle = QStringLiteral("border: 2px solid #c62828;");
}

CaseDialog::CaseDialog(AppContext &context, qint64 caseId, QWidget *parent, qint64 agencyId)
    : QDialog(parent), m_context(context), m_tabs(new QTabWidget(this)),
      m_problemLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("caseDialog"));
    setWindowModality(Qt::WindowModal);
    m_case.id = caseId;
    m_case.agencyId = agencyId;
    m_case.openedOn = context.today();
    m_tabs->addTab(buildMainTab(), tr("Case"));
    m_tabs->addTab(buildOfficersTab(), tr("Officers"));
    m_tabs->addTab(buildProcessTab(), tr("Process"));
    m_tabs->addTab(buildReviewTab(), tr("Legal review"));
    m_tabs->addTab(buildOutcomeTab(), tr("Outcome and appeals"));
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::RichText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(buttons);
    resize(860, 640);
    load();
}

void CaseDialog::load()
{
    AgencyRepository agencies(m_context.db());
    if (auto all = agencies.all())
        for (const Agency &a : all.value())
            m_agency->addItem(a.name, a.id);
    if (m_case.id > 0) {
        auto found = CaseRepository(m_context.db()).find(m_case.id);
        if (found && found.value())
            m_case = *found.value();
        else
            m_problemLabel->setText(found ? tr("The case no longer exists.")
                                          : found.error().toString());
    }
    const EnforcementCase &c = m_case;
    setWindowTitle(c.id > 0 ? tr("Edit case %1").arg(c.caseNo) : tr("New case"));
    m_caseNo->setText(c.caseNo);
    m_agency->setCurrentIndex(std::max(0, m_agency->findData(c.agencyId)));
    PermissionGate::lockAgency(m_agency, m_context); // an agency-limited account
    VocabCombo::select(m_kind, std::optional<CaseKind>(c.kind));
    m_title->setText(c.title);
    m_party->setText(c.party);
    VocabCombo::select(m_partyKind, c.partyKind);
    m_openedOn->setDate(c.openedOn.isValid() ? c.openedOn : m_context.today());
    m_decidedOn->setDate(c.decidedOn, m_context.today());
    m_closedOn->setDate(c.closedOn, m_context.today());
    m_major->setChecked(c.major);
    fillOfficers(m_agency->currentData().toLongLong());
    for (const LegalReviewRound &r : c.reviews)
        addReviewRow(r);
    loadStagesAndOutcome();
}

EnforcementCase CaseDialog::collect() const
{
    EnforcementCase c = m_case; // keeps what the form does not edit
    c.caseNo = m_caseNo->text().trimmed();
    c.agencyId = m_agency->currentData().toLongLong();
    c.kind = VocabCombo::value<CaseKind>(m_kind).value_or(CaseKind::Penalty);
    c.title = m_title->text().trimmed();
    c.party = m_party->text().trimmed();
    c.partyKind = VocabCombo::value<PartyKind>(m_partyKind);
    c.openedOn = m_openedOn->date();
    c.decidedOn = m_decidedOn->date();
    c.closedOn = m_closedOn->date();
    c.major = m_major->isChecked();
    collectOfficers(c);
    collectStages(c);
    collectReviews(c);
    collectOutcome(c);
    return c;
}

void CaseDialog::showProblems(const QList<CaseProblem> &problems)
{
    for (QWidget *w : std::as_const(m_fields)) {
        w->setStyleSheet(QString());
        w->setToolTip(QString());
    }
    QStringList lines;
    for (const CaseProblem &p : problems) {
        const bool error = p.severity == CaseProblem::Severity::Error;
        lines << QStringLiteral("<span style=\"color:%1\">%2 %3</span>")
                     .arg(error ? QStringLiteral("#c62828") : QStringLiteral("#b26a00"),
                          error ? tr("Error:") : tr("Warning:"), p.message.toHtmlEscaped());
        if (QWidget *w = m_fields.value(p.field)) {
            if (error)
                w->setStyleSheet(kErrorStyle);
            w->setToolTip(p.message);
        }
    }
    m_problemLabel->setText(lines.join(QStringLiteral("<br>")));
}

bool CaseDialog::save()
{
    EnforcementCase c = collect();
    m_problems = validateCase(c);
    showProblems(m_problems);
    for (const CaseProblem &p : std::as_const(m_problems)) {
        if (p.severity != CaseProblem::Severity::Error)
            continue;
        if (QWidget *w = m_fields.value(p.field)) { // show the first error's field
            for (QWidget *tab = w; tab; tab = tab->parentWidget())
                if (const int i = m_tabs->indexOf(tab); i >= 0)
                    m_tabs->setCurrentIndex(i);
            w->setFocus();
        }
        return false;
    }
    Transaction tx(m_context.db());
    auto saved = CaseRepository(m_context.db()).save(c);
    if (!saved) {
        m_problemLabel->setText(saved.error().toString().toHtmlEscaped());
        return false;
    }
    if (auto committed = tx.commit(); !committed) {
        m_problemLabel->setText(committed.error().toString().toHtmlEscaped());
        return false;
    }
    m_case = c;
    m_case.id = saved.value();
    m_context.notifyDataChanged(QStringLiteral("enforcement_case"));
    return true;
}

void CaseDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace Jiandu::Ui
