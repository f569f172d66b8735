// SPDX-License-Identifier: GPL-3.0-or-later
// Paint time per frame of the onion at 1000 × 1000 px for the largest relationship of the heavy
// journal, beside a floor: a minimal painter filling the same number of sectors on the same
// kind of image in the same run. Prints both and their ratio beside the goal (at most 1.5×, issue
// #17), and the figure without the stills (every part painted each frame) to show what they save.
#include "DemoJournal.h"
#include "Journal.h"
#include "OnionGeometry.h"
#include "OnionPainter.h"
#include "OnionStills.h"
#include "OnionSubject.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace unfold;

namespace {

double msPerFrame(int frames, const std::function<void(int)> &frame)
{
    for (int i = 0; i < 5; ++i) // warm caches (glyphs, paths) before timing
        frame(i);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < frames; ++i)
        frame(i);
    return double(timer.nsecsElapsed()) / 1e6 / frames;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int frames = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("heavy.unfold"));
    QString error;
    QElapsedTimer setup;
    setup.start();
    if (!DemoJournal::write(path, DemoJournal::Profile::Heavy, 1, false, &error)) {
        out << "cannot write the heavy journal: " << error << Qt::endl;
        return 1;
    }
    JournalProblem problem;
    auto journal = Journal::open(path, JournalStore::Access::ReadOnly, QString(), &problem);
    if (!journal) {
        out << problem.message << Qt::endl;
        return 1;
    }
    qint64 largest = 0;
    int most = -1;
    for (const Relationship &r : journal->relationships()) {
        const int count = journal->store().disclosureCount(r.id);
        if (count > most) {
            most = count;
            largest = r.id;
        }
    }
    QElapsedTimer loading;
    loading.start();
    const OnionSubject subject = OnionSubject::load(*journal, largest);
    const double loadMs = double(loading.nsecsElapsed()) / 1e6;
    const OnionHistory &history = subject.history();
    const int sessions = history.sessionCount();
    out << "heavy journal written in " << setup.elapsed() << " ms; largest relationship " << subject.title()
        << ": " << sessions << " sessions, " << most << " disclosures, " << history.topicCount()
        << " topics × " << history.layerCount() << " layers; loaded in " << QString::number(loadMs, 'f', 1)
        << " ms" << Qt::endl;

    const QSize size(1000, 1000);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);

    // The onion as the scrubber shows it: a different session each frame, with the faint previous state.
    const auto scrub = [&](int i) {
        const int n = 1 + i % sessions;
        const OnionState state = history.stateAfter(n);
        const OnionState previous = history.stateAfter(n - 1);
        const OnionPicture picture =
            subject.picture(state, &previous, OnionMode::WhoReached, OnionTheme::light());
        QPainter painter(&image);
        OnionPainter::paint(painter, QSizeF(size), picture);
    };
    const double onion = msPerFrame(frames, scrub);
    OnionStills::setEnabled(false);
    const double everyPart = msPerFrame(frames, scrub);
    OnionStills::setEnabled(true);
    const double balance = msPerFrame(frames, [&](int i) {
        const OnionState state = history.stateAfter(1 + i % sessions);
        const OnionPicture picture = subject.picture(state, nullptr, OnionMode::Balance, OnionTheme::light());
        QPainter painter(&image);
        OnionPainter::paint(painter, QSizeF(size), picture);
    });

    // The floor: every half-sector filled once, antialiased, nothing else.
    const OnionGeometry geometry(QPointF(500, 500), 400, history.topicCount(), history.layerCount());
    const int sectors = history.topicCount() * history.layerCount() * 2;
    const double floor = msPerFrame(frames, [&](int i) {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.fillRect(image.rect(), Qt::white);
        const QColor colours[] = {QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x72, 0xb2)};
        for (int topic = 0; topic < history.topicCount(); ++topic)
            for (int depth = 1; depth <= history.layerCount(); ++depth)
                for (const Speaker half : {Speaker::A, Speaker::B})
                    painter.fillPath(geometry.halfPath(topic, depth, half), colours[(topic + depth + i) % 2]);
    });

    out << "frames: " << frames << ", " << sectors << " sectors at " << size.width() << "x" << size.height()
        << Qt::endl;
    out << "onion (who reached, scrubbing): " << QString::number(onion, 'f', 2) << " ms/frame" << Qt::endl;
    out << "onion (balance, scrubbing):     " << QString::number(balance, 'f', 2) << " ms/frame" << Qt::endl;
    out << "onion without stills:           " << QString::number(everyPart, 'f', 2)
        << " ms/frame (every part painted each frame, as for SVG and PDF)" << Qt::endl;
    out << "floor (fill " << sectors << " sectors):      " << QString::number(floor, 'f', 2) << " ms/frame"
        << Qt::endl;
    out << "ratio who-reached/floor: " << QString::number(onion / floor, 'f', 2) << " (goal: at most 1.5)"
        << Qt::endl;
    out << "ratio balance/floor:     " << QString::number(balance / floor, 'f', 2) << " (goal: at most 1.5)"
        << Qt::endl;
    return 0;
}
