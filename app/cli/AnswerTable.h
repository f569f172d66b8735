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
    static constexpr qint64 largestFile = 32 * 1024 * 1024;
    // Reading stops after this many problems: enough to say what is wrong, bounded in memory.
    static constexpr qsizetype mostProblems = 200;

    // `warnings` (when given) gets what is read but worth a word: items without a column.
    static bool read(const QString &path, const Instrument &instrument, QList<Administration> *rows,
                     QStringList *problems, QStringList *warnings = nullptr);
    // The same for content already read; `name` names it in problems.
    static bool parse(const QByteArray &content, const QString &name, const Instrument &instrument,
                      QList<Administration> *rows, QStringList *problems, QStringList *warnings = nullptr);
};

} // namespace unfold::cli
