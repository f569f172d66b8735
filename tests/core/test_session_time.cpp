// SPDX-License-Identifier: GPL-3.0-or-later
// A session's start reads to the minute in every locale, and otherwise as the locale writes it.
#include "SessionTime.h"

#include <QTest>
#include <QTimeZone>

using namespace unfold;

class TestSessionTime final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toTheMinute_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("C") << QLocale::c();
        QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany);
        QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France);
        QTest::newRow("pt_BR") << QLocale(QLocale::Portuguese, QLocale::Brazil);
    }

    void toTheMinute()
    {
        QFETCH(QLocale, locale);
        const QDateTime start(QDate(2026, 10, 23), QTime(17, 25, 42));
        const QString shown = SessionTime::text(start, locale);
        QVERIFY2(!shown.contains(QStringLiteral("42")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("25")), qPrintable(shown));
        QVERIFY2(!SessionTime::format(locale).contains(u's'), qPrintable(SessionTime::format(locale)));
        // Where the locale's own short form has no seconds, it is kept exactly.
        const QString own = locale.dateTimeFormat(QLocale::ShortFormat);
        if (!own.contains(u's'))
            QCOMPARE(SessionTime::format(locale), own);
    }

    // A report's header: the long date and the local time to the minute, no seconds, no zone.
    void aReportReadsTheDayInFull_data() { toTheMinute_data(); }

    void aReportReadsTheDayInFull()
    {
        QFETCH(QLocale, locale);
        const QDateTime start(QDate(2026, 10, 23), QTime(17, 25, 42), QTimeZone::utc());
        const QString shown = SessionTime::longText(start, locale);
        const QDateTime local = start.toLocalTime();
        QVERIFY2(shown.startsWith(locale.toString(local.date(), QLocale::LongFormat)), qPrintable(shown));
        QVERIFY2(shown.contains(QString::number(local.time().minute())), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("42")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("UTC")) && !shown.contains(QStringLiteral("GMT")),
                 qPrintable(shown));
    }
};

QTEST_GUILESS_MAIN(TestSessionTime)
#include "test_session_time.moc"
