#pragma once

#include "domain/reviewtypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QTableWidget;

namespace Jiandu::Ui {

class AppContext;

// Score entry of one file review (案卷评查评分): the veto items as checkboxes ("not met"),
// a deduction and reason per scored item, the total and grade recomputed as they change
// (with the review's own sheet version and the grade thresholds of the settings), the
// problems found, and "raise finding" for a problem. Saves through ReviewRepository.
class ReviewScoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewScoreDialog)

public:
    // Columns of the items table.
    enum Column
    {
        SectionColumn,
        ItemColumn,
        MaxColumn,
        ResultColumn,
        ReasonColumn
    };

    ReviewScoreDialog(AppContext &context, qint64 reviewId, QWidget *parent = nullptr);

    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    // What the form holds now, scored as it would be saved.
    [[nodiscard]] FileReview review() const;
    [[nodiscard]] ReviewScore score() const;
    [[nodiscard]] QString totalText() const;

    // Saves; false (and a message) when the repository refuses.
    bool save();
    // Saves, then raises a finding from the problem in `row` of the problems table.
    bool raiseFinding(int row);

public Q_SLOTS:
    void accept() override;

private:
    void buildUi();
    void fillItems();
    void fillReviewers();
    void fillProblems();
    void addProblemRow(const ReviewProblem &problem);
    void updateScore();
    void showError(const QString &message);

    AppContext &m_context;
    FileReview m_review;
    ReviewSheet m_sheet;
    GradeThresholds m_thresholds;
    bool m_loaded = false;
    QLabel *m_caseLabel = nullptr;
    QLabel *m_totalLabel = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_status = nullptr;
    QListWidget *m_reviewers = nullptr;
    QTableWidget *m_items = nullptr;
    QTableWidget *m_problems = nullptr;
};

} // namespace Jiandu::Ui
