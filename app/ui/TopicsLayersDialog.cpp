// SPDX-License-Identifier: GPL-3.0-or-later
#include "TopicsLayersDialog.h"

#include "DefaultNames.h"
#include "EditHistory.h"
#include "Journal.h"
#include "Language.h"
#include "RecordCommands.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace unfold {

namespace {
constexpr int topicIdRole = Qt::UserRole + 1;
}

TopicsLayersDialog::TopicsLayersDialog(const Journal &journal, EditHistory &history, QWidget *parent)
    : QDialog(parent), m_journal(journal), m_history(history)
{
    setWindowTitle(tr("Topics and Layers"));

    m_topics = new QListWidget;
    m_topics->setAccessibleName(tr("Topics"));
    m_topics->setAccessibleDescription(tr("Checked topics are shown; press F2 to rename."));
    for (const Topic &t : journal.topics()) {
        auto *item = new QListWidgetItem(t.name, m_topics);
        item->setData(topicIdRole, t.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
        item->setCheckState(t.hidden ? Qt::Unchecked : Qt::Checked);
    }
    auto *add = new QPushButton(tr("&Add Topic"));
    auto *up = new QPushButton(tr("Move &Up"));
    auto *down = new QPushButton(tr("Move &Down"));
    add->setAccessibleDescription(tr("Adds a topic at the end of the list and lets you name it."));
    up->setAccessibleDescription(tr("Moves the chosen topic one place towards the least intimate."));
    down->setAccessibleDescription(tr("Moves the chosen topic one place towards the most intimate."));
    connect(add, &QPushButton::clicked, this, &TopicsLayersDialog::addTopic);
    connect(up, &QPushButton::clicked, this, [this] { moveTopic(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveTopic(+1); });
    // A journal made in another language keeps that language's default names until renamed.
    m_nameDefaults = new QPushButton(tr("&Name Defaults in %1").arg(Language::nameInUse()));
    m_nameDefaults->setAccessibleDescription(
        tr("Gives the default topics and layers nobody renamed their names in the language Unfold "
           "speaks now; names you chose stay."));
    connect(m_nameDefaults, &QPushButton::clicked, this, &TopicsLayersDialog::nameDefaults);
    auto *topicButtons = new QVBoxLayout;
    for (QPushButton *b : {add, up, down, m_nameDefaults})
        topicButtons->addWidget(b);
    topicButtons->addStretch();
    auto *topicBox = new QGroupBox(tr("Topics (breadth), least intimate first; uncheck to hide"));
    auto *topicLayout = new QHBoxLayout(topicBox);
    topicLayout->addWidget(m_topics, 1);
    topicLayout->addLayout(topicButtons);

    m_layerCount = new QSpinBox;
    m_layerCount->setRange(minimumLayerCount, maximumLayerCount);
    m_layerCount->setAccessibleName(tr("Number of layers"));
    m_layerCount->setAccessibleDescription(tr("How many layers of depth the onion has."));
    m_layers = new QTableWidget(0, 2);
    m_layers->setTabKeyNavigation(false); // one Tab stop; the arrows move from cell to cell
    m_layers->setAccessibleName(tr("Layers"));
    m_layers->setAccessibleDescription(
        tr("Each layer's name and description, from the periphery to the core; "
           "F2 edits a cell."));
    m_layers->setHorizontalHeaderLabels({tr("Name"), tr("Description")});
    m_layers->horizontalHeader()->setStretchLastSection(true);
    for (const Layer &l : journal.layers()) {
        const int row = m_layers->rowCount();
        m_layers->insertRow(row);
        m_layers->setItem(row, 0, new QTableWidgetItem(l.name));
        m_layers->setItem(row, 1, new QTableWidgetItem(l.description));
    }
    m_layerCount->setValue(m_layers->rowCount());
    connect(m_layerCount, &QSpinBox::valueChanged, this, &TopicsLayersDialog::setLayerCount);
    auto *countLabel = new QLabel(tr("&Layers:"));
    countLabel->setBuddy(m_layerCount);
    auto *layerBox = new QGroupBox(tr("Layers (depth), from the periphery to the core"));
    auto *layerLayout = new QVBoxLayout(layerBox);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(countLabel);
    countRow->addWidget(m_layerCount);
    countRow->addStretch();
    layerLayout->addLayout(countRow);
    layerLayout->addWidget(m_layers);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)
        ->setAccessibleDescription(tr("Saves the topics and layers; Edit › Undo "
                                      "takes the change back."));
    buttons->button(QDialogButtonBox::Cancel)
        ->setAccessibleDescription(tr("Closes without changing anything."));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(topicBox, 3);
    layout->addWidget(layerBox, 2);
    layout->addWidget(buttons);
    resize(560, 560);
    // Offered while the dialog holds a default name in another language.
    connect(m_topics, &QListWidget::itemChanged, this, &TopicsLayersDialog::updateNameDefaults);
    connect(m_layers, &QTableWidget::itemChanged, this, &TopicsLayersDialog::updateNameDefaults);
    updateNameDefaults();
}

void TopicsLayersDialog::nameDefaults()
{
    const DefaultNames::Renaming renaming = DefaultNames::intoLanguageInUse(editedTopics(), editedLayers());
    const QSignalBlocker quietTopics(m_topics); // checked once below, not at every name
    const QSignalBlocker quietLayers(m_layers);
    for (const Topic &topic : renaming.topics)
        m_topics->item(topic.position)->setText(topic.name);
    for (const Layer &layer : renaming.layers) {
        m_layers->item(layer.depth - 1, 0)->setText(layer.name);
        m_layers->item(layer.depth - 1, 1)->setText(layer.description);
    }
    updateNameDefaults();
}

void TopicsLayersDialog::updateNameDefaults()
{
    m_nameDefaults->setEnabled(!DefaultNames::intoLanguageInUse(editedTopics(), editedLayers()).isEmpty());
}

void TopicsLayersDialog::addTopic()
{
    auto *item = new QListWidgetItem(tr("New topic"), m_topics);
    item->setData(topicIdRole, qint64(0));
    item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    m_topics->setCurrentItem(item);
    m_topics->editItem(item);
}

void TopicsLayersDialog::moveTopic(int offset)
{
    const int row = m_topics->currentRow();
    const int target = row + offset;
    if (row < 0 || target < 0 || target >= m_topics->count())
        return;
    QListWidgetItem *item = m_topics->takeItem(row);
    m_topics->insertItem(target, item);
    m_topics->setCurrentItem(item);
}

void TopicsLayersDialog::setLayerCount(int count)
{
    while (m_layers->rowCount() > count)
        m_layers->removeRow(m_layers->rowCount() - 1);
    while (m_layers->rowCount() < count) {
        const int row = m_layers->rowCount();
        m_layers->insertRow(row);
        m_layers->setItem(row, 0, new QTableWidgetItem(tr("Layer %1").arg(row + 1)));
        m_layers->setItem(row, 1, new QTableWidgetItem);
    }
}

QList<Topic> TopicsLayersDialog::editedTopics() const
{
    QList<Topic> topics;
    for (int row = 0; row < m_topics->count(); ++row) {
        const QListWidgetItem *item = m_topics->item(row);
        topics.append({item->data(topicIdRole).toLongLong(), item->text().trimmed(), row,
                       item->checkState() != Qt::Checked});
    }
    return topics;
}

QList<Layer> TopicsLayersDialog::editedLayers() const
{
    QList<Layer> layers;
    for (int row = 0; row < m_layers->rowCount(); ++row) {
        const auto text = [&](int column) {
            return m_layers->item(row, column) ? m_layers->item(row, column)->text().trimmed() : QString();
        };
        layers.append({row + 1, text(0), text(1)});
    }
    return layers;
}

void TopicsLayersDialog::accept()
{
    const QList<Topic> topics = editedTopics();
    const QList<Layer> layers = editedLayers();
    for (const Topic &t : topics)
        if (t.name.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("Every topic needs a name."));
            return;
        }
    for (const Layer &l : layers)
        if (l.name.isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("Every layer needs a name."));
            return;
        }

    m_history.beginGroup(tr("Edit Topics and Layers"));
    bool ok = true;
    QList<qint64> order;
    for (qsizetype row = 0; row < topics.size(); ++row) {
        const Topic &edited = topics.at(row);
        const auto before = m_journal.topic(edited.id);
        Topic wanted = edited;
        if (before)
            wanted.position = before->position; // order is set below, in one step
        if (before && wanted == *before) {
            order.append(edited.id);
            continue;
        }
        const EditOutcome saved = m_history.perform<SaveRecordCommand<Topic>>(
            before ? tr("Edit Topic") : tr("Add Topic"), before, wanted);
        if (!saved) {
            ok = false; // failed() has told the user why; the dialog stays open
            break;
        }
        order.append(saved.savedId);
        // Saved now: should a later edit fail and the user press OK again, this row is edited,
        // not added a second time.
        m_topics->item(int(row))->setData(topicIdRole, saved.savedId);
    }
    QList<qint64> orderBefore;
    for (const Topic &t : m_journal.topics())
        orderBefore.append(t.id);
    if (ok && order != orderBefore)
        ok = bool(m_history.perform<ReorderTopicsCommand>(orderBefore, order));
    if (ok && layers != m_journal.layers())
        ok = bool(m_history.perform<SaveLayersCommand>(m_journal.layers(), layers));
    m_history.endGroup();
    if (ok)
        QDialog::accept();
}

} // namespace unfold
