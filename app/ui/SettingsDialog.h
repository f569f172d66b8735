// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QTabWidget;

namespace unfold {

class SettingsPage;

// File › Settings: one tab per page (appearance, pictures, folders). The pages know their
// preferences; the dialog only shows them and applies them all on OK or Apply.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

    // Applies every page; false (the page showing, its problem told) when one refused.
    bool apply();
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
    QList<SettingsPage *> m_pages;
};

} // namespace unfold
