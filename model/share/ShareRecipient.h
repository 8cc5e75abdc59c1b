#pragma once

#include "AgeRecipient.h"

#include <QCoreApplication>
#include <QString>

namespace carnet {

struct CareTeamMember;

// One age X25519 key a share is encrypted to, with how the disclosure log names it.
struct ShareRecipient
{
    Q_DECLARE_TR_FUNCTIONS(ShareRecipient)

public:
    static constexpr char CareTeamKind[] = "careteam";
    static constexpr char AgeKeyKind[] = "age-recipient";
    static constexpr char PassphraseKind[] = "passphrase";

    AgeRecipient recipient;
    QString label; // "Dr. Moreau (care team)", or the age1… text
    QString kind; // CareTeamKind or AgeKeyKind

    // A pasted "age1…" key. Throws ShareError(Invalid) for anything else.
    static ShareRecipient fromText(const QString& text);
    // The member's stored age recipient. Throws ShareError(Invalid) when the member has none.
    static ShareRecipient fromCareTeamMember(const CareTeamMember& member);

    // Grouped fingerprint of the X25519 key, as the trusted comment lists it.
    QString fingerprint() const;
};

} // namespace carnet
