// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QLocale>
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

    // Shows the guide of `context`'s window at `anchor` (as it was for an empty anchor): one
    // guide per window, so F1 and the help buttons of the views raise the same one.
    static UserGuideDialog *open(QWidget *context, const QString &anchor = {});

    // Where the guide lives in the resources, in the language of `locale` when Unfold has it
    // in that language and in English otherwise; one place, so tests read the same document.
    static QUrl guideUrl(const QLocale &locale = QLocale());

private:
    QTextBrowser *m_browser;
};

} // namespace unfold
