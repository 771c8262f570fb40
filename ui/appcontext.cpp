#include "appcontext.h"

namespace Jiandu::Ui {

AppContext::AppContext(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock)
{
}

} // namespace Jiandu::Ui
