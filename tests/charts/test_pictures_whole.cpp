// SPDX-License-Identifier: GPL-3.0-or-later
// Every picture at its default export size shows its words whole: no title, legend, label or
// number cut short (it would end in an ellipsis) and no two labels drawn over each other.
#include "ChartPainter.h"
#include "ChartSubject.h"
#include "DemoJournal.h"
#include "Journal.h"
#include "OnionPainter.h"
#include "OnionSubject.h"
#include "TextRecorder.h"

#include <QPainter>

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace unfold;
using testing::DrawnText;
using testing::problemsOf;
using testing::RecordingDevice;

class TestPicturesWhole final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    qint64 m_partner = 0; // the relationship with every kind of data, the partner's account too

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString path = m_dir.filePath(QStringLiteral("demo.unfold"));
        QString error;
        QVERIFY2(DemoJournal::write(path, DemoJournal::Profile::Personal, 1, false, &error),
                 qPrintable(error));
        JournalProblem problem;
        m_journal = Journal::open(path, JournalStore::Access::ReadOnly, {}, &problem);
        QVERIFY2(m_journal, qPrintable(problem.message));
        for (const Relationship &r : m_journal->relationships())
            m_partner = m_journal->partnerAccount(r.id) ? r.id : m_partner;
        QVERIFY(m_partner != 0);
    }

    void chartsAtTheirExportSize_data()
    {
        QTest::addColumn<int>("kind");
        for (ChartKind kind : ChartKinds::all())
            QTest::newRow(qPrintable(ChartKinds::key(kind))) << int(kind);
    }

    // 1000 × 600, as Export Picture and `unfold export chart` make them.
    void chartsAtTheirExportSize()
    {
        QFETCH(int, kind);
        ChartSubject subject = ChartSubject::load(*m_journal, m_partner);
        const QSize size(1000, 600);
        RecordingDevice device(size);
        {
            QPainter painter(&device);
            ChartPainter::paint(painter, QSizeF(size), ChartKind(kind), subject, {});
        }
        QVERIFY(!device.boxes.first().isEmpty());
        const QStringList problems = problemsOf(device.boxes.first(), QSizeF(size));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // As the Charts tab shows them on a 1366-pixel laptop (the tab beside the lists is some 700
    // wide), and narrower: no name in a legend, no axis label cut short (the layer mix's session
    // labels read "#1 · 3 ..." before). Below some 500 pixels Qt still cuts the reciprocity
    // chart's legend names.
    void chartsAtAWindowsWidth_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("width");
        for (ChartKind kind : ChartKinds::all())
            for (int width : {700, 520})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(ChartKinds::key(kind)).arg(width)))
                    << int(kind) << width;
    }

    void chartsAtAWindowsWidth()
    {
        QFETCH(int, kind);
        QFETCH(int, width);
        ChartSubject subject = ChartSubject::load(*m_journal, m_partner);
        const QSize size(width, 480);
        RecordingDevice device(size);
        {
            QPainter painter(&device);
            ChartPainter::paint(painter, QSizeF(size), ChartKind(kind), subject, {});
        }
        const QStringList problems = problemsOf(device.boxes.first(), QSizeF(size));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Many events close together, with long labels: their words stay whole and apart, and each
    // event is still named somewhere in the picture.
    void crowdedEventsStayReadable_data() { chartsAtTheirExportSize_data(); }
    void crowdedEventsStayReadable()
    {
        QFETCH(int, kind);
        const ChartSubject loaded = ChartSubject::load(*m_journal, m_partner);
        const QDate last = loaded.series().sessions().last().session.start.date();
        QList<TimelineEvent> events;
        const QStringList labels{
            QStringLiteral("Moved in together"),       QStringLiteral("Job loss"),
            QStringLiteral("Holiday at the coast"),    QStringLiteral("First big argument"),
            QStringLiteral("Started couples therapy"), QStringLiteral("Anniversary")};
        for (qsizetype i = 0; i < labels.size(); ++i)
            events.append({0, m_partner, last.addDays(-3 * (labels.size() - i)), labels.at(i)});
        ChartSubject subject(
            loaded.series(), events, QStringLiteral("Alex"), QStringLiteral("Sam"),
            {QStringLiteral("Peripheral"), QStringLiteral("Intermediate"), QStringLiteral("Core")});
        subject.setPerception(loaded.perception());
        const QSize size(1000, 600);
        RecordingDevice device(size);
        {
            QPainter painter(&device);
            ChartPainter::paint(painter, QSizeF(size), ChartKind(kind), subject, {});
        }
        const QList<DrawnText> &drawn = device.boxes.first();
        const QStringList problems = problemsOf(drawn, QSizeF(size));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        if (ChartKind(kind) == ChartKind::Topics || ChartKind(kind) == ChartKind::Perception)
            return; // no timeline of sessions to mark
        QString everything;
        for (const DrawnText &t : drawn)
            everything += t.text + u' ';
        for (const QString &label : labels)
            QVERIFY2(everything.contains(label),
                     qPrintable(label + QLatin1String(" is not in: ") + everything));
    }

    // Events with room between them keep their labels on the chart, with no key.
    void spacedEventsAreWrittenOut()
    {
        const ChartSubject loaded = ChartSubject::load(*m_journal, m_partner);
        const auto &sessions = loaded.series().sessions();
        const QList<TimelineEvent> events{
            {0, m_partner, sessions.at(sessions.size() / 4).session.start.date(),
             QStringLiteral("Moved in together")},
            {0, m_partner, sessions.at(3 * sessions.size() / 4).session.start.date(),
             QStringLiteral("Job loss")}};
        const ChartSubject subject(loaded.series(), events, QStringLiteral("Alex"), QStringLiteral("Sam"),
                                   {});
        RecordingDevice device(QSize(1000, 600));
        {
            QPainter painter(&device);
            ChartPainter::paint(painter, QSizeF(1000, 600), ChartKind::Depth, subject, {});
        }
        QStringList texts;
        for (const DrawnText &t : device.boxes.first())
            texts.append(t.text);
        QVERIFY2(texts.contains(QStringLiteral("Moved in together")) &&
                     texts.contains(QStringLiteral("Job loss")),
                 qPrintable(texts.join(u'|')));
        QVERIFY2(!texts.join(u'|').contains(QStringLiteral("Events:")), qPrintable(texts.join(u'|')));
        QVERIFY(problemsOf(device.boxes.first(), QSizeF(1000, 600)).isEmpty());
    }

    // The check itself: words cut off by the picture's edge or by the clip they were drawn in,
    // and words drawn over each other, are each caught.
    void cutOffAndOverlappingWordsAreCaught()
    {
        const QSize size(200, 100);
        RecordingDevice device(size);
        {
            QPainter painter(&device);
            painter.drawText(QPointF(10, 30), QStringLiteral("Whole"));
            painter.drawText(QPointF(180, 60), QStringLiteral("Off the edge"));
            painter.setClipRect(QRectF(10, 70, 20, 30));
            painter.drawText(QPointF(10, 90), QStringLiteral("Clipped"));
            painter.setClipping(false);
            painter.drawText(QPointF(100, 30), QStringLiteral("One"));
            painter.drawText(QPointF(102, 31), QStringLiteral("Two"));
        }
        const QString problems = problemsOf(device.boxes.first(), QSizeF(size)).join(u'\n');
        QVERIFY2(!problems.contains(QStringLiteral("Whole")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("off the picture: \"Off the edge\"")),
                 qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("clipped: \"Clipped\"")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("\"One\" over \"Two\"")), qPrintable(problems));
    }

    // 800 × 800, in both modes, over the whole history and over the latest sessions.
    void theOnionAtItsExportSize_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("window");
        QTest::newRow("who reached") << int(OnionMode::WhoReached) << 0;
        QTest::newRow("balance") << int(OnionMode::Balance) << 0;
        QTest::newRow("last 5 sessions") << int(OnionMode::WhoReached) << 5;
    }

    void theOnionAtItsExportSize()
    {
        QFETCH(int, mode);
        QFETCH(int, window);
        const OnionSubject subject = OnionSubject::load(*m_journal, m_partner);
        const OnionHistory &history = subject.history();
        const int last = history.sessionCount();
        const OnionState all = history.stateAfter(last);
        const OnionState shown = window > 0 ? history.stateWithin(last, window) : all;
        const OnionState before = history.stateAfter(last - 1);
        const OnionPicture picture = subject.picture(shown, window > 0 ? nullptr : &before, OnionMode(mode),
                                                     OnionTheme::light(), window > 0 ? &all : nullptr);
        const QSize size(800, 800);
        RecordingDevice device(size);
        {
            QPainter painter(&device);
            OnionPainter::paint(painter, QSizeF(size), picture);
        }
        QVERIFY(!device.boxes.first().isEmpty());
        const QStringList problems = problemsOf(device.boxes.first(), QSizeF(size));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // The legend keys only what this picture can show: faint cells with a window of sessions,
        // outlined ones when it is compared with the session before (it promised "before this
        // session" cells that never came).
        QString legend;
        for (const DrawnText &t : device.boxes.first())
            legend += t.text + u'|';
        const bool reached = OnionMode(mode) == OnionMode::WhoReached; // Balance colours by who leads
        QCOMPARE(legend.contains(QStringLiteral("faint: reached before")), reached && window > 0);
        QCOMPARE(legend.contains(QStringLiteral("outlined: new in this session")), reached && window == 0);
    }
};

QTEST_MAIN(TestPicturesWhole)
#include "test_pictures_whole.moc"
