// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordLabels.h"

#include <QCoreApplication>

namespace unfold::RecordLabels {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("unfold::RecordLabels", text);
}
} // namespace

QString kind(RelationshipKind kind)
{
    switch (kind) {
    case RelationshipKind::Partner:
        return tr("Partner");
    case RelationshipKind::Friend:
        return tr("Friend");
    case RelationshipKind::Family:
        return tr("Family");
    case RelationshipKind::Colleague:
        return tr("Colleague");
    case RelationshipKind::ClientCouple:
        return tr("Client couple");
    case RelationshipKind::Other:
        return tr("Other");
    }
    return {};
}

QString stage(Stage stage)
{
    switch (stage) {
    case Stage::Unset:
        return tr("Not chosen");
    case Stage::Orientation:
        return tr("Orientation");
    case Stage::ExploratoryAffective:
        return tr("Exploratory affective exchange");
    case Stage::Affective:
        return tr("Affective exchange");
    case Stage::Stable:
        return tr("Stable exchange");
    case Stage::Depenetration:
        return tr("Depenetration (withdrawing)");
    }
    return {};
}

QString stageMeaning(Stage stage)
{
    switch (stage) {
    case Stage::Unset:
        return tr("Leave it unchosen when you are not sure; nothing depends on it.");
    case Stage::Orientation:
        return tr("Small talk and safe, public facts; both follow what is expected of strangers.");
    case Stage::ExploratoryAffective:
        return tr("Opinions and some feelings start to show on a few topics, as between casual friends.");
    case Stage::Affective:
        return tr("Open, personal sharing on many topics, private words and criticism too, as between "
                  "close friends or partners.");
    case Stage::Stable:
        return tr("Almost everything is shared and the two can read each other; few relationships get here.");
    case Stage::Depenetration:
        return tr("The relationship pulls back: what is shared grows narrower and shallower again.");
    }
    return {};
}

QString context(SessionContext context)
{
    switch (context) {
    case SessionContext::InPerson:
        return tr("In person");
    case SessionContext::Video:
        return tr("Video");
    case SessionContext::Phone:
        return tr("Phone");
    case SessionContext::Text:
        return tr("Text or chat");
    }
    return {};
}

QString reception(std::optional<Reception> reception)
{
    if (!reception)
        return tr("Not noted");
    switch (*reception) {
    case Reception::Responsive:
        return tr("Responsive");
    case Reception::Neutral:
        return tr("Neutral");
    case Reception::Dismissive:
        return tr("Dismissive");
    }
    return {};
}

QString mood(std::optional<int> mood)
{
    if (!mood)
        return tr("Not noted");
    switch (*mood) {
    case 1:
        return tr("1 · Low");
    case 2:
        return tr("2 · Somewhat low");
    case 3:
        return tr("3 · Neutral");
    case 4:
        return tr("4 · Good");
    case 5:
        return tr("5 · Very good");
    }
    return QString::number(*mood);
}

} // namespace unfold::RecordLabels
