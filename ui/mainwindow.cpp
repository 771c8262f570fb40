#include "mainwindow.h"

#include "appcontext.h"

namespace Jiandu::Ui {

MainWindow::MainWindow(AppContext &context, QWidget *parent) : QMainWindow(parent), m_context(context) {}

} // namespace Jiandu::Ui
