// SPDX-License-Identifier: GPL-3.0-or-later
// A journal's data as CSV tables or one JSON document, ready for R.
#include "Csv.h"
#include "DataExport.h"
#include "DyadicSessions.h"
#include "Journal.h"
#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <tuple>

#include <sys/stat.h>

using namespace unfold;

namespace {

// The file's permission bits as the system keeps them.
int modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

// A table read back with the project's CSV reader, its cells by column name.
struct ReadTable
{
    QStringList columns;
    QList<QStringList> rows;
    QString at(qsizetype row, const QString &column) const
    {
        return rows.value(row).value(columns.indexOf(column));
    }
    // The rows whose `column` is `value`.
    QList<qsizetype> where(const QString &column, const QString &value) const
    {
        QList<qsizetype> found;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (at(i, column) == value)
                found.append(i);
        }
        return found;
    }
};

ReadTable readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<CsvRecord> records;
    QString error;
    int line = 0;
    if (!Csv::parse(file.readAll(), &records, &error, &line) || records.isEmpty())
        return {};
    ReadTable table{records.takeFirst().fields, {}};
    for (const CsvRecord &r : std::as_const(records))
        table.rows.append(r.fields);
    return table;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Checked
{
    int exitCode = -1;
    QString output;
};

// Runs the independent reader (Python's csv and json modules) over an export.
Checked checkTypes(const QString &folder, const QString &json)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return {-1, QStringLiteral("python3 is missing; tools/deps.sh installs it")};
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(python, {QStringLiteral(UNFOLD_EXPORT_CHECKER), folder, json});
    if (!process.waitForFinished(60'000))
        return {-1, QStringLiteral("the checker did not finish")};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

} // namespace

class TestDataExport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    Person m_anna{0, QStringLiteral("Anna, \"A\""), {}, true};
    Person m_ben{0, QStringLiteral("Ben"), {}, false};
    Person m_cleo{0, QStringLiteral("Cleo"), {}, false};
    qint64 m_bensSession = 0;
    Session m_first;
    Session m_second;
    Session m_third;

    QString writeFolder(const QString &name, bool includeNotes = false)
    {
        const QString folder = m_dir.filePath(name);
        QString error;
        if (!DataExport::writeCsvFolder(DataExport::tables(*m_journal, includeNotes), folder, &error))
            qWarning("%s", qPrintable(error));
        return folder;
    }

    bool answer(qint64 sessionId, Speaker who, const QString &instrument, const QDateTime &at,
                const SubscaleScore &score)
    {
        QuestionnaireAnswer q;
        q.sessionId = sessionId;
        q.respondent = who;
        q.instrumentId = instrument;
        q.answeredAt = at;
        q.answers = {{QStringLiteral("c1"), 4}};
        q.scores = {score};
        return m_journal->saveAnswer(q);
    }

    bool disclose(qint64 sessionId, int position, Speaker who, int topic, int depth,
                  std::optional<Reception> reception = {}, const QString &note = {})
    {
        Disclosure d;
        d.sessionId = sessionId;
        d.position = position;
        d.speaker = who;
        d.topicId = m_journal->topics().at(topic).id;
        d.depth = depth;
        d.reception = reception;
        d.note = note;
        return m_journal->saveDisclosure(d);
    }

private Q_SLOTS:
    void initTestCase()
    {
        JournalProblem problem;
        m_journal = Journal::create(m_dir.filePath(QStringLiteral("j.unfold")),
                                    m_dir.filePath(QStringLiteral("b")), &problem);
        QVERIFY(m_journal);
        QVERIFY(m_journal->savePerson(m_anna) && m_journal->savePerson(m_ben) &&
                m_journal->savePerson(m_cleo));
        Relationship couple{0,           m_anna.id, m_ben.id, RelationshipKind::Partner, QDate(2024, 1, 1),
                            Stage::Unset};
        QVERIFY(m_journal->saveRelationship(couple));
        // Ben is side a here: his id must follow the side, not his name.
        Relationship friends{0, m_ben.id, m_cleo.id, RelationshipKind::Friend, {}, Stage::Stable};
        QVERIFY(m_journal->saveRelationship(friends));

        const QDateTime march = QDateTime(QDate(2025, 3, 1), QTime(19, 0), QTimeZone::utc());
        m_first =
            Session{0, couple.id, march, SessionContext::InPerson, {}, QStringLiteral("therapist: private")};
        m_second = Session{0, couple.id, march.addDays(7), SessionContext::Video, 4, {}};
        m_third = Session{0, friends.id, march.addDays(30), SessionContext::Phone, {}, {}};
        QVERIFY(m_journal->saveSession(m_first) && m_journal->saveSession(m_second) &&
                m_journal->saveSession(m_third));

        // Session 1: only Ben shares, and no reception is noted.
        QVERIFY(disclose(m_first.id, 0, Speaker::B, 0, 2, {}, QStringLiteral("mentioned her sister")));
        // Session 2: Anna twice on two topics (depths 1 and 2), Ben once at 3.
        QVERIFY(disclose(m_second.id, 0, Speaker::A, 0, 1, Reception::Responsive));
        QVERIFY(disclose(m_second.id, 1, Speaker::B, 0, 3, Reception::Neutral));
        QVERIFY(disclose(m_second.id, 2, Speaker::A, 1, 2));
        // Session 3: Cleo, side b of the friendship.
        QVERIFY(disclose(m_third.id, 0, Speaker::B, 2, 1));

        const QString checkin = QStringLiteral("session-checkin");
        const QString balance = QStringLiteral("balance");
        // Too few items answered: the score is missing.
        QVERIFY(answer(m_first.id, Speaker::A, checkin, march, {balance, 2, 1, {}, {}, {}}));
        QVERIFY(answer(m_second.id, Speaker::A, checkin, march.addDays(7).addSecs(7200),
                       {balance, 2, 2, 5.5, 5.5, 75.0}));
        QVERIFY(answer(m_second.id, Speaker::B, checkin, march.addDays(7).addSecs(3600),
                       {balance, 2, 2, 4.0, 4.0, 50.0}));
        QVERIFY(answer(m_second.id, Speaker::B, QStringLiteral("trust-inventory"), march.addDays(7),
                       {QStringLiteral("faith"), 3, 3, 5.0, 5.0, 200.0 / 3}));

        TimelineEvent e{0, couple.id, QDate(2025, 2, 1), QStringLiteral("moved in")};
        QVERIFY(m_journal->saveTimelineEvent(e));

        // Ben's account of the couple, imported: he logged only session 2, half an hour later, with
        // Anna's first topic under a name this journal lacks, and shared a note.
        PartnerAccount bens = m_journal->ownAccount(couple.id, true);
        bens.author = Speaker::B;
        bens.includesNotes = true;
        bens.sessions.removeFirst();
        QCOMPARE(bens.sessions.size(), 1);
        bens.sessions[0].start = bens.sessions[0].start.addSecs(1800);
        bens.sessions[0].notes = QStringLiteral("Ben's private evening");
        QCOMPARE(bens.sessions[0].disclosures.size(), 3);
        bens.sessions[0].disclosures[0].topic = QStringLiteral("Sailing");
        bens.topics.append(QStringLiteral("Sailing"));
        m_bensSession = bens.sessions[0].id;
        QVERIFY(m_journal->setPartnerAccount(couple.id, StoredPartnerAccount{bens, false, march.addDays(9)}));
    }

    void csvFolderHasEveryTable()
    {
        const QString folder = writeFolder(QStringLiteral("csv/out"));
        for (const char *name :
             {"people", "relationships", "layers", "topics", "sessions", "disclosures", "timeline_events",
              "questionnaire_answers", "questionnaire_scores", "dyadic_sessions", "codebook"})
            QVERIFY2(QFile::exists(QDir(folder).filePath(QLatin1String(name) + QLatin1String(".csv"))), name);
        const ReadTable people = readCsv(QDir(folder).filePath(QStringLiteral("people.csv")));
        QCOMPARE(people.columns,
                 (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("is_me")}));
        QCOMPARE(people.rows.size(), 3);
        QCOMPARE(people.at(0, QStringLiteral("name")), QStringLiteral("Anna, \"A\""));
        QCOMPARE(people.at(0, QStringLiteral("is_me")), QStringLiteral("1")); // not "true"
        QCOMPARE(people.at(1, QStringLiteral("is_me")), QStringLiteral("0"));
        const ReadTable sessions = readCsv(QDir(folder).filePath(QStringLiteral("sessions.csv")));
        QCOMPARE(
            sessions.columns.mid(0, 3),
            (QStringList{QStringLiteral("id"), QStringLiteral("relationship_id"), QStringLiteral("start")}));
        QCOMPARE(sessions.at(0, QStringLiteral("start")), QStringLiteral("2025-03-01T19:00:00Z"));
        QCOMPARE(sessions.at(0, QStringLiteral("mood")), QString());
        QCOMPARE(sessions.at(1, QStringLiteral("mood")), QStringLiteral("4"));
        const ReadTable scores = readCsv(QDir(folder).filePath(QStringLiteral("questionnaire_scores.csv")));
        // Each score carries its reliable change: the shipped check-in gives no norms, so the
        // indexes are empty (not 0), and so is the change of a first score.
        QCOMPARE(
            scores.columns.mid(scores.columns.indexOf(QStringLiteral("score_0_100"))),
            (QStringList{QStringLiteral("score_0_100"), QStringLiteral("change_from_previous"),
                         QStringLiteral("rci_from_previous"), QStringLiteral("reliable_from_previous"),
                         QStringLiteral("rci_from_baseline"), QStringLiteral("reliable_from_baseline")}));
        for (qsizetype row = 0; row < scores.rows.size(); ++row) {
            for (const char *column : {"rci_from_previous", "reliable_from_previous", "rci_from_baseline",
                                       "reliable_from_baseline"})
                QCOMPARE(scores.at(row, QString::fromLatin1(column)), QString());
        }
        const auto missing = scores.where(QStringLiteral("session_id"), QString::number(m_first.id));
        QCOMPARE(missing.size(), 1);
        QCOMPARE(scores.at(missing[0], QStringLiteral("score_0_100")), QString()); // empty, not 0
        QCOMPARE(scores.at(missing[0], QStringLiteral("answered")), QStringLiteral("1"));
        QCOMPARE(readCsv(QDir(folder).filePath(QStringLiteral("layers.csv"))).rows.size(), 3);
        QVERIFY(QDir(folder).entryList(QDir::Hidden | QDir::Files).filter(QStringLiteral(".part")).isEmpty());
    }

    // A missing value is an empty field, never a quoted "" that R reads as an empty string.
    void missingValuesAreEmptyFields()
    {
        const QString folder = writeFolder(QStringLiteral("missing"));
        const QByteArray bytes = readAll(QDir(folder).filePath(QStringLiteral("disclosures.csv")));
        QVERIFY(!bytes.contains("\"\""));
        const ReadTable disclosures = readCsv(QDir(folder).filePath(QStringLiteral("disclosures.csv")));
        const auto first = disclosures.where(QStringLiteral("session_id"), QString::number(m_first.id));
        QCOMPARE(first.size(), 1);
        QCOMPARE(disclosures.at(first[0], QStringLiteral("reception")), QString());
        const auto second = disclosures.where(QStringLiteral("session_id"), QString::number(m_second.id));
        QCOMPARE(disclosures.at(second[0], QStringLiteral("reception")), QStringLiteral("responsive"));
        QVERIFY(bytes.endsWith(",\r\n")); // the friendship's disclosure, last, has no reception either
    }

    void jsonIsOneDocumentWithAHeader()
    {
        const QString path = m_dir.filePath(QStringLiteral("all.json"));
        QString error;
        QVERIFY(DataExport::writeJson(DataExport::tables(*m_journal), path, &error));
        QCOMPARE(modeOf(path), 0600);
        QJsonParseError parseError;
        const QJsonObject doc = QJsonDocument::fromJson(readAll(path), &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject header = doc.value(QLatin1String("header")).toObject();
        QCOMPARE(header.value(QLatin1String("format")).toString(), QStringLiteral("unfold-data-export"));
        QCOMPARE(header.value(QLatin1String("format_version")).toInt(), DataExport::formatVersion);
        QCOMPARE(header.value(QLatin1String("app_version")).toString(), QStringLiteral(UNFOLD_VERSION));
        QCOMPARE(header.value(QLatin1String("time_zone")).toString(), QStringLiteral("UTC"));
        const QDateTime exported =
            QDateTime::fromString(header.value(QLatin1String("exported_at")).toString(), Qt::ISODate);
        QVERIFY(exported.isValid());
        QVERIFY(qAbs(exported.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        const QJsonObject tables = doc.value(QLatin1String("tables")).toObject();
        QCOMPARE(tables.value(QLatin1String("people")).toArray().size(), 3);
        QVERIFY(tables.value(QLatin1String("people"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QLatin1String("is_me"))
                    .isBool());
        QCOMPARE(tables.value(QLatin1String("timeline_events"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("label"))
                     .toString(),
                 QStringLiteral("moved in"));
        int missingScores = 0;
        for (const QJsonValue &score : tables.value(QLatin1String("questionnaire_scores")).toArray()) {
            const QJsonObject object = score.toObject();
            if (object.value(QLatin1String("session_id")).toInteger() == m_first.id) {
                QVERIFY(object.value(QLatin1String("score_0_100")).isNull());
                ++missingScores;
            }
        }
        QCOMPARE(missingScores, 1);
        const QJsonObject disclosure =
            tables.value(QLatin1String("disclosures")).toArray().first().toObject();
        QCOMPARE(disclosure.value(QLatin1String("depth")).toInt(), 2);
        QVERIFY(disclosure.value(QLatin1String("reception")).isNull());
    }

    // A number column is written as a number with a decimal point even where its value is whole,
    // an integer column never with one: a reader types each column once.
    void jsonNumbersKeepTheirColumnsType()
    {
        const QByteArray json = DataExport::json(DataExport::tables(*m_journal));
        QVERIFY2(json.contains("\"partner_mean_depth\": 3.0"), json.constData());
        QVERIFY(json.contains("\"actor_mean_depth\": 1.5"));
        QVERIFY(json.contains("\"depth\": 3,"));
        QVERIFY(json.contains("\"is_me\": true"));
        QVERIFY(json.contains("\"mood\": null"));
    }

    // The columns' own descriptions make the codebook: it names every column of every table and
    // nothing else, each with a type and a meaning.
    void codebookNamesEveryColumnAndNothingElse()
    {
        for (const bool notes : {false, true}) {
            const QList<DataTable> tables = DataExport::tables(*m_journal, notes);
            QCOMPARE(tables.last().name, QStringLiteral("codebook"));
            const DataTable &codebook = tables.last();
            const int tableColumn = codebook.columnIndex(QStringLiteral("table"));
            const int nameColumn = codebook.columnIndex(QStringLiteral("column"));
            const int typeColumn = codebook.columnIndex(QStringLiteral("type"));
            const int meaningColumn = codebook.columnIndex(QStringLiteral("meaning"));
            QVERIFY(tableColumn >= 0 && nameColumn >= 0 && typeColumn >= 0 && meaningColumn >= 0);
            QSet<QString> described;
            for (const QVariantList &row : codebook.rows) {
                const QString key =
                    row[tableColumn].toString() + QLatin1Char('.') + row[nameColumn].toString();
                QVERIFY2(!described.contains(key), qPrintable(key));
                described.insert(key);
                QVERIFY2(!row[meaningColumn].toString().isEmpty(), qPrintable(key));
                // Plain ASCII, so R reads it alike in every locale (read.csv's default encoding is
                // the system's).
                for (const QVariant &cell : row) {
                    const QString text = cell.toString();
                    QVERIFY2(
                        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 128; }),
                        qPrintable(key + QLatin1String(": ") + text));
                }
                QVERIFY2(QStringList({QStringLiteral("integer"), QStringLiteral("number"),
                                      QStringLiteral("boolean"), QStringLiteral("text"),
                                      QStringLiteral("time"), QStringLiteral("date")})
                             .contains(row[typeColumn].toString()),
                         qPrintable(key));
            }
            QSet<QString> written;
            for (const DataTable &table : tables) {
                for (const QString &column : table.columnNames())
                    written.insert(table.name + QLatin1Char('.') + column);
                for (const QVariantList &row : table.rows)
                    QCOMPARE(row.size(), table.columns.size());
            }
            QCOMPARE(described, written);
            QCOMPARE(described.contains(QStringLiteral("sessions.notes")), notes);
            QVERIFY(described.contains(QStringLiteral("dyadic_sessions.actor_felt_trust_inventory_faith")));
        }
    }

    // Python's csv and json modules, a reader that shares no code with Unfold, read every table of
    // both formats and find each value of its codebook type, and the CSV and JSON cells equal.
    void anIndependentReaderFindsEveryValueTyped()
    {
        for (const bool notes : {false, true}) {
            const QString folder =
                writeFolder(notes ? QStringLiteral("typed-notes") : QStringLiteral("typed"), notes);
            const QString json = folder + QLatin1String(".json");
            QString error;
            QVERIFY(DataExport::writeJson(DataExport::tables(*m_journal, notes), json, &error));
            const Checked checked = checkTypes(folder, json);
            QVERIFY2(checked.exitCode == 0, qPrintable(checked.output));
            QVERIFY2(checked.output.contains(QLatin1String("16 tables")), qPrintable(checked.output));
        }
    }

    // The reader above would notice what an analyst found in earlier exports: booleans as text, a whole
    // number in a number column written as an integer, "" for a missing value.
    void theIndependentReaderCatchesUntypedValues()
    {
        const QString folder = writeFolder(QStringLiteral("untyped"));
        const QString json = folder + QLatin1String(".json");
        QString error;
        QVERIFY(DataExport::writeJson(DataExport::tables(*m_journal), json, &error));
        QVERIFY(checkTypes(folder, json).exitCode == 0);

        const QString people = QDir(folder).filePath(QStringLiteral("people.csv"));
        const QByteArray original = readAll(people);
        QByteArray changed = original;
        changed.replace(",1\r\n", ",true\r\n");
        QVERIFY(changed != original);
        QVERIFY(DataExport::writeFile(people, changed, &error));
        Checked checked = checkTypes(folder, json);
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(checked.output.contains(QLatin1String("people.is_me")), qPrintable(checked.output));
        QVERIFY(DataExport::writeFile(people, original, &error));

        const QByteArray document = readAll(json);
        QVERIFY(DataExport::writeFile(
            json, QByteArray(document).replace("\"partner_mean_depth\": 3.0", "\"partner_mean_depth\": 3"),
            &error));
        checked = checkTypes(folder, json);
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(checked.output.contains(QLatin1String("partner_mean_depth")), qPrintable(checked.output));
        QVERIFY(DataExport::writeFile(json, document, &error));

        QVERIFY(DataExport::writeFile(
            json, QByteArray(document).replace("\"reception\": null", "\"reception\": \"\""), &error));
        checked = checkTypes(folder, json);
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(checked.output.contains(QLatin1String("missing in one only")), qPrintable(checked.output));
    }

    // Beside every a or b stands the person: speaker_id, respondent_id, person_id and partner_id
    // are the relationship's person on that side, and people in people.csv.
    void personIdsStandBesideTheSides()
    {
        const QString folder = writeFolder(QStringLiteral("ids"));
        const auto table = [&](const char *name) {
            return readCsv(QDir(folder).filePath(QString::fromLatin1(name) + QLatin1String(".csv")));
        };
        const ReadTable people = table("people");
        const ReadTable relationships = table("relationships");
        QHash<QString, QPair<QString, QString>> sides; // relationship id -> (person_a, person_b)
        for (qsizetype i = 0; i < relationships.rows.size(); ++i)
            sides.insert(relationships.at(i, QStringLiteral("id")),
                         {relationships.at(i, QStringLiteral("person_a")),
                          relationships.at(i, QStringLiteral("person_b"))});
        QSet<QString> ids;
        for (qsizetype i = 0; i < people.rows.size(); ++i)
            ids.insert(people.at(i, QStringLiteral("id")));
        const auto personOn = [&](const QString &relationship, const QString &side) {
            const auto pair = sides.value(relationship);
            return side == QLatin1String("a")   ? pair.first
                   : side == QLatin1String("b") ? pair.second
                                                : QString();
        };
        int checked = 0;
        for (const auto &[name, side, person] :
             {std::tuple{"disclosures", "speaker", "speaker_id"},
              std::tuple{"questionnaire_answers", "respondent", "respondent_id"},
              std::tuple{"questionnaire_scores", "respondent", "respondent_id"},
              std::tuple{"dyadic_sessions", "role", "person_id"}}) {
            const ReadTable t = table(name);
            QVERIFY2(!t.rows.isEmpty(), name);
            for (qsizetype i = 0; i < t.rows.size(); ++i) {
                const QString relationship = t.at(i, QStringLiteral("relationship_id"));
                const QString id = t.at(i, QString::fromLatin1(person));
                QVERIFY2(ids.contains(id), name);
                QCOMPARE(id, personOn(relationship, t.at(i, QString::fromLatin1(side))));
                ++checked;
            }
        }
        const ReadTable dyadic = table("dyadic_sessions");
        for (qsizetype i = 0; i < dyadic.rows.size(); ++i) {
            const QString partnerSide = dyadic.at(i, QStringLiteral("role")) == QLatin1String("a")
                                            ? QStringLiteral("b")
                                            : QStringLiteral("a");
            QCOMPARE(dyadic.at(i, QStringLiteral("partner_id")),
                     personOn(dyadic.at(i, QStringLiteral("relationship_id")), partnerSide));
        }
        // Cleo shared in the friendship, where she is side b.
        const ReadTable disclosures = table("disclosures");
        const auto third = disclosures.where(QStringLiteral("session_id"), QString::number(m_third.id));
        QCOMPARE(third.size(), 1);
        QCOMPARE(disclosures.at(third[0], QStringLiteral("speaker_id")), QString::number(m_cleo.id));
        QVERIFY(checked > 10);
    }

    // One row per person per session, each with the actor's and the partner's sharing and felt
    // scores: what an actor–partner model reads.
    void dyadicSessionsPairActorAndPartner()
    {
        const QString folder = writeFolder(QStringLiteral("dyadic"));
        const ReadTable dyadic = readCsv(QDir(folder).filePath(QStringLiteral("dyadic_sessions.csv")));
        QCOMPARE(dyadic.rows.size(), 6); // three sessions, two people each
        QCOMPARE(
            dyadic.columns,
            (QStringList{QStringLiteral("relationship_id"), QStringLiteral("session_id"),
                         QStringLiteral("session_number"), QStringLiteral("session_start"),
                         QStringLiteral("person_id"), QStringLiteral("role"), QStringLiteral("partner_id"),
                         QStringLiteral("actor_count"), QStringLiteral("partner_count"),
                         QStringLiteral("actor_mean_depth"), QStringLiteral("partner_mean_depth"),
                         QStringLiteral("actor_topics"), QStringLiteral("partner_topics"),
                         QStringLiteral("actor_felt_session_checkin_balance"),
                         QStringLiteral("actor_felt_trust_inventory_faith"),
                         QStringLiteral("partner_felt_session_checkin_balance"),
                         QStringLiteral("partner_felt_trust_inventory_faith")}));
        const auto second = dyadic.where(QStringLiteral("session_id"), QString::number(m_second.id));
        QCOMPARE(second.size(), 2);
        const qsizetype anna =
            dyadic.at(second[0], QStringLiteral("role")) == QLatin1String("a") ? second[0] : second[1];
        const qsizetype ben = anna == second[0] ? second[1] : second[0];
        const auto expect = [&](qsizetype row, const char *column, const QString &value) {
            return dyadic.at(row, QString::fromLatin1(column)) == value;
        };
        QVERIFY(expect(anna, "person_id", QString::number(m_anna.id)));
        QVERIFY(expect(anna, "session_number", QStringLiteral("2")));
        QVERIFY(expect(anna, "session_start", QStringLiteral("2025-03-08T19:00:00Z")));
        QVERIFY(expect(anna, "actor_count", QStringLiteral("2")));
        QVERIFY(expect(anna, "partner_count", QStringLiteral("1")));
        QVERIFY(expect(anna, "actor_mean_depth", QStringLiteral("1.5")));
        QVERIFY(expect(anna, "partner_mean_depth", QStringLiteral("3.0")));
        QVERIFY(expect(anna, "actor_topics", QStringLiteral("2")));
        QVERIFY(expect(anna, "partner_topics", QStringLiteral("1")));
        QVERIFY(expect(anna, "actor_felt_session_checkin_balance", QStringLiteral("75.0")));
        QVERIFY(expect(anna, "partner_felt_session_checkin_balance", QStringLiteral("50.0")));
        QVERIFY(expect(anna, "actor_felt_trust_inventory_faith", QString()));
        QCOMPARE(dyadic.at(anna, QStringLiteral("partner_felt_trust_inventory_faith")).toDouble(), 200.0 / 3);
        // Ben's row mirrors Anna's.
        QVERIFY(expect(ben, "person_id", QString::number(m_ben.id)));
        QVERIFY(expect(ben, "partner_id", QString::number(m_anna.id)));
        QVERIFY(expect(ben, "role", QStringLiteral("b")));
        QVERIFY(expect(ben, "actor_count", QStringLiteral("1")));
        QVERIFY(expect(ben, "actor_mean_depth", QStringLiteral("3.0")));
        QVERIFY(expect(ben, "partner_mean_depth", QStringLiteral("1.5")));
        QVERIFY(expect(ben, "actor_felt_session_checkin_balance", QStringLiteral("50.0")));
        QVERIFY(expect(ben, "partner_felt_session_checkin_balance", QStringLiteral("75.0")));

        // Session 1: Anna shared nothing (count 0, no mean depth) and her score was missing.
        const auto first = dyadic.where(QStringLiteral("session_id"), QString::number(m_first.id));
        QCOMPARE(first.size(), 2);
        const qsizetype annaFirst =
            dyadic.at(first[0], QStringLiteral("role")) == QLatin1String("a") ? first[0] : first[1];
        QVERIFY(expect(annaFirst, "session_number", QStringLiteral("1")));
        QVERIFY(expect(annaFirst, "actor_count", QStringLiteral("0")));
        QVERIFY(expect(annaFirst, "actor_mean_depth", QString()));
        QVERIFY(expect(annaFirst, "actor_topics", QStringLiteral("0")));
        QVERIFY(expect(annaFirst, "partner_mean_depth", QStringLiteral("2.0")));
        QVERIFY(expect(annaFirst, "actor_felt_session_checkin_balance", QString()));
        // The friendship's one session is its first.
        const auto third = dyadic.where(QStringLiteral("session_id"), QString::number(m_third.id));
        QCOMPARE(third.size(), 2);
        QVERIFY(expect(third[0], "session_number", QStringLiteral("1")));
    }

    void feltColumnNamesAreSafeForR()
    {
        QCOMPARE(DyadicSessions::feltColumn(QStringLiteral("actor"), QStringLiteral("My.Scale-2"),
                                            QStringLiteral("Faith")),
                 QStringLiteral("actor_felt_my_scale_2_faith"));
        QCOMPARE(DyadicSessions::feltColumn(QStringLiteral("partner"), QStringLiteral("session-checkin"),
                                            QStringLiteral("balance")),
                 QStringLiteral("partner_felt_session_checkin_balance"));
    }

    // Two instrument ids that differ only in punctuation keep a column each.
    void feltColumnsNeverShareAName()
    {
        const Relationship r{7, 1, 2, RelationshipKind::Friend, {}, Stage::Unset};
        const Session s{3, r.id, QDateTime(QDate(2025, 1, 1), QTime(9, 0), QTimeZone::utc()), {}, {}, {}};
        QList<QuestionnaireAnswer> answers;
        for (const char *id : {"my-scale", "my_scale"}) {
            QuestionnaireAnswer a;
            a.sessionId = s.id;
            a.instrumentId = QString::fromLatin1(id);
            a.scores = {{QStringLiteral("x"), 1, 1, 1.0, 1.0, 0.0}};
            answers.append(a);
        }
        const DataTable table =
            DyadicSessions::build({{r, {s}, {}, answers}}, m_journal->topics(), m_journal->layerCount());
        QCOMPARE(table.columnNames().mid(13), (QStringList{QStringLiteral("actor_felt_my_scale_x"),
                                                           QStringLiteral("actor_felt_my_scale_x_2"),
                                                           QStringLiteral("partner_felt_my_scale_x"),
                                                           QStringLiteral("partner_felt_my_scale_x_2")}));
        QCOMPARE(table.rows.size(), 2);
        QCOMPARE(table.rows[0][13].toDouble(), 0.0); // A answered both
        QVERIFY(table.rows[0][15].isNull());         // B answered neither
    }

    // The partner's account and the matches are tables of their own, never rows of sessions or
    // disclosures, in this journal's sides and topics.
    void partnersAccountInItsOwnTables()
    {
        const QString folder = writeFolder(QStringLiteral("partner"));
        const auto table = [&](const char *name) {
            return readCsv(QDir(folder).filePath(QLatin1String(name) + QLatin1String(".csv")));
        };
        QCOMPARE(table("sessions").rows.size(), 3); // mine only
        QCOMPARE(table("disclosures").rows.size(), 5);
        const ReadTable accounts = table("partner_accounts");
        QCOMPARE(accounts.rows.size(), 1);
        QCOMPARE(accounts.at(0, QStringLiteral("author")), QStringLiteral("b"));
        QCOMPARE(accounts.at(0, QStringLiteral("author_id")), QString::number(m_ben.id));
        QCOMPARE(accounts.at(0, QStringLiteral("sessions")), QStringLiteral("1"));
        const ReadTable sessions = table("partner_sessions");
        QCOMPARE(sessions.rows.size(), 1);
        QCOMPARE(sessions.at(0, QStringLiteral("partner_session_id")), QString::number(m_bensSession));
        QCOMPARE(sessions.at(0, QStringLiteral("start")), QStringLiteral("2025-03-08T19:30:00Z"));
        QCOMPARE(sessions.at(0, QStringLiteral("session_id")), QString::number(m_second.id)); // matched
        const ReadTable disclosures = table("partner_disclosures");
        QCOMPARE(disclosures.rows.size(), 3);
        const auto sailing = disclosures.where(QStringLiteral("topic_name"), QStringLiteral("Sailing"));
        QCOMPARE(sailing.size(), 1);
        QCOMPARE(disclosures.at(sailing[0], QStringLiteral("topic")), QString()); // no such topic here
        QCOMPARE(disclosures.at(sailing[0], QStringLiteral("speaker_id")), QString::number(m_anna.id));
        QCOMPARE(disclosures.at(1, QStringLiteral("topic")), QString::number(m_journal->topics().at(0).id));
        const ReadTable matches = table("session_matches");
        QCOMPARE(matches.rows.size(), 1);
        // The measures in the order `unfold metrics --perception` prints them.
        QCOMPARE(matches.columns.mid(matches.columns.indexOf(QStringLiteral("count_gap_a"))),
                 (QStringList{QStringLiteral("count_gap_a"), QStringLiteral("count_gap_b"),
                              QStringLiteral("depth_gap_a"), QStringLiteral("depth_gap_b"),
                              QStringLiteral("topic_agreement_a"), QStringLiteral("topic_agreement_b"),
                              QStringLiteral("agreement_index")}));
        QCOMPARE(matches.at(0, QStringLiteral("session_id")), QString::number(m_second.id));
        QCOMPARE(matches.at(0, QStringLiteral("partner_session_id")), QString::number(m_bensSession));
        QCOMPARE(matches.at(0, QStringLiteral("confirmed")), QStringLiteral("0")); // paired by time
        // Anna: same count and depths, topics {1st, 2nd} against {Sailing, 2nd}: 1/3. Ben: alike.
        QCOMPARE(matches.at(0, QStringLiteral("count_gap_a")), QStringLiteral("0"));
        QCOMPARE(matches.at(0, QStringLiteral("depth_gap_a")).toDouble(), 0.0);
        QCOMPARE(matches.at(0, QStringLiteral("topic_agreement_a")).toDouble(), 1.0 / 3.0);
        QCOMPARE(matches.at(0, QStringLiteral("topic_agreement_b")).toDouble(), 1.0);
        QCOMPARE(matches.at(0, QStringLiteral("agreement_index")).toDouble(),
                 100.0 * (5.0 + 1.0 / 3.0) / 6.0);
    }

    // Notes are private: left out unless the export asks for them.
    void notesOnlyWhenAsked()
    {
        const auto text = [](const QList<DataTable> &tables) {
            QByteArray all;
            for (const DataTable &table : tables)
                all += DataExport::csv(table);
            return QString::fromUtf8(all);
        };
        const QString without = text(DataExport::tables(*m_journal));
        QVERIFY(!without.contains(QLatin1String("private")));
        QVERIFY(!without.contains(QLatin1String("sister")));
        for (const DataTable &table : DataExport::tables(*m_journal)) {
            QVERIFY2(!table.columnNames().contains(QLatin1String("notes")), qPrintable(table.name));
            QVERIFY2(!table.columnNames().contains(QLatin1String("note")), qPrintable(table.name));
        }
        QVERIFY(!without.contains(QLatin1String("Ben's private evening"))); // the partner's, likewise
        const QString with = text(DataExport::tables(*m_journal, true));
        QVERIFY(with.contains(QLatin1String("Ben's private evening")));
        QVERIFY(with.contains(QLatin1String("therapist: private")));
        QVERIFY(with.contains(QLatin1String("mentioned her sister")));
    }

    // The folder's tables are replaced together: a disk that fills while the fourth table is
    // renamed in leaves every table of the earlier export as it was.
    void aFailedCsvExportKeepsTheEarlierTables()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("tables"));
        QString error;
        const mode_t before = ::umask(022);
        QVERIFY2(DataExport::writeCsvFolder(DataExport::tables(*m_journal), folder, &error),
                 qPrintable(error));
        QCOMPARE(modeOf(folder), 0700);
        QMap<QString, QByteArray> earlier;
        for (const QString &name : QDir(folder).entryList(QDir::Files | QDir::Hidden)) {
            QFile file(QDir(folder).filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            earlier.insert(name, file.readAll());
            QCOMPARE(modeOf(file.fileName()), 0600);
        }
        QCOMPARE(earlier.size(), 16);

        Session more{0, m_journal->relationships().first().id, QDateTime::currentDateTimeUtc(), {}, {}, {}};
        QVERIFY(m_journal->saveSession(more));
        PrivateFiles::failNextAt(PrivateFiles::Step::Rename, ENOSPC, 4);
        QVERIFY(!DataExport::writeCsvFolder(DataExport::tables(*m_journal), folder, &error));
        PrivateFiles::clearFaults();
        ::umask(before);
        QVERIFY2(error.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))), qPrintable(error));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList(earlier.keys()));
        for (auto it = earlier.cbegin(); it != earlier.cend(); ++it) {
            QFile file(QDir(folder).filePath(it.key()));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), it.value());
        }
        QVERIFY(m_journal->removeSession(more.id));
    }

    void unwritablePathLeavesNothing()
    {
        const QString blocker = m_dir.filePath(QStringLiteral("afile"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QString error;
        QVERIFY(!DataExport::writeCsvFolder(DataExport::tables(*m_journal), blocker, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!DataExport::writeJson(DataExport::tables(*m_journal),
                                       m_dir.filePath(QStringLiteral("none/x.json")), &error));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none"))));
    }
};

QTEST_GUILESS_MAIN(TestDataExport)
#include "test_data_export.moc"
