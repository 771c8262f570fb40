// Keeps the dependency rule of DESIGN.md: app → ui → core/documents → core.
// core/ includes no QtGui/QtWidgets header; core/documents/ includes no widget header.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

class TestLayering : public QObject
{
    Q_OBJECT

    static QStringList offenders(const QString &dir, const QRegularExpression &forbidden,
                                 const QString &skip = {})
    {
        QStringList out;
        QDirIterator it(dir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!skip.isEmpty() && path.startsWith(skip))
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            int line = 0;
            while (!f.atEnd()) {
                ++line;
                const QString text = QString::fromUtf8(f.readLine());
                if (forbidden.match(text).hasMatch())
                    out << QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(text.trimmed());
            }
        }
        return out;
    }

private Q_SLOTS:
    void coreHasNoGui()
    {
        const QString core = QStringLiteral(JIANDU_SOURCE_DIR "/core");
        const QRegularExpression gui(QStringLiteral(
            R"(^\s*#\s*include\s*[<\x22](QtWidgets|QtGui|QtPrintSupport|QtCharts|QWidget|QApplication|QGuiApplication|QPainter|QPrinter|QTextDocument|QPdfWriter|QFont|QImage|QColor|QPixmap|QIcon))"));
        const QStringList found = offenders(core, gui, core + QStringLiteral("/documents/"));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void documentsHaveNoWidgets()
    {
        const QRegularExpression widgets(QStringLiteral(
            R"(^\s*#\s*include\s*[<\x22](QtWidgets|QWidget|QApplication|QtCharts|QChart|QDialog|QPrintPreviewDialog))"));
        const QStringList found = offenders(QStringLiteral(JIANDU_SOURCE_DIR "/core/documents"), widgets);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void cliDoesNotUseUi()
    {
        const QRegularExpression ui(QStringLiteral(R"(^\s*#\s*include\s*[<\x22](QtWidgets|QWidget|QApplication|mainwindow|pages/|dialogs/))"));
        const QStringList found = offenders(QStringLiteral(JIANDU_SOURCE_DIR "/app/cli"), ui);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void theCheckCanFail()
    {
        // The scanner itself finds a forbidden include (so the tests above can fail).
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("x.h")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#include <QWidget>\n");
        f.close();
        const QRegularExpression gui(QStringLiteral(R"(^\s*#\s*include\s*[<\x22]QWidget)"));
        QCOMPARE(offenders(dir.path(), gui).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
