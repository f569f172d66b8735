// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordCommands.h"

#include <QCoreApplication>

namespace unfold {

RemoveRelationshipCommand::RemoveRelationshipCommand(Journal &journal, qint64 relationshipId)
    : JournalCommand(journal, QCoreApplication::translate("unfold::RecordCommands", "Remove Relationship")),
      m_record(journal.relationshipRecord(relationshipId))
{}

bool RemoveRelationshipCommand::apply()
{
    return m_journal.removeRelationship(m_record.relationship.id);
}
bool RemoveRelationshipCommand::revert()
{
    return m_journal.restoreRelationship(m_record);
}

RemoveSessionCommand::RemoveSessionCommand(Journal &journal, qint64 sessionId)
    : JournalCommand(journal, QCoreApplication::translate("unfold::RecordCommands", "Remove Session")),
      m_record(journal.sessionRecord(sessionId))
{}

bool RemoveSessionCommand::apply()
{
    return m_journal.removeSession(m_record.session.id);
}
bool RemoveSessionCommand::revert()
{
    return m_journal.restoreSession(m_record);
}

RemoveDisclosureCommand::RemoveDisclosureCommand(Journal &journal, const Disclosure &disclosure)
    : JournalCommand(journal, QCoreApplication::translate("unfold::RecordCommands", "Remove Disclosure")),
      m_disclosure(disclosure)
{
    const QList<Disclosure> all = journal.disclosures(disclosure.sessionId);
    for (const Disclosure &other : all)
        m_order.append(other.id);
}

bool RemoveDisclosureCommand::apply()
{
    return m_journal.removeDisclosure(m_disclosure);
}
bool RemoveDisclosureCommand::revert()
{
    return m_journal.restoreDisclosure(m_disclosure, m_order);
}

ReorderDisclosuresCommand::ReorderDisclosuresCommand(Journal &journal, qint64 sessionId, QList<qint64> before,
                                                     QList<qint64> after)
    : JournalCommand(journal, QCoreApplication::translate("unfold::RecordCommands", "Move Disclosure")),
      m_sessionId(sessionId), m_before(std::move(before)), m_after(std::move(after))
{}

SaveLayersCommand::SaveLayersCommand(Journal &journal, QList<Layer> before, QList<Layer> after)
    : JournalCommand(journal, QCoreApplication::translate("unfold::RecordCommands", "Change Layers")),
      m_before(std::move(before)), m_after(std::move(after))
{}

ReorderTopicsCommand::ReorderTopicsCommand(Journal &journal, QList<qint64> before, QList<qint64> after)
    : JournalCommand(journal, QCoreApplication::translate("unfold::RecordCommands", "Reorder Topics")),
      m_before(std::move(before)), m_after(std::move(after))
{}

AddTimelineEventCommand::AddTimelineEventCommand(Journal &journal, TimelineEvent event)
    : JournalCommand(journal, QCoreApplication::translate("unfold::RecordCommands", "Mark Event")),
      m_event(std::move(event))
{}

bool AddTimelineEventCommand::apply()
{
    TimelineEvent event = m_event;
    if (!m_journal.saveTimelineEvent(event))
        return false;
    m_event.id = event.id; // a redo brings the event back under the same id
    return true;
}

RemoveTimelineEventCommand::RemoveTimelineEventCommand(Journal &journal, TimelineEvent event)
    : JournalCommand(journal, QCoreApplication::translate("unfold::RecordCommands", "Remove Event")),
      m_event(std::move(event))
{}

bool RemoveTimelineEventCommand::revert()
{
    TimelineEvent event = m_event;
    return m_journal.saveTimelineEvent(event);
}

SaveAnswersCommand::SaveAnswersCommand(Journal &journal, QList<QuestionnaireAnswer> answers)
    : JournalCommand(journal, QCoreApplication::translate("unfold::RecordCommands", "Answer Questionnaire")),
      m_answers(std::move(answers)), m_replaced(journal.answersReplacedBy(m_answers))
{}

bool SaveAnswersCommand::apply()
{
    QList<QuestionnaireAnswer> answers = m_answers;
    if (!m_journal.replaceAnswers(m_replaced, answers))
        return false;
    m_answers = answers; // a redo brings them back under the same ids
    return true;
}

bool SaveAnswersCommand::revert()
{
    QList<QuestionnaireAnswer> earlier = m_replaced;
    return m_journal.replaceAnswers(m_answers, earlier);
}

RemoveAnswersCommand::RemoveAnswersCommand(Journal &journal, QList<QuestionnaireAnswer> answers)
    : JournalCommand(journal, QCoreApplication::translate("unfold::RecordCommands", "Remove Answers")),
      m_answers(std::move(answers))
{}

bool RemoveAnswersCommand::revert()
{
    QList<QuestionnaireAnswer> answers = m_answers;
    return m_journal.saveAnswers(answers);
}

} // namespace unfold
