#include "access.h"

#include "session.h"

#include <QCoreApplication>

namespace Jiandu::Security::Access {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Auditor:
        return QStringLiteral("auditor");
    case Role::Staff:
        return QStringLiteral("staff");
    case Role::Viewer:
        return QStringLiteral("viewer");
    }
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (Role role : roles()) {
        if (roleCode(role) == code)
            return role;
    }
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("Access", "System administrator");
    case Role::Auditor:
        return QCoreApplication::translate("Access", "Audit administrator");
    case Role::Staff:
        return QCoreApplication::translate("Access", "Supervision staff");
    case Role::Viewer:
        return QCoreApplication::translate("Access", "Read-only");
    }
    return {};
}

QList<Role> roles()
{
    return {Role::Admin, Role::Auditor, Role::Staff, Role::Viewer};
}

bool roleAllows(Role role, Permission permission)
{
    using P = Permission;
    switch (role) {
    case Role::Admin:
        return permission == P::ViewData || permission == P::ManageUsers ||
               permission == P::ManageSettings || permission == P::Backup ||
               permission == P::Restore;
    case Role::Auditor:
        return permission == P::ReadAudit;
    case Role::Staff:
        return permission == P::ViewData || permission == P::EditData || permission == P::Export ||
               permission == P::Print || permission == P::UnmaskPersonal || permission == P::Backup;
    case Role::Viewer:
        return permission == P::ViewData || permission == P::Export || permission == P::Print;
    }
    return false;
}

bool allows(const Session *session, Permission permission)
{
    return !session || session->allows(permission);
}

QString permissionName(Permission permission)
{
    switch (permission) {
    case Permission::ViewData:
        return QCoreApplication::translate("Access", "view the records");
    case Permission::EditData:
        return QCoreApplication::translate("Access", "change records");
    case Permission::Export:
        return QCoreApplication::translate("Access", "export");
    case Permission::Print:
        return QCoreApplication::translate("Access", "print");
    case Permission::UnmaskPersonal:
        return QCoreApplication::translate("Access", "show identity-card numbers in full");
    case Permission::ManageUsers:
        return QCoreApplication::translate("Access", "manage accounts");
    case Permission::ManageSettings:
        return QCoreApplication::translate("Access", "change the office settings");
    case Permission::ReadAudit:
        return QCoreApplication::translate("Access", "read the audit trail");
    case Permission::Backup:
        return QCoreApplication::translate("Access", "make a backup");
    case Permission::Restore:
        return QCoreApplication::translate("Access", "restore a backup");
    }
    return {};
}

QString accountLabel(const Session &session)
{
    const QString name =
        session.displayName.trimmed().isEmpty() ? session.username : session.displayName;
    return QCoreApplication::translate("Access", "%1 (%2)").arg(name, roleName(session.role));
}

QString refusal(const Session &session, Permission permission)
{
    QStringList allowed;
    for (Role role : roles()) {
        if (roleAllows(role, permission))
            allowed << roleName(role);
    }
    return QCoreApplication::translate("Access", "%1 may not %2: only %3 may.")
        .arg(accountLabel(session), permissionName(permission),
             allowed.join(QCoreApplication::translate("Access", " or ")));
}

QString agencyRefusal(const Session &session)
{
    return QCoreApplication::translate("Access",
                                       "%1 is limited to %2 and may not change records of "
                                       "another agency or of the whole office.")
        .arg(accountLabel(session),
             session.agencyName.isEmpty() ? QString::number(session.agencyId) : session.agencyName);
}

Permission settingPermission(const QString &key)
{
    if (key == u"accounts.enabled")
        return Permission::ManageUsers;
    if (key.startsWith(u"documents/"))
        return Permission::EditData;
    return Permission::ManageSettings;
}

} // namespace Jiandu::Security::Access
