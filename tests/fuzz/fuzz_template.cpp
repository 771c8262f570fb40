// Fuzz target: the templates of supervision documents (draftBody in
// storage/documentrepository.h): a kind's template with {activity}, {problems} and {reply}
// filled in from what users typed (the activity's name, the tasks' problems).
// Input: one byte for the kind, two for the reply period, then the activity's name and the
// problems (UTF-8), separated by the byte 0x1E.
// Checks: what users typed lands in the body verbatim, wherever the template puts it, even
// when it looks like a placeholder itself: the body equals the body drafted with stand-in
// values (private-use characters) in which each stand-in is replaced by its value.

#include "fuzzsupport.h"

#include "storage/documentbody.h"

using namespace Jiandu;
using namespace Qt::StringLiterals;

namespace {

constexpr char16_t kActivityMark = 0xF8FF;
constexpr char16_t kFirstProblemMark = 0xE000; // + index, below 0xF8FF

bool hasMarks(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() >= kFirstProblemMark && c.unicode() <= kActivityMark)
            return true;
    return false;
}

QString visible(const QString &s)
{
    QString out;
    for (QChar c : s)
        out += c.unicode() == u'\n' ? u"⏎"_s : QString(c);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input in(data, size);
    const auto kind = DocumentKind(in.byte() % 6);
    const int replyDays = in.u16() % 3651;
    const QList<QByteArray> parts = in.rest().split('\x1e');
    const QString activity = QString::fromUtf8(parts.value(0));
    QStringList problems;
    for (qsizetype i = 1; i < parts.size() && i < 200; ++i)
        problems << QString::fromUtf8(parts.at(i));
    if (hasMarks(activity) || hasMarks(problems.join(QString())))
        return 0;

    const QString body = draftBody(kind, replyDays, activity, problems);

    QStringList marks;
    for (qsizetype i = 0; i < problems.size(); ++i)
        marks << QString(QChar(char16_t(kFirstProblemMark + i)));
    const QString pattern = draftBody(kind, replyDays, QString(QChar(kActivityMark)), marks);
    QString expected;
    for (QChar c : pattern) {
        if (c.unicode() == kActivityMark)
            expected += activity;
        else if (c.unicode() >= kFirstProblemMark && c.unicode() < kActivityMark)
            expected += problems.at(c.unicode() - kFirstProblemMark);
        else
            expected += c;
    }
    FUZZ_CHECK_MSG(body == expected, visible(body) + u"\n  expected: "_s + visible(expected));
    FUZZ_CHECK(pattern.count(QChar(kActivityMark)) >= 1);
    for (const QString &m : std::as_const(marks))
        FUZZ_CHECK(pattern.count(m) == (kind == DocumentKind::Notice ? 0 : 1));
    FUZZ_CHECK(!pattern.contains(u"{activity}"_s) && !pattern.contains(u"{problems}"_s)
               && !pattern.contains(u"{reply}"_s));
    return 0;
}
