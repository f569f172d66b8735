// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerAccount.h"

#include "Journal.h"
#include "JournalStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace unfold {

namespace {

QString speakerKey(Speaker s)
{
    return s == Speaker::A ? QStringLiteral("a") : QStringLiteral("b");
}

Speaker other(Speaker s)
{
    return s == Speaker::A ? Speaker::B : Speaker::A;
}

QJsonValue optionalNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonObject answerJson(const QuestionnaireAnswer &a)
{
    QJsonObject answers;
    for (auto it = a.answers.cbegin(); it != a.answers.cend(); ++it)
        answers.insert(it.key(), it.value());
    QJsonArray scores;
    for (const SubscaleScore &s : a.scores)
        scores.append(QJsonObject{{QStringLiteral("subscale"), s.subscale},
                                  {QStringLiteral("items"), s.items},
                                  {QStringLiteral("answered"), s.answered},
                                  {QStringLiteral("mean"), optionalNumber(s.mean)},
                                  {QStringLiteral("score"), optionalNumber(s.score)},
                                  {QStringLiteral("score_0_100"), optionalNumber(s.score0to100)}});
    return {{QStringLiteral("respondent"), speakerKey(a.respondent)},
            {QStringLiteral("instrument"), a.instrumentId},
            {QStringLiteral("version"), a.instrumentVersion},
            {QStringLiteral("answered_at"), a.answeredAt.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("answers"), answers},
            {QStringLiteral("scores"), scores}};
}

// Reads one account strictly: the first thing wrong ends the reading with a message naming it.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(unfold::PartnerAccount)

public:
    QString error;

    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }
    bool whole(const QJsonValue &v, qint64 low, qint64 high, qint64 *out)
    {
        const double d = v.toDouble(qQNaN());
        if (!v.isDouble() || d != std::floor(d) || d < double(low) || d > double(high))
            return false;
        *out = qint64(d);
        return true;
    }
    bool speaker(const QJsonValue &v, Speaker *out)
    {
        if (v == QLatin1String("a"))
            *out = Speaker::A;
        else if (v == QLatin1String("b"))
            *out = Speaker::B;
        else
            return false;
        return true;
    }
    bool time(const QJsonValue &v, QDateTime *out)
    {
        *out = QDateTime::fromString(v.toString(), Qt::ISODate);
        return v.isString() && out->isValid();
    }
    std::optional<double> number(const QJsonValue &v, bool *ok)
    {
        if (v.isNull())
            return std::nullopt;
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            *ok = false;
        return v.toDouble();
    }

    bool answer(const QJsonValue &value, QuestionnaireAnswer *a)
    {
        const QJsonObject o = value.toObject();
        qint64 version = 0;
        if (!value.isObject() || !speaker(o.value(QLatin1String("respondent")), &a->respondent) ||
            !o.value(QLatin1String("instrument")).isString() ||
            o.value(QLatin1String("instrument")).toString().isEmpty() ||
            !whole(o.value(QLatin1String("version")), 1, 1000000, &version) ||
            !time(o.value(QLatin1String("answered_at")), &a->answeredAt) ||
            !o.value(QLatin1String("answers")).isObject() || !o.value(QLatin1String("scores")).isArray())
            return false;
        a->instrumentId = o.value(QLatin1String("instrument")).toString();
        a->instrumentVersion = int(version);
        a->answeredAt = a->answeredAt.toLocalTime();
        const QJsonObject answers = o.value(QLatin1String("answers")).toObject();
        for (auto it = answers.begin(); it != answers.end(); ++it) {
            qint64 r = 0;
            if (!whole(it.value(), -1000000, 1000000, &r))
                return false;
            a->answers.insert(it.key(), int(r));
        }
        for (const QJsonValue &s : o.value(QLatin1String("scores")).toArray()) {
            const QJsonObject so = s.toObject();
            SubscaleScore score;
            qint64 items = 0;
            qint64 answered = 0;
            bool ok = s.isObject() && so.value(QLatin1String("subscale")).isString() &&
                      whole(so.value(QLatin1String("items")), 0, 100000, &items) &&
                      whole(so.value(QLatin1String("answered")), 0, items, &answered);
            score.subscale = so.value(QLatin1String("subscale")).toString();
            score.items = int(items);
            score.answered = int(answered);
            score.mean = number(so.value(QLatin1String("mean")), &ok);
            score.score = number(so.value(QLatin1String("score")), &ok);
            score.score0to100 = number(so.value(QLatin1String("score_0_100")), &ok);
            if (!ok)
                return false;
            a->scores.append(score);
        }
        return true;
    }

    bool disclosure(const QJsonValue &value, const QSet<QString> &topics, int layers, PartnerDisclosure *d)
    {
        const QJsonObject o = value.toObject();
        qint64 depth = 0;
        if (!value.isObject() || !speaker(o.value(QLatin1String("speaker")), &d->speaker) ||
            !topics.contains(o.value(QLatin1String("topic")).toString()) ||
            !whole(o.value(QLatin1String("depth")), 1, layers, &depth) ||
            !(o.value(QLatin1String("note")).isString() || o.value(QLatin1String("note")).isUndefined()))
            return false;
        d->topic = o.value(QLatin1String("topic")).toString();
        d->depth = int(depth);
        d->note = o.value(QLatin1String("note")).toString();
        const QJsonValue reception = o.value(QLatin1String("reception"));
        if (!reception.isNull() && !reception.isUndefined()) {
            d->reception = receptionFromKey(reception.toString());
            if (!d->reception)
                return false;
        }
        return true;
    }

    bool session(const QJsonValue &value, const QSet<QString> &topics, int layers, PartnerSession *s)
    {
        const QJsonObject o = value.toObject();
        const QString context = o.value(QLatin1String("context")).toString();
        if (!value.isObject() ||
            !whole(o.value(QLatin1String("id")), 1, std::numeric_limits<qint64>::max() / 2, &s->id) ||
            !time(o.value(QLatin1String("start")), &s->start) ||
            sessionContextKey(sessionContextFromKey(context)) != context ||
            !(o.value(QLatin1String("notes")).isString() || o.value(QLatin1String("notes")).isUndefined()) ||
            !o.value(QLatin1String("disclosures")).isArray() || !o.value(QLatin1String("answers")).isArray())
            return fail(tr("a session in the file is incomplete"));
        s->start = s->start.toLocalTime();
        s->context = sessionContextFromKey(context);
        s->notes = o.value(QLatin1String("notes")).toString();
        const QJsonValue mood = o.value(QLatin1String("mood"));
        if (!mood.isNull() && !mood.isUndefined()) {
            qint64 m = 0;
            if (!whole(mood, minimumMood, maximumMood, &m))
                return fail(tr("a session's mood is out of range"));
            s->mood = int(m);
        }
        for (const QJsonValue &d : o.value(QLatin1String("disclosures")).toArray()) {
            PartnerDisclosure disclosure;
            if (!this->disclosure(d, topics, layers, &disclosure))
                return fail(tr("a disclosure of the session of %1 is incomplete or out of range")
                                .arg(s->start.toString(Qt::ISODate)));
            s->disclosures.append(disclosure);
        }
        for (const QJsonValue &a : o.value(QLatin1String("answers")).toArray()) {
            QuestionnaireAnswer answer;
            if (!this->answer(a, &answer))
                return fail(tr("a questionnaire answered in the session of %1 is incomplete")
                                .arg(s->start.toString(Qt::ISODate)));
            s->answers.append(answer);
        }
        return true;
    }
};

} // namespace

PartnerAccount PartnerAccount::fromStore(JournalStore &store, qint64 relationshipId, bool includeNotes)
{
    PartnerAccount account;
    std::optional<Relationship> relationship;
    for (const Relationship &r : store.relationships()) {
        if (r.id == relationshipId)
            relationship = r;
    }
    if (!relationship)
        return account;
    for (const Person &p : store.people()) {
        if (p.id == relationship->personA) {
            account.nameA = p.name;
            if (p.isMe)
                account.author = Speaker::A;
        } else if (p.id == relationship->personB) {
            account.nameB = p.name;
            if (p.isMe)
                account.author = Speaker::B;
        }
    }
    account.layers = int(store.layers().size());
    QHash<qint64, QString> topicNames;
    for (const Topic &t : store.topics()) {
        account.topics.append(t.name);
        topicNames.insert(t.id, t.name);
    }
    account.includesNotes = includeNotes;
    account.exportedAt = QDateTime::currentDateTime();
    for (const Session &session : store.sessions(relationshipId)) {
        PartnerSession s;
        s.id = session.id;
        s.start = session.start;
        s.context = session.context;
        s.mood = session.mood;
        if (includeNotes)
            s.notes = session.notes;
        for (const Disclosure &d : store.disclosures(s.id))
            s.disclosures.append({d.speaker, topicNames.value(d.topicId), d.depth, d.reception,
                                  includeNotes ? d.note : QString()});
        for (QuestionnaireAnswer answer : store.answers(s.id)) {
            answer.id = 0;
            answer.sessionId = 0;
            s.answers.append(answer);
        }
        account.sessions.append(s);
    }
    return account;
}

QByteArray PartnerAccount::toJson() const
{
    QJsonArray sessionArray;
    for (const PartnerSession &s : sessions) {
        QJsonArray disclosureArray;
        for (const PartnerDisclosure &d : s.disclosures) {
            QJsonObject o{{QStringLiteral("speaker"), speakerKey(d.speaker)},
                          {QStringLiteral("topic"), d.topic},
                          {QStringLiteral("depth"), d.depth},
                          {QStringLiteral("reception"),
                           d.reception ? QJsonValue(receptionKey(*d.reception)) : QJsonValue()}};
            if (!d.note.isEmpty())
                o.insert(QStringLiteral("note"), d.note);
            disclosureArray.append(o);
        }
        QJsonArray answerArray;
        for (const QuestionnaireAnswer &a : s.answers)
            answerArray.append(answerJson(a));
        QJsonObject o{{QStringLiteral("id"), s.id},
                      {QStringLiteral("start"), s.start.toUTC().toString(Qt::ISODate)},
                      {QStringLiteral("context"), sessionContextKey(s.context)},
                      {QStringLiteral("mood"), s.mood ? QJsonValue(*s.mood) : QJsonValue()},
                      {QStringLiteral("disclosures"), disclosureArray},
                      {QStringLiteral("answers"), answerArray}};
        if (!s.notes.isEmpty())
            o.insert(QStringLiteral("notes"), s.notes);
        sessionArray.append(o);
    }
    const QJsonObject document{
        {QStringLiteral("format"), currentFormat},
        {QStringLiteral("people"), QJsonObject{{QStringLiteral("a"), nameA}, {QStringLiteral("b"), nameB}}},
        {QStringLiteral("author"), author ? QJsonValue(speakerKey(*author)) : QJsonValue()},
        {QStringLiteral("layers"), layers},
        {QStringLiteral("topics"), QJsonArray::fromStringList(topics)},
        {QStringLiteral("includes_notes"), includesNotes},
        {QStringLiteral("exported_at"), exportedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("sessions"), sessionArray}};
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

std::optional<PartnerAccount> PartnerAccount::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject o = document.object();
    Reader read;
    PartnerAccount account;
    qint64 format = 0;
    qint64 layers = 0;
    const auto refuse = [&](const QString &message) -> std::optional<PartnerAccount> {
        *error =
            tr("The partner's account cannot be read: %1.").arg(read.error.isEmpty() ? message : read.error);
        return std::nullopt;
    };
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return refuse(tr("it is not an account"));
    if (!read.whole(o.value(QLatin1String("format")), 1, std::numeric_limits<int>::max(), &format))
        return refuse(tr("it has no format"));
    if (format > currentFormat) {
        *error = tr("This account was written by a newer version of Unfold. Update Unfold to import it.");
        return std::nullopt;
    }
    const QJsonObject people = o.value(QLatin1String("people")).toObject();
    account.nameA = people.value(QLatin1String("a")).toString();
    account.nameB = people.value(QLatin1String("b")).toString();
    if (account.nameA.trimmed().isEmpty() || account.nameB.trimmed().isEmpty())
        return refuse(tr("the two people are not named"));
    Speaker author = Speaker::A;
    if (!read.speaker(o.value(QLatin1String("author")), &author))
        return refuse(tr("it does not say which of the two people wrote it"));
    account.author = author;
    if (!read.whole(o.value(QLatin1String("layers")), 3, 5, &layers))
        return refuse(tr("its number of layers is out of range"));
    account.layers = int(layers);
    for (const QJsonValue &t : o.value(QLatin1String("topics")).toArray()) {
        if (!t.isString())
            return refuse(tr("a topic is not named"));
        account.topics.append(t.toString());
    }
    const QSet<QString> topics(account.topics.cbegin(), account.topics.cend());
    account.includesNotes = o.value(QLatin1String("includes_notes")).toBool();
    if (!read.time(o.value(QLatin1String("exported_at")), &account.exportedAt))
        return refuse(tr("it has no time of writing"));
    account.exportedAt = account.exportedAt.toLocalTime();
    if (!o.value(QLatin1String("sessions")).isArray())
        return refuse(tr("it has no sessions"));
    QSet<qint64> ids;
    for (const QJsonValue &s : o.value(QLatin1String("sessions")).toArray()) {
        PartnerSession session;
        if (!read.session(s, topics, account.layers, &session))
            return refuse({});
        if (ids.contains(session.id))
            return refuse(tr("two sessions have the same id"));
        ids.insert(session.id);
        account.sessions.append(session);
    }
    std::stable_sort(account.sessions.begin(), account.sessions.end(),
                     [](const PartnerSession &x, const PartnerSession &y) { return x.start < y.start; });
    return account;
}

PartnerAccount PartnerAccount::swapped() const
{
    PartnerAccount s = *this;
    std::swap(s.nameA, s.nameB);
    if (s.author)
        s.author = other(*s.author);
    for (PartnerSession &session : s.sessions) {
        for (PartnerDisclosure &d : session.disclosures)
            d.speaker = other(d.speaker);
        for (QuestionnaireAnswer &a : session.answers)
            a.respondent = other(a.respondent);
    }
    return s;
}

int PartnerAccount::disclosureCount() const
{
    int n = 0;
    for (const PartnerSession &s : sessions)
        n += int(s.disclosures.size());
    return n;
}

const PartnerSession *PartnerAccount::session(qint64 id) const
{
    for (const PartnerSession &s : sessions) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

PartnerSides PartnerSides::of(const PartnerAccount &account, const Journal &journal,
                              const Relationship &relationship, const QString &partnerName)
{
    const auto misfit = [](const QString &reason) { return PartnerSides{Fit::Misfit, reason}; };
    if (account.layers != journal.layerCount())
        return misfit(tr("Your journal uses %1 layers and your partner's uses %2: their depths cannot be "
                         "compared. Use the same number of layers in both journals.")
                          .arg(journal.layerCount())
                          .arg(account.layers));
    if (!account.author)
        return misfit(tr("The file does not say which of the two people wrote it."));
    const std::optional<Person> a = journal.person(relationship.personA);
    const std::optional<Person> b = journal.person(relationship.personB);
    if (!a || !b)
        return misfit(tr("The relationship's people are missing."));
    const auto same = [](const QString &x, const QString &y) {
        return x.trimmed().compare(y.trimmed(), Qt::CaseInsensitive) == 0;
    };
    const QString authorName = *account.author == Speaker::A ? account.nameA : account.nameB;

    // The side of this relationship the sender is.
    std::optional<Speaker> sender;
    if (!partnerName.isEmpty()) {
        if (same(partnerName, a->name))
            sender = Speaker::A;
        else if (same(partnerName, b->name))
            sender = Speaker::B;
        else
            return misfit(tr("%1 is not one of the two people of %2.")
                              .arg(partnerName, journal.relationshipTitle(relationship)));
        if ((*sender == Speaker::A ? a : b)->isMe)
            return misfit(
                tr("%1 is you in this journal: the file must come from the other person.").arg(partnerName));
    } else {
        // A file about two other people fits a different relationship of this journal, not this one.
        const bool namesFit = (same(account.nameA, a->name) && same(account.nameB, b->name)) ||
                              (same(account.nameA, b->name) && same(account.nameB, a->name));
        if (!namesFit) {
            for (const Relationship &r : journal.relationships()) {
                const std::optional<Person> ra = journal.person(r.personA);
                const std::optional<Person> rb = journal.person(r.personB);
                if (r.id != relationship.id && ra && rb &&
                    ((same(account.nameA, ra->name) && same(account.nameB, rb->name)) ||
                     (same(account.nameA, rb->name) && same(account.nameB, ra->name))))
                    return misfit(
                        tr("This file is the account of %1 & %2, another relationship of this "
                           "journal, not of %3.")
                            .arg(account.nameA, account.nameB, journal.relationshipTitle(relationship)));
            }
        }
        if (a->isMe != b->isMe) {
            // A file written by this journal's own "me" is not the partner's account.
            const Person &me = a->isMe ? *a : *b;
            const Person &partner = a->isMe ? *b : *a;
            if (same(authorName, me.name) && !same(authorName, partner.name))
                return misfit(tr("This file was written by %1, who is you in this journal: import the file "
                                 "your partner shared.")
                                  .arg(me.name));
            sender = a->isMe ? Speaker::B : Speaker::A;
        } else if (same(authorName, a->name) != same(authorName, b->name))
            sender = same(authorName, a->name) ? Speaker::A : Speaker::B;
        else
            return {Fit::Ambiguous, tr("Which of the two people sent this file?")};
    }
    return {*sender == *account.author ? Fit::Same : Fit::Swapped, {}};
}

} // namespace unfold
