// SPDX-License-Identifier: GPL-3.0-or-later
// Appearance: the chosen theme reaches the application's palette, the onion and the charts
// follow it without a restart, System gives back the platform's look, and keyboard focus
// stays visible on the dark palette.

#include "Appearance.h"
#include "ChartCanvas.h"
#include "ChartsView.h"
#include "DemoJournal.h"
#include "Journal.h"
#include "OnionCanvas.h"
#include "OnionView.h"

#include <QApplication>
#include <QChart>
#include <QLineEdit>
#include <QProxyStyle>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <cmath>

using namespace unfold;

namespace {

double luminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

// WCAG's contrast ratio: 1 (none) to 21 (black on white).
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark(const QColor &colour)
{
    return colour.lightnessF() < 0.5;
}

// The strongest contrast against `background` along the outer three pixels of the image:
// where a frame, and a focus frame, is drawn.
double strongestEdgeContrast(const QImage &image, const QColor &background)
{
    double strongest = 1.0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const int edge = std::min({x, y, image.width() - 1 - x, image.height() - 1 - y});
            if (edge < 3)
                strongest = std::max(strongest, contrast(image.pixelColor(x, y), background));
        }
    }
    return strongest;
}

} // namespace

class TestAppearance final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    QPalette m_platformPalette;
    QString m_platformStyle;

private Q_SLOTS:
    void initTestCase()
    {
        m_platformPalette = QApplication::palette();
        m_platformStyle = QApplication::style()->name();
        const QString path = m_dir.filePath(QStringLiteral("demo.unfold"));
        QString error;
        QVERIFY2(DemoJournal::write(path, DemoJournal::Profile::Personal, 1, false, &error),
                 qPrintable(error));
        JournalProblem problem;
        m_journal = Journal::open(path, JournalStore::Access::ReadWrite,
                                  m_dir.filePath(QStringLiteral("backups")), &problem);
        QVERIFY2(m_journal, qPrintable(problem.message));
    }
    void cleanup() { Appearance::apply(Preferences::Theme::System); }

    void darkAndLightReachTheApplication()
    {
        Appearance::apply(Preferences::Theme::Dark);
        auto *style = qobject_cast<QProxyStyle *>(QApplication::style());
        QVERIFY(style);
        QCOMPARE(style->baseStyle()->name(), QStringLiteral("fusion"));
        QVERIFY(isDark(QApplication::palette().color(QPalette::Window)));
        QVERIFY(isDark(QApplication::palette().color(QPalette::Base)));
        QVERIFY(!isDark(QApplication::palette().color(QPalette::WindowText)));

        Appearance::apply(Preferences::Theme::Light);
        QVERIFY(!isDark(QApplication::palette().color(QPalette::Window)));
        QVERIFY(isDark(QApplication::palette().color(QPalette::WindowText)));
    }

    void systemGivesBackThePlatformsLook()
    {
        Appearance::apply(Preferences::Theme::Dark);
        QVERIFY(QApplication::palette() != m_platformPalette);
        Appearance::apply(Preferences::Theme::System);
        QCOMPARE(QApplication::style()->name(), m_platformStyle);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_platformPalette.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Highlight),
                 m_platformPalette.color(QPalette::Highlight));
    }

    void onionAndChartsFollowLive()
    {
        const qint64 relationship = m_journal->relationships().first().id;
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *onion = new OnionView;
        auto *charts = new ChartsView;
        layout->addWidget(onion);
        layout->addWidget(charts);
        onion->setJournal(m_journal.get());
        onion->setRelationship(relationship);
        charts->setJournal(m_journal.get());
        charts->setRelationship(relationship);
        window.resize(900, 1200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto onionBackground = [onion] { return onion->canvas()->picture().theme.background; };
        const auto chartBackground = [charts] {
            return charts->findChild<ChartCanvas *>()->chart()->backgroundBrush().color();
        };

        Appearance::apply(Preferences::Theme::Light);
        QTRY_VERIFY(!isDark(onionBackground()));
        QTRY_VERIFY(!isDark(chartBackground()));

        Appearance::apply(Preferences::Theme::Dark);
        QTRY_VERIFY(isDark(onionBackground()));
        QTRY_VERIFY(isDark(chartBackground()));

        Appearance::apply(Preferences::Theme::Light);
        QTRY_VERIFY(!isDark(onionBackground()));
        QTRY_VERIFY(!isDark(chartBackground()));
    }

    void palettesKeepSelectionAndFocusVisible_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << Appearance::lightPalette();
        QTest::newRow("dark") << Appearance::darkPalette();
    }

    void palettesKeepSelectionAndFocusVisible()
    {
        QFETCH(QPalette, palette);
        // Focus frames are drawn from the highlight: it must stand out from windows and fields
        // (WCAG's 3:1 for parts of controls), and selected text must read on it (4.5:1).
        const QColor highlight = palette.color(QPalette::Highlight);
        QVERIFY2(contrast(highlight, palette.color(QPalette::Window)) >= 3.0, "highlight on window");
        QVERIFY2(contrast(highlight, palette.color(QPalette::Base)) >= 3.0, "highlight on field");
        QVERIFY2(contrast(palette.color(QPalette::HighlightedText), highlight) >= 4.5, "selected text");
        QVERIFY2(contrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 7.0, "text");
        QVERIFY2(contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 7.0,
                 "labels");
        QVERIFY2(contrast(palette.color(QPalette::ButtonText), palette.color(QPalette::Button)) >= 4.5,
                 "buttons");
    }

    void focusFrameShowsOnTheDarkPalette()
    {
        Appearance::apply(Preferences::Theme::Dark);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *other = new QLineEdit;
        auto *field = new QLineEdit;
        layout->addWidget(other);
        layout->addWidget(field);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QColor background = QApplication::palette().color(QPalette::Window);

        other->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(other->hasFocus());
        const double unfocused = strongestEdgeContrast(field->grab().toImage(), background);
        field->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(field->hasFocus());
        const double focused = strongestEdgeContrast(field->grab().toImage(), background);
        QVERIFY2(focused >= 3.0, qPrintable(QStringLiteral("focus frame contrast %1").arg(focused)));
        QVERIFY2(focused > unfocused,
                 qPrintable(QStringLiteral("%1 unfocused, %2 focused").arg(unfocused).arg(focused)));
    }
};

QTEST_MAIN(TestAppearance)
#include "test_appearance.moc"
