// SPDX-License-Identifier: GPL-3.0-or-later
#include "XmlTree.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace unfold {

namespace {

void write(QXmlStreamWriter &writer, const XmlNode &node)
{
    switch (node.kind) {
    case XmlNode::Kind::Element:
        writer.writeStartElement(node.name);
        for (const auto &[name, value] : node.attributes)
            writer.writeAttribute(name, value);
        for (const XmlNode &child : node.children)
            write(writer, child);
        writer.writeEndElement();
        break;
    case XmlNode::Kind::Text:
        writer.writeCharacters(node.text);
        break;
    case XmlNode::Kind::CData:
        writer.writeCDATA(node.text);
        break;
    case XmlNode::Kind::Comment:
        writer.writeComment(node.text);
        break;
    case XmlNode::Kind::ProcessingInstruction:
        writer.writeProcessingInstruction(node.name, node.text);
        break;
    case XmlNode::Kind::Doctype:
        writer.writeDTD(node.text);
        break;
    }
}

} // namespace

XmlNode XmlNode::element(const QString &elementName, QList<std::pair<QString, QString>> elementAttributes)
{
    XmlNode node;
    node.name = elementName;
    node.attributes = std::move(elementAttributes);
    return node;
}

XmlNode XmlNode::textNode(const QString &content)
{
    XmlNode node;
    node.kind = Kind::Text;
    node.text = content;
    return node;
}

QString XmlNode::attribute(const QString &attributeName) const
{
    for (const auto &[key, value] : attributes)
        if (key == attributeName)
            return value;
    return {};
}

void XmlNode::setAttribute(const QString &attributeName, const QString &value)
{
    for (auto &[key, old] : attributes)
        if (key == attributeName) {
            old = value;
            return;
        }
    attributes.append({attributeName, value});
}

XmlNode *XmlNode::child(const QString &childName)
{
    for (XmlNode &node : children)
        if (node.kind == Kind::Element && node.name == childName)
            return &node;
    return nullptr;
}

XmlNode &XmlNode::childOrNew(const QString &childName)
{
    if (XmlNode *found = child(childName))
        return *found;
    children.append(element(childName));
    return children.last();
}

XmlNode *XmlDocument::root()
{
    for (XmlNode &node : nodes)
        if (node.kind == XmlNode::Kind::Element)
            return &node;
    return nullptr;
}

std::optional<XmlDocument> XmlDocument::parse(const QByteArray &bytes, QString *error)
{
    QXmlStreamReader reader(bytes);
    // Prefixed names are kept as written, and xmlns attributes stay attributes, so the file is
    // written back in its own words.
    reader.setNamespaceProcessing(false);
    XmlDocument document;
    QList<XmlNode> open; // the elements not yet closed, innermost last
    auto append = [&](XmlNode node) {
        (open.isEmpty() ? document.nodes : open.last().children).append(std::move(node));
    };
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            XmlNode node = XmlNode::element(reader.qualifiedName().toString());
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                node.attributes.append({attribute.qualifiedName().toString(), attribute.value().toString()});
            for (const QXmlStreamNamespaceDeclaration &declaration : reader.namespaceDeclarations()) {
                const QString name = declaration.prefix().isEmpty()
                                         ? QStringLiteral("xmlns")
                                         : QStringLiteral("xmlns:") + declaration.prefix().toString();
                if (node.attribute(name).isNull())
                    node.attributes.append({name, declaration.namespaceUri().toString()});
            }
            open.append(std::move(node));
            break;
        }
        case QXmlStreamReader::EndElement: {
            XmlNode node = open.takeLast();
            append(std::move(node));
            break;
        }
        case QXmlStreamReader::Characters: {
            XmlNode node = XmlNode::textNode(reader.text().toString());
            if (reader.isCDATA())
                node.kind = XmlNode::Kind::CData;
            else if (open.isEmpty())
                break; // whitespace between top-level nodes: the writer lays those out
            append(std::move(node));
            break;
        }
        case QXmlStreamReader::Comment: {
            XmlNode node = XmlNode::textNode(reader.text().toString());
            node.kind = XmlNode::Kind::Comment;
            append(std::move(node));
            break;
        }
        case QXmlStreamReader::ProcessingInstruction: {
            XmlNode node = XmlNode::textNode(reader.processingInstructionData().toString());
            node.kind = XmlNode::Kind::ProcessingInstruction;
            node.name = reader.processingInstructionTarget().toString();
            append(std::move(node));
            break;
        }
        case QXmlStreamReader::DTD: {
            XmlNode node = XmlNode::textNode(reader.text().toString());
            node.kind = XmlNode::Kind::Doctype;
            append(std::move(node));
            break;
        }
        default:
            break; // the XML declaration is written anew; entity references are resolved
        }
    }
    if (reader.hasError()) {
        *error = QCoreApplication::translate("unfold::XmlDocument", "line %1, column %2: %3")
                     .arg(reader.lineNumber())
                     .arg(reader.columnNumber())
                     .arg(reader.errorString());
        return std::nullopt;
    }
    if (!document.root()) {
        *error = QCoreApplication::translate("unfold::XmlDocument", "the file holds no XML element");
        return std::nullopt;
    }
    return document;
}

QByteArray XmlDocument::toBytes() const
{
    QByteArray bytes;
    QXmlStreamWriter writer(&bytes);
    writer.writeStartDocument();
    for (const XmlNode &node : nodes) {
        writer.writeCharacters(QStringLiteral("\n"));
        write(writer, node);
    }
    writer.writeEndDocument();
    return bytes;
}

} // namespace unfold
