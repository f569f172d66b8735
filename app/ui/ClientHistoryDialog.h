// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClientHistory.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace unfold {
class Journal;
}

namespace unfold {

// Relationship › Client History…: every session of a client couple in one table, with the
// therapist's notes hidden until asked for (the screen may be shared), and a report of the
// chosen session.
class ClientHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    ClientHistoryDialog(const Journal &journal, qint64 relationshipId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QCheckBox *showNotes() const { return m_showNotes; }
    QCheckBox *includeNotes() const { return m_includeNotes; }
    // Writes the report of the selected session (the latest when none is) to `path`.
    bool exportReport(const QString &path);

    static constexpr int notesColumn = 7;
    static constexpr int notesWidth = 240;

private:
    void fill();
    void fitTable();
    void askExportReport();

    const Journal &m_journal;
    qint64 m_relationshipId = 0;
    QList<ClientHistoryRow> m_rows;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_showNotes = nullptr;
    QCheckBox *m_includeNotes = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace unfold
