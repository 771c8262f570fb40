#include "backuppanel.h"

#include "appcontext.h"
#include "storage/database.h"
#include "workers/autobackup.h"
#include "workers/backgroundtask.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {
constexpr int kFileRole = Qt::UserRole + 1;

QString kindLabel(Backup::Kind kind)
{
    switch (kind) {
    case Backup::Kind::Automatic:
        return BackupPanel::tr("Automatic");
    case Backup::Kind::Manual:
        return BackupPanel::tr("Manual");
    case Backup::Kind::PreMigration:
        return BackupPanel::tr("Before an upgrade");
    }
    return {};
}
} // namespace

BackupPanel::BackupPanel(AppContext &context, QWidget *parent)
    : QGroupBox(parent), m_context(context), m_backup(new AutoBackup(context.db(), this)),
      m_checkTask(new BackgroundTask(context.db(), this)), m_folder(new QLineEdit(this)),
      m_keep(new QSpinBox(this)), m_onExit(new QCheckBox(tr("Back up when Jiandu closes"), this)),
      m_daily(new QCheckBox(tr("Back up once a day"), this)), m_table(new QTableWidget(this)),
      m_message(new QLabel(this)), m_backupNow(new QPushButton(tr("Back up now"), this)),
      m_restoreSelected(new QPushButton(tr("Restore the selected backup…"), this)),
      m_restoreFile(new QPushButton(tr("Restore from a file…"), this)),
      m_save(new QPushButton(tr("Save backup settings"), this))
{
    setTitle(tr("Backup and restore"));
    setObjectName(QStringLiteral("backupPanel"));
    m_folder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_keep->setObjectName(QStringLiteral("backupKeepSpin"));
    m_keep->setRange(1, 999);
    m_keep->setSuffix(tr(" automatic backups"));
    m_onExit->setObjectName(QStringLiteral("backupOnExitCheck"));
    m_daily->setObjectName(QStringLiteral("backupDailyCheck"));
    m_backupNow->setObjectName(QStringLiteral("backupNowButton"));
    m_restoreSelected->setObjectName(QStringLiteral("restoreSelectedButton"));
    m_restoreFile->setObjectName(QStringLiteral("restoreFileButton"));
    m_save->setObjectName(QStringLiteral("saveBackupSettingsButton"));
    m_message->setObjectName(QStringLiteral("backupMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *choose = new QPushButton(tr("Choose…"), this);
    connect(choose, &QPushButton::clicked, this, &BackupPanel::chooseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    auto *checks = new QHBoxLayout;
    checks->addWidget(m_onExit);
    checks->addWidget(m_daily);
    checks->addStretch(1);
    checks->addWidget(m_save);
    auto *form = new QFormLayout;
    form->addRow(tr("Backup folder:"), folderRow);
    form->addRow(tr("Keep:"), m_keep);
    form->addRow(QString(), checks);

    m_table->setObjectName(QStringLiteral("backupTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Made at"), tr("Kind"), tr("Size"), tr("Audit head"), tr("Check")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(160);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_backupNow);
    buttons->addStretch(1);
    buttons->addWidget(m_restoreSelected);
    buttons->addWidget(m_restoreFile);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_save, &QPushButton::clicked, this, &BackupPanel::saveSettings);
    connect(m_backupNow, &QPushButton::clicked, this, &BackupPanel::backUpNow);
    connect(m_restoreSelected, &QPushButton::clicked, this, &BackupPanel::restoreSelected);
    connect(m_restoreFile, &QPushButton::clicked, this, &BackupPanel::restoreFromFile);
    connect(m_backup, &AutoBackup::backupMade, this, [this](const QString &file) {
        m_backupNow->setEnabled(true);
        setMessage(tr("Backup written to %1.").arg(QDir::toNativeSeparators(file)), false);
        refreshList();
    });
    connect(m_backup, &AutoBackup::backupFailed, this, [this](const QString &message) {
        m_backupNow->setEnabled(true);
        setMessage(message, true);
        QMessageBox::warning(this, tr("Back up now"), message);
        refreshList();
    });
    reload();
}

BackupPanel::~BackupPanel() = default;

void BackupPanel::reload()
{
    const Backup::AutoSettings s = Backup::autoSettings(m_context.db());
    m_folder->setText(QDir::toNativeSeparators(s.folder));
    m_keep->setValue(s.keep);
    m_onExit->setChecked(s.onExit);
    m_daily->setChecked(s.daily);
    const bool writable = !m_context.db().isReadOnly();
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_folder, m_keep, m_onExit, m_daily, m_save, m_backupNow})
        w->setEnabled(writable);
    refreshList();
}

Backup::AutoSettings BackupPanel::editedSettings() const
{
    Backup::AutoSettings s;
    s.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (s.folder.isEmpty())
        s.folder = Backup::defaultFolder(m_context.db().path());
    s.keep = m_keep->value();
    s.onExit = m_onExit->isChecked();
    s.daily = m_daily->isChecked();
    return s;
}

bool BackupPanel::saveSettings()
{
    const Backup::AutoSettings s = editedSettings();
    if (!QDir().mkpath(s.folder)) {
        setMessage(
            tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(s.folder)),
            true);
        return false;
    }
    if (auto r = Backup::saveAutoSettings(m_context.db(), s); !r) {
        setMessage(tr("The backup settings were not saved: %1").arg(r.error().toString()), true);
        return false;
    }
    m_context.notifyDataChanged(QStringLiteral("setting"));
    setMessage(tr("Backup settings saved."), false);
    refreshList();
    return true;
}

void BackupPanel::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Backup folder"), QDir::fromNativeSeparators(m_folder->text()));
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void BackupPanel::refreshList()
{
    const QString folder = editedSettings().folder;
    const QList<Backup::ListedBackup> backups = Backup::listBackups(folder);
    m_table->setRowCount(int(backups.size()));
    const QLocale locale;
    QStringList files;
    for (int i = 0; i < backups.size(); ++i) {
        const Backup::ListedBackup &b = backups.at(i);
        auto *time = new QTableWidgetItem(
            b.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        time->setData(kFileRole, b.file);
        time->setToolTip(QDir::toNativeSeparators(b.file));
        m_table->setItem(i, TimeColumn, time);
        m_table->setItem(i, KindColumn, new QTableWidgetItem(kindLabel(b.kind)));
        m_table->setItem(i, SizeColumn, new QTableWidgetItem(locale.formattedDataSize(b.bytes)));
        auto *head = new QTableWidgetItem(b.auditHead.isEmpty() ? QStringLiteral("—")
                                                                : b.auditHead.left(16) + u'…');
        head->setToolTip(b.auditHead);
        m_table->setItem(i, HeadColumn, head);
        m_table->setItem(i, CheckColumn, new QTableWidgetItem(tr("Checking…")));
        files << b.file;
    }
    m_table->resizeColumnsToContents();
    m_restoreSelected->setEnabled(!backups.isEmpty());
    m_checkFiles = files;
    if (m_checkTask->isRunning()) { // its result is dropped; the check runs again when it ends
        m_checkTask->cancel();
        m_checkAgain = true;
        return;
    }
    launchCheck();
}

void BackupPanel::launchCheck()
{
    m_checkAgain = false;
    const QStringList files = m_checkFiles;
    BackgroundTask *task = m_checkTask;
    m_checkTask->start<QHash<QString, QString>>(
        [files, task] {
            QHash<QString, QString> problems; // file → problem; empty: passed
            for (const QString &f : files) {
                if (task->isCancelled())
                    break;
                auto checked = Backup::verifyFile(f);
                problems.insert(f, checked ? QString() : checked.error().message);
            }
            return problems;
        },
        [this](const QHash<QString, QString> &problems) {
            if (m_checkAgain)
                return launchCheck();
            applyChecks(problems);
        });
}

void BackupPanel::applyChecks(const QHash<QString, QString> &problems)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString file = m_table->item(row, TimeColumn)->data(kFileRole).toString();
        auto *item = m_table->item(row, CheckColumn);
        const auto it = problems.constFind(file);
        if (it == problems.constEnd())
            continue;
        item->setText(it->isEmpty() ? tr("OK") : tr("Failed: %1").arg(*it));
        item->setToolTip(it->isEmpty() ? QString() : *it);
        item->setForeground(it->isEmpty() ? QColor(0x1b, 0x5e, 0x20) : QColor(0xc6, 0x28, 0x28));
    }
    Q_EMIT listChecked();
}

void BackupPanel::backUpNow()
{
    if (!saveSettings())
        return;
    if (m_backup->startBackup(Backup::Kind::Manual)) {
        m_backupNow->setEnabled(false);
        setMessage(tr("Backing up…"), false);
    }
}

void BackupPanel::restoreSelected()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        setMessage(tr("Select a backup in the list first."), true);
        return;
    }
    restoreFrom(m_table->item(row, TimeColumn)->data(kFileRole).toString());
}

void BackupPanel::restoreFromFile()
{
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Restore from a backup"), editedSettings().folder,
                                     tr("Jiandu database (*.sqlite *.db);;All files (*)"));
    if (!file.isEmpty())
        restoreFrom(file);
}

bool BackupPanel::restoreFrom(const QString &file)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto checked = Backup::verifyFile(file);
    QApplication::restoreOverrideCursor();
    if (!checked) {
        setMessage(checked.error().toString(), true);
        QMessageBox::warning(this, tr("Restore from a backup"),
                             tr("This backup cannot be restored: %1").arg(checked.error().message));
        return false;
    }
    const Backup::BackupInfo &b = checked.value();
    QMessageBox box(QMessageBox::Question, tr("Restore from a backup"),
                    tr("Replace the current database by this backup?"),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmRestore"));
    box.setInformativeText(
        tr("Backup: %1\nMade at: %2\nAudit records: %3\nAudit head: %4\n\nThe current database "
           "is kept aside (never deleted), and Jiandu restarts on the restored file.")
            .arg(QDir::toNativeSeparators(b.file),
                 b.createdAt.isValid()
                     ? b.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                     : tr("unknown"))
            .arg(b.auditRecords)
            .arg(b.auditHead.isEmpty() ? QStringLiteral("—") : b.auditHead));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return false;
    Q_EMIT restoreRequested(b.file);
    return true;
}

void BackupPanel::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

} // namespace Jiandu::Ui
