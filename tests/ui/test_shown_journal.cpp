// SPDX-License-Identifier: GPL-3.0-or-later
// The journal a view shows: null once the journal is gone, and no signal of a replaced journal
// reaching the view.
#include "DemoJournal.h"
#include "Journal.h"
#include "ShownJournal.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace unfold;

class ShownJournalTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        for (const char *name : {"one.unfold", "two.unfold"}) {
            QString error;
            QVERIFY2(DemoJournal::write(m_dir.filePath(QLatin1String(name)), DemoJournal::Profile::Personal,
                                        1, false, &error),
                     qPrintable(error));
        }
    }

    void aClosedJournalIsNoLongerShown()
    {
        QObject view;
        ShownJournal shown(&view);
        auto journal = open(QStringLiteral("one.unfold"));
        shown.show(journal.get());
        QCOMPARE(shown.get(), journal.get());
        QCOMPARE(shown->relationships().size(), 4);
        journal.reset();
        QCOMPARE(shown.get(), nullptr);
        QVERIFY(!shown);
    }

    void anotherJournalTakesTheViewsConnections()
    {
        QObject view;
        ShownJournal shown(&view);
        auto one = open(QStringLiteral("one.unfold"));
        auto two = open(QStringLiteral("two.unfold"));
        int fromOne = 0;
        int fromTwo = 0;
        shown.show(one.get());
        connect(one.get(), &Journal::relationshipsChanged, &view, [&fromOne] { ++fromOne; });
        Q_EMIT one->relationshipsChanged();
        QCOMPARE(fromOne, 1);
        shown.show(two.get());
        connect(two.get(), &Journal::relationshipsChanged, &view, [&fromTwo] { ++fromTwo; });
        Q_EMIT one->relationshipsChanged(); // the replaced journal no longer reaches the view
        Q_EMIT two->relationshipsChanged();
        QCOMPARE(fromOne, 1);
        QCOMPARE(fromTwo, 1);
        // The first journal closing later leaves the second shown.
        one.reset();
        QCOMPARE(shown.get(), two.get());
    }

private:
    std::unique_ptr<Journal> open(const QString &name)
    {
        JournalProblem problem;
        auto journal = Journal::open(m_dir.filePath(name), JournalStore::Access::ReadOnly, {}, &problem);
        if (!journal)
            qWarning() << problem.message;
        return journal;
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(ShownJournalTest)
#include "test_shown_journal.moc"
