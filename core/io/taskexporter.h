#pragma once

// Internal to core/io: the tasks (and findings) tables in the import layout (exportFile).

#include "importer.h"
#include "tablewriter.h"

namespace Jiandu::Io {

Result<ExportTable> exportTasks(Database &db, const ExportOptions &options);
Result<ExportTable> exportFindings(Database &db, const ExportOptions &options);

} // namespace Jiandu::Io
