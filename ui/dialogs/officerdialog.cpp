#include "officerdialog.h"

#include "appcontext.h"
#include "domain/identity.h"
#include "storage/agencyrepository.h"
#include "storage/officerrepository.h"
#include "storage/trainingrepository.h"
#include "storage/transaction.h"
#include "widgets/vocabcombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {

QLabel *problemLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// A field with its explanation right under it.
QWidget *withProblem(QWidget *field, QLabel *problem)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problem);
    return box;
}

// The repository names the field of an Error in its context with its own translation.
bool namesField(const Error &error, const char *field)
{
    return error.context == QCoreApplication::translate("OfficerRepository", field);
}

} // namespace

OfficerDialog::OfficerDialog(AppContext &context, qint64 officerId, QWidget *parent,
                             qint64 agencyId)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("officerDialog"));
    m_officer.id = officerId;
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildBasicTab(), tr("Basic data"));
    m_tabs->addTab(buildCertificateTab(), tr("Certificates"));
    m_tabs->addTab(buildTrainingTab(), tr("Trainings"));
    m_tabs->addTab(buildAssessmentTab(), tr("Assessments"));
    m_tabs->addTab(buildHistoryTab(), tr("History"));

    m_saveError = problemLabel(this, "saveError");
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Ok);
    m_saveButton->setText(tr("Save"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OfficerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);

    load(agencyId);
    applyAccess();
    resize(760, 560);
}

QWidget *OfficerDialog::buildBasicTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_nameProblem = problemLabel(page, "nameProblem");
    m_gender = new QComboBox(page);
    m_gender->setObjectName(QStringLiteral("genderCombo"));
    VocabCombo::fill<Gender>(m_gender, tr("(not given)"), true);
    m_idNumber = new QLineEdit(page);
    m_idNumber->setObjectName(QStringLiteral("idNumberEdit"));
    m_idNumber->setMaxLength(20);
    m_idNumber->setPlaceholderText(tr("18 characters, the last may be X"));
    m_idProblem = problemLabel(page, "idNumberProblem");
    m_unmask = new QPushButton(tr("Show full number"), page);
    m_unmask->setObjectName(QStringLiteral("unmaskButton"));
    m_unmask->hide(); // accounts mode only (applyAccess)
    connect(m_unmask, &QPushButton::clicked, this, &OfficerDialog::unmaskNumbers);
    auto *idRow = new QWidget(page);
    auto *idLayout = new QHBoxLayout(idRow);
    idLayout->setContentsMargins(0, 0, 0, 0);
    idLayout->addWidget(m_idNumber, 1);
    idLayout->addWidget(m_unmask);
    m_agency = new QComboBox(page);
    m_agency->setObjectName(QStringLiteral("agencyCombo"));
    m_agencyProblem = problemLabel(page, "agencyProblem");
    m_employment = new QComboBox(page);
    m_employment->setObjectName(QStringLiteral("employmentCombo"));
    VocabCombo::fill<Employment>(m_employment);
    m_position = new QLineEdit(page);
    m_position->setObjectName(QStringLiteral("positionEdit"));
    m_category = new QLineEdit(page);
    m_category->setObjectName(QStringLiteral("categoryEdit"));
    m_qualification =
        new QCheckBox(tr("Holds the national legal professional qualification"), page);
    m_qualification->setObjectName(QStringLiteral("qualificationCheck"));
    m_reviewer = new QCheckBox(tr("Legal reviewer (法制审核人员)"), page);
    m_reviewer->setObjectName(QStringLiteral("reviewerCheck"));
    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    VocabCombo::fill<OfficerStatus>(m_status);
    m_phone = new QLineEdit(page);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));

    form->addRow(tr("Name"), withProblem(m_name, m_nameProblem));
    form->addRow(tr("Gender"), m_gender);
    form->addRow(tr("Identity-card number"), withProblem(idRow, m_idProblem));
    form->addRow(tr("Enforcement body"), withProblem(m_agency, m_agencyProblem));
    form->addRow(tr("Staff category"), m_employment);
    form->addRow(tr("Position"), m_position);
    form->addRow(tr("Enforcement category"), m_category);
    form->addRow(QString(), m_qualification);
    form->addRow(QString(), m_reviewer);
    form->addRow(tr("Post status"), m_status);
    form->addRow(tr("Phone"), m_phone);
    connect(m_idNumber, &QLineEdit::textEdited, this, &OfficerDialog::updateIdProblem);
    return page;
}

void OfficerDialog::load(qint64 agencyId)
{
    Database &db = m_context.db();
    if (auto agencies = AgencyRepository(db).all()) {
        for (const Agency &a : agencies.value())
            m_agency->addItem(a.name, a.id);
    } else {
        m_loadError = agencies.error().toString();
    }
    m_officer.agencyId = agencyId;
    if (m_officer.id != 0) {
        auto found = OfficerRepository(db).find(m_officer.id);
        if (!found || !*found)
            m_loadError = found ? tr("The officer no longer exists.") : found.error().toString();
        else
            m_officer = **found;
        loadRecords();
    }
    setWindowTitle(m_officer.id ? tr("Officer: %1").arg(m_officer.name) : tr("New officer"));
    fillForm();
    refreshCertificates();
    refreshTrainings();
    refreshAssessments();
    loadHistory();
    if (!m_loadError.isEmpty())
        showProblem(m_saveError, m_loadError);
}

void OfficerDialog::loadRecords()
{
    Database &db = m_context.db();
    auto certs = OfficerRepository(db).certificates(m_officer.id);
    auto trainings = TrainingRepository(db).trainings(m_officer.id);
    auto assessments = TrainingRepository(db).assessments(m_officer.id);
    if (!certs || !trainings || !assessments) {
        m_loadError = !certs       ? certs.error().toString()
                      : !trainings ? trainings.error().toString()
                                   : assessments.error().toString();
        return;
    }
    m_certs.clear();
    m_trainings.clear();
    m_assessments.clear();
    for (const Certificate &c : certs.value())
        m_certs.append({c});
    for (const Training &t : trainings.value())
        m_trainings.append({t});
    for (const Assessment &a : assessments.value())
        m_assessments.append({a});
}

void OfficerDialog::fillForm()
{
    m_name->setText(m_officer.name);
    VocabCombo::select(m_gender, m_officer.gender);
    m_idNumber->setText(m_officer.idNumber);
    const int agency = m_agency->findData(m_officer.agencyId);
    m_agency->setCurrentIndex(agency); // -1 (none) for a new officer without agency
    VocabCombo::select(m_employment, std::optional(m_officer.employment));
    m_position->setText(m_officer.position);
    m_category->setText(m_officer.category);
    m_qualification->setChecked(m_officer.legalQualification);
    m_reviewer->setChecked(m_officer.legalReviewer);
    VocabCombo::select(m_status, std::optional(m_officer.status));
    m_phone->setText(m_officer.phone);
}

Officer OfficerDialog::formOfficer() const
{
    Officer o = m_officer;
    o.name = m_name->text().simplified();
    o.gender = VocabCombo::value<Gender>(m_gender);
    // Masked numbers are shown, never saved: the stored ones stay.
    o.idNumber = m_masked ? m_officer.idNumber : Identity::normaliseIdNumber(m_idNumber->text());
    o.agencyId = m_agency->currentIndex() >= 0 ? m_agency->currentData().toLongLong() : 0;
    o.employment = VocabCombo::value<Employment>(m_employment).value_or(Employment::Establishment);
    o.position = m_position->text().trimmed();
    o.category = m_category->text().trimmed();
    o.legalQualification = m_qualification->isChecked();
    o.legalReviewer = m_reviewer->isChecked();
    o.status = VocabCombo::value<OfficerStatus>(m_status).value_or(OfficerStatus::Active);
    o.phone = m_masked ? m_officer.phone : m_phone->text().trimmed();
    return o;
}

// Explains as the user types what is wrong with the number (length, birth date, check
// character…), so a typo is found before saving.
void OfficerDialog::updateIdProblem()
{
    const QString text = m_idNumber->text();
    showProblem(m_idProblem, text.trimmed().isEmpty()
                                 ? QString()
                                 : Identity::validateIdNumber(Identity::normaliseIdNumber(text)));
}

bool OfficerDialog::validateForm()
{
    const Officer o = formOfficer();
    showProblem(m_nameProblem, o.name.isEmpty() ? tr("Enter the officer's name.") : QString());
    showProblem(m_idProblem, Identity::validateIdNumber(o.idNumber));
    showProblem(m_agencyProblem, o.agencyId == 0 ? tr("Choose the enforcement body.") : QString());
    const std::pair<QWidget *, QLabel *> fields[] = {
        {m_name, m_nameProblem}, {m_idNumber, m_idProblem}, {m_agency, m_agencyProblem}};
    for (const auto &[field, problem] : fields) {
        if (!problem->text().isEmpty()) {
            m_tabs->setCurrentIndex(0);
            field->setFocus();
            showProblem(m_saveError, tr("Nothing was saved: correct the field marked in red."));
            return false;
        }
    }
    return true;
}

void OfficerDialog::clearErrors()
{
    for (QLabel *label : {m_nameProblem, m_idProblem, m_agencyProblem, m_saveError})
        showProblem(label, QString());
}

void OfficerDialog::showError(const Error &error)
{
    if (namesField(error, "Name"))
        showProblem(m_nameProblem, error.message);
    else if (namesField(error, "Identity-card number"))
        showProblem(m_idProblem, error.message);
    else if (namesField(error, "Agency"))
        showProblem(m_agencyProblem, error.message);
    else
        return showProblem(m_saveError, tr("Nothing was saved. %1").arg(error.toString()));
    m_tabs->setCurrentIndex(0);
    showProblem(m_saveError, tr("Nothing was saved: correct the field marked in red."));
}

bool OfficerDialog::save()
{
    clearErrors();
    if (!m_loadError.isEmpty()) {
        showProblem(m_saveError, m_loadError);
        return false;
    }
    if (!validateForm())
        return false;
    qint64 id = m_officer.id;
    if (auto r = writeAll(id); !r) {
        showError(r.error());
        return false;
    }
    // Only now, after the commit, does the dialog adopt the ids the database gave.
    m_officer = formOfficer();
    m_officer.id = id;
    loadRecords();
    refreshCertificates();
    refreshTrainings();
    refreshAssessments();
    loadHistory();
    m_removedCerts.clear();
    m_removedTrainings.clear();
    m_removedAssessments.clear();
    m_context.notifyDataChanged(QStringLiteral("officer"));
    return true;
}

// One transaction: the officer, then removals (so a number can be removed and re-added),
// then the new and changed records. Works on copies so that a rollback leaves the dialog's
// state as it was (no half-assigned ids).
VoidResult OfficerDialog::writeAll(qint64 &officerId)
{
    Database &db = m_context.db();
    Transaction tx(db);
    if (!tx.isActive())
        return tx.beginError();
    OfficerRepository officers(db);
    TrainingRepository trainings(db);
    Officer o = formOfficer();
    auto saved = officers.save(o);
    if (!saved)
        return saved.error();
    officerId = saved.value();
    for (qint64 id : m_removedCerts)
        if (auto r = officers.removeCertificate(id); !r)
            return r;
    for (qint64 id : m_removedTrainings)
        if (auto r = trainings.removeTraining(id); !r)
            return r;
    for (qint64 id : m_removedAssessments)
        if (auto r = trainings.removeAssessment(id); !r)
            return r;
    for (const auto &p : m_certs) {
        Certificate c = p.value;
        c.officerId = officerId;
        if (p.dirty || c.id == 0)
            if (auto r = officers.saveCertificate(c); !r)
                return r.error();
    }
    for (const auto &p : m_trainings) {
        Training t = p.value;
        t.officerId = officerId;
        if (p.dirty || t.id == 0)
            if (auto r = trainings.saveTraining(t); !r)
                return r.error();
    }
    for (const auto &p : m_assessments) {
        Assessment a = p.value;
        a.officerId = officerId;
        if (p.dirty || a.id == 0)
            if (auto r = trainings.saveAssessment(a); !r)
                return r.error();
    }
    return tx.commit();
}

void OfficerDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace Jiandu::Ui
