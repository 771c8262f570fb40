#include "dashboardpage.h"

#include "appcontext.h"

namespace Jiandu::Ui {

DashboardPage::DashboardPage(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context) {}

void DashboardPage::refresh() {}

} // namespace Jiandu::Ui
