// Importer and exporter of supervision findings (监督发现问题): see io/README.md "findings".

#include "importcontext.h"
#include "taskexporter.h"

namespace Jiandu::Io {

namespace {
class FindingImporter final : public KindImporter
{
public:
    void validate(ImportContext &ctx) override
    {
        ctx.report.problems.append({ctx.file, 0, QString(), QCoreApplication::translate("Io", "findings cannot be imported yet")});
    }
    int planned() const override { return 0; }
    int plannedRow(int) const override { return 0; }
    Result<Outcome> write(ImportContext &, int) override { return Outcome::Unchanged; }
};
} // namespace

std::unique_ptr<KindImporter> makeFindingImporter()
{
    return std::make_unique<FindingImporter>();
}

Result<ExportTable> exportFindings(Database &, const ExportOptions &)
{
    return Error{Error::Code::Usage, QCoreApplication::translate("Io", "Findings cannot be exported yet."), QString()};
}

} // namespace Jiandu::Io
