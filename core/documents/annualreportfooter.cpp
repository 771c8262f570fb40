// The audit footer of the printed annual report (issue 6: the head hash "printed in the
// footer of annual reports, so cutting the tail is detectable").

#include "annualreportdocument.h"

#include "storage/audittrail.h"
#include "util/format.h"

#include <QCoreApplication>

namespace Jiandu::Documents {

QString auditFooter(Database &db, const QDate &printedOn)
{
    AuditTrail trail(db);
    const auto head = trail.headHash();
    const auto records = trail.count();
    if (!head || head->isEmpty() || !records)
        return {};
    return QCoreApplication::translate("AnnualReportDocument",
                                       "Audit chain head %1… · %2 records · printed on %3")
        .arg(head->left(16))
        .arg(records.value())
        .arg(Format::longDate(printedOn));
}

} // namespace Jiandu::Documents
