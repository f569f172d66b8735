// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPainter.h"

#include "ChartKind.h"
#include "ChartPainter.h"
#include "OnionPainter.h"
#include "PrivateFiles.h"
#include "ScoreHistory.h"

#include <QBuffer>
#include <QDir>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace unfold {

namespace {

// Everything is laid out in logical pixels at 96 per inch, whatever the device's resolution.
constexpr double logicalDpi = 96;
constexpr double gap = 10;

// Keeps the vertical position on the current page and starts a new page when a block would
// not fit, so text-heavy parts of the report flow over pages on their own.
class PageFlow final
{
public:
    PageFlow(const std::function<bool()> &newPage, QPainter &painter, const QSizeF &page)
        : m_newPage(newPage), m_painter(painter), m_page(page)
    {}

    int pages() const { return m_pages; }
    double width() const { return m_page.width(); }
    double remaining() const { return m_page.height() - m_y; }

    void newPage()
    {
        m_newPage();
        ++m_pages;
        m_y = 0;
    }
    void ensure(double height)
    {
        if (height > remaining() && m_y > 0)
            newPage();
    }
    void skip(double height) { m_y += height; }

    // A block of wrapped text in `font`, indented by `indent`; returns its height.
    double text(const QString &value, const QFont &font, double indent = 0)
    {
        m_painter.setFont(font);
        const QRectF area(indent, 0, width() - indent, m_page.height());
        const QRectF needed = m_painter.boundingRect(area, Qt::TextWordWrap, value);
        ensure(needed.height());
        m_painter.drawText(QRectF(indent, m_y, width() - indent, needed.height()), Qt::TextWordWrap, value);
        m_y += needed.height();
        return needed.height();
    }

    // A picture drawn by `paint` at (0, y) with `height`, on a new page when it does not fit.
    template <typename Paint> void picture(double height, Paint paint)
    {
        ensure(height);
        m_painter.save();
        m_painter.translate(0, m_y);
        paint(QSizeF(width(), height));
        m_painter.restore();
        m_y += height;
    }

    // One row of a table: cells at the given column starts, on a new page when it does not fit.
    void row(const QStringList &cells, const QList<double> &columns, const QFont &font)
    {
        m_painter.setFont(font);
        const double height = QFontMetricsF(font).height() * 1.4;
        ensure(height);
        for (qsizetype i = 0; i < cells.size() && i < columns.size(); ++i) {
            const double right = i + 1 < columns.size() ? columns.at(i + 1) : width();
            const Qt::Alignment align = i >= 2 ? Qt::AlignRight : Qt::AlignLeft;
            m_painter.drawText(
                QRectF(columns.at(i), m_y, right - columns.at(i) - 6, height),
                align | Qt::AlignVCenter | Qt::TextSingleLine,
                QFontMetricsF(font).elidedText(cells.at(i), Qt::ElideRight, right - columns.at(i) - 6));
        }
        m_y += height;
    }

    void rule()
    {
        m_painter.drawLine(QPointF(0, m_y), QPointF(width(), m_y));
        m_y += 2;
    }

private:
    const std::function<bool()> &m_newPage;
    QPainter &m_painter;
    QSizeF m_page;
    double m_y = 0;
    int m_pages = 1;
};

// Where each column of a table starts: every column as wide as its widest cell (the heading in
// its bold type included); the room left over goes to the first column, and when the page is too
// narrow only the first `flexible` columns (the words) give way, so numbers and dates are never
// cut.
QList<double> fittedColumns(const QStringList &heading, const QList<QStringList> &rows,
                            const QFont &headingFont, const QFont &font, double width, int flexible)
{
    const QFontMetricsF headingMetrics(headingFont);
    const QFontMetricsF metrics(font);
    constexpr double padding = 10; // the 6 a row leaves at each cell's right, and a little air
    QList<double> natural(heading.size(), 0);
    for (qsizetype i = 0; i < heading.size(); ++i)
        natural[i] = headingMetrics.horizontalAdvance(heading.at(i)) + padding;
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < natural.size(); ++i)
            natural[i] = std::max(natural[i], metrics.horizontalAdvance(row.at(i)) + padding);
    double total = 0;
    for (double w : natural)
        total += w;
    if (total <= width) {
        natural[0] += width - total;
    } else {
        double fixed = 0;
        double words = 0;
        for (qsizetype i = 0; i < natural.size(); ++i)
            (i < flexible ? words : fixed) += natural[i];
        // The words share what the numbers leave, each in proportion to its own width; if even
        // that is too little, every column shrinks alike.
        const double room = width - fixed;
        const double scale = room > width * 0.3 ? room / words : width / total;
        for (qsizetype i = 0; i < natural.size(); ++i)
            if (i < flexible || room <= width * 0.3)
                natural[i] *= scale;
    }
    QList<double> starts;
    double x = 0;
    for (double w : natural) {
        starts.append(x);
        x += w;
    }
    return starts;
}

QFont sized(double points, bool bold = false)
{
    QFont font(QStringLiteral("Sans Serif"));
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

void paintScores(PageFlow &flow, const SessionReport &report)
{
    flow.text(ReportPainter::tr("Scores (0–100)"), sized(13, true));
    flow.skip(4);
    if (report.scores.isEmpty()) {
        flow.text(ReportPainter::tr("No questionnaire answered yet."), sized(10));
        return;
    }
    const double w = flow.width();
    const QStringList heading{ReportPainter::tr("Score"),    ReportPainter::tr("Person"),
                              ReportPainter::tr("Baseline"), ReportPainter::tr("Previous"),
                              ReportPainter::tr("Current"),  ReportPainter::tr("Change")};
    QList<QStringList> rows;
    for (const ReportScoreRow &row : report.scores)
        rows.append({row.label, row.respondent == Speaker::A ? report.personA : report.personB,
                     SessionReport::formatValue(row.baseline), SessionReport::formatValue(row.previous),
                     SessionReport::formatValue(row.current),
                     SessionReport::formatChange(row.previous, row.current)});
    const QList<double> columns = fittedColumns(heading, rows, sized(9, true), sized(9), w, 2);
    flow.row(heading, columns, sized(9, true));
    flow.rule();
    for (const QStringList &row : rows)
        flow.row(row, columns, sized(9));
    flow.skip(2);
    flow.text(ReportPainter::tr(
                  "Change is since the previous session; \"no data\" means the questionnaire was not "
                  "answered then. These numbers describe this relationship only; they are not norms."),
              sized(8));
    if (report.anyNorms()) {
        flow.skip(gap);
        flow.text(ReportPainter::tr("Reliable change (Jacobson–Truax)"), sized(11, true));
        const QStringList rciHeading{ReportPainter::tr("Score"), ReportPainter::tr("Person"),
                                     ReportPainter::tr("Since previous"),
                                     ReportPainter::tr("Since baseline")};
        QList<QStringList> rciRows;
        for (const ReportScoreRow &row : report.scores) {
            if (row.hasNorms)
                rciRows.append(
                    {row.label, row.respondent == Speaker::A ? report.personA : report.personB,
                     ScoreHistory::rciText(row.rciPrevious, SessionReport::formatValue(std::nullopt)),
                     ScoreHistory::rciText(row.rciBaseline, SessionReport::formatValue(std::nullopt))});
        }
        const QList<double> rciColumns = fittedColumns(rciHeading, rciRows, sized(9, true), sized(9), w, 2);
        flow.row(rciHeading, rciColumns, sized(9, true));
        flow.rule();
        for (const QStringList &row : rciRows)
            flow.row(row, rciColumns, sized(9));
    }
    flow.skip(2);
    flow.text(ScoreHistory::rciNote(), sized(8));
}

// The measures across the sessions up to the reported one: the same rows as the Charts view's
// summary table and `unfold metrics --summary`.
void paintSummary(PageFlow &flow, const SessionReport &report)
{
    flow.text(ReportPainter::tr("Across sessions 1 to %1 (descriptive)").arg(report.sessionNumber),
              sized(13, true));
    flow.skip(4);
    // A smaller type than the scores: some thirty rows, each with its span of dates.
    const QList<QStringList> rows = report.summary.rows(report.personA, report.personB);
    const QList<double> columns =
        fittedColumns(RelationshipSummary::columns(), rows, sized(8, true), sized(8), flow.width(), 2);
    flow.row(RelationshipSummary::columns(), columns, sized(8, true));
    flow.rule();
    for (const QStringList &row : rows)
        flow.row(row, columns, sized(8));
    flow.skip(2);
    flow.text(RelationshipSummary::caveat(), sized(8));
}

// The partner's account beside the journal's own, up to the reported session: the measures in
// words, the perception chart and the onion as the partner logged it.
void paintBothSides(PageFlow &flow, QPainter &painter, const SessionReport &report,
                    const ReportPictures &pictures)
{
    const ReportPerception &perception = *report.perception;
    flow.text(perception.heading(), sized(13, true));
    flow.skip(4);
    for (const QString &line : perception.summary)
        flow.text(line, sized(10));
    flow.text(perception.sessionLine(report.personA, report.personB), sized(10, true));
    flow.skip(gap);
    // The chart of the same pairs the words describe: those known by this session.
    ChartSubject charts = pictures.charts;
    charts.setPerception(perception.series);
    ChartRange range;
    range.to = report.date;
    flow.picture(std::min(flow.remaining() * 0.45, flow.width() * 0.5), [&](const QSizeF &size) {
        ChartPainter::paint(painter, size, ChartKind::Perception, charts, range);
    });
    if (!pictures.partnerOnion)
        return;
    flow.skip(gap);
    // The partner's sessions up to the one matched to this session, else those begun by its start.
    const OnionHistory &theirs = pictures.partnerOnion->history();
    int shown = 0;
    if (perception.session)
        shown = theirs.sessionIndex(perception.session->match.partnerSessionId) + 1;
    if (shown <= 0) {
        const QDateTime by = report.date.addSecs(SessionMatching::defaultWindowSeconds);
        for (const Session &s : theirs.sessions())
            shown += s.start <= by ? 1 : 0;
    }
    if (shown == 0)
        return; // nothing of theirs by then: no onion to show
    const OnionState state = theirs.stateAfter(shown);
    OnionPicture onion =
        pictures.partnerOnion->picture(state, nullptr, OnionMode::WhoReached, OnionTheme::light());
    onion.subtitle = ReportPainter::tr("%1's sessions 1 to %2 of %3")
                         .arg(perception.partner)
                         .arg(shown)
                         .arg(theirs.sessionCount());
    flow.ensure(flow.width() * 0.6);
    flow.picture(std::min(flow.remaining(), flow.width()),
                 [&](const QSizeF &size) { OnionPainter::paint(painter, size, onion); });
}

} // namespace

ReportPictures ReportPictures::load(const Journal &journal, qint64 relationshipId)
{
    return {OnionSubject::load(journal, relationshipId), ChartSubject::load(journal, relationshipId),
            OnionSubject::loadPartner(journal, relationshipId)};
}

int ReportPainter::paint(QPagedPaintDevice &device, const SessionReport &report,
                         const ReportPictures &pictures)
{
    return paint(
        device, device.pageLayout(), [&device] { return device.newPage(); }, report, pictures);
}

int ReportPainter::paint(QPaintDevice &device, const QPageLayout &layout,
                         const std::function<bool()> &newPage, const SessionReport &report,
                         const ReportPictures &pictures)
{
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);
    const double scale = device.logicalDpiX() / logicalDpi;
    painter.scale(scale, scale);
    const QSizeF page = layout.paintRect(QPageLayout::Point).size() * (logicalDpi / 72.0);
    PageFlow flow(newPage, painter, page);

    // Page 1: who, when, what; the summary; the onion with the session's change outlined.
    flow.text(tr("Session report"), sized(18, true));
    flow.skip(4);
    for (const QString &line : report.headerLines())
        flow.text(line, sized(10));
    flow.skip(gap);
    flow.text(tr("Disclosures logged in this session: %1 by %2, %3 by %4")
                  .arg(report.disclosuresA)
                  .arg(report.personA)
                  .arg(report.disclosuresB)
                  .arg(report.personB),
              sized(10));
    flow.text(tr("Logged reciprocity: %1 (previous session: %2)")
                  .arg(SessionReport::formatValue(report.loggedReciprocity),
                       SessionReport::formatValue(report.previousReciprocity)),
              sized(10));
    flow.skip(gap);
    const OnionState after = pictures.onion.history().stateAfter(report.sessionNumber);
    const OnionState before = pictures.onion.history().stateAfter(report.sessionNumber - 1);
    OnionPicture onion = pictures.onion.picture(after, &before, OnionMode::WhoReached, OnionTheme::light());
    onion.subtitle = tr("Before and after session %1: what is new is outlined").arg(report.sessionNumber);
    flow.picture(std::min(flow.remaining(), flow.width()),
                 [&](const QSizeF &size) { OnionPainter::paint(painter, size, onion); });

    // Page 2: the key charts, up to the reported session.
    flow.newPage();
    ChartRange range;
    range.to = report.date;
    const double chartHeight = (page.height() - gap) / 2;
    for (const ChartKind kind : {ChartKind::Reciprocity, ChartKind::Trust}) {
        flow.picture(chartHeight, [&](const QSizeF &size) {
            ChartPainter::paint(painter, size, kind, pictures.charts, range);
        });
        flow.skip(gap);
    }

    if (report.perception) {
        flow.newPage();
        paintBothSides(flow, painter, report, pictures);
    }

    // Then the text: scores, insights, and the notes only when they were asked for.
    flow.newPage();
    paintScores(flow, report);
    flow.skip(2 * gap);
    paintSummary(flow, report);
    flow.skip(2 * gap);
    flow.text(tr("Insights"), sized(13, true));
    flow.skip(4);
    if (report.insights.isEmpty())
        flow.text(tr("Nothing stands out in the data so far."), sized(10));
    for (const Insight &insight : report.insights) {
        flow.text(insight.title, sized(10, true));
        flow.text(insight.text, sized(10), 12);
        flow.text(tr("Based on:"), sized(9, true), 12);
        for (const InsightEvidence &e : insight.evidence)
            flow.text(QStringLiteral("• %1: %2").arg(e.label, e.value), sized(9), 24);
        flow.skip(4);
    }
    if (report.notesIncluded) {
        flow.skip(2 * gap);
        flow.text(tr("Therapist notes"), sized(13, true));
        flow.skip(4);
        flow.text(report.notes.isEmpty() ? tr("No notes for this session.") : report.notes, sized(10));
    }
    painter.end();
    return flow.pages();
}

int ReportPainter::writePdf(const QString &path, const SessionReport &report, const ReportPictures &pictures,
                            QString *error)
{
    // Drawn in memory, then written through the one checked path: QPdfWriter reports no failed
    // write, so a full disk would otherwise leave a truncated report and say it succeeded.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(tr("Session report: %1, session %2").arg(report.clients).arg(report.sessionNumber));
        pdf.setCreator(QStringLiteral("Unfold"));
        pdf.setResolution(int(logicalDpi));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        pages = paint(pdf, report, pictures);
    }
    buffer.close();
    if (pages == 0 || buffer.data().isEmpty()) {
        *error = tr("could not draw %1").arg(QDir::toNativeSeparators(path));
        return 0;
    }
    QString why;
    if (!PrivateFiles::writeAtomically(path, buffer.data(), &why)) {
        *error = tr("could not write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return 0;
    }
    return pages;
}

int ReportPainter::writeSessionPdf(const QString &path, const Journal &journal, qint64 relationshipId,
                                   qint64 sessionId, bool includeNotes, QString *error)
{
    const auto report = SessionReport::build(journal, relationshipId, sessionId, includeNotes, error);
    if (!report)
        return 0;
    return writePdf(path, *report, ReportPictures::load(journal, relationshipId), error);
}

} // namespace unfold
