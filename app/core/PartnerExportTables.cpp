// SPDX-License-Identifier: GPL-3.0-or-later
// Like DataExportTables.cpp: each column defined once, with its codebook entry beside the code
// that reads its value; codebook texts are English on purpose (see ExportCodebook.cpp).
#include "PartnerExportTables.h"

#include "ExportColumns.h"
#include "Journal.h"
#include "Perception.h"

namespace unfold {

namespace {

using namespace ExportColumns;

// Every row names its relationship, to say who `a` and `b` are.
struct AccountRow
{
    Relationship relationship;
    StoredPartnerAccount stored;
};
struct SessionRow
{
    Relationship relationship;
    PartnerSession session;
    qint64 matchedTo = 0; // my session, 0 when none
};
struct DisclosureRow
{
    Relationship relationship;
    qint64 sessionId = 0;
    int position = 0;
    PartnerDisclosure disclosure;
    qint64 topicId = 0; // this journal's topic of the same name, 0 when it has none
};
struct AnswerRow
{
    Relationship relationship;
    qint64 sessionId = 0;
    QuestionnaireAnswer answer;
    QString item;
};
struct MatchRow
{
    Relationship relationship;
    PairPerception pair;
};

const QString partnerSessionText = QStringLiteral("partner_sessions.partner_session_id");

DataTable accounts(const QList<AccountRow> &records)
{
    using R = AccountRow;
    return tableOf<R>(
        QStringLiteral("partner_accounts"),
        QStringLiteral("The other person's account of one relationship, imported from their exchange file."),
        {
            column<R>(QStringLiteral("relationship_id"), ColumnType::Integer, {},
                      QStringLiteral("relationships.id"),
                      QStringLiteral("The relationship the account tells."),
                      [](const R &r) { return r.relationship.id; }),
            column<R>(QStringLiteral("author"), ColumnType::Text, {}, sideText,
                      QStringLiteral("Who wrote the account, as a side; empty when the file did not say."),
                      [](const R &r) {
                          return r.stored.account.author ? QVariant(speakerKey(*r.stored.account.author))
                                                         : QVariant();
                      }),
            column<R>(QStringLiteral("author_id"), ColumnType::Integer, {}, QStringLiteral("people.id"),
                      QStringLiteral("Who wrote the account, as a person; empty like author."),
                      [](const R &r) {
                          return r.stored.account.author
                                     ? QVariant(personOf(r.relationship, *r.stored.account.author))
                                     : QVariant();
                      }),
            column<R>(QStringLiteral("sessions"), ColumnType::Integer, QStringLiteral("sessions"),
                      QStringLiteral("0 or more"), QStringLiteral("How many sessions the account holds."),
                      [](const R &r) { return int(r.stored.account.sessions.size()); }),
            column<R>(QStringLiteral("includes_notes"), ColumnType::Boolean, {}, QStringLiteral("1, 0"),
                      QStringLiteral("1 when the author chose to share their notes."),
                      [](const R &r) { return r.stored.account.includesNotes; }),
            column<R>(QStringLiteral("sides_swapped"), ColumnType::Boolean, {}, QStringLiteral("1, 0"),
                      QStringLiteral("1 when the author's a was this journal's b: every side in the partner_ "
                                     "tables is already this journal's."),
                      [](const R &r) { return r.stored.swapped; }),
            column<R>(QStringLiteral("exported_at"), ColumnType::Time, QStringLiteral("UTC"), {},
                      QStringLiteral("When the author wrote the exchange file."),
                      [](const R &r) { return QVariant(r.stored.account.exportedAt); }),
            column<R>(QStringLiteral("imported_at"), ColumnType::Time, QStringLiteral("UTC"), {},
                      QStringLiteral("When it was imported into this journal."),
                      [](const R &r) { return QVariant(r.stored.importedAt); }),
        },
        records);
}

DataTable sessions(const QList<SessionRow> &records, bool includeNotes)
{
    using R = SessionRow;
    QList<ColumnOf<R>> columns{
        column<R>(
            QStringLiteral("partner_session_id"), ColumnType::Integer, {}, idText,
            QStringLiteral("The session's id in the partner's journal; unique within its relationship."),
            [](const R &r) { return r.session.id; }),
        column<R>(QStringLiteral("relationship_id"), ColumnType::Integer, {},
                  QStringLiteral("relationships.id"),
                  QStringLiteral("The relationship the session belongs to."),
                  [](const R &r) { return r.relationship.id; }),
        column<R>(QStringLiteral("start"), ColumnType::Time, QStringLiteral("UTC"), {},
                  QStringLiteral("When the session started, as the partner logged it."),
                  [](const R &r) { return QVariant(r.session.start); }),
        column<R>(QStringLiteral("context"), ColumnType::Text, {},
                  keysOf({SessionContext::InPerson, SessionContext::Video, SessionContext::Phone,
                          SessionContext::Text},
                         sessionContextKey),
                  QStringLiteral("How the two people met, as the partner logged it."),
                  [](const R &r) { return sessionContextKey(r.session.context); }),
        column<R>(
            QStringLiteral("mood"), ColumnType::Integer, QStringLiteral("mood rating"),
            QStringLiteral("%1..%2").arg(minimumMood).arg(maximumMood),
            QStringLiteral("The partner's mood after the session, 1 low to 5 high; empty when not given."),
            [](const R &r) { return optional(r.session.mood); }),
        column<R>(
            QStringLiteral("session_id"), ColumnType::Integer, {}, QStringLiteral("sessions.id"),
            QStringLiteral("The session of this journal matched to it (session_matches); empty when none."),
            [](const R &r) { return r.matchedTo != 0 ? QVariant(r.matchedTo) : QVariant(); }),
    };
    if (includeNotes)
        columns.append(column<R>(QStringLiteral("notes"), ColumnType::Text, {}, {},
                                 QStringLiteral("The partner's notes of the session, when they shared them "
                                                "(exported only when asked)."),
                                 [](const R &r) { return r.session.notes; }));
    return tableOf(QStringLiteral("partner_sessions"),
                   QStringLiteral("One session as the partner's account tells it."), columns, records);
}

DataTable disclosures(const QList<DisclosureRow> &records, bool includeNotes)
{
    using R = DisclosureRow;
    QList<ColumnOf<R>> columns{
        column<R>(QStringLiteral("partner_session_id"), ColumnType::Integer, {}, partnerSessionText,
                  QStringLiteral("The partner's session it was shared in."),
                  [](const R &r) { return r.sessionId; }),
        column<R>(QStringLiteral("relationship_id"), ColumnType::Integer, {},
                  QStringLiteral("relationships.id"), QStringLiteral("The relationship of that session."),
                  [](const R &r) { return r.relationship.id; }),
        column<R>(QStringLiteral("position"), ColumnType::Integer, QStringLiteral("turn"),
                  QStringLiteral("0 or more"), QStringLiteral("Its order within the session, from 0."),
                  [](const R &r) { return r.position; }),
        column<R>(QStringLiteral("speaker"), ColumnType::Text, {}, sideText,
                  QStringLiteral("Who shared, as a side of this journal: a is relationships.person_a."),
                  [](const R &r) { return speakerKey(r.disclosure.speaker); }),
        column<R>(QStringLiteral("speaker_id"), ColumnType::Integer, {}, QStringLiteral("people.id"),
                  QStringLiteral("Who shared, as a person."),
                  [](const R &r) { return personOf(r.relationship, r.disclosure.speaker); }),
        column<R>(QStringLiteral("topic_name"), ColumnType::Text, {}, {},
                  QStringLiteral("The topic as the partner named it."),
                  [](const R &r) { return r.disclosure.topic; }),
        column<R>(
            QStringLiteral("topic"), ColumnType::Integer, {}, QStringLiteral("topics.id"),
            QStringLiteral("This journal's topic of the same name (case and surrounding space ignored); "
                           "empty when this journal has no such topic."),
            [](const R &r) { return r.topicId > 0 ? QVariant(r.topicId) : QVariant(); }),
        column<R>(QStringLiteral("depth"), ColumnType::Integer, QStringLiteral("layer"),
                  QStringLiteral("1..L, L = the number of layers (layers.csv)"),
                  QStringLiteral("The layer (depth): 1 is the outermost."),
                  [](const R &r) { return r.disclosure.depth; }),
        column<R>(
            QStringLiteral("reception"), ColumnType::Text, {},
            keysOf({Reception::Responsive, Reception::Neutral, Reception::Dismissive}, receptionKey),
            QStringLiteral("How the other person received it, as the partner noted; empty when not noted."),
            [](const R &r) {
                return r.disclosure.reception ? QVariant(receptionKey(*r.disclosure.reception)) : QVariant();
            }),
    };
    if (includeNotes)
        columns.append(column<R>(QStringLiteral("note"), ColumnType::Text, {}, {},
                                 QStringLiteral("The partner's note on it, when they shared notes (exported "
                                                "only when asked)."),
                                 [](const R &r) { return r.disclosure.note; }));
    return tableOf(QStringLiteral("partner_disclosures"),
                   QStringLiteral("One disclosure as the partner's account tells it."), columns, records);
}

DataTable answers(const QList<AnswerRow> &records)
{
    using R = AnswerRow;
    return tableOf<R>(
        QStringLiteral("partner_questionnaire_answers"),
        QStringLiteral("One item of a questionnaire answered in the partner's account."),
        {
            column<R>(QStringLiteral("partner_session_id"), ColumnType::Integer, {}, partnerSessionText,
                      QStringLiteral("The partner's session the answers are about."),
                      [](const R &r) { return r.sessionId; }),
            column<R>(QStringLiteral("relationship_id"), ColumnType::Integer, {},
                      QStringLiteral("relationships.id"), QStringLiteral("The relationship of that session."),
                      [](const R &r) { return r.relationship.id; }),
            column<R>(QStringLiteral("respondent"), ColumnType::Text, {}, sideText,
                      QStringLiteral("Who answered, as a side of this journal."),
                      [](const R &r) { return speakerKey(r.answer.respondent); }),
            column<R>(QStringLiteral("respondent_id"), ColumnType::Integer, {}, QStringLiteral("people.id"),
                      QStringLiteral("Who answered, as a person."),
                      [](const R &r) { return personOf(r.relationship, r.answer.respondent); }),
            column<R>(QStringLiteral("instrument_id"), ColumnType::Text, {}, {},
                      QStringLiteral("The questionnaire."), [](const R &r) { return r.answer.instrumentId; }),
            column<R>(QStringLiteral("instrument_version"), ColumnType::Integer, {}, idText,
                      QStringLiteral("The version of the questionnaire it was answered in."),
                      [](const R &r) { return r.answer.instrumentVersion; }),
            column<R>(QStringLiteral("answered_at"), ColumnType::Time, QStringLiteral("UTC"), {},
                      QStringLiteral("When it was answered."),
                      [](const R &r) { return QVariant(r.answer.answeredAt); }),
            column<R>(QStringLiteral("item"), ColumnType::Text, {}, {},
                      QStringLiteral("The item's id in the instrument."), [](const R &r) { return r.item; }),
            column<R>(QStringLiteral("value"), ColumnType::Integer, QStringLiteral("response scale point"),
                      QStringLiteral("the instrument's scale minimum..maximum"),
                      QStringLiteral("The answer as given, before reverse keying."),
                      [](const R &r) { return r.answer.answers.value(r.item); }),
        },
        records);
}

DataTable matches(const QList<MatchRow> &records)
{
    using R = MatchRow;
    const QString countGap =
        QStringLiteral("n_s(P) - n_s(M): how many more disclosures of side %1 the partner's "
                       "account logs than this journal (DESIGN.md 2.3).");
    const QString depthGap = QStringLiteral("meanDepth_s(P) - meanDepth_s(M) for side %1; empty unless both "
                                            "accounts logged that side sharing.");
    const QString topicAgreement =
        QStringLiteral("Jaccard index of the topic sets both accounts log for side "
                       "%1; empty when both are empty.");
    const auto side = [](const R &r, Speaker s) -> const SidePerception & {
        return s == Speaker::A ? r.pair.a : r.pair.b;
    };
    QList<ColumnOf<R>> columns{
        column<R>(QStringLiteral("relationship_id"), ColumnType::Integer, {},
                  QStringLiteral("relationships.id"), QStringLiteral("The relationship of the two sessions."),
                  [](const R &r) { return r.relationship.id; }),
        column<R>(QStringLiteral("session_id"), ColumnType::Integer, {}, QStringLiteral("sessions.id"),
                  QStringLiteral("The session of this journal."),
                  [](const R &r) { return r.pair.match.sessionId; }),
        column<R>(QStringLiteral("partner_session_id"), ColumnType::Integer, {}, partnerSessionText,
                  QStringLiteral("The partner's account of the same conversation."),
                  [](const R &r) { return r.pair.match.partnerSessionId; }),
        column<R>(
            QStringLiteral("confirmed"), ColumnType::Boolean, {}, QStringLiteral("1, 0"),
            QStringLiteral("1 when the user paired the two; 0 when they were paired by start time (nearest "
                           "within 24 hours)."),
            [](const R &r) { return r.pair.match.confirmed; }),
    };
    // In the order `unfold metrics --perception` prints them: each measure for a, then for b.
    const QList<Speaker> sides{Speaker::A, Speaker::B};
    for (const Speaker s : sides)
        columns.append(column<R>(QStringLiteral("count_gap_") + speakerKey(s), ColumnType::Integer,
                                 QStringLiteral("disclosures"), {}, countGap.arg(speakerKey(s)),
                                 [s, side](const R &r) { return side(r, s).countGap; }));
    for (const Speaker s : sides)
        columns.append(column<R>(QStringLiteral("depth_gap_") + speakerKey(s), ColumnType::Number,
                                 QStringLiteral("layers"), QStringLiteral("-(L-1)..L-1"),
                                 depthGap.arg(speakerKey(s)),
                                 [s, side](const R &r) { return optional(side(r, s).depthGap); }));
    for (const Speaker s : sides)
        columns.append(column<R>(QStringLiteral("topic_agreement_") + speakerKey(s), ColumnType::Number,
                                 QStringLiteral("proportion"), QStringLiteral("0.0..1.0"),
                                 topicAgreement.arg(speakerKey(s)),
                                 [s, side](const R &r) { return optional(side(r, s).topicAgreement); }));
    columns.append(
        column<R>(QStringLiteral("agreement_index"), ColumnType::Number, QStringLiteral("0-100 index"),
                  QStringLiteral("0.0..100.0"),
                  QStringLiteral("100 x the mean of the defined agreement components of both sides "
                                 "(DESIGN.md 2.3); empty when none is defined. A description, never "
                                 "a verdict."),
                  [](const R &r) { return optional(r.pair.agreementIndex); }));
    return tableOf(QStringLiteral("session_matches"),
                   QStringLiteral("One session of this journal paired with the partner's account of the same "
                                  "conversation, with how far the two accounts agree."),
                   columns, records);
}

} // namespace

QList<DataTable> PartnerExportTables::build(const Journal &journal, bool includeNotes)
{
    QList<AccountRow> accountRecords;
    QList<SessionRow> sessionRecords;
    QList<DisclosureRow> disclosureRecords;
    QList<AnswerRow> answerRecords;
    QList<MatchRow> matchRecords;
    const QList<Topic> topics = journal.topics();
    for (const Relationship &r : journal.relationships()) {
        const std::optional<StoredPartnerAccount> stored = journal.partnerAccount(r.id);
        if (!stored)
            continue;
        accountRecords.append({r, *stored});
        const MatchedSessions matched = journal.matchedSessions(r.id, stored);
        QHash<qint64, qint64> mineOf;
        for (const SessionMatch &m : matched.matches)
            mineOf.insert(m.partnerSessionId, m.sessionId);
        Perception::TopicMap names(topics);
        for (const PartnerSession &s : stored->account.sessions) {
            sessionRecords.append({r, s, mineOf.value(s.id)});
            for (qsizetype i = 0; i < s.disclosures.size(); ++i)
                disclosureRecords.append(
                    {r, s.id, int(i), s.disclosures.at(i), names.idOf(s.disclosures.at(i).topic)});
            for (const QuestionnaireAnswer &a : s.answers) {
                QStringList items = a.answers.keys();
                items.sort();
                for (const QString &item : std::as_const(items))
                    answerRecords.append({r, s.id, a, item});
            }
        }
        for (const PairPerception &pair : PerceptionSeries::of(journal, *stored, matched).pairs)
            matchRecords.append({r, pair});
    }
    return {accounts(accountRecords), sessions(sessionRecords, includeNotes),
            disclosures(disclosureRecords, includeNotes), answers(answerRecords), matches(matchRecords)};
}

} // namespace unfold
