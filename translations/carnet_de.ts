<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AgeDecryptor</name>
    <message>
        <source>the input is not open for reading</source>
        <translation>die Eingabe ist nicht zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation>die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
</context>
<context>
    <name>AgeError</name>
    <message>
        <source>This is not an age-encrypted file</source>
        <translation>Dies ist keine mit age verschlüsselte Datei</translation>
    </message>
    <message>
        <source>This age file uses a format version Carnet does not support</source>
        <translation>Diese age-Datei verwendet eine Formatversion, die Carnet nicht unterstützt</translation>
    </message>
    <message>
        <source>The armored age file is damaged or has extra text around it</source>
        <translation>Die age-Datei (Armor) ist beschädigt oder von zusätzlichem Text umgeben</translation>
    </message>
    <message>
        <source>The age file header is damaged</source>
        <translation>Der Kopf der age-Datei ist beschädigt</translation>
    </message>
    <message>
        <source>None of your keys can open this file</source>
        <translation>Keiner Ihrer Schlüssel kann diese Datei öffnen</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase</source>
        <translation>Diese Datei ist durch eine Passphrase geschützt</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Falsche Passphrase</translation>
    </message>
    <message>
        <source>The passphrase protection of this file is set too high to open safely</source>
        <translation>Der Passphrase-Schutz dieser Datei ist zu hoch eingestellt, um sie sicher zu öffnen</translation>
    </message>
    <message>
        <source>The age file mixes a passphrase with other recipients, which is not allowed</source>
        <translation>Die age-Datei mischt eine Passphrase mit anderen Empfängern; das ist nicht erlaubt</translation>
    </message>
    <message>
        <source>The age file header was altered</source>
        <translation>Der Kopf der age-Datei wurde verändert</translation>
    </message>
    <message>
        <source>The age file is incomplete: it ends before its last part</source>
        <translation>Die age-Datei ist unvollständig: Sie endet vor ihrem letzten Teil</translation>
    </message>
    <message>
        <source>The age file has extra data after its end</source>
        <translation>Die age-Datei hat nach ihrem Ende zusätzliche Daten</translation>
    </message>
    <message>
        <source>The age file content was altered or damaged</source>
        <translation>Der Inhalt der age-Datei wurde verändert oder beschädigt</translation>
    </message>
    <message>
        <source>The encrypted data could not be read</source>
        <translation>Die verschlüsselten Daten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The output could not be written</source>
        <translation>Die Ausgabe konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Unknown age error</source>
        <translation>Unbekannter age-Fehler</translation>
    </message>
</context>
<context>
    <name>AgeHeader</name>
    <message>
        <source>the header ends in the middle of a line</source>
        <translation>der Kopf endet mitten in einer Zeile</translation>
    </message>
    <message>
        <source>the header is too large</source>
        <translation>der Kopf ist zu groß</translation>
    </message>
    <message>
        <source>a header line is too long</source>
        <translation>eine Kopfzeile ist zu lang</translation>
    </message>
    <message>
        <source>the version line has a control character</source>
        <translation>die Versionszeile enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the header has no recipient stanza</source>
        <translation>der Kopf hat keinen Empfänger-Abschnitt (Stanza)</translation>
    </message>
    <message>
        <source>the MAC line is malformed</source>
        <translation>die MAC-Zeile ist fehlerhaft</translation>
    </message>
    <message>
        <source>the MAC is not canonical base64 of 32 bytes</source>
        <translation>der MAC ist kein kanonisches Base64 von 32 Bytes</translation>
    </message>
    <message>
        <source>a line is neither a stanza nor the MAC line</source>
        <translation>eine Zeile ist weder eine Stanza noch die MAC-Zeile</translation>
    </message>
    <message>
        <source>the header has too many stanzas</source>
        <translation>der Kopf hat zu viele Stanzas</translation>
    </message>
    <message>
        <source>a stanza argument is empty or has a character outside VCHAR</source>
        <translation>ein Stanza-Argument ist leer oder enthält ein Zeichen außerhalb von VCHAR</translation>
    </message>
    <message>
        <source>a stanza body line is longer than 64 columns</source>
        <translation>eine Zeile im Stanza-Rumpf ist länger als 64 Spalten</translation>
    </message>
    <message>
        <source>a stanza body line has a character outside unpadded base64</source>
        <translation>eine Zeile im Stanza-Rumpf enthält ein Zeichen außerhalb von Base64 ohne Auffüllung</translation>
    </message>
    <message>
        <source>a stanza body is not canonical base64</source>
        <translation>ein Stanza-Rumpf ist kein kanonisches Base64</translation>
    </message>
</context>
<context>
    <name>AgeIdentity</name>
    <message>
        <source>an X25519 stanza must have exactly two arguments</source>
        <translation>eine X25519-Stanza muss genau zwei Argumente haben</translation>
    </message>
    <message>
        <source>an X25519 share must be canonical base64 of 32 bytes</source>
        <translation>ein X25519-Anteil muss kanonisches Base64 von 32 Bytes sein</translation>
    </message>
    <message>
        <source>an X25519 stanza body must be 32 bytes</source>
        <translation>ein X25519-Stanza-Rumpf muss 32 Bytes lang sein</translation>
    </message>
    <message>
        <source>the X25519 share is a low-order point</source>
        <translation>der X25519-Anteil ist ein Punkt niedriger Ordnung</translation>
    </message>
</context>
<context>
    <name>AgePayload</name>
    <message>
        <source>the payload nonce is missing</source>
        <translation>die Nonce der Nutzdaten fehlt</translation>
    </message>
    <message>
        <source>the payload ends without a final chunk</source>
        <translation>die Nutzdaten enden ohne abschließenden Block</translation>
    </message>
    <message>
        <source>the last chunk is shorter than its authentication tag</source>
        <translation>der letzte Block ist kürzer als sein Authentifizierungs-Tag</translation>
    </message>
    <message>
        <source>a payload chunk fails authentication</source>
        <translation>ein Block der Nutzdaten besteht die Authentifizierung nicht</translation>
    </message>
    <message>
        <source>there is data after the final chunk</source>
        <translation>nach dem abschließenden Block folgen noch Daten</translation>
    </message>
    <message>
        <source>the final chunk is empty although the payload is not</source>
        <translation>der abschließende Block ist leer, obwohl die Nutzdaten es nicht sind</translation>
    </message>
</context>
<context>
    <name>AgeScryptRecipient</name>
    <message>
        <source>not enough memory for scrypt with log2(N) = %1</source>
        <translation>nicht genug Speicher für scrypt mit log2(N) = %1</translation>
    </message>
    <message>
        <source>the scrypt work factor is not a decimal number without leading zeros</source>
        <translation>der scrypt-Arbeitsfaktor ist keine Dezimalzahl ohne führende Nullen</translation>
    </message>
    <message>
        <source>an scrypt stanza must have exactly three arguments</source>
        <translation>eine scrypt-Stanza muss genau drei Argumente haben</translation>
    </message>
    <message>
        <source>an scrypt salt must be canonical base64 of 16 bytes</source>
        <translation>ein scrypt-Salt muss kanonisches Base64 von 16 Bytes sein</translation>
    </message>
    <message>
        <source>log2(N) = %1, the limit is %2</source>
        <translation>log2(N) = %1, die Grenze ist %2</translation>
    </message>
    <message>
        <source>an scrypt stanza body must be 32 bytes</source>
        <translation>ein scrypt-Stanza-Rumpf muss 32 Bytes lang sein</translation>
    </message>
</context>
<context>
    <name>Allergy</name>
    <message>
        <source>Food</source>
        <translation>Lebensmittel</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umwelt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Geringes Risiko</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <source>Unable to assess</source>
        <translation>Nicht einschätzbar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Abgeklungen</translation>
    </message>
    <message>
        <source>Substance: say what the allergy is to</source>
        <translation>Auslöser: Geben Sie an, wogegen die Allergie besteht</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>Beginn</translation>
    </message>
</context>
<context>
    <name>AllergyRepository</name>
    <message>
        <source>No allergy with id %1.</source>
        <translation>Keine Allergie mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The allergy with id %1 was deleted.</source>
        <translation>Die Allergie mit der Nummer %1 wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message>
        <source>An appointment needs a title.</source>
        <translation>Ein Termin braucht einen Titel.</translation>
    </message>
    <message>
        <source>The care-team id %1 is not a record id.</source>
        <translation>Die Behandlungsteam-Nummer %1 ist keine Eintragsnummer.</translation>
    </message>
    <message>
        <source>An appointment needs a valid start date and time.</source>
        <translation>Ein Termin braucht ein gültiges Startdatum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone; use an IANA name such as Europe/Berlin.</source>
        <translation>„%1“ ist keine bekannte Zeitzone; verwenden Sie einen IANA-Namen wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>The appointment ends (%1) before it starts (%2).</source>
        <translation>Der Termin endet (%1), bevor er beginnt (%2).</translation>
    </message>
    <message>
        <source>A reminder must be between 0 and %1 minutes before the appointment, not %2.</source>
        <translation>Eine Erinnerung muss zwischen 0 und %1 Minuten vor dem Termin liegen, nicht %2.</translation>
    </message>
    <message>
        <source>An exception date of the appointment is not a valid date and time.</source>
        <translation>Ein Ausnahmedatum des Termins ist kein gültiges Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>No appointment with id %1.</source>
        <translation>Kein Termin mit der Nummer %1.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry %1 is missing: the log was cut.</source>
        <translation>Eintrag %1 fehlt: Das Protokoll wurde gekürzt.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it.</source>
        <translation>Eintrag %1 schließt nicht an den vorigen Eintrag an.</translation>
    </message>
    <message>
        <source>Entry %1 was altered after it was written.</source>
        <translation>Eintrag %1 wurde nachträglich verändert.</translation>
    </message>
    <message>
        <source>Entries after %1 were removed.</source>
        <translation>Einträge nach %1 wurden entfernt.</translation>
    </message>
    <message>
        <source>The log&apos;s head record is missing.</source>
        <translation>Der Kopfdatensatz des Protokolls fehlt.</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Tresor angelegt</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Entsperrt</translation>
    </message>
    <message>
        <source>Failed unlock attempt</source>
        <translation>Fehlgeschlagener Entsperrversuch</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Passphrase geändert</translation>
    </message>
    <message>
        <source>Opened with the recovery code</source>
        <translation>Mit dem Wiederherstellungscode geöffnet</translation>
    </message>
    <message>
        <source>Data key rotated</source>
        <translation>Datenschlüssel erneuert</translation>
    </message>
    <message>
        <source>Share saved for a provider or caregiver</source>
        <translation>Freigabe für eine behandelnde oder pflegende Person gespeichert</translation>
    </message>
    <message>
        <source>Received share kept in Shared with me</source>
        <translation>Erhaltene Freigabe unter „Mit mir geteilt“ aufbewahrt</translation>
    </message>
    <message>
        <source>Received share removed</source>
        <translation>Erhaltene Freigabe entfernt</translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message numerus="yes">
        <source>Locked after %n second(s) without activity.</source>
        <translation>
            <numerusform>Nach %n Sekunde ohne Aktivität gesperrt.</numerusform>
            <numerusform>Nach %n Sekunden ohne Aktivität gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked because the screen was locked.</source>
        <translation>Gesperrt, weil der Bildschirm gesperrt wurde.</translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation>Gesperrt, weil der Computer in den Ruhezustand ging.</translation>
    </message>
    <message>
        <source>Locked on request.</source>
        <translation>Auf Wunsch gesperrt.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Nach %n Minute ohne Aktivität gesperrt.</numerusform>
            <numerusform>Nach %n Minuten ohne Aktivität gesperrt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareTeamMember</name>
    <message>
        <source>Provider</source>
        <translation>Behandelnde Person</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Pflegende Person</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Name: say who this is</source>
        <translation>Name: Geben Sie an, wer das ist</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Pin: there is no key to pin; add an age recipient or a minisign key first</source>
        <translation>Bestätigen: Es gibt keinen Schlüssel zum Bestätigen; fügen Sie zuerst einen age-Empfänger oder minisign-Schlüssel hinzu</translation>
    </message>
</context>
<context>
    <name>CareTeamRepository</name>
    <message>
        <source>No care-team member with id %1.</source>
        <translation>Kein Mitglied des Behandlungsteams mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The care-team member with id %1 was deleted.</source>
        <translation>Das Mitglied des Behandlungsteams mit der Nummer %1 wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: carnet-cli COMMAND [options] [arguments]

Carnet keeps a personal health record in an encrypted vault on this machine.

Commands:
</source>
        <translation>Aufruf: carnet-cli BEFEHL [Optionen] [Argumente]

Carnet führt eine persönliche Gesundheitsakte in einem verschlüsselten Tresor auf diesem Rechner.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;carnet-cli COMMAND --help&apos; for the options of a command.
Secrets are prompted for without echo on a terminal; otherwise one line per secret is read from standard input.

Exit codes:
  0  success
  1  other error (I/O, disk full, ...)
  2  usage error (unknown command or option, bad value)
  3  wrong passphrase or recovery code
  4  damaged or tampered data
  5  vault in use by another process
</source>
        <translation>
&apos;carnet-cli BEFEHL --help&apos; zeigt die Optionen eines Befehls.
Geheimnisse werden im Terminal ohne Echo abgefragt; sonst wird je Geheimnis eine Zeile von der Standardeingabe gelesen.

Rückgabewerte:
  0  Erfolg
  1  anderer Fehler (E/A, Datenträger voll, …)
  2  Bedienfehler (unbekannter Befehl oder Option, falscher Wert)
  3  falsche Passphrase oder falscher Wiederherstellungscode
  4  beschädigte oder manipulierte Daten
  5  Tresor wird von einem anderen Prozess verwendet
</translation>
    </message>
    <message>
        <source>carnet-cli: unknown command &apos;%1&apos;; run &apos;carnet-cli --help&apos; for the list.</source>
        <translation>carnet-cli: unbekannter Befehl &apos;%1&apos;; &apos;carnet-cli --help&apos; zeigt die Liste.</translation>
    </message>
    <message>
        <source> (see &apos;%1 --help&apos;)</source>
        <translation> (siehe &apos;%1 --help&apos;)</translation>
    </message>
    <message>
        <source>the disk is full; nothing was changed</source>
        <translation>der Datenträger ist voll; nichts wurde verändert</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genug Speicher</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 ok, 1 other error, 2 usage, 3 wrong passphrase or recovery code, 4 damaged or tampered data, 5 vault in use.
</source>
        <translation>
Rückgabewerte: 0 ok, 1 anderer Fehler, 2 Bedienfehler, 3 falsche Passphrase oder falscher Wiederherstellungscode, 4 beschädigte oder manipulierte Daten, 5 Tresor in Verwendung.
</translation>
    </message>
    <message>
        <source>missing argument %1</source>
        <translation>Argument %1 fehlt</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a secret on standard input, but it ended</source>
        <translation>ein Geheimnis wurde auf der Standardeingabe erwartet, aber sie endete</translation>
    </message>
    <message>
        <source>the secret read is longer than %1 bytes</source>
        <translation>das gelesene Geheimnis ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Wiederholen: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>die beiden Passphrasen stimmen nicht überein</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Passphrase für %1: </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a record id (a positive number)</source>
        <translation>&apos;%1&apos; ist keine Eintragsnummer (eine positive Zahl)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; use YYYY-MM-DD</source>
        <translation>&apos;%1&apos; ist kein Datum; verwenden Sie JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time; use YYYY-MM-DD HH:MM</source>
        <translation>&apos;%1&apos; ist kein Datum mit Uhrzeit; verwenden Sie JJJJ-MM-TT HH:MM</translation>
    </message>
    <message>
        <source>give either --%1 or --%2, not both</source>
        <translation>entweder --%1 oder --%2 angeben, nicht beides</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 ist kein UTF-8-Text</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>In remission</source>
        <translation>In Remission</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Abgeklungen</translation>
    </message>
    <message>
        <source>Name: say what the condition is</source>
        <translation>Name: Geben Sie an, um welche Erkrankung es geht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Abatement date</source>
        <translation>Abklingdatum</translation>
    </message>
    <message>
        <source>the onset date</source>
        <translation>das Datum des Beginns</translation>
    </message>
    <message>
        <source>The abatement date</source>
        <translation>Das Abklingdatum</translation>
    </message>
    <message>
        <source>Status: a condition with an abatement date is in remission or resolved, not active</source>
        <translation>Status: Eine Erkrankung mit Abklingdatum ist in Remission oder abgeklungen, nicht aktiv</translation>
    </message>
</context>
<context>
    <name>ConditionRepository</name>
    <message>
        <source>No condition with id %1.</source>
        <translation>Keine Erkrankung mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The condition with id %1 was deleted.</source>
        <translation>Die Erkrankung mit der Nummer %1 wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>ContactFormat</name>
    <message>
        <source>%1: &apos;%2&apos; is not a phone number (digits, spaces, + ( ) - . / and an optional extension)</source>
        <translation>%1: „%2“ ist keine Telefonnummer (Ziffern, Leerzeichen, + ( ) - . / und eine optionale Durchwahl)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an e-mail address</source>
        <translation>%1: „%2“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a language tag such as en, fr or pt-BR</source>
        <translation>%1: „%2“ ist kein Sprachkürzel wie en, fr oder pt-BR</translation>
    </message>
    <message>
        <source>%1: the phone labelled &apos;%2&apos; has no number</source>
        <translation>%1: Das Telefon mit der Bezeichnung „%2“ hat keine Nummer</translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>Morning walk</source>
        <translation>Morgenspaziergang</translation>
    </message>
    <message>
        <source>Walked **30 minutes** by the river. Knees fine, a little short of breath on the hill.</source>
        <translation>**30 Minuten** am Fluss spazieren gegangen. Knie in Ordnung, am Hügel etwas kurzatmig.</translation>
    </message>
    <message>
        <source>Headache after lunch</source>
        <translation>Kopfschmerzen nach dem Mittagessen</translation>
    </message>
    <message>
        <source>Dull headache on the left side from about 14:00.

- drank two glasses of water
- lay down for 20 minutes

Gone by the evening.</source>
        <translation>Dumpfe Kopfschmerzen links ab etwa 14:00.

- zwei Gläser Wasser getrunken
- 20 Minuten hingelegt

Am Abend weg.</translation>
    </message>
    <message>
        <source>Blood sugar log</source>
        <translation>Blutzucker-Protokoll</translation>
    </message>
    <message>
        <source>Fasting glucose 6.4 mmol/L, after dinner 8.1 mmol/L. Slightly higher than last week.</source>
        <translation>Nüchternglukose 6,4 mmol/L, nach dem Abendessen 8,1 mmol/L. Etwas höher als letzte Woche.</translation>
    </message>
    <message>
        <source>Slept badly</source>
        <translation>Schlecht geschlafen</translation>
    </message>
    <message>
        <source>Woke up three times. Maybe the coffee at 17:00. Tired all morning.</source>
        <translation>Dreimal aufgewacht. Vielleicht der Kaffee um 17:00. Den ganzen Vormittag müde.</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Blutdruck</translation>
    </message>
    <message>
        <source>Home reading 132/84, pulse 71, sitting, after 5 minutes rest.</source>
        <translation>Messung zu Hause 132/84, Puls 71, im Sitzen, nach 5 Minuten Ruhe.</translation>
    </message>
    <message>
        <source>Good day</source>
        <translation>Guter Tag</translation>
    </message>
    <message>
        <source>Energy back. Cooked with the grandchildren and did the garden.</source>
        <translation>Energie ist zurück. Mit den Enkeln gekocht und im Garten gearbeitet.</translation>
    </message>
    <message>
        <source>Pollen season</source>
        <translation>Pollensaison</translation>
    </message>
    <message>
        <source>Itchy eyes and sneezing all afternoon. Took the antihistamine at 16:00; helped within an hour.</source>
        <translation>Den ganzen Nachmittag juckende Augen und Niesen. Um 16:00 das Antihistaminikum genommen; half innerhalb einer Stunde.</translation>
    </message>
    <message>
        <source>Questions for the next visit</source>
        <translation>Fragen für den nächsten Besuch</translation>
    </message>
    <message>
        <source>1. Can the metformin be taken with dinner instead?
2. Is the ankle swelling related to the amlodipine?
3. Flu vaccine this year?</source>
        <translation>1. Kann ich Metformin stattdessen zum Abendessen nehmen?
2. Hängt die Schwellung am Knöchel mit Amlodipin zusammen?
3. Grippeimpfung dieses Jahr?</translation>
    </message>
    <message>
        <source>Knee pain</source>
        <translation>Knieschmerzen</translation>
    </message>
    <message>
        <source>Right knee stiff after the stairs. Ice for 15 minutes, better after rest.</source>
        <translation>Rechtes Knie nach den Treppen steif. 15 Minuten gekühlt, nach Ruhe besser.</translation>
    </message>
    <message>
        <source>Physiotherapy exercises</source>
        <translation>Physiotherapie-Übungen</translation>
    </message>
    <message>
        <source>Did the full set: 3 × 10 leg raises, 3 × 10 heel slides, 5 minutes on the bike.</source>
        <translation>Das volle Programm: 3 × 10 Beinheben, 3 × 10 Fersengleiten, 5 Minuten auf dem Rad.</translation>
    </message>
    <message>
        <source>tablet</source>
        <translation>Tablette</translation>
    </message>
    <message>
        <source>Type 2 diabetes</source>
        <translation>Typ-2-Diabetes</translation>
    </message>
    <message>
        <source>High blood pressure</source>
        <translation>Bluthochdruck</translation>
    </message>
    <message>
        <source>capsule</source>
        <translation>Kapsel</translation>
    </message>
    <message>
        <source>Low vitamin D</source>
        <translation>Vitamin-D-Mangel</translation>
    </message>
    <message>
        <source>Hay fever</source>
        <translation>Heuschnupfen</translation>
    </message>
    <message>
        <source>Knee better; stopped after two weeks</source>
        <translation>Knie besser; nach zwei Wochen abgesetzt</translation>
    </message>
    <message>
        <source>Diabetes check-up</source>
        <translation>Diabetes-Kontrolle</translation>
    </message>
    <message>
        <source>Riverside Health Centre</source>
        <translation>Gesundheitszentrum am Fluss</translation>
    </message>
    <message>
        <source>Blood test (HbA1c)</source>
        <translation>Bluttest (HbA1c)</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Riverside Health Centre, lab</source>
        <translation>Gesundheitszentrum am Fluss, Labor</translation>
    </message>
    <message>
        <source>Eye examination</source>
        <translation>Augenuntersuchung</translation>
    </message>
    <message>
        <source>City Eye Clinic</source>
        <translation>Städtische Augenklinik</translation>
    </message>
    <message>
        <source>Dental cleaning</source>
        <translation>Zahnreinigung</translation>
    </message>
    <message>
        <source>Smile Dental</source>
        <translation>Smile Dental</translation>
    </message>
    <message>
        <source>Smile Dental, Market Square</source>
        <translation>Smile Dental, Marktplatz</translation>
    </message>
    <message>
        <source>Flu vaccination</source>
        <translation>Grippeimpfung</translation>
    </message>
    <message>
        <source>Riverside Pharmacy</source>
        <translation>Apotheke am Fluss</translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation>Physiotherapie</translation>
    </message>
    <message>
        <source>MoveWell Physio</source>
        <translation>MoveWell Physio</translation>
    </message>
    <message>
        <source>son</source>
        <translation>Sohn</translation>
    </message>
    <message>
        <source>Penicillin</source>
        <translation>Penicillin</translation>
    </message>
    <message>
        <source>Hives and swelling</source>
        <translation>Nesselsucht und Schwellung</translation>
    </message>
    <message>
        <source>Grass pollen</source>
        <translation>Gräserpollen</translation>
    </message>
    <message>
        <source>Sneezing, itchy eyes</source>
        <translation>Niesen, juckende Augen</translation>
    </message>
    <message>
        <source>General practice</source>
        <translation>Allgemeinmedizin</translation>
    </message>
    <message>
        <source>Ophthalmology</source>
        <translation>Augenheilkunde</translation>
    </message>
</context>
<context>
    <name>DoseEvent</name>
    <message>
        <source>Taken</source>
        <translation>Eingenommen</translation>
    </message>
    <message>
        <source>Taken late</source>
        <translation>Verspätet eingenommen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>DueDose</name>
    <message>
        <source>Not yet taken</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Eingenommen</translation>
    </message>
    <message>
        <source>Taken late</source>
        <translation>Verspätet eingenommen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>FhirShareBundle</name>
    <message>
        <source>None recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>Prescriber: %1</source>
        <translation>Verordnet von: %1</translation>
    </message>
    <message>
        <source>Pharmacy: %1</source>
        <translation>Apotheke: %1</translation>
    </message>
    <message>
        <source>Repeats (RFC 5545 rule): %1</source>
        <translation>Wiederholung (Regel nach RFC 5545): %1</translation>
    </message>
    <message>
        <source>The package&apos;s bundle.json is invalid: %1</source>
        <translation>Die bundle.json des Pakets ist ungültig: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not text</source>
        <translation>„%1“ ist kein Text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>„%1“ ist keine Liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object</source>
        <translation>„%1“ ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <source>the reference %1 does not resolve inside the bundle</source>
        <translation>der Verweis %1 lässt sich innerhalb des Bundles nicht auflösen</translation>
    </message>
    <message>
        <source>a journal entry must have exactly one attachment</source>
        <translation>ein Tagebucheintrag muss genau einen Anhang haben</translation>
    </message>
    <message>
        <source>a journal entry&apos;s body is not text/markdown</source>
        <translation>der Inhalt eines Tagebucheintrags ist nicht text/markdown</translation>
    </message>
    <message>
        <source>a journal entry&apos;s body is not valid base64</source>
        <translation>der Inhalt eines Tagebucheintrags ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>a journal entry&apos;s body does not have the size its attachment states</source>
        <translation>der Inhalt eines Tagebucheintrags hat nicht die Größe, die sein Anhang angibt</translation>
    </message>
    <message>
        <source>a journal entry has no date</source>
        <translation>ein Tagebucheintrag hat kein Datum</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Versicherung</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Health record shared by the patient</source>
        <translation>Vom Patienten geteilte Gesundheitsakte</translation>
    </message>
    <message>
        <source>Shared health record</source>
        <translation>Geteilte Gesundheitsakte</translation>
    </message>
    <message>
        <source>Health record of %1</source>
        <translation>Gesundheitsakte von %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a FHIR document bundle</source>
        <translation>kein FHIR-Dokument-Bundle</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>keine Einträge</translation>
    </message>
    <message>
        <source>an entry is not an object</source>
        <translation>ein Eintrag ist kein Objekt</translation>
    </message>
    <message>
        <source>missing or repeated entry address %1</source>
        <translation>Eintragsadresse %1 fehlt oder kommt mehrfach vor</translation>
    </message>
    <message>
        <source>the entry %1 does not match its resource id</source>
        <translation>der Eintrag %1 passt nicht zu seiner Ressourcen-ID</translation>
    </message>
    <message>
        <source>the first entry is not a Composition</source>
        <translation>der erste Eintrag ist keine Composition</translation>
    </message>
    <message>
        <source>the Composition&apos;s subject is not a Patient in the bundle</source>
        <translation>das Subjekt der Composition ist kein Patient im Bundle</translation>
    </message>
    <message>
        <source>the %1 %2 is in no section of the Composition</source>
        <translation>%1 %2 steht in keinem Abschnitt der Composition</translation>
    </message>
    <message>
        <source>unexpected resource type &quot;%1&quot;</source>
        <translation>unerwarteter Ressourcentyp „%1“</translation>
    </message>
    <message>
        <source>a share has exactly one Patient and one Provenance</source>
        <translation>eine Freigabe hat genau einen Patient und eine Provenance</translation>
    </message>
</context>
<context>
    <name>IdentifierScanner</name>
    <message>
        <source>[%1 removed]</source>
        <translation>[%1 entfernt]</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>record or account number</source>
        <translation>Akten- oder Kontonummer</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>social security number</source>
        <translation>Sozialversicherungsnummer</translation>
    </message>
</context>
<context>
    <name>IdentityCard</name>
    <message>
        <source>This is not a Carnet identity card: it is longer than %1 characters.</source>
        <translation>Dies ist keine Carnet-Identitätskarte: Sie ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>This is not a Carnet identity card: it is empty.</source>
        <translation>Dies ist keine Carnet-Identitätskarte: Sie ist leer.</translation>
    </message>
    <message>
        <source>This is not a Carnet identity card: it does not start with &quot;%1&quot;.</source>
        <translation>Dies ist keine Carnet-Identitätskarte: Sie beginnt nicht mit „%1“.</translation>
    </message>
    <message>
        <source>This identity card has an unreadable version &quot;%1&quot;.</source>
        <translation>Diese Identitätskarte hat eine unlesbare Version „%1“.</translation>
    </message>
    <message>
        <source>This identity card is of version %1, made by a newer Carnet; this one reads version %2.</source>
        <translation>Diese Identitätskarte hat die Version %1, erstellt von einem neueren Carnet; dieses liest Version %2.</translation>
    </message>
    <message>
        <source>Line %1 of the identity card is not &quot;name:value&quot;.</source>
        <translation>Zeile %1 der Identitätskarte hat nicht die Form &quot;name:value&quot;.</translation>
    </message>
    <message>
        <source>Line %1 of the identity card has an invalid name.</source>
        <translation>Zeile %1 der Identitätskarte hat einen ungültigen Namen.</translation>
    </message>
    <message>
        <source>The identity card has &quot;%1&quot; twice.</source>
        <translation>Die Identitätskarte enthält „%1“ zweimal.</translation>
    </message>
    <message>
        <source>The identity card has no &quot;%1&quot; line.</source>
        <translation>Die Identitätskarte hat keine Zeile „%1“.</translation>
    </message>
    <message>
        <source>The identity card&apos;s age key is not an age recipient (age1…).</source>
        <translation>Der age-Schlüssel der Identitätskarte ist kein age-Empfänger (age1…).</translation>
    </message>
    <message>
        <source>The identity card&apos;s minisign key is not a minisign public key.</source>
        <translation>Der minisign-Schlüssel der Identitätskarte ist kein öffentlicher minisign-Schlüssel.</translation>
    </message>
    <message>
        <source>The identity card&apos;s fingerprint does not match its signing key: the card is damaged or altered.</source>
        <translation>Der Fingerabdruck der Identitätskarte passt nicht zu ihrem Signaturschlüssel: Die Karte ist beschädigt oder verändert.</translation>
    </message>
</context>
<context>
    <name>InsuranceCardFile</name>
    <message>
        <source>%1 is %2 MiB; a card photo can be at most %3 MiB.</source>
        <translation>%1 ist %2 MiB groß; ein Kartenfoto darf höchstens %3 MiB groß sein.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>InsuranceCardImage</name>
    <message>
        <source>Front of the card</source>
        <translation>Vorderseite der Karte</translation>
    </message>
    <message>
        <source>Back of the card</source>
        <translation>Rückseite der Karte</translation>
    </message>
</context>
<context>
    <name>InsurancePlan</name>
    <message>
        <source>Medical</source>
        <translation>Medizinisch</translation>
    </message>
    <message>
        <source>Dental</source>
        <translation>Zahnmedizinisch</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Sehhilfen</translation>
    </message>
    <message>
        <source>Prescription drugs</source>
        <translation>Arzneimittel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Selbst</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Ehepartner</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Not yet in effect</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Payer: say who the insurer is</source>
        <translation>Kostenträger: Geben Sie an, wer der Versicherer ist</translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation>Tarifart</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Effective to</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>the first day covered</source>
        <translation>der erste abgedeckte Tag</translation>
    </message>
    <message>
        <source>The last day covered</source>
        <translation>Der letzte abgedeckte Tag</translation>
    </message>
    <message>
        <source>Payer phone</source>
        <translation>Telefon des Kostenträgers</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>Weitere Telefonnummern</translation>
    </message>
</context>
<context>
    <name>InsuranceRepository</name>
    <message>
        <source>--%1: %2 does not exist</source>
        <translation>--%1: %2 existiert nicht</translation>
    </message>
    <message>
        <source>--%1: %2 is not a file</source>
        <translation>--%1: %2 ist keine Datei</translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG image; a card must be a photo or a scan.</source>
        <translation>%1 ist kein JPEG- oder PNG-Bild; eine Karte muss ein Foto oder ein Scan sein.</translation>
    </message>
    <message>
        <source>No insurance plan with id %1.</source>
        <translation>Keine Versicherung mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The insurance plan with id %1 was deleted.</source>
        <translation>Die Versicherung mit der Nummer %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Coverage starts: %1</source>
        <translation>Versicherungsschutz beginnt: %1</translation>
    </message>
    <message>
        <source>Coverage ends: %1</source>
        <translation>Versicherungsschutz endet: %1</translation>
    </message>
    <message>
        <source>%1, last day covered</source>
        <translation>%1, letzter abgedeckter Tag</translation>
    </message>
</context>
<context>
    <name>JournalAttachmentFiles</name>
    <message>
        <source>Attach a file</source>
        <translation>Datei anhängen</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation>Bilder und PDF (*.png *.jpg *.jpeg *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation>Datei nicht angehängt</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; attachments can be at most %3 MiB.</source>
        <translation>%1 ist %2 MiB groß; Anhänge dürfen höchstens %3 MiB groß sein.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Export attachment</source>
        <translation>Anhang exportieren</translation>
    </message>
    <message>
        <source>Attachment not exported</source>
        <translation>Anhang nicht exportiert</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>JournalAttachmentImage</name>
    <message>
        <source>The PDF cannot be read.</source>
        <translation>Das PDF kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The PDF page cannot be shown.</source>
        <translation>Die PDF-Seite kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>Das Bild kann nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>JournalRepository</name>
    <message>
        <source>The tag &apos;%1&apos; is longer than %2 characters.</source>
        <translation>Das Schlagwort „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The title is empty; every journal entry needs one.</source>
        <translation>Der Titel ist leer; jeder Tagebucheintrag braucht einen.</translation>
    </message>
    <message>
        <source>The title is %1 characters long; at most %2 are allowed.</source>
        <translation>Der Titel ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>The entry has no valid date.</source>
        <translation>Der Eintrag hat kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The mood must be between %1 and %2, not %3.</source>
        <translation>Die Stimmung muss zwischen %1 und %2 liegen, nicht %3.</translation>
    </message>
    <message>
        <source>A symptom is %1 characters long; at most %2 are allowed.</source>
        <translation>Ein Symptom ist %1 Zeichen lang; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>An entry can have at most %1 tags, not %2.</source>
        <translation>Ein Eintrag kann höchstens %1 Schlagwörter haben, nicht %2.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Journal entry %1 has no attachment with id %2.</source>
        <translation>Tagebucheintrag %1 hat keinen Anhang mit der Nummer %2.</translation>
    </message>
    <message>
        <source>No journal entry with id %1.</source>
        <translation>Kein Tagebucheintrag mit der Nummer %1.</translation>
    </message>
    <message>
        <source>Journal entry %1 is deleted; restore it first.</source>
        <translation>Tagebucheintrag %1 ist gelöscht; stellen Sie ihn zuerst wieder her.</translation>
    </message>
    <message>
        <source>The search has no word to look for; type at least one letter or digit.</source>
        <translation>Die Suche enthält kein Suchwort; geben Sie mindestens einen Buchstaben oder eine Ziffer ein.</translation>
    </message>
    <message>
        <source>The search has %1 terms; at most %2 are allowed.</source>
        <translation>Die Suche hat %1 Begriffe; höchstens %2 sind erlaubt.</translation>
    </message>
    <message>
        <source>The number of entries to list must be between 1 and %1.</source>
        <translation>Die Anzahl der aufzulistenden Einträge muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The list offset cannot be negative.</source>
        <translation>Der Listenversatz darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>No journal attachment with id %1.</source>
        <translation>Kein Tagebuchanhang mit der Nummer %1.</translation>
    </message>
    <message>
        <source>Attachment %1 belongs to a deleted journal entry; restore the entry first.</source>
        <translation>Anhang %1 gehört zu einem gelöschten Tagebucheintrag; stellen Sie zuerst den Eintrag wieder her.</translation>
    </message>
    <message>
        <source>The number of search results must be between 1 and %1.</source>
        <translation>Die Anzahl der Suchergebnisse muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>The search offset cannot be negative.</source>
        <translation>Der Suchversatz darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The keyring file is truncated.</source>
        <translation>Die Schlüsseldatei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The keyring file is not a Carnet keyring or is truncated.</source>
        <translation>Die Schlüsseldatei ist keine Carnet-Schlüsseldatei oder ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The keyring file is damaged (its checksum does not match). The previous copy is kept beside it as keyring.bak.</source>
        <translation>Die Schlüsseldatei ist beschädigt (ihre Prüfsumme stimmt nicht). Die vorige Fassung liegt daneben als keyring.bak.</translation>
    </message>
    <message>
        <source>This vault uses keyring format %1; this Carnet reads format %2. Update Carnet to open it.</source>
        <translation>Dieser Tresor verwendet das Schlüsselformat %1; dieses Carnet liest Format %2. Aktualisieren Sie Carnet, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>This keyring uses features this Carnet does not know.</source>
        <translation>Diese Schlüsseldatei nutzt Funktionen, die dieses Carnet nicht kennt.</translation>
    </message>
    <message>
        <source>The keyring file has the wrong length.</source>
        <translation>Die Schlüsseldatei hat die falsche Länge.</translation>
    </message>
    <message>
        <source>The keyring holds a key slot of unknown type.</source>
        <translation>Die Schlüsseldatei enthält einen Schlüsselplatz unbekannter Art.</translation>
    </message>
    <message>
        <source>The keyring records an impossible database page size.</source>
        <translation>Die Schlüsseldatei nennt eine unmögliche Seitengröße der Datenbank.</translation>
    </message>
    <message>
        <source>The keyring has no passphrase slot.</source>
        <translation>Die Schlüsseldatei hat keinen Platz für die Passphrase.</translation>
    </message>
    <message>
        <source>The keyring&apos;s key-derivation settings are out of range.</source>
        <translation>Die Einstellungen der Schlüsselableitung in der Schlüsseldatei liegen außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>That is not a well-formed recovery code: it has 32 letters and digits in groups of four.</source>
        <translation>Das ist kein gültiger Wiederherstellungscode: Er besteht aus 32 Buchstaben und Ziffern in Vierergruppen.</translation>
    </message>
    <message>
        <source>This vault has no recovery code.</source>
        <translation>Dieser Tresor hat keinen Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>The keyring lists an impossible number of key slots.</source>
        <translation>Die Schlüsseldatei nennt eine unmögliche Anzahl von Schlüsselplätzen.</translation>
    </message>
</context>
<context>
    <name>MediaFile</name>
    <message>
        <source>%1 is %2 MiB; attachments can be at most %3 MiB.</source>
        <translation>%1 ist %2 MiB groß; Anhänge dürfen höchstens %3 MiB groß sein.</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or PDF file; only those can be attached.</source>
        <translation>%1 ist keine JPEG-, PNG- oder PDF-Datei; nur solche lassen sich anhängen.</translation>
    </message>
    <message>
        <source>The JPEG image is damaged or truncated.</source>
        <translation>Das JPEG-Bild ist beschädigt oder abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>Medication</name>
    <message>
        <source>Tablet</source>
        <translation>Tablette</translation>
    </message>
    <message>
        <source>Capsule</source>
        <translation>Kapsel</translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation>Flüssigkeit</translation>
    </message>
    <message>
        <source>Inhaler</source>
        <translation>Inhalator</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Injektion</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Pflaster</translation>
    </message>
    <message>
        <source>Drops</source>
        <translation>Tropfen</translation>
    </message>
    <message>
        <source>Cream</source>
        <translation>Creme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>By mouth</source>
        <translation>Zum Einnehmen</translation>
    </message>
    <message>
        <source>Under the tongue</source>
        <translation>Unter die Zunge</translation>
    </message>
    <message>
        <source>On the skin</source>
        <translation>Auf die Haut</translation>
    </message>
    <message>
        <source>Through the skin (patch)</source>
        <translation>Durch die Haut (Pflaster)</translation>
    </message>
    <message>
        <source>Inhaled</source>
        <translation>Inhalation</translation>
    </message>
    <message>
        <source>In the nose</source>
        <translation>In die Nase</translation>
    </message>
    <message>
        <source>In the eye</source>
        <translation>Ins Auge</translation>
    </message>
    <message>
        <source>In the ear</source>
        <translation>Ins Ohr</translation>
    </message>
    <message>
        <source>Rectal</source>
        <translation>Rektal</translation>
    </message>
    <message>
        <source>Vaginal</source>
        <translation>Vaginal</translation>
    </message>
    <message>
        <source>Under the skin (injection)</source>
        <translation>Unter die Haut (Injektion)</translation>
    </message>
    <message>
        <source>Into a muscle</source>
        <translation>In den Muskel</translation>
    </message>
    <message>
        <source>Into a vein</source>
        <translation>In die Vene</translation>
    </message>
    <message>
        <source>A medication needs a name.</source>
        <translation>Ein Medikament braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Der Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known form; use one of: %2.</source>
        <translation>„%1“ ist keine bekannte Darreichungsform; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known route; use one of: %2.</source>
        <translation>„%1“ ist keine bekannte Art der Anwendung; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>The dose must be more than zero, not %1.</source>
        <translation>Die Dosis muss größer als null sein, nicht %1.</translation>
    </message>
    <message>
        <source>The stop date %1 is before the start date %2.</source>
        <translation>Das Absetzdatum %1 liegt vor dem Startdatum %2.</translation>
    </message>
    <message>
        <source>The number of refills left cannot be negative (%1).</source>
        <translation>Die Zahl der verbleibenden Rezepte darf nicht negativ sein (%1).</translation>
    </message>
</context>
<context>
    <name>MedicationRepository</name>
    <message>
        <source>No medication with id %1.</source>
        <translation>Kein Medikament mit der Nummer %1.</translation>
    </message>
    <message>
        <source>A stop date is needed to stop a medication.</source>
        <translation>Zum Absetzen eines Medikaments ist ein Absetzdatum nötig.</translation>
    </message>
    <message>
        <source>A dose needs the time it was taken or skipped.</source>
        <translation>Eine Dosis braucht die Zeit, zu der sie eingenommen oder übersprungen wurde.</translation>
    </message>
    <message>
        <source>The scheduled time of the dose is not valid.</source>
        <translation>Die geplante Zeit der Dosis ist ungültig.</translation>
    </message>
    <message>
        <source>%1 is in the future; a dose can be recorded once it is taken or skipped.</source>
        <translation>%1 liegt in der Zukunft; eine Dosis lässt sich erfassen, sobald sie eingenommen oder übersprungen ist.</translation>
    </message>
    <message>
        <source>%1 was stopped on %2; no dose can be recorded from that day on.</source>
        <translation>%1 wurde am %2 abgesetzt; ab diesem Tag lässt sich keine Dosis erfassen.</translation>
    </message>
    <message>
        <source>%1 starts on %2; no dose can be recorded before then.</source>
        <translation>%1 beginnt am %2; davor lässt sich keine Dosis erfassen.</translation>
    </message>
    <message>
        <source>The amount taken must be more than zero, not %1.</source>
        <translation>Die eingenommene Menge muss größer als null sein, nicht %1.</translation>
    </message>
    <message>
        <source>%1 is taken as needed; it has no scheduled doses.</source>
        <translation>%1 wird bei Bedarf eingenommen; es hat keine geplanten Dosen.</translation>
    </message>
    <message>
        <source>%1 has no dose scheduled at %2.</source>
        <translation>%1 hat um %2 keine geplante Dosis.</translation>
    </message>
    <message>
        <source>The %1 dose is more than %2 hours ahead; record it closer to the time.</source>
        <translation>Die Dosis um %1 liegt mehr als %2 Stunden in der Zukunft; erfassen Sie sie näher am Zeitpunkt.</translation>
    </message>
    <message>
        <source>The %1 dose of %2 is already recorded as %3.</source>
        <translation>Die Dosis um %1 von %2 ist bereits als %3 erfasst.</translation>
    </message>
    <message>
        <source>A skipped dose needs the time it was scheduled for.</source>
        <translation>Eine übersprungene Dosis braucht die Zeit, für die sie geplant war.</translation>
    </message>
    <message>
        <source>Only a scheduled dose can be late; give the time it was scheduled for.</source>
        <translation>Nur eine geplante Dosis kann verspätet sein; geben Sie die geplante Zeit an.</translation>
    </message>
    <message>
        <source>The span of days for adherence is empty or not valid.</source>
        <translation>Der Zeitraum für die Einnahmetreue ist leer oder ungültig.</translation>
    </message>
    <message>
        <source>The refill look-ahead must be zero or more days.</source>
        <translation>Die Vorschau für das Nachfüllen muss null oder mehr Tage betragen.</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Begonnen %1</translation>
    </message>
    <message>
        <source>Stopped %1</source>
        <translation>Abgesetzt %1</translation>
    </message>
    <message>
        <source>%1 dose</source>
        <translation>Dosis um %1</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>%1 eingenommen</translation>
    </message>
    <message>
        <source>Took %1 late</source>
        <translation>%1 verspätet eingenommen</translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>%1 übersprungen</translation>
    </message>
</context>
<context>
    <name>MedicationSchedule</name>
    <message>
        <source>The schedule needs at least one time of day.</source>
        <translation>Der Plan braucht mindestens eine Uhrzeit.</translation>
    </message>
    <message>
        <source>The schedule has a time of day that is not valid.</source>
        <translation>Der Plan enthält eine ungültige Uhrzeit.</translation>
    </message>
    <message>
        <source>The schedule needs at least one day of the week.</source>
        <translation>Der Plan braucht mindestens einen Wochentag.</translation>
    </message>
    <message>
        <source>%1 is not a day of the week (1 to 7).</source>
        <translation>%1 ist kein Wochentag (1 bis 7).</translation>
    </message>
    <message>
        <source>The interval must be between 1 and %1 hours, not %2.</source>
        <translation>Der Abstand muss zwischen 1 und %1 Stunden liegen, nicht %2.</translation>
    </message>
    <message>
        <source>An every-%1-hours schedule needs the time of its first dose.</source>
        <translation>Ein Plan „alle %1 Stunden“ braucht die Zeit seiner ersten Dosis.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>list of times</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <source>Once a day at %1</source>
        <translation>Einmal täglich um %1</translation>
    </message>
    <message>
        <source>Twice a day at %1</source>
        <translation>Zweimal täglich um %1</translation>
    </message>
    <message>
        <source>%1 times a day at %2</source>
        <translation>%1-mal täglich um %2</translation>
    </message>
    <message>
        <source>Every hour from %1</source>
        <translation>Stündlich ab %1</translation>
    </message>
    <message>
        <source>Every %1 hours from %2</source>
        <translation>Alle %1 Stunden ab %2</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>days at times</comment>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of schedule.</source>
        <translation>„%1“ ist keine Art von Einnahmeplan.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time; use HH:MM.</source>
        <translation>„%1“ ist keine Uhrzeit; verwenden Sie HH:MM.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of the week.</source>
        <translation>„%1“ ist kein Wochentag.</translation>
    </message>
</context>
<context>
    <name>MinisignError</name>
    <message>
        <source>This is not a minisign public key</source>
        <translation>Dies ist kein öffentlicher minisign-Schlüssel</translation>
    </message>
    <message>
        <source>This is not a minisign signature</source>
        <translation>Dies ist keine minisign-Signatur</translation>
    </message>
    <message>
        <source>The signature uses an algorithm Carnet does not support</source>
        <translation>Die Signatur verwendet einen Algorithmus, den Carnet nicht unterstützt</translation>
    </message>
    <message>
        <source>The signature was made with a different key</source>
        <translation>Die Signatur wurde mit einem anderen Schlüssel erstellt</translation>
    </message>
    <message>
        <source>The signature does not match the file: it was altered or is not the signed file</source>
        <translation>Die Signatur passt nicht zur Datei: Sie wurde verändert oder ist nicht die signierte Datei</translation>
    </message>
    <message>
        <source>The signed comment was altered</source>
        <translation>Der signierte Kommentar wurde verändert</translation>
    </message>
    <message>
        <source>The file is too large for its old-style signature to be checked</source>
        <translation>Die Datei ist zu groß, um ihre Signatur im alten Format zu prüfen</translation>
    </message>
    <message>
        <source>The signed data could not be read</source>
        <translation>Die signierten Daten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Unknown signature error</source>
        <translation>Unbekannter Signaturfehler</translation>
    </message>
</context>
<context>
    <name>MinisignPublicKey</name>
    <message>
        <source>expected a comment line and a key line, or a key line</source>
        <translation>erwartet wurde eine Kommentarzeile und eine Schlüsselzeile oder nur eine Schlüsselzeile</translation>
    </message>
    <message>
        <source>the key line is not base64 of 42 bytes</source>
        <translation>die Schlüsselzeile ist kein Base64 von 42 Bytes</translation>
    </message>
    <message>
        <source>signed by key %1, expected key %2</source>
        <translation>signiert mit Schlüssel %1, erwartet war Schlüssel %2</translation>
    </message>
</context>
<context>
    <name>MinisignSignature</name>
    <message>
        <source>a signature file has exactly four lines</source>
        <translation>eine Signaturdatei hat genau vier Zeilen</translation>
    </message>
    <message>
        <source>the comment lines are missing</source>
        <translation>die Kommentarzeilen fehlen</translation>
    </message>
    <message>
        <source>a comment is too long or has a control character</source>
        <translation>ein Kommentar ist zu lang oder enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>the signature line is not base64 of 74 bytes</source>
        <translation>die Signaturzeile ist kein Base64 von 74 Bytes</translation>
    </message>
    <message>
        <source>the trusted comment signature is not base64 of 64 bytes</source>
        <translation>die Signatur des vertrauenswürdigen Kommentars ist kein Base64 von 64 Bytes</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Choose a passphrase of a few unrelated words.</source>
        <translation>Wählen Sie eine Passphrase aus einigen Wörtern, die nichts miteinander zu tun haben.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Add another unrelated word; avoid names, dates and common phrases.</source>
        <translation>Fügen Sie ein weiteres Wort hinzu; vermeiden Sie Namen, Daten und gängige Redewendungen.</translation>
    </message>
    <message>
        <source>Good; one more word would make it strong.</source>
        <translation>Gut; ein weiteres Wort würde sie stark machen.</translation>
    </message>
</context>
<context>
    <name>PeopleActionErrors</name>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Blood type: &apos;%1&apos; is not one of %2</source>
        <translation>Blutgruppe: „%1“ ist keine von %2</translation>
    </message>
    <message>
        <source>Height: %1 cm is not between %2 and %3 cm</source>
        <translation>Größe: %1 cm liegt nicht zwischen %2 und %3 cm</translation>
    </message>
    <message>
        <source>Weight: %1 kg is not between %2 and %3 kg</source>
        <translation>Gewicht: %1 kg liegt nicht zwischen %2 und %3 kg</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Emergency contact: a name is needed</source>
        <translation>Notfallkontakt: Ein Name ist nötig</translation>
    </message>
    <message>
        <source>Emergency contact %1</source>
        <translation>Notfallkontakt %1</translation>
    </message>
</context>
<context>
    <name>PublicKeyText</name>
    <message>
        <source>Age recipient: &apos;%1&apos; does not start with age1</source>
        <translation>age-Empfänger: „%1“ beginnt nicht mit age1</translation>
    </message>
    <message>
        <source>Age recipient: it has %1 characters; an age1… recipient has %2</source>
        <translation>age-Empfänger: Er hat %1 Zeichen; ein age1…-Empfänger hat %2</translation>
    </message>
    <message>
        <source>Age recipient: &apos;%1&apos; has characters outside Bech32 or a wrong checksum (a typo?)</source>
        <translation>age-Empfänger: „%1“ enthält Zeichen außerhalb von Bech32 oder eine falsche Prüfsumme (ein Tippfehler?)</translation>
    </message>
    <message>
        <source>Minisign key: not a minisign public key (56 base64 characters decoding to 42 bytes that start with &quot;Ed&quot;)</source>
        <translation>minisign-Schlüssel: kein öffentlicher minisign-Schlüssel (56 Base64-Zeichen, die 42 Bytes ergeben, beginnend mit &quot;Ed&quot;)</translation>
    </message>
    <message>
        <source>Fingerprint: &apos;%1&apos; is not %2 hexadecimal digits</source>
        <translation>Fingerabdruck: „%1“ besteht nicht aus %2 Hexadezimalziffern</translation>
    </message>
</context>
<context>
    <name>QrCodeImage</name>
    <message>
        <source>A QR code needs 1 to %1 pixels per module, not %2.</source>
        <translation>Ein QR-Code braucht 1 bis %1 Pixel pro Modul, nicht %2.</translation>
    </message>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>Es gibt keinen Inhalt für den QR-Code.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code: %1 bytes, at most %2 fit.</source>
        <translation>Der Text ist zu lang für einen QR-Code: %1 Bytes, höchstens %2 passen hinein.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation>Der Text ist zu lang für einen QR-Code (%1 Bytes).</translation>
    </message>
    <message>
        <source>The QR code could not be made: %1</source>
        <translation>Der QR-Code konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>ReceivedShareStore</name>
    <message>
        <source>No received share with id %1.</source>
        <translation>Keine erhaltene Freigabe mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The share&apos;s signer key does not match its fingerprint.</source>
        <translation>Der Signaturschlüssel der Freigabe passt nicht zu ihrem Fingerabdruck.</translation>
    </message>
    <message>
        <source>The share&apos;s bundle does not verify: %1</source>
        <translation>Das Bundle der Freigabe lässt sich nicht bestätigen: %1</translation>
    </message>
    <message>
        <source>This share holds no verified bundle to keep.</source>
        <translation>Diese Freigabe enthält kein geprüftes Bundle zum Aufbewahren.</translation>
    </message>
    <message>
        <source>The share&apos;s bundle was signed for another export than the one opened.</source>
        <translation>Das Bundle der Freigabe wurde für einen anderen Export signiert als den geöffneten.</translation>
    </message>
</context>
<context>
    <name>ReceivingVault</name>
    <message>
        <source>this vault</source>
        <translation>dieser Tresor</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>%1: unknown value &apos;%2&apos; (use %3)</source>
        <translation>%1: unbekannter Wert „%2“ (verwenden Sie %3)</translation>
    </message>
    <message>
        <source>%1: %2 is too far in the past</source>
        <translation>%1: %2 liegt zu weit in der Vergangenheit</translation>
    </message>
    <message>
        <source>%1: %2 is in the future</source>
        <translation>%1: %2 liegt in der Zukunft</translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4)</source>
        <translation>%1 (%2) liegt vor %3 (%4)</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>No record with id %1.</source>
        <translation>Kein Eintrag mit der Nummer %1.</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>Kein Eintrag der Art %1 mit der Nummer %2.</translation>
    </message>
    <message>
        <source>The %1 with id %2 was deleted.</source>
        <translation>Der Eintrag der Art %1 mit der Nummer %2 wurde gelöscht.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>RecurrencePattern</name>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Jeden Tag</numerusform>
            <numerusform>Alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Jede Woche</numerusform>
            <numerusform>Alle %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Jeden Monat</numerusform>
            <numerusform>Alle %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <translation>
            <numerusform>Jedes Jahr</numerusform>
            <numerusform>Alle %n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>%1, once</source>
        <translation>%1, einmal</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times</source>
        <translation>
            <numerusform>%1, %n-mal</numerusform>
            <numerusform>%1, %n-mal</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, bis %2</translation>
    </message>
</context>
<context>
    <name>RecurrenceRule</name>
    <message>
        <source>The recurrence rule is empty.</source>
        <translation>Die Wiederholungsregel ist leer.</translation>
    </message>
    <message>
        <source>In the recurrence rule, &apos;%1&apos; is not of the form NAME=VALUE.</source>
        <translation>In der Wiederholungsregel hat „%1“ nicht die Form NAME=WERT.</translation>
    </message>
    <message>
        <source>The recurrence rule part %1 is not supported.</source>
        <translation>Der Regelteil %1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>In the recurrence rule, %1 has no value.</source>
        <translation>In der Wiederholungsregel hat %1 keinen Wert.</translation>
    </message>
    <message>
        <source>The recurrence rule gives %1 more than once.</source>
        <translation>Die Wiederholungsregel gibt %1 mehr als einmal an.</translation>
    </message>
    <message>
        <source>The recurrence rule has no FREQ (for example FREQ=WEEKLY).</source>
        <translation>Die Wiederholungsregel hat kein FREQ (zum Beispiel FREQ=WEEKLY).</translation>
    </message>
    <message>
        <source>In the recurrence rule, FREQ=%1 is not a frequency; use DAILY, WEEKLY, MONTHLY, YEARLY, HOURLY, MINUTELY or SECONDLY.</source>
        <translation>In der Wiederholungsregel ist FREQ=%1 keine Häufigkeit; verwenden Sie DAILY, WEEKLY, MONTHLY, YEARLY, HOURLY, MINUTELY oder SECONDLY.</translation>
    </message>
    <message>
        <source>The recurrence rule has both COUNT and UNTIL; RFC 5545 allows only one of them.</source>
        <translation>Die Wiederholungsregel hat COUNT und UNTIL; RFC 5545 erlaubt nur eines davon.</translation>
    </message>
    <message>
        <source>In the recurrence rule, %1 is not a valid value.</source>
        <translation>In der Wiederholungsregel ist %1 kein gültiger Wert.</translation>
    </message>
    <message>
        <source>The recurrence rule %1 is not valid RFC 5545.</source>
        <translation>Die Wiederholungsregel %1 ist kein gültiges RFC 5545.</translation>
    </message>
    <message>
        <source>In the recurrence rule, BYMONTH may only name months 1 to 12.</source>
        <translation>In der Wiederholungsregel darf BYMONTH nur die Monate 1 bis 12 nennen.</translation>
    </message>
    <message>
        <source>A rule repeating %1 can only be narrowed with BYHOUR, BYMINUTE, BYSECOND and BYDAY, not with %2.</source>
        <translation>Eine Regel mit Wiederholung %1 lässt sich nur mit BYHOUR, BYMINUTE, BYSECOND und BYDAY einschränken, nicht mit %2.</translation>
    </message>
    <message>
        <source>A rule repeating %1 cannot use numbered weekdays in BYDAY (such as 1MO).</source>
        <translation>Eine Regel mit Wiederholung %1 kann in BYDAY keine nummerierten Wochentage (wie 1MO) verwenden.</translation>
    </message>
    <message>
        <source>The recurrence rule ends (UNTIL %1) before the appointment starts (%2).</source>
        <translation>Die Wiederholungsregel endet (UNTIL %1), bevor der Termin beginnt (%2).</translation>
    </message>
    <message>
        <source>The recurrence rule %1 combines parts that RFC 5545 does not allow together.</source>
        <translation>Die Wiederholungsregel %1 kombiniert Teile, die RFC 5545 nicht zusammen erlaubt.</translation>
    </message>
    <message>
        <source>The recurrence rule %1 never produces a date.</source>
        <translation>Die Wiederholungsregel %1 ergibt nie ein Datum.</translation>
    </message>
</context>
<context>
    <name>ReminderLead</name>
    <message>
        <source>At the start</source>
        <translation>Zu Beginn</translation>
    </message>
    <message>
        <source>1 minute before</source>
        <translation>1 Minute vorher</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes before</source>
        <translation>
            <numerusform>%n Minute vorher</numerusform>
            <numerusform>%n Minuten vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 Stunde vorher</translation>
    </message>
    <message numerus="yes">
        <source>%n hours before</source>
        <translation>
            <numerusform>%n Stunde vorher</numerusform>
            <numerusform>%n Stunden vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 Tag vorher</translation>
    </message>
    <message numerus="yes">
        <source>%n days before</source>
        <translation>
            <numerusform>%n Tag vorher</numerusform>
            <numerusform>%n Tage vorher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareContent</name>
    <message>
        <source>Record %1 has no identifier.</source>
        <translation>Eintrag %1 hat keine Kennung.</translation>
    </message>
    <message>
        <source>Choose journal entries either by id or by tag and dates, not both.</source>
        <translation>Wählen Sie Tagebucheinträge entweder nach Nummer oder nach Schlagwort und Datum, nicht beides.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag.</source>
        <translation>„%1“ ist kein Schlagwort.</translation>
    </message>
    <message>
        <source>The end of the date range is before its start.</source>
        <translation>Das Ende des Zeitraums liegt vor seinem Beginn.</translation>
    </message>
    <message>
        <source>Nothing to share: the selection holds no record.</source>
        <translation>Nichts zu teilen: Die Auswahl enthält keinen Eintrag.</translation>
    </message>
</context>
<context>
    <name>ShareDraft</name>
    <message>
        <source>The key is empty.</source>
        <translation>Der Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>This is a secret key (AGE-SECRET-KEY-…): it must never be shared, not even with Carnet. Ask the recipient for their public key, which starts with age1.</source>
        <translation>Dies ist ein geheimer Schlüssel (AGE-SECRET-KEY-…): Er darf niemals weitergegeben werden, auch nicht an Carnet. Bitten Sie den Empfänger um seinen öffentlichen Schlüssel, der mit age1 beginnt.</translation>
    </message>
    <message>
        <source>This is an SSH key; Carnet shares only to age keys, which start with age1.</source>
        <translation>Dies ist ein SSH-Schlüssel; Carnet teilt nur mit age-Schlüsseln, die mit age1 beginnen.</translation>
    </message>
    <message>
        <source>This looks like a minisign key (for checking signatures), not an age key. Paste the key that starts with age1.</source>
        <translation>Dies sieht nach einem minisign-Schlüssel aus (zum Prüfen von Signaturen), nicht nach einem age-Schlüssel. Fügen Sie den Schlüssel ein, der mit age1 beginnt.</translation>
    </message>
    <message>
        <source>An age key starts with age1; this text starts with “%1”.</source>
        <translation>Ein age-Schlüssel beginnt mit age1; dieser Text beginnt mit „%1“.</translation>
    </message>
    <message>
        <source>The key mixes upper-case and lower-case letters, which no age key does: copy it again.</source>
        <translation>Der Schlüssel mischt Groß- und Kleinbuchstaben, was bei keinem age-Schlüssel vorkommt: Kopieren Sie ihn noch einmal.</translation>
    </message>
    <message>
        <source>The key has a space in it: paste one key at a time, without line breaks.</source>
        <translation>Der Schlüssel enthält ein Leerzeichen: Fügen Sie jeweils einen Schlüssel ein, ohne Zeilenumbrüche.</translation>
    </message>
    <message>
        <source>The key contains “%1”, which cannot appear in an age key (after age1 there are no 1, b, i or o): check for a typo.</source>
        <translation>Der Schlüssel enthält „%1“, was in einem age-Schlüssel nicht vorkommen kann (nach age1 gibt es kein 1, b, i oder o): Prüfen Sie ihn auf Tippfehler.</translation>
    </message>
    <message>
        <source>An age key is %1 characters long; this one has %2. Check that it was copied whole.</source>
        <translation>Ein age-Schlüssel ist %1 Zeichen lang; dieser hat %2. Prüfen Sie, ob er vollständig kopiert wurde.</translation>
    </message>
    <message>
        <source>This key has a typo somewhere: its checksum does not match. Copy it again from the recipient.</source>
        <translation>Dieser Schlüssel enthält irgendwo einen Tippfehler: Seine Prüfsumme stimmt nicht. Kopieren Sie ihn noch einmal vom Empfänger.</translation>
    </message>
    <message>
        <source>Key %1: %2</source>
        <translation>Schlüssel %1: %2</translation>
    </message>
    <message>
        <source>Choose who can open the share: a care-team member, a pasted age key, or a one-time passphrase.</source>
        <translation>Wählen Sie, wer die Freigabe öffnen kann: ein Mitglied des Behandlungsteams, ein eingefügter age-Schlüssel oder eine Einmal-Passphrase.</translation>
    </message>
    <message>
        <source>A share can have at most %1 recipients.</source>
        <translation>Eine Freigabe kann höchstens %1 Empfänger haben.</translation>
    </message>
    <message>
        <source>Anyone with the one-time passphrase shown after saving</source>
        <translation>Alle, die die nach dem Speichern angezeigte Einmal-Passphrase haben</translation>
    </message>
    <message>
        <source>%1 · key fingerprint %2</source>
        <translation>%1 · Schlüssel-Fingerabdruck %2</translation>
    </message>
    <message>
        <source>Choose what to share first.</source>
        <translation>Wählen Sie zuerst, was geteilt werden soll.</translation>
    </message>
</context>
<context>
    <name>ShareManifest</name>
    <message>
        <source>The package&apos;s signed description is invalid: %1</source>
        <translation>Die signierte Beschreibung des Pakets ist ungültig: %1</translation>
    </message>
    <message>
        <source>Too many recipients for one package.</source>
        <translation>Zu viele Empfänger für ein Paket.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no format version</source>
        <translation>keine Formatversion</translation>
    </message>
    <message>
        <source>This package uses format %1; this version of Carnet reads format %2 only.</source>
        <translation>Dieses Paket verwendet Format %1; diese Version von Carnet liest nur Format %2.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>bad export id</source>
        <translation>ungültige Export-ID</translation>
    </message>
    <message>
        <source>bad creation time</source>
        <translation>ungültige Erstellungszeit</translation>
    </message>
    <message>
        <source>bad signer fingerprint</source>
        <translation>ungültiger Fingerabdruck des Unterzeichners</translation>
    </message>
    <message>
        <source>no recipients</source>
        <translation>keine Empfänger</translation>
    </message>
    <message>
        <source>bad recipient fingerprint</source>
        <translation>ungültiger Fingerabdruck eines Empfängers</translation>
    </message>
    <message>
        <source>bad item count</source>
        <translation>ungültige Anzahl der Einträge</translation>
    </message>
    <message>
        <source>the signature of %1 was made for another file</source>
        <translation>die Signatur von %1 wurde für eine andere Datei erstellt</translation>
    </message>
</context>
<context>
    <name>SharePackageReader</name>
    <message>
        <source>The signature of %1 does not verify: %2</source>
        <translation>Die Signatur von %1 lässt sich nicht bestätigen: %2</translation>
    </message>
    <message>
        <source>Cannot decrypt the package: %1</source>
        <translation>Das Paket kann nicht entschlüsselt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a share package.</source>
        <translation>%1 ist zu groß für ein Freigabepaket.</translation>
    </message>
    <message>
        <source>No key or passphrase was given to open the package.</source>
        <translation>Zum Öffnen des Pakets wurde kein Schlüssel und keine Passphrase angegeben.</translation>
    </message>
    <message>
        <source>The file is too large to be a share package.</source>
        <translation>Die Datei ist zu groß für ein Freigabepaket.</translation>
    </message>
    <message>
        <source>The package holds an unexpected file, &quot;%1&quot;.</source>
        <translation>Das Paket enthält eine unerwartete Datei, „%1“.</translation>
    </message>
    <message>
        <source>The package lacks %1.</source>
        <translation>Im Paket fehlt %1.</translation>
    </message>
    <message>
        <source>The package&apos;s signer.pub is not a minisign public key.</source>
        <translation>Die signer.pub des Pakets ist kein öffentlicher minisign-Schlüssel.</translation>
    </message>
    <message>
        <source>The package was signed with another key than the one expected (its fingerprint is %1).</source>
        <translation>Das Paket wurde mit einem anderen als dem erwarteten Schlüssel signiert (sein Fingerabdruck ist %1).</translation>
    </message>
    <message>
        <source>The signature of %1 is not a prehashed (ED) minisign signature.</source>
        <translation>Die Signatur von %1 ist keine vorab gehashte (ED) minisign-Signatur.</translation>
    </message>
    <message>
        <source>The package&apos;s signatures describe different exports.</source>
        <translation>Die Signaturen des Pakets beschreiben verschiedene Exporte.</translation>
    </message>
    <message>
        <source>The package names a signer other than the key that signed it.</source>
        <translation>Das Paket nennt einen anderen Unterzeichner als den Schlüssel, der es signiert hat.</translation>
    </message>
    <message>
        <source>The package holds %1 records but its signatures say %2.</source>
        <translation>Das Paket enthält %1 Einträge, aber seine Signaturen nennen %2.</translation>
    </message>
    <message>
        <source>The bundle&apos;s provenance names another signer.</source>
        <translation>Die Provenance des Bundles nennt einen anderen Unterzeichner.</translation>
    </message>
</context>
<context>
    <name>SharePackageWriter</name>
    <message>
        <source>A share needs at least one recipient.</source>
        <translation>Eine Freigabe braucht mindestens einen Empfänger.</translation>
    </message>
    <message>
        <source>A share can have at most %1 recipients.</source>
        <translation>Eine Freigabe kann höchstens %1 Empfänger haben.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <source>one-time passphrase</source>
        <translation>Einmal-Passphrase</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ShareReadme</name>
    <message>
        <source>Carnet share package</source>
        <translation>Carnet-Freigabepaket</translation>
    </message>
    <message>
        <source>A patient exported these files from Carnet, a personal health record, on %1
(export id %2). They were encrypted with age and signed with minisign: only `age` and
`minisign` are needed to open and check them.

</source>
        <translation>Ein Patient hat diese Dateien am %1 aus Carnet, einer persönlichen Gesundheitsakte, exportiert
(Export-ID %2). Sie wurden mit age verschlüsselt und mit minisign signiert: Zum Öffnen und Prüfen
werden nur `age` und `minisign` benötigt.

</translation>
    </message>
    <message>
        <source>Files
-----
</source>
        <translation>Dateien
-------
</translation>
    </message>
    <message>
        <source>the records: a FHIR R4 Bundle of type &quot;document&quot; (JSON)</source>
        <translation>die Einträge: ein FHIR-R4-Bundle vom Typ &quot;document&quot; (JSON)</translation>
    </message>
    <message>
        <source>the same records as a web page, for any browser</source>
        <translation>dieselben Einträge als Webseite, für jeden Browser</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>diese Datei</translation>
    </message>
    <message>
        <source>the minisign public key that signed them</source>
        <translation>der öffentliche minisign-Schlüssel, mit dem sie signiert wurden</translation>
    </message>
    <message>
        <source>one minisign signature for each file above</source>
        <translation>je eine minisign-Signatur für jede der obigen Dateien</translation>
    </message>
    <message>
        <source>1. Decrypt
----------
</source>
        <translation>1. Entschlüsseln
----------------
</translation>
    </message>
    <message>
        <source>This package was encrypted to a one-time passphrase; the patient gave it to you separately.
age asks for it:

    age -d -o share.tar %1

</source>
        <translation>Dieses Paket wurde mit einer Einmal-Passphrase verschlüsselt; der Patient hat sie Ihnen getrennt gegeben.
age fragt danach:

    age -d -o share.tar %1

</translation>
    </message>
    <message>
        <source>This package was encrypted to your age key. With your identity file (key.txt, from age-keygen):

    age -d -i key.txt -o share.tar %1

</source>
        <translation>Dieses Paket wurde mit Ihrem age-Schlüssel verschlüsselt. Mit Ihrer Identitätsdatei (key.txt, aus age-keygen):

    age -d -i key.txt -o share.tar %1

</translation>
    </message>
    <message>
        <source>Then unpack it into a new folder:

    mkdir share &amp;&amp; tar -xf share.tar -C share &amp;&amp; cd share

</source>
        <translation>Dann in einen neuen Ordner entpacken:

    mkdir share &amp;&amp; tar -xf share.tar -C share &amp;&amp; cd share

</translation>
    </message>
    <message>
        <source>Carnet does this and every check below in one step:

    carnet-cli share open %1 %2

</source>
        <translation>Carnet erledigt das und alle folgenden Prüfungen in einem Schritt:

    carnet-cli share open %1 %2

</translation>
    </message>
    <message>
        <source>2. Verify
---------
</source>
        <translation>2. Prüfen
---------
</translation>
    </message>
    <message>
        <source>Each file must verify with the patient&apos;s key; minisign then prints the same trusted comment for all:

</source>
        <translation>Jede Datei muss sich mit dem Schlüssel des Patienten prüfen lassen; minisign gibt dann für alle denselben vertrauenswürdigen Kommentar aus:

</translation>
    </message>
    <message>
        <source>Signer&apos;s minisign public key:  %1
</source>
        <translation>Öffentlicher minisign-Schlüssel des Unterzeichners:  %1
</translation>
    </message>
    <message>
        <source>Signer&apos;s minisign key id:      %1
</source>
        <translation>minisign-Schlüssel-ID des Unterzeichners:           %1
</translation>
    </message>
    <message>
        <source>Signer&apos;s Carnet fingerprint:   %1

</source>
        <translation>Carnet-Fingerabdruck des Unterzeichners:            %1

</translation>
    </message>
    <message>
        <source>The key above came inside this package: it proves that the files were not changed after they were
signed, not who signed them. Compare it (or the fingerprint) with the one the patient gave you, or
verify with the key you already hold for them. In Carnet the patient finds both under their
identity (`carnet-cli identity show VAULT`).

</source>
        <translation>Der obige Schlüssel lag diesem Paket bei: Er beweist, dass die Dateien nach dem Signieren nicht
verändert wurden, nicht aber, wer sie signiert hat. Vergleichen Sie ihn (oder den Fingerabdruck) mit dem,
den Ihnen der Patient gegeben hat, oder prüfen Sie mit dem Schlüssel, den Sie bereits von ihm haben.
In Carnet findet der Patient beides unter seiner Identität (`carnet-cli identity show VAULT`).

</translation>
    </message>
    <message>
        <source>The trusted comment is one line of JSON: format version, export id, creation time (UTC), the signer&apos;s
fingerprint, the recipients&apos; fingerprints (or &quot;passphrase&quot;), the number of shared records, and
the file it covers.
</source>
        <translation>Der vertrauenswürdige Kommentar ist eine JSON-Zeile: Formatversion, Export-ID, Erstellungszeit (UTC),
Fingerabdruck des Unterzeichners, Fingerabdrücke der Empfänger (oder &quot;passphrase&quot;), Anzahl der
geteilten Einträge und die Datei, die er abdeckt.
</translation>
    </message>
</context>
<context>
    <name>ShareRecipient</name>
    <message>
        <source>&apos;%1&apos; is not an age recipient (a key that starts with age1).</source>
        <translation>„%1“ ist kein age-Empfänger (ein Schlüssel, der mit age1 beginnt).</translation>
    </message>
    <message>
        <source>%1 has no age recipient key in the care team; add one before sharing with them.</source>
        <translation>%1 hat im Behandlungsteam keinen age-Empfängerschlüssel; fügen Sie einen hinzu, bevor Sie mit der Person teilen.</translation>
    </message>
    <message>
        <source>%1 (care team)</source>
        <translation>%1 (Behandlungsteam)</translation>
    </message>
</context>
<context>
    <name>ShareSummaryPage</name>
    <message>
        <source>a patient</source>
        <translation>ein Patient</translation>
    </message>
    <message>
        <source>Health record shared by %1</source>
        <translation>Gesundheitsakte, geteilt von %1</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Geboren %1</translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation>Geschlecht: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportiert %1</translation>
    </message>
    <message>
        <source>Shared records: %1</source>
        <translation>Geteilte Einträge: %1</translation>
    </message>
    <message>
        <source>Signed by the vault key with fingerprint</source>
        <translation>Signiert mit dem Tresorschlüssel mit dem Fingerabdruck</translation>
    </message>
    <message>
        <source>Export id</source>
        <translation>Export-ID</translation>
    </message>
    <message>
        <source>This page is a copy for reading. The signed record is bundle.json; README.txt says how to check its signature.</source>
        <translation>Diese Seite ist eine Lesekopie. Der signierte Datensatz ist bundle.json; README.txt erklärt, wie man seine Signatur prüft.</translation>
    </message>
    <message>
        <source>Journal entries (%1)</source>
        <translation>Tagebucheinträge (%1)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Medications (%1)</source>
        <translation>Medikamente (%1)</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Dose and schedule</source>
        <translation>Dosis und Einnahmeplan</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Art der Anwendung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Insurance (%1)</source>
        <translation>Versicherung (%1)</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Kostenträger</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>Versichertennummer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Hauptversicherte Person</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Appointments (%1)</source>
        <translation>Termine (%1)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>TarArchive</name>
    <message>
        <source>Could not start the archive: %1</source>
        <translation>Das Archiv konnte nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Refusing to write the member &quot;%1&quot;.</source>
        <translation>Das Element „%1“ wird nicht geschrieben.</translation>
    </message>
    <message>
        <source>Could not add %1 to the archive: %2</source>
        <translation>%1 konnte dem Archiv nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Could not finish the archive: %1</source>
        <translation>Das Archiv konnte nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>The package&apos;s contents are not a valid archive.</source>
        <translation>Der Inhalt des Pakets ist kein gültiges Archiv.</translation>
    </message>
    <message>
        <source>The package&apos;s archive is damaged: %1</source>
        <translation>Das Archiv des Pakets ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The package contains &quot;%1&quot;, which is not a plain file.</source>
        <translation>Das Paket enthält „%1“, das keine gewöhnliche Datei ist.</translation>
    </message>
    <message>
        <source>The package contains the unsafe path &quot;%1&quot;.</source>
        <translation>Das Paket enthält den unsicheren Pfad „%1“.</translation>
    </message>
    <message>
        <source>The package contains &quot;%1&quot; twice.</source>
        <translation>Das Paket enthält „%1“ zweimal.</translation>
    </message>
    <message>
        <source>The package contains too many files.</source>
        <translation>Das Paket enthält zu viele Dateien.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the package is too large.</source>
        <translation>„%1“ im Paket ist zu groß.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the package is truncated.</source>
        <translation>„%1“ im Paket ist abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>UpcomingReminders</name>
    <message>
        <source>%1, due %2</source>
        <translation>%1, fällig um %2</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>records.db is damaged or does not belong to this keyring (%1).</source>
        <translation>records.db ist beschädigt oder gehört nicht zu dieser Schlüsseldatei (%1).</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not completed and nothing was changed.</source>
        <translation>Der Datenträger ist voll: %1 wurde nicht abgeschlossen, und nichts wurde verändert.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>Die Passphrase muss mindestens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>Unter %1 gibt es keinen Tresor.</translation>
    </message>
    <message>
        <source>%1 is not a Carnet vault: it has no keyring file.</source>
        <translation>%1 ist kein Carnet-Tresor: Es gibt keine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Cannot read the keyring: %1</source>
        <translation>Die Schlüsseldatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>records.db is missing from the vault, although its keyring is there. Carnet will not start a new, empty vault in its place; restore records.db from a backup.</source>
        <translation>records.db fehlt im Tresor, obwohl seine Schlüsseldatei vorhanden ist. Carnet legt an seiner Stelle keinen neuen, leeren Tresor an; stellen Sie records.db aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>records.db is empty, although the vault&apos;s keyring is there. Carnet will not start a new, empty vault in its place; restore records.db from a backup.</source>
        <translation>records.db ist leer, obwohl die Schlüsseldatei des Tresors vorhanden ist. Carnet legt an seiner Stelle keinen neuen, leeren Tresor an; stellen Sie records.db aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key-derivation settings are below Carnet&apos;s minimum.</source>
        <translation>Die Einstellungen der Schlüsselableitung liegen unter dem Mindestmaß von Carnet.</translation>
    </message>
    <message>
        <source>%1 already holds a Carnet vault.</source>
        <translation>In %1 liegt bereits ein Carnet-Tresor.</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new or empty folder for the vault.</source>
        <translation>%1 ist nicht leer; wählen Sie einen neuen oder leeren Ordner für den Tresor.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Das Anlegen des Tresors</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Falsche Passphrase.</translation>
    </message>
    <message>
        <source>Wrong recovery code.</source>
        <translation>Falscher Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>The vault was not opened with its recovery code.</source>
        <translation>Der Tresor wurde nicht mit seinem Wiederherstellungscode geöffnet.</translation>
    </message>
    <message>
        <source>new passphrase and recovery code set</source>
        <translation>neue Passphrase und neuer Wiederherstellungscode gesetzt</translation>
    </message>
    <message>
        <source>records.db belongs to a different vault than this keyring.</source>
        <translation>records.db gehört zu einem anderen Tresor als diese Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Opening records.db</source>
        <translation>Das Öffnen von records.db</translation>
    </message>
    <message>
        <source>The vault&apos;s audit key is damaged.</source>
        <translation>Der Protokollschlüssel des Tresors ist beschädigt.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>Set a new passphrase before using the vault.</source>
        <translation>Legen Sie eine neue Passphrase fest, bevor Sie den Tresor verwenden.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>Die aktuelle Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Das Ändern der Passphrase</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>Die Passphrase ist falsch.</translation>
    </message>
    <message>
        <source>Rotating the data key</source>
        <translation>Das Erneuern des Datenschlüssels</translation>
    </message>
</context>
<context>
    <name>VaultIdentity</name>
    <message>
        <source>This vault has no identity keys.</source>
        <translation>Dieser Tresor hat keine Identitätsschlüssel.</translation>
    </message>
    <message>
        <source>This vault&apos;s identity keys are damaged.</source>
        <translation>Die Identitätsschlüssel dieses Tresors sind beschädigt.</translation>
    </message>
</context>
<context>
    <name>VaultLock</name>
    <message>
        <source>The vault is in use by another Carnet process (PID %1). Close it there first.</source>
        <translation>Der Tresor wird von einem anderen Carnet-Prozess verwendet (PID %1). Schließen Sie ihn zuerst dort.</translation>
    </message>
    <message>
        <source>Cannot create the lock file in %1: permission denied.</source>
        <translation>Die Sperrdatei in %1 kann nicht angelegt werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>Cannot lock the vault in %1.</source>
        <translation>Der Tresor in %1 kann nicht gesperrt werden.</translation>
    </message>
</context>
<context>
    <name>carnet::ActivityPage</name>
    <message>
        <source>&lt;h2&gt;Activity&lt;/h2&gt;&lt;p&gt;Every unlock, lock, failed attempt and key change of this vault. The log is chained so that an edited or removed entry shows.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aktivität&lt;/h2&gt;&lt;p&gt;Jedes Entsperren, Sperren, jeder Fehlversuch und jede Schlüsseländerung dieses Tresors. Das Protokoll ist verkettet, sodass ein geänderter oder entfernter Eintrag auffällt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>Protokoll &amp;prüfen</translation>
    </message>
    <message numerus="yes">
        <source>The log verifies: %n entries, none altered or removed.</source>
        <translation>
            <numerusform>Das Protokoll ist in Ordnung: %n Eintrag, nichts verändert oder entfernt.</numerusform>
            <numerusform>Das Protokoll ist in Ordnung: %n Einträge, nichts verändert oder entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log does not verify: %1</source>
        <translation>Das Protokoll ist nicht in Ordnung: %1</translation>
    </message>
</context>
<context>
    <name>carnet::AdherenceChart</name>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Adherence chart</source>
        <translation>Einnahmetreue-Diagramm</translation>
    </message>
    <message>
        <source>No scheduled doses in this period</source>
        <translation>Keine geplanten Dosen in diesem Zeitraum</translation>
    </message>
    <message>
        <source>%1: taken as needed, no scheduled doses</source>
        <translation>%1: bei Bedarf eingenommen, keine geplanten Dosen</translation>
    </message>
    <message>
        <source>%1: no doses due yet</source>
        <translation>%1: noch keine Dosen fällig</translation>
    </message>
    <message>
        <source>%1: %2 taken</source>
        <translation>%1: %2 eingenommen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Taken: %1 of %2 due (%3 of them late)</source>
        <translation>Eingenommen: %1 von %2 fälligen (%3 davon verspätet)</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Versäumt: %1</translation>
    </message>
    <message>
        <source>Still to come: %1</source>
        <translation>Noch ausstehend: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no share yet</comment>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>carnet::AdherencePanel</name>
    <message>
        <source>Doses taken as scheduled</source>
        <translation>Planmäßig eingenommene Dosen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Letzter Tag</numerusform>
            <numerusform>Letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Einnahmetreue</translation>
    </message>
</context>
<context>
    <name>carnet::AgeArmorReader</name>
    <message>
        <source>an armor line is longer than 64 columns</source>
        <translation>eine Armor-Zeile ist länger als 64 Spalten</translation>
    </message>
    <message>
        <source>the armor does not start with its begin line</source>
        <translation>die Armor beginnt nicht mit ihrer Anfangszeile</translation>
    </message>
    <message>
        <source>the armor has no data</source>
        <translation>die Armor enthält keine Daten</translation>
    </message>
    <message>
        <source>there is data after the end of the armor</source>
        <translation>nach dem Ende der Armor folgen noch Daten</translation>
    </message>
    <message>
        <source>the armor ends without its end line</source>
        <translation>die Armor endet ohne ihre Endzeile</translation>
    </message>
    <message>
        <source>a short or padded armor line is not the last one</source>
        <translation>eine kurze oder aufgefüllte Armor-Zeile ist nicht die letzte</translation>
    </message>
    <message>
        <source>an armor line has the wrong length</source>
        <translation>eine Armor-Zeile hat die falsche Länge</translation>
    </message>
    <message>
        <source>an armor line is not canonical base64</source>
        <translation>eine Armor-Zeile ist kein kanonisches Base64</translation>
    </message>
</context>
<context>
    <name>carnet::AgendaDelegate</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>carnet::AgendaModel</name>
    <message>
        <source>Today, %1</source>
        <translation>Heute, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Morgen, %1</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Doses: %1</source>
        <translation>Dosen: %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1  %2, %3</source>
        <translation>%1  %2, %3</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>carnet::AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>carnet::AllergyEditorDialog</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Risk of a future reaction</source>
        <translation>Risiko einer künftigen Reaktion</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New allergy</source>
        <translation>Neue Allergie</translation>
    </message>
    <message>
        <source>Edit allergy</source>
        <translation>Allergie bearbeiten</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>What it is to: penicillin, peanuts, cat dander</source>
        <translation>Wogegen: Penicillin, Erdnüsse, Katzenhaare</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>What happens: hives, swelling, anaphylaxis</source>
        <translation>Was passiert: Nesselsucht, Schwellung, Anaphylaxie</translation>
    </message>
    <message>
        <source>How likely a future reaction is to be life-threatening</source>
        <translation>Wie wahrscheinlich eine künftige Reaktion lebensbedrohlich ist</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation>&amp;Auslöser:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation>&amp;Reaktion:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Sch&amp;weregrad:</translation>
    </message>
    <message>
        <source>Risk of a &amp;future reaction:</source>
        <translation>Risiko einer künftigen R&amp;eaktion:</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>carnet::AllergyListModel</name>
    <message>
        <source>Substance</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>carnet::AllergyPanel</name>
    <message>
        <source>Allergies and intolerances, active ones first. Those with a severe reaction or a high risk of one are marked ⚠.</source>
        <translation>Allergien und Unverträglichkeiten, aktive zuerst. Solche mit schwerer Reaktion oder hohem Risiko dafür sind mit ⚠ markiert.</translation>
    </message>
    <message>
        <source>No allergies recorded. Add one with “New allergy” (Ctrl+N); if you have none, you can leave this list empty.</source>
        <translation>Keine Allergien erfasst. Fügen Sie eine mit „Neue Allergie“ (Ctrl+N) hinzu; wenn Sie keine haben, kann diese Liste leer bleiben.</translation>
    </message>
    <message>
        <source>&amp;New allergy…</source>
        <translation>&amp;Neue Allergie …</translation>
    </message>
    <message>
        <source>Delete allergy</source>
        <translation>Allergie löschen</translation>
    </message>
    <message>
        <source>Delete the allergy to “%1”?

It moves to the deleted allergies, where you can restore it.</source>
        <translation>Die Allergie gegen „%1“ löschen?

Sie wird zu den gelöschten Allergien verschoben, wo Sie sie wiederherstellen können.</translation>
    </message>
    <message>
        <source>Deleted a&amp;llergies…</source>
        <translation>Gelöschte A&amp;llergien …</translation>
    </message>
    <message>
        <source>Deleted allergies</source>
        <translation>Gelöschte Allergien</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>New allergy</source>
        <translation>Neue Allergie</translation>
    </message>
    <message>
        <source>Edit allergy</source>
        <translation>Allergie bearbeiten</translation>
    </message>
</context>
<context>
    <name>carnet::AllergySeverityMarking</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>⚠ High risk</source>
        <translation>⚠ Hohes Risiko</translation>
    </message>
    <message>
        <source>⚠ %1, high risk</source>
        <translation>⚠ %1, hohes Risiko</translation>
    </message>
    <message>
        <source>Severe reaction</source>
        <translation>Schwere Reaktion</translation>
    </message>
    <message>
        <source>High risk of a severe reaction</source>
        <translation>Hohes Risiko einer schweren Reaktion</translation>
    </message>
</context>
<context>
    <name>carnet::AppointmentEditorDialog</name>
    <message>
        <source>A&amp;ll day</source>
        <translation>&amp;Ganztägig</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;auer:</translation>
    </message>
    <message>
        <source>Edit Appointment</source>
        <translation>Termin bearbeiten</translation>
    </message>
    <message>
        <source>New Appointment</source>
        <translation>Neuer Termin</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Changes apply to every date of this series.</source>
        <translation>Änderungen gelten für jeden Termin dieser Serie.</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Erinnerungen:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Reminders and &amp;notes</source>
        <translation>Erinnerungen und &amp;Notizen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Required, e.g. Dermatology check-up</source>
        <translation>Pflichtfeld, z. B. Hautarzt-Kontrolle</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Behandelnde Person</translation>
    </message>
    <message>
        <source>e.g. Dr. Jane Roe</source>
        <translation>z. B. Dr. Erika Muster</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>Be&amp;handelnde Person:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>e.g. City Clinic, room 4</source>
        <translation>z. B. Stadtklinik, Raum 4</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>O&amp;rt:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>Adre&amp;sse:</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>The times above are in this zone; a repeating appointment keeps its local time across daylight-saving changes.</source>
        <translation>Die Zeiten oben gelten in dieser Zone; ein wiederkehrender Termin behält seine Ortszeit über Zeitumstellungen hinweg.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Appointment not saved</source>
        <translation>Termin nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>carnet::AppointmentListModel</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>carnet::AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>carnet::CalendarDayPanel</name>
    <message>
        <source>Appointments and doses of the selected day</source>
        <translation>Termine und Dosen des ausgewählten Tages</translation>
    </message>
    <message>
        <source>Nothing on this day. Press Return or Ctrl+N to add an appointment.</source>
        <translation>An diesem Tag nichts. Drücken Sie Eingabe oder Ctrl+N, um einen Termin hinzuzufügen.</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1  Dose: %2 (%3)</source>
        <translation>%1  Dosis: %2 (%3)</translation>
    </message>
    <message>
        <source>No appointments on this day. Press Return or Ctrl+N to add one.</source>
        <translation>Keine Termine an diesem Tag. Drücken Sie Eingabe oder Ctrl+N, um einen hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>carnet::CalendarMonthModel</name>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>%1 %2 (cancelled)</source>
        <translation>%1 %2 (abgesagt)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>1 medication dose due</source>
        <translation>1 Medikamentendosis fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n medication doses due</source>
        <translation>
            <numerusform>%n Medikamentendosis fällig</numerusform>
            <numerusform>%n Medikamentendosen fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointments</source>
        <translation>Keine Termine</translation>
    </message>
</context>
<context>
    <name>carnet::CalendarPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Calendar actions</source>
        <translation>Kalender-Aktionen</translation>
    </message>
    <message>
        <source>Calendar hint</source>
        <translation>Kalender-Hinweis</translation>
    </message>
    <message>
        <source>&amp;New Appointment…</source>
        <translation>&amp;Neuer Termin …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected appointment (Return or F2)</source>
        <translation>Den ausgewählten Termin bearbeiten (Eingabe oder F2)</translation>
    </message>
    <message>
        <source>&amp;Cancel Appointment</source>
        <translation>Termin &amp;absagen</translation>
    </message>
    <message>
        <source>Mark the selected appointment as cancelled, or booked again</source>
        <translation>Den ausgewählten Termin als abgesagt oder wieder gebucht markieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf …</translation>
    </message>
    <message>
        <source>Deleted Appointments…</source>
        <translation>Gelöschte Termine …</translation>
    </message>
    <message>
        <source>See deleted appointments and restore them</source>
        <translation>Gelöschte Termine ansehen und wiederherstellen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Show medication d&amp;oses</source>
        <translation>Medikamenten&amp;dosen zeigen</translation>
    </message>
    <message>
        <source>Show the doses your medication schedules say are due</source>
        <translation>Die laut Einnahmeplänen fälligen Dosen zeigen</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message numerus="yes">
        <source>Earlier %n days</source>
        <translation>
            <numerusform>%n Tag früher</numerusform>
            <numerusform>%n Tage früher</numerusform>
        </translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message numerus="yes">
        <source>Later %n days</source>
        <translation>
            <numerusform>%n Tag später</numerusform>
            <numerusform>%n Tage später</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No appointments in %1. Press Ctrl+N to add one on the selected day.</source>
        <translation>Keine Termine im %1. Drücken Sie Ctrl+N, um am ausgewählten Tag einen hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No appointments this week. Press Ctrl+N to add one on the selected day.</source>
        <translation>Keine Termine in dieser Woche. Drücken Sie Ctrl+N, um am ausgewählten Tag einen hinzuzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>No appointments in the next %n days. Press Ctrl+N to add one.</source>
        <translation>
            <numerusform>Keine Termine am nächsten Tag. Drücken Sie Ctrl+N, um einen hinzuzufügen.</numerusform>
            <numerusform>Keine Termine in den nächsten %n Tagen. Drücken Sie Ctrl+N, um einen hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No appointments in these %n days. Press Ctrl+T to go back to today.</source>
        <translation>
            <numerusform>Keine Termine an diesem Tag. Drücken Sie Ctrl+T, um zu heute zurückzukehren.</numerusform>
            <numerusform>Keine Termine in diesen %n Tagen. Drücken Sie Ctrl+T, um zu heute zurückzukehren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your calendar is empty. Press Ctrl+N to add your first appointment. Doses your medication schedules say are due show here too.</source>
        <translation>Ihr Kalender ist leer. Drücken Sie Ctrl+N, um Ihren ersten Termin hinzuzufügen. Laut Einnahmeplänen fällige Dosen erscheinen hier ebenfalls.</translation>
    </message>
    <message>
        <source>Re&amp;book Appointment</source>
        <translation>Termin wieder b&amp;uchen</translation>
    </message>
    <message>
        <source>Appointment not opened</source>
        <translation>Termin nicht geöffnet</translation>
    </message>
    <message>
        <source>Appointment not changed</source>
        <translation>Termin nicht geändert</translation>
    </message>
    <message>
        <source>Delete “%1” and every date of its series?</source>
        <translation>„%1“ und alle Termine der Serie löschen?</translation>
    </message>
    <message>
        <source>Delete the appointment “%1”?</source>
        <translation>Den Termin „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete Appointment</source>
        <translation>Termin löschen</translation>
    </message>
    <message>
        <source>%1

It can be restored later from Deleted Appointments…</source>
        <translation>%1

Er lässt sich später unter Gelöschte Termine … wiederherstellen.</translation>
    </message>
    <message>
        <source>Appointment not deleted</source>
        <translation>Termin nicht gelöscht</translation>
    </message>
    <message>
        <source>History not shown</source>
        <translation>Verlauf nicht angezeigt</translation>
    </message>
</context>
<context>
    <name>carnet::CareTeamListModel</name>
    <message>
        <source>Pinned</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Fachrichtung</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>carnet::CareTeamMemberEditorDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Fachrichtung</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>&amp;Add phone</source>
        <translation>Telefon &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve phone</source>
        <translation>Telefon ent&amp;fernen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation>age-Empfänger</translation>
    </message>
    <message>
        <source>minisign public key</source>
        <translation>Öffentlicher minisign-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Read .pub file…</source>
        <translation>.pub-Datei &amp;lesen …</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>New care-team member</source>
        <translation>Neues Mitglied im Behandlungsteam</translation>
    </message>
    <message>
        <source>Edit care-team member</source>
        <translation>Mitglied im Behandlungsteam bearbeiten</translation>
    </message>
    <message>
        <source>For example: cardiology, home nurse</source>
        <translation>Zum Beispiel: Kardiologie, Hauskrankenpflege</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Fingerprint in groups</source>
        <translation>Fingerabdruck in Gruppen</translation>
    </message>
    <message>
        <source>age1…</source>
        <translation>age1…</translation>
    </message>
    <message>
        <source>Their age public key (from age-keygen or their Carnet), to encrypt shares to them</source>
        <translation>Der öffentliche age-Schlüssel der Person (aus age-keygen oder ihrem Carnet), um Freigaben für sie zu verschlüsseln</translation>
    </message>
    <message>
        <source>Their minisign public key, to check what they sign: the line after the comment in their .pub file</source>
        <translation>Der öffentliche minisign-Schlüssel der Person, um zu prüfen, was sie signiert: die Zeile nach dem Kommentar in ihrer .pub-Datei</translation>
    </message>
    <message>
        <source>The fingerprint they read out to you: 64 hexadecimal digits, spaces allowed</source>
        <translation>Der Fingerabdruck, den die Person Ihnen vorliest: 64 Hexadezimalziffern, Leerzeichen erlaubt</translation>
    </message>
    <message>
        <source>Read a minisign .pub file</source>
        <translation>Eine minisign-.pub-Datei lesen</translation>
    </message>
    <message>
        <source>Keys pinned on %1. Changing a key removes the pin; pin the new keys from the list after comparing them.</source>
        <translation>Schlüssel bestätigt am %1. Wenn Sie einen Schlüssel ändern, wird die Bestätigung entfernt; bestätigen Sie die neuen Schlüssel nach dem Vergleich in der Liste.</translation>
    </message>
    <message>
        <source>Keys not pinned. After saving, compare them with the person and pin them from the list.</source>
        <translation>Schlüssel nicht bestätigt. Vergleichen Sie sie nach dem Speichern mit der Person und bestätigen Sie sie in der Liste.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation>F&amp;achrichtung:</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Ein&amp;richtung:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>Keys for sharing</source>
        <translation>Schlüssel zum Teilen</translation>
    </message>
    <message>
        <source>age re&amp;cipient:</source>
        <translation>age-Empfän&amp;ger:</translation>
    </message>
    <message>
        <source>&amp;minisign public key:</source>
        <translation>Öffentlicher &amp;minisign-Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>F&amp;ingerabdruck:</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>Key ID: %1</source>
        <translation>Schlüssel-ID: %1</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub);;All files (*)</source>
        <translation>Öffentliche minisign-Schlüssel (*.pub);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a minisign public key.</source>
        <translation>%1 ist kein öffentlicher minisign-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>carnet::CareTeamPanel</name>
    <message>
        <source>The providers and caregivers you deal with. Their public keys let you share records with them and check what they send; pin the keys once you have compared them with the person.</source>
        <translation>Die Behandelnden und Pflegenden, mit denen Sie zu tun haben. Mit ihren öffentlichen Schlüsseln können Sie Einträge mit ihnen teilen und prüfen, was sie senden; bestätigen Sie die Schlüssel, sobald Sie sie mit der Person verglichen haben.</translation>
    </message>
    <message>
        <source>No care-team members yet. Add one with “New member” (Ctrl+N).</source>
        <translation>Noch keine Mitglieder im Behandlungsteam. Fügen Sie eines mit „Neues Mitglied“ (Ctrl+N) hinzu.</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;Neues Mitglied …</translation>
    </message>
    <message>
        <source>Delete care-team member</source>
        <translation>Mitglied des Behandlungsteams löschen</translation>
    </message>
    <message>
        <source>Delete “%1” from your care team?

They move to the deleted members, where you can restore them.</source>
        <translation>„%1“ aus Ihrem Behandlungsteam löschen?

Der Eintrag wird zu den gelöschten Mitgliedern verschoben, wo Sie ihn wiederherstellen können.</translation>
    </message>
    <message>
        <source>Deleted &amp;members…</source>
        <translation>Gelöschte &amp;Mitglieder …</translation>
    </message>
    <message>
        <source>Deleted care-team members</source>
        <translation>Gelöschte Mitglieder des Behandlungsteams</translation>
    </message>
    <message>
        <source>&amp;Pin keys…</source>
        <translation>Schlüssel &amp;bestätigen …</translation>
    </message>
    <message>
        <source>Compare the selected member&apos;s keys and pin them, or unpin them</source>
        <translation>Die Schlüssel des ausgewählten Mitglieds vergleichen und bestätigen oder die Bestätigung aufheben</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Behandlungsteam</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pin the keys of &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;Compare them group by group with what %1 reads out or shows you, in person or on a call you trust. Pin only if every group matches.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Schlüssel von &lt;b&gt;%1&lt;/b&gt; bestätigen?&lt;/p&gt;&lt;p&gt;Vergleichen Sie sie Gruppe für Gruppe mit dem, was %1 Ihnen vorliest oder zeigt – persönlich oder in einem Anruf, dem Sie vertrauen. Bestätigen Sie nur, wenn jede Gruppe übereinstimmt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>minisign key ID:</source>
        <translation>minisign-Schlüssel-ID:</translation>
    </message>
    <message>
        <source>age recipient:</source>
        <translation>age-Empfänger:</translation>
    </message>
    <message>
        <source>Unpin keys</source>
        <translation>Bestätigung aufheben</translation>
    </message>
    <message>
        <source>Keys of %1 unpinned.</source>
        <translation>Bestätigung der Schlüssel von %1 aufgehoben.</translation>
    </message>
    <message>
        <source>Pin keys</source>
        <translation>Schlüssel bestätigen</translation>
    </message>
    <message>
        <source>%1 has no keys to pin. Add their age recipient or minisign key with Edit first.</source>
        <translation>%1 hat keine Schlüssel zum Bestätigen. Fügen Sie zuerst mit Bearbeiten den age-Empfänger oder minisign-Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>Keys of %1 pinned.</source>
        <translation>Schlüssel von %1 bestätigt.</translation>
    </message>
    <message>
        <source>Un&amp;pin keys</source>
        <translation>Bestätigung &amp;aufheben</translation>
    </message>
    <message>
        <source>New care-team member</source>
        <translation>Neues Mitglied im Behandlungsteam</translation>
    </message>
    <message>
        <source>Edit care-team member</source>
        <translation>Mitglied im Behandlungsteam bearbeiten</translation>
    </message>
</context>
<context>
    <name>carnet::ConditionEditorDialog</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Resolved or in remission since</source>
        <translation>Abgeklungen oder in Remission seit</translation>
    </message>
    <message>
        <source>New condition</source>
        <translation>Neue Erkrankung</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Erkrankung bearbeiten</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <source>For example: asthma, type 2 diabetes</source>
        <translation>Zum Beispiel: Asthma, Typ-2-Diabetes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Erkrankung:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;Resolved or in remission since:</source>
        <translation>&amp;Abgeklungen oder in Remission seit:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
<context>
    <name>carnet::ConditionListModel</name>
    <message>
        <source>Condition</source>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
</context>
<context>
    <name>carnet::ConditionPanel</name>
    <message>
        <source>Health conditions and diagnoses, active ones first, then those in remission or resolved.</source>
        <translation>Erkrankungen und Diagnosen, aktive zuerst, dann solche in Remission oder abgeklungene.</translation>
    </message>
    <message>
        <source>No conditions recorded. Add one with “New condition” (Ctrl+N).</source>
        <translation>Keine Erkrankungen erfasst. Fügen Sie eine mit „Neue Erkrankung“ (Ctrl+N) hinzu.</translation>
    </message>
    <message>
        <source>&amp;New condition…</source>
        <translation>&amp;Neue Erkrankung …</translation>
    </message>
    <message>
        <source>Delete condition</source>
        <translation>Erkrankung löschen</translation>
    </message>
    <message>
        <source>Delete the condition “%1”?

It moves to the deleted conditions, where you can restore it.</source>
        <translation>Die Erkrankung „%1“ löschen?

Sie wird zu den gelöschten Erkrankungen verschoben, wo Sie sie wiederherstellen können.</translation>
    </message>
    <message>
        <source>Deleted c&amp;onditions…</source>
        <translation>Gelöschte Er&amp;krankungen …</translation>
    </message>
    <message>
        <source>Deleted conditions</source>
        <translation>Gelöschte Erkrankungen</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <source>New condition</source>
        <translation>Neue Erkrankung</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Erkrankung bearbeiten</translation>
    </message>
</context>
<context>
    <name>carnet::CreateVaultPage</name>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>Tresor &amp;anlegen</translation>
    </message>
    <message>
        <source>There is no vault here yet. Choose a passphrase of at least %1 characters: a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Hier gibt es noch keinen Tresor. Wählen Sie eine Passphrase mit mindestens %1 Zeichen: Einige Wörter, die nichts miteinander zu tun haben, sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Creating… (this takes a few seconds)</source>
        <translation>Wird angelegt … (das dauert einige Sekunden)</translation>
    </message>
</context>
<context>
    <name>carnet::DeletedAppointmentsDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Deleted Appointments</source>
        <translation>Gelöschte Termine</translation>
    </message>
    <message>
        <source>Deleted appointments are kept, with their history, until the vault is purged. Restore one to put it back in the calendar.</source>
        <translation>Gelöschte Termine bleiben mit ihrem Verlauf erhalten, bis der Tresor bereinigt wird. Stellen Sie einen wieder her, um ihn zurück in den Kalender zu holen.</translation>
    </message>
    <message>
        <source>&amp;Deleted appointments:</source>
        <translation>&amp;Gelöschte Termine:</translation>
    </message>
    <message>
        <source>Deleted appointments</source>
        <translation>Gelöschte Termine</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>No deleted appointments.</source>
        <translation>Keine gelöschten Termine.</translation>
    </message>
    <message>
        <source>Appointment not restored</source>
        <translation>Termin nicht wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>carnet::DisclosureLogModel</name>
    <message>
        <source>1 journal entry</source>
        <translation>1 Tagebucheintrag</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n Tagebucheintrag</numerusform>
            <numerusform>%n Tagebucheinträge</numerusform>
        </translation>
    </message>
    <message>
        <source>medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>insurance</source>
        <translation>Versicherung</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>the profile only</source>
        <translation>nur das Profil</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between the kinds of records shared</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>care team member</source>
        <translation>Mitglied des Behandlungsteams</translation>
    </message>
    <message>
        <source>age key</source>
        <translation>age-Schlüssel</translation>
    </message>
    <message>
        <source>one-time passphrase</source>
        <translation>Einmal-Passphrase</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), fingerprint %3</source>
        <translation>%1 (%2), Fingerabdruck %3</translation>
    </message>
    <message>
        <source>1 record shared</source>
        <translation>1 Eintrag geteilt</translation>
    </message>
    <message numerus="yes">
        <source>%n records shared</source>
        <translation>
            <numerusform>%n Eintrag geteilt</numerusform>
            <numerusform>%n Einträge geteilt</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 of the file as written: %1</source>
        <translation>SHA-256 der Datei, wie sie geschrieben wurde: %1</translation>
    </message>
    <message>
        <source>When the file was written (local time)</source>
        <translation>Wann die Datei geschrieben wurde (Ortszeit)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who the file was encrypted to</source>
        <translation>Für wen die Datei verschlüsselt wurde</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Geteilt mit</translation>
    </message>
    <message>
        <source>Which kinds of records the file holds</source>
        <translation>Welche Arten von Einträgen die Datei enthält</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>How many records the file holds</source>
        <translation>Wie viele Einträge die Datei enthält</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>The file&apos;s name (the folder is not kept)</source>
        <translation>Der Name der Datei (der Ordner wird nicht gespeichert)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>SHA-256 of the file, to check that a file is the one you sent</source>
        <translation>SHA-256 der Datei, um zu prüfen, ob eine Datei die von Ihnen gesendete ist</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>carnet::DisclosureLogPanel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Shared on %1</source>
        <translation>Geteilt am %1</translation>
    </message>
    <message>
        <source>Encrypted to:</source>
        <translation>Verschlüsselt für:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Was:</translation>
    </message>
    <message>
        <source>Journal entries:</source>
        <translation>Tagebucheinträge:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Medications:</source>
        <translation>Medikamente:</translation>
    </message>
    <message>
        <source>Insurance:</source>
        <translation>Versicherung:</translation>
    </message>
    <message>
        <source>Appointments:</source>
        <translation>Termine:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Einträge:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Export id:</source>
        <translation>Export-ID:</translation>
    </message>
    <message>
        <source>The entry numbers are those of your journal. The SHA-256 tells whether a file someone holds is exactly the one written here.</source>
        <translation>Die Eintragsnummern sind die Ihres Tagebuchs. An der SHA-256 erkennen Sie, ob eine Datei, die jemand besitzt, genau die hier geschriebene ist.</translation>
    </message>
    <message>
        <source>Copy &amp;hash</source>
        <translation>&amp;Hash kopieren</translation>
    </message>
    <message>
        <source>Every share made from this vault: when, to whom, what, and the SHA-256 of the file as it was written. This log cannot be edited or deleted, not even by you, so it can always answer who has received what.</source>
        <translation>Jede Freigabe aus diesem Tresor: wann, an wen, was und die SHA-256 der Datei, wie sie geschrieben wurde. Dieses Protokoll kann nicht bearbeitet oder gelöscht werden, auch nicht von Ihnen, damit es stets beantworten kann, wer was erhalten hat.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing has left this vault yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Every share you make is listed here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch hat nichts diesen Tresor verlassen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Jede Freigabe, die Sie erstellen, wird hier aufgeführt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No shares yet</source>
        <translation>Noch keine Freigaben</translation>
    </message>
    <message>
        <source>Shares made from this vault</source>
        <translation>Freigaben aus diesem Tresor</translation>
    </message>
    <message>
        <source>Details of the selected share</source>
        <translation>Details der ausgewählten Freigabe</translation>
    </message>
    <message>
        <source>Select a share to see its details.</source>
        <translation>Wählen Sie eine Freigabe aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Copy the full SHA-256 of the selected share&apos;s file (Ctrl+Shift+C)</source>
        <translation>Die vollständige SHA-256 der Datei der ausgewählten Freigabe kopieren (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Copy hash</source>
        <translation>Hash kopieren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>SHA-256 copied. Carnet clears the clipboard after %1 s.</source>
        <translation>SHA-256 kopiert. Carnet löscht die Zwischenablage nach %1 s.</translation>
    </message>
</context>
<context>
    <name>carnet::DueDoseModel</name>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>carnet::DueDosePanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Today&apos;s doses</source>
        <translation>Heutige Dosen</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Einnehmen</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Record the selected dose as taken now</source>
        <translation>Ausgewählte Dosis als jetzt eingenommen erfassen</translation>
    </message>
    <message>
        <source>Record the selected dose as skipped</source>
        <translation>Ausgewählte Dosis als übersprungen erfassen</translation>
    </message>
    <message>
        <source>No doses are due today. Medications taken as needed are recorded with “Take extra dose”.</source>
        <translation>Heute sind keine Dosen fällig. Medikamente bei Bedarf werden mit „Zusätzliche Dosis“ erfasst.</translation>
    </message>
    <message>
        <source>Dose not recorded</source>
        <translation>Dosis nicht erfasst</translation>
    </message>
</context>
<context>
    <name>carnet::InsuranceCardViewer</name>
    <message>
        <source>&amp;Front</source>
        <translation>&amp;Vorderseite</translation>
    </message>
    <message>
        <source>Show the front of the card (Ctrl+1)</source>
        <translation>Die Vorderseite der Karte zeigen (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Rückseite</translation>
    </message>
    <message>
        <source>Show the back of the card (Ctrl+2)</source>
        <translation>Die Rückseite der Karte zeigen (Ctrl+2)</translation>
    </message>
    <message>
        <source>F&amp;it to window</source>
        <translation>An Fenster an&amp;passen</translation>
    </message>
    <message>
        <source>Scale the photo to the window (Ctrl+0)</source>
        <translation>Das Foto an das Fenster anpassen (Ctrl+0)</translation>
    </message>
    <message>
        <source>Insurance card: %1</source>
        <translation>Versichertenkarte: %1</translation>
    </message>
    <message>
        <source>Photo of the card</source>
        <translation>Foto der Karte</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Ctrl+-)</translation>
    </message>
    <message>
        <source>This card has no photo.</source>
        <translation>Diese Karte hat kein Foto.</translation>
    </message>
    <message>
        <source>%1 of the card</source>
        <translation>%1 der Karte</translation>
    </message>
</context>
<context>
    <name>carnet::InsuranceListModel</name>
    <message>
        <source>Payer</source>
        <translation>Kostenträger</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>Versichertennummer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>carnet::InsurancePage</name>
    <message>
        <source>the front of the card</source>
        <translation>Vorderseite der Karte</translation>
    </message>
    <message>
        <source>the back of the card</source>
        <translation>Rückseite der Karte</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Insurance&lt;/h2&gt;&lt;p&gt;Your plans with the numbers you read out on the phone, and photos of the cards. Copied numbers are cleared from the clipboard after %1 s.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Versicherung&lt;/h2&gt;&lt;p&gt;Ihre Versicherungen mit den Nummern, die Sie am Telefon angeben, und Fotos der Karten. Kopierte Nummern werden nach %1 s aus der Zwischenablage gelöscht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Insurance actions</source>
        <translation>Versicherungs-Aktionen</translation>
    </message>
    <message>
        <source>Insurance plans</source>
        <translation>Versicherungen</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No insurance plans yet&lt;/h3&gt;&lt;p&gt;Add each plan you hold: the payer, the member ID and group number printed on the card, the dates it covers and photos of both sides.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Versicherungen&lt;/h3&gt;&lt;p&gt;Fügen Sie jede Versicherung hinzu, die Sie haben: den Kostenträger, die Versicherten- und Gruppennummer von der Karte, den abgedeckten Zeitraum und Fotos beider Seiten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Neue Versicherung …</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Zwischenablage gelöscht.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Add an insurance plan</source>
        <translation>Eine Versicherung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected plan</source>
        <translation>Die ausgewählte Versicherung bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected plan (Return, %1)</source>
        <translation>Die ausgewählte Versicherung bearbeiten (Eingabe, %1)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete the selected plan</source>
        <translation>Die ausgewählte Versicherung löschen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf …</translation>
    </message>
    <message>
        <source>Every version of the selected plan</source>
        <translation>Alle Fassungen der ausgewählten Versicherung</translation>
    </message>
    <message>
        <source>&amp;Copy member ID</source>
        <translation>Versichertennummer &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the member ID; the clipboard is cleared after 30 s</source>
        <translation>Die Versichertennummer kopieren; die Zwischenablage wird nach 30 s gelöscht</translation>
    </message>
    <message>
        <source>Copy &amp;group number</source>
        <translation>&amp;Gruppennummer kopieren</translation>
    </message>
    <message>
        <source>Copy the group number; the clipboard is cleared after 30 s</source>
        <translation>Die Gruppennummer kopieren; die Zwischenablage wird nach 30 s gelöscht</translation>
    </message>
    <message>
        <source>&amp;View photos…</source>
        <translation>Fotos &amp;ansehen …</translation>
    </message>
    <message>
        <source>Show the photos of the card</source>
        <translation>Die Fotos der Karte zeigen</translation>
    </message>
    <message>
        <source>Add or replace the &amp;front photo…</source>
        <translation>Foto der Vor&amp;derseite hinzufügen/ersetzen …</translation>
    </message>
    <message>
        <source>Choose a JPEG or PNG photo</source>
        <translation>Ein JPEG- oder PNG-Foto wählen</translation>
    </message>
    <message>
        <source>Add or replace the &amp;back photo…</source>
        <translation>Foto der &amp;Rückseite hinzufügen/ersetzen …</translation>
    </message>
    <message>
        <source>&amp;Remove the front photo…</source>
        <translation>Foto der Vorderseite en&amp;tfernen …</translation>
    </message>
    <message>
        <source>Remove the photo of the front</source>
        <translation>Das Foto der Vorderseite entfernen</translation>
    </message>
    <message>
        <source>Re&amp;move the back photo…</source>
        <translation>Foto der Rückseite &amp;entfernen …</translation>
    </message>
    <message>
        <source>Remove the photo of the back</source>
        <translation>Das Foto der Rückseite entfernen</translation>
    </message>
    <message>
        <source>Deleted &amp;plans…</source>
        <translation>Gelöschte Versi&amp;cherungen …</translation>
    </message>
    <message>
        <source>Show deleted plans and restore one</source>
        <translation>Gelöschte Versicherungen zeigen und eine wiederherstellen</translation>
    </message>
    <message>
        <source>Card &amp;photos</source>
        <translation>Karten&amp;fotos</translation>
    </message>
    <message>
        <source>Card photos</source>
        <translation>Kartenfotos</translation>
    </message>
    <message>
        <source>View, add, replace or remove the photos of the card</source>
        <translation>Die Fotos der Karte ansehen, hinzufügen, ersetzen oder entfernen</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Versicherung</translation>
    </message>
    <message>
        <source>New insurance plan</source>
        <translation>Neue Versicherung</translation>
    </message>
    <message>
        <source>Plan added.</source>
        <translation>Versicherung hinzugefügt.</translation>
    </message>
    <message>
        <source>Edit insurance plan</source>
        <translation>Versicherung bearbeiten</translation>
    </message>
    <message>
        <source>Plan saved. The earlier version is kept in its history.</source>
        <translation>Versicherung gespeichert. Die frühere Fassung bleibt im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Delete insurance plan</source>
        <translation>Versicherung löschen</translation>
    </message>
    <message>
        <source>Delete the plan “%1”?

It moves to the deleted plans, where you can restore it.</source>
        <translation>Die Versicherung „%1“ löschen?

Sie wird zu den gelöschten Versicherungen verschoben, wo Sie sie wiederherstellen können.</translation>
    </message>
    <message>
        <source>Plan deleted. “Deleted plans…” restores it.</source>
        <translation>Versicherung gelöscht. „Gelöschte Versicherungen …“ stellt sie wieder her.</translation>
    </message>
    <message>
        <source>Copied — clears in %1 s</source>
        <translation>Kopiert — wird in %1 s gelöscht</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto: %1</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Bilder (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Photo of %1 saved in the vault.</source>
        <translation>Foto (%1) im Tresor gespeichert.</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>Remove the photo of %1 of “%2”?

The history keeps only its name and size, not the photo.</source>
        <translation>Das Foto (%1) von „%2“ entfernen?

Der Verlauf behält nur Name und Größe, nicht das Foto.</translation>
    </message>
    <message>
        <source>Photo of %1 removed.</source>
        <translation>Foto (%1) entfernt.</translation>
    </message>
    <message>
        <source>Photos of the card</source>
        <translation>Fotos der Karte</translation>
    </message>
    <message>
        <source>Deleted plans</source>
        <translation>Gelöschte Versicherungen</translation>
    </message>
    <message>
        <source>Deleted insurance plans</source>
        <translation>Gelöschte Versicherungen</translation>
    </message>
    <message>
        <source>Restore plan</source>
        <translation>Versicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Plan restored.</source>
        <translation>Versicherung wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>carnet::InsurancePlanCard</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Dates not recorded</source>
        <translation>Zeitraum nicht erfasst</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <source>Someone else (relationship: %1)</source>
        <translation>Jemand anderes (Beziehung: %1)</translation>
    </message>
    <message>
        <source>%1 (relationship: %2)</source>
        <translation>%1 (Beziehung: %2)</translation>
    </message>
    <message>
        <source>Insurance plan: %1, %2</source>
        <translation>Versicherung: %1, %2</translation>
    </message>
    <message>
        <source>Return edits the plan; arrow keys move to the next card.</source>
        <translation>Eingabe bearbeitet die Versicherung; Pfeiltasten wechseln zur nächsten Karte.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy member ID</source>
        <translation>Versichertennummer kopieren</translation>
    </message>
    <message>
        <source>Copy the member ID; the clipboard is cleared after 30 s (Ctrl+Shift+C)</source>
        <translation>Die Versichertennummer kopieren; die Zwischenablage wird nach 30 s gelöscht (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>Versichertennummer</translation>
    </message>
    <message>
        <source>Copy group number</source>
        <translation>Gruppennummer kopieren</translation>
    </message>
    <message>
        <source>Copy the group number; the clipboard is cleared after 30 s (Ctrl+Shift+G)</source>
        <translation>Die Gruppennummer kopieren; die Zwischenablage wird nach 30 s gelöscht (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Hauptversicherte Person</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Abgedeckt</translation>
    </message>
    <message>
        <source>Member services</source>
        <translation>Kundenservice</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>No photo of the card. Add one with Card photos in the toolbar.</source>
        <translation>Kein Foto der Karte. Fügen Sie eines mit Kartenfotos in der Werkzeugleiste hinzu.</translation>
    </message>
    <message>
        <source>Open the photo: %1</source>
        <translation>Foto öffnen: %1</translation>
    </message>
    <message>
        <source>Open the photo of the card: %1 (Return)</source>
        <translation>Foto der Karte öffnen: %1 (Eingabe)</translation>
    </message>
</context>
<context>
    <name>carnet::InsurancePlanEditorDialog</name>
    <message>
        <source>Payer</source>
        <translation>Kostenträger</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Tarifname</translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation>Tarifart</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>Versichertennummer</translation>
    </message>
    <message>
        <source>Group number</source>
        <translation>Gruppennummer</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Hauptversicherte Person</translation>
    </message>
    <message>
        <source>Your relationship to the subscriber</source>
        <translation>Ihre Beziehung zur hauptversicherten Person</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>First day covered</source>
        <translation>Erster abgedeckter Tag</translation>
    </message>
    <message>
        <source>Last day covered</source>
        <translation>Letzter abgedeckter Tag</translation>
    </message>
    <message>
        <source>Member services phone</source>
        <translation>Telefon Kundenservice</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Wofür</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Other phone numbers</source>
        <translation>Weitere Telefonnummern</translation>
    </message>
    <message>
        <source>&amp;Add phone</source>
        <translation>Telefon &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove phone</source>
        <translation>Telefon &amp;entfernen</translation>
    </message>
    <message>
        <source>New insurance plan</source>
        <translation>Neue Versicherung</translation>
    </message>
    <message>
        <source>Edit insurance plan</source>
        <translation>Versicherung bearbeiten</translation>
    </message>
    <message>
        <source>The insurer, as printed on the card</source>
        <translation>Der Versicherer, wie auf der Karte gedruckt</translation>
    </message>
    <message>
        <source>For example: Gold PPO 500</source>
        <translation>Zum Beispiel: Gold PPO 500</translation>
    </message>
    <message>
        <source>The policy holder, when it is not you</source>
        <translation>Der Versicherungsnehmer, wenn nicht Sie selbst</translation>
    </message>
    <message>
        <source>Member services, as printed on the card</source>
        <translation>Kundenservice, wie auf der Karte gedruckt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Payer:</source>
        <translation>&amp;Kostenträger:</translation>
    </message>
    <message>
        <source>P&amp;lan name:</source>
        <translation>Tarif&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>Tarif&amp;art:</translation>
    </message>
    <message>
        <source>&amp;Member ID:</source>
        <translation>&amp;Versichertennummer:</translation>
    </message>
    <message>
        <source>&amp;Group number:</source>
        <translation>&amp;Gruppennummer:</translation>
    </message>
    <message>
        <source>&amp;Subscriber:</source>
        <translation>Hauptversi&amp;chert:</translation>
    </message>
    <message>
        <source>Your r&amp;elationship:</source>
        <translation>Ihre &amp;Beziehung:</translation>
    </message>
    <message>
        <source>&amp;First day covered:</source>
        <translation>E&amp;rster Tag:</translation>
    </message>
    <message>
        <source>Last &amp;day covered:</source>
        <translation>Letzter &amp;Tag:</translation>
    </message>
    <message>
        <source>Member ser&amp;vices phone:</source>
        <translation>Telefon Kunden&amp;service:</translation>
    </message>
    <message>
        <source>&amp;Other phones:</source>
        <translation>&amp;Weitere Telefone:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Das sieht nicht wie eine Telefonnummer aus.</translation>
    </message>
</context>
<context>
    <name>carnet::InsuranceStatusBadge</name>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>carnet::JournalAttachmentPreviewDialog</name>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Vorschau von %1</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Anhang %1</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Vorherige Seite (Bild auf)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Nächste Seite (Bild ab)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>carnet::JournalEntryDelegate</name>
    <message>
        <source>Mood %1</source>
        <translation>Stimmung %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n Anhang</numerusform>
            <numerusform>%n Anhänge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carnet::JournalEntryEditorDialog</name>
    <message>
        <source>Show pre&amp;view</source>
        <translation>&amp;Vorschau zeigen</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>Datei &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation>Datei &amp;entfernen</translation>
    </message>
    <message>
        <source>Edit journal entry</source>
        <translation>Tagebucheintrag bearbeiten</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>Neuer Tagebucheintrag</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Required, e.g. “Migraine after a short night”</source>
        <translation>Pflichtfeld, z. B. „Migräne nach kurzer Nacht“</translation>
    </message>
    <message>
        <source>Text (Markdown)</source>
        <translation>Text (Markdown)</translation>
    </message>
    <message>
        <source>What happened, how you felt… Markdown works: **bold**, *italic*, - lists.</source>
        <translation>Was passiert ist, wie Sie sich fühlten … Markdown geht: **fett**, *kursiv*, - Listen.</translation>
    </message>
    <message>
        <source>Preview of the text</source>
        <translation>Vorschau des Textes</translation>
    </message>
    <message>
        <source>Show the text as it will read beside the editor (Ctrl+P)</source>
        <translation>Den Text so neben dem Editor zeigen, wie er sich lesen wird (Ctrl+P)</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <source>Comma separated, e.g. headache, nausea</source>
        <translation>Durch Kommas getrennt, z. B. Kopfschmerzen, Übelkeit</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Comma separated, e.g. migraine, sleep</source>
        <translation>Durch Kommas getrennt, z. B. Migräne, Schlaf</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <source>Attach a JPEG, PNG or PDF file (at most 20 MiB)</source>
        <translation>Eine JPEG-, PNG- oder PDF-Datei anhängen (höchstens 20 MiB)</translation>
    </message>
    <message>
        <source>Remove the selected file from this entry</source>
        <translation>Die ausgewählte Datei aus diesem Eintrag entfernen</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <source>T&amp;itle (required):</source>
        <translation>T&amp;itel (Pflicht):</translation>
    </message>
    <message>
        <source>M&amp;ood:</source>
        <translation>Stimm&amp;ung:</translation>
    </message>
    <message>
        <source>&amp;Symptoms:</source>
        <translation>&amp;Symptome:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schlagwö&amp;rter:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Attac&amp;hments:</source>
        <translation>&amp;Anhänge:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, new)</source>
        <translation>%1 (%2, neu)</translation>
    </message>
</context>
<context>
    <name>carnet::JournalEntryView</name>
    <message>
        <source>A&amp;ttachments</source>
        <translation>An&amp;hänge</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Tagebucheintrag</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Text des Eintrags</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Double-click or press Return to preview</source>
        <translation>Doppelklick oder Eingabetaste für eine Vorschau</translation>
    </message>
    <message>
        <source>1 – very bad</source>
        <translation>1 – sehr schlecht</translation>
    </message>
    <message>
        <source>2 – bad</source>
        <translation>2 – schlecht</translation>
    </message>
    <message>
        <source>3 – so-so</source>
        <translation>3 – mittelmäßig</translation>
    </message>
    <message>
        <source>4 – good</source>
        <translation>4 – gut</translation>
    </message>
    <message>
        <source>5 – very good</source>
        <translation>5 – sehr gut</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Mood:</source>
        <translation>Stimmung:</translation>
    </message>
    <message>
        <source>Symptoms:</source>
        <translation>Symptome:</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 (%2) — double-click to preview</source>
        <translation>%1 (%2) — Doppelklick für Vorschau</translation>
    </message>
    <message>
        <source>A&amp;ttachments (%1)</source>
        <translation>An&amp;hänge (%1)</translation>
    </message>
</context>
<context>
    <name>carnet::JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Journal&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tagebuch&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Journal actions</source>
        <translation>Tagebuch-Aktionen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <source>Write a new journal entry</source>
        <translation>Einen neuen Tagebucheintrag schreiben</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Den ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected entry (Undo brings it back)</source>
        <translation>Den ausgewählten Eintrag löschen (Rückgängig holt ihn zurück)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Löschen &amp;rückgängig</translation>
    </message>
    <message>
        <source>Restore the entry deleted last</source>
        <translation>Den zuletzt gelöschten Eintrag wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf …</translation>
    </message>
    <message>
        <source>Every version of the selected entry</source>
        <translation>Alle Fassungen des ausgewählten Eintrags</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>Datei &amp;anhängen …</translation>
    </message>
    <message>
        <source>Attach a JPEG, PNG or PDF file to the selected entry</source>
        <translation>Eine JPEG-, PNG- oder PDF-Datei an den ausgewählten Eintrag anhängen</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>V&amp;orschau</translation>
    </message>
    <message>
        <source>Show the selected attachment</source>
        <translation>Den ausgewählten Anhang zeigen</translation>
    </message>
    <message>
        <source>E&amp;xport attachment…</source>
        <translation>Anhang e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save a copy of the selected attachment</source>
        <translation>Eine Kopie des ausgewählten Anhangs speichern</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Im Tagebuch suchen</translation>
    </message>
    <message>
        <source>Search titles, text and tags (Ctrl+F)</source>
        <translation>Titel, Text und Schlagwörter durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Words to look for; results show as you type, best matches first</source>
        <translation>Gesuchte Wörter; Ergebnisse erscheinen beim Tippen, beste Treffer zuerst</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>Su&amp;che:</translation>
    </message>
    <message>
        <source>Show entries with tag</source>
        <translation>Einträge mit Schlagwort zeigen</translation>
    </message>
    <message>
        <source>Show only entries with this tag</source>
        <translation>Nur Einträge mit diesem Schlagwort zeigen</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>Schlag&amp;wort:</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>No entries yet — write one with New entry (Ctrl+N).</source>
        <translation>Noch keine Einträge — schreiben Sie einen mit Neuer Eintrag (Ctrl+N).</translation>
    </message>
    <message>
        <source>“%1” with tag #%2</source>
        <translation>„%1“ mit Schlagwort #%2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>tag #%1</source>
        <translation>Schlagwort #%1</translation>
    </message>
    <message>
        <source>No entries match %1. Try other words or All tags.</source>
        <translation>Keine Einträge passen zu %1. Versuchen Sie andere Wörter oder Alle Schlagwörter.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries match, best match first</source>
        <translation>
            <numerusform>%n Eintrag passt, bester Treffer zuerst</numerusform>
            <numerusform>%n Einträge passen, beste Treffer zuerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match, newest first</source>
        <translation>
            <numerusform>%n Eintrag passt, neueste zuerst</numerusform>
            <numerusform>%n Einträge passen, neueste zuerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first</source>
        <translation>
            <numerusform>%n Eintrag, neueste zuerst</numerusform>
            <numerusform>%n Einträge, neueste zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>Your journal is empty. Press Ctrl+N to write the first entry.</source>
        <translation>Ihr Tagebuch ist leer. Drücken Sie Ctrl+N, um den ersten Eintrag zu schreiben.</translation>
    </message>
    <message>
        <source>Select an entry to read it here.</source>
        <translation>Wählen Sie einen Eintrag, um ihn hier zu lesen.</translation>
    </message>
    <message>
        <source>This entry cannot be shown.</source>
        <translation>Dieser Eintrag kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>Entry not saved</source>
        <translation>Eintrag nicht gespeichert</translation>
    </message>
    <message>
        <source>Delete journal entry</source>
        <translation>Tagebucheintrag löschen</translation>
    </message>
    <message>
        <source>Delete “%1”? It disappears from the journal; Undo delete (Ctrl+Z) brings it back.</source>
        <translation>„%1“ löschen? Er verschwindet aus dem Tagebuch; Löschen rückgängig (Ctrl+Z) holt ihn zurück.</translation>
    </message>
    <message>
        <source>Entry not deleted</source>
        <translation>Eintrag nicht gelöscht</translation>
    </message>
    <message>
        <source>Entry not restored</source>
        <translation>Eintrag nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation>Datei nicht angehängt</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Attachment not exported</source>
        <translation>Anhang nicht exportiert</translation>
    </message>
    <message>
        <source>Show the deleted entries and restore one</source>
        <translation>Die gelöschten Einträge zeigen und einen wiederherstellen</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Deleted entries</source>
        <translation>Gelöschte Einträge</translation>
    </message>
    <message>
        <source>Deleted journal entries</source>
        <translation>Gelöschte Tagebucheinträge</translation>
    </message>
    <message>
        <source>De&amp;leted entries…</source>
        <translation>Gelöschte Einträ&amp;ge …</translation>
    </message>
</context>
<context>
    <name>carnet::MainWindow</name>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Vault unlocked: %1</source>
        <translation>Tresor entsperrt: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Tresor</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Carnet</source>
        <translation>&amp;Über Carnet</translation>
    </message>
    <message>
        <source>About Carnet</source>
        <translation>Über Carnet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Carnet %1&lt;/h3&gt;&lt;p&gt;A personal health record in an encrypted vault, kept on this computer. Carnet gives no medical advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Carnet %1&lt;/h3&gt;&lt;p&gt;Eine persönliche Gesundheitsakte in einem verschlüsselten Tresor auf diesem Computer. Carnet gibt keine medizinischen Ratschläge.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Versicherung</translation>
    </message>
    <message>
        <source>Profile &amp; care team</source>
        <translation>Profil &amp; Behandlungsteam</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>Mit mir geteilt</translation>
    </message>
    <message>
        <source>&amp;New share…</source>
        <translation>&amp;Neue Freigabe …</translation>
    </message>
    <message>
        <source>&amp;Open shared record…</source>
        <translation>Geteilte Akte &amp;öffnen …</translation>
    </message>
    <message>
        <source>Open a .carnet-share file someone made for you</source>
        <translation>Eine .carnet-share-Datei öffnen, die jemand für Sie erstellt hat</translation>
    </message>
    <message>
        <source>Choose records to send, encrypted and signed, to a provider or caregiver; the journal entry selected in the Journal starts ticked</source>
        <translation>Einträge wählen, die verschlüsselt und signiert an eine behandelnde oder pflegende Person gehen; der im Tagebuch ausgewählte Eintrag ist schon angehakt</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationDetailsView</name>
    <message>
        <source>Medication details</source>
        <translation>Medikamentendetails</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Einnahmeplan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Verordnet von</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Apotheke</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refills left</source>
        <translation>Verbleibende Rezepte</translation>
    </message>
    <message>
        <source>Next refill</source>
        <translation>Nächstes Nachfüllen</translation>
    </message>
    <message>
        <source>%1 · refill soon</source>
        <translation>%1 · bald nachfüllen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Last doses</source>
        <translation>Letzte Einnahmen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (extra dose)</source>
        <translation>%1 (zusätzliche Dosis)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationDoseDialog</name>
    <message>
        <source>Take %1</source>
        <translation>%1 einnehmen</translation>
    </message>
    <message>
        <source>Record a dose of %1, taken as needed.</source>
        <translation>Eine Dosis von %1 erfassen, bei Bedarf eingenommen.</translation>
    </message>
    <message>
        <source>Record an extra dose of %1, outside its schedule (%2).</source>
        <translation>Eine zusätzliche Dosis von %1 außerhalb des Plans erfassen (%2).</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Eingenommen um</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>z. B. 1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Optional, e.g. headache</source>
        <translation>Optional, z. B. Kopfschmerzen</translation>
    </message>
    <message>
        <source>&amp;Taken at:</source>
        <translation>&amp;Eingenommen um:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>&amp;Record dose</source>
        <translation>Dosis er&amp;fassen</translation>
    </message>
    <message>
        <source>Enter the amount as a number more than zero, or leave it empty.</source>
        <translation>Geben Sie die Menge als Zahl größer null ein oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationEditorDialog</name>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Gesetzt</translation>
    </message>
    <message>
        <source>Next refill date</source>
        <translation>Datum des nächsten Nachfüllens</translation>
    </message>
    <message>
        <source>New medication</source>
        <translation>Neues Medikament</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>As on the package, e.g. Metformin</source>
        <translation>Wie auf der Packung, z. B. Metformin</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>e.g. 500 mg</source>
        <translation>z. B. 500 mg</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Darreichungsform</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Art der Anwendung</translation>
    </message>
    <message>
        <source>Dose amount</source>
        <translation>Dosismenge</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>z. B. 1</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>Dosiseinheit</translation>
    </message>
    <message>
        <source>Unit of one dose: tablet, ml, puff…</source>
        <translation>Einheit einer Dosis: Tablette, ml, Hub …</translation>
    </message>
    <message>
        <source>tablet</source>
        <translation>Tablette</translation>
    </message>
    <message>
        <source>capsule</source>
        <translation>Kapsel</translation>
    </message>
    <message>
        <source>ml</source>
        <translation>ml</translation>
    </message>
    <message>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <source>puff</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>Tropfen</translation>
    </message>
    <message>
        <source>patch</source>
        <translation>Pflaster</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Wofür es ist</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Verordnet von</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Apotheke</translation>
    </message>
    <message>
        <source>Refills left</source>
        <translation>Verbleibende Rezepte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation>&amp;Stärke:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Anwendung:</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>Gr&amp;und:</translation>
    </message>
    <message>
        <source>&amp;Prescriber:</source>
        <translation>&amp;Verordnet von:</translation>
    </message>
    <message>
        <source>P&amp;harmacy:</source>
        <translation>A&amp;potheke:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Einnahmeplan</translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation>&amp;Begonnen am:</translation>
    </message>
    <message>
        <source>Refi&amp;lls left:</source>
        <translation>&amp;Rezepte übrig:</translation>
    </message>
    <message>
        <source>Ne&amp;xt refill:</source>
        <translation>Nä&amp;chstes Nachfüllen:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Notiz&amp;en:</translation>
    </message>
    <message>
        <source>A medication needs a name.</source>
        <translation>Ein Medikament braucht einen Namen.</translation>
    </message>
    <message>
        <source>Enter the dose as a number more than zero, such as 1 or 2.5.</source>
        <translation>Geben Sie die Dosis als Zahl größer null ein, etwa 1 oder 2,5.</translation>
    </message>
    <message>
        <source>The start date is after the day it was stopped (%1).</source>
        <translation>Das Startdatum liegt nach dem Tag des Absetzens (%1).</translation>
    </message>
    <message>
        <source>The medication could not be saved: %1</source>
        <translation>Das Medikament konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationListDelegate</name>
    <message>
        <source>%1 (soon)</source>
        <comment>next refill date, coming up</comment>
        <translation>%1 (bald)</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationListModel</name>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Einnahmeplan</translation>
    </message>
    <message>
        <source>Next refill</source>
        <translation>Nächstes Nachfüllen</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationScheduleEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>No doses are due. Record each dose with “Take extra dose” when you take it.</source>
        <translation>Keine Dosen fällig. Erfassen Sie jede Dosis bei der Einnahme mit „Zusätzliche Dosis“.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Times per day</source>
        <translation>Mal pro Tag</translation>
    </message>
    <message>
        <source>Every few hours</source>
        <translation>Alle paar Stunden</translation>
    </message>
    <message>
        <source>On days of the week</source>
        <translation>An Wochentagen</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Uhrzeiten</translation>
    </message>
    <message>
        <source>Times of day; Del removes the selected time</source>
        <translation>Uhrzeiten; Entf entfernt die ausgewählte Zeit</translation>
    </message>
    <message>
        <source>Time to add</source>
        <translation>Hinzuzufügende Zeit</translation>
    </message>
    <message>
        <source>Add time</source>
        <translation>Zeit hinzufügen</translation>
    </message>
    <message>
        <source>Add this time of day</source>
        <translation>Diese Uhrzeit hinzufügen</translation>
    </message>
    <message>
        <source>Remove time</source>
        <translation>Zeit entfernen</translation>
    </message>
    <message>
        <source>Remove the selected time (Del)</source>
        <translation>Die ausgewählte Zeit entfernen (Entf)</translation>
    </message>
    <message>
        <source>T&amp;imes:</source>
        <translation>&amp;Zeiten:</translation>
    </message>
    <message>
        <source>Hours between doses</source>
        <translation>Stunden zwischen den Dosen</translation>
    </message>
    <message>
        <source> hours</source>
        <comment>every N hours</comment>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>First dose at</source>
        <translation>Erste Dosis um</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>A&amp;lle:</translation>
    </message>
    <message>
        <source>First dose &amp;at:</source>
        <translation>Erste Dosis &amp;um:</translation>
    </message>
    <message>
        <source>Ho&amp;w often:</source>
        <translation>&amp;Wie oft:</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationsEmptyState</name>
    <message>
        <source>No medications yet — add one with New medication (%1).</source>
        <translation>Noch keine Medikamente — fügen Sie eines mit Neues Medikament (%1) hinzu.</translation>
    </message>
    <message>
        <source>Carnet keeps your medications, their schedules and every dose you record in this vault, on this computer. It gives no medical advice.</source>
        <translation>Carnet speichert Ihre Medikamente, ihre Einnahmepläne und jede erfasste Dosis in diesem Tresor auf diesem Computer. Es gibt keinen medizinischen Rat.</translation>
    </message>
    <message>
        <source>&amp;New medication</source>
        <translation>&amp;Neues Medikament</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationsPage</name>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Medications&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Medikamente&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Medication actions</source>
        <translation>Medikamenten-Aktionen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New medication</source>
        <translation>&amp;Neues Medikament</translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation>Ein Medikament hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected medication</source>
        <translation>Das ausgewählte Medikament bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Stop…</source>
        <translation>&amp;Absetzen …</translation>
    </message>
    <message>
        <source>Stop the selected medication; it moves to the past medications</source>
        <translation>Das ausgewählte Medikament absetzen; es wird zu den früheren Medikamenten verschoben</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected medication (it can be restored)</source>
        <translation>Das ausgewählte Medikament löschen (lässt sich wiederherstellen)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the selected deleted medication</source>
        <translation>Das ausgewählte gelöschte Medikament wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf …</translation>
    </message>
    <message>
        <source>Every version of the selected medication</source>
        <translation>Alle Fassungen des ausgewählten Medikaments</translation>
    </message>
    <message>
        <source>Take e&amp;xtra dose…</source>
        <translation>&amp;Zusätzliche Dosis …</translation>
    </message>
    <message>
        <source>Record a dose taken as needed or outside the schedule</source>
        <translation>Eine bei Bedarf oder außerhalb des Plans eingenommene Dosis erfassen</translation>
    </message>
    <message>
        <source>Which medications</source>
        <translation>Welche Medikamente</translation>
    </message>
    <message>
        <source>&amp;Current</source>
        <translation>A&amp;ktuell</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>&amp;Früher</translation>
    </message>
    <message>
        <source>De&amp;leted</source>
        <translation>&amp;Gelöscht</translation>
    </message>
    <message>
        <source>Deleted medications</source>
        <translation>Gelöschte Medikamente</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Refill soon: %1</source>
        <translation>Bald nachfüllen: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 — deleted %2</source>
        <translation>%1 — gelöscht %2</translation>
    </message>
    <message>
        <source>No past medications. A medication moves here once it is stopped.</source>
        <translation>Keine früheren Medikamente. Ein Medikament kommt hierher, sobald es abgesetzt ist.</translation>
    </message>
    <message>
        <source>No medications yet — add one with New medication (%1).</source>
        <translation>Noch keine Medikamente — fügen Sie eines mit Neues Medikament (%1) hinzu.</translation>
    </message>
    <message>
        <source>No current medications. Stopped ones are under Past.</source>
        <translation>Keine aktuellen Medikamente. Abgesetzte stehen unter Früher.</translation>
    </message>
    <message>
        <source>Nothing deleted. A deleted medication stays here until you restore it.</source>
        <translation>Nichts gelöscht. Ein gelöschtes Medikament bleibt hier, bis Sie es wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore a deleted medication to see its details again; History shows every version it had.</source>
        <translation>Stellen Sie ein gelöschtes Medikament wieder her, um seine Details erneut zu sehen; Verlauf zeigt alle seine Fassungen.</translation>
    </message>
    <message>
        <source>Select a medication to see its details and last doses.</source>
        <translation>Wählen Sie ein Medikament, um Details und letzte Einnahmen zu sehen.</translation>
    </message>
    <message>
        <source>The details of this medication could not be read.</source>
        <translation>Die Details dieses Medikaments konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Medication not stopped</source>
        <translation>Medikament nicht abgesetzt</translation>
    </message>
    <message>
        <source>Delete medication</source>
        <translation>Medikament löschen</translation>
    </message>
    <message>
        <source>Delete %1? It moves to Deleted, with its doses and history, and can be restored from there.</source>
        <translation>%1 löschen? Es wird mit seinen Einnahmen und seinem Verlauf zu Gelöscht verschoben und lässt sich dort wiederherstellen.</translation>
    </message>
    <message>
        <source>Medication not deleted</source>
        <translation>Medikament nicht gelöscht</translation>
    </message>
    <message>
        <source>Medication not restored</source>
        <translation>Medikament nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Dose not recorded</source>
        <translation>Dosis nicht erfasst</translation>
    </message>
</context>
<context>
    <name>carnet::MonthDayDelegate</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>1 dose</source>
        <translation>1 Dosis</translation>
    </message>
    <message numerus="yes">
        <source>%n doses</source>
        <translation>
            <numerusform>%n Dosis</numerusform>
            <numerusform>%n Dosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carnet::MonthView</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
</context>
<context>
    <name>carnet::OptionalDateField</name>
    <message>
        <source>%1 is known</source>
        <translation>%1 ist bekannt</translation>
    </message>
    <message>
        <source>Untick when the date is not known</source>
        <translation>Haken entfernen, wenn das Datum nicht bekannt ist</translation>
    </message>
</context>
<context>
    <name>carnet::PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
</context>
<context>
    <name>carnet::PeopleChoiceBox</name>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
</context>
<context>
    <name>carnet::PeopleListPanel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Add a new entry</source>
        <translation>Einen neuen Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Den ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected entry (Return, %1)</source>
        <translation>Den ausgewählten Eintrag bearbeiten (Eingabe, %1)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Den ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf …</translation>
    </message>
    <message>
        <source>Every version of the selected entry</source>
        <translation>Alle Fassungen des ausgewählten Eintrags</translation>
    </message>
    <message>
        <source>Show deleted entries and restore one</source>
        <translation>Gelöschte Einträge zeigen und einen wiederherstellen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Reading the list</source>
        <translation>Liste wird gelesen</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved. The earlier version is kept in the history.</source>
        <translation>Gespeichert. Die frühere Fassung bleibt im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Deleted. “%1” restores it.</source>
        <translation>Gelöscht. „%1“ stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>carnet::PeopleProblemLabel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>carnet::PeopleRestoreDialog</name>
    <message>
        <source>Nothing has been deleted.</source>
        <translation>Nichts wurde gelöscht.</translation>
    </message>
    <message>
        <source>Deleted records stay in the vault, with their history, until you restore them. Choose one to restore:</source>
        <translation>Gelöschte Einträge bleiben mit ihrem Verlauf im Tresor, bis Sie sie wiederherstellen. Wählen Sie einen zum Wiederherstellen:</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Gelöschte Einträge</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>carnet::PeopleTableEditor</name>
    <message>
        <source>Removes the selected row</source>
        <translation>Entfernt die ausgewählte Zeile</translation>
    </message>
</context>
<context>
    <name>carnet::ProfileForm</name>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>What people call you</source>
        <translation>Wie andere Sie nennen</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Geschlechtsidentität</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>In Ihren eigenen Worten</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Blutgruppe</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>Height in centimetres</source>
        <translation>Größe in Zentimetern</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>Weight in kilograms</source>
        <translation>Gewicht in Kilogramm</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A language tag: en, fr-CA, de</source>
        <translation>Ein Sprachkürzel: en, fr-CA, de</translation>
    </message>
    <message>
        <source>Organ donor</source>
        <translation>Organspender</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Notfallkontakte</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>Kontakt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move contact</source>
        <translation>Kontakt ent&amp;fernen</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>&amp;Verlauf …</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Every saved version of your profile (Ctrl+H)</source>
        <translation>Alle gespeicherten Fassungen Ihres Profils (Ctrl+H)</translation>
    </message>
    <message>
        <source>Drop what you typed and show the saved profile</source>
        <translation>Eingaben verwerfen und das gespeicherte Profil zeigen</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S); the earlier version is kept in the history</source>
        <translation>Das Profil speichern (Ctrl+S); die frühere Fassung bleibt im Verlauf erhalten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reverted to the saved profile.</source>
        <translation>Auf das gespeicherte Profil zurückgesetzt.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Vollständiger Na&amp;me:</translation>
    </message>
    <message>
        <source>P&amp;referred name:</source>
        <translation>&amp;Rufname:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>Ges&amp;chlecht:</translation>
    </message>
    <message>
        <source>&amp;Gender identity:</source>
        <translation>Geschlechts&amp;identität:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <source>&amp;Organ donor:</source>
        <translation>&amp;Organspender:</translation>
    </message>
    <message>
        <source>Blood t&amp;ype:</source>
        <translation>Blutgr&amp;uppe:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Körpergröße:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>Ge&amp;wicht:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Whom to call for you in an emergency, in the order to call them.</source>
        <translation>Wen man im Notfall für Sie anrufen soll, in der Reihenfolge der Anrufe.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Körper</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Das sieht nicht wie eine Telefonnummer aus.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>Use a language tag such as en, fr-CA or de.</source>
        <translation>Verwenden Sie ein Sprachkürzel wie en, fr-CA oder de.</translation>
    </message>
    <message>
        <source>Age: %1</source>
        <translation>Alter: %1</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>your profile</source>
        <translation>Ihr Profil</translation>
    </message>
</context>
<context>
    <name>carnet::ProfilePage</name>
    <message>
        <source>&lt;h2&gt;Profile and care team&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Profil und Behandlungsteam&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Behandlungsteam</translation>
    </message>
    <message>
        <source>Profile sections</source>
        <translation>Profilbereiche</translation>
    </message>
    <message>
        <source>Ctrl+Tab and Ctrl+Shift+Tab switch between the tabs</source>
        <translation>Ctrl+Tab und Ctrl+Shift+Tab wechseln zwischen den Reitern</translation>
    </message>
</context>
<context>
    <name>carnet::ReceivedShareListModel</name>
    <message>
        <source>Unknown signer (%1 …)</source>
        <translation>Unbekannter Unterzeichner (%1 …)</translation>
    </message>
    <message>
        <source>%1 (not pinned)</source>
        <translation>%1 (nicht bestätigt)</translation>
    </message>
    <message>
        <source>Signed by %1; the key is pinned in your care team.</source>
        <translation>Unterzeichner: %1; der Schlüssel ist in Ihrem Behandlungsteam bestätigt.</translation>
    </message>
    <message>
        <source>The signer&apos;s key is not pinned in your care team.</source>
        <translation>Der Schlüssel des Unterzeichners ist in Ihrem Behandlungsteam nicht bestätigt.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerabdruck: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
</context>
<context>
    <name>carnet::ReceivedSharesPage</name>
    <message>
        <source>&amp;Open shared record…</source>
        <translation>Geteilte Akte &amp;öffnen …</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Shared with me&lt;/h2&gt;&lt;p&gt;Records that others shared with you and that you chose to keep. They are read-only copies of someone else&apos;s record, checked when you opened them.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Mit mir geteilt&lt;/h2&gt;&lt;p&gt;Einträge, die andere mit Ihnen geteilt haben und die Sie aufbewahren wollten. Es sind schreibgeschützte Kopien der Akte einer anderen Person, geprüft beim Öffnen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open shared record</source>
        <translation>Geteilte Akte öffnen</translation>
    </message>
    <message>
        <source>Open a .carnet-share file someone sent you</source>
        <translation>Eine .carnet-share-Datei öffnen, die Ihnen jemand gesendet hat</translation>
    </message>
    <message>
        <source>Remove the selected share</source>
        <translation>Die ausgewählte Freigabe entfernen</translation>
    </message>
    <message>
        <source>Remove your copy of the selected share (Del)</source>
        <translation>Ihre Kopie der ausgewählten Freigabe entfernen (Entf)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Kept shares</source>
        <translation>Aufbewahrte Freigaben</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing kept here yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When a provider, caregiver or relative sends you a Carnet share (a file ending in &lt;i&gt;.carnet-share&lt;/i&gt;), choose &lt;b&gt;Open shared record…&lt;/b&gt; and pick the file. Carnet opens it with your vault&apos;s key, or asks for the one-time passphrase they gave you, checks every signature and shows who signed it. Nothing in it can be edited.&lt;/p&gt;&lt;p&gt;Choose &lt;b&gt;Keep in Shared with me&lt;/b&gt; to find it here later; removing it later removes only your copy.&lt;/p&gt;&lt;p&gt;For others to share with your vault&apos;s key, give them your public key from the Sharing section.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Hier ist noch nichts aufbewahrt.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Wenn Ihnen eine behandelnde oder pflegende Person oder ein Angehöriger eine Carnet-Freigabe sendet (eine Datei mit der Endung &lt;i&gt;.carnet-share&lt;/i&gt;), wählen Sie &lt;b&gt;Geteilte Akte öffnen …&lt;/b&gt; und dann die Datei. Carnet öffnet sie mit dem Schlüssel Ihres Tresors oder fragt nach der Einmal-Passphrase, die man Ihnen gegeben hat, prüft jede Signatur und zeigt, wer sie signiert hat. Nichts darin lässt sich bearbeiten.&lt;/p&gt;&lt;p&gt;Wählen Sie &lt;b&gt;Unter „Mit mir geteilt“ aufbewahren&lt;/b&gt;, um sie später hier wiederzufinden; wenn Sie sie später entfernen, wird nur Ihre Kopie entfernt.&lt;/p&gt;&lt;p&gt;Damit andere mit dem Schlüssel Ihres Tresors teilen können, geben Sie ihnen Ihren öffentlichen Schlüssel aus dem Bereich Freigaben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No kept shares</source>
        <translation>Keine aufbewahrten Freigaben</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>Mit mir geteilt</translation>
    </message>
    <message>
        <source>The kept shares could not be read: %1</source>
        <translation>Die aufbewahrten Freigaben konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This kept share cannot be shown: %1</source>
        <translation>Diese aufbewahrte Freigabe kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Remove the share from %1, received on %2?

This removes your copy only; the person who sent it keeps theirs. It cannot be undone, but you can open and keep the file again.</source>
        <translation>Die Freigabe von %1, erhalten am %2, entfernen?

Dadurch wird nur Ihre Kopie entfernt; die Person, die sie gesendet hat, behält ihre. Das lässt sich nicht rückgängig machen, aber Sie können die Datei erneut öffnen und aufbewahren.</translation>
    </message>
    <message>
        <source>Remove shared record</source>
        <translation>Geteilte Akte entfernen</translation>
    </message>
    <message>
        <source>Cannot remove the share</source>
        <translation>Die Freigabe kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>carnet::RecordHistoryDialog</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <source>Changes in this version</source>
        <translation>Änderungen in dieser Fassung</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Fassung %1: %2</translation>
    </message>
    <message>
        <source>No field changed.</source>
        <translation>Kein Feld geändert.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>carnet::RecoverPage</name>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Open and set the new passphrase</source>
        <translation>&amp;Öffnen und neue Passphrase festlegen</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when the vault was created, and choose a new passphrase. The code can be used once; Carnet then shows you a new one.</source>
        <translation>Geben Sie den Wiederherstellungscode ein, den Sie beim Anlegen des Tresors notiert haben, und wählen Sie eine neue Passphrase. Der Code gilt einmal; danach zeigt Carnet Ihnen einen neuen.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>Wiederherstellungs&amp;code:</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Neue &amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
</context>
<context>
    <name>carnet::RecoveryCodeDialog</name>
    <message>
        <source>Your recovery code</source>
        <translation>Ihr Wiederherstellungscode</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way into your vault. Write it down or print it, and keep it somewhere safe away from this computer. Carnet shows it only now.</source>
        <translation>Wenn Sie Ihre Passphrase vergessen, ist dieser Code der einzige Weg in Ihren Tresor. Schreiben Sie ihn auf oder drucken Sie ihn aus, und bewahren Sie ihn sicher und getrennt von diesem Computer auf. Carnet zeigt ihn nur jetzt.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>To confirm you have it, type its &amp;last group of four:</source>
        <translation>Zur Bestätigung geben Sie seine &amp;letzte Vierergruppe ein:</translation>
    </message>
    <message>
        <source>Last group of the recovery code</source>
        <translation>Letzte Gruppe des Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>&amp;Save as text…</source>
        <translation>Als Text &amp;speichern …</translation>
    </message>
    <message>
        <source>I have written it &amp;down</source>
        <translation>Ich habe ihn &amp;notiert</translation>
    </message>
    <message>
        <source>Carnet recovery code

%1

Created %2. Keep this apart from the computer that holds the vault. It opens the vault if the passphrase is lost; after it is used, Carnet shows a new one.
</source>
        <translation>Carnet-Wiederherstellungscode

%1

Erstellt am %2. Bewahren Sie ihn getrennt von dem Computer auf, der den Tresor enthält. Er öffnet den Tresor, wenn die Passphrase verloren ist; nach seiner Verwendung zeigt Carnet einen neuen.
</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Wiederherstellungscode speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The recovery code could not be saved: %1</source>
        <translation>Der Wiederherstellungscode konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>carnet::RecurrenceEditor</name>
    <message>
        <source>Does not repeat</source>
        <translation>Keine Wiederholung</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Eigene Regel</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation>Wieder&amp;holung:</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Wiederholen alle</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>A&amp;lle:</translation>
    </message>
    <message>
        <source>Repeat on %1</source>
        <translation>Wiederholen am %1</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Am:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>After a number of dates</source>
        <translation>Nach einer Anzahl von Terminen</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>An einem Datum</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Number of dates</source>
        <translation>Anzahl der Termine</translation>
    </message>
    <message>
        <source>How many dates in all, the first one included</source>
        <translation>Wie viele Termine insgesamt, den ersten eingeschlossen</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>The last day that can have a date</source>
        <translation>Der letzte Tag, an dem ein Termin liegen kann</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Endet:</translation>
    </message>
    <message>
        <source>Recurrence rule (RRULE)</source>
        <translation>Wiederholungsregel (RRULE)</translation>
    </message>
    <message>
        <source>e.g. FREQ=MONTHLY;BYDAY=1TU</source>
        <translation>z. B. FREQ=MONTHLY;BYDAY=1TU</translation>
    </message>
    <message>
        <source>The rule in iCalendar (RFC 5545) form. The choices above write it; edit it directly for patterns they cannot express, such as the first Tuesday of each month.</source>
        <translation>Die Regel in iCalendar-Form (RFC 5545). Die Auswahl oben schreibt sie; bearbeiten Sie sie direkt für Muster, die sich dort nicht ausdrücken lassen, etwa den ersten Dienstag jedes Monats.</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>Re&amp;gel:</translation>
    </message>
    <message>
        <source>Next dates</source>
        <translation>Nächste Termine</translation>
    </message>
    <message>
        <source>Next dates:</source>
        <translation>Nächste Termine:</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message numerus="yes">
        <source>days</source>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message numerus="yes">
        <source>weeks</source>
        <translation>
            <numerusform>Woche</numerusform>
            <numerusform>Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message numerus="yes">
        <source>months</source>
        <translation>
            <numerusform>Monat</numerusform>
            <numerusform>Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message numerus="yes">
        <source>years</source>
        <translation>
            <numerusform>Jahr</numerusform>
            <numerusform>Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a rule, or choose how often it repeats.</source>
        <translation>Geben Sie eine Regel ein oder wählen Sie, wie oft sich der Termin wiederholt.</translation>
    </message>
    <message>
        <source>The recurrence rule is empty.</source>
        <translation>Die Wiederholungsregel ist leer.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Ungültig: %1</translation>
    </message>
    <message>
        <source>No dates until the rule is valid.</source>
        <translation>Keine Termine, solange die Regel ungültig ist.</translation>
    </message>
    <message>
        <source>A custom rule; its dates are listed below.</source>
        <translation>Eine eigene Regel; ihre Termine stehen unten.</translation>
    </message>
    <message>
        <source>No dates until the times are valid.</source>
        <translation>Keine Termine, solange die Zeiten ungültig sind.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No more dates.</source>
        <translation>Keine weiteren Termine.</translation>
    </message>
</context>
<context>
    <name>carnet::ReminderListEditor</name>
    <message>
        <source>&amp;Add reminder</source>
        <translation>Erinnerung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Rem&amp;ind me:</source>
        <translation>Er&amp;innern:</translation>
    </message>
    <message>
        <source>Reminder lead time</source>
        <translation>Vorlaufzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Reminder unit</source>
        <translation>Einheit der Erinnerung</translation>
    </message>
    <message>
        <source>minutes before</source>
        <translation>Minuten vorher</translation>
    </message>
    <message>
        <source>hours before</source>
        <translation>Stunden vorher</translation>
    </message>
    <message>
        <source>days before</source>
        <translation>Tage vorher</translation>
    </message>
    <message>
        <source>Remove the selected reminder (Del)</source>
        <translation>Die ausgewählte Erinnerung entfernen (Entf)</translation>
    </message>
    <message>
        <source>No reminders. Add one below.</source>
        <translation>Keine Erinnerungen. Fügen Sie unten eine hinzu.</translation>
    </message>
</context>
<context>
    <name>carnet::ReminderScheduler</name>
    <message>
        <source>Carnet reminder</source>
        <translation>Carnet-Erinnerung</translation>
    </message>
    <message>
        <source>Something is due. Unlock Carnet to see what.</source>
        <translation>Etwas steht an. Entsperren Sie Carnet, um zu sehen, was.</translation>
    </message>
</context>
<context>
    <name>carnet::SettingsDialog</name>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Sperren, wenn der Bildschirm gesperrt wird oder der Computer ruht</translation>
    </message>
    <message>
        <source>Remind me of doses and appointments while Carnet runs</source>
        <translation>An Einnahmen und Termine erinnern, während Carnet läuft</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation>Nach Minuten ohne Aktivität sperren</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Sperren nach Inaktivität:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>L&amp;anguage (after restart):</source>
        <translation>Spr&amp;ache (nach Neustart):</translation>
    </message>
</context>
<context>
    <name>carnet::ShareChoosePage</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>Entries from</source>
        <translation>Einträge ab</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Entries up to</source>
        <translation>Einträge bis</translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation>&amp;Alle angezeigten auswählen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Auswahl auf&amp;heben</translation>
    </message>
    <message>
        <source>&amp;Medication list</source>
        <translation>&amp;Medikamentenliste</translation>
    </message>
    <message>
        <source>&amp;Insurance plans</source>
        <translation>Versi&amp;cherungen</translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation>&amp;Termine</translation>
    </message>
    <message>
        <source>Choose what to share</source>
        <translation>Wählen Sie, was geteilt werden soll</translation>
    </message>
    <message>
        <source>Tick the journal entries to share, and add other records if the recipient needs them. Nothing leaves before the preview.</source>
        <translation>Setzen Sie einen Haken bei den Tagebucheinträgen, die Sie teilen möchten, und fügen Sie weitere Einträge hinzu, wenn der Empfänger sie braucht. Vor der Vorschau verlässt nichts den Tresor.</translation>
    </message>
    <message>
        <source>Show only entries on or after this day</source>
        <translation>Nur Einträge an oder nach diesem Tag zeigen</translation>
    </message>
    <message>
        <source>Show only entries on or before this day</source>
        <translation>Nur Einträge an oder vor diesem Tag zeigen</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <source>Show entries with tag</source>
        <translation>Einträge mit Schlagwort zeigen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Im Tagebuch suchen</translation>
    </message>
    <message>
        <source>Words in the title, text or tags</source>
        <translation>Wörter in Titel, Text oder Schlagwörtern</translation>
    </message>
    <message>
        <source>Journal entries to share</source>
        <translation>Zu teilende Tagebucheinträge</translation>
    </message>
    <message>
        <source>Space ticks or unticks the entry</source>
        <translation>Die Leertaste setzt oder entfernt den Haken beim Eintrag</translation>
    </message>
    <message>
        <source>Columns of the entry list</source>
        <translation>Spalten der Eintragsliste</translation>
    </message>
    <message>
        <source>Select all entries shown</source>
        <translation>Alle angezeigten Einträge auswählen</translation>
    </message>
    <message>
        <source>Tick every entry that matches the dates, tag and search, including those further down the list</source>
        <translation>Bei jedem Eintrag einen Haken setzen, der zu Datum, Schlagwort und Suche passt, auch bei denen weiter unten in der Liste</translation>
    </message>
    <message>
        <source>Untick all entries</source>
        <translation>Alle Haken entfernen</translation>
    </message>
    <message>
        <source>Untick every entry, shown or not</source>
        <translation>Bei jedem Eintrag den Haken entfernen, ob angezeigt oder nicht</translation>
    </message>
    <message>
        <source>Entries chosen</source>
        <translation>Ausgewählte Einträge</translation>
    </message>
    <message>
        <source>Share the medication list</source>
        <translation>Die Medikamentenliste teilen</translation>
    </message>
    <message>
        <source>Current and past medications, with doses and schedules</source>
        <translation>Aktuelle und frühere Medikamente, mit Dosen und Einnahmeplänen</translation>
    </message>
    <message>
        <source>Share the insurance plans</source>
        <translation>Die Versicherungen teilen</translation>
    </message>
    <message>
        <source>Every insurance plan, with member and group numbers</source>
        <translation>Jede Versicherung, mit Versicherten- und Gruppennummer</translation>
    </message>
    <message>
        <source>Share the appointments</source>
        <translation>Die Termine teilen</translation>
    </message>
    <message>
        <source>Every appointment, past and upcoming</source>
        <translation>Jeder Termin, vergangen und künftig</translation>
    </message>
    <message>
        <source>Also share</source>
        <translation>Außerdem teilen</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>Entries chosen: %1</source>
        <translation>Ausgewählte Einträge: %1</translation>
    </message>
    <message>
        <source>The journal is empty. You can still share the medication list, insurance plans or appointments.</source>
        <translation>Das Tagebuch ist leer. Sie können trotzdem die Medikamentenliste, die Versicherungen oder die Termine teilen.</translation>
    </message>
    <message>
        <source>No entry matches these dates, tag and words. Entries ticked before stay ticked.</source>
        <translation>Kein Eintrag passt zu diesem Zeitraum, Schlagwort und diesen Wörtern. Zuvor gesetzte Haken bleiben gesetzt.</translation>
    </message>
    <message>
        <source>%1

Entries deleted meanwhile were unticked; check the choice and go on.</source>
        <translation>%1

Inzwischen gelöschte Einträge wurden abgewählt; prüfen Sie die Auswahl und fahren Sie fort.</translation>
    </message>
</context>
<context>
    <name>carnet::ShareDonePage</name>
    <message>
        <source>One-time passphrase</source>
        <translation>Einmal-Passphrase</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Share saved</source>
        <translation>Freigabe gespeichert</translation>
    </message>
    <message>
        <source>Send the file to the recipient. It is recorded in the disclosure log under Sharing.</source>
        <translation>Senden Sie die Datei an den Empfänger. Sie ist im Weitergabeprotokoll unter Freigaben vermerkt.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Gespeichert unter</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 der Datei</translation>
    </message>
    <message>
        <source>Copy the one-time passphrase</source>
        <translation>Die Einmal-Passphrase kopieren</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard is cleared again after %n seconds</source>
        <translation>
            <numerusform>Die Zwischenablage wird nach %n Sekunde wieder gelöscht</numerusform>
            <numerusform>Die Zwischenablage wird nach %n Sekunden wieder gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Give this passphrase to the recipient another way than the file: read it out on the phone or hand it over, never in the same e-mail or chat. It is shown only now and Carnet does not keep it; without it, nobody can open the share.</source>
        <translation>Geben Sie diese Passphrase dem Empfänger auf anderem Weg als die Datei: Lesen Sie sie am Telefon vor oder übergeben Sie sie persönlich, niemals in derselben E-Mail oder demselben Chat. Sie wird nur jetzt angezeigt, und Carnet speichert sie nicht; ohne sie kann niemand die Freigabe öffnen.</translation>
    </message>
    <message>
        <source>Show the share in its folder</source>
        <translation>Die Freigabe in ihrem Ordner zeigen</translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation>Gespeichert unter:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Send the file, and the passphrase below by another way. The share is recorded in the disclosure log under Sharing.</source>
        <translation>Senden Sie die Datei und die Passphrase unten auf getrenntem Weg. Die Freigabe ist im Weitergabeprotokoll unter Freigaben vermerkt.</translation>
    </message>
</context>
<context>
    <name>carnet::ShareEntryChoiceModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>carnet::SharePassphraseDialog</name>
    <message>
        <source>Open shared record</source>
        <translation>Geteilte Akte öffnen</translation>
    </message>
    <message>
        <source>“%1” is locked with a one-time passphrase. Type the passphrase the sender gave you (not your vault&apos;s passphrase).</source>
        <translation>„%1“ ist mit einer Einmal-Passphrase gesperrt. Geben Sie die Passphrase ein, die Ihnen der Absender gegeben hat (nicht die Passphrase Ihres Tresors).</translation>
    </message>
    <message>
        <source>One-time &amp;passphrase:</source>
        <translation>Einmal-&amp;Passphrase:</translation>
    </message>
    <message>
        <source>One-time passphrase</source>
        <translation>Einmal-Passphrase</translation>
    </message>
</context>
<context>
    <name>carnet::SharePreviewPage</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Wäh&amp;len …</translation>
    </message>
    <message>
        <source>Preview: exactly what leaves</source>
        <translation>Vorschau: genau das, was den Tresor verlässt</translation>
    </message>
    <message>
        <source>This is the summary the recipient will read, made from the same signed data; only the export id and time are set anew when saving. Check it, choose where to save the file, and confirm with your vault passphrase.</source>
        <translation>Dies ist die Zusammenfassung, die der Empfänger lesen wird, erstellt aus denselben signierten Daten; nur Export-ID und Zeitpunkt werden beim Speichern neu gesetzt. Prüfen Sie sie, wählen Sie, wo die Datei gespeichert wird, und bestätigen Sie mit der Passphrase Ihres Tresors.</translation>
    </message>
    <message>
        <source>&amp;Save share</source>
        <translation>Freigabe &amp;speichern</translation>
    </message>
    <message>
        <source>Summary of the share, as the recipient will read it</source>
        <translation>Zusammenfassung der Freigabe, wie der Empfänger sie lesen wird</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Datei&amp;name:</translation>
    </message>
    <message>
        <source>File to save the share in</source>
        <translation>Datei, in der die Freigabe gespeichert wird</translation>
    </message>
    <message>
        <source>Choose where to save the share</source>
        <translation>Wählen, wo die Freigabe gespeichert wird</translation>
    </message>
    <message>
        <source>Enter your &amp;vault passphrase to confirm:</source>
        <translation>Geben Sie zur Bestätigung die Passphrase Ihres &amp;Tresors ein:</translation>
    </message>
    <message>
        <source>Vault passphrase, to confirm the share</source>
        <translation>Passphrase des Tresors, um die Freigabe zu bestätigen</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problem mit der Passphrase</translation>
    </message>
    <message>
        <source>Saving the share</source>
        <translation>Die Freigabe wird gespeichert</translation>
    </message>
    <message>
        <source>journal entries: %1</source>
        <translation>Tagebucheinträge: %1</translation>
    </message>
    <message>
        <source>medications: %1</source>
        <translation>Medikamente: %1</translation>
    </message>
    <message>
        <source>insurance plans: %1</source>
        <translation>Versicherungen: %1</translation>
    </message>
    <message>
        <source>appointments: %1</source>
        <translation>Termine: %1</translation>
    </message>
    <message>
        <source>Records that will leave this vault, signed with your vault key: %1 (%2).</source>
        <translation>Einträge, die diesen Tresor verlassen, signiert mit Ihrem Tresorschlüssel: %1 (%2).</translation>
    </message>
    <message>
        <source>Identifiers redacted: %1; kept as written: %2.</source>
        <translation>Entfernte Kennungen: %1; unverändert belassen: %2.</translation>
    </message>
    <message>
        <source>Can be opened by: %1</source>
        <translation>Kann geöffnet werden von: %1</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>Die Vorschau konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Save the share as</source>
        <translation>Freigabe speichern unter</translation>
    </message>
    <message>
        <source>Carnet shares (*%1)</source>
        <translation>Carnet-Freigaben (*%1)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Give the full path of the file, or use Choose….</source>
        <translation>Geben Sie den vollständigen Pfad der Datei an oder verwenden Sie „Wählen …“.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder; add a file name.</source>
        <translation>%1 ist ein Ordner; fügen Sie einen Dateinamen hinzu.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this share?</source>
        <translation>%1 existiert bereits. Durch diese Freigabe ersetzen?</translation>
    </message>
    <message>
        <source>That is not this vault’s passphrase. Nothing was saved; try again.</source>
        <translation>Das ist nicht die Passphrase dieses Tresors. Es wurde nichts gespeichert; versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Share not saved</source>
        <translation>Freigabe nicht gespeichert</translation>
    </message>
    <message>
        <source>The share was not saved: %1
Nothing was written and nothing was logged.</source>
        <translation>Die Freigabe wurde nicht gespeichert: %1
Es wurde nichts geschrieben und nichts protokolliert.</translation>
    </message>
    <message>
        <source>Checking your passphrase, then signing, encrypting and saving the share…</source>
        <translation>Passphrase wird geprüft, dann wird die Freigabe signiert, verschlüsselt und gespeichert …</translation>
    </message>
</context>
<context>
    <name>carnet::SharePrivacyPage</name>
    <message>
        <source>&amp;Redact all</source>
        <translation>&amp;Alle entfernen</translation>
    </message>
    <message>
        <source>&amp;Keep all</source>
        <translation>Alle &amp;behalten</translation>
    </message>
    <message>
        <source>Check for identifiers</source>
        <translation>Auf Kennungen prüfen</translation>
    </message>
    <message>
        <source>Decide, for each identifier found in your entries, whether the recipient may see it.</source>
        <translation>Entscheiden Sie für jede in Ihren Einträgen gefundene Kennung, ob der Empfänger sie sehen darf.</translation>
    </message>
    <message>
        <source>Carnet looked in the chosen entries for the identifiers of the HIPAA Safe Harbor list (names, dates, phone and fax numbers, e-mail and web addresses, street addresses and postal codes, record, account and licence numbers, IP addresses, social security numbers): together they tell who you are, and who else you wrote about. Tick “Redact” for each one the recipient should not see; the share then says, for example, “[phone number removed]”. Your journal is not changed. Entry dates and the other records you add leave as recorded.</source>
        <translation>Carnet hat in den ausgewählten Einträgen nach den Kennungen der HIPAA-Safe-Harbor-Liste gesucht (Namen, Daten, Telefon- und Faxnummern, E-Mail- und Webadressen, Anschriften und Postleitzahlen, Akten-, Konto- und Lizenznummern, IP-Adressen, Sozialversicherungsnummern): Zusammen verraten sie, wer Sie sind und über wen Sie sonst noch geschrieben haben. Setzen Sie bei jeder, die der Empfänger nicht sehen soll, einen Haken bei „Entfernen“; in der Freigabe steht dann zum Beispiel „[Telefonnummer entfernt]“. Ihr Tagebuch wird nicht verändert. Eintragsdaten und die anderen hinzugefügten Einträge gehen so hinaus, wie sie erfasst sind.</translation>
    </message>
    <message>
        <source>Chosen text with identifiers highlighted</source>
        <translation>Ausgewählter Text mit hervorgehobenen Kennungen</translation>
    </message>
    <message>
        <source>Identifiers found</source>
        <translation>Gefundene Kennungen</translation>
    </message>
    <message>
        <source>Space ticks or unticks Redact for the identifier</source>
        <translation>Die Leertaste setzt oder entfernt den Haken bei „Entfernen“ für die Kennung</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Columns of the identifier list</source>
        <translation>Spalten der Kennungsliste</translation>
    </message>
    <message>
        <source>Redact every identifier</source>
        <translation>Jede Kennung entfernen</translation>
    </message>
    <message>
        <source>Keep every identifier</source>
        <translation>Jede Kennung behalten</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Redact %1 %2 (number %3)</source>
        <translation>%1 %2 entfernen (Nummer %3)</translation>
    </message>
    <message>
        <source>No journal entry is shared, so there is no text to check.</source>
        <translation>Es wird kein Tagebucheintrag geteilt, daher gibt es keinen Text zu prüfen.</translation>
    </message>
    <message>
        <source>No journal entry is shared: there is no text to check.</source>
        <translation>Es wird kein Tagebucheintrag geteilt: Es gibt keinen Text zu prüfen.</translation>
    </message>
    <message>
        <source>No identifier was found in the chosen entries. Read them once more below before you go on: no search finds everything.</source>
        <translation>In den ausgewählten Einträgen wurde keine Kennung gefunden. Lesen Sie sie unten noch einmal, bevor Sie fortfahren: Keine Suche findet alles.</translation>
    </message>
    <message>
        <source>Identifiers found: %1. To be redacted: %2.</source>
        <translation>Gefundene Kennungen: %1. Zu entfernen: %2.</translation>
    </message>
</context>
<context>
    <name>carnet::ShareRecipientsPage</name>
    <message>
        <source>Encrypt to the recipients’ &amp;keys</source>
        <translation>Mit den &amp;Schlüsseln der Empfänger verschlüsseln</translation>
    </message>
    <message>
        <source>Protect with a one-time &amp;passphrase</source>
        <translation>Mit einer Einmal-&amp;Passphrase schützen</translation>
    </message>
    <message>
        <source>Choose who can open it</source>
        <translation>Wählen Sie, wer sie öffnen kann</translation>
    </message>
    <message>
        <source>The share is encrypted: only the holders of the keys you choose, or of a one-time passphrase, can read it.</source>
        <translation>Die Freigabe ist verschlüsselt: Nur wer einen der von Ihnen gewählten Schlüssel oder eine Einmal-Passphrase hat, kann sie lesen.</translation>
    </message>
    <message>
        <source>Encrypt to the recipients’ keys</source>
        <translation>Mit den Schlüsseln der Empfänger verschlüsseln</translation>
    </message>
    <message>
        <source>Protect with a one-time passphrase</source>
        <translation>Mit einer Einmal-Passphrase schützen</translation>
    </message>
    <message>
        <source>For a recipient without an age key: age encrypts to a passphrase alone, never together with keys</source>
        <translation>Für einen Empfänger ohne age-Schlüssel: age verschlüsselt entweder nur mit einer Passphrase oder mit Schlüsseln, nie mit beidem zusammen</translation>
    </message>
    <message>
        <source>Care-team &amp;members with an age key:</source>
        <translation>&amp;Mitglieder des Behandlungsteams mit age-Schlüssel:</translation>
    </message>
    <message>
        <source>Care-team members to share with</source>
        <translation>Mitglieder des Behandlungsteams, mit denen geteilt wird</translation>
    </message>
    <message>
        <source>Space ticks or unticks the member</source>
        <translation>Die Leertaste setzt oder entfernt den Haken beim Mitglied</translation>
    </message>
    <message>
        <source>Or paste an &amp;age public key (age1…), or several separated by spaces:</source>
        <translation>Oder fügen Sie einen öffentlichen &amp;age-Schlüssel (age1…) ein, oder mehrere, durch Leerzeichen getrennt:</translation>
    </message>
    <message>
        <source>Age public key of a recipient</source>
        <translation>Öffentlicher age-Schlüssel eines Empfängers</translation>
    </message>
    <message>
        <source>Problem with the key</source>
        <translation>Problem mit dem Schlüssel</translation>
    </message>
    <message>
        <source>Carnet makes a passphrase of %1 random words (%2 bits) and shows it once, after the share is saved; it is not kept anywhere. Give it to the recipient another way than the file: read it out on the phone or hand it over, never in the same e-mail. Anyone with both the file and the passphrase can read the share.</source>
        <translation>Carnet erzeugt eine Passphrase aus %1 zufälligen Wörtern (%2 Bit) und zeigt sie einmal an, nachdem die Freigabe gespeichert ist; sie wird nirgends gespeichert. Geben Sie sie dem Empfänger auf anderem Weg als die Datei: Lesen Sie sie am Telefon vor oder übergeben Sie sie persönlich, niemals in derselben E-Mail. Wer sowohl die Datei als auch die Passphrase hat, kann die Freigabe lesen.</translation>
    </message>
    <message>
        <source>Key pinned: you confirmed it with them.</source>
        <translation>Schlüssel bestätigt: Sie haben ihn mit der Person überprüft.</translation>
    </message>
    <message>
        <source>Key not pinned: before sending, compare %1 with them.</source>
        <translation>Schlüssel nicht bestätigt: Vergleichen Sie vor dem Senden %1 mit der Person.</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Age key: %1</source>
        <translation>age-Schlüssel: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>key pinned</source>
        <translation>Schlüssel bestätigt</translation>
    </message>
    <message>
        <source>key not pinned</source>
        <translation>Schlüssel nicht bestätigt</translation>
    </message>
    <message>
        <source>No care-team member has an age key yet. Add their key in Profile &amp; care team › Care team, or paste it below.</source>
        <translation>Noch hat kein Mitglied des Behandlungsteams einen age-Schlüssel. Fügen Sie den Schlüssel unter Profil &amp; Behandlungsteam › Behandlungsteam hinzu oder fügen Sie ihn unten ein.</translation>
    </message>
    <message>
        <source>Care-team members without an age key, who cannot be chosen yet: %1.</source>
        <translation>Mitglieder des Behandlungsteams ohne age-Schlüssel, die noch nicht gewählt werden können: %1.</translation>
    </message>
    <message>
        <source>Not pinned: %1. Check the key with them (in person or by phone) before you send the file; Profile &amp; care team › Care team can pin it once confirmed.</source>
        <translation>Nicht bestätigt: %1. Prüfen Sie den Schlüssel mit der Person (persönlich oder am Telefon), bevor Sie die Datei senden; unter Profil &amp; Behandlungsteam › Behandlungsteam können Sie ihn nach der Prüfung bestätigen.</translation>
    </message>
</context>
<context>
    <name>carnet::ShareWizard</name>
    <message>
        <source>New share</source>
        <translation>Neue Freigabe</translation>
    </message>
</context>
<context>
    <name>carnet::SharedRecordOpener</name>
    <message>
        <source>Open shared record</source>
        <translation>Geteilte Akte öffnen</translation>
    </message>
    <message>
        <source>Carnet shares (*.carnet-share)</source>
        <translation>Carnet-Freigaben (*.carnet-share)</translation>
    </message>
    <message>
        <source>Wrong passphrase: the share does not open with the passphrase you typed. Check it with the person who sent it (it is the one-time passphrase they gave you, not your vault&apos;s).</source>
        <translation>Falsche Passphrase: Die Freigabe lässt sich mit der eingegebenen Passphrase nicht öffnen. Klären Sie das mit der Person, die sie gesendet hat (es ist die Einmal-Passphrase, die sie Ihnen gegeben hat, nicht die Ihres Tresors).</translation>
    </message>
    <message>
        <source>This share is not for your key: it was made for someone else&apos;s vault, so it cannot be opened here. Ask the sender to share it with your vault&apos;s key or with a one-time passphrase.</source>
        <translation>Diese Freigabe ist nicht für Ihren Schlüssel: Sie wurde für den Tresor einer anderen Person erstellt und kann hier nicht geöffnet werden. Bitten Sie den Absender, sie mit dem Schlüssel Ihres Tresors oder mit einer Einmal-Passphrase zu teilen.</translation>
    </message>
    <message>
        <source>This file is damaged or was tampered with, or it is not a Carnet share. Do not trust its contents; ask the sender for a new copy.</source>
        <translation>Diese Datei ist beschädigt oder wurde manipuliert, oder sie ist keine Carnet-Freigabe. Vertrauen Sie ihrem Inhalt nicht; bitten Sie den Absender um eine neue Kopie.</translation>
    </message>
    <message>
        <source>The signature does not verify: this share was tampered with, or was not signed by the key it names. Do not trust its contents.</source>
        <translation>Die Signatur lässt sich nicht bestätigen: Diese Freigabe wurde manipuliert oder nicht mit dem Schlüssel signiert, den sie nennt. Vertrauen Sie ihrem Inhalt nicht.</translation>
    </message>
    <message>
        <source>This share holds unsafe content (a file that would land outside its folder, or a repeated or special file) and was refused. Do not trust its contents.</source>
        <translation>Diese Freigabe enthält unsicheren Inhalt (eine Datei, die außerhalb ihres Ordners landen würde, oder eine doppelte oder besondere Datei) und wurde abgelehnt. Vertrauen Sie ihrem Inhalt nicht.</translation>
    </message>
    <message>
        <source>This file is too large to be a Carnet share, or its passphrase protection asks for more work than Carnet allows. It was not opened.</source>
        <translation>Diese Datei ist zu groß für eine Carnet-Freigabe, oder ihr Passphrase-Schutz verlangt mehr Rechenaufwand, als Carnet zulässt. Sie wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>This share was made by a newer Carnet. Update Carnet to open it.</source>
        <translation>Diese Freigabe wurde mit einem neueren Carnet erstellt. Aktualisieren Sie Carnet, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot read the file.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The share could not be opened.</source>
        <translation>Die Freigabe konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>“%1” is locked to a vault&apos;s key, not to a passphrase. Unlock your vault first, then open the file with File › Open shared record…</source>
        <translation>„%1“ ist an den Schlüssel eines Tresors gebunden, nicht an eine Passphrase. Entsperren Sie zuerst Ihren Tresor und öffnen Sie die Datei dann mit Datei › Geteilte Akte öffnen …</translation>
    </message>
    <message>
        <source>%1 does not exist or cannot be read.</source>
        <translation>%1 existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This vault has no key to open shares with.</source>
        <translation>Dieser Tresor hat keinen Schlüssel zum Öffnen von Freigaben.</translation>
    </message>
    <message>
        <source>Shared record</source>
        <translation>Geteilte Akte</translation>
    </message>
    <message>
        <source>The share verified, but could not be checked against your care team and the shares opened before: %1</source>
        <translation>Die Freigabe ist in Ordnung, konnte aber nicht mit Ihrem Behandlungsteam und den zuvor geöffneten Freigaben abgeglichen werden: %1</translation>
    </message>
    <message>
        <source>The share could not be opened: %1</source>
        <translation>Die Freigabe konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Decrypting “%1” and checking its signatures…</source>
        <translation>„%1“ wird entschlüsselt, die Signaturen werden geprüft …</translation>
    </message>
    <message>
        <source>Opening shared record</source>
        <translation>Geteilte Akte wird geöffnet</translation>
    </message>
    <message>
        <source>Opening the shared record</source>
        <translation>Die geteilte Akte wird geöffnet</translation>
    </message>
    <message>
        <source>Cannot open the shared record</source>
        <translation>Die geteilte Akte kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>carnet::SharedRecordSections</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Intended</source>
        <translation>Vorgesehen</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation>Dosierung</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Art der Anwendung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Shared medications</source>
        <translation>Geteilte Medikamente</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Kostenträger</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>Versichertennummer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Hauptversicherte Person</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Shared insurance plans</source>
        <translation>Geteilte Versicherungen</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Shared appointments</source>
        <translation>Geteilte Termine</translation>
    </message>
    <message>
        <source>This share holds no records.</source>
        <translation>Diese Freigabe enthält keine Einträge.</translation>
    </message>
    <message>
        <source>Shared records</source>
        <translation>Geteilte Einträge</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Shared journal entries</source>
        <translation>Geteilte Tagebucheinträge</translation>
    </message>
    <message>
        <source>Shared journal entry text</source>
        <translation>Text des geteilten Tagebucheintrags</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Journal entries (%1)</source>
        <translation>Tagebucheinträge (%1)</translation>
    </message>
    <message>
        <source>Medications (%1)</source>
        <translation>Medikamente (%1)</translation>
    </message>
    <message>
        <source>Insurance (%1)</source>
        <translation>Versicherung (%1)</translation>
    </message>
    <message>
        <source>Appointments (%1)</source>
        <translation>Termine (%1)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
</context>
<context>
    <name>carnet::SharedRecordView</name>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>Whether the signer&apos;s key is pinned</source>
        <translation>Ob der Schlüssel des Unterzeichners bestätigt ist</translation>
    </message>
    <message>
        <source>Signer&apos;s fingerprint</source>
        <translation>Fingerabdruck des Unterzeichners</translation>
    </message>
    <message>
        <source>Compare these groups with the ones the sender reads out to you, or with their care-team entry.</source>
        <translation>Vergleichen Sie diese Gruppen mit denen, die Ihnen der Absender vorliest, oder mit seinem Eintrag im Behandlungsteam.</translation>
    </message>
    <message>
        <source>Signer not pinned</source>
        <translation>Unterzeichner nicht bestätigt</translation>
    </message>
    <message>
        <source>This signer&apos;s key is not pinned in your care team: compare the fingerprint with them before trusting it.</source>
        <translation>Der Schlüssel dieses Unterzeichners ist in Ihrem Behandlungsteam nicht bestätigt: Vergleichen Sie den Fingerabdruck mit der Person, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>Opened before</source>
        <translation>Bereits geöffnet</translation>
    </message>
    <message>
        <source>When the share was made</source>
        <translation>Wann die Freigabe erstellt wurde</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signiert von:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient:</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(kein Name angegeben)</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, geboren %2</translation>
    </message>
    <message>
        <source>The expected key</source>
        <translation>Der erwartete Schlüssel</translation>
    </message>
    <message>
        <source>An unknown key</source>
        <translation>Ein unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>✓ Pinned in your care team</source>
        <translation>✓ In Ihrem Behandlungsteam bestätigt</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Nicht bestätigt</translation>
    </message>
    <message>
        <source>You opened this share before, on %1. If you did not expect to see it again, someone may be passing an old copy off as new.</source>
        <translation>Sie haben diese Freigabe bereits am %1 geöffnet. Wenn Sie nicht damit gerechnet haben, sie noch einmal zu sehen, gibt jemand womöglich eine alte Kopie als neu aus.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n record(s)</source>
        <translation>
            <numerusform>%1 · %n Eintrag</numerusform>
            <numerusform>%1 · %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>kept on %1</source>
        <translation>aufbewahrt am %1</translation>
    </message>
</context>
<context>
    <name>carnet::SharedRecordWindow</name>
    <message>
        <source>&amp;Keep in Shared with me</source>
        <translation>Unter „Mit mir geteilt“ &amp;aufbewahren</translation>
    </message>
    <message>
        <source>&amp;Save summary as HTML…</source>
        <translation>Zusammenfassung als HTML &amp;speichern …</translation>
    </message>
    <message>
        <source>Shared record</source>
        <translation>Geteilte Akte</translation>
    </message>
    <message>
        <source>Shared record from %1</source>
        <translation>Geteilte Akte von %1</translation>
    </message>
    <message>
        <source>Keep in Shared with me</source>
        <translation>Unter „Mit mir geteilt“ aufbewahren</translation>
    </message>
    <message>
        <source>Store a copy of this share in your vault, under Shared with me (Ctrl+K)</source>
        <translation>Eine Kopie dieser Freigabe in Ihrem Tresor unter „Mit mir geteilt“ speichern (Ctrl+K)</translation>
    </message>
    <message>
        <source>Save summary as HTML</source>
        <translation>Zusammenfassung als HTML speichern</translation>
    </message>
    <message>
        <source>Save the signed summary page that came with the share, to open in a browser or print</source>
        <translation>Die signierte Zusammenfassungsseite speichern, die mit der Freigabe gekommen ist, um sie in einem Browser zu öffnen oder zu drucken</translation>
    </message>
    <message>
        <source>To keep a copy in your vault, unlock it and open the file with File › Open shared record…</source>
        <translation>Um eine Kopie in Ihrem Tresor aufzubewahren, entsperren Sie ihn und öffnen Sie die Datei mit Datei › Geteilte Akte öffnen …</translation>
    </message>
    <message>
        <source>Cannot keep the share</source>
        <translation>Die Freigabe kann nicht aufbewahrt werden</translation>
    </message>
    <message>
        <source>The vault could not store it: %1</source>
        <translation>Der Tresor konnte sie nicht speichern: %1</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Aufbewahrt</translation>
    </message>
    <message>
        <source>This share is in Shared with me</source>
        <translation>Diese Freigabe ist unter „Mit mir geteilt“</translation>
    </message>
    <message>
        <source>shared-record-summary.html</source>
        <translation>shared-record-summary.html</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <source>Cannot save the summary</source>
        <translation>Die Zusammenfassung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>carnet::SharingPage</name>
    <message>
        <source>&amp;New share…</source>
        <translation>&amp;Neue Freigabe …</translation>
    </message>
    <message>
        <source>&amp;Open shared record…</source>
        <translation>Geteilte Akte &amp;öffnen …</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sharing&lt;/h2&gt;&lt;p&gt;Send chosen records to a doctor or someone you trust, encrypted to them and signed by this vault, or open a record someone shared with you.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Freigaben&lt;/h2&gt;&lt;p&gt;Senden Sie ausgewählte Einträge an eine Ärztin, einen Arzt oder eine Vertrauensperson, für sie verschlüsselt und von diesem Tresor signiert, oder öffnen Sie eine Akte, die jemand mit Ihnen geteilt hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose what to share and with whom, see exactly what will leave, then write the file (%1)</source>
        <translation>Wählen, was mit wem geteilt wird, genau sehen, was den Tresor verlässt, und dann die Datei schreiben (%1)</translation>
    </message>
    <message>
        <source>New share</source>
        <translation>Neue Freigabe</translation>
    </message>
    <message>
        <source>Open a .carnet-share file someone sent you</source>
        <translation>Eine .carnet-share-Datei öffnen, die Ihnen jemand gesendet hat</translation>
    </message>
    <message>
        <source>Open shared record</source>
        <translation>Geteilte Akte öffnen</translation>
    </message>
    <message>
        <source>Shared &amp;by you</source>
        <translation>&amp;Von Ihnen geteilt</translation>
    </message>
    <message>
        <source>Your sharing &amp;keys</source>
        <translation>Ihre &amp;Schlüssel zum Teilen</translation>
    </message>
    <message>
        <source>Every share made from this vault</source>
        <translation>Jede Freigabe aus diesem Tresor</translation>
    </message>
    <message>
        <source>Your public keys and fingerprint, for the people you share with</source>
        <translation>Ihre öffentlichen Schlüssel und Ihr Fingerabdruck, für die Personen, mit denen Sie teilen</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>New share…</source>
        <translation>Neue Freigabe …</translation>
    </message>
</context>
<context>
    <name>carnet::StartWindow</name>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Carnet&lt;/h1&gt;&lt;p&gt;Your health record, encrypted on this computer.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Carnet&lt;/h1&gt;&lt;p&gt;Ihre Gesundheitsakte, verschlüsselt auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation>Anderen Tresor ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a &amp;shared record…</source>
        <translation>&amp;Geteilte Akte öffnen …</translation>
    </message>
    <message>
        <source>Why the vault is locked</source>
        <translation>Warum der Tresor gesperrt ist</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Tresor: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Etwas ist schiefgegangen: %1</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Choose the vault folder (or an empty folder for a new vault)</source>
        <translation>Tresorordner wählen (oder einen leeren Ordner für einen neuen Tresor)</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Zuletzt geöffnete Tresore</translation>
    </message>
    <message>
        <source>Vaults opened on this computer</source>
        <translation>Auf diesem Computer geöffnete Tresore</translation>
    </message>
    <message>
        <source>Open it &amp;now with its passphrase…</source>
        <translation>&amp;Jetzt mit ihrer Passphrase öffnen …</translation>
    </message>
    <message>
        <source>Shared record to open</source>
        <translation>Zu öffnende geteilte Akte</translation>
    </message>
    <message>
        <source>Open the shared record now with its passphrase</source>
        <translation>Die geteilte Akte jetzt mit ihrer Passphrase öffnen</translation>
    </message>
    <message>
        <source>A share locked with a one-time passphrase opens without unlocking your vault; to keep it, unlock first.</source>
        <translation>Eine mit einer Einmal-Passphrase gesperrte Freigabe lässt sich öffnen, ohne Ihren Tresor zu entsperren; um sie aufzubewahren, entsperren Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>After you unlock, Carnet will open %1.</source>
        <translation>Nach dem Entsperren öffnet Carnet %1.</translation>
    </message>
</context>
<context>
    <name>carnet::StopMedicationDialog</name>
    <message>
        <source>Stop %1</source>
        <translation>%1 absetzen</translation>
    </message>
    <message>
        <source>%1 moves to the past medications from the stop date on. Its doses and history are kept.</source>
        <translation>%1 wird ab dem Absetzdatum zu den früheren Medikamenten verschoben. Einnahmen und Verlauf bleiben erhalten.</translation>
    </message>
    <message>
        <source>Stop date</source>
        <translation>Absetzdatum</translation>
    </message>
    <message>
        <source>The first day without this medication</source>
        <translation>Der erste Tag ohne dieses Medikament</translation>
    </message>
    <message>
        <source>Reason for stopping</source>
        <translation>Grund für das Absetzen</translation>
    </message>
    <message>
        <source>e.g. finished the course, side effects</source>
        <translation>z. B. Behandlung beendet, Nebenwirkungen</translation>
    </message>
    <message>
        <source>&amp;Stopped on:</source>
        <translation>&amp;Abgesetzt am:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>S&amp;top medication</source>
        <translation>Medikament a&amp;bsetzen</translation>
    </message>
</context>
<context>
    <name>carnet::TodayPage</name>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Einnehmen</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>Ü&amp;berspringen</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>Anstehende Termine</translation>
    </message>
    <message>
        <source>Refills running low</source>
        <translation>Bald nachfüllen</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Doses due today</source>
        <translation>Heute fällige Dosen</translation>
    </message>
    <message>
        <source>Take the selected dose</source>
        <translation>Ausgewählte Dosis einnehmen</translation>
    </message>
    <message>
        <source>Skip the selected dose</source>
        <translation>Ausgewählte Dosis überspringen</translation>
    </message>
    <message>
        <source>Record the selected dose as taken now</source>
        <translation>Ausgewählte Dosis als jetzt eingenommen erfassen</translation>
    </message>
    <message>
        <source>Record the selected dose as skipped</source>
        <translation>Ausgewählte Dosis als übersprungen erfassen</translation>
    </message>
    <message>
        <source>Next two weeks</source>
        <translation>Nächste zwei Wochen</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Dose not recorded</source>
        <translation>Dosis nicht erfasst</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No appointments in the next two weeks.</source>
        <translation>Keine Termine in den nächsten zwei Wochen.</translation>
    </message>
    <message>
        <source>%1: refill was due %2</source>
        <translation>%1: Nachfüllen war fällig am %2</translation>
    </message>
    <message>
        <source>%1: refill by %2</source>
        <translation>%1: nachfüllen bis %2</translation>
    </message>
    <message>
        <source>%1 — refills left: %2</source>
        <translation>%1 — verbleibende Rezepte: %2</translation>
    </message>
    <message>
        <source>No refill due in the next week.</source>
        <translation>Kein Nachfüllen in der nächsten Woche fällig.</translation>
    </message>
    <message>
        <source>Nothing yet. Entries, doses and appointments will show here.</source>
        <translation>Noch nichts. Einträge, Einnahmen und Termine erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>carnet::TrayIcon</name>
    <message>
        <source>&amp;Show Carnet</source>
        <translation>Carnet &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>Carnet — unlocked</source>
        <translation>Carnet – entsperrt</translation>
    </message>
    <message>
        <source>Carnet — locked</source>
        <translation>Carnet – gesperrt</translation>
    </message>
</context>
<context>
    <name>carnet::UnlockPage</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Forgot it? Use the &amp;recovery code…</source>
        <translation>Vergessen? &amp;Wiederherstellungscode verwenden …</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
</context>
<context>
    <name>carnet::VaultIdentityPanel</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your sharing keys&lt;/h3&gt;&lt;p&gt;Whoever sends you a share (a doctor&apos;s office, a lab, someone else using Carnet) encrypts it to your &lt;b&gt;age key&lt;/b&gt;, so that only this vault can open it. Whoever receives a share from you checks it with your &lt;b&gt;minisign key&lt;/b&gt;, to know it comes from you and was not changed on the way.&lt;/p&gt;&lt;p&gt;Both are public keys: they are not secret. Give them out by e-mail, on paper or as the QR code.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ihre Schlüssel zum Teilen&lt;/h3&gt;&lt;p&gt;Wer Ihnen eine Freigabe sendet (eine Arztpraxis, ein Labor, eine andere Person, die Carnet verwendet), verschlüsselt sie mit Ihrem &lt;b&gt;age-Schlüssel&lt;/b&gt;, damit nur dieser Tresor sie öffnen kann. Wer eine Freigabe von Ihnen erhält, prüft sie mit Ihrem &lt;b&gt;minisign-Schlüssel&lt;/b&gt;, um zu wissen, dass sie von Ihnen stammt und unterwegs nicht verändert wurde.&lt;/p&gt;&lt;p&gt;Beide sind öffentliche Schlüssel: Sie sind nicht geheim. Geben Sie sie per E-Mail, auf Papier oder als QR-Code weiter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This vault&apos;s sharing keys cannot be shown:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die Schlüssel zum Teilen dieses Tresors können nicht angezeigt werden:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sharing keys problem</source>
        <translation>Problem mit den Schlüsseln zum Teilen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fingerprint&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fingerabdruck&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Vault fingerprint</source>
        <translation>Fingerabdruck des Tresors</translation>
    </message>
    <message>
        <source>Copy &amp;fingerprint</source>
        <translation>&amp;Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>Copy the fingerprint, to paste it into a message</source>
        <translation>Den Fingerabdruck kopieren, um ihn in eine Nachricht einzufügen</translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation>Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;To be sure that the keys someone has are really yours, &lt;b&gt;compare the fingerprint&lt;/b&gt;: read it aloud, group by group, on the phone or face to face, while they look at the fingerprint their app shows for your keys. If every group matches, the keys are yours. A fingerprint that came in the same e-mail as the keys proves nothing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Um sicher zu sein, dass die Schlüssel, die jemand hat, wirklich Ihre sind, &lt;b&gt;vergleichen Sie den Fingerabdruck&lt;/b&gt;: Lesen Sie ihn Gruppe für Gruppe vor, am Telefon oder persönlich, während die andere Person auf den Fingerabdruck schaut, den ihre App für Ihre Schlüssel anzeigt. Wenn jede Gruppe übereinstimmt, sind es Ihre Schlüssel. Ein Fingerabdruck, der in derselben E-Mail wie die Schlüssel kam, beweist nichts.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>QR code of your public keys</source>
        <translation>QR-Code Ihrer öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>Holds your age key, minisign key and fingerprint as text.</source>
        <translation>Enthält Ihren age-Schlüssel, Ihren minisign-Schlüssel und Ihren Fingerabdruck als Text.</translation>
    </message>
    <message>
        <source>The same keys and fingerprint as a QR code, for a phone or an app that scans them.</source>
        <translation>Dieselben Schlüssel und derselbe Fingerabdruck als QR-Code, für ein Telefon oder eine App, die ihn scannt.</translation>
    </message>
    <message>
        <source>&amp;Age key (others encrypt shares to you with it):</source>
        <translation>&amp;age-Schlüssel (damit verschlüsseln andere Freigaben für Sie):</translation>
    </message>
    <message>
        <source>age key</source>
        <translation>age-Schlüssel</translation>
    </message>
    <message>
        <source>Copy the age key (age1…)</source>
        <translation>Den age-Schlüssel kopieren (age1…)</translation>
    </message>
    <message>
        <source>&amp;Minisign key (checks that shares come from you), key id %1:</source>
        <translation>&amp;minisign-Schlüssel (prüft, dass Freigaben von Ihnen stammen), Schlüssel-ID %1:</translation>
    </message>
    <message>
        <source>minisign key</source>
        <translation>minisign-Schlüssel</translation>
    </message>
    <message>
        <source>Copy the minisign public key</source>
        <translation>Den öffentlichen minisign-Schlüssel kopieren</translation>
    </message>
    <message>
        <source>&amp;Save public keys…</source>
        <translation>Öffentliche Schlüssel &amp;speichern …</translation>
    </message>
    <message>
        <source>Write the minisign key as a .pub file and the age key beside it, to send or publish</source>
        <translation>Den minisign-Schlüssel als .pub-Datei und den age-Schlüssel daneben schreiben, um sie zu senden oder zu veröffentlichen</translation>
    </message>
    <message>
        <source>Save public keys</source>
        <translation>Öffentliche Schlüssel speichern</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 copied. Carnet clears the clipboard after %2 s.</source>
        <translation>%1 kopiert. Carnet löscht die Zwischenablage nach %2 s.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Age key</source>
        <translation>age-Schlüssel</translation>
    </message>
    <message>
        <source>Minisign key</source>
        <translation>minisign-Schlüssel</translation>
    </message>
    <message>
        <source>Save your public keys</source>
        <translation>Ihre öffentlichen Schlüssel speichern</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub)</source>
        <translation>Öffentliche minisign-Schlüssel (*.pub)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with your age key?</source>
        <translation>%1 existiert bereits. Durch Ihren age-Schlüssel ersetzen?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Your minisign key could not be saved to %1: %2</source>
        <translation>Ihr minisign-Schlüssel konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Your minisign key was saved, but your age key could not be saved to %1: %2</source>
        <translation>Ihr minisign-Schlüssel wurde gespeichert, aber Ihr age-Schlüssel konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1 (minisign key) and %2 (age key).</source>
        <translation>%1 (minisign-Schlüssel) und %2 (age-Schlüssel) gespeichert.</translation>
    </message>
</context>
<context>
    <name>carnet::WeekView</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
</context>
<context>
    <name>carnet::cli</name>
    <message>
        <source>List every version of a record (journal entry, medication, appointment, ...): when it was created, each edit with the fields it changed, deletion and restoration.</source>
        <translation>Jede Fassung eines Eintrags (Tagebucheintrag, Medikament, Termin, …) auflisten: wann er angelegt wurde, jede Änderung mit den geänderten Feldern, Löschen und Wiederherstellen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n version(s)</source>
        <translation>
            <numerusform>%1 %2: %n Fassung</numerusform>
            <numerusform>%1 %2: %n Fassungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1, %2, %3</source>
        <translation>Fassung %1, %2, %3</translation>
    </message>
    <message>
        <source>List the earlier versions of a record</source>
        <translation>Die früheren Fassungen eines Eintrags auflisten</translation>
    </message>
    <message>
        <source>Key-derivation strength: interactive, moderate (default) or sensitive.</source>
        <translation>Stärke der Schlüsselableitung: interactive, moderate (Standard) oder sensitive.</translation>
    </message>
    <message>
        <source>unknown --kdf profile &apos;%1&apos; (use interactive, moderate or sensitive)</source>
        <translation>unbekanntes --kdf-Profil &apos;%1&apos; (interactive, moderate oder sensitive verwenden)</translation>
    </message>
    <message>
        <source>Write it down and keep it apart from this computer. It is shown only now; it opens the vault if the passphrase is lost.
</source>
        <translation>Schreiben Sie ihn auf und bewahren Sie ihn getrennt von diesem Computer auf. Er wird nur jetzt angezeigt; er öffnet den Tresor, wenn die Passphrase verloren ist.
</translation>
    </message>
    <message>
        <source>Create a new, empty vault in the folder VAULT (created if missing, must be empty).</source>
        <translation>Einen neuen, leeren Tresor im Ordner TRESOR anlegen (wird bei Bedarf erstellt, muss leer sein).</translation>
    </message>
    <message>
        <source>%1 already holds a Carnet vault.</source>
        <translation>In %1 liegt bereits ein Carnet-Tresor.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <source>Created the vault %1.

</source>
        <translation>Tresor %1 angelegt.

</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Wiederherstellungscode:</translation>
    </message>
    <message>
        <source>Show a vault&apos;s format and key-derivation settings without unlocking it.</source>
        <translation>Format und Schlüsselableitung eines Tresors anzeigen, ohne ihn zu entsperren.</translation>
    </message>
    <message>
        <source>Vault:            %1
</source>
        <translation>Tresor:           %1
</translation>
    </message>
    <message>
        <source>Vault id:         %1
</source>
        <translation>Tresor-Kennung:   %1
</translation>
    </message>
    <message>
        <source>Keyring format:   %1
</source>
        <translation>Schlüsselformat:  %1
</translation>
    </message>
    <message>
        <source>Created:          %1
</source>
        <translation>Angelegt:         %1
</translation>
    </message>
    <message>
        <source>Encryption:       SQLCipher %1 (SQLite %2), %3-byte pages
</source>
        <translation>Verschlüsselung:  SQLCipher %1 (SQLite %2), Seiten zu %3 Byte
</translation>
    </message>
    <message>
        <source>Key derivation:   Argon2id, %1 passes, %2 MiB (%3)
</source>
        <translation>Schlüsselableitung: Argon2id, %1 Durchläufe, %2 MiB (%3)
</translation>
    </message>
    <message>
        <source>Recovery code:    %1
</source>
        <translation>Wiederherstellungscode: %1
</translation>
    </message>
    <message>
        <source>set</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Also change the key-derivation strength: interactive, moderate or sensitive.</source>
        <translation>Auch die Stärke der Schlüsselableitung ändern: interactive, moderate oder sensitive.</translation>
    </message>
    <message>
        <source>Change the vault&apos;s passphrase. Reads the current passphrase, then the new one. Only the keyring changes; records.db is not rewritten.</source>
        <translation>Die Passphrase des Tresors ändern. Liest die aktuelle, dann die neue Passphrase. Nur die Schlüsseldatei ändert sich; records.db wird nicht neu geschrieben.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Aktuelle Passphrase: </translation>
    </message>
    <message>
        <source>The passphrase was changed.
</source>
        <translation>Die Passphrase wurde geändert.
</translation>
    </message>
    <message>
        <source>Open the vault with its recovery code and set a new passphrase. Reads the recovery code, then the new passphrase. The used code stops working and a new one is printed.</source>
        <translation>Den Tresor mit seinem Wiederherstellungscode öffnen und eine neue Passphrase festlegen. Liest den Code, dann die neue Passphrase. Der verwendete Code wird ungültig, ein neuer wird ausgegeben.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Wiederherstellungscode: </translation>
    </message>
    <message>
        <source>The vault has a new passphrase.

</source>
        <translation>Der Tresor hat eine neue Passphrase.

</translation>
    </message>
    <message>
        <source>The old recovery code no longer works. New recovery code:</source>
        <translation>Der alte Wiederherstellungscode gilt nicht mehr. Neuer Wiederherstellungscode:</translation>
    </message>
    <message>
        <source>Re-encrypt records.db under a new random data key, e.g. after a copy of the vault and its passphrase may have leaked. Prints a new recovery code; the old one stops working.</source>
        <translation>records.db mit einem neuen zufälligen Datenschlüssel neu verschlüsseln, etwa wenn eine Kopie des Tresors samt Passphrase in fremde Hände gelangt sein könnte. Gibt einen neuen Wiederherstellungscode aus; der alte wird ungültig.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>records.db now uses a new data key.

</source>
        <translation>records.db verwendet jetzt einen neuen Datenschlüssel.

</translation>
    </message>
    <message>
        <source>Check the hash chain; exit 4 if an entry was altered or removed.</source>
        <translation>Die Hash-Kette prüfen; Rückgabewert 4, wenn ein Eintrag verändert oder entfernt wurde.</translation>
    </message>
    <message>
        <source>List the vault&apos;s audit log of security events.</source>
        <translation>Das Sicherheitsprotokoll des Tresors auflisten.</translation>
    </message>
    <message>
        <source>the audit log does not verify: %1</source>
        <translation>das Protokoll ist nicht in Ordnung: %1</translation>
    </message>
    <message>
        <source>The audit log verifies: %1 entries, chain intact.
</source>
        <translation>Das Protokoll ist in Ordnung: %1 Einträge, Kette intakt.
</translation>
    </message>
    <message>
        <source>Create a new encrypted vault</source>
        <translation>Einen neuen verschlüsselten Tresor anlegen</translation>
    </message>
    <message>
        <source>Show a vault&apos;s format and settings (no passphrase needed)</source>
        <translation>Format und Einstellungen eines Tresors anzeigen (ohne Passphrase)</translation>
    </message>
    <message>
        <source>Change the vault&apos;s passphrase</source>
        <translation>Die Passphrase des Tresors ändern</translation>
    </message>
    <message>
        <source>Set a new passphrase using the recovery code</source>
        <translation>Mit dem Wiederherstellungscode eine neue Passphrase festlegen</translation>
    </message>
    <message>
        <source>Re-encrypt the vault under a new data key</source>
        <translation>Den Tresor mit einem neuen Datenschlüssel neu verschlüsseln</translation>
    </message>
    <message>
        <source>List or verify the audit log</source>
        <translation>Das Protokoll auflisten oder prüfen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone; use an IANA name such as Europe/Berlin</source>
        <translation>„%1“ ist keine bekannte Zeitzone; verwenden Sie einen IANA-Namen wie Europe/Berlin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of minutes for %2 (0 or more)</source>
        <translation>„%1“ ist keine Minutenzahl für %2 (0 oder mehr)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n Tag vorher</numerusform>
            <numerusform>%n Tage vorher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n Stunde vorher</numerusform>
            <numerusform>%n Stunden vorher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n Minute vorher</numerusform>
            <numerusform>%n Minuten vorher</numerusform>
        </translation>
    </message>
    <message>
        <source>give either --end or --duration, not both</source>
        <translation>entweder --end oder --duration angeben, nicht beides</translation>
    </message>
    <message>
        <source>--title is required</source>
        <translation>--title ist erforderlich</translation>
    </message>
    <message>
        <source>--start is required</source>
        <translation>--start ist erforderlich</translation>
    </message>
    <message>
        <source>--notes-file needs a file: standard input carries the passphrase</source>
        <translation>--notes-file braucht eine Datei: Über die Standardeingabe kommt die Passphrase</translation>
    </message>
    <message>
        <source>an all-day appointment takes --end (its last day), not --duration</source>
        <translation>ein ganztägiger Termin nimmt --end (seinen letzten Tag), nicht --duration</translation>
    </message>
    <message>
        <source>the end (%1) is before the start (%2)</source>
        <translation>das Ende (%1) liegt vor dem Beginn (%2)</translation>
    </message>
    <message>
        <source>--remind %1 is more than %2 minutes (30 days) ahead</source>
        <translation>--remind %1 liegt mehr als %2 Minuten (30 Tage) im Voraus</translation>
    </message>
    <message>
        <source>--except needs a repeating appointment (--rrule)</source>
        <translation>--except braucht einen wiederkehrenden Termin (--rrule)</translation>
    </message>
    <message>
        <source>the appointment does not take place on %1, so --except cannot skip it</source>
        <translation>der Termin findet am %1 nicht statt, daher kann --except ihn nicht auslassen</translation>
    </message>
    <message>
        <source>%1 to %2, all day</source>
        <translation>%1 bis %2, ganztägig</translation>
    </message>
    <message>
        <source>%1, all day</source>
        <translation>%1, ganztägig</translation>
    </message>
    <message>
        <source>[repeats]</source>
        <translation>[wiederkehrend]</translation>
    </message>
    <message>
        <source>Add an appointment; prints its id.</source>
        <translation>Einen Termin hinzufügen; gibt seine Nummer aus.</translation>
    </message>
    <message>
        <source>Added appointment %1.</source>
        <translation>Termin %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Change an appointment; the earlier values stay in its history.</source>
        <translation>Einen Termin ändern; die früheren Werte bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>give either --cancel or --book, not both</source>
        <translation>entweder --cancel oder --book angeben, nicht beides</translation>
    </message>
    <message>
        <source>give either --all-day or --timed, not both</source>
        <translation>entweder --all-day oder --timed angeben, nicht beides</translation>
    </message>
    <message>
        <source>give either --rrule or --no-rrule, not both</source>
        <translation>entweder --rrule oder --no-rrule angeben, nicht beides</translation>
    </message>
    <message>
        <source>give either --remind or --no-remind, not both</source>
        <translation>entweder --remind oder --no-remind angeben, nicht beides</translation>
    </message>
    <message>
        <source>give either --care-team or --no-care-team, not both</source>
        <translation>entweder --care-team oder --no-care-team angeben, nicht beides</translation>
    </message>
    <message>
        <source>Updated appointment %1 (version %2).</source>
        <translation>Termin %1 aktualisiert (Fassung %2).</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 liegt vor --from %2</translation>
    </message>
    <message>
        <source>First day to list (default: today).</source>
        <translation>Erster aufzulistender Tag (Standard: heute).</translation>
    </message>
    <message>
        <source>Last day to list (default: 30 days after --from).</source>
        <translation>Letzter aufzulistender Tag (Standard: 30 Tage nach --from).</translation>
    </message>
    <message>
        <source>Also list cancelled appointments.</source>
        <translation>Auch abgesagte Termine auflisten.</translation>
    </message>
    <message>
        <source>List the dates of appointments between two days, repeating ones expanded.</source>
        <translation>Die Termine zwischen zwei Tagen auflisten, wiederkehrende aufgefächert.</translation>
    </message>
    <message>
        <source>No appointments in that time.</source>
        <translation>Keine Termine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>(Some repeating appointments repeat too often to list them all.)</source>
        <translation>(Manche wiederkehrenden Termine wiederholen sich zu oft, um alle aufzulisten.)</translation>
    </message>
    <message>
        <source>How many to list (default 10).</source>
        <translation>Wie viele auflisten (Standard 10).</translation>
    </message>
    <message>
        <source>List the next appointments from now on.</source>
        <translation>Die nächsten Termine ab jetzt auflisten.</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--limit muss eine Zahl von 1 bis %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>No upcoming appointments.</source>
        <translation>Keine anstehenden Termine.</translation>
    </message>
    <message>
        <source>Show one appointment with all its details.</source>
        <translation>Einen Termin mit allen Details zeigen.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Appointment %1: %2</source>
        <translation>Termin %1: %2</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Behandelnde Person:</translation>
    </message>
    <message>
        <source>Care team:</source>
        <translation>Behandlungsteam:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Wiederholung:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Ausgelassen:</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Erinnerungen:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Version %1, created %2, last changed %3</source>
        <translation>Fassung %1, angelegt %2, zuletzt geändert %3</translation>
    </message>
    <message>
        <source>Delete an appointment. It is kept, hidden, and can be restored with &apos;appt restore&apos;.</source>
        <translation>Einen Termin löschen. Er bleibt verborgen erhalten und lässt sich mit „appt restore“ wiederherstellen.</translation>
    </message>
    <message>
        <source>Deleted appointment %1; &apos;appt restore&apos; brings it back.</source>
        <translation>Termin %1 gelöscht; „appt restore“ holt ihn zurück.</translation>
    </message>
    <message>
        <source>Bring back a deleted appointment.</source>
        <translation>Einen gelöschten Termin zurückholen.</translation>
    </message>
    <message>
        <source>Restored appointment %1.</source>
        <translation>Termin %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>Einen Termin hinzufügen</translation>
    </message>
    <message>
        <source>List appointments between two days</source>
        <translation>Termine zwischen zwei Tagen auflisten</translation>
    </message>
    <message>
        <source>List the next appointments</source>
        <translation>Die nächsten Termine auflisten</translation>
    </message>
    <message>
        <source>Show an appointment</source>
        <translation>Einen Termin zeigen</translation>
    </message>
    <message>
        <source>Change or cancel an appointment</source>
        <translation>Einen Termin ändern oder absagen</translation>
    </message>
    <message>
        <source>Delete an appointment</source>
        <translation>Einen Termin löschen</translation>
    </message>
    <message>
        <source>Restore a deleted appointment</source>
        <translation>Einen gelöschten Termin wiederherstellen</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 (%2, %3, SHA-256 %4)</source>
        <translation>%1 (%2, %3, SHA-256 %4)</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; has no phone number; use &quot;label|number&quot;</source>
        <translation>--%1 „%2“ hat keine Telefonnummer; verwenden Sie &quot;Bezeichnung|Nummer&quot;</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a phone number</source>
        <translation>--%1: „%2“ ist keine Telefonnummer</translation>
    </message>
    <message>
        <source>unknown --%1 &apos;%2&apos; (use %3)</source>
        <translation>unbekanntes --%1 „%2“ (verwenden Sie %3)</translation>
    </message>
    <message>
        <source>Insurance plan %1: %2</source>
        <translation>Versicherung %1: %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(offen)</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Kostenträger</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>Versichertennummer</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Hauptversicherte Person</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Versicherungsschutz</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>Weitere Telefonnummern</translation>
    </message>
    <message>
        <source>Card front</source>
        <translation>Kartenvorderseite</translation>
    </message>
    <message>
        <source>Card back</source>
        <translation>Kartenrückseite</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>%1, last changed %2</source>
        <translation>%1, zuletzt geändert %2</translation>
    </message>
    <message>
        <source>Add an insurance plan; prints its id. --payer is required.</source>
        <translation>Eine Versicherung hinzufügen; gibt ihre Nummer aus. --payer ist erforderlich.</translation>
    </message>
    <message>
        <source>--payer is required</source>
        <translation>--payer ist erforderlich</translation>
    </message>
    <message>
        <source>Added insurance plan %1.</source>
        <translation>Versicherung %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>List deleted plans (which can be restored).</source>
        <translation>Gelöschte Versicherungen auflisten (die sich wiederherstellen lassen).</translation>
    </message>
    <message>
        <source>List insurance plans: active first, then upcoming, then expired.</source>
        <translation>Versicherungen auflisten: aktive zuerst, dann künftige, dann abgelaufene.</translation>
    </message>
    <message>
        <source>No deleted insurance plans.</source>
        <translation>Keine gelöschten Versicherungen.</translation>
    </message>
    <message>
        <source>No insurance plans.</source>
        <translation>Keine Versicherungen.</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>Versicherter %1</translation>
    </message>
    <message>
        <source>Insurance plan %1 has no image of the card&apos;s %2.</source>
        <translation>Versicherung %1 hat kein Bild der Karte (%2).</translation>
    </message>
    <message>
        <source>Write the card&apos;s front image to FILE.</source>
        <translation>Das Bild der Kartenvorderseite in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Write the card&apos;s back image to FILE.</source>
        <translation>Das Bild der Kartenrückseite in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Show an insurance plan; optionally save its card images.</source>
        <translation>Eine Versicherung zeigen; optional ihre Kartenbilder speichern.</translation>
    </message>
    <message>
        <source>Remove the card&apos;s front image.</source>
        <translation>Das Bild der Kartenvorderseite entfernen.</translation>
    </message>
    <message>
        <source>Remove the card&apos;s back image.</source>
        <translation>Das Bild der Kartenrückseite entfernen.</translation>
    </message>
    <message>
        <source>Change an insurance plan: only the options given change; an empty value clears a field. The earlier version is kept.</source>
        <translation>Eine Versicherung ändern: Nur die angegebenen Optionen ändern sich; ein leerer Wert leert ein Feld. Die frühere Fassung bleibt erhalten.</translation>
    </message>
    <message>
        <source>nothing to change; give at least one option</source>
        <translation>nichts zu ändern; geben Sie mindestens eine Option an</translation>
    </message>
    <message>
        <source>give either a new card image or its --remove option, not both</source>
        <translation>entweder ein neues Kartenbild oder seine Option --remove angeben, nicht beides</translation>
    </message>
    <message>
        <source>Updated insurance plan %1 (version %2).</source>
        <translation>Versicherung %1 aktualisiert (Fassung %2).</translation>
    </message>
    <message>
        <source>Delete an insurance plan. It stays restorable with &apos;insurance restore&apos;.</source>
        <translation>Eine Versicherung löschen. Sie lässt sich mit „insurance restore“ wiederherstellen.</translation>
    </message>
    <message>
        <source>Deleted insurance plan %1.</source>
        <translation>Versicherung %1 gelöscht.</translation>
    </message>
    <message>
        <source>Restore a deleted insurance plan.</source>
        <translation>Eine gelöschte Versicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>Restored insurance plan %1.</source>
        <translation>Versicherung %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Add an insurance plan</source>
        <translation>Eine Versicherung hinzufügen</translation>
    </message>
    <message>
        <source>List insurance plans</source>
        <translation>Versicherungen auflisten</translation>
    </message>
    <message>
        <source>Show an insurance plan and save its card images</source>
        <translation>Eine Versicherung zeigen und ihre Kartenbilder speichern</translation>
    </message>
    <message>
        <source>Change an insurance plan</source>
        <translation>Eine Versicherung ändern</translation>
    </message>
    <message>
        <source>Delete an insurance plan</source>
        <translation>Eine Versicherung löschen</translation>
    </message>
    <message>
        <source>Restore a deleted insurance plan</source>
        <translation>Eine gelöschte Versicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mood; use a number from %2 to %3</source>
        <translation>„%1“ ist keine Stimmung; verwenden Sie eine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 muss eine Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>The file to attach, %1, does not exist.</source>
        <translation>Die anzuhängende Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file; only files can be attached.</source>
        <translation>%1 ist keine Datei; nur Dateien lassen sich anhängen.</translation>
    </message>
    <message>
        <source>%1 is %2; attachments can be at most %3 MiB.</source>
        <translation>%1 ist %2 groß; Anhänge dürfen höchstens %3 MiB groß sein.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the title is empty; every journal entry needs one</source>
        <translation>der Titel ist leer; jeder Tagebucheintrag braucht einen</translation>
    </message>
    <message>
        <source>Add a journal entry. Prints the new entry&apos;s id.</source>
        <translation>Einen Tagebucheintrag hinzufügen. Gibt die Nummer des neuen Eintrags aus.</translation>
    </message>
    <message>
        <source>Added journal entry %1.</source>
        <translation>Tagebucheintrag %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Attached %1 as attachment %2.</source>
        <translation>%1 als Anhang %2 angehängt.</translation>
    </message>
    <message>
        <source>Only entries with this tag.</source>
        <translation>Nur Einträge mit diesem Schlagwort.</translation>
    </message>
    <message>
        <source>Only entries on or after this date.</source>
        <translation>Nur Einträge an oder nach diesem Datum.</translation>
    </message>
    <message>
        <source>Only entries on or before this date.</source>
        <translation>Nur Einträge an oder vor diesem Datum.</translation>
    </message>
    <message>
        <source>Show at most N entries (default %1).</source>
        <translation>Höchstens N Einträge zeigen (Standard %1).</translation>
    </message>
    <message>
        <source>Skip the N newest matching entries.</source>
        <translation>Die N neuesten passenden Einträge überspringen.</translation>
    </message>
    <message>
        <source>List journal entries, newest first.</source>
        <translation>Tagebucheinträge auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from liegt nach --to</translation>
    </message>
    <message>
        <source>No journal entries.</source>
        <translation>Keine Tagebucheinträge.</translation>
    </message>
    <message>
        <source>mood %1/5</source>
        <translation>Stimmung %1/5</translation>
    </message>
    <message numerus="yes">
        <source>(%n attachment(s))</source>
        <translation>
            <numerusform>(%n Anhang)</numerusform>
            <numerusform>(%n Anhänge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2 entries; use --limit and --offset for more.</source>
        <translation>%1 von %2 Einträgen angezeigt; mehr mit --limit und --offset.</translation>
    </message>
    <message>
        <source>Show a journal entry with its attachments.</source>
        <translation>Einen Tagebucheintrag mit seinen Anhängen zeigen.</translation>
    </message>
    <message>
        <source>Journal entry %1</source>
        <translation>Tagebucheintrag %1</translation>
    </message>
    <message>
        <source>Date:        %1</source>
        <translation>Datum:       %1</translation>
    </message>
    <message>
        <source>Title:       %1</source>
        <translation>Titel:       %1</translation>
    </message>
    <message>
        <source>Tags:        %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message>
        <source>Mood:        %1/5</source>
        <translation>Stimmung:    %1/5</translation>
    </message>
    <message>
        <source>Symptoms:    %1</source>
        <translation>Symptome:    %1</translation>
    </message>
    <message>
        <source>Version:     %1 (created %2, last changed %3)</source>
        <translation>Fassung:     %1 (angelegt %2, zuletzt geändert %3)</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anhänge:</translation>
    </message>
    <message>
        <source>Add a tag, keeping the others; repeat for several.</source>
        <translation>Ein Schlagwort hinzufügen und die anderen behalten; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Remove a tag; repeat for several.</source>
        <translation>Ein Schlagwort entfernen; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Remove the mood.</source>
        <translation>Die Stimmung entfernen.</translation>
    </message>
    <message>
        <source>Remove all symptoms.</source>
        <translation>Alle Symptome entfernen.</translation>
    </message>
    <message>
        <source>Remove the attachment with this id; repeat for several.</source>
        <translation>Den Anhang mit dieser Nummer entfernen; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Change a journal entry; options not given keep their values. --tag and --symptom replace the whole list. The earlier version is kept (see &apos;carnet-cli history&apos;).</source>
        <translation>Einen Tagebucheintrag ändern; nicht angegebene Optionen behalten ihre Werte. --tag und --symptom ersetzen die ganze Liste. Die frühere Fassung bleibt erhalten (siehe „carnet-cli history“).</translation>
    </message>
    <message>
        <source>give either --mood or --clear-mood, not both</source>
        <translation>entweder --mood oder --clear-mood angeben, nicht beides</translation>
    </message>
    <message>
        <source>give either --symptom or --clear-symptoms, not both</source>
        <translation>entweder --symptom oder --clear-symptoms angeben, nicht beides</translation>
    </message>
    <message>
        <source>Journal entry %1 already had these values; nothing changed.</source>
        <translation>Tagebucheintrag %1 hatte diese Werte bereits; nichts geändert.</translation>
    </message>
    <message>
        <source>Updated journal entry %1 (version %2).</source>
        <translation>Tagebucheintrag %1 aktualisiert (Fassung %2).</translation>
    </message>
    <message>
        <source>Delete a journal entry. It disappears from lists and search but is kept, with its attachments, until purged; &apos;journal restore&apos; brings it back.</source>
        <translation>Einen Tagebucheintrag löschen. Er verschwindet aus Listen und Suche, bleibt aber mit seinen Anhängen bis zum Bereinigen erhalten; „journal restore“ holt ihn zurück.</translation>
    </message>
    <message>
        <source>Deleted journal entry %1. To bring it back: carnet-cli journal restore %2 %1</source>
        <translation>Tagebucheintrag %1 gelöscht. Zum Zurückholen: carnet-cli journal restore %2 %1</translation>
    </message>
    <message>
        <source>Bring back a deleted journal entry.</source>
        <translation>Einen gelöschten Tagebucheintrag zurückholen.</translation>
    </message>
    <message>
        <source>Restored journal entry %1.</source>
        <translation>Tagebucheintrag %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Journal entry %1 is not deleted; nothing to restore.</source>
        <translation>Tagebucheintrag %1 ist nicht gelöscht; nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>Show at most N results (default %1).</source>
        <translation>Höchstens N Ergebnisse zeigen (Standard %1).</translation>
    </message>
    <message>
        <source>Skip the N best results.</source>
        <translation>Die N besten Ergebnisse überspringen.</translation>
    </message>
    <message>
        <source>Search journal entries, best match first. All words must match; &quot;several words&quot; in quotes must appear together; word* matches words that start with it. Matches are shown in [brackets].</source>
        <translation>Tagebucheinträge durchsuchen, bester Treffer zuerst. Alle Wörter müssen passen; &quot;mehrere Wörter&quot; in Anführungszeichen müssen zusammen vorkommen; wort* passt auf Wörter, die so beginnen. Treffer werden in [Klammern] gezeigt.</translation>
    </message>
    <message>
        <source>the search has no word to look for; type at least one letter or digit</source>
        <translation>die Suche enthält kein Suchwort; geben Sie mindestens einen Buchstaben oder eine Ziffer ein</translation>
    </message>
    <message>
        <source>No journal entries match.</source>
        <translation>Keine passenden Tagebucheinträge.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 matches; use --limit and --offset for more.</source>
        <translation>%1 von %2 Treffern angezeigt; mehr mit --limit und --offset.</translation>
    </message>
    <message>
        <source>Write the file here (readable only by you).</source>
        <translation>Die Datei hierhin schreiben (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>DATEI ersetzen, falls sie existiert.</translation>
    </message>
    <message>
        <source>Write a journal attachment to a file, as stored (photos without their EXIF data).</source>
        <translation>Einen Tagebuchanhang so in eine Datei schreiben, wie er gespeichert ist (Fotos ohne EXIF-Daten).</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>%1 already exists; give --force to replace it</source>
        <translation>%1 existiert bereits; geben Sie --force an, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>Wrote %1 (%2) to %3.</source>
        <translation>%1 (%2) nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>Add a journal entry</source>
        <translation>Einen Tagebucheintrag hinzufügen</translation>
    </message>
    <message>
        <source>List journal entries, newest first</source>
        <translation>Tagebucheinträge auflisten, neueste zuerst</translation>
    </message>
    <message>
        <source>Show a journal entry and its attachments</source>
        <translation>Einen Tagebucheintrag und seine Anhänge zeigen</translation>
    </message>
    <message>
        <source>Change a journal entry</source>
        <translation>Einen Tagebucheintrag ändern</translation>
    </message>
    <message>
        <source>Delete a journal entry (it can be restored)</source>
        <translation>Einen Tagebucheintrag löschen (wiederherstellbar)</translation>
    </message>
    <message>
        <source>Restore a deleted journal entry</source>
        <translation>Einen gelöschten Tagebucheintrag wiederherstellen</translation>
    </message>
    <message>
        <source>Search the journal, best match first</source>
        <translation>Das Tagebuch durchsuchen, bester Treffer zuerst</translation>
    </message>
    <message>
        <source>Write a journal attachment to a file</source>
        <translation>Einen Tagebuchanhang in eine Datei schreiben</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a number</source>
        <translation>--%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>--%1 must be more than zero, not %2</source>
        <translation>--%1 muss größer als null sein, nicht %2</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a time of day; use HH:MM from 00:00 to 23:59</source>
        <translation>--%1: „%2“ ist keine Uhrzeit; verwenden Sie HH:MM von 00:00 bis 23:59</translation>
    </message>
    <message>
        <source>--times needs at least one time of day, e.g. 08:00,20:00</source>
        <translation>--times braucht mindestens eine Uhrzeit, z. B. 08:00,20:00</translation>
    </message>
    <message>
        <source>--days: &apos;%1&apos; is not a day of the week; use mon, tue, wed, thu, fri, sat, sun</source>
        <translation>--days: „%1“ ist kein Wochentag; verwenden Sie mon, tue, wed, thu, fri, sat, sun</translation>
    </message>
    <message>
        <source>--days needs at least one day, e.g. mon,wed,fri</source>
        <translation>--days braucht mindestens einen Tag, z. B. mon,wed,fri</translation>
    </message>
    <message>
        <source>Add a medication. Without --times, --every-hours or --as-needed it is taken as needed.</source>
        <translation>Ein Medikament hinzufügen. Ohne --times, --every-hours oder --as-needed wird es bei Bedarf eingenommen.</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name ist erforderlich</translation>
    </message>
    <message>
        <source>Added medication %1: </source>
        <translation>Medikament %1 hinzugefügt: </translation>
    </message>
    <message>
        <source>Change a medication; only the options given change. A schedule option replaces the schedule. The earlier values stay in its history.</source>
        <translation>Ein Medikament ändern; nur die angegebenen Optionen ändern sich. Eine Plan-Option ersetzt den Einnahmeplan. Die früheren Werte bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Updated medication %1: </source>
        <translation>Medikament %1 aktualisiert: </translation>
    </message>
    <message>
        <source>List current and past medications.</source>
        <translation>Aktuelle und frühere Medikamente auflisten.</translation>
    </message>
    <message>
        <source>List only stopped medications.</source>
        <translation>Nur abgesetzte Medikamente auflisten.</translation>
    </message>
    <message>
        <source>List current medications (or past ones, or all).</source>
        <translation>Aktuelle Medikamente auflisten (oder frühere oder alle).</translation>
    </message>
    <message>
        <source>give either --all or --past, not both</source>
        <translation>entweder --all oder --past angeben, nicht beides</translation>
    </message>
    <message>
        <source>No past medications.
</source>
        <translation>Keine früheren Medikamente.
</translation>
    </message>
    <message>
        <source>No medications.
</source>
        <translation>Keine Medikamente.
</translation>
    </message>
    <message>
        <source>(stopped %1)</source>
        <translation>(abgesetzt %1)</translation>
    </message>
    <message>
        <source>(next refill %1)</source>
        <translation>(nächstes Nachfüllen %1)</translation>
    </message>
    <message>
        <source>Show a medication and its most recent doses.</source>
        <translation>Ein Medikament und seine letzten Einnahmen zeigen.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Darreichungsform</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Art der Anwendung</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Einnahmeplan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Verordnet von</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Apotheke</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <source>Refills left</source>
        <translation>Verbleibende Rezepte</translation>
    </message>
    <message>
        <source>Next refill</source>
        <translation>Nächstes Nachfüllen</translation>
    </message>
    <message>
        <source>No doses recorded.
</source>
        <translation>Keine Einnahmen erfasst.
</translation>
    </message>
    <message>
        <source>Recent doses:
</source>
        <translation>Letzte Einnahmen:
</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>für %1</translation>
    </message>
    <message>
        <source>The day it was stopped: no doses are due from that day on (default today).</source>
        <translation>Der Tag des Absetzens: ab diesem Tag sind keine Dosen mehr fällig (Standard heute).</translation>
    </message>
    <message>
        <source>Why it was stopped.</source>
        <translation>Warum es abgesetzt wurde.</translation>
    </message>
    <message>
        <source>Stop a medication. It moves to the past list and keeps its dose log.</source>
        <translation>Ein Medikament absetzen. Es kommt in die Liste der früheren und behält sein Einnahmeprotokoll.</translation>
    </message>
    <message>
        <source>Stopped %1 (id %2) on %3.
</source>
        <translation>%1 (Nummer %2) am %3 abgesetzt.
</translation>
    </message>
    <message>
        <source>--scheduled: &apos;%1&apos; is not a time of day; use HH:MM from 00:00 to 23:59</source>
        <translation>--scheduled: „%1“ ist keine Uhrzeit; verwenden Sie HH:MM von 00:00 bis 23:59</translation>
    </message>
    <message>
        <source>Recorded %1 as taken at %2</source>
        <translation>%1 als eingenommen um %2 erfasst</translation>
    </message>
    <message>
        <source>Recorded %1 as taken late at %2</source>
        <translation>%1 als verspätet eingenommen um %2 erfasst</translation>
    </message>
    <message>
        <source>Recorded %1 as skipped</source>
        <translation>%1 als übersprungen erfasst</translation>
    </message>
    <message>
        <source>(the dose due %1)</source>
        <translation>(die Dosis fällig um %1)</translation>
    </message>
    <message>
        <source>(not a scheduled dose)</source>
        <translation>(keine geplante Dosis)</translation>
    </message>
    <message>
        <source>No dose with id %1.</source>
        <translation>Keine Dosis mit der Nummer %1.</translation>
    </message>
    <message>
        <source>When it was taken (default now).</source>
        <translation>Wann sie eingenommen wurde (Standard jetzt).</translation>
    </message>
    <message>
        <source>The scheduled dose it is, HH:MM on the day of --at (default: the pending dose nearest in time, if any).</source>
        <translation>Welche geplante Dosis es ist, HH:MM am Tag von --at (Standard: die zeitlich nächste offene Dosis, falls vorhanden).</translation>
    </message>
    <message>
        <source>Amount taken (default the medication&apos;s dose).</source>
        <translation>Eingenommene Menge (Standard die Dosis des Medikaments).</translation>
    </message>
    <message>
        <source>A note about this dose.</source>
        <translation>Eine Notiz zu dieser Dosis.</translation>
    </message>
    <message>
        <source>Record a dose as taken. Taken more than an hour after its time, it counts as late.</source>
        <translation>Eine Dosis als eingenommen erfassen. Mehr als eine Stunde nach ihrer Zeit eingenommen, gilt sie als verspätet.</translation>
    </message>
    <message>
        <source>The scheduled dose to skip, HH:MM (default the first pending dose of the day).</source>
        <translation>Die zu überspringende geplante Dosis, HH:MM (Standard die erste offene Dosis des Tages).</translation>
    </message>
    <message>
        <source>The day of the dose (default today).</source>
        <translation>Der Tag der Dosis (Standard heute).</translation>
    </message>
    <message>
        <source>Why it was skipped.</source>
        <translation>Warum sie übersprungen wurde.</translation>
    </message>
    <message>
        <source>Record a scheduled dose as skipped.</source>
        <translation>Eine geplante Dosis als übersprungen erfassen.</translation>
    </message>
    <message>
        <source>%1 is taken as needed; it has no scheduled dose to skip.</source>
        <translation>%1 wird bei Bedarf eingenommen; es gibt keine geplante Dosis zum Überspringen.</translation>
    </message>
    <message>
        <source>%1 has no pending dose on %2.</source>
        <translation>%1 hat am %2 keine offene Dosis.</translation>
    </message>
    <message>
        <source>The day (default today).</source>
        <translation>Der Tag (Standard heute).</translation>
    </message>
    <message>
        <source>List the doses due on a day with their status: pending, taken, late or skipped.</source>
        <translation>Die an einem Tag fälligen Dosen mit ihrem Status auflisten: offen, eingenommen, verspätet oder übersprungen.</translation>
    </message>
    <message>
        <source>No doses due on %1.
</source>
        <translation>Keine Dosen fällig am %1.
</translation>
    </message>
    <message>
        <source>Doses due on %1:
</source>
        <translation>Fällige Dosen am %1:
</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>First day (default 29 days before --to).</source>
        <translation>Erster Tag (Standard 29 Tage vor --to).</translation>
    </message>
    <message>
        <source>Last day (default today).</source>
        <translation>Letzter Tag (Standard heute).</translation>
    </message>
    <message>
        <source>Show the share of scheduled doses taken (late ones included) per medication, over the last %1 days unless --from/--to say otherwise. As-needed medications have no schedule to measure.</source>
        <translation>Den Anteil der eingenommenen geplanten Dosen (verspätete eingeschlossen) je Medikament zeigen, über die letzten %1 Tage, sofern --from/--to nichts anderes sagen. Medikamente bei Bedarf haben keinen Plan zum Messen.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 liegt nach --to %2</translation>
    </message>
    <message>
        <source>Adherence from %1 to %2:
</source>
        <translation>Einnahmetreue von %1 bis %2:
</translation>
    </message>
    <message>
        <source>  No scheduled doses in that span.
</source>
        <translation>  Keine geplanten Dosen in diesem Zeitraum.
</translation>
    </message>
    <message>
        <source>taken as needed; no schedule to measure</source>
        <translation>bei Bedarf eingenommen; kein Plan zum Messen</translation>
    </message>
    <message>
        <source>no doses were due yet</source>
        <translation>noch keine Dosen fällig</translation>
    </message>
    <message>
        <source>%1% taken (%2 of %3 doses; %4 late, %5 skipped, %6 missed)</source>
        <translation>%1 % eingenommen (%2 von %3 Dosen; %4 verspätet, %5 übersprungen, %6 versäumt)</translation>
    </message>
    <message>
        <source>, %1 still to come</source>
        <translation>, %1 noch ausstehend</translation>
    </message>
    <message>
        <source>Delete a medication. It disappears from lists, schedules and adherence; its history is kept.</source>
        <translation>Ein Medikament löschen. Es verschwindet aus Listen, Plänen und Einnahmetreue; sein Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Deleted %1 (id %2).
</source>
        <translation>%1 (Nummer %2) gelöscht.
</translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation>Ein Medikament hinzufügen</translation>
    </message>
    <message>
        <source>List current, past or all medications</source>
        <translation>Aktuelle, frühere oder alle Medikamente auflisten</translation>
    </message>
    <message>
        <source>Show a medication and its recent doses</source>
        <translation>Ein Medikament und seine letzten Einnahmen zeigen</translation>
    </message>
    <message>
        <source>Change a medication</source>
        <translation>Ein Medikament ändern</translation>
    </message>
    <message>
        <source>Stop a medication, keeping it as history</source>
        <translation>Ein Medikament absetzen und als Verlauf behalten</translation>
    </message>
    <message>
        <source>Record a dose as taken</source>
        <translation>Eine Dosis als eingenommen erfassen</translation>
    </message>
    <message>
        <source>Record a scheduled dose as skipped</source>
        <translation>Eine geplante Dosis als übersprungen erfassen</translation>
    </message>
    <message>
        <source>List the doses due today or on a day</source>
        <translation>Die heute oder an einem Tag fälligen Dosen auflisten</translation>
    </message>
    <message>
        <source>Show the share of doses taken</source>
        <translation>Den Anteil eingenommener Dosen zeigen</translation>
    </message>
    <message>
        <source>Delete a medication</source>
        <translation>Ein Medikament löschen</translation>
    </message>
    <message>
        <source>--email: &apos;%1&apos; is not an e-mail address</source>
        <translation>--email: „%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>--%1 must be a positive number of %2, not &apos;%3&apos;</source>
        <translation>--%1 muss eine positive Zahl in %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>--%1 needs a file; standard input is where the passphrase is read</source>
        <translation>--%1 braucht eine Datei; über die Standardeingabe wird die Passphrase gelesen</translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>--%1: %2 is not UTF-8 text</source>
        <translation>--%1: %2 ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>No profile yet; set one with &apos;carnet-cli profile set&apos;.</source>
        <translation>Noch kein Profil; legen Sie eines mit „carnet-cli profile set“ an.</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Rufname</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (Alter %2)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Geschlechtsidentität</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Blutgruppe</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Notfallkontakte</translation>
    </message>
    <message>
        <source>Organ donor</source>
        <translation>Organspender</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Show your profile: name, birth date, contacts, emergency contacts.</source>
        <translation>Ihr Profil zeigen: Name, Geburtsdatum, Kontaktdaten, Notfallkontakte.</translation>
    </message>
    <message>
        <source>Set fields of your profile: only the options given change; an empty value clears a field. The earlier version is kept.</source>
        <translation>Felder Ihres Profils setzen: Nur die angegebenen Optionen ändern sich; ein leerer Wert leert ein Feld. Die frühere Fassung bleibt erhalten.</translation>
    </message>
    <message>
        <source>nothing to set; give at least one option</source>
        <translation>nichts zu setzen; geben Sie mindestens eine Option an</translation>
    </message>
    <message>
        <source>Saved the profile (version %1).</source>
        <translation>Profil gespeichert (Fassung %1).</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>List deleted records (which can be restored).</source>
        <translation>Gelöschte Einträge auflisten (die sich wiederherstellen lassen).</translation>
    </message>
    <message>
        <source>Unpin their keys.</source>
        <translation>Die Bestätigung ihrer Schlüssel aufheben.</translation>
    </message>
    <message>
        <source>give either --pin or --unpin, not both</source>
        <translation>entweder --pin oder --unpin angeben, nicht beides</translation>
    </message>
    <message>
        <source>Show your profile</source>
        <translation>Ihr Profil zeigen</translation>
    </message>
    <message>
        <source>Set fields of your profile</source>
        <translation>Felder Ihres Profils setzen</translation>
    </message>
    <message>
        <source>Add an allergy</source>
        <translation>Eine Allergie hinzufügen</translation>
    </message>
    <message>
        <source>List allergies</source>
        <translation>Allergien auflisten</translation>
    </message>
    <message>
        <source>Show an allergy</source>
        <translation>Eine Allergie zeigen</translation>
    </message>
    <message>
        <source>Change an allergy</source>
        <translation>Eine Allergie ändern</translation>
    </message>
    <message>
        <source>Delete an allergy</source>
        <translation>Eine Allergie löschen</translation>
    </message>
    <message>
        <source>Restore a deleted allergy</source>
        <translation>Eine gelöschte Allergie wiederherstellen</translation>
    </message>
    <message>
        <source>Add a health condition</source>
        <translation>Eine Erkrankung hinzufügen</translation>
    </message>
    <message>
        <source>List conditions</source>
        <translation>Erkrankungen auflisten</translation>
    </message>
    <message>
        <source>Show a condition</source>
        <translation>Eine Erkrankung zeigen</translation>
    </message>
    <message>
        <source>Change a condition</source>
        <translation>Eine Erkrankung ändern</translation>
    </message>
    <message>
        <source>Delete a condition</source>
        <translation>Eine Erkrankung löschen</translation>
    </message>
    <message>
        <source>Restore a deleted condition</source>
        <translation>Eine gelöschte Erkrankung wiederherstellen</translation>
    </message>
    <message>
        <source>Add a provider or caregiver</source>
        <translation>Eine behandelnde oder pflegende Person hinzufügen</translation>
    </message>
    <message>
        <source>List your care team</source>
        <translation>Ihr Behandlungsteam auflisten</translation>
    </message>
    <message>
        <source>Show a care-team member</source>
        <translation>Ein Mitglied des Behandlungsteams zeigen</translation>
    </message>
    <message>
        <source>Change a care-team member</source>
        <translation>Ein Mitglied des Behandlungsteams ändern</translation>
    </message>
    <message>
        <source>Delete a care-team member</source>
        <translation>Ein Mitglied des Behandlungsteams löschen</translation>
    </message>
    <message>
        <source>Restore a deleted care-team member</source>
        <translation>Ein gelöschtes Mitglied des Behandlungsteams wiederherstellen</translation>
    </message>
    <message>
        <source>First day (default: 30 days ago).</source>
        <translation>Erster Tag (Standard: vor 30 Tagen).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Last day (default: today).</source>
        <translation>Letzter Tag (Standard: heute).</translation>
    </message>
    <message>
        <source>Only this kind: %1 (repeatable).</source>
        <translation>Nur diese Art: %1 (wiederholbar).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>At most N lines, the newest.</source>
        <translation>Höchstens N Zeilen, die neuesten.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Show journal entries, doses, medication starts and stops, appointments and coverage dates together, oldest first.</source>
        <translation>Tagebucheinträge, Dosen, Beginn und Ende von Medikamenten, Termine und Versicherungszeiträume gemeinsam zeigen, älteste zuerst.</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) liegt vor --from (%2).</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannte Art „%1“; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>--limit must be a positive whole number, not &quot;%1&quot;.</source>
        <translation>--limit muss eine positive ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Nothing between %1 and %2.</source>
        <translation>Nichts zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>Show every kind of record by date</source>
        <translation>Alle Arten von Einträgen nach Datum zeigen</translation>
    </message>
    <message>
        <source>--entries needs at least one journal entry id</source>
        <translation>--entries braucht mindestens eine Nummer eines Tagebucheintrags</translation>
    </message>
    <message>
        <source>cannot read the minisign public key file %1</source>
        <translation>die Datei mit dem öffentlichen minisign-Schlüssel %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a minisign public key (the line starting with RW) nor a file holding one</source>
        <translation>„%1“ ist weder ein öffentlicher minisign-Schlüssel (die Zeile, die mit RW beginnt) noch eine Datei, die einen enthält</translation>
    </message>
    <message>
        <source>Show this vault&apos;s public keys: the minisign key that signs its shares, the age recipient that others share with, and the fingerprint to compare.</source>
        <translation>Die öffentlichen Schlüssel dieses Tresors zeigen: den minisign-Schlüssel, der seine Freigaben signiert, den age-Empfänger, mit dem andere teilen, und den Fingerabdruck zum Vergleichen.</translation>
    </message>
    <message>
        <source>Fingerprint:          %1</source>
        <translation>Fingerabdruck:                 %1</translation>
    </message>
    <message>
        <source>Minisign public key:  %1</source>
        <translation>Öffentl. minisign-Schlüssel:   %1</translation>
    </message>
    <message>
        <source>Minisign key id:      %1</source>
        <translation>minisign-Schlüssel-ID:         %1</translation>
    </message>
    <message>
        <source>Age recipient:        %1</source>
        <translation>age-Empfänger:                 %1</translation>
    </message>
    <message>
        <source>What leaves this vault:</source>
        <translation>Was diesen Tresor verlässt:</translation>
    </message>
    <message>
        <source>(no name in the profile)</source>
        <translation>(kein Name im Profil)</translation>
    </message>
    <message>
        <source>(born %1)</source>
        <translation>(geboren %1)</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Patient: %1</translation>
    </message>
    <message>
        <source>Journal entries: %1</source>
        <translation>Tagebucheinträge: %1</translation>
    </message>
    <message>
        <source>Medications: %1</source>
        <translation>Medikamente: %1</translation>
    </message>
    <message>
        <source>Insurance plans: %1</source>
        <translation>Versicherungen: %1</translation>
    </message>
    <message>
        <source>Appointments: %1</source>
        <translation>Termine: %1</translation>
    </message>
    <message>
        <source>Share these journal entries (ids, comma-separated).</source>
        <translation>Diese Tagebucheinträge teilen (Nummern, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Share every journal entry with this tag.</source>
        <translation>Jeden Tagebucheintrag mit diesem Schlagwort teilen.</translation>
    </message>
    <message>
        <source>Share journal entries on or after this date.</source>
        <translation>Tagebucheinträge an oder nach diesem Datum teilen.</translation>
    </message>
    <message>
        <source>An age recipient (age1…) to encrypt to, repeatable; any other value is the end date of --from (entries on or before it).</source>
        <translation>Ein age-Empfänger (age1…), für den verschlüsselt wird, wiederholbar; jeder andere Wert ist das Enddatum zu --from (Einträge an oder vor diesem Datum).</translation>
    </message>
    <message>
        <source>Share journal entries on or before this date.</source>
        <translation>Tagebucheinträge an oder vor diesem Datum teilen.</translation>
    </message>
    <message>
        <source>Add the medication list (current and past).</source>
        <translation>Die Medikamentenliste hinzufügen (aktuelle und frühere).</translation>
    </message>
    <message>
        <source>Add the insurance plans.</source>
        <translation>Die Versicherungen hinzufügen.</translation>
    </message>
    <message>
        <source>Add the appointments.</source>
        <translation>Die Termine hinzufügen.</translation>
    </message>
    <message>
        <source>Encrypt to this care-team member&apos;s age recipient; repeatable.</source>
        <translation>Für den age-Empfänger dieses Mitglieds des Behandlungsteams verschlüsseln; wiederholbar.</translation>
    </message>
    <message>
        <source>Encrypt to a new one-time passphrase, printed once.</source>
        <translation>Mit einer neuen Einmal-Passphrase verschlüsseln, die einmal ausgegeben wird.</translation>
    </message>
    <message>
        <source>Remove the identifiers found in titles and bodies (names, dates, phone numbers, addresses, ...).</source>
        <translation>Die in Titeln und Texten gefundenen Kennungen entfernen (Namen, Daten, Telefonnummern, Adressen, ...).</translation>
    </message>
    <message>
        <source>The .carnet-share file to write (must not exist).</source>
        <translation>Die zu schreibende .carnet-share-Datei (darf nicht existieren).</translation>
    </message>
    <message>
        <source>Make an encrypted, signed share of chosen records for a provider or caregiver. Prints what leaves the vault, then writes the file and records it in the disclosure log.</source>
        <translation>Eine verschlüsselte, signierte Freigabe ausgewählter Einträge für eine behandelnde oder pflegende Person erstellen. Gibt aus, was den Tresor verlässt, schreibt dann die Datei und vermerkt sie im Weitergabeprotokoll.</translation>
    </message>
    <message>
        <source>give one end date, with --to or --until</source>
        <translation>ein Enddatum angeben, mit --to oder --until</translation>
    </message>
    <message>
        <source>choose entries either with --entries or with --tag/--from/--to, not both</source>
        <translation>Einträge entweder mit --entries oder mit --tag/--from/--to wählen, nicht beides</translation>
    </message>
    <message>
        <source>choose what to share: --entries, --tag or --from/--to, and/or --meds, --insurance, --appointments</source>
        <translation>wählen, was geteilt wird: --entries, --tag oder --from/--to und/oder --meds, --insurance, --appointments</translation>
    </message>
    <message>
        <source>--passphrase cannot be combined with --to or --to-member: age encrypts to one or the other</source>
        <translation>--passphrase lässt sich nicht mit --to oder --to-member kombinieren: age verschlüsselt für das eine oder das andere</translation>
    </message>
    <message>
        <source>choose who can open it: --to age1…, --to-member ID or --passphrase</source>
        <translation>wählen, wer sie öffnen kann: --to age1…, --to-member ID oder --passphrase</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>der Ordner von %1 existiert nicht</translation>
    </message>
    <message>
        <source>Identifiers removed (--redact):</source>
        <translation>Entfernte Kennungen (--redact):</translation>
    </message>
    <message>
        <source>Identifiers found (they will leave as they are; --redact removes them):</source>
        <translation>Gefundene Kennungen (sie gehen unverändert hinaus; --redact entfernt sie):</translation>
    </message>
    <message>
        <source>entry %1, %2: %3 &quot;%4&quot;</source>
        <translation>Eintrag %1, %2: %3 &quot;%4&quot;</translation>
    </message>
    <message>
        <source>Warning: the keys of %1 are not pinned; confirm their fingerprint before sending.</source>
        <translation>Warnung: Die Schlüssel von %1 sind nicht bestätigt; bestätigen Sie den Fingerabdruck vor dem Senden.</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <source>one-time passphrase</source>
        <translation>Einmal-Passphrase</translation>
    </message>
    <message>
        <source>(fingerprint %1)</source>
        <translation>(Fingerabdruck %1)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes), export id %3, records shared: %4.</source>
        <translation>%1 geschrieben (%2 Bytes), Export-ID %3, geteilte Einträge: %4.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Signed by this vault&apos;s key, fingerprint %1.</source>
        <translation>Signiert mit dem Schlüssel dieses Tresors, Fingerabdruck %1.</translation>
    </message>
    <message>
        <source>One-time passphrase (shown only now; give it to the recipient another way than the file):</source>
        <translation>Einmal-Passphrase (wird nur jetzt gezeigt; geben Sie sie dem Empfänger auf anderem Weg als die Datei):</translation>
    </message>
    <message>
        <source>give either --identity VAULT or --passphrase</source>
        <translation>entweder --identity TRESOR oder --passphrase angeben</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>One-time passphrase: </source>
        <translation>Einmal-Passphrase: </translation>
    </message>
    <message>
        <source>the expected key</source>
        <translation>der erwartete Schlüssel</translation>
    </message>
    <message>
        <source>a key that is not pinned</source>
        <translation>ein nicht bestätigter Schlüssel</translation>
    </message>
    <message>
        <source>Verified: every file is unchanged and signed by %1.</source>
        <translation>Geprüft: Jede Datei ist unverändert und signiert von %1.</translation>
    </message>
    <message>
        <source>Signer key:   %1 (key id %2)</source>
        <translation>Signaturschlüssel: %1 (Schlüssel-ID %2)</translation>
    </message>
    <message>
        <source>Fingerprint:  %1</source>
        <translation>Fingerabdruck:     %1</translation>
    </message>
    <message>
        <source>Pinned:       yes</source>
        <translation>Bestätigt:         ja</translation>
    </message>
    <message>
        <source>Pinned:       NO: the package vouches for its own key; compare the fingerprint above with the one the sender gave you</source>
        <translation>Bestätigt:         NEIN: Das Paket bürgt für seinen eigenen Schlüssel; vergleichen Sie den Fingerabdruck oben mit dem, den Ihnen der Absender gegeben hat</translation>
    </message>
    <message>
        <source>Export id:    %1, created %2, records: %3</source>
        <translation>Export-ID:         %1, angelegt %2, Einträge: %3</translation>
    </message>
    <message>
        <source>Warning: this export was already opened in this vault on %1; this copy may be a replay.</source>
        <translation>Warnung: Dieser Export wurde in diesem Tresor bereits am %1 geöffnet; diese Kopie könnte eine Wiederholung sein.</translation>
    </message>
    <message>
        <source>Journal entries (%1)</source>
        <translation>Tagebucheinträge (%1)</translation>
    </message>
    <message>
        <source>Medications (%1)</source>
        <translation>Medikamente (%1)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>abgesetzt %1</translation>
    </message>
    <message>
        <source>Insurance (%1)</source>
        <translation>Versicherung (%1)</translation>
    </message>
    <message>
        <source>member id %1</source>
        <translation>Versichertennummer %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Appointments (%1)</source>
        <translation>Termine (%1)</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Also write the verified files into DIR, a new folder.</source>
        <translation>Die geprüften Dateien außerdem in VERZ schreiben, einen neuen Ordner.</translation>
    </message>
    <message>
        <source>Decrypt and verify a .carnet-share, then show who signed it and what it holds.</source>
        <translation>Eine .carnet-share entschlüsseln und prüfen, dann zeigen, wer sie signiert hat und was sie enthält.</translation>
    </message>
    <message>
        <source>%1 already exists; --extract needs a new folder</source>
        <translation>%1 existiert bereits; --extract braucht einen neuen Ordner</translation>
    </message>
    <message>
        <source>Wrote the %1 verified files to %2.</source>
        <translation>Die %1 geprüften Dateien nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Decrypt and verify a .carnet-share and print only the verdict (exit 0 when it verifies, 3 for a wrong key or passphrase, 4 when it is damaged, tampered with or badly signed).</source>
        <translation>Eine .carnet-share entschlüsseln und prüfen und nur das Ergebnis ausgeben (Rückgabewert 0, wenn sie in Ordnung ist, 3 bei falschem Schlüssel oder falscher Passphrase, 4 wenn sie beschädigt, manipuliert oder falsch signiert ist).</translation>
    </message>
    <message>
        <source>List every share made from this vault: what, to whom, when, and the file&apos;s SHA-256.</source>
        <translation>Jede Freigabe aus diesem Tresor auflisten: was, an wen, wann und die SHA-256 der Datei.</translation>
    </message>
    <message>
        <source>Nothing has been shared from this vault.</source>
        <translation>Aus diesem Tresor wurde nichts geteilt.</translation>
    </message>
    <message>
        <source>records: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>an %1</translation>
    </message>
    <message>
        <source>file %1, export id %2</source>
        <translation>Datei %1, Export-ID %2</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Show this vault&apos;s public keys and fingerprint</source>
        <translation>Die öffentlichen Schlüssel und den Fingerabdruck dieses Tresors zeigen</translation>
    </message>
    <message>
        <source>Make an encrypted, signed share of chosen records</source>
        <translation>Eine verschlüsselte, signierte Freigabe ausgewählter Einträge erstellen</translation>
    </message>
    <message>
        <source>Decrypt, verify and show a share</source>
        <translation>Eine Freigabe entschlüsseln, prüfen und zeigen</translation>
    </message>
    <message>
        <source>Decrypt and verify a share; print only the verdict</source>
        <translation>Eine Freigabe entschlüsseln und prüfen; nur das Ergebnis ausgeben</translation>
    </message>
    <message>
        <source>List what was shared, with whom and when</source>
        <translation>Auflisten, was wann mit wem geteilt wurde</translation>
    </message>
    <message>
        <source>Create a vault in FOLDER filled with a synthetic patient&apos;s year (journal, medications and doses, appointments, insurance, care team), to try Carnet without real data. Its passphrase is &quot;%1&quot;.</source>
        <translation>Einen Tresor in ORDNER anlegen, gefüllt mit einem Jahr einer erfundenen Person (Tagebuch, Medikamente und Einnahmen, Termine, Versicherung, Behandlungsteam), um Carnet ohne echte Daten auszuprobieren. Seine Passphrase lautet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Demo vault created in %1; its passphrase is &quot;%2&quot;.
</source>
        <translation>Demo-Tresor in %1 angelegt; seine Passphrase lautet &quot;%2&quot;.
</translation>
    </message>
    <message>
        <source>Create a demo vault of a synthetic patient</source>
        <translation>Einen Demo-Tresor einer erfundenen Person anlegen</translation>
    </message>
</context>
<context>
    <name>carnet::cli::AllergyKind</name>
    <message>
        <source>Add an allergy or intolerance; prints its id. --substance is required.</source>
        <translation>Eine Allergie oder Unverträglichkeit hinzufügen; gibt ihre Nummer aus. --substance ist erforderlich.</translation>
    </message>
    <message>
        <source>List allergies: active first, the most severe first.</source>
        <translation>Allergien auflisten: aktive zuerst, die schwersten zuerst.</translation>
    </message>
    <message>
        <source>Show an allergy.</source>
        <translation>Eine Allergie zeigen.</translation>
    </message>
    <message>
        <source>Change an allergy: only the options given change; an empty value clears a field. The earlier version is kept.</source>
        <translation>Eine Allergie ändern: Nur die angegebenen Optionen ändern sich; ein leerer Wert leert ein Feld. Die frühere Fassung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Delete an allergy. It stays restorable with &apos;allergy restore&apos;.</source>
        <translation>Eine Allergie löschen. Sie lässt sich mit „allergy restore“ wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore a deleted allergy.</source>
        <translation>Eine gelöschte Allergie wiederherstellen.</translation>
    </message>
    <message>
        <source>Added allergy %1.</source>
        <translation>Allergie %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Updated allergy %1 (version %2).</source>
        <translation>Allergie %1 aktualisiert (Fassung %2).</translation>
    </message>
    <message>
        <source>Deleted allergy %1.</source>
        <translation>Allergie %1 gelöscht.</translation>
    </message>
    <message>
        <source>Restored allergy %1.</source>
        <translation>Allergie %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>No deleted allergies.</source>
        <translation>Keine gelöschten Allergien.</translation>
    </message>
    <message>
        <source>No allergies.</source>
        <translation>Keine Allergien.</translation>
    </message>
    <message>
        <source>Allergy %1: %2</source>
        <translation>Allergie %1: %2</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
</context>
<context>
    <name>carnet::cli::AllergyKind::Options</name>
    <message>
        <source>What you are allergic to.</source>
        <translation>Wogegen Sie allergisch sind.</translation>
    </message>
    <message>
        <source>food, medication, environment or other.</source>
        <translation>food, medication, environment oder other.</translation>
    </message>
    <message>
        <source>What happens, e.g. hives.</source>
        <translation>Was passiert, z. B. Nesselsucht.</translation>
    </message>
    <message>
        <source>mild, moderate or severe.</source>
        <translation>mild, moderate oder severe.</translation>
    </message>
    <message>
        <source>Risk of a serious reaction: low, high or unable-to-assess.</source>
        <translation>Risiko einer ernsten Reaktion: low, high oder unable-to-assess.</translation>
    </message>
    <message>
        <source>When it started, YYYY-MM-DD.</source>
        <translation>Wann sie begann, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>active (default), inactive or resolved.</source>
        <translation>active (Standard), inactive oder resolved.</translation>
    </message>
</context>
<context>
    <name>carnet::cli::AppointmentOptions</name>
    <message>
        <source>What the appointment is for.</source>
        <translation>Wofür der Termin ist.</translation>
    </message>
    <message>
        <source>When it starts: YYYY-MM-DD HH:MM, in --time-zone unless it ends in Z or an offset (for --all-day: the first day).</source>
        <translation>Wann er beginnt: JJJJ-MM-TT HH:MM, in --time-zone, sofern nicht mit Z oder einem Versatz endend (bei --all-day: der erste Tag).</translation>
    </message>
    <message>
        <source>When it ends (for --all-day: the last day).</source>
        <translation>Wann er endet (bei --all-day: der letzte Tag).</translation>
    </message>
    <message>
        <source>How long it lasts, instead of --end.</source>
        <translation>Wie lange er dauert, statt --end.</translation>
    </message>
    <message>
        <source>It takes whole days; times are ignored.</source>
        <translation>Er dauert ganze Tage; Uhrzeiten werden ignoriert.</translation>
    </message>
    <message>
        <source>IANA time zone of the times given, e.g. Europe/Berlin (default: this computer&apos;s; for edit: the appointment&apos;s).</source>
        <translation>IANA-Zeitzone der angegebenen Zeiten, z. B. Europe/Berlin (Standard: die dieses Computers; bei edit: die des Termins).</translation>
    </message>
    <message>
        <source>Who it is with.</source>
        <translation>Mit wem er ist.</translation>
    </message>
    <message>
        <source>Id of the care-team record of that provider.</source>
        <translation>Nummer des Behandlungsteam-Eintrags dieser Person.</translation>
    </message>
    <message>
        <source>Where it is.</source>
        <translation>Wo er ist.</translation>
    </message>
    <message>
        <source>The address of the place.</source>
        <translation>Die Adresse des Ortes.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notizen.</translation>
    </message>
    <message>
        <source>Read the notes from a UTF-8 file.</source>
        <translation>Die Notizen aus einer UTF-8-Datei lesen.</translation>
    </message>
    <message>
        <source>How it repeats, as an RFC 5545 rule, e.g. &quot;FREQ=WEEKLY;BYDAY=TU;COUNT=6&quot;.</source>
        <translation>Wie er sich wiederholt, als Regel nach RFC 5545, z. B. &quot;FREQ=WEEKLY;BYDAY=TU;COUNT=6&quot;.</translation>
    </message>
    <message>
        <source>A date (YYYY-MM-DD) or start (YYYY-MM-DD HH:MM) on which a repeating appointment does not take place; may be repeated.</source>
        <translation>Ein Datum (JJJJ-MM-TT) oder Beginn (JJJJ-MM-TT HH:MM), an dem ein wiederkehrender Termin nicht stattfindet; wiederholbar.</translation>
    </message>
    <message>
        <source>Remind this many minutes before the start; may be repeated (e.g. 1440 and 60).</source>
        <translation>So viele Minuten vor Beginn erinnern; wiederholbar (z. B. 1440 und 60).</translation>
    </message>
</context>
<context>
    <name>carnet::cli::CareTeamKind</name>
    <message>
        <source>Add a care-team member (provider or caregiver); prints its id. --name is required.</source>
        <translation>Ein Mitglied des Behandlungsteams hinzufügen (behandelnde oder pflegende Person); gibt seine Nummer aus. --name ist erforderlich.</translation>
    </message>
    <message>
        <source>List your care team: providers, then caregivers, then others.</source>
        <translation>Ihr Behandlungsteam auflisten: Behandelnde, dann Pflegende, dann andere.</translation>
    </message>
    <message>
        <source>Show a care-team member with their keys.</source>
        <translation>Ein Mitglied des Behandlungsteams mit seinen Schlüsseln zeigen.</translation>
    </message>
    <message>
        <source>Change a care-team member: only the options given change; an empty value clears a field. A changed key drops the pin unless --pin is given again. The earlier version is kept.</source>
        <translation>Ein Mitglied des Behandlungsteams ändern: Nur die angegebenen Optionen ändern sich; ein leerer Wert leert ein Feld. Ein geänderter Schlüssel hebt die Bestätigung auf, sofern --pin nicht erneut angegeben wird. Die frühere Fassung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Delete a care-team member. It stays restorable with &apos;careteam restore&apos;.</source>
        <translation>Ein Mitglied des Behandlungsteams löschen. Es lässt sich mit „careteam restore“ wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore a deleted care-team member.</source>
        <translation>Ein gelöschtes Mitglied des Behandlungsteams wiederherstellen.</translation>
    </message>
    <message>
        <source>Added care-team member %1.</source>
        <translation>Mitglied des Behandlungsteams %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Updated care-team member %1 (version %2).</source>
        <translation>Mitglied des Behandlungsteams %1 aktualisiert (Fassung %2).</translation>
    </message>
    <message>
        <source>Deleted care-team member %1.</source>
        <translation>Mitglied des Behandlungsteams %1 gelöscht.</translation>
    </message>
    <message>
        <source>Restored care-team member %1.</source>
        <translation>Mitglied des Behandlungsteams %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>No deleted care-team members.</source>
        <translation>Keine gelöschten Mitglieder des Behandlungsteams.</translation>
    </message>
    <message>
        <source>No care-team members.</source>
        <translation>Keine Mitglieder im Behandlungsteam.</translation>
    </message>
    <message>
        <source>[keys pinned]</source>
        <translation>[Schlüssel bestätigt]</translation>
    </message>
    <message>
        <source>[keys not pinned]</source>
        <translation>[Schlüssel nicht bestätigt]</translation>
    </message>
    <message>
        <source>Care-team member %1: %2</source>
        <translation>Mitglied des Behandlungsteams %1: %2</translation>
    </message>
    <message>
        <source>(key id %1)</source>
        <translation>(Schlüssel-ID %1)</translation>
    </message>
    <message>
        <source>yes, since %1</source>
        <translation>ja, seit %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Fachrichtung</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Age recipient</source>
        <translation>age-Empfänger</translation>
    </message>
    <message>
        <source>Minisign key</source>
        <translation>minisign-Schlüssel</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
</context>
<context>
    <name>carnet::cli::CareTeamKind::Options</name>
    <message>
        <source>Name, e.g. &quot;Dr. Amina Haddad&quot;.</source>
        <translation>Name, z. B. &quot;Dr. Amina Haddad&quot;.</translation>
    </message>
    <message>
        <source>provider (default), caregiver or other.</source>
        <translation>provider (Standard), caregiver oder other.</translation>
    </message>
    <message>
        <source>Specialty, e.g. cardiology.</source>
        <translation>Fachrichtung, z. B. Kardiologie.</translation>
    </message>
    <message>
        <source>Practice, clinic or hospital.</source>
        <translation>Praxis, Klinik oder Krankenhaus.</translation>
    </message>
    <message>
        <source>A phone as &quot;label|number&quot; or a number; repeat for several. Replaces the list; an empty value clears it.</source>
        <translation>Ein Telefon als &quot;Bezeichnung|Nummer&quot; oder eine Nummer; für mehrere wiederholen. Ersetzt die Liste; ein leerer Wert leert sie.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Postal address.</source>
        <translation>Postanschrift.</translation>
    </message>
    <message>
        <source>Their age public key (age1…), to share with them.</source>
        <translation>Der öffentliche age-Schlüssel der Person (age1…), um mit ihr zu teilen.</translation>
    </message>
    <message>
        <source>Their minisign public key (the base64 line), to check what they sign.</source>
        <translation>Der öffentliche minisign-Schlüssel der Person (die Base64-Zeile), um zu prüfen, was sie signiert.</translation>
    </message>
    <message>
        <source>Read their minisign public key from a .pub FILE.</source>
        <translation>Den öffentlichen minisign-Schlüssel der Person aus einer .pub-DATEI lesen.</translation>
    </message>
    <message>
        <source>The fingerprint they told you, to compare (64 hex digits).</source>
        <translation>Der Fingerabdruck, den die Person Ihnen genannt hat, zum Vergleich (64 Hexziffern).</translation>
    </message>
    <message>
        <source>Pin their keys: you confirmed them in person.</source>
        <translation>Die Schlüssel bestätigen: Sie haben sie persönlich überprüft.</translation>
    </message>
    <message>
        <source>give either --minisign-key or --minisign-key-file, not both</source>
        <translation>entweder --minisign-key oder --minisign-key-file angeben, nicht beides</translation>
    </message>
</context>
<context>
    <name>carnet::cli::ConditionKind</name>
    <message>
        <source>Add a health condition; prints its id. --name is required.</source>
        <translation>Eine Erkrankung hinzufügen; gibt ihre Nummer aus. --name ist erforderlich.</translation>
    </message>
    <message>
        <source>List conditions: active first, then in remission, then resolved.</source>
        <translation>Erkrankungen auflisten: aktive zuerst, dann in Remission, dann abgeklungene.</translation>
    </message>
    <message>
        <source>Show a condition.</source>
        <translation>Eine Erkrankung zeigen.</translation>
    </message>
    <message>
        <source>Change a condition: only the options given change; an empty value clears a field. The earlier version is kept.</source>
        <translation>Eine Erkrankung ändern: Nur die angegebenen Optionen ändern sich; ein leerer Wert leert ein Feld. Die frühere Fassung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Delete a condition. It stays restorable with &apos;condition restore&apos;.</source>
        <translation>Eine Erkrankung löschen. Sie lässt sich mit „condition restore“ wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore a deleted condition.</source>
        <translation>Eine gelöschte Erkrankung wiederherstellen.</translation>
    </message>
    <message>
        <source>Added condition %1.</source>
        <translation>Erkrankung %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Updated condition %1 (version %2).</source>
        <translation>Erkrankung %1 aktualisiert (Fassung %2).</translation>
    </message>
    <message>
        <source>Deleted condition %1.</source>
        <translation>Erkrankung %1 gelöscht.</translation>
    </message>
    <message>
        <source>Restored condition %1.</source>
        <translation>Erkrankung %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>No deleted conditions.</source>
        <translation>Keine gelöschten Erkrankungen.</translation>
    </message>
    <message>
        <source>No conditions.</source>
        <translation>Keine Erkrankungen.</translation>
    </message>
    <message>
        <source>(since %1)</source>
        <translation>(seit %1)</translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation>Erkrankung %1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
</context>
<context>
    <name>carnet::cli::ConditionKind::Options</name>
    <message>
        <source>The condition, e.g. asthma.</source>
        <translation>Die Erkrankung, z. B. Asthma.</translation>
    </message>
    <message>
        <source>When it started, YYYY-MM-DD.</source>
        <translation>Wann sie begann, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>When it resolved or went into remission, YYYY-MM-DD.</source>
        <translation>Wann sie abklang oder in Remission ging, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>active (default), remission or resolved.</source>
        <translation>active (Standard), remission oder resolved.</translation>
    </message>
</context>
<context>
    <name>carnet::cli::EditOptions</name>
    <message>
        <source>Mark the appointment as cancelled.</source>
        <translation>Den Termin als abgesagt markieren.</translation>
    </message>
    <message>
        <source>Mark a cancelled appointment as booked again.</source>
        <translation>Einen abgesagten Termin wieder als gebucht markieren.</translation>
    </message>
    <message>
        <source>Make an all-day appointment one with times.</source>
        <translation>Aus einem ganztägigen Termin einen mit Uhrzeiten machen.</translation>
    </message>
    <message>
        <source>Make it a one-off appointment.</source>
        <translation>Einen einmaligen Termin daraus machen.</translation>
    </message>
    <message>
        <source>Remove all reminders.</source>
        <translation>Alle Erinnerungen entfernen.</translation>
    </message>
    <message>
        <source>Forget the dates given by --except.</source>
        <translation>Die mit --except angegebenen Daten vergessen.</translation>
    </message>
    <message>
        <source>Unlink the care-team record.</source>
        <translation>Die Verknüpfung zum Behandlungsteam-Eintrag lösen.</translation>
    </message>
</context>
<context>
    <name>carnet::cli::EntryOptions</name>
    <message>
        <source>Title of the entry.</source>
        <translation>Titel des Eintrags.</translation>
    </message>
    <message>
        <source>Body text (Markdown).</source>
        <translation>Text (Markdown).</translation>
    </message>
    <message>
        <source>Read the body (Markdown, UTF-8) from FILE.</source>
        <translation>Den Text (Markdown, UTF-8) aus DATEI lesen.</translation>
    </message>
    <message>
        <source>When the entry is about: YYYY-MM-DD[ HH:MM], today, yesterday or now (default now).</source>
        <translation>Worauf sich der Eintrag bezieht: JJJJ-MM-TT[ HH:MM], today, yesterday oder now (Standard now).</translation>
    </message>
    <message>
        <source>A tag; repeat for several.</source>
        <translation>Ein Schlagwort; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Mood from 1 (very low) to 5 (very good).</source>
        <translation>Stimmung von 1 (sehr schlecht) bis 5 (sehr gut).</translation>
    </message>
    <message>
        <source>A symptom; repeat for several.</source>
        <translation>Ein Symptom; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Attach a JPEG, PNG or PDF file; repeat for several.</source>
        <translation>Eine JPEG-, PNG- oder PDF-Datei anhängen; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>--body-file needs a file; standard input is where the passphrase is read</source>
        <translation>--body-file braucht eine Datei; über die Standardeingabe wird die Passphrase gelesen</translation>
    </message>
</context>
<context>
    <name>carnet::cli::MedicationOptions</name>
    <message>
        <source>Name of the medication.</source>
        <translation>Name des Medikaments.</translation>
    </message>
    <message>
        <source>Strength as on the label, e.g. &quot;500 mg&quot;.</source>
        <translation>Stärke wie auf der Packung, z. B. &quot;500 mg&quot;.</translation>
    </message>
    <message>
        <source>Form: %1.</source>
        <translation>Darreichungsform: %1.</translation>
    </message>
    <message>
        <source>Route: %1.</source>
        <translation>Art der Anwendung: %1.</translation>
    </message>
    <message>
        <source>Amount per dose, e.g. 1 or 2.5.</source>
        <translation>Menge pro Dosis, z. B. 1 oder 2.5.</translation>
    </message>
    <message>
        <source>Unit of the dose, e.g. tablet, ml, puff.</source>
        <translation>Einheit der Dosis, z. B. Tablette, ml, Hub.</translation>
    </message>
    <message>
        <source>Take at these times each day (or on --days), e.g. 08:00,20:00.</source>
        <translation>Zu diesen Uhrzeiten jeden Tag einnehmen (oder an --days), z. B. 08:00,20:00.</translation>
    </message>
    <message>
        <source>Take every N hours.</source>
        <translation>Alle N Stunden einnehmen.</translation>
    </message>
    <message>
        <source>With --every-hours: time of the first dose (default 08:00).</source>
        <translation>Mit --every-hours: Zeit der ersten Dosis (Standard 08:00).</translation>
    </message>
    <message>
        <source>With --times: only on these days, e.g. mon,wed,fri.</source>
        <translation>Mit --times: nur an diesen Tagen, z. B. mon,wed,fri.</translation>
    </message>
    <message>
        <source>Take as needed: no doses are due.</source>
        <translation>Bei Bedarf einnehmen: Es sind keine Dosen fällig.</translation>
    </message>
    <message>
        <source>Who prescribed it.</source>
        <translation>Wer es verordnet hat.</translation>
    </message>
    <message>
        <source>Pharmacy that fills it.</source>
        <translation>Apotheke, die es abgibt.</translation>
    </message>
    <message>
        <source>What it is taken for.</source>
        <translation>Wofür es eingenommen wird.</translation>
    </message>
    <message>
        <source>First day taken (YYYY-MM-DD).</source>
        <translation>Erster Einnahmetag (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Refills left.</source>
        <translation>Verbleibende Rezepte.</translation>
    </message>
    <message>
        <source>Date of the next refill (YYYY-MM-DD).</source>
        <translation>Datum des nächsten Nachfüllens (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notizen.</translation>
    </message>
    <message>
        <source>Read the notes from a UTF-8 file.</source>
        <translation>Die Notizen aus einer UTF-8-Datei lesen.</translation>
    </message>
    <message>
        <source>--name cannot be empty</source>
        <translation>--name darf nicht leer sein</translation>
    </message>
    <message>
        <source>--notes-file cannot be &apos;-&apos;: standard input carries the passphrase</source>
        <translation>--notes-file darf nicht „-“ sein: Über die Standardeingabe kommt die Passphrase</translation>
    </message>
    <message>
        <source>--as-needed cannot be combined with --times, --every-hours, --days or --first</source>
        <translation>--as-needed lässt sich nicht mit --times, --every-hours, --days oder --first kombinieren</translation>
    </message>
    <message>
        <source>give either --times or --every-hours, not both</source>
        <translation>entweder --times oder --every-hours angeben, nicht beides</translation>
    </message>
    <message>
        <source>--days needs --times, e.g. --days mon,wed,fri --times 09:00</source>
        <translation>--days braucht --times, z. B. --days mon,wed,fri --times 09:00</translation>
    </message>
    <message>
        <source>--first goes with --every-hours</source>
        <translation>--first gehört zu --every-hours</translation>
    </message>
</context>
<context>
    <name>carnet::cli::NotesOptions</name>
    <message>
        <source>Notes.</source>
        <translation>Notizen.</translation>
    </message>
    <message>
        <source>Read the notes (UTF-8) from FILE.</source>
        <translation>Die Notizen (UTF-8) aus DATEI lesen.</translation>
    </message>
    <message>
        <source>give either --notes or --notes-file, not both</source>
        <translation>entweder --notes oder --notes-file angeben, nicht beides</translation>
    </message>
</context>
<context>
    <name>carnet::cli::OpenOptions</name>
    <message>
        <source>Open with this vault&apos;s age key (its passphrase is read like other secrets); the vault also remembers export ids and knows its pinned care team.</source>
        <translation>Mit dem age-Schlüssel dieses Tresors öffnen (seine Passphrase wird wie andere Geheimnisse gelesen); der Tresor merkt sich außerdem Export-IDs und kennt sein bestätigtes Behandlungsteam.</translation>
    </message>
    <message>
        <source>Open with the one-time passphrase, read from standard input.</source>
        <translation>Mit der Einmal-Passphrase öffnen, gelesen von der Standardeingabe.</translation>
    </message>
    <message>
        <source>The minisign public key the share must be signed with (base64 line or .pub file); without it the package&apos;s own key is used and reported as not pinned.</source>
        <translation>Der öffentliche minisign-Schlüssel, mit dem die Freigabe signiert sein muss (Base64-Zeile oder .pub-Datei); ohne ihn wird der eigene Schlüssel des Pakets verwendet und als nicht bestätigt gemeldet.</translation>
    </message>
</context>
<context>
    <name>carnet::cli::PlanOptions</name>
    <message>
        <source>Insurer, e.g. &quot;Acme Health&quot;.</source>
        <translation>Versicherer, z. B. &quot;Acme Health&quot;.</translation>
    </message>
    <message>
        <source>Plan name, e.g. &quot;Gold PPO 500&quot;.</source>
        <translation>Tarifname, z. B. &quot;Gold PPO 500&quot;.</translation>
    </message>
    <message>
        <source>medical (default), dental, vision, drug or other.</source>
        <translation>medical (Standard), dental, vision, drug oder other.</translation>
    </message>
    <message>
        <source>Member id on the card.</source>
        <translation>Versichertennummer auf der Karte.</translation>
    </message>
    <message>
        <source>Group number on the card.</source>
        <translation>Gruppennummer auf der Karte.</translation>
    </message>
    <message>
        <source>Policy holder, when it is not you.</source>
        <translation>Versicherungsnehmer, wenn nicht Sie selbst.</translation>
    </message>
    <message>
        <source>Your relationship to the subscriber: self (default), spouse, child or other.</source>
        <translation>Ihre Beziehung zur hauptversicherten Person: self (Standard), spouse, child oder other.</translation>
    </message>
    <message>
        <source>First day covered, YYYY-MM-DD (empty clears).</source>
        <translation>Erster abgedeckter Tag, JJJJ-MM-TT (leer löscht).</translation>
    </message>
    <message>
        <source>Last day covered, YYYY-MM-DD (empty clears).</source>
        <translation>Letzter abgedeckter Tag, JJJJ-MM-TT (leer löscht).</translation>
    </message>
    <message>
        <source>Member services phone.</source>
        <translation>Telefon des Kundenservice.</translation>
    </message>
    <message>
        <source>Another phone as &quot;label|number&quot;; repeat for several. Replaces the list; an empty value clears it.</source>
        <translation>Ein weiteres Telefon als &quot;Bezeichnung|Nummer&quot;; für mehrere wiederholen. Ersetzt die Liste; ein leerer Wert leert sie.</translation>
    </message>
    <message>
        <source>Photo or scan of the card&apos;s front (JPEG or PNG).</source>
        <translation>Foto oder Scan der Kartenvorderseite (JPEG oder PNG).</translation>
    </message>
    <message>
        <source>Photo or scan of the card&apos;s back (JPEG or PNG).</source>
        <translation>Foto oder Scan der Kartenrückseite (JPEG oder PNG).</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notizen.</translation>
    </message>
    <message>
        <source>Read the notes (UTF-8) from FILE.</source>
        <translation>Die Notizen (UTF-8) aus DATEI lesen.</translation>
    </message>
    <message>
        <source>--notes-file needs a file; standard input is where the passphrase is read</source>
        <translation>--notes-file braucht eine Datei; über die Standardeingabe wird die Passphrase gelesen</translation>
    </message>
    <message>
        <source>--phone: &apos;%1&apos; is not a phone number</source>
        <translation>--phone: „%1“ ist keine Telefonnummer</translation>
    </message>
</context>
<context>
    <name>carnet::cli::ProfileOptions</name>
    <message>
        <source>Full name.</source>
        <translation>Vollständiger Name.</translation>
    </message>
    <message>
        <source>The name you go by.</source>
        <translation>Der Name, mit dem Sie angesprochen werden.</translation>
    </message>
    <message>
        <source>Birth date, YYYY-MM-DD.</source>
        <translation>Geburtsdatum, JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>female, male, other or unknown.</source>
        <translation>female, male, other oder unknown.</translation>
    </message>
    <message>
        <source>Gender identity, in your words.</source>
        <translation>Geschlechtsidentität, in Ihren Worten.</translation>
    </message>
    <message>
        <source>A+, A-, B+, B-, AB+, AB-, O+ or O-.</source>
        <translation>A+, A-, B+, B-, AB+, AB-, O+ oder O-.</translation>
    </message>
    <message>
        <source>Height in centimetres.</source>
        <translation>Größe in Zentimetern.</translation>
    </message>
    <message>
        <source>Weight in kilograms.</source>
        <translation>Gewicht in Kilogramm.</translation>
    </message>
    <message>
        <source>Postal address.</source>
        <translation>Postanschrift.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Telefonnummer.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Preferred language, e.g. en, fr, pt-BR.</source>
        <translation>Bevorzugte Sprache, z. B. en, fr, pt-BR.</translation>
    </message>
    <message>
        <source>An emergency contact as &quot;Name|relation|phone&quot;; repeat for several. Replaces the list; an empty value clears it.</source>
        <translation>Ein Notfallkontakt als &quot;Name|Beziehung|Telefon&quot;; für mehrere wiederholen. Ersetzt die Liste; ein leerer Wert leert sie.</translation>
    </message>
    <message>
        <source>yes, no or unknown.</source>
        <translation>yes, no oder unknown.</translation>
    </message>
    <message>
        <source>unknown --blood-type &apos;%1&apos; (use %2)</source>
        <translation>unbekannte --blood-type „%1“ (verwenden Sie %2)</translation>
    </message>
    <message>
        <source>centimetres</source>
        <translation>Zentimeter</translation>
    </message>
    <message>
        <source>kilograms</source>
        <translation>Kilogramm</translation>
    </message>
    <message>
        <source>--emergency-contact &apos;%1&apos; is not &quot;Name|relation|phone&quot; with a name</source>
        <translation>--emergency-contact „%1“ ist nicht &quot;Name|Beziehung|Telefon&quot; mit einem Namen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Personal health record in an encrypted vault.</source>
        <translation>Persönliche Gesundheitsakte in einem verschlüsselten Tresor.</translation>
    </message>
    <message>
        <source>Open the vault in FOLDER.</source>
        <translation>Den Tresor in ORDNER öffnen.</translation>
    </message>
    <message>
        <source>Carnet cannot start</source>
        <translation>Carnet kann nicht starten</translation>
    </message>
    <message>
        <source>The cryptographic self-test failed (%1).</source>
        <translation>Der kryptografische Selbsttest ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>Open a demo vault of a synthetic patient, made in a temporary folder and deleted on exit.</source>
        <translation>Einen Demo-Tresor einer erfundenen Person öffnen, angelegt in einem temporären Ordner und beim Beenden gelöscht.</translation>
    </message>
    <message>
        <source>With --demo: save a PNG of each view into FOLDER, then quit.</source>
        <translation>Mit --demo: von jeder Ansicht ein PNG in ORDNER speichern, dann beenden.</translation>
    </message>
    <message>
        <source>The demo vault could not be made: %1</source>
        <translation>Der Demo-Tresor konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>This is the demo vault; its passphrase is &quot;%1&quot;.</source>
        <translation>Dies ist der Demo-Tresor; seine Passphrase lautet „%1“.</translation>
    </message>
    <message>
        <source>A shared record (.carnet-share) to open once the vault is unlocked.</source>
        <translation>Eine geteilte Akte (.carnet-share), die geöffnet wird, sobald der Tresor entsperrt ist.</translation>
    </message>
</context>
</TS>
