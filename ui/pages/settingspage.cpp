#include "settingspage.h"

#include "appcontext.h"

namespace Jiandu::Ui {

SettingsPage::SettingsPage(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context) {}

} // namespace Jiandu::Ui
