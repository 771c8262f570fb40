#pragma once

#include "domain/vocabulary.h"

#include <QComboBox>

#include <optional>

namespace Jiandu::Ui::VocabCombo {

// Fills a combo with the translated labels of a vocabulary; the item data is the stored
// code. With `blankText` a first item stands for "not given" / "all".
template <typename E>
void fill(QComboBox *combo, const QString &blankText = {}, bool withBlank = false)
{
    combo->clear();
    if (withBlank)
        combo->addItem(blankText, QString());
    for (E value : Vocab::all<E>())
        combo->addItem(Vocab::label(value), Vocab::code(value));
}

template <typename E> std::optional<E> value(const QComboBox *combo)
{
    return Vocab::fromCode<E>(combo->currentData().toString());
}

template <typename E> void select(QComboBox *combo, std::optional<E> value)
{
    const int i = combo->findData(value ? Vocab::code(*value) : QString());
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace Jiandu::Ui::VocabCombo
