#pragma once

// Internal to core/io: the cases table in the import layout (exportFile, Kind::Cases).

#include "importer.h"
#include "tablewriter.h"

namespace Jiandu::Io {

Result<ExportTable> exportCases(Database &db, const ExportOptions &options);

} // namespace Jiandu::Io
