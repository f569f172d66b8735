// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopRecentFiles.h"

#include "Preferences.h"
#include "PrivateFiles.h"
#include "XmlTree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThreadPool>
#include <QUrl>

#include <algorithm>
#include <functional>
#include <optional>

namespace unfold::DesktopRecentFiles {

namespace {

const QString applicationName = QStringLiteral("Unfold");
// Shell-quoted, as GLib writes and reads the exec of its own entries (g_bookmark_file).
const QString applicationExec = QStringLiteral("'unfold %f'");
const QString bookmarkNamespace = QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks");
const QString mimeNamespace = QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info");

QString tr(const char *text)
{
    return QCoreApplication::translate("unfold::DesktopRecentFiles", text);
}

// file:///…, percent-encoded, as the spec and GLib write it.
QString hrefOf(const QString &journal)
{
    return QString::fromUtf8(QUrl::fromLocalFile(QFileInfo(journal).absoluteFilePath()).toEncoded());
}

QString timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs); // "2026-11-23T10:15:00.000Z"
}

XmlDocument emptyList()
{
    XmlDocument document;
    document.nodes.append(
        XmlNode::element(QStringLiteral("xbel"), {{QStringLiteral("version"), QStringLiteral("1.0")},
                                                  {QStringLiteral("xmlns:bookmark"), bookmarkNamespace},
                                                  {QStringLiteral("xmlns:mime"), mimeNamespace}}));
    return document;
}

// The list as it is on disk: empty when there is none yet; nullopt when it cannot be read.
std::optional<XmlDocument> read(const QString &xbelPath, QString *error)
{
    QFile file(xbelPath);
    if (!file.exists())
        return emptyList();
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(xbelPath), file.errorString());
        return std::nullopt;
    }
    QString why;
    auto document = XmlDocument::parse(file.readAll(), &why);
    if (!document || document->root()->name != QLatin1String("xbel")) {
        *error = tr("%1 is not a list of recent files (%2); it was left as it is.")
                     .arg(QDir::toNativeSeparators(xbelPath), document ? tr("no xbel element") : why);
        return std::nullopt;
    }
    return document;
}

bool write(const QString &xbelPath, const XmlDocument &document, QString *error)
{
    QString why;
    if (!PrivateFiles::ensureDirectory(QFileInfo(xbelPath).absolutePath(), &why) ||
        !PrivateFiles::writeAtomically(xbelPath, document.toBytes(), &why)) {
        *error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(xbelPath), why);
        return false;
    }
    return true;
}

// The prefix the list declares for `uri`. GLib and KDE write "bookmark" and "mime", but the spec
// goes by namespace, so a list that chose other prefixes is written in its own.
std::optional<QString> declaredPrefix(const XmlNode &root, const QString &uri)
{
    for (const auto &[name, value] : root.attributes)
        if (value == uri && name.startsWith(QLatin1String("xmlns:")))
            return name.mid(6);
    return std::nullopt;
}

QString prefixOrDeclare(XmlNode &root, const QString &uri, const QString &preferred)
{
    if (auto prefix = declaredPrefix(root, uri))
        return *prefix;
    root.setAttribute(QStringLiteral("xmlns:") + preferred, uri);
    return preferred;
}

XmlNode *bookmarkFor(XmlNode &root, const QString &href)
{
    for (XmlNode &node : root.children)
        if (node.kind == XmlNode::Kind::Element && node.name == QLatin1String("bookmark") &&
            node.attribute(QStringLiteral("href")) == href)
            return &node;
    return nullptr;
}

bool isFreedesktopMetadata(const XmlNode &node)
{
    return node.kind == XmlNode::Kind::Element && node.name == QLatin1String("metadata") &&
           node.attribute(QStringLiteral("owner")) == QLatin1String("http://freedesktop.org");
}

// <info><metadata owner="http://freedesktop.org">, made when missing.
XmlNode &freedesktopMetadata(XmlNode &bookmark)
{
    XmlNode &info = bookmark.childOrNew(QStringLiteral("info"));
    for (XmlNode &node : info.children)
        if (isFreedesktopMetadata(node))
            return node;
    info.children.append(XmlNode::element(
        QStringLiteral("metadata"), {{QStringLiteral("owner"), QStringLiteral("http://freedesktop.org")}}));
    return info.children.last();
}

// The programs that used `bookmark`, or null when it names none.
XmlNode *applicationsOf(XmlNode &bookmark, const QString &applicationsElement)
{
    XmlNode *info = bookmark.child(QStringLiteral("info"));
    if (!info)
        return nullptr;
    for (XmlNode &node : info->children)
        if (isFreedesktopMetadata(node))
            return node.child(applicationsElement);
    return nullptr;
}

bool isOurs(const XmlNode &node, const QString &applicationElement)
{
    return node.kind == XmlNode::Kind::Element && node.name == applicationElement &&
           node.attribute(QStringLiteral("name")) == applicationName;
}

// Takes Unfold out of the entries whose href `chosen` accepts.
bool removeWhere(const QString &xbelPath, const std::function<bool(const QString &)> &chosen, QString *error)
{
    if (!QFileInfo::exists(xbelPath))
        return true; // nothing listed, nothing to write
    std::optional<XmlDocument> document = read(xbelPath, error);
    if (!document)
        return false;
    XmlNode &root = *document->root();
    const std::optional<QString> prefix = declaredPrefix(root, bookmarkNamespace);
    if (!prefix)
        return true; // no program is named in it, Unfold neither
    const QString applicationElement = *prefix + QStringLiteral(":application");
    const QString applicationsElement = applicationElement + u's';
    bool changed = false;
    QList<XmlNode> kept;
    for (XmlNode &node : root.children) {
        XmlNode *applications = nullptr;
        if (node.kind == XmlNode::Kind::Element && node.name == QLatin1String("bookmark") &&
            chosen(node.attribute(QStringLiteral("href"))))
            applications = applicationsOf(node, applicationsElement);
        if (applications) {
            const auto before = applications->children.size();
            applications->children.removeIf(
                [&](const XmlNode &app) { return isOurs(app, applicationElement); });
            if (applications->children.size() != before) {
                changed = true;
                const bool othersLeft =
                    std::any_of(applications->children.cbegin(), applications->children.cend(),
                                [](const XmlNode &app) { return app.kind == XmlNode::Kind::Element; });
                if (!othersLeft) {
                    // The indentation before it goes with it.
                    if (!kept.isEmpty() && kept.last().kind == XmlNode::Kind::Text)
                        kept.removeLast();
                    continue;
                }
            }
        }
        kept.append(std::move(node));
    }
    if (!changed)
        return true;
    root.children = std::move(kept);
    return write(xbelPath, *document, error);
}

} // namespace

QString defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/recently-used.xbel");
}

bool add(const QString &xbelPath, const QString &journal, const QDateTime &when, QString *error)
{
    std::optional<XmlDocument> document = read(xbelPath, error);
    if (!document)
        return false;
    XmlNode &root = *document->root();
    const QString bookmarkPrefix = prefixOrDeclare(root, bookmarkNamespace, QStringLiteral("bookmark"));
    const QString mimePrefix = prefixOrDeclare(root, mimeNamespace, QStringLiteral("mime"));
    const QString now = timestamp(when);
    const QString href = hrefOf(journal);

    XmlNode *bookmark = bookmarkFor(root, href);
    if (!bookmark) {
        root.children.append(XmlNode::textNode(QStringLiteral("  ")));
        root.children.append(XmlNode::element(
            QStringLiteral("bookmark"), {{QStringLiteral("href"), href}, {QStringLiteral("added"), now}}));
        root.children.append(XmlNode::textNode(QStringLiteral("\n")));
        bookmark = &root.children[root.children.size() - 2];
    }
    bookmark->setAttribute(QStringLiteral("modified"), now);
    bookmark->setAttribute(QStringLiteral("visited"), now);

    XmlNode &metadata = freedesktopMetadata(*bookmark);
    metadata.childOrNew(mimePrefix + QStringLiteral(":mime-type"))
        .setAttribute(QStringLiteral("type"), QString::fromLatin1(journalMimeType));
    const QString applicationElement = bookmarkPrefix + QStringLiteral(":application");
    XmlNode &applications = metadata.childOrNew(bookmarkPrefix + QStringLiteral(":applications"));
    XmlNode *ours = nullptr;
    for (XmlNode &node : applications.children)
        if (isOurs(node, applicationElement))
            ours = &node;
    if (!ours) {
        applications.children.append(
            XmlNode::element(applicationElement, {{QStringLiteral("name"), applicationName},
                                                  {QStringLiteral("exec"), applicationExec},
                                                  {QStringLiteral("count"), QStringLiteral("0")}}));
        ours = &applications.children.last();
    }
    ours->setAttribute(QStringLiteral("modified"), now);
    ours->setAttribute(QStringLiteral("count"),
                       QString::number(ours->attribute(QStringLiteral("count")).toInt() + 1));
    return write(xbelPath, *document, error);
}

namespace {
// The notes left to write, one at a time in the order they were made: the file is read, changed
// and renamed whole, so two at once could lose one.
QThreadPool &notes()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(1);
    return pool;
}
} // namespace

void noteOpenedLater(const QString &journal, bool encrypted)
{
    // What the user wants is read here, on the thread that owns the settings; the file waits on
    // no one, so it is written beside the window rather than before its first frame.
    const QString xbelPath = defaultPath();
    const bool listingWanted = Preferences::listInDesktopRecent();
    const QDateTime when = QDateTime::currentDateTimeUtc();
    notes().start([xbelPath, journal, encrypted, listingWanted, when] {
        // Best effort: a desktop list that cannot be written costs the user nothing.
        QString ignored;
        noteOpened(xbelPath, journal, encrypted, listingWanted, when, &ignored);
    });
}

void settle()
{
    notes().waitForDone();
}

bool add(const QString &journal, QString *error)
{
    settle();
    return add(defaultPath(), journal, QDateTime::currentDateTimeUtc(), error);
}

bool removeAll(const QString &xbelPath, QString *error)
{
    return removeWhere(
        xbelPath, [](const QString &) { return true; }, error);
}

bool removeAll(QString *error)
{
    settle(); // after the notes already made, so nothing comes back once cleared
    return removeAll(defaultPath(), error);
}

bool remove(const QString &xbelPath, const QString &journal, QString *error)
{
    const QString href = hrefOf(journal);
    return removeWhere(
        xbelPath, [&href](const QString &candidate) { return candidate == href; }, error);
}

bool noteOpened(const QString &xbelPath, const QString &journal, bool encrypted, bool listingWanted,
                const QDateTime &when, QString *error)
{
    if (encrypted)
        return remove(xbelPath, journal, error);
    return !listingWanted || add(xbelPath, journal, when, error);
}

bool noteOpened(const QString &journal, bool encrypted, QString *error)
{
    settle();
    return noteOpened(defaultPath(), journal, encrypted, Preferences::listInDesktopRecent(),
                      QDateTime::currentDateTimeUtc(), error);
}

} // namespace unfold::DesktopRecentFiles
