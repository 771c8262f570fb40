// Score sheets and grade thresholds of ReviewRepository (activities and sampling are in
// reviewactivities.cpp, file reviews in reviewfiles.cpp, the expert pool in reviewexperts.cpp).

#include "reviewrepository.h"

#include "audittrail.h"
#include "reviewrows.h"
#include "settingsrepository.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Jiandu {

using namespace ReviewSql;

const QString ReviewRepository::kExcellentKey = QStringLiteral("review/grade_excellent");
const QString ReviewRepository::kPassKey = QStringLiteral("review/grade_pass");

namespace {
const QString kSheetTable = QStringLiteral("review_sheet");

QString sheetKey(const ReviewSheet &s)
{
    return s.name + QLatin1Char('/') + s.version;
}

Error notFound(const QString &what, const QString &key)
{
    return Error{Error::Code::NotFound, what, key};
}
} // namespace

GradeThresholds ReviewRepository::thresholds() const
{
    const SettingsRepository settings(m_db);
    GradeThresholds t;
    t.excellent = settings.doubleValue(kExcellentKey, t.excellent);
    t.pass = settings.doubleValue(kPassKey, t.pass);
    return t;
}

QJsonObject ReviewRepository::toJson(const ReviewSheet &s)
{
    QJsonArray items;
    for (const SheetItem &i : s.items) {
        QJsonObject o{{QStringLiteral("section"), Vocab::code(i.section)},
                      {QStringLiteral("title"), i.title}};
        if (i.section != SheetSection::Veto)
            o.insert(QStringLiteral("max"), i.maxPoints);
        if (!i.guidance.isEmpty())
            o.insert(QStringLiteral("guidance"), i.guidance);
        items.append(o);
    }
    return {{QStringLiteral("name"), s.name},
            {QStringLiteral("version"), s.version},
            {QStringLiteral("effective_on"), s.effectiveOn.toString(Qt::ISODate)},
            {QStringLiteral("note"), s.note},
            {QStringLiteral("items"), items}};
}

// --- score sheets

Result<QList<ReviewSheet>> ReviewRepository::sheets() const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT id FROM review_sheet "
                                "ORDER BY effective_on DESC, id DESC"),
                 {}, kSheetTable);
    if (!q)
        return q.error();
    QList<ReviewSheet> out;
    while (q->next()) {
        auto s = sheet(q->value(0).toLongLong());
        if (!s)
            return s.error();
        if (s.value())
            out.append(*s.value());
    }
    return out;
}

Result<std::optional<ReviewSheet>> ReviewRepository::sheet(qint64 id) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT name, version, effective_on, note FROM review_sheet "
                                "WHERE id = ?"),
                 {id}, kSheetTable);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ReviewSheet>();
    ReviewSheet s;
    s.id = id;
    s.name = q->value(0).toString();
    s.version = q->value(1).toString();
    s.effectiveOn = Sql::toDate(q->value(2));
    s.note = q->value(3).toString();
    auto items = run(m_db,
                     QStringLiteral("SELECT section, title, max_points, guidance "
                                    "FROM review_sheet_item WHERE sheet_id = ? "
                                    "ORDER BY position"),
                     {id}, kSheetTable);
    if (!items)
        return items.error();
    while (items->next()) {
        SheetItem item;
        item.section =
            Vocab::fromCode<SheetSection>(items->value(0).toString()).value_or(SheetSection::Veto);
        item.title = items->value(1).toString();
        item.maxPoints = items->value(2).isNull() ? 0 : items->value(2).toDouble();
        item.guidance = items->value(3).toString();
        s.items.append(item);
    }
    return std::optional<ReviewSheet>(s);
}

Result<std::optional<ReviewSheet>> ReviewRepository::currentSheet(const QDate &asOf) const
{
    auto q = run(m_db,
                 QStringLiteral("SELECT id FROM (SELECT id, 0 AS k, effective_on FROM review_sheet "
                                "WHERE effective_on <= ? ORDER BY effective_on DESC, id DESC "
                                "LIMIT 1) UNION ALL SELECT id FROM (SELECT id, 1 AS k FROM "
                                "review_sheet ORDER BY effective_on, id LIMIT 1)"),
                 {Sql::date(asOf)}, kSheetTable);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ReviewSheet>();
    return sheet(q->value(0).toLongLong());
}

Result<bool> ReviewRepository::sheetInUse(qint64 id) const
{
    auto q =
        run(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM file_review WHERE sheet_id = ?)"),
            {id}, kSheetTable);
    if (!q)
        return q.error();
    return q->next() && q->value(0).toBool();
}

VoidResult ReviewRepository::writeSheetItems(const ReviewSheet &s)
{
    if (auto d = run(m_db, QStringLiteral("DELETE FROM review_sheet_item WHERE sheet_id = ?"),
                     {s.id}, sheetKey(s));
        !d)
        return d.error();
    for (qsizetype i = 0; i < s.items.size(); ++i) {
        const SheetItem &item = s.items.at(i);
        const bool veto = item.section == SheetSection::Veto;
        auto q = run(m_db,
                     QStringLiteral("INSERT INTO review_sheet_item (sheet_id, position, section, "
                                    "title, max_points, guidance) VALUES (?, ?, ?, ?, ?, ?)"),
                     {s.id, int(i + 1), Vocab::code(item.section), item.title.trimmed(),
                      veto ? QVariant() : QVariant(item.maxPoints), Sql::text(item.guidance)},
                     sheetKey(s));
        if (!q)
            return q.error();
    }
    return {};
}

Result<qint64> ReviewRepository::saveSheet(ReviewSheet &input)
{
    if (VoidResult v = validateSheet(input); !v)
        return v.error();
    ReviewSheet s = input;
    s.name = s.name.trimmed();
    s.version = s.version.trimmed();
    return inTransaction<qint64>(m_db, [&]() -> Result<qint64> {
        std::optional<ReviewSheet> before;
        if (s.id > 0) {
            auto found = sheet(s.id);
            if (!found)
                return found.error();
            if (!found.value())
                return notFound(QCoreApplication::translate("Review", "No such score sheet."),
                                QString::number(s.id));
            before = found.value();
            auto used = sheetInUse(s.id);
            if (!used)
                return used.error();
            if (used.value()) {
                // A version that scored a file stays as it was: the edit is a new version.
                if (s.name == before->name && s.version == before->version)
                    return Error{Error::Code::Conflict,
                                 QCoreApplication::translate(
                                     "Review", "This version has been used by file reviews and "
                                               "cannot be changed: save the edit under a new "
                                               "version label."),
                                 QCoreApplication::translate("Review", "Version")};
                s.id = 0;
                before.reset();
            }
        }
        const QString sql =
            s.id > 0 ? QStringLiteral("UPDATE review_sheet SET name = ?, version = ?, "
                                      "effective_on = ?, note = ? WHERE id = ?")
                     : QStringLiteral("INSERT INTO review_sheet (name, version, effective_on, "
                                      "note) VALUES (?, ?, ?, ?)");
        QList<QVariant> binds{s.name, s.version, Sql::date(s.effectiveOn), Sql::text(s.note)};
        if (s.id > 0)
            binds.append(s.id);
        auto q = run(m_db, sql, binds, sheetKey(s));
        if (!q) {
            Error e = q.error();
            if (e.message.contains(QStringLiteral("UNIQUE")))
                e = Error{Error::Code::Conflict,
                          QCoreApplication::translate(
                              "Review", "A score sheet with this name and version exists."),
                          QCoreApplication::translate("Review", "Version")};
            return e;
        }
        if (s.id == 0)
            s.id = q->lastInsertId().toLongLong();
        if (VoidResult w = writeSheetItems(s); !w)
            return w.error();
        AuditTrail audit(m_db);
        VoidResult a =
            before
                ? audit.recordChange(kSheetTable, sheetKey(s), toJson(*before), toJson(s))
                : audit.record(kSheetTable, sheetKey(s), AuditEntry::Action::Insert, {}, toJson(s));
        if (!a)
            return a.error();
        input.id = s.id;
        return s.id;
    });
}

VoidResult ReviewRepository::removeSheet(qint64 id)
{
    return inTransactionVoid(m_db, [&]() -> VoidResult {
        auto found = sheet(id);
        if (!found)
            return found.error();
        if (!found.value())
            return notFound(QCoreApplication::translate("Review", "No such score sheet."),
                            QString::number(id));
        auto used = run(m_db,
                        QStringLiteral("SELECT EXISTS (SELECT 1 FROM file_review WHERE sheet_id "
                                       "= ?) OR EXISTS (SELECT 1 FROM review_activity WHERE "
                                       "sheet_id = ?)"),
                        {id, id}, kSheetTable);
        if (!used)
            return used.error();
        if (used->next() && used->value(0).toBool())
            return Error{Error::Code::Conflict,
                         QCoreApplication::translate(
                             "Review", "The score sheet is used by a review activity."),
                         sheetKey(*found.value())};
        if (auto d = run(m_db, QStringLiteral("DELETE FROM review_sheet WHERE id = ?"), {id},
                         kSheetTable);
            !d)
            return d.error();
        return AuditTrail(m_db).record(kSheetTable, sheetKey(*found.value()),
                                       AuditEntry::Action::Delete, toJson(*found.value()), {});
    });
}

} // namespace Jiandu
