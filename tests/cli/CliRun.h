// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Running the real `unfold` binary from a test: headless, in a home of its own, with what it
// printed and how it ended.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace unfold::test {

struct CliRun
{
    int exitCode = -1;
    bool crashed = true;
    QString out;
    QString err;
};

// No display and a private home, so no user settings are read or written.
inline QProcessEnvironment cliEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

// `program` is another binary run the same way (a test of the environment itself, say).
inline CliRun runUnfold(const QStringList &arguments, const QString &home, const QString &workingDirectory,
                        const QByteArray &input = {}, const QString &program = QStringLiteral(UNFOLD_BINARY))
{
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(home));
    process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    CliRun result;
    if (!process.waitForStarted())
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000)) {
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
