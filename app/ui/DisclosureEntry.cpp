// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisclosureEntry.h"

#include "DisclosureShorthand.h"
#include "Journal.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace unfold {

DisclosureEntry::DisclosureEntry(QWidget *parent) : QWidget(parent)
{
    m_quick = new QLineEdit;
    m_quick->setPlaceholderText(tr("a 4 2 optional note  (who, topic number, layer)"));
    m_quick->setAccessibleName(tr("Quick entry"));
    m_quick->setAccessibleDescription(tr("Type a or b for who shared, the topic's number, the layer's number "
                                         "and an optional note, then press Enter."));
    m_who = new QComboBox;
    m_who->setAccessibleName(tr("Who shared"));
    m_who->setAccessibleDescription(tr("Which of the two people opened up."));
    m_topic = new QComboBox;
    m_topic->setAccessibleName(tr("Topic"));
    m_topic->setAccessibleDescription(tr("What the disclosure was about."));
    m_layer = new QComboBox;
    m_layer->setAccessibleName(tr("Layer"));
    m_layer->setAccessibleDescription(tr("How deep it went, from the outer, peripheral layer to the core."));
    m_note = new QLineEdit;
    m_note->setPlaceholderText(tr("Short private note (optional)"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setAccessibleDescription(tr("A short private note about this disclosure."));
    m_log = new QPushButton(tr("&Log"));
    m_log->setAccessibleName(tr("Log disclosure"));
    m_log->setToolTip(tr("Adds the disclosure to this session (Enter)"));
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("Entry message")); // read out by its text
    // The numbers the shorthand counts in, beside it while one types there.
    m_numbers = new QLabel;
    m_numbers->setWordWrap(true);
    m_numbers->setTextFormat(Qt::PlainText);
    m_numbers->setObjectName(QStringLiteral("Shorthand numbers"));
    m_numbers->hide();

    auto *quickLabel = new QLabel(tr("Quic&k entry:"));
    quickLabel->setBuddy(m_quick);
    auto *whoLabel = new QLabel(tr("&Who:"));
    whoLabel->setBuddy(m_who);
    auto *topicLabel = new QLabel(tr("To&pic:"));
    topicLabel->setBuddy(m_topic);
    auto *layerLabel = new QLabel(tr("La&yer:"));
    layerLabel->setBuddy(m_layer);

    auto *noteLabel = new QLabel(tr("&Note:"));
    noteLabel->setBuddy(m_note);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(quickLabel, 0, 0);
    grid->addWidget(m_quick, 0, 1, 1, 5);
    grid->addWidget(m_numbers, 1, 1, 1, 5);
    grid->addWidget(whoLabel, 2, 0);
    grid->addWidget(m_who, 2, 1);
    grid->addWidget(topicLabel, 2, 2);
    grid->addWidget(m_topic, 2, 3);
    grid->addWidget(layerLabel, 2, 4);
    grid->addWidget(m_layer, 2, 5);
    grid->addWidget(noteLabel, 3, 0);
    grid->addWidget(m_note, 3, 1, 1, 4);
    grid->addWidget(m_log, 3, 5);
    grid->addWidget(m_message, 4, 1, 1, 5);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 2);
    grid->setColumnStretch(5, 1);

    connect(m_quick, &QLineEdit::textChanged, this, &DisclosureEntry::previewQuickEntry);
    connect(m_quick, &QLineEdit::returnPressed, this, &DisclosureEntry::logFromQuickEntry);
    connect(m_note, &QLineEdit::returnPressed, this, &DisclosureEntry::logFromChoices);
    connect(m_log, &QPushButton::clicked, this, &DisclosureEntry::logFromChoices);
    // Edit › Undo reaches the journal from these fields whenever they have no typing of their
    // own to undo (see eventFilter).
    m_quick->installEventFilter(this);
    m_note->installEventFilter(this);
    setTabOrder(m_quick, m_who);
    setTabOrder(m_who, m_topic);
    setTabOrder(m_topic, m_layer);
    setTabOrder(m_layer, m_note);
    setTabOrder(m_note, m_log);
}

void DisclosureEntry::setJournal(const Journal *journal)
{
    m_journal = journal;
    refreshChoices();
}

void DisclosureEntry::setPeople(const QString &nameA, const QString &nameB)
{
    const int current = std::max(0, m_who->currentIndex());
    m_who->clear();
    m_who->addItem(tr("A · %1").arg(nameA), int(Speaker::A));
    m_who->addItem(tr("B · %1").arg(nameB), int(Speaker::B));
    m_who->setCurrentIndex(current);
}

void DisclosureEntry::refreshChoices()
{
    const qint64 topicBefore = m_topic->currentData().toLongLong();
    const int layerBefore = std::max(0, m_layer->currentIndex());
    m_topic->clear();
    m_layer->clear();
    if (!m_journal)
        return;
    // Numbered as the quick entry counts them: visible topics only.
    int number = 1;
    for (const Topic &t : m_journal->topics())
        if (!t.hidden)
            m_topic->addItem(tr("%1 · %2").arg(number++).arg(t.name), t.id);
    for (const Layer &l : m_journal->layers())
        m_layer->addItem(tr("%1 · %2").arg(l.depth).arg(l.name), l.depth);
    QStringList topics;
    for (const Topic &t : m_journal->topics())
        if (!t.hidden) // a number and its name stay on one line together; lines break between topics
            topics.append(
                tr("%1\u00a0%2").arg(topics.size() + 1).arg(QString(t.name).replace(u' ', QChar::Nbsp)));
    QStringList layers;
    for (const Layer &l : m_journal->layers())
        layers.append(tr("%1\u00a0%2").arg(l.depth).arg(QString(l.name).replace(u' ', QChar::Nbsp)));
    m_numbers->setText(tr("Topics: %1. Layers: %2.")
                           .arg(topics.join(QStringLiteral(" · ")), layers.join(QStringLiteral(" · "))));
    m_topic->setCurrentIndex(std::max(0, m_topic->findData(topicBefore)));
    m_layer->setCurrentIndex(std::min(layerBefore, m_layer->count() - 1));
}

void DisclosureEntry::focusQuickEntry()
{
    m_quick->setFocus();
    m_quick->selectAll();
}

void DisclosureEntry::previewQuickEntry(const QString &text)
{
    m_message->clear();
    const auto entry = DisclosureShorthand::parse(text, m_topic->count(), m_layer->count());
    if (!entry)
        return;
    m_who->setCurrentIndex(entry->speaker == Speaker::A ? 0 : 1);
    m_topic->setCurrentIndex(entry->topicNumber - 1);
    m_layer->setCurrentIndex(entry->depth - 1);
    m_note->setText(entry->note);
}

bool DisclosureEntry::eventFilter(QObject *watched, QEvent *event)
{
    // A line edit claims Ctrl+Z and Ctrl+Shift+Z even with nothing of its own to undo, so the
    // window's Undo never fired while the quick entry had focus, which is where it is after
    // logging. Passed on, the shortcut takes back the logged disclosure instead.
    if (watched == m_quick && (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut))
        m_numbers->setVisible(event->type() == QEvent::FocusIn && !m_numbers->text().isEmpty());
    auto *edit = qobject_cast<QLineEdit *>(watched);
    if (edit && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo) && !edit->isUndoAvailable();
        const bool redo = key->matches(QKeySequence::Redo) && !edit->isRedoAvailable();
        if (undo || redo) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DisclosureEntry::logFromQuickEntry()
{
    // Enter in an empty quick entry used to log a copy of whatever the boxes below still held,
    // silently. The boxes log with their own Log button.
    if (m_quick->text().trimmed().isEmpty()) {
        m_message->setText(tr("Nothing logged: type an entry such as \"a 4 2\", or choose in the boxes below "
                              "and press Log."));
        return;
    }
    QString error;
    const auto entry =
        DisclosureShorthand::parse(m_quick->text(), m_topic->count(), m_layer->count(), &error);
    if (!entry) {
        m_message->setText(tr("Not logged: %1").arg(error));
        return;
    }
    previewQuickEntry(m_quick->text());
    logFromChoices();
}

void DisclosureEntry::logFromChoices()
{
    if (m_topic->currentIndex() < 0 || m_layer->currentIndex() < 0 || m_who->currentIndex() < 0)
        return;
    const auto speaker = Speaker(m_who->currentData().toInt());
    Q_EMIT logRequested(speaker, m_topic->currentData().toLongLong(), m_layer->currentData().toInt(),
                        m_note->text().trimmed());
    afterLogging(speaker);
}

void DisclosureEntry::afterLogging(Speaker speaker)
{
    // setText, unlike clear(), also forgets the typing: Ctrl+Z must not bring the logged entry
    // back into the field (the next Enter would log it twice) but undo the disclosure itself.
    m_quick->setText(QString());
    m_note->setText(QString());
    m_message->clear();
    m_who->setCurrentIndex(speaker == Speaker::A ? 1 : 0);
    m_quick->setFocus();
}

} // namespace unfold
