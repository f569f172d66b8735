// SPDX-License-Identifier: GPL-3.0-or-later
// The tables of a data export: each column is defined once, below, with its type, unit, allowed
// values and meaning beside the code that reads its value, and the codebook is made from these
// same definitions. Codebook texts are English on purpose (see ExportCodebook.cpp).
#include "DataExport.h"

#include "DyadicSessions.h"
#include "ExportCodebook.h"
#include "ExportColumns.h"
#include "InstrumentLibrary.h"
#include "Journal.h"
#include "PartnerExportTables.h"
#include "ScoreHistory.h"

#include <QHash>
#include <QPair>

namespace unfold {

namespace {

using namespace ExportColumns;

// Records that need their relationship beside them, to name the person behind `a` or `b`.
struct DisclosureRecord
{
    Disclosure disclosure;
    Relationship relationship;
};
struct AnswerRecord
{
    QuestionnaireAnswer answer;
    Relationship relationship;
    QString item;
};
struct ScoreOfAnswer
{
    QuestionnaireAnswer answer;
    Relationship relationship;
    SubscaleScore score;
    ScoreChange change; // where the same person stood before on this subscale
};

DataTable people(const Journal &journal)
{
    return tableOf<Person>(
        QStringLiteral("people"), QStringLiteral("One person of the journal."),
        {
            column<Person>(QStringLiteral("id"), ColumnType::Integer, {}, idText,
                           QStringLiteral("The person's id."), [](const Person &p) { return p.id; }),
            column<Person>(QStringLiteral("name"), ColumnType::Text, {}, {},
                           QStringLiteral("The person's name or alias."),
                           [](const Person &p) { return p.name; }),
            column<Person>(QStringLiteral("is_me"), ColumnType::Boolean, {}, QStringLiteral("1, 0"),
                           QStringLiteral("1 for the journal's owner (\"me\"), 0 for everyone else."),
                           [](const Person &p) { return p.isMe; }),
        },
        journal.people());
}

DataTable relationships(const QList<Relationship> &records)
{
    using R = Relationship;
    return tableOf<R>(
        QStringLiteral("relationships"), QStringLiteral("One relationship between two people: one dyad."),
        {
            column<R>(QStringLiteral("id"), ColumnType::Integer, {}, idText,
                      QStringLiteral("The relationship's id."), [](const R &r) { return r.id; }),
            column<R>(QStringLiteral("person_a"), ColumnType::Integer, {}, QStringLiteral("people.id"),
                      QStringLiteral("The relationship's first person: side a everywhere in this export."),
                      [](const R &r) { return r.personA; }),
            column<R>(QStringLiteral("person_b"), ColumnType::Integer, {}, QStringLiteral("people.id"),
                      QStringLiteral("The relationship's second person: side b everywhere in this export."),
                      [](const R &r) { return r.personB; }),
            column<R>(
                QStringLiteral("kind"), ColumnType::Text, {},
                keysOf({RelationshipKind::Partner, RelationshipKind::Friend, RelationshipKind::Family,
                        RelationshipKind::Colleague, RelationshipKind::ClientCouple, RelationshipKind::Other},
                       relationshipKindKey),
                QStringLiteral("The kind of relationship."),
                [](const R &r) { return relationshipKindKey(r.kind); }),
            column<R>(
                QStringLiteral("started"), ColumnType::Date, QStringLiteral("calendar day"), {},
                QStringLiteral("When the relationship started, as the user gave it; empty when not given."),
                [](const R &r) { return QVariant(r.started); }),
            column<R>(QStringLiteral("stage"), ColumnType::Text, {},
                      keysOf({Stage::Orientation, Stage::ExploratoryAffective, Stage::Affective,
                              Stage::Stable, Stage::Depenetration},
                             stageKey),
                      QStringLiteral("The user's own view of the relationship's stage (Altman & Taylor); "
                                     "empty when not given."),
                      [](const R &r) { return stageKey(r.stage); }),
        },
        records);
}

DataTable layers(const Journal &journal)
{
    return tableOf<Layer>(
        QStringLiteral("layers"), QStringLiteral("One layer (ring) of the onion, from the outermost."),
        {
            column<Layer>(QStringLiteral("depth"), ColumnType::Integer, QStringLiteral("layer"),
                          QStringLiteral("1..L, L = the number of rows (3 to 5)"),
                          QStringLiteral("The layer's depth: 1 is the outermost (peripheral), L the core."),
                          [](const Layer &l) { return l.depth; }),
            column<Layer>(QStringLiteral("name"), ColumnType::Text, {}, {},
                          QStringLiteral("The layer's name."), [](const Layer &l) { return l.name; }),
        },
        journal.layers());
}

DataTable topics(const Journal &journal)
{
    return tableOf<Topic>(
        QStringLiteral("topics"), QStringLiteral("One topic (sector of the onion): breadth."),
        {
            column<Topic>(QStringLiteral("id"), ColumnType::Integer, {}, idText,
                          QStringLiteral("The topic's id."), [](const Topic &t) { return t.id; }),
            column<Topic>(QStringLiteral("name"), ColumnType::Text, {}, {},
                          QStringLiteral("The topic's name."), [](const Topic &t) { return t.name; }),
            column<Topic>(QStringLiteral("position"), ColumnType::Integer, QStringLiteral("rank"),
                          QStringLiteral("0 or more"),
                          QStringLiteral("The topic's place in the onion, least intimate first."),
                          [](const Topic &t) { return t.position; }),
            column<Topic>(QStringLiteral("hidden"), ColumnType::Boolean, {}, QStringLiteral("1, 0"),
                          QStringLiteral("1 when the user hid the topic from the onion, 0 otherwise."),
                          [](const Topic &t) { return t.hidden; }),
        },
        journal.topics());
}

DataTable sessions(const QList<Session> &records, bool includeNotes)
{
    QList<ColumnOf<Session>> columns{
        column<Session>(QStringLiteral("id"), ColumnType::Integer, {}, idText,
                        QStringLiteral("The session's id."), [](const Session &s) { return s.id; }),
        column<Session>(QStringLiteral("relationship_id"), ColumnType::Integer, {},
                        QStringLiteral("relationships.id"),
                        QStringLiteral("The relationship the session belongs to."),
                        [](const Session &s) { return s.relationshipId; }),
        column<Session>(QStringLiteral("start"), ColumnType::Time, QStringLiteral("UTC"), {},
                        QStringLiteral("When the session started."),
                        [](const Session &s) { return QVariant(s.start); }),
        column<Session>(QStringLiteral("context"), ColumnType::Text, {},
                        keysOf({SessionContext::InPerson, SessionContext::Video, SessionContext::Phone,
                                SessionContext::Text},
                               sessionContextKey),
                        QStringLiteral("How the two people met for the session."),
                        [](const Session &s) { return sessionContextKey(s.context); }),
        column<Session>(
            QStringLiteral("mood"), ColumnType::Integer, QStringLiteral("mood rating"),
            QStringLiteral("%1..%2").arg(minimumMood).arg(maximumMood),
            QStringLiteral("The user's mood after the session, 1 low to 5 high; empty when not given."),
            [](const Session &s) { return optional(s.mood); }),
    };
    if (includeNotes)
        columns.append(
            column<Session>(QStringLiteral("notes"), ColumnType::Text, {}, {},
                            QStringLiteral("The session's private notes (exported only when asked)."),
                            [](const Session &s) { return s.notes; }));
    return tableOf(QStringLiteral("sessions"),
                   QStringLiteral("One session: one interaction of a relationship's two people."), columns,
                   records);
}

DataTable disclosures(const QList<DisclosureRecord> &records, bool includeNotes)
{
    using D = DisclosureRecord;
    QList<ColumnOf<D>> columns{
        column<D>(QStringLiteral("session_id"), ColumnType::Integer, {}, QStringLiteral("sessions.id"),
                  QStringLiteral("The session it was shared in."),
                  [](const D &d) { return d.disclosure.sessionId; }),
        column<D>(QStringLiteral("relationship_id"), ColumnType::Integer, {},
                  QStringLiteral("relationships.id"), QStringLiteral("The relationship of that session."),
                  [](const D &d) { return d.relationship.id; }),
        column<D>(QStringLiteral("position"), ColumnType::Integer, QStringLiteral("turn"),
                  QStringLiteral("0 or more"), QStringLiteral("Its order within the session, from 0."),
                  [](const D &d) { return d.disclosure.position; }),
        column<D>(QStringLiteral("speaker"), ColumnType::Text, {}, sideText,
                  QStringLiteral("Who shared, as a side: a is relationships.person_a, b is person_b."),
                  [](const D &d) { return speakerKey(d.disclosure.speaker); }),
        column<D>(QStringLiteral("speaker_id"), ColumnType::Integer, {}, QStringLiteral("people.id"),
                  QStringLiteral("Who shared, as a person."),
                  [](const D &d) { return personOf(d.relationship, d.disclosure.speaker); }),
        column<D>(QStringLiteral("topic"), ColumnType::Integer, {}, QStringLiteral("topics.id"),
                  QStringLiteral("The topic (breadth)."), [](const D &d) { return d.disclosure.topicId; }),
        column<D>(QStringLiteral("depth"), ColumnType::Integer, QStringLiteral("layer"),
                  QStringLiteral("1..L, L = the number of layers (layers.csv)"),
                  QStringLiteral("The layer (depth): 1 is the outermost."),
                  [](const D &d) { return d.disclosure.depth; }),
        column<D>(QStringLiteral("reception"), ColumnType::Text, {},
                  keysOf({Reception::Responsive, Reception::Neutral, Reception::Dismissive}, receptionKey),
                  QStringLiteral("How the other person received it; empty when not noted."),
                  [](const D &d) {
                      return d.disclosure.reception ? QVariant(receptionKey(*d.disclosure.reception))
                                                    : QVariant();
                  }),
    };
    if (includeNotes)
        columns.append(column<D>(QStringLiteral("note"), ColumnType::Text, {}, {},
                                 QStringLiteral("The disclosure's private note (exported only when asked)."),
                                 [](const D &d) { return d.disclosure.note; }));
    return tableOf(QStringLiteral("disclosures"),
                   QStringLiteral("One disclosure: one thing one person shared."), columns, records);
}

DataTable timelineEvents(const QList<TimelineEvent> &records)
{
    using E = TimelineEvent;
    return tableOf<E>(
        QStringLiteral("timeline_events"),
        QStringLiteral("One event the user marked on a relationship's timeline."),
        {
            column<E>(QStringLiteral("id"), ColumnType::Integer, {}, idText,
                      QStringLiteral("The event's id."), [](const E &e) { return e.id; }),
            column<E>(QStringLiteral("relationship_id"), ColumnType::Integer, {},
                      QStringLiteral("relationships.id"), QStringLiteral("The relationship it belongs to."),
                      [](const E &e) { return e.relationshipId; }),
            column<E>(QStringLiteral("day"), ColumnType::Date, QStringLiteral("calendar day"), {},
                      QStringLiteral("The day it happened."), [](const E &e) { return QVariant(e.day); }),
            column<E>(QStringLiteral("label"), ColumnType::Text, {}, {}, QStringLiteral("What happened."),
                      [](const E &e) { return e.label; }),
        },
        records);
}

// The columns that say which administration an answer or score comes from.
template <typename Record> QList<ColumnOf<Record>> administrationColumns()
{
    return {
        column<Record>(QStringLiteral("administration_id"), ColumnType::Integer, {}, idText,
                       QStringLiteral("One answering of one instrument by one person."),
                       [](const Record &r) { return r.answer.id; }),
        column<Record>(QStringLiteral("session_id"), ColumnType::Integer, {}, QStringLiteral("sessions.id"),
                       QStringLiteral("The session the answers are about."),
                       [](const Record &r) { return r.answer.sessionId; }),
        column<Record>(QStringLiteral("relationship_id"), ColumnType::Integer, {},
                       QStringLiteral("relationships.id"),
                       QStringLiteral("The relationship of that session."),
                       [](const Record &r) { return r.relationship.id; }),
        column<Record>(QStringLiteral("respondent"), ColumnType::Text, {}, sideText,
                       QStringLiteral("Who answered, as a side: a is relationships.person_a, b is person_b."),
                       [](const Record &r) { return speakerKey(r.answer.respondent); }),
        column<Record>(QStringLiteral("respondent_id"), ColumnType::Integer, {}, QStringLiteral("people.id"),
                       QStringLiteral("Who answered, as a person."),
                       [](const Record &r) { return personOf(r.relationship, r.answer.respondent); }),
        column<Record>(
            QStringLiteral("instrument_id"), ColumnType::Text, {}, {},
            QStringLiteral("The questionnaire (resources/instruments/<id>.json or the user's own)."),
            [](const Record &r) { return r.answer.instrumentId; }),
        column<Record>(QStringLiteral("instrument_version"), ColumnType::Integer, {}, idText,
                       QStringLiteral("The version of the questionnaire it was answered in."),
                       [](const Record &r) { return r.answer.instrumentVersion; }),
        column<Record>(QStringLiteral("answered_at"), ColumnType::Time, QStringLiteral("UTC"), {},
                       QStringLiteral("When it was answered."),
                       [](const Record &r) { return QVariant(r.answer.answeredAt); }),
    };
}

DataTable answers(const QList<AnswerRecord> &records)
{
    using A = AnswerRecord;
    QList<ColumnOf<A>> columns = administrationColumns<A>();
    columns += {
        column<A>(QStringLiteral("item"), ColumnType::Text, {}, {},
                  QStringLiteral("The item's id in the instrument."), [](const A &a) { return a.item; }),
        column<A>(QStringLiteral("value"), ColumnType::Integer, QStringLiteral("response scale point"),
                  QStringLiteral("the instrument's scale minimum..maximum"),
                  QStringLiteral("The answer as given, before reverse keying."),
                  [](const A &a) { return a.answer.answers.value(a.item); }),
    };
    return tableOf(QStringLiteral("questionnaire_answers"),
                   QStringLiteral("One item answered in one administration of a questionnaire."), columns,
                   records);
}

DataTable scores(const QList<ScoreOfAnswer> &records)
{
    using S = ScoreOfAnswer;
    QList<ColumnOf<S>> columns = administrationColumns<S>();
    columns += {
        column<S>(QStringLiteral("subscale"), ColumnType::Text, {}, {}, QStringLiteral("The subscale's id."),
                  [](const S &s) { return s.score.subscale; }),
        column<S>(QStringLiteral("items"), ColumnType::Integer, QStringLiteral("items"),
                  QStringLiteral("1 or more"), QStringLiteral("How many items the subscale has."),
                  [](const S &s) { return s.score.items; }),
        column<S>(QStringLiteral("answered"), ColumnType::Integer, QStringLiteral("items"),
                  QStringLiteral("0..items"), QStringLiteral("How many of them were answered."),
                  [](const S &s) { return s.score.answered; }),
        column<S>(
            QStringLiteral("mean"), ColumnType::Number, QStringLiteral("response scale point"),
            QStringLiteral("the instrument's scale minimum..maximum"),
            QStringLiteral("Mean of the answered items after reverse keying; empty when fewer than 80 % "
                           "of the subscale's items were answered."),
            [](const S &s) { return optional(s.score.mean); }),
        column<S>(
            QStringLiteral("score"), ColumnType::Number, QStringLiteral("response scale point, or sum"), {},
            QStringLiteral("The subscale's score by its rule: the mean, or for a sum rule the mean x items "
                           "(prorated); empty like mean."),
            [](const S &s) { return optional(s.score.score); }),
        column<S>(QStringLiteral("score_0_100"), ColumnType::Number, QStringLiteral("0-100 score"),
                  QStringLiteral("0.0..100.0"),
                  QStringLiteral("(mean - scale minimum) / (scale maximum - scale minimum) x 100, comparable "
                                 "across instruments; empty like mean."),
                  [](const S &s) { return optional(s.score.score0to100); }),
        column<S>(
            QStringLiteral("change_from_previous"), ColumnType::Number, QStringLiteral("0-100 points"),
            QStringLiteral("-100.0..100.0"),
            QStringLiteral("score_0_100 minus the same person's previous score on this subscale in this "
                           "relationship; empty for their first score."),
            [](const S &s) { return optional(s.change.changeFromPrevious); }),
        column<S>(
            QStringLiteral("rci_from_previous"), ColumnType::Number, QStringLiteral("standard error units"),
            {},
            QStringLiteral("Jacobson-Truax reliable change index from the previous score; empty unless the "
                           "instrument file gives this subscale norms (SD and reliability)."),
            [](const S &s) { return optional(s.change.rciFromPrevious); }),
        column<S>(QStringLiteral("reliable_from_previous"), ColumnType::Boolean, {}, QStringLiteral("1, 0"),
                  QStringLiteral("1 when |rci_from_previous| > 1.96; empty without an index."),
                  [](const S &s) { return optional(ScoreChange::isReliable(s.change.rciFromPrevious)); }),
        column<S>(
            QStringLiteral("rci_from_baseline"), ColumnType::Number, QStringLiteral("standard error units"),
            {},
            QStringLiteral("The same index from the person's first score of the instrument in this "
                           "relationship (the baseline); empty for the baseline itself and without norms."),
            [](const S &s) { return optional(s.change.rciFromBaseline); }),
        column<S>(QStringLiteral("reliable_from_baseline"), ColumnType::Boolean, {}, QStringLiteral("1, 0"),
                  QStringLiteral("1 when |rci_from_baseline| > 1.96; empty without an index."),
                  [](const S &s) { return optional(ScoreChange::isReliable(s.change.rciFromBaseline)); }),
    };
    return tableOf(QStringLiteral("questionnaire_scores"),
                   QStringLiteral("One subscale's score from one administration of a questionnaire."),
                   columns, records);
}

} // namespace

QList<DataTable> DataExport::tables(const Journal &journal, bool includeNotes)
{
    const QList<Relationship> all = journal.relationships();
    QList<Session> sessionRecords;
    QList<DisclosureRecord> disclosureRecords;
    QList<TimelineEvent> eventRecords;
    QList<AnswerRecord> answerRecords;
    QList<ScoreOfAnswer> scoreRecords;
    QList<DyadicSessions::DyadRecords> dyads;
    const InstrumentLibrary library; // norms for the reliable change, as the app shows it
    for (const Relationship &r : all) {
        DyadicSessions::DyadRecords dyad{
            r, {}, journal.disclosuresOfRelationship(r.id), journal.answersOfRelationship(r.id)};
        QHash<qint64, QDateTime> starts;
        for (const SessionSummary &s : journal.sessionSummaries(r.id)) {
            dyad.sessions.append(s.session);
            starts.insert(s.session.id, s.session.start);
        }
        // From the answers already read, rather than reading the relationship again.
        QHash<QPair<qint64, QString>, ScoreChange> changes;
        for (const ScoreChange &c : ScoreHistory::compute(dyad.answers, starts, library))
            changes.insert({c.answerId, c.subscale}, c);
        sessionRecords += dyad.sessions;
        for (const Disclosure &d : std::as_const(dyad.disclosures))
            disclosureRecords.append({d, r});
        eventRecords += journal.timelineEvents(r.id);
        for (const QuestionnaireAnswer &a : std::as_const(dyad.answers)) {
            QStringList items = a.answers.keys();
            items.sort();
            for (const QString &item : std::as_const(items))
                answerRecords.append({a, r, item});
            for (const SubscaleScore &s : a.scores)
                scoreRecords.append({a, r, s, changes.value({a.id, s.subscale})});
        }
        dyads.append(std::move(dyad));
    }
    QList<DataTable> result{people(journal),
                            relationships(all),
                            layers(journal),
                            topics(journal),
                            sessions(sessionRecords, includeNotes),
                            disclosures(disclosureRecords, includeNotes),
                            timelineEvents(eventRecords),
                            answers(answerRecords),
                            scores(scoreRecords),
                            DyadicSessions::build(dyads, journal.topics(), journal.layerCount())};
    // Always there, empty without a partner's account, so a script finds the same tables every time.
    result += PartnerExportTables::build(journal, includeNotes);
    result.append(ExportCodebook::describe(result));
    return result;
}

} // namespace unfold
