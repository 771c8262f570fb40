#include "findingdialog.h"

#include "appcontext.h"
#include "fieldproblem.h"
#include "security/permissiongate.h"
#include "storage/activityrepository.h"
#include "storage/agencyrepository.h"
#include "widgets/vocabcombo.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Jiandu::Ui {

FindingDialog::FindingDialog(AppContext &context, qint64 activityId, QWidget *parent)
    : QDialog(parent), m_context(context), m_agency(new QComboBox(this)),
      m_foundOn(new QDateEdit(context.today(), this)), m_problem(new QPlainTextEdit(this)),
      m_problemProblem(FieldProblem::label(this)), m_category(new QLineEdit(this)),
      m_severity(new QComboBox(this)), m_source(new QLineEdit(this)),
      m_saveProblem(FieldProblem::label(this))
{
    setObjectName(QStringLiteral("findingDialog"));
    setWindowTitle(tr("New finding"));
    setWindowModality(Qt::WindowModal);
    if (activityId > 0)
        m_finding.activityId = activityId;
    m_agency->setObjectName(QStringLiteral("agencyCombo"));
    if (auto all = AgencyRepository(context.db()).all())
        for (const Agency &a : all.value())
            m_agency->addItem(a.name, a.id);
    PermissionGate::lockAgency(m_agency, context); // an agency-limited account
    m_foundOn->setObjectName(QStringLiteral("foundOnEdit"));
    m_foundOn->setCalendarPopup(true);
    m_foundOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_problem->setObjectName(QStringLiteral("problemEdit"));
    m_problem->setTabChangesFocus(true);
    m_problemProblem->setObjectName(QStringLiteral("problemProblem"));
    m_category->setObjectName(QStringLiteral("categoryEdit"));
    m_category->setPlaceholderText(tr("e.g. 程序违法, 文书不规范"));
    m_severity->setObjectName(QStringLiteral("severityCombo"));
    VocabCombo::fill<FindingSeverity>(m_severity);
    VocabCombo::select(m_severity, std::optional(FindingSeverity::Ordinary));
    m_source->setObjectName(QStringLiteral("sourceEdit"));
    if (activityId > 0)
        if (auto a = ActivityRepository(context.db()).find(activityId); a && a.value())
            m_source->setText(a.value()->name);

    auto *form = new QFormLayout;
    form->addRow(tr("Enforcement body:"), m_agency);
    form->addRow(tr("Found on:"), m_foundOn);
    form->addRow(tr("Problem:"), FieldProblem::wrap(m_problem, m_problemProblem));
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Severity:"), m_severity);
    form->addRow(tr("Source:"), m_source);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &FindingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveProblem);
    layout->addWidget(buttons);
    resize(520, 420);
}

bool FindingDialog::save()
{
    FieldProblem::clear(m_problemProblem);
    FieldProblem::clear(m_saveProblem);
    Finding f = m_finding;
    f.agencyId = m_agency->currentData().toLongLong();
    f.foundOn = m_foundOn->date();
    f.problem = m_problem->toPlainText().trimmed();
    f.category = m_category->text().trimmed();
    f.severity = VocabCombo::value<FindingSeverity>(m_severity).value_or(FindingSeverity::Ordinary);
    f.source = m_source->text().trimmed();
    if (f.problem.isEmpty()) {
        FieldProblem::show(m_problemProblem, tr("Describe the problem found."));
        return false;
    }
    if (f.agencyId <= 0) {
        FieldProblem::show(m_saveProblem, tr("Choose the enforcement body concerned."));
        return false;
    }
    auto saved = FindingRepository(m_context.db()).save(f);
    if (!saved) {
        FieldProblem::show(m_saveProblem, saved.error().toString());
        return false;
    }
    m_finding = f;
    m_finding.id = saved.value();
    m_context.notifyDataChanged(QStringLiteral("finding"));
    return true;
}

void FindingDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace Jiandu::Ui
