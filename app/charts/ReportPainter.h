// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartSubject.h"
#include "OnionSubject.h"
#include "SessionReport.h"

#include <QCoreApplication>

#include <functional>

class QPageLayout;
class QPagedPaintDevice;
class QPaintDevice;

namespace unfold {

// What a report draws besides its text: the relationship's onion and charts.
struct ReportPictures
{
    OnionSubject onion;
    ChartSubject charts;
    std::optional<OnionSubject> partnerOnion; // the onion of the partner's account, when there is one

    static ReportPictures load(const Journal &journal, qint64 relationshipId);
};

// Lays a SessionReport out on the pages of any paged device: a PDF file and a printer get the
// same pages. Page 1: header, summary and the onion before and after the session; page 2: the
// key charts; when the partner's account is in the journal, a page of both sides (the measures,
// the perception chart, the onion as the partner logged it); then the scores table (with reliable change
// where norms exist), the measures across the sessions so far, the insights and (only when included) the
// notes, flowing onto as many pages as they need.
class ReportPainter final
{
    Q_DECLARE_TR_FUNCTIONS(unfold::ReportPainter)

public:
    // Paints every page; returns the number of pages, 0 when the device could not be painted.
    static int paint(QPagedPaintDevice &device, const SessionReport &report, const ReportPictures &pictures);
    // The same onto any device: `layout` gives the page, `newPage` moves on to a fresh one.
    static int paint(QPaintDevice &device, const QPageLayout &layout, const std::function<bool()> &newPage,
                     const SessionReport &report, const ReportPictures &pictures);

    // Writes the report as a PDF file through a temporary file, so a failed write leaves any
    // earlier file at `path` as it was. Returns the page count, or 0 with `error` set.
    static int writePdf(const QString &path, const SessionReport &report, const ReportPictures &pictures,
                        QString *error);
    // Builds the report of a session (the latest when `sessionId` is 0) and writes it as above:
    // what the command line, the wizard and the client history all do.
    static int writeSessionPdf(const QString &path, const Journal &journal, qint64 relationshipId,
                               qint64 sessionId, bool includeNotes, QString *error);
};

} // namespace unfold
