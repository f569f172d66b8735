// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Layer.h"
#include "Topic.h"

#include <QDialog>

class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace unfold {

class EditHistory;
class Journal;

// Shapes the onion of a journal: rename, reorder, add and hide topics (breadth), and choose
// 3–5 layers (depth) with their names and descriptions. OK applies it all as one undoable edit.
class TopicsLayersDialog final : public QDialog
{
    Q_OBJECT

public:
    TopicsLayersDialog(const Journal &journal, EditHistory &history, QWidget *parent = nullptr);

    void accept() override;

private:
    void addTopic();
    void nameDefaults();
    void updateNameDefaults();
    void moveTopic(int offset);
    void setLayerCount(int count);
    QList<Topic> editedTopics() const;
    QList<Layer> editedLayers() const;

    const Journal &m_journal;
    EditHistory &m_history;
    QListWidget *m_topics;
    QSpinBox *m_layerCount;
    QTableWidget *m_layers;
    QPushButton *m_nameDefaults;
};

} // namespace unfold
