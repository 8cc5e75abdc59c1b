#pragma once

#include <stdexcept>
#include <string>

namespace carnet {

// A failure reported by SQLite/SQLCipher or the file system, with the SQLite result code when there is one.
class StorageError : public std::runtime_error
{
public:
    StorageError(const std::string& what, int sqliteCode = 0)
        : std::runtime_error(what)
        , m_sqliteCode(sqliteCode)
    {
    }

    int sqliteCode() const { return m_sqliteCode; }
    bool isDiskFull() const;
    bool isNotADatabase() const;
    bool isBusy() const;

private:
    int m_sqliteCode;
};

} // namespace carnet
