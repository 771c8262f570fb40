#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace Jiandu::Ui {

class AppContext;

// The office settings of supervision documents (DocumentSettings): the issuing-number prefix
// and the reply period of each kind, and the issuing authority. Saved in one audited write.
class DocumentSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentSettingsDialog)

public:
    explicit DocumentSettingsDialog(AppContext &context, QWidget *parent = nullptr);

    bool save();
    void accept() override;

private:
    AppContext &m_context;
    QTableWidget *m_kinds;
    QLineEdit *m_issuer;
    QLabel *m_problem;
};

} // namespace Jiandu::Ui
