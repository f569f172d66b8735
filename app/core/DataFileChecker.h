// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Instrument.h"
#include "InstrumentValidator.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <initializer_list>
#include <optional>

namespace unfold {

// What the instrument and the protocol validators share: a file's problems collected as it is
// walked once, the checks of the fields both kinds have (only known fields, whole numbers, ids,
// texts in several languages), and reading a file as one JSON object. Each validator's checker
// derives from it and adds the fields of its own kind.
class DataFileChecker
{
    Q_DECLARE_TR_FUNCTIONS(unfold::DataFileChecker)

public:
    QList<InstrumentProblem> problems;

    // The bytes at `path`, when it can be read and holds at most `largest` bytes; otherwise
    // nothing, with the reason (`tooLarge` for a file past the size) in `problems`.
    static std::optional<QByteArray> read(const QString &path, qint64 largest, const QString &tooLarge,
                                          QList<InstrumentProblem> *problems);
    // `json` as one JSON object, or nothing with the reason in `problems`.
    static std::optional<QJsonObject> object(const QByteArray &json, const QString &fileName,
                                             QList<InstrumentProblem> *problems);

protected:
    // `notAField`: how an unknown field is refused ("is not a field of an instrument").
    DataFileChecker(const QString &file, const QString &notAField) : m_file(file), m_notAField(notAField) {}

    void add(const QString &field, const QString &message) { problems.append({m_file, field, message}); }
    static bool isWhole(const QJsonValue &v) { return v.isDouble() && v.toDouble() == double(v.toInt()); }
    bool problemsAt(const QString &field) const;

    // Unknown fields are refused: a misspelt "reverse" or "minutes" would silently mean the default.
    void allowOnly(const QJsonObject &object, std::initializer_list<const char *> keys, const QString &at);
    // 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.
    QString identifier(const QJsonValue &value, const QString &field);
    // A text, or an object of texts by language code; English is required.
    LocalizedText localized(const QJsonValue &value, const QString &field);
    // A version: a whole number from 1 on (1 when it is not one, with the problem noted).
    int version(const QJsonValue &value);

private:
    QString m_file;
    QString m_notAField;
};

} // namespace unfold
