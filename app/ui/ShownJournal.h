// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Journal.h"

#include <QObject>

namespace unfold {

// The journal a view shows. It turns null by itself when the journal is destroyed, so no view
// reads a closed journal whatever order a window is torn down in, and showing another journal
// drops every connection from the one it replaces to the view: what each view did by hand.
// Lives as a member of its view and is never copied.
class ShownJournal final
{
public:
    explicit ShownJournal(QObject *view) : m_view(view) {}
    ShownJournal(const ShownJournal &) = delete;
    ShownJournal &operator=(const ShownJournal &) = delete;

    void show(const Journal *journal)
    {
        if (m_journal)
            QObject::disconnect(m_journal, nullptr, m_view, nullptr);
        m_journal = journal;
        if (journal)
            QObject::connect(journal, &QObject::destroyed, m_view, [this] { m_journal = nullptr; });
    }

    const Journal *get() const { return m_journal; }
    const Journal *operator->() const { return m_journal; }
    const Journal &operator*() const { return *m_journal; }
    // Reads as the pointer it holds: tested, passed on, compared.
    operator const Journal *() const { return m_journal; }

private:
    QObject *m_view;
    const Journal *m_journal = nullptr;
};

} // namespace unfold
