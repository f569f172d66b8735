// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataFileChecker.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

namespace unfold {

std::optional<QByteArray> DataFileChecker::read(const QString &path, qint64 largest, const QString &tooLarge,
                                                QList<InstrumentProblem> *problems)
{
    problems->clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append({path, {}, tr("cannot be read: %1").arg(file.errorString())});
        return std::nullopt;
    }
    // A file of a few pages: a huge one is not one of them and is not read into memory.
    if (file.size() > largest) {
        problems->append({path, {}, tooLarge});
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<QJsonObject> DataFileChecker::object(const QByteArray &json, const QString &fileName,
                                                   QList<InstrumentProblem> *problems)
{
    problems->clear();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        problems->append(
            {fileName,
             {},
             tr("is not valid JSON at character %1: %2").arg(error.offset).arg(error.errorString())});
        return std::nullopt;
    }
    if (!document.isObject()) {
        problems->append({fileName, {}, tr("must hold one JSON object")});
        return std::nullopt;
    }
    return document.object();
}

bool DataFileChecker::problemsAt(const QString &field) const
{
    for (const InstrumentProblem &p : problems) {
        if (p.field.startsWith(field))
            return true;
    }
    return false;
}

void DataFileChecker::allowOnly(const QJsonObject &object, std::initializer_list<const char *> keys,
                                const QString &at)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char *key : keys)
            known = known || it.key() == QLatin1String(key);
        if (!known)
            add(at.isEmpty() ? it.key() : at + QLatin1Char('.') + it.key(), m_notAField);
    }
}

QString DataFileChecker::identifier(const QJsonValue &value, const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    if (!value.isString())
        add(field, value.isUndefined() ? tr("is missing") : tr("must be text"));
    else if (!pattern.match(value.toString()).hasMatch())
        add(field, tr("must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"));
    return value.toString();
}

LocalizedText DataFileChecker::localized(const QJsonValue &value, const QString &field)
{
    LocalizedText text;
    if (value.isString()) {
        text.byLanguage.insert(QStringLiteral("en"), value.toString());
    } else if (value.isObject()) {
        static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!language.match(it.key()).hasMatch())
                add(field + QLatin1Char('.') + it.key(),
                    tr("is not a language code such as \"en\" or \"de\""));
            else if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                add(field + QLatin1Char('.') + it.key(), tr("must be non-empty text"));
            else
                text.byLanguage.insert(it.key(), it.value().toString());
        }
    } else {
        add(field, value.isUndefined() ? tr("is missing") : tr("must be text or an object of translations"));
        return text;
    }
    // Not twice: a mistyped "en" key was already reported above.
    if (text.byLanguage.value(QStringLiteral("en")).trimmed().isEmpty() && !problemsAt(field))
        add(field, tr("needs an English (\"en\") text"));
    return text;
}

int DataFileChecker::version(const QJsonValue &value)
{
    if (!isWhole(value) || value.toInt() < 1) {
        add(QStringLiteral("version"), tr("must be a whole number from 1 on"));
        return 1;
    }
    return value.toInt();
}

} // namespace unfold
