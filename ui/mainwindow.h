#pragma once
#include <QMainWindow>
namespace Jiandu::Ui {
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};
} // namespace Jiandu::Ui
