// SPDX-License-Identifier: GPL-3.0-or-later
// ExportPictureDialog starts from the format, width and resolution chosen in Settings, and the
// file's ending follows the format.

#include "ExportPictureDialog.h"
#include "Preferences.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace unfold;

class TestExportPictureDialog final : public QObject
{
    Q_OBJECT

private:
    static void paint(QPainter &, const QSizeF &) {}

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UnfoldTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_export_picture_dialog"));
    }
    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void startsFromTheDefaults()
    {
        ExportPictureDialog dialog(&paint, QStringLiteral("Onion of Ann"), QStringLiteral("Ann"));
        QCOMPARE(dialog.format(), PictureExport::Format::Png);
        QCOMPARE(dialog.logicalSize(), QSize(1000, 1000));
        QCOMPARE(dialog.dpi(), 192);
        QVERIFY2(dialog.path().endsWith(QStringLiteral("/Onion of Ann.png")), qPrintable(dialog.path()));
    }

    void startsFromTheSettings()
    {
        Preferences::setExportFormat(QStringLiteral("svg"));
        Preferences::setExportWidth(1200);
        Preferences::setExportDpi(300);
        // A dot in the name is part of it, not an ending to replace.
        ExportPictureDialog dialog(&paint, QStringLiteral("Onion of J. Doe"), QStringLiteral("J. Doe"));
        QCOMPARE(dialog.format(), PictureExport::Format::Svg);
        QCOMPARE(dialog.logicalSize(), QSize(1200, 1200));
        QCOMPARE(dialog.dpi(), 300);
        QVERIFY2(dialog.path().endsWith(QStringLiteral("/Onion of J. Doe.svg")), qPrintable(dialog.path()));

        // A picture of its own shape (a chart) keeps the width from Settings.
        dialog.setLogicalSize(QSize(1200, 720));
        QCOMPARE(dialog.logicalSize(), QSize(1200, 720));
    }

    void theEndingFollowsTheFormat()
    {
        Preferences::setExportFormat(QStringLiteral("pdf"));
        ExportPictureDialog dialog(&paint, QStringLiteral("Trust"), QStringLiteral("Trust"));
        QVERIFY(dialog.path().endsWith(QStringLiteral("/Trust.pdf")));
        auto *format = dialog.findChild<QComboBox *>();
        QVERIFY(format);
        format->setCurrentIndex(format->findData(int(PictureExport::Format::Png)));
        QCOMPARE(dialog.format(), PictureExport::Format::Png);
        QVERIFY(dialog.path().endsWith(QStringLiteral("/Trust.png")));
    }

    // "onion.svg" typed while the format says PNG writes an SVG (it once wrote a PNG named .svg),
    // and a name without an ending gets the format's.
    void theTypedEndingChoosesTheFormat()
    {
        Preferences::setExportFormat(QStringLiteral("png"));
        QTemporaryDir dir;
        const auto typeInto = [](ExportPictureDialog &dialog, const QString &text) {
            auto *path = dialog.findChild<QLineEdit *>();
            QVERIFY(path);
            path->selectAll();
            QTest::keyClicks(path, text);
        };
        ExportPictureDialog dialog(&paint, QStringLiteral("Onion"), QStringLiteral("Onion"));
        QCOMPARE(dialog.format(), PictureExport::Format::Png);
        typeInto(dialog, dir.filePath(QStringLiteral("onion.svg")));
        QCOMPARE(dialog.format(), PictureExport::Format::Svg);
        QCOMPARE(dialog.path(), dir.filePath(QStringLiteral("onion.svg"))); // the name as typed
        dialog.accept();
        QCOMPARE(dialog.writtenPath(), dir.filePath(QStringLiteral("onion.svg")));
        QFile svg(dialog.writtenPath());
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));

        ExportPictureDialog plain(&paint, QStringLiteral("Onion"), QStringLiteral("Onion"));
        auto *format = plain.findChild<QComboBox *>();
        format->setCurrentIndex(format->findData(int(PictureExport::Format::Pdf)));
        typeInto(plain, dir.filePath(QStringLiteral("plain")));
        QCOMPARE(plain.format(), PictureExport::Format::Pdf);
        plain.accept();
        QCOMPARE(plain.writtenPath(), dir.filePath(QStringLiteral("plain.pdf")));
        QFile pdf(plain.writtenPath());
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF"));
    }
};

QTEST_MAIN(TestExportPictureDialog)
#include "test_export_picture_dialog.moc"
