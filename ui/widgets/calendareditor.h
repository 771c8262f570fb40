#pragma once

#include "util/result.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Jiandu::Ui {

class AppContext;

// The working-day calendar in Settings (DOMAIN.md §6): pick a year, see its listed days
// (shipped ones read-only, the user's editable), add or remove a holiday or make-up working
// day, and mark a year complete with the notice it comes from. Years without data are marked
// as such. Every change is written at once through CalendarRepository (audited).
class CalendarEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarEditor)

public:
    explicit CalendarEditor(AppContext &context, QWidget *parent = nullptr);

    void setYear(int year);
    [[nodiscard]] int year() const;

public Q_SLOTS:
    void refresh();
    bool addDay();          // the day of the date edit, kind and name fields
    bool removeSelectedDay();
    bool markComplete();    // with the notice field
    bool markIncomplete();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateButtons();
    bool finish(const VoidResult &result); // reports, refreshes; false on error

    AppContext &m_context;
    QSpinBox *m_year = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_days = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLineEdit *m_notice = nullptr;
    QPushButton *m_complete = nullptr;
    QPushButton *m_incomplete = nullptr;
    QLabel *m_message = nullptr;
    bool m_hasData = false;
    bool m_userYear = false;
};

} // namespace Jiandu::Ui
