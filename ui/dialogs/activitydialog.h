#pragma once

#include "domain/supervisiontypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Jiandu::Ui {

class AppContext;
class OptionalDateEdit;

// A supervision activity (监督活动), new or edited: name (unique), kind, supervising unit,
// dates, the source date (the year month-only deadlines such as "12月底" belong to) and the
// bodies it targets. Saved through ActivityRepository; a problem is shown under its field.
class ActivityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityDialog)

public:
    // activityId 0: a new activity.
    ActivityDialog(AppContext &context, qint64 activityId, QWidget *parent = nullptr);

    [[nodiscard]] qint64 activityId() const { return m_activity.id; }
    [[nodiscard]] SupervisionActivity collect() const;
    bool save();
    void accept() override;

private:
    void load();

    AppContext &m_context;
    SupervisionActivity m_activity;
    QLineEdit *m_name;
    QLabel *m_nameProblem;
    QComboBox *m_kind;
    QLineEdit *m_unit;
    OptionalDateEdit *m_startedOn;
    OptionalDateEdit *m_endedOn;
    OptionalDateEdit *m_sourceDate;
    QListWidget *m_targets;
    QPlainTextEdit *m_note;
    QLabel *m_saveProblem;
};

} // namespace Jiandu::Ui
