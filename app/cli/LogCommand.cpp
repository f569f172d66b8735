// SPDX-License-Identifier: GPL-3.0-or-later
// `unfold log`: logs disclosures from a terminal or a script, as the window's quick entry does.
// Each entry is its own transaction, acknowledged on standard output only once it is on disk,
// so whatever a crash or a kill interrupts, every entry reported as logged is in the journal.
#include "DisclosureShorthand.h"
#include "Journal.h"
#include "JournalArgument.h"
#include "ParserErrors.h"
#include "RelationshipArgument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace unfold::cli {

namespace {

// A line of standard input longer than this is not a quick entry.
constexpr qint64 longestEntryLine = 64 * 1024;

std::optional<SessionContext> contextFromArgument(const QString &text)
{
    for (const SessionContext c :
         {SessionContext::InPerson, SessionContext::Video, SessionContext::Phone, SessionContext::Text})
        if (sessionContextKey(c) == text)
            return c;
    return std::nullopt;
}

// The topics as the quick entry numbers them: the visible ones, in the order the list shows.
QList<Topic> numberedTopics(const Journal &journal)
{
    QList<Topic> topics;
    for (const Topic &t : journal.topics())
        if (!t.hidden)
            topics.append(t);
    return topics;
}

// The session entries go to: an existing one of the relationship, or a new one (committed
// before any entry, so its id can be acknowledged first). 0 after complaining.
qint64 sessionFor(const Invocation &invocation, Journal &journal, qint64 relationshipId, qint64 wantedId,
                  std::optional<Session> newSession)
{
    if (newSession) {
        newSession->relationshipId = relationshipId;
        if (!journal.saveSession(*newSession)) {
            complain(invocation, tr("the new session could not be saved: %1").arg(journal.lastError()),
                     Failure);
            return 0;
        }
        return newSession->id;
    }
    const QList<SessionSummary> sessions = journal.sessionSummaries(relationshipId);
    if (wantedId == 0) {
        if (sessions.isEmpty()) {
            complain(invocation, tr("this relationship has no session yet; start one with --new-session"),
                     Failure);
            return 0;
        }
        return sessions.last().session.id; // in start order: the latest
    }
    for (const SessionSummary &s : sessions)
        if (s.session.id == wantedId)
            return wantedId;
    complain(invocation, tr("there is no session %1 in this relationship").arg(wantedId), Failure);
    return 0;
}

} // namespace

int runLog(const Invocation &invocation)
{
    QCommandLineParser parser;
    const JournalArgument journalArgument(tr("The journal to log in."));
    journalArgument.addTo(parser);
    const QCommandLineOption relationship = relationshipOption();
    const QCommandLineOption sessionOption(QStringLiteral("session"),
                                           tr("Log in the session with this id (default: the latest)."),
                                           QStringLiteral("ID"));
    const QCommandLineOption newSessionOption(QStringLiteral("new-session"),
                                              tr("Start a new session and log in it."));
    const QCommandLineOption startOption(QStringLiteral("start"),
                                         tr("When the new session began, as ISO 8601 (default: now)."),
                                         QStringLiteral("TIME"));
    const QCommandLineOption contextOption(
        QStringLiteral("context"),
        tr("How the new session took place: in-person (default), video, phone or text."),
        QStringLiteral("CONTEXT"));
    parser.addOptions({relationship, sessionOption, newSessionOption, startOption, contextOption});
    parser.addPositionalArgument(
        QStringLiteral("ENTRY"),
        tr("A disclosure in the quick-entry shorthand: who (a or b), the topic's number, the depth, then an "
           "optional note, e.g. \"a42 talked about work\". '-' reads one entry per line from standard "
           "input."),
        QStringLiteral("ENTRY…"));
    if (int code =
            parseOrExit(parser, invocation,
                        tr("Logs disclosures in a session, each saved on its own. Prints the session's "
                           "id, then the id of each disclosure once it is saved."),
                        Positional::Allowed);
        code >= 0)
        return code;
    if (int code = requireOptions(parser, invocation, {&journalArgument.journal, &relationship}); code >= 0)
        return code;
    const QStringList entries = parser.positionalArguments();
    const bool fromInput = entries.contains(QStringLiteral("-"));
    if (entries.isEmpty() && !parser.isSet(newSessionOption))
        return complain(invocation, tr("give at least one ENTRY to log, such as \"a42\""), UsageError);
    if (fromInput && entries.size() > 1)
        return complain(invocation, tr("'-' reads every entry from standard input; give no other ENTRY"),
                        UsageError);
    if (parser.isSet(sessionOption) && parser.isSet(newSessionOption))
        return complain(invocation, tr("give either --session or --new-session, not both"), UsageError);
    if ((parser.isSet(startOption) || parser.isSet(contextOption)) && !parser.isSet(newSessionOption))
        return complain(invocation, tr("--start and --context describe a new session: add --new-session"),
                        UsageError);
    qint64 sessionId = sessionIdOf(invocation, parser, sessionOption);
    if (sessionId < 0)
        return UsageError;
    std::optional<Session> newSession;
    if (parser.isSet(newSessionOption)) {
        newSession = Session{};
        const QDateTime now = QDateTime::currentDateTime();
        newSession->start = QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()));
        if (parser.isSet(startOption)) {
            newSession->start = QDateTime::fromString(parser.value(startOption), Qt::ISODate);
            if (!newSession->start.isValid())
                return complain(invocation,
                                tr("--start needs a date and time in ISO 8601, such as 2026-03-14T18:30 (got "
                                   "'%1')")
                                    .arg(parser.value(startOption)),
                                UsageError);
        }
        if (parser.isSet(contextOption)) {
            const auto context = contextFromArgument(parser.value(contextOption));
            if (!context)
                return complain(invocation,
                                tr("unknown context '%1' (choose in-person, video, phone or text)")
                                    .arg(parser.value(contextOption)),
                                UsageError);
            newSession->context = *context;
        }
    }

    int exitCode = Success;
    auto journal = openJournalForEditing(invocation, parser, journalArgument, &exitCode);
    if (!journal)
        return exitCode;
    // The entries stay saved when a backup that was due fails, but the user must hear of it.
    bool backupFailed = false;
    QObject::connect(journal.get(), &Journal::backupFailed, journal.get(), [&](const QString &message) {
        backupFailed = true;
        complain(invocation, tr("the entries are saved, but the backup that was due failed: %1").arg(message),
                 Failure);
    });
    const qint64 relationshipId = findRelationship(invocation, *journal, parser.value(relationship));
    if (relationshipId == 0)
        return Failure;
    const QList<Topic> topics = numberedTopics(*journal);

    // Every entry given as an argument is read before anything is written: a typo in the third
    // logs none of them, rather than two.
    QList<DisclosureShorthand::Entry> parsed;
    if (!fromInput) {
        for (const QString &text : entries) {
            QString error;
            const auto entry =
                DisclosureShorthand::parse(text, int(topics.size()), journal->layerCount(), &error);
            if (!entry)
                return complain(invocation, tr("\"%1\" is not an entry: %2").arg(text, error), UsageError);
            parsed.append(*entry);
        }
    }

    sessionId = sessionFor(invocation, *journal, relationshipId, sessionId, newSession);
    if (sessionId == 0)
        return Failure;
    invocation.out << sessionId << Qt::endl;

    int position = int(journal->disclosures(sessionId).size());
    auto logOne = [&](const DisclosureShorthand::Entry &entry, const QString &text) {
        Disclosure d;
        d.sessionId = sessionId;
        d.position = position;
        d.speaker = entry.speaker;
        d.topicId = topics.at(entry.topicNumber - 1).id;
        d.depth = entry.depth;
        d.note = entry.note;
        if (!journal->saveDisclosure(d)) {
            complain(invocation,
                     tr("\"%1\" was not logged (the entries before it are saved): %2")
                         .arg(text, journal->lastError()),
                     Failure);
            return false;
        }
        ++position;
        // Flushed at once: a line on standard output means the entry is on disk.
        invocation.out << d.id << Qt::endl;
        return true;
    };
    if (!fromInput) {
        for (qsizetype i = 0; i < parsed.size(); ++i)
            if (!logOne(parsed.at(i), entries.at(i)))
                return Failure;
        journal->finishBackups(); // the backup is made on a thread of its own
        return backupFailed ? Failure : Success;
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return complain(invocation, tr("cannot read standard input: %1").arg(input.errorString()), Failure);
    int lineNumber = 0;
    while (true) {
        QByteArray line = input.readLine(longestEntryLine + 2);
        if (line.isEmpty())
            break;
        ++lineNumber;
        if (!line.endsWith('\n') && line.size() > longestEntryLine)
            return complain(
                invocation,
                tr("line %1 of standard input is longer than %2 bytes; nothing from it was logged")
                    .arg(lineNumber)
                    .arg(longestEntryLine),
                Failure);
        const QString text = QString::fromUtf8(line).trimmed();
        if (text.isEmpty())
            continue;
        QString error;
        const auto entry =
            DisclosureShorthand::parse(text, int(topics.size()), journal->layerCount(), &error);
        if (!entry)
            return complain(invocation,
                            tr("line %1 of standard input, \"%2\", was not logged (the lines before it are "
                               "saved): %3")
                                .arg(lineNumber)
                                .arg(text, error),
                            Failure);
        if (!logOne(*entry, text))
            return Failure;
    }
    journal->finishBackups();
    return backupFailed ? Failure : Success;
}

} // namespace unfold::cli
