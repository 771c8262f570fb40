#pragma once

// Small editors for the records an officer holds: a certificate (执法证), a training
// (培训记录) and an annual assessment (年度考核). Each validates before it closes and
// says what is wrong; the officer dialog stores the result and saves it with the officer.

#include "domain/types.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QDateEdit;

namespace Jiandu::Ui {

class OptionalDateEdit;

class CertificateEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateEditor)

public:
    CertificateEditor(const Certificate &certificate, const QDate &today,
                      QWidget *parent = nullptr);
    [[nodiscard]] Certificate certificate() const;
    void accept() override;

private:
    Certificate m_certificate;
    QLineEdit *m_number;
    QLineEdit *m_issuer;
    QLineEdit *m_category;
    OptionalDateEdit *m_issued;
    OptionalDateEdit *m_expires;
    QComboBox *m_status;
    QLabel *m_problem;
};

class TrainingEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingEditor)

public:
    TrainingEditor(const Training &training, const QDate &today, QWidget *parent = nullptr);
    [[nodiscard]] Training training() const;
    void accept() override;

private:
    Training m_training;
    QDateEdit *m_date;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QLineEdit *m_hours;
    QLineEdit *m_minutes;
    QLineEdit *m_organizer;
    QComboBox *m_mode;
    QLabel *m_problem;
};

class AssessmentEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentEditor)

public:
    AssessmentEditor(const Assessment &assessment, const QDate &today, QWidget *parent = nullptr);
    [[nodiscard]] Assessment assessment() const;

private:
    Assessment m_assessment;
    QSpinBox *m_year;
    QComboBox *m_result;
};

} // namespace Jiandu::Ui
