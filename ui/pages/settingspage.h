#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace Jiandu::Ui {

class AppContext;
class BackupPanel;
class CalendarEditor;
class UsersPanel;

// 设置: language, office name (issuing unit), warning thresholds (roster and case rules), the
// working-day calendar for years after the shipped schedule, backup and restore; 用户与权限
// (UsersPanel) below.
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(AppContext &context, QWidget *parent = nullptr);

    // The setting key of the issuing unit's name (printed rosters, documents).
    static QString officeNameKey();
    // QSettings key of the UI language ("zh_CN", "en").
    static QString languageKey();

    // The 用户与权限 section (accounts; hidden from roles without ManageUsers).
    [[nodiscard]] UsersPanel *usersPanel() const { return m_users; }
    [[nodiscard]] bool usersSectionVisible() const;

    // An explanation of what is wrong with the entered values, or empty when they may be
    // saved.
    [[nodiscard]] QString validate() const;

public Q_SLOTS:
    // Disables, with the reason as tooltip, what the logged-in role may not do (on every
    // session change; single-user mode allows everything).
    void applyPermissions();
    // Writes the office settings in one audited transaction. False (and says why) on error.
    bool save();
    // Shows the stored values again, dropping unsaved edits.
    void reload();

public:
    [[nodiscard]] BackupPanel *backupPanel() const { return m_backupPanel; }

Q_SIGNALS:
    // The user chose another UI language (zh_CN, en); the main window retranslates.
    void languageChanged(const QString &language);
    // The office settings were saved.
    void saved();
    // 从备份恢复…: the user confirmed restoring this verified backup.
    void restoreRequested(const QString &backupFile);

protected:
    // The wheel over a spin box or a list that does not have the focus scrolls the page
    // instead of changing the value under the mouse.
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void buildCaseRules();
    void retranslateCaseRules();
    void retranslateUi();
    void chooseLanguage(int index);
    void markDirty();
    void setMessage(const QString &text, bool error);

    AppContext &m_context;
    QGroupBox *m_usersBox = nullptr;
    QScrollArea *m_scroll = nullptr;
    UsersPanel *m_users = nullptr;
    QGroupBox *m_appearanceBox = nullptr;
    QGroupBox *m_officeBox = nullptr;
    QGroupBox *m_rulesBox = nullptr;
    QGroupBox *m_databaseBox = nullptr;
    QGroupBox *m_caseBox = nullptr;
    QGroupBox *m_calendarBox = nullptr;
    QFormLayout *m_caseForm = nullptr;
    QSpinBox *m_publicityMain = nullptr;
    QSpinBox *m_publicityOther = nullptr;
    QSpinBox *m_publicityDue = nullptr;
    QList<QSpinBox *> m_statutory; // one per case kind, in Vocab::all<CaseKind>() order; 0: none
    CalendarEditor *m_calendar = nullptr;
    BackupPanel *m_backupPanel = nullptr;
    QFormLayout *m_appearanceForm = nullptr;
    QFormLayout *m_officeForm = nullptr;
    QFormLayout *m_rulesForm = nullptr;
    QFormLayout *m_databaseForm = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_officeName = nullptr;
    QSpinBox *m_expiringDays = nullptr;
    QDoubleSpinBox *m_trainingHours = nullptr;
    QDoubleSpinBox *m_reviewerPercent = nullptr;
    QLabel *m_databasePath = nullptr;
    QLabel *m_schemaVersion = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    bool m_loading = false;
};

} // namespace Jiandu::Ui
