// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditHistory.h"

namespace unfold {

EditHistory::EditHistory(QObject *parent) : QObject(parent) {}

bool EditHistory::perform(std::unique_ptr<JournalCommand> command)
{
    const auto report = [this](const QString &message) { Q_EMIT failed(message); };
    command->setFailureHandler(report);
    if (!command->applyFirstTime()) {
        Q_EMIT failed(command->errorText());
        return false;
    }
    m_stack.push(command.release());
    return true;
}

} // namespace unfold
