#pragma once

#include <QDate>
#include <QDateTime>

namespace Jiandu {

// Everything that depends on "today" asks a Clock, so tests and `--as-of` can pin it.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual QDateTime now() const = 0;
    [[nodiscard]] QDate today() const { return now().toLocalTime().date(); }

    // The process-wide system clock.
    static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still (tests, `--as-of`).
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    explicit FixedClock(QDate day) : m_at(day.startOfDay(Qt::UTC).addSecs(9 * 3600)) {}
    [[nodiscard]] QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }
    void advanceDays(int days) { m_at = m_at.addDays(days); }

private:
    QDateTime m_at;
};

} // namespace Jiandu
