// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProtocolLibrary.h"

namespace unfold {

QString ProtocolFiles::shippedIdTaken(const QString &id)
{
    return ProtocolLibrary::tr("\"%1\" is the id of a protocol that comes with Unfold; give yours its own id")
        .arg(id);
}

} // namespace unfold
