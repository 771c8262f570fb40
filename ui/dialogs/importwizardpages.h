#pragma once

// The pages of ImportWizard (private to it).

#include "io/importer.h"

#include <QWizardPage>

#include <atomic>
#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace Jiandu::Ui {

class BackgroundTask;
class ImportWizard;
class OptionalDateEdit;

// Page 1 (importsourcepage.cpp): what to import, from which file, in which encoding / sheet;
// for tasks, the date of the source document (ImportOptions::sourceDate), empty by default.
class ImportSourcePage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportSourcePage(Io::Kind kind, ImportWizard *wizard);

    [[nodiscard]] Io::Kind kind() const;
    [[nodiscard]] QString filePath() const;
    [[nodiscard]] Io::ReadOptions readOptions() const;
    void setFilePath(const QString &path);
    // Invalid when not given or when the kind is not tasks.
    [[nodiscard]] QDate sourceDate() const;
    void setSourceDate(const QDate &date);

    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override { return isComplete(); }

private:
    QWidget *buildSourceDate(const QDate &today);
    void browse();
    void kindChanged();
    void fileChanged();
    [[nodiscard]] QString problem() const;

    QComboBox *m_kind = nullptr;
    QLineEdit *m_file = nullptr;
    QComboBox *m_encoding = nullptr;
    QLineEdit *m_sheet = nullptr;
    QWidget *m_sourceDateBox = nullptr;
    OptionalDateEdit *m_sourceDate = nullptr;
    QLabel *m_hint = nullptr;
    QFormLayout *m_form = nullptr;
};

// Page 2: the first rows as read, and the detected encoding.
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard *wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override { return m_ok; }
    bool validatePage() override { return m_ok; }

private:
    ImportWizard *m_wizard;
    QLabel *m_info = nullptr;
    QTableWidget *m_table = nullptr;
    bool m_ok = false;
};

// Progress of an import running on a worker thread, polled by the GUI.
struct ImportProgress
{
    std::atomic_int done = 0;
    std::atomic_int total = 0;
};

// Runs Io::importFile on a worker thread with a progress bar; shared by pages 3 and 4.
class ImportRunner final : public QObject
{
    Q_OBJECT

public:
    ImportRunner(ImportWizard *wizard, QProgressBar *bar);
    ~ImportRunner() override;

    void start(bool dryRun);
    void cancel();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] const Io::ImportReport &report() const { return m_report; }

Q_SIGNALS:
    void finished();

private:
    void showProgress();

    ImportWizard *m_wizard;
    QProgressBar *m_bar;
    QTimer *m_poll = nullptr;
    BackgroundTask *m_task = nullptr;
    std::shared_ptr<ImportProgress> m_progress;
    Io::ImportReport m_report;
};

// Page 3: the dry run's problems; errors stop the wizard here.
class ImportCheckPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    // QWizard::next() asks only this, not isComplete(): errors must stop it too.
    bool validatePage() override { return isComplete(); }
    [[nodiscard]] bool isRunning() const { return m_runner->isRunning(); }
    [[nodiscard]] const Io::ImportReport &report() const { return m_report; }
    void cancelCheck() { m_runner->cancel(); }

Q_SIGNALS:
    void finished();

private:
    void showReport();

    ImportWizard *m_wizard;
    QLabel *m_summary = nullptr;
    QProgressBar *m_bar = nullptr;
    QListWidget *m_problems = nullptr;
    ImportRunner *m_runner = nullptr;
    Io::ImportReport m_report;
    bool m_done = false;
};

// Page 4: the import itself, with progress, a working Cancel, and the result.
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard *wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool isRunning() const { return m_runner->isRunning(); }
    [[nodiscard]] const Io::ImportReport &report() const { return m_report; }
    void cancelImport();

Q_SIGNALS:
    void finished();

private:
    void showReport();

    ImportWizard *m_wizard;
    QLabel *m_result = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    QListWidget *m_problems = nullptr;
    ImportRunner *m_runner = nullptr;
    Io::ImportReport m_report;
    bool m_done = false;
};

// "Row 7 · 身份证号 · message" (translated), for the problem lists.
QString describeProblem(const Io::Problem &problem);

} // namespace Jiandu::Ui
