// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Journal.h"
#include "JournalCommand.h"

#include <optional>

namespace unfold {

// How each kind of record is written and taken out again, for SaveRecordCommand.
inline bool saveRecord(Journal &j, Person &r)
{
    return j.savePerson(r);
}
inline bool saveRecord(Journal &j, Relationship &r)
{
    return j.saveRelationship(r);
}
inline bool saveRecord(Journal &j, Topic &r)
{
    return j.saveTopic(r);
}
inline bool saveRecord(Journal &j, Session &r)
{
    return j.saveSession(r);
}
inline bool saveRecord(Journal &j, Disclosure &r)
{
    return j.saveDisclosure(r);
}
inline bool removeRecord(Journal &j, const Person &r)
{
    return j.removePerson(r.id);
}
inline bool removeRecord(Journal &j, const Relationship &r)
{
    return j.removeRelationship(r.id);
}
inline bool removeRecord(Journal &j, const Topic &r)
{
    return j.removeTopic(r.id);
}
inline bool removeRecord(Journal &j, const Session &r)
{
    return j.removeSession(r.id);
}
inline bool removeRecord(Journal &j, const Disclosure &r)
{
    return j.removeDisclosure(r);
}

// Adds a record (no `before`) or changes one (`before` is how it was). Undoing an addition
// removes the record; redoing it brings it back under the same id.
template <typename Record> class SaveRecordCommand final : public JournalCommand
{
public:
    SaveRecordCommand(Journal &journal, const QString &text, std::optional<Record> before, Record after)
        : JournalCommand(journal, text), m_before(std::move(before)), m_after(std::move(after))
    {}

    qint64 savedId() const override { return m_after.id; }

protected:
    bool apply() override
    {
        Record record = m_after;
        if (!saveRecord(m_journal, record))
            return false;
        m_after.id = record.id;
        return true;
    }

    bool revert() override
    {
        if (!m_before)
            return removeRecord(m_journal, m_after);
        Record record = *m_before;
        return saveRecord(m_journal, record);
    }

private:
    std::optional<Record> m_before;
    Record m_after;
};

// Removes a relationship with all its sessions; undo restores them under their ids.
class RemoveRelationshipCommand final : public JournalCommand
{
public:
    RemoveRelationshipCommand(Journal &journal, qint64 relationshipId);

protected:
    bool apply() override;
    bool revert() override;

private:
    RelationshipRecord m_record;
};

// Removes a session with its disclosures; undo restores them.
class RemoveSessionCommand final : public JournalCommand
{
public:
    RemoveSessionCommand(Journal &journal, qint64 sessionId);

protected:
    bool apply() override;
    bool revert() override;

private:
    SessionRecord m_record;
};

// Removes one disclosure; undo puts it back in its place in the session.
class RemoveDisclosureCommand final : public JournalCommand
{
public:
    RemoveDisclosureCommand(Journal &journal, const Disclosure &disclosure);

protected:
    bool apply() override;
    bool revert() override;

private:
    Disclosure m_disclosure;
    QList<qint64> m_order;
};

// Changes the order of a session's disclosures.
class ReorderDisclosuresCommand final : public JournalCommand
{
public:
    ReorderDisclosuresCommand(Journal &journal, qint64 sessionId, QList<qint64> before, QList<qint64> after);

protected:
    bool apply() override { return m_journal.setDisclosureOrder(m_sessionId, m_after); }
    bool revert() override { return m_journal.setDisclosureOrder(m_sessionId, m_before); }

private:
    qint64 m_sessionId;
    QList<qint64> m_before;
    QList<qint64> m_after;
};

// Changes the journal's layers (names, descriptions, how many).
class SaveLayersCommand final : public JournalCommand
{
public:
    SaveLayersCommand(Journal &journal, QList<Layer> before, QList<Layer> after);

protected:
    bool apply() override { return m_journal.saveLayers(m_after); }
    bool revert() override { return m_journal.saveLayers(m_before); }

private:
    QList<Layer> m_before;
    QList<Layer> m_after;
};

// Marks an event on a relationship's timeline; undo takes the mark away, redo puts it back
// under the same id.
class AddTimelineEventCommand final : public JournalCommand
{
public:
    AddTimelineEventCommand(Journal &journal, TimelineEvent event);

    qint64 savedId() const override { return m_event.id; }

protected:
    bool apply() override;
    bool revert() override { return m_journal.removeTimelineEvent(m_event); }

private:
    TimelineEvent m_event;
};

// Takes an event off the timeline; undo puts it back under its id.
class RemoveTimelineEventCommand final : public JournalCommand
{
public:
    RemoveTimelineEventCommand(Journal &journal, TimelineEvent event);

protected:
    bool apply() override { return m_journal.removeTimelineEvent(m_event); }
    bool revert() override;

private:
    TimelineEvent m_event;
};

// Stores questionnaire answers given together (one person's, or a couple's hand-over) as one
// edit; undo takes them all back, redo restores them under the same ids.
class SaveAnswersCommand final : public JournalCommand
{
public:
    SaveAnswersCommand(Journal &journal, QList<QuestionnaireAnswer> answers);

    // The first answer's id.
    qint64 savedId() const override { return m_answers.isEmpty() ? 0 : m_answers.first().id; }

    // The earlier sets these answers replace (the same session, person and instrument).
    const QList<QuestionnaireAnswer> &replaced() const { return m_replaced; }

protected:
    bool apply() override;
    bool revert() override;

private:
    QList<QuestionnaireAnswer> m_answers;
    QList<QuestionnaireAnswer> m_replaced;
};

// Removes questionnaire answers together; undo restores them under their ids.
class RemoveAnswersCommand final : public JournalCommand
{
public:
    RemoveAnswersCommand(Journal &journal, QList<QuestionnaireAnswer> answers);

protected:
    bool apply() override { return m_journal.removeAnswers(m_answers); }
    bool revert() override;

private:
    QList<QuestionnaireAnswer> m_answers;
};

// Changes the order of the journal's topics.
class ReorderTopicsCommand final : public JournalCommand
{
public:
    ReorderTopicsCommand(Journal &journal, QList<qint64> before, QList<qint64> after);

protected:
    bool apply() override { return m_journal.setTopicOrder(m_after); }
    bool revert() override { return m_journal.setTopicOrder(m_before); }

private:
    QList<qint64> m_before;
    QList<qint64> m_after;
};

} // namespace unfold
