<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry %1 is missing: the log was cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was altered after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries after %1 were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log&apos;s head record is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed unlock attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened with the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data key rotated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message numerus="yes">
        <source>Locked after %n second(s) without activity.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Locked because the screen was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: carnet-cli COMMAND [options] [arguments]

Carnet keeps a personal health record in an encrypted vault on this machine.

Commands:
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carnet-cli: unknown command &apos;%1&apos;; run &apos;carnet-cli --help&apos; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (see &apos;%1 --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 ok, 1 other error, 2 usage, 3 wrong passphrase or recovery code, 4 damaged or tampered data, 5 vault in use.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a secret on standard input, but it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret read is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a record id (a positive number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; use YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time; use YYYY-MM-DD HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --%1 or --%2, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The keyring file is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring file is not a Carnet keyring or is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring file is damaged (its checksum does not match). The previous copy is kept beside it as keyring.bak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault uses keyring format %1; this Carnet reads format %2. Update Carnet to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This keyring uses features this Carnet does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring file has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring holds a key slot of unknown type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring records an impossible database page size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring has no passphrase slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring&apos;s key-derivation settings are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a well-formed recovery code: it has 32 letters and digits in groups of four.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring lists an impossible number of key slots.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase of a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another unrelated word; avoid names, dates and common phrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good; one more word would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>No record with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 with id %2 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>records.db is damaged or does not belong to this keyring (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: %1 was not completed and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Carnet vault: it has no keyring file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records.db is missing from the vault, although its keyring is there. Carnet will not start a new, empty vault in its place; restore records.db from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records.db is empty, although the vault&apos;s keyring is there. Carnet will not start a new, empty vault in its place; restore records.db from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-derivation settings are below Carnet&apos;s minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a Carnet vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new or empty folder for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was not opened with its recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new passphrase and recovery code set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records.db belongs to a different vault than this keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening records.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s audit key is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new passphrase before using the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating the data key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultLock</name>
    <message>
        <source>The vault is in use by another Carnet process (PID %1). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file in %1: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the vault in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::ActivityPage</name>
    <message>
        <source>&lt;h2&gt;Activity&lt;/h2&gt;&lt;p&gt;Every unlock, lock, failed attempt and key change of this vault. The log is chained so that an edited or removed entry shows.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The log verifies: %n entries, none altered or removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The log does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::AuditLogModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::CreateVaultPage</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault here yet. Choose a passphrase of at least %1 characters: a few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating… (this takes a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::MainWindow</name>
    <message>
        <source>Carnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault unlocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Carnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Carnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Carnet %1&lt;/h3&gt;&lt;p&gt;A personal health record in an encrypted vault, kept on this computer. Carnet gives no medical advice.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::RecoverPage</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open and set the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when the vault was created, and choose a new passphrase. The code can be used once; Carnet then shows you a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::RecoveryCodeDialog</name>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way into your vault. Write it down or print it, and keep it somewhere safe away from this computer. Carnet shows it only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm you have it, type its &amp;last group of four:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last group of the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carnet recovery code

%1

Created %2. Keep this apart from the computer that holds the vault. It opens the vault if the passphrase is lost; after it is used, Carnet shows a new one.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::ReminderScheduler</name>
    <message>
        <source>Carnet reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something is due. Unlock Carnet to see what.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::SettingsDialog</name>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me of doses and appointments while Carnet runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage (after restart):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::StartWindow</name>
    <message>
        <source>Carnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Carnet&lt;/h1&gt;&lt;p&gt;Your health record, encrypted on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;shared record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the vault is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the vault folder (or an empty folder for a new vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening a record someone shared with you (a .carnet-share file) is not available in this version of Carnet yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::TrayIcon</name>
    <message>
        <source>&amp;Show Carnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carnet — unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carnet — locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::UnlockPage</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot it? Use the &amp;recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::cli</name>
    <message>
        <source>List every version of a record (journal entry, medication, appointment, ...): when it was created, each edit with the fields it changed, deletion and restoration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n version(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the earlier versions of a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key-derivation strength: interactive, moderate (default) or sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --kdf profile &apos;%1&apos; (use interactive, moderate or sensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down and keep it apart from this computer. It is shown only now; it opens the vault if the passphrase is lost.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty vault in the folder VAULT (created if missing, must be empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a Carnet vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the vault %1.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a vault&apos;s format and key-derivation settings without unlocking it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault:            %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault id:         %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring format:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:          %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption:       SQLCipher %1 (SQLite %2), %3-byte pages
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key derivation:   Argon2id, %1 passes, %2 MiB (%3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code:    %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also change the key-derivation strength: interactive, moderate or sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the vault&apos;s passphrase. Reads the current passphrase, then the new one. Only the keyring changes; records.db is not rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vault with its recovery code and set a new passphrase. Reads the recovery code, then the new passphrase. The used code stops working and a new one is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has a new passphrase.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old recovery code no longer works. New recovery code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt records.db under a new random data key, e.g. after a copy of the vault and its passphrase may have leaked. Prints a new recovery code; the old one stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records.db now uses a new data key.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the hash chain; exit 4 if an entry was altered or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the vault&apos;s audit log of security events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log verifies: %1 entries, chain intact.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new encrypted vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a vault&apos;s format and settings (no passphrase needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the vault&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new passphrase using the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypt the vault under a new data key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List or verify the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Personal health record in an encrypted vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the vault in FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carnet cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptographic self-test failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
