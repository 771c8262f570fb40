#include "clock.h"

namespace Jiandu {

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace Jiandu
