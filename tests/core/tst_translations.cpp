// Both translations are complete: every message of translations/*.ts is translated and keeps
// the placeholders (%1, %n...) of its source. `ninja jiandu_translations_lupdate` refreshes
// the files from the code; this test then names every string still to translate.

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

namespace {
struct Message
{
    QString context;
    QString source;
    QStringList translations;
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&f);
    QList<Message> out;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message{context, {}, {}, false};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            current.unfinished = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
            // Either plain text or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    current.translations << xml.readElementText();
            }
            if (current.translations.isEmpty())
                current.translations << text;
            out << current;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d+|%n"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured());
    return out;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("zh_CN") << QStringLiteral(JIANDU_SOURCE_DIR "/translations/jiandu_zh_CN.ts");
        QTest::newRow("en") << QStringLiteral(JIANDU_SOURCE_DIR "/translations/jiandu_en.ts");
    }

    void complete()
    {
        QFETCH(QString, file);
        const QList<Message> messages = readTs(file);
        QVERIFY2(messages.size() > 100, "the .ts file holds the application's strings");
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = QStringLiteral("[%1] %2").arg(m.context, m.source.left(60));
            if (m.unfinished || m.translations.join(QString()).trimmed().isEmpty()) {
                problems << QStringLiteral("unfinished: ") + where;
                continue;
            }
            for (const QString &t : m.translations)
                if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("placeholders differ: ") + where;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(QString::number(problems.size()) + QStringLiteral(" problem(s):\n")
                                                + problems.mid(0, 40).join(QLatin1Char('\n'))));
    }

    void chineseIsChinese()
    {
        // A zh_CN file that merely copies the English would pass the test above.
        const QList<Message> messages = readTs(QStringLiteral(JIANDU_SOURCE_DIR "/translations/jiandu_zh_CN.ts"));
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        int withHan = 0;
        for (const Message &m : messages)
            if (han.match(m.translations.join(QString())).hasMatch())
                ++withHan;
        QVERIFY2(withHan * 10 >= messages.size() * 9,
                 qPrintable(QStringLiteral("%1 of %2 translations contain Chinese").arg(withHan).arg(messages.size())));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
