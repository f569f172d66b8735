// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace unfold {

// A small XML tree that writes back what it read: names keep their prefixes ("bookmark:…"), and
// namespace declarations, comments, processing instructions and the DOCTYPE stay where they were.
// For editing another program's file (the desktop's recent files) without losing a thing of it.
struct XmlNode
{
    enum class Kind
    {
        Element,
        Text,
        CData,
        Comment,
        ProcessingInstruction,
        Doctype
    };

    Kind kind = Kind::Element;
    QString name; // an element's qualified name; a processing instruction's target
    QList<std::pair<QString, QString>> attributes; // qualified name, value; in document order
    QString text;                                  // text, comment, DOCTYPE or instruction data
    QList<XmlNode> children;

    static XmlNode element(const QString &elementName,
                           QList<std::pair<QString, QString>> elementAttributes = {});
    static XmlNode textNode(const QString &content);

    QString attribute(const QString &name) const;
    void setAttribute(const QString &name, const QString &value);
    // The first child element called `name`, or null.
    XmlNode *child(const QString &name);
    // The first child element called `name`, appended when there is none.
    XmlNode &childOrNew(const QString &name);
};

// What a document holds at its top level: the DOCTYPE, comments, instructions and one root.
struct XmlDocument
{
    QList<XmlNode> nodes;

    // The root element, or null.
    XmlNode *root();

    // Nullopt, and `error` says where, when `bytes` is not well-formed XML.
    static std::optional<XmlDocument> parse(const QByteArray &bytes, QString *error);
    QByteArray toBytes() const; // UTF-8, with an XML declaration
};

} // namespace unfold
