// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OnionPicture.h"

#include <QWidget>

namespace unfold {

// The onion on screen: paints with OnionPainter and turns the pointer and the keyboard into
// cells. Arrow keys walk the cells (left/right around the onion, half by half; up towards the
// core, down towards the surface) and Enter opens one; the current cell is outlined.
class OnionCanvas final : public QWidget
{
    Q_OBJECT

public:
    explicit OnionCanvas(QWidget *parent = nullptr);

    // The picture to show; its states must stay alive until the next call.
    void setPicture(const OnionPicture &picture);
    const OnionPicture &picture() const { return m_picture; }
    OnionCell currentCell() const { return m_current; }
    void setCurrentCell(const OnionCell &cell);
    OnionCell cellAt(QPointF point) const;
    // Where a cell's middle is, in widget coordinates (for menus opened from the keyboard).
    QPoint cellCentre(const OnionCell &cell) const;
    QSize sizeHint() const override { return {520, 520}; }
    QSize minimumSizeHint() const override { return {240, 240}; }

Q_SIGNALS:
    void currentCellChanged(const unfold::OnionCell &cell);
    void hovered(const unfold::OnionCell &cell, QPoint globalPosition);
    void activated(const unfold::OnionCell &cell, QPoint globalPosition);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    OnionGeometry geometry() const;
    void step(int halves, int depths);

    OnionPicture m_picture;
    OnionCell m_current;
    OnionCell m_hovered;
};

} // namespace unfold
