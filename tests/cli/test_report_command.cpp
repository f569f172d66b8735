// SPDX-License-Identifier: GPL-3.0-or-later
// `unfold report` on the real binary, headless: a paginated PDF, usage errors, and
// nothing written when the report cannot be made.
#include "../core/CoupleJournal.h"
#include "CliRun.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace unfold;
using unfold::test::CliRun;

namespace {

// Page objects of a PDF, not the page tree ("/Type /Pages").
int pageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s])"));
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace

class TestReportCommand final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_home; // the command's own home: no settings of the user's are read or written

    CliRun runCli(const QStringList &arguments) const
    {
        return unfold::test::runUnfold(arguments, m_home.path(), m_dir.path());
    }
    QString m_journal;
    QList<qint64> m_sessions;

    QStringList base(const QString &out) const
    {
        return {QStringLiteral("report"),
                QStringLiteral("--journal"),
                m_journal,
                QStringLiteral("--relationship"),
                QStringLiteral("anna & ben"),
                QStringLiteral("--out"),
                out};
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_journal = m_dir.filePath(QStringLiteral("couple.unfold"));
        QVERIFY(testing::writeCoupleJournal(m_journal, &m_sessions));
    }

    void writesAPaginatedPdf()
    {
        const QString out = m_dir.filePath(QStringLiteral("report.pdf"));
        const CliRun run = runCli(base(out));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray pdf = read(out);
        QVERIFY(pdf.startsWith("%PDF"));
        // Header and onion, charts, then scores and insights: three pages at least.
        const int pages = pageCount(pdf);
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QVERIFY2(run.out.contains(QStringLiteral("%1 page").arg(pages)), qPrintable(run.out));
    }

    void writesAnEarlierSessionWithNotes()
    {
        const QString out = m_dir.filePath(QStringLiteral("first.pdf"));
        QStringList arguments = base(out);
        arguments << QStringLiteral("--session") << QString::number(m_sessions.first())
                  << QStringLiteral("--include-notes");
        const CliRun run = runCli(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(pageCount(read(out)) >= 3);
    }

    void refusesBadArgumentsAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown session") << QStringList{QStringLiteral("--session"), QStringLiteral("99999")}
                                         << 1 << QStringLiteral("99999");
        QTest::newRow("session not a number")
            << QStringList{QStringLiteral("--session"), QStringLiteral("last")} << 2
            << QStringLiteral("last");
    }

    void refusesBadArgumentsAndWritesNothing()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString out = m_dir.filePath(QStringLiteral("bad.pdf"));
        const CliRun run = runCli(base(out) + extra);
        QCOMPARE(run.exitCode, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    void unknownRelationshipAndMissingOut()
    {
        QStringList arguments = base(m_dir.filePath(QStringLiteral("x.pdf")));
        arguments[4] = QStringLiteral("Nobody & Else");
        CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QLatin1String("Anna & Ben")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
        run = runCli(base(QString()).mid(0, 5));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QLatin1String("--out")));
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "test_report_command.moc"
