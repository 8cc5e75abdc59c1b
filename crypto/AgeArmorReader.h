#pragma once

#include <QByteArray>
#include <QIODevice>

namespace carnet {

// Reads an ASCII-armored age file (strict RFC 7468 PEM, "AGE ENCRYPTED FILE") from another device and yields
// the binary file. Whitespace is allowed only before and after the block; any other deviation makes read()
// return -1 with hasFailed() set.
class AgeArmorReader : public QIODevice
{
    Q_OBJECT

public:
    static constexpr int Columns = 64;

    // Opens itself read-only; `source` must stay open and alive while this reader is used.
    explicit AgeArmorReader(QIODevice& source);

    bool isSequential() const override { return true; }
    bool hasFailed() const { return m_state == State::Failed; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    enum class State { BeforeBegin, Body, AfterLastLine, Done, Failed };

    // Moves the state machine by one line; false once failed.
    bool advance();
    // The next line without LF or CRLF; false at the end of the source (line holds what was read) or if too long.
    bool readLine(QByteArray& line, bool& endedWithNewline);
    bool fail(const QString& why);

    QIODevice& m_source;
    State m_state = State::BeforeBegin;
    bool m_hasData = false;
    QByteArray m_decoded;
    qsizetype m_decodedOffset = 0;
};

} // namespace carnet
