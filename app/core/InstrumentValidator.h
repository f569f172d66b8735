// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Instrument.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace unfold {

// One thing wrong with an instrument file: which file, which field ("items[3].subscale"),
// and what is wrong with it.
struct InstrumentProblem
{
    QString file;
    QString field;
    QString message;

    QString toString() const;
};

// Checks an instrument file completely before anything of it is used, and builds the
// Instrument only when nothing is wrong: an invalid instrument is refused whole.
class InstrumentValidator final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::InstrumentValidator)

public:
    // `fileName` names the source in problems. Returns the instrument, or nothing and
    // every problem found.
    static std::optional<Instrument> parse(const QByteArray &json, const QString &fileName,
                                           QList<InstrumentProblem> *problems);
    static std::optional<Instrument> load(const QString &path, QList<InstrumentProblem> *problems);

    // The problems of an already parsed JSON object; empty when it is a valid instrument.
    static QList<InstrumentProblem> validate(const QJsonObject &root, const QString &fileName);
};

} // namespace unfold
