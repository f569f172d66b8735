// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstrumentLibrary.h"

#include <QFileInfo>

namespace unfold {

QString InstrumentFiles::shippedIdTaken(const QString &id)
{
    return InstrumentLibrary::tr(
               "\"%1\" is the id of an instrument that comes with Unfold; give yours its own id")
        .arg(id);
}

std::optional<Instrument> InstrumentLibrary::resolve(const QString &idOrFile,
                                                     QList<InstrumentProblem> *problems) const
{
    problems->clear();
    if (QFileInfo(idOrFile).isFile())
        return InstrumentValidator::load(idOrFile, problems);
    if (auto found = find(idOrFile))
        return found;
    QStringList known;
    for (const Instrument &i : m_items)
        known.append(i.id);
    known.removeDuplicates();
    problems->append({idOrFile,
                      {},
                      tr("is neither a file nor the id of a known instrument (known: %1)")
                          .arg(known.join(QStringLiteral(", ")))});
    return std::nullopt;
}

} // namespace unfold
