// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuidedSessionSummary.h"

#include "OnionPainter.h"
#include "ReportPainter.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QTableWidget>

#include <cmath>

namespace unfold {

namespace {

constexpr int onionSide = 300;

QPixmap onionPixmap(const OnionPicture &picture, qreal ratio)
{
    QPixmap pixmap(QSize(onionSide, onionSide) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(picture.theme.background);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    OnionPainter::paint(painter, QSizeF(onionSide, onionSide), picture);
    return pixmap;
}

// The "felt balance of sharing" of the check-in, 0–100, for one partner in this session.
std::optional<double> feltBalance(const SessionReport &report, Speaker who)
{
    for (const ReportScoreRow &row : report.scores) {
        if (row.instrumentId == QLatin1String("session-checkin") &&
            row.subscaleId == QLatin1String("balance") && row.respondent == who)
            return row.current;
    }
    return std::nullopt;
}

} // namespace

GuidedSessionSummary::GuidedSessionSummary(QWidget *parent) : QWidget(parent)
{
    m_heading = new QLabel;
    m_heading->setWordWrap(true);
    m_before = new QLabel;
    m_before->setAccessibleName(tr("The onion before this session"));
    m_after = new QLabel;
    m_after->setAccessibleName(tr("The onion after this session"));
    m_reciprocity = new QLabel;
    m_reciprocity->setWordWrap(true);
    m_reciprocity->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    // Heard by its text (the words change with the session); what it is, as its description.
    m_reciprocity->setObjectName(QStringLiteral("reciprocity"));
    m_reciprocity->setText(tr("Logged reciprocity: shown when the rounds end."));
    m_reciprocity->setAccessibleDescription(
        tr("Reciprocity of this session: how evenly the two opened up, in words."));
    m_scores = new QTableWidget;
    m_scores->setTabKeyNavigation(false); // one Tab stop; the arrows move from cell to cell
    m_scores->setAccessibleName(tr("Scores of both partners side by side"));
    m_scores->setAccessibleDescription(tr("The check-in scores of this session, one row per measure."));
    m_scores->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scores->verticalHeader()->hide();

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_heading, 0, 0, 1, 2);
    layout->addWidget(new QLabel(tr("Before")), 1, 0);
    layout->addWidget(new QLabel(tr("After (new is outlined)")), 1, 1);
    layout->addWidget(m_before, 2, 0);
    layout->addWidget(m_after, 2, 1);
    layout->addWidget(m_reciprocity, 3, 0, 1, 2);
    layout->addWidget(m_scores, 4, 0, 1, 2);
    layout->setRowStretch(4, 1);
}

void GuidedSessionSummary::setReport(const SessionReport &report, const ReportPictures &pictures)
{
    m_heading->setText(report.headerLines().join(QLatin1Char('\n')));
    const OnionState after = pictures.onion.history().stateAfter(report.sessionNumber);
    const OnionState before = pictures.onion.history().stateAfter(report.sessionNumber - 1);
    const qreal ratio = devicePixelRatioF();
    const OnionTheme theme = OnionTheme::forPalette(palette());
    m_before->setPixmap(
        onionPixmap(pictures.onion.picture(before, nullptr, OnionMode::WhoReached, theme), ratio));
    m_after->setPixmap(
        onionPixmap(pictures.onion.picture(after, &before, OnionMode::WhoReached, theme), ratio));

    m_reciprocity->setText(
        tr("Logged reciprocity: %1 this session, %2 the session before (0–100; %3 answers by %4, "
           "%5 by %6).\nFelt balance of sharing (check-in, 0–100): %7 %8, %9 %10.")
            .arg(SessionReport::formatValue(report.loggedReciprocity),
                 SessionReport::formatValue(report.previousReciprocity))
            .arg(report.disclosuresA)
            .arg(report.personA)
            .arg(report.disclosuresB)
            .arg(report.personB, report.personA, SessionReport::formatValue(feltBalance(report, Speaker::A)),
                 report.personB, SessionReport::formatValue(feltBalance(report, Speaker::B))));

    // One row per score, the partners side by side.
    QStringList labels;
    for (const ReportScoreRow &row : report.scores) {
        if (!labels.contains(row.label))
            labels.append(row.label);
    }
    const QStringList headers{tr("Score"),
                              report.personA,
                              report.personB,
                              tr("Difference"),
                              tr("%1 since first").arg(report.personA),
                              tr("%1 since previous").arg(report.personA),
                              tr("%1 since first").arg(report.personB),
                              tr("%1 since previous").arg(report.personB)};
    m_scores->clear();
    m_scores->setColumnCount(int(headers.size()));
    m_scores->setHorizontalHeaderLabels(headers);
    m_scores->setRowCount(int(labels.size()));
    for (int r = 0; r < labels.size(); ++r) {
        const ReportScoreRow *a = nullptr;
        const ReportScoreRow *b = nullptr;
        for (const ReportScoreRow &row : report.scores) {
            if (row.label == labels.at(r))
                (row.respondent == Speaker::A ? a : b) = &row;
        }
        const auto current = [](const ReportScoreRow *row) { return row ? row->current : std::nullopt; };
        QString difference;
        if (current(a) && current(b)) {
            const double gap = std::round(*current(b) - *current(a));
            // Marked by a sign and a word, so the difference reads without colour.
            difference = std::abs(gap) >= markedDifference ? tr("%1 ⚑ apart").arg(std::abs(gap))
                                                           : QString::number(std::abs(gap));
        }
        const QStringList cells{labels.at(r),
                                SessionReport::formatValue(current(a)),
                                SessionReport::formatValue(current(b)),
                                difference,
                                a ? SessionReport::formatChange(a->baseline, a->current) : QString(),
                                a ? SessionReport::formatChange(a->previous, a->current) : QString(),
                                b ? SessionReport::formatChange(b->baseline, b->current) : QString(),
                                b ? SessionReport::formatChange(b->previous, b->current) : QString()};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 3 && cells.at(c).contains(QChar(0x2691))) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_scores->setItem(r, c, item);
        }
    }
    m_scores->resizeColumnsToContents();
}

} // namespace unfold
