#pragma once

#include "SecretBytes.h"

#include <QString>

namespace carnet {

// A passphrase for one share, made of words a person can read out over the phone: each word is one of 2048
// (11 bits), so the default six words carry 66 random bits. Shown once, never stored.
class OneTimePassphrase
{
public:
    static constexpr int WordCount = 2048;
    static constexpr int BitsPerWord = 11;
    static constexpr int DefaultWords = 6;
    static constexpr char Separator = '-';

    // Words joined by Separator, e.g. "orbit-crane-velvet-tiny-harbor-lunch". Throws CryptoError if words < 1.
    static SecretBytes generate(int words = DefaultWords);
    static int entropyBits(int words = DefaultWords) { return words * BitsPerWord; }

    // The word list (the BIP-39 English list: lower-case a–z, 3 to 8 letters, unique in their first four letters).
    static const char* word(int index);
    static bool isWord(const QString& text);
};

} // namespace carnet
