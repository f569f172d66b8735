// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Instrument.h"

#include <QWidget>

#include <optional>

namespace unfold {

// The answer to one item: a row of the scale's points, or the seven circle pairs of the
// closeness item. One focus stop per item, so Tab walks items; a digit chooses a point and
// moves on, arrows move, Enter moves on from an answered item, Delete clears. A chosen point is
// filled, framed heavier and named in text.
class AnswerInput final : public QWidget
{
    Q_OBJECT

public:
    AnswerInput(const Instrument &instrument, const InstrumentItem &item, QWidget *parent = nullptr);

    std::optional<int> value() const { return m_value; }
    void setValue(std::optional<int> value);
    QString itemId() const { return m_itemId; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // Whether every point's caption shows whole at the present width (wrapped, perhaps a little
    // smaller), none of it cut.
    bool captionsFit() const;

Q_SIGNALS:
    void valueChanged();
    // A digit chose a point, or Enter was pressed on an answer: the form moves on to the next item.
    void chosenByKey();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QRectF cell(int value) const;
    QRectF captionArea(int value) const;
    int captionHeight() const;
    // The font `caption` is drawn in within `room`; `fits` says whether it shows whole at all.
    QFont captionFont(const QString &caption, const QFont &base, const QSizeF &room,
                      bool *fits = nullptr) const;
    int count() const { return m_max - m_min + 1; }
    QString describe() const;

    QString m_itemId;
    bool m_circles = false;
    int m_min = 1;
    int m_max = 5;
    QStringList m_labels; // per point, empty where the scale has no anchor
    std::optional<int> m_value;
    int m_captionLines = 2; // under each point: as many as the longest caption needs, up to 3
};

} // namespace unfold
