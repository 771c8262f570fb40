#pragma once

#include <QWidget>

namespace Jiandu::Ui {

class AppContext;

// 设置: language, office name (issuing unit), warning thresholds.
class SettingsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(AppContext &context, QWidget *parent = nullptr);

Q_SIGNALS:
    // The user chose another UI language (zh_CN, en); the main window retranslates.
    void languageChanged(const QString &language);

private:
    AppContext &m_context;
};

} // namespace Jiandu::Ui
