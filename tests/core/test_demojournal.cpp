// SPDX-License-Identifier: GPL-3.0-or-later
// DemoJournal: deterministic by seed, never overwrites by accident, writes the sizes of
// DESIGN.md §6, and its personal journal shows the patterns the theory describes.

#include "DemoJournal.h"
#include "JournalFingerprint.h"
#include "JournalSchema.h"
#include "JournalStore.h"
#include "QuestionnaireAnswer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace unfold;

Q_DECLARE_METATYPE(unfold::DemoJournal::Profile)

namespace {

// What one person shared over a span of a relationship's sessions.
struct Sharing
{
    int countA = 0;
    int countB = 0;
    double depthSumA = 0;
    double depthSumB = 0;
    QSet<qint64> topics;

    double meanDepthA() const { return countA ? depthSumA / countA : 0; }
    double meanDepthB() const { return countB ? depthSumB / countB : 0; }
};

// Sessions [from, to) of a relationship, as fractions of its session count.
Sharing sharing(JournalStore &store, qint64 relationshipId, double from, double to)
{
    const QList<Session> sessions = store.sessions(relationshipId);
    const auto n = double(sessions.size());
    Sharing result;
    for (qsizetype i = qsizetype(from * n); i < qsizetype(to * n); ++i) {
        for (const Disclosure &d : store.disclosures(sessions.at(i).id)) {
            if (d.speaker == Speaker::A) {
                ++result.countA;
                result.depthSumA += d.depth;
            } else {
                ++result.countB;
                result.depthSumB += d.depth;
            }
            result.topics.insert(d.topicId);
        }
    }
    return result;
}

// The mean check-in score (0–100) of one person on one subscale over sessions [from, to).
double felt(JournalStore &store, qint64 relationshipId, Speaker who, const QString &subscale, double from,
            double to)
{
    const QList<Session> sessions = store.sessions(relationshipId);
    const auto n = double(sessions.size());
    double sum = 0;
    int count = 0;
    for (qsizetype i = qsizetype(from * n); i < qsizetype(to * n); ++i) {
        for (const QuestionnaireAnswer &a : store.answers(sessions.at(i).id)) {
            if (a.respondent != who)
                continue;
            for (const SubscaleScore &score : a.scores) {
                if (score.subscale == subscale && score.score0to100) {
                    sum += *score.score0to100;
                    ++count;
                }
            }
        }
    }
    return count ? sum / count : -1;
}

} // namespace

class TestDemoJournal final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void profileFromName_data();
    void profileFromName();
    void sameSeedSameContent_data();
    void sameSeedSameContent();
    void differentSeedDiffers_data();
    void differentSeedDiffers();
    void refusesToOverwrite_data();
    void refusesToOverwrite();
    void refusesAFolder();
    void writtenJournalIsWholeAndPrivate();
    void personalHasTheDesignedSize_data();
    void personalHasTheDesignedSize();
    void personalShowsTheTheory_data();
    void personalShowsTheTheory();
    void heavyHasTheDesignedSize();
    void caseloadHasTheDesignedSize();

private:
    QString pathFor(const QString &name) const { return m_dir->filePath(name); }
    bool write(const QString &name, DemoJournal::Profile profile, quint64 seed);

    QTemporaryDir m_heavyDir;
    QString m_heavy;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDemoJournal::initTestCase()
{
    QVERIFY(m_heavyDir.isValid());
    m_heavy = m_heavyDir.filePath(QStringLiteral("heavy.unfold"));
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY2(DemoJournal::write(m_heavy, DemoJournal::Profile::Heavy, 1, false, &error), qPrintable(error));
    qInfo("heavy demo journal written in %lld ms", timer.elapsed());
}

void TestDemoJournal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDemoJournal::cleanup()
{
    m_dir.reset();
}

bool TestDemoJournal::write(const QString &name, DemoJournal::Profile profile, quint64 seed)
{
    QString error;
    const bool ok = DemoJournal::write(pathFor(name), profile, seed, false, &error);
    if (!ok)
        qWarning("demo write failed: %s", qPrintable(error));
    return ok;
}

void TestDemoJournal::profileFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("known");
    QTest::addColumn<DemoJournal::Profile>("profile");
    QTest::newRow("personal") << QStringLiteral("personal") << true << DemoJournal::Profile::Personal;
    QTest::newRow("heavy") << QStringLiteral("heavy") << true << DemoJournal::Profile::Heavy;
    QTest::newRow("caseload") << QStringLiteral("caseload") << true << DemoJournal::Profile::Caseload;
    QTest::newRow("decade") << QStringLiteral("decade") << true << DemoJournal::Profile::Decade;
    QTest::newRow("empty") << QString() << false << DemoJournal::Profile::Personal;
    QTest::newRow("unknown") << QStringLiteral("huge") << false << DemoJournal::Profile::Personal;
    QTest::newRow("with a space") << QStringLiteral("personal ") << false << DemoJournal::Profile::Personal;
}

void TestDemoJournal::profileFromName()
{
    QFETCH(QString, name);
    QFETCH(bool, known);
    QFETCH(DemoJournal::Profile, profile);
    const auto found = DemoJournal::profileFromName(name);
    QCOMPARE(found.has_value(), known);
    if (known)
        QCOMPARE(*found, profile);
}

void TestDemoJournal::sameSeedSameContent_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("1") << quint64(1);
    QTest::newRow("0") << quint64(0);
    QTest::newRow("42") << quint64(42);
    QTest::newRow("beyond 32 bits") << (quint64(1) << 40) + 3;
}

void TestDemoJournal::sameSeedSameContent()
{
    QFETCH(quint64, seed);
    QVERIFY(write(QStringLiteral("first.unfold"), DemoJournal::Profile::Personal, seed));
    QVERIFY(write(QStringLiteral("second.unfold"), DemoJournal::Profile::Personal, seed));
    const QStringList first = test::tableRows(pathFor(QStringLiteral("first.unfold")));
    QVERIFY(first.filter(QStringLiteral("disclosures:")).size() > 100);
    QCOMPARE(test::tableRows(pathFor(QStringLiteral("second.unfold"))), first);
}

void TestDemoJournal::differentSeedDiffers_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addColumn<quint64>("otherSeed");
    QTest::newRow("1 and 2") << quint64(1) << quint64(2);
    QTest::newRow("0 and 1") << quint64(0) << quint64(1);
    // --seed takes 64-bit numbers: the upper half must count too.
    QTest::newRow("1 and 2^32 + 1") << quint64(1) << (quint64(1) << 32) + 1;
    QTest::newRow("0 and 2^63") << quint64(0) << (quint64(1) << 63);
}

void TestDemoJournal::differentSeedDiffers()
{
    QFETCH(quint64, seed);
    QFETCH(quint64, otherSeed);
    QVERIFY(write(QStringLiteral("first.unfold"), DemoJournal::Profile::Personal, seed));
    QVERIFY(write(QStringLiteral("second.unfold"), DemoJournal::Profile::Personal, otherSeed));
    const QStringList first = test::tableRows(pathFor(QStringLiteral("first.unfold")));
    const QStringList second = test::tableRows(pathFor(QStringLiteral("second.unfold")));
    QVERIFY(!first.isEmpty());
    QVERIFY(first != second);
    // Both are still the same kind of journal: the seed changes the details, not the shape.
    QCOMPARE(second.filter(QStringLiteral("relationships:")).size(),
             first.filter(QStringLiteral("relationships:")).size());
}

void TestDemoJournal::refusesToOverwrite_data()
{
    QTest::addColumn<bool>("journal"); // what is there: a journal, or some other file
    QTest::newRow("a journal") << true;
    QTest::newRow("another file") << false;
}

void TestDemoJournal::refusesToOverwrite()
{
    QFETCH(bool, journal);
    const QString path = pathFor(QStringLiteral("existing.unfold"));
    if (journal) {
        QVERIFY(write(QStringLiteral("existing.unfold"), DemoJournal::Profile::Personal, 7));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("years of entries\n");
    }
    const QByteArray before = test::sha256Of(path);
    const QStringList entries = test::entriesOf(m_dir->path());

    QString error;
    QVERIFY(!DemoJournal::write(path, DemoJournal::Profile::Personal, 8, false, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(test::sha256Of(path), before);
    QCOMPARE(test::entriesOf(m_dir->path()), entries);

    // Asked to, it replaces the file with a whole new journal.
    error.clear();
    QVERIFY2(DemoJournal::write(path, DemoJournal::Profile::Personal, 8, true, &error), qPrintable(error));
    QVERIFY(test::sha256Of(path) != before);
    QVERIFY(!JournalStore::inspect(path, nullptr, true));
    QVERIFY(write(QStringLiteral("fresh.unfold"), DemoJournal::Profile::Personal, 8));
    QCOMPARE(test::tableRows(path), test::tableRows(pathFor(QStringLiteral("fresh.unfold"))));
    QCOMPARE(test::entriesOf(m_dir->path()),
             (QStringList{QStringLiteral("existing.unfold"), QStringLiteral("fresh.unfold")}));
}

void TestDemoJournal::refusesAFolder()
{
    const QString path = pathFor(QStringLiteral("folder.unfold"));
    QVERIFY(QDir().mkdir(path));
    QString error;
    QVERIFY(!DemoJournal::write(path, DemoJournal::Profile::Personal, 1, true, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(QFileInfo(path).isDir());
    QCOMPARE(test::entriesOf(m_dir->path()), QStringList{QStringLiteral("folder.unfold")});
}

void TestDemoJournal::writtenJournalIsWholeAndPrivate()
{
    QVERIFY(write(QStringLiteral("demo.unfold"), DemoJournal::Profile::Personal, 1));
    const QString path = pathFor(QStringLiteral("demo.unfold"));
    int version = -1;
    const JournalProblem problem = JournalStore::inspect(path, &version, true);
    QVERIFY2(!problem, qPrintable(problem.message));
    QCOMPARE(version, JournalSchema::currentVersion);
    constexpr auto groupAndOther =
        QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    QCOMPARE(QFileInfo(path).permissions() & groupAndOther, QFileDevice::Permissions());
    // Written beside the target and renamed: nothing else is left in the folder.
    QCOMPARE(test::entriesOf(m_dir->path()), QStringList{QStringLiteral("demo.unfold")});
}

void TestDemoJournal::personalHasTheDesignedSize_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::newRow("seed 1") << quint64(1);
    QTest::newRow("seed 2024") << quint64(2024);
}

void TestDemoJournal::personalHasTheDesignedSize()
{
    QFETCH(quint64, seed);
    QVERIFY(write(QStringLiteral("personal.unfold"), DemoJournal::Profile::Personal, seed));
    JournalProblem problem;
    auto store = JournalStore::open(pathFor(QStringLiteral("personal.unfold")),
                                    JournalStore::Access::ReadOnly, &problem);
    QVERIFY2(store, qPrintable(problem.message));

    const QList<Person> people = store->people();
    QCOMPARE(std::count_if(people.cbegin(), people.cend(), [](const Person &p) { return p.isMe; }), 1);
    const QList<Relationship> relationships = store->relationships();
    QVERIFY2(relationships.size() >= 3 && relationships.size() <= 4,
             qPrintable(QString::number(relationships.size())));
    const int layers = int(store->layers().size());
    QSet<qint64> topicIds;
    for (const Topic &t : store->topics())
        topicIds.insert(t.id);

    int sessions = 0;
    int disclosures = 0;
    for (const Relationship &r : relationships) {
        QVERIFY(r.personA != r.personB);
        for (const Session &s : store->sessions(r.id)) {
            ++sessions;
            const QList<Disclosure> ds = store->disclosures(s.id);
            QVERIFY(!ds.isEmpty());
            for (qsizetype i = 0; i < ds.size(); ++i) {
                QCOMPARE(ds.at(i).position, int(i));
                QVERIFY(ds.at(i).depth >= 1 && ds.at(i).depth <= layers);
                QVERIFY(topicIds.contains(ds.at(i).topicId));
            }
            disclosures += int(ds.size());
        }
        QCOMPARE(store->disclosureCount(r.id), int(store->disclosuresOfRelationship(r.id).size()));
    }
    QVERIFY2(sessions >= 90 && sessions <= 110, qPrintable(QString::number(sessions)));
    QVERIFY2(disclosures >= 800 && disclosures <= 1200, qPrintable(QString::number(disclosures)));
}

void TestDemoJournal::personalShowsTheTheory_data()
{
    QTest::addColumn<quint64>("seed");
    for (quint64 seed : {quint64(1), quint64(2), quint64(3), quint64(99)})
        QTest::addRow("seed %llu", seed) << seed;
}

void TestDemoJournal::personalShowsTheTheory()
{
    QFETCH(quint64, seed);
    QVERIFY(write(QStringLiteral("personal.unfold"), DemoJournal::Profile::Personal, seed));
    JournalProblem problem;
    auto store = JournalStore::open(pathFor(QStringLiteral("personal.unfold")),
                                    JournalStore::Access::ReadOnly, &problem);
    QVERIFY2(store, qPrintable(problem.message));
    const QList<Relationship> relationships = store->relationships();

    // One-sided: A shares clearly more often and more deeply than B.
    QList<qint64> oneSided;
    // Balanced in volume, for contrast: neither shares more than a third more than the other.
    QList<qint64> balanced;
    // Deepening: both go clearly deeper in the last quarter of sessions than in the first
    // (depths are 1..3, so 0.4 is a fifth of the whole range).
    QList<qint64> deepening;
    for (const Relationship &r : relationships) {
        const Sharing all = sharing(*store, r.id, 0, 1);
        QVERIFY(all.countA > 0 && all.countB > 0);
        if (all.countA >= 2 * all.countB && all.meanDepthA() >= all.meanDepthB() + 0.25)
            oneSided.append(r.id);
        if (all.countA <= 1.33 * all.countB && all.countB <= 1.33 * all.countA)
            balanced.append(r.id);
        const Sharing first = sharing(*store, r.id, 0, 0.25);
        const Sharing last = sharing(*store, r.id, 0.75, 1);
        if (last.meanDepthA() >= first.meanDepthA() + 0.4 && last.meanDepthB() >= first.meanDepthB() + 0.4)
            deepening.append(r.id);
    }
    QCOMPARE(oneSided.size(), 1);
    QVERIFY(balanced.size() >= 2);
    QVERIFY(!deepening.isEmpty());
    QVERIFY(!deepening.contains(oneSided.constFirst())); // there B stays at the surface

    // Withdrawing (the user sees it as depenetration): breadth falls first, so the last quarter
    // of its sessions reaches clearly fewer topics than the sessions around the middle.
    const auto withdrawing =
        std::find_if(relationships.cbegin(), relationships.cend(),
                     [](const Relationship &r) { return r.stage == Stage::Depenetration; });
    QVERIFY(withdrawing != relationships.cend());
    const Sharing middle = sharing(*store, withdrawing->id, 0.375, 0.625);
    const Sharing end = sharing(*store, withdrawing->id, 0.75, 1);
    QVERIFY2(end.topics.size() + 2 <= middle.topics.size(),
             qPrintable(QStringLiteral("%1 topics at the end, %2 in the middle")
                            .arg(end.topics.size())
                            .arg(middle.topics.size())));
    QVERIFY(!deepening.contains(withdrawing->id));

    // The check-in's subscales tell different parts of each story rather than moving together.
    // One-sided: the friend who mostly listens feels heard (A goes deep) but not that sharing is
    // even. Withdrawing: at the end sharing still feels fairly even while feeling heard has fallen.
    const auto subscaleGap = [&](qint64 relationshipId, Speaker who, double from) {
        return felt(*store, relationshipId, who, QStringLiteral("responsiveness"), from, 1) -
               felt(*store, relationshipId, who, QStringLiteral("balance"), from, 1);
    };
    const double listener = subscaleGap(oneSided.constFirst(), Speaker::B, 0.5);
    QVERIFY2(listener >= 15, qPrintable(QStringLiteral("responsiveness − balance: %1").arg(listener)));
    for (const Speaker who : {Speaker::A, Speaker::B}) {
        const double gap = subscaleGap(withdrawing->id, who, 0.75);
        QVERIFY2(gap <= -15, qPrintable(QStringLiteral("responsiveness − balance: %1").arg(gap)));
    }
}

void TestDemoJournal::heavyHasTheDesignedSize()
{
    JournalProblem problem;
    auto store = JournalStore::open(m_heavy, JournalStore::Access::ReadOnly, &problem);
    QVERIFY2(store, qPrintable(problem.message));
    const QList<Relationship> relationships = store->relationships();
    QCOMPARE(relationships.size(), 20);
    QCOMPARE(store->people().size(), 21);
    int total = 0;
    for (const Relationship &r : relationships) {
        const QList<SessionSummary> summaries = store->sessionSummaries(r.id);
        QCOMPARE(summaries.size(), 180);
        for (const SessionSummary &s : summaries)
            QCOMPARE(s.disclosuresA + s.disclosuresB, 10);
        total += store->disclosureCount(r.id);
    }
    QCOMPARE(total, 20 * 180 * 10);
    // DESIGN.md §6: 3,600 questionnaire answers, each a scored session check-in.
    int answers = 0;
    for (const Relationship &r : relationships) {
        const QList<QuestionnaireAnswer> all = store->answersOfRelationship(r.id);
        answers += int(all.size());
        for (const QuestionnaireAnswer &a : all) {
            QCOMPARE(a.instrumentId, QStringLiteral("session-checkin"));
            QVERIFY(!a.scores.isEmpty());
            for (const SubscaleScore &score : a.scores)
                QVERIFY2(score.score0to100 && *score.score0to100 >= 0 && *score.score0to100 <= 100,
                         qPrintable(score.subscale));
        }
    }
    QCOMPARE(answers, 3600);
    QVERIFY(!JournalStore::inspect(m_heavy, nullptr, true));
}

void TestDemoJournal::caseloadHasTheDesignedSize()
{
    QVERIFY(write(QStringLiteral("caseload.unfold"), DemoJournal::Profile::Caseload, 1));
    JournalProblem problem;
    auto store = JournalStore::open(pathFor(QStringLiteral("caseload.unfold")),
                                    JournalStore::Access::ReadOnly, &problem);
    QVERIFY2(store, qPrintable(problem.message));
    const QList<Relationship> relationships = store->relationships();
    QCOMPARE(relationships.size(), 100);
    QCOMPARE(store->people().size(), 200);
    int total = 0;
    for (const Relationship &r : relationships) {
        QCOMPARE(r.kind, RelationshipKind::ClientCouple);
        QCOMPARE(store->sessions(r.id).size(), 50);
        total += store->disclosureCount(r.id);
    }
    QCOMPARE(total, 100 * 50 * 20);
    // Every client keeps a name of their own, so a therapist can tell them apart.
    QSet<QString> names;
    for (const Person &p : store->people())
        names.insert(p.name);
    QCOMPARE(names.size(), 200);
}

QTEST_GUILESS_MAIN(TestDemoJournal)
#include "test_demojournal.moc"
