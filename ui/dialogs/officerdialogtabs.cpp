// The record tabs of the officer dialog (certificates, trainings, assessments) and its
// audit history. Records are edited in small editors and kept in the dialog until OK.

#include "officerdialog.h"

#include "appcontext.h"
#include "recordeditors.h"
#include "storage/audittrail.h"
#include "util/format.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

#include <functional>

namespace Jiandu::Ui {

namespace {

QTableWidget *recordTable(const char *objectName, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()));
    table->setObjectName(QString::fromLatin1(objectName));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

// A tab with a table and Add / Edit / Remove buttons under it.
QWidget *recordTab(QObject *owner, QTableWidget *table, QWidget *extra,
                   const std::function<void()> &add, const std::function<void(int)> &edit,
                   const std::function<void(int)> &remove)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(table);
    if (extra)
        layout->addWidget(extra);
    auto *buttons = new QHBoxLayout;
    auto *addButton = new QPushButton(OfficerDialog::tr("Add…"), page);
    auto *editButton = new QPushButton(OfficerDialog::tr("Edit…"), page);
    auto *removeButton = new QPushButton(OfficerDialog::tr("Remove"), page);
    addButton->setObjectName(QStringLiteral("addButton"));
    editButton->setObjectName(QStringLiteral("editButton"));
    removeButton->setObjectName(QStringLiteral("removeButton"));
    buttons->addWidget(addButton);
    buttons->addWidget(editButton);
    buttons->addWidget(removeButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    QObject::connect(addButton, &QPushButton::clicked, owner, add);
    auto current = [table] { return table->currentRow(); };
    QObject::connect(editButton, &QPushButton::clicked, owner, [=] {
        if (current() >= 0)
            edit(current());
    });
    QObject::connect(removeButton, &QPushButton::clicked, owner, [=] {
        if (current() >= 0)
            remove(current());
    });
    QObject::connect(table, &QTableWidget::cellDoubleClicked, owner,
                     [=](int row, int) { edit(row); });
    auto enable = [=] {
        editButton->setEnabled(current() >= 0);
        removeButton->setEnabled(current() >= 0);
    };
    QObject::connect(table, &QTableWidget::itemSelectionChanged, owner, enable);
    enable();
    return page;
}

// Opens an editor window-modally (never a nested event loop) and applies its result.
template <typename Editor, typename Apply> void openEditor(Editor *editor, Apply apply)
{
    editor->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(editor, &QDialog::accepted, editor, [editor, apply] { apply(editor); });
    editor->open();
}

} // namespace

QWidget *OfficerDialog::buildCertificateTab()
{
    m_certTable = recordTable("certificateTable", {tr("Certificate number"), tr("Issued by"),
                                                   tr("Enforcement category"), tr("Issued on"),
                                                   tr("Valid until"), tr("Status")});
    return recordTab(
        this, m_certTable, nullptr,
        [this] {
            openEditor(new CertificateEditor({}, m_context.today(), this),
                       [this](CertificateEditor *e) { addCertificate(e->certificate()); });
        },
        [this](int row) { editCertificate(row); },
        [this](int row) {
            if (m_certs.at(row).value.id)
                m_removedCerts.append(m_certs.at(row).value.id);
            m_certs.removeAt(row);
            refreshCertificates();
        });
}

void OfficerDialog::editCertificate(int row)
{
    openEditor(new CertificateEditor(m_certs.at(row).value, m_context.today(), this),
               [this, row](CertificateEditor *e) {
                   m_certs[row] = {e->certificate(), true};
                   refreshCertificates();
               });
}

void OfficerDialog::addCertificate(const Certificate &certificate)
{
    m_certs.prepend({certificate, true});
    refreshCertificates();
}

void OfficerDialog::refreshCertificates()
{
    m_certTable->setRowCount(int(m_certs.size()));
    for (int r = 0; r < m_certs.size(); ++r) {
        const Certificate &c = m_certs.at(r).value;
        setRow(m_certTable, r,
               {c.number, c.issuer, c.category, Format::isoDate(c.issuedOn),
                c.expiresOn.isValid() ? Format::isoDate(c.expiresOn) : tr("No expiry"),
                Vocab::label(c.status)});
    }
    m_certTable->resizeColumnsToContents();
}

QWidget *OfficerDialog::buildTrainingTab()
{
    m_trainingTable =
        recordTable("trainingTable", {tr("Date"), tr("Title"), tr("Kind"), tr("Class hours"),
                                      tr("Organiser"), tr("Mode")});
    m_trainingTotals = new QLabel;
    m_trainingTotals->setObjectName(QStringLiteral("trainingTotals"));
    m_trainingTotals->setWordWrap(true);
    return recordTab(
        this, m_trainingTable, m_trainingTotals,
        [this] {
            openEditor(new TrainingEditor({}, m_context.today(), this),
                       [this](TrainingEditor *e) { addTraining(e->training()); });
        },
        [this](int row) { editTraining(row); },
        [this](int row) {
            if (m_trainings.at(row).value.id)
                m_removedTrainings.append(m_trainings.at(row).value.id);
            m_trainings.removeAt(row);
            refreshTrainings();
        });
}

void OfficerDialog::editTraining(int row)
{
    openEditor(new TrainingEditor(m_trainings.at(row).value, m_context.today(), this),
               [this, row](TrainingEditor *e) {
                   m_trainings[row] = {e->training(), true};
                   refreshTrainings();
               });
}

void OfficerDialog::addTraining(const Training &training)
{
    m_trainings.prepend({training, true});
    refreshTrainings();
}

void OfficerDialog::refreshTrainings()
{
    std::sort(m_trainings.begin(), m_trainings.end(),
              [](const auto &a, const auto &b) { return a.value.date > b.value.date; });
    m_trainingTable->setRowCount(int(m_trainings.size()));
    QMap<int, double> legalHours; // per year; 政治理论 does not count (spec/warnings.md)
    for (int r = 0; r < m_trainings.size(); ++r) {
        const Training &t = m_trainings.at(r).value;
        setRow(m_trainingTable, r,
               {Format::isoDate(t.date), t.title, t.kind ? Vocab::label(*t.kind) : QString(),
                Format::hours(t.classHours()), t.organizer,
                t.mode ? Vocab::label(*t.mode) : QString()});
        if (t.kind != TrainingKind::Political)
            legalHours[t.date.year()] += t.classHours();
    }
    m_trainingTable->resizeColumnsToContents();
    QStringList years;
    for (auto it = legalHours.cbegin(); it != legalHours.cend(); ++it)
        years.prepend(tr("%1: %2 h").arg(it.key()).arg(Format::hours(it.value()))); // newest first
    m_trainingTotals->setText(
        years.isEmpty()
            ? tr("No training recorded.")
            : tr("Legal training class hours per year — %1").arg(years.join(QStringLiteral("; "))));
}

QWidget *OfficerDialog::buildAssessmentTab()
{
    m_assessmentTable = recordTable("assessmentTable", {tr("Year"), tr("Result")});
    return recordTab(
        this, m_assessmentTable, nullptr,
        [this] {
            openEditor(new AssessmentEditor({}, m_context.today(), this),
                       [this](AssessmentEditor *e) { addAssessment(e->assessment()); });
        },
        [this](int row) { editAssessment(row); },
        [this](int row) {
            if (m_assessments.at(row).value.id)
                m_removedAssessments.append(m_assessments.at(row).value.id);
            m_assessments.removeAt(row);
            refreshAssessments();
        });
}

void OfficerDialog::editAssessment(int row)
{
    openEditor(new AssessmentEditor(m_assessments.at(row).value, m_context.today(), this),
               [this, row](AssessmentEditor *e) {
                   m_assessments[row] = {e->assessment(), true};
                   refreshAssessments();
               });
}

void OfficerDialog::addAssessment(const Assessment &assessment)
{
    m_assessments.append({assessment, true});
    refreshAssessments();
}

void OfficerDialog::refreshAssessments()
{
    std::sort(m_assessments.begin(), m_assessments.end(),
              [](const auto &a, const auto &b) { return a.value.year > b.value.year; });
    m_assessmentTable->setRowCount(int(m_assessments.size()));
    for (int r = 0; r < m_assessments.size(); ++r) {
        const Assessment &a = m_assessments.at(r).value;
        setRow(m_assessmentTable, r, {QString::number(a.year), Vocab::label(a.result)});
    }
}

namespace {

QString actionLabel(AuditEntry::Action action)
{
    switch (action) {
    case AuditEntry::Action::Insert:
        return OfficerDialog::tr("Created");
    case AuditEntry::Action::Update:
        return OfficerDialog::tr("Changed");
    case AuditEntry::Action::Delete:
        return OfficerDialog::tr("Deleted");
    case AuditEntry::Action::Unmask:
        return OfficerDialog::tr("Number shown in full");
    default:
        break; // events of the whole file (table "database"), not of an officer
    }
    return {};
}

// "status: active → retired; phone: … → …" for an update; the fields for others.
QString changeSummary(const AuditEntry &e)
{
    QStringList parts;
    const QJsonObject &shown = e.action == AuditEntry::Action::Delete ? e.before : e.after;
    for (auto it = shown.begin(); it != shown.end(); ++it) {
        const QJsonValue before = e.before.value(it.key());
        if (e.action == AuditEntry::Action::Update && before == it.value())
            continue;
        const QString now = it.value().toVariant().toString();
        parts << (e.action == AuditEntry::Action::Update
                      ? QStringLiteral("%1: %2 → %3")
                            .arg(it.key(), before.toVariant().toString(), now)
                      : QStringLiteral("%1: %2").arg(it.key(), now));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

QWidget *OfficerDialog::buildHistoryTab()
{
    m_historyTable = recordTable(
        "historyTable", {tr("When"), tr("Who"), tr("Record"), tr("Action"), tr("Changes")});
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(
        new QLabel(tr("Every change to this officer and their certificates, oldest first."), page));
    layout->addWidget(m_historyTable);
    return page;
}

void OfficerDialog::loadHistory()
{
    m_historyTable->setRowCount(0);
    if (m_officer.id == 0 || !historyAllowed())
        return;
    AuditTrail audit(m_context.db());
    QList<AuditEntry> entries;
    if (auto h = audit.history(QStringLiteral("officer"), m_officer.idNumber))
        entries += h.value();
    for (const auto &c : std::as_const(m_certs))
        if (auto h = audit.history(QStringLiteral("certificate"), c.value.number))
            entries += h.value();
    std::sort(entries.begin(), entries.end(),
              [](const auto &a, const auto &b) { return a.id < b.id; });
    m_historyTable->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        const AuditEntry &e = entries.at(r);
        const QString record =
            e.table == u"officer" ? tr("Officer") : tr("Certificate %1").arg(e.recordKey);
        setRow(m_historyTable, r,
               {e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.actor, record,
                actionLabel(e.action), changeSummary(e)});
    }
    m_historyTable->resizeColumnsToContents();
}

} // namespace Jiandu::Ui
