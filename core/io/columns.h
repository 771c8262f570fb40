#pragma once

// The columns of each import template (spec/import-templates.md) and the matching of a
// file's header row against them.

#include "importer.h"

#include <QHash>

namespace Jiandu::Io {

struct ColumnSpec
{
    QString zh;       // canonical header
    QString key;      // English key (also accepted as a header, and the JSON key)
    bool required = false;
    QStringList aliases; // other headers offices write for it (牵头科室 for 牵头单位)
};

QList<ColumnSpec> columnSpecs(Kind kind);

// Where each known column is in a file, as matched from its header row.
class HeaderMap
{
public:
    [[nodiscard]] bool has(const QString &key) const { return m_columns.contains(key); }
    [[nodiscard]] int column(const QString &key) const { return m_columns.value(key, -1); }
    // The header as written in the file (the canonical one when the column is absent).
    [[nodiscard]] QString header(const QString &key) const { return m_headers.value(key, key); }
    // The trimmed cell of `key` in `row`; empty when the column is absent.
    [[nodiscard]] QString value(const QStringList &row, const QString &key) const
    {
        const int c = column(key);
        return c < 0 ? QString() : row.value(c).trimmed();
    }

    // Matches `headers` of a file of `kind`: unknown columns become warnings, missing
    // required ones (and repeated ones) errors, appended to `problems`.
    static HeaderMap match(Kind kind, const QStringList &headers, const QString &file,
                           QList<Problem> &problems);

private:
    QHash<QString, int> m_columns;
    QHash<QString, QString> m_headers;
};

} // namespace Jiandu::Io
