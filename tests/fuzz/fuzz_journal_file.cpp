// SPDX-License-Identifier: GPL-3.0-or-later
// A journal is a file people mail, sync and restore: any bytes are refused with a message by the
// full check, or open read-only and read in full, every record, without a crash. What the check
// accepts must open; reading never writes beside the file.

#include "FuzzInput.h"
#include "Journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

using namespace unfold;

namespace {
QTemporaryDir *folder = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    static QTemporaryDir dir;
    fuzz::require(dir.isValid());
    folder = &dir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = folder->filePath(QStringLiteral("fuzz.unfold"));
    {
        QFile file(path);
        fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        fuzz::require(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
    }
    int version = 0;
    const JournalProblem problem = JournalStore::inspect(path, &version, true);
    if (problem) {
        fuzz::require(!problem.message.isEmpty());
    } else {
        JournalProblem openProblem;
        auto journal = Journal::open(path, JournalStore::Access::ReadOnly, QString(), &openProblem);
        // An older format passes the check but is shown only after an upgrade.
        fuzz::require(journal || !openProblem.message.isEmpty());
        if (journal) {
            for (const Relationship &relationship : journal->relationships()) {
                journal->relationshipTitle(relationship);
                journal->timelineEvents(relationship.id);
                journal->answersOfRelationship(relationship.id);
                for (const SessionSummary &summary : journal->sessionSummaries(relationship.id))
                    journal->sessionRecord(summary.session.id);
            }
        }
    }
    // Only the input itself is in the folder: no journal, lock or temporary beside it.
    fuzz::require(QDir(folder->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot) ==
                  QStringList{QStringLiteral("fuzz.unfold")});
    return 0;
}
