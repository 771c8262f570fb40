#pragma once

#include <QString>

namespace Jiandu::I18n {

// Loads the application's and Qt's translations for `language` ("zh_CN" default, "en")
// and installs them on the running QCoreApplication. Returns false when the language
// is unknown (English source strings then show).
bool install(const QString &language);

// The languages the application ships: zh_CN, en.
QStringList available();

} // namespace Jiandu::I18n
