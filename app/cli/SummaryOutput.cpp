// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryOutput.h"

#include "Csv.h"
#include "Journal.h"
#include "RelationshipSummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace unfold::cli {

namespace {

const QStringList summaryColumns{
    QStringLiteral("measure"),  QStringLiteral("person"), QStringLiteral("person_id"),
    QStringLiteral("topic_id"), QStringLiteral("topic"),  QStringLiteral("value"),
    QStringLiteral("sessions"), QStringLiteral("first"),  QStringLiteral("last")};

QString personKey(const SummaryMeasure &m)
{
    if (!m.person)
        return {};
    return *m.person == Speaker::A ? QStringLiteral("a") : QStringLiteral("b");
}

qint64 personId(const SummaryMeasure &m, const Relationship &relationship)
{
    if (!m.person)
        return 0;
    return *m.person == Speaker::A ? relationship.personA : relationship.personB;
}

QString idOrEmpty(qint64 id)
{
    return id != 0 ? QString::number(id) : QString();
}

QString isoOrEmpty(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QJsonValue jsonOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

void printSummary(const Invocation &invocation, const Journal &journal, qint64 relationshipId,
                  const RelationshipSummary &summary, bool json)
{
    const Relationship relationship = journal.relationship(relationshipId).value_or(Relationship{});
    if (!json) {
        invocation.out << QString::fromUtf8(Csv::formatRecord(summaryColumns));
        for (const SummaryMeasure &m : summary.measures()) {
            invocation.out << QString::fromUtf8(Csv::formatRecord(
                {m.name, personKey(m), idOrEmpty(personId(m, relationship)), idOrEmpty(m.topicId), m.topic,
                 m.value ? QString::number(*m.value, 'g', 15) : QString(), QString::number(m.basis.sessions),
                 isoOrEmpty(m.basis.first), isoOrEmpty(m.basis.last)}));
        }
        invocation.out.flush();
        return;
    }
    QJsonArray measures;
    for (const SummaryMeasure &m : summary.measures()) {
        QJsonObject row{
            {QStringLiteral("measure"), m.name},
            {QStringLiteral("person"), jsonOrNull(personKey(m))},
            {QStringLiteral("person_id"), m.person ? QJsonValue(personId(m, relationship)) : QJsonValue()},
            {QStringLiteral("topic_id"), m.topicId != 0 ? QJsonValue(m.topicId) : QJsonValue()},
            {QStringLiteral("topic"), jsonOrNull(m.topic)},
            {QStringLiteral("value"), m.value ? QJsonValue(*m.value) : QJsonValue()},
            {QStringLiteral("descriptive_correlation"), m.isCorrelation()},
            {QStringLiteral("sessions"), m.basis.sessions},
            {QStringLiteral("first"), jsonOrNull(isoOrEmpty(m.basis.first))},
            {QStringLiteral("last"), jsonOrNull(isoOrEmpty(m.basis.last))}};
        measures.append(row);
    }
    const QJsonObject document{{QStringLiteral("relationship_id"), relationshipId},
                               {QStringLiteral("relationship"), journal.relationshipTitle(relationship)},
                               {QStringLiteral("layers"), summary.layerCount()},
                               {QStringLiteral("sessions"), summary.sessionCount()},
                               {QStringLiteral("minimum_sessions_for_correlation"),
                                RelationshipSummary::minimumSessionsForCorrelation},
                               {QStringLiteral("note"), RelationshipSummary::caveat()},
                               {QStringLiteral("measures"), measures}};
    invocation.out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    invocation.out.flush();
}

} // namespace unfold::cli
