// SPDX-License-Identifier: GPL-3.0-or-later
// `unfold metrics`: the logged reciprocity of each session of a relationship, or with --summary
// the measures across its sessions (DESIGN.md §2.1).
#include "Csv.h"
#include "Journal.h"
#include "ParserErrors.h"
#include "Perception.h"
#include "RelationshipArgument.h"
#include "RelationshipSeries.h"
#include "RelationshipSummary.h"
#include "SummaryOutput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace unfold::cli {

namespace {

const QStringList metricColumns{
    QStringLiteral("session_id"),    QStringLiteral("session_start"),     QStringLiteral("n_a"),
    QStringLiteral("n_b"),           QStringLiteral("depth_a"),           QStringLiteral("depth_b"),
    QStringLiteral("depth_balance"), QStringLiteral("volume_balance"),    QStringLiteral("topic_overlap"),
    QStringLiteral("turn_match"),    QStringLiteral("reciprocity_index"), QStringLiteral("breadth_a"),
    QStringLiteral("breadth_b"),     QStringLiteral("penetration_a"),     QStringLiteral("penetration_b")};

const QStringList perceptionColumns{QStringLiteral("session_id"),
                                    QStringLiteral("partner_session_id"),
                                    QStringLiteral("session_start"),
                                    QStringLiteral("confirmed"),
                                    QStringLiteral("count_gap_a"),
                                    QStringLiteral("count_gap_b"),
                                    QStringLiteral("depth_gap_a"),
                                    QStringLiteral("depth_gap_b"),
                                    QStringLiteral("topic_agreement_a"),
                                    QStringLiteral("topic_agreement_b"),
                                    QStringLiteral("agreement_index"),
                                    QStringLiteral("logged_reciprocity_mine"),
                                    QStringLiteral("logged_reciprocity_partner"),
                                    QStringLiteral("felt_balance_a"),
                                    QStringLiteral("felt_balance_b")};

QJsonValue jsonValue(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}
QString text(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 15) : QString();
}

// Per matched pair of sessions, the two accounts compared (DESIGN.md §2.3).
int printPerception(const Invocation &invocation, const Journal &journal, qint64 relationshipId, bool json)
{
    const QString title = journal.relationshipTitle(*journal.relationship(relationshipId));
    if (!journal.partnerAccount(relationshipId))
        return complain(
            invocation,
            tr("%1 has no partner's account yet; import one with: unfold exchange import").arg(title),
            Failure);
    const PerceptionSeries series = PerceptionSeries::fromJournal(journal, relationshipId);
    QList<QList<QJsonValue>> rows;
    for (const PairPerception &p : series.pairs)
        rows.append({p.match.sessionId, p.match.partnerSessionId, p.start.toUTC().toString(Qt::ISODate),
                     p.match.confirmed, p.a.countGap, p.b.countGap, jsonValue(p.a.depthGap),
                     jsonValue(p.b.depthGap), jsonValue(p.a.topicAgreement), jsonValue(p.b.topicAgreement),
                     jsonValue(p.agreementIndex), jsonValue(p.loggedMine), jsonValue(p.loggedPartner),
                     jsonValue(p.feltBalanceA), jsonValue(p.feltBalanceB)});
    if (!json) {
        invocation.out << QString::fromUtf8(Csv::formatRecord(perceptionColumns));
        for (const QList<QJsonValue> &row : rows) {
            QStringList cells;
            for (const QJsonValue &v : row)
                cells.append(v.isBool()     ? QString::number(v.toBool() ? 1 : 0)
                             : v.isDouble() ? QString::number(v.toDouble(), 'g', 15)
                                            : v.toString());
            invocation.out << QString::fromUtf8(Csv::formatRecord(cells));
        }
        invocation.out.flush();
        return Success;
    }
    QJsonArray pairs;
    for (const QList<QJsonValue> &row : rows) {
        QJsonObject o;
        for (qsizetype i = 0; i < perceptionColumns.size(); ++i)
            o.insert(perceptionColumns[i], row[i]);
        pairs.append(o);
    }
    const QJsonObject document{{QStringLiteral("relationship_id"), relationshipId},
                               {QStringLiteral("relationship"), title},
                               {QStringLiteral("layers"), journal.layerCount()},
                               {QStringLiteral("perception_bias_a"), jsonValue(series.biasA)},
                               {QStringLiteral("perception_bias_b"), jsonValue(series.biasB)},
                               {QStringLiteral("mean_agreement_index"), jsonValue(series.meanAgreement)},
                               {QStringLiteral("unmatched_sessions_mine"), series.unmatchedMine},
                               {QStringLiteral("unmatched_sessions_partner"), series.unmatchedPartner},
                               {QStringLiteral("pairs"), pairs}};
    invocation.out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    invocation.out.flush();
    return Success;
}

} // namespace

int runMetrics(const Invocation &invocation)
{
    QCommandLineParser parser;
    const RelationshipArgument argument(
        tr("The journal to read."), tr("With --summary: only the sessions up to this one (default: all)."));
    argument.addTo(parser);
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("csv or json (default csv)."),
                                          QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption summaryOption(
        QStringLiteral("summary"),
        tr("Print the measures across the sessions instead (breadth, penetration, deepest layer per topic, "
           "depth trend and correlations), each with the sessions and time span it rests on."));
    const QCommandLineOption perceptionOption(
        QStringLiteral("perception"),
        tr("Print instead, per session matched with the partner's account, how the two accounts differ: "
           "count, depth and topic gaps of each side and the agreement index."));
    parser.addOptions({formatOption, summaryOption, perceptionOption});
    if (int code =
            parseOrExit(parser, invocation,
                        tr("Prints the logged reciprocity of each session of a relationship; empty (csv) or "
                           "null (json) where a measure is undefined."));
        code >= 0)
        return code;
    if (parser.isSet(perceptionOption) && parser.isSet(summaryOption))
        return complain(invocation, tr("--perception and --summary print different tables: give one"),
                        UsageError);
    if (parser.isSet(argument.session) && !parser.isSet(summaryOption))
        return complain(invocation, tr("--session goes with --summary"), UsageError);
    if (int code = argument.missing(invocation, parser); code >= 0)
        return code;
    const QString format =
        chosenFormat(invocation, parser, formatOption, QStringLiteral("csv"), QStringLiteral("json"));
    if (format.isEmpty())
        return UsageError;
    const RelationshipInJournal opened = openRelationship(invocation, parser, argument);
    if (!opened)
        return opened.exitCode;
    const Journal *journal = opened.journal.get();
    const qint64 relationshipId = opened.relationshipId;
    if (parser.isSet(perceptionOption))
        return printPerception(invocation, *journal, relationshipId, format == QLatin1String("json"));
    const RelationshipSeries series = RelationshipSeries::fromJournal(*journal, relationshipId);
    if (parser.isSet(summaryOption)) {
        // openRelationship checked that the session is one of the relationship's.
        const auto summary = RelationshipSummary::upTo(series, opened.sessionId);
        if (!summary)
            return complain(
                invocation,
                tr("session %1 is not a session of %2").arg(QString::number(opened.sessionId), opened.title),
                Failure);
        printSummary(invocation, *journal, relationshipId, *summary, format == QLatin1String("json"));
        return Success;
    }

    if (format == QLatin1String("csv")) {
        invocation.out << QString::fromUtf8(Csv::formatRecord(metricColumns));
        for (const SessionMeasures &s : series.sessions()) {
            const ReciprocityMetrics &m = s.metrics;
            invocation.out << QString::fromUtf8(Csv::formatRecord(
                {QString::number(s.session.id), s.session.start.toUTC().toString(Qt::ISODate),
                 QString::number(m.nA), QString::number(m.nB), text(m.depthA), text(m.depthB),
                 text(m.depthBalance), text(m.volumeBalance), text(m.topicOverlap), text(m.turnMatch),
                 text(m.reciprocityIndex), QString::number(s.breadthA), QString::number(s.breadthB),
                 text(s.penetrationA), text(s.penetrationB)}));
        }
        invocation.out.flush();
        return Success;
    }
    QJsonArray rows;
    for (const SessionMeasures &s : series.sessions()) {
        const ReciprocityMetrics &m = s.metrics;
        const QJsonValue values[] = {s.session.id,
                                     s.session.start.toUTC().toString(Qt::ISODate),
                                     m.nA,
                                     m.nB,
                                     jsonValue(m.depthA),
                                     jsonValue(m.depthB),
                                     jsonValue(m.depthBalance),
                                     jsonValue(m.volumeBalance),
                                     jsonValue(m.topicOverlap),
                                     jsonValue(m.turnMatch),
                                     jsonValue(m.reciprocityIndex),
                                     s.breadthA,
                                     s.breadthB,
                                     s.penetrationA,
                                     s.penetrationB};
        QJsonObject row;
        for (qsizetype i = 0; i < metricColumns.size(); ++i)
            row.insert(metricColumns[i], values[i]);
        rows.append(row);
    }
    const std::optional<Relationship> shown = journal->relationship(relationshipId);
    const QJsonObject document{{QStringLiteral("relationship_id"), relationshipId},
                               {QStringLiteral("relationship"), journal->relationshipTitle(*shown)},
                               {QStringLiteral("layers"), journal->layerCount()},
                               {QStringLiteral("sessions"), rows}};
    invocation.out << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    invocation.out.flush();
    return Success;
}

} // namespace unfold::cli
