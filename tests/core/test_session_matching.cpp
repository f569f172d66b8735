// SPDX-License-Identifier: GPL-3.0-or-later
// Pairing my sessions with the partner's: by the user's decisions first, then nearest in time.
#include "SessionMatching.h"

#include <QTest>
#include <QTimeZone>

using namespace unfold;
using Start = SessionMatching::Start;

namespace {

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), QTimeZone::utc());
}

QList<std::pair<qint64, qint64>> pairsOf(const MatchedSessions &m)
{
    QList<std::pair<qint64, qint64>> pairs;
    for (const SessionMatch &s : m.matches)
        pairs.append({s.sessionId, s.partnerSessionId});
    return pairs;
}

using Pairs = QList<std::pair<qint64, qint64>>;

} // namespace

class TestSessionMatching : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nearestWithinADay()
    {
        const MatchedSessions m =
            SessionMatching::match({{1, at(2, 19)}, {2, at(9, 19)}}, {{10, at(2, 21)}, {11, at(10, 18)}}, {});
        QCOMPARE(pairsOf(m), (Pairs{{1, 10}, {2, 11}}));
        QCOMPARE(m.matches.at(0).secondsApart, 2 * 3600);
        QVERIFY(!m.matches.at(0).confirmed);
        QVERIFY(m.unmatchedMine.isEmpty() && m.unmatchedPartner.isEmpty());
    }

    void twoSessionsTheSameDayPairMorningWithMorning()
    {
        // Crossing pairs are each within a day; nearest-first keeps each with its own.
        const MatchedSessions m = SessionMatching::match({{1, at(5, 9)}, {2, at(5, 18)}},
                                                         {{20, at(5, 18, 30)}, {21, at(5, 10)}}, {});
        QCOMPARE(pairsOf(m), (Pairs{{1, 21}, {2, 20}}));
    }

    void theNearestClaimWins()
    {
        // Partner session 31 is nearest to both of mine; it goes to the nearer, and my other
        // session takes the next one within the window.
        const MatchedSessions m = SessionMatching::match({{1, at(5, 10)}, {2, at(5, 12)}},
                                                         {{30, at(5, 16)}, {31, at(5, 11, 50)}}, {});
        QCOMPARE(pairsOf(m), (Pairs{{1, 30}, {2, 31}}));
    }

    void oneSideMissingASession()
    {
        const MatchedSessions m = SessionMatching::match({{1, at(2, 19)}, {2, at(9, 19)}, {3, at(16, 19)}},
                                                         {{10, at(2, 19)}, {12, at(16, 20)}}, {});
        QCOMPARE(pairsOf(m), (Pairs{{1, 10}, {3, 12}}));
        QCOMPARE(m.unmatchedMine, QList<qint64>{2});
        QVERIFY(m.unmatchedPartner.isEmpty());
    }

    void theWindowIsADay()
    {
        const MatchedSessions within = SessionMatching::match({{1, at(2, 19)}}, {{10, at(3, 19)}}, {});
        QCOMPARE(within.matches.size(), 1); // exactly 24 hours
        const MatchedSessions beyond = SessionMatching::match({{1, at(2, 19)}}, {{10, at(3, 19, 1)}}, {});
        QVERIFY(beyond.matches.isEmpty());
        QCOMPARE(beyond.unmatchedMine, QList<qint64>{1});
        QCOMPARE(beyond.unmatchedPartner, QList<qint64>{10});
        const MatchedSessions wider =
            SessionMatching::match({{1, at(2, 19)}}, {{10, at(3, 19, 1)}}, {}, 48 * 3600);
        QCOMPARE(wider.matches.size(), 1);
    }

    void aPairTheUserMadeStandsWhateverTheTime()
    {
        const QList<Start> mine{{1, at(2, 19)}, {2, at(9, 19)}};
        const QList<Start> partner{{10, at(2, 19)}, {11, at(6, 8)}};
        const MatchedSessions m = SessionMatching::match(mine, partner, {{1, 11, true}});
        QCOMPARE(pairsOf(m), (Pairs{{1, 11}}));
        QVERIFY(m.matches.at(0).confirmed);
        // Partner session 10 is free, but my session 2 is a week from it.
        QCOMPARE(m.unmatchedPartner, QList<qint64>{10});
        QCOMPARE(m.unmatchedMine, QList<qint64>{2});
    }

    void sessionsKeptApartAreNotPairedAgain()
    {
        const QList<Start> mine{{1, at(2, 19)}};
        const QList<Start> partner{{10, at(2, 19)}, {11, at(2, 23)}};
        const MatchedSessions m = SessionMatching::match(mine, partner, {{1, 10, false}});
        QCOMPARE(pairsOf(m), (Pairs{{1, 11}}));
        const MatchedSessions none = SessionMatching::match(mine, partner, {{1, 10, false}, {1, 11, false}});
        QVERIFY(none.matches.isEmpty());
    }

    void decisionsAboutMissingSessionsWait()
    {
        // The partner's newer account no longer holds session 99: the pair is set aside, not applied.
        const MatchedSessions m =
            SessionMatching::match({{1, at(2, 19)}}, {{10, at(2, 20)}}, {{1, 99, true}});
        QCOMPARE(pairsOf(m), (Pairs{{1, 10}}));
        QVERIFY(!m.matches.at(0).confirmed);
    }

    void tiesAreBrokenTheSameWayEveryTime()
    {
        const QList<Start> mine{{1, at(5, 12)}};
        const QList<Start> partner{{10, at(5, 11)}, {11, at(5, 13)}};
        QCOMPARE(pairsOf(SessionMatching::match(mine, partner, {})), (Pairs{{1, 10}}));
        const QList<Start> reversed{{11, at(5, 13)}, {10, at(5, 11)}};
        QCOMPARE(pairsOf(SessionMatching::match(mine, reversed, {})), (Pairs{{1, 10}}));
    }
};

QTEST_GUILESS_MAIN(TestSessionMatching)
#include "test_session_matching.moc"
