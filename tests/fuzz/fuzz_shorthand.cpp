// SPDX-License-Identifier: GPL-3.0-or-later
// The quick-entry shorthand reads whatever is typed or piped into `unfold log`: it gives an entry
// inside the journal's topics and layers, or says what is wrong. The first two bytes choose the
// journal's number of topics and layers, so every size of journal is tried.

#include "DisclosureShorthand.h"
#include "FuzzInput.h"

#include <QCoreApplication>

using namespace unfold;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int topicCount = data[0] % 40; // none to more than the shorthand's compact form covers
    const int layerCount = 1 + data[1] % 9;
    const QString text = QString::fromUtf8(fuzz::bytesOf(data + 2, size - 2));
    QString error;
    const auto entry = DisclosureShorthand::parse(text, topicCount, layerCount, &error);
    if (!entry) {
        fuzz::require(!error.isEmpty());
        return 0;
    }
    fuzz::require(entry->topicNumber >= 1 && entry->topicNumber <= topicCount);
    fuzz::require(entry->depth >= 1 && entry->depth <= layerCount);
    fuzz::require(entry->speaker == Speaker::A || entry->speaker == Speaker::B);
    return 0;
}
