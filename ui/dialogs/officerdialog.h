#pragma once

#include "domain/types.h"
#include "util/result.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace Jiandu::Ui {

class AppContext;

// The officer form (执法人员信息): basic data with the identity-card number in full (the
// only place it is shown so; in accounts mode masked until a role with UnmaskPersonal
// presses 显示完整号码, which is audited), and tabs for certificates, trainings, assessments and
// the audit history. Edits stay in the dialog until OK, which saves everything in one transaction;
// a failure writes nothing and is shown next to the field it concerns.
class OfficerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficerDialog)

public:
    // officerId 0: a new officer (in `agencyId` when given).
    OfficerDialog(AppContext &context, qint64 officerId, QWidget *parent = nullptr,
                  qint64 agencyId = 0);

    [[nodiscard]] qint64 officerId() const { return m_officer.id; }
    // Set when the officer could not be read; the dialog then refuses to save.
    [[nodiscard]] QString loadError() const { return m_loadError; }

    // The records as edited so far (not yet saved).
    void addCertificate(const Certificate &certificate);
    void addTraining(const Training &training);
    void addAssessment(const Assessment &assessment);
    [[nodiscard]] int certificateCount() const { return int(m_certs.size()); }
    [[nodiscard]] int trainingCount() const { return int(m_trainings.size()); }
    [[nodiscard]] int assessmentCount() const { return int(m_assessments.size()); }

    // Validates and writes everything in one transaction. False: nothing was written and
    // the problem is shown in the dialog.
    bool save();
    void accept() override;

    // Accounts mode: whether the numbers are shown masked (until 显示完整号码).
    [[nodiscard]] bool numbersMasked() const { return m_masked; }
    // 显示完整号码: audits the unmasking (Security::recordUnmask), then shows the identity-card
    // and phone numbers in full, editable when the role may change records. False when the
    // role may not unmask (the field stays masked; the reason is shown).
    bool unmaskNumbers();

private:
    template <typename T> struct Pending
    {
        T value;
        bool dirty = false;
    };

    // officerdialog.cpp: the basic tab, loading and saving.
    QWidget *buildBasicTab();
    void load(qint64 agencyId);
    void loadRecords();
    void fillForm();
    Officer formOfficer() const;
    void updateIdProblem();
    bool validateForm();
    VoidResult writeAll(qint64 &officerId);
    void showError(const Error &error);
    void clearErrors();

    // officerdialogtabs.cpp: the record tabs and the history.
    QWidget *buildCertificateTab();
    QWidget *buildTrainingTab();
    QWidget *buildAssessmentTab();
    QWidget *buildHistoryTab();
    void refreshCertificates();
    void refreshTrainings();
    void refreshAssessments();
    void loadHistory();
    void editCertificate(int row);
    void editTraining(int row);
    void editAssessment(int row);

    // officerdialogaccess.cpp: masking, read-only roles, agency-limited accounts, history.
    void applyAccess();
    [[nodiscard]] bool historyAllowed() const;

    AppContext &m_context;
    Officer m_officer;
    QList<Pending<Certificate>> m_certs;
    QList<Pending<Training>> m_trainings;
    QList<Pending<Assessment>> m_assessments;
    QList<qint64> m_removedCerts;
    QList<qint64> m_removedTrainings;
    QList<qint64> m_removedAssessments;
    QString m_loadError;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_gender = nullptr;
    QLineEdit *m_idNumber = nullptr;
    QLabel *m_idProblem = nullptr;
    QLabel *m_nameProblem = nullptr;
    QComboBox *m_agency = nullptr;
    QLabel *m_agencyProblem = nullptr;
    QComboBox *m_employment = nullptr;
    QLineEdit *m_position = nullptr;
    QLineEdit *m_category = nullptr;
    QCheckBox *m_qualification = nullptr;
    QCheckBox *m_reviewer = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_saveError = nullptr;
    QTableWidget *m_certTable = nullptr;
    QTableWidget *m_trainingTable = nullptr;
    QLabel *m_trainingTotals = nullptr;
    QTableWidget *m_assessmentTable = nullptr;
    QTableWidget *m_historyTable = nullptr;
    QPushButton *m_unmask = nullptr;
    QPushButton *m_saveButton = nullptr;
    bool m_masked = false;
};

} // namespace Jiandu::Ui
