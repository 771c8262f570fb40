#include "auditpage.h"

#include "appcontext.h"
#include "models/audittablemodel.h"
#include "storage/auditsearch.h"
#include "storage/database.h"
#include "widgets/exportfiledialog.h"
#include "widgets/optionaldateedit.h"
#include "workers/progressjob.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Jiandu::Ui {

AuditPage::AuditPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new AuditTableModel(context.db(), this))
{
    buildUi();
    connect(m_model, &AuditTableModel::totalChanged, this, &AuditPage::updateCount);
    connect(m_model, &AuditTableModel::loadFailed, this,
            [this](const QString &message) { setMessage(message, true); });
}

void AuditPage::buildUi()
{
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("actorCombo"));
    m_actor->setMinimumContentsLength(10);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString &table : AuditView::knownTables())
        m_kind->addItem(AuditView::tableLabel(table), table);
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("keyEdit"));
    m_key->setPlaceholderText(tr("Record key contains…"));
    m_key->setClearButtonEnabled(true);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionCombo"));
    m_action->addItem(tr("All actions"), -1);
    for (AuditEntry::Action a : AuditView::allActions())
        m_action->addItem(AuditView::actionLabel(a), int(a));
    m_from = new OptionalDateEdit(tr("From"), this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setDate({}, m_context.today().addMonths(-1));
    m_to = new OptionalDateEdit(tr("To"), this);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_to->setDate({}, m_context.today());

    auto *apply = new QPushButton(tr("Search"), this);
    apply->setObjectName(QStringLiteral("searchButton"));
    apply->setDefault(true);
    auto *clear = new QPushButton(tr("Clear"), this);
    clear->setObjectName(QStringLiteral("clearButton"));
    m_export =
        new QPushButton(QIcon(QStringLiteral(":/icons/export.svg")), tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_verify = new QPushButton(tr("Verify chain"), this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_verify->setToolTip(tr("Walk the whole audit trail's hash chain and name the first record "
                            "that was changed, deleted or inserted"));
    connect(apply, &QPushButton::clicked, this, &AuditPage::applyFilter);
    connect(clear, &QPushButton::clicked, this, &AuditPage::clearFilter);
    connect(m_key, &QLineEdit::returnPressed, this, &AuditPage::applyFilter);
    for (QComboBox *combo : {m_actor, m_kind, m_action})
        connect(combo, &QComboBox::activated, this, &AuditPage::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportCsv);
    connect(m_verify, &QPushButton::clicked, this, &AuditPage::verifyChain);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User"), this));
    filters->addWidget(m_actor);
    filters->addWidget(new QLabel(tr("Record"), this));
    filters->addWidget(m_kind);
    filters->addWidget(m_key, 1);
    filters->addWidget(new QLabel(tr("Action"), this));
    filters->addWidget(m_action);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_from);
    dates->addWidget(m_to);
    dates->addWidget(apply);
    dates->addWidget(clear);
    dates->addStretch(1);
    dates->addWidget(m_export);
    dates->addWidget(m_verify);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(AuditTableModel::Time, 150);
    m_view->setColumnWidth(AuditTableModel::Actor, 110);
    m_view->setColumnWidth(AuditTableModel::Action, 90);
    m_view->setColumnWidth(AuditTableModel::Kind, 120);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditPage::showDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::showDetail);

    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detailTitle = new QLabel(detailBox);
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail = new QTableWidget(0, 3, detailBox);
    m_detail->setObjectName(QStringLiteral("detailTable"));
    m_detail->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    m_detail->verticalHeader()->hide();
    m_detail->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_detail->setWordWrap(true);
    m_detail->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_detail->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_detail->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    detailLayout->addWidget(m_detailTitle);
    detailLayout->addWidget(m_detail, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *title = new QLabel(tr("Audit log"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addLayout(dates);
    layout->addWidget(splitter, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addWidget(m_message, 1);
    layout->addLayout(bottom);
}

void AuditPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_loaded)
        return;
    m_loaded = true;
    reloadActors();
    applyFilter();
}

void AuditPage::reloadActors()
{
    const QString current = m_actor->currentData().toString();
    m_actor->clear();
    m_actor->addItem(tr("All users"), QString());
    if (auto actors = AuditTrail(m_context.db()).actors())
        for (const QString &a : std::as_const(actors.value()))
            m_actor->addItem(a, a);
    m_actor->setCurrentIndex(qMax(0, m_actor->findData(current)));
}

AuditFilter AuditPage::currentFilter() const
{
    AuditFilter f;
    f.actor = m_actor->currentData().toString();
    f.table = m_kind->currentData().toString();
    f.recordKey = m_key->text().trimmed();
    if (const int a = m_action->currentData().toInt(); a >= 0)
        f.action = AuditEntry::Action(a);
    if (const QDate from = m_from->date(); from.isValid())
        f.from = from.startOfDay();
    if (const QDate to = m_to->date(); to.isValid())
        f.to = to.addDays(1).startOfDay();
    return f;
}

void AuditPage::applyFilter()
{
    m_loaded = true;
    setMessage({}, false);
    m_model->setFilter(currentFilter());
}

void AuditPage::clearFilter()
{
    m_actor->setCurrentIndex(0);
    m_kind->setCurrentIndex(0);
    m_key->clear();
    m_action->setCurrentIndex(0);
    m_from->setDate({}, m_context.today().addMonths(-1));
    m_to->setDate({}, m_context.today());
    applyFilter();
}

void AuditPage::updateCount(qint64 total)
{
    m_count->setText(total < 0 ? tr("Counting…") : tr("%1 records").arg(total));
}

void AuditPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

void AuditPage::showDetail()
{
    const QModelIndex current = m_view->currentIndex();
    const AuditEntry *e = current.isValid() ? m_model->entryAt(current.row()) : nullptr;
    m_detail->setRowCount(0);
    if (!e) {
        m_detailTitle->setText(tr("Select a record to see what changed."));
        return;
    }
    m_detailTitle->setText(
        tr("<b>%1</b> · %2 %3 · %4 · %5")
            .arg(AuditView::actionLabel(e->action).toHtmlEscaped(),
                 AuditView::tableLabel(e->table).toHtmlEscaped(),
                 AuditView::maskKey(e->recordKey).toHtmlEscaped(), e->actor.toHtmlEscaped(),
                 e->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    const QList<AuditView::FieldChange> changes = AuditView::fieldChanges(*e);
    m_detail->setRowCount(int(changes.size()));
    for (int i = 0; i < changes.size(); ++i) {
        const AuditView::FieldChange &c = changes.at(i);
        m_detail->setItem(i, 0, new QTableWidgetItem(c.field));
        m_detail->setItem(i, 1, new QTableWidgetItem(c.before));
        auto *after = new QTableWidgetItem(c.after);
        if (e->action == AuditEntry::Action::Update)
            after->setForeground(QColor(0x1b, 0x5e, 0x20));
        m_detail->setItem(i, 2, after);
    }
    m_detail->resizeRowsToContents();
}

bool AuditPage::exportTo(const QString &path)
{
    const AuditFilter filter = currentFilter();
    Database &db = m_context.db();
    auto rows =
        runWithProgress(db, this, tr("Exporting the audit log…"),
                        [&db, filter, path](const ProgressCallback &progress) -> Result<int> {
                            auto n = AuditView::exportCsv(db, filter, path, [&](qint64 done) {
                                return progress(int(qMin<qint64>(done, INT_MAX)), 0);
                            });
                            if (!n)
                                return n.error();
                            return int(qMin<qint64>(n.value(), INT_MAX));
                        });
    if (!rows) {
        setMessage(rows.error().toString(), true);
        return false;
    }
    setMessage(
        tr("%1 records written to %2.").arg(rows.value()).arg(QDir::toNativeSeparators(path)),
        false);
    m_context.notifyDataChanged(QStringLiteral("audit_log"));
    m_model->reload(); // the export itself is now on top
    return true;
}

void AuditPage::exportCsv()
{
    const QString path = askSavePath(this, tr("Export the audit log"), tr("audit-log"),
                                     QStringLiteral("csv"), tr("CSV, UTF-8 (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

QString AuditPage::verifyChain()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto result = AuditTrail(m_context.db()).verify();
    QApplication::restoreOverrideCursor();
    QString text;
    bool error = true;
    if (!result) {
        text = result.error().toString();
    } else if (result->ok()) {
        text = tr("The audit chain is whole: %1 records, head %2.")
                   .arg(result->records)
                   .arg(result->headHash.isEmpty() ? tr("(none)") : result->headHash);
        error = false;
    } else if (result->problem == AuditVerification::Problem::NoChain) {
        text = tr("This database predates the audit chain: nothing to verify.");
        error = false;
    } else {
        text = tr("The audit chain is broken: %1").arg(result->message);
    }
    setMessage(text, error);
    if (error)
        QMessageBox::warning(this, tr("Verify chain"), text);
    return text;
}

} // namespace Jiandu::Ui
