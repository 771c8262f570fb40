#include "progressjob.h"

#include "backgroundtask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace Jiandu::Ui {

namespace {
struct Shared
{
    std::atomic_int done = 0;
    std::atomic_int total = 0;
    std::atomic_bool cancelled = false;
};
} // namespace

Result<int> runWithProgress(Database &db, QWidget *parent, const QString &label,
                            std::function<Result<int>(const ProgressCallback &)> work)
{
    auto shared = std::make_shared<Shared>();
    QProgressDialog dialog(label, QCoreApplication::translate("Jiandu::Ui::Progress", "Cancel"),
                           0, 0, parent);
    dialog.setObjectName(QStringLiteral("progressDialog"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog,
                     [shared] { shared->cancelled.store(true); });
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&dialog, shared] {
        if (dialog.wasCanceled()) // cancel() as a slot does not emit canceled()
            shared->cancelled.store(true);
        const int total = shared->total.load();
        if (total > 0 && dialog.maximum() != total)
            dialog.setMaximum(total);
        if (total > 0)
            dialog.setValue(std::min(shared->done.load(), total));
    });

    std::optional<Result<int>> outcome;
    QEventLoop loop;
    BackgroundTask task(db);
    const ProgressCallback progress = [shared](int done, int total) {
        shared->done.store(done);
        shared->total.store(total);
        return !shared->cancelled.load();
    };
    task.start<Result<int>>([work = std::move(work), progress] { return work(progress); },
                            [&outcome, &loop](Result<int> r) {
                                outcome = std::move(r);
                                loop.quit();
                            });
    poll.start();
    if (!outcome) // the work may already be back
        loop.exec();
    poll.stop();
    dialog.reset();
    return outcome ? *outcome
                   : Result<int>(Error{Error::Code::Usage,
                                       QCoreApplication::translate("Jiandu::Ui::Progress",
                                                                   "cancelled"),
                                       {}});
}

} // namespace Jiandu::Ui
