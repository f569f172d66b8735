// SPDX-License-Identifier: GPL-3.0-or-later
// ExportPictureDialog starts from the format, width and resolution chosen in Settings, and the
// file's ending follows the format.

#include "ExportPictureDialog.h"
#include "Preferences.h"

#include <QApplication>
#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
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
};

QTEST_MAIN(TestExportPictureDialog)
#include "test_export_picture_dialog.moc"
