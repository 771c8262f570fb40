#pragma once

#include "io/importer.h"

#include <QWizard>

namespace Jiandu::Ui {

class AppContext;
class ImportSourcePage;
class ImportPreviewPage;
class ImportCheckPage;
class ImportRunPage;

// Import wizard: pick kind and file → preview → problems (dry run) → import with progress.
// The dry run and the import run on a worker thread; the window never waits on them.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        SourcePageId,
        PreviewPageId,
        CheckPageId,
        RunPageId
    };

    ImportWizard(AppContext &context, Io::Kind kind, QWidget *parent = nullptr);
    ~ImportWizard() override;

    [[nodiscard]] AppContext &context() const { return m_context; }

    // What the first page holds (also for tests and callers that know the file already).
    [[nodiscard]] Io::Kind kind() const;
    [[nodiscard]] QString filePath() const;
    [[nodiscard]] Io::ReadOptions readOptions() const;
    void setFilePath(const QString &path);
    // Tasks: the date of the source document, for deadlines written without a year (12月底);
    // invalid when not given (or the kind is not tasks).
    [[nodiscard]] QDate sourceDate() const;
    void setSourceDate(const QDate &date);

    // The dry run's and the import's reports (empty until they finished).
    [[nodiscard]] const Io::ImportReport &checkReport() const;
    [[nodiscard]] const Io::ImportReport &importReport() const;
    [[nodiscard]] bool isBusy() const;

    // QSettings key of the folder the file was last chosen from.
    static QString lastDirKey();

public Q_SLOTS:
    // While the import runs, Cancel asks it to stop (nothing is written) and closes the
    // wizard once it has.
    void reject() override;

Q_SIGNALS:
    void checkFinished();
    void importFinished();

private:
    AppContext &m_context;
    ImportSourcePage *m_source = nullptr;
    ImportPreviewPage *m_preview = nullptr;
    ImportCheckPage *m_check = nullptr;
    ImportRunPage *m_run = nullptr;
};

} // namespace Jiandu::Ui
