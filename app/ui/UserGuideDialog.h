// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace unfold {

// The offline user guide (Help › User Guide, F1): an HTML document from the resources in a
// browser with a table of contents, back and forward. Modeless, so it can stay open beside the
// window while the user tries what it describes.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    // Scrolls to a section by its anchor name, e.g. "logging"; the contents for an empty name.
    void showSection(const QString &anchor);
    QTextBrowser *browser() const { return m_browser; }

    // Where the guide lives in the resources; one place, so tests read the same document.
    static QUrl guideUrl();

private:
    QTextBrowser *m_browser;
};

} // namespace unfold
