// The expert pool (评查专家库) of the 案卷评查 page: officers of the roster (added by their
// certificate number) and outside experts; phone numbers shown masked.

#include "reviewpage.h"

#include "appcontext.h"
#include "storage/officerrepository.h"
#include "storage/reviewrepository.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {

constexpr int kPoolRows = 500; // a pool is tens of people; the picker shows the first 500

void fillPool(QTableWidget *table, Database &db)
{
    table->setRowCount(0);
    auto experts = ReviewRepository(db).experts(0, kPoolRows);
    if (!experts)
        return;
    table->setRowCount(int(experts->size()));
    for (int row = 0; row < experts->size(); ++row) {
        const ReviewExpert &e = experts->at(row);
        const QStringList cells{e.name, e.organisation, e.speciality, e.maskedPhone(),
                                e.officerId ? ReviewPage::tr("Officer")
                                            : ReviewPage::tr("Outside expert")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(ReviewPage::IdRole, e.id);
            table->setItem(row, c, item);
        }
    }
    table->resizeColumnsToContents();
}

QLineEdit *field(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

} // namespace

Result<qint64> ReviewPage::addExpert(ReviewExpert expert, const QString &certNumber)
{
    if (!certNumber.trimmed().isEmpty()) {
        auto cert = OfficerRepository(m_context.db()).findCertificate(certNumber.trimmed());
        if (!cert)
            return cert.error();
        if (!cert.value())
            return Error{Error::Code::NotFound,
                         tr("No officer holds the certificate %1.").arg(certNumber.trimmed()),
                         tr("Certificate No.")};
        expert.officerId = cert.value()->officerId;
    }
    auto id = ReviewRepository(m_context.db()).saveExpert(expert);
    if (id)
        m_context.notifyDataChanged(QStringLiteral("review_expert"));
    return id;
}

QDialog *ReviewPage::manageExperts()
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("expertPool"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Expert pool"));
    auto *layout = new QVBoxLayout(dialog);
    auto *table = new QTableWidget(0, 5, dialog);
    table->setObjectName(QStringLiteral("experts"));
    table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Organisation"), tr("Speciality"), tr("Phone"), tr("From")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table, 1);
    fillPool(table, m_context.db());

    auto *form = new QFormLayout;
    auto *cert = field(QStringLiteral("certNumber"), dialog);
    cert->setPlaceholderText(tr("For an officer of the roster"));
    auto *name = field(QStringLiteral("expertName"), dialog);
    auto *organisation = field(QStringLiteral("organisation"), dialog);
    auto *speciality = field(QStringLiteral("speciality"), dialog);
    auto *phone = field(QStringLiteral("phone"), dialog);
    form->addRow(tr("Officer's certificate No.:"), cert);
    form->addRow(tr("Or outside expert's name:"), name);
    form->addRow(tr("Organisation:"), organisation);
    form->addRow(tr("Speciality:"), speciality);
    form->addRow(tr("Phone:"), phone);
    layout->addLayout(form);

    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add to the pool"), dialog);
    add->setObjectName(QStringLiteral("addExpert"));
    auto *remove = new QPushButton(tr("Remove"), dialog);
    remove->setObjectName(QStringLiteral("removeExpert"));
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    layout->addLayout(row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, dialog, [=, this] {
        ReviewExpert e;
        e.name = name->text();
        e.organisation = organisation->text();
        e.speciality = speciality->text();
        e.phone = phone->text();
        auto r = addExpert(e, cert->text());
        if (!r)
            return (void)QMessageBox::warning(dialog, tr("Expert pool"), r.error().toString());
        for (QLineEdit *edit : {cert, name, organisation, speciality, phone})
            edit->clear();
        fillPool(table, m_context.db());
    });
    connect(remove, &QPushButton::clicked, dialog, [=, this] {
        const int current = table->currentRow();
        if (current < 0)
            return;
        const qint64 id = table->item(current, 0)->data(IdRole).toLongLong();
        if (auto r = ReviewRepository(m_context.db()).removeExpert(id); !r)
            return (void)QMessageBox::warning(dialog, tr("Expert pool"), r.error().toString());
        fillPool(table, m_context.db());
    });
    dialog->resize(760, 520);
    dialog->open();
    return dialog;
}

} // namespace Jiandu::Ui
