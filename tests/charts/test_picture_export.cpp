// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnionPainter.h"
#include "OnionState.h"
#include "PictureExport.h"
#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <sys/stat.h>

using namespace unfold;

namespace {

// The file's permission bits as the system keeps them.
int modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

const QList<Topic> topics{{1, QStringLiteral("Work"), 0, false},
                          {2, QStringLiteral("Family"), 1, false},
                          {3, QStringLiteral("Money"), 2, false}};

PictureExport::Paint onionPaint(const OnionState &state)
{
    return [&state](QPainter &painter, const QSizeF &size) {
        OnionPicture picture;
        picture.state = &state;
        picture.title = QStringLiteral("Ann & Bo");
        OnionPainter::paint(painter, size, picture);
    };
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class PictureExportTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    OnionHistory m_history{{}, {}, topics, 3};
    OnionState m_state = m_history.stateAfter(0);

private Q_SLOTS:
    void pngHasSizeTimesDpiAndRecordsIt_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("dpi");
        QTest::newRow("default") << QSize(800, 800) << 96;
        QTest::newRow("print") << QSize(400, 300) << 300;
        QTest::newRow("lowest") << QSize(101, 57) << 72;
        QTest::newRow("highest") << QSize(200, 120) << 600;
    }

    void pngHasSizeTimesDpiAndRecordsIt()
    {
        QFETCH(QSize, size);
        QFETCH(int, dpi);
        const QString path = m_dir.filePath(QStringLiteral("onion.png"));
        QString error;
        QVERIFY2(PictureExport::write(path, PictureExport::Format::Png, size, dpi, onionPaint(m_state),
                                      QStringLiteral("Ann & Bo"), &error),
                 qPrintable(error));
        const QImage image(path);
        QCOMPARE(image.width(), int(std::lround(size.width() * dpi / 96.0)));
        QCOMPARE(image.height(), int(std::lround(size.height() * dpi / 96.0)));
        QCOMPARE(image.dotsPerMeterX(), int(std::lround(dpi / 0.0254)));
        QCOMPARE(image.dotsPerMeterY(), int(std::lround(dpi / 0.0254)));
    }

    void svgHasAViewBoxAndRenders()
    {
        const QString path = m_dir.filePath(QStringLiteral("onion.svg"));
        QString error;
        QVERIFY2(PictureExport::write(path, PictureExport::Format::Svg, QSize(640, 480), 96,
                                      onionPaint(m_state), QStringLiteral("Ann & Bo"), &error),
                 qPrintable(error));
        const QByteArray svg = contents(path);
        QVERIFY(svg.contains("<svg"));
        QVERIFY(svg.contains("viewBox=\"0 0 640 480\""));
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(0, 0, 640, 480));
    }

    void pdfIsOnePageOfTheLogicalSize()
    {
        const QString path = m_dir.filePath(QStringLiteral("onion.pdf"));
        QString error;
        QVERIFY2(PictureExport::write(path, PictureExport::Format::Pdf, QSize(800, 600), 96,
                                      onionPaint(m_state), QStringLiteral("Ann & Bo"), &error),
                 qPrintable(error));
        const QByteArray pdf = contents(path);
        QVERIFY(pdf.startsWith("%PDF"));
        const QString text = QString::fromLatin1(pdf);
        QCOMPARE(text.count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))), 1);
        // 800 × 600 logical pixels at 96 per inch are 600 × 450 points.
        QVERIFY(text.contains(
            QRegularExpression(QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+600(\\.0+)?\\s+450"))));
    }

    void badRequestsLeaveNothingBehind()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!PictureExport::write(dir.filePath(QStringLiteral("a.png")), PictureExport::Format::Png,
                                      QSize(100, 100), 71, onionPaint(m_state), {}, &error));
        QVERIFY(error.contains(QStringLiteral("72")));
        error.clear();
        QVERIFY(!PictureExport::write(dir.filePath(QStringLiteral("missing/a.svg")),
                                      PictureExport::Format::Svg, QSize(100, 100), 96, onionPaint(m_state),
                                      {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void replacesAnExistingFileWhole()
    {
        const QString path = m_dir.filePath(QStringLiteral("again.png"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("not a picture");
        old.close();
        QString error;
        QVERIFY(PictureExport::write(path, PictureExport::Format::Png, QSize(50, 50), 96, onionPaint(m_state),
                                     {}, &error));
        QCOMPARE(QImage(path).size(), QSize(50, 50));
    }

    // Every format goes to disk through the one checked path: a failing step (a full disk, a
    // read-only folder) is reported, the earlier picture stays whole and nothing is left beside it;
    // what is written is the user's alone even under an ordinary umask.
    void aFailedWriteKeepsTheEarlierPicture_data()
    {
        QTest::addColumn<PictureExport::Format>("format");
        QTest::addColumn<PrivateFiles::Step>("step");
        const QList<std::pair<const char *, PrivateFiles::Step>> steps{
            {"create", PrivateFiles::Step::Create},
            {"write", PrivateFiles::Step::Write},
            {"sync", PrivateFiles::Step::Sync},
            {"rename", PrivateFiles::Step::Rename}};
        for (const auto format :
             {PictureExport::Format::Png, PictureExport::Format::Svg, PictureExport::Format::Pdf})
            for (const auto &[name, step] : steps)
                QTest::addRow("%s, %s", qPrintable(PictureExport::suffix(format)), name) << format << step;
    }
    void aFailedWriteKeepsTheEarlierPicture()
    {
        QFETCH(PictureExport::Format, format);
        QFETCH(PrivateFiles::Step, step);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("onion.") + PictureExport::suffix(format));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the picture from last week");
        }
        const mode_t before = ::umask(022);
        PrivateFiles::failNextAt(step, ENOSPC);
        QString error;
        const bool written =
            PictureExport::write(path, format, QSize(300, 300), 96, onionPaint(m_state), {}, &error);
        PrivateFiles::clearFaults();
        QVERIFY(!written);
        QVERIFY2(error.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))), qPrintable(error));
        QCOMPARE(contents(path), QByteArray("the picture from last week"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QFileInfo(path).fileName()});

        QVERIFY2(PictureExport::write(path, format, QSize(300, 300), 96, onionPaint(m_state), {}, &error),
                 qPrintable(error));
        ::umask(before);
        QVERIFY(contents(path) != QByteArray("the picture from last week"));
        QCOMPARE(modeOf(path), 0600);
    }

    void sizesAreParsed()
    {
        QCOMPARE(PictureExport::parseSize(QStringLiteral("800x600")), QSize(800, 600));
        QCOMPARE(PictureExport::parseSize(QStringLiteral("17X16")), QSize(17, 16));
        QVERIFY(!PictureExport::parseSize(QStringLiteral("15x100")));
        QVERIFY(!PictureExport::parseSize(QStringLiteral("800")));
        QVERIFY(!PictureExport::parseSize(QStringLiteral("-5x100")));
        QVERIFY(!PictureExport::parseSize(QStringLiteral("20001x100")));
    }
};

QTEST_MAIN(PictureExportTest)
#include "test_picture_export.moc"
