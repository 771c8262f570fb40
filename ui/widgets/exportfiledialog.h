#pragma once

#include <QString>

class QWidget;

namespace Jiandu::Ui {

// Asks where to export a table: XLSX, CSV or JSON, in the folder used last (remembered in
// QSettings). A name typed without a known suffix gets the one of the chosen filter.
// Returns an empty string when the user cancels.
QString askExportPath(QWidget *parent, const QString &title, const QString &baseName);

} // namespace Jiandu::Ui
