#pragma once

// Roles and rights (等保 2.0 level-2 application controls: separation of duties).
//
// A database starts in single-user mode: no accounts, no login, every right (Session is then
// absent and Access::allows() answers yes). Once an administrator turns accounts on, every
// GUI start and every CLI command runs as one account with one role:
//
//   系统管理员 Admin    — users, office settings, backups and restores; views the data;
//                         cannot read or change the audit trail, cannot change the records.
//   审计管理员 Auditor  — reads the audit trail (viewer, export, verify) and nothing else.
//   监督科工作人员 Staff — works the data: edits, imports, exports, prints, signs off,
//                         unmasks identity-card numbers (audited), makes backups.
//   只读 Viewer         — views lists and reports, prints and exports them masked.
//
// An account may be limited to one agency: it then sees and changes only that agency's
// records (a department's clerk), never another's.
//
// The backstop (core/security/guard.h, called by AuditChain::Appender::append for every
// audited change while a session is set) refuses, and the Transaction rolls back:
//   - table "user_account": ManageUsers, except an account's own password change
//     (Guard::OwnAccountScope); the Authenticator's bookkeeping of failures and logins is
//     audited as login events, not as account changes;
//   - table "setting": settingPermission(key) below;
//   - events (login, logout, export, print, unmask, backup, restore): allowed, their caller
//     checked the right (Guard::requirePermission) before acting;
//   - every other table: EditData; an agency-limited session moreover only records whose
//     before/after JSON carries its agency: `agency_id` (officers, cases, findings), an
//     `officer_id` of one of its officers (certificates, trainings, assessments), a
//     responsible or lead unit of its agency (rectification tasks, and by `task_id` their
//     progress and events). Everything else (agencies, sections, activities, documents,
//     calendar, annual reports, office-wide settings) is the whole office's: refused.
//
// Settings (settingPermission): which pages write them was checked. The settings page
// writes the office name and the warning rules' thresholds ("office/", "rules/"): the office
// policy, ManageSettings. The documents page writes the numbering prefixes, reply days and
// issuer of the staff's own documents ("documents/"): EditData, as the documents they
// number. "accounts.enabled" turns accounts on or off: ManageUsers. Any other key
// ("accounts.idle_lock_minutes", "backup/..."): ManageSettings.

#include <QString>
#include <QStringList>

#include <optional>

namespace Jiandu::Security {

enum class Role
{
    Admin,
    Auditor,
    Staff,
    Viewer,
};

enum class Permission
{
    ViewData,       // lists, dashboards, reports, record views
    EditData,       // every change to officers, cases, reviews, findings, tasks, documents,
                    // imports, the calendar, finalising an annual report
    Export,         // exports and the annual report's files (masked unless UnmaskPersonal)
    Print,          // printing and PDFs
    UnmaskPersonal, // show or export identity-card and phone numbers in full (audited)
    ManageUsers,    // create, change, unlock, disable accounts; turn accounts on or off
    ManageSettings, // office settings: backups, idle lock, network-share policy...
    ReadAudit,      // the audit viewer, a record's history, audit export, verify
    Backup,         // a backup made by hand (automatic backups run for every role)
    Restore,        // replace the database by a backup
};

struct Session;

namespace Access {

// The stable code stored in the database ("admin", "auditor", "staff", "viewer").
QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString &code);
// The translated name (系统管理员, 审计管理员, 监督科工作人员, 只读).
QString roleName(Role role);
// Every role, in the order above.
QList<Role> roles();

// The role × permission matrix (one place; the tests walk it).
bool roleAllows(Role role, Permission permission);
// Single-user mode (no session) allows everything.
bool allows(const Session *session, Permission permission);

// A translated sentence explaining a refusal, naming the account, its role and what was
// refused, e.g. "王五（只读）不能修改记录：只有监督科工作人员可以。"
QString refusal(const Session &session, Permission permission);
// The translated name of a permission ("change records", "read the audit trail"...).
QString permissionName(Permission permission);
// "王五（只读）": the display name (or the username) and the role's name.
QString accountLabel(const Session &session);
// Why an agency-limited account may not change a record of another agency (or an
// office-wide one): names the account, its role and its agency.
QString agencyRefusal(const Session &session);
// The permission needed to change the setting `key` (see above).
Permission settingPermission(const QString &key);

} // namespace Access
} // namespace Jiandu::Security
