// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace unfold {

// The sealed envelope of an exchange file (DESIGN.md §2.3): what one partner's journal sends to
// the other's, encrypted and authenticated with a passphrase the two agreed on. No server and no
// network: the file travels however the two choose, so it must be safe in anyone's hands.
//
//   bytes  0–7    "UNFOLDXC"  marks an exchange file
//   byte   8      1           the envelope's format; a newer one is refused with a clear message
//   byte   9      1           the derivation: Argon2id 1.3 (libsodium crypto_pwhash)
//   byte  10      passes      Argon2id's time cost (1..10)
//   byte  11      log2 of the memory in bytes (13..30)
//   bytes 12–15   0           reserved
//   bytes 16–31   random      the Argon2id salt
//   bytes 32–55   random      the XChaCha20-Poly1305 nonce
//   bytes 56–71   check       keyed BLAKE2b of a fixed text: tells a wrong passphrase from a
//                             changed file without decrypting anything
//   bytes 72–     the compressed content, encrypted; the whole header is its additional data,
//                 so changing any byte of the file is detected
namespace ExchangeFile {

inline constexpr int headerSize = 72;
inline constexpr int currentFormat = 1;
// A partner's account of years of sessions is a few MiB; far more is not an exchange file.
inline constexpr qint64 largestFile = qint64(256) << 20;

enum class Problem
{
    None,
    NotExchange, // not an Unfold exchange file at all
    NewerFormat, // written by a newer Unfold
    WrongPassphrase,
    Changed,     // the passphrase fits, but the file was altered or cut short after it was written
    Unsupported, // the encryption library or its memory is unavailable
};

struct Strength
{
    int passes = 3;
    int memoryLog2 = 27; // as a journal's key: 128 MiB
};

// Encrypts `content`. Empty (with `error`) when the encryption library cannot run.
QByteArray seal(const QByteArray &content, const QString &passphrase, QString *error, Strength strength = {});
// Decrypts a sealed file; nullopt with `problem` (and a message for the user in `error`).
std::optional<QByteArray> open(const QByteArray &file, const QString &passphrase, Problem *problem,
                               QString *error);
// True when `bytes` begin as an exchange file does (of any format).
bool looksLikeExchange(const QByteArray &bytes);

} // namespace ExchangeFile
} // namespace unfold
