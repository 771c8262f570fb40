// The logged-in account of a Database (accounts mode).

#include "database.h"
#include "security/session.h"

#include <QMutexLocker>

namespace Jiandu {

std::shared_ptr<const Security::Session> Database::session() const
{
    QMutexLocker lock(&m_mutex);
    return m_session;
}

void Database::setSession(std::shared_ptr<const Security::Session> session)
{
    QMutexLocker lock(&m_mutex);
    m_actor = session ? session->username : osUser();
    m_session = std::move(session);
}

} // namespace Jiandu
