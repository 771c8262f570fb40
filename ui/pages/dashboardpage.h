#pragma once

#include <QWidget>

namespace Jiandu::Ui {

class AppContext;

// 工作台: the warnings (预警) grouped by rule with counts; double-click opens the record.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(AppContext &context, QWidget *parent = nullptr);

public Q_SLOTS:
    void refresh();

private:
    AppContext &m_context;
};

} // namespace Jiandu::Ui
