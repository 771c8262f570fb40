#include "columns.h"

#include "util/parsing.h"

#include <QCoreApplication>

namespace Jiandu::Io {

namespace {

ColumnSpec col(const char *zh, const char *key, bool required = false)
{
    return ColumnSpec{QString::fromUtf8(zh), QString::fromLatin1(key), required, {}};
}

ColumnSpec aliased(ColumnSpec spec, std::initializer_list<const char *> aliases)
{
    for (const char *a : aliases)
        spec.aliases << QString::fromUtf8(a);
    return spec;
}
} // namespace

QList<ColumnSpec> columnSpecs(Kind kind)
{
    switch (kind) {
    case Kind::Agencies:
        return {col("名称", "name", true), col("简称", "short_name"), col("类型", "kind", true),
                col("上级", "parent"), col("层级", "level")};
    case Kind::Officers:
        return {col("姓名", "name", true), col("性别", "gender"), col("身份证号", "id_number", true),
                col("执法主体", "agency", true), col("人员类别", "employment", true),
                col("职务", "position"), col("执法类别", "category"), col("执法证号", "cert_no"),
                col("发证机关", "cert_issuer"), col("发证日期", "cert_issued_on"),
                col("有效期至", "cert_expires_on"), col("证件状态", "cert_status"),
                col("法律职业资格", "legal_qualification"), col("法制审核人员", "legal_reviewer"),
                col("在岗状态", "status"), col("联系电话", "phone")};
    case Kind::Trainings:
        return {col("身份证号", "id_number"), col("执法证号", "cert_no"), col("培训日期", "date", true),
                col("培训名称", "title", true), col("培训类别", "kind"), col("学时", "hours"),
                col("时长(分钟)", "minutes"), col("组织单位", "organizer"), col("方式", "mode")};
    case Kind::Assessments:
        return {col("身份证号", "id_number"), col("执法证号", "cert_no"), col("年度", "year", true),
                col("考核结果", "result", true)};
    case Kind::Cases:
        return {col("案号", "case_no", true), col("执法主体", "agency", true), col("案件类型", "kind", true),
                col("案由", "title", true), col("当事人", "party"), col("当事人类型", "party_kind"),
                col("立案日期", "opened_on", true), col("决定日期", "decided_on"), col("结案日期", "closed_on"),
                col("承办人员", "officers"), col("处罚种类", "penalties"), col("处罚裁量", "discretion"),
                col("许可结果", "licence_result"), col("强制类别", "coercion"), col("罚款金额", "fine"),
                col("没收金额", "confiscation"), col("重大执法决定", "major"),
                col("法制审核日期", "legal_review_on"), col("法制审核结论", "legal_review_result"),
                col("公示日期", "published_on"), col("复议结果", "reconsideration"),
                col("诉讼结果", "litigation"), col("移送司法", "transferred")};
    case Kind::Findings:
        return {col("来源", "source", true), col("执法主体", "agency", true),
                col("发现日期", "found_on", true), col("问题", "problem", true), col("类别", "category"),
                col("严重程度", "severity"), col("案号", "case_no")};
    case Kind::Tasks:
        return {col("来源", "source", true), col("来源日期", "source_date"), col("序号", "seq", true),
                col("问题", "problem", true), col("整改措施", "measures"),
                // Plans write 牵头科室/责任科室 (seed 001) and 完成时限 (seed 004).
                aliased(col("牵头单位", "lead_unit"), {"牵头科室", "牵头部门"}),
                aliased(col("责任单位", "responsible_units", true), {"责任科室", "责任部门"}),
                col("责任人", "owner"), aliased(col("整改时限", "deadline", true), {"完成时限", "时限"}), col("进展情况", "progress"), col("状态", "status"),
                col("销号日期", "closed_on")};
    }
    return {};
}

HeaderMap HeaderMap::match(Kind kind, const QStringList &headers, const QString &file,
                           QList<Problem> &problems)
{
    const QList<ColumnSpec> specs = columnSpecs(kind);
    QHash<QString, QString> byName; // normalised header or key -> key
    for (const ColumnSpec &s : specs) {
        byName.insert(Parse::normaliseHeader(s.zh), s.key);
        byName.insert(Parse::normaliseHeader(s.key), s.key);
        for (const QString &alias : s.aliases)
            byName.insert(Parse::normaliseHeader(alias), s.key);
    }
    HeaderMap map;
    for (int c = 0; c < headers.size(); ++c) {
        const QString written = headers.at(c).trimmed();
        if (written.isEmpty())
            continue;
        const QString key = byName.value(Parse::normaliseHeader(written));
        if (key.isEmpty()) {
            problems.append({file, 1, written, QCoreApplication::translate("Io", "unknown column, ignored"), Problem::Severity::Warning});
        } else if (map.m_columns.contains(key)) {
            problems.append({file, 1, written,
                             QCoreApplication::translate("Io", "the column appears twice (also as \"%1\")").arg(map.m_headers.value(key))});
        } else {
            map.m_columns.insert(key, c);
            map.m_headers.insert(key, written);
        }
    }
    for (const ColumnSpec &s : specs) {
        if (!map.has(s.key))
            map.m_headers.insert(s.key, s.zh);
        if (s.required && !map.has(s.key))
            problems.append({file, 1, s.zh, QCoreApplication::translate("Io", "the required column is missing")});
    }
    if ((kind == Kind::Trainings || kind == Kind::Assessments) && !map.has(QStringLiteral("id_number"))
        && !map.has(QStringLiteral("cert_no")))
        problems.append({file, 1, QStringLiteral("身份证号"),
                         QCoreApplication::translate("Io", "the file needs a column 身份证号 or 执法证号 to identify the officer")});
    return map;
}

} // namespace Jiandu::Io
