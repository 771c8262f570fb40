#pragma once

#include <QWidget>

class QLabel;

namespace Jiandu::Ui {

// A page of a capability not built yet (执法案件, 监督与整改…): its title and a plain
// description of what it will hold. No buttons, so nothing pretends to work.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString description() const;
    void setTexts(const QString &title, const QString &description);

private:
    QLabel *m_title;
    QLabel *m_description;
};

} // namespace Jiandu::Ui
