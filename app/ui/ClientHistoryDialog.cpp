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
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace unfold {

namespace {
// A measure as the table shows it: a whole number, or a dash (explained in the key) where the
// session has none, which reads more quietly down a column than words repeated on every row.
const QString noMeasure = QStringLiteral("\u2013");

QString measure(const std::optional<double> &value)
{
    return value ? SessionReport::formatValue(value) : noMeasure;
}
} // namespace

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
    // Each row as tall as its longest note needs at the width the notes have now.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_showNotes = new QCheckBox(tr("&Show therapist notes"));
    m_showNotes->setAccessibleName(tr("Show therapist notes"));
    m_showNotes->setAccessibleDescription(tr("Shows the private notes in the table."));
    connect(m_showNotes, &QCheckBox::toggled, this, [this](bool shown) {
        m_table->setColumnHidden(notesColumn, !shown);
        fitTable();
    });
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

    auto *key = new QLabel(tr("Logged reciprocity and felt balance run from 0 to 100, where 100 is even; "
                              "\u2013 where there is nothing to measure (nothing logged, or no check-in "
                              "answered). Hover over a column's heading for what it shows."));
    key->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(key);
    layout->addWidget(m_showNotes);
    layout->addWidget(m_includeNotes);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    fill();
    fitTable();
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
    // Short headers over two lines keep every column in view; what each measure means is in
    // its header's tooltip and in the key under the table.
    struct Column
    {
        QString header;
        QString meaning;
    };
    const QList<Column> columns{
        {tr("#"), tr("The session's number, oldest first")},
        {tr("Date"), tr("When the session began")},
        {tr("Protocol"), tr("The guided-session protocol used that day")},
        {tr("Disclosures\n%1 · %2").arg(nameA, nameB), tr("How many disclosures each logged")},
        {tr("Logged\nreciprocity"),
         tr("How evenly both shared in what was logged, 0–100 (100: as much, as deep and as broad)")},
        {tr("Felt balance\n%1").arg(nameA), tr("How balanced %1 felt the sharing was, 0–100").arg(nameA)},
        {tr("Felt balance\n%1").arg(nameB), tr("How balanced %1 felt the sharing was, 0–100").arg(nameB)},
        {tr("Therapist notes"), tr("Your private notes of the session")},
    };
    // Words line up on the left, numbers (and their headings) on the right.
    const auto isText = [](int column) { return column == 1 || column == 2 || column == notesColumn; };
    m_table->setColumnCount(int(columns.size()));
    for (int c = 0; c < columns.size(); ++c) {
        auto *header = new QTableWidgetItem(columns.at(c).header);
        header->setToolTip(columns.at(c).meaning);
        header->setData(Qt::AccessibleTextRole, columns.at(c).meaning);
        header->setTextAlignment(isText(c) ? Qt::AlignLeft | Qt::AlignVCenter
                                           : Qt::AlignRight | Qt::AlignVCenter);
        m_table->setHorizontalHeaderItem(c, header);
    }
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const ClientHistoryRow &row = m_rows.at(r);
        const QStringList cells{QString::number(row.number),
                                SessionTime::text(row.start),
                                row.protocol.isEmpty() ? tr("none") : row.protocol,
                                tr("%1 · %2").arg(row.disclosuresA).arg(row.disclosuresB),
                                measure(row.loggedReciprocity),
                                measure(row.feltBalanceA),
                                measure(row.feltBalanceB),
                                row.notes};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            cell->setTextAlignment(isText(c) ? Qt::AlignLeft | Qt::AlignVCenter
                                             : Qt::AlignRight | Qt::AlignVCenter);
            if (!isText(c))
                cell->setToolTip(columns.at(c).meaning);
            if (cells.at(c) == noMeasure)
                cell->setData(Qt::AccessibleTextRole, tr("no data"));
            m_table->setItem(r, c, cell);
        }
    }
    // Private until asked for: the screen may be turned towards the clients.
    m_table->setColumnHidden(notesColumn, !m_showNotes->isChecked());
    m_table->resizeColumnsToContents();
    // Notes take the room the numbers leave and wrap in it, rather than widening the table.
    m_table->horizontalHeader()->setSectionResizeMode(notesColumn, QHeaderView::Stretch);
    if (!m_rows.isEmpty())
        m_table->selectRow(int(m_rows.size()) - 1);
}

void ClientHistoryDialog::fitTable()
{
    // Wide enough for every column (the notes too, once shown), within the screen it is on.
    int width = 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < m_table->columnCount(); ++c)
        if (!m_table->isColumnHidden(c))
            width += c == notesColumn ? notesWidth : m_table->columnWidth(c);
    const QMargins margins = layout()->contentsMargins();
    width += margins.left() + margins.right();
    // Never narrower than the user made it, and kept within the screen.
    width = std::max({width, 640, isVisible() ? this->width() : 0});
    const QScreen *screen = isVisible()      ? this->screen()
                            : parentWidget() ? parentWidget()->screen()
                                             : QGuiApplication::primaryScreen();
    if (!screen) {
        resize(width, std::max(height(), 500));
        return;
    }
    const QRect room = screen->availableGeometry();
    resize(std::min(width, room.width() - 40), std::max(height(), 500));
    if (isVisible() && frameGeometry().right() > room.right())
        move(std::max(room.left(), room.right() - frameGeometry().width()), y());
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
