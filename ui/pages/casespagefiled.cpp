// The month filter of the cases page: what a click on the dashboard's monthly chart opens.

#include "casespage.h"

#include "models/agencytreemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>
#include <QTreeView>

namespace Jiandu::Ui {

void CasesPage::showFiledIn(int year, int month)
{
    const QDate first(year, month, 1);
    if (!first.isValid())
        return;
    m_filedFrom = first;
    {
        // Every body, every kind, year and state: the chart counts them all.
        const QSignalBlocker blockSearch(m_search);
        const QSignalBlocker blockKind(m_kindFilter);
        const QSignalBlocker blockYear(m_yearFilter);
        const QSignalBlocker blockStatus(m_statusFilter);
        const QSignalBlocker blockWarnings(m_warningsOnly);
        const QSignalBlocker blockTree(m_tree->selectionModel());
        m_search->clear();
        m_kindFilter->setCurrentIndex(0);
        m_yearFilter->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(0);
        m_warningsOnly->setChecked(false);
        m_tree->setCurrentIndex(m_agencyModel->index(0, 0));
    }
    m_filedChip->setText(tr("Filed in %1 ✕").arg(first.toString(QStringLiteral("yyyy-MM"))));
    m_filedChip->show();
    applyFilters();
}

void CasesPage::clearFiledFilter()
{
    m_filedFrom = {};
    m_filedChip->hide();
    applyFilters();
}

} // namespace Jiandu::Ui
