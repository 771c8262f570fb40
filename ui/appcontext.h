#pragma once

#include "util/clock.h"

#include <QDate>
#include <QObject>

namespace Jiandu {
class Database;
}

namespace Jiandu::Ui {

// What every page needs: the open database, the clock, and the signals that keep pages in
// step after a user action committed a change or asked to open a record.
class AppContext final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppContext)

public:
    AppContext(Database &db, const Clock &clock, QObject *parent = nullptr);

    [[nodiscard]] Database &db() const { return m_db; }
    [[nodiscard]] const Clock &clock() const { return m_clock; }
    [[nodiscard]] QDate today() const { return m_clock.today(); }

    // Call after a committed change so lists and the dashboard refresh.
    void notifyDataChanged(const QString &table) { Q_EMIT dataChanged(table); }

Q_SIGNALS:
    // Drill-down from the dashboard: open a case (its read-only view).
    void openCaseRequested(qint64 caseId);
    // The annual report page on a year (the ANNUAL_REPORT_DUE warning).
    void openReportRequested(int year);

Q_SIGNALS:
    void dataChanged(const QString &table);
    void openOfficerRequested(qint64 officerId);
    void showAgencyRequested(qint64 agencyId);
    // Drill-down (dashboard warnings): open a rectification task or a supervision document.
    void openTaskRequested(qint64 taskId);
    void openDocumentRequested(qint64 documentId);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace Jiandu::Ui
