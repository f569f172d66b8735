// SPDX-License-Identifier: GPL-3.0-or-later
// The dashed lines Unfold draws itself (ChartDashes): the pattern laid along a line and running on
// across its corners, the dashes' ends, and the drawing: dashes and gaps of the pattern's lengths
// on pixels, a dashed pen on vector pictures, under the markers and inside the plot.
#include "ChartDashes.h"
#include "ChartPainter.h"

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QLineSeries>
#include <QPainter>
#include <QSvgGenerator>
#include <QTest>
#include <QValueAxis>

using namespace unfold;

namespace {

qreal lengthOf(const QPolygonF &dash)
{
    qreal length = 0;
    for (qsizetype i = 1; i < dash.size(); ++i)
        length += QLineF(dash.at(i - 1), dash.at(i)).length();
    return length;
}

// A chart of one horizontal line at y = 5 across the whole plot and beyond it, drawn dashed by ChartDashes in
// `colour` with Qt's dash pattern, `width` wide; with a marker-like point drawn by the series.
struct DashedChart
{
    QChart chart;
    QLineSeries *line = new QLineSeries;
    ChartDashes *dashes = new ChartDashes(&chart);

    DashedChart(const QColor &colour, qreal width)
    {
        chart.legend()->hide();
        chart.setBackgroundBrush(Qt::white);
        line->append(-5, 5); // beyond the axes: what lies outside the plot must not show
        line->append(15, 5);
        chart.addSeries(line);
        auto *x = new QValueAxis;
        auto *y = new QValueAxis;
        x->setRange(0, 10);
        y->setRange(0, 10);
        chart.addAxis(x, Qt::AlignBottom);
        chart.addAxis(y, Qt::AlignLeft);
        line->attachAxis(x);
        line->attachAxis(y);
        dashes->add(line, QPen(colour, width, Qt::DashLine, Qt::FlatCap, Qt::BevelJoin));
    }
};

bool isRed(QRgb pixel)
{
    return qRed(pixel) > 200 && qGreen(pixel) < 80 && qBlue(pixel) < 80;
}

} // namespace

class TestChartDashes : public QObject
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
        DashedChart dashed(Qt::red, width);
        QCOMPARE(dashed.line->pen().style(), Qt::NoPen);
        QImage image(600, 400, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            ChartPainter::paint(painter, image.size(), dashed.chart);
        }
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
        DashedChart dashed(Qt::red, 6);
        QImage marker(16, 16, QImage::Format_ARGB32_Premultiplied);
        marker.fill(Qt::blue);
        dashed.line->setLightMarker(marker);
        dashed.line->setMarkerSize(16);
        dashed.line->setPointsVisible(true);
        dashed.line->replace(0, QPointF(0.1, 5)); // the first dash runs under this point
        QImage image(600, 400, QImage::Format_ARGB32_Premultiplied);
        {
            QPainter painter(&image);
            ChartPainter::paint(painter, image.size(), dashed.chart);
        }
        const QPointF at = dashed.chart.mapToPosition(QPointF(0.1, 5), dashed.line);
        const QRgb pixel = image.pixel(at.toPoint());
        QVERIFY2(qBlue(pixel) > 200 && qRed(pixel) < 80, qPrintable(QString::number(pixel, 16)));
    }

    // On a vector picture the line is one path with the dashed pen: SVG says "dasharray".
    void onVectorPicturesTheLineKeepsItsDashedPen()
    {
        DashedChart dashed(Qt::red, 3);
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

QTEST_MAIN(TestChartDashes)
#include "test_chart_dashes.moc"
