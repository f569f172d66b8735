// SPDX-License-Identifier: GPL-3.0-or-later
// The lines of a chart over time that Unfold draws itself (ChartLines): a dash pattern laid along
// a line and running on across its corners, the ends of the dashes, and the drawing: dashes and
// gaps of the pattern's lengths on pixels, a dashed pen on vector pictures, in the order added,
// under the markers, inside the plot, and only for series still there and shown.
#include "ChartLines.h"
#include "ChartPainter.h"

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QLineSeries>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>
#include <QValueAxis>

#include <limits>

using namespace unfold;

namespace {

qreal lengthOf(const QPolygonF &dash)
{
    qreal length = 0;
    for (qsizetype i = 1; i < dash.size(); ++i)
        length += QLineF(dash.at(i - 1), dash.at(i)).length();
    return length;
}

// A chart on axes from 0 to 10, with horizontal lines drawn by ChartLines: `line` at y = 5 across
// the whole plot and beyond it, dashed in `colour` and `width` wide.
struct LineChart
{
    QChart chart;
    QValueAxis *x = new QValueAxis;
    QValueAxis *y = new QValueAxis;
    ChartLines *lines = new ChartLines(&chart);
    QLineSeries *line = nullptr;

    LineChart(const QColor &colour, qreal width)
    {
        chart.legend()->hide();
        chart.setBackgroundBrush(Qt::white);
        x->setRange(0, 10);
        y->setRange(0, 10);
        chart.addAxis(x, Qt::AlignBottom);
        chart.addAxis(y, Qt::AlignLeft);
        // Beyond the axes at both ends: what lies outside the plot must not show.
        line = addLine(5, QPen(colour, width, Qt::DashLine, Qt::FlatCap, Qt::BevelJoin));
    }
    QLineSeries *addLine(qreal at, const QPen &pen)
    {
        auto *series = new QLineSeries;
        series->append(-5, at);
        series->append(15, at);
        chart.addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
        lines->add(series, pen);
        return series;
    }
    QImage drawn(const QSize &size = QSize(600, 400))
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        ChartPainter::paint(painter, image.size(), chart);
        return image;
    }
    // The pixel in the middle of the plot, on the lines at y = 5.
    QRgb middle(const QImage &image) const { return image.pixel(chart.plotArea().center().toPoint()); }
};

bool isRed(QRgb pixel)
{
    return qRed(pixel) > 200 && qGreen(pixel) < 80 && qBlue(pixel) < 80;
}

bool isBlue(QRgb pixel)
{
    return qBlue(pixel) > 200 && qRed(pixel) < 80 && qGreen(pixel) < 80;
}

} // namespace

class TestChartLines : public QObject
{
    Q_OBJECT

private slots:
    // Qt's dash line is 4 widths on, 2 off: along a straight line of 100 px with a pen 2 wide,
    // dashes of 8 px every 12 px, the last one cut short by the line's end.
    void thePatternIsLaidAlongTheLine()
    {
        const QPolygonF line{QPointF(0, 0), QPointF(100, 0)};
        const QList<QPolygonF> dashes = DashPattern::dashesAlong(line, QPen(Qt::black, 2, Qt::DashLine));
        QCOMPARE(dashes.size(), 9);
        for (qsizetype i = 0; i < dashes.size(); ++i) {
            QCOMPARE(dashes.at(i).first(), QPointF(12.0 * i, 0));
            QCOMPARE(lengthOf(dashes.at(i)), i < 8 ? 8.0 : 4.0);
        }
    }

    // The pattern runs on across the line's corners, as a dashed pen's does: a dash that meets
    // a corner turns it, whole.
    void thePatternRunsOnAcrossCorners()
    {
        const QPolygonF line{QPointF(0, 0), QPointF(5, 0), QPointF(5, 20)};
        const QList<QPolygonF> dashes = DashPattern::dashesAlong(line, QPen(Qt::black, 2, Qt::DashLine));
        QCOMPARE(dashes.first(), QPolygonF({QPointF(0, 0), QPointF(5, 0), QPointF(5, 3)}));
        QCOMPARE(dashes.at(1).first(), QPointF(5, 7)); // after a gap of 4
        qreal drawn = 0;
        for (const QPolygonF &dash : dashes)
            drawn += lengthOf(dash);
        // 25 px: two whole periods of 12, then one more pixel of dash.
        QCOMPARE(drawn, 8.0 + 8.0 + 1.0);
    }

    void aSolidPenDrawsTheLineWhole()
    {
        const QPolygonF line{QPointF(0, 0), QPointF(5, 0), QPointF(5, 20)};
        QCOMPARE(DashPattern::dashesAlong(line, QPen(Qt::black, 2)), QList<QPolygonF>{line});
        QVERIFY(
            DashPattern::dashesAlong(QPolygonF{QPointF(1, 1)}, QPen(Qt::black, 2, Qt::DashLine)).isEmpty());
    }

    // Drawn with square ends, a dash's own ends are moved in by half the width (the square end
    // puts them back); where it turns a corner its lines meet unmoved.
    void aDashsEndsMakeRoomForSquareEnds()
    {
        const QList<QLineF> lines =
            DashPattern::linesOf({QPolygonF({QPointF(0, 0), QPointF(5, 0), QPointF(5, 3)})}, 2);
        QCOMPARE(lines,
                 QList<QLineF>({QLineF(QPointF(1, 0), QPointF(5, 0)), QLineF(QPointF(5, 0), QPointF(5, 2))}));
        // A dot no longer than the width shrinks to its middle: the square end makes it a square.
        QCOMPARE(DashPattern::linesOf({QPolygonF({QPointF(0, 0), QPointF(1, 0)})}, 2),
                 QList<QLineF>{QLineF(QPointF(0.5, 0), QPointF(0.5, 0))});
    }

    // On pixels: along the line, runs of the line's colour about 4 widths long between gaps
    // about 2 widths long; the series itself draws no line. Nothing is drawn outside the plot.
    void onPixelsTheDashesHaveThePatternsLengths()
    {
        constexpr qreal width = 3;
        LineChart dashed(Qt::red, width);
        QCOMPARE(dashed.line->pen().style(), Qt::NoPen);
        const QImage image = dashed.drawn();
        const QRectF plot = dashed.chart.plotArea();
        const int row = qRound(plot.center().y());
        // Runs of red and of not red along the row, but for the first and the last, which the
        // plot's edges may cut.
        QList<int> dashes;
        QList<int> gaps;
        int runStart = 0;
        bool inDash = false;
        for (int x = 0; x < image.width(); ++x) {
            const bool red = isRed(image.pixel(x, row));
            QVERIFY2(!red || (x >= plot.left() - 1 && x <= plot.right() + 1),
                     qPrintable(QStringLiteral("drawn outside the plot at %1").arg(x)));
            if (red == inDash)
                continue;
            if (runStart > plot.left() + 1 && x < plot.right() - 1)
                (inDash ? dashes : gaps).append(x - runStart);
            runStart = x;
            inDash = red;
        }
        QVERIFY2(dashes.size() > 10, qPrintable(QString::number(dashes.size())));
        for (const int dash : std::as_const(dashes))
            QVERIFY2(qAbs(dash - 4 * width) <= 1.5, qPrintable(QString::number(dash)));
        for (const int gap : std::as_const(gaps))
            QVERIFY2(qAbs(gap - 2 * width) <= 1.5, qPrintable(QString::number(gap)));
    }

    // A marker the series draws on a point lies over the dashed line there.
    void markersLieOverTheDashes()
    {
        LineChart dashed(Qt::red, 6);
        QImage marker(16, 16, QImage::Format_ARGB32_Premultiplied);
        marker.fill(Qt::blue);
        dashed.line->setLightMarker(marker);
        dashed.line->setMarkerSize(16);
        dashed.line->setPointsVisible(true);
        dashed.line->replace(0, QPointF(0.1, 5)); // the first dash runs under this point
        const QImage image = dashed.drawn();
        const QPointF at = dashed.chart.mapToPosition(QPointF(0.1, 5), dashed.line);
        const QRgb pixel = image.pixel(at.toPoint());
        QVERIFY2(qBlue(pixel) > 200 && qRed(pixel) < 80, qPrintable(QString::number(pixel, 16)));
    }

    // A dash that ends exactly at a point, and a point given twice: no dash ends in two equal
    // points (its end would not be moved in, and its square end would reach into the gap).
    void aDashNeverEndsInTwoEqualPoints()
    {
        const QPen pen(Qt::black, 2, Qt::DashLine);
        for (const QPolygonF &line :
             {QPolygonF{QPointF(0, 0), QPointF(8, 0), QPointF(20, 0)},
              QPolygonF{QPointF(0, 0), QPointF(0, 0), QPointF(3, 0), QPointF(3, 0), QPointF(30, 0)}}) {
            const QList<QPolygonF> dashes = DashPattern::dashesAlong(line, pen);
            QVERIFY(!dashes.isEmpty());
            for (const QPolygonF &dash : dashes) {
                QVERIFY(dash.size() >= 2);
                for (qsizetype i = 1; i < dash.size(); ++i)
                    QVERIFY2(dash.at(i) != dash.at(i - 1),
                             qPrintable(QStringLiteral("at %1").arg(dash.at(i).x())));
            }
            QCOMPARE(dashes.first().constLast(), QPointF(8, 0));
        }
    }

    // Points not finite, or a line so long its dashes would fill memory: the line comes back whole.
    void aLineThePatternCannotBeLaidAlongComesBackWhole()
    {
        const QPen pen(Qt::black, 2, Qt::DashLine);
        const QPolygonF endless{QPointF(0, 0), QPointF(std::numeric_limits<qreal>::infinity(), 0)};
        QCOMPARE(DashPattern::dashesAlong(endless, pen), QList<QPolygonF>{endless});
        const QPolygonF unknown{QPointF(0, 0), QPointF(std::numeric_limits<qreal>::quiet_NaN(), 0)};
        QCOMPARE(DashPattern::dashesAlong(unknown, pen).size(), 1);
        const QPolygonF huge{QPointF(0, 0), QPointF(1e9, 0)};
        QCOMPARE(DashPattern::dashesAlong(huge, pen), QList<QPolygonF>{huge});
    }

    // A dash's end whose last piece is shorter than half the width moves in along the dash, past
    // the corner, as far as the square end reaches out.
    void aDashsEndMovesInAlongTheDash()
    {
        const QList<QLineF> lines =
            DashPattern::linesOf({QPolygonF({QPointF(0, 0), QPointF(10, 0), QPointF(10, 0.5)})}, 2);
        QCOMPARE(lines, QList<QLineF>{QLineF(QPointF(1, 0), QPointF(9.5, 0))});
    }

    // Lines lie in the order they were added: the later one over the earlier, where they meet.
    void laterLinesLieOverEarlierOnes()
    {
        for (const bool redLast : {true, false}) {
            LineChart chart(Qt::red, 6);
            chart.chart.removeSeries(chart.line); // a deleted series is drawn no more
            delete chart.line;
            chart.addLine(5, QPen(redLast ? Qt::blue : Qt::red, 6));
            chart.addLine(5, QPen(redLast ? Qt::red : Qt::blue, 6));
            const QRgb middle = chart.middle(chart.drawn());
            QVERIFY(redLast ? isRed(middle) : isBlue(middle));
        }
    }

    // A solid line is whole on pixels too, and a hidden series' line is not drawn at all.
    void aSolidLineIsWholeAndAHiddenOneIsNotDrawn()
    {
        LineChart chart(Qt::red, 4);
        chart.line->hide();
        QLineSeries *solid = chart.addLine(5, QPen(Qt::blue, 4));
        const QImage image = chart.drawn();
        const QRectF plot = chart.chart.plotArea();
        const int row = qRound(plot.center().y());
        for (int x = qRound(plot.left()) + 1; x < qRound(plot.right()) - 1; ++x)
            QVERIFY2(isBlue(image.pixel(x, row)), qPrintable(QString::number(x)));
        solid->hide();
        const QRgb middle = chart.middle(chart.drawn()); // the grid's, or the background's
        QVERIFY(!isBlue(middle) && !isRed(middle));
    }

    // On a vector picture the line is one path with the dashed pen: SVG says "dasharray".
    void onVectorPicturesTheLineKeepsItsDashedPen()
    {
        LineChart dashed(Qt::red, 3);
        QBuffer svg;
        svg.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&svg);
        generator.setSize(QSize(600, 400));
        {
            QPainter painter(&generator);
            ChartPainter::paint(painter, QSizeF(600, 400), dashed.chart);
        }
        QVERIFY2(svg.data().contains("stroke-dasharray"), svg.data().left(3000).constData());
    }
};

QTEST_MAIN(TestChartLines)
#include "test_chart_lines.moc"
