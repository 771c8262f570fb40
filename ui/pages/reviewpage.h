#pragma once

#include "domain/reviewtypes.h"
#include "util/result.h"

#include <QWidget>

class QDialog;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Jiandu::Ui {

class AppContext;

// The 案卷评查 page: review activities (newest first, paged as the list scrolls), a new
// activity with its sampling (the files are drawn at once, reproducibly from the seed), the
// drawn files with their status, total and grade, score entry (ReviewScoreDialog) and the
// printed score sheet.
class ReviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    static constexpr int kPageRows = 100;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ReviewPage(AppContext &context, QWidget *parent = nullptr);

    // Saves the activity and draws its files; selects it. Returns its id.
    Result<qint64> createActivity(ReviewActivity activity);
    void selectActivity(qint64 activityId);
    [[nodiscard]] qint64 currentActivityId() const;
    [[nodiscard]] qint64 currentReviewId() const;
    [[nodiscard]] QTableWidget *activitiesTable() const { return m_activities; }
    [[nodiscard]] QTableWidget *filesTable() const { return m_files; }
    [[nodiscard]] QString activityDetails() const;
    // Adds to the expert pool: an officer by certificate number, else an outside expert.
    Result<qint64> addExpert(ReviewExpert expert, const QString &certNumber = {});
    // Opens the expert pool (window-modal, not blocking) and returns it.
    QDialog *manageExperts();
    // The score sheet of the selected file (blank when none is selected) as a PDF.
    Result<int> printSheet(const QString &pdfPath);

public Q_SLOTS:
    // Disables, with the reason as tooltip, what the logged-in role may not do (on every
    // session change; single-user mode allows everything).
    void applyPermissions();
    void reload();
    void newActivity();
    void scoreCurrent();
    void printCurrent();

Q_SIGNALS:
    void activitySelected(qint64 activityId);

private:
    void loadActivities(bool more);
    void loadFiles(bool more);
    void showActivity();
    void updateButtons();

    AppContext &m_context;
    QTableWidget *m_activities;
    QTableWidget *m_files;
    QLabel *m_details;
    QPushButton *m_score;
    QPushButton *m_print;
    bool m_activitiesComplete = false;
    bool m_filesComplete = false;
};

} // namespace Jiandu::Ui
