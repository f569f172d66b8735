// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoJournal.h"

#include "DemoPartner.h"

#include "InstrumentLibrary.h"
#include "InstrumentScorer.h"
#include "JournalStore.h"
#include "PrivateFiles.h"
#include "QuestionnaireAnswer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace unfold {

namespace {

// How a relationship unfolds over its sessions: at progress t in [0, 1], how deep each person
// goes at most, how many topics are in play, and how likely it is that A takes the next turn.
struct Shape
{
    double (*depthA)(double t);
    double (*depthB)(double t);
    double (*breadth)(double t);   // share of the topics in play
    double shareA;                 // probability that a disclosure is A's; 0.5 means turn-taking
    double (*feltShift)(double t); // added to how both felt a session went (scale points)
};

double unchanged(double)
{
    return 0;
}

// Deepening with balanced sharing: both go from peripheral towards the core, breadth grows.
const Shape deepening{[](double t) { return 1.2 + 1.8 * t; }, [](double t) { return 1.1 + 1.9 * t; },
                      [](double t) { return 0.3 + 0.7 * t; }, 0.5, unchanged};
// One-sided: A opens up, B stays at the surface and shares less.
const Shape oneSided{[](double t) { return 1.3 + 1.7 * t; }, [](double) { return 1.3; },
                     [](double t) { return 0.3 + 0.4 * t; }, 0.75, unchanged};
// Withdrawing: deepens for a while, then breadth falls first while some sharing stays deep.
const Shape withdrawing{[](double t) { return t < 0.5 ? 1.2 + 2.6 * t : 2.5; },
                        [](double t) { return t < 0.5 ? 1.2 + 2.4 * t : 2.4 - 1.2 * (t - 0.5); },
                        [](double t) { return t < 0.5 ? 0.3 + 0.8 * t : 0.7 - 1.0 * (t - 0.5); }, 0.5,
                        // As costs come to outweigh rewards, both feel less met, whatever is still shared.
                        [](double t) { return t < 0.5 ? 0.0 : -4.0 * (t - 0.5); }};
// Steady: a settled relationship at the intermediate layer.
const Shape steady{[](double) { return 2.2; }, [](double) { return 2.0; }, [](double) { return 0.6; }, 0.5,
                   unchanged};

const Shape *const shapes[] = {&deepening, &oneSided, &withdrawing, &steady};

const char *const firstNames[] = {"Alex",   "Sam",   "Jordan", "Morgan",  "Riley", "Casey",
                                  "Taylor", "Jamie", "Robin",  "Charlie", "Avery", "Quinn",
                                  "Rowan",  "Sasha", "Noor",   "Mika",    "Ezra",  "Lena",
                                  "Tomas",  "Ines",  "Yara",   "Kai",     "Mara",  "Jonas"};

const char *const personalNotes[] = {
    "Long walk after dinner.", "Talked late on the balcony.", "Quick call between meetings.",
    "Felt a bit rushed.",      "Lovely evening, felt heard.", "Coffee on Saturday.",
};

class Generator
{
public:
    Generator(JournalStore &store, quint64 seed) : m_store(store), m_random(seeded(seed)), m_seed(seed)
    {
        // The shipped check-in: demo sessions come with how they felt, so the charts of felt
        // reciprocity and trust have data to show.
        const InstrumentLibrary library(QStringLiteral("/nonexistent"));
        m_checkIn = library.find(QStringLiteral("session-checkin"));
    }

    bool run(DemoJournal::Profile profile)
    {
        m_topics = m_store.topics();
        m_layerCount = int(m_store.layers().size());
        switch (profile) {
        case DemoJournal::Profile::Personal:
            return personal();
        case DemoJournal::Profile::Heavy:
            return heavy();
        case DemoJournal::Profile::Caseload:
            return couples(100, 1);
        case DemoJournal::Profile::Decade:
            return couples(1000, 10);
        }
        return false;
    }

private:
    bool personal()
    {
        Person me{0, QString::fromLatin1(firstNames[0]), {}, true};
        if (!m_store.save(me))
            return false;
        const RelationshipKind kinds[] = {RelationshipKind::Partner, RelationshipKind::Friend,
                                          RelationshipKind::Colleague, RelationshipKind::Family};
        const Stage stages[] = {Stage::Affective, Stage::ExploratoryAffective, Stage::Depenetration,
                                Stage::Stable};
        const int sessionCounts[] = {36, 26, 22, 16};
        qint64 partnerRelationship = 0;
        for (int i = 0; i < 4; ++i) {
            Person other{0, QString::fromLatin1(firstNames[i + 1]), {}, false};
            if (!m_store.save(other))
                return false;
            Relationship r{0, me.id, other.id, kinds[i], anchor().date().addMonths(-6 - i), stages[i]};
            if (!m_store.save(r))
                return false;
            const int perSession[] = {6, 14};
            if (!sessions(r.id, sessionCounts[i], 180, *shapes[i], perSession, true, CheckIns::Both))
                return false;
            if (kinds[i] == RelationshipKind::Partner)
                partnerRelationship = r.id;
        }
        // The partner's own account of the partner relationship, as if imported from their file, so
        // the two sides can be compared at first start.
        PartnerAccount theirs =
            DemoPartner::retold(PartnerAccount::fromStore(m_store, partnerRelationship, false), m_seed);
        theirs.exportedAt = anchor();
        return m_store.savePartnerAccount(partnerRelationship, {theirs, false, anchor().addSecs(3600)});
    }

    bool heavy()
    {
        Person me{0, QString::fromLatin1(firstNames[0]), {}, true};
        if (!m_store.save(me))
            return false;
        for (int i = 0; i < 20; ++i) {
            Person other{0, personName(i + 1), {}, false};
            if (!m_store.save(other))
                return false;
            Relationship r{
                0, me.id, other.id, RelationshipKind(i % 5), anchor().date().addYears(-1), Stage::Unset};
            if (!m_store.save(r))
                return false;
            const int perSession[] = {10, 10};
            if (!sessions(r.id, 180, 365, *shapes[i % 4], perSession, false, CheckIns::Alternating))
                return false;
        }
        return true;
    }

    // Client couples, each seen for 50 sessions over about a year; over several years a new
    // couple begins every few days, so the last year holds as many as one year of a caseload.
    bool couples(int count, int years)
    {
        const int spanDays = 350;
        // In seconds, so the couples fill the years to the end (in whole days they would not).
        const qint64 stagger = count > 1 ? qint64(years * 365 - 365) * 86400 / (count - 1) : 0;
        for (int i = 0; i < count; ++i) {
            Person a{0, personName(2 * i), {}, false};
            Person b{0, personName(2 * i + 1), {}, false};
            if (!m_store.save(a) || !m_store.save(b))
                return false;
            const QDateTime last = anchor().addSecs(-stagger * (count - 1 - i));
            Relationship r{0,           a.id, b.id, RelationshipKind::ClientCouple, last.date().addYears(-1),
                           Stage::Unset};
            if (!m_store.save(r))
                return false;
            const int perSession[] = {20, 20};
            if (!sessions(r.id, 50, spanDays, *shapes[i % 4], perSession, false, CheckIns::Both, last))
                return false;
        }
        return true;
    }

    // QRandomGenerator takes 32-bit words, so the upper half of a 64-bit seed would be lost. A
    // seed that fits one word keeps the single word it always had: its journal stays the same.
    static QRandomGenerator seeded(quint64 seed)
    {
        const quint32 words[] = {quint32(seed), quint32(seed >> 32)};
        return QRandomGenerator(words, seed >> 32 ? 2 : 1);
    }

    // Names beyond the list get a number, so every person stays distinct and findable.
    QString personName(int index) const
    {
        constexpr int count = int(std::size(firstNames));
        const QString base = QString::fromLatin1(firstNames[index % count]);
        return index < count ? base : base + QLatin1Char(' ') + QString::number(index / count + 1);
    }

    static QDateTime anchor()
    {
        // Fixed, so that a seed gives the same journal on any day and in any time zone.
        return QDateTime(QDate(2026, 10, 30), QTime(19, 0), QTimeZone::utc());
    }

    // Who answers the check-in after a session: both (in about half of a personal journal's
    // sessions), one person in turn (one answer per session, as DESIGN.md §6 sizes `heavy`), or nobody.
    enum class CheckIns
    {
        Both,
        Alternating,
        None
    };

    // `count` sessions over `spanDays` days up to `last` (by default the demo's own day).
    bool sessions(qint64 relationshipId, int count, int spanDays, const Shape &shape, const int perSession[2],
                  bool withNotes, CheckIns checkIns, const QDateTime &last = anchor())
    {
        const int topicCount = int(m_topics.size());
        const QDateTime first = last.addDays(-spanDays);
        for (int s = 0; s < count; ++s) {
            const double t = count > 1 ? double(s) / (count - 1) : 1.0;
            Session session;
            session.relationshipId = relationshipId;
            // Evenly spread days, at a plausible hour of the afternoon or evening.
            const int day = s * spanDays / count;
            const int minuteOfDay = 12 * 60 + m_random.bounded(0, 10 * 60);
            session.start = first.addDays(day).addSecs(qint64(minuteOfDay - 19 * 60) * 60);
            session.context = SessionContext(m_random.bounded(4));
            if (withNotes && m_random.bounded(4) == 0)
                session.notes =
                    QString::fromLatin1(personalNotes[m_random.bounded(int(std::size(personalNotes)))]);
            if (withNotes && m_random.bounded(2) == 0)
                session.mood = 2 + m_random.bounded(4);
            if (!m_store.save(session))
                return false;

            const int n = perSession[0] + m_random.bounded(perSession[1] - perSession[0] + 1);
            const int inPlay = std::clamp(int(std::lround(shape.breadth(t) * topicCount)), 1, topicCount);
            Speaker speaker = m_random.bounded(2) ? Speaker::A : Speaker::B;
            for (int i = 0; i < n; ++i) {
                Disclosure d;
                d.sessionId = session.id;
                d.position = i;
                d.speaker = speaker;
                d.topicId = m_topics.at(m_random.bounded(inPlay)).id;
                const double reach = speaker == Speaker::A ? shape.depthA(t) : shape.depthB(t);
                d.depth = std::clamp(1 + int(m_random.generateDouble() * reach), 1, m_layerCount);
                if (m_random.bounded(3) == 0)
                    d.reception = Reception(m_random.bounded(3));
                if (!m_store.save(d))
                    return false;
                // Balanced shapes mostly take turns; a one-sided shape lets A keep talking.
                const Speaker other = speaker == Speaker::A ? Speaker::B : Speaker::A;
                if (shape.shareA == 0.5)
                    speaker = m_random.generateDouble() < 0.8 ? other : speaker;
                else
                    speaker = m_random.generateDouble() < shape.shareA ? Speaker::A : Speaker::B;
            }
            if (checkIns == CheckIns::Alternating) {
                if (!checkIn(session, s % 2 ? Speaker::B : Speaker::A, shape, t))
                    return false;
            } else if (checkIns == CheckIns::Both && (m_random.bounded(2) == 0 || shape.feltShift(t) < 0)) {
                // While a relationship withdraws, both check in after every session: the fall in
                // how it feels is the story.
                if (!checkIn(session, Speaker::A, shape, t) || !checkIn(session, Speaker::B, shape, t))
                    return false;
            }
        }
        return true;
    }

    // How a person felt a session went, subscale by subscale, so that each tells its own part of
    // the story rather than all moving together:
    // - felt responsiveness follows how deep the other person went (the theory's reciprocity),
    //   and falls as a relationship withdraws, whatever is still shared;
    // - felt balance follows how even the sharing is: low in a one-sided relationship even while
    //   the listener feels well heard, still fair while a withdrawing one goes quiet on both sides;
    // - comfort follows how far the person opens up themselves;
    // - closeness (the circles) follows how wide and deep the two have come, and withdrawal.
    bool checkIn(const Session &session, Speaker respondent, const Shape &shape, double t)
    {
        if (!m_checkIn)
            return true;
        const bool byA = respondent == Speaker::A;
        const double own = byA ? shape.depthA(t) : shape.depthB(t);
        const double partner = byA ? shape.depthB(t) : shape.depthA(t);
        const double unevenness =
            std::abs(shape.depthA(t) - shape.depthB(t)) + 4.0 * std::abs(shape.shareA - 0.5);
        const QHash<QString, double> levels{
            {QStringLiteral("responsiveness"), 2.6 + 1.4 * (partner - 1.0) + shape.feltShift(t)},
            {QStringLiteral("balance"), 6.0 - 1.2 * unevenness + 0.25 * shape.feltShift(t)},
            {QStringLiteral("comfort"), 3.0 + 1.2 * (own - 1.0) + 0.5 * shape.feltShift(t)},
            {QStringLiteral("closeness"),
             1.0 + 1.3 * ((own + partner) / 2.0 - 1.0) + 2.5 * shape.breadth(t) + shape.feltShift(t)},
        };
        QuestionnaireAnswer answer;
        answer.sessionId = session.id;
        answer.respondent = respondent;
        answer.instrumentId = m_checkIn->id;
        answer.instrumentVersion = m_checkIn->version;
        answer.answeredAt = session.start.addSecs(90 * 60);
        for (const InstrumentItem &item : m_checkIn->items) {
            const double level = std::clamp(levels.value(item.subscale, 4.0), 1.0, 7.0);
            const int felt = std::clamp(int(std::lround(level + m_random.generateDouble() * 2.0 - 1.0)),
                                        m_checkIn->scale.min, m_checkIn->scale.max);
            answer.answers.insert(item.id, InstrumentScorer::keyed(*m_checkIn, item, felt));
        }
        answer.scores = InstrumentScorer::score(*m_checkIn, answer.answers);
        return m_store.save(answer);
    }

    JournalStore &m_store;
    QRandomGenerator m_random;
    quint64 m_seed;
    QList<Topic> m_topics;
    int m_layerCount = 3;
    std::optional<Instrument> m_checkIn;
};

} // namespace

std::optional<DemoJournal::Profile> DemoJournal::profileFromName(const QString &name)
{
    if (name == QLatin1String("personal"))
        return Profile::Personal;
    if (name == QLatin1String("heavy"))
        return Profile::Heavy;
    if (name == QLatin1String("caseload"))
        return Profile::Caseload;
    if (name == QLatin1String("decade"))
        return Profile::Decade;
    return std::nullopt;
}

bool DemoJournal::write(const QString &path, Profile profile, quint64 seed, bool overwrite, QString *error,
                        std::shared_ptr<const JournalKey> key)
{
    return writeNew(
        path, overwrite,
        [&](JournalStore &store) {
            Generator generator(store, seed);
            return generator.run(profile);
        },
        error, std::move(key));
}

bool DemoJournal::writeNew(const QString &path, bool overwrite,
                           const std::function<bool(JournalStore &)> &fill, QString *error,
                           std::shared_ptr<const JournalKey> key)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(target) && !overwrite) {
        *error = tr("%1 already exists; give --force to replace it.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    if (QFileInfo(target).isDir()) {
        *error = tr("%1 is a folder.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    const QString temporary = PrivateFiles::temporaryNameBeside(target);
    {
        JournalProblem problem;
        auto store = JournalStore::create(temporary, &problem, std::move(key));
        if (!store) {
            *error = problem.message;
            return false;
        }
        if (!store->inTransaction([&] { return fill(*store); })) {
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), store->lastError());
            store.reset();
            QFile::remove(temporary);
            return false;
        }
    }
    if (!PrivateFiles::commitTemporary(temporary, target, error)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target), *error);
        QFile::remove(temporary);
        return false;
    }
    return true;
}

} // namespace unfold
