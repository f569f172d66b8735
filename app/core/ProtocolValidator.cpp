// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtocolValidator.h"

#include "DataFileChecker.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace unfold {

namespace {

// A round longer than two hours is almost certainly a typo for seconds.
constexpr int longestRound = 120;

// Walks a parsed file once, collecting every problem and building the protocol as it goes.
class ProtocolChecker final : public DataFileChecker
{
    // Its messages are the validator's: one context for the translators and at run time.
    Q_DECLARE_TR_FUNCTIONS(unfold::ProtocolValidator)

public:
    explicit ProtocolChecker(const QString &file) : DataFileChecker(file, tr("is not a field of a protocol"))
    {}

    Protocol protocol;

    void check(const QJsonObject &root)
    {
        allowOnly(root, {"id", "version", "title", "instructions", "checkin", "rounds"}, {});
        protocol.id = identifier(root.value(QLatin1String("id")), QStringLiteral("id"));
        protocol.version = version(root.value(QLatin1String("version")));
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
};

} // namespace

std::optional<Protocol> ProtocolValidator::parse(const QByteArray &json, const QString &fileName,
                                                 QList<ProtocolProblem> *problems)
{
    const std::optional<QJsonObject> root = DataFileChecker::object(json, fileName, problems);
    if (!root)
        return std::nullopt;
    ProtocolChecker checker(fileName);
    checker.check(*root);
    if (!checker.problems.isEmpty()) {
        *problems = checker.problems;
        return std::nullopt;
    }
    checker.protocol.sourceFile = fileName;
    return checker.protocol;
}

std::optional<Protocol> ProtocolValidator::load(const QString &path, QList<ProtocolProblem> *problems)
{
    // A protocol is a few pages of text.
    constexpr qint64 largestProtocol = 4 * 1024 * 1024;
    const std::optional<QByteArray> bytes =
        DataFileChecker::read(path, largestProtocol, tr("is too large to be a protocol"), problems);
    return bytes ? parse(*bytes, path, problems) : std::nullopt;
}

} // namespace unfold
