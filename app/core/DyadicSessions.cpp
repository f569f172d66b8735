// SPDX-License-Identifier: GPL-3.0-or-later
// The codebook texts here are English on purpose: see ExportCodebook.cpp.
#include "DyadicSessions.h"

#include "RelationshipSeries.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <utility>

namespace unfold::DyadicSessions {

namespace {

// A subscale of an instrument, as its felt-score columns are keyed.
struct Felt
{
    QString instrumentId;
    QString subscale;
    QString key() const { return instrumentId + QLatin1Char('\n') + subscale; }
};

// One person in one session: the record one row is read from.
struct Row
{
    qint64 relationshipId = 0;
    int sessionNumber = 0;
    Session session;
    ReciprocityMetrics metrics;
    Speaker actor = Speaker::A;
    qint64 actorId = 0;
    qint64 partnerId = 0;
    QHash<QString, std::optional<double>> actorFelt; // by Felt::key()
    QHash<QString, std::optional<double>> partnerFelt;
};

Speaker other(Speaker s)
{
    return s == Speaker::A ? Speaker::B : Speaker::A;
}
int count(const ReciprocityMetrics &m, Speaker s)
{
    return s == Speaker::A ? m.nA : m.nB;
}
std::optional<double> meanDepth(const ReciprocityMetrics &m, Speaker s)
{
    return s == Speaker::A ? m.depthA : m.depthB;
}
int topics(const ReciprocityMetrics &m, Speaker s)
{
    return s == Speaker::A ? m.topicsA : m.topicsB;
}
QVariant optional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

ColumnOf<Row> integer(const QString &name, const QString &unit, const QString &allowed,
                      const QString &meaning, std::function<QVariant(const Row &)> value)
{
    return {{name, ColumnType::Integer, unit, allowed, meaning}, std::move(value)};
}

QList<ColumnOf<Row>> loggedColumns()
{
    const QString depthAllowed = QStringLiteral("1.0..L, L = the number of layers (layers.csv)");
    const QString depthUnit = QStringLiteral("layer (1 = outermost)");
    const QString depthMeaning =
        QStringLiteral("Mean depth of the %1's disclosures in this session; empty when they shared nothing.");
    return {
        integer(QStringLiteral("relationship_id"), {}, QStringLiteral("relationships.id"),
                QStringLiteral("The relationship: the dyad."), [](const Row &r) { return r.relationshipId; }),
        integer(QStringLiteral("session_id"), {}, QStringLiteral("sessions.id"),
                QStringLiteral("The session."), [](const Row &r) { return r.session.id; }),
        integer(
            QStringLiteral("session_number"), QStringLiteral("sessions"), QStringLiteral("1 or more"),
            QStringLiteral("The session's place among its relationship's sessions in time order, from 1."),
            [](const Row &r) { return r.sessionNumber; }),
        {{QStringLiteral("session_start"),
          ColumnType::Time,
          QStringLiteral("UTC"),
          {},
          QStringLiteral("When the session started.")},
         [](const Row &r) { return QVariant(r.session.start); }},
        integer(QStringLiteral("person_id"), {}, QStringLiteral("people.id"),
                QStringLiteral("The actor: the person this row is about."),
                [](const Row &r) { return r.actorId; }),
        {{QStringLiteral("role"),
          ColumnType::Text,
          {},
          QStringLiteral("a, b"),
          QStringLiteral("The actor's side in the relationship: a is relationships.person_a, b is person_b. "
                         "Distinguishes the two members of a dyad.")},
         [](const Row &r) { return r.actor == Speaker::A ? QStringLiteral("a") : QStringLiteral("b"); }},
        integer(QStringLiteral("partner_id"), {}, QStringLiteral("people.id"),
                QStringLiteral("The partner: the other person of the relationship."),
                [](const Row &r) { return r.partnerId; }),
        integer(QStringLiteral("actor_count"), QStringLiteral("disclosures"), QStringLiteral("0 or more"),
                QStringLiteral("How many disclosures the actor made in this session."),
                [](const Row &r) { return count(r.metrics, r.actor); }),
        integer(QStringLiteral("partner_count"), QStringLiteral("disclosures"), QStringLiteral("0 or more"),
                QStringLiteral("How many disclosures the partner made in this session."),
                [](const Row &r) { return count(r.metrics, other(r.actor)); }),
        {{QStringLiteral("actor_mean_depth"), ColumnType::Number, depthUnit, depthAllowed,
          depthMeaning.arg(QStringLiteral("actor"))},
         [](const Row &r) { return optional(meanDepth(r.metrics, r.actor)); }},
        {{QStringLiteral("partner_mean_depth"), ColumnType::Number, depthUnit, depthAllowed,
          depthMeaning.arg(QStringLiteral("partner"))},
         [](const Row &r) { return optional(meanDepth(r.metrics, other(r.actor))); }},
        integer(QStringLiteral("actor_topics"), QStringLiteral("topics"), QStringLiteral("0 or more"),
                QStringLiteral("How many distinct topics the actor's disclosures touched in this session."),
                [](const Row &r) { return topics(r.metrics, r.actor); }),
        integer(QStringLiteral("partner_topics"), QStringLiteral("topics"), QStringLiteral("0 or more"),
                QStringLiteral("How many distinct topics the partner's disclosures touched in this session."),
                [](const Row &r) { return topics(r.metrics, other(r.actor)); }),
    };
}

ColumnOf<Row> feltScore(const QString &name, const Felt &felt, bool actor)
{
    const QString meaning =
        QStringLiteral(
            "The %1's felt score on subscale '%2' of instrument '%3' for this session, as 0-100 "
            "((mean - scale minimum) / (scale maximum - scale minimum) x 100), from their one answer "
            "set for the session (the latest, were there several); empty when they did not answer "
            "it or answered too few of the subscale's items.")
            .arg(actor ? QStringLiteral("actor") : QStringLiteral("partner"), felt.subscale,
                 felt.instrumentId);
    const QString key = felt.key();
    return {
        {name, ColumnType::Number, QStringLiteral("0-100 score"), QStringLiteral("0.0..100.0"), meaning},
        [key, actor](const Row &r) { return optional((actor ? r.actorFelt : r.partnerFelt).value(key)); }};
}

} // namespace

QString feltColumn(const QString &side, const QString &instrumentId, const QString &subscale)
{
    static const QRegularExpression outside(QStringLiteral("[^a-z0-9_]"));
    QString name =
        side + QLatin1String("_felt_") + instrumentId.toLower() + QLatin1Char('_') + subscale.toLower();
    return name.replace(outside, QStringLiteral("_"));
}

DataTable build(const QList<DyadRecords> &dyads, const QList<Topic> &topics, int layerCount)
{
    QList<Row> rows;
    QList<Felt> felts; // every subscale answered anywhere, in the order first met
    QSet<QString> feltKeys;
    for (const DyadRecords &dyad : dyads) {
        const Relationship &r = dyad.relationship;
        // The journal keeps one answer set per person, instrument and session (DESIGN.md §2.1).
        const RelationshipSeries series(dyad.sessions, dyad.disclosures, topics, layerCount, dyad.answers);
        // Felt scores by respondent (A, B) and session.
        std::array<QHash<qint64, QHash<QString, std::optional<double>>>, 2> feltOf;
        for (const ScoreRecord &s : series.scores()) {
            const Felt felt{s.instrumentId, s.subscale};
            if (!feltKeys.contains(felt.key())) {
                feltKeys.insert(felt.key());
                felts.append(felt);
            }
            feltOf[int(s.respondent)][s.sessionId].insert(felt.key(), s.score0to100);
        }
        int number = 0;
        for (const SessionMeasures &m : series.sessions()) {
            ++number;
            for (const Speaker actor : {Speaker::A, Speaker::B}) {
                const Speaker partner = other(actor);
                rows.append(
                    {r.id, number, m.session, m.metrics, actor, actor == Speaker::A ? r.personA : r.personB,
                     actor == Speaker::A ? r.personB : r.personA, feltOf[int(actor)].value(m.session.id),
                     feltOf[int(partner)].value(m.session.id)});
            }
        }
    }

    // By instrument; within one, subscales keep the order the instrument scores them in.
    std::stable_sort(felts.begin(), felts.end(),
                     [](const Felt &x, const Felt &y) { return x.instrumentId < y.instrumentId; });
    QList<ColumnOf<Row>> columns = loggedColumns();
    QSet<QString> taken;
    for (const ColumnOf<Row> &c : std::as_const(columns))
        taken.insert(c.column.name);
    for (const bool actor : {true, false}) {
        for (const Felt &felt : std::as_const(felts)) {
            // Two ids that differ only in case or punctuation would give one name: number the later.
            const QString base = feltColumn(actor ? QStringLiteral("actor") : QStringLiteral("partner"),
                                            felt.instrumentId, felt.subscale);
            QString name = base;
            for (int n = 2; taken.contains(name); ++n)
                name = base + QLatin1Char('_') + QString::number(n);
            taken.insert(name);
            columns.append(feltScore(name, felt, actor));
        }
    }
    return tableOf(QString::fromLatin1(tableName),
                   QStringLiteral("One person (the actor) in one session, beside the other person of the "
                                  "relationship (the partner): two rows per session, one for each side."),
                   columns, rows);
}

} // namespace unfold::DyadicSessions
