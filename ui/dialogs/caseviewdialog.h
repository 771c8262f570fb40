#pragma once

#include "domain/casetypes.h"
#include "rules/casedeadlines.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QTextBrowser;

namespace Jiandu::Ui {

class AppContext;

// What the case view shows, read once: the case, names for its ids, and its deadlines.
struct CaseViewData
{
    EnforcementCase theCase;
    QString agencyName;
    QHash<qint64, QString> officerNames;
    QList<Rules::CaseDeadline> deadlines;
    QString calendarProblem; // why the calendar could not be read, if it could not
};

// The whole case, read-only: its fields, the full-process record as a timeline (each stage
// with its date, note and audio-video flag, the deadlines that fall on it with their state
// in colour and in words), legal-review rounds, collective discussion, officers, penalties
// and amounts, hearing, publicity, appeals, transfer and extension. 编辑… asks the page to
// open the case form.
class CaseViewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseViewDialog)

public:
    CaseViewDialog(AppContext &context, qint64 caseId, QWidget *parent = nullptr);

    [[nodiscard]] qint64 caseId() const { return m_caseId; }
    [[nodiscard]] const CaseViewData &data() const { return m_data; }
    [[nodiscard]] QTextBrowser *browser() const { return m_browser; }
    [[nodiscard]] QString lastError() const { return m_lastError; }

    // Reads the case again (after an edit); false when it is gone or unreadable.
    bool reload();

    // The view as HTML (every value escaped); public for the tests.
    static QString toHtml(const CaseViewData &data, const QDate &asOf);

Q_SIGNALS:
    void editRequested(qint64 caseId);

private:
    AppContext &m_context;
    qint64 m_caseId;
    CaseViewData m_data;
    QLabel *m_title;
    QTextBrowser *m_browser;
    QString m_lastError;
};

} // namespace Jiandu::Ui
