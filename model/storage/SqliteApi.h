#pragma once

// SQLCipher's own header, with its codec API (sqlite3_key) visible. Never include a plain sqlite3.h.
#ifndef SQLITE_HAS_CODEC
#define SQLITE_HAS_CODEC 1
#endif
#include <sqlcipher/sqlite3.h>
