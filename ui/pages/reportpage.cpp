#include "reportpage.h"

#include "appcontext.h"
#include "report/reporttables.h"
#include "security/permissiongate.h"
#include "storage/agencyrepository.h"
#include "util/format.h"
#include "widgets/exportfiledialog.h"
#include "workers/backgroundtask.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {

const QString kYearKey = QStringLiteral("report/year");
const QString kScopeKey = QStringLiteral("report/agency");

VoidResult writeJson(const QString &path, const AnnualReport &report)
{
    const QByteArray bytes = Report::toJson(report).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{Error::Code::Io,
                     QCoreApplication::translate("Io", "The file cannot be written: %1.")
                         .arg(file.errorString()),
                     path};
    return {};
}

} // namespace

int ReportPage::defaultYear(const QDate &today)
{
    // The report of year Y is due by 31 January of Y+1 and compiled in the first quarter.
    return today.month() <= 3 ? today.year() - 1 : today.year();
}

ReportPage::ReportPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_task(new BackgroundTask(context.db(), this))
{
    auto *title = new QLabel(tr("Annual report on administrative law enforcement"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("figuresTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAlternatingRowColors(true);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->hide();
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_preview->horizontalHeader()->setStretchLastSection(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(buildBar());
    layout->addWidget(buildPreview(), 1);
    layout->addWidget(buildFinalisation());

    reloadAgencies();
    const QSettings settings;
    setYear(settings.value(kYearKey, defaultYear(context.today())).toInt());
    if (const qint64 id = settings.value(kScopeKey, 0).toLongLong(); id > 0)
        setAgency(id);
    connect(&context, &AppContext::dataChanged, this, [this](const QString &table) {
        if (table == u"agency")
            reloadAgencies();
        // The figures shown stay those computed; say that the data moved on since.
        if (m_report && table != u"annual_report_final" && !m_task->isRunning())
            m_status->setText(tr("The data changed after this computation: compute again for "
                                 "the current figures."));
    });
    fillPreview();
    updateActions();
    applyPermissions();
    connect(&m_context, &AppContext::sessionChanged, this, &ReportPage::applyPermissions);
}

ReportPage::~ReportPage() = default; // m_task (a child) waits for a running computation

QWidget *ReportPage::buildBar()
{
    auto *bar = new QWidget(this);
    auto *rows = new QVBoxLayout(bar);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    auto *second = new QHBoxLayout;
    rows->addLayout(row);
    rows->addLayout(second);
    m_year = new QSpinBox(bar);
    m_year->setObjectName(QStringLiteral("yearBox"));
    m_year->setRange(2000, m_context.today().year());
    m_scope = new QComboBox(bar);
    m_scope->setObjectName(QStringLiteral("scopeBox"));
    m_scope->setMinimumContentsLength(24);
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_compute = new QPushButton(tr("Compute"), bar);
    m_compute->setObjectName(QStringLiteral("computeButton"));
    m_compute->setDefault(true);
    m_busy = new QProgressBar(bar);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel(bar);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    const auto button = [bar](const QString &text, const char *name) {
        auto *b = new QPushButton(text, bar);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_exportJson = button(tr("JSON…"), "exportJson");
    m_exportCsv = button(tr("CSV…"), "exportCsv");
    m_exportXlsx = button(tr("Excel…"), "exportXlsx");
    m_exportPdf = button(tr("PDF…"), "exportPdf");
    m_exportOdt = button(tr("ODT…"), "exportOdt");
    m_print = button(tr("Print…"), "printButton");
    row->addWidget(new QLabel(tr("Year:"), bar));
    row->addWidget(m_year);
    row->addWidget(new QLabel(tr("Scope:"), bar));
    row->addWidget(m_scope);
    row->addWidget(m_compute);
    row->addWidget(m_busy);
    row->addStretch(1);
    second->addWidget(m_status, 1);
    second->addWidget(new QLabel(tr("Export:"), bar));
    for (QPushButton *b : {m_exportJson, m_exportCsv, m_exportXlsx, m_exportPdf, m_exportOdt})
        second->addWidget(b);
    second->addWidget(m_print);

    connect(m_compute, &QPushButton::clicked, this, &ReportPage::compute);
    connect(m_exportJson, &QPushButton::clicked, this,
            [this] { exportAs(QStringLiteral("json")); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("csv")); });
    connect(m_exportXlsx, &QPushButton::clicked, this,
            [this] { exportAs(QStringLiteral("xlsx")); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("pdf")); });
    connect(m_exportOdt, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("odt")); });
    connect(m_print, &QPushButton::clicked, this, &ReportPage::printReport);
    // A figure on screen always belongs to the year and scope shown in the bar.
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        QSettings().setValue(kYearKey, year());
        m_report.reset();
        fillPreview();
    });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kScopeKey, agencyId().value_or(0));
        m_report.reset();
        fillPreview();
    });
    return bar;
}

void ReportPage::reloadAgencies()
{
    const std::optional<qint64> current = m_scope->count() > 0 ? agencyId() : std::nullopt;
    const QSignalBlocker block(m_scope);
    m_scope->clear();
    m_scope->addItem(tr("The whole region (every body)"), qint64(0));
    if (auto agencies = AgencyRepository(m_context.db()).all())
        for (const Agency &a : std::as_const(*agencies))
            m_scope->addItem(a.name, a.id);
    setAgency(current);
    PermissionGate::lockAgency(m_scope, m_context); // an agency-limited account
}

int ReportPage::year() const
{
    return m_year->value();
}

std::optional<qint64> ReportPage::agencyId() const
{
    const qint64 id = m_scope->currentData().toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void ReportPage::setYear(int year)
{
    m_year->setValue(year);
}

void ReportPage::setAgency(std::optional<qint64> agencyId)
{
    const int index = m_scope->findData(agencyId.value_or(0));
    m_scope->setCurrentIndex(index >= 0 ? index : 0);
}

// 31 December of a past year; today for the year in progress.
QDate ReportPage::asOfFor(int year) const
{
    const QDate today = m_context.today();
    return year >= today.year() ? today : QDate(year, 12, 31);
}

bool ReportPage::isComputing() const
{
    return m_task->isRunning();
}

void ReportPage::compute()
{
    if (m_task->isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    Database &db = m_context.db();
    const int y = year();
    const std::optional<qint64> agency = agencyId();
    const QDate asOf = asOfFor(y);
    m_busy->show();
    m_status->setText(tr("Computing the report of %1…").arg(y));
    m_status->show();
    updateActions();
    m_task->start<Outcome>(
        [&db, y, agency, asOf] {
            auto result = computeAnnualReport(db, y, agency, asOf);
            if (!result)
                return Outcome{std::nullopt, result.error().toString()};
            return Outcome{std::move(result.value()), {}};
        },
        [this](Outcome outcome) { apply(std::move(outcome)); });
}

void ReportPage::apply(Outcome outcome)
{
    m_busy->hide();
    if (m_pending) {
        compute();
        return;
    }
    m_report = std::move(outcome.report);
    if (!outcome.error.isEmpty())
        m_status->setText(tr("The report could not be computed: %1").arg(outcome.error));
    else
        m_status->setText(tr("%1, %2 — as of %3.")
                              .arg(m_report->scope)
                              .arg(m_report->year)
                              .arg(Format::longDate(m_report->asOf)));
    fillPreview();
    reloadFinalisations();
    Q_EMIT computed();
}

void ReportPage::waitForBackgroundWork()
{
    while (m_task->isRunning()) {
        m_task->wait();
        QCoreApplication::processEvents();
    }
}

void ReportPage::updateActions()
{
    const bool ready = m_report.has_value() && !m_task->isRunning();
    for (QPushButton *b :
         {m_exportJson, m_exportCsv, m_exportXlsx, m_exportPdf, m_exportOdt, m_print})
        b->setEnabled(ready);
    m_compute->setEnabled(true);
    updateFinaliseActions();
}

VoidResult ReportPage::exportTo(const QString &path)
{
    if (!m_report)
        return Error{Error::Code::Invalid, tr("Compute the report first."), path};
    const QString suffix = QFileInfo(path).suffix().toLower();
    VoidResult written;
    if (suffix == u"json")
        written = writeJson(path, *m_report);
    else if (suffix == u"csv")
        written = Report::writeCsv(path, *m_report);
    else if (suffix == u"xlsx")
        written = Report::writeXlsx(path, *m_report);
    else if (suffix == u"pdf" || suffix == u"odt")
        written = exportDocument(path);
    else
        return Error{Error::Code::Invalid,
                     tr("Choose a file ending in .json, .csv, .xlsx, .pdf or .odt."), path};
    if (!written)
        return written;
    return recordExport(path); // audited once the file is there
}

void ReportPage::exportAs(const QString &suffix)
{
    if (!m_report)
        return;
    static const QMap<QString, const char *> filters = {
        {QStringLiteral("json"), QT_TR_NOOP("JSON (*.json)")},
        {QStringLiteral("csv"), QT_TR_NOOP("CSV, UTF-8 (*.csv)")},
        {QStringLiteral("xlsx"), QT_TR_NOOP("Excel workbook (*.xlsx)")},
        {QStringLiteral("pdf"), QT_TR_NOOP("PDF document (*.pdf)")},
        {QStringLiteral("odt"), QT_TR_NOOP("OpenDocument text (*.odt)")}};
    const QString base = tr("annual-report-%1").arg(m_report->year);
    const QString path =
        askSavePath(this, tr("Export the annual report"), base, suffix, tr(filters.value(suffix)));
    if (path.isEmpty())
        return;
    if (auto r = exportTo(path); !r)
        QMessageBox::warning(this, tr("Export the annual report"), r.error().toString());
    else
        m_status->setText(tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
}

void ReportPage::applyPermissions()
{
    PermissionGate::gateNamed(this, m_context,
                              {
                                  {"exportJson", Security::Permission::Export},
                                  {"exportCsv", Security::Permission::Export},
                                  {"exportXlsx", Security::Permission::Export},
                                  {"exportPdf", Security::Permission::Export},
                                  {"exportOdt", Security::Permission::Export},
                                  {"printButton", Security::Permission::Print},
                                  {"finaliseButton", Security::Permission::EditData},
                              });
    updateActions();
}

} // namespace Jiandu::Ui
