#include "backgroundtask.h"

#include "storage/database.h"

#include <QSqlDatabase>

namespace Jiandu::Ui {

namespace {

// Closes and removes the calling thread's connection, if the work opened one.
void releaseThreadConnection(Database &db)
{
    QString name;
    {
        QSqlDatabase connection = db.connection();
        name = connection.connectionName();
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

BackgroundTask::BackgroundTask(Database &db, QObject *parent) : QObject(parent), m_db(db) {}

BackgroundTask::~BackgroundTask()
{
    cancel();
    wait();
}

void BackgroundTask::wait()
{
    if (m_thread)
        m_thread->wait();
}

bool BackgroundTask::startThread(std::function<void()> work, std::function<void()> done)
{
    if (isRunning())
        return false;
    m_cancelled.store(false);
    Database &db = m_db;
    QThread *thread = QThread::create([&db, work = std::move(work)] {
        work();
        releaseThreadConnection(db);
    });
    m_thread = thread;
    m_running = true;
    // `finished` is emitted on the worker thread; the lambda is queued to this object's
    // thread and dropped with this object. The thread object deletes itself afterwards.
    connect(thread, &QThread::finished, this, [this, done = std::move(done)] {
        m_running = false; // before done(), which may start the next task
        done();
        Q_EMIT finished();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return true;
}

} // namespace Jiandu::Ui
