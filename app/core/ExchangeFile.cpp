// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeFile.h"

#include <sodium.h>

#include <cstring>

namespace unfold::ExchangeFile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("unfold::ExchangeFile", text);
}

constexpr char magic[] = "UNFOLDXC";
constexpr int magicSize = 8;
constexpr int algorithmArgon2id = 1;
constexpr int saltOffset = 16;
constexpr int nonceOffset = 32;
constexpr int checkOffset = 56;
constexpr int checkSize = 16;
constexpr int keySize = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
static_assert(crypto_pwhash_SALTBYTES == 16);
static_assert(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES == 24);
static_assert(checkOffset + checkSize == headerSize);
// Fixed text whose keyed hash is the passphrase check: a separate purpose from the content key's.
constexpr char checkContext[] = "unfold exchange passphrase check";

// The derived key, in guarded memory for as long as it is needed and wiped after.
class Key
{
public:
    Key() : m_bytes(static_cast<unsigned char *>(sodium_malloc(keySize))) {}
    ~Key()
    {
        if (m_bytes)
            sodium_free(m_bytes);
    }
    Key(const Key &) = delete;
    Key &operator=(const Key &) = delete;

    unsigned char *bytes() const { return m_bytes; }
    bool derive(const QString &passphrase, const unsigned char *salt, int passes, int memoryLog2)
    {
        QByteArray utf8 = passphrase.toUtf8();
        const bool ok = m_bytes && crypto_pwhash(m_bytes, keySize, utf8.constData(),
                                                 static_cast<unsigned long long>(utf8.size()), salt,
                                                 static_cast<unsigned long long>(passes),
                                                 size_t(1) << memoryLog2, crypto_pwhash_ALG_ARGON2ID13) == 0;
        sodium_memzero(utf8.data(), size_t(utf8.size()));
        return ok;
    }
    void check(unsigned char *out) const
    {
        crypto_generichash(out, checkSize, reinterpret_cast<const unsigned char *>(checkContext),
                           sizeof checkContext - 1, m_bytes, keySize);
    }

private:
    unsigned char *m_bytes;
};

const unsigned char *bytesOf(const QByteArray &a, int offset = 0)
{
    return reinterpret_cast<const unsigned char *>(a.constData()) + offset;
}

std::optional<QByteArray> fail(Problem *problem, Problem what, QString *error, const QString &message)
{
    *problem = what;
    *error = message;
    return std::nullopt;
}

} // namespace

bool looksLikeExchange(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayView(magic, magicSize));
}

QByteArray seal(const QByteArray &content, const QString &passphrase, QString *error, Strength strength)
{
    if (sodium_init() < 0) {
        *error = tr("The encryption library could not start.");
        return {};
    }
    QByteArray header(headerSize, '\0');
    std::memcpy(header.data(), magic, magicSize);
    header[8] = char(currentFormat);
    header[9] = char(algorithmArgon2id);
    header[10] = char(strength.passes);
    header[11] = char(strength.memoryLog2);
    auto *h = reinterpret_cast<unsigned char *>(header.data());
    randombytes_buf(h + saltOffset, crypto_pwhash_SALTBYTES);
    randombytes_buf(h + nonceOffset, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    Key key;
    if (!key.derive(passphrase, h + saltOffset, strength.passes, strength.memoryLog2)) {
        *error = tr("Not enough memory to derive the key (%1 MiB are needed).")
                     .arg(1 << (strength.memoryLog2 - 20));
        return {};
    }
    key.check(h + checkOffset);

    // Compressed first: an account is repetitive JSON, and nothing secret depends on its size.
    const QByteArray plain = qCompress(content, 9);
    QByteArray file = header;
    file.resize(headerSize + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(file.data()) + headerSize, &written, bytesOf(plain),
        static_cast<unsigned long long>(plain.size()), bytesOf(header), headerSize, nullptr,
        bytesOf(header, nonceOffset), key.bytes());
    file.resize(headerSize + qsizetype(written));
    return file;
}

std::optional<QByteArray> open(const QByteArray &file, const QString &passphrase, Problem *problem,
                               QString *error)
{
    *problem = Problem::None;
    if (!looksLikeExchange(file))
        return fail(problem, Problem::NotExchange, error, tr("This is not an Unfold exchange file."));
    if (file.size() < 9 || int(quint8(file[8])) > currentFormat)
        return fail(problem, file.size() < 9 ? Problem::Changed : Problem::NewerFormat, error,
                    file.size() < 9 ? tr("The file is cut short: it was damaged after it was written.")
                                    : tr("This exchange file was written by a newer version of Unfold. "
                                         "Update Unfold to import it."));
    if (file.size() < headerSize + crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return fail(problem, Problem::Changed, error,
                    tr("The file is cut short: it was damaged after it was written."));
    if (file.size() > largestFile)
        return fail(problem, Problem::Changed, error, tr("The file is far larger than any exchange file."));
    const int format = quint8(file[8]);
    const int algorithm = quint8(file[9]);
    const int passes = quint8(file[10]);
    const int memoryLog2 = quint8(file[11]);
    // Bounds keep a hostile header from asking for a terabyte of memory or hours of work.
    if (format < 1 || algorithm != algorithmArgon2id || passes < 1 || passes > 10 || memoryLog2 < 13 ||
        memoryLog2 > 30 || file.mid(12, 4) != QByteArray(4, '\0'))
        return fail(problem, Problem::Changed, error,
                    tr("The file's header is damaged: it was changed after it was written."));
    if (sodium_init() < 0)
        return fail(problem, Problem::Unsupported, error, tr("The encryption library could not start."));
    Key key;
    if (!key.derive(passphrase, bytesOf(file, saltOffset), passes, memoryLog2))
        return fail(
            problem, Problem::Unsupported, error,
            tr("Not enough memory to derive the key (%1 MiB are needed).").arg(1 << (memoryLog2 - 20)));
    unsigned char check[checkSize];
    key.check(check);
    if (sodium_memcmp(check, bytesOf(file, checkOffset), checkSize) != 0)
        return fail(problem, Problem::WrongPassphrase, error,
                    tr("The passphrase does not open this file. Check it with your partner."));

    QByteArray plain(file.size() - headerSize - crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long read = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &read, nullptr, bytesOf(file, headerSize),
            static_cast<unsigned long long>(file.size() - headerSize), bytesOf(file), headerSize,
            bytesOf(file, nonceOffset), key.bytes()) != 0)
        return fail(
            problem, Problem::Changed, error,
            tr("The file was changed or damaged after it was written: nothing in it can be trusted."));
    QByteArray content = qUncompress(plain);
    sodium_memzero(plain.data(), size_t(plain.size()));
    if (content.isEmpty())
        return fail(problem, Problem::Changed, error, tr("The file's content cannot be read."));
    return content;
}

} // namespace unfold::ExchangeFile
