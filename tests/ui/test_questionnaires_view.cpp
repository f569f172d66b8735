// SPDX-License-Identifier: GPL-3.0-or-later
// The Questionnaires tab read at a glance: scores in rows of subscales and columns of people,
// all of them in view at a laptop's width in English and German, no instrument version unless
// two need telling apart, and rows a user opened still open after the scores change.
#include "DemoJournal.h"
#include "EditHistory.h"
#include "InstrumentLibrary.h"
#include "Journal.h"
#include "Language.h"
#include "QuestionnairesView.h"
#include "RecordCommands.h"

#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
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
};

QTEST_MAIN(TestQuestionnairesView)
#include "test_questionnaires_view.moc"
