// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientHistoryDialog.h"

#include "Journal.h"
#include "ReportPainter.h"
#include "SessionReport.h"
#include "SessionTime.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace unfold {

ClientHistoryDialog::ClientHistoryDialog(const Journal &journal, qint64 relationshipId, QWidget *parent)
    : QDialog(parent), m_journal(journal), m_relationshipId(relationshipId)
{
    const auto relationship = journal.relationship(relationshipId);
    const QString title = relationship ? journal.relationshipTitle(*relationship) : QString();
    setWindowTitle(tr("Client History: %1").arg(title));

    m_table = new QTableWidget;
    m_table->setTabKeyNavigation(false); // one Tab stop; the arrows move from cell to cell
    m_table->setAccessibleName(tr("Sessions of %1").arg(title));
    m_table->setAccessibleDescription(tr("One row per session; choose one to export its report."));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_showNotes = new QCheckBox(tr("&Show therapist notes"));
    m_showNotes->setAccessibleName(tr("Show therapist notes"));
    m_showNotes->setAccessibleDescription(tr("Shows the private notes in the table."));
    connect(m_showNotes, &QCheckBox::toggled, this,
            [this](bool shown) { m_table->setColumnHidden(notesColumn, !shown); });
    m_includeNotes = new QCheckBox(tr("&Include notes in the report"));
    m_includeNotes->setAccessibleName(tr("Include therapist notes in the report"));
    m_includeNotes->setAccessibleDescription(tr("Off, the report leaves the private notes out."));
    m_status = new QLabel;
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the client history"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Closes this window."));
    auto *report = buttons->addButton(tr("&Export Report…"), QDialogButtonBox::ActionRole);
    report->setAccessibleName(tr("Export the report of the selected session"));
    report->setAccessibleDescription(tr("Asks where to save the chosen session's report as PDF."));
    connect(report, &QPushButton::clicked, this, &ClientHistoryDialog::askExportReport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_showNotes);
    layout->addWidget(m_includeNotes);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 500);
    fill();
}

void ClientHistoryDialog::fill()
{
    m_rows = ClientHistory::rows(m_journal, m_relationshipId);
    QString nameA;
    QString nameB;
    if (const auto relationship = m_journal.relationship(m_relationshipId)) {
        nameA = m_journal.person(relationship->personA).value_or(Person{}).name;
        nameB = m_journal.person(relationship->personB).value_or(Person{}).name;
    }
    const QStringList headers{tr("Session"),
                              tr("Date"),
                              tr("Protocol"),
                              tr("Answers logged (%1 / %2)").arg(nameA, nameB),
                              tr("Logged reciprocity"),
                              tr("Felt balance: %1").arg(nameA),
                              tr("Felt balance: %1").arg(nameB),
                              tr("Therapist notes")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const ClientHistoryRow &row = m_rows.at(r);
        const QStringList cells{QString::number(row.number),
                                SessionTime::text(row.start),
                                row.protocol,
                                QStringLiteral("%1 / %2").arg(row.disclosuresA).arg(row.disclosuresB),
                                SessionReport::formatValue(row.loggedReciprocity),
                                SessionReport::formatValue(row.feltBalanceA),
                                SessionReport::formatValue(row.feltBalanceB),
                                row.notes};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    // Private until asked for: the screen may be turned towards the clients.
    m_table->setColumnHidden(notesColumn, !m_showNotes->isChecked());
    m_table->resizeColumnsToContents();
    if (!m_rows.isEmpty())
        m_table->selectRow(int(m_rows.size()) - 1);
}

bool ClientHistoryDialog::exportReport(const QString &path)
{
    const int row = m_table->currentRow();
    const qint64 sessionId = row >= 0 && row < m_rows.size() ? m_rows.at(row).sessionId : 0;
    QString error;
    if (ReportPainter::writeSessionPdf(path, m_journal, m_relationshipId, sessionId,
                                       m_includeNotes->isChecked(), &error) == 0) {
        m_status->setText(tr("The report was not written: %1").arg(error));
        return false;
    }
    m_status->setText(tr("Report written to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ClientHistoryDialog::askExportReport()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Report"), QString(), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportReport(path);
}

} // namespace unfold
