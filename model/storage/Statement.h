#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <cstdint>

struct sqlite3;
struct sqlite3_stmt;

namespace carnet {

// A prepared SQLite statement; finalized when destroyed. Binding indexes are 1-based, column indexes 0-based.
class Statement
{
public:
    Statement(sqlite3* db, const QString& sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* value) { return bind(index, QString::fromUtf8(value)); }
    Statement& bind(int index, const QByteArray& value);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    Statement& bindNull(int index);
    // Binds a null QString/QVariant as SQL NULL.
    Statement& bindOptional(int index, const QString& value);
    Statement& bindVariant(int index, const QVariant& value);
    Statement& bind(const char* name, const QString& value) { return bind(parameterIndex(name), value); }
    Statement& bind(const char* name, const QByteArray& value) { return bind(parameterIndex(name), value); }
    Statement& bind(const char* name, std::int64_t value) { return bind(parameterIndex(name), value); }
    Statement& bind(const char* name, int value) { return bind(parameterIndex(name), value); }
    Statement& bind(const char* name, double value) { return bind(parameterIndex(name), value); }
    Statement& bindOptional(const char* name, const QString& value) { return bindOptional(parameterIndex(name), value); }
    Statement& bindNull(const char* name) { return bindNull(parameterIndex(name)); }

    // Advances to the next row; false when done. Throws StorageError on failure.
    bool step();
    // Runs a statement that returns no rows.
    void exec();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QVariant value(int column) const;

private:
    int parameterIndex(const char* name) const;
    void check(int rc, const char* what) const;

    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_writes = false;
};

} // namespace carnet
