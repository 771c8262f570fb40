// The officer dialog in accounts mode (issue 6): the identity-card and phone numbers masked
// until 显示完整号码 (UnmaskPersonal, audited), the form read-only for roles that may not
// change records, the agency fixed for an agency-limited account, the history tab for the
// roles that may see it.

#include "appcontext.h"
#include "domain/identity.h"
#include "officerdialog.h"
#include "security/guard.h"
#include "security/permissiongate.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>

namespace Jiandu::Ui {

using Security::Permission;

// The history shows who changed the officer and how. Decision (issue 6): it is open to the
// roles that change records (EditData: the 监督科工作人员 sees what was changed before changing
// it again) and to those that read the audit trail (ReadAudit: the 审计管理员); the 只读 and the
// 系统管理员 (who must not read the audit trail) see the tab disabled, with the reason.
bool OfficerDialog::historyAllowed() const
{
    return m_context.can(Permission::EditData) || m_context.can(Permission::ReadAudit);
}

void OfficerDialog::applyAccess()
{
    // Masked for everyone in accounts mode; a new officer has no stored number to hide.
    m_masked = m_context.accountsMode() && m_officer.id != 0 && m_loadError.isEmpty();
    m_unmask->setVisible(m_masked);
    if (m_masked) {
        m_idNumber->setText(Identity::maskIdNumber(m_officer.idNumber));
        m_phone->setText(Identity::maskPhone(m_officer.phone));
        m_idNumber->setReadOnly(true);
        m_phone->setReadOnly(true);
        PermissionGate::gate(m_unmask, m_context, Permission::UnmaskPersonal);
        const QString why =
            m_context.can(Permission::UnmaskPersonal)
                ? tr("Masked. “Show full number” shows it in full; the audit trail records "
                     "that you did.")
                : m_context.refusal(Permission::UnmaskPersonal);
        m_idNumber->setToolTip(why);
        m_phone->setToolTip(why);
    }

    PermissionGate::gate(m_saveButton, m_context, Permission::EditData);

    // An agency-limited account works in its own agency only.
    PermissionGate::lockAgency(m_agency, m_context);

    const int history = m_tabs->indexOf(m_historyTable->parentWidget());
    if (history >= 0 && !historyAllowed()) {
        m_tabs->setTabEnabled(history, false);
        m_tabs->setTabToolTip(history, m_context.refusal(Permission::ReadAudit));
    }
}

bool OfficerDialog::unmaskNumbers()
{
    if (!m_masked)
        return true;
    if (!m_context.can(Permission::UnmaskPersonal)) {
        m_saveError->setText(m_context.refusal(Permission::UnmaskPersonal));
        m_saveError->show();
        return false;
    }
    // The audit record first: a number is never shown in full without its trace.
    if (auto recorded =
            Security::recordUnmask(m_context.db(), QStringLiteral("officer"), m_officer.idNumber);
        !recorded) {
        m_saveError->setText(recorded.error().toString());
        m_saveError->show();
        return false;
    }
    m_masked = false;
    m_idNumber->setText(m_officer.idNumber);
    m_phone->setText(m_officer.phone);
    const bool editable = m_context.can(Permission::EditData);
    m_idNumber->setReadOnly(!editable);
    m_phone->setReadOnly(!editable);
    m_idNumber->setToolTip({});
    m_phone->setToolTip({});
    m_unmask->hide();
    loadHistory();
    return true;
}

} // namespace Jiandu::Ui
