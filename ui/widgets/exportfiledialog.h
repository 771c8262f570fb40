#pragma once

#include <QString>

class QWidget;

namespace Jiandu::Ui {

// Asks where to export a table: XLSX, CSV or JSON, in the folder used last (remembered in
// QSettings). A name typed without a known suffix gets the one of the chosen filter.
// Returns an empty string when the user cancels.
QString askExportPath(QWidget *parent, const QString &title, const QString &baseName);

// Asks where to save one file of a fixed format (`suffix` without the dot, `filter` as for
// QFileDialog), in the same remembered folder; the suffix is added when missing.
QString askSavePath(QWidget *parent, const QString &title, const QString &baseName,
                    const QString &suffix, const QString &filter);

} // namespace Jiandu::Ui
