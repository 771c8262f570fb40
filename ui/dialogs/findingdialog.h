#pragma once

#include "storage/findingrepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Jiandu::Ui {

class AppContext;

// A new finding (存在问题) of a supervision activity: the body, the problem, its category,
// severity and source, saved through FindingRepository.
class FindingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingDialog)

public:
    // `activityId` 0: a finding without an activity.
    FindingDialog(AppContext &context, qint64 activityId, QWidget *parent = nullptr);

    [[nodiscard]] qint64 findingId() const { return m_finding.id; }
    bool save();
    void accept() override;

private:
    AppContext &m_context;
    Finding m_finding;
    QComboBox *m_agency;
    QDateEdit *m_foundOn;
    QPlainTextEdit *m_problem;
    QLabel *m_problemProblem;
    QLineEdit *m_category;
    QComboBox *m_severity;
    QLineEdit *m_source;
    QLabel *m_saveProblem;
};

} // namespace Jiandu::Ui
