// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordCommands.h"

#include <QCoreApplication>

namespace unfold {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("unfold::RecordCommands", text); }
} // namespace

RemoveRelationshipCommand::RemoveRelationshipCommand(Journal &journal, qint64 relationshipId)
    : JournalCommand(journal, tr("Remove Relationship")), m_record(journal.relationshipRecord(relationshipId))
{
}

bool RemoveRelationshipCommand::apply() { return m_journal.removeRelationship(m_record.relationship.id); }
bool RemoveRelationshipCommand::revert() { return m_journal.restoreRelationship(m_record); }

RemoveSessionCommand::RemoveSessionCommand(Journal &journal, qint64 sessionId)
    : JournalCommand(journal, tr("Remove Session")), m_record(journal.sessionRecord(sessionId))
{
}

bool RemoveSessionCommand::apply() { return m_journal.removeSession(m_record.session.id); }
bool RemoveSessionCommand::revert() { return m_journal.restoreSession(m_record); }

RemoveDisclosureCommand::RemoveDisclosureCommand(Journal &journal, const Disclosure &disclosure)
    : JournalCommand(journal, tr("Remove Disclosure")), m_disclosure(disclosure)
{
    const QList<Disclosure> all = journal.disclosures(disclosure.sessionId);
    for (const Disclosure &other : all)
        m_order.append(other.id);
}

bool RemoveDisclosureCommand::apply() { return m_journal.removeDisclosure(m_disclosure); }
bool RemoveDisclosureCommand::revert() { return m_journal.restoreDisclosure(m_disclosure, m_order); }

ReorderDisclosuresCommand::ReorderDisclosuresCommand(Journal &journal, qint64 sessionId, QList<qint64> before,
                                                     QList<qint64> after)
    : JournalCommand(journal, tr("Move Disclosure")), m_sessionId(sessionId), m_before(std::move(before)),
      m_after(std::move(after))
{
}

SaveLayersCommand::SaveLayersCommand(Journal &journal, QList<Layer> before, QList<Layer> after)
    : JournalCommand(journal, tr("Change Layers")), m_before(std::move(before)), m_after(std::move(after))
{
}

ReorderTopicsCommand::ReorderTopicsCommand(Journal &journal, QList<qint64> before, QList<qint64> after)
    : JournalCommand(journal, tr("Reorder Topics")), m_before(std::move(before)), m_after(std::move(after))
{
}

} // namespace unfold
