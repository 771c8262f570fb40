#pragma once

// Understanding the deadline of a rectification task as offices write it (DOMAIN.md §4,
// spec/import-templates.md "tasks"): "12月底", "9月底前", "2024年6月底前", "2022年6月底前完成并
// 持续开展", "长期坚持", "持续推进", "按照市级有关部门部署推进", "第三季度", "6月30日前"…
// The text is always kept as written; this only says what it means. Nothing is guessed: a
// text that cannot be read is reported as not understood, and a person sets the date.

#include <QDate>
#include <QString>

#include <optional>

namespace Jiandu::DeadlinePhrase {

struct Meaning
{
    std::optional<QDate> date; // the last day the task may be done on
    bool openEnded = false;    // a continuing commitment (长期坚持, 持续开展, 并持续推进…)
    bool understood = false;   // false: flag for a person; date and openEnded are then empty
    bool operator==(const Meaning &) const = default;
};

// `sourceDate` is the date of the source document (来源日期): a deadline without a year is the
// first such date on or after it. Without a source date, a deadline without a year is not
// understood.
Meaning parse(const QString &text, const QDate &sourceDate);

} // namespace Jiandu::DeadlinePhrase
