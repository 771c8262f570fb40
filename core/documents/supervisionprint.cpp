#include "supervisionprint.h"

#include "storage/activityrepository.h"
#include "storage/agencyrepository.h"
#include "storage/database.h"
#include "storage/documentrepository.h"

#include <QCoreApplication>

namespace Jiandu::Documents {

namespace {

constexpr int kFetchRows = 500;

QString chineseDate(const QDate &d)
{
    return d.isValid() ? QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day())
                       : QString();
}

QString deadlineText(const TaskDeadline &deadline)
{
    if (!deadline.text.trimmed().isEmpty())
        return deadline.text.trimmed(); // as written
    return deadline.date ? chineseDate(*deadline.date) : QString();
}

// "专项监督活动名称　责任单位：清河县市场监督管理局"
Result<QString> subtitleOf(Database &db, const TaskQuery &query)
{
    QStringList parts;
    if (query.activityId) {
        auto activity = ActivityRepository(db).find(*query.activityId);
        if (!activity)
            return activity.error();
        if (activity.value())
            parts << activity.value()->name;
    }
    if (query.agencyId) {
        auto agency = AgencyRepository(db).find(*query.agencyId);
        if (!agency)
            return agency.error();
        if (agency.value())
            parts << QStringLiteral("责任单位：") + agency.value()->name;
    }
    if (!query.unit.trimmed().isEmpty())
        parts << QStringLiteral("责任单位：") + query.unit.trimmed();
    return parts.join(QStringLiteral("　"));
}

QString unitsOf(const RectificationTask &task)
{
    QStringList names;
    if (task.leadUnit && !task.leadUnit->name.trimmed().isEmpty())
        names << task.leadUnit->name.trimmed();
    for (const TaskUnit &u : task.responsibleUnits)
        if (!u.name.trimmed().isEmpty() && !names.contains(u.name.trimmed()))
            names << u.name.trimmed();
    return names.join(QStringLiteral("、"));
}

} // namespace

QString completionText(const TaskRow &row)
{
    QString text = Vocab::zh(row.status);
    switch (row.status) {
    case TaskStatus::SignedOff:
        if (row.closedOn.isValid())
            text += QStringLiteral("（%1）").arg(chineseDate(row.closedOn));
        break;
    case TaskStatus::Completed:
        if (row.completedOn.isValid())
            text += QStringLiteral("（%1）").arg(chineseDate(row.completedOn));
        break;
    case TaskStatus::InProgress:
        if (row.percent)
            text += QStringLiteral(" %1%").arg(*row.percent);
        break;
    case TaskStatus::NotStarted:
        break;
    }
    if (row.overdue)
        text += QStringLiteral("（逾期）");
    return text;
}

Result<LedgerData> ledgerData(Database &db, const TaskQuery &query, const QString &title,
                              const QString &issuingUnit, const QDate &printDate)
{
    LedgerData data;
    data.title = title.trimmed().isEmpty() ? QStringLiteral("整改台账") : title.trimmed();
    data.issuingUnit = issuingUnit;
    data.printDate = printDate;
    auto subtitle = subtitleOf(db, query);
    if (!subtitle)
        return subtitle.error();
    data.subtitle = subtitle.value();

    const TaskRepository tasks(db);
    for (int offset = 0;; offset += kFetchRows) {
        auto page = tasks.list(query, offset, kFetchRows);
        if (!page)
            return page.error();
        for (const TaskRow &t : page.value())
            data.rows << LedgerRow{t.seq,      t.problem,          t.measures,
                                   t.leadUnit, t.responsibleUnits, deadlineText(t.deadline),
                                   t.progress, completionText(t),  t.remark};
        if (page->size() < kFetchRows)
            break;
    }
    return data;
}

Result<OfficialDocumentData> officialDocumentData(Database &db, const SupervisionDocument &doc)
{
    const DocumentSettings settings = DocumentSettings::load(db);
    OfficialDocumentData data;
    data.authorityMark = settings.issuer;
    data.number = doc.status == DocumentStatus::Draft ? QString() : doc.number;
    data.title = doc.title;
    data.recipient = doc.recipient;
    data.body = doc.body;
    data.issuer = doc.issuer.trimmed().isEmpty() ? settings.issuer : doc.issuer;
    data.date = doc.issuedOn.isValid() ? doc.issuedOn : doc.draftedOn;
    if (doc.taskIds.isEmpty())
        return data;

    AttachmentTable table;
    table.title = QStringLiteral("整改任务清单");
    table.headers =
        QStringList{QStringLiteral("序号"), QStringLiteral("存在问题"), QStringLiteral("整改措施"),
                    QStringLiteral("责任单位"), QStringLiteral("整改时限")};
    const TaskRepository tasks(db);
    for (qsizetype i = 0; i < doc.taskIds.size(); ++i) {
        auto task = tasks.find(doc.taskIds.at(i));
        if (!task)
            return task.error();
        if (!task.value())
            return Error{
                Error::Code::NotFound,
                QCoreApplication::translate("SupervisionPrint",
                                            "A task attached to the document no longer exists."),
                QString::number(doc.taskIds.at(i))};
        const RectificationTask &t = *task.value();
        table.rows << QStringList{QString::number(i + 1), t.problem, t.measures, unitsOf(t),
                                  deadlineText(t.deadline)};
    }
    data.attachments << table;
    return data;
}

} // namespace Jiandu::Documents
