#include "AgeArmorWriter.h"

#include "AgeError.h"
#include "Base64.h"

namespace carnet {

namespace {

constexpr char BeginLine[] = "-----BEGIN AGE ENCRYPTED FILE-----\n";
constexpr char EndLine[] = "-----END AGE ENCRYPTED FILE-----\n";
// 48 bytes encode to exactly one 64-column line.
constexpr int BytesPerLine = AgeArmorWriter::Columns / 4 * 3;

} // namespace

AgeArmorWriter::AgeArmorWriter(QIODevice& target)
    : m_target(target)
{
    open(QIODevice::WriteOnly);
    if (!writeToTarget(BeginLine)) {
        throw AgeError(AgeError::Kind::WriteFailed, m_target.errorString());
    }
}

qint64 AgeArmorWriter::readData(char*, qint64)
{
    return -1;
}

qint64 AgeArmorWriter::writeData(const char* data, qint64 maxSize)
{
    if (m_finished) {
        return -1;
    }
    m_pending.append(data, static_cast<qsizetype>(maxSize));
    qsizetype offset = 0;
    QByteArray lines;
    while (m_pending.size() - offset >= BytesPerLine) {
        lines += Base64::encode(m_pending.mid(offset, BytesPerLine)) + '\n';
        offset += BytesPerLine;
    }
    m_pending.remove(0, offset);
    if (!lines.isEmpty() && !writeToTarget(lines)) {
        return -1;
    }
    return maxSize;
}

void AgeArmorWriter::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    QByteArray tail;
    if (!m_pending.isEmpty()) {
        tail = Base64::encode(m_pending) + '\n';
        m_pending.clear();
    }
    tail += EndLine;
    if (!writeToTarget(tail)) {
        throw AgeError(AgeError::Kind::WriteFailed, m_target.errorString());
    }
    close();
}

bool AgeArmorWriter::writeToTarget(const QByteArray& bytes)
{
    return m_target.write(bytes) == bytes.size();
}

} // namespace carnet
