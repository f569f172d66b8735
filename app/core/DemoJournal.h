// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace unfold {

class JournalStore;

class JournalKey;

// Deterministic journals for trying Unfold out, for tests and for benchmarks.
class DemoJournal final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::DemoJournal)

public:
    enum class Profile
    {
        Personal, // 4 relationships over months that show the theory at work
        Heavy,    // 20 relationships × 180 sessions × 10 disclosures (DESIGN.md §6)
        Caseload, // 100 client couples × 50 sessions × 20 disclosures
        Decade,   // a practice's ten years: 1,000 client couples × 50 sessions × 20 disclosures
    };

    static std::optional<Profile> profileFromName(const QString &name);

    // Writes the journal to `path`. Refuses an existing file unless `overwrite`; even then the
    // old file is replaced only once the new one is complete. The same seed gives the same content.
    static bool write(const QString &path, Profile profile, quint64 seed, bool overwrite, QString *error,
                      std::shared_ptr<const JournalKey> key = {}); // with a key: encrypted

    // What every written demo shares: refuses an existing `path` unless `overwrite`, fills a new
    // journal beside it with `fill` in one transaction, and only then puts it in place, so a
    // failure leaves any earlier file as it was and no temporary behind.
    static bool writeNew(const QString &path, bool overwrite, const std::function<bool(JournalStore &)> &fill,
                         QString *error, std::shared_ptr<const JournalKey> key = {});
};

} // namespace unfold
