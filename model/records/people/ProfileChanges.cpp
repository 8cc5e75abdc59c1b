#include "ProfileChanges.h"

namespace carnet {

namespace {

template <typename T> void assignIfSet(T& field, const std::optional<T>& change)
{
    if (change)
        field = *change;
}

} // namespace

bool ProfileChanges::isEmpty() const
{
    return !fullName && !preferredName && !birthDate && !sex && !genderIdentity && !bloodType && !heightCm && !weightKg
        && !address && !phone && !email && !language && !emergencyContacts && !organDonor && !notes;
}

void ProfileChanges::applyTo(Profile& profile) const
{
    assignIfSet(profile.fullName, fullName);
    assignIfSet(profile.preferredName, preferredName);
    assignIfSet(profile.birthDate, birthDate);
    assignIfSet(profile.sex, sex);
    assignIfSet(profile.genderIdentity, genderIdentity);
    assignIfSet(profile.bloodType, bloodType);
    assignIfSet(profile.heightCm, heightCm);
    assignIfSet(profile.weightKg, weightKg);
    assignIfSet(profile.address, address);
    assignIfSet(profile.phone, phone);
    assignIfSet(profile.email, email);
    assignIfSet(profile.language, language);
    assignIfSet(profile.emergencyContacts, emergencyContacts);
    assignIfSet(profile.organDonor, organDonor);
    assignIfSet(profile.notes, notes);
}

} // namespace carnet
