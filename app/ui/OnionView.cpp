// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnionView.h"

#include "ExportPictureDialog.h"
#include "FirstFrame.h"
#include "HelpButton.h"
#include "Journal.h"
#include "OnionCanvas.h"
#include "OnionDescription.h"
#include "OnionPainter.h"
#include "SteadyLabel.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSlider>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>

namespace unfold {

namespace {
constexpr int playIntervalMs = 450;
constexpr int listedDisclosures = 25;
} // namespace

OnionView::OnionView(QWidget *parent) : QWidget(parent)
{
    m_canvas = new OnionCanvas(this);
    m_canvas->setAccessibleName(tr("Onion"));
    m_canvas->setToolTip(QString()); // tooltips come per cell
    m_table = new QTableWidget(this);
    m_table->setTabKeyNavigation(false); // one Tab stop; the arrows move from cell to cell
    m_table->setAccessibleName(tr("Onion as a table"));
    m_table->setAccessibleDescription(tr("The onion's cells as rows: topic, layer and who reached it."));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_canvas);
    m_stack->addWidget(m_table);

    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Who reached each layer"), int(OnionMode::WhoReached));
    m_mode->addItem(tr("Balance in each cell"), int(OnionMode::Balance));
    m_mode->setAccessibleName(tr("What the onion shows"));
    m_mode->setAccessibleDescription(
        tr("Who reached each layer of each topic, or how evenly both shared there."));
    auto *modeLabel = new QLabel(tr("Sho&w:"), this);
    modeLabel->setBuddy(m_mode);
    // The latest few sessions only: the deepest layer ever reached never recedes, so without a
    // window a couple who stopped sharing deeply would look as open as ever.
    m_period = new QComboBox(this);
    m_period->addItem(tr("All sessions"), 0);
    for (const int window : {5, 10, 20})
        m_period->addItem(tr("Last %n session(s)", nullptr, window), window);
    m_period->setAccessibleName(tr("Which sessions the onion counts"));
    m_period->setAccessibleDescription(tr(
        "All sessions so far, or only the latest few: what was reached before and not since shows faintly."));
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    // Only offered once the partner's account of the relationship has been imported.
    m_account = new QComboBox(this);
    m_account->addItem(tr("As I logged it"));
    m_account->addItem(QString());
    m_account->setAccessibleName(tr("Whose account the onion shows"));
    m_account->setAccessibleDescription(
        tr("The onion of your own log, or of the account your partner shared with you."));
    m_accountLabel = new QLabel(tr("Acco&unt:"), this);
    m_accountLabel->setBuddy(m_account);
    m_asTable = new QToolButton(this);
    m_asTable->setText(tr("As t&able"));
    m_asTable->setCheckable(true);
    m_asTable->setAccessibleName(tr("Show the onion as a table"));
    m_asTable->setAccessibleDescription(tr("Switches between the picture and a table of the same content."));
    m_summary = new SteadyLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setFocusPolicy(Qt::TabFocus); // reachable by screen reader users who tab through
    m_summary->setObjectName(QStringLiteral("Onion summary")); // read out by its text
    m_summary->setAccessibleDescription(tr("The onion in words: how broad and how deep each person went."));

    m_play = new QToolButton(this);
    // The style's icon is looked up in the desktop's theme too: after the first frame, as the
    // desktop's other icons are (see ThemeIcons).
    FirstFrame::afterAny(m_play, [this] {
        if (m_play->icon().isNull())
            m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    });
    m_play->setText(tr("Play"));
    m_play->setToolTip(tr("Play the sessions one after another"));
    m_play->setAccessibleName(tr("Play"));
    m_play->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setAccessibleName(tr("Session"));
    m_slider->setPageStep(5);
    m_date = new QLabel(this);
    m_date->setMinimumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("0000 / 0000 · 00 September 0000")));
    m_timer = new QTimer(this);
    m_timer->setInterval(playIntervalMs);

    auto *top = new QHBoxLayout;
    top->addWidget(modeLabel);
    top->addWidget(m_mode);
    top->addSpacing(12);
    top->addWidget(periodLabel);
    top->addWidget(m_period);
    top->addStretch();
    top->addWidget(m_asTable);
    top->addWidget(new HelpButton(QStringLiteral("onion"), tr("Reading the onion"), this));
    // Whose account: a row of its own (shown only beside a partner's account), so the choices
    // above keep their room in longer languages on a laptop's screen.
    auto *account = new QHBoxLayout;
    account->addWidget(m_accountLabel);
    account->addWidget(m_account);
    account->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_play);
    bottom->addWidget(m_slider, 1);
    bottom->addWidget(m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(account);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);
    layout->addWidget(m_summary);
    setTabOrder(m_mode, m_period);
    setTabOrder(m_period, m_asTable);
    setTabOrder(m_asTable, m_account);
    setTabOrder(m_account, m_canvas);
    setTabOrder(m_canvas, m_play);
    setTabOrder(m_play, m_slider);

    connect(m_slider, &QSlider::valueChanged, this, &OnionView::showState);
    connect(m_play, &QToolButton::clicked, this, &OnionView::togglePlaying);
    connect(m_timer, &QTimer::timeout, this, &OnionView::advance);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        keepSummaryRoom();
        refreshPicture();
    });
    connect(m_account, &QComboBox::activated, this, &OnionView::switchAccount);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        keepSummaryRoom();
        showState(m_slider->value());
    });
    connect(m_asTable, &QToolButton::toggled, this, [this](bool on) {
        m_stack->setCurrentIndex(on ? 1 : 0);
        refreshPicture();
    });
    connect(m_canvas, &OnionCanvas::hovered, this, &OnionView::showTooltip);
    connect(m_canvas, &OnionCanvas::activated, this, &OnionView::listDisclosures);
    connect(m_canvas, &OnionCanvas::currentCellChanged, this, &OnionView::describeCurrentCell);
    reload();
}

OnionView::~OnionView() = default;

void OnionView::setJournal(const Journal *journal)
{
    m_journal.show(journal);
    m_relationshipId = 0;
    if (journal) {
        auto ours = [this](qint64 relationshipId) {
            if (relationshipId == m_relationshipId)
                scheduleReload();
        };
        connect(journal, &Journal::sessionsChanged, this, ours);
        connect(journal, &Journal::disclosuresChanged, this,
                [ours](qint64, qint64 relationshipId) { ours(relationshipId); });
        connect(journal, &Journal::topicsChanged, this, &OnionView::scheduleReload);
        connect(journal, &Journal::layersChanged, this, &OnionView::scheduleReload);
        connect(journal, &Journal::peopleChanged, this, &OnionView::scheduleReload);
        connect(journal, &Journal::relationshipsChanged, this, &OnionView::scheduleReload);
        connect(journal, &Journal::partnerChanged, this, ours);
        connect(journal, &QObject::destroyed, this, [this] { setJournal(nullptr); });
    }
    reload();
}

void OnionView::setRelationship(qint64 relationshipId)
{
    if (relationshipId == m_relationshipId)
        return;
    m_relationshipId = relationshipId;
    m_timer->stop();
    m_slider->blockSignals(true);
    m_slider->setValue(0);
    m_slider->blockSignals(false);
    reload();
}

// Edits come in bursts (an undo of a removed session restores many disclosures); one reload
// after the burst is enough.
void OnionView::scheduleReload()
{
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, &OnionView::reload);
}

void OnionView::reload()
{
    m_reloadPending = false;
    const bool wasAtEnd = m_slider->value() == m_slider->maximum();
    const bool known = m_journal && m_relationshipId != 0 && m_journal->relationship(m_relationshipId);
    // The partner's account is read and parsed once; only the onion shown is built.
    const std::optional<StoredPartnerAccount> partner =
        known ? m_journal->partnerAccount(m_relationshipId) : std::nullopt;
    m_mineOfPartner.clear();
    if (!partner)
        m_account->setCurrentIndex(0);
    m_account->setVisible(partner.has_value());
    m_accountLabel->setVisible(partner.has_value());
    if (!known)
        m_subject = OnionSubject();
    else if (partner && m_account->currentIndex() == 1)
        m_subject = OnionSubject::ofPartner(*m_journal, m_relationshipId, *partner);
    else
        m_subject = OnionSubject::load(*m_journal, m_relationshipId);
    if (partner) {
        for (const SessionMatch &m : m_journal->matchedSessions(m_relationshipId, partner).matches)
            m_mineOfPartner.insert(m.partnerSessionId, m.sessionId);
        m_account->setItemText(
            1, tr("As %1 logged it")
                   .arg(OnionSubject::partnerName(*partner, m_subject.personA(), m_subject.personB())));
    }
    const int sessions = m_subject.history().sessionCount();
    m_slider->blockSignals(true);
    m_slider->setRange(0, sessions);
    // A new session should show at once when the user was looking at the latest state.
    if (wasAtEnd)
        m_slider->setValue(sessions);
    m_slider->blockSignals(false);
    m_slider->setEnabled(sessions > 0);
    m_play->setEnabled(sessions > 0);
    keepSummaryRoom();
    showState(m_slider->value());
}

bool OnionView::showWindow(int sessions)
{
    const int index = m_period->findData(sessions);
    if (index < 0)
        return false;
    m_period->setCurrentIndex(index);
    return true;
}

bool OnionView::showPartnerAccount(bool partner)
{
    if (partner && m_account->isHidden())
        return false;
    m_account->setCurrentIndex(partner ? 1 : 0);
    switchAccount();
    return true;
}

// Keeps the place: the same conversation in the other account when the two sessions are
// matched, else the last session that had started by then.
void OnionView::switchAccount()
{
    const int shown = m_slider->value();
    const bool atEnd = shown == m_slider->maximum();
    const QList<Session> &sessions = m_subject.history().sessions();
    const std::optional<Session> current =
        shown > 0 ? std::optional(sessions.value(shown - 1)) : std::nullopt;
    const bool wasPartner = !m_subject.accountOf().isEmpty();
    reload();
    // Choosing the account already shown (activated fires for it too) keeps the place as it is.
    if (atEnd || !current || wasPartner == !m_subject.accountOf().isEmpty())
        return;
    const qint64 counterpart =
        wasPartner ? m_mineOfPartner.value(current->id) : m_mineOfPartner.key(current->id);
    int index = counterpart != 0 ? m_subject.history().sessionIndex(counterpart) + 1 : 0;
    if (index <= 0) {
        for (const Session &s : m_subject.history().sessions())
            index += s.start <= current->start ? 1 : 0;
    }
    m_slider->setValue(index);
}

qint64 OnionView::sessionToOpen(qint64 sessionId) const
{
    return m_subject.accountOf().isEmpty() ? sessionId : m_mineOfPartner.value(sessionId);
}

void OnionView::showAfterSession(int sessions)
{
    m_slider->setValue(sessions);
}

void OnionView::showState(int sessions)
{
    // Each is one snapshot copy, so scrubbing stays smooth however long the history is.
    const int window = m_period->currentData().toInt();
    m_state = m_subject.history().stateWithin(sessions, window);
    m_previous = m_subject.history().stateWithin(sessions - 1, window);
    m_earlier = m_subject.history().stateAfter(sessions);
    const int total = m_subject.history().sessionCount();
    m_date->setText(sessions > 0
                        ? tr("%1 / %2 · %3").arg(sessions).arg(total).arg(m_subject.sessionDate(sessions - 1))
                        : tr("0 / %1").arg(total));
    m_slider->setAccessibleDescription(m_subject.subtitle(m_state));
    refreshPicture();
}

void OnionView::keepSummaryRoom()
{
    // The latest session's summary is the longest as a rule (what is reached is never lost): its
    // room is kept as the slider moves, so the onion above keeps its size. Worked out when what
    // is shown changes, not at every step of the slider.
    const auto mode = OnionMode(m_mode->currentData().toInt());
    const int window = m_period->currentData().toInt();
    const int total = m_subject.history().sessionCount();
    const OnionState latest = m_subject.history().stateWithin(total, window);
    const OnionState earlier = m_subject.history().stateAfter(total);
    m_summary->keepRoomFor(OnionDescription::summary(m_subject, latest, mode, &earlier));
}

void OnionView::refreshPicture()
{
    const auto mode = OnionMode(m_mode->currentData().toInt());
    const bool scrubbed = m_state.sessionsIncluded() > 0;
    OnionPicture picture = m_subject.picture(m_state, scrubbed ? &m_previous : nullptr, mode,
                                             OnionTheme::forPalette(palette()), &m_earlier);
    // The onion stays put as the slider moves: with no session shown yet there is nothing
    // outlined, and its legend would otherwise lose a row and the onion grow into it.
    picture.keysRowKept = true;
    m_canvas->setPicture(picture);
    const QString summary = OnionDescription::summary(m_subject, m_state, mode, &m_earlier);
    m_summary->setText(summary);
    m_canvas->setAccessibleDescription(
        summary + u' ' + tr("Arrow keys move between cells, Enter lists the disclosures of a cell."));
    if (m_stack->currentIndex() == 1)
        OnionDescription::fillTable(*m_table, m_subject, m_state);
}

void OnionView::togglePlaying()
{
    if (m_timer->isActive()) {
        m_timer->stop();
    } else {
        if (m_slider->value() == m_slider->maximum())
            m_slider->setValue(0);
        m_timer->start();
    }
    const bool playing = m_timer->isActive();
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setAccessibleName(m_play->text());
}

void OnionView::advance()
{
    if (m_slider->value() >= m_slider->maximum())
        return togglePlaying();
    m_slider->setValue(m_slider->value() + 1);
}

void OnionView::showTooltip(const OnionCell &cell, QPoint globalPosition)
{
    if (!cell.isValid()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(globalPosition, OnionDescription::cell(m_subject, m_state, cell), m_canvas);
}

void OnionView::describeCurrentCell(const OnionCell &cell)
{
    const QString text = OnionDescription::cell(m_subject, m_state, cell, QStringLiteral("; "));
    m_canvas->setAccessibleDescription(text.isEmpty() ? m_summary->text() : text);
    QAccessibleEvent event(m_canvas, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

void OnionView::listDisclosures(const OnionCell &cell, QPoint globalPosition)
{
    const auto mode = OnionMode(m_mode->currentData().toInt());
    const std::optional<Speaker> who = mode == OnionMode::Balance ? std::nullopt : std::optional(cell.half);
    const QList<Disclosure> found = m_subject.history().disclosuresAt(m_state.sessionsIncluded(), cell.topic,
                                                                      cell.depth, who, m_state.windowStart());
    QMenu menu(this);
    menu.setAccessibleName(tr("Disclosures in this cell"));
    // Topic names and notes are the user's text: an "&" in them ("Values & self-image") is a
    // character, not a mnemonic, so it is doubled for the menu.
    const auto literal = [](QString text) { return text.replace(u'&', QStringLiteral("&&")); };
    auto *heading =
        menu.addAction(literal(OnionDescription::cell(m_subject, m_state, cell, QStringLiteral(" · "))));
    heading->setEnabled(false);
    menu.addSeparator();
    if (found.isEmpty())
        menu.addAction(tr("No disclosures here yet"))->setEnabled(false);
    // Newest first: the latest is what the user most likely wants to open.
    for (int i = int(found.size()) - 1; i >= 0 && i >= found.size() - listedDisclosures; --i) {
        const Disclosure &d = found.at(i);
        const QString speaker = d.speaker == Speaker::A ? m_subject.personA() : m_subject.personB();
        const QString date = m_subject.sessionDate(m_subject.history().sessionIndex(d.sessionId));
        // A disclosure of the partner's account opens the session of mine it is matched to.
        const qint64 sessionId = sessionToOpen(d.sessionId);
        QString text = sessionId != 0
                           ? tr("Open the session of %1 (%2)").arg(date, speaker)
                           : tr("%1 (%2): no session of yours is matched to it").arg(date, speaker);
        if (!d.note.isEmpty())
            text += QStringLiteral(": ") + d.note.left(60);
        QAction *open = menu.addAction(literal(text));
        open->setEnabled(sessionId != 0);
        connect(open, &QAction::triggered, this,
                [this, sessionId] { Q_EMIT openSessionRequested(sessionId); });
    }
    if (found.size() > listedDisclosures)
        menu.addAction(tr("… and %n earlier", nullptr, int(found.size()) - listedDisclosures))
            ->setEnabled(false);
    menu.exec(globalPosition);
}

void OnionView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The screen's picture follows a light or dark theme (m_summary is made last of what it redraws).
    if (event->type() == QEvent::PaletteChange && m_summary)
        refreshPicture();
}

OnionPicture OnionView::exportedPicture() const
{
    // Files and paper are always light, whatever the screen's palette.
    return m_subject.picture(m_state, nullptr, OnionMode(m_mode->currentData().toInt()), OnionTheme::light(),
                             &m_earlier);
}

void OnionView::exportPicture()
{
    const OnionPicture picture = exportedPicture();
    const PictureExport::Paint paint = [picture](QPainter &painter, const QSizeF &size) {
        OnionPainter::paint(painter, size, picture);
    };
    QString name = m_subject.title().isEmpty() ? tr("onion") : tr("Onion of %1").arg(m_subject.title());
    name.replace(u'/', u'-');
    ExportPictureDialog dialog(paint, name, m_subject.title(), this);
    dialog.exec();
}

void OnionView::copyPicture()
{
    const QSize logical(800, 800);
    QImage image(logical * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(Qt::white);
    QPainter painter(&image);
    OnionPainter::paint(painter, QSizeF(logical), exportedPicture());
    painter.end();
    QApplication::clipboard()->setImage(image);
}

void OnionView::printPicture()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_subject.title());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    // The page in logical pixels, so text keeps the size it has on screen and in exports.
    const double scale = printer.resolution() / double(PictureExport::logicalDpi);
    const QRectF page = printer.pageRect(QPrinter::DevicePixel);
    painter.scale(scale, scale);
    const double side = std::min(page.width(), page.height()) / scale;
    OnionPainter::paint(painter, QSizeF(side, side), exportedPicture());
}

} // namespace unfold
