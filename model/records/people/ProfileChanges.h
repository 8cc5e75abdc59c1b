#pragma once

#include "Profile.h"

#include <optional>

namespace carnet {

// A partial update of the profile: only the fields that hold a value change. An empty text, an invalid date or an
// inner nullopt clears that field.
struct ProfileChanges
{
    std::optional<QString> fullName;
    std::optional<QString> preferredName;
    std::optional<QDate> birthDate;
    std::optional<QString> sex;
    std::optional<QString> genderIdentity;
    std::optional<QString> bloodType;
    std::optional<std::optional<double>> heightCm;
    std::optional<std::optional<double>> weightKg;
    std::optional<QString> address;
    std::optional<QString> phone;
    std::optional<QString> email;
    std::optional<QString> language;
    std::optional<QList<EmergencyContact>> emergencyContacts; // replaces the whole list
    std::optional<std::optional<bool>> organDonor;
    std::optional<QString> notes;

    bool isEmpty() const;
    void applyTo(Profile& profile) const;
};

} // namespace carnet
