#include "dashboardpage.h"

#include "appcontext.h"
#include "domain/identity.h"
#include "util/format.h"
#include "widgets/deadlinespanel.h"
#include "workers/backgroundtask.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {

using Rules::Level;

// Data changes come in bursts (an import, a dialog saving several tables): evaluate once.
constexpr int kDebounceMs = 400;

enum Column
{
    MessageColumn,
    AgencyColumn,
    DueColumn,
    KeyColumn,
    ColumnCount
};

QColor levelColor(Level level)
{
    switch (level) {
    case Level::Error:
        return QColor(0xc6, 0x28, 0x28); // red
    case Level::Warning:
        return QColor(0xef, 0x9a, 0x00); // amber
    case Level::Info:
        break;
    }
    return QColor(0x1e, 0x6f, 0xc8); // blue
}

QIcon levelIcon(Level level)
{
    static QMap<Level, QIcon> cache;
    if (auto it = cache.constFind(level); it != cache.constEnd())
        return *it;
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(levelColor(level));
    painter.drawEllipse(QRectF(2, 2, 12, 12));
    painter.end();
    return cache.insert(level, QIcon(pixmap)).value();
}

int levelRank(Level level)
{
    return level == Level::Error ? 0 : level == Level::Warning ? 1 : 2;
}

// The key as it may be shown: identity-card numbers masked, other keys as they are.
QString shownKey(const Rules::Warning &warning)
{
    return warning.subject == Rules::Subject::Officer ? Identity::maskIdNumber(warning.key)
                                                      : warning.key;
}

int ruleOrder(const QString &id)
{
    const auto &rules = Rules::allRules();
    for (int i = 0; i < rules.size(); ++i)
        if (rules.at(i)->id() == id)
            return i;
    return int(rules.size());
}

} // namespace

DashboardPage::DashboardPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    m_task = new BackgroundTask(context.db(), this);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(&context, &AppContext::dataChanged, m_debounce, qOverload<>(&QTimer::start));
    buildUi();
    retranslateUi();
    refresh();
}

DashboardPage::~DashboardPage() = default; // m_task (a child) waits for a running evaluation

void DashboardPage::buildUi()
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setToolTip(tr("Click a count to list only the warnings of that level"));
    connect(m_summary, &QLabel::linkActivated, this, [this](const QString &link) {
        const auto level = Rules::levelFromCode(link);
        setLevelFilter(level == m_levelFilter ? std::nullopt : level);
    });
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    connect(m_refresh, &QPushButton::clicked, this, &DashboardPage::refresh);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("warningTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    // activated: double-click, or Enter on the keyboard.
    connect(m_tree, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { open(item); });

    auto *strip = new QHBoxLayout;
    strip->addWidget(m_summary, 1);
    strip->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(strip);
    layout->addWidget(m_status);
    layout->addWidget(buildOverview(m_tree), 1);
}

void DashboardPage::retranslateUi()
{
    m_title->setText(tr("Warnings"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Evaluate the warning rules again on the current data"));
    m_tree->setHeaderLabels({tr("Warning"), tr("Agency"), tr("Due"), tr("Key")});
    updateSummary();
}

void DashboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refresh(); // rule titles and messages are produced in the current language
    }
}

void DashboardPage::refresh()
{
    m_debounce->stop();
    refreshFigures();
    if (m_task->isRunning()) {
        m_pending = true;
        return;
    }
    m_pending = false;
    m_status->setText(tr("Evaluating the warning rules…"));
    m_refresh->setEnabled(false);
    Database &db = m_context.db();
    const QDate asOf = m_context.today();
    m_task->start<Outcome>(
        [&db, asOf] {
            Rules::RuleContext ruleContext;
            ruleContext.asOf = asOf;
            ruleContext.settings = Rules::RuleSettings::load(db);
            auto result = Rules::evaluateAll(db, ruleContext);
            if (!result)
                return Outcome{asOf, {}, result.error().toString()};
            return Outcome{asOf, std::move(result.value()), {}};
        },
        [this](Outcome outcome) { apply(std::move(outcome)); });
}

void DashboardPage::apply(Outcome outcome)
{
    m_asOf = outcome.asOf;
    m_warnings = std::move(outcome.warnings);
    m_error = std::move(outcome.error);
    m_refresh->setEnabled(true);
    fillTree();
    m_deadlines->setWarnings(m_warnings, m_asOf);
    applyLevelFilter();
    updateSummary();
    if (m_pending) {
        refresh();
        return;
    }
    Q_EMIT refreshed();
}

void DashboardPage::fillTree()
{
    // Groups in the order: highest level first, then the order of spec/warnings.md.
    QMap<QString, QList<const Rules::Warning *>> byRule;
    for (const auto &w : std::as_const(m_warnings))
        byRule[w.rule].append(&w);
    struct Group
    {
        QString rule;
        Level level;
        QList<const Rules::Warning *> items;
    };
    QList<Group> groups;
    for (auto it = byRule.cbegin(); it != byRule.cend(); ++it) {
        Level level = Level::Info;
        for (const auto *w : it.value())
            if (levelRank(w->level) < levelRank(level))
                level = w->level;
        groups.append({it.key(), level, it.value()});
    }
    std::sort(groups.begin(), groups.end(), [](const Group &a, const Group &b) {
        if (levelRank(a.level) != levelRank(b.level))
            return levelRank(a.level) < levelRank(b.level);
        return ruleOrder(a.rule) < ruleOrder(b.rule);
    });

    m_tree->clear();
    for (const Group &group : std::as_const(groups)) {
        const Rules::Rule *rule = Rules::findRule(group.rule);
        const QString title = rule ? rule->title() : group.rule;
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(MessageColumn, tr("%1 (%2)").arg(title).arg(group.items.size()));
        top->setIcon(MessageColumn, levelIcon(group.level));
        top->setToolTip(MessageColumn,
                        Rules::levelLabel(group.level) + QStringLiteral(" · ") + group.rule);
        top->setData(MessageColumn, RuleRole, group.rule);
        top->setFirstColumnSpanned(true); // the rule's title reads whole, not cut at the column
        QFont bold = top->font(MessageColumn);
        bold.setBold(true);
        top->setFont(MessageColumn, bold);
        for (const auto *w : group.items) {
            auto *item = new QTreeWidgetItem(top);
            item->setText(MessageColumn, w->message);
            item->setToolTip(MessageColumn, w->message);
            item->setIcon(MessageColumn, levelIcon(w->level));
            item->setText(AgencyColumn, w->agency);
            item->setText(DueColumn, w->due.isValid() ? Format::isoDate(w->due) : QString());
            item->setText(KeyColumn, shownKey(*w));
            item->setData(MessageColumn, RecordIdRole, w->recordId);
            item->setData(MessageColumn, SubjectRole, int(w->subject));
            item->setData(MessageColumn, RuleRole, w->rule);
            item->setData(MessageColumn, LevelRole, int(w->level));
        }
    }
    // Small groups open, so the first look shows records rather than only headings.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        m_tree->topLevelItem(i)->setExpanded(m_tree->topLevelItem(i)->childCount() <= 20);
    for (int c = AgencyColumn; c < ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
}

void DashboardPage::updateSummary()
{
    int counts[3] = {0, 0, 0};
    for (const auto &w : std::as_const(m_warnings))
        ++counts[levelRank(w.level)];
    // Each count is a link that filters the list to its level (underlined while it does).
    const auto part = [this](Level level, const QString &text) {
        return QStringLiteral("<a href=\"%1\" style=\"text-decoration:%2\"><span "
                              "style=\"color:%3; font-weight:bold\">%4</span></a>")
            .arg(Rules::levelCode(level),
                 m_levelFilter == level ? QStringLiteral("underline") : QStringLiteral("none"),
                 levelColor(level).name(), text.toHtmlEscaped());
    };
    QStringList parts = {part(Level::Error, tr("Errors: %1").arg(counts[0])),
                         part(Level::Warning, tr("Warnings: %1").arg(counts[1])),
                         part(Level::Info, tr("Notes: %1").arg(counts[2]))};
    if (m_asOf.isValid())
        parts.append(tr("as of %1").arg(Format::longDate(m_asOf)).toHtmlEscaped());
    m_summary->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    if (!m_error.isEmpty())
        m_status->setText(tr("The warnings could not be evaluated: %1").arg(m_error));
    else if (m_asOf.isValid() && m_warnings.isEmpty())
        m_status->setText(tr("No warnings: every rule is satisfied."));
    else
        m_status->clear();
    m_status->setVisible(!m_status->text().isEmpty());
}

void DashboardPage::open(QTreeWidgetItem *item)
{
    if (!item || !item->parent())
        return; // a rule heading: double-click only folds it
    if (Rules::Subject(item->data(MessageColumn, SubjectRole).toInt()) == Rules::Subject::Report) {
        Q_EMIT m_context.openReportRequested(item->text(KeyColumn).toInt()); // key: the year
        return;
    }
    const qint64 id = item->data(MessageColumn, RecordIdRole).toLongLong();
    if (id <= 0)
        return;
    switch (Rules::Subject(item->data(MessageColumn, SubjectRole).toInt())) {
    case Rules::Subject::Case:
        Q_EMIT m_context.openCaseRequested(id);
        break;
    case Rules::Subject::Officer:
        Q_EMIT m_context.openOfficerRequested(id);
        break;
    case Rules::Subject::Agency:
        Q_EMIT m_context.showAgencyRequested(id);
        break;
    case Rules::Subject::Task:
        Q_EMIT m_context.openTaskRequested(id);
        break;
    case Rules::Subject::Document:
        Q_EMIT m_context.openDocumentRequested(id);
        break;
    default:
        break; // later issues: cases, reports
    }
}

} // namespace Jiandu::Ui
