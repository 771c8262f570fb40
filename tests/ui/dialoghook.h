#pragma once

// Answers the next modal dialog of type D (a QMessageBox, a QInputDialog…) opened by the code
// under test: polls until it is the active modal widget, then runs `answer` on it.

#include <QApplication>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace Jiandu::Test {

template <typename D> void answerNextDialog(std::function<void(D *)> answer, int attempts = 300)
{
    auto tries = std::make_shared<int>(attempts);
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, tries, answer] {
        if (auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
            return;
        }
        if (--*tries <= 0) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

} // namespace Jiandu::Test
