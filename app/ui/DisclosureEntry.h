// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Disclosure.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace unfold {

class Journal;

// Logs a disclosure in a few keystrokes: type "a42" (A, topic 4, layer 2) in the quick line
// and press Enter, or choose who, topic and layer in the boxes. After each entry the other
// person is preselected, because sharing usually takes turns.
class DisclosureEntry final : public QWidget
{
    Q_OBJECT

public:
    explicit DisclosureEntry(QWidget *parent = nullptr);

    void setJournal(const Journal *journal);
    void setPeople(const QString &nameA, const QString &nameB);
    void refreshChoices();
    void focusQuickEntry();
    QLineEdit *quickEntry() const { return m_quick; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void logRequested(unfold::Speaker speaker, qint64 topicId, int depth, const QString &note);

private:
    void previewQuickEntry(const QString &text);
    void logFromQuickEntry();
    void logFromChoices();
    void afterLogging(Speaker speaker);

    const Journal *m_journal = nullptr;
    QLineEdit *m_quick;
    QComboBox *m_who;
    QComboBox *m_topic;
    QComboBox *m_layer;
    QLineEdit *m_note;
    QPushButton *m_log;
    QLabel *m_message;
    QLabel *m_numbers; // the topics' and layers' numbers, while the quick entry has focus
};

} // namespace unfold
