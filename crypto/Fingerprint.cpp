#include "Fingerprint.h"

#include "Hash.h"

namespace carnet {

Fingerprint Fingerprint::of(const QByteArray& domain, const QByteArray& publicKey)
{
    // The NUL separators make the encoding unambiguous, so no (domain, key) pair can collide with another
    // by moving bytes across the boundary; domains must therefore not contain NUL.
    static constexpr char Prefix[] = "carnet fingerprint v1";
    Blake2bStream stream(Size);
    stream.update(Prefix, sizeof(Prefix)); // sizeof includes the terminating NUL
    stream.update(domain);
    stream.update("\0", 1);
    stream.update(publicKey);

    Fingerprint fingerprint;
    fingerprint.m_digest = stream.finish();
    return fingerprint;
}

QString Fingerprint::toDisplayString() const
{
    const QString hex = toHex();
    QString display;
    display.reserve(hex.size() + hex.size() / 4);
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (i > 0) {
            display += QLatin1Char(' ');
        }
        display += hex.mid(i, 4);
    }
    return display;
}

QString Fingerprint::toHex() const
{
    return QString::fromLatin1(m_digest.toHex());
}

} // namespace carnet
