#include "ShareRecipient.h"

#include "CareTeamMember.h"
#include "ShareError.h"
#include "VaultIdentity.h"

namespace carnet {

ShareRecipient ShareRecipient::fromText(const QString& text)
{
    const std::optional<AgeRecipient> parsed = AgeRecipient::parse(text);
    if (!parsed)
        throw ShareError(ShareError::Kind::Invalid,
                         tr("'%1' is not an age recipient (a key that starts with age1).").arg(text.trimmed()));
    return {*parsed, parsed->toString(), QLatin1String(AgeKeyKind)};
}

ShareRecipient ShareRecipient::fromCareTeamMember(const CareTeamMember& member)
{
    const std::optional<AgeRecipient> parsed = AgeRecipient::parse(member.ageRecipient);
    if (!parsed)
        throw ShareError(ShareError::Kind::Invalid,
                         tr("%1 has no age recipient key in the care team; add one before sharing with them.")
                             .arg(member.name));
    return {*parsed, tr("%1 (care team)").arg(member.name), QLatin1String(CareTeamKind)};
}

QString ShareRecipient::fingerprint() const
{
    return VaultIdentity::fingerprintOfRecipient(recipient).toDisplayString();
}

} // namespace carnet
