#include "agencytreemodel.h"

#include "storage/agencyrepository.h"
#include "storage/officerrepository.h"

#include <QHash>
#include <QIcon>
#include <QMap>

namespace Jiandu::Ui {

namespace {

struct Node
{
    QStandardItem *item = nullptr;
    QVariantList ids;
    int count = 0;
};

void setLabel(QStandardItem *item, const QString &name, int count)
{
    item->setText(AgencyTreeModel::tr("%1 (%2)").arg(name).arg(count));
    item->setData(count, AgencyTreeModel::CountRole);
    item->setToolTip(name);
}

// Builds the subtree of `agency` below `parent`; returns its ids and officer count.
Node addAgency(QStandardItem *parent, const Agency &agency,
               const QMultiHash<qint64, const Agency *> &children, const QHash<qint64, int> &counts,
               int depth)
{
    Node node;
    node.item = new QStandardItem(QIcon(QStringLiteral(":/icons/agency.svg")), agency.name);
    node.item->setEditable(false);
    node.item->setData(agency.id, AgencyTreeModel::AgencyIdRole);
    parent->appendRow(node.item);
    node.ids.append(agency.id);
    node.count = counts.value(agency.id);
    // Depth guard: a parent cycle written by an import must not hang the window.
    if (depth < 16) {
        QList<const Agency *> kids = children.values(agency.id);
        std::sort(kids.begin(), kids.end(), [](auto *a, auto *b) { return a->name < b->name; });
        for (const Agency *child : kids) {
            Node sub = addAgency(node.item, *child, children, counts, depth + 1);
            node.ids += sub.ids;
            node.count += sub.count;
        }
    }
    node.item->setData(node.ids, AgencyTreeModel::AgencyIdsRole);
    setLabel(node.item, agency.name, node.count);
    return node;
}

} // namespace

AgencyTreeModel::AgencyTreeModel(Database &db, QObject *parent)
    : QStandardItemModel(parent), m_db(db)
{
}

bool AgencyTreeModel::reload()
{
    clear();
    m_lastError.clear();
    auto *all = new QStandardItem(QIcon(QStringLiteral(":/icons/roster.svg")), tr("All"));
    all->setEditable(false);
    all->setData(QVariantList(), AgencyIdsRole);
    appendRow(all);

    auto agencies = AgencyRepository(m_db).all();
    auto counts = OfficerRepository(m_db).countsByAgency();
    if (!agencies || !counts) {
        m_lastError = (!agencies ? agencies.error() : counts.error()).toString();
        return false;
    }
    QMultiHash<qint64, const Agency *> children;
    QMap<QString, QList<const Agency *>> regions; // sorted by region name
    for (const Agency &a : agencies.value()) {
        if (a.parentId && *a.parentId != a.id)
            children.insert(*a.parentId, &a);
        else
            regions[a.parentName.trimmed()].append(&a);
    }
    int total = 0;
    for (auto it = regions.cbegin(); it != regions.cend(); ++it) {
        const QString name = it.key().isEmpty() ? tr("No region") : it.key();
        auto *region = new QStandardItem(QIcon(QStringLiteral(":/icons/region.svg")), name);
        region->setEditable(false);
        appendRow(region);
        QVariantList ids;
        int count = 0;
        for (const Agency *a : it.value()) {
            Node n = addAgency(region, *a, children, counts.value(), 0);
            ids += n.ids;
            count += n.count;
        }
        region->setData(ids, AgencyIdsRole);
        setLabel(region, name, count);
        total += count;
    }
    setLabel(all, tr("All"), total);
    return true;
}

QList<qint64> AgencyTreeModel::agencyIds(const QModelIndex &index)
{
    QList<qint64> out;
    if (!index.isValid())
        return out;
    const QVariantList ids = index.data(AgencyIdsRole).toList();
    out.reserve(ids.size());
    for (const QVariant &v : ids)
        out.append(v.toLongLong());
    return out;
}

QModelIndex AgencyTreeModel::indexOfAgency(qint64 agencyId) const
{
    const QModelIndexList hits =
        match(index(0, 0), AgencyIdRole, agencyId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return hits.isEmpty() ? QModelIndex() : hits.first();
}

} // namespace Jiandu::Ui
