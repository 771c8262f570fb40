#pragma once

#include "domain/casetypes.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace Jiandu::Ui {

class AppContext;
class OptionalDateEdit;

// The case form (new or edit): the main fields, officers picked from the agency's roster,
// the process stages with dates, legal-review rounds (添加一轮), outcome, publicity and
// appeals. Saving validates with validateCase(): errors are shown on their field and block,
// warnings are shown and do not; the save runs in one Transaction through CaseRepository
// (which audits). Fields the form does not edit (collective discussion, coercion) are kept.
class CaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseDialog)

public:
    // caseId 0: a new case, in `agencyId` when given.
    CaseDialog(AppContext &context, qint64 caseId, QWidget *parent = nullptr, qint64 agencyId = 0);

    [[nodiscard]] qint64 caseId() const { return m_case.id; }
    // The case as the form holds it now.
    [[nodiscard]] EnforcementCase collect() const;
    // Validates and saves; false (with the problems shown) when it cannot.
    bool save();
    [[nodiscard]] QList<CaseProblem> problems() const { return m_problems; }
    // The widget that shows the field named by a CaseProblem (tests; may be null).
    [[nodiscard]] QWidget *fieldWidget(const QString &field) const { return m_fields.value(field); }
    // Adds an empty legal-review round (the next round number).
    void addReviewRound();

    void accept() override;

private:
    QWidget *buildMainTab();
    QWidget *buildOfficersTab();
    QWidget *buildProcessTab();
    QWidget *buildReviewTab();
    QWidget *buildOutcomeTab();
    void load();
    void loadStagesAndOutcome();
    void fillOfficers(qint64 agencyId);
    void collectOfficers(EnforcementCase &c) const;
    void showProblems(const QList<CaseProblem> &problems);
    void collectStages(EnforcementCase &c) const;
    void collectReviews(EnforcementCase &c) const;
    void collectOutcome(EnforcementCase &c) const;
    void addReviewRow(const LegalReviewRound &round);

    AppContext &m_context;
    EnforcementCase m_case;
    QList<CaseProblem> m_problems;
    QHash<QString, QWidget *> m_fields;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLineEdit *m_caseNo = nullptr;
    QComboBox *m_agency = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_party = nullptr;
    QComboBox *m_partyKind = nullptr;
    QDateEdit *m_openedOn = nullptr;
    OptionalDateEdit *m_decidedOn = nullptr;
    OptionalDateEdit *m_closedOn = nullptr;
    QCheckBox *m_major = nullptr;
    QListWidget *m_officers = nullptr;
    QTableWidget *m_stages = nullptr;
    QTableWidget *m_reviews = nullptr;
    QListWidget *m_penalties = nullptr;
    QComboBox *m_discretion = nullptr;
    QComboBox *m_licenceResult = nullptr;
    QDoubleSpinBox *m_fine = nullptr;
    QDoubleSpinBox *m_confiscation = nullptr;
    QCheckBox *m_hearingRequested = nullptr;
    OptionalDateEdit *m_hearingHeldOn = nullptr;
    OptionalDateEdit *m_publishedOn = nullptr;
    OptionalDateEdit *m_takenDownOn = nullptr;
    QComboBox *m_reconsideration = nullptr;
    QComboBox *m_litigation = nullptr;
    QCheckBox *m_transferred = nullptr;
    OptionalDateEdit *m_transferredOn = nullptr;
    QSpinBox *m_extensionDays = nullptr;
    OptionalDateEdit *m_extensionApprovedOn = nullptr;
    QLineEdit *m_extensionApprovedBy = nullptr;
};

} // namespace Jiandu::Ui
