// The audit viewer's queries (AuditTrail::search, count, actors), what it shows of a record
// (labels, masking, field changes) and the CSV export of a filtered trail.

#include "auditsearch.h"

#include "database.h"
#include "domain/identity.h"
#include "io/csv.h"
#include "sqlhelpers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>

namespace Jiandu {

AuditEntry auditEntryFromQuery(const QSqlQuery &q);
extern const QString kAuditColumns;

namespace {

// The WHERE clause of a filter and its values, in order.
struct Where
{
    QString sql;
    QVariantList values;
};

Where whereOf(const AuditFilter &f, qint64 beforeId)
{
    QStringList parts;
    Where w;
    if (!f.actor.isEmpty()) {
        parts << QStringLiteral("actor = ?");
        w.values << f.actor;
    }
    if (!f.table.isEmpty()) {
        parts << QStringLiteral("table_name = ?");
        w.values << f.table;
    }
    if (!f.recordKey.isEmpty()) {
        parts << QStringLiteral("record_key LIKE ? ESCAPE '\\'");
        w.values << QVariant(QStringLiteral("%") + Sql::likeEscape(f.recordKey) +
                             QStringLiteral("%"));
    }
    if (f.action) {
        parts << QStringLiteral("action = ?");
        w.values << AuditTrail::actionCode(*f.action);
    }
    // `at` is UTC ISO 8601 with milliseconds and a Z, so text order is time order.
    if (f.from.isValid()) {
        parts << QStringLiteral("at >= ?");
        w.values << f.from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (f.to.isValid()) {
        parts << QStringLiteral("at < ?");
        w.values << f.to.toUTC().toString(Qt::ISODateWithMs);
    }
    if (beforeId > 0) {
        parts << QStringLiteral("id < ?");
        w.values << beforeId;
    }
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

QString jsonText(const QJsonValue &v)
{
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    const QJsonDocument doc =
        v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QJsonValue maskValue(const QString &name, const QJsonValue &v);

QJsonArray maskArray(const QString &name, const QJsonArray &array)
{
    QJsonArray out;
    for (const QJsonValue &v : array)
        out.append(maskValue(name, v));
    return out;
}

QJsonValue maskValue(const QString &name, const QJsonValue &v)
{
    if (v.isObject())
        return AuditView::maskJson(v.toObject());
    if (v.isArray())
        return maskArray(name, v.toArray());
    if (!v.isString() || v.toString().isEmpty())
        return v;
    const QString lower = name.toLower();
    if (lower.contains(u"id_number"))
        return Identity::maskIdNumber(v.toString());
    if (lower.contains(u"phone"))
        return Identity::maskPhone(v.toString());
    return v;
}

QString csvField(const QString &value)
{
    const QString v = Io::Csv::guardFormula(value);
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        QString q = v;
        q.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return v;
}

void appendCsvRecord(QByteArray &out, const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += csvField(fields.at(i));
    }
    line += QStringLiteral("\r\n");
    out += line.toUtf8();
}

QString compactJson(const QJsonObject &o)
{
    return o.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

Result<QList<AuditEntry>> AuditTrail::search(const AuditFilter &filter, int limit,
                                             qint64 beforeId) const
{
    const Where w = whereOf(filter, beforeId);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kAuditColumns + QStringLiteral(" FROM audit_log") +
              w.sql + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(q, QStringLiteral("audit_log"));
    QList<AuditEntry> out;
    while (q.next())
        out.append(auditEntryFromQuery(q));
    return out;
}

Result<qint64> AuditTrail::count(const AuditFilter &filter) const
{
    const Where w = whereOf(filter, 0);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log") + w.sql);
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return sqlError(q, QStringLiteral("audit_log"));
    return q.value(0).toLongLong();
}

Result<QStringList> AuditTrail::actors() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor")))
        return sqlError(q, QStringLiteral("audit_log"));
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

namespace AuditView {

QString actionLabel(AuditEntry::Action action)
{
    switch (action) {
    case AuditEntry::Action::Insert:
        return QCoreApplication::translate("AuditView", "Insert");
    case AuditEntry::Action::Update:
        return QCoreApplication::translate("AuditView", "Update");
    case AuditEntry::Action::Delete:
        return QCoreApplication::translate("AuditView", "Delete");
    case AuditEntry::Action::Backup:
        return QCoreApplication::translate("AuditView", "Backup");
    case AuditEntry::Action::Restore:
        return QCoreApplication::translate("AuditView", "Restore");
    case AuditEntry::Action::Login:
        return QCoreApplication::translate("AuditView", "Login");
    case AuditEntry::Action::LoginFailed:
        return QCoreApplication::translate("AuditView", "Failed login");
    case AuditEntry::Action::Logout:
        return QCoreApplication::translate("AuditView", "Logout");
    case AuditEntry::Action::Export:
        return QCoreApplication::translate("AuditView", "Export");
    case AuditEntry::Action::Print:
        return QCoreApplication::translate("AuditView", "Print");
    case AuditEntry::Action::Unmask:
        return QCoreApplication::translate("AuditView", "Unmask");
    }
    return {};
}

QList<AuditEntry::Action> allActions()
{
    using A = AuditEntry::Action;
    return {A::Insert,      A::Update, A::Delete, A::Backup, A::Restore, A::Login,
            A::LoginFailed, A::Logout, A::Export, A::Print,  A::Unmask};
}

namespace {
struct TableName
{
    const char *table;
    const char *label;
};
const TableName kTables[] = {
    {"officer", QT_TRANSLATE_NOOP("AuditView", "Officer")},
    {"certificate", QT_TRANSLATE_NOOP("AuditView", "Certificate")},
    {"training", QT_TRANSLATE_NOOP("AuditView", "Training")},
    {"assessment", QT_TRANSLATE_NOOP("AuditView", "Assessment")},
    {"agency", QT_TRANSLATE_NOOP("AuditView", "Agency")},
    {"enforcement_case", QT_TRANSLATE_NOOP("AuditView", "Case")},
    {"file_review", QT_TRANSLATE_NOOP("AuditView", "Case-file review")},
    {"review_activity", QT_TRANSLATE_NOOP("AuditView", "Review activity")},
    {"review_expert", QT_TRANSLATE_NOOP("AuditView", "Review expert")},
    {"review_sheet", QT_TRANSLATE_NOOP("AuditView", "Review sheet")},
    {"supervision_activity", QT_TRANSLATE_NOOP("AuditView", "Supervision activity")},
    {"finding", QT_TRANSLATE_NOOP("AuditView", "Finding")},
    {"rectification_task", QT_TRANSLATE_NOOP("AuditView", "Rectification task")},
    {"task_event", QT_TRANSLATE_NOOP("AuditView", "Task event")},
    {"task_progress", QT_TRANSLATE_NOOP("AuditView", "Task progress")},
    {"supervision_document", QT_TRANSLATE_NOOP("AuditView", "Supervision document")},
    {"annual_report_final", QT_TRANSLATE_NOOP("AuditView", "Finalised annual report")},
    {"calendar_day", QT_TRANSLATE_NOOP("AuditView", "Calendar day")},
    {"calendar_year", QT_TRANSLATE_NOOP("AuditView", "Calendar year")},
    {"setting", QT_TRANSLATE_NOOP("AuditView", "Setting")},
    {"user_account", QT_TRANSLATE_NOOP("AuditView", "User account")},
    {"database", QT_TRANSLATE_NOOP("AuditView", "Database file")},
};
} // namespace

QString tableLabel(const QString &table)
{
    for (const TableName &t : kTables)
        if (table == QLatin1String(t.table))
            return QCoreApplication::translate("AuditView", t.label);
    return table;
}

QStringList knownTables()
{
    QStringList out;
    for (const TableName &t : kTables)
        out << QLatin1String(t.table);
    return out;
}

QString maskKey(const QString &key)
{
    // An identity number standing alone or between separators (officer|2024-05-01|...).
    static const QRegularExpression id(
        QStringLiteral("(?<![0-9A-Za-z])([0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9A-Za-z])"));
    QString out = key;
    qsizetype offset = 0;
    auto it = id.globalMatch(key);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString masked = Identity::maskIdNumber(m.captured(1));
        out.replace(m.capturedStart(1) + offset, m.capturedLength(1), masked);
        offset += masked.size() - m.capturedLength(1);
    }
    return out;
}

QJsonObject maskJson(const QJsonObject &object)
{
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        out.insert(it.key(), maskValue(it.key(), it.value()));
    return out;
}

QList<FieldChange> fieldChanges(const AuditEntry &entry)
{
    const QJsonObject before = maskJson(entry.before);
    const QJsonObject after = maskJson(entry.after);
    QStringList fields = before.keys();
    for (const QString &k : after.keys())
        if (!before.contains(k))
            fields << k;
    fields.sort();
    QList<FieldChange> out;
    const bool update = entry.action == AuditEntry::Action::Update;
    for (const QString &k : std::as_const(fields)) {
        const QJsonValue b = before.value(k);
        const QJsonValue a = after.value(k);
        if (update && b == a)
            continue; // an update shows what changed
        out.append({k, jsonText(b), jsonText(a)});
    }
    return out;
}

QJsonObject filterJson(const AuditFilter &f)
{
    QJsonObject o;
    if (!f.actor.isEmpty())
        o.insert(QStringLiteral("actor"), f.actor);
    if (!f.table.isEmpty())
        o.insert(QStringLiteral("table"), f.table);
    if (!f.recordKey.isEmpty())
        o.insert(QStringLiteral("record_key"), f.recordKey);
    if (f.action)
        o.insert(QStringLiteral("action"), AuditTrail::actionCode(*f.action));
    if (f.from.isValid())
        o.insert(QStringLiteral("from"), f.from.toUTC().toString(Qt::ISODate));
    if (f.to.isValid())
        o.insert(QStringLiteral("to"), f.to.toUTC().toString(Qt::ISODate));
    return o;
}

Result<qint64> exportCsv(Database &db, const AuditFilter &filter, const QString &path,
                         const std::function<bool(qint64)> &progress)
{
    const auto ioFail = [&](const QString &why) {
        return Error{Error::Code::Io,
                     QCoreApplication::translate("Io", "The file cannot be written: %1.").arg(why),
                     path};
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return ioFail(file.errorString());
    QByteArray chunk("\xEF\xBB\xBF");
    appendCsvRecord(chunk, {QCoreApplication::translate("AuditView", "Id"),
                            QCoreApplication::translate("AuditView", "Time (UTC)"),
                            QCoreApplication::translate("AuditView", "User"),
                            QCoreApplication::translate("AuditView", "Action"),
                            QCoreApplication::translate("AuditView", "Kind of record"),
                            QCoreApplication::translate("AuditView", "Record"),
                            QCoreApplication::translate("AuditView", "Before"),
                            QCoreApplication::translate("AuditView", "After")});
    AuditTrail trail(db);
    qint64 rows = 0;
    qint64 beforeId = 0;
    constexpr int kPage = 2000;
    for (;;) {
        auto page = trail.search(filter, kPage, beforeId);
        if (!page)
            return page.error();
        for (const AuditEntry &e : std::as_const(page.value()))
            appendCsvRecord(chunk, {QString::number(e.id), e.at.toUTC().toString(Qt::ISODateWithMs),
                                    e.actor, actionLabel(e.action), tableLabel(e.table),
                                    maskKey(e.recordKey), compactJson(maskJson(e.before)),
                                    compactJson(maskJson(e.after))});
        if (file.write(chunk) != chunk.size())
            return ioFail(file.errorString());
        chunk.clear();
        rows += page->size();
        if (progress && !progress(rows)) {
            file.cancelWriting();
            return Error{Error::Code::Usage,
                         QCoreApplication::translate("AuditView", "The export was cancelled."),
                         path};
        }
        if (page->size() < kPage)
            break;
        beforeId = page->constLast().id;
    }
    if (!file.commit())
        return ioFail(file.errorString());
    QJsonObject details{{QStringLiteral("file"), QFileInfo(path).fileName()},
                        {QStringLiteral("rows"), rows},
                        {QStringLiteral("format"), QStringLiteral("csv")}};
    const QJsonObject f = filterJson(filter);
    if (!f.isEmpty())
        details.insert(QStringLiteral("filter"), f);
    if (auto r = AuditTrail(db).recordOutput(AuditEntry::Action::Export,
                                             QStringLiteral("audit_log"), details);
        !r)
        return r.error();
    return rows;
}

} // namespace AuditView

} // namespace Jiandu
