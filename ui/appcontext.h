#pragma once

#include "security/access.h"
#include "util/clock.h"

#include <QDate>
#include <QObject>

#include <memory>

namespace Jiandu {
class Database;
namespace Security {
struct Session;
}
} // namespace Jiandu

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

    // Accounts (issue 6): who is logged in; nullptr in single-user mode, where every right
    // is granted. The session lives on the Database (core refuses what the role does not
    // allow); the context only tells the widgets when it changes.
    [[nodiscard]] std::shared_ptr<const Security::Session> session() const;
    [[nodiscard]] bool accountsMode() const { return session() != nullptr; }
    [[nodiscard]] bool can(Security::Permission permission) const;
    // Why the session may not do `permission` (Access::refusal); empty when it may.
    [[nodiscard]] QString refusal(Security::Permission permission) const;
    // The agency an agency-limited account is bound to; 0 for every agency.
    [[nodiscard]] qint64 limitedAgency() const;
    // Sets (or clears) the Database's session and tells the widgets.
    void setSession(std::shared_ptr<const Security::Session> session);
    // 注销: audits the logout, clears the session and asks the application for a login.
    void logout();

Q_SIGNALS:
    // Drill-down from the dashboard: open a case (its read-only view).
    void openCaseRequested(qint64 caseId);
    // The annual report page on a year (the ANNUAL_REPORT_DUE warning).
    void openReportRequested(int year);

Q_SIGNALS:
    // The logged-in account changed (login, logout, accounts turned on or off).
    void sessionChanged();
    // The user logged out (注销 or from the idle lock): the application shows the login.
    void loggedOut();
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
