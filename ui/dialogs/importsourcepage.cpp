// The import wizard's first page: the kind, the file, its encoding or sheet and, for tasks,
// the source date that deadlines written without a year are read with.

#include "importwizardpages.h"

#include "appcontext.h"
#include "importwizard.h"
#include "widgets/optionaldateedit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {

bool isXlsx(const QString &path)
{
    return QFileInfo(path).suffix().compare(u"xlsx", Qt::CaseInsensitive) == 0;
}

} // namespace

ImportSourcePage::ImportSourcePage(Io::Kind kind, ImportWizard *wizard) : QWizardPage(wizard)
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A .csv or .xlsx file in the layout of the import templates."));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (Io::Kind k : Io::allKinds())
        m_kind->addItem(Io::kindLabel(k), int(k));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(kind))));

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    connect(browse, &QPushButton::clicked, this, &ImportSourcePage::browse);
    connect(m_file, &QLineEdit::textChanged, this, &ImportSourcePage::fileChanged);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_encoding->addItem(tr("Detect automatically"), QString());
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(QStringLiteral("GB18030 (GBK)"), QStringLiteral("GB18030"));
    m_sheet = new QLineEdit(this);
    m_sheet->setObjectName(QStringLiteral("sheetEdit"));
    m_sheet->setPlaceholderText(tr("The first sheet"));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);

    m_form = new QFormLayout(this);
    m_form->addRow(tr("Import:"), m_kind);
    m_form->addRow(tr("File:"), fileRow);
    m_form->addRow(tr("Encoding (CSV):"), m_encoding);
    m_form->addRow(tr("Sheet (XLSX):"), m_sheet);
    m_form->addRow(tr("Source date:"), buildSourceDate(wizard->context().today()));
    m_form->addRow(m_hint);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportSourcePage::kindChanged);
    kindChanged();
    fileChanged();
}

// Tasks only: the date of the source document (ImportOptions::sourceDate), empty by default.
QWidget *ImportSourcePage::buildSourceDate(const QDate &today)
{
    m_sourceDateBox = new QWidget(this);
    m_sourceDate = new OptionalDateEdit(tr("Date of the source document"), m_sourceDateBox);
    m_sourceDate->setObjectName(QStringLiteral("sourceDateEdit"));
    m_sourceDate->setDate(QDate(), today);
    auto *note = new QLabel(tr("For deadlines written without a year, e.g. 12月底: they fall in "
                               "the year of this date. A 来源日期 column in the file comes first."),
                            m_sourceDateBox);
    note->setObjectName(QStringLiteral("sourceDateNote"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText); // an explanation, not a control
    auto *layout = new QVBoxLayout(m_sourceDateBox);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sourceDate);
    layout->addWidget(note);
    return m_sourceDateBox;
}

Io::Kind ImportSourcePage::kind() const
{
    return Io::Kind(m_kind->currentData().toInt());
}

QString ImportSourcePage::filePath() const
{
    return m_file->text().trimmed();
}

Io::ReadOptions ImportSourcePage::readOptions() const
{
    Io::ReadOptions options;
    if (!isXlsx(filePath()))
        options.encoding = m_encoding->currentData().toString();
    else
        options.sheet = m_sheet->text().trimmed();
    return options;
}

void ImportSourcePage::setFilePath(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

QDate ImportSourcePage::sourceDate() const
{
    return kind() == Io::Kind::Tasks ? m_sourceDate->date() : QDate();
}

void ImportSourcePage::setSourceDate(const QDate &date)
{
    m_sourceDate->setDate(date, date.isValid() ? date : m_sourceDate->dateEdit()->date());
}

QString ImportSourcePage::problem() const
{
    const QString path = filePath();
    if (path.isEmpty())
        return tr("Choose the file to import.");
    const QFileInfo info(path);
    if (!info.isFile())
        return tr("There is no file %1.").arg(path);
    const QString suffix = info.suffix().toLower();
    if (suffix != u"csv" && suffix != u"xlsx")
        return tr("Only .csv and .xlsx files can be imported.");
    return {};
}

bool ImportSourcePage::isComplete() const
{
    return problem().isEmpty();
}

void ImportSourcePage::kindChanged()
{
    m_form->setRowVisible(m_sourceDateBox, kind() == Io::Kind::Tasks);
}

void ImportSourcePage::fileChanged()
{
    m_hint->setText(problem());
    const bool xlsx = isXlsx(filePath());
    m_sheet->setEnabled(xlsx);
    m_encoding->setEnabled(!xlsx);
    Q_EMIT completeChanged();
}

void ImportSourcePage::browse()
{
    QSettings settings;
    const QString dir = settings.value(ImportWizard::lastDirKey()).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import %1").arg(m_kind->currentText()), dir,
        tr("Tables (*.csv *.xlsx);;CSV (*.csv);;Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    settings.setValue(ImportWizard::lastDirKey(), QFileInfo(path).absolutePath());
    setFilePath(path);
}

} // namespace Jiandu::Ui
