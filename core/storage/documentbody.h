#pragma once

// The body of a new supervision document's draft (documentdrafts.cpp), for the repository,
// its tests and tests/fuzz/fuzz_template.cpp.

#include "domain/supervisiontypes.h"

#include <QString>
#include <QStringList>

namespace Jiandu {

// The kind's template with {activity} (the activity's or source's name), {problems}
// (numbered, one per line) and {reply} (the reply period, or 及时 when `replyDays` is 0)
// filled in, in one pass: typed text goes in as typed.
QString draftBody(DocumentKind kind, int replyDays, const QString &activity,
                  const QStringList &problems);

} // namespace Jiandu
