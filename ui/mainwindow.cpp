#include "mainwindow.h"
namespace Jiandu::Ui {
MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}
} // namespace Jiandu::Ui
