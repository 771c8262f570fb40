#include "outputaudit.h"

#include <QFileInfo>

namespace Jiandu::Documents {

Result<int> audited(Database &db, Result<int> pages, AuditEntry::Action action, const QString &what,
                    const QString &file, QJsonObject details)
{
    if (!pages)
        return pages;
    if (!file.isEmpty())
        details.insert(QStringLiteral("file"), QFileInfo(file).fileName());
    details.insert(QStringLiteral("pages"), pages.value());
    if (auto r = AuditTrail(db).recordOutput(action, what, details); !r)
        return r.error();
    return pages;
}

} // namespace Jiandu::Documents
