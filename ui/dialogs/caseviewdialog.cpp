#include "caseviewdialog.h"

#include "appcontext.h"
#include "storage/agencyrepository.h"
#include "storage/calendarrepository.h"
#include "storage/caserepository.h"
#include "storage/officerrepository.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Jiandu::Ui {

CaseViewDialog::CaseViewDialog(AppContext &context, qint64 caseId, QWidget *parent)
    : QDialog(parent), m_context(context), m_caseId(caseId), m_title(new QLabel(this)),
      m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("caseViewDialog"));
    setWindowModality(Qt::WindowModal);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_browser->setObjectName(QStringLiteral("caseView"));
    m_browser->setOpenLinks(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *edit = buttons->addButton(tr("Edit…"), QDialogButtonBox::ActionRole);
    edit->setObjectName(QStringLiteral("editButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_caseId); });
    connect(&m_context, &AppContext::dataChanged, this, [this] { reload(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(900, 760);
    reload();
}

bool CaseViewDialog::reload()
{
    Database &db = m_context.db();
    auto found = CaseRepository(db).find(m_caseId);
    if (!found || !found.value()) {
        m_lastError = found ? tr("The case no longer exists.") : found.error().toString();
        m_title->setText(m_lastError);
        m_browser->clear();
        return false;
    }
    m_lastError.clear();
    CaseViewData d;
    d.theCase = std::move(*found.value());
    if (auto agency = AgencyRepository(db).find(d.theCase.agencyId); agency && agency.value())
        d.agencyName = agency.value()->name;
    OfficerRepository officers(db);
    for (const CaseOfficer &o : d.theCase.officers)
        if (auto officer = officers.find(o.officerId); officer && officer.value())
            d.officerNames.insert(o.officerId, officer.value()->name);
    auto calendar = CalendarRepository(db).load();
    if (!calendar)
        d.calendarProblem = calendar.error().toString();
    d.deadlines = Rules::caseDeadlines(d.theCase, calendar ? calendar.value() : WorkingCalendar(),
                                       Rules::RuleSettings::load(db), m_context.today());
    m_data = std::move(d);
    setWindowTitle(tr("Case %1").arg(m_data.theCase.caseNo));
    m_title->setText(m_data.theCase.caseNo + QStringLiteral("  ") + m_data.theCase.title);
    m_browser->setHtml(toHtml(m_data, m_context.today()));
    return true;
}

} // namespace Jiandu::Ui
