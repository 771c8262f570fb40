#include "lockeddatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace Jiandu::Ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LockedDatabase", text);
}
} // namespace

bool askOpenReadOnly(const Error &lockError, QWidget *parent)
{
    QMessageBox box(QMessageBox::Warning, tr("Jiandu"), lockError.message, QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("lockedDatabaseBox"));
    box.setInformativeText(
        lockError.code == Error::Code::Conflict
            ? tr("Two people editing the same file unaware of each other overwrite each other's "
                 "work. Open it read-only, or quit and ask the holder to close it.")
            : tr("Jiandu cannot mark the file as in use. Open it read-only, or quit."));
    box.setDetailedText(QDir::toNativeSeparators(lockError.context));
    QPushButton *readOnly = box.addButton(tr("Open read-only"), QMessageBox::AcceptRole);
    readOnly->setObjectName(QStringLiteral("openReadOnly"));
    QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
    quit->setObjectName(QStringLiteral("quit"));
    box.setDefaultButton(quit);
    box.exec();
    return box.clickedButton() == readOnly;
}

void showOpenWarnings(const QStringList &warnings, QWidget *parent)
{
    if (warnings.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Jiandu"), warnings.join(QStringLiteral("\n\n")),
                    QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("openWarningsBox"));
    box.exec();
}

} // namespace Jiandu::Ui
