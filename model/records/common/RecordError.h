#pragma once

#include <QString>

#include <stdexcept>

namespace carnet {

// A record operation that cannot be done: an unknown id, or input that fails validation (with the field named).
class RecordError : public std::runtime_error
{
public:
    enum class Kind { NotFound, Invalid, TooLarge };

    RecordError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    {
    }

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace carnet
