#pragma once

#include "InsuranceRepository.h"

#include <QCoreApplication>
#include <QString>

namespace carnet {

// Reads the image file the patient picked for one side of an insurance card, refusing a file over
// MediaFile::MaxBytes by its size before reading it, so a film picked by mistake is not loaded into memory.
class InsuranceCardFile
{
    Q_DECLARE_TR_FUNCTIONS(InsuranceCardFile)

public:
    // The bytes and base name, for InsuranceRepository::setCardImage (which checks that it is a JPEG or PNG).
    // Throws RecordError: NotFound for a missing file, Invalid for one that cannot be read, TooLarge above the
    // limit; each message names the file.
    static InsuranceRepository::CardUpload read(const QString& path);
};

} // namespace carnet
