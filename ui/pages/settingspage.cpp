#include "settingspage.h"

#include "appcontext.h"
#include "rules/warning.h"
#include "security/permissiongate.h"
#include "security/userspanel.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"
#include "storage/transaction.h"
#include "util/i18n.h"
#include "widgets/backuppanel.h"
#include "widgets/calendareditor.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {
constexpr int kOfficeNameMax = 100;
}

QString SettingsPage::officeNameKey()
{
    return QStringLiteral("office/name");
}

QString SettingsPage::languageKey()
{
    return QStringLiteral("ui/language");
}

SettingsPage::SettingsPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    buildUi();
    retranslateUi();
    reload();
    applyPermissions();
    connect(&m_context, &AppContext::sessionChanged, this, &SettingsPage::applyPermissions);
}

void SettingsPage::buildUi()
{
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so that it can be found whatever the current one.
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const QString current = QSettings().value(languageKey(), QStringLiteral("zh_CN")).toString();
    m_language->setCurrentIndex(qMax(0, m_language->findData(current)));
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::chooseLanguage);

    m_officeName = new QLineEdit(this);
    m_officeName->setObjectName(QStringLiteral("officeNameEdit"));
    m_officeName->setMaxLength(kOfficeNameMax);
    m_expiringDays = new QSpinBox(this);
    m_expiringDays->setObjectName(QStringLiteral("expiringDaysSpin"));
    m_expiringDays->setRange(0, 730);
    m_trainingHours = new QDoubleSpinBox(this);
    m_trainingHours->setObjectName(QStringLiteral("trainingHoursSpin"));
    m_trainingHours->setRange(0, 500);
    m_trainingHours->setDecimals(1);
    m_reviewerPercent = new QDoubleSpinBox(this);
    m_reviewerPercent->setObjectName(QStringLiteral("reviewerPercentSpin"));
    m_reviewerPercent->setRange(0, 100);
    m_reviewerPercent->setDecimals(1);
    m_reviewerPercent->setSuffix(QStringLiteral(" %"));
    connect(m_officeName, &QLineEdit::textChanged, this, &SettingsPage::markDirty);
    connect(m_expiringDays, &QSpinBox::valueChanged, this, &SettingsPage::markDirty);
    connect(m_trainingHours, &QDoubleSpinBox::valueChanged, this, &SettingsPage::markDirty);
    connect(m_reviewerPercent, &QDoubleSpinBox::valueChanged, this, &SettingsPage::markDirty);

    m_databasePath = new QLabel(this);
    m_databasePath->setObjectName(QStringLiteral("databasePathLabel"));
    m_databasePath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_databasePath->setWordWrap(true);
    m_schemaVersion = new QLabel(this);
    m_schemaVersion->setObjectName(QStringLiteral("schemaVersionLabel"));

    const auto box = [this](QGroupBox *&group, QFormLayout *&form) {
        group = new QGroupBox(this);
        form = new QFormLayout(group);
    };
    box(m_appearanceBox, m_appearanceForm);
    box(m_officeBox, m_officeForm);
    box(m_rulesBox, m_rulesForm);
    box(m_databaseBox, m_databaseForm);
    box(m_caseBox, m_caseForm);
    buildCaseRules();
    m_calendarBox = new QGroupBox(this);
    m_calendar = new CalendarEditor(m_context, m_calendarBox);
    m_calendar->setObjectName(QStringLiteral("calendarEditor"));
    (new QVBoxLayout(m_calendarBox))->addWidget(m_calendar);
    m_appearanceForm->addRow(new QLabel(this), m_language);    // text set in retranslateUi()
    m_officeForm->addRow(new QLabel(this), m_officeName);      // text set in retranslateUi()
    m_rulesForm->addRow(new QLabel(this), m_expiringDays);     // text set in retranslateUi()
    m_rulesForm->addRow(new QLabel(this), m_trainingHours);    // text set in retranslateUi()
    m_rulesForm->addRow(new QLabel(this), m_reviewerPercent);  // text set in retranslateUi()
    m_databaseForm->addRow(new QLabel(this), m_databasePath);  // text set in retranslateUi()
    m_databaseForm->addRow(new QLabel(this), m_schemaVersion); // text set in retranslateUi()

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_revert = new QPushButton(this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    connect(m_save, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &SettingsPage::reload);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    m_backupPanel = new BackupPanel(m_context, this);
    connect(m_backupPanel, &BackupPanel::restoreRequested, this, &SettingsPage::restoreRequested);
    // The groups scroll: with backups the page is taller than a laptop's screen.
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    for (QGroupBox *group : {m_appearanceBox, m_officeBox, m_rulesBox, m_caseBox, m_calendarBox,
                             m_databaseBox, static_cast<QGroupBox *>(m_backupPanel)})
        layout->addWidget(group);
    // 用户与权限, below the office settings (its own save buttons).
    m_usersBox = new QGroupBox(content);
    m_usersBox->setObjectName(QStringLiteral("usersBox"));
    m_users = new UsersPanel(m_context, m_usersBox);
    (new QVBoxLayout(m_usersBox))->addWidget(m_users);
    layout->addWidget(m_usersBox);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(scroll, 1);
    outer->addLayout(buttons);
    m_scroll = scroll;
    const auto guard = [this](QWidget *w) {
        w->setFocusPolicy(Qt::StrongFocus);
        w->installEventFilter(this);
    };
    for (auto *spin : content->findChildren<QAbstractSpinBox *>())
        guard(spin);
    for (auto *combo : content->findChildren<QComboBox *>())
        guard(combo);
}

bool SettingsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *w = qobject_cast<QWidget *>(watched);
        if (w && !w->hasFocus()) {
            QCoreApplication::sendEvent(m_scroll->verticalScrollBar(), event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool SettingsPage::usersSectionVisible() const
{
    return !m_usersBox->isHidden();
}

void SettingsPage::retranslateUi()
{
    m_appearanceBox->setTitle(tr("Appearance"));
    m_officeBox->setTitle(tr("Office"));
    m_rulesBox->setTitle(tr("Warning thresholds"));
    m_databaseBox->setTitle(tr("Database"));
    m_calendarBox->setTitle(tr("Working-day calendar"));
    m_usersBox->setTitle(tr("Users and permissions"));
    retranslateCaseRules();
    const auto label = [](QFormLayout *form, QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(field)))
            l->setText(text);
    };
    label(m_appearanceForm, m_language, tr("Language:"));
    label(m_officeForm, m_officeName, tr("Issuing unit:"));
    label(m_rulesForm, m_expiringDays, tr("Certificate expiring within:"));
    label(m_rulesForm, m_trainingHours, tr("Minimum legal training per year:"));
    label(m_rulesForm, m_reviewerPercent, tr("Minimum share of legal reviewers:"));
    label(m_databaseForm, m_databasePath, tr("File:"));
    label(m_databaseForm, m_schemaVersion, tr("Schema version:"));
    m_officeName->setPlaceholderText(tr("The name printed on rosters and documents"));
    m_expiringDays->setSuffix(tr(" days"));
    m_trainingHours->setSuffix(tr(" class hours"));
    m_reviewerPercent->setToolTip(tr("Of an agency's active officers, rounded up"));
    m_save->setText(tr("Save"));
    m_revert->setText(tr("Revert"));
    const Database &db = m_context.db();
    m_databasePath->setText(QDir::toNativeSeparators(db.path()));
    m_schemaVersion->setText(db.isReadOnly() ? tr("%1 (read-only)").arg(db.schemaVersion())
                                             : QString::number(db.schemaVersion()));
}

void SettingsPage::buildCaseRules()
{
    const auto spin = [this](const QString &name, int low, int high) {
        auto *s = new QSpinBox(this);
        s->setObjectName(name);
        s->setRange(low, high);
        connect(s, &QSpinBox::valueChanged, this, &SettingsPage::markDirty);
        m_caseForm->addRow(new QLabel(this), s); // text set in retranslateCaseRules()
        return s;
    };
    m_publicityMain = spin(QStringLiteral("publicityMainSpin"), 1, 365);
    m_publicityOther = spin(QStringLiteral("publicityOtherSpin"), 1, 365);
    m_publicityDue = spin(QStringLiteral("publicityDueSpin"), 0, 365);
    for (const CaseKind kind : Vocab::all<CaseKind>())
        m_statutory << spin(QStringLiteral("statutoryDaysSpin_") + Vocab::code(kind), 0, 3650);
}

void SettingsPage::retranslateCaseRules()
{
    m_caseBox->setTitle(tr("Case deadlines"));
    const auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_caseForm->labelForField(field)))
            l->setText(text);
    };
    label(m_publicityMain, tr("Publicity of licences and penalties within:"));
    label(m_publicityOther, tr("Publicity of other decisions within:"));
    label(m_publicityDue, tr("Warn when the publicity deadline is within:"));
    for (QSpinBox *s : {m_publicityMain, m_publicityOther, m_publicityDue})
        s->setSuffix(tr(" working days"));
    const QList<CaseKind> kinds = Vocab::all<CaseKind>();
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        QSpinBox *s = m_statutory.at(i);
        label(s, tr("Handling period, %1:").arg(Vocab::label(kinds.at(i))));
        s->setSuffix(tr(" days from filing"));
        s->setSpecialValueText(tr("none"));
    }
}

void SettingsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void SettingsPage::reload()
{
    m_loading = true;
    Database &db = m_context.db();
    const Rules::RuleSettings rules = Rules::RuleSettings::load(db);
    m_officeName->setText(SettingsRepository(db).value(officeNameKey()));
    m_expiringDays->setValue(rules.certExpiringDays);
    m_trainingHours->setValue(rules.trainingHoursMinimum);
    m_reviewerPercent->setValue(rules.reviewerRatio * 100.0);
    m_publicityMain->setValue(rules.publicityDaysMain);
    m_publicityOther->setValue(rules.publicityDaysOther);
    m_publicityDue->setValue(rules.publicityDueDays);
    const QList<CaseKind> kinds = Vocab::all<CaseKind>();
    for (qsizetype i = 0; i < kinds.size(); ++i)
        m_statutory.at(i)->setValue(rules.statutoryDaysFor(kinds.at(i)).value_or(0));
    m_loading = false;
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    setMessage({}, false);
    const bool writable = !db.isReadOnly();
    QList<QWidget *> fields = {m_officeName,      m_expiringDays,  m_trainingHours,
                               m_reviewerPercent, m_publicityMain, m_publicityOther,
                               m_publicityDue};
    for (QSpinBox *spin : std::as_const(m_statutory))
        fields << spin;
    for (QWidget *w : std::as_const(fields))
        w->setEnabled(writable);
}

void SettingsPage::markDirty()
{
    if (m_loading)
        return;
    m_save->setEnabled(true);
    m_revert->setEnabled(true);
    const QString problem = validate();
    setMessage(problem, !problem.isEmpty());
}

QString SettingsPage::validate() const
{
    const QString name = m_officeName->text().trimmed();
    if (name.size() > kOfficeNameMax)
        return tr("The issuing unit's name is longer than %1 characters.").arg(kOfficeNameMax);
    if (m_expiringDays->value() < 1)
        return tr("Warn about expiring certificates at least 1 day ahead.");
    if (m_trainingHours->value() <= 0)
        return tr("The minimum legal training must be more than 0 class hours.");
    if (m_reviewerPercent->value() <= 0)
        return tr("The minimum share of legal reviewers must be more than 0 %.");
    return {};
}

bool SettingsPage::save()
{
    if (const QString problem = validate(); !problem.isEmpty()) {
        setMessage(problem, true);
        return false;
    }
    Database &db = m_context.db();
    Rules::RuleSettings rules;
    rules.publicityDaysMain = m_publicityMain->value();
    rules.publicityDaysOther = m_publicityOther->value();
    rules.publicityDueDays = m_publicityDue->value();
    rules.statutoryDays.clear();
    const QList<CaseKind> kinds = Vocab::all<CaseKind>();
    for (qsizetype i = 0; i < kinds.size(); ++i)
        if (m_statutory.at(i)->value() > 0)
            rules.statutoryDays.insert(kinds.at(i), m_statutory.at(i)->value());
    rules.certExpiringDays = m_expiringDays->value();
    rules.trainingHoursMinimum = m_trainingHours->value();
    rules.reviewerRatio = m_reviewerPercent->value() / 100.0;
    QString name = m_officeName->text().trimmed();
    if (name.isNull())
        name = QStringLiteral(""); // the value column is NOT NULL; a null QString binds NULL

    Transaction transaction(db);
    if (!transaction.isActive()) {
        setMessage(tr("The settings were not saved: %1").arg(transaction.beginError().toString()),
                   true);
        return false;
    }
    VoidResult result = SettingsRepository(db).setValue(officeNameKey(), name);
    if (result)
        result = rules.save(db);
    if (result)
        result = transaction.commit();
    if (!result) {
        setMessage(tr("The settings were not saved: %1").arg(result.error().toString()), true);
        return false;
    }
    m_context.notifyDataChanged(QStringLiteral("setting"));
    reload();
    setMessage(tr("Saved."), false);
    Q_EMIT saved();
    return true;
}

void SettingsPage::chooseLanguage(int index)
{
    const QString language = m_language->itemData(index).toString();
    if (language.isEmpty())
        return;
    QSettings().setValue(languageKey(), language);
    I18n::install(language); // false only when no translation is compiled in: source text shows
    Q_EMIT languageChanged(language);
}

void SettingsPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828") : QString());
}

void SettingsPage::applyPermissions()
{
    PermissionGate::gateNamed(
        this, m_context,
        {
            {"saveButton", Security::Permission::ManageSettings},
            {"revertButton", Security::Permission::ManageSettings},
            {"calendarEditor", Security::Permission::ManageSettings},
            {"backupFolderEdit", Security::Permission::ManageSettings},
            {"backupKeepSpin", Security::Permission::ManageSettings},
            {"backupOnExitCheck", Security::Permission::ManageSettings},
            {"backupDailyCheck", Security::Permission::ManageSettings},
            {"saveBackupSettingsButton", Security::Permission::ManageSettings},
            {"backupNowButton", Security::Permission::Backup},
            {"restoreSelectedButton", Security::Permission::Restore},
            {"restoreFileButton", Security::Permission::Restore},
        });
    m_usersBox->setVisible(m_context.can(Security::Permission::ManageUsers));
}

} // namespace Jiandu::Ui
