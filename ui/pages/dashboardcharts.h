#pragma once

#include "report/dashboardfigures.h"

#include <QDate>
#include <QWidget>

#include <array>

class QChart;
class QChartView;

namespace Jiandu {
class Database;
}

namespace Jiandu::Ui {

// The dashboard's three charts (Qt Charts): cases filed per month this year against last
// year, rectification completion of the ten units with most tasks, certificate coverage of
// the ten bodies with most officers. Every bar leads to the records behind it through
// the signals below.
class DashboardCharts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardCharts)

public:
    // What the charts show, computed off the GUI thread by compute().
    struct Figures
    {
        int year = 0;
        std::array<int, 12> thisYear{};
        std::array<int, 12> lastYear{};
        QList<Report::UnitCompletion> units;
        QList<Report::AgencyCoverage> coverage;
        QString error;
    };
    static Figures compute(Database &db, const QDate &today);

    // The bodies shown: more rows than this leave a category axis too little height for
    // its labels, which it then elides to "…" (the dashboard's own height is the limit).
    static constexpr int kCoverageBodies = 10;

    explicit DashboardCharts(QWidget *parent = nullptr);
    ~DashboardCharts() override;

    void setFigures(Figures figures);
    [[nodiscard]] const Figures &figures() const { return m_figures; }
    [[nodiscard]] QChart *monthChart() const;
    [[nodiscard]] QChart *unitChart() const;
    [[nodiscard]] QChart *coverageChart() const;

public Q_SLOTS:
    // What a click on a bar calls: `lastYear` picks the series, index the bar.
    void activateMonth(int month, bool lastYear);
    void activateUnit(int index);
    void activateAgency(int index);

Q_SIGNALS:
    void monthActivated(int year, int month);
    void unitActivated(const QString &unit);
    void agencyActivated(qint64 agencyId);

private:
    void fillMonths();
    void fillUnits();
    void fillCoverage();

    QChartView *m_months;
    QChartView *m_units;
    QChartView *m_coverage;
    Figures m_figures;
};

} // namespace Jiandu::Ui
