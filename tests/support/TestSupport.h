#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace carnet::testsupport {

// Folder of the project's own test fixtures (tests/data).
QString testDataDir();
// Folder of the shared public health data (FHIR, iCalendar, C-CDA) beside the repository.
QString sharedTestDataDir();
// Every regular file below dir, recursively.
QStringList filesBelow(const QString& dir);
// True if needle occurs in any file below dir, as UTF-8 or as UTF-16 (LE or BE).
bool anyFileContains(const QString& dir, const QString& needle, QString* foundIn = nullptr);
QByteArray readFile(const QString& path);
// SHA-256 of every file below dir, by path: compare two of them to prove nothing was touched.
QMap<QString, QByteArray> fileDigests(const QString& dir);

} // namespace carnet::testsupport
