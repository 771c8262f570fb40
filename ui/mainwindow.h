#pragma once

#include <QMainWindow>

namespace Jiandu::Ui {

class AppContext;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);

private:
    AppContext &m_context;
};

} // namespace Jiandu::Ui
