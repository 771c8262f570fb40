#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace Jiandu::Ui {

// A date that may be absent (an unknown issue date, a certificate that never expires):
// a check box that enables a date edit. date() is invalid when unchecked.
class OptionalDateEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionalDateEdit)

public:
    // `presentText` labels the check box, e.g. "Expires on".
    OptionalDateEdit(const QString &presentText, QWidget *parent = nullptr);

    [[nodiscard]] QDate date() const;
    // An invalid date unchecks the box (the date edit keeps `fallback` for when it is checked).
    void setDate(const QDate &date, const QDate &fallback = QDate::currentDate());
    [[nodiscard]] QCheckBox *checkBox() const { return m_check; }
    [[nodiscard]] QDateEdit *dateEdit() const { return m_edit; }

Q_SIGNALS:
    void dateChanged();

private:
    QCheckBox *m_check;
    QDateEdit *m_edit;
};

} // namespace Jiandu::Ui
