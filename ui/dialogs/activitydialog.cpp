#include "activitydialog.h"

#include "appcontext.h"
#include "fieldproblem.h"
#include "storage/activityrepository.h"
#include "storage/agencyrepository.h"
#include "widgets/optionaldateedit.h"
#include "widgets/vocabcombo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {
constexpr int kAgencyIdRole = Qt::UserRole + 1;
}

ActivityDialog::ActivityDialog(AppContext &context, qint64 activityId, QWidget *parent)
    : QDialog(parent), m_context(context), m_name(new QLineEdit(this)),
      m_nameProblem(FieldProblem::label(this)), m_kind(new QComboBox(this)),
      m_unit(new QLineEdit(this)), m_startedOn(new OptionalDateEdit(tr("Started on"), this)),
      m_endedOn(new OptionalDateEdit(tr("Ended on"), this)),
      m_sourceDate(new OptionalDateEdit(tr("Dated"), this)), m_targets(new QListWidget(this)),
      m_note(new QPlainTextEdit(this)), m_saveProblem(FieldProblem::label(this))
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowModality(Qt::WindowModal);
    m_activity.id = activityId;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_nameProblem->setObjectName(QStringLiteral("nameProblem"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    VocabCombo::fill<SupervisionKind>(m_kind);
    m_unit->setObjectName(QStringLiteral("unitEdit"));
    m_unit->setPlaceholderText(tr("e.g. the county justice bureau"));
    m_startedOn->setObjectName(QStringLiteral("startedOnEdit"));
    m_endedOn->setObjectName(QStringLiteral("endedOnEdit"));
    m_sourceDate->setObjectName(QStringLiteral("sourceDateEdit"));
    m_sourceDate->setToolTip(tr("The date of the source document: a deadline without a year "
                                "(\"12月底\") is the first such date on or after it."));
    m_targets->setObjectName(QStringLiteral("targetList"));
    m_targets->setMinimumHeight(140);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setMaximumHeight(70);
    m_saveProblem->setObjectName(QStringLiteral("saveProblem"));

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), FieldProblem::wrap(m_name, m_nameProblem));
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Supervising unit:"), m_unit);
    form->addRow(tr("Start:"), m_startedOn);
    form->addRow(tr("End:"), m_endedOn);
    form->addRow(tr("Source document:"), m_sourceDate);
    form->addRow(tr("Target bodies:"), m_targets);
    form->addRow(tr("Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveProblem);
    layout->addWidget(buttons);
    resize(560, 560);
    load();
}

void ActivityDialog::load()
{
    if (m_activity.id > 0) {
        auto found = ActivityRepository(m_context.db()).find(m_activity.id);
        if (found && found.value())
            m_activity = *found.value();
        else
            FieldProblem::show(m_saveProblem, found ? tr("The activity no longer exists.")
                                                    : found.error().toString());
    }
    setWindowTitle(m_activity.id > 0 ? tr("Supervision activity %1").arg(m_activity.name)
                                     : tr("New supervision activity"));
    m_name->setText(m_activity.name);
    VocabCombo::select(m_kind, std::optional<SupervisionKind>(m_activity.kind));
    m_unit->setText(m_activity.supervisingUnit);
    const QDate today = m_context.today();
    m_startedOn->setDate(m_activity.id > 0 ? m_activity.startedOn : today, today);
    m_endedOn->setDate(m_activity.endedOn, today);
    m_sourceDate->setDate(m_activity.id > 0 ? m_activity.sourceDate : today, today);
    m_note->setPlainText(m_activity.note);
    if (auto all = AgencyRepository(m_context.db()).all()) {
        for (const Agency &a : all.value()) {
            auto *item = new QListWidgetItem(a.name, m_targets);
            item->setData(kAgencyIdRole, a.id);
            item->setCheckState(m_activity.targetAgencyIds.contains(a.id) ? Qt::Checked
                                                                          : Qt::Unchecked);
        }
    }
}

SupervisionActivity ActivityDialog::collect() const
{
    SupervisionActivity a = m_activity;
    a.name = m_name->text().trimmed();
    a.kind = VocabCombo::value<SupervisionKind>(m_kind).value_or(SupervisionKind::Routine);
    a.supervisingUnit = m_unit->text().trimmed();
    a.startedOn = m_startedOn->date();
    a.endedOn = m_endedOn->date();
    a.sourceDate = m_sourceDate->date();
    a.note = m_note->toPlainText().trimmed();
    a.targetAgencyIds.clear();
    for (int i = 0; i < m_targets->count(); ++i)
        if (m_targets->item(i)->checkState() == Qt::Checked)
            a.targetAgencyIds << m_targets->item(i)->data(kAgencyIdRole).toLongLong();
    return a;
}

bool ActivityDialog::save()
{
    FieldProblem::clear(m_nameProblem);
    FieldProblem::clear(m_saveProblem);
    SupervisionActivity a = collect();
    if (a.name.isEmpty()) {
        FieldProblem::show(m_nameProblem, tr("Give the activity a name."));
        m_name->setFocus();
        return false;
    }
    if (a.startedOn.isValid() && a.endedOn.isValid() && a.endedOn < a.startedOn) {
        FieldProblem::show(m_saveProblem, tr("The activity cannot end before it starts."));
        return false;
    }
    auto saved = ActivityRepository(m_context.db()).save(a);
    if (!saved) {
        FieldProblem::show(saved.error().code == Error::Code::Conflict ? m_nameProblem
                                                                       : m_saveProblem,
                           saved.error().message);
        return false;
    }
    m_activity = a;
    m_activity.id = saved.value();
    m_context.notifyDataChanged(QStringLiteral("supervision_activity"));
    return true;
}

void ActivityDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace Jiandu::Ui
