#include "AgeArmorReader.h"

#include "Base64.h"
#include "DeviceReader.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace carnet {

namespace {

constexpr char BeginLine[] = "-----BEGIN AGE ENCRYPTED FILE-----";
constexpr char EndLine[] = "-----END AGE ENCRYPTED FILE-----";
// The longest line the grammar allows (a marker line), plus CRLF; anything longer is refused while reading.
constexpr int MaxLineLength = 64 + 2;

bool isSpace(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

AgeArmorReader::AgeArmorReader(QIODevice& source)
    : m_source(source)
{
    open(QIODevice::ReadOnly);
}

qint64 AgeArmorReader::readData(char* data, qint64 maxSize)
{
    qint64 copied = 0;
    while (copied < maxSize) {
        if (m_decodedOffset < m_decoded.size()) {
            const qint64 take = std::min<qint64>(maxSize - copied, m_decoded.size() - m_decodedOffset);
            std::memcpy(data + copied, m_decoded.constData() + m_decodedOffset, static_cast<std::size_t>(take));
            copied += take;
            m_decodedOffset += take;
            continue;
        }
        if (m_state == State::Done) {
            break;
        }
        if (m_state == State::Failed || !advance()) {
            return -1;
        }
    }
    return copied;
}

qint64 AgeArmorReader::writeData(const char*, qint64)
{
    return -1;
}

bool AgeArmorReader::fail(const QString& why)
{
    m_state = State::Failed;
    m_decoded.clear();
    m_decodedOffset = 0;
    setErrorString(why);
    return false;
}

bool AgeArmorReader::readLine(QByteArray& line, bool& endedWithNewline)
{
    line.clear();
    endedWithNewline = false;
    try {
        for (;;) {
            const int byte = DeviceReader::readByte(m_source);
            if (byte < 0) {
                return true;
            }
            if (byte == '\n') {
                endedWithNewline = true;
                if (line.endsWith('\r')) {
                    line.chop(1);
                }
                return true;
            }
            if (line.size() >= MaxLineLength) {
                return fail(tr("an armor line is longer than 64 columns"));
            }
            line.append(static_cast<char>(byte));
        }
    } catch (const std::exception&) {
        return fail(m_source.errorString());
    }
}

bool AgeArmorReader::advance()
{
    QByteArray line;
    bool newline = false;
    switch (m_state) {
    case State::BeforeBegin:
        try {
            while (isSpace(DeviceReader::peekByte(m_source))) {
                DeviceReader::readByte(m_source);
            }
        } catch (const std::exception&) {
            return fail(m_source.errorString());
        }
        if (!readLine(line, newline)) {
            return false;
        }
        if (line != BeginLine || !newline) {
            return fail(tr("the armor does not start with its begin line"));
        }
        m_state = State::Body;
        return true;

    case State::Body:
    case State::AfterLastLine: {
        if (!readLine(line, newline)) {
            return false;
        }
        if (line == EndLine) {
            if (!m_hasData) {
                return fail(tr("the armor has no data"));
            }
            // Only whitespace may follow the end marker.
            try {
                for (int byte = DeviceReader::readByte(m_source); byte >= 0; byte = DeviceReader::readByte(m_source)) {
                    if (!isSpace(byte)) {
                        return fail(tr("there is data after the end of the armor"));
                    }
                }
            } catch (const std::exception&) {
                return fail(m_source.errorString());
            }
            m_state = State::Done;
            return true;
        }
        if (!newline) {
            return fail(tr("the armor ends without its end line"));
        }
        if (m_state == State::AfterLastLine) {
            return fail(tr("a short or padded armor line is not the last one"));
        }
        // Every line but the last is exactly 64 columns; the last is 1 to 64 columns and carries any padding.
        // Each line is then a whole number of 4-character groups, so decoding line by line is exact.
        if (line.isEmpty() || line.size() > Columns || line.size() % 4 != 0) {
            return fail(tr("an armor line has the wrong length"));
        }
        std::optional<QByteArray> bytes = Base64::decode(line);
        if (!bytes) {
            return fail(tr("an armor line is not canonical base64"));
        }
        // A full unpadded line may be the last one or not; the next line tells. Anything shorter must be last.
        if (line.size() < Columns || line.endsWith('=')) {
            m_state = State::AfterLastLine;
        }
        m_hasData = true;
        m_decoded = std::move(*bytes);
        m_decodedOffset = 0;
        return true;
    }
    case State::Done:
    case State::Failed:
        break;
    }
    return false;
}

} // namespace carnet
