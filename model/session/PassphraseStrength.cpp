#include "PassphraseStrength.h"

#include "Vault.h"

#include <zxcvbn.h>

#include <vector>

namespace carnet {

PassphraseStrength::Estimate PassphraseStrength::estimate(const QString& passphrase, const QStringList& userWords)
{
    Estimate result;
    if (passphrase.isEmpty()) {
        result.label = tr("Empty");
        result.advice = tr("Choose a passphrase of a few unrelated words.");
        return result;
    }
    QByteArray utf8 = passphrase.toUtf8();
    QList<QByteArray> words;
    std::vector<const char*> dictionary;
    for (const QString& word : userWords) {
        words << word.toLower().toUtf8();
        dictionary.push_back(words.constLast().constData());
    }
    dictionary.push_back(nullptr);
    result.entropyBits = ZxcvbnMatch(utf8.constData(), dictionary.data(), nullptr);
    utf8.fill('\0');

    const double bits = result.entropyBits;
    if (bits < 28) {
        result.level = Level::VeryWeak;
        result.label = tr("Very weak");
    } else if (bits < 40) {
        result.level = Level::Weak;
        result.label = tr("Weak");
    } else if (bits < 60) {
        result.level = Level::Fair;
        result.label = tr("Fair");
    } else if (bits < 80) {
        result.level = Level::Strong;
        result.label = tr("Strong");
    } else {
        result.level = Level::VeryStrong;
        result.label = tr("Very strong");
    }
    const bool longEnough = passphrase.toUtf8().size() >= Vault::MinPassphraseLength;
    if (!longEnough)
        result.advice = tr("Use at least %1 characters.").arg(Vault::MinPassphraseLength);
    else if (result.level <= Level::Weak)
        result.advice = tr("Add another unrelated word; avoid names, dates and common phrases.");
    else if (result.level == Level::Fair)
        result.advice = tr("Good; one more word would make it strong.");
    result.acceptable = longEnough && result.level >= Level::Weak;
    return result;
}

} // namespace carnet
