// SPDX-License-Identifier: GPL-3.0-or-later
// Appearance: the chosen theme reaches the application's palette, the onion and the charts
// follow it without a restart, System gives back the platform's look, and keyboard focus
// stays visible on the dark palette. High contrast: its palette reaches WCAG's 7:1, controls
// keep visible edges on black, focus frames are wider and a ring marks the focused widget, and
// the onion and charts switch to their high-contrast variants, for a high-contrast desktop too.

#include "Appearance.h"
#include "ChartCanvas.h"
#include "ChartsView.h"
#include "DemoJournal.h"
#include "EditHistory.h"
#include "FocusFrameStyle.h"
#include "HighContrastStyle.h"
#include "Journal.h"
#include "OnionCanvas.h"
#include "OnionView.h"

#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QFocusFrame>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QProxyStyle>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionFocusRect>
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
        EditHistory history(m_journal.get());
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *onion = new OnionView;
        auto *charts = new ChartsView(history);
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

        Appearance::apply(Preferences::Theme::HighContrast);
        QTRY_COMPARE(onion->canvas()->picture().theme.personA, OnionTheme::highContrast().personA);
        QVERIFY(onion->canvas()->picture().theme.outline.isValid());
        QTRY_COMPARE(chartBackground(), QColor(Qt::black));

        Appearance::apply(Preferences::Theme::Light);
        QTRY_VERIFY(!isDark(onionBackground()));
        QTRY_VERIFY(!isDark(chartBackground()));
        QVERIFY(!onion->canvas()->picture().theme.outline.isValid());
    }

    void aHighContrastDesktopIsFollowedAsTheSystem()
    {
        // Theme "As the system" keeps the platform's palette; a high-contrast desktop hands Qt
        // one like this, and the onion and the charts must see it.
        QPalette desktop = Appearance::highContrastPalette();
        desktop.setColor(QPalette::All, QPalette::Highlight, QColor(0x00, 0xff, 0xff));
        Appearance::apply(Preferences::Theme::System);
        QApplication::setPalette(desktop);
        const qint64 relationship = m_journal->relationships().first().id;
        OnionView onion;
        onion.setJournal(m_journal.get());
        onion.setRelationship(relationship);
        EditHistory history(m_journal.get());
        ChartsView charts(history);
        charts.setJournal(m_journal.get());
        charts.setRelationship(relationship);
        charts.show(); // a chart is drawn when it is seen
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        QVERIFY(onion.canvas()->picture().theme.outline.isValid());
        QCOMPARE(charts.findChild<ChartCanvas *>()->chart()->backgroundBrush().color(), QColor(Qt::black));
        QApplication::setPalette(m_platformPalette);
    }

    void themesPickTheirOwnPictures()
    {
        QVERIFY(OnionTheme::forPalette(Appearance::highContrastPalette()).outline.isValid());
        QCOMPARE(ChartTheme::forPalette(Appearance::highContrastPalette()).markerSize,
                 ChartTheme::highContrast().markerSize);
        for (const QPalette &ordinary :
             {Appearance::lightPalette(), Appearance::darkPalette(), m_platformPalette}) {
            QVERIFY(!OnionTheme::forPalette(ordinary).outline.isValid());
            QCOMPARE(ChartTheme::forPalette(ordinary).markerSize, ChartTheme::light().markerSize);
        }
    }

    void palettesKeepSelectionAndFocusVisible_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << Appearance::lightPalette();
        QTest::newRow("dark") << Appearance::darkPalette();
        QTest::newRow("high contrast") << Appearance::highContrastPalette();
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

    void highContrastPaletteReachesSevenToOne()
    {
        const QPalette palette = Appearance::highContrastPalette();
        const auto ratio = [&palette](QPalette::ColorRole a, QPalette::ColorRole b,
                                      QPalette::ColorGroup group = QPalette::Active) {
            return contrast(palette.color(group, a), palette.color(group, b));
        };
        QCOMPARE(ratio(QPalette::WindowText, QPalette::Window), 21.0);
        QCOMPARE(ratio(QPalette::Text, QPalette::Base), 21.0);
        QCOMPARE(ratio(QPalette::ButtonText, QPalette::Button), 21.0);
        QVERIFY(ratio(QPalette::Text, QPalette::AlternateBase) >= 7.0);
        QVERIFY(ratio(QPalette::ToolTipText, QPalette::ToolTipBase) >= 7.0);
        // Selection and focus frames: the highlight on black, and selected text on it.
        QVERIFY(ratio(QPalette::Highlight, QPalette::Window) >= 7.0);
        QVERIFY(ratio(QPalette::Highlight, QPalette::Base) >= 7.0);
        QVERIFY(ratio(QPalette::HighlightedText, QPalette::Highlight) >= 7.0);
        QVERIFY(ratio(QPalette::Link, QPalette::Base) >= 7.0);
        QVERIFY(ratio(QPalette::PlaceholderText, QPalette::Base) >= 4.5);
        // Disabled text: readable, yet plainly not the enabled white.
        for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
            const QColor disabled = palette.color(QPalette::Disabled, role);
            QVERIFY(contrast(disabled, palette.color(QPalette::Disabled, QPalette::Window)) >= 4.5);
            QVERIFY(contrast(disabled, palette.color(QPalette::Active, role)) >= 2.0);
        }
    }

    void highContrastEdgesEveryControl()
    {
        Appearance::apply(Preferences::Theme::HighContrast);
        QVERIFY(qobject_cast<HighContrastStyle *>(QApplication::style()));
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *field = new QLineEdit;
        auto *button = new QPushButton(QStringLiteral("Apply"));
        auto *choice = new QComboBox;
        choice->addItem(QStringLiteral("One"));
        auto *box = new QCheckBox;
        auto *elsewhere = new QLineEdit; // holds the focus, so no edge below is a focus mark
        for (QWidget *widget : std::initializer_list<QWidget *>{elsewhere, field, button, choice, box})
            layout->addWidget(widget);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        elsewhere->setFocus();
        QTRY_VERIFY(elsewhere->hasFocus());
        for (QWidget *widget : std::initializer_list<QWidget *>{field, button, choice}) {
            const double edge = strongestEdgeContrast(widget->grab().toImage(), Qt::black);
            QVERIFY2(edge >= 7.0, qPrintable(QStringLiteral("%1: %2")
                                                 .arg(QLatin1String(widget->metaObject()->className()))
                                                 .arg(edge)));
        }
        // A menu pops up over the black window: its edge parts the two.
        QMenu menu;
        menu.addAction(QStringLiteral("Open"));
        QVERIFY(strongestEdgeContrast(menu.grab().toImage(), Qt::black) >= 7.0);
        // An unchecked box without a label: only its square can stand out.
        const QImage square = box->grab().toImage();
        double strongest = 1.0;
        for (int y = 0; y < square.height(); ++y)
            for (int x = 0; x < square.width(); ++x)
                strongest = std::max(strongest, contrast(square.pixelColor(x, y), Qt::black));
        QVERIFY2(strongest >= 7.0, qPrintable(QString::number(strongest)));
        // Fusion alone draws those edges a shade darker than the black window: none at all.
        Appearance::apply(Preferences::Theme::Dark);
        QApplication::setPalette(Appearance::highContrastPalette());
        QVERIFY(strongestEdgeContrast(field->grab().toImage(), Qt::black) < 3.0);
    }

    void focusFramesAreWiderInHighContrast()
    {
        // A table's current cell, drawn by each theme's style: its frame's width in pixels.
        const auto frameWidth = [](const QStyle &style, const QPalette &palette) {
            QImage image(QSize(60, 30), QImage::Format_ARGB32);
            image.fill(palette.color(QPalette::Base));
            QStyleOptionFocusRect option;
            option.rect = image.rect();
            option.palette = palette;
            option.state = QStyle::State_KeyboardFocusChange | QStyle::State_HasFocus | QStyle::State_Enabled;
            QPainter painter(&image);
            style.drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter);
            painter.end();
            int rows = 0;
            while (rows < image.height() && image.pixelColor(30, rows) == palette.color(QPalette::Highlight))
                ++rows;
            return rows;
        };
        QCOMPARE(frameWidth(FocusFrameStyle(), Appearance::darkPalette()), 2);
        QCOMPARE(frameWidth(HighContrastStyle(), Appearance::highContrastPalette()),
                 HighContrastStyle::focusFrameWidth);
        QVERIFY(HighContrastStyle::focusFrameWidth > 2);
    }

    void focusRingSurroundsTheFocusedWidgetInHighContrast()
    {
        Appearance::apply(Preferences::Theme::HighContrast);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        layout->setSpacing(12);
        auto *first = new QLineEdit;
        auto *second = new QLineEdit;
        layout->addWidget(first);
        layout->addWidget(second);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QColor yellow = QApplication::palette().color(QPalette::Highlight);
        // Just outside the widget's edges, at the middle of each side.
        const auto ringed = [&window, &yellow](QWidget *widget) {
            const QImage image = window.grab().toImage();
            const QRect r = widget->geometry();
            const QPoint outside[] = {{r.center().x(), r.top() - 1},
                                      {r.center().x(), r.bottom() + 2},
                                      {r.left() - 1, r.center().y()},
                                      {r.right() + 2, r.center().y()}};
            return std::all_of(std::begin(outside), std::end(outside),
                               [&](const QPoint &p) { return image.pixelColor(p) == yellow; });
        };
        second->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(second->hasFocus());
        QTRY_VERIFY(ringed(second));
        QVERIFY(!ringed(first));
        first->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(ringed(first));
        QVERIFY(!ringed(second));

        // Gone with the theme: no ring in the light one.
        Appearance::apply(Preferences::Theme::Light);
        QTRY_VERIFY(!ringed(first));
        const auto frames = window.findChildren<QFocusFrame *>();
        QVERIFY(std::none_of(frames.cbegin(), frames.cend(), [](QFocusFrame *f) { return f->isVisible(); }));
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
        window.activateWindow();
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
