#pragma once

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Jiandu {
class Database;
}

namespace Jiandu::Ui {

// Runs one piece of work off the GUI thread and hands its result back on the GUI thread.
//
// The database gives each thread its own connection (Database::connection()); connections
// are named after the thread object, so the work's connection is closed and removed on the
// worker thread before it ends — a later thread at the same address would otherwise find a
// connection that belongs to a dead thread.
//
// The owner keeps the BackgroundTask as a member: its destructor asks the work to stop
// (isCancelled()) and waits for it, so the work never outlives the page or the Database.
class BackgroundTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundTask)

public:
    explicit BackgroundTask(Database &db, QObject *parent = nullptr);
    ~BackgroundTask() override;

    // Starts `work` on a new thread; `done` runs on this object's thread with its result,
    // unless this object was destroyed first. Returns false when a task is still running.
    template <typename T> bool start(std::function<T()> work, std::function<void(T)> done)
    {
        auto result = std::make_shared<std::optional<T>>();
        return startThread([result, work = std::move(work)] { *result = work(); },
                           [result, done = std::move(done)] {
                               if (*result)
                                   done(std::move(**result));
                           });
    }

    [[nodiscard]] bool isRunning() const { return m_running; }
    // Set by cancel() and the destructor; the work polls it (progress callbacks).
    [[nodiscard]] bool isCancelled() const { return m_cancelled.load(); }
    void cancel() { m_cancelled.store(true); }
    // Blocks until the running work, if any, has ended (tests, shutdown).
    void wait();

Q_SIGNALS:
    void finished();

private:
    bool startThread(std::function<void()> work, std::function<void()> done);

    Database &m_db;
    QPointer<QThread> m_thread;
    std::atomic_bool m_cancelled = false;
    bool m_running = false;
};

} // namespace Jiandu::Ui
