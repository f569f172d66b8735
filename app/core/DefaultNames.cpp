// SPDX-License-Identifier: GPL-3.0-or-later
#include "DefaultNames.h"

#include "Language.h"

#include <QTranslator>

namespace unfold::DefaultNames {

namespace {

// The default names in every language Unfold ships: English from the sources, the others from
// their translation files (a language whose file is missing is not recognised).
struct Defaults
{
    QStringList topics;
    QList<Layer> layers;
};

// Read once: the shipped translation files do not change while Unfold runs, and the Topics and
// Layers dialog asks again at every name typed.
const QList<Defaults> &defaultsOfEveryLanguage()
{
    static const QList<Defaults> all = [] {
        const QTranslator english; // empty: every name as written in the sources
        QList<Defaults> found{{defaultTopicNames(&english), defaultLayers(&english)}};
        for (const QString &code : Language::available()) {
            if (code == QLatin1String("en"))
                continue; // English's file holds its plural forms only
            for (const QString &folder : Language::translationFolders()) {
                QTranslator language;
                if (language.load(QStringLiteral("unfold_") + code, folder) && !language.isEmpty()) {
                    found.append({defaultTopicNames(&language), defaultLayers(&language)});
                    break;
                }
            }
        }
        return found;
    }();
    return all;
}

} // namespace

Renaming intoLanguageInUse(const QList<Topic> &topics, const QList<Layer> &layers)
{
    // The journal's language is the one whose defaults it holds most of: a name the user gave
    // that happens to be a default in another language ("Familie" added to an English journal)
    // is the user's, not a default.
    const QList<Defaults> &all = defaultsOfEveryLanguage();
    const Defaults *started = nullptr;
    qsizetype most = 0;
    for (const Defaults &defaults : all) {
        qsizetype held = 0;
        for (const Topic &topic : topics)
            held += defaults.topics.contains(topic.name) ? 1 : 0;
        for (const Layer &layer : layers)
            held += layer.depth >= 1 && layer.depth <= defaults.layers.size() &&
                    defaults.layers.at(layer.depth - 1).name == layer.name;
        if (held > most) {
            most = held;
            started = &defaults;
        }
    }
    Renaming renaming;
    if (!started)
        return renaming;
    const QStringList topicsNow = defaultTopicNames();
    const QList<Layer> layersNow = defaultLayers();
    QStringList names;
    for (const Topic &topic : topics)
        names.append(topic.name);
    for (const Topic &topic : topics) {
        const qsizetype index = started->topics.indexOf(topic.name);
        // Never two topics of one name: a default already there under its new name stays as it is.
        if (index < 0 || topic.name == topicsNow.at(index) || names.contains(topicsNow.at(index)))
            continue;
        Topic renamed = topic;
        renamed.name = topicsNow.at(index);
        renaming.topics.append(renamed);
    }
    for (const Layer &layer : layers) {
        if (layer.depth < 1 || layer.depth > layersNow.size())
            continue; // a fourth or fifth layer has no default name
        const Layer &then = started->layers.at(layer.depth - 1);
        if (layer.name != then.name)
            continue;
        const Layer &now = layersNow.at(layer.depth - 1);
        Layer renamed = layer;
        renamed.name = now.name;
        if (layer.description == then.description || layer.description.isEmpty())
            renamed.description = now.description;
        if (renamed != layer)
            renaming.layers.append(renamed);
    }
    return renaming;
}

} // namespace unfold::DefaultNames
