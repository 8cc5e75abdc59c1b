#pragma once

#include <QByteArray>
#include <QIODevice>

namespace carnet {

// Writes a binary age file to another device as strict PEM armor: "AGE ENCRYPTED FILE", padded base64 in
// 64-column lines, LF line endings. finish() must be called to write the last line and the end marker.
class AgeArmorWriter : public QIODevice
{
    Q_OBJECT

public:
    static constexpr int Columns = 64;

    // Opens itself write-only and writes the begin line; throws AgeError(WriteFailed) if the target refuses.
    explicit AgeArmorWriter(QIODevice& target);

    // Writes what is pending and the end line. Throws AgeError(WriteFailed) if the target refuses.
    void finish();

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    bool writeToTarget(const QByteArray& bytes);

    QIODevice& m_target;
    QByteArray m_pending;
    bool m_finished = false;
};

} // namespace carnet
