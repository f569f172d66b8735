// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalKey.h"

#include <QDir>
#include <QFile>

#include <atomic>
#include <sodium.h>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace unfold {

namespace {

constexpr char magic[] = {'U', 'N', 'F', 'e'};
constexpr int minimumPasses = 3;      // the floor DESIGN.md §4 sets: at least 3 passes ...
constexpr int minimumMemoryLog2 = 26; // ... and at least 64 MiB
constexpr int maximumMemoryLog2 = 32; // a hostile header cannot ask for more than 4 GiB
constexpr int maximumPasses = 64;

std::atomic<int> keysAlive{0};
// Whether the process was dumpable before the first key: given back when the last key is gone.
int dumpableBefore = 1;

void keyBorn()
{
    if (keysAlive.fetch_add(1) == 0) {
        dumpableBefore = prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
        prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
        // No core file either, and for good: a lowered hard limit cannot be raised again, and a
        // journal app has no use for core files.
        const rlimit none{0, 0};
        setrlimit(RLIMIT_CORE, &none);
    }
}

void keyGone()
{
    if (keysAlive.fetch_sub(1) == 1)
        prctl(PR_SET_DUMPABLE, dumpableBefore > 0 ? 1 : 0, 0, 0, 0);
}

// Wipes a byte array's own buffer before it is freed.
struct Wiped
{
    QByteArray bytes;
    ~Wiped()
    {
        if (!bytes.isEmpty())
            sodium_memzero(bytes.data(), size_t(bytes.size()));
    }
};

} // namespace

KeyParameters KeyParameters::fresh()
{
    KeyParameters p;
    p.salt = QByteArray(saltSize, '\0');
    auto *bytes = reinterpret_cast<unsigned char *>(p.salt.data());
    std::copy(std::begin(magic), std::end(magic), p.salt.begin());
    bytes[4] = static_cast<unsigned char>(p.algorithm);
    bytes[5] = static_cast<unsigned char>(p.passes);
    bytes[6] = static_cast<unsigned char>(p.memoryLog2);
    bytes[7] = 0;
    if (sodium_init() < 0)
        return {};
    randombytes_buf(bytes + 8, saltSize - 8);
    return p;
}

bool KeyParameters::looksEncrypted(const QByteArray &firstBytes)
{
    return firstBytes.size() >= saltSize && firstBytes.startsWith(QByteArrayView(magic, sizeof magic));
}

std::optional<KeyParameters> KeyParameters::fromHeader(const QByteArray &firstBytes)
{
    if (!looksEncrypted(firstBytes))
        return std::nullopt;
    const auto *bytes = reinterpret_cast<const unsigned char *>(firstBytes.constData());
    KeyParameters p;
    p.algorithm = bytes[4];
    p.passes = bytes[5];
    p.memoryLog2 = bytes[6];
    p.salt = firstBytes.left(saltSize);
    // Parameters outside these bounds come from a newer Unfold or from a hostile file: either way
    // they are not derived (a huge memory cost would be a way to stop the machine).
    if (p.algorithm != currentAlgorithm || p.passes < minimumPasses || p.passes > maximumPasses ||
        p.memoryLog2 < minimumMemoryLog2 || p.memoryLog2 > maximumMemoryLog2)
        return std::nullopt;
    return p;
}

JournalKey::~JournalKey()
{
    if (m_spec) {
        sodium_free(m_spec); // zeroes the memory before it is released
        keyGone();
    }
}

bool JournalKey::sameAs(const JournalKey &other) const
{
    return m_specSize == other.m_specSize && sodium_memcmp(m_spec, other.m_spec, size_t(m_specSize)) == 0;
}

int JournalKey::liveKeys()
{
    return keysAlive.load();
}

std::unique_ptr<JournalKey> JournalKey::derive(const QString &passphrase, const KeyParameters &parameters,
                                               QString *error)
{
    if (sodium_init() < 0) {
        *error = tr("The encryption library could not start.");
        return nullptr;
    }
    if (parameters.salt.size() != KeyParameters::saltSize ||
        parameters.algorithm != KeyParameters::currentAlgorithm) {
        *error = tr("This journal's key is derived in a way this version of Unfold does not know.");
        return nullptr;
    }
    std::unique_ptr<JournalKey> key(new JournalKey);
    key->m_parameters = parameters;
    // "x'" + 64 hex digits of key + 32 of salt + "'" and a terminating zero.
    key->m_specSize = 2 + 2 * keySize + 2 * KeyParameters::saltSize + 1;
    key->m_spec = static_cast<char *>(sodium_malloc(size_t(key->m_specSize) + 1));
    auto *raw = static_cast<unsigned char *>(sodium_malloc(keySize));
    if (!key->m_spec || !raw) {
        if (raw)
            sodium_free(raw);
        if (key->m_spec)
            sodium_free(std::exchange(key->m_spec, nullptr));
        *error = tr("Not enough protected memory to hold the key.");
        return nullptr;
    }
    keyBorn();

    const Wiped utf8{passphrase.toUtf8()};
    const auto *salt = reinterpret_cast<const unsigned char *>(parameters.salt.constData());
    const unsigned long long memory = 1ULL << parameters.memoryLog2;
    if (crypto_pwhash(raw, keySize, utf8.bytes.constData(),
                      static_cast<unsigned long long>(utf8.bytes.size()), salt,
                      static_cast<unsigned long long>(parameters.passes), size_t(memory),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        sodium_free(raw);
        *error = tr("Not enough memory to derive the key (%1 MiB are needed).").arg(memory >> 20);
        return nullptr;
    }
    char *spec = key->m_spec;
    spec[0] = 'x';
    spec[1] = '\'';
    sodium_bin2hex(spec + 2, 2 * keySize + 1, raw, keySize);
    sodium_bin2hex(spec + 2 + 2 * keySize, 2 * KeyParameters::saltSize + 1, salt, KeyParameters::saltSize);
    spec[key->m_specSize - 1] = '\'';
    spec[key->m_specSize] = '\0';
    sodium_free(raw);
    return key;
}

std::unique_ptr<JournalKey> JournalKey::forJournal(const QString &path, const QString &passphrase,
                                                   QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return nullptr;
    }
    const QByteArray header = file.read(KeyParameters::saltSize);
    const auto parameters = KeyParameters::fromHeader(header);
    if (!parameters) {
        *error = KeyParameters::looksEncrypted(header)
                     ? tr("%1 is encrypted in a way this version of Unfold does not know. Update Unfold "
                          "to open it.")
                           .arg(QDir::toNativeSeparators(path))
                     : tr("%1 is not an encrypted Unfold journal.").arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    return derive(passphrase, *parameters, error);
}

} // namespace unfold
