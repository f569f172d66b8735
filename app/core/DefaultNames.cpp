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

QList<Defaults> defaultsOfEveryLanguage()
{
    const QTranslator english; // empty: every name as written in the sources
    QList<Defaults> all{{defaultTopicNames(&english), defaultLayers(&english)}};
    for (const QString &code : Language::available()) {
        for (const QString &folder : Language::translationFolders()) {
            QTranslator language;
            if (language.load(QStringLiteral("unfold_") + code, folder) && !language.isEmpty()) {
                all.append({defaultTopicNames(&language), defaultLayers(&language)});
                break;
            }
        }
    }
    return all;
}

} // namespace

Renaming intoLanguageInUse(const QList<Topic> &topics, const QList<Layer> &layers)
{
    const QList<Defaults> all = defaultsOfEveryLanguage();
    const QStringList topicsNow = defaultTopicNames();
    const QList<Layer> layersNow = defaultLayers();
    Renaming renaming;
    for (const Topic &topic : topics) {
        for (const Defaults &defaults : all) {
            const qsizetype index = defaults.topics.indexOf(topic.name);
            if (index < 0)
                continue;
            if (topic.name != topicsNow.at(index)) {
                Topic renamed = topic;
                renamed.name = topicsNow.at(index);
                renaming.topics.append(renamed);
            }
            break;
        }
    }
    for (const Layer &layer : layers) {
        if (layer.depth < 1 || layer.depth > layersNow.size())
            continue; // a fourth or fifth layer has no default name
        const Layer &now = layersNow.at(layer.depth - 1);
        for (const Defaults &defaults : all) {
            const Layer &then = defaults.layers.at(layer.depth - 1);
            if (layer.name != then.name)
                continue;
            Layer renamed = layer;
            renamed.name = now.name;
            if (layer.description == then.description || layer.description.isEmpty())
                renamed.description = now.description;
            if (renamed != layer)
                renaming.layers.append(renamed);
            break;
        }
    }
    return renaming;
}

} // namespace unfold::DefaultNames
