#pragma once

class QWidget;

namespace Jiandu::Ui {

class AppContext;

namespace SessionFlow {

// At start and after 注销: when the database has accounts on, asks for a login (and the
// forced password change) until one succeeds or the user quits. True: go on (logged in, or
// single-user mode); false: the user chose 退出. On success the context's session is set.
bool login(AppContext &context, QWidget *parent = nullptr);

// Whether the database has accounts on (a read failure counts as on: never skip a login
// because a setting could not be read).
bool accountsEnabled(AppContext &context);

} // namespace SessionFlow
} // namespace Jiandu::Ui
