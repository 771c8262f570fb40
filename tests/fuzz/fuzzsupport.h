#pragma once

// What the fuzz targets share: a check that aborts (so libFuzzer and the replay driver both
// report it), and a reader that takes small numbers from the front of an input and the rest
// as bytes or text.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Fuzz {

[[noreturn]] inline void fail(const char *what, const QString &detail, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: check failed: %s\n", file, line, what);
    if (!detail.isEmpty())
        std::fprintf(stderr, "  %s\n", detail.toUtf8().constData());
    std::abort();
}

class Input
{
public:
    Input(const uint8_t *data, size_t size)
        : m_data(reinterpret_cast<const char *>(data)), m_size(size)
    {
    }

    // The next byte; 0 once the input is used up.
    uint8_t byte() { return m_pos < m_size ? uint8_t(m_data[m_pos++]) : 0; }
    uint16_t u16()
    {
        const uint16_t hi = byte();
        return uint16_t(hi << 8 | byte());
    }
    [[nodiscard]] bool atEnd() const { return m_pos >= m_size; }
    // Up to `n` bytes.
    QByteArray take(size_t n)
    {
        n = n < m_size - m_pos ? n : m_size - m_pos;
        QByteArray out(m_data + m_pos, qsizetype(n));
        m_pos += n;
        return out;
    }
    QByteArray rest() { return take(m_size - m_pos); }
    // The rest as UTF-8 (invalid sequences become U+FFFD).
    QString restText() { return QString::fromUtf8(rest()); }

private:
    const char *m_data;
    size_t m_size;
    size_t m_pos = 0;
};

} // namespace Fuzz

#define FUZZ_CHECK(cond) FUZZ_CHECK_MSG(cond, QString())
#define FUZZ_CHECK_MSG(cond, detail)                                                             \
    do {                                                                                         \
        if (!(cond))                                                                             \
            ::Fuzz::fail(#cond, (detail), __FILE__, __LINE__);                                   \
    } while (false)
