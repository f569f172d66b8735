// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's recent files (recently-used.xbel): Unfold's entry as the freedesktop spec and
// GLib have it, other programs' entries kept, a file that is not a list left alone, and the
// entries taken out again when the user clears Unfold's recent journals. The list is read back
// namespace-aware, as a reader that goes by the spec sees it.

#include "DesktopRecentFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <QXmlStreamReader>

#include <map>

using namespace unfold;

namespace {

const QString bookmarkNs = QStringLiteral("http://www.freedesktop.org/standards/desktop-bookmarks");
const QString mimeNs = QStringLiteral("http://www.freedesktop.org/standards/shared-mime-info");

// What another program (GLib's GtkRecentManager, here gedit) leaves in the list.
QByteArray otherProgramsList()
{
    QFile file(QStringLiteral(UNFOLD_TEST_DATA "/recently-used-by-gedit.xbel"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Application
{
    QString exec;
    int count = 0;
    QString modified;
};

// std::map rather than QMap: GCC's -Wnull-dereference sees QMap's empty, data-less state.
struct Bookmark
{
    std::map<QString, QString> attributes;
    QString mimeType;
    QStringList groups;
    std::map<QString, Application> applications; // by name

    QString attribute(const QString &name) const
    {
        const auto found = attributes.find(name);
        return found == attributes.end() ? QString() : found->second;
    }
    Application application(const QString &name) const
    {
        const auto found = applications.find(name);
        return found == applications.end() ? Application() : found->second;
    }
};

using List = std::map<QString, Bookmark>; // by href

template <typename Map> QStringList keysOf(const Map &map)
{
    QStringList keys;
    for (const auto &entry : map)
        keys.append(entry.first);
    return keys;
}

Bookmark entryOf(const List &list, const QString &href)
{
    const auto found = list.find(href);
    return found == list.end() ? Bookmark() : found->second;
}

Bookmark onlyEntry(const List &list)
{
    return list.size() == 1 ? list.begin()->second : Bookmark();
}

// The list as a namespace-aware reader sees it; empty and a failure when it is not well-formed.
List readList(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader reader(&file);
    List list;
    QString href;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto ns = reader.namespaceUri();
        const auto name = reader.name();
        const QXmlStreamAttributes attributes = reader.attributes();
        if (ns.isEmpty() && name == QLatin1String("bookmark")) {
            href = attributes.value(QLatin1String("href")).toString();
            for (const QXmlStreamAttribute &attribute : attributes)
                list[href].attributes[attribute.name().toString()] = attribute.value().toString();
        } else if (ns == mimeNs && name == QLatin1String("mime-type")) {
            list[href].mimeType = attributes.value(QLatin1String("type")).toString();
        } else if (ns == bookmarkNs && name == QLatin1String("group")) {
            list[href].groups.append(reader.readElementText());
        } else if (ns == bookmarkNs && name == QLatin1String("application")) {
            list[href].applications[attributes.value(QLatin1String("name")).toString()] = {
                attributes.value(QLatin1String("exec")).toString(),
                attributes.value(QLatin1String("count")).toInt(),
                attributes.value(QLatin1String("modified")).toString()};
        }
    }
    if (reader.hasError()) {
        qWarning() << reader.errorString();
        return {};
    }
    return list;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString uri(const QString &path)
{
    return QString::fromUtf8(QUrl::fromLocalFile(path).toEncoded());
}

} // namespace

class TestDesktopRecentFiles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void aFirstJournalStartsTheList();
    void otherProgramsEntriesAreKept();
    void openingAgainUpdatesTheOneEntry();
    void aFileOtherProgramsUsedGetsUnfoldBeside();
    void pathsAreFileUris();
    void otherPrefixesAreKept();
    void aBrokenListIsLeftAlone();
    void clearingTakesOutOnlyUnfold();
    void encryptedJournalsStayOut();
    void theUserCanKeepJournalsOut();
    void theDefaultPathFollowsXdgDataHome();

private:
    QString journal(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_list;
    const QDateTime m_first = QDateTime(QDate(2026, 3, 1), QTime(9, 30), QTimeZone::utc());
    const QDateTime m_second = QDateTime(QDate(2026, 3, 2), QTime(18, 5), QTimeZone::utc());
};

void TestDesktopRecentFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_list = m_dir->filePath(QStringLiteral("data/recently-used.xbel"));
    QVERIFY(otherProgramsList().contains("gedit"));
}

void TestDesktopRecentFiles::aFirstJournalStartsTheList()
{
    QString error;
    QVERIFY2(DesktopRecentFiles::add(m_list, journal(QStringLiteral("mine.unfold")), m_first, &error),
             qPrintable(error));
    const auto list = readList(m_list);
    QCOMPARE(list.size(), size_t(1));
    const Bookmark entry = entryOf(list, uri(journal(QStringLiteral("mine.unfold"))));
    QCOMPARE(entry.mimeType, QStringLiteral("application/x-unfold-journal"));
    QCOMPARE(entry.attribute(QStringLiteral("added")), QStringLiteral("2026-03-01T09:30:00.000Z"));
    QCOMPARE(entry.attribute(QStringLiteral("modified")), QStringLiteral("2026-03-01T09:30:00.000Z"));
    QCOMPARE(entry.attribute(QStringLiteral("visited")), QStringLiteral("2026-03-01T09:30:00.000Z"));
    QCOMPARE(entry.applications.size(), size_t(1));
    const Application unfold = entry.application(QStringLiteral("Unfold"));
    QCOMPARE(unfold.exec, QStringLiteral("'unfold %f'"));
    QCOMPARE(unfold.count, 1);
    QCOMPARE(unfold.modified, QStringLiteral("2026-03-01T09:30:00.000Z"));
    // It names the user's journals: the user's alone.
    QCOMPARE(QFile::permissions(m_list) & 0x0077, QFileDevice::Permissions());
}

void TestDesktopRecentFiles::otherProgramsEntriesAreKept()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_list).absolutePath()));
    QVERIFY(writeFile(m_list, otherProgramsList()));
    const auto before = readList(m_list);
    QCOMPARE(before.size(), size_t(1));
    QString error;
    QVERIFY2(DesktopRecentFiles::add(m_list, journal(QStringLiteral("mine.unfold")), m_first, &error),
             qPrintable(error));
    const auto after = readList(m_list);
    QCOMPARE(after.size(), size_t(2));
    const Bookmark notes = entryOf(after, QStringLiteral("file:///home/someone/notes.txt"));
    const Bookmark notesBefore = onlyEntry(before);
    QVERIFY(notes.attributes == notesBefore.attributes);
    QCOMPARE(notes.mimeType, QStringLiteral("text/plain"));
    QCOMPARE(notes.groups, QStringList{QStringLiteral("gedit")});
    QCOMPARE(notes.application(QStringLiteral("gedit")).exec, QStringLiteral("'gedit %u'"));
    QCOMPARE(notes.application(QStringLiteral("gedit")).count, 3);
    QVERIFY(after.count(uri(journal(QStringLiteral("mine.unfold")))) == 1);
    QVERIFY(contents(m_list).contains("<!-- kept by GLib -->"));
}

void TestDesktopRecentFiles::openingAgainUpdatesTheOneEntry()
{
    const QString mine = journal(QStringLiteral("mine.unfold"));
    QString error;
    QVERIFY2(DesktopRecentFiles::add(m_list, mine, m_first, &error), qPrintable(error));
    QVERIFY2(DesktopRecentFiles::add(m_list, mine, m_second, &error), qPrintable(error));
    const auto list = readList(m_list);
    QCOMPARE(list.size(), size_t(1));
    const Bookmark entry = onlyEntry(list);
    QCOMPARE(entry.attribute(QStringLiteral("added")), QStringLiteral("2026-03-01T09:30:00.000Z"));
    QCOMPARE(entry.attribute(QStringLiteral("visited")), QStringLiteral("2026-03-02T18:05:00.000Z"));
    QCOMPARE(entry.applications.size(), size_t(1));
    QCOMPARE(entry.application(QStringLiteral("Unfold")).count, 2);
    QCOMPARE(entry.application(QStringLiteral("Unfold")).modified,
             QStringLiteral("2026-03-02T18:05:00.000Z"));
    QCOMPARE(contents(m_list).count("<bookmark "), 1);
}

void TestDesktopRecentFiles::aFileOtherProgramsUsedGetsUnfoldBeside()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_list).absolutePath()));
    QByteArray list = otherProgramsList();
    list.replace("file:///home/someone/notes.txt", uri(journal(QStringLiteral("mine.unfold"))).toUtf8());
    QVERIFY(writeFile(m_list, list));
    QString error;
    QVERIFY2(DesktopRecentFiles::add(m_list, journal(QStringLiteral("mine.unfold")), m_first, &error),
             qPrintable(error));
    const auto after = readList(m_list);
    QCOMPARE(after.size(), size_t(1));
    const Bookmark entry = onlyEntry(after);
    QCOMPARE(keysOf(entry.applications), (QStringList{QStringLiteral("Unfold"), QStringLiteral("gedit")}));
    QCOMPARE(entry.mimeType, QStringLiteral("application/x-unfold-journal"));
    QCOMPARE(entry.attribute(QStringLiteral("added")), QStringLiteral("2025-01-02T10:00:00.000000Z"));
}

void TestDesktopRecentFiles::pathsAreFileUris()
{
    const QString odd = journal(QStringLiteral("Anna & Ben – 2026 #1.unfold"));
    QString error;
    QVERIFY2(DesktopRecentFiles::add(m_list, odd, m_first, &error), qPrintable(error));
    const QStringList hrefs = keysOf(readList(m_list));
    QCOMPARE(hrefs.size(), 1);
    const QString href = hrefs.constFirst();
    QVERIFY2(href.startsWith(QLatin1String("file:///")), qPrintable(href));
    QVERIFY2(!href.contains(u' ') && !href.contains(u'#') && !href.contains(u'–'), qPrintable(href));
    QCOMPARE(QUrl(href).toLocalFile(), odd);
}

void TestDesktopRecentFiles::otherPrefixesAreKept()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_list).absolutePath()));
    QByteArray list = otherProgramsList();
    list.replace("bookmark:", "bk:").replace("mime:", "mt:");
    list.replace("xmlns:bookmark", "xmlns:bk").replace("xmlns:mime", "xmlns:mt");
    QVERIFY(writeFile(m_list, list));
    QCOMPARE(readList(m_list).size(), size_t(1));
    QString error;
    QVERIFY2(DesktopRecentFiles::add(m_list, journal(QStringLiteral("mine.unfold")), m_first, &error),
             qPrintable(error));
    const auto after = readList(m_list);
    QCOMPARE(after.size(), size_t(2));
    QCOMPARE(entryOf(after, uri(journal(QStringLiteral("mine.unfold")))).applications.size(), size_t(1));
    QVERIFY(!contents(m_list).contains("bookmark:application "));
}

void TestDesktopRecentFiles::aBrokenListIsLeftAlone()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_list).absolutePath()));
    const QByteArray broken = otherProgramsList().left(otherProgramsList().size() / 2);
    QVERIFY(writeFile(m_list, broken));
    QString error;
    QVERIFY(!DesktopRecentFiles::add(m_list, journal(QStringLiteral("mine.unfold")), m_first, &error));
    QVERIFY2(error.contains(QLatin1String("recently-used.xbel")), qPrintable(error));
    QCOMPARE(contents(m_list), broken);
    QVERIFY(!DesktopRecentFiles::removeAll(m_list, &error));
    QCOMPARE(contents(m_list), broken);
    // Nothing was left beside it either.
    QCOMPARE(QDir(QFileInfo(m_list).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("recently-used.xbel")});
}

void TestDesktopRecentFiles::clearingTakesOutOnlyUnfold()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_list).absolutePath()));
    QVERIFY(writeFile(m_list, otherProgramsList()));
    QString error;
    // One journal only Unfold opened, and the gedit file that Unfold opened too.
    QVERIFY(DesktopRecentFiles::add(m_list, journal(QStringLiteral("mine.unfold")), m_first, &error));
    QVERIFY(DesktopRecentFiles::add(m_list, QStringLiteral("/home/someone/notes.txt"), m_first, &error));
    QCOMPARE(readList(m_list).size(), size_t(2));
    QVERIFY2(DesktopRecentFiles::removeAll(m_list, &error), qPrintable(error));
    const auto after = readList(m_list);
    QCOMPARE(keysOf(after), QStringList{QStringLiteral("file:///home/someone/notes.txt")});
    QCOMPARE(keysOf(onlyEntry(after).applications), QStringList{QStringLiteral("gedit")});
    QVERIFY(!contents(m_list).contains("Unfold"));
    // Clearing a list Unfold is not in changes nothing, and no list is not made one.
    const QByteArray cleared = contents(m_list);
    QVERIFY(DesktopRecentFiles::removeAll(m_list, &error));
    QCOMPARE(contents(m_list), cleared);
    QVERIFY(DesktopRecentFiles::removeAll(m_dir->filePath(QStringLiteral("none.xbel")), &error));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("none.xbel"))));
}

void TestDesktopRecentFiles::encryptedJournalsStayOut()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_list).absolutePath()));
    QVERIFY(writeFile(m_list, otherProgramsList()));
    const QString secret = journal(QStringLiteral("Therapy with Anna.unfold"));
    const QString plain = journal(QStringLiteral("plain.unfold"));
    QString error;
    QVERIFY(DesktopRecentFiles::noteOpened(m_list, plain, false, true, m_first, &error));
    QVERIFY(DesktopRecentFiles::noteOpened(m_list, secret, true, true, m_first, &error));
    QCOMPARE(readList(m_list).size(), size_t(2));
    QVERIFY(!contents(m_list).contains("Therapy"));
    // Listed while plain, then encrypted: opening it encrypted takes its name out.
    QVERIFY(DesktopRecentFiles::noteOpened(m_list, secret, false, true, m_first, &error));
    QVERIFY(contents(m_list).contains("Therapy"));
    QVERIFY(DesktopRecentFiles::noteOpened(m_list, secret, true, true, m_second, &error));
    QVERIFY(!contents(m_list).contains("Therapy"));
    QCOMPARE(keysOf(readList(m_list)),
             (QStringList{QStringLiteral("file:///home/someone/notes.txt"), uri(plain)}));
}

void TestDesktopRecentFiles::theUserCanKeepJournalsOut()
{
    QString error;
    QVERIFY(DesktopRecentFiles::noteOpened(m_list, journal(QStringLiteral("mine.unfold")), false, false,
                                           m_first, &error));
    QVERIFY(!QFileInfo::exists(m_list));
}

void TestDesktopRecentFiles::theDefaultPathFollowsXdgDataHome()
{
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("data"))));
    QCOMPARE(DesktopRecentFiles::defaultPath(), m_list);
    QString error;
    QVERIFY2(DesktopRecentFiles::add(journal(QStringLiteral("mine.unfold")), &error), qPrintable(error));
    QCOMPARE(readList(m_list).size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestDesktopRecentFiles)
#include "test_desktop_recent_files.moc"
