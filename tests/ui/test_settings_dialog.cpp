// SPDX-License-Identifier: GPL-3.0-or-later
// SettingsDialog: its pages show the stored preferences, store what is changed on Apply, apply
// the theme at once, refuse a folder that cannot be used, and the backup folder reaches the
// journals opened afterwards.

#include "DemoJournal.h"
#include "Journal.h"
#include "JournalOpening.h"
#include "Preferences.h"
#include "SettingsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace unfold;

namespace {

template <typename Widget> Widget *named(const QWidget &parent, const QString &accessibleName)
{
    const QList<Widget *> all = parent.findChildren<Widget *>();
    for (Widget *widget : all) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

} // namespace

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UnfoldTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_settings_dialog"));
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void hasOnePagePerSubject()
    {
        SettingsDialog dialog;
        QCOMPARE(dialog.tabs()->count(), 4);
    }

    // "As the system" names the system's language when it has one, and never shows an empty "()".
    void theSystemLanguageChoiceReadsWell()
    {
        SettingsDialog dialog;
        QComboBox *language = nullptr;
        for (auto *box : dialog.findChildren<QComboBox *>())
            if (box->accessibleName() == QLatin1String("Language"))
                language = box;
        QVERIFY(language);
        const QString first = language->itemText(0);
        QVERIFY2(first.startsWith(QLatin1String("As the system")) && !first.contains(QLatin1String("()")),
                 qPrintable(first));
        QCOMPARE(first.contains(u'('), !QLocale::system().nativeLanguageName().isEmpty());
    }

    void showsAndStoresThePictureSettings()
    {
        Preferences::setExportDpi(144);
        SettingsDialog dialog;
        auto *format = named<QComboBox>(dialog, QStringLiteral("Picture format"));
        auto *width = named<QSpinBox>(dialog, QStringLiteral("Picture width in logical pixels"));
        auto *dpi = named<QSpinBox>(dialog, QStringLiteral("Resolution in dots per inch"));
        QVERIFY(format && width && dpi);
        QCOMPARE(dpi->value(), 144);
        QCOMPARE(width->value(), 1000);

        format->setCurrentIndex(format->findData(QStringLiteral("pdf")));
        width->setValue(1400);
        dpi->setValue(96);
        QCOMPARE(Preferences::exportFormat(), QStringLiteral("png")); // nothing stored before Apply
        QVERIFY(dialog.apply());
        QCOMPARE(Preferences::exportFormat(), QStringLiteral("pdf"));
        QCOMPARE(Preferences::exportWidth(), 1400);
        QCOMPARE(Preferences::exportDpi(), 96);
    }

    void appliesTheThemeAtOnce()
    {
        SettingsDialog dialog;
        auto *theme = named<QComboBox>(dialog, QStringLiteral("Theme"));
        QVERIFY(theme);
        theme->setCurrentIndex(theme->findData(int(Preferences::Theme::Dark)));
        QVERIFY(dialog.apply());
        QCOMPARE(Preferences::theme(), Preferences::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() < 0.5);

        theme->setCurrentIndex(theme->findData(int(Preferences::Theme::Light)));
        QVERIFY(dialog.apply());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() > 0.5);
    }

    void offersAndStoresHighContrast()
    {
        SettingsDialog dialog;
        auto *theme = named<QComboBox>(dialog, QStringLiteral("Theme"));
        QVERIFY(theme);
        const int index = theme->findData(int(Preferences::Theme::HighContrast));
        QVERIFY(index >= 0);
        QCOMPARE(theme->itemText(index), QStringLiteral("High contrast"));
        theme->setCurrentIndex(index);
        QVERIFY(dialog.apply());
        QCOMPARE(Preferences::theme(), Preferences::Theme::HighContrast);
        QCOMPARE(QSettings().value(QStringLiteral("appearance/theme")).toString(),
                 QStringLiteral("high-contrast"));
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::white));

        // Shown as chosen the next time, and left again for light.
        SettingsDialog again;
        auto *shown = named<QComboBox>(again, QStringLiteral("Theme"));
        QCOMPARE(shown->currentData().toInt(), int(Preferences::Theme::HighContrast));
        shown->setCurrentIndex(shown->findData(int(Preferences::Theme::Light)));
        QVERIFY(again.apply());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightnessF() > 0.5);
    }

    void storesTheFolders()
    {
        const QString journals = m_dir.filePath(QStringLiteral("Journals"));
        const QString backups = m_dir.filePath(QStringLiteral("somewhere/Backups"));
        SettingsDialog dialog;
        auto *journalField = named<QLineEdit>(dialog, QStringLiteral("Journal folder"));
        auto *backupField = named<QLineEdit>(dialog, QStringLiteral("Backup folder"));
        QVERIFY(journalField && backupField);
        QCOMPARE(QDir::fromNativeSeparators(backupField->text()), Preferences::defaultBackupFolder());
        journalField->setText(journals);
        backupField->setText(backups);
        QVERIFY(dialog.apply());
        QCOMPARE(Preferences::journalFolder(), journals);
        QCOMPARE(Preferences::backupFolder(), backups);
        QVERIFY(QFileInfo(backups).isDir()); // made when applied, so the first backup cannot fail on it
        QCOMPARE(JournalOpening::defaultJournalPath(), journals + QStringLiteral("/journal.unfold"));
    }

    void refusesARelativeFolder()
    {
        SettingsDialog dialog;
        dialog.tabs()->setCurrentIndex(0);
        auto *backupField = named<QLineEdit>(dialog, QStringLiteral("Backup folder"));
        QVERIFY(backupField);
        backupField->setText(QStringLiteral("just/a/name"));
        bool warned = false;
        QTimer::singleShot(0, this, [&warned] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                warned = true;
                box->accept();
            }
        });
        QVERIFY(!dialog.apply());
        QVERIFY(warned);
        QCOMPARE(dialog.tabs()->currentIndex(), 2); // the page with the problem is shown
        QCOMPARE(Preferences::backupFolder(), Preferences::defaultBackupFolder());
    }

    void storesTheLockTime()
    {
        QCOMPARE(Preferences::lockMinutes(), 10); // DESIGN.md §4: ten minutes unless chosen otherwise
        SettingsDialog dialog;
        auto *minutes = named<QSpinBox>(dialog, QStringLiteral("Lock after minutes without use"));
        QVERIFY(minutes);
        QCOMPARE(minutes->value(), 10);
        minutes->setValue(0);
        QVERIFY(dialog.apply());
        QCOMPARE(Preferences::lockMinutes(), 0);
        minutes->setValue(Preferences::maximumLockMinutes + 5); // the box clamps what it accepts
        QVERIFY(dialog.apply());
        QCOMPARE(Preferences::lockMinutes(), Preferences::maximumLockMinutes);
    }

    void journalsOpenedLaterBackUpToTheChosenFolder()
    {
        const QString backups = m_dir.filePath(QStringLiteral("chosen-backups"));
        Preferences::setBackupFolder(backups);
        const QString path = m_dir.filePath(QStringLiteral("demo.unfold"));
        QString error;
        QVERIFY2(DemoJournal::write(path, DemoJournal::Profile::Personal, 1, false, &error),
                 qPrintable(error));
        auto journal = JournalOpening::open(nullptr, path);
        QVERIFY(journal);
        QVERIFY(journal->backups());
        QVERIFY2(journal->backups()->folder().startsWith(backups), qPrintable(journal->backups()->folder()));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "test_settings_dialog.moc"
