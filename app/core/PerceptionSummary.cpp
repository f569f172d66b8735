// SPDX-License-Identifier: GPL-3.0-or-later
#include "PerceptionSummary.h"

#include "SessionTime.h"

#include <QLocale>

namespace unfold {

namespace {
// Gaps closer to zero than this print as 0.00 and read as agreement.
constexpr double noGap = 0.005;
} // namespace

QString PerceptionSummary::partnerName(const StoredPartnerAccount &partner, const QString &nameA,
                                       const QString &nameB)
{
    const QString name = partner.authorName(nameA, nameB);
    return name.isEmpty() ? tr("The partner") : name;
}

QString PerceptionSummary::gapText(const std::optional<double> &gap)
{
    if (!gap)
        return tr("no data");
    const QString number = QLocale().toString(qAbs(*gap), 'f', 2);
    return *gap > noGap    ? QStringLiteral("+") + number
           : *gap < -noGap ? QStringLiteral("−") + number
                           : number;
}

QString PerceptionSummary::indexText(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 0) : tr("no data");
}

QStringList PerceptionSummary::lines(const PerceptionSeries &series, const StoredPartnerAccount &partner,
                                     const QString &nameA, const QString &nameB)
{
    const QString author = partnerName(partner, nameA, nameB);
    QStringList lines;
    lines.append(
        tr("%1's account, written %2 and imported %3: %4 sessions.")
            .arg(author, SessionTime::text(partner.account.exportedAt), SessionTime::text(partner.importedAt))
            .arg(partner.account.sessions.size()));
    lines.append(tr("Matched: %1 · only in your account: %2 · only in %3's: %4.")
                     .arg(series.pairs.size())
                     .arg(series.unmatchedMine)
                     .arg(author)
                     .arg(series.unmatchedPartner));
    const auto biasLine = [](const QString &name, const std::optional<double> &bias) {
        if (!bias)
            return tr("%1: no session both accounts logged sharing in.").arg(name);
        return tr("%1: %2 layers on average (%3)")
            .arg(name, gapText(bias),
                 *bias > noGap    ? tr("the partner's account has them sharing deeper than yours")
                 : *bias < -noGap ? tr("the partner's account has them sharing less deep than yours")
                                  : tr("both accounts agree"));
    };
    lines.append(
        tr("Perception bias — %1; %2.").arg(biasLine(nameA, series.biasA), biasLine(nameB, series.biasB)));
    if (series.meanAgreement)
        lines.append(tr("Mean agreement of the two accounts: %1 of 100. A description, never a verdict.")
                         .arg(indexText(series.meanAgreement)));
    if (!series.partnerOnlyTopics.isEmpty())
        lines.append(tr("Topics only %1's journal has: %2.")
                         .arg(author, series.partnerOnlyTopics.join(QStringLiteral(", "))));
    return lines;
}

} // namespace unfold
