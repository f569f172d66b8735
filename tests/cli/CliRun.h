// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Running the real `unfold` binary from a test: headless, in a home of its own, with what it
// printed and how it ended.

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <utility>

namespace unfold::test {

struct CliRun
{
    int exitCode = -1;
    bool crashed = true;
    QString out;
    QString err;
};

// No display and a private home, so no user settings are read or written: settings, data,
// cache and temporary files all go to folders below `home`, which a test can search afterwards.
inline QProcessEnvironment cliEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home);
    const std::pair<const char *, const char *> folders[] = {{"XDG_CONFIG_HOME", "/config"},
                                                             {"XDG_DATA_HOME", "/data"},
                                                             {"XDG_CACHE_HOME", "/cache"},
                                                             {"TMPDIR", "/tmp"}};
    for (const auto &[name, folder] : folders) {
        QDir().mkpath(home + QLatin1String(folder));
        env.insert(QString::fromLatin1(name), home + QLatin1String(folder));
    }
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

// Starts the binary without waiting for it: for tests that kill it on the way.
inline bool startUnfold(QProcess &process, const QStringList &arguments, const QString &home,
                        const QString &workingDirectory,
                        const QString &program = QStringLiteral(UNFOLD_BINARY))
{
    process.setProcessEnvironment(cliEnvironment(home));
    process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    return process.waitForStarted();
}

// `program` is another binary run the same way (a test of the environment itself, say). A run
// that does not end within five minutes (a hang, not a slow sanitizer build) counts as crashed.
inline CliRun runUnfold(const QStringList &arguments, const QString &home, const QString &workingDirectory,
                        const QByteArray &input = {}, const QString &program = QStringLiteral(UNFOLD_BINARY))
{
    QProcess process;
    CliRun result;
    if (!startUnfold(process, arguments, home, workingDirectory, program))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300'000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace unfold::test
