// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace unfold {

// A text of an instrument in every language its file gives; English is always there.
struct LocalizedText
{
    QHash<QString, QString> byLanguage; // "en" -> "...", "de" -> "..."

    // The text in `language` ("de", "de_CH"), else in the UI language, else in English.
    QString text(const QString &language = {}) const;
    bool hasLanguage(const QString &language) const { return !byLanguage.value(language).isEmpty(); }
};

struct ScaleAnchor
{
    int value = 0;
    LocalizedText label;
};

// The response scale every rating item of an instrument shares.
struct ResponseScale
{
    int min = 1;
    int max = 5;
    QList<ScaleAnchor> anchors;
    // The anchor's label for `value`, or empty when the scale labels only some points.
    QString anchorLabel(int value, const QString &language = {}) const;
};

// Rating items are answered on the instrument's scale; a circles item is the pictorial
// closeness item: seven pairs of circles from apart to almost overlapping, scored 1..7.
enum class ItemKind
{
    Rating,
    Circles
};

struct InstrumentItem
{
    QString id;
    LocalizedText text;
    QString subscale;
    bool reverse = false;
    ItemKind kind = ItemKind::Rating;
};

enum class ScoringRule
{
    Mean,
    Sum
};

// Norms a file may give for a subscale (on the subscale's score metric): only with them is
// a reliable change (Jacobson & Truax) computed.
struct SubscaleNorms
{
    double sd = 0;
    double reliability = 0; // Cronbach's alpha or a test-retest correlation
    QString source;         // where they were published: author, year, table, sample
};

struct Subscale
{
    QString id;
    LocalizedText title;
    ScoringRule rule = ScoringRule::Mean;
    std::optional<SubscaleNorms> norms;
};

// A questionnaire as data: read from a JSON file (see resources/instruments/), never code.
struct Instrument
{
    QString id;
    int version = 1;
    LocalizedText title;
    LocalizedText instructions;
    QString attribution; // sources of public-domain items, when any are used
    ResponseScale scale;
    QList<InstrumentItem> items;
    QList<Subscale> subscales;
    QString sourceFile; // where it was read from, for messages

    const InstrumentItem *item(const QString &itemId) const;
    const Subscale *subscale(const QString &subscaleId) const;
    QList<const InstrumentItem *> itemsOf(const QString &subscaleId) const;
    // The lowest and highest raw answer an item takes.
    int itemMin(const InstrumentItem &item) const;
    int itemMax(const InstrumentItem &item) const;
};

// The pictorial closeness item always runs from 1 (apart) to 7 (almost one).
inline constexpr int circlesMin = 1;
inline constexpr int circlesMax = 7;

} // namespace unfold
