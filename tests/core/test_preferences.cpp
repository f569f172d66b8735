// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences: each has a default, keeps what is set, forgets a value set back to its default,
// and falls back to the default when the settings file holds nonsense.

#include "JournalBackups.h"
#include "Preferences.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <utility>

using namespace unfold;

class TestPreferences final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UnfoldTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_preferences"));
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void defaults()
    {
        QCOMPARE(Preferences::theme(), Preferences::Theme::System);
        QCOMPARE(Preferences::exportFormat(), QStringLiteral("png"));
        QCOMPARE(Preferences::exportWidth(), 1000);
        QCOMPARE(Preferences::exportDpi(), 192);
        QCOMPARE(Preferences::backupFolder(), JournalBackups::defaultFolder());
        const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QCOMPARE(Preferences::journalFolder(), appData);
        QCOMPARE(Preferences::defaultJournalPath(), appData + QStringLiteral("/journal.unfold"));
        QVERIFY(Preferences::listInDesktopRecent());
    }

    void desktopRecentFilesCanBeTurnedOff()
    {
        Preferences::setListInDesktopRecent(false);
        QSettings().sync();
        QVERIFY(!Preferences::listInDesktopRecent());
        Preferences::setListInDesktopRecent(true);
        QCOMPARE(QSettings().allKeys(), QStringList());
    }

    void roundTrip()
    {
        Preferences::setTheme(Preferences::Theme::Dark);
        Preferences::setExportFormat(QStringLiteral("svg"));
        Preferences::setExportWidth(1600);
        Preferences::setExportDpi(300);
        Preferences::setBackupFolder(QStringLiteral("/srv/unfold/backups/"));
        Preferences::setJournalFolder(QStringLiteral("/home/someone/Journals"));
        QSettings().sync();

        QCOMPARE(Preferences::theme(), Preferences::Theme::Dark);
        QCOMPARE(Preferences::exportFormat(), QStringLiteral("svg"));
        QCOMPARE(Preferences::exportWidth(), 1600);
        QCOMPARE(Preferences::exportDpi(), 300);
        QCOMPARE(Preferences::backupFolder(), QStringLiteral("/srv/unfold/backups"));
        QCOMPARE(Preferences::journalFolder(), QStringLiteral("/home/someone/Journals"));
        QCOMPARE(Preferences::defaultJournalPath(), QStringLiteral("/home/someone/Journals/journal.unfold"));

        Preferences::setTheme(Preferences::Theme::Light);
        QCOMPARE(Preferences::theme(), Preferences::Theme::Light);
        Preferences::setTheme(Preferences::Theme::HighContrast);
        QCOMPARE(Preferences::theme(), Preferences::Theme::HighContrast);
    }

    void themesStoredBeforeHighContrastKeepTheirMeaning()
    {
        // Stored as words by versions that knew three themes; adding a fourth changes none.
        for (const auto &[word, theme] :
             {std::pair{"system", Preferences::Theme::System}, std::pair{"light", Preferences::Theme::Light},
              std::pair{"dark", Preferences::Theme::Dark}}) {
            QSettings().setValue(QStringLiteral("appearance/theme"), QString::fromLatin1(word));
            QCOMPARE(Preferences::theme(), theme);
        }
        QSettings().setValue(QStringLiteral("appearance/theme"), QStringLiteral("high-contrast"));
        QCOMPARE(Preferences::theme(), Preferences::Theme::HighContrast);
    }

    void settingTheDefaultForgetsTheValue()
    {
        Preferences::setTheme(Preferences::Theme::Dark);
        Preferences::setExportDpi(300);
        Preferences::setBackupFolder(QStringLiteral("/srv/backups"));
        QVERIFY(!QSettings().allKeys().isEmpty());

        Preferences::setTheme(Preferences::Theme::System);
        Preferences::setExportDpi(Preferences::defaultExportDpi);
        Preferences::setBackupFolder(QString()); // empty: back to the default
        QCOMPARE(QSettings().allKeys(), QStringList());
        QCOMPARE(Preferences::backupFolder(), JournalBackups::defaultFolder());
    }

    void outOfRangeIsClampedWhenSet()
    {
        Preferences::setExportWidth(5);
        QCOMPARE(Preferences::exportWidth(), Preferences::minimumExportWidth);
        Preferences::setExportDpi(100000);
        QCOMPARE(Preferences::exportDpi(), Preferences::maximumExportDpi);
        Preferences::setExportFormat(QStringLiteral("gif")); // not one Unfold writes: ignored
        QCOMPARE(Preferences::exportFormat(), QStringLiteral("png"));
    }

    void nonsenseInTheFileFallsBack_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("unknown theme")
            << QStringLiteral("appearance/theme") << QVariant(QStringLiteral("purple"));
        QTest::newRow("unknown format")
            << QStringLiteral("pictures/format") << QVariant(QStringLiteral("gif"));
        QTest::newRow("width not a number")
            << QStringLiteral("pictures/width") << QVariant(QStringLiteral("wide"));
        QTest::newRow("width too small") << QStringLiteral("pictures/width") << QVariant(3);
        QTest::newRow("dpi too large") << QStringLiteral("pictures/dpi") << QVariant(5000);
        QTest::newRow("relative backups")
            << QStringLiteral("folders/backups") << QVariant(QStringLiteral("backups"));
        QTest::newRow("relative journals")
            << QStringLiteral("folders/journals") << QVariant(QStringLiteral("j"));
    }

    void nonsenseInTheFileFallsBack()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        QSettings().setValue(key, value);
        QCOMPARE(Preferences::theme(), Preferences::Theme::System);
        QCOMPARE(Preferences::exportFormat(), QStringLiteral("png"));
        QCOMPARE(Preferences::exportWidth(), Preferences::defaultExportWidth);
        QCOMPARE(Preferences::exportDpi(), Preferences::defaultExportDpi);
        QCOMPARE(Preferences::backupFolder(), JournalBackups::defaultFolder());
        QCOMPARE(Preferences::journalFolder(), Preferences::defaultJournalFolder());
    }
};

QTEST_GUILESS_MAIN(TestPreferences)
#include "test_preferences.moc"
