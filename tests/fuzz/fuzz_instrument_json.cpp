// SPDX-License-Identifier: GPL-3.0-or-later
// Instrument files come from anywhere (a colleague, a download): any bytes give either a valid
// instrument or the problems found, never both, never neither; a valid one scores an answer set
// of every item at its lowest and highest answer without going out of range.

#include "FuzzInput.h"
#include "InstrumentScorer.h"
#include "InstrumentValidator.h"

#include <QCoreApplication>

using namespace unfold;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QList<InstrumentProblem> problems;
    const auto instrument =
        InstrumentValidator::parse(fuzz::bytesOf(data, size), QStringLiteral("fuzz.json"), &problems);
    fuzz::require(instrument.has_value() == problems.isEmpty());
    for (const InstrumentProblem &problem : std::as_const(problems))
        fuzz::require(!problem.toString().isEmpty());
    if (!instrument)
        return 0;
    for (const bool lowest : {true, false}) {
        AnswerSet answers;
        for (const InstrumentItem &item : instrument->items) {
            const int value = lowest ? instrument->itemMin(item) : instrument->itemMax(item);
            fuzz::require(InstrumentScorer::inRange(*instrument, item, value));
            answers.insert(item.id, value);
        }
        for (const SubscaleScore &score : InstrumentScorer::score(*instrument, answers))
            fuzz::require(!score.score0to100 ||
                          (*score.score0to100 >= -1e-9 && *score.score0to100 <= 100 + 1e-9));
    }
    return 0;
}
