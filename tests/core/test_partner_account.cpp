// SPDX-License-Identifier: GPL-3.0-or-later
// A partner's account: read strictly, written so it reads back the same, its sides mapped by person.
#include "Journal.h"
#include "PartnerAccount.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace unfold;

namespace {

PartnerAccount sample()
{
    PartnerAccount a;
    a.nameA = QStringLiteral("Alex");
    a.nameB = QStringLiteral("Sam");
    a.author = Speaker::B;
    a.layers = 3;
    a.topics = {QStringLiteral("Work & studies"), QStringLiteral("Family"),
                QStringLiteral("Feelings & fears")};
    a.exportedAt = QDateTime(QDate(2026, 4, 1), QTime(9, 30), QTimeZone::utc()).toLocalTime();
    PartnerSession s;
    s.id = 41;
    s.start = QDateTime(QDate(2026, 3, 2), QTime(19, 5), QTimeZone::utc()).toLocalTime();
    s.context = SessionContext::Video;
    s.mood = 4;
    s.disclosures = {{Speaker::A, QStringLiteral("Family"), 2, Reception::Responsive, {}},
                     {Speaker::B, QStringLiteral("Feelings & fears"), 3, std::nullopt, {}}};
    QuestionnaireAnswer q;
    q.respondent = Speaker::B;
    q.instrumentId = QStringLiteral("session-checkin");
    q.instrumentVersion = 1;
    q.answeredAt = QDateTime(QDate(2026, 3, 2), QTime(21, 0), QTimeZone::utc()).toLocalTime();
    q.answers = {{QStringLiteral("balance_1"), 5}};
    q.scores = {{QStringLiteral("balance"), 3, 1, std::nullopt, std::nullopt, std::nullopt},
                {QStringLiteral("closeness"), 1, 1, 5.0, 5.0, 66.5}};
    s.answers = {q};
    PartnerSession t;
    t.id = 40;
    t.start = s.start.addDays(-3);
    a.sessions = {t, s};
    return a;
}

// The sample's JSON with one field changed by `edit`.
QByteArray edited(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject o = QJsonDocument::fromJson(sample().toJson()).object();
    edit(o);
    return QJsonDocument(o).toJson();
}

QJsonObject firstSession(const QJsonObject &o)
{
    return o.value(QLatin1String("sessions")).toArray().at(1).toObject();
}

void setFirstSession(QJsonObject &o, const QJsonObject &s)
{
    QJsonArray sessions = o.value(QLatin1String("sessions")).toArray();
    sessions[1] = s;
    o.insert(QStringLiteral("sessions"), sessions);
}

void setFirstDisclosure(QJsonObject &o, const char *key, const QJsonValue &value)
{
    QJsonObject s = firstSession(o);
    QJsonArray ds = s.value(QLatin1String("disclosures")).toArray();
    QJsonObject d = ds.at(0).toObject();
    d.insert(QLatin1String(key), value);
    ds[0] = d;
    s.insert(QStringLiteral("disclosures"), ds);
    setFirstSession(o, s);
}

} // namespace

class TestPartnerAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsBackWhatItWrites()
    {
        const PartnerAccount a = sample();
        QString error;
        const std::optional<PartnerAccount> b = PartnerAccount::fromJson(a.toJson(), &error);
        QVERIFY2(b, qPrintable(error));
        QCOMPARE(b->sessions.size(), 2);
        QCOMPARE(b->sessions.first().id, qint64(40)); // in time order, whatever the file's order
        QCOMPARE(*b, a);
        QCOMPARE(b->disclosureCount(), 2);
        QVERIFY(b->session(41));
        QVERIFY(!b->session(42));
    }

    void refusesWhatIsWrong_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not json") << QByteArrayLiteral("{\"format\": 1,");
        QTest::newRow("not an object") << QByteArrayLiteral("[1, 2]");
        QTest::newRow("no author") << edited([](QJsonObject &o) { o.remove(QStringLiteral("author")); });
        QTest::newRow("unnamed person") << edited([](QJsonObject &o) {
            o.insert(QStringLiteral("people"), QJsonObject{{QStringLiteral("a"), QStringLiteral(" ")},
                                                           {QStringLiteral("b"), QStringLiteral("Sam")}});
        });
        QTest::newRow("six layers") << edited([](QJsonObject &o) { o.insert(QStringLiteral("layers"), 6); });
        QTest::newRow("depth beyond the layers")
            << edited([](QJsonObject &o) { setFirstDisclosure(o, "depth", 4); });
        QTest::newRow("depth not whole")
            << edited([](QJsonObject &o) { setFirstDisclosure(o, "depth", 1.5); });
        QTest::newRow("unknown topic")
            << edited([](QJsonObject &o) { setFirstDisclosure(o, "topic", QStringLiteral("Sailing")); });
        QTest::newRow("unknown speaker")
            << edited([](QJsonObject &o) { setFirstDisclosure(o, "speaker", QStringLiteral("c")); });
        QTest::newRow("unknown reception")
            << edited([](QJsonObject &o) { setFirstDisclosure(o, "reception", QStringLiteral("rude")); });
        QTest::newRow("mood out of range") << edited([](QJsonObject &o) {
            QJsonObject s = firstSession(o);
            s.insert(QStringLiteral("mood"), 9);
            setFirstSession(o, s);
        });
        QTest::newRow("no start") << edited([](QJsonObject &o) {
            QJsonObject s = firstSession(o);
            s.insert(QStringLiteral("start"), QStringLiteral("yesterday"));
            setFirstSession(o, s);
        });
        QTest::newRow("unknown context") << edited([](QJsonObject &o) {
            QJsonObject s = firstSession(o);
            s.insert(QStringLiteral("context"), QStringLiteral("telepathy"));
            setFirstSession(o, s);
        });
        QTest::newRow("same session twice") << edited([](QJsonObject &o) {
            QJsonObject s = firstSession(o);
            s.insert(QStringLiteral("id"), 40);
            setFirstSession(o, s);
        });
        QTest::newRow("score not a number") << edited([](QJsonObject &o) {
            QJsonObject s = firstSession(o);
            QJsonArray answers = s.value(QLatin1String("answers")).toArray();
            QJsonObject a = answers.at(0).toObject();
            a.insert(QStringLiteral("scores"),
                     QJsonArray{QJsonObject{{QStringLiteral("subscale"), QStringLiteral("x")},
                                            {QStringLiteral("items"), 1},
                                            {QStringLiteral("answered"), 2}}});
            answers[0] = a;
            s.insert(QStringLiteral("answers"), answers);
            setFirstSession(o, s);
        });
    }

    void refusesWhatIsWrong()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!PartnerAccount::fromJson(json, &error));
        QVERIFY(error.startsWith(QLatin1String("The partner's account cannot be read: ")));
    }

    void newerFormatIsNamed()
    {
        QString error;
        QVERIFY(!PartnerAccount::fromJson(edited([](QJsonObject &o) {
                                              o.insert(QStringLiteral("format"),
                                                       PartnerAccount::currentFormat + 1);
                                          }),
                                          &error));
        QVERIFY(error.contains(QLatin1String("newer version")));
    }

    void swappingTwiceIsTheSame()
    {
        const PartnerAccount a = sample();
        const PartnerAccount s = a.swapped();
        QCOMPARE(s.nameA, a.nameB);
        QCOMPARE(*s.author, Speaker::A);
        QCOMPARE(s.sessions.at(1).disclosures.at(0).speaker, Speaker::B);
        QCOMPARE(s.sessions.at(1).answers.at(0).respondent, Speaker::A);
        QCOMPARE(s.swapped(), a);
    }

    void sidesAreMappedByPerson()
    {
        QTemporaryDir dir;
        JournalProblem problem;
        auto journal = Journal::create(dir.filePath(QStringLiteral("j.unfold")), QString(), &problem);
        QVERIFY(journal);
        Person alex{0, QStringLiteral("Alex"), {}, false};
        Person sam{0, QStringLiteral("Sam"), {}, false};
        Person jo{0, QStringLiteral("Jo"), {}, false};
        QVERIFY(journal->savePerson(alex) && journal->savePerson(sam) && journal->savePerson(jo));
        Relationship r{0, sam.id, alex.id, RelationshipKind::Partner, {}, Stage::Unset};
        Relationship other{0, sam.id, jo.id, RelationshipKind::Friend, {}, Stage::Unset};
        QVERIFY(journal->saveRelationship(r) && journal->saveRelationship(other));
        const PartnerAccount a = sample(); // written by Sam (B), who is this journal's A

        // No "me" here: the author's name decides.
        QCOMPARE(PartnerSides::of(a, *journal, r).fit, PartnerSides::Fit::Swapped);
        // The journal's "me" decides over names: the sender is my other person.
        alex.isMe = true;
        QVERIFY(journal->savePerson(alex));
        QCOMPARE(PartnerSides::of(a, *journal, r).fit, PartnerSides::Fit::Swapped);
        alex.isMe = false;
        sam.isMe = true;
        QVERIFY(journal->savePerson(alex) && journal->savePerson(sam));
        // Sam wrote the file and Sam is "me" here: it is not the partner's account.
        const PartnerSides own = PartnerSides::of(a, *journal, r);
        QCOMPARE(own.fit, PartnerSides::Fit::Misfit);
        QVERIFY(own.reason.contains(QLatin1String("who is you in this journal")));
        // Naming the sender settles it; naming myself is refused.
        QCOMPARE(PartnerSides::of(a, *journal, r, QStringLiteral("alex")).fit, PartnerSides::Fit::Same);
        QCOMPARE(PartnerSides::of(a, *journal, r, QStringLiteral("Sam")).fit, PartnerSides::Fit::Misfit);
        QCOMPARE(PartnerSides::of(a, *journal, r, QStringLiteral("Kim")).fit, PartnerSides::Fit::Misfit);
        sam.isMe = false;
        QVERIFY(journal->savePerson(sam));
        // Names that say nothing: ask.
        PartnerAccount renamed = a;
        renamed.nameA = QStringLiteral("Lex");
        renamed.nameB = QStringLiteral("Sammy");
        QCOMPARE(PartnerSides::of(renamed, *journal, r).fit, PartnerSides::Fit::Ambiguous);
        QCOMPARE(PartnerSides::of(renamed, *journal, r, QStringLiteral("Alex")).fit, PartnerSides::Fit::Same);
        QCOMPARE(PartnerSides::of(renamed, *journal, r, QStringLiteral("Sam")).fit,
                 PartnerSides::Fit::Swapped);
        // The account of another relationship of this journal does not fit this one.
        PartnerAccount aboutJo = a;
        aboutJo.nameA = QStringLiteral("Jo");
        const PartnerSides misfit = PartnerSides::of(aboutJo, *journal, r);
        QCOMPARE(misfit.fit, PartnerSides::Fit::Misfit);
        QVERIFY(misfit.reason.contains(QLatin1String("another relationship")));
        // Depths on five layers cannot be compared with depths on three.
        PartnerAccount five = a;
        five.layers = 5;
        const PartnerSides layers = PartnerSides::of(five, *journal, r);
        QCOMPARE(layers.fit, PartnerSides::Fit::Misfit);
        QVERIFY(layers.reason.contains(QLatin1String("layers")));
    }
};

QTEST_GUILESS_MAIN(TestPartnerAccount)
#include "test_partner_account.moc"
