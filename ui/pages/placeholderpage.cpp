#include "placeholderpage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Jiandu::Ui {

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_description(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("placeholderTitle"));
    m_description->setObjectName(QStringLiteral("placeholderText"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_title->setFont(font);
    m_description->setWordWrap(true);
    m_description->setMaximumWidth(640);
    m_description->setMinimumWidth(360);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setStyleSheet(QStringLiteral("color: #455a64;"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    // Centred between stretches, not with an alignment flag: a word-wrapped label given an
    // alignment gets its minimum width and a clipped height.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_description, 4);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
    setTexts(title, description);
}

QString PlaceholderPage::title() const
{
    return m_title->text();
}

QString PlaceholderPage::description() const
{
    return m_description->text();
}

void PlaceholderPage::setTexts(const QString &title, const QString &description)
{
    m_title->setText(title);
    m_description->setText(description);
}

} // namespace Jiandu::Ui
