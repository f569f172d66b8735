// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstrumentValidator.h"

#include "DataFileChecker.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace unfold {

QString InstrumentProblem::toString() const
{
    if (field.isEmpty())
        return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file), message);
    return QStringLiteral("%1: %2: %3").arg(QDir::toNativeSeparators(file), field, message);
}

namespace {

// Largest scale a file may declare: wider scales are almost certainly a typo.
constexpr int widestScale = 100;

// Walks a parsed file once, collecting every problem and building the instrument as it goes;
// the result is used only when no problem was found.
class Checker final : public DataFileChecker
{
    // Its messages are the validator's: one context for the translators and at run time.
    Q_DECLARE_TR_FUNCTIONS(unfold::InstrumentValidator)

public:
    explicit Checker(const QString &file) : DataFileChecker(file, tr("is not a field of an instrument")) {}

    Instrument instrument;

    void check(const QJsonObject &root)
    {
        allowOnly(root,
                  {"id", "version", "title", "instructions", "attribution", "scale", "items", "subscales"},
                  {});
        instrument.id = identifier(root, QStringLiteral("id"), {});
        instrument.version = version(root.value(QLatin1String("version")));
        instrument.title = localized(root.value(QLatin1String("title")), QStringLiteral("title"));
        instrument.instructions =
            localized(root.value(QLatin1String("instructions")), QStringLiteral("instructions"));
        if (root.contains(QLatin1String("attribution"))) {
            if (!root.value(QLatin1String("attribution")).isString())
                add(QStringLiteral("attribution"), tr("must be text"));
            instrument.attribution = root.value(QLatin1String("attribution")).toString();
        }
        checkScale(root.value(QLatin1String("scale")));
        checkSubscales(root.value(QLatin1String("subscales")));
        checkItems(root.value(QLatin1String("items")));
    }

private:
    QString identifier(const QJsonObject &object, const QString &key, const QString &at)
    {
        return DataFileChecker::identifier(object.value(key),
                                           at.isEmpty() ? key : at + QLatin1Char('.') + key);
    }

    void checkScale(const QJsonValue &value)
    {
        if (!value.isObject()) {
            add(QStringLiteral("scale"), value.isUndefined() ? tr("is missing") : tr("must be an object"));
            return;
        }
        const QJsonObject scale = value.toObject();
        allowOnly(scale, {"min", "max", "anchors"}, QStringLiteral("scale"));
        const QJsonValue min = scale.value(QLatin1String("min"));
        const QJsonValue max = scale.value(QLatin1String("max"));
        if (!isWhole(min))
            add(QStringLiteral("scale.min"), tr("must be a whole number"));
        if (!isWhole(max))
            add(QStringLiteral("scale.max"), tr("must be a whole number"));
        if (!isWhole(min) || !isWhole(max))
            return;
        instrument.scale.min = min.toInt();
        instrument.scale.max = max.toInt();
        if (instrument.scale.max <= instrument.scale.min)
            add(QStringLiteral("scale.max"), tr("must be greater than scale.min"));
        else if (instrument.scale.max - instrument.scale.min > widestScale)
            add(QStringLiteral("scale.max"), tr("gives more than %1 points").arg(widestScale));
        const QJsonValue anchors = scale.value(QLatin1String("anchors"));
        if (!anchors.isArray()) {
            add(QStringLiteral("scale.anchors"),
                anchors.isUndefined() ? tr("is missing") : tr("must be a list"));
            return;
        }
        QSet<int> seen;
        const QJsonArray list = anchors.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = QStringLiteral("scale.anchors[%1]").arg(i);
            const QJsonObject anchor = list.at(i).toObject();
            allowOnly(anchor, {"value", "label"}, at);
            const QJsonValue v = anchor.value(QLatin1String("value"));
            if (!isWhole(v) || v.toInt() < instrument.scale.min || v.toInt() > instrument.scale.max)
                add(at + QStringLiteral(".value"), tr("must be a whole number from %1 to %2")
                                                       .arg(instrument.scale.min)
                                                       .arg(instrument.scale.max));
            else if (seen.contains(v.toInt()))
                add(at + QStringLiteral(".value"), tr("labels the value %1 a second time").arg(v.toInt()));
            seen.insert(v.toInt());
            instrument.scale.anchors.append(
                {v.toInt(), localized(anchor.value(QLatin1String("label")), at + QStringLiteral(".label"))});
        }
    }

    void checkSubscales(const QJsonValue &value)
    {
        if (!value.isArray() || value.toArray().isEmpty()) {
            add(QStringLiteral("subscales"),
                value.isUndefined() ? tr("is missing") : tr("must be a non-empty list"));
            return;
        }
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = QStringLiteral("subscales[%1]").arg(i);
            const QJsonObject object = list.at(i).toObject();
            allowOnly(object, {"id", "title", "rule", "norms"}, at);
            Subscale s;
            s.id = identifier(object, QStringLiteral("id"), at);
            if (instrument.subscale(s.id))
                add(at + QStringLiteral(".id"), tr("\"%1\" is used by an earlier subscale").arg(s.id));
            s.title = localized(object.value(QLatin1String("title")), at + QStringLiteral(".title"));
            const QString rule = object.value(QLatin1String("rule")).toString();
            if (rule == QLatin1String("sum"))
                s.rule = ScoringRule::Sum;
            else if (rule != QLatin1String("mean"))
                add(at + QStringLiteral(".rule"), tr("must be \"mean\" or \"sum\""));
            if (object.contains(QLatin1String("norms"))) {
                const QJsonObject norms = object.value(QLatin1String("norms")).toObject();
                allowOnly(norms, {"sd", "reliability", "source"}, at + QStringLiteral(".norms"));
                const double sd = norms.value(QLatin1String("sd")).toDouble(-1);
                const double rel = norms.value(QLatin1String("reliability")).toDouble(-1);
                if (!(sd > 0))
                    add(at + QStringLiteral(".norms.sd"), tr("must be a number greater than 0"));
                if (!(rel > 0 && rel < 1))
                    add(at + QStringLiteral(".norms.reliability"), tr("must be a number between 0 and 1"));
                const QJsonValue source = norms.value(QLatin1String("source"));
                if (!source.isUndefined() && !source.isString())
                    add(at + QStringLiteral(".norms.source"), tr("must be text"));
                s.norms = SubscaleNorms{sd, rel, source.toString()};
            }
            instrument.subscales.append(s);
        }
    }

    void checkItems(const QJsonValue &value)
    {
        if (!value.isArray() || value.toArray().isEmpty()) {
            add(QStringLiteral("items"),
                value.isUndefined() ? tr("is missing") : tr("must be a non-empty list"));
            return;
        }
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = QStringLiteral("items[%1]").arg(i);
            const QJsonObject object = list.at(i).toObject();
            allowOnly(object, {"id", "text", "subscale", "reverse", "kind"}, at);
            InstrumentItem item;
            item.id = identifier(object, QStringLiteral("id"), at);
            // Item ids become CSV columns beside these two.
            if (item.id == QLatin1String("respondent") || item.id == QLatin1String("date"))
                add(at + QStringLiteral(".id"), tr("\"%1\" is reserved for the answers file").arg(item.id));
            else if (instrument.item(item.id))
                add(at + QStringLiteral(".id"), tr("\"%1\" is used by an earlier item").arg(item.id));
            item.text = localized(object.value(QLatin1String("text")), at + QStringLiteral(".text"));
            item.subscale = object.value(QLatin1String("subscale")).toString();
            if (!instrument.subscale(item.subscale))
                add(at + QStringLiteral(".subscale"),
                    tr("names no subscale of this instrument (\"%1\")").arg(item.subscale));
            const QJsonValue reverse = object.value(QLatin1String("reverse"));
            if (!reverse.isUndefined() && !reverse.isBool())
                add(at + QStringLiteral(".reverse"), tr("must be true or false"));
            item.reverse = reverse.toBool(false);
            const QString kind = object.value(QLatin1String("kind")).toString(QStringLiteral("rating"));
            if (kind == QLatin1String("circles"))
                item.kind = ItemKind::Circles;
            else if (kind != QLatin1String("rating"))
                add(at + QStringLiteral(".kind"), tr("must be \"rating\" or \"circles\""));
            instrument.items.append(item);
        }
        for (qsizetype i = 0; i < instrument.subscales.size(); ++i) {
            const auto members = instrument.itemsOf(instrument.subscales.at(i).id);
            const QString at = QStringLiteral("subscales[%1]").arg(i);
            if (members.isEmpty()) {
                add(at, tr("has no items"));
                continue;
            }
            // A subscale's 0-100 score needs one range for all its items.
            for (const InstrumentItem *m : members) {
                if (instrument.itemMin(*m) != instrument.itemMin(*members.first()) ||
                    instrument.itemMax(*m) != instrument.itemMax(*members.first())) {
                    add(at, tr("mixes items answered on different ranges"));
                    break;
                }
            }
        }
    }
};

} // namespace

QList<InstrumentProblem> InstrumentValidator::validate(const QJsonObject &root, const QString &fileName)
{
    Checker checker(fileName);
    checker.check(root);
    return checker.problems;
}

std::optional<Instrument> InstrumentValidator::parse(const QByteArray &json, const QString &fileName,
                                                     QList<InstrumentProblem> *problems)
{
    const std::optional<QJsonObject> root = DataFileChecker::object(json, fileName, problems);
    if (!root)
        return std::nullopt;
    Checker checker(fileName);
    checker.check(*root);
    if (!checker.problems.isEmpty()) {
        *problems = checker.problems;
        return std::nullopt;
    }
    checker.instrument.sourceFile = fileName;
    return checker.instrument;
}

std::optional<Instrument> InstrumentValidator::load(const QString &path, QList<InstrumentProblem> *problems)
{
    // An instrument is a page of text.
    constexpr qint64 largestInstrument = 4 * 1024 * 1024;
    const std::optional<QByteArray> bytes =
        DataFileChecker::read(path, largestInstrument, tr("is too large to be an instrument"), problems);
    return bytes ? parse(*bytes, path, problems) : std::nullopt;
}

} // namespace unfold
