// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartSubject.h"
#include "Insights.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace unfold {

// Gentle, dismissible observations about the selected relationship (DESIGN.md §2.2), each
// with the numbers it rests on. Dismissals are remembered per journal.
class InsightsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit InsightsPanel(QWidget *parent = nullptr);
    void setSubject(const QString &journalPath, const ChartSubject &subject, const InsightContext &context);
    // The insights rest only on sessions up to this one (0: the latest; -1: none is in view).
    void setSessionInView(qint64 sessionId);
    int shownCount() const { return m_shown; }
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void openSessionRequested(qint64 sessionId);

private:
    void dismiss(const QString &key);
    void refill();

    QString m_journalPath;
    ChartSubject m_subject;
    InsightContext m_context;
    QLabel *m_scope = nullptr;
    QSet<QString> m_dismissed;
    QVBoxLayout *m_list = nullptr;
    QWidget *m_content = nullptr;
    QScrollArea *m_scroll = nullptr;
    int m_shown = 0;
};

} // namespace unfold
