// The main window's part of accounts (issue 6): which pages the role sees, who is logged
// in (status bar), 修改密码… and 注销 in the File menu.

#include "appcontext.h"
#include "mainwindow.h"
#include "security/logindialog.h"
#include "security/session.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>

namespace Jiandu::Ui {

namespace {

// The right a navigation page needs. The audit page ("page_audit", added by the audit
// viewer) needs ReadAudit only: the 审计管理员 sees it and nothing else; the 系统管理员, who
// cannot read the audit trail, does not. Settings hold the personal language too, so every
// role but the auditor sees them; what it may change there is gated on the page.
bool pageAllowed(const AppContext &context, const QWidget *page, int index)
{
    using Security::Permission;
    if (page && page->objectName() == u"page_audit")
        return context.can(Permission::ReadAudit);
    if (index == MainWindow::Settings)
        return context.can(Permission::ViewData) || context.can(Permission::ManageSettings) ||
               context.can(Permission::ManageUsers);
    return context.can(Permission::ViewData);
}

} // namespace

void MainWindow::buildAccountActions()
{
    m_passwordAction = m_fileMenu->addAction(QString(), this, &MainWindow::changePassword);
    m_passwordAction->setObjectName(QStringLiteral("changePasswordAction"));
    m_logoutAction = m_fileMenu->addAction(QString(), &m_context, &AppContext::logout);
    m_logoutAction->setObjectName(QStringLiteral("logoutAction"));
    m_fileMenu->addSeparator();
    m_sessionLabel = new QLabel(this);
    m_sessionLabel->setObjectName(QStringLiteral("sessionLabel"));
    statusBar()->addPermanentWidget(m_sessionLabel);
}

void MainWindow::retranslateAccountActions()
{
    m_passwordAction->setText(tr("Change &password…"));
    m_logoutAction->setText(tr("Log &out"));
}

void MainWindow::applyPermissions()
{
    const auto session = m_context.session();
    int firstVisible = -1;
    for (int i = 0; i < m_nav->count(); ++i) {
        const bool allowed = pageAllowed(m_context, m_stack->widget(i), i);
        m_nav->setRowHidden(i, !allowed);
        if (allowed && firstVisible < 0)
            firstVisible = i;
    }
    const int current = m_stack->currentIndex();
    if (current >= 0 && m_nav->isRowHidden(current) && firstVisible >= 0) {
        m_nav->setCurrentRow(firstVisible);
        m_stack->setCurrentIndex(firstVisible);
    }
    m_passwordAction->setVisible(session != nullptr);
    m_logoutAction->setVisible(session != nullptr);
    m_sessionLabel->setVisible(session != nullptr);
    if (session) {
        // "王五（监督科工作人员）", and the agency of an agency-limited account.
        const QString name =
            session->displayName.isEmpty() ? session->username : session->displayName;
        QString text = tr("%1 (%2)").arg(name, Security::Access::roleName(session->role));
        if (session->agencyLimited())
            text += tr(" — %1 only").arg(session->agencyName);
        m_sessionLabel->setText(text);
        m_sessionLabel->setToolTip(tr("Logged in as %1").arg(session->username));
    }
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(m_context, false, {}, this);
    dialog.exec();
}

} // namespace Jiandu::Ui
