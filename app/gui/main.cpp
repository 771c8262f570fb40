#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Jiandu::Ui::MainWindow w;
    w.show();
    return QApplication::exec();
}
