// SPDX-License-Identifier: GPL-3.0-or-later
// The two score lists of QuestionnairesView, shaped to be read at a glance: one row per subscale
// and one column per person, grouped by instrument. The session's scores; and the relationship's
// history, whose subscale rows show each person's latest score and open to every session's.
#include "QuestionnairesView.h"

#include "Journal.h"
#include "ScoreHistory.h"
#include "SessionTime.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QSet>
#include <QTreeWidget>

namespace unfold {

namespace {

enum Column
{
    LabelColumn,
    PersonAColumn,
    PersonBColumn,
};

// What identifies a row across a refresh, so the rows a user opened stay open.
constexpr int KeyRole = Qt::UserRole;

QString points(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 1)
                 : QCoreApplication::translate("unfold::QuestionnairesView", "no data");
}

QString signedPoints(double change)
{
    // A sign on every change, the typographic minus for a fall: "+5.6", "−5.6", "±0.0".
    const QString size = QLocale().toString(std::abs(change), 'f', 1);
    if (std::abs(change) < 0.05)
        return QStringLiteral("\u00B1") + size;
    return (change > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + size;
}

// Which rows were shown before a refresh, and which of them were open.
struct RowsShown
{
    QSet<QString> known;
    QSet<QString> open;
    QString current; // the row the keyboard was on
    int currentColumn = 0;
    int scrolled = 0;
};

RowsShown rowsShown(QTreeWidget *tree)
{
    RowsShown shown;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        const QString key = (*it)->data(LabelColumn, KeyRole).toString();
        shown.known.insert(key);
        if ((*it)->isExpanded())
            shown.open.insert(key);
    }
    if (const QTreeWidgetItem *current = tree->currentItem())
        shown.current = current->data(LabelColumn, KeyRole).toString();
    shown.currentColumn = tree->currentColumn();
    shown.scrolled = tree->verticalScrollBar()->value();
    return shown;
}

QTreeWidgetItem *childWithKey(QTreeWidgetItem *parent, const QString &key)
{
    for (int i = 0; i < parent->childCount(); ++i) {
        if (parent->child(i)->data(LabelColumn, KeyRole).toString() == key)
            return parent->child(i);
    }
    return nullptr;
}

// An instrument's row: its name across the whole width, in bold.
QTreeWidgetItem *groupRow(QTreeWidget *tree, const QString &key, const QString &title)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->data(LabelColumn, KeyRole).toString() == key)
            return tree->topLevelItem(i);
    }
    auto *group = new QTreeWidgetItem(tree, {title});
    group->setData(LabelColumn, KeyRole, key);
    group->setFirstColumnSpanned(true);
    QFont bold = tree->font();
    bold.setBold(true);
    group->setFont(LabelColumn, bold);
    return group;
}

QTreeWidgetItem *row(QTreeWidgetItem *parent, const QString &key, const QString &label)
{
    if (QTreeWidgetItem *existing = childWithKey(parent, key))
        return existing;
    auto *item = new QTreeWidgetItem(parent, {label});
    item->setData(LabelColumn, KeyRole, key);
    item->setTextAlignment(PersonAColumn, Qt::AlignRight | Qt::AlignVCenter);
    item->setTextAlignment(PersonBColumn, Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// A list with nothing to show says so in its one row, rather than standing empty under its
// headings.
void sayNothingYet(QTreeWidget *tree, const QString &text)
{
    auto *note = new QTreeWidgetItem(tree, {text});
    note->setFirstColumnSpanned(true);
    note->setFlags(Qt::ItemIsEnabled);
    note->setData(LabelColumn, Qt::AccessibleTextRole, text);
}

void beginFill(QTreeWidget *tree, const QString &nameA, const QString &nameB, const QString &labelHeader)
{
    tree->clear();
    tree->setHeaderLabels({labelHeader, nameA, nameB});
    // Numbers line up on the right, under their person's name.
    tree->headerItem()->setTextAlignment(PersonAColumn, Qt::AlignRight | Qt::AlignVCenter);
    tree->headerItem()->setTextAlignment(PersonBColumn, Qt::AlignRight | Qt::AlignVCenter);
}

// What a screen reader says for a row: its label and both people's scores, so a row heard
// from its first column is heard whole.
QString spokenRow(const QTreeWidget *tree, const QTreeWidgetItem *item)
{
    return QCoreApplication::translate("unfold::QuestionnairesView", "%1: %2 %3, %4 %5")
        .arg(item->text(LabelColumn), tree->headerItem()->text(PersonAColumn),
             item->data(PersonAColumn, Qt::AccessibleTextRole).toString(),
             tree->headerItem()->text(PersonBColumn),
             item->data(PersonBColumn, Qt::AccessibleTextRole).toString());
}

// Rows open as the user left them, and the keyboard where it was; a new instrument opens, a new
// subscale stays closed.
void endFill(QTreeWidget *tree, const RowsShown &before)
{
    QTreeWidgetItem *current = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        const QString key = (*it)->data(LabelColumn, KeyRole).toString();
        (*it)->setExpanded(before.known.contains(key) ? before.open.contains(key) : !(*it)->parent());
        if (key == before.current)
            current = *it;
        if ((*it)->isFirstColumnSpanned())
            continue;
        for (int column : {PersonAColumn, PersonBColumn}) {
            // A person who did not answer gets a dash, said as words.
            if ((*it)->text(column).isEmpty()) {
                (*it)->setText(column, QCoreApplication::translate("unfold::QuestionnairesView", "–"));
                (*it)->setToolTip(column,
                                  QCoreApplication::translate("unfold::QuestionnairesView", "Not answered"));
                (*it)->setData(column, Qt::AccessibleTextRole,
                               QCoreApplication::translate("unfold::QuestionnairesView", "not answered"));
            } else if ((*it)->data(column, Qt::AccessibleTextRole).isNull()) {
                (*it)->setData(column, Qt::AccessibleTextRole, (*it)->text(column));
            }
        }
        (*it)->setData(LabelColumn, Qt::AccessibleTextRole, spokenRow(tree, *it));
    }
    if (current)
        tree->setCurrentItem(current, before.currentColumn, QItemSelectionModel::NoUpdate);
    tree->verticalScrollBar()->setValue(before.scrolled);
    tree->header()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(PersonAColumn, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(PersonBColumn, QHeaderView::ResizeToContents);
}

} // namespace

QString QuestionnairesView::instrumentName(const QString &id, int version) const
{
    int versions = 0;
    QString title;
    for (const Instrument &instrument : m_library.instruments()) {
        if (instrument.id != id)
            continue;
        ++versions;
        if (instrument.version == version)
            title = instrument.title.text();
    }
    if (title.isEmpty()) // answered with an instrument this computer does not have
        return tr("%1 (version %2)").arg(id).arg(version);
    // The version matters only to tell two of the same instrument apart.
    return versions > 1 ? tr("%1 (version %2)").arg(title).arg(version) : title;
}

void QuestionnairesView::fillSessionScores()
{
    const RowsShown before = rowsShown(m_sessionScores);
    beginFill(m_sessionScores, nameOf(true), nameOf(false), tr("Subscale"));
    if (!m_journal || m_sessionId == 0)
        return;
    const QList<QuestionnaireAnswer> answers = m_journal->answers(m_sessionId);
    if (answers.isEmpty())
        sayNothingYet(m_sessionScores, tr("No questionnaire was answered about this session yet."));
    for (const QuestionnaireAnswer &answer : answers) {
        const auto instrument = m_library.find(answer.instrumentId, answer.instrumentVersion);
        const QString instrumentKey = answer.instrumentId + u'/' + QString::number(answer.instrumentVersion);
        QTreeWidgetItem *group = groupRow(m_sessionScores, instrumentKey,
                                          instrumentName(answer.instrumentId, answer.instrumentVersion));
        const int column = answer.respondent == Speaker::A ? PersonAColumn : PersonBColumn;
        for (const SubscaleScore &score : answer.scores) {
            const Subscale *subscale = instrument ? instrument->subscale(score.subscale) : nullptr;
            QTreeWidgetItem *item = row(group, instrumentKey + u'/' + score.subscale,
                                        subscale ? subscale->title.text() : score.subscale);
            // Most sets answer every item; the few that do not say how many they did.
            QString text = points(score.score0to100);
            if (score.answered < score.items)
                text = tr("%1 · %2 of %3 items").arg(text).arg(score.answered).arg(score.items);
            item->setText(column, text);
            item->setToolTip(
                column, tr("%1 of 100; %2 on the subscale's own scale, %3 of %4 items answered")
                            .arg(points(score.score0to100),
                                 score.score ? QLocale().toString(*score.score, 'f', 2) : points(score.score))
                            .arg(score.answered)
                            .arg(score.items));
        }
    }
    endFill(m_sessionScores, before);
}

void QuestionnairesView::fillHistory()
{
    const RowsShown before = rowsShown(m_history);
    beginFill(m_history, nameOf(true), nameOf(false), tr("Subscale and session"));
    if (!m_journal || m_relationshipId == 0)
        return;
    // Change and reliable change are computed in the core, the same for the report and the CLI.
    const QList<ScoreChange> changes = ScoreHistory::ofRelationship(*m_journal, m_relationshipId, m_library);
    if (changes.isEmpty())
        sayNothingYet(m_history, tr("No questionnaire was answered in this relationship yet."));
    for (const ScoreChange &c : changes) {
        const auto instrument = m_library.find(c.instrumentId, c.instrumentVersion);
        const Subscale *subscale = instrument ? instrument->subscale(c.subscale) : nullptr;
        const QString instrumentKey = c.instrumentId + u'/' + QString::number(c.instrumentVersion);
        QTreeWidgetItem *group =
            groupRow(m_history, instrumentKey, instrumentName(c.instrumentId, c.instrumentVersion));
        const QString subscaleKey = instrumentKey + u'/' + c.subscale;
        QTreeWidgetItem *series = row(group, subscaleKey, subscale ? subscale->title.text() : c.subscale);
        const int column = c.respondent == Speaker::A ? PersonAColumn : PersonBColumn;

        // One row per session, newest first as in the list of sessions, named by its date and time
        // as there (two sessions may share a day).
        const QString sessionKey = subscaleKey + u'/' + QString::number(c.sessionId);
        QTreeWidgetItem *session = childWithKey(series, sessionKey);
        if (!session) {
            session = new QTreeWidgetItem({SessionTime::text(c.start)});
            session->setData(LabelColumn, KeyRole, sessionKey);
            session->setTextAlignment(PersonAColumn, Qt::AlignRight | Qt::AlignVCenter);
            session->setTextAlignment(PersonBColumn, Qt::AlignRight | Qt::AlignVCenter);
            series->insertChild(0, session);
        }
        QString text = points(c.score0to100);
        QString spoken = text;
        if (c.changeFromPrevious) {
            text = tr("%1 (%2)").arg(text, signedPoints(*c.changeFromPrevious));
            spoken = tr("%1, change %2").arg(spoken, signedPoints(*c.changeFromPrevious));
        }
        if (const auto reliable = ScoreChange::isReliable(c.rciFromPrevious); reliable && *reliable) {
            const bool rise = *c.rciFromPrevious > 0;
            text = tr("%1 %2").arg(text, rise ? QStringLiteral("\u2191") : QStringLiteral("\u2193"));
            spoken = rise ? tr("%1, a reliable rise").arg(spoken) : tr("%1, a reliable fall").arg(spoken);
        }
        session->setText(column, text);
        session->setData(column, Qt::AccessibleTextRole, spoken);
        session->setToolTip(
            column, tr("Since the previous score: %1. Since the first: %2.")
                        .arg(ScoreHistory::rciText(c.rciFromPrevious, tr("no reliable-change norms")),
                             ScoreHistory::rciText(c.rciFromBaseline, tr("no reliable-change norms"))));

        // The subscale's row: each person's latest score (the history comes in session order). A
        // set with too few items answered to score does not hide the score before it.
        if (!c.score0to100)
            continue;
        series->setText(column, points(c.score0to100));
        QString when = tr("Latest score, of %1.").arg(SessionTime::text(c.start));
        if (c.baselineSessionId != 0 && c.baselineSessionId != c.sessionId) {
            if (const auto first = m_journal->session(c.baselineSessionId))
                when = tr("Latest score, of %1; the first was of %2.")
                           .arg(SessionTime::text(c.start), SessionTime::text(first->start));
        }
        series->setToolTip(column, when);
    }
    endFill(m_history, before);
}

} // namespace unfold
