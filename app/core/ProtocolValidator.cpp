// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtocolValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace unfold {

namespace {

// A round longer than two hours is almost certainly a typo for seconds.
constexpr int longestRound = 120;

// Walks a parsed file once, collecting every problem and building the protocol as it goes.
class ProtocolChecker final
{
    // Its messages are the validator's: one context for the translators and at run time.
    Q_DECLARE_TR_FUNCTIONS(unfold::ProtocolValidator)

public:
    explicit ProtocolChecker(const QString &file) : m_file(file) {}

    QList<ProtocolProblem> problems;
    Protocol protocol;

    void check(const QJsonObject &root)
    {
        allowOnly(root, {"id", "version", "title", "instructions", "checkin", "rounds"}, {});
        protocol.id = identifier(root.value(QLatin1String("id")), QStringLiteral("id"));
        const QJsonValue version = root.value(QLatin1String("version"));
        if (!isWhole(version) || version.toInt() < 1)
            add(QStringLiteral("version"), tr("must be a whole number from 1 on"));
        else
            protocol.version = version.toInt();
        protocol.title = localized(root.value(QLatin1String("title")), QStringLiteral("title"));
        protocol.instructions =
            localized(root.value(QLatin1String("instructions")), QStringLiteral("instructions"));
        if (root.contains(QLatin1String("checkin")))
            protocol.checkinInstrument =
                identifier(root.value(QLatin1String("checkin")), QStringLiteral("checkin"));
        const QJsonValue rounds = root.value(QLatin1String("rounds"));
        if (!rounds.isArray()) {
            add(QStringLiteral("rounds"), rounds.isUndefined() ? tr("is missing") : tr("must be a list"));
            return;
        }
        const QJsonArray list = rounds.toArray();
        // A protocol with nothing to do would end as soon as it starts.
        if (list.isEmpty() && protocol.checkinInstrument.isEmpty())
            add(QStringLiteral("rounds"),
                tr("is empty and no \"checkin\" is given: the protocol has nothing to do"));
        for (qsizetype i = 0; i < list.size(); ++i)
            checkRound(list.at(i), QStringLiteral("rounds[%1]").arg(i));
    }

private:
    void add(const QString &field, const QString &message) { problems.append({m_file, field, message}); }
    static bool isWhole(const QJsonValue &v) { return v.isDouble() && v.toDouble() == double(v.toInt()); }

    void allowOnly(const QJsonObject &object, std::initializer_list<const char *> keys, const QString &at)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (const char *key : keys)
                known = known || it.key() == QLatin1String(key);
            // A misspelt "minutes" would silently run the default, so unknown fields are refused.
            if (!known)
                add(at.isEmpty() ? it.key() : at + QLatin1Char('.') + it.key(),
                    tr("is not a field of a protocol"));
        }
    }

    QString identifier(const QJsonValue &value, const QString &field)
    {
        static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
        if (!value.isString())
            add(field, value.isUndefined() ? tr("is missing") : tr("must be text"));
        else if (!pattern.match(value.toString()).hasMatch())
            add(field,
                tr("must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"));
        return value.toString();
    }

    LocalizedText localized(const QJsonValue &value, const QString &field)
    {
        static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
        LocalizedText text;
        if (value.isString()) {
            text.byLanguage.insert(QStringLiteral("en"), value.toString());
        } else if (value.isObject()) {
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
            add(field,
                value.isUndefined() ? tr("is missing") : tr("must be text or an object of translations"));
            return text;
        }
        if (text.byLanguage.value(QStringLiteral("en")).trimmed().isEmpty())
            add(field, tr("needs an English (\"en\") text"));
        return text;
    }

    void checkRound(const QJsonValue &value, const QString &at)
    {
        if (!value.isObject()) {
            add(at, tr("must be an object"));
            return;
        }
        const QJsonObject object = value.toObject();
        allowOnly(object, {"id", "title", "layer", "minutes", "prompts"}, at);
        ProtocolRound round;
        round.id = identifier(object.value(QLatin1String("id")), at + QStringLiteral(".id"));
        for (const ProtocolRound &earlier : std::as_const(protocol.rounds)) {
            if (earlier.id == round.id)
                add(at + QStringLiteral(".id"), tr("\"%1\" is used by an earlier round").arg(round.id));
        }
        round.title = localized(object.value(QLatin1String("title")), at + QStringLiteral(".title"));
        const QString layer = object.value(QLatin1String("layer")).toString();
        if (layer == QLatin1String("intermediate"))
            round.layer = ProtocolLayer::Intermediate;
        else if (layer == QLatin1String("core"))
            round.layer = ProtocolLayer::Core;
        else if (layer != QLatin1String("peripheral"))
            add(at + QStringLiteral(".layer"), tr("must be \"peripheral\", \"intermediate\" or \"core\""));
        const QJsonValue minutes = object.value(QLatin1String("minutes"));
        if (!isWhole(minutes) || minutes.toInt() < 1 || minutes.toInt() > longestRound)
            add(at + QStringLiteral(".minutes"), tr("must be a whole number from 1 to %1").arg(longestRound));
        else
            round.minutes = minutes.toInt();
        const QJsonValue prompts = object.value(QLatin1String("prompts"));
        if (!prompts.isArray() || prompts.toArray().isEmpty()) {
            add(at + QStringLiteral(".prompts"),
                prompts.isUndefined() ? tr("is missing") : tr("must be a non-empty list"));
        } else {
            const QJsonArray list = prompts.toArray();
            for (qsizetype i = 0; i < list.size(); ++i)
                round.prompts.append(
                    prompt(list.at(i).toObject(), round, at + QStringLiteral(".prompts[%1]").arg(i)));
        }
        protocol.rounds.append(round);
    }

    ProtocolPrompt prompt(const QJsonObject &object, const ProtocolRound &round, const QString &at)
    {
        allowOnly(object, {"id", "topic", "text"}, at);
        ProtocolPrompt p;
        p.id = identifier(object.value(QLatin1String("id")), at + QStringLiteral(".id"));
        for (const ProtocolPrompt &earlier : round.prompts) {
            if (earlier.id == p.id)
                add(at + QStringLiteral(".id"),
                    tr("\"%1\" is used by an earlier prompt of this round").arg(p.id));
        }
        const QStringList keys = protocolTopicKeys();
        p.topicIndex = int(keys.indexOf(object.value(QLatin1String("topic")).toString()));
        if (p.topicIndex < 0)
            add(at + QStringLiteral(".topic"), tr("must be one of %1").arg(keys.join(QStringLiteral(", "))));
        p.text = localized(object.value(QLatin1String("text")), at + QStringLiteral(".text"));
        return p;
    }

    QString m_file;
};

} // namespace

std::optional<Protocol> ProtocolValidator::parse(const QByteArray &json, const QString &fileName,
                                                 QList<ProtocolProblem> *problems)
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
    ProtocolChecker checker(fileName);
    checker.check(document.object());
    if (!checker.problems.isEmpty()) {
        *problems = checker.problems;
        return std::nullopt;
    }
    checker.protocol.sourceFile = fileName;
    return checker.protocol;
}

std::optional<Protocol> ProtocolValidator::load(const QString &path, QList<ProtocolProblem> *problems)
{
    problems->clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append({path, {}, tr("cannot be read: %1").arg(file.errorString())});
        return std::nullopt;
    }
    // A protocol is a few pages of text; a huge file is not one and is not read into memory.
    constexpr qint64 largestProtocol = 4 * 1024 * 1024;
    if (file.size() > largestProtocol) {
        problems->append({path, {}, tr("is too large to be a protocol")});
        return std::nullopt;
    }
    return parse(file.readAll(), path, problems);
}

} // namespace unfold
