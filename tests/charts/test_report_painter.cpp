// SPDX-License-Identifier: GPL-3.0-or-later
// The pages of a session report: painted onto a device that records every piece of
// text and every page break, so the test reads what the PDF shows, page by page; and the PDF
// file itself, counted by its page objects.
#include "../core/CoupleJournal.h"
#include "DemoJournal.h"
#include "PerceptionSummary.h"
#include "PrivateFiles.h"
#include "ReportPainter.h"
#include "TextRecorder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPaintEngine>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <climits>
#include <cstring>
#include <sys/stat.h>

using namespace unfold;
using testing::RecordingDevice;

namespace {

// The file's permission bits as the system keeps them.
int modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

} // namespace

class TestReportPainter final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    QList<qint64> m_sessions;
    qint64 m_relationship = 0;
    QPageLayout m_layout{QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 18, 18, 18),
                         QPageLayout::Millimeter};

    std::unique_ptr<RecordingDevice> paint(bool includeNotes, int *pages)
    {
        QString error;
        const auto report = SessionReport::build(*m_journal, m_relationship, 0, includeNotes, &error);
        if (!report)
            return nullptr;
        auto device = std::make_unique<RecordingDevice>(m_layout);
        RecordingDevice *raw = device.get();
        *pages = ReportPainter::paint(
            *device, m_layout, [raw] { return raw->newPage(); }, *report,
            ReportPictures::load(*m_journal, m_relationship));
        return device;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_journal = testing::writeCoupleJournal(m_dir.filePath(QStringLiteral("couple.unfold")), &m_sessions);
        QVERIFY(m_journal);
        m_relationship = m_journal->relationships().first().id;
    }

    void pagesCarryHeaderOnionChartsAndScores()
    {
        int pages = 0;
        const auto device = paint(false, &pages);
        QVERIFY(device);
        // Header and onion, charts, then the text on as many pages as it needs.
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QCOMPARE(device->pages.size(), pages);
        const QString first = device->pages.at(0).join(QLatin1Char(' '));
        QVERIFY(first.contains(QLatin1String("Session report")));
        QVERIFY(first.contains(QLatin1String("Clients: Anna & Ben")));
        QVERIFY(first.contains(QLatin1String("Session 3 of 3")));
        QVERIFY(first.contains(QLatin1String("Protocol: Escalating reciprocal disclosure")));
        QVERIFY(first.contains(QLatin1String("Before and after session 3"))); // the onion's subtitle
        const QString charts = device->pages.at(1).join(QLatin1Char(' '));
        QVERIFY2(charts.contains(QLatin1String("reciprocity"), Qt::CaseInsensitive), qPrintable(charts));
        QStringList rest;
        for (int p = 2; p < pages; ++p)
            rest.append(device->pages.at(p).join(QLatin1Char(' ')));
        const QString last = rest.join(QLatin1Char(' '));
        for (const char *column : {"Baseline", "Previous", "Current", "Change", "Insights"})
            QVERIFY2(last.contains(QLatin1String(column)), column);
        // Anna's balance: 40 at baseline, 50 before, 70 now.
        QVERIFY(last.contains(QLatin1String("+20")));
        // The measures across the sessions, as the report's content has them, row by row.
        QVERIFY2(last.contains(QLatin1String("Across sessions 1 to 3 (descriptive)")), qPrintable(last));
        QString error;
        const auto report = SessionReport::build(*m_journal, m_relationship, 0, false, &error);
        QVERIFY(report);
        const QList<QStringList> rows = report->summary.rows(report->personA, report->personB);
        QVERIFY(rows.size() > 20);
        QStringList drawn; // every text item, whole: a cell cut short would not be found
        for (const QStringList &page : std::as_const(device->pages))
            drawn.append(page);
        for (const QStringList &row : rows) {
            for (const QString &cell : row)
                QVERIFY2(cell.isEmpty() || drawn.contains(cell), qPrintable(cell));
        }
    }

    void notesOnlyWhenAsked()
    {
        int pages = 0;
        auto device = paint(false, &pages);
        QVERIFY(device);
        QVERIFY(!device->text().contains(QLatin1String("hesitated")));
        QVERIFY(!device->text().contains(QLatin1String("Therapist notes")));
        device = paint(true, &pages);
        QVERIFY(device);
        QVERIFY(device->pages.last().join(QLatin1Char(' ')).contains(QLatin1String("Therapist notes")));
        QVERIFY(device->text().contains(QLatin1String("hesitated about money")));
    }

    void bothSidesWhenThePartnersAccountIsThere()
    {
        // The couple journal has no partner's account: no such page.
        int pages = 0;
        auto device = paint(false, &pages);
        QVERIFY(device);
        QVERIFY(!device->text().contains(QLatin1String("Both sides")));

        // The personal demo's partner relationship carries one.
        const QString path = m_dir.filePath(QStringLiteral("demo.unfold"));
        QString error;
        QVERIFY2(DemoJournal::write(path, DemoJournal::Profile::Personal, 1, false, &error),
                 qPrintable(error));
        JournalProblem problem;
        const auto journal = Journal::open(path, JournalStore::Access::ReadWrite,
                                           m_dir.filePath(QStringLiteral("b")), &problem);
        QVERIFY2(journal, qPrintable(problem.message));
        qint64 shared = 0;
        for (const Relationship &r : journal->relationships())
            shared = journal->partnerAccount(r.id) ? r.id : shared;
        QVERIFY(shared != 0);
        const auto report = SessionReport::build(*journal, shared, 0, false, &error);
        QVERIFY2(report && report->perception, qPrintable(error));
        RecordingDevice recorder(m_layout);
        pages = ReportPainter::paint(
            recorder, m_layout, [&recorder] { return recorder.newPage(); }, *report,
            ReportPictures::load(*journal, shared));
        QCOMPARE(recorder.pages.size(), pages);
        // Page 3, after the onion and the charts: the measures, this session's pair, the
        // perception chart and the onion as the partner logged it.
        const QString both = recorder.pages.at(2).join(QLatin1Char(' '));
        const QString partner = report->perception->partner;
        QVERIFY2(both.contains(QStringLiteral("Both sides: %1's account beside yours").arg(partner)),
                 qPrintable(both));
        // Each line wraps into several text items: every one of its words is on the page.
        for (const QString &line : report->perception->summary)
            for (const QString &word : line.split(u' ', Qt::SkipEmptyParts))
                QVERIFY2(both.contains(word), qPrintable(word));
        QVERIFY(report->perception->session); // the demo's latest session has its pair
        QVERIFY(both.contains(QLatin1String("This session beside")));
        QVERIFY(both.contains(PerceptionSummary::indexText(report->perception->session->agreementIndex)));
        QVERIFY2(both.contains(QStringLiteral("as %1 logged it").arg(partner)), qPrintable(both));
        // The partner's onion up to their session paired with this one.
        const OnionSubject theirs = *OnionSubject::loadPartner(*journal, shared);
        const int upTo =
            theirs.history().sessionIndex(report->perception->session->match.partnerSessionId) + 1;
        QVERIFY2(both.contains(QStringLiteral("%1's sessions 1 to %2 of %3")
                                   .arg(partner)
                                   .arg(upTo)
                                   .arg(theirs.history().sessionCount())),
                 qPrintable(both));
        // The same in the report's text.
        QVERIFY(report->text().contains(report->perception->sessionLine(report->personA, report->personB)));
    }

    // A report is handed on: on A4 and on Letter no text of any page is cut short, cut off or drawn
    // over another, neither by
    // the report's own tables nor by its pictures' titles, legends and labels (each would end in
    // an ellipsis). The personal demo's partner relationship has every page, with long spans of
    // dates and the partner's account.
    void nothingIsCutOnAnyPage_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("A4") << int(QPageSize::A4);
        QTest::newRow("Letter") << int(QPageSize::Letter);
    }

    void nothingIsCutOnAnyPage()
    {
        QFETCH(int, size);
        const QString path = m_dir.filePath(QStringLiteral("whole.unfold"));
        QString error;
        if (!QFile::exists(path))
            QVERIFY2(DemoJournal::write(path, DemoJournal::Profile::Personal, 1, false, &error),
                     qPrintable(error));
        JournalProblem problem;
        const auto journal = Journal::open(path, JournalStore::Access::ReadOnly, {}, &problem);
        QVERIFY2(journal, qPrintable(problem.message));
        qint64 shared = 0;
        for (const Relationship &r : journal->relationships())
            shared = journal->partnerAccount(r.id) ? r.id : shared;
        const auto report = SessionReport::build(*journal, shared, 0, true, &error);
        QVERIFY2(report && report->perception, qPrintable(error));
        const QPageLayout layout(QPageSize(QPageSize::PageSizeId(size)), QPageLayout::Portrait,
                                 QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        RecordingDevice recorder(layout);
        const int pages = ReportPainter::paint(
            recorder, layout, [&recorder] { return recorder.newPage(); }, *report,
            ReportPictures::load(*journal, shared));
        QVERIFY(pages >= 4);
        // Nothing cut short, off its page or clipped, and no two labels over each other.
        const QSizeF page = layout.fullRectPixels(96).size();
        QStringList problems;
        for (qsizetype p = 0; p < recorder.boxes.size(); ++p)
            for (const QString &found : testing::problemsOf(recorder.boxes.at(p), page))
                problems.append(QStringLiteral("page %1: %2").arg(p + 1).arg(found));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void pdfFileHasItsPagesAndLeavesNoTemporary()
    {
        QString error;
        const auto report = SessionReport::build(*m_journal, m_relationship, 0, false, &error);
        QVERIFY(report);
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        const int pages =
            ReportPainter::writePdf(path, *report, ReportPictures::load(*m_journal, m_relationship), &error);
        QCOMPARE(pages, 3);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString pdf = QString::fromLatin1(file.readAll());
        QVERIFY(pdf.startsWith(QLatin1String("%PDF")));
        QCOMPARE(pdf.count(QRegularExpression(QStringLiteral("/Type\\s*/Page(?!s)"))), 3);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.pdf*")}, QDir::Files),
                 QStringList{QStringLiteral("report.pdf")});
        // A folder that does not exist: an error, and nothing written.
        QCOMPARE(ReportPainter::writePdf(m_dir.filePath(QStringLiteral("missing/r.pdf")), *report,
                                         ReportPictures::load(*m_journal, m_relationship), &error),
                 0);
        QVERIFY(!error.isEmpty());
    }

    // A report can carry therapist notes: it is written 0600 under an ordinary umask, and a disk
    // that fills while it is written is reported and leaves last session's report whole.
    void aFullDiskKeepsTheEarlierReport()
    {
        QString error;
        const auto report = SessionReport::build(*m_journal, m_relationship, 0, true, &error);
        QVERIFY(report);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        const mode_t before = ::umask(022);
        QVERIFY(ReportPainter::writePdf(path, *report, ReportPictures::load(*m_journal, m_relationship),
                                        &error) > 0);
        QCOMPARE(modeOf(path), 0600);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray earlier = file.readAll();
        file.close();
        for (const auto step : {PrivateFiles::Step::Create, PrivateFiles::Step::Write,
                                PrivateFiles::Step::Sync, PrivateFiles::Step::Rename}) {
            PrivateFiles::failNextAt(step, ENOSPC);
            error.clear();
            QCOMPARE(ReportPainter::writePdf(path, *report, ReportPictures::load(*m_journal, m_relationship),
                                             &error),
                     0);
            QVERIFY2(error.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))), qPrintable(error));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), earlier);
            file.close();
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                     QStringList{QStringLiteral("report.pdf")});
        }
        PrivateFiles::clearFaults();
        ::umask(before);
    }
};

QTEST_MAIN(TestReportPainter)
#include "test_report_painter.moc"
