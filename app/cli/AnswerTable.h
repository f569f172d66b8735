// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InstrumentScorer.h"

#include <QCoreApplication>

namespace unfold::cli {

// One administration read from an answers file: a row with its line number.
struct Administration
{
    int line = 0;
    QString respondent;
    QString date;
    AnswerSet answers;
};

// An answers CSV for `unfold score` and `unfold reliability`: a header with a `respondent`
// column, an optional `date` column and one column per item id, then one row per
// administration. Empty cells are missing answers. Every problem is reported with its line;
// a file with any problem yields no administrations, so nothing is scored from a bad file.
class AnswerTable final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::cli::AnswerTable)

public:
    static bool read(const QString &path, const Instrument &instrument, QList<Administration> *rows,
                     QStringList *problems);
};

} // namespace unfold::cli
