#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace carnet {

// A photo or scan of one side of an insurance card, stored in the encrypted vault with its metadata stripped. The
// amendment trail keeps only its name, type, size and SHA-256, never the bytes.
struct InsuranceCardImage
{
    Q_DECLARE_TR_FUNCTIONS(InsuranceCardImage)

public:
    enum class Side { Front, Back };

    QString fileName; // base name only, never a path
    QString mediaType; // "image/jpeg" or "image/png"
    qint64 size = 0; // bytes as stored
    QString sha256; // lower-case hex of the stored bytes
    QDateTime addedAt; // UTC
    QByteArray bytes; // filled only by InsuranceRepository::cardImage()

    bool isNull() const { return sha256.isEmpty(); }

    static QString sideName(Side side); // "front", "back"
    static QString sideLabel(Side side);

    // {file_name, media_type, size, sha256, added_at}, or null when there is no image.
    QJsonValue toJson() const;
};

} // namespace carnet
