// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartnerExchange.h"

#include "Journal.h"
#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace unfold {

bool PartnerExchange::write(const Journal &journal, qint64 relationshipId, const QString &path,
                            const QString &passphrase, bool includeNotes, QString *error,
                            const QString &author, ExchangeFile::Strength strength)
{
    const std::optional<Relationship> relationship = journal.relationship(relationshipId);
    if (!relationship) {
        *error = tr("The relationship is not in this journal.");
        return false;
    }
    PartnerAccount account = journal.ownAccount(relationshipId, includeNotes);
    if (!author.isEmpty()) {
        const auto is = [&](const QString &name) {
            return name.trimmed().compare(author.trimmed(), Qt::CaseInsensitive) == 0;
        };
        if (is(account.nameA))
            account.author = Speaker::A;
        else if (is(account.nameB))
            account.author = Speaker::B;
        else {
            *error = tr("%1 is not one of the two people of %2.")
                         .arg(author, journal.relationshipTitle(*relationship));
            return false;
        }
    }
    if (!account.author) {
        *error = tr("Say which of %1 and %2 you are: your partner's journal maps the two sides by it.")
                     .arg(account.nameA, account.nameB);
        return false;
    }
    const QByteArray sealed = ExchangeFile::seal(account.toJson(), passphrase, error, strength);
    return !sealed.isEmpty() && PrivateFiles::writeAtomically(path, sealed, error);
}

PartnerExchange::Read PartnerExchange::read(const QString &path, const QString &passphrase)
{
    Read result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problem = ExchangeFile::Problem::NotExchange;
        result.error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    // One byte over the limit is enough to know it is too large, without reading a huge file.
    const QByteArray bytes = file.read(ExchangeFile::largestFile + 1);
    const std::optional<QByteArray> content =
        ExchangeFile::open(bytes, passphrase, &result.problem, &result.error);
    if (!content)
        return result;
    result.account = PartnerAccount::fromJson(*content, &result.error);
    if (!result.account)
        result.problem = ExchangeFile::Problem::Changed;
    return result;
}

qint64 PartnerExchange::relationshipFor(const PartnerAccount &account, const Journal &journal, QString *error)
{
    const QList<Relationship> relationships = journal.relationships();
    const auto same = [](const QString &x, const QString &y) {
        return x.trimmed().compare(y.trimmed(), Qt::CaseInsensitive) == 0;
    };
    QList<qint64> byName;
    for (const Relationship &r : relationships) {
        const std::optional<Person> a = journal.person(r.personA);
        const std::optional<Person> b = journal.person(r.personB);
        if (a && b &&
            ((same(a->name, account.nameA) && same(b->name, account.nameB)) ||
             (same(a->name, account.nameB) && same(b->name, account.nameA))))
            byName.append(r.id);
    }
    if (byName.size() == 1)
        return byName.first();
    if (byName.isEmpty() && relationships.size() == 1)
        return relationships.first().id;
    *error =
        relationships.isEmpty()
            ? tr("This journal has no relationship yet: add the relationship first.")
            : tr("The file is the account of %1 & %2: say which relationship of this journal it belongs to.")
                  .arg(account.nameA, account.nameB);
    return 0;
}

std::optional<StoredPartnerAccount>
PartnerExchange::prepareImport(const PartnerAccount &account, const Journal &journal, qint64 relationshipId,
                               const QString &partnerName, QString *error, bool *ambiguous)
{
    if (ambiguous)
        *ambiguous = false;
    const std::optional<Relationship> relationship = journal.relationship(relationshipId);
    if (!relationship) {
        *error = tr("The relationship is not in this journal.");
        return std::nullopt;
    }
    const std::optional<StoredPartnerAccount> earlier = journal.partnerAccount(relationshipId);
    if (earlier && account.exportedAt < earlier->account.exportedAt) {
        *error = tr("This file was written on %1, before the account already imported (written on %2). "
                    "Ask your partner for a newer file.")
                     .arg(QLocale().toString(account.exportedAt, QLocale::ShortFormat),
                          QLocale().toString(earlier->account.exportedAt, QLocale::ShortFormat));
        return std::nullopt;
    }
    PartnerSides sides = PartnerSides::of(account, journal, *relationship, partnerName);
    // A newer file from the same partner maps as the first one did, unless the user says otherwise.
    if (sides.fit == PartnerSides::Fit::Ambiguous && earlier && partnerName.isEmpty())
        sides.fit = earlier->swapped ? PartnerSides::Fit::Swapped : PartnerSides::Fit::Same;
    switch (sides.fit) {
    case PartnerSides::Fit::Misfit:
        *error = sides.reason;
        return std::nullopt;
    case PartnerSides::Fit::Ambiguous:
        *error = sides.reason;
        if (ambiguous)
            *ambiguous = true;
        return std::nullopt;
    case PartnerSides::Fit::Same:
    case PartnerSides::Fit::Swapped:
        break;
    }
    const bool swapped = sides.fit == PartnerSides::Fit::Swapped;
    return StoredPartnerAccount{swapped ? account.swapped() : account, swapped, QDateTime::currentDateTime()};
}

} // namespace unfold
