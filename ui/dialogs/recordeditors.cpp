#include "recordeditors.h"

#include "util/format.h"
#include "util/parsing.h"
#include "widgets/optionaldateedit.h"
#include "widgets/vocabcombo.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problemLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

// Form, problem line and OK/Cancel: the frame shared by the three editors.
QFormLayout *frame(QDialog *dialog, QLabel *problem)
{
    auto *outer = new QVBoxLayout(dialog);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addWidget(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    outer->addWidget(buttons);
    return form;
}

void showProblem(QLabel *label, QWidget *field, const QString &text)
{
    label->setText(text);
    label->show();
    field->setFocus();
}

QLineEdit *lineEdit(QWidget *parent, const char *objectName, const QString &text)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    return edit;
}

} // namespace

CertificateEditor::CertificateEditor(const Certificate &certificate, const QDate &today,
                                     QWidget *parent)
    : QDialog(parent), m_certificate(certificate),
      m_number(lineEdit(this, "numberEdit", certificate.number)),
      m_issuer(lineEdit(this, "issuerEdit", certificate.issuer)),
      m_category(lineEdit(this, "categoryEdit", certificate.category)),
      m_issued(new OptionalDateEdit(tr("Known"), this)),
      m_expires(new OptionalDateEdit(tr("Expires"), this)), m_status(new QComboBox(this)),
      m_problem(problemLabel(this))
{
    setWindowTitle(certificate.id ? tr("Edit certificate") : tr("New certificate"));
    m_issued->setObjectName(QStringLiteral("issuedEdit"));
    m_expires->setObjectName(QStringLiteral("expiresEdit"));
    m_status->setObjectName(QStringLiteral("statusCombo"));
    const bool isNew = certificate.id == 0 && certificate.number.isEmpty();
    m_issued->setDate(isNew ? today : certificate.issuedOn, today);
    m_expires->setDate(isNew ? today.addYears(5).addDays(-1) : certificate.expiresOn,
                       today.addYears(5));
    VocabCombo::fill<CertStatus>(m_status);
    VocabCombo::select(m_status, std::optional(certificate.status));

    QFormLayout *form = frame(this, m_problem);
    form->addRow(tr("Certificate number"), m_number);
    form->addRow(tr("Issued by"), m_issuer);
    form->addRow(tr("Enforcement category"), m_category);
    form->addRow(tr("Issued on"), m_issued);
    form->addRow(tr("Valid until"), m_expires);
    form->addRow(tr("Status"), m_status);
}

Certificate CertificateEditor::certificate() const
{
    Certificate c = m_certificate;
    c.number = m_number->text().trimmed();
    c.issuer = m_issuer->text().trimmed();
    c.category = m_category->text().trimmed();
    c.issuedOn = m_issued->date();
    c.expiresOn = m_expires->date();
    c.status = VocabCombo::value<CertStatus>(m_status).value_or(CertStatus::Valid);
    return c;
}

void CertificateEditor::accept()
{
    const Certificate c = certificate();
    if (c.number.isEmpty())
        return showProblem(m_problem, m_number, tr("Enter the certificate number."));
    if (c.issuedOn.isValid() && c.expiresOn.isValid() && c.expiresOn < c.issuedOn)
        return showProblem(m_problem, m_expires, tr("The expiry date is before the issue date."));
    QDialog::accept();
}

TrainingEditor::TrainingEditor(const Training &training, const QDate &today, QWidget *parent)
    : QDialog(parent), m_training(training), m_date(new QDateEdit(this)),
      m_title(lineEdit(this, "titleEdit", training.title)), m_kind(new QComboBox(this)),
      m_hours(
          lineEdit(this, "hoursEdit", training.hours ? Format::hours(*training.hours) : QString())),
      m_minutes(lineEdit(this, "minutesEdit",
                         training.minutes ? QString::number(*training.minutes) : QString())),
      m_organizer(lineEdit(this, "organizerEdit", training.organizer)), m_mode(new QComboBox(this)),
      m_problem(problemLabel(this))
{
    setWindowTitle(training.id ? tr("Edit training") : tr("New training"));
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(training.date.isValid() ? training.date : today);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    VocabCombo::fill<TrainingKind>(m_kind, tr("(not given)"), true);
    VocabCombo::select(m_kind, training.kind);
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    VocabCombo::fill<TrainingMode>(m_mode, tr("(not given)"), true);
    VocabCombo::select(m_mode, training.mode);
    m_hours->setPlaceholderText(tr("e.g. 4 or 2.5"));
    m_minutes->setPlaceholderText(tr("used when class hours are empty; 45 minutes = 1 class hour"));

    QFormLayout *form = frame(this, m_problem);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Class hours"), m_hours);
    form->addRow(tr("Duration (minutes)"), m_minutes);
    form->addRow(tr("Organiser"), m_organizer);
    form->addRow(tr("Mode"), m_mode);
}

Training TrainingEditor::training() const
{
    Training t = m_training;
    t.date = m_date->date();
    t.title = m_title->text().trimmed();
    t.kind = VocabCombo::value<TrainingKind>(m_kind);
    t.mode = VocabCombo::value<TrainingMode>(m_mode);
    t.organizer = m_organizer->text().trimmed();
    t.hours = Parse::decimal(m_hours->text());
    bool ok = false;
    const int minutes = m_minutes->text().trimmed().toInt(&ok);
    t.minutes = ok ? std::optional(minutes) : std::nullopt;
    return t;
}

void TrainingEditor::accept()
{
    const Training t = training();
    if (t.title.isEmpty())
        return showProblem(m_problem, m_title, tr("Enter the title of the training."));
    if (!m_hours->text().trimmed().isEmpty() && (!t.hours || *t.hours < 0 || *t.hours > 1000))
        return showProblem(m_problem, m_hours,
                           tr("Class hours must be a number such as 4 or 2.5."));
    if (!m_minutes->text().trimmed().isEmpty() && (!t.minutes || *t.minutes <= 0))
        return showProblem(m_problem, m_minutes,
                           tr("The duration must be a whole number of minutes."));
    if (!t.hours && !t.minutes)
        return showProblem(m_problem, m_hours,
                           tr("Give the class hours or the duration in minutes."));
    QDialog::accept();
}

AssessmentEditor::AssessmentEditor(const Assessment &assessment, const QDate &today,
                                   QWidget *parent)
    : QDialog(parent), m_assessment(assessment), m_year(new QSpinBox(this)),
      m_result(new QComboBox(this))
{
    setWindowTitle(assessment.id ? tr("Edit assessment") : tr("New assessment"));
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(1990, today.year() + 1);
    m_year->setValue(assessment.year > 0 ? assessment.year : today.year() - 1);
    m_result->setObjectName(QStringLiteral("resultCombo"));
    VocabCombo::fill<AssessmentResult>(m_result);
    VocabCombo::select(m_result, std::optional(assessment.result));
    QFormLayout *form = frame(this, problemLabel(this));
    form->addRow(tr("Year"), m_year);
    form->addRow(tr("Result"), m_result);
}

Assessment AssessmentEditor::assessment() const
{
    Assessment a = m_assessment;
    a.year = m_year->value();
    a.result = VocabCombo::value<AssessmentResult>(m_result).value_or(AssessmentResult::Competent);
    return a;
}

} // namespace Jiandu::Ui
