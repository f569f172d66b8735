// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionEditor.h"
#include "ThemeIcons.h"

#include "DisclosureEntry.h"
#include "EditHistory.h"
#include "Heading.h"
#include "Journal.h"
#include "RecordCommands.h"
#include "RecordLabels.h"
#include "SessionTime.h"
#include "models/ChoiceColumnWidths.h"
#include "models/ChoiceDelegate.h"
#include "models/DisclosureTableModel.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace unfold {

SessionEditor::SessionEditor(EditHistory &history, QWidget *parent)
    : QWidget(parent), m_history(history), m_model(new DisclosureTableModel(this))
{
    m_emptyHint = new QLabel;
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setTextFormat(Qt::PlainText);

    m_title = newHeading();
    m_start = new QDateTimeEdit;
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(SessionTime::format(QLocale()));
    m_start->setAccessibleName(tr("Session start"));
    m_start->setAccessibleDescription(tr("The day and time the conversation began."));
    m_context = new QComboBox;
    m_context->setAccessibleName(tr("Context"));
    m_context->setAccessibleDescription(
        tr("How you talked: in person, by video, by phone, or in text or chat."));
    for (SessionContext c : RecordLabels::allContexts)
        m_context->addItem(RecordLabels::context(c), int(c));
    m_mood = new QComboBox;
    m_mood->setAccessibleName(tr("Mood"));
    m_mood->setAccessibleDescription(
        tr("Your mood in the conversation, from 1 (low) to 5 (very good), if you note it."));
    m_mood->addItem(RecordLabels::mood(std::nullopt), 0);
    for (int m = minimumMood; m <= maximumMood; ++m)
        m_mood->addItem(RecordLabels::mood(m), m);
    m_notes = new QLineEdit;
    m_notes->setAccessibleName(tr("Session notes"));
    m_notes->setAccessibleDescription(tr("Private notes about this session, kept only in the journal."));
    m_notes->setPlaceholderText(tr("Private notes about this session"));

    auto *fields = new QFormLayout;
    auto *when = new QHBoxLayout;
    when->addWidget(m_start);
    auto *contextLabel = new QLabel(tr("&Context:"));
    contextLabel->setBuddy(m_context);
    when->addWidget(contextLabel);
    when->addWidget(m_context);
    auto *moodLabel = new QLabel(tr("&Mood:"));
    moodLabel->setBuddy(m_mood);
    when->addWidget(moodLabel);
    when->addWidget(m_mood);
    when->addStretch();
    auto *startLabel = new QLabel(tr("St&art:"));
    startLabel->setBuddy(m_start);
    fields->addRow(startLabel, when);
    // Notes stay hidden until asked for: a therapist's notes must not show to whoever is at the
    // screen (a client during a session) just because the session is open.
    m_showNotes = new QToolButton;
    m_showNotes->setCheckable(true);
    m_showNotes->setText(tr("Show"));
    m_showNotes->setAccessibleName(tr("Show private notes"));
    m_showNotes->setToolTip(tr("Shows the private notes of this session until another session is chosen."));
    m_showNotes->setFocusPolicy(Qt::StrongFocus);
    m_notesHidden = new QLabel(tr("Hidden"));
    m_notesHidden->setEnabled(false);
    auto *notesRow = new QHBoxLayout;
    notesRow->addWidget(m_notes, 1);
    notesRow->addWidget(m_notesHidden, 1);
    notesRow->addWidget(m_showNotes);
    auto *notesLabel = new QLabel(tr("Pri&vate notes:"));
    notesLabel->setBuddy(m_showNotes);
    fields->addRow(notesLabel, notesRow);
    connect(m_showNotes, &QToolButton::toggled, this, [this, notesLabel](bool shown) {
        m_notes->setVisible(shown);
        m_notesHidden->setVisible(!shown);
        m_showNotes->setText(shown ? tr("Hide") : tr("Show"));
        m_showNotes->setAccessibleName(shown ? tr("Hide private notes") : tr("Show private notes"));
        notesLabel->setBuddy(shown ? static_cast<QWidget *>(m_notes) : m_showNotes);
        if (shown)
            m_notes->setFocus();
    });
    m_notes->hide();

    m_table = new QTableView;
    m_table->setTabKeyNavigation(false); // one Tab stop; the arrows move from cell to cell
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Disclosures of this session"));
    m_table->setAccessibleDescription(
        tr("One row per disclosure: who shared, topic, layer and note. F2 edits a "
           "cell; Ctrl+Up and Ctrl+Down reorder; Delete removes."));
    m_table->setItemDelegate(new ChoiceDelegate(DisclosureTableModel::ChoicesRole,
                                                DisclosureTableModel::ChoiceIndexRole, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    // Each column as wide as the widest of its choices (the note takes the rest), whichever of them
    // this session shows; the position as wide as the last row's number, as the table writes it
    // (digits are not as wide as each other in every font: all eights and all zeros count too).
    new ChoiceColumnWidths(m_table, [this](int column) {
        if (column != DisclosureTableModel::PositionColumn)
            return m_model->choices(column);
        const QString last = m_table->locale().toString(m_model->rowCount());
        QStringList labels{last};
        for (const char16_t digit : {u'8', u'0'}) {
            QString same = last;
            for (QChar &c : same)
                c = c.isDigit() ? QChar(digit) : c;
            labels.append(same);
        }
        return labels;
    });

    m_entry = new DisclosureEntry;

    m_moveUp = new QAction(tr("Move &Up"), this);

    ThemeIcons::give(m_moveUp, QStringLiteral("go-up"));
    m_moveUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_moveDown = new QAction(tr("Move Do&wn"), this);
    ThemeIcons::give(m_moveDown, QStringLiteral("go-down"));
    m_moveDown->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_remove = new QAction(tr("&Delete Disclosure"), this);
    ThemeIcons::give(m_remove, QStringLiteral("edit-delete"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_focusEntry = new QAction(tr("&Log Disclosure"), this);
    m_focusEntry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    for (QAction *action : {m_moveUp, m_moveDown, m_remove}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_table->addAction(action);
    }
    connect(m_moveUp, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveCurrent(+1); });
    connect(m_remove, &QAction::triggered, this, &SessionEditor::removeCurrent);
    connect(m_focusEntry, &QAction::triggered, m_entry, &DisclosureEntry::focusQuickEntry);

    auto *tableButtons = new QHBoxLayout;
    for (QAction *action : {m_moveUp, m_moveDown, m_remove}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAccessibleName(action->text().remove(u'&'));
        button->setFocusPolicy(Qt::TabFocus);
        tableButtons->addWidget(button);
    }
    tableButtons->addStretch();

    auto *editor = new QWidget;
    auto *layout = new QVBoxLayout(editor);
    layout->addWidget(m_title);
    layout->addLayout(fields);
    layout->addWidget(m_table, 1);
    layout->addLayout(tableButtons);
    layout->addWidget(m_entry);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_emptyHint);
    m_pages->addWidget(editor);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    connect(m_start, &QDateTimeEdit::editingFinished, this, &SessionEditor::saveSessionFields);
    connect(m_context, &QComboBox::activated, this, &SessionEditor::saveSessionFields);
    connect(m_mood, &QComboBox::activated, this, &SessionEditor::saveSessionFields);
    connect(m_notes, &QLineEdit::editingFinished, this, &SessionEditor::saveSessionFields);
    connect(m_entry, &DisclosureEntry::logRequested, this, &SessionEditor::logDisclosure);
    // Queued: the edit reloads the model, which must not happen inside the editor's own commit
    // (the view then closed an editor it no longer had, with a warning each time).
    connect(m_model, &DisclosureTableModel::editRequested, this,
            [this](const Disclosure &before, const Disclosure &after) {
                QMetaObject::invokeMethod(
                    this, [this, before, after] { editDisclosure(before, after); }, Qt::QueuedConnection);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &SessionEditor::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SessionEditor::updateActions);
    updateActions();
}

void SessionEditor::setJournal(const Journal *journal)
{
    m_journal.show(journal);
    m_model->setJournal(journal);
    m_entry->setJournal(journal);
    if (m_journal) {
        connect(m_journal, &Journal::sessionsChanged, this, &SessionEditor::loadSession);
        connect(m_journal, &Journal::peopleChanged, this, &SessionEditor::loadSession);
        connect(m_journal, &Journal::topicsChanged, m_entry, &DisclosureEntry::refreshChoices);
        connect(m_journal, &Journal::layersChanged, m_entry, &DisclosureEntry::refreshChoices);
        connect(m_journal, &Journal::relationshipsChanged, this, &SessionEditor::loadSession);
    }
    setSession(0);
}

// What to do next, for the state the journal is in: the step that is possible now, never one
// whose menu item is disabled.
QString SessionEditor::emptyHint() const
{
    if (!m_journal)
        return tr("No journal is open. File › New Journal (Ctrl+N) starts one; File › Open Journal "
                  "(Ctrl+O) opens one.");
    if (m_journal->relationships().isEmpty())
        return m_journal->isReadOnly()
                   ? tr("This journal holds no relationships yet.")
                   : tr("Start with the relationship you want to reflect on: Relationship › Add "
                        "Relationship (Ctrl+Shift+R). Then log your first conversation with Session › New "
                        "Session (Ctrl+T).");
    if (m_journal->isReadOnly())
        return tr("Choose a session in the timeline.");
    return tr("Choose a session in the timeline, or start a new one with Session › New Session (Ctrl+T).");
}

void SessionEditor::setSession(qint64 sessionId)
{
    m_model->setSession(sessionId);
    loadSession();
}

qint64 SessionEditor::sessionId() const
{
    return m_model->sessionId();
}

void SessionEditor::loadSession()
{
    const auto session = m_journal && sessionId() ? m_journal->session(sessionId()) : std::nullopt;
    m_pages->setCurrentIndex(session ? 1 : 0);
    if (!session) {
        m_emptyHint->setText(emptyHint());
        updateActions();
        return;
    }
    m_loading = true;
    if (session->id != m_loadedSession) {
        m_loadedSession = session->id;
        m_showNotes->setChecked(false); // another session's notes are hidden again
    }
    const auto relationship = m_journal->relationship(session->relationshipId);
    const QString nameA =
        relationship ? m_journal->person(relationship->personA).value_or(Person{}).name : QString();
    const QString nameB =
        relationship ? m_journal->person(relationship->personB).value_or(Person{}).name : QString();
    m_title->setText(tr("Session with %1 and %2").arg(nameA, nameB));
    m_entry->setPeople(nameA, nameB);
    m_start->setDateTime(session->start);
    m_context->setCurrentIndex(m_context->findData(int(session->context)));
    m_mood->setCurrentIndex(m_mood->findData(session->mood.value_or(0)));
    if (!m_notes->hasFocus())
        m_notes->setText(session->notes);
    const bool writable = !m_journal->isReadOnly();
    m_notesHidden->setText(session->notes.isEmpty() ? tr("None") : tr("Hidden"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_start, m_context, m_mood, m_notes, m_entry})
        w->setEnabled(writable);
    m_loading = false;
    updateActions();
}

void SessionEditor::saveSessionFields()
{
    if (m_loading || !m_journal)
        return;
    const auto before = m_journal->session(sessionId());
    if (!before)
        return;
    Session after = *before;
    after.start = m_start->dateTime();
    after.context = SessionContext(m_context->currentData().toInt());
    const int mood = m_mood->currentData().toInt();
    after.mood = mood ? std::optional<int>(mood) : std::nullopt;
    after.notes = m_notes->text().trimmed();
    if (after == *before)
        return;
    m_history.perform<SaveRecordCommand<Session>>(tr("Edit Session"), before, after);
}

void SessionEditor::logDisclosure(Speaker speaker, qint64 topicId, int depth, const QString &note)
{
    if (!m_journal || !sessionId())
        return;
    Disclosure d;
    d.sessionId = sessionId();
    d.position = int(m_model->disclosures().size());
    d.speaker = speaker;
    d.topicId = topicId;
    d.depth = depth;
    d.note = note;
    if (m_history.perform<SaveRecordCommand<Disclosure>>(tr("Log Disclosure"), std::nullopt, d))
        m_table->scrollToBottom();
}

void SessionEditor::editDisclosure(const Disclosure &before, const Disclosure &after)
{
    m_history.perform<SaveRecordCommand<Disclosure>>(tr("Edit Disclosure"), before, after);
}

void SessionEditor::moveCurrent(int offset)
{
    const int row = m_table->currentIndex().row();
    const QList<Disclosure> &all = m_model->disclosures();
    const int target = row + offset;
    if (row < 0 || target < 0 || target >= all.size())
        return;
    QList<qint64> before;
    for (const Disclosure &d : all)
        before.append(d.id);
    QList<qint64> after = before;
    after.move(row, target);
    const int column = m_table->currentIndex().column();
    if (m_history.perform<ReorderDisclosuresCommand>(sessionId(), before, after))
        m_table->setCurrentIndex(m_model->index(target, std::max(0, column)));
}

void SessionEditor::removeCurrent()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_model->disclosures().size())
        return;
    const int column = m_table->currentIndex().column();
    if (m_history.perform<RemoveDisclosureCommand>(m_model->disclosures().at(row)) && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), std::max(0, column)));
}

void SessionEditor::updateActions()
{
    const bool writable = m_journal && !m_journal->isReadOnly() && sessionId() != 0;
    const int row = m_table->currentIndex().row();
    const int count = m_model->rowCount();
    m_moveUp->setEnabled(writable && row > 0);
    m_moveDown->setEnabled(writable && row >= 0 && row + 1 < count);
    m_remove->setEnabled(writable && row >= 0 && row < count);
    m_focusEntry->setEnabled(writable);
}

} // namespace unfold
