#pragma once

#include "security/access.h"

#include <initializer_list>
#include <utility>

class QAction;
class QComboBox;
class QObject;
class QWidget;

namespace Jiandu::Ui {

class AppContext;

// Actions the logged-in role may not take stay visible but disabled, with the reason
// (Access::refusal, e.g. "王五（只读）不能修改记录…") as tooltip and status tip. The gate
// holds: when a page later enables the action for its own reasons (a selection), the gate
// disables it again. Calling gate() again with the current session re-evaluates it; in
// single-user mode everything is allowed.
namespace PermissionGate {

void gate(QAction *action, const AppContext &context, Security::Permission permission);
void gate(QWidget *widget, const AppContext &context, Security::Permission permission);
// Gates every QAction and QWidget under `root` with one of the given object names (a page's
// table of what needs which right, kept in its applyPermissions()).
void gateNamed(QObject *root, const AppContext &context,
               std::initializer_list<std::pair<const char *, Security::Permission>> gates);
// An agency-limited account works in its own agency only: selects it in an agency picker
// (items carry the agency id as data) and locks the picker, saying why. Nothing for an
// account of every agency or in single-user mode.
void lockAgency(QComboBox *picker, const AppContext &context);
// Whether the gate currently refuses the action or widget.
bool refused(const QObject *actionOrWidget);

} // namespace PermissionGate
} // namespace Jiandu::Ui
