// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace unfold {

// Which of a relationship's two people spoke. A is the relationship's first person.
enum class Speaker
{
    A,
    B
};

// How the other person received a disclosure, when the user noted it.
enum class Reception
{
    Responsive,
    Neutral,
    Dismissive
};

// One thing one person shared in a session: a topic (breadth) at a depth (layer).
struct Disclosure
{
    qint64 id = 0;
    qint64 sessionId = 0;
    int position = 0; // order within the session, from 0
    Speaker speaker = Speaker::A;
    qint64 topicId = 0;
    int depth = 1; // 1 .. the journal's layer count
    QString note;
    std::optional<Reception> reception;

    friend bool operator==(const Disclosure &, const Disclosure &) = default;
};

QString receptionKey(Reception reception);
std::optional<Reception> receptionFromKey(const QString &key);

} // namespace unfold
