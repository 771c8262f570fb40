#include "documentsettingsdialog.h"

#include "appcontext.h"
#include "fieldproblem.h"
#include "storage/documentrepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {
enum Column
{
    KindColumn,
    PrefixColumn,
    DaysColumn
};
}

DocumentSettingsDialog::DocumentSettingsDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context),
      m_kinds(new QTableWidget(0, 3, this)), m_issuer(new QLineEdit(this)),
      m_problem(FieldProblem::label(this))
{
    setObjectName(QStringLiteral("documentSettingsDialog"));
    setWindowTitle(tr("Document settings"));
    m_kinds->setObjectName(QStringLiteral("kindTable"));
    m_kinds->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Number prefix"), tr("Reply within (days)")});
    m_kinds->verticalHeader()->hide();
    m_kinds->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_kinds->horizontalHeader()->setSectionResizeMode(PrefixColumn, QHeaderView::Stretch);
    m_kinds->horizontalHeader()->setSectionResizeMode(DaysColumn, QHeaderView::ResizeToContents);
    m_issuer->setObjectName(QStringLiteral("issuerEdit"));

    const DocumentSettings settings = DocumentSettings::load(context.db());
    const auto kinds = Vocab::all<DocumentKind>();
    m_kinds->setRowCount(int(kinds.size()));
    int row = 0;
    for (DocumentKind kind : kinds) {
        auto *label = new QTableWidgetItem(Vocab::label(kind));
        label->setFlags(Qt::ItemIsEnabled);
        label->setData(Qt::UserRole, Vocab::code(kind));
        m_kinds->setItem(row, KindColumn, label);
        m_kinds->setItem(row, PrefixColumn, new QTableWidgetItem(settings.prefix.value(kind)));
        auto *days = new QSpinBox(m_kinds);
        days->setRange(0, 365);
        days->setSpecialValueText(tr("no reply"));
        days->setValue(settings.replyDays.value(kind));
        m_kinds->setCellWidget(row, DaysColumn, days);
        ++row;
    }
    m_issuer->setText(settings.issuer);

    auto *form = new QFormLayout;
    form->addRow(tr("Issuing authority:"), m_issuer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DocumentSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("A document's number is its prefix, the year and the next "
                                    "number of its kind: 清司监通〔2025〕3号."),
                                 this));
    layout->addWidget(m_kinds, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(620, 420);
}

bool DocumentSettingsDialog::save()
{
    DocumentSettings settings = DocumentSettings::load(m_context.db());
    for (int row = 0; row < m_kinds->rowCount(); ++row) {
        const auto kind =
            Vocab::fromCode<DocumentKind>(m_kinds->item(row, KindColumn)->data(Qt::UserRole).toString());
        if (!kind)
            continue;
        const QString prefix = m_kinds->item(row, PrefixColumn)->text().trimmed();
        if (prefix.isEmpty()) {
            FieldProblem::show(m_problem, tr("Give every kind a number prefix."));
            return false;
        }
        settings.prefix.insert(*kind, prefix);
        settings.replyDays.insert(
            *kind, qobject_cast<QSpinBox *>(m_kinds->cellWidget(row, DaysColumn))->value());
    }
    settings.issuer = m_issuer->text().trimmed();
    if (auto saved = settings.save(m_context.db()); !saved) {
        FieldProblem::show(m_problem, saved.error().toString());
        return false;
    }
    m_context.notifyDataChanged(QStringLiteral("setting"));
    return true;
}

void DocumentSettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace Jiandu::Ui
