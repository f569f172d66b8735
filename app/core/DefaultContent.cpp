// SPDX-License-Identifier: GPL-3.0-or-later
#include "Layer.h"
#include "Topic.h"

#include <QCoreApplication>
#include <QTranslator>

namespace unfold {

namespace {
// After Taylor & Altman's categories, ordered by the crowd-rated intimacy of Jourard's.
const char *const topicSources[] = {
    QT_TRANSLATE_NOOP("unfold::Topic", "Interests & hobbies"),
    QT_TRANSLATE_NOOP("unfold::Topic", "Work & studies"),
    QT_TRANSLATE_NOOP("unfold::Topic", "Background"),
    QT_TRANSLATE_NOOP("unfold::Topic", "Opinions & beliefs"),
    QT_TRANSLATE_NOOP("unfold::Topic", "Family"),
    QT_TRANSLATE_NOOP("unfold::Topic", "Money & status"),
    QT_TRANSLATE_NOOP("unfold::Topic", "Body & health"),
    QT_TRANSLATE_NOOP("unfold::Topic", "Love & relationships"),
    QT_TRANSLATE_NOOP("unfold::Topic", "Feelings & fears"),
    QT_TRANSLATE_NOOP("unfold::Topic", "Values & self-image"),
};
// Each layer's name and description, from the periphery to the core.
const char *const layerSources[][2] = {
    {QT_TRANSLATE_NOOP("unfold::Layer", "Peripheral"),
     QT_TRANSLATE_NOOP("unfold::Layer", "Facts and tastes")},
    {QT_TRANSLATE_NOOP("unfold::Layer", "Intermediate"),
     QT_TRANSLATE_NOOP("unfold::Layer", "Opinions, attitudes and hopes")},
    {QT_TRANSLATE_NOOP("unfold::Layer", "Core"),
     QT_TRANSLATE_NOOP("unfold::Layer", "Values, fears and self-concept")},
};

QString inLanguage(const QTranslator *language, const char *context, const char *source)
{
    if (!language)
        return QCoreApplication::translate(context, source);
    const QString translated = language->translate(context, source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}
} // namespace

QStringList defaultTopicNames(const QTranslator *language)
{
    QStringList result;
    for (const char *name : topicSources)
        result.append(inLanguage(language, "unfold::Topic", name));
    return result;
}

QList<Layer> defaultLayers(const QTranslator *language)
{
    QList<Layer> layers;
    for (const auto &[name, description] : layerSources)
        layers.append({int(layers.size()) + 1, inLanguage(language, "unfold::Layer", name),
                       inLanguage(language, "unfold::Layer", description)});
    return layers;
}

} // namespace unfold
