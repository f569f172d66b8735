// SPDX-License-Identifier: GPL-3.0-or-later
#include "PerceptionView.h"

#include "EditHistory.h"
#include "Journal.h"
#include "PartnerCommands.h"
#include "PerceptionSummary.h"
#include "RecordLabels.h"
#include "SessionTime.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace unfold {

namespace {

QTableWidget *makeTable(const QString &name, const QString &description, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setAccessibleName(name);
    table->setAccessibleDescription(description);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Tab leaves the table for the next control instead of walking its cells.
    table->setTabKeyNavigation(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    return item;
}

// Kept out of line: inlined through the QPointer, GCC 12 sees a null dereference that cannot happen.
[[gnu::noinline]] QStringList layerNamesOf(const Journal &journal)
{
    QStringList names;
    for (const Layer &l : journal.layers())
        names.append(l.name);
    return names;
}

} // namespace

PerceptionView::PerceptionView(EditHistory &history, QWidget *parent) : QWidget(parent), m_history(history)
{
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("perceptionEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_empty->setFocusPolicy(Qt::StrongFocus);
    m_empty->setAccessibleDescription(tr("How to compare your account with your partner's."));
    m_stack->addWidget(m_empty);

    auto *page = m_page = new QWidget(this);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("perceptionSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_summary->setFocusPolicy(Qt::StrongFocus);
    m_summary->setText(tr("No partner's account yet."));
    m_summary->setAccessibleDescription(
        tr("The two accounts in numbers: matched sessions, perception bias, agreement."));

    m_pairs = makeTable(tr("Matched sessions"),
                        tr("Your sessions and your partner's, paired by time or by you, with how far the two "
                           "accounts agree. Enter opens your session."),
                        page);
    m_pairs->setColumnCount(6);
    connect(m_pairs, &QTableWidget::itemSelectionChanged, this, [this] {
        showPair();
        updateActions();
    });
    connect(m_pairs, &QTableWidget::cellActivated, this, [this] {
        if (const Row *row = currentRow(); row && row->sessionId)
            Q_EMIT openSessionRequested(row->sessionId);
    });

    m_confirm = new QPushButton(tr("&Confirm Match"), page);
    m_confirm->setToolTip(tr("Keep this pair whatever the times say."));
    m_pairWith = new QPushButton(tr("&Pair With…"), page);
    m_pairWith->setToolTip(tr("Pair this session with another session of the other account."));
    m_unpair = new QPushButton(tr("&Unpair"), page);
    m_unpair->setToolTip(tr("These are not the same conversation: never pair them."));
    m_open = new QPushButton(tr("Open Sessio&n"), page);
    m_open->setToolTip(tr("Show your session of this pair in the Session tab."));
    connect(m_confirm, &QPushButton::clicked, this, &PerceptionView::confirmPair);
    connect(m_pairWith, &QPushButton::clicked, this, &PerceptionView::pairWith);
    connect(m_unpair, &QPushButton::clicked, this, &PerceptionView::unpair);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const Row *row = currentRow(); row && row->sessionId)
            Q_EMIT openSessionRequested(row->sessionId);
    });
    for (QPushButton *b : {m_confirm, m_pairWith, m_unpair, m_open})
        b->setAccessibleDescription(b->toolTip());
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_confirm, m_pairWith, m_unpair, m_open})
        buttons->addWidget(b);
    buttons->addStretch();

    m_mineTitle = new QLabel(page);
    m_theirsTitle = new QLabel(page);
    m_mine = makeTable(tr("Your account of the session"),
                       tr("Who shared which topic, how deep, as you logged it."), page);
    m_theirs = makeTable(tr("The partner's account of the session"),
                         tr("Who shared which topic, how deep, as your partner logged it."), page);
    m_mineTitle->setBuddy(m_mine);
    m_theirsTitle->setBuddy(m_theirs);
    for (QTableWidget *t : {m_mine, m_theirs}) {
        t->setColumnCount(3);
        t->setHorizontalHeaderLabels({tr("Who"), tr("Topic"), tr("Layer")});
        t->setSelectionMode(QAbstractItemView::NoSelection);
    }
    m_checkIns = makeTable(tr("Check-ins of the session, from both accounts"),
                           tr("Each person's check-in scores from 0 to 100, from either account."), page);
    m_checkIns->setSelectionMode(QAbstractItemView::NoSelection);

    auto *sides = new QGridLayout;
    sides->addWidget(m_mineTitle, 0, 0);
    sides->addWidget(m_theirsTitle, 0, 1);
    sides->addWidget(m_mine, 1, 0);
    sides->addWidget(m_theirs, 1, 1);
    auto *lower = new QWidget(page);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(sides, 3);
    lowerLayout->addWidget(m_checkIns, 2);

    auto *upper = new QWidget(page);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_summary);
    upperLayout->addWidget(m_pairs, 1);
    upperLayout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(upper);
    split->addWidget(lower);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(split);
    m_stack->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    reload();
}

PerceptionView::~PerceptionView() = default;

void PerceptionView::setJournal(const Journal *journal)
{
    m_journal.show(journal);
    m_writable = journal && !journal->isReadOnly();
    m_relationshipId = 0;
    if (journal) {
        connect(journal, &Journal::partnerChanged, this, [this](qint64 id) {
            if (id == m_relationshipId)
                scheduleReload();
        });
        connect(journal, &Journal::sessionsChanged, this, [this](qint64 id) {
            if (id == m_relationshipId)
                scheduleReload();
        });
        connect(journal, &Journal::disclosuresChanged, this, [this](qint64, qint64 id) {
            if (id == m_relationshipId)
                scheduleReload();
        });
        connect(journal, &Journal::answersChanged, this, &PerceptionView::scheduleReload);
        connect(journal, &Journal::topicsChanged, this, &PerceptionView::scheduleReload);
        connect(journal, &Journal::peopleChanged, this, &PerceptionView::scheduleReload);
    }
    reload();
}

void PerceptionView::setRelationship(qint64 relationshipId)
{
    m_relationshipId = relationshipId;
    reload();
}

void PerceptionView::scheduleReload()
{
    // Several signals of one edit make one reload.
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        m_reloadPending = false;
        reload();
    });
}

QString PerceptionView::partnerName() const
{
    return m_account ? PerceptionSummary::partnerName(*m_account, m_nameA, m_nameB)
                     : PerceptionSummary::tr("The partner");
}

QString PerceptionView::summaryText() const
{
    return m_stack->currentWidget() == m_empty ? m_empty->text() : m_summary->text();
}

void PerceptionView::reload()
{
    const Row *current = currentRow();
    const qint64 keep = current ? current->sessionId : 0;
    const qint64 keepPartner = current ? current->partnerSessionId : 0;
    m_account.reset();
    m_series = {};
    m_rows.clear();
    const std::optional<Relationship> relationship =
        m_journal && m_relationshipId ? m_journal->relationship(m_relationshipId) : std::nullopt;
    if (!relationship) {
        m_empty->setText(tr("Choose a relationship to compare your account of it with your partner's."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_nameA = m_journal->person(relationship->personA).value_or(Person{}).name;
    m_nameB = m_journal->person(relationship->personB).value_or(Person{}).name;
    m_account = m_journal->partnerAccount(m_relationshipId);
    if (!m_account) {
        m_empty->setText(tr(
            "Two accounts of the same conversations show where you agree and where you see things "
            "differently.\n\nAsk your partner to choose Relationship › Share with Partner… in their Unfold "
            "and send you the file, then choose Relationship › Import Partner's Account… to bring it in. You "
            "can share your own account the same way. The file is encrypted with a passphrase the two of you "
            "agree on, and nothing is sent anywhere by Unfold."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    m_stack->setCurrentWidget(m_page);
    // The account is read and parsed once; the matches and the measures work from that copy.
    const MatchedSessions matched = m_journal->matchedSessions(m_relationshipId, m_account);
    m_series = PerceptionSeries::of(*m_journal, *m_account, matched);

    m_summary->setText(
        PerceptionSummary::lines(m_series, *m_account, m_nameA, m_nameB).join(QLatin1Char('\n')));

    QHash<qint64, const PairPerception *> perceptionOf;
    for (const PairPerception &p : std::as_const(m_series.pairs))
        perceptionOf.insert(p.match.sessionId, &p);
    for (const SessionMatch &m : matched.matches)
        m_rows.append({m.sessionId, m.partnerSessionId, m.confirmed, perceptionOf.value(m.sessionId)});
    for (qint64 id : matched.unmatchedMine)
        m_rows.append({id, 0, false, nullptr});
    for (qint64 id : matched.unmatchedPartner)
        m_rows.append({0, id, false, nullptr});
    // In time order, whichever account a row comes from.
    const auto startOf = [&](const Row &r) {
        if (r.sessionId)
            return m_journal->session(r.sessionId).value_or(Session{}).start;
        const PartnerSession *s = m_account->account.session(r.partnerSessionId);
        return s ? s->start : QDateTime();
    };
    QHash<const Row *, QDateTime> starts;
    for (const Row &r : std::as_const(m_rows))
        starts.insert(&r, startOf(r));
    QList<std::pair<QDateTime, Row>> ordered;
    for (const Row &r : std::as_const(m_rows))
        ordered.append({starts.value(&r), r});
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto &x, const auto &y) { return x.first < y.first; });
    m_rows.clear();
    for (const auto &[start, row] : ordered)
        m_rows.append(row);

    const QSignalBlocker blocker(m_pairs);
    m_pairs->clearContents();
    m_pairs->setRowCount(int(m_rows.size()));
    m_pairs->setHorizontalHeaderLabels({tr("Your session"), tr("%1's session").arg(partnerName()),
                                        tr("Paired"), tr("Agreement"), tr("%1: depth gap").arg(m_nameA),
                                        tr("%1: depth gap").arg(m_nameB)});
    int select = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        const std::optional<Session> mine = r.sessionId ? m_journal->session(r.sessionId) : std::nullopt;
        const PartnerSession *theirs =
            r.partnerSessionId ? m_account->account.session(r.partnerSessionId) : nullptr;
        m_pairs->setItem(i, 0, cell(mine ? SessionTime::text(mine->start) : tr("not logged")));
        m_pairs->setItem(i, 1, cell(theirs ? SessionTime::text(theirs->start) : tr("not logged")));
        m_pairs->setItem(i, 2, cell(!mine || !theirs ? tr("—") : r.confirmed ? tr("by you") : tr("by time")));
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        m_pairs->setItem(
            i, 3,
            cell(r.perception ? PerceptionSummary::indexText(r.perception->agreementIndex) : QString(),
                 right));
        m_pairs->setItem(
            i, 4,
            cell(r.perception ? PerceptionSummary::gapText(r.perception->a.depthGap) : QString(), right));
        m_pairs->setItem(
            i, 5,
            cell(r.perception ? PerceptionSummary::gapText(r.perception->b.depthGap) : QString(), right));
        if ((keep && r.sessionId == keep) || (!keep && keepPartner && r.partnerSessionId == keepPartner))
            select = i;
    }
    m_pairs->resizeColumnsToContents();
    m_pairs->setCurrentCell(select >= 0 ? select : (m_rows.isEmpty() ? -1 : 0), 0);
    showPair();
    updateActions();
}

const PerceptionView::Row *PerceptionView::currentRow() const
{
    if (!m_pairs)
        return nullptr;
    const int i = m_pairs->currentRow();
    return i >= 0 && i < m_rows.size() ? &m_rows.at(i) : nullptr;
}

void PerceptionView::showPair()
{
    const Row *row = currentRow();
    const QString partner = partnerName();
    const QStringList layerNames = m_journal ? layerNamesOf(*m_journal) : QStringList();
    const auto fill = [&](QTableWidget *table, const QList<Disclosure> &disclosures) {
        table->clearContents();
        table->setRowCount(int(disclosures.size()));
        for (int i = 0; i < disclosures.size(); ++i) {
            const Disclosure &d = disclosures.at(i);
            table->setItem(i, 0, cell(d.speaker == Speaker::A ? m_nameA : m_nameB));
            QString topic = m_journal->topic(d.topicId).value_or(Topic{}).name;
            if (d.topicId < 0) // a topic of the partner's journal only
                topic = m_series.partnerOnlyTopics.value(int(-d.topicId - 1));
            table->setItem(i, 1, cell(topic));
            table->setItem(i, 2, cell(tr("%1 · %2").arg(d.depth).arg(layerNames.value(d.depth - 1))));
        }
        table->resizeColumnsToContents();
    };
    QList<Disclosure> mine;
    QList<Disclosure> theirs;
    QList<QuestionnaireAnswer> myAnswers;
    QList<QuestionnaireAnswer> theirAnswers;
    std::optional<Session> mySession;
    const PartnerSession *theirSession = nullptr;
    if (row && m_journal && m_account) {
        if (row->sessionId) {
            mySession = m_journal->session(row->sessionId);
            mine = m_journal->disclosures(row->sessionId);
            myAnswers = m_journal->answers(row->sessionId);
        }
        if (row->partnerSessionId && (theirSession = m_account->account.session(row->partnerSessionId))) {
            // The same topic map the measures use, so a partner-only topic is named the same way.
            Perception::TopicMap topics(m_journal->topics());
            for (const QString &unknown : std::as_const(m_series.partnerOnlyTopics))
                topics.idOf(unknown);
            theirs = Perception::disclosuresOf(*theirSession, topics);
            theirAnswers = theirSession->answers;
        }
    }
    m_mineTitle->setText(mySession ? tr("&Your account · %1").arg(SessionTime::text(mySession->start))
                                   : tr("&Your account · not logged"));
    m_theirsTitle->setText(theirSession
                               ? tr("%1's &account · %2").arg(partner, SessionTime::text(theirSession->start))
                               : tr("%1's &account · not logged").arg(partner));
    if (!m_journal) {
        m_mine->setRowCount(0);
        m_theirs->setRowCount(0);
        m_checkIns->setRowCount(0);
        return;
    }
    fill(m_mine, mine);
    fill(m_theirs, theirs);

    // Each person's check-in from each account: usually each answered in their own.
    const QStringList subscales{QStringLiteral("balance"), QStringLiteral("responsiveness"),
                                QStringLiteral("comfort"), QStringLiteral("closeness")};
    const QStringList titles{tr("Felt balance"), tr("Felt responsiveness"), tr("Comfort"), tr("Closeness")};
    m_checkIns->clear();
    m_checkIns->setColumnCount(5);
    m_checkIns->setHorizontalHeaderLabels({tr("Check-in (0–100)"), tr("%1, in your account").arg(m_nameA),
                                           tr("%1, in your account").arg(m_nameB),
                                           tr("%1, in %2's").arg(m_nameA, partner),
                                           tr("%1, in %2's").arg(m_nameB, partner)});
    m_checkIns->setRowCount(int(subscales.size()));
    const auto scoreOf = [](const QList<QuestionnaireAnswer> &answers, Speaker who, const QString &subscale) {
        for (const QuestionnaireAnswer &a : answers) {
            if (a.instrumentId != QLatin1String("session-checkin") || a.respondent != who)
                continue;
            for (const SubscaleScore &s : a.scores) {
                if (s.subscale == subscale && s.score0to100)
                    return QLocale().toString(*s.score0to100, 'f', 0);
            }
        }
        return QStringLiteral("—");
    };
    for (int i = 0; i < subscales.size(); ++i) {
        m_checkIns->setItem(i, 0, cell(titles.at(i)));
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        m_checkIns->setItem(i, 1, cell(scoreOf(myAnswers, Speaker::A, subscales.at(i)), right));
        m_checkIns->setItem(i, 2, cell(scoreOf(myAnswers, Speaker::B, subscales.at(i)), right));
        m_checkIns->setItem(i, 3, cell(scoreOf(theirAnswers, Speaker::A, subscales.at(i)), right));
        m_checkIns->setItem(i, 4, cell(scoreOf(theirAnswers, Speaker::B, subscales.at(i)), right));
    }
    m_checkIns->resizeColumnsToContents();
}

void PerceptionView::updateActions()
{
    const Row *row = currentRow();
    const bool writable = m_writable;
    const bool paired = row && row->sessionId && row->partnerSessionId;
    m_confirm->setEnabled(writable && paired && !row->confirmed);
    m_unpair->setEnabled(writable && paired);
    m_pairWith->setEnabled(writable && row);
    m_open->setEnabled(row && row->sessionId);
}

void PerceptionView::decide(const QList<MatchDecision> &decisions, const QString &text)
{
    m_history.perform<SetMatchDecisionsCommand>(text, m_relationshipId, decisions);
}

void PerceptionView::confirmPair()
{
    const Row *row = currentRow();
    if (!row || !row->sessionId || !row->partnerSessionId || !m_journal)
        return;
    QList<MatchDecision> decisions = m_journal->matchDecisions(m_relationshipId);
    decisions.append({row->sessionId, row->partnerSessionId, true});
    decide(decisions, tr("Confirm Match"));
}

void PerceptionView::unpair()
{
    const Row *row = currentRow();
    if (!row || !row->sessionId || !row->partnerSessionId || !m_journal)
        return;
    QList<MatchDecision> decisions = m_journal->matchDecisions(m_relationshipId);
    decisions.removeIf([&](const MatchDecision &d) {
        return d.sessionId == row->sessionId && d.partnerSessionId == row->partnerSessionId;
    });
    decisions.append({row->sessionId, row->partnerSessionId, false});
    decide(decisions, tr("Unpair Sessions"));
}

void PerceptionView::pairWith()
{
    const Row *row = currentRow();
    if (!row || !m_journal || !m_account)
        return;
    const bool fromMine = row->sessionId != 0;
    // The sessions of the other account to choose from, the current partner first.
    QStringList labels;
    QList<qint64> ids;
    if (fromMine) {
        for (const PartnerSession &s : m_account->account.sessions) {
            labels.append(s.id == row->partnerSessionId
                              ? tr("%1 (paired now)").arg(SessionTime::text(s.start))
                              : SessionTime::text(s.start));
            ids.append(s.id);
        }
    } else {
        for (const SessionSummary &s : m_journal->sessionSummaries(m_relationshipId)) {
            labels.append(SessionTime::text(s.session.start));
            ids.append(s.session.id);
        }
    }
    if (ids.isEmpty())
        return;
    const QString current =
        fromMine && row->partnerSessionId ? labels.value(int(ids.indexOf(row->partnerSessionId))) : QString();
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Pair With"),
        fromMine ? tr("The session of %1's account that is the same conversation:").arg(partnerName())
                 : tr("The session of your account that is the same conversation:"),
        labels, qMax(0, int(labels.indexOf(current))), false, &ok);
    if (!ok)
        return;
    const qint64 other = ids.value(int(labels.indexOf(chosen)));
    const qint64 mine = fromMine ? row->sessionId : other;
    const qint64 theirs = fromMine ? other : row->partnerSessionId;
    QList<MatchDecision> decisions = m_journal->matchDecisions(m_relationshipId);
    decisions.removeIf([&](const MatchDecision &d) {
        return (d.paired && (d.sessionId == mine || d.partnerSessionId == theirs)) ||
               (d.sessionId == mine && d.partnerSessionId == theirs);
    });
    decisions.append({mine, theirs, true});
    decide(decisions, tr("Pair Sessions"));
}

} // namespace unfold
