#pragma once

#include "storage/autobackup.h"

#include <QGroupBox>
#include <QHash>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Jiandu::Ui {

class AppContext;
class AutoBackup;
class BackgroundTask;

// 备份与恢复 (Settings page): where automatic backups go and how many are kept, whether they
// run on exit and daily; the backups of the folder with their time, size, audit head and
// check result; 立即备份; 从备份恢复… (verify → confirm → restoreRequested: the application
// restores and restarts on the restored file).
class BackupPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupPanel)

public:
    enum Column
    {
        TimeColumn,
        KindColumn,
        SizeColumn,
        HeadColumn,
        CheckColumn,
        ColumnCount
    };

    explicit BackupPanel(AppContext &context, QWidget *parent = nullptr);
    ~BackupPanel() override;

    [[nodiscard]] Backup::AutoSettings editedSettings() const;
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] AutoBackup *autoBackup() const { return m_backup; }

public Q_SLOTS:
    // Stores the edited settings (audited). False (and says why) on error.
    bool saveSettings();
    void reload();
    // Lists the folder's backups, then checks them off the GUI thread.
    void refreshList();
    // 立即备份: a manual backup, off the GUI thread.
    void backUpNow();
    // Verifies `file`, asks for confirmation and emits restoreRequested. False when the
    // backup failed its check or the user declined.
    bool restoreFrom(const QString &file);

Q_SIGNALS:
    // The user confirmed restoring this (verified) backup.
    void restoreRequested(const QString &backupFile);
    // The list was refreshed and every backup checked (tests).
    void listChecked();

private:
    void chooseFolder();
    void restoreSelected();
    void restoreFromFile();
    void setMessage(const QString &text, bool error);
    void applyChecks(const QHash<QString, QString> &problems);
    void launchCheck();

    AppContext &m_context;
    AutoBackup *m_backup;
    BackgroundTask *m_checkTask;
    QLineEdit *m_folder;
    QSpinBox *m_keep;
    QCheckBox *m_onExit;
    QCheckBox *m_daily;
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_backupNow;
    QPushButton *m_restoreSelected;
    QPushButton *m_restoreFile;
    QPushButton *m_save;
    QStringList m_checkFiles;  // the listed backups, for the check
    bool m_checkAgain = false; // the list changed while a check was running
};

} // namespace Jiandu::Ui
