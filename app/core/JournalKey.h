// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace unfold {

// How a journal's key is derived from its passphrase. Kept in the journal's first 16 bytes, which
// SQLCipher stores unencrypted as the file's salt: so the parameters travel with every copy of
// the file and can grow later without breaking the files written before.
//
//   bytes 0–3   "UNFe"    marks an encrypted Unfold journal (plain journals begin "SQLite format 3")
//   byte  4     1         the derivation: Argon2id 1.3 (libsodium crypto_pwhash)
//   byte  5     passes    Argon2id's time cost
//   byte  6     log2 of the memory in bytes (26 = 64 MiB)
//   byte  7     0         reserved
//   bytes 8–15  random    unique to this journal (and changed by every re-key)
//
// The whole 16 bytes are the Argon2id salt.
// The shortest passphrase Unfold accepts for a new key, in the window and on the command line.
constexpr int minimumPassphraseLength = 8;

struct KeyParameters
{
    static constexpr int saltSize = 16;
    static constexpr int currentAlgorithm = 1;
    static constexpr int defaultPasses = 3;
    // 128 MiB: the unlock then takes about 0.4 s on a 2-core machine (bench_encryption), inside
    // DESIGN.md's 0.3–1.5 s; at 64 MiB it took 0.19 s, cheaper for a guesser too.
    static constexpr int defaultMemoryLog2 = 27;

    int algorithm = currentAlgorithm;
    int passes = defaultPasses;
    int memoryLog2 = defaultMemoryLog2;
    QByteArray salt; // all 16 bytes, header included

    // Fresh parameters with a new random salt.
    static KeyParameters fresh();
    // Reads the first bytes of a file; nullopt when they are not an encrypted journal's header.
    static std::optional<KeyParameters> fromHeader(const QByteArray &firstBytes);
    // True when `firstBytes` starts like an encrypted Unfold journal (even of a newer derivation).
    static bool looksEncrypted(const QByteArray &firstBytes);
};

// A journal's 32-byte key, derived from a passphrase, held in libsodium's guarded memory (locked
// against swapping, fenced by guard pages) and wiped when the key is destroyed. While any key
// exists the process is not dumpable and writes no core file, so the key cannot reach a dump.
class JournalKey final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::JournalKey)

public:
    static constexpr int keySize = 32;

    ~JournalKey();
    Q_DISABLE_COPY_MOVE(JournalKey)

    // Derives the key for `passphrase` with `parameters`. Null (and `error` says why) when
    // libsodium cannot start or the memory cannot be had.
    static std::unique_ptr<JournalKey> derive(const QString &passphrase, const KeyParameters &parameters,
                                              QString *error);
    // Reads the parameters from the journal at `path` and derives its key. Null when the file
    // cannot be read or is not an encrypted journal (`error` says which).
    static std::unique_ptr<JournalKey> forJournal(const QString &path, const QString &passphrase,
                                                  QString *error);

    const KeyParameters &parameters() const { return m_parameters; }
    // SQLCipher's raw-key form "x'<key><salt>'", inside guarded memory: given to sqlite3_key, so
    // neither the passphrase nor the key ever passes through SQL text.
    const char *keySpec() const { return m_spec; }
    int keySpecSize() const { return m_specSize; }

    // True when both are the same key (compared in constant time).
    bool sameAs(const JournalKey &other) const;

    // How many keys exist now (the process is not dumpable while this is above zero).
    static int liveKeys();

private:
    JournalKey() = default;

    KeyParameters m_parameters;
    char *m_spec = nullptr; // sodium_malloc'd
    int m_specSize = 0;
};

} // namespace unfold
