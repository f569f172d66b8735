// SPDX-License-Identifier: GPL-3.0-or-later
// `unfold insights`: the gentle observations of DESIGN.md §2.2 about a relationship, as of one
// session, each with its rule id and the sessions and values it rests on.
#include "Insights.h"
#include "Journal.h"
#include "ParserErrors.h"
#include "RelationshipArgument.h"
#include "RelationshipSeries.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace unfold::cli {

namespace {

QString isoDate(const QDateTime &start)
{
    return start.toUTC().toString(Qt::ISODate);
}

} // namespace

int runInsights(const Invocation &invocation)
{
    QCommandLineParser parser;
    const RelationshipArgument argument(
        tr("The journal to read."),
        tr("The session in view (default: the latest); later sessions are not looked at."));
    argument.addTo(parser);
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("text or json (default text)."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOption(formatOption);
    if (int code = parseOrExit(parser, invocation,
                               tr("Prints the insights about a relationship as of one session, each with its "
                                  "rule id and the sessions and values it rests on."));
        code >= 0)
        return code;
    if (int code = argument.missing(invocation, parser); code >= 0)
        return code;
    const QString format =
        chosenFormat(invocation, parser, formatOption, QStringLiteral("text"), QStringLiteral("json"));
    if (format.isEmpty())
        return UsageError;
    const RelationshipInJournal opened = openRelationship(invocation, parser, argument);
    if (!opened)
        return opened.exitCode;
    const Journal *journal = opened.journal.get();
    const qint64 relationshipId = opened.relationshipId;
    const QString &title = opened.title;
    const RelationshipSeries series = RelationshipSeries::fromJournal(*journal, relationshipId);
    const QList<SessionMeasures> &sessions = series.sessions();
    if (sessions.isEmpty())
        return complain(invocation, tr("%1 has no sessions yet").arg(title), Failure);
    // The latest session, or the one --session names (openRelationship checked it is one of these).
    qsizetype inView = sessions.size() - 1;
    for (qsizetype i = 0; i < sessions.size(); ++i) {
        if (sessions[i].session.id == opened.sessionId)
            inView = i;
    }
    const SessionMeasures &current = sessions[inView];
    const QList<Insight> insights =
        Insights::find(series, InsightContext::load(*journal, relationshipId, current.session.id));
    QHash<qint64, qsizetype> number;
    for (qsizetype i = 0; i < sessions.size(); ++i)
        number.insert(sessions[i].session.id, i + 1);

    if (format == QLatin1String("text")) {
        invocation.out << tr("%1, up to session %2 of %3 (id %4, %5)")
                              .arg(title, QString::number(inView + 1), QString::number(sessions.size()),
                                   QString::number(current.session.id), isoDate(current.session.start))
                       << '\n';
        if (insights.isEmpty())
            invocation.out << tr("No insights: nothing stands out in the sessions so far.") << '\n';
        for (const Insight &insight : insights) {
            QStringList at;
            for (qint64 id : insight.sessionIds)
                at.append(tr("%1 (id %2)").arg(QString::number(number.value(id)), QString::number(id)));
            invocation.out << '\n'
                           << QStringLiteral("[%1] %2").arg(insight.ruleId(), insight.title) << '\n'
                           << QStringLiteral("  ") << insight.text << '\n'
                           << QStringLiteral("  ") << tr("Sessions: %1").arg(at.join(QStringLiteral(", ")))
                           << '\n';
            for (const InsightEvidence &e : insight.evidence)
                invocation.out << QStringLiteral("  - %1: %2").arg(e.label, e.value) << '\n';
        }
        invocation.out.flush();
        return Success;
    }

    QJsonArray list;
    for (const Insight &insight : insights) {
        QJsonArray restsOn;
        for (qint64 id : insight.sessionIds) {
            const SessionMeasures &s = sessions[number.value(id) - 1];
            restsOn.append(QJsonObject{{QStringLiteral("id"), id},
                                       {QStringLiteral("number"), number.value(id)},
                                       {QStringLiteral("start"), isoDate(s.session.start)}});
        }
        QJsonArray evidence;
        for (const InsightEvidence &e : insight.evidence)
            evidence.append(
                QJsonObject{{QStringLiteral("label"), e.label}, {QStringLiteral("value"), e.value}});
        QJsonArray values;
        for (const InsightValue &v : insight.values)
            values.append(QJsonObject{
                {QStringLiteral("name"), v.name},
                {QStringLiteral("value"), v.value},
                {QStringLiteral("session_id"), v.sessionId != 0 ? QJsonValue(v.sessionId) : QJsonValue()}});
        list.append(QJsonObject{{QStringLiteral("rule"), insight.ruleId()},
                                {QStringLiteral("key"), insight.key},
                                {QStringLiteral("title"), insight.title},
                                {QStringLiteral("text"), insight.text},
                                {QStringLiteral("sessions"), restsOn},
                                {QStringLiteral("evidence"), evidence},
                                {QStringLiteral("values"), values}});
    }
    const QJsonObject document{
        {QStringLiteral("relationship_id"), relationshipId}, {QStringLiteral("relationship"), title},
        {QStringLiteral("session_id"), current.session.id},  {QStringLiteral("session_number"), inView + 1},
        {QStringLiteral("session_count"), sessions.size()},  {QStringLiteral("insights"), list}};
    invocation.out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    invocation.out.flush();
    return Success;
}

} // namespace unfold::cli
