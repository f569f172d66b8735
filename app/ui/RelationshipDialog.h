// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Relationship.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QDateEdit;
class QCheckBox;
class QDialogButtonBox;

namespace unfold {

class Journal;

// Adds or edits a relationship: its two people (chosen from the journal or typed as new
// names), its kind, since when, and the user's view of its stage.
class RelationshipDialog final : public QDialog
{
    Q_OBJECT

public:
    RelationshipDialog(const Journal &journal, const std::optional<Relationship> &existing,
                       QWidget *parent = nullptr);

    QString nameA() const;
    QString nameB() const;
    RelationshipKind kind() const;
    QDate started() const;
    Stage stage() const;

private:
    void validate();

    QComboBox *m_personA;
    QComboBox *m_personB;
    QComboBox *m_kind;
    QCheckBox *m_hasStart;
    QDateEdit *m_started;
    QComboBox *m_stage;
    QLabel *m_stageMeaning;
    QDialogButtonBox *m_buttons;
};

} // namespace unfold
