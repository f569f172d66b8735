// SPDX-License-Identifier: GPL-3.0-or-later
// The default topics and layers a journal keeps in the language it was made in are recognised in
// any shipped language and renamed into the language in use; names the user chose are not.
#include "DefaultNames.h"
#include "Language.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace unfold;

class TestDefaultNames final : public QObject
{
    Q_OBJECT

private:
    // The journal's topics as made in English, with ids and positions as a journal gives them.
    static QList<Topic> englishTopics()
    {
        const QTranslator english;
        QList<Topic> topics;
        for (const QString &name : defaultTopicNames(&english))
            topics.append({topics.size() + 1, name, int(topics.size()), false});
        return topics;
    }

private Q_SLOTS:
    void cleanup() { Language::install(QStringLiteral("en")); }

    void englishDefaultsBecomeGerman()
    {
        Language::install(QStringLiteral("de"));
        const QStringList german = defaultTopicNames();
        QCOMPARE(german.first(), QStringLiteral("Interessen & Hobbys")); // German is in use
        QList<Topic> topics = englishTopics();
        topics[1].name = QStringLiteral("Sport und Verein"); // renamed by the user: kept
        topics[2].name = german.at(2);                       // already German: nothing to do
        topics[3].hidden = true;                             // hidden, but still a default
        const QTranslator english;
        QList<Layer> layers = defaultLayers(&english);
        layers[1].description = QStringLiteral("What we think about the news"); // the user's words
        layers.append({4, QStringLiteral("Secrets"), QString()});               // no default at depth 4

        const DefaultNames::Renaming renaming = DefaultNames::intoLanguageInUse(topics, layers);
        QCOMPARE(renaming.topics.size(), topics.size() - 2);
        for (const Topic &renamed : renaming.topics) {
            const qsizetype index = renamed.id - 1;
            QVERIFY(index != 1 && index != 2);
            QCOMPARE(renamed.name, german.at(index));
            QCOMPARE(renamed.position, topics.at(index).position);
            QCOMPARE(renamed.hidden, topics.at(index).hidden);
        }
        const QList<Layer> germanLayers = defaultLayers();
        QCOMPARE(renaming.layers.size(), 3);
        QCOMPARE(renaming.layers.at(0), germanLayers.at(0));
        QCOMPARE(renaming.layers.at(1).name, germanLayers.at(1).name);
        QCOMPARE(renaming.layers.at(1).description, QStringLiteral("What we think about the news"));
        QCOMPARE(renaming.layers.at(2).name, QStringLiteral("Kern"));
    }

    void frenchDefaultsBecomeEnglish()
    {
        Language::install(QStringLiteral("fr"));
        QList<Topic> topics;
        for (const QString &name : defaultTopicNames())
            topics.append({topics.size() + 1, name, int(topics.size()), false});
        const QList<Layer> layers = defaultLayers();
        Language::install(QStringLiteral("en"));
        const DefaultNames::Renaming renaming = DefaultNames::intoLanguageInUse(topics, layers);
        QCOMPARE(renaming.topics.size(), topics.size());
        QCOMPARE(renaming.topics.first().name, QStringLiteral("Interests & hobbies"));
        QCOMPARE(renaming.layers.size(), 3);
        QCOMPARE(renaming.layers.last().name, QStringLiteral("Core"));
    }

    // A topic the user added to an English journal under a German word is the user's: it is not
    // taken for a German default, and no default is renamed onto it (two topics of one name).
    void aUsersWordThatIsADefaultElsewhereIsTheUsers()
    {
        Language::install(QStringLiteral("en"));
        QList<Topic> topics = englishTopics();
        topics.append({100, QStringLiteral("Familie"), int(topics.size()), false});
        QVERIFY(DefaultNames::intoLanguageInUse(topics, {}).isEmpty());

        Language::install(QStringLiteral("de"));
        const DefaultNames::Renaming renaming = DefaultNames::intoLanguageInUse(topics, {});
        QCOMPARE(renaming.topics.size(), topics.size() - 2); // neither "Family" nor the user's "Familie"
        for (const Topic &renamed : renaming.topics) {
            QVERIFY(renamed.id != 100);
            QVERIFY(renamed.name != QStringLiteral("Familie"));
        }
    }

    void namesAlreadyInTheLanguageInUseNeedNothing()
    {
        Language::install(QStringLiteral("es"));
        QList<Topic> topics;
        for (const QString &name : defaultTopicNames())
            topics.append({topics.size() + 1, name, int(topics.size()), false});
        QVERIFY(DefaultNames::intoLanguageInUse(topics, defaultLayers()).isEmpty());
        const QList<Topic> own{{1, QStringLiteral("Música"), 0, false},
                               {2, QStringLiteral("Viajes"), 1, false}};
        const QList<Layer> ownLayers{{1, QStringLiteral("Casual"), QString()},
                                     {2, QStringLiteral("Deep"), QString()},
                                     {3, QStringLiteral("Secret"), QString()}};
        QVERIFY(DefaultNames::intoLanguageInUse(own, ownLayers).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDefaultNames)
#include "test_default_names.moc"
