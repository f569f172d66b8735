// SPDX-License-Identifier: GPL-3.0-or-later
// A paint device that keeps the text drawn on it, page by page, with where each piece of text
// went: for tests that read what a painter wrote (a report's pages, a picture's labels) and
// check that nothing was cut short or drawn over another label.
#pragma once

#include <QPageLayout>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QStringList>

#include <algorithm>
#include <climits>

namespace unfold::testing {

// One piece of text as drawn: its words and the box it took, in the device's pixels, and the
// clip it was drawn within (empty when the painter did not clip).
struct DrawnText
{
    QString text;
    QRectF box;
    QRectF clip;
};

// Keeps the text drawn on each page; pictures and shapes are accepted and forgotten.
class TextRecorder final : public QPaintEngine
{
public:
    QList<QStringList> *pages = nullptr;
    QList<QList<DrawnText>> *boxes = nullptr;

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawTextItem(const QPointF &at, const QTextItem &textItem) override
    {
        pages->last().append(textItem.text());
        const QRectF local(at.x(), at.y() - textItem.ascent(), textItem.width(),
                           textItem.ascent() + textItem.descent());
        const QTransform toDevice = painter()->combinedTransform();
        const QRectF clip =
            painter()->hasClipping() ? toDevice.mapRect(painter()->clipBoundingRect()) : QRectF();
        boxes->last().append({textItem.text(), toDevice.mapRect(local), clip});
    }
    Type type() const override { return QPaintEngine::User; }
};

class RecordingDevice final : public QPaintDevice
{
public:
    explicit RecordingDevice(const QPageLayout &layout) : m_layout(layout)
    {
        m_engine.pages = &pages;
        m_engine.boxes = &boxes;
    }
    // A page of this many pixels (96 to the inch), for a single picture.
    explicit RecordingDevice(const QSize &pixels)
        : RecordingDevice(QPageLayout(QPageSize(QSizeF(pixels) * 25.4 / 96, QPageSize::Millimeter),
                                      QPageLayout::Portrait, QMarginsF()))
    {}

    QList<QStringList> pages{QStringList()};
    QList<QList<DrawnText>> boxes{QList<DrawnText>()};
    QPaintEngine *paintEngine() const override { return &m_engine; }
    bool newPage()
    {
        pages.append(QStringList());
        boxes.append(QList<DrawnText>());
        return true;
    }
    QString text() const
    {
        QStringList all;
        for (const QStringList &page : pages)
            all.append(page.join(QLatin1Char(' ')));
        return all.join(QLatin1Char('\f'));
    }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        const QRect full = m_layout.fullRectPixels(96);
        switch (metric) {
        case PdmWidth:
            return full.width();
        case PdmHeight:
            return full.height();
        case PdmWidthMM:
            return int(m_layout.fullRect(QPageLayout::Millimeter).width());
        case PdmHeightMM:
            return int(m_layout.fullRect(QPageLayout::Millimeter).height());
        case PdmNumColors:
            return INT_MAX;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        default:
            // Metrics newer Qt asks for (6.8: the ratio as two encoded halves); 0 makes Qt fall
            // back on PdmDevicePixelRatioScaled above.
            return 0;
        }
    }

private:
    QPageLayout m_layout;
    mutable TextRecorder m_engine;
};

// What is wrong with the words of one picture of `size`, one line each; empty when nothing is.
// Words are cut short (an ellipsis), cut off (partly outside the picture, or outside the clip
// they were drawn in), or drawn over each other.
inline QStringList problemsOf(const QList<DrawnText> &drawn, const QSizeF &size)
{
    QStringList problems;
    const QRectF picture = QRectF(QPointF(0, 0), size).adjusted(-1, -1, 1, 1); // a pixel's rounding
    for (const DrawnText &t : drawn) {
        // Qt's ellipsis, or Qt Charts' own three full stops at the end of a label it cut short.
        if (t.text.contains(QChar(0x2026)) || t.text.endsWith(QLatin1String("...")))
            problems.append(QStringLiteral("cut: \"%1\"").arg(t.text));
        // Nothing to see (Qt Charts draws a zero-width space where a label is left empty).
        if (std::all_of(t.text.cbegin(), t.text.cend(),
                        [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Format; }))
            continue;
        if (!picture.contains(t.box))
            problems.append(QStringLiteral("off the picture: \"%1\"").arg(t.text));
        else if (!t.clip.isEmpty() && !t.clip.adjusted(-1, -1, 1, 1).contains(t.box))
            problems.append(QStringLiteral("clipped: \"%1\"").arg(t.text));
    }
    for (qsizetype i = 0; i < drawn.size(); ++i) {
        for (qsizetype j = i + 1; j < drawn.size(); ++j) {
            const QRectF a = drawn.at(i).box;
            const QRectF b = drawn.at(j).box;
            const QRectF both = a.intersected(b);
            const double smaller = std::min(a.width() * a.height(), b.width() * b.height());
            // A sliver where two lines' ascent and descent meet is not an overlap.
            if (!both.isEmpty() && both.width() * both.height() > 0.2 * smaller)
                problems.append(QStringLiteral("\"%1\" over \"%2\"").arg(drawn.at(i).text, drawn.at(j).text));
        }
    }
    return problems;
}

} // namespace unfold::testing
