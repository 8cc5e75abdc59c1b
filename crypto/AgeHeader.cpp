#include "AgeHeader.h"

#include "AgeError.h"
#include "Base64.h"
#include "DeviceReader.h"
#include "Hkdf.h"

#include <QIODevice>
#include <sodium.h>

namespace carnet {

namespace {

constexpr char VersionPrefix[] = "age-encryption.org/";
constexpr char Version[] = "v1";
constexpr int BodyColumns = 64;
constexpr int EncodedMacLength = 43;

bool isBase64Character(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

// VCHAR in RFC 5234: printable ASCII without space.
bool isArgument(const QByteArray& argument)
{
    if (argument.isEmpty()) {
        return false;
    }
    for (const char c : argument) {
        if (c < 0x21 || c > 0x7e) {
            return false;
        }
    }
    return true;
}

// Details are marked with QT_TRANSLATE_NOOP at each call and translated here.
[[noreturn]] void malformed(const char* why)
{
    throw AgeError(AgeError::Kind::MalformedHeader, QCoreApplication::translate("AgeHeader", why));
}

// Reads header lines one byte at a time so that nothing past the MAC line is consumed from the device.
class LineSource
{
public:
    explicit LineSource(QIODevice& in)
        : m_in(in)
    {
    }

    // The next line without its LF, also appended (with LF) to rawHeader. A missing LF is malformed.
    QByteArray readLine()
    {
        QByteArray line;
        for (;;) {
            const int byte = DeviceReader::readByte(m_in);
            if (byte < 0) {
                malformed(QT_TRANSLATE_NOOP("AgeHeader", "the header ends in the middle of a line"));
            }
            if (++m_consumed > AgeHeader::MaxHeaderSize) {
                malformed(QT_TRANSLATE_NOOP("AgeHeader", "the header is too large"));
            }
            if (byte == '\n') {
                m_rawHeader.append(line);
                m_rawHeader.append('\n');
                return line;
            }
            if (line.size() >= AgeHeader::MaxLineLength) {
                malformed(QT_TRANSLATE_NOOP("AgeHeader", "a header line is too long"));
            }
            line.append(static_cast<char>(byte));
        }
    }

    // Reads exactly `size` bytes (the version prefix), or fewer at the end of the device.
    QByteArray readPrefix(int size)
    {
        QByteArray prefix(size, Qt::Uninitialized);
        prefix.truncate(static_cast<qsizetype>(DeviceReader::fill(m_in, prefix.data(), size)));
        m_consumed += prefix.size();
        m_rawHeader.append(prefix);
        return prefix;
    }

    const QByteArray& rawHeader() const { return m_rawHeader; }

private:
    QIODevice& m_in;
    QByteArray m_rawHeader;
    qint64 m_consumed = 0;
};

} // namespace

AgeHeader AgeHeader::read(QIODevice& in)
{
    LineSource source(in);
    const QByteArray prefix = source.readPrefix(static_cast<int>(sizeof VersionPrefix) - 1);
    if (prefix != VersionPrefix) {
        throw AgeError(AgeError::Kind::NotAgeFile);
    }
    const QByteArray version = source.readLine();
    if (version != Version) {
        // Printable versions are a newer format; anything else is a damaged first line.
        for (const char c : version) {
            if (c < 0x21 || c > 0x7e) {
                malformed(QT_TRANSLATE_NOOP("AgeHeader", "the version line has a control character"));
            }
        }
        throw AgeError(AgeError::Kind::UnsupportedVersion, QString::fromLatin1(version.left(32)));
    }

    AgeHeader header;
    for (;;) {
        const qsizetype lineStart = source.rawHeader().size();
        const QByteArray line = source.readLine();
        if (line.startsWith("---")) {
            if (header.m_stanzas.isEmpty()) {
                malformed(QT_TRANSLATE_NOOP("AgeHeader", "the header has no recipient stanza"));
            }
            if (line.size() != 4 + EncodedMacLength || line.at(3) != ' ') {
                malformed(QT_TRANSLATE_NOOP("AgeHeader", "the MAC line is malformed"));
            }
            const std::optional<QByteArray> mac = Base64::decodeUnpadded(line.mid(4));
            if (!mac || mac->size() != MacSize) {
                malformed(QT_TRANSLATE_NOOP("AgeHeader", "the MAC is not canonical base64 of 32 bytes"));
            }
            header.m_mac = *mac;
            header.m_macInput = source.rawHeader().left(lineStart + 3);
            return header;
        }
        if (!line.startsWith("-> ")) {
            malformed(QT_TRANSLATE_NOOP("AgeHeader", "a line is neither a stanza nor the MAC line"));
        }
        if (header.m_stanzas.size() >= MaxStanzas) {
            malformed(QT_TRANSLATE_NOOP("AgeHeader", "the header has too many stanzas"));
        }
        AgeStanza stanza;
        stanza.arguments = line.mid(3).split(' ');
        for (const QByteArray& argument : std::as_const(stanza.arguments)) {
            if (!isArgument(argument)) {
                malformed(
                    QT_TRANSLATE_NOOP("AgeHeader", "a stanza argument is empty or has a character outside VCHAR"));
            }
        }
        QByteArray encodedBody;
        for (;;) {
            const QByteArray bodyLine = source.readLine();
            if (bodyLine.size() > BodyColumns) {
                malformed(QT_TRANSLATE_NOOP("AgeHeader", "a stanza body line is longer than 64 columns"));
            }
            for (const char c : bodyLine) {
                if (!isBase64Character(c)) {
                    malformed(
                        QT_TRANSLATE_NOOP("AgeHeader", "a stanza body line has a character outside unpadded base64"));
                }
            }
            encodedBody.append(bodyLine);
            if (bodyLine.size() < BodyColumns) {
                break;
            }
        }
        const std::optional<QByteArray> body = Base64::decodeUnpadded(encodedBody);
        if (!body) {
            malformed(QT_TRANSLATE_NOOP("AgeHeader", "a stanza body is not canonical base64"));
        }
        stanza.body = *body;
        header.m_stanzas.append(stanza);
    }
}

QByteArray AgeHeader::write(const QList<AgeStanza>& stanzas, const SecretBytes& fileKey)
{
    if (stanzas.isEmpty()) {
        throw CryptoError("An age header needs at least one recipient stanza");
    }
    QByteArray text = QByteArray(VersionPrefix) + Version + '\n';
    for (const AgeStanza& stanza : stanzas) {
        for (const QByteArray& argument : stanza.arguments) {
            if (!isArgument(argument)) {
                throw CryptoError("An age stanza argument must be non-empty printable ASCII without spaces");
            }
        }
        text += "-> " + stanza.arguments.join(' ') + '\n';
        const QByteArray encoded = Base64::encodeUnpadded(stanza.body);
        qsizetype offset = 0;
        // Full 64-column lines, then always a shorter (possibly empty) last line that ends the stanza.
        while (encoded.size() - offset >= BodyColumns) {
            text += encoded.mid(offset, BodyColumns) + '\n';
            offset += BodyColumns;
        }
        text += encoded.mid(offset) + '\n';
    }
    text += "---";
    text += ' ' + Base64::encodeUnpadded(computeMac(text, fileKey)) + '\n';
    return text;
}

bool AgeHeader::verifyMac(const SecretBytes& fileKey) const
{
    const QByteArray expected = computeMac(m_macInput, fileKey);
    return m_mac.size() == MacSize
        && sodium_memcmp(expected.constData(), m_mac.constData(), static_cast<std::size_t>(MacSize)) == 0;
}

QByteArray AgeHeader::computeMac(const QByteArray& macInput, const SecretBytes& fileKey)
{
    const SecretBytes macKey = Hkdf::sha256(fileKey, QByteArray(), QByteArrayLiteral("header"));
    return Hkdf::hmacSha256(macKey, macInput);
}

} // namespace carnet
