#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Jiandu::I18n {

QStringList available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

bool install(const QString &language)
{
    static QTranslator *app = nullptr;
    static QTranslator *qt = nullptr;
    auto *core = QCoreApplication::instance();
    if (!core)
        return false;
    if (app) {
        QCoreApplication::removeTranslator(app);
        delete app;
        app = nullptr;
    }
    if (qt) {
        QCoreApplication::removeTranslator(qt);
        delete qt;
        qt = nullptr;
    }
    const QString lang = language.isEmpty() ? QStringLiteral("zh_CN") : language;
    QLocale::setDefault(QLocale(lang));
    app = new QTranslator(core);
    // The .qm files are compiled into each executable under :/i18n (qt_add_translations).
    if (!app->load(QStringLiteral(":/i18n/jiandu_") + lang)) {
        delete app;
        app = nullptr;
        return lang == u"en";
    }
    QCoreApplication::installTranslator(app);
    qt = new QTranslator(core);
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else {
        delete qt;
        qt = nullptr;
    }
    return true;
}

} // namespace Jiandu::I18n
