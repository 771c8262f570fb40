#pragma once

// Internal to core/io: what every kind's importer shares while validating and writing.

#include "columns.h"
#include "importer.h"
#include "domain/types.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace Jiandu::Io {

struct ImportContext
{
    Database &db;
    Kind kind;
    const Table &table;
    HeaderMap headers;
    QString file;              // the file's name as shown in problems
    ImportReport &report;
    QDate sourceDate;          // ImportOptions::sourceDate (tasks)

    [[nodiscard]] int line(int row) const { return table.lineNumbers.value(row); }
    [[nodiscard]] QString value(int row, const QString &key) const
    {
        return headers.value(table.rows.at(row), key);
    }
    void error(int row, const QString &key, const QString &message)
    {
        report.problems.append({file, line(row), key.isEmpty() ? QString() : headers.header(key), message});
    }
    void warning(int row, const QString &key, const QString &message)
    {
        report.problems.append({file, line(row), key.isEmpty() ? QString() : headers.header(key), message,
                                Problem::Severity::Warning});
    }
    void note(int row, const QString &key, const QString &message)
    {
        report.problems.append({file, line(row), key.isEmpty() ? QString() : headers.header(key), message,
                                Problem::Severity::Note});
    }
    // "the same 身份证号 is already on line 3" when `key` was seen; remembers it otherwise.
    bool checkDuplicate(QHash<QString, int> &seen, const QString &naturalKey, int row,
                        const QString &column);
};

// One kind's importer: validate() checks every row and plans the writes; write() then
// performs one planned row inside the import's transaction, through the repositories.
class KindImporter
{
public:
    enum class Outcome { Inserted, Updated, Unchanged };
    virtual ~KindImporter() = default;
    virtual void validate(ImportContext &ctx) = 0;
    [[nodiscard]] virtual int planned() const = 0;
    [[nodiscard]] virtual int plannedRow(int i) const = 0; // index into the table's rows
    virtual Result<Outcome> write(ImportContext &ctx, int i) = 0;
};

std::unique_ptr<KindImporter> makeAgencyImporter();
std::unique_ptr<KindImporter> makeOfficerImporter();
std::unique_ptr<KindImporter> makeTrainingImporter();
std::unique_ptr<KindImporter> makeAssessmentImporter();
std::unique_ptr<KindImporter> makeCaseImporter();
std::unique_ptr<KindImporter> makeFindingImporter();
std::unique_ptr<KindImporter> makeTaskImporter();

// Shared validation helpers: each reports its own problem and returns nullopt / false.
namespace Check {
bool required(ImportContext &ctx, int row, const QString &key, QString &out);
bool date(ImportContext &ctx, int row, const QString &key, bool required, QDate &out);
bool yesNo(ImportContext &ctx, int row, const QString &key, bool &out);

template<typename E>
bool vocab(ImportContext &ctx, int row, const QString &key, bool required, std::optional<E> &out)
{
    const QString v = ctx.value(row, key);
    out.reset();
    if (v.isEmpty()) {
        if (required)
            ctx.error(row, key, QCoreApplication::translate("Io", "a value is required (one of %1)").arg(Vocab::zhList<E>()));
        return !required;
    }
    out = Vocab::parse<E>(v);
    if (!out)
        ctx.error(row, key, QCoreApplication::translate("Io", "\"%1\" is not one of %2").arg(v, Vocab::zhList<E>()));
    return out.has_value();
}
} // namespace Check

// Finds the officer a training/assessment row refers to, by 身份证号 or 执法证号.
class OfficerResolver
{
public:
    // Loads the officer keys in bulk; false (and an error problem) when the query fails.
    bool load(ImportContext &ctx);
    // The officer id, or 0 after reporting why not.
    qint64 resolve(ImportContext &ctx, int row);

private:
    QHash<QString, qint64> m_byIdNumber;
    QHash<QString, qint64> m_byCert;
};

} // namespace Jiandu::Io
