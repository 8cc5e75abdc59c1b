#pragma once

#include <QByteArray>
#include <QList>

namespace carnet {

// One recipient stanza of an age header: its arguments ("X25519", share…) and its decoded body.
struct AgeStanza
{
    QList<QByteArray> arguments;
    QByteArray body;
};

} // namespace carnet
