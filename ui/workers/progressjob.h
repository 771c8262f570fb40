#pragma once

#include "util/result.h"

#include <QString>

#include <functional>

class QWidget;

namespace Jiandu {
class Database;
}

namespace Jiandu::Ui {

// Reports progress from the worker; returns false once the user has cancelled.
using ProgressCallback = std::function<bool(int done, int total)>;

// Runs `work` (writing a PDF, say) on a worker thread behind a window-modal QProgressDialog
// (object name "progressDialog") and returns its result once it has ended; the window keeps
// painting meanwhile. Cancel makes the callback return false: the document functions then
// stop and leave no file.
Result<int> runWithProgress(Database &db, QWidget *parent, const QString &label,
                            std::function<Result<int>(const ProgressCallback &)> work);

} // namespace Jiandu::Ui
