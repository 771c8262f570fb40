#pragma once

// From the database to the printed rectification ledger and supervision documents: the one
// mapping that jiandu-cli and the GUI share. Printed wording is the forms' own Chinese
// (status labels from Vocab::zh, dates as 2025年3月1日).

#include "ledgerdocument.h"
#include "officialdocument.h"

#include "domain/supervisiontypes.h"
#include "storage/taskrepository.h"
#include "util/result.h"

namespace Jiandu {
class Database;
}

namespace Jiandu::Documents {

// The ledger of the tasks `query` selects (TaskRepository::list, read in pages), in its
// order. The title defaults to 整改台账; the subtitle names the activity and the agency the
// query is filtered on, if any.
Result<LedgerData> ledgerData(Database &db, const TaskQuery &query, const QString &title,
                              const QString &issuingUnit, const QDate &printDate);

// The 完成情况 column: the status, with the sign-off date (已销号（2025年3月1日）), the
// completion date (已完成（2025年2月1日）) or the newest percent (整改中 60%); "（逾期）" when
// the task is overdue as of the query's date.
QString completionText(const TaskRow &row);

// The document as printed: the authority's mark from DocumentSettings::issuer, the date it
// was issued (drafted, for a draft), and the attached tasks as the table 整改任务清单
// (序号 / 存在问题 / 整改措施 / 责任单位 / 整改时限).
Result<OfficialDocumentData> officialDocumentData(Database &db, const SupervisionDocument &doc);

} // namespace Jiandu::Documents
