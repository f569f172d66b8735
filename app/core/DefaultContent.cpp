// SPDX-License-Identifier: GPL-3.0-or-later
#include "Layer.h"
#include "Topic.h"

#include <QCoreApplication>

namespace unfold {

QStringList defaultTopicNames()
{
    // After Taylor & Altman's categories, ordered by the crowd-rated intimacy of Jourard's.
    static const char *const names[] = {
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
    QStringList result;
    for (const char *name : names)
        result.append(QCoreApplication::translate("unfold::Topic", name));
    return result;
}

QList<Layer> defaultLayers()
{
    return {
        {1, QCoreApplication::translate("unfold::Layer", "Peripheral"),
         QCoreApplication::translate("unfold::Layer", "Facts and tastes")},
        {2, QCoreApplication::translate("unfold::Layer", "Intermediate"),
         QCoreApplication::translate("unfold::Layer", "Opinions, attitudes and hopes")},
        {3, QCoreApplication::translate("unfold::Layer", "Core"),
         QCoreApplication::translate("unfold::Layer", "Values, fears and self-concept")},
    };
}

} // namespace unfold
