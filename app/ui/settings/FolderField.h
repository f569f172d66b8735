// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;

namespace unfold {

// A folder typed or chosen with Browse, and a button back to the default folder.
class FolderField final : public QWidget
{
    Q_OBJECT

public:
    // `name` is what screen readers call the field, e.g. "Backup folder".
    FolderField(const QString &name, const QString &description, QString defaultFolder,
                QWidget *parent = nullptr);

    QString folder() const;
    void setFolder(const QString &folder);
    QLineEdit *edit() const { return m_edit; }

private:
    void browse();

    QString m_default;
    QString m_name;
    QLineEdit *m_edit;
};

} // namespace unfold
