#include "idlelock.h"

#include "appcontext.h"
#include "dialogs/fieldproblem.h"
#include "security/authenticator.h"
#include "security/password.h"
#include "security/session.h"
#include "storage/database.h"
#include "storage/accountrepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Jiandu::Ui {

namespace {

// An opaque sheet over a window's contents while the application is locked; it follows
// the window's size.
class Cover final : public QWidget
{
public:
    explicit Cover(QWidget *window) : QWidget(window)
    {
        setObjectName(QStringLiteral("idleLockCover"));
        setAttribute(Qt::WA_StyledBackground);
        setAutoFillBackground(true);
        setStyleSheet(QStringLiteral("background: #37474f; color: #eceff1;"));
        auto *label = new QLabel(IdleLock::tr("Locked after a time without use."), this);
        label->setAlignment(Qt::AlignCenter);
        (new QVBoxLayout(this))->addWidget(label);
        setGeometry(window->rect());
        window->installEventFilter(this);
        raise();
        show();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize && watched == parent())
            setGeometry(static_cast<QWidget *>(watched)->rect());
        else if (event->type() == QEvent::ChildAdded && watched == parent())
            QTimer::singleShot(0, this, [this] { raise(); });
        return QWidget::eventFilter(watched, event);
    }
};

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleLock::IdleLock(AppContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &IdleLock::lockNow);
    connect(&m_context, &AppContext::sessionChanged, this, &IdleLock::reload);
    connect(&m_context, &AppContext::dataChanged, this, [this](const QString &table) {
        if (table == u"setting")
            reload();
    });
    qApp->installEventFilter(this);
    reload();
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
    uncover();
    delete m_dialog;
}

QString IdleLock::settingKey()
{
    return QStringLiteral("accounts.idle_lock_minutes");
}

int IdleLock::storedMinutes(AppContext &context)
{
    return AccountRepository(context.db()).idleLockMinutes();
}

void IdleLock::reload()
{
    setIntervalMs(m_context.accountsMode() ? storedMinutes(m_context) * 60 * 1000 : 0);
}

void IdleLock::setIntervalMs(int milliseconds)
{
    m_timer->stop();
    m_timer->setInterval(qMax(0, milliseconds));
    if (milliseconds > 0 && !isLocked())
        m_timer->start();
}

int IdleLock::intervalMs() const
{
    return m_timer->interval();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (!isLocked() && m_timer->interval() > 0 && isInput(event->type()))
        m_timer->start(); // restarts the countdown
    return QObject::eventFilter(watched, event);
}

void IdleLock::lockNow()
{
    if (isLocked() || !m_context.accountsMode())
        return;
    m_timer->stop();
    cover();
    m_dialog = new UnlockDialog(m_context);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this] { finish(false); });
    connect(m_dialog, &UnlockDialog::logoutRequested, this, [this] { finish(true); });
    m_dialog->show(); // application-modal (open() would make it window-modal)
    Q_EMIT locked();
}

void IdleLock::finish(bool loggedOut)
{
    if (m_dialog) {
        m_dialog->disconnect(this);
        m_dialog->close();
    }
    m_dialog = nullptr;
    uncover();
    if (loggedOut) {
        m_context.logout(); // the application shows the login again
    } else {
        Q_EMIT unlocked();
        reload();
    }
}

void IdleLock::cover()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible() && !qobject_cast<UnlockDialog *>(w))
            m_covers << new Cover(w);
}

void IdleLock::uncover()
{
    for (const QPointer<QWidget> &c : std::as_const(m_covers))
        delete c.data();
    m_covers.clear();
}

UnlockDialog::UnlockDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_password(new QLineEdit(this)),
      m_error(FieldProblem::label(this))
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Jiandu — Locked"));
    setWindowModality(Qt::ApplicationModal);
    m_password->setObjectName(QStringLiteral("unlockPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("unlockError"));
    const auto session = context.session();
    const QString who = session ? session->username : QString();
    auto *intro = new QLabel(
        tr("Jiandu was locked after a time without use. Enter the password of %1 to go on, "
           "or log out.")
            .arg(who),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Password"), m_password);
    auto *buttons = new QDialogButtonBox(this);
    auto *unlock = buttons->addButton(tr("Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    auto *logout = buttons->addButton(tr("Log out"), QDialogButtonBox::DestructiveRole);
    logout->setObjectName(QStringLiteral("logoutButton"));
    connect(unlock, &QPushButton::clicked, this, &UnlockDialog::tryUnlock);
    connect(logout, &QPushButton::clicked, this, &UnlockDialog::logoutRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString UnlockDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool UnlockDialog::tryUnlock()
{
    QString password = m_password->text();
    auto result = Security::Authenticator(m_context.db()).unlockScreen(password);
    Security::Password::wipe(password);
    m_password->clear();
    if (!result) {
        FieldProblem::show(m_error, result.error().message);
        m_password->setFocus();
        return false;
    }
    accept();
    return true;
}

void UnlockDialog::reject()
{
    // Escape or the window's close button: stay locked.
}

} // namespace Jiandu::Ui
