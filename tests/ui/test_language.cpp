// SPDX-License-Identifier: GPL-3.0-or-later
// Dates, numbers and the first day of the week follow the language chosen in Settings, keeping
// the system's country when it speaks that language. Runs with LC_ALL=en_GB (see CMakeLists).
#include "EditHistory.h"
#include "Language.h"
#include "SessionEditor.h"

#include <QCalendarWidget>
#include <QDateTimeEdit>
#include <QScopeGuard>
#include <QTest>

using namespace unfold;

class TestLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QLocale::system().territory() == QLocale::UnitedKingdom,
                 "this test expects to run in an English (United Kingdom) system locale");
    }

    void followsTheSystemWhenNothingIsChosen()
    {
        QCOMPARE(Language::localeFor(QString()), QLocale::system());
    }

    void keepsTheSystemsCountryForItsLanguage()
    {
        const QLocale english = Language::localeFor(QStringLiteral("en"));
        QCOMPARE(english.territory(), QLocale::UnitedKingdom); // QLocale("en") alone is the USA
        QCOMPARE(english.firstDayOfWeek(), Qt::Monday);
        QCOMPARE(english.toString(QDate(2026, 3, 9), QLocale::ShortFormat), QStringLiteral("09/03/2026"));
    }

    void takesTheLanguagesOwnCountryOtherwise_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QLocale::Language>("language");
        QTest::addColumn<Qt::DayOfWeek>("firstDay");
        QTest::addColumn<QString>("decimalPoint");
        QTest::newRow("pt") << QStringLiteral("pt") << QLocale::Portuguese << Qt::Sunday
                            << QStringLiteral(",");
        QTest::newRow("de") << QStringLiteral("de") << QLocale::German << Qt::Monday << QStringLiteral(",");
        QTest::newRow("fr") << QStringLiteral("fr") << QLocale::French << Qt::Monday << QStringLiteral(",");
        QTest::newRow("es") << QStringLiteral("es") << QLocale::Spanish << Qt::Monday << QStringLiteral(",");
    }

    void takesTheLanguagesOwnCountryOtherwise()
    {
        QFETCH(QString, code);
        QFETCH(QLocale::Language, language);
        QFETCH(Qt::DayOfWeek, firstDay);
        QFETCH(QString, decimalPoint);
        const QLocale locale = Language::localeFor(code);
        QCOMPARE(locale.language(), language);
        QCOMPARE(locale.firstDayOfWeek(), firstDay);
        QCOMPARE(locale.decimalPoint(), decimalPoint);
    }

    // What the user sees: the session editor's calendar starts the week where the chosen
    // language does, and its date is written that language's way.
    void theSessionCalendarFollowsTheChoice()
    {
        const QLocale before;
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        EditHistory history;
        Language::install(QStringLiteral("pt"));
        {
            SessionEditor editor(history);
            auto *start = editor.findChild<QDateTimeEdit *>();
            QVERIFY(start && start->calendarWidget());
            QCOMPARE(start->calendarWidget()->firstDayOfWeek(), Qt::Sunday);
        }
        Language::install(QStringLiteral("de"));
        SessionEditor editor(history);
        auto *start = editor.findChild<QDateTimeEdit *>();
        QVERIFY(start && start->calendarWidget());
        QCOMPARE(start->calendarWidget()->firstDayOfWeek(), Qt::Monday);
        start->setDateTime(QDateTime(QDate(2026, 3, 9), QTime(18, 30)));
        QVERIFY2(start->text().startsWith(QStringLiteral("09.03.")),
                 qPrintable(QStringLiteral("'%1' is not a German date").arg(start->text())));
    }

    // English has real plural forms, "1 session" and "5 sessions", not "session(s)"; and a
    // language installed after it still speaks its own.
    void englishSaysOneSessionAndTwoSessions()
    {
        const QLocale before;
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        Language::install(QStringLiteral("en"));
        const auto last = [](int n) {
            return QCoreApplication::translate("unfold::OnionView", "Last %n session(s)", nullptr, n);
        };
        QCOMPARE(last(1), QStringLiteral("Last 1 session"));
        QCOMPARE(last(5), QStringLiteral("Last 5 sessions"));
        QCOMPARE(QCoreApplication::translate("unfold::cli", "Wrote %1 (%n page(s)).", nullptr, 1)
                     .arg(QStringLiteral("x")),
                 QStringLiteral("Wrote x (1 page)."));
        Language::install(QStringLiteral("de"));
        QVERIFY2(!last(5).startsWith(QLatin1String("Last")), qPrintable(last(5)));
    }
};

QTEST_MAIN(TestLanguage)
#include "test_language.moc"
