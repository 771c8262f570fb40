#pragma once

// Internal to core/storage: the mapping of enforcement_case rows shared by
// caserepository.cpp (the aggregate) and casequeries.cpp (the list).

#include "domain/casetypes.h"

#include <QByteArray>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace Jiandu::CaseRows {

template<typename E>
QVariant code(const std::optional<E> &v)
{
    return v ? QVariant(Vocab::code(*v)) : QVariant();
}

template<typename E>
std::optional<E> fromCode(const QVariant &v)
{
    return v.isNull() ? std::nullopt : Vocab::fromCode<E>(v.toString());
}

inline std::optional<qint64> optInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

// The year a case counts in: its decision's, else its filing's (the CHECK of report_year).
inline int reportYear(const EnforcementCase &c)
{
    return c.decidedOn.isValid() ? c.decidedOn.year() : c.openedOn.year();
}

// CaseRepository::toJson(c) as compact UTF-8, written directly (casejson.cpp): the audit
// record of the bulk insert path.
QByteArray auditJson(const EnforcementCase &c);

} // namespace Jiandu::CaseRows
