// SPDX-License-Identifier: GPL-3.0-or-later
// Answers files are typed or exported by hand: any bytes give either administrations whose every
// answer is in range, or problems (a bounded number of them), never both; scoring what was read
// stays on the 0-100 metric.

#include "AnswerTable.h"
#include "Csv.h"
#include "FuzzInput.h"
#include "InstrumentValidator.h"

#include <QCoreApplication>

using namespace unfold;

namespace {
Instrument instrument;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QList<InstrumentProblem> problems;
    const auto loaded = InstrumentValidator::load(
        QStringLiteral(UNFOLD_TEST_DATA "/instruments/shrout-fleiss.json"), &problems);
    fuzz::require(loaded.has_value());
    instrument = *loaded;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<cli::Administration> rows;
    QStringList problems;
    const bool ok = cli::AnswerTable::parse(fuzz::bytesOf(data, size), QStringLiteral("fuzz.csv"), instrument,
                                            &rows, &problems);
    fuzz::require(ok == problems.isEmpty());
    fuzz::require(ok || rows.isEmpty());
    // Bounded: reading stops after mostProblems, a row adds at most one per field.
    fuzz::require(problems.size() <= cli::AnswerTable::mostProblems + Csv::mostFields + 3);
    for (const cli::Administration &row : std::as_const(rows)) {
        fuzz::require(!row.respondent.isEmpty());
        for (auto it = row.answers.cbegin(); it != row.answers.cend(); ++it) {
            const InstrumentItem *item = instrument.item(it.key());
            fuzz::require(item && InstrumentScorer::inRange(instrument, *item, it.value()));
        }
        for (const SubscaleScore &score : InstrumentScorer::score(instrument, row.answers))
            fuzz::require(!score.score0to100 ||
                          (*score.score0to100 >= -1e-9 && *score.score0to100 <= 100 + 1e-9));
    }
    return 0;
}
