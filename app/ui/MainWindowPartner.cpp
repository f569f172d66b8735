// SPDX-License-Identifier: GPL-3.0-or-later
// The partner part of MainWindow: sharing a relationship with the partner and importing the
// account they shared (DESIGN.md §2.3).
#include "MainWindow.h"

#include "BackgroundWork.h"
#include "EditHistory.h"
#include "Journal.h"
#include "LazyTab.h"
#include "PartnerCommands.h"
#include "PartnerExchange.h"
#include "PerceptionView.h"
#include "RelationshipSidebar.h"
#include "ShareWithPartnerDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

namespace unfold {

namespace {

QString exchangeFilter()
{
    return QCoreApplication::translate("unfold::MainWindow",
                                       "Unfold exchange files (*.unfoldx);;All files (*)");
}

// Argon2id takes a noticeable moment by design; the cursor says so.
struct BusyCursor
{
    BusyCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
};

} // namespace

void MainWindow::createPartnerActions(QMenu *relationshipMenu)
{
    relationshipMenu->addSeparator();
    m_share = relationshipMenu->addAction(tr("S&hare with Partner…"), this, &MainWindow::shareWithPartner);
    m_share->setStatusTip(tr("Write this relationship to an encrypted file for your partner's Unfold."));
    m_importPartner = relationshipMenu->addAction(tr("&Import Partner's Account…"), this,
                                                  [this] { importPartnerAccount(); });
    m_importPartner->setStatusTip(
        tr("Keep the account your partner shared beside your own, to compare the two."));
    m_removePartner = relationshipMenu->addAction(tr("Remove Partner's Accou&nt"), this, [this] {
        const qint64 relationshipId = m_sidebar->currentRelationshipId();
        if (!m_journal || !m_journal->partnerAccount(relationshipId))
            return;
        m_history->perform<SetPartnerAccountCommand>(tr("Remove Partner's Account"), relationshipId,
                                                     std::nullopt);
    });
    updatePartnerActions();
}

void MainWindow::updatePartnerActions()
{
    if (!m_share)
        return;
    const qint64 relationshipId = m_sidebar->currentRelationshipId();
    const bool chosen = m_journal && relationshipId != 0;
    const bool writable = chosen && !m_journal->isReadOnly();
    m_share->setEnabled(chosen);
    m_importPartner->setEnabled(writable);
    m_removePartner->setEnabled(writable && m_journal->partnerAccount(relationshipId).has_value());
}

void MainWindow::shareWithPartner()
{
    const qint64 relationshipId = m_sidebar->currentRelationshipId();
    const std::optional<Relationship> relationship =
        m_journal ? m_journal->relationship(relationshipId) : std::nullopt;
    if (!relationship) {
        QMessageBox::information(this, tr("Share with Partner"), tr("Choose a relationship first."));
        return;
    }
    const Person a = m_journal->person(relationship->personA).value_or(Person{});
    const Person b = m_journal->person(relationship->personB).value_or(Person{});
    const QString title = m_journal->relationshipTitle(*relationship);
    ShareWithPartnerDialog dialog(title, {a.name, b.name}, a.isMe ? 0 : b.isMe ? 1 : -1, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("%1 - shared by %2.unfoldx")
                                                .arg(title, dialog.sender())
                                                .replace(QLatin1Char('/'), QLatin1Char('-')));
    QString path = QFileDialog::getSaveFileName(this, tr("Share with Partner"), suggested, exchangeFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".unfoldx");
    QString error;
    bool ok = false;
    {
        const BusyCursor busy;
        ok = PartnerExchange::write(*m_journal, relationshipId, path, dialog.passphrase(),
                                    dialog.includeNotes(), &error, dialog.sender());
    }
    if (!ok) {
        QMessageBox::warning(this, tr("Share with Partner"),
                             tr("The file could not be written: %1").arg(error));
        return;
    }
    QMessageBox::information(
        this, tr("Share with Partner"),
        tr("Your account of %1 is in %2.\n\nGive your partner the file, and tell them the "
           "passphrase another way (not in the same message).")
            .arg(title, QDir::toNativeSeparators(path)));
}

void MainWindow::importPartnerAccount(const QString &chosenPath)
{
    const qint64 relationshipId = m_sidebar->currentRelationshipId();
    if (!m_journal || m_journal->isReadOnly() || !m_journal->relationship(relationshipId)) {
        QMessageBox::information(this, tr("Import Partner's Account"),
                                 tr("Open a journal you can edit and choose the relationship first."));
        return;
    }
    const QString path =
        !chosenPath.isEmpty()
            ? chosenPath
            : QFileDialog::getOpenFileName(
                  this, tr("Import Partner's Account"),
                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), exchangeFilter());
    if (path.isEmpty())
        return;
    const QString title = m_journal->relationshipTitle(*m_journal->relationship(relationshipId));
    PartnerExchange::Read read;
    QString prompt = tr("The passphrase you and your partner agreed on:");
    // A mistyped passphrase is asked again; any other problem ends the import with its reason.
    for (;;) {
        bool ok = false;
        const QString passphrase = QInputDialog::getText(this, tr("Import Partner's Account"), prompt,
                                                         QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        // Off the window's thread: the file's own header sets how long the key takes to derive.
        read = inBackground(this, tr("Unlocking the partner's file…"),
                            [path, passphrase] { return PartnerExchange::read(path, passphrase); });
        // The window was held meanwhile; still, import only into what the user chose.
        if (!m_journal || !m_journal->relationship(relationshipId))
            return;
        if (read.account || read.problem != ExchangeFile::Problem::WrongPassphrase)
            break;
        prompt = read.error + QLatin1Char('\n') + tr("The passphrase you and your partner agreed on:");
    }
    if (!read.account) {
        QMessageBox::warning(this, tr("Import Partner's Account"),
                             tr("Nothing was imported. %1").arg(read.error));
        return;
    }
    QString error;
    bool ambiguous = false;
    std::optional<StoredPartnerAccount> stored =
        PartnerExchange::prepareImport(*read.account, *m_journal, relationshipId, {}, &error, &ambiguous);
    if (!stored && ambiguous) {
        const std::optional<Relationship> r = m_journal->relationship(relationshipId);
        const QStringList people{m_journal->person(r->personA).value_or(Person{}).name,
                                 m_journal->person(r->personB).value_or(Person{}).name};
        bool ok = false;
        const QString sender =
            QInputDialog::getItem(this, tr("Import Partner's Account"),
                                  tr("The file calls the two people %1 and %2. Which person of %3 sent it?")
                                      .arg(read.account->nameA, read.account->nameB, title),
                                  people, 1, false, &ok);
        if (!ok)
            return;
        stored = PartnerExchange::prepareImport(*read.account, *m_journal, relationshipId, sender, &error);
    }
    if (!stored) {
        QMessageBox::warning(this, tr("Import Partner's Account"), tr("Nothing was imported. %1").arg(error));
        return;
    }
    const bool replacing = m_journal->partnerAccount(relationshipId).has_value();
    const QString text = replacing ? tr("Replace Partner's Account") : tr("Import Partner's Account");
    if (!m_history->perform<SetPartnerAccountCommand>(text, relationshipId, stored))
        return; // the history said why
    updatePartnerActions();
    m_views->setCurrentWidget(m_perceptionTab);
    statusBar()->showMessage(
        replacing ? tr("The partner's account of %1 was replaced with the newer one.").arg(title)
                  : tr("The partner's account of %1 was imported.").arg(title),
        10000);
}

} // namespace unfold
