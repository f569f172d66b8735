// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SessionReport.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace unfold {
struct ReportPictures;
}

namespace unfold {

// The end of a guided session: the onion before and after it, logged and felt reciprocity,
// and each partner's scores side by side with their differences and changes marked in words
// and signs, not colour alone. Therapist notes are never shown here: clients may be looking.
class GuidedSessionSummary final : public QWidget
{
    Q_OBJECT

public:
    explicit GuidedSessionSummary(QWidget *parent = nullptr);

    void setReport(const SessionReport &report, const ReportPictures &pictures);
    QTableWidget *scores() const { return m_scores; }
    QLabel *reciprocity() const { return m_reciprocity; }

    // Partners' scores this far apart (0–100 points) are marked as a difference.
    static constexpr double markedDifference = 15;

private:
    QLabel *m_heading = nullptr;
    QLabel *m_before = nullptr;
    QLabel *m_after = nullptr;
    QLabel *m_reciprocity = nullptr;
    QTableWidget *m_scores = nullptr;
};

} // namespace unfold
