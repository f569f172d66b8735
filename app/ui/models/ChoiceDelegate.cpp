// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChoiceDelegate.h"

#include <QComboBox>

namespace unfold {

ChoiceDelegate::ChoiceDelegate(int choicesRole, int choiceIndexRole, QObject *parent)
    : QStyledItemDelegate(parent), m_choicesRole(choicesRole), m_choiceIndexRole(choiceIndexRole)
{}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    const QStringList choices = index.data(m_choicesRole).toStringList();
    if (choices.isEmpty())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->addItems(choices);
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(index.data(m_choiceIndexRole).toInt());
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentIndex(), m_choiceIndexRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace unfold
