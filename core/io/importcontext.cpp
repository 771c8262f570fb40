#include "importcontext.h"

#include "domain/identity.h"
#include "storage/officerrepository.h"
#include "util/parsing.h"

#include <QCoreApplication>

namespace Jiandu::Io {

bool ImportContext::checkDuplicate(QHash<QString, int> &seen, const QString &naturalKey, int row,
                                   const QString &column)
{
    const auto it = seen.constFind(naturalKey);
    if (it == seen.constEnd()) {
        seen.insert(naturalKey, row);
        return true;
    }
    error(row, column,
          QCoreApplication::translate("Io", "duplicate: the same record is already on line %1")
              .arg(line(it.value())));
    return false;
}

namespace Check {


bool required(ImportContext &ctx, int row, const QString &key, QString &out)
{
    out = ctx.value(row, key);
    if (out.isEmpty()) {
        ctx.error(row, key, QCoreApplication::translate("Io", "a value is required"));
        return false;
    }
    return true;
}

bool date(ImportContext &ctx, int row, const QString &key, bool required, QDate &out)
{
    const QString v = ctx.value(row, key);
    out = QDate();
    if (v.isEmpty()) {
        if (required)
            ctx.error(row, key, QCoreApplication::translate("Io", "a date is required"));
        return !required;
    }
    out = Parse::date(v);
    if (!out.isValid())
        ctx.error(row, key,
                  QCoreApplication::translate("Io", "\"%1\" is not a date; write it as 2024-03-05, 2024/3/5, 2024.3.5 or 2024年3月5日").arg(v));
    return out.isValid();
}

bool yesNo(ImportContext &ctx, int row, const QString &key, bool &out)
{
    const QString v = ctx.value(row, key);
    const auto parsed = Parse::yesNo(v);
    out = parsed.value_or(false);
    if (!parsed)
        ctx.error(row, key, QCoreApplication::translate("Io", "\"%1\" is not yes or no; write 是 or 否").arg(v));
    return parsed.has_value();
}

} // namespace Check

bool OfficerResolver::load(ImportContext &ctx)
{
    OfficerRepository repo(ctx.db);
    auto byId = repo.idsByIdNumber();
    auto byCert = repo.officerIdsByCertNumber();
    if (!byId || !byCert) {
        ctx.report.problems.append({ctx.file, 0, QString(), (byId ? byCert.error() : byId.error()).toString()});
        return false;
    }
    m_byIdNumber = std::move(byId.value());
    m_byCert = std::move(byCert.value());
    return true;
}

qint64 OfficerResolver::resolve(ImportContext &ctx, int row)
{
    const QString idKey = QStringLiteral("id_number");
    const QString certKey = QStringLiteral("cert_no");
    const QString idText = ctx.value(row, idKey);
    const QString cert = ctx.value(row, certKey);
    // A masked number (from a masked export) cannot identify anyone: use the certificate.
    const bool idUsable = !idText.isEmpty() && !idText.contains(u'*');
    if (!idUsable && cert.isEmpty()) {
        ctx.error(row, idKey,
                  idText.isEmpty() ? QCoreApplication::translate("Io", "give the officer's 身份证号 or 执法证号")
                                   : QCoreApplication::translate("Io", "a masked 身份证号 cannot identify the officer; give the "
                                               "执法证号 or export with --unmasked"));
        return 0;
    }
    qint64 byId = 0;
    if (idUsable) {
        const QString id = Identity::normaliseIdNumber(idText);
        if (const QString problem = Identity::validateIdNumber(id); !problem.isEmpty()) {
            ctx.error(row, idKey, problem);
            return 0;
        }
        byId = m_byIdNumber.value(id);
        if (byId == 0 && cert.isEmpty()) {
            ctx.error(row, idKey, QCoreApplication::translate("Io", "no officer has the identity-card number %1; import the "
                                            "officers first").arg(Identity::maskIdNumber(id)));
            return 0;
        }
    }
    if (cert.isEmpty())
        return byId;
    const qint64 byCert = m_byCert.value(cert);
    if (byCert == 0 && byId == 0) {
        ctx.error(row, certKey, QCoreApplication::translate("Io", "no officer holds the certificate %1").arg(cert));
        return 0;
    }
    if (byId != 0 && byCert != 0 && byId != byCert) {
        ctx.error(row, certKey, QCoreApplication::translate("Io", "the certificate %1 belongs to another officer than the "
                                          "identity-card number").arg(cert));
        return 0;
    }
    return byId != 0 ? byId : byCert;
}

} // namespace Jiandu::Io
