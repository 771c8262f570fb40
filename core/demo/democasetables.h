#pragma once

// Constant tables of the demo's enforcement cases: what each agency of a county handles,
// its case-number abbreviation, the violations of its field, and the parties. Parties'
// names are generated from word lists: they are not real companies or people.

#include "domain/vocabulary.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace Jiandu::Demo::CaseTables {

struct KindWeight
{
    CaseKind kind;
    int weight;
};

// One agency's cases; `index` matches Tables::agencies().
struct AgencyCases
{
    const char *code;                // 案号 abbreviation: 清河 + 市监 + 罚〔2024〕12号
    int weight;                      // share of the county's cases, out of 200
    QList<KindWeight> kinds;
    QList<const char *> violations;  // 案由 of penalties and coercion: "<party><violation>案"
    QList<const char *> inspections; // 行政检查: "对<party>的<inspection>"
    QList<const char *> licences;    // 行政许可: "<party><licence>申请"
    QList<const char *> industries;  // company name parts: 江州鑫源<industry>有限公司
    QList<const char *> shops;       // small businesses: 清河县鑫源<shop>
};
const QList<AgencyCases> &agencyCases();
int totalWeight();

// The character of a case kind in case numbers (罚, 许, 强, 检 …).
QString kindChar(CaseKind kind);

// A 2-character trade name (字号) such as 鑫源, 恒达.
QString brand(QRandomGenerator &rng);

// Picks from a table of UTF-8 literals.
QString pick(QRandomGenerator &rng, const QList<const char *> &table);

// A value drawn from (value, weight) pairs.
template<typename T>
T weighted(QRandomGenerator &rng, const QList<std::pair<T, int>> &table)
{
    int total = 0;
    for (const auto &[value, weight] : table)
        total += weight;
    int r = static_cast<int>(rng.bounded(total));
    for (const auto &[value, weight] : table) {
        if (r < weight)
            return value;
        r -= weight;
    }
    return table.constLast().first;
}

// An opinion a participant gives in a collective discussion.
QString opinion(QRandomGenerator &rng);

} // namespace Jiandu::Demo::CaseTables
