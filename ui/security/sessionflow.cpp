#include "sessionflow.h"

#include "appcontext.h"
#include "logindialog.h"
#include "storage/accountrepository.h"
#include "storage/database.h"

namespace Jiandu::Ui::SessionFlow {

bool accountsEnabled(AppContext &context)
{
    auto enabled = AccountRepository(context.db()).accountsEnabled();
    return !enabled || enabled.value();
}

bool login(AppContext &context, QWidget *parent)
{
    if (!accountsEnabled(context))
        return true;
    for (;;) {
        LoginDialog dialog(context, parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        if (dialog.outcome().mustChangePassword) {
            // The password typed at the login is the current one; the dialog does not ask it.
            ChangePasswordDialog change(context, true, dialog.takePassword(), parent);
            if (change.exec() != QDialog::Accepted) {
                Security::Authenticator(context.db()).logout(); // audited; clears the session
                context.db().setSession(nullptr);
                continue;
            }
        }
        context.setSession(dialog.outcome().session);
        return true;
    }
}

} // namespace Jiandu::Ui::SessionFlow
