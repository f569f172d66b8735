// SPDX-License-Identifier: GPL-3.0-or-later
#include "InsightsPanel.h"

#include "Heading.h"

#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QVBoxLayout>

namespace unfold {

namespace {
QString settingsKey(const QString &journalPath)
{
    return QStringLiteral("insights/dismissed/%1").arg(QString::number(qHash(journalPath), 16));
}
} // namespace

InsightsPanel::InsightsPanel(QWidget *parent) : QWidget(parent)
{
    auto *heading = newHeading(tr("Insights"));
    auto *note = new QLabel(tr("Observations from your log, not judgements. Each shows what it rests on."));
    note->setWordWrap(true);
    m_scope = new QLabel;
    m_scope->setWordWrap(true);
    m_content = new QWidget;
    m_list = new QVBoxLayout(m_content);
    m_list->addStretch();
    auto *scroll = new QScrollArea;
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_content);
    // The cards wrap to the panel's width; the panel is never narrower than a card needs (see
    // minimumSizeHint), so nothing hides behind a sideways scroll bar.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    // Without a frame nothing would show that the area has focus: Tab goes straight to the cards'
    // buttons instead, and the area scrolls to each.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setAccessibleName(tr("Insights"));
    scroll->setAccessibleDescription(tr("Observations from your log, each with what it rests on."));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(note);
    layout->addWidget(m_scope);
    layout->addWidget(scroll, 1);
    setAccessibleName(tr("Insights"));
}

QSize InsightsPanel::minimumSizeHint() const
{
    QSize hint = QWidget::minimumSizeHint();
    hint.setWidth(std::max(hint.width(), 220));
    const int cards = m_content->minimumSizeHint().width() +
                      m_scroll->verticalScrollBar()->sizeHint().width() + 2 * m_scroll->frameWidth();
    hint.setWidth(std::max(hint.width(), cards));
    return hint;
}

void InsightsPanel::setSubject(const QString &journalPath, const ChartSubject &subject,
                               const InsightContext &context)
{
    if (journalPath != m_journalPath) {
        m_journalPath = journalPath;
        const QStringList saved = QSettings().value(settingsKey(journalPath)).toStringList();
        m_dismissed = QSet<QString>(saved.begin(), saved.end());
    }
    m_subject = subject;
    m_context = context;
    refill();
}

void InsightsPanel::setSessionInView(qint64 sessionId)
{
    if (sessionId == m_context.sessionInView)
        return;
    m_context.sessionInView = sessionId;
    refill();
}

void InsightsPanel::dismiss(const QString &key)
{
    m_dismissed.insert(key);
    if (!m_journalPath.isEmpty())
        QSettings().setValue(settingsKey(m_journalPath), QStringList(m_dismissed.begin(), m_dismissed.end()));
    refill();
}

void InsightsPanel::refill()
{
    while (m_list->count() > 1) {
        QLayoutItem *item = m_list->takeAt(0);
        delete item->widget();
        delete item;
    }
    m_shown = 0;
    const auto &sessions = m_subject.series().sessions();
    const qint64 inView = m_context.sessionInView == 0 && !sessions.isEmpty() ? sessions.last().session.id
                                                                              : m_context.sessionInView;
    const int number = m_subject.sessionNumber(inView);
    m_scope->setText(number > 0 ? tr("Up to session %1 of %2, the last one the chart shows.")
                                      .arg(QLocale().toString(number), QLocale().toString(sessions.size()))
                                : QString());
    m_scope->setVisible(number > 0);
    const QList<Insight> insights =
        number > 0 ? Insights::find(m_subject.series(), m_context) : QList<Insight>();
    for (const Insight &insight : insights) {
        if (m_dismissed.contains(insight.key))
            continue;
        auto *card = new QFrame;
        card->setFrameShape(QFrame::StyledPanel);
        auto *cardLayout = new QVBoxLayout(card);
        auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(insight.title.toHtmlEscaped()));
        title->setWordWrap(true);
        auto *text = new QLabel(insight.text);
        text->setWordWrap(true);
        cardLayout->addWidget(title);
        cardLayout->addWidget(text);
        QString numbers;
        for (const InsightEvidence &e : insight.evidence)
            numbers += QStringLiteral("• %1: %2<br/>").arg(e.label.toHtmlEscaped(), e.value.toHtmlEscaped());
        auto *evidence = new QLabel(tr("<small>Based on:<br/>%1</small>").arg(numbers));
        evidence->setWordWrap(true);
        cardLayout->addWidget(evidence);
        auto *buttons = new QHBoxLayout;
        if (!insight.sessionIds.isEmpty()) {
            auto *open = new QPushButton(tr("Open Latest Session"));
            open->setAccessibleName(tr("Open the latest session of: %1").arg(insight.title));
            open->setAccessibleDescription(tr("Opens the most recent session this observation rests on."));
            const qint64 id = insight.sessionIds.last();
            connect(open, &QPushButton::clicked, this, [this, id] { Q_EMIT openSessionRequested(id); });
            buttons->addWidget(open);
        }
        auto *dismissButton = new QPushButton(tr("Dismiss"));
        dismissButton->setAccessibleName(tr("Dismiss: %1").arg(insight.title));
        dismissButton->setAccessibleDescription(tr("Hides this observation for this journal."));
        const QString key = insight.key;
        connect(dismissButton, &QPushButton::clicked, this, [this, key] { dismiss(key); });
        buttons->addWidget(dismissButton);
        cardLayout->addLayout(buttons);
        card->setAccessibleName(insight.title);
        card->setAccessibleDescription(insight.text);
        m_list->insertWidget(m_list->count() - 1, card);
        ++m_shown;
    }
    if (m_shown == 0) {
        auto *none = new QLabel(tr("Nothing to point out for now."));
        none->setWordWrap(true);
        m_list->insertWidget(0, none);
    }
    updateGeometry(); // the widest card sets the panel's minimum width
}

} // namespace unfold
