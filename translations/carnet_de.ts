<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
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
        <source>The log's head record is missing.</source>
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
</context>
<context>
    <name>AutoLock</name>
    <message numerus="yes">
        <source>Locked after %n second(s) without activity.</source>
        <translation><numerusform>Nach %n Sekunde ohne Aktivität gesperrt.</numerusform><numerusform>Nach %n Sekunden ohne Aktivität gesperrt.</numerusform></translation>
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
        <translation><numerusform>Nach %n Minute ohne Aktivität gesperrt.</numerusform><numerusform>Nach %n Minuten ohne Aktivität gesperrt.</numerusform></translation>
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
Run 'carnet-cli COMMAND --help' for the options of a command.
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
'carnet-cli BEFEHL --help' zeigt die Optionen eines Befehls.
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
        <source>carnet-cli: unknown command '%1'; run 'carnet-cli --help' for the list.</source>
        <translation>carnet-cli: unbekannter Befehl '%1'; 'carnet-cli --help' zeigt die Liste.</translation>
    </message>
    <message>
        <source> (see '%1 --help')</source>
        <translation> (siehe '%1 --help')</translation>
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
        <source>unexpected argument '%1'</source>
        <translation>unerwartetes Argument '%1'</translation>
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
        <source>'%1' is not a record id (a positive number)</source>
        <translation>'%1' ist keine Eintragsnummer (eine positive Zahl)</translation>
    </message>
    <message>
        <source>'%1' is not a date; use YYYY-MM-DD</source>
        <translation>'%1' ist kein Datum; verwenden Sie JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>'%1' is not a date and time; use YYYY-MM-DD HH:MM</source>
        <translation>'%1' ist kein Datum mit Uhrzeit; verwenden Sie JJJJ-MM-TT HH:MM</translation>
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
        <source>The keyring's key-derivation settings are out of range.</source>
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
        <source>records.db is empty, although the vault's keyring is there. Carnet will not start a new, empty vault in its place; restore records.db from a backup.</source>
        <translation>records.db ist leer, obwohl die Schlüsseldatei des Tresors vorhanden ist. Carnet legt an seiner Stelle keinen neuen, leeren Tresor an; stellen Sie records.db aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key-derivation settings are below Carnet's minimum.</source>
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
        <source>The vault's audit key is damaged.</source>
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
        <translation><numerusform>Das Protokoll ist in Ordnung: %n Eintrag, nichts verändert oder entfernt.</numerusform><numerusform>Das Protokoll ist in Ordnung: %n Einträge, nichts verändert oder entfernt.</numerusform></translation>
    </message>
    <message>
        <source>The log does not verify: %1</source>
        <translation>Das Protokoll ist nicht in Ordnung: %1</translation>
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
</context>
<context>
    <name>carnet::PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
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
        <source>Shared records</source>
        <translation>Geteilte Akten</translation>
    </message>
    <message>
        <source>Opening a record someone shared with you (a .carnet-share file) is not available in this version of Carnet yet.</source>
        <translation>Das Öffnen einer mit Ihnen geteilten Akte (einer .carnet-share-Datei) ist in dieser Version von Carnet noch nicht möglich.</translation>
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
    <name>carnet::cli</name>
    <message>
        <source>List every version of a record (journal entry, medication, appointment, ...): when it was created, each edit with the fields it changed, deletion and restoration.</source>
        <translation>Jede Fassung eines Eintrags (Tagebucheintrag, Medikament, Termin, …) auflisten: wann er angelegt wurde, jede Änderung mit den geänderten Feldern, Löschen und Wiederherstellen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n version(s)</source>
        <translation><numerusform>%1 %2: %n Fassung</numerusform><numerusform>%1 %2: %n Fassungen</numerusform></translation>
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
        <source>unknown --kdf profile '%1' (use interactive, moderate or sensitive)</source>
        <translation>unbekanntes --kdf-Profil '%1' (interactive, moderate oder sensitive verwenden)</translation>
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
        <source>Show a vault's format and key-derivation settings without unlocking it.</source>
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
        <source>Change the vault's passphrase. Reads the current passphrase, then the new one. Only the keyring changes; records.db is not rewritten.</source>
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
        <source>List the vault's audit log of security events.</source>
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
        <source>Show a vault's format and settings (no passphrase needed)</source>
        <translation>Format und Einstellungen eines Tresors anzeigen (ohne Passphrase)</translation>
    </message>
    <message>
        <source>Change the vault's passphrase</source>
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
</context>
</TS>