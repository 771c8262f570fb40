#pragma once

#include "util/result.h"

#include <QStringList>

class QWidget;

namespace Jiandu::Ui {

// At start-up, when another Jiandu window (on this PC or another one) holds the database
// (DatabaseLock): says who and since when, and offers to open it read-only or to quit.
// Returns true for read-only.
bool askOpenReadOnly(const Error &lockError, QWidget *parent = nullptr);

// The warnings of Database::open (network share, another window holding the file), shown
// once after the database is open. Nothing is shown when there are none.
void showOpenWarnings(const QStringList &warnings, QWidget *parent = nullptr);

} // namespace Jiandu::Ui
