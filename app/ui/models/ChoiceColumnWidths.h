// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

#include <functional>

class QTableView;

namespace unfold {

// Sizes each column of a table but the last (which stretches) to the widest label the column can
// show, `labels(column)`, and to its header: not to the rows it shows now. The columns keep their
// width from one session to the next, and each label is measured once in the table's font. Qt's
// ResizeToContents measured every cell and every header again at each layout: to show the first
// session of a journal, the disclosure table's cells 20 times over and its headers 50 times, a
// third of the time the session took to appear.
//
// A column is at most `widestInCharacters` average characters wide: a longer label is cut short
// with an ellipsis (its cell's tooltip should hold it whole). Labels are measured by the style, as
// the table's delegate measures a cell.
//
// It follows the model the table has when it is made.
class ChoiceColumnWidths final : public QObject
{
    Q_OBJECT

public:
    static constexpr int widestInCharacters = 40;

    ChoiceColumnWidths(QTableView *table, std::function<QStringList(int column)> labels);

    // Sizes the columns again; called on its own when the table's model is reset or gets or
    // loses rows, and when the table's font, style or language changes.
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int widthOf(const QString &label);
    int headerWidthOf(int column);

    QTableView *m_table;
    std::function<QStringList(int)> m_labels;
    QHash<QString, int> m_widths;   // each label measured, in the table's font
    QHash<int, int> m_headerWidths; // each column's header
};

} // namespace unfold
