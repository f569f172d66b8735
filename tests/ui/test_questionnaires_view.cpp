// SPDX-License-Identifier: GPL-3.0-or-later
// The Questionnaires tab read at a glance: scores in rows of subscales and columns of people,
// all of them in view at a laptop's width in English and German, no instrument version unless
// two need telling apart, and rows a user opened still open after the scores change.
#include "AnswerInput.h"
#include "DemoJournal.h"
#include "EditHistory.h"
#include "InstrumentLibrary.h"
#include "InstrumentScorer.h"
#include "Journal.h"
#include "Language.h"
#include "QuestionnaireForm.h"
#include "QuestionnairesView.h"
#include "RecordCommands.h"

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QLocale>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace unfold;

class TestQuestionnairesView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    static QTreeWidget *tree(const QuestionnairesView &view, const QString &name)
    {
        return view.findChild<QTreeWidget *>(name);
    }

    // The row at `path` (indexes from the top level down), or null.
    static QTreeWidgetItem *itemAt(QTreeWidget *tree, std::initializer_list<int> path)
    {
        QTreeWidgetItem *item = nullptr;
        for (const int index : path)
            item = item ? item->child(index) : tree->topLevelItem(index);
        return item;
    }

    // Every word of the list shows whole: nothing elided, nothing behind a horizontal scroll bar.
    static void checkAllInView(QTreeWidget *list)
    {
        list->expandAll();
        QTest::qWait(1); // the header sizes its columns on the next turn of the event loop
        QVERIFY2(!list->horizontalScrollBar()->isVisible(), qPrintable(list->accessibleName()));
        const int margins = 2 * (list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
        for (int c = 0; c < list->columnCount(); ++c) {
            const int needed = list->header()->fontMetrics().horizontalAdvance(list->headerItem()->text(c));
            QVERIFY2(needed + margins <= list->header()->sectionSize(c),
                     qPrintable(list->headerItem()->text(c)));
        }
        int rows = 0;
        for (QTreeWidgetItemIterator it(list); *it; ++it, ++rows) {
            for (int c = 0; c < list->columnCount(); ++c) {
                if (c > 0 && (*it)->isFirstColumnSpanned())
                    break;
                const QRect cell = list->visualRect(list->indexFromItem(*it, c));
                const int needed = QFontMetrics((*it)->font(c)).horizontalAdvance((*it)->text(c));
                QVERIFY2(needed + margins <= cell.width(),
                         qPrintable(QStringLiteral("'%1' needs %2 px, has %3")
                                        .arg((*it)->text(c))
                                        .arg(needed + margins)
                                        .arg(cell.width())));
            }
        }
        QVERIFY(rows > 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(InstrumentLibrary::defaultImportFolder()).removeRecursively();
        m_path = m_dir.filePath(QStringLiteral("demo.unfold"));
        QString error;
        QVERIFY2(DemoJournal::write(m_path, DemoJournal::Profile::Personal, 1, false, &error),
                 qPrintable(error));
    }

    void cleanupTestCase()
    {
        Language::install(QString());
        QDir(InstrumentLibrary::defaultImportFolder()).removeRecursively();
    }

    void scoresAllInViewAtALaptopsWidth_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << QStringLiteral("de");
    }

    void scoresAllInViewAtALaptopsWidth()
    {
        QFETCH(QString, language);
        Language::install(language);
        JournalProblem problem;
        auto journal = Journal::open(m_path, JournalStore::Access::ReadOnly, {}, &problem);
        QVERIFY2(journal, qPrintable(problem.message));
        EditHistory edits(journal.get());
        QuestionnairesView view(edits);
        // The room the tab has in the window on a 1366 × 768 screen, beside the two lists.
        view.resize(735, 640);
        view.setJournal(journal.get());
        const qint64 relationship = journal->relationships().constFirst().id;
        view.setRelationship(relationship);
        qint64 answered = 0;
        for (const SessionSummary &s : journal->sessionSummaries(relationship)) {
            if (!journal->answers(s.session.id).isEmpty())
                answered = s.session.id;
        }
        QVERIFY(answered != 0);
        view.setSession(answered);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QTreeWidget *session = tree(view, QStringLiteral("sessionScores"));
        QTreeWidget *history = tree(view, QStringLiteral("scoreHistory"));
        QVERIFY(session && history);
        checkAllInView(session);
        checkAllInView(history);
        // The instruments are named by title alone: the demo's library has one version of each.
        auto *instruments = view.findChild<QListWidget *>();
        QVERIFY(instruments->count() >= 3);
        for (int row = 0; row < instruments->count(); ++row) {
            const QString name = instruments->item(row)->text();
            QVERIFY2(!name.contains(QStringLiteral("1")), qPrintable(name));
        }
    }

    // An answer scale's words show whole under their points ("Strongly disa…" before), in
    // English and German, at the width the form has in the window on a laptop.
    void answerScaleWordsShowWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << QStringLiteral("de");
    }

    void answerScaleWordsShowWhole()
    {
        QFETCH(QString, language);
        Language::install(language);
        const InstrumentLibrary library;
        QVERIFY(library.instruments().size() >= 3);
        for (const Instrument &instrument : library.instruments()) {
            QuestionnaireForm form;
            form.setInstrument(instrument);
            form.resize(735, 640);
            form.show();
            QVERIFY(QTest::qWaitForWindowExposed(&form));
            QVERIFY(!form.inputs().isEmpty());
            for (AnswerInput *input : form.inputs())
                QVERIFY2(input->captionsFit(), qPrintable(QStringLiteral("%1, item %2 at %3 px")
                                                              .arg(instrument.title.text(), input->itemId())
                                                              .arg(input->width())));
        }
    }

    void versionsShownOnlyToTellTwoApart()
    {
        Language::install(QString());
        EditHistory edits;
        QuestionnairesView view(edits);
        QFile file(QStringLiteral(UNFOLD_INSTRUMENT_DATA "/scoring-test.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject instrument = QJsonDocument::fromJson(file.readAll()).object();
        const auto names = [&] {
            QStringList shown;
            for (int row = 0; row < view.findChild<QListWidget *>()->count(); ++row)
                shown.append(view.findChild<QListWidget *>()->item(row)->text());
            return shown;
        };
        const auto importVersion = [&](int version) {
            instrument[QStringLiteral("version")] = version;
            QFile copy(m_dir.filePath(QStringLiteral("scoring-v%1.json").arg(version)));
            QVERIFY(copy.open(QIODevice::WriteOnly));
            copy.write(QJsonDocument(instrument).toJson());
            copy.close();
            QVERIFY(view.importInstrumentFile(copy.fileName()));
        };
        importVersion(2);
        QVERIFY2(names().contains(QStringLiteral("Scoring test")), qPrintable(names().join(u'|')));
        importVersion(3);
        QVERIFY2(names().contains(QStringLiteral("Scoring test (version 2)")),
                 qPrintable(names().join(u'|')));
        QVERIFY2(names().contains(QStringLiteral("Scoring test (version 3)")),
                 qPrintable(names().join(u'|')));
    }

    void openRowsStayOpenWhenTheScoresChange()
    {
        Language::install(QString());
        const QString path = m_dir.filePath(QStringLiteral("open-rows.unfold"));
        QVERIFY(QFile::copy(m_path, path));
        JournalProblem problem;
        auto journal = Journal::open(path, JournalStore::Access::ReadWrite, {}, &problem);
        QVERIFY2(journal, qPrintable(problem.message));
        EditHistory edits(journal.get());
        QuestionnairesView view(edits);
        view.setJournal(journal.get());
        const qint64 relationship = journal->relationships().constFirst().id;
        view.setRelationship(relationship);
        QList<QuestionnaireAnswer> latest;
        for (const SessionSummary &s : journal->sessionSummaries(relationship)) {
            if (!journal->answers(s.session.id).isEmpty()) {
                view.setSession(s.session.id);
                latest = journal->answers(s.session.id);
            }
        }
        QVERIFY(!latest.isEmpty());
        QTreeWidget *history = tree(view, QStringLiteral("scoreHistory"));
        QTreeWidgetItem *instrument = history->topLevelItem(0);
        QVERIFY(instrument && instrument->childCount() > 1);
        QVERIFY(instrument->isExpanded());            // an instrument opens by itself
        QVERIFY(!instrument->child(1)->isExpanded()); // its subscales wait to be asked
        const QString subscale = instrument->child(1)->text(0);
        instrument->child(1)->setExpanded(true);
        history->topLevelItem(0)->setExpanded(true);

        // Answers saved again (the latest set, later): the history fills anew and keeps the row open.
        QuestionnaireAnswer again = latest.constFirst();
        again.id = 0;
        again.answeredAt = again.answeredAt.addSecs(60);
        QVERIFY(edits.perform<SaveAnswersCommand>(QList{again}));
        instrument = history->topLevelItem(0);
        QVERIFY(instrument && instrument->childCount() > 1);
        QTreeWidgetItem *series = instrument->child(1);
        QTreeWidgetItem *closed = instrument->child(0);
        QVERIFY(series && closed && series->childCount() > 1);
        QCOMPARE(series->text(0), subscale);
        QVERIFY(series->isExpanded());
        QVERIFY(!closed->isExpanded());
        // The subscale row shows the latest score of each person; its sessions come newest first.
        QCOMPARE(series->text(1).section(u' ', 0, 0), series->child(0)->text(1).section(u' ', 0, 0));
        QVERIFY(series->child(0)->text(0) != series->child(series->childCount() - 1)->text(0));
    }

    // Each person's latest score heads a subscale's row, even when the other skipped the latest
    // session or answered too little of it to score; its sessions come newest first; and the
    // arrows reach each person's score.
    void latestScoresAndEverySessionNewestFirst()
    {
        Language::install(QString());
        QTemporaryDir dir;
        JournalProblem problem;
        auto journal = Journal::create(dir.filePath(QStringLiteral("j.unfold")),
                                       dir.filePath(QStringLiteral("b")), &problem);
        QVERIFY(journal);
        Person a{0, QStringLiteral("Anna"), {}, true};
        Person b{0, QStringLiteral("Ben"), {}, false};
        QVERIFY(journal->savePerson(a) && journal->savePerson(b));
        Relationship r;
        r.personA = a.id;
        r.personB = b.id;
        QVERIFY(journal->saveRelationship(r));
        const InstrumentLibrary library;
        const auto checkin = library.find(QStringLiteral("session-checkin"));
        QVERIFY(checkin);
        QList<qint64> sessions;
        for (int i = 0; i < 3; ++i) {
            Session s;
            s.relationshipId = r.id;
            s.start = QDateTime(QDate(2025, 5, 1 + 7 * i), QTime(18, 0));
            QVERIFY(journal->saveSession(s));
            sessions.append(s.id);
        }
        // balance_1..3 at `value` (one of them reverse-keyed: the score is the instrument's business).
        bool saved = true;
        const auto answer = [&](qint64 session, Speaker who, const AnswerSet &answers) {
            QuestionnaireAnswer set;
            set.sessionId = session;
            set.respondent = who;
            set.instrumentId = checkin->id;
            set.instrumentVersion = checkin->version;
            set.answeredAt = QDateTime::currentDateTime();
            set.answers = answers;
            set.scores = InstrumentScorer::score(*checkin, answers);
            saved = saved && journal->saveAnswer(set);
            return set.scores.first().score0to100;
        };
        const auto balance = [](int value) {
            return AnswerSet{{QStringLiteral("balance_1"), value},
                             {QStringLiteral("balance_2"), value},
                             {QStringLiteral("balance_3"), value},
                             {QStringLiteral("closeness"), value}};
        };
        answer(sessions.at(0), Speaker::A, balance(2));
        const auto benFirst = answer(sessions.at(0), Speaker::B, balance(6));
        answer(sessions.at(1), Speaker::A, balance(4));
        const auto annaLast = answer(sessions.at(2), Speaker::A, balance(7));
        // Ben skips the second session, and answers only the closeness item in the third: no balance.
        const auto benUnscored = answer(sessions.at(2), Speaker::B, {{QStringLiteral("closeness"), 3}});
        QVERIFY(saved && !benUnscored && benFirst && annaLast);

        EditHistory edits(journal.get());
        QuestionnairesView view(edits);
        view.resize(735, 640);
        view.setJournal(journal.get());
        view.setRelationship(r.id);
        view.setSession(sessions.at(2));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTreeWidget *history = tree(view, QStringLiteral("scoreHistory"));
        QTreeWidgetItem *series = itemAt(history, {0, 0});
        QVERIFY(series && series->childCount() == 3);
        QCOMPARE(series->text(0), checkin->subscales.first().title.text());
        QCOMPARE(series->text(1), QLocale().toString(*annaLast, 'f', 1));
        QCOMPARE(series->text(2), QLocale().toString(*benFirst, 'f', 1)); // not "no data"
        QVERIFY2(series->toolTip(2).contains(QStringLiteral("2025")), qPrintable(series->toolTip(2)));
        // Newest first: the third session, then the second, then the first.
        QCOMPARE(series->childCount(), 3);
        QVERIFY(series->child(0)->text(0).contains(QStringLiteral("15")));
        QVERIFY(series->child(2)->text(0).contains(QStringLiteral("1")));
        QCOMPARE(series->child(1)->text(2), QStringLiteral("–")); // Ben skipped the second session
        QCOMPARE(series->child(1)->data(2, Qt::AccessibleTextRole).toString(),
                 QStringLiteral("not answered"));
        // A row is heard whole from its first column.
        const QString spoken = series->data(0, Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.contains(QStringLiteral("Anna")) && spoken.contains(QStringLiteral("Ben")),
                 qPrintable(spoken));

        // From a session's row the arrows move to Anna's score, then Ben's.
        series->setExpanded(true);
        history->setFocus();
        history->setCurrentItem(series->child(0), 0);
        QTest::keyClick(history, Qt::Key_Right);
        QCOMPARE(history->currentColumn(), 1);
        QTest::keyClick(history, Qt::Key_Right);
        QCOMPARE(history->currentColumn(), 2);
        QCOMPARE(history->currentItem(), series->child(0));

        // New answers fill the list anew: the row the keyboard was on, and its column, stay.
        const QVariant onRow = series->child(0)->data(0, Qt::UserRole);
        const QTreeWidgetItem *before = itemAt(history, {0});
        answer(sessions.at(1), Speaker::B, balance(5));
        QVERIFY(saved && journal->answers(sessions.at(1)).size() == 2);
        QVERIFY(itemAt(history, {0}) != before); // filled anew
        QVERIFY(history->currentItem());
        QCOMPARE(history->currentItem()->data(0, Qt::UserRole), onRow);
        QCOMPARE(history->currentColumn(), 2);
        const QTreeWidgetItem *benSecond = itemAt(history, {0, 0, 1});
        QVERIFY(benSecond);
        QCOMPARE(
            benSecond->text(2).section(u' ', 0, 0),
            QLocale().toString(*InstrumentScorer::score(*checkin, balance(5)).first().score0to100, 'f', 1));
    }
};

QTEST_MAIN(TestQuestionnairesView)
#include "test_questionnaires_view.moc"
