// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QFocusFrame;
class QWidget;

namespace unfold {

// A thick ring, in the highlight colour, around whichever widget has keyboard focus, for the
// high-contrast theme. Fusion marks focus with a one-pixel outline or a dotted cell, which is
// easy to lose on black; the ring is a QFocusFrame that the style paints (FocusFrameStyle), so it
// follows the widget as it moves, resizes or scrolls, and is drawn above its neighbours.
class FocusRing final : public QObject
{
    Q_OBJECT

public:
    explicit FocusRing(QObject *parent = nullptr);
    ~FocusRing() override;

    // The widget the ring is around now, if any.
    QWidget *widget() const;

private:
    void follow(QWidget *now);

    // Owned by the widget tree it sits in, which may delete it first: hence the guard.
    QPointer<QFocusFrame> m_frame;
};

} // namespace unfold
