#pragma once

#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

// A problem shown under the field it concerns: a small red label, hidden while empty.
namespace Jiandu::Ui::FieldProblem {

inline QLabel *label(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #c62828;"));
    l->hide();
    return l;
}

inline void show(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

inline void clear(QLabel *label)
{
    show(label, QString());
}

// The field with its problem label under it, as one widget for a form row.
inline QWidget *wrap(QWidget *field, QLabel *problem)
{
    auto *box = new QWidget(field->parentWidget());
    // Only as tall as the field and its message: a form must not hand it spare height.
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problem);
    return box;
}

} // namespace Jiandu::Ui::FieldProblem
