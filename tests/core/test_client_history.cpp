// SPDX-License-Identifier: GPL-3.0-or-later
// A client couple's history: one row per session with its protocol, logged and
// felt balance, and the therapist's note.
#include "ClientHistory.h"
#include "CoupleJournal.h"

#include <QTemporaryDir>
#include <QTest>

using namespace unfold;

class TestClientHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneRowPerSessionOldestFirst()
    {
        QTemporaryDir dir;
        QList<qint64> sessions;
        const auto journal = testing::writeCoupleJournal(dir.filePath(QStringLiteral("c.unfold")), &sessions);
        QVERIFY(journal);
        const QList<ClientHistoryRow> rows =
            ClientHistory::rows(*journal, journal->relationships().first().id);
        QCOMPARE(rows.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(rows.at(i).sessionId, sessions.at(i));
            QCOMPARE(rows.at(i).number, i + 1);
            QCOMPARE(rows.at(i).disclosuresA, 2);
        }
        QCOMPARE(rows.at(0).feltBalanceA, std::optional<double>(40));
        QCOMPARE(rows.at(2).feltBalanceB, std::optional<double>(65));
        QVERIFY(rows.at(0).protocol.isEmpty());
        QCOMPARE(rows.at(2).protocol, QStringLiteral("Escalating reciprocal disclosure"));
        QVERIFY(rows.at(0).notes.isEmpty());
        QCOMPARE(rows.at(2).notes, QString::fromLatin1(testing::coupleNote));
        QVERIFY(rows.at(2).loggedReciprocity);
    }

    void unknownRelationshipHasNoHistory()
    {
        QTemporaryDir dir;
        QList<qint64> sessions;
        const auto journal = testing::writeCoupleJournal(dir.filePath(QStringLiteral("c.unfold")), &sessions);
        QVERIFY(journal);
        QVERIFY(ClientHistory::rows(*journal, 987654).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestClientHistory)
#include "test_client_history.moc"
