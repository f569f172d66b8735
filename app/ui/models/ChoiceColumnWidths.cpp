// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChoiceColumnWidths.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>

#include <algorithm>

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
    // A very long label (a topic named at length) is cut short with an ellipsis rather than push
    // the note, which stretches, off the table; its cell's tooltip holds it whole.
    const int widest = m_table->fontMetrics().averageCharWidth() * widestInCharacters;
    for (int column = 0; column + 1 < header->count(); ++column) {
        int width = headerWidthOf(column);
        for (const QString &label : m_labels(column))
            width = std::max(width, std::min(widthOf(label), widest));
        if (header->sectionSize(column) != width)
            header->resizeSection(column, width);
    }
}

int ChoiceColumnWidths::widthOf(const QString &label)
{
    const auto known = m_widths.constFind(label);
    if (known != m_widths.cend())
        return *known;
    // Measured by the style as the table's delegate measures a cell (QStyledItemDelegate's size
    // hint), so a style's own margins count, and the grid's line beside it.
    QStyleOptionViewItem option;
    option.initFrom(m_table);
    option.widget = m_table;
    option.font = m_table->font();
    option.fontMetrics = QFontMetrics(option.font);
    option.features = QStyleOptionViewItem::HasDisplay;
    option.text = label;
    const int width =
        m_table->style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), m_table).width() +
        (m_table->showGrid() ? 1 : 0);
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
