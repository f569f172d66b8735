// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChoiceColumnWidths.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>

#include <algorithm>
#include <cmath>

namespace unfold {

ChoiceColumnWidths::ChoiceColumnWidths(QTableView *table, std::function<QStringList(int column)> labels)
    : QObject(table), m_table(table), m_labels(std::move(labels))
{
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setStretchLastSection(true);
    // A reset (another session, an edit) may bring other names, and more rows more digits.
    const QAbstractItemModel *model = table->model();
    connect(model, &QAbstractItemModel::modelReset, this, &ChoiceColumnWidths::fit);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ChoiceColumnWidths::fit);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ChoiceColumnWidths::fit);
    connect(model, &QAbstractItemModel::headerDataChanged, this, [this] {
        m_headerWidths.clear();
        fit();
    });
    table->installEventFilter(this);
    fit();
}

void ChoiceColumnWidths::fit()
{
    QHeaderView *header = m_table->horizontalHeader();
    // As Qt's item views lay a cell's text out: a focus frame's margin and a pixel on each side,
    // and the grid's line.
    const int margins =
        2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) +
        (m_table->showGrid() ? 1 : 0);
    for (int column = 0; column + 1 < header->count(); ++column) {
        int width = headerWidthOf(column);
        for (const QString &label : m_labels(column))
            width = std::max(width, widthOf(label) + margins);
        if (header->sectionSize(column) != width)
            header->resizeSection(column, width);
    }
}

int ChoiceColumnWidths::widthOf(const QString &label)
{
    const auto known = m_widths.constFind(label);
    if (known != m_widths.cend())
        return *known;
    // Rounded up, and a pixel more: a view lays the text out and rounds that width, which can come
    // out a pixel wider than the font's advance.
    const int width = int(std::ceil(QFontMetricsF(m_table->font()).horizontalAdvance(label))) + 1;
    m_widths.insert(label, width);
    return width;
}

int ChoiceColumnWidths::headerWidthOf(int column)
{
    const auto known = m_headerWidths.constFind(column);
    if (known != m_headerWidths.cend())
        return *known;
    const int width = m_table->horizontalHeader()->sectionSizeHint(column);
    m_headerWidths.insert(column, width);
    return width;
}

bool ChoiceColumnWidths::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LanguageChange:
        m_widths.clear();
        m_headerWidths.clear();
        fit();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace unfold
