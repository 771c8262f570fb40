#include "permissiongate.h"

#include "appcontext.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QVariant>
#include <QWidget>

namespace Jiandu::Ui::PermissionGate {

namespace {

// Dynamic properties: the refusal text (empty: allowed), the tooltip and status tip the
// object had before the gate changed them, and whether the gate watches it already.
constexpr const char *kRefusal = "jianduRefusal";
constexpr const char *kToolTip = "jianduToolTip";
constexpr const char *kStatusTip = "jianduStatusTip";
constexpr const char *kWatched = "jianduGateWatched";

// Disables a widget again whenever something enables it while it is refused.
class WidgetGuard final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::EnabledChange) {
            auto *w = qobject_cast<QWidget *>(watched);
            if (w && w->isEnabled() && refused(w))
                w->setEnabled(false);
        }
        return QObject::eventFilter(watched, event);
    }
};

template <typename T> void remember(T *object)
{
    if (!object->property(kToolTip).isValid()) {
        object->setProperty(kToolTip, object->toolTip());
        object->setProperty(kStatusTip, object->statusTip());
    }
}

template <typename T> void applyTips(T *object, const QString &refusal)
{
    object->setToolTip(refusal.isEmpty() ? object->property(kToolTip).toString() : refusal);
    object->setStatusTip(refusal.isEmpty() ? object->property(kStatusTip).toString() : refusal);
}

} // namespace

bool refused(const QObject *object)
{
    return !object->property(kRefusal).toString().isEmpty();
}

void gate(QAction *action, const AppContext &context, Security::Permission permission)
{
    if (!action)
        return;
    remember(action);
    const QString refusal = context.refusal(permission);
    const bool wasRefused = refused(action);
    action->setProperty(kRefusal, refusal);
    applyTips(action, refusal);
    if (!action->property(kWatched).toBool()) {
        action->setProperty(kWatched, true);
        QObject::connect(action, &QAction::enabledChanged, action, [action](bool enabled) {
            if (enabled && refused(action))
                action->setEnabled(false);
        });
    }
    if (!refusal.isEmpty())
        action->setEnabled(false);
    else if (wasRefused)
        action->setEnabled(true); // the page's own rules (selection) apply again from here
}

void gate(QWidget *widget, const AppContext &context, Security::Permission permission)
{
    if (!widget)
        return;
    remember(widget);
    const QString refusal = context.refusal(permission);
    const bool wasRefused = refused(widget);
    widget->setProperty(kRefusal, refusal);
    applyTips(widget, refusal);
    if (!widget->property(kWatched).toBool()) {
        widget->setProperty(kWatched, true);
        widget->installEventFilter(new WidgetGuard(widget));
    }
    if (!refusal.isEmpty())
        widget->setEnabled(false);
    else if (wasRefused)
        widget->setEnabled(true);
}

void gateNamed(QObject *root, const AppContext &context,
               std::initializer_list<std::pair<const char *, Security::Permission>> gates)
{
    for (const auto &[name, permission] : gates) {
        const QString objectName = QString::fromLatin1(name);
        for (QAction *action : root->findChildren<QAction *>(objectName))
            gate(action, context, permission);
        for (QWidget *widget : root->findChildren<QWidget *>(objectName))
            gate(widget, context, permission);
    }
}

void lockAgency(QComboBox *picker, const AppContext &context)
{
    const qint64 agency = context.limitedAgency();
    if (!picker || agency == 0)
        return;
    const int index = picker->findData(agency);
    if (index >= 0)
        picker->setCurrentIndex(index);
    picker->setEnabled(false);
    picker->setToolTip(
        QCoreApplication::translate("PermissionGate", "Your account works in this agency only."));
}

} // namespace Jiandu::Ui::PermissionGate
