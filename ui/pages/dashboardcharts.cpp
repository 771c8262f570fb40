#include "dashboardcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <functional>

namespace Jiandu::Ui {

namespace {

const QColor kThisYear(0x1e, 0x6f, 0xc8);
const QColor kLastYear(0xb0, 0xbe, 0xc5);
const QColor kDone(0x2e, 0x7d, 0x32);
const QColor kOpen(0xef, 0x9a, 0x00);
const QColor kMissing(0xc6, 0x28, 0x28);

QChartView *makeView(const char *name, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(280, 240);
    return view;
}

// Removes the series and axes of the last fill.
void reset(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QBarSet *makeSet(const QString &label, const QColor &color)
{
    auto *set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

// Long names cut to fit the axis (the full name is in the bar's tooltip); a category axis
// needs distinct labels, so a repeated one gets a number.
QStringList axisLabels(const QStringList &names)
{
    QStringList labels;
    for (const QString &name : names) {
        QString label = name.size() > 9 ? name.left(8) + QChar(0x2026) : name;
        const QString base = label;
        for (int n = 2; labels.contains(label); ++n)
            label = base + QString::number(n);
        labels << label;
    }
    return labels;
}

// The full name and the figures of a bar while the pointer is on it.
void tooltipOnHover(QBarSet *set, QWidget *view, std::function<QString(int)> text)
{
    QObject::connect(set, &QBarSet::hovered, view, [view, text](bool on, int index) {
        if (on)
            QToolTip::showText(QCursor::pos(), text(index), view);
        else
            QToolTip::hideText();
    });
}

void addAxes(QChart *chart, QAbstractSeries *series, QBarCategoryAxis *categories,
             QValueAxis *values, Qt::Alignment categoryAt, Qt::Alignment valueAt)
{
    chart->addSeries(series);
    chart->addAxis(categories, categoryAt);
    chart->addAxis(values, valueAt);
    series->attachAxis(categories);
    series->attachAxis(values);
}

} // namespace

DashboardCharts::Figures DashboardCharts::compute(Database &db, const QDate &today)
{
    Figures f;
    f.year = today.year();
    QStringList errors;
    if (auto r = Report::casesPerMonth(db, f.year))
        f.thisYear = *r;
    else
        errors << r.error().toString();
    if (auto r = Report::casesPerMonth(db, f.year - 1))
        f.lastYear = *r;
    else
        errors << r.error().toString();
    if (auto r = Report::taskCompletionByUnit(db, 10))
        f.units = *r;
    else
        errors << r.error().toString();
    if (auto r = Report::certificateCoverage(db, today, kCoverageBodies))
        f.coverage = *r;
    else
        errors << r.error().toString();
    f.error = errors.join(QLatin1Char(' '));
    return f;
}

DashboardCharts::DashboardCharts(QWidget *parent)
    : QWidget(parent), m_months(makeView("monthChart", this)), m_units(makeView("unitChart", this)),
      m_coverage(makeView("coverageChart", this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_months, 4);
    layout->addWidget(m_units, 3);
    layout->addWidget(m_coverage, 3);
}

DashboardCharts::~DashboardCharts() = default;

QChart *DashboardCharts::monthChart() const
{
    return m_months->chart();
}

QChart *DashboardCharts::unitChart() const
{
    return m_units->chart();
}

QChart *DashboardCharts::coverageChart() const
{
    return m_coverage->chart();
}

void DashboardCharts::setFigures(Figures figures)
{
    m_figures = std::move(figures);
    fillMonths();
    fillUnits();
    fillCoverage();
}

void DashboardCharts::fillMonths()
{
    QChart *chart = monthChart();
    reset(chart);
    chart->setTitle(tr("Cases filed per month"));
    auto *last = makeSet(QString::number(m_figures.year - 1), kLastYear);
    auto *current = makeSet(QString::number(m_figures.year), kThisYear);
    QStringList months;
    int top = 0;
    for (int m = 0; m < 12; ++m) {
        *last << m_figures.lastYear[size_t(m)];
        *current << m_figures.thisYear[size_t(m)];
        top = std::max({top, m_figures.lastYear[size_t(m)], m_figures.thisYear[size_t(m)]});
        months << QString::number(m + 1);
    }
    auto *series = new QBarSeries;
    series->append(last);
    series->append(current);
    connect(last, &QBarSet::clicked, this, [this](int index) { activateMonth(index + 1, true); });
    connect(current, &QBarSet::clicked, this,
            [this](int index) { activateMonth(index + 1, false); });
    auto *axisX = new QBarCategoryAxis;
    axisX->append(months);
    axisX->setTitleText(tr("Month"));
    auto *axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setRange(0, std::max(top, 4));
    axisY->applyNiceNumbers();
    addAxes(chart, series, axisX, axisY, Qt::AlignBottom, Qt::AlignLeft);
    m_months->setToolTip(tr("Click a bar to list the cases filed in that month"));
}

void DashboardCharts::fillUnits()
{
    QChart *chart = unitChart();
    reset(chart);
    chart->setTitle(tr("Rectification by unit"));
    auto *done = makeSet(tr("Signed off"), kDone);
    auto *open = makeSet(tr("Open"), kOpen);
    QStringList units;
    int top = 0;
    for (auto it = m_figures.units.crbegin(); it != m_figures.units.crend(); ++it) {
        *done << it->signedOff;
        *open << it->total - it->signedOff;
        units << it->unit;
        top = std::max(top, it->total);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(done);
    series->append(open);
    const auto toIndex = [this](int bar) { return int(m_figures.units.size()) - 1 - bar; };
    for (QBarSet *set : {done, open})
        connect(set, &QBarSet::clicked, this,
                [this, toIndex](int bar) { activateUnit(toIndex(bar)); });
    auto *axisY = new QBarCategoryAxis;
    axisY->append(units.isEmpty() ? QStringList{tr("No tasks")} : axisLabels(units));
    for (QBarSet *set : {done, open})
        tooltipOnHover(set, m_units, [this, toIndex](int bar) {
            const Report::UnitCompletion &u = m_figures.units.at(toIndex(bar));
            return tr("%1: %2 of %3 tasks signed off").arg(u.unit).arg(u.signedOff).arg(u.total);
        });
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setRange(0, std::max(top, 4));
    axisX->applyNiceNumbers();
    addAxes(chart, series, axisY, axisX, Qt::AlignLeft, Qt::AlignBottom);
    m_units->setToolTip(tr("Click a bar to list the unit's rectification tasks"));
}

void DashboardCharts::fillCoverage()
{
    QChart *chart = coverageChart();
    reset(chart);
    chart->setTitle(tr("Certificate coverage by body"));
    auto *certified = makeSet(tr("Certified"), kDone);
    auto *missing = makeSet(tr("Without certificate"), kMissing);
    QStringList names;
    int top = 0;
    for (auto it = m_figures.coverage.crbegin(); it != m_figures.coverage.crend(); ++it) {
        *certified << it->certified;
        *missing << it->active - it->certified;
        names << it->shortName;
        top = std::max(top, it->active);
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(certified);
    series->append(missing);
    const auto toIndex = [this](int bar) { return int(m_figures.coverage.size()) - 1 - bar; };
    for (QBarSet *set : {certified, missing})
        connect(set, &QBarSet::clicked, this,
                [this, toIndex](int bar) { activateAgency(toIndex(bar)); });
    auto *axisY = new QBarCategoryAxis;
    axisY->append(names.isEmpty() ? QStringList{tr("No officers")} : axisLabels(names));
    // Many rows: a smaller face, or the axis elides every name for want of height.
    QFont small = axisY->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    axisY->setLabelsFont(small);
    for (QBarSet *set : {certified, missing})
        tooltipOnHover(set, m_coverage, [this, toIndex](int bar) {
            const Report::AgencyCoverage &a = m_figures.coverage.at(toIndex(bar));
            return tr("%1: %2 of %3 officers in post certified")
                .arg(a.name)
                .arg(a.certified)
                .arg(a.active);
        });
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(QStringLiteral("%d"));
    axisX->setRange(0, std::max(top, 4));
    axisX->applyNiceNumbers();
    addAxes(chart, series, axisY, axisX, Qt::AlignLeft, Qt::AlignBottom);
    m_coverage->setToolTip(tr("Click a bar to open the body in the roster"));
}

void DashboardCharts::activateMonth(int month, bool lastYear)
{
    if (month >= 1 && month <= 12 && m_figures.year > 0)
        Q_EMIT monthActivated(lastYear ? m_figures.year - 1 : m_figures.year, month);
}

void DashboardCharts::activateUnit(int index)
{
    if (index >= 0 && index < m_figures.units.size())
        Q_EMIT unitActivated(m_figures.units.at(index).unit);
}

void DashboardCharts::activateAgency(int index)
{
    if (index >= 0 && index < m_figures.coverage.size())
        Q_EMIT agencyActivated(m_figures.coverage.at(index).agencyId);
}

} // namespace Jiandu::Ui
