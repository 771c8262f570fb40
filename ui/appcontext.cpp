#include "appcontext.h"

#include "security/authenticator.h"
#include "security/session.h"
#include "storage/database.h"

namespace Jiandu::Ui {

AppContext::AppContext(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock)
{
}

std::shared_ptr<const Security::Session> AppContext::session() const
{
    return m_db.session();
}

bool AppContext::can(Security::Permission permission) const
{
    const auto current = session();
    return Security::Access::allows(current.get(), permission);
}

QString AppContext::refusal(Security::Permission permission) const
{
    const auto current = session();
    if (Security::Access::allows(current.get(), permission))
        return {};
    return Security::Access::refusal(*current, permission);
}

qint64 AppContext::limitedAgency() const
{
    const auto current = session();
    return current ? current->agencyId : 0;
}

void AppContext::setSession(std::shared_ptr<const Security::Session> session)
{
    m_db.setSession(std::move(session));
    Q_EMIT sessionChanged();
}

void AppContext::logout()
{
    if (!session())
        return;
    Security::Authenticator(m_db).logout();
    m_db.setSession(nullptr);
    Q_EMIT sessionChanged();
    Q_EMIT loggedOut();
}

} // namespace Jiandu::Ui
