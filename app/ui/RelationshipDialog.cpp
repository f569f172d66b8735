// SPDX-License-Identifier: GPL-3.0-or-later
#include "RelationshipDialog.h"

#include "Journal.h"
#include "RecordLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace unfold {

namespace {
QComboBox *personField(const Journal &journal, const QString &current, const QString &accessibleName)
{
    auto *combo = new QComboBox;
    combo->setEditable(true); // a new name creates a new person
    combo->setInsertPolicy(QComboBox::NoInsert);
    for (const Person &p : journal.people())
        combo->addItem(p.name);
    combo->setCurrentText(current);
    combo->setAccessibleName(accessibleName);
    combo->lineEdit()->setAccessibleName(accessibleName); // what a screen reader names as one types
    combo->lineEdit()->setPlaceholderText(
        QCoreApplication::translate("unfold::RelationshipDialog", "Name or alias"));
    return combo;
}
} // namespace

RelationshipDialog::RelationshipDialog(const Journal &journal, const std::optional<Relationship> &existing,
                                       QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(existing ? tr("Edit Relationship") : tr("Add Relationship"));
    const Relationship r = existing.value_or(Relationship{});
    QString meName;
    for (const Person &p : journal.people())
        if (p.isMe)
            meName = p.name;
    m_personA = personField(journal, existing ? journal.person(r.personA).value_or(Person{}).name : meName,
                            tr("Person A"));
    m_personB = personField(journal, existing ? journal.person(r.personB).value_or(Person{}).name : QString(),
                            tr("Person B"));
    m_personA->setToolTip(tr("Person A is the first person: in your own journal, usually you."));
    m_personB->setAccessibleDescription(
        tr("The other person: choose someone from the journal or type a new name "
           "or alias."));

    m_kind = new QComboBox;
    m_kind->setAccessibleName(tr("Kind of relationship"));
    m_kind->setAccessibleDescription(
        tr("Partner, friend, family, colleague, client couple or another kind."));
    for (RelationshipKind k : RecordLabels::allKinds)
        m_kind->addItem(RecordLabels::kind(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(r.kind)));

    m_hasStart = new QCheckBox(tr("Date known"));
    m_hasStart->setAccessibleName(tr("Start date known"));
    m_hasStart->setAccessibleDescription(tr("Clear it when you do not know when the relationship began."));
    m_started = new QDateEdit(r.started.isValid() ? r.started : QDate::currentDate());
    m_started->setCalendarPopup(true);
    m_started->setAccessibleName(tr("Start date"));
    m_started->setAccessibleDescription(tr("The day the relationship began, as far as you know."));
    m_hasStart->setChecked(!existing || r.started.isValid());
    m_started->setEnabled(m_hasStart->isChecked());
    connect(m_hasStart, &QCheckBox::toggled, m_started, &QWidget::setEnabled);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_started, 1);
    startRow->addWidget(m_hasStart);

    m_stage = new QComboBox;
    m_stage->setAccessibleName(tr("Stage"));
    m_stage->setToolTip(tr("How you see the relationship now, after Altman and Taylor's stages."));
    for (Stage s : RecordLabels::allStages) {
        m_stage->addItem(RecordLabels::stage(s), int(s));
        m_stage->setItemData(m_stage->count() - 1, RecordLabels::stageMeaning(s), Qt::ToolTipRole);
    }
    // What the chosen stage means, under the list and for screen readers.
    m_stageMeaning = new QLabel;
    m_stageMeaning->setWordWrap(true);
    m_stageMeaning->setTextFormat(Qt::PlainText);
    const auto explainStage = [this] {
        const QString meaning = RecordLabels::stageMeaning(Stage(m_stage->currentData().toInt()));
        m_stageMeaning->setText(meaning);
        m_stage->setAccessibleDescription(meaning);
    };
    connect(m_stage, &QComboBox::currentIndexChanged, this, explainStage);
    m_stage->setCurrentIndex(m_stage->findData(int(r.stage)));
    explainStage();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setAccessibleDescription(tr("Saves the relationship; needs two different names."));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setAccessibleDescription(tr("Closes without changing anything."));

    auto *form = new QFormLayout(this);
    auto *who = new QLabel(tr("Person A is you in a journal of your own relationships, or one client of a "
                              "couple; person B is the other person. Choose either from the people in this "
                              "journal or type a new name or alias."));
    who->setWordWrap(true);
    who->setTextFormat(Qt::PlainText);
    form->addRow(who);
    form->addRow(tr("Person &A:"), m_personA);
    form->addRow(tr("Person &B:"), m_personB);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Since:"), startRow);
    qobject_cast<QLabel *>(form->labelForField(startRow))->setBuddy(m_started);
    form->addRow(tr("S&tage:"), m_stage);
    form->addRow(QString(), m_stageMeaning);
    form->addRow(m_buttons);

    connect(m_personA, &QComboBox::currentTextChanged, this, &RelationshipDialog::validate);
    connect(m_personB, &QComboBox::currentTextChanged, this, &RelationshipDialog::validate);
    validate();
    // Wide enough for the explanations to wrap into a few lines, and tall enough for all of them:
    // a form does not ask a wrapped label how tall it gets at the width it is given.
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 80);
    const QMargins margins = form->contentsMargins();
    who->setMinimumHeight(who->heightForWidth(minimumWidth() - margins.left() - margins.right()));
    m_stageMeaning->setMinimumHeight(m_stageMeaning->fontMetrics().lineSpacing() * 3);
    adjustSize();
    (m_personA->currentText().isEmpty() ? m_personA : m_personB)->setFocus();
}

void RelationshipDialog::validate()
{
    const bool ok =
        !nameA().isEmpty() && !nameB().isEmpty() && nameA().compare(nameB(), Qt::CaseInsensitive) != 0;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

QString RelationshipDialog::nameA() const
{
    return m_personA->currentText().trimmed();
}
QString RelationshipDialog::nameB() const
{
    return m_personB->currentText().trimmed();
}
RelationshipKind RelationshipDialog::kind() const
{
    return RelationshipKind(m_kind->currentData().toInt());
}
QDate RelationshipDialog::started() const
{
    return m_hasStart->isChecked() ? m_started->date() : QDate();
}
Stage RelationshipDialog::stage() const
{
    return Stage(m_stage->currentData().toInt());
}

} // namespace unfold
