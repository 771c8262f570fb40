#include "importwizard.h"

#include "appcontext.h"
#include "importwizardpages.h"

namespace Jiandu::Ui {

ImportWizard::ImportWizard(AppContext &context, Io::Kind kind, QWidget *parent)
    : QWizard(parent), m_context(context)
{
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setMinimumSize(760, 540);
    m_source = new ImportSourcePage(kind, this);
    m_preview = new ImportPreviewPage(this);
    m_check = new ImportCheckPage(this);
    m_run = new ImportRunPage(this);
    setPage(SourcePageId, m_source);
    setPage(PreviewPageId, m_preview);
    setPage(CheckPageId, m_check);
    setPage(RunPageId, m_run);
    setStartId(SourcePageId);
    restart(); // a current page from the start, so callers can fill it before show()
    connect(m_check, &ImportCheckPage::finished, this, &ImportWizard::checkFinished);
    connect(m_run, &ImportRunPage::finished, this, &ImportWizard::importFinished);
}

ImportWizard::~ImportWizard() = default; // the pages' tasks stop and wait for their threads

Io::Kind ImportWizard::kind() const
{
    return m_source->kind();
}

QString ImportWizard::filePath() const
{
    return m_source->filePath();
}

Io::ReadOptions ImportWizard::readOptions() const
{
    return m_source->readOptions();
}

void ImportWizard::setFilePath(const QString &path)
{
    m_source->setFilePath(path);
}

QDate ImportWizard::sourceDate() const
{
    return m_source->sourceDate();
}

void ImportWizard::setSourceDate(const QDate &date)
{
    m_source->setSourceDate(date);
}

const Io::ImportReport &ImportWizard::checkReport() const
{
    return m_check->report();
}

const Io::ImportReport &ImportWizard::importReport() const
{
    return m_run->report();
}

bool ImportWizard::isBusy() const
{
    return m_check->isRunning() || m_run->isRunning();
}

QString ImportWizard::lastDirKey()
{
    return QStringLiteral("import/lastDir");
}

void ImportWizard::reject()
{
    if (m_run->isRunning()) {
        m_run->cancelImport();
        connect(m_run, &ImportRunPage::finished, this, &QWizard::reject, Qt::SingleShotConnection);
        return;
    }
    m_check->cancelCheck();
    QWizard::reject();
}

} // namespace Jiandu::Ui
