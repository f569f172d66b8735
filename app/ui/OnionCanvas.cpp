// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnionCanvas.h"

#include "OnionPainter.h"
#include "OnionState.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace unfold {

OnionCanvas::OnionCanvas(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void OnionCanvas::setPicture(const OnionPicture &picture)
{
    m_picture = picture;
    const int topics = picture.state ? picture.state->topicCount() : 0;
    const int layers = picture.state ? picture.state->layerCount() : 0;
    if (m_current.isValid() && (m_current.topic >= topics || m_current.depth > layers))
        setCurrentCell({});
    update();
}

OnionGeometry OnionCanvas::geometry() const
{
    return OnionPainter::layout(QSizeF(size()), m_picture).geometry;
}

OnionCell OnionCanvas::cellAt(QPointF point) const
{
    if (!m_picture.state)
        return {};
    OnionCell cell = geometry().cellAt(point);
    // In balance mode a cell is the whole sector; its halves are one target.
    if (cell.isValid() && m_picture.mode == OnionMode::Balance)
        cell.half = Speaker::A;
    return cell;
}

QPoint OnionCanvas::cellCentre(const OnionCell &cell) const
{
    const OnionGeometry g = geometry();
    if (!cell.isValid())
        return g.centre().toPoint();
    const double quarter = g.sectorSpan() / 4;
    const double angle = m_picture.mode == OnionMode::Balance ? g.sectorMiddle(cell.topic)
                         : cell.half == Speaker::A            ? g.sectorStart(cell.topic) + quarter
                                                              : g.sectorMiddle(cell.topic) + quarter;
    return g.pointAt(angle, g.ringMiddle(cell.depth)).toPoint();
}

void OnionCanvas::setCurrentCell(const OnionCell &cell)
{
    if (cell == m_current)
        return;
    m_current = cell;
    update();
    Q_EMIT currentCellChanged(cell);
}

void OnionCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    OnionPicture picture = m_picture;
    // The keyboard's cell is outlined while the onion has focus, otherwise the pointer's.
    if (hasFocus() && m_current.isValid())
        picture.highlighted = m_current;
    else if (m_hovered.isValid())
        picture.highlighted = m_hovered;
    OnionPainter::paint(painter, QSizeF(size()), picture);
}

void OnionCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const OnionCell cell = cellAt(event->position());
    if (cell != m_hovered) {
        m_hovered = cell;
        update();
    }
    Q_EMIT hovered(cell, event->globalPosition().toPoint());
}

void OnionCanvas::leaveEvent(QEvent *)
{
    m_hovered = {};
    update();
}

void OnionCanvas::mousePressEvent(QMouseEvent *event)
{
    const OnionCell cell = cellAt(event->position());
    if (event->button() != Qt::LeftButton || !cell.isValid())
        return QWidget::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    setCurrentCell(cell);
    Q_EMIT activated(cell, event->globalPosition().toPoint());
}

void OnionCanvas::step(int halves, int depths)
{
    if (!m_picture.state || m_picture.state->topicCount() == 0)
        return;
    const int topics = m_picture.state->topicCount();
    const int layers = m_picture.state->layerCount();
    if (!m_current.isValid())
        return setCurrentCell({0, 1, Speaker::A});
    OnionCell next = m_current;
    if (halves != 0) {
        // In balance mode a step is a whole sector; otherwise half a sector.
        const int perTopic = m_picture.mode == OnionMode::Balance ? 1 : 2;
        const int count = topics * perTopic;
        int index = next.topic * perTopic + (perTopic == 2 && next.half == Speaker::B ? 1 : 0);
        index = ((index + halves) % count + count) % count;
        next.topic = index / perTopic;
        next.half = perTopic == 2 && index % 2 == 1 ? Speaker::B : Speaker::A;
    }
    next.depth = std::clamp(next.depth + depths, 1, layers);
    setCurrentCell(next);
}

void OnionCanvas::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
        return step(1, 0);
    case Qt::Key_Left:
        return step(-1, 0);
    case Qt::Key_Up:
        return step(0, 1);
    case Qt::Key_Down:
        return step(0, -1);
    case Qt::Key_Home:
        return setCurrentCell(
            m_picture.state && m_picture.state->topicCount() > 0 ? OnionCell{0, 1, Speaker::A} : OnionCell{});
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current.isValid())
            Q_EMIT activated(m_current, mapToGlobal(cellCentre(m_current)));
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void OnionCanvas::focusInEvent(QFocusEvent *event)
{
    if (!m_current.isValid())
        step(0, 0);
    update();
    QWidget::focusInEvent(event);
}

void OnionCanvas::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

} // namespace unfold
