<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AgeDecryptor</name>
    <message>
        <source>the input is not open for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgeError</name>
    <message>
        <source>This is not an age-encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This age file uses a format version Carnet does not support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The armored age file is damaged or has extra text around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your keys can open this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is protected by a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase protection of this file is set too high to open safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file mixes a passphrase with other recipients, which is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file header was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file is incomplete: it ends before its last part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file has extra data after its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age file content was altered or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted data could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown age error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgeHeader</name>
    <message>
        <source>the header ends in the middle of a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a header line is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version line has a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no recipient stanza</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MAC line is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the MAC is not canonical base64 of 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line is neither a stanza nor the MAC line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has too many stanzas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stanza argument is empty or has a character outside VCHAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stanza body line is longer than 64 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stanza body line has a character outside unpadded base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stanza body is not canonical base64</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgeIdentity</name>
    <message>
        <source>an X25519 stanza must have exactly two arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an X25519 share must be canonical base64 of 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an X25519 stanza body must be 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the X25519 share is a low-order point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgePayload</name>
    <message>
        <source>the payload nonce is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payload ends without a final chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last chunk is shorter than its authentication tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payload chunk fails authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is data after the final chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the final chunk is empty although the payload is not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgeScryptRecipient</name>
    <message>
        <source>not enough memory for scrypt with log2(N) = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scrypt work factor is not a decimal number without leading zeros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an scrypt stanza must have exactly three arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an scrypt salt must be canonical base64 of 16 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log2(N) = %1, the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an scrypt stanza body must be 32 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Allergy</name>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance: say what the allergy is to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AllergyRepository</name>
    <message>
        <source>No allergy with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allergy with id %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message>
        <source>An appointment needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care-team id %1 is not a record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment needs a valid start date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone; use an IANA name such as Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder must be between 0 and %1 minutes before the appointment, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exception date of the appointment is not a valid date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointment with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>CareTeamMember</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: say who this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin: there is no key to pin; add an age recipient or a minisign key first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareTeamRepository</name>
    <message>
        <source>No care-team member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care-team member with id %1 was deleted.</source>
        <translation type="unfinished"></translation>
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
    <name>Condition</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In remission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: say what the condition is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abatement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the onset date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The abatement date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: a condition with an abatement date is in remission or resolved, not active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionRepository</name>
    <message>
        <source>No condition with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition with id %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactFormat</name>
    <message>
        <source>%1: &apos;%2&apos; is not a phone number (digits, spaces, + ( ) - . / and an optional extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a language tag such as en, fr or pt-BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the phone labelled &apos;%2&apos; has no number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>Morning walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walked **30 minutes** by the river. Knees fine, a little short of breath on the hill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headache after lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dull headache on the left side from about 14:00.

- drank two glasses of water
- lay down for 20 minutes

Gone by the evening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood sugar log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fasting glucose 6.4 mmol/L, after dinner 8.1 mmol/L. Slightly higher than last week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slept badly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woke up three times. Maybe the coffee at 17:00. Tired all morning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home reading 132/84, pulse 71, sitting, after 5 minutes rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy back. Cooked with the grandchildren and did the garden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pollen season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Itchy eyes and sneezing all afternoon. Took the antihistamine at 16:00; helped within an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for the next visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Can the metformin be taken with dinner instead?
2. Is the ankle swelling related to the amlodipine?
3. Flu vaccine this year?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right knee stiff after the stairs. Ice for 15 minutes, better after rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physiotherapy exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the full set: 3 × 10 leg raises, 3 × 10 heel slides, 5 minutes on the bike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type 2 diabetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capsule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low vitamin D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hay fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knee better; stopped after two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diabetes check-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riverside Health Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood test (HbA1c)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riverside Health Centre, lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eye examination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City Eye Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dental cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smile Dental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smile Dental, Market Square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flu vaccination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riverside Pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MoveWell Physio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>son</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Penicillin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hives and swelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grass pollen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sneezing, itchy eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ophthalmology</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoseEvent</name>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueDose</name>
    <message>
        <source>Not yet taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FhirShareBundle</name>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats (RFC 5545 rule): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s bundle.json is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference %1 does not resolve inside the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journal entry must have exactly one attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journal entry&apos;s body is not text/markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journal entry&apos;s body is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journal entry&apos;s body does not have the size its attachment states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a journal entry has no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health record shared by the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared health record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health record of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a FHIR document bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or repeated entry address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry %1 does not match its resource id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first entry is not a Composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Composition&apos;s subject is not a Patient in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 is in no section of the Composition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected resource type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a share has exactly one Patient and one Provenance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifierScanner</name>
    <message>
        <source>[%1 removed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record or account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social security number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsuranceCardFile</name>
    <message>
        <source>%1 is %2 MiB; a card photo can be at most %3 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsuranceCardImage</name>
    <message>
        <source>Front of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of the card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsurancePlan</name>
    <message>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescription drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer: say who the insurer is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsuranceRepository</name>
    <message>
        <source>--%1: %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG image; a card must be a photo or a scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No insurance plan with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insurance plan with id %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage starts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage ends: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, last day covered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalAttachmentFiles</name>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MiB; attachments can be at most %3 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalAttachmentImage</name>
    <message>
        <source>The PDF cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF page cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalRepository</name>
    <message>
        <source>The tag &apos;%1&apos; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is empty; every journal entry needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry has no valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mood must be between %1 and %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A symptom is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry can have at most %1 tags, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entry %1 has no attachment with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal entry with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entry %1 is deleted; restore it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search has no word to look for; type at least one letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search has %1 terms; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of entries to list must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list offset cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal attachment with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1 belongs to a deleted journal entry; restore the entry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of search results must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search offset cannot be negative.</source>
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
    <name>MediaFile</name>
    <message>
        <source>%1 is %2 MiB; attachments can be at most %3 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or PDF file; only those can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JPEG image is damaged or truncated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Medication</name>
    <message>
        <source>Tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capsule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the tongue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the skin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the skin (patch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inhaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the nose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the eye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaginal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the skin (injection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into a muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into a vein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A medication needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known form; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known route; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dose must be more than zero, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop date %1 is before the start date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of refills left cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationRepository</name>
    <message>
        <source>No medication with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stop date is needed to stop a medication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dose needs the time it was taken or skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled time of the dose is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the future; a dose can be recorded once it is taken or skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was stopped on %2; no dose can be recorded from that day on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts on %2; no dose can be recorded before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount taken must be more than zero, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is taken as needed; it has no scheduled doses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no dose scheduled at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 dose is more than %2 hours ahead; record it closer to the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 dose of %2 is already recorded as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A skipped dose needs the time it was scheduled for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a scheduled dose can be late; give the time it was scheduled for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The span of days for adherence is empty or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refill look-ahead must be zero or more days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took %1 late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MedicationSchedule</name>
    <message>
        <source>The schedule needs at least one time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule has a time of day that is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule needs at least one day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a day of the week (1 to 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval must be between 1 and %1 hours, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An every-%1-hours schedule needs the time of its first dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>list of times</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a day at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twice a day at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 times a day at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 hours from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>days at times</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time; use HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinisignError</name>
    <message>
        <source>This is not a minisign public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a minisign signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature uses an algorithm Carnet does not support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature was made with a different key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the file: it was altered or is not the signed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed comment was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large for its old-style signature to be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed data could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown signature error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinisignPublicKey</name>
    <message>
        <source>expected a comment line and a key line, or a key line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key line is not base64 of 42 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by key %1, expected key %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinisignSignature</name>
    <message>
        <source>a signature file has exactly four lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comment lines are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment is too long or has a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature line is not base64 of 74 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trusted comment signature is not base64 of 64 bytes</source>
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
    <name>PeopleActionErrors</name>
    <message>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood type: &apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height: %1 cm is not between %2 and %3 cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight: %1 kg is not between %2 and %3 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact: a name is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublicKeyText</name>
    <message>
        <source>Age recipient: &apos;%1&apos; does not start with age1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age recipient: it has %1 characters; an age1… recipient has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age recipient: &apos;%1&apos; has characters outside Bech32 or a wrong checksum (a typo?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minisign key: not a minisign public key (56 base64 characters decoding to 42 bytes that start with &quot;Ed&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: &apos;%1&apos; is not %2 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>%1: unknown value &apos;%2&apos; (use %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is too far in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4)</source>
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
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecurrencePattern</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecurrenceRule</name>
    <message>
        <source>The recurrence rule is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the recurrence rule, &apos;%1&apos; is not of the form NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recurrence rule part %1 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the recurrence rule, %1 has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recurrence rule gives %1 more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recurrence rule has no FREQ (for example FREQ=WEEKLY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the recurrence rule, FREQ=%1 is not a frequency; use DAILY, WEEKLY, MONTHLY, YEARLY, HOURLY, MINUTELY or SECONDLY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recurrence rule has both COUNT and UNTIL; RFC 5545 allows only one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the recurrence rule, %1 is not a valid value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recurrence rule %1 is not valid RFC 5545.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the recurrence rule, BYMONTH may only name months 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule repeating %1 can only be narrowed with BYHOUR, BYMINUTE, BYSECOND and BYDAY, not with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule repeating %1 cannot use numbered weekdays in BYDAY (such as 1MO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recurrence rule ends (UNTIL %1) before the appointment starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recurrence rule %1 combines parts that RFC 5545 does not allow together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recurrence rule %1 never produces a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderLead</name>
    <message>
        <source>At the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute before</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes before</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hours before</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days before</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareContent</name>
    <message>
        <source>Record %1 has no identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose journal entries either by id or by tag and dates, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the date range is before its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to share: the selection holds no record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareManifest</name>
    <message>
        <source>The package&apos;s signed description is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many recipients for one package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package uses format %1; this version of Carnet reads format %2 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad export id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad signer fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad recipient fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad item count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature of %1 was made for another file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharePackageReader</name>
    <message>
        <source>The signature of %1 does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot decrypt the package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a share package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key or passphrase was given to open the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a share package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds an unexpected file, &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package lacks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s signer.pub is not a minisign public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was signed with another key than the one expected (its fingerprint is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of %1 is not a prehashed (ED) minisign signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s signatures describe different exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package names a signer other than the key that signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds %1 records but its signatures say %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s provenance names another signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharePackageWriter</name>
    <message>
        <source>A share needs at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A share can have at most %1 recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-time passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareReadme</name>
    <message>
        <source>Carnet share package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient exported these files from Carnet, a personal health record, on %1
(export id %2). They were encrypted with age and signed with minisign: only `age` and
`minisign` are needed to open and check them.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files
-----
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the records: a FHIR R4 Bundle of type &quot;document&quot; (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same records as a web page, for any browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minisign public key that signed them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one minisign signature for each file above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Decrypt
----------
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was encrypted to a one-time passphrase; the patient gave it to you separately.
age asks for it:

    age -d -o share.tar %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was encrypted to your age key. With your identity file (key.txt, from age-keygen):

    age -d -i key.txt -o share.tar %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then unpack it into a new folder:

    mkdir share &amp;&amp; tar -xf share.tar -C share &amp;&amp; cd share

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carnet does this and every check below in one step:

    carnet-cli share open %1 %2

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Verify
---------
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file must verify with the patient&apos;s key; minisign then prints the same trusted comment for all:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s minisign public key:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s minisign key id:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s Carnet fingerprint:   %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key above came inside this package: it proves that the files were not changed after they were
signed, not who signed them. Compare it (or the fingerprint) with the one the patient gave you, or
verify with the key you already hold for them. In Carnet the patient finds both under their
identity (`carnet-cli identity show VAULT`).

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted comment is one line of JSON: format version, export id, creation time (UTC), the signer&apos;s
fingerprint, the recipients&apos; fingerprints (or &quot;passphrase&quot;), the number of shared records, and
the file it covers.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareRecipient</name>
    <message>
        <source>&apos;%1&apos; is not an age recipient (a key that starts with age1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no age recipient key in the care team; add one before sharing with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (care team)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareSummaryPage</name>
    <message>
        <source>a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health record shared by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the vault key with fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is a copy for reading. The signed record is bundle.json; README.txt says how to check its signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose and schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TarArchive</name>
    <message>
        <source>Could not start the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to write the member &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add %1 to the archive: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s contents are not a valid archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s archive is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package contains &quot;%1&quot;, which is not a plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package contains the unsafe path &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package contains &quot;%1&quot; twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package contains too many files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the package is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the package is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpcomingReminders</name>
    <message>
        <source>%1, due %2</source>
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
    <name>VaultIdentity</name>
    <message>
        <source>This vault has no identity keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault&apos;s identity keys are damaged.</source>
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
    <name>carnet::AdherenceChart</name>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherence chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduled doses in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: taken as needed, no scheduled doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no doses due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken: %1 of %2 due (%3 of them late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to come: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <comment>no share yet</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::AdherencePanel</name>
    <message>
        <source>Doses taken as scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::AgeArmorReader</name>
    <message>
        <source>an armor line is longer than 64 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the armor does not start with its begin line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the armor has no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is data after the end of the armor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the armor ends without its end line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short or padded armor line is not the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an armor line has the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an armor line is not canonical base64</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::AgendaDelegate</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::AgendaModel</name>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::AllergyEditorDialog</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of a future reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is to: penicillin, peanuts, cat dander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens: hives, swelling, anaphylaxis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely a future reaction is to be life-threatening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of a &amp;future reaction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::AllergyListModel</name>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::AllergyPanel</name>
    <message>
        <source>Allergies and intolerances, active ones first. Those with a severe reaction or a high risk of one are marked ⚠.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allergies recorded. Add one with “New allergy” (Ctrl+N); if you have none, you can leave this list empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New allergy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the allergy to “%1”?

It moves to the deleted allergies, where you can restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted a&amp;llergies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit allergy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::AllergySeverityMarking</name>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1, high risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk of a severe reaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::AppointmentEditorDialog</name>
    <message>
        <source>A&amp;ll day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply to every date of this series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders and &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, e.g. Dermatology check-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Dr. Jane Roe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. City Clinic, room 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The times above are in this zone; a repeating appointment keeps its local time across daylight-saving changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::AppointmentListModel</name>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
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
    <name>carnet::CalendarDayPanel</name>
    <message>
        <source>Appointments and doses of the selected day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on this day. Press Return or Ctrl+N to add an appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  Dose: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments on this day. Press Return or Ctrl+N to add one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::CalendarMonthModel</name>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 medication dose due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n medication doses due</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No appointments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::CalendarPage</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected appointment (Return or F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected appointment as cancelled, or booked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted Appointments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See deleted appointments and restore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show medication d&amp;oses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the doses your medication schedules say are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Earlier %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Later %n days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments in %1. Press Ctrl+N to add one on the selected day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments this week. Press Ctrl+N to add one on the selected day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No appointments in the next %n days. Press Ctrl+N to add one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No appointments in these %n days. Press Ctrl+T to go back to today.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your calendar is empty. Press Ctrl+N to add your first appointment. Doses your medication schedules say are due show here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;book Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and every date of its series?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the appointment “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

It can be restored later from Deleted Appointments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History not shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::CareTeamListModel</name>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::CareTeamMemberEditorDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minisign public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read .pub file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New care-team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit care-team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: cardiology, home nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint in groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their age public key (from age-keygen or their Carnet), to encrypt shares to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their minisign public key, to check what they sign: the line after the comment in their .pub file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint they read out to you: 64 hexadecimal digits, spaces allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a minisign .pub file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys pinned on %1. Changing a key removes the pin; pin the new keys from the list after comparing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys not pinned. After saving, compare them with the person and pin them from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys for sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age re&amp;cipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;minisign public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minisign public keys (*.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a minisign public key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::CareTeamPanel</name>
    <message>
        <source>The providers and caregivers you deal with. Their public keys let you share records with them and check what they send; pin the keys once you have compared them with the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No care-team members yet. Add one with “New member” (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete care-team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” from your care team?

They move to the deleted members, where you can restore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &amp;members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted care-team members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected member&apos;s keys and pin them, or unpin them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Pin the keys of &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;Compare them group by group with what %1 reads out or shows you, in person or on a call you trust. Pin only if every group matches.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minisign key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of %1 unpinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no keys to pin. Add their age recipient or minisign key with Edit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of %1 pinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;pin keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New care-team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit care-team member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::ConditionEditorDialog</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved or in remission since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: asthma, type 2 diabetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolved or in remission since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::ConditionListModel</name>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::ConditionPanel</name>
    <message>
        <source>Health conditions and diagnoses, active ones first, then those in remission or resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conditions recorded. Add one with “New condition” (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New condition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the condition “%1”?

It moves to the deleted conditions, where you can restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted c&amp;onditions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit condition</source>
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
    <name>carnet::DeletedAppointmentsDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted appointments are kept, with their history, until the vault is purged. Restore one to put it back in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deleted appointments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deleted appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment not restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::DueDoseModel</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::DueDosePanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the selected dose as taken now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the selected dose as skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doses are due today. Medications taken as needed are recorded with “Take extra dose”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::InsuranceCardViewer</name>
    <message>
        <source>&amp;Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the front of the card (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the back of the card (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;it to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the photo to the window (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has no photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::InsuranceListModel</name>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::InsurancePage</name>
    <message>
        <source>the front of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the back of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Insurance&lt;/h2&gt;&lt;p&gt;Your plans with the numbers you read out on the phone, and photos of the cards. Copied numbers are cleared from the clipboard after %1 s.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No insurance plans yet&lt;/h3&gt;&lt;p&gt;Add each plan you hold: the payer, the member ID and group number printed on the card, the dates it covers and photos of both sides.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an insurance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected plan (Return, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version of the selected plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the member ID; the clipboard is cleared after 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;group number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the group number; the clipboard is cleared after 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the photos of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or replace the &amp;front photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a JPEG or PNG photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or replace the &amp;back photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the front photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the photo of the front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move the back photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the photo of the back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &amp;plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deleted plans and restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View, add, replace or remove the photos of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New insurance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit insurance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan saved. The earlier version is kept in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete insurance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the plan “%1”?

It moves to the deleted plans, where you can restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan deleted. “Deleted plans…” restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied — clears in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of %1 saved in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the photo of %1 of “%2”?

The history keeps only its name and size, not the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted insurance plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::InsurancePlanCard</name>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else (relationship: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (relationship: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance plan: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return edits the plan; arrow keys move to the next card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the member ID; the clipboard is cleared after 30 s (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy group number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the group number; the clipboard is cleared after 30 s (Ctrl+Shift+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo of the card. Add one with Card photos in the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the photo of the card: %1 (Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::InsurancePlanEditorDialog</name>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your relationship to the subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member services phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New insurance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit insurance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The insurer, as printed on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Gold PPO 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy holder, when it is not you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member services, as printed on the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscriber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your r&amp;elationship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day covered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;day covered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member ser&amp;vices phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other phones:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::InsuranceStatusBadge</name>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::JournalAttachmentPreviewDialog</name>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::JournalEntryDelegate</name>
    <message>
        <source>Mood %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carnet::JournalEntryEditorDialog</name>
    <message>
        <source>Show pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, e.g. “Migraine after a short night”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, how you felt… Markdown works: **bold**, *italic*, - lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the text as it will read beside the editor (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma separated, e.g. headache, nausea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma separated, e.g. migraine, sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a JPEG, PNG or PDF file (at most 20 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected file from this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Symptoms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attac&amp;hments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, new)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::JournalEntryView</name>
    <message>
        <source>A&amp;ttachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Return to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – very bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – so-so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 – very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) — double-click to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::JournalPage</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Journal&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entry (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the entry deleted last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version of the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a JPEG, PNG or PDF file to the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport attachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the selected attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search titles, text and tags (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to look for; results show as you type, best matches first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries with tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only entries with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries yet — write one with New entry (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” with tag #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match %1. Try other words or All tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries match, best match first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match, newest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your journal is empty. Press Ctrl+N to write the first entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”? It disappears from the journal; Undo delete (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment not exported</source>
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
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp; care team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::MedicationDetailsView</name>
    <message>
        <source>Medication details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refills left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · refill soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (extra dose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::MedicationDoseDialog</name>
    <message>
        <source>Take %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a dose of %1, taken as needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an extra dose of %1, outside its schedule (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taken at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount as a number more than zero, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::MedicationEditorDialog</name>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next refill date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on the package, e.g. Metformin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 500 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of one dose: tablet, ml, puff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capsule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>puff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refills left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prescriber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;harmacy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refi&amp;lls left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt refill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A medication needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the dose as a number more than zero, such as 1 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date is after the day it was stopped (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medication could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::MedicationListDelegate</name>
    <message>
        <source>%1 (soon)</source>
        <comment>next refill date, coming up</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::MedicationListModel</name>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next refill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::MedicationScheduleEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doses are due. Record each dose with “Take extra dose” when you take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every few hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On days of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times of day; Del removes the selected time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected time (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours between doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <comment>every N hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First dose at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First dose &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;w often:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::MedicationsEmptyState</name>
    <message>
        <source>No medications yet — add one with New medication (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carnet keeps your medications, their schedules and every dose you record in this vault, on this computer. It gives no medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New medication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::MedicationsPage</name>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Medications&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected medication; it moves to the past medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected medication (it can be restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected deleted medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version of the selected medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take e&amp;xtra dose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a dose taken as needed or outside the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;leted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refill soon: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — deleted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No past medications. A medication moves here once it is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medications yet — add one with New medication (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current medications. Stopped ones are under Past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing deleted. A deleted medication stays here until you restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a deleted medication to see its details again; History shows every version it had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a medication to see its details and last doses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details of this medication could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication not stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? It moves to Deleted, with its doses and history, and can be restored from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::MonthDayDelegate</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>1 dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n doses</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carnet::MonthView</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::OptionalDateField</name>
    <message>
        <source>%1 is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick when the date is not known</source>
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
    <name>carnet::PeopleChoiceBox</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::PeopleListPanel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected entry (Return, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every version of the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deleted entries and restore one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The earlier version is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted. “%1” restores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::PeopleProblemLabel</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::PeopleRestoreDialog</name>
    <message>
        <source>Nothing has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted records stay in the vault, with their history, until you restore them. Choose one to restore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::PeopleTableEditor</name>
    <message>
        <source>Removes the selected row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::ProfileForm</name>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people call you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in centimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight in kilograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A language tag: en, fr-CA, de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organ donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every saved version of your profile (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop what you typed and show the saved profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S); the earlier version is kept in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted to the saved profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;referred name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organ donor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom to call for you in an emergency, in the order to call them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a language tag such as en, fr-CA or de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::ProfilePage</name>
    <message>
        <source>&lt;h2&gt;Profile and care team&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Tab and Ctrl+Shift+Tab switch between the tabs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::RecordHistoryDialog</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No field changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
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
    <name>carnet::RecurrenceEditor</name>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a number of dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many dates in all, the first one included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day that can have a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrence rule (RRULE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. FREQ=MONTHLY;BYDAY=1TU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule in iCalendar (RFC 5545) form. The choices above write it; edit it directly for patterns they cannot express, such as the first Tuesday of each month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>weeks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>months</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>years</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type a rule, or choose how often it repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recurrence rule is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates until the rule is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom rule; its dates are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates until the times are valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::ReminderListEditor</name>
    <message>
        <source>&amp;Add reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rem&amp;ind me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected reminder (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders. Add one below.</source>
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
    <message>
        <source>Recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaults opened on this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::StopMedicationDialog</name>
    <message>
        <source>Stop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moves to the past medications from the stop date on. Its doses and history are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day without this medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. finished the course, side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stopped on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top medication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::TodayPage</name>
    <message>
        <source>&amp;Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refills running low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the selected dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the selected dose as taken now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the selected dose as skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments in the next two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refill was due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refill by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — refills left: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refill due in the next week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet. Entries, doses and appointments will show here.</source>
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
    <name>carnet::WeekView</name>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
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
    <message>
        <source>&apos;%1&apos; is not a known time zone; use an IANA name such as Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of minutes for %2 (0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>give either --end or --duration, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--title is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--notes-file needs a file: standard input carries the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an all-day appointment takes --end (its last day), not --duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end (%1) is before the start (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remind %1 is more than %2 minutes (30 days) ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--except needs a repeating appointment (--rrule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the appointment does not take place on %1, so --except cannot skip it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[repeats]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an appointment; prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added appointment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an appointment; the earlier values stay in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --cancel or --book, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --all-day or --timed, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --rrule or --no-rrule, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --remind or --no-remind, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --care-team or --no-care-team, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated appointment %1 (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day to list (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day to list (default: 30 days after --from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list cancelled appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the dates of appointments between two days, repeating ones expanded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments in that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Some repeating appointments repeat too often to list them all.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many to list (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the next appointments from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No upcoming appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one appointment with all its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, created %2, last changed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an appointment. It is kept, hidden, and can be restored with &apos;appt restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted appointment %1; &apos;appt restore&apos; brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back a deleted appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored appointment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List appointments between two days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the next appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change or cancel an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a deleted appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3, SHA-256 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; has no phone number; use &quot;label|number&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --%1 &apos;%2&apos; (use %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance plan %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, last changed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an insurance plan; prints its id. --payer is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--payer is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added insurance plan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List deleted plans (which can be restored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List insurance plans: active first, then upcoming, then expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deleted insurance plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No insurance plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance plan %1 has no image of the card&apos;s %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the card&apos;s front image to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the card&apos;s back image to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an insurance plan; optionally save its card images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the card&apos;s front image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the card&apos;s back image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an insurance plan: only the options given change; an empty value clears a field. The earlier version is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to change; give at least one option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either a new card image or its --remove option, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated insurance plan %1 (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an insurance plan. It stays restorable with &apos;insurance restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted insurance plan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a deleted insurance plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored insurance plan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an insurance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List insurance plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an insurance plan and save its card images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an insurance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an insurance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a deleted insurance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mood; use a number from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to attach, %1, does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file; only files can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; attachments can be at most %3 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the title is empty; every journal entry needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a journal entry. Prints the new entry&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added journal entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1 as attachment %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries with this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries on or after this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries on or before this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N entries (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the N newest matching entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List journal entries, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mood %1/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n attachment(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2 entries; use --limit and --offset for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a journal entry with its attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood:        %1/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:     %1 (created %2, last changed %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tag, keeping the others; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a tag; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all symptoms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the attachment with this id; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a journal entry; options not given keep their values. --tag and --symptom replace the whole list. The earlier version is kept (see &apos;carnet-cli history&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --mood or --clear-mood, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --symptom or --clear-symptoms, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entry %1 already had these values; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated journal entry %1 (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a journal entry. It disappears from lists and search but is kept, with its attachments, until purged; &apos;journal restore&apos; brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted journal entry %1. To bring it back: carnet-cli journal restore %2 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back a deleted journal entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored journal entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entry %1 is not deleted; nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N results (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the N best results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search journal entries, best match first. All words must match; &quot;several words&quot; in quotes must appear together; word* matches words that start with it. Matches are shown in [brackets].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search has no word to look for; type at least one letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal entries match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 matches; use --limit and --offset for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the file here (readable only by you).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a journal attachment to a file, as stored (photos without their EXIF data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; give --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List journal entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a journal entry and its attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a journal entry (it can be restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a deleted journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the journal, best match first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a journal attachment to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be more than zero, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a time of day; use HH:MM from 00:00 to 23:59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--times needs at least one time of day, e.g. 08:00,20:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days: &apos;%1&apos; is not a day of the week; use mon, tue, wed, thu, fri, sat, sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days needs at least one day, e.g. mon,wed,fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a medication. Without --times, --every-hours or --as-needed it is taken as needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added medication %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a medication; only the options given change. A schedule option replaces the schedule. The earlier values stay in its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated medication %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List current and past medications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List only stopped medications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List current medications (or past ones, or all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --all or --past, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No past medications.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medications.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(stopped %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(next refill %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a medication and its most recent doses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refills left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next refill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doses recorded.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent doses:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was stopped: no doses are due from that day on (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a medication. It moves to the past list and keeps its dose log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped %1 (id %2) on %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scheduled: &apos;%1&apos; is not a time of day; use HH:MM from 00:00 to 23:59</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 as taken at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 as taken late at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 as skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the dose due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not a scheduled dose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dose with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was taken (default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled dose it is, HH:MM on the day of --at (default: the pending dose nearest in time, if any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount taken (default the medication&apos;s dose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note about this dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a dose as taken. Taken more than an hour after its time, it counts as late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled dose to skip, HH:MM (default the first pending dose of the day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the dose (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a scheduled dose as skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is taken as needed; it has no scheduled dose to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pending dose on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the doses due on a day with their status: pending, taken, late or skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No doses due on %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doses due on %1:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (default 29 days before --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the share of scheduled doses taken (late ones included) per medication, over the last %1 days unless --from/--to say otherwise. As-needed medications have no schedule to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherence from %1 to %2:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No scheduled doses in that span.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken as needed; no schedule to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no doses were due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% taken (%2 of %3 doses; %4 late, %5 skipped, %6 missed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a medication. It disappears from lists, schedules and adherence; its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 (id %2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List current, past or all medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a medication and its recent doses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a medication, keeping it as history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a dose as taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a scheduled dose as skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the doses due today or on a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the share of doses taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--email: &apos;%1&apos; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a positive number of %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a file; standard input is where the passphrase is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2 is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile yet; set one with &apos;carnet-cli profile set&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organ donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your profile: name, birth date, contacts, emergency contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set fields of your profile: only the options given change; an empty value clears a field. The earlier version is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to set; give at least one option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the profile (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List deleted records (which can be restored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin their keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --pin or --unpin, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set fields of your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a deleted allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a health condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a deleted condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider or caregiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List your care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a care-team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a care-team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a care-team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a deleted care-team member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (default: 30 days ago).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this kind: %1 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N lines, the newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show journal entries, doses, medication starts and stops, appointments and coverage dates together, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a positive whole number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every kind of record by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--entries needs at least one journal entry id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the minisign public key file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a minisign public key (the line starting with RW) nor a file holding one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this vault&apos;s public keys: the minisign key that signs its shares, the age recipient that others share with, and the fingerprint to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minisign public key:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minisign key id:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age recipient:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What leaves this vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name in the profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(born %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance plans: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share these journal entries (ids, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share every journal entry with this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share journal entries on or after this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An age recipient (age1…) to encrypt to, repeatable; any other value is the end date of --from (entries on or before it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share journal entries on or before this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the medication list (current and past).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the insurance plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the appointments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt to this care-team member&apos;s age recipient; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt to a new one-time passphrase, printed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the identifiers found in titles and bodies (names, dates, phone numbers, addresses, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .carnet-share file to write (must not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an encrypted, signed share of chosen records for a provider or caregiver. Prints what leaves the vault, then writes the file and records it in the disclosure log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one end date, with --to or --until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose entries either with --entries or with --tag/--from/--to, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose what to share: --entries, --tag or --from/--to, and/or --meds, --insurance, --appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--passphrase cannot be combined with --to or --to-member: age encrypts to one or the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose who can open it: --to age1…, --to-member ID or --passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers removed (--redact):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers found (they will leave as they are; --redact removes them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1, %2: %3 &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the keys of %1 are not pinned; confirm their fingerprint before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-time passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(fingerprint %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes), export id %3, records shared: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by this vault&apos;s key, fingerprint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time passphrase (shown only now; give it to the recipient another way than the file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --identity VAULT or --passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key that is not pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: every file is unchanged and signed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer key:   %1 (key id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned:       yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned:       NO: the package vouches for its own key; compare the fingerprint above with the one the sender gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export id:    %1, created %2, records: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this export was already opened in this vault on %1; this copy may be a replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insurance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the verified files into DIR, a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt and verify a .carnet-share, then show who signed it and what it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; --extract needs a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the %1 verified files to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt and verify a .carnet-share and print only the verdict (exit 0 when it verifies, 3 for a wrong key or passphrase, 4 when it is damaged, tampered with or badly signed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every share made from this vault: what, to whom, when, and the file&apos;s SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been shared from this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1, export id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this vault&apos;s public keys and fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an encrypted, signed share of chosen records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt, verify and show a share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt and verify a share; print only the verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what was shared, with whom and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a vault in FOLDER filled with a synthetic patient&apos;s year (journal, medications and doses, appointments, insurance, care team), to try Carnet without real data. Its passphrase is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo vault created in %1; its passphrase is &quot;%2&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a demo vault of a synthetic patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::cli::AllergyKind</name>
    <message>
        <source>Add an allergy or intolerance; prints its id. --substance is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List allergies: active first, the most severe first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an allergy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an allergy: only the options given change; an empty value clears a field. The earlier version is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an allergy. It stays restorable with &apos;allergy restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a deleted allergy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added allergy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated allergy %1 (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted allergy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored allergy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deleted allergies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No allergies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::cli::AllergyKind::Options</name>
    <message>
        <source>What you are allergic to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>food, medication, environment or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens, e.g. hives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild, moderate or severe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of a serious reaction: low, high or unable-to-assess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it started, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active (default), inactive or resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::cli::AppointmentOptions</name>
    <message>
        <source>What the appointment is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it starts: YYYY-MM-DD HH:MM, in --time-zone unless it ends in Z or an offset (for --all-day: the first day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it ends (for --all-day: the last day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long it lasts, instead of --end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes whole days; times are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone of the times given, e.g. Europe/Berlin (default: this computer&apos;s; for edit: the appointment&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it is with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id of the care-team record of that provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the notes from a UTF-8 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it repeats, as an RFC 5545 rule, e.g. &quot;FREQ=WEEKLY;BYDAY=TU;COUNT=6&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date (YYYY-MM-DD) or start (YYYY-MM-DD HH:MM) on which a repeating appointment does not take place; may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind this many minutes before the start; may be repeated (e.g. 1440 and 60).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::cli::CareTeamKind</name>
    <message>
        <source>Add a care-team member (provider or caregiver); prints its id. --name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List your care team: providers, then caregivers, then others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a care-team member with their keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a care-team member: only the options given change; an empty value clears a field. A changed key drops the pin unless --pin is given again. The earlier version is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a care-team member. It stays restorable with &apos;careteam restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a deleted care-team member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added care-team member %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated care-team member %1 (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted care-team member %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored care-team member %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deleted care-team members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No care-team members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[keys pinned]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[keys not pinned]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care-team member %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(key id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minisign key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::cli::CareTeamKind::Options</name>
    <message>
        <source>Name, e.g. &quot;Dr. Amina Haddad&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider (default), caregiver or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialty, e.g. cardiology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice, clinic or hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone as &quot;label|number&quot; or a number; repeat for several. Replaces the list; an empty value clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their age public key (age1…), to share with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their minisign public key (the base64 line), to check what they sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read their minisign public key from a .pub FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint they told you, to compare (64 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin their keys: you confirmed them in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --minisign-key or --minisign-key-file, not both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::cli::ConditionKind</name>
    <message>
        <source>Add a health condition; prints its id. --name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List conditions: active first, then in remission, then resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a condition: only the options given change; an empty value clears a field. The earlier version is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a condition. It stays restorable with &apos;condition restore&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a deleted condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added condition %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated condition %1 (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted condition %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored condition %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deleted conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(since %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::cli::ConditionKind::Options</name>
    <message>
        <source>The condition, e.g. asthma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it started, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it resolved or went into remission, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active (default), remission or resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::cli::EditOptions</name>
    <message>
        <source>Mark the appointment as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a cancelled appointment as booked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an all-day appointment one with times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it a one-off appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the dates given by --except.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the care-team record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::cli::EntryOptions</name>
    <message>
        <source>Title of the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body text (Markdown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the body (Markdown, UTF-8) from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the entry is about: YYYY-MM-DD[ HH:MM], today, yesterday or now (default now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood from 1 (very low) to 5 (very good).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A symptom; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a JPEG, PNG or PDF file; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--body-file needs a file; standard input is where the passphrase is read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::cli::MedicationOptions</name>
    <message>
        <source>Name of the medication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength as on the label, e.g. &quot;500 mg&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount per dose, e.g. 1 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the dose, e.g. tablet, ml, puff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take at these times each day (or on --days), e.g. 08:00,20:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take every N hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --every-hours: time of the first dose (default 08:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --times: only on these days, e.g. mon,wed,fri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take as needed: no doses are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who prescribed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharmacy that fills it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is taken for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day taken (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refills left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the next refill (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the notes from a UTF-8 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--notes-file cannot be &apos;-&apos;: standard input carries the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-needed cannot be combined with --times, --every-hours, --days or --first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --times or --every-hours, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days needs --times, e.g. --days mon,wed,fri --times 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--first goes with --every-hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::cli::NotesOptions</name>
    <message>
        <source>Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the notes (UTF-8) from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --notes or --notes-file, not both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::cli::OpenOptions</name>
    <message>
        <source>Open with this vault&apos;s age key (its passphrase is read like other secrets); the vault also remembers export ids and knows its pinned care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the one-time passphrase, read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minisign public key the share must be signed with (base64 line or .pub file); without it the package&apos;s own key is used and reported as not pinned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::cli::PlanOptions</name>
    <message>
        <source>Insurer, e.g. &quot;Acme Health&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan name, e.g. &quot;Gold PPO 500&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medical (default), dental, vision, drug or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member id on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group number on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy holder, when it is not you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your relationship to the subscriber: self (default), spouse, child or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day covered, YYYY-MM-DD (empty clears).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day covered, YYYY-MM-DD (empty clears).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member services phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another phone as &quot;label|number&quot;; repeat for several. Replaces the list; an empty value clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo or scan of the card&apos;s front (JPEG or PNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo or scan of the card&apos;s back (JPEG or PNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the notes (UTF-8) from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--notes-file needs a file; standard input is where the passphrase is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--phone: &apos;%1&apos; is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>carnet::cli::ProfileOptions</name>
    <message>
        <source>Full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name you go by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female, male, other or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender identity, in your words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A+, A-, B+, B-, AB+, AB-, O+ or O-.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in centimetres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight in kilograms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language, e.g. en, fr, pt-BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An emergency contact as &quot;Name|relation|phone&quot;; repeat for several. Replaces the list; an empty value clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, no or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --blood-type &apos;%1&apos; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kilograms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--emergency-contact &apos;%1&apos; is not &quot;Name|relation|phone&quot; with a name</source>
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
    <message>
        <source>Open a demo vault of a synthetic patient, made in a temporary folder and deleted on exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: save a PNG of each view into FOLDER, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo vault could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo vault; its passphrase is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
