<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AgeDecryptor</name>
    <message>
        <source>the input is not open for reading</source>
        <translation>la entrada no está abierta para lectura</translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation>la salida no está abierta para escritura</translation>
    </message>
</context>
<context>
    <name>AgeError</name>
    <message>
        <source>This is not an age-encrypted file</source>
        <translation>Este no es un archivo cifrado con age</translation>
    </message>
    <message>
        <source>This age file uses a format version Carnet does not support</source>
        <translation>Este archivo age usa una versión de formato que Carnet no admite</translation>
    </message>
    <message>
        <source>The armored age file is damaged or has extra text around it</source>
        <translation>El archivo age con armadura está dañado o tiene texto adicional alrededor</translation>
    </message>
    <message>
        <source>The age file header is damaged</source>
        <translation>El encabezado del archivo age está dañado</translation>
    </message>
    <message>
        <source>None of your keys can open this file</source>
        <translation>Ninguna de sus claves puede abrir este archivo</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase</source>
        <translation>Este archivo está protegido con una frase de contraseña</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Frase de contraseña incorrecta</translation>
    </message>
    <message>
        <source>The passphrase protection of this file is set too high to open safely</source>
        <translation>La protección por frase de contraseña de este archivo es demasiado alta para abrirlo de forma segura</translation>
    </message>
    <message>
        <source>The age file mixes a passphrase with other recipients, which is not allowed</source>
        <translation>El archivo age mezcla una frase de contraseña con otros destinatarios, lo cual no está permitido</translation>
    </message>
    <message>
        <source>The age file header was altered</source>
        <translation>El encabezado del archivo age fue alterado</translation>
    </message>
    <message>
        <source>The age file is incomplete: it ends before its last part</source>
        <translation>El archivo age está incompleto: termina antes de su última parte</translation>
    </message>
    <message>
        <source>The age file has extra data after its end</source>
        <translation>El archivo age tiene datos adicionales después de su final</translation>
    </message>
    <message>
        <source>The age file content was altered or damaged</source>
        <translation>El contenido del archivo age fue alterado o está dañado</translation>
    </message>
    <message>
        <source>The encrypted data could not be read</source>
        <translation>No se pudieron leer los datos cifrados</translation>
    </message>
    <message>
        <source>The output could not be written</source>
        <translation>No se pudo escribir la salida</translation>
    </message>
    <message>
        <source>Unknown age error</source>
        <translation>Error de age desconocido</translation>
    </message>
</context>
<context>
    <name>AgeHeader</name>
    <message>
        <source>the header ends in the middle of a line</source>
        <translation>el encabezado termina en medio de una línea</translation>
    </message>
    <message>
        <source>the header is too large</source>
        <translation>el encabezado es demasiado grande</translation>
    </message>
    <message>
        <source>a header line is too long</source>
        <translation>una línea del encabezado es demasiado larga</translation>
    </message>
    <message>
        <source>the version line has a control character</source>
        <translation>la línea de versión contiene un carácter de control</translation>
    </message>
    <message>
        <source>the header has no recipient stanza</source>
        <translation>el encabezado no tiene ninguna stanza de destinatario</translation>
    </message>
    <message>
        <source>the MAC line is malformed</source>
        <translation>la línea MAC tiene un formato incorrecto</translation>
    </message>
    <message>
        <source>the MAC is not canonical base64 of 32 bytes</source>
        <translation>el MAC no es base64 canónico de 32 bytes</translation>
    </message>
    <message>
        <source>a line is neither a stanza nor the MAC line</source>
        <translation>una línea no es ni una stanza ni la línea MAC</translation>
    </message>
    <message>
        <source>the header has too many stanzas</source>
        <translation>el encabezado tiene demasiadas stanzas</translation>
    </message>
    <message>
        <source>a stanza argument is empty or has a character outside VCHAR</source>
        <translation>un argumento de stanza está vacío o tiene un carácter fuera de VCHAR</translation>
    </message>
    <message>
        <source>a stanza body line is longer than 64 columns</source>
        <translation>una línea del cuerpo de una stanza tiene más de 64 columnas</translation>
    </message>
    <message>
        <source>a stanza body line has a character outside unpadded base64</source>
        <translation>una línea del cuerpo de una stanza tiene un carácter fuera de base64 sin relleno</translation>
    </message>
    <message>
        <source>a stanza body is not canonical base64</source>
        <translation>el cuerpo de una stanza no es base64 canónico</translation>
    </message>
</context>
<context>
    <name>AgeIdentity</name>
    <message>
        <source>an X25519 stanza must have exactly two arguments</source>
        <translation>una stanza X25519 debe tener exactamente dos argumentos</translation>
    </message>
    <message>
        <source>an X25519 share must be canonical base64 of 32 bytes</source>
        <translation>una parte compartida X25519 debe ser base64 canónico de 32 bytes</translation>
    </message>
    <message>
        <source>an X25519 stanza body must be 32 bytes</source>
        <translation>el cuerpo de una stanza X25519 debe tener 32 bytes</translation>
    </message>
    <message>
        <source>the X25519 share is a low-order point</source>
        <translation>la parte compartida X25519 es un punto de orden bajo</translation>
    </message>
</context>
<context>
    <name>AgePayload</name>
    <message>
        <source>the payload nonce is missing</source>
        <translation>falta el nonce de la carga útil</translation>
    </message>
    <message>
        <source>the payload ends without a final chunk</source>
        <translation>la carga útil termina sin un bloque final</translation>
    </message>
    <message>
        <source>the last chunk is shorter than its authentication tag</source>
        <translation>el último bloque es más corto que su etiqueta de autenticación</translation>
    </message>
    <message>
        <source>a payload chunk fails authentication</source>
        <translation>un bloque de la carga útil no supera la autenticación</translation>
    </message>
    <message>
        <source>there is data after the final chunk</source>
        <translation>hay datos después del bloque final</translation>
    </message>
    <message>
        <source>the final chunk is empty although the payload is not</source>
        <translation>el bloque final está vacío aunque la carga útil no lo está</translation>
    </message>
</context>
<context>
    <name>AgeScryptRecipient</name>
    <message>
        <source>not enough memory for scrypt with log2(N) = %1</source>
        <translation>no hay suficiente memoria para scrypt con log2(N) = %1</translation>
    </message>
    <message>
        <source>the scrypt work factor is not a decimal number without leading zeros</source>
        <translation>el factor de trabajo de scrypt no es un número decimal sin ceros a la izquierda</translation>
    </message>
    <message>
        <source>an scrypt stanza must have exactly three arguments</source>
        <translation>una stanza scrypt debe tener exactamente tres argumentos</translation>
    </message>
    <message>
        <source>an scrypt salt must be canonical base64 of 16 bytes</source>
        <translation>una sal de scrypt debe ser base64 canónico de 16 bytes</translation>
    </message>
    <message>
        <source>log2(N) = %1, the limit is %2</source>
        <translation>log2(N) = %1, el límite es %2</translation>
    </message>
    <message>
        <source>an scrypt stanza body must be 32 bytes</source>
        <translation>el cuerpo de una stanza scrypt debe tener 32 bytes</translation>
    </message>
</context>
<context>
    <name>Allergy</name>
    <message>
        <source>Food</source>
        <translation>Alimento</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiental</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Riesgo bajo</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Riesgo alto</translation>
    </message>
    <message>
        <source>Unable to assess</source>
        <translation>No se puede evaluar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Substance: say what the allergy is to</source>
        <translation>Sustancia: indique a qué es la alergia</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>Fecha de inicio</translation>
    </message>
</context>
<context>
    <name>AllergyRepository</name>
    <message>
        <source>No allergy with id %1.</source>
        <translation>No hay ninguna alergia con el ID %1.</translation>
    </message>
    <message>
        <source>The allergy with id %1 was deleted.</source>
        <translation>La alergia con el ID %1 fue eliminada.</translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message>
        <source>An appointment needs a title.</source>
        <translation>Una cita necesita un título.</translation>
    </message>
    <message>
        <source>The care-team id %1 is not a record id.</source>
        <translation>El ID de equipo de atención %1 no es un ID de registro.</translation>
    </message>
    <message>
        <source>An appointment needs a valid start date and time.</source>
        <translation>Una cita necesita una fecha y hora de inicio válidas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone; use an IANA name such as Europe/Berlin.</source>
        <translation>&apos;%1&apos; no es una zona horaria conocida; use un nombre IANA como Europe/Madrid.</translation>
    </message>
    <message>
        <source>The appointment ends (%1) before it starts (%2).</source>
        <translation>La cita termina (%1) antes de empezar (%2).</translation>
    </message>
    <message>
        <source>A reminder must be between 0 and %1 minutes before the appointment, not %2.</source>
        <translation>Un recordatorio debe estar entre 0 y %1 minutos antes de la cita, no %2.</translation>
    </message>
    <message>
        <source>An exception date of the appointment is not a valid date and time.</source>
        <translation>Una fecha de excepción de la cita no es una fecha y hora válida.</translation>
    </message>
    <message>
        <source>No appointment with id %1.</source>
        <translation>No hay ninguna cita con el ID %1.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry %1 is missing: the log was cut.</source>
        <translation>Falta la entrada %1: el registro se truncó.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it.</source>
        <translation>La entrada %1 no sigue a la entrada anterior.</translation>
    </message>
    <message>
        <source>Entry %1 was altered after it was written.</source>
        <translation>La entrada %1 fue alterada después de escribirse.</translation>
    </message>
    <message>
        <source>Entries after %1 were removed.</source>
        <translation>Se eliminaron las entradas posteriores a %1.</translation>
    </message>
    <message>
        <source>The log&apos;s head record is missing.</source>
        <translation>Falta la entrada de cabecera del registro.</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Bóveda creada</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueada</translation>
    </message>
    <message>
        <source>Failed unlock attempt</source>
        <translation>Intento de desbloqueo fallido</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>Opened with the recovery code</source>
        <translation>Abierta con el código de recuperación</translation>
    </message>
    <message>
        <source>Data key rotated</source>
        <translation>Clave de datos renovada</translation>
    </message>
    <message>
        <source>Share saved for a provider or caregiver</source>
        <translation>Paquete compartido guardado para un profesional o cuidador</translation>
    </message>
    <message>
        <source>Received share kept in Shared with me</source>
        <translation>Paquete compartido recibido conservado en Compartido conmigo</translation>
    </message>
    <message>
        <source>Received share removed</source>
        <translation>Paquete compartido recibido eliminado</translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message numerus="yes">
        <source>Locked after %n second(s) without activity.</source>
        <translation>
            <numerusform>Bloqueada tras %n segundo sin actividad.</numerusform>
            <numerusform>Bloqueada tras %n segundos sin actividad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked because the screen was locked.</source>
        <translation>Bloqueada porque se bloqueó la pantalla.</translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation>Bloqueada porque el equipo entró en suspensión.</translation>
    </message>
    <message>
        <source>Locked on request.</source>
        <translation>Bloqueada a petición.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Bloqueada tras %n minuto sin actividad.</numerusform>
            <numerusform>Bloqueada tras %n minutos sin actividad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareTeamMember</name>
    <message>
        <source>Provider</source>
        <translation>Profesional de la salud</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Cuidador</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Name: say who this is</source>
        <translation>Nombre: indique quién es</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Pin: there is no key to pin; add an age recipient or a minisign key first</source>
        <translation>Fijar: no hay ninguna clave que fijar; añada primero un destinatario age o una clave minisign</translation>
    </message>
</context>
<context>
    <name>CareTeamRepository</name>
    <message>
        <source>No care-team member with id %1.</source>
        <translation>No hay ningún miembro del equipo de atención con el ID %1.</translation>
    </message>
    <message>
        <source>The care-team member with id %1 was deleted.</source>
        <translation>El miembro del equipo de atención con el ID %1 fue eliminado.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: carnet-cli COMMAND [options] [arguments]

Carnet keeps a personal health record in an encrypted vault on this machine.

Commands:
</source>
        <translation>Uso: carnet-cli COMANDO [opciones] [argumentos]

Carnet guarda un historial de salud personal en una bóveda cifrada en este equipo.

Comandos:
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
Ejecute &apos;carnet-cli COMANDO --help&apos; para ver las opciones de un comando.
Los secretos se piden sin eco en un terminal; en otro caso se lee una línea por secreto desde la entrada estándar.

Códigos de salida:
  0  éxito
  1  otro error (E/S, disco lleno, ...)
  2  error de uso (comando u opción desconocidos, valor incorrecto)
  3  frase de contraseña o código de recuperación incorrectos
  4  datos dañados o manipulados
  5  bóveda en uso por otro proceso
</translation>
    </message>
    <message>
        <source>carnet-cli: unknown command &apos;%1&apos;; run &apos;carnet-cli --help&apos; for the list.</source>
        <translation>carnet-cli: comando desconocido &apos;%1&apos;; ejecute &apos;carnet-cli --help&apos; para ver la lista.</translation>
    </message>
    <message>
        <source> (see &apos;%1 --help&apos;)</source>
        <translation> (consulte &apos;%1 --help&apos;)</translation>
    </message>
    <message>
        <source>the disk is full; nothing was changed</source>
        <translation>el disco está lleno; no se cambió nada</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Imprimir JSON legible por máquina.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 ok, 1 other error, 2 usage, 3 wrong passphrase or recovery code, 4 damaged or tampered data, 5 vault in use.
</source>
        <translation>
Códigos de salida: 0 correcto, 1 otro error, 2 uso, 3 frase de contraseña o código de recuperación incorrectos, 4 datos dañados o manipulados, 5 bóveda en uso.
</translation>
    </message>
    <message>
        <source>missing argument %1</source>
        <translation>falta el argumento %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a secret on standard input, but it ended</source>
        <translation>se esperaba un secreto en la entrada estándar, pero esta terminó</translation>
    </message>
    <message>
        <source>the secret read is longer than %1 bytes</source>
        <translation>el secreto leído tiene más de %1 bytes</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Repítala: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>las dos frases de contraseña no coinciden</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Frase de contraseña para %1: </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a record id (a positive number)</source>
        <translation>&apos;%1&apos; no es un ID de registro (un número positivo)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; use YYYY-MM-DD</source>
        <translation>&apos;%1&apos; no es una fecha; use AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time; use YYYY-MM-DD HH:MM</source>
        <translation>&apos;%1&apos; no es una fecha y hora; use AAAA-MM-DD HH:MM</translation>
    </message>
    <message>
        <source>give either --%1 or --%2, not both</source>
        <translation>indique --%1 o --%2, no ambos</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>no se puede leer la entrada estándar</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 no es texto UTF-8</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>In remission</source>
        <translation>En remisión</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Name: say what the condition is</source>
        <translation>Nombre: indique cuál es la afección</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Abatement date</source>
        <translation>Fecha de resolución</translation>
    </message>
    <message>
        <source>the onset date</source>
        <translation>la fecha de inicio</translation>
    </message>
    <message>
        <source>The abatement date</source>
        <translation>La fecha de resolución</translation>
    </message>
    <message>
        <source>Status: a condition with an abatement date is in remission or resolved, not active</source>
        <translation>Estado: una afección con fecha de resolución está en remisión o resuelta, no activa</translation>
    </message>
</context>
<context>
    <name>ConditionRepository</name>
    <message>
        <source>No condition with id %1.</source>
        <translation>No hay ninguna afección con el ID %1.</translation>
    </message>
    <message>
        <source>The condition with id %1 was deleted.</source>
        <translation>La afección con el ID %1 fue eliminada.</translation>
    </message>
</context>
<context>
    <name>ContactFormat</name>
    <message>
        <source>%1: &apos;%2&apos; is not a phone number (digits, spaces, + ( ) - . / and an optional extension)</source>
        <translation>%1: &apos;%2&apos; no es un número de teléfono (dígitos, espacios, + ( ) - . / y una extensión opcional)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an e-mail address</source>
        <translation>%1: &apos;%2&apos; no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a language tag such as en, fr or pt-BR</source>
        <translation>%1: &apos;%2&apos; no es una etiqueta de idioma como en, fr o pt-BR</translation>
    </message>
    <message>
        <source>%1: the phone labelled &apos;%2&apos; has no number</source>
        <translation>%1: el teléfono con la etiqueta &apos;%2&apos; no tiene número</translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>Morning walk</source>
        <translation>Paseo matutino</translation>
    </message>
    <message>
        <source>Walked **30 minutes** by the river. Knees fine, a little short of breath on the hill.</source>
        <translation>Caminé **30 minutos** junto al río. Rodillas bien, algo de falta de aire en la cuesta.</translation>
    </message>
    <message>
        <source>Headache after lunch</source>
        <translation>Dolor de cabeza después del almuerzo</translation>
    </message>
    <message>
        <source>Dull headache on the left side from about 14:00.

- drank two glasses of water
- lay down for 20 minutes

Gone by the evening.</source>
        <translation>Dolor de cabeza sordo en el lado izquierdo desde aprox. las 14:00.

- bebí dos vasos de agua
- me acosté 20 minutos

Desapareció por la noche.</translation>
    </message>
    <message>
        <source>Blood sugar log</source>
        <translation>Registro de glucosa</translation>
    </message>
    <message>
        <source>Fasting glucose 6.4 mmol/L, after dinner 8.1 mmol/L. Slightly higher than last week.</source>
        <translation>Glucosa en ayunas 6,4 mmol/L, después de la cena 8,1 mmol/L. Algo más alta que la semana pasada.</translation>
    </message>
    <message>
        <source>Slept badly</source>
        <translation>Dormí mal</translation>
    </message>
    <message>
        <source>Woke up three times. Maybe the coffee at 17:00. Tired all morning.</source>
        <translation>Me desperté tres veces. Quizá por el café de las 17:00. Cansado toda la mañana.</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Presión arterial</translation>
    </message>
    <message>
        <source>Home reading 132/84, pulse 71, sitting, after 5 minutes rest.</source>
        <translation>Medición en casa 132/84, pulso 71, sentado, tras 5 minutos de reposo.</translation>
    </message>
    <message>
        <source>Good day</source>
        <translation>Buen día</translation>
    </message>
    <message>
        <source>Energy back. Cooked with the grandchildren and did the garden.</source>
        <translation>Recuperé la energía. Cociné con los nietos y trabajé en el jardín.</translation>
    </message>
    <message>
        <source>Pollen season</source>
        <translation>Temporada de polen</translation>
    </message>
    <message>
        <source>Itchy eyes and sneezing all afternoon. Took the antihistamine at 16:00; helped within an hour.</source>
        <translation>Picor de ojos y estornudos toda la tarde. Tomé el antihistamínico a las 16:00; ayudó en menos de una hora.</translation>
    </message>
    <message>
        <source>Questions for the next visit</source>
        <translation>Preguntas para la próxima consulta</translation>
    </message>
    <message>
        <source>1. Can the metformin be taken with dinner instead?
2. Is the ankle swelling related to the amlodipine?
3. Flu vaccine this year?</source>
        <translation>1. ¿Se puede tomar la metformina con la cena?
2. ¿La hinchazón del tobillo tiene que ver con la amlodipina?
3. ¿Vacuna de la gripe este año?</translation>
    </message>
    <message>
        <source>Knee pain</source>
        <translation>Dolor de rodilla</translation>
    </message>
    <message>
        <source>Right knee stiff after the stairs. Ice for 15 minutes, better after rest.</source>
        <translation>Rodilla derecha rígida después de las escaleras. Hielo durante 15 minutos, mejor tras descansar.</translation>
    </message>
    <message>
        <source>Physiotherapy exercises</source>
        <translation>Ejercicios de fisioterapia</translation>
    </message>
    <message>
        <source>Did the full set: 3 × 10 leg raises, 3 × 10 heel slides, 5 minutes on the bike.</source>
        <translation>Hice la serie completa: 3 × 10 elevaciones de pierna, 3 × 10 deslizamientos de talón, 5 minutos en la bicicleta.</translation>
    </message>
    <message>
        <source>tablet</source>
        <translation>comprimido</translation>
    </message>
    <message>
        <source>Type 2 diabetes</source>
        <translation>Diabetes tipo 2</translation>
    </message>
    <message>
        <source>High blood pressure</source>
        <translation>Hipertensión arterial</translation>
    </message>
    <message>
        <source>capsule</source>
        <translation>cápsula</translation>
    </message>
    <message>
        <source>Low vitamin D</source>
        <translation>Vitamina D baja</translation>
    </message>
    <message>
        <source>Hay fever</source>
        <translation>Fiebre del heno</translation>
    </message>
    <message>
        <source>Knee better; stopped after two weeks</source>
        <translation>Rodilla mejor; suspendido tras dos semanas</translation>
    </message>
    <message>
        <source>Diabetes check-up</source>
        <translation>Control de diabetes</translation>
    </message>
    <message>
        <source>Riverside Health Centre</source>
        <translation>Centro de Salud Ribera</translation>
    </message>
    <message>
        <source>Blood test (HbA1c)</source>
        <translation>Análisis de sangre (HbA1c)</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Riverside Health Centre, lab</source>
        <translation>Centro de Salud Ribera, laboratorio</translation>
    </message>
    <message>
        <source>Eye examination</source>
        <translation>Examen de la vista</translation>
    </message>
    <message>
        <source>City Eye Clinic</source>
        <translation>Clínica Oftalmológica Municipal</translation>
    </message>
    <message>
        <source>Dental cleaning</source>
        <translation>Limpieza dental</translation>
    </message>
    <message>
        <source>Smile Dental</source>
        <translation>Smile Dental</translation>
    </message>
    <message>
        <source>Smile Dental, Market Square</source>
        <translation>Smile Dental, Plaza del Mercado</translation>
    </message>
    <message>
        <source>Flu vaccination</source>
        <translation>Vacunación contra la gripe</translation>
    </message>
    <message>
        <source>Riverside Pharmacy</source>
        <translation>Farmacia Ribera</translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation>Fisioterapia</translation>
    </message>
    <message>
        <source>MoveWell Physio</source>
        <translation>MoveWell Physio</translation>
    </message>
    <message>
        <source>son</source>
        <translation>hijo</translation>
    </message>
    <message>
        <source>Penicillin</source>
        <translation>Penicilina</translation>
    </message>
    <message>
        <source>Hives and swelling</source>
        <translation>Urticaria e hinchazón</translation>
    </message>
    <message>
        <source>Grass pollen</source>
        <translation>Polen de gramíneas</translation>
    </message>
    <message>
        <source>Sneezing, itchy eyes</source>
        <translation>Estornudos, picor de ojos</translation>
    </message>
    <message>
        <source>General practice</source>
        <translation>Medicina general</translation>
    </message>
    <message>
        <source>Ophthalmology</source>
        <translation>Oftalmología</translation>
    </message>
</context>
<context>
    <name>DoseEvent</name>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Taken late</source>
        <translation>Tomada tarde</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
</context>
<context>
    <name>DueDose</name>
    <message>
        <source>Not yet taken</source>
        <translation>Aún no tomada</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <source>Taken late</source>
        <translation>Tomada tarde</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitida</translation>
    </message>
</context>
<context>
    <name>FhirShareBundle</name>
    <message>
        <source>None recorded.</source>
        <translation>No hay nada registrado.</translation>
    </message>
    <message>
        <source>Prescriber: %1</source>
        <translation>Prescriptor: %1</translation>
    </message>
    <message>
        <source>Pharmacy: %1</source>
        <translation>Farmacia: %1</translation>
    </message>
    <message>
        <source>Repeats (RFC 5545 rule): %1</source>
        <translation>Se repite (regla RFC 5545): %1</translation>
    </message>
    <message>
        <source>The package&apos;s bundle.json is invalid: %1</source>
        <translation>El bundle.json del paquete no es válido: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not text</source>
        <translation>&quot;%1&quot; no es texto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>&quot;%1&quot; no es una lista</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object</source>
        <translation>&quot;%1&quot; no es un objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>&quot;%1&quot; no es una fecha y hora</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>&quot;%1&quot; no es una fecha</translation>
    </message>
    <message>
        <source>the reference %1 does not resolve inside the bundle</source>
        <translation>la referencia %1 no se resuelve dentro del bundle</translation>
    </message>
    <message>
        <source>a journal entry must have exactly one attachment</source>
        <translation>una entrada del diario debe tener exactamente un archivo adjunto</translation>
    </message>
    <message>
        <source>a journal entry&apos;s body is not text/markdown</source>
        <translation>el cuerpo de una entrada del diario no es text/markdown</translation>
    </message>
    <message>
        <source>a journal entry&apos;s body is not valid base64</source>
        <translation>el cuerpo de una entrada del diario no es base64 válido</translation>
    </message>
    <message>
        <source>a journal entry&apos;s body does not have the size its attachment states</source>
        <translation>el cuerpo de una entrada del diario no tiene el tamaño que indica su archivo adjunto</translation>
    </message>
    <message>
        <source>a journal entry has no date</source>
        <translation>una entrada del diario no tiene fecha</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Health record shared by the patient</source>
        <translation>Historial de salud compartido por el paciente</translation>
    </message>
    <message>
        <source>Shared health record</source>
        <translation>Historial de salud compartido</translation>
    </message>
    <message>
        <source>Health record of %1</source>
        <translation>Historial de salud de %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>not a FHIR document bundle</source>
        <translation>no es un bundle de documento FHIR</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>no hay entradas</translation>
    </message>
    <message>
        <source>an entry is not an object</source>
        <translation>una entrada no es un objeto</translation>
    </message>
    <message>
        <source>missing or repeated entry address %1</source>
        <translation>dirección de entrada %1 ausente o repetida</translation>
    </message>
    <message>
        <source>the entry %1 does not match its resource id</source>
        <translation>la entrada %1 no coincide con su ID de recurso</translation>
    </message>
    <message>
        <source>the first entry is not a Composition</source>
        <translation>la primera entrada no es una Composition</translation>
    </message>
    <message>
        <source>the Composition&apos;s subject is not a Patient in the bundle</source>
        <translation>el sujeto de la Composition no es un Patient del bundle</translation>
    </message>
    <message>
        <source>the %1 %2 is in no section of the Composition</source>
        <translation>el %1 %2 no está en ninguna sección de la Composition</translation>
    </message>
    <message>
        <source>unexpected resource type &quot;%1&quot;</source>
        <translation>tipo de recurso inesperado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a share has exactly one Patient and one Provenance</source>
        <translation>un paquete compartido tiene exactamente un Patient y una Provenance</translation>
    </message>
</context>
<context>
    <name>IdentifierScanner</name>
    <message>
        <source>[%1 removed]</source>
        <translation>[%1 eliminado]</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>dirección de correo electrónico</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>record or account number</source>
        <translation>número de historia o de cuenta</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>dirección web</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>dirección IP</translation>
    </message>
    <message>
        <source>social security number</source>
        <translation>número de la seguridad social</translation>
    </message>
</context>
<context>
    <name>IdentityCard</name>
    <message>
        <source>This is not a Carnet identity card: it is longer than %1 characters.</source>
        <translation>Esto no es una tarjeta de identidad de Carnet: tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>This is not a Carnet identity card: it is empty.</source>
        <translation>Esto no es una tarjeta de identidad de Carnet: está vacía.</translation>
    </message>
    <message>
        <source>This is not a Carnet identity card: it does not start with &quot;%1&quot;.</source>
        <translation>Esto no es una tarjeta de identidad de Carnet: no empieza por &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This identity card has an unreadable version &quot;%1&quot;.</source>
        <translation>Esta tarjeta de identidad tiene una versión ilegible &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This identity card is of version %1, made by a newer Carnet; this one reads version %2.</source>
        <translation>Esta tarjeta de identidad es de la versión %1, creada por un Carnet más reciente; este lee la versión %2.</translation>
    </message>
    <message>
        <source>Line %1 of the identity card is not &quot;name:value&quot;.</source>
        <translation>La línea %1 de la tarjeta de identidad no tiene la forma &quot;nombre:valor&quot;.</translation>
    </message>
    <message>
        <source>Line %1 of the identity card has an invalid name.</source>
        <translation>La línea %1 de la tarjeta de identidad tiene un nombre no válido.</translation>
    </message>
    <message>
        <source>The identity card has &quot;%1&quot; twice.</source>
        <translation>La tarjeta de identidad contiene &quot;%1&quot; dos veces.</translation>
    </message>
    <message>
        <source>The identity card has no &quot;%1&quot; line.</source>
        <translation>La tarjeta de identidad no tiene ninguna línea &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The identity card&apos;s age key is not an age recipient (age1…).</source>
        <translation>La clave age de la tarjeta de identidad no es un destinatario age (age1…).</translation>
    </message>
    <message>
        <source>The identity card&apos;s minisign key is not a minisign public key.</source>
        <translation>La clave minisign de la tarjeta de identidad no es una clave pública de minisign.</translation>
    </message>
    <message>
        <source>The identity card&apos;s fingerprint does not match its signing key: the card is damaged or altered.</source>
        <translation>La huella digital de la tarjeta de identidad no coincide con su clave de firma: la tarjeta está dañada o fue alterada.</translation>
    </message>
</context>
<context>
    <name>InsuranceCardFile</name>
    <message>
        <source>%1 is %2 MiB; a card photo can be at most %3 MiB.</source>
        <translation>%1 ocupa %2 MiB; una foto de la tarjeta puede ocupar como máximo %3 MiB.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
</context>
<context>
    <name>InsuranceCardImage</name>
    <message>
        <source>Front of the card</source>
        <translation>Anverso de la tarjeta</translation>
    </message>
    <message>
        <source>Back of the card</source>
        <translation>Reverso de la tarjeta</translation>
    </message>
</context>
<context>
    <name>InsurancePlan</name>
    <message>
        <source>Medical</source>
        <translation>Médico</translation>
    </message>
    <message>
        <source>Dental</source>
        <translation>Dental</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visión</translation>
    </message>
    <message>
        <source>Prescription drugs</source>
        <translation>Medicamentos con receta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Cónyuge</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Hijo/a</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Not yet in effect</source>
        <translation>Aún no vigente</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Payer: say who the insurer is</source>
        <translation>Aseguradora: indique quién es la aseguradora</translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation>Tipo de plan</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Vigente desde</translation>
    </message>
    <message>
        <source>Effective to</source>
        <translation>Vigente hasta</translation>
    </message>
    <message>
        <source>the first day covered</source>
        <translation>el primer día con cobertura</translation>
    </message>
    <message>
        <source>The last day covered</source>
        <translation>El último día con cobertura</translation>
    </message>
    <message>
        <source>Payer phone</source>
        <translation>Teléfono de la aseguradora</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>Otros teléfonos</translation>
    </message>
</context>
<context>
    <name>InsuranceRepository</name>
    <message>
        <source>--%1: %2 does not exist</source>
        <translation>--%1: %2 no existe</translation>
    </message>
    <message>
        <source>--%1: %2 is not a file</source>
        <translation>--%1: %2 no es un archivo</translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1: no se puede leer %2: %3</translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG image; a card must be a photo or a scan.</source>
        <translation>%1 no es una imagen JPEG ni PNG; una tarjeta debe ser una foto o un escaneo.</translation>
    </message>
    <message>
        <source>No insurance plan with id %1.</source>
        <translation>No hay ningún plan de seguro con el ID %1.</translation>
    </message>
    <message>
        <source>The insurance plan with id %1 was deleted.</source>
        <translation>El plan de seguro con el ID %1 fue eliminado.</translation>
    </message>
    <message>
        <source>Coverage starts: %1</source>
        <translation>Inicio de la cobertura: %1</translation>
    </message>
    <message>
        <source>Coverage ends: %1</source>
        <translation>Fin de la cobertura: %1</translation>
    </message>
    <message>
        <source>%1, last day covered</source>
        <translation>%1, último día con cobertura</translation>
    </message>
</context>
<context>
    <name>JournalAttachmentFiles</name>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation>Imágenes y PDF (*.png *.jpg *.jpeg *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation>Archivo no adjuntado</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; attachments can be at most %3 MiB.</source>
        <translation>%1 ocupa %2 MiB; los archivos adjuntos pueden ocupar como máximo %3 MiB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Export attachment</source>
        <translation>Exportar archivo adjunto</translation>
    </message>
    <message>
        <source>Attachment not exported</source>
        <translation>Archivo adjunto no exportado</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>JournalAttachmentImage</name>
    <message>
        <source>The PDF cannot be read.</source>
        <translation>No se puede leer el PDF.</translation>
    </message>
    <message>
        <source>The PDF page cannot be shown.</source>
        <translation>No se puede mostrar la página del PDF.</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>No se puede mostrar la imagen: %1</translation>
    </message>
</context>
<context>
    <name>JournalRepository</name>
    <message>
        <source>The tag &apos;%1&apos; is longer than %2 characters.</source>
        <translation>La etiqueta &apos;%1&apos; tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The title is empty; every journal entry needs one.</source>
        <translation>El título está vacío; toda entrada del diario necesita uno.</translation>
    </message>
    <message>
        <source>The title is %1 characters long; at most %2 are allowed.</source>
        <translation>El título tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>The entry has no valid date.</source>
        <translation>La entrada no tiene una fecha válida.</translation>
    </message>
    <message>
        <source>The mood must be between %1 and %2, not %3.</source>
        <translation>El estado de ánimo debe estar entre %1 y %2, no %3.</translation>
    </message>
    <message>
        <source>A symptom is %1 characters long; at most %2 are allowed.</source>
        <translation>Un síntoma tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>An entry can have at most %1 tags, not %2.</source>
        <translation>Una entrada puede tener como máximo %1 etiquetas, no %2.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>archivo adjunto</translation>
    </message>
    <message>
        <source>Journal entry %1 has no attachment with id %2.</source>
        <translation>La entrada del diario %1 no tiene ningún archivo adjunto con el ID %2.</translation>
    </message>
    <message>
        <source>No journal entry with id %1.</source>
        <translation>No hay ninguna entrada del diario con el ID %1.</translation>
    </message>
    <message>
        <source>Journal entry %1 is deleted; restore it first.</source>
        <translation>La entrada del diario %1 está eliminada; restáurela primero.</translation>
    </message>
    <message>
        <source>The search has no word to look for; type at least one letter or digit.</source>
        <translation>La búsqueda no tiene ninguna palabra que buscar; escriba al menos una letra o un dígito.</translation>
    </message>
    <message>
        <source>The search has %1 terms; at most %2 are allowed.</source>
        <translation>La búsqueda tiene %1 términos; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>The number of entries to list must be between 1 and %1.</source>
        <translation>El número de entradas que listar debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>The list offset cannot be negative.</source>
        <translation>El desplazamiento de la lista no puede ser negativo.</translation>
    </message>
    <message>
        <source>No journal attachment with id %1.</source>
        <translation>No hay ningún archivo adjunto del diario con el ID %1.</translation>
    </message>
    <message>
        <source>Attachment %1 belongs to a deleted journal entry; restore the entry first.</source>
        <translation>El archivo adjunto %1 pertenece a una entrada del diario eliminada; restaure primero la entrada.</translation>
    </message>
    <message>
        <source>The number of search results must be between 1 and %1.</source>
        <translation>El número de resultados de búsqueda debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>The search offset cannot be negative.</source>
        <translation>El desplazamiento de la búsqueda no puede ser negativo.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The keyring file is truncated.</source>
        <translation>El archivo del llavero está truncado.</translation>
    </message>
    <message>
        <source>The keyring file is not a Carnet keyring or is truncated.</source>
        <translation>El archivo del llavero no es un llavero de Carnet o está truncado.</translation>
    </message>
    <message>
        <source>The keyring file is damaged (its checksum does not match). The previous copy is kept beside it as keyring.bak.</source>
        <translation>El archivo del llavero está dañado (su suma de comprobación no coincide). La copia anterior se conserva a su lado como keyring.bak.</translation>
    </message>
    <message>
        <source>This vault uses keyring format %1; this Carnet reads format %2. Update Carnet to open it.</source>
        <translation>Esta bóveda usa el formato de llavero %1; esta versión de Carnet lee el formato %2. Actualice Carnet para abrirla.</translation>
    </message>
    <message>
        <source>This keyring uses features this Carnet does not know.</source>
        <translation>Este llavero usa funciones que esta versión de Carnet no conoce.</translation>
    </message>
    <message>
        <source>The keyring file has the wrong length.</source>
        <translation>El archivo del llavero tiene una longitud incorrecta.</translation>
    </message>
    <message>
        <source>The keyring holds a key slot of unknown type.</source>
        <translation>El llavero contiene una ranura de clave de tipo desconocido.</translation>
    </message>
    <message>
        <source>The keyring records an impossible database page size.</source>
        <translation>El llavero indica un tamaño de página de base de datos imposible.</translation>
    </message>
    <message>
        <source>The keyring has no passphrase slot.</source>
        <translation>El llavero no tiene ninguna ranura de frase de contraseña.</translation>
    </message>
    <message>
        <source>The keyring&apos;s key-derivation settings are out of range.</source>
        <translation>Los parámetros de derivación de clave del llavero están fuera de rango.</translation>
    </message>
    <message>
        <source>That is not a well-formed recovery code: it has 32 letters and digits in groups of four.</source>
        <translation>Ese no es un código de recuperación bien formado: tiene 32 letras y dígitos en grupos de cuatro.</translation>
    </message>
    <message>
        <source>This vault has no recovery code.</source>
        <translation>Esta bóveda no tiene código de recuperación.</translation>
    </message>
    <message>
        <source>The keyring lists an impossible number of key slots.</source>
        <translation>El llavero indica un número imposible de ranuras de clave.</translation>
    </message>
</context>
<context>
    <name>MediaFile</name>
    <message>
        <source>%1 is %2 MiB; attachments can be at most %3 MiB.</source>
        <translation>%1 ocupa %2 MiB; los archivos adjuntos pueden ocupar como máximo %3 MiB.</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or PDF file; only those can be attached.</source>
        <translation>%1 no es un archivo JPEG, PNG ni PDF; solo se pueden adjuntar esos tipos.</translation>
    </message>
    <message>
        <source>The JPEG image is damaged or truncated.</source>
        <translation>La imagen JPEG está dañada o truncada.</translation>
    </message>
</context>
<context>
    <name>Medication</name>
    <message>
        <source>Tablet</source>
        <translation>Comprimido</translation>
    </message>
    <message>
        <source>Capsule</source>
        <translation>Cápsula</translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation>Líquido</translation>
    </message>
    <message>
        <source>Inhaler</source>
        <translation>Inhalador</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Inyección</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Parche</translation>
    </message>
    <message>
        <source>Drops</source>
        <translation>Gotas</translation>
    </message>
    <message>
        <source>Cream</source>
        <translation>Crema</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>By mouth</source>
        <translation>Por vía oral</translation>
    </message>
    <message>
        <source>Under the tongue</source>
        <translation>Sublingual</translation>
    </message>
    <message>
        <source>On the skin</source>
        <translation>Sobre la piel</translation>
    </message>
    <message>
        <source>Through the skin (patch)</source>
        <translation>A través de la piel (parche)</translation>
    </message>
    <message>
        <source>Inhaled</source>
        <translation>Inhalada</translation>
    </message>
    <message>
        <source>In the nose</source>
        <translation>En la nariz</translation>
    </message>
    <message>
        <source>In the eye</source>
        <translation>En el ojo</translation>
    </message>
    <message>
        <source>In the ear</source>
        <translation>En el oído</translation>
    </message>
    <message>
        <source>Rectal</source>
        <translation>Rectal</translation>
    </message>
    <message>
        <source>Vaginal</source>
        <translation>Vaginal</translation>
    </message>
    <message>
        <source>Under the skin (injection)</source>
        <translation>Bajo la piel (inyección)</translation>
    </message>
    <message>
        <source>Into a muscle</source>
        <translation>En un músculo</translation>
    </message>
    <message>
        <source>Into a vein</source>
        <translation>En una vena</translation>
    </message>
    <message>
        <source>A medication needs a name.</source>
        <translation>Un medicamento necesita un nombre.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>El nombre tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known form; use one of: %2.</source>
        <translation>&apos;%1&apos; no es una forma farmacéutica conocida; use una de estas: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known route; use one of: %2.</source>
        <translation>&apos;%1&apos; no es una vía de administración conocida; use una de estas: %2.</translation>
    </message>
    <message>
        <source>The dose must be more than zero, not %1.</source>
        <translation>La dosis debe ser mayor que cero, no %1.</translation>
    </message>
    <message>
        <source>The stop date %1 is before the start date %2.</source>
        <translation>La fecha de suspensión %1 es anterior a la fecha de inicio %2.</translation>
    </message>
    <message>
        <source>The number of refills left cannot be negative (%1).</source>
        <translation>El número de reposiciones restantes no puede ser negativo (%1).</translation>
    </message>
</context>
<context>
    <name>MedicationRepository</name>
    <message>
        <source>No medication with id %1.</source>
        <translation>No hay ningún medicamento con el ID %1.</translation>
    </message>
    <message>
        <source>A stop date is needed to stop a medication.</source>
        <translation>Se necesita una fecha de suspensión para suspender un medicamento.</translation>
    </message>
    <message>
        <source>A dose needs the time it was taken or skipped.</source>
        <translation>Una dosis necesita la hora en que se tomó u omitió.</translation>
    </message>
    <message>
        <source>The scheduled time of the dose is not valid.</source>
        <translation>La hora programada de la dosis no es válida.</translation>
    </message>
    <message>
        <source>%1 is in the future; a dose can be recorded once it is taken or skipped.</source>
        <translation>%1 está en el futuro; una dosis se puede registrar una vez tomada u omitida.</translation>
    </message>
    <message>
        <source>%1 was stopped on %2; no dose can be recorded from that day on.</source>
        <translation>%1 se suspendió el %2; no se puede registrar ninguna dosis a partir de ese día.</translation>
    </message>
    <message>
        <source>%1 starts on %2; no dose can be recorded before then.</source>
        <translation>%1 empieza el %2; no se puede registrar ninguna dosis antes de esa fecha.</translation>
    </message>
    <message>
        <source>The amount taken must be more than zero, not %1.</source>
        <translation>La cantidad tomada debe ser mayor que cero, no %1.</translation>
    </message>
    <message>
        <source>%1 is taken as needed; it has no scheduled doses.</source>
        <translation>%1 se toma según necesidad; no tiene dosis programadas.</translation>
    </message>
    <message>
        <source>%1 has no dose scheduled at %2.</source>
        <translation>%1 no tiene ninguna dosis programada a las %2.</translation>
    </message>
    <message>
        <source>The %1 dose is more than %2 hours ahead; record it closer to the time.</source>
        <translation>La dosis de las %1 es dentro de más de %2 horas; regístrela más cerca de esa hora.</translation>
    </message>
    <message>
        <source>The %1 dose of %2 is already recorded as %3.</source>
        <translation>La dosis de las %1 de %2 ya está registrada como %3.</translation>
    </message>
    <message>
        <source>A skipped dose needs the time it was scheduled for.</source>
        <translation>Una dosis omitida necesita la hora para la que estaba programada.</translation>
    </message>
    <message>
        <source>Only a scheduled dose can be late; give the time it was scheduled for.</source>
        <translation>Solo una dosis programada puede ser tardía; indique la hora para la que estaba programada.</translation>
    </message>
    <message>
        <source>The span of days for adherence is empty or not valid.</source>
        <translation>El intervalo de días para la adherencia está vacío o no es válido.</translation>
    </message>
    <message>
        <source>The refill look-ahead must be zero or more days.</source>
        <translation>La anticipación para las reposiciones debe ser de cero o más días.</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Comenzó %1</translation>
    </message>
    <message>
        <source>Stopped %1</source>
        <translation>Suspendió %1</translation>
    </message>
    <message>
        <source>%1 dose</source>
        <translation>dosis de las %1</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>Tomó %1</translation>
    </message>
    <message>
        <source>Took %1 late</source>
        <translation>Tomó %1 tarde</translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>Omitió %1</translation>
    </message>
</context>
<context>
    <name>MedicationSchedule</name>
    <message>
        <source>The schedule needs at least one time of day.</source>
        <translation>La pauta necesita al menos una hora del día.</translation>
    </message>
    <message>
        <source>The schedule has a time of day that is not valid.</source>
        <translation>La pauta tiene una hora del día que no es válida.</translation>
    </message>
    <message>
        <source>The schedule needs at least one day of the week.</source>
        <translation>La pauta necesita al menos un día de la semana.</translation>
    </message>
    <message>
        <source>%1 is not a day of the week (1 to 7).</source>
        <translation>%1 no es un día de la semana (1 a 7).</translation>
    </message>
    <message>
        <source>The interval must be between 1 and %1 hours, not %2.</source>
        <translation>El intervalo debe estar entre 1 y %1 horas, no %2.</translation>
    </message>
    <message>
        <source>An every-%1-hours schedule needs the time of its first dose.</source>
        <translation>Una pauta de cada %1 horas necesita la hora de su primera dosis.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>list of times</comment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Según necesidad</translation>
    </message>
    <message>
        <source>Once a day at %1</source>
        <translation>Una vez al día a las %1</translation>
    </message>
    <message>
        <source>Twice a day at %1</source>
        <translation>Dos veces al día a las %1</translation>
    </message>
    <message>
        <source>%1 times a day at %2</source>
        <translation>%1 veces al día a las %2</translation>
    </message>
    <message>
        <source>Every hour from %1</source>
        <translation>Cada hora desde las %1</translation>
    </message>
    <message>
        <source>Every %1 hours from %2</source>
        <translation>Cada %1 horas desde las %2</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>days at times</comment>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of schedule.</source>
        <translation>&apos;%1&apos; no es un tipo de pauta.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time; use HH:MM.</source>
        <translation>&apos;%1&apos; no es una hora; use HH:MM.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of the week.</source>
        <translation>&apos;%1&apos; no es un día de la semana.</translation>
    </message>
</context>
<context>
    <name>MinisignError</name>
    <message>
        <source>This is not a minisign public key</source>
        <translation>Esta no es una clave pública de minisign</translation>
    </message>
    <message>
        <source>This is not a minisign signature</source>
        <translation>Esta no es una firma de minisign</translation>
    </message>
    <message>
        <source>The signature uses an algorithm Carnet does not support</source>
        <translation>La firma usa un algoritmo que Carnet no admite</translation>
    </message>
    <message>
        <source>The signature was made with a different key</source>
        <translation>La firma se hizo con otra clave</translation>
    </message>
    <message>
        <source>The signature does not match the file: it was altered or is not the signed file</source>
        <translation>La firma no coincide con el archivo: fue alterado o no es el archivo firmado</translation>
    </message>
    <message>
        <source>The signed comment was altered</source>
        <translation>El comentario firmado fue alterado</translation>
    </message>
    <message>
        <source>The file is too large for its old-style signature to be checked</source>
        <translation>El archivo es demasiado grande para comprobar su firma de estilo antiguo</translation>
    </message>
    <message>
        <source>The signed data could not be read</source>
        <translation>No se pudieron leer los datos firmados</translation>
    </message>
    <message>
        <source>Unknown signature error</source>
        <translation>Error de firma desconocido</translation>
    </message>
</context>
<context>
    <name>MinisignPublicKey</name>
    <message>
        <source>expected a comment line and a key line, or a key line</source>
        <translation>se esperaba una línea de comentario y una línea de clave, o una línea de clave</translation>
    </message>
    <message>
        <source>the key line is not base64 of 42 bytes</source>
        <translation>la línea de clave no es base64 de 42 bytes</translation>
    </message>
    <message>
        <source>signed by key %1, expected key %2</source>
        <translation>firmado con la clave %1, se esperaba la clave %2</translation>
    </message>
</context>
<context>
    <name>MinisignSignature</name>
    <message>
        <source>a signature file has exactly four lines</source>
        <translation>un archivo de firma tiene exactamente cuatro líneas</translation>
    </message>
    <message>
        <source>the comment lines are missing</source>
        <translation>faltan las líneas de comentario</translation>
    </message>
    <message>
        <source>a comment is too long or has a control character</source>
        <translation>un comentario es demasiado largo o contiene un carácter de control</translation>
    </message>
    <message>
        <source>the signature line is not base64 of 74 bytes</source>
        <translation>la línea de firma no es base64 de 74 bytes</translation>
    </message>
    <message>
        <source>the trusted comment signature is not base64 of 64 bytes</source>
        <translation>la firma del comentario de confianza no es base64 de 64 bytes</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Empty</source>
        <translation>Vacía</translation>
    </message>
    <message>
        <source>Choose a passphrase of a few unrelated words.</source>
        <translation>Elija una frase de contraseña de varias palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Use al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Add another unrelated word; avoid names, dates and common phrases.</source>
        <translation>Añada otra palabra sin relación; evite nombres, fechas y frases comunes.</translation>
    </message>
    <message>
        <source>Good; one more word would make it strong.</source>
        <translation>Bien; una palabra más la haría fuerte.</translation>
    </message>
</context>
<context>
    <name>PeopleActionErrors</name>
    <message>
        <source>The change was not saved: %1</source>
        <translation>No se guardó el cambio: %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Blood type: &apos;%1&apos; is not one of %2</source>
        <translation>Grupo sanguíneo: &apos;%1&apos; no es uno de %2</translation>
    </message>
    <message>
        <source>Height: %1 cm is not between %2 and %3 cm</source>
        <translation>Estatura: %1 cm no está entre %2 y %3 cm</translation>
    </message>
    <message>
        <source>Weight: %1 kg is not between %2 and %3 kg</source>
        <translation>Peso: %1 kg no está entre %2 y %3 kg</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Emergency contact: a name is needed</source>
        <translation>Contacto de emergencia: se necesita un nombre</translation>
    </message>
    <message>
        <source>Emergency contact %1</source>
        <translation>Contacto de emergencia %1</translation>
    </message>
</context>
<context>
    <name>PublicKeyText</name>
    <message>
        <source>Age recipient: &apos;%1&apos; does not start with age1</source>
        <translation>Destinatario age: &apos;%1&apos; no empieza por age1</translation>
    </message>
    <message>
        <source>Age recipient: it has %1 characters; an age1… recipient has %2</source>
        <translation>Destinatario age: tiene %1 caracteres; un destinatario age1… tiene %2</translation>
    </message>
    <message>
        <source>Age recipient: &apos;%1&apos; has characters outside Bech32 or a wrong checksum (a typo?)</source>
        <translation>Destinatario age: &apos;%1&apos; tiene caracteres fuera de Bech32 o una suma de comprobación incorrecta (¿un error tipográfico?)</translation>
    </message>
    <message>
        <source>Minisign key: not a minisign public key (56 base64 characters decoding to 42 bytes that start with &quot;Ed&quot;)</source>
        <translation>Clave minisign: no es una clave pública de minisign (56 caracteres base64 que se decodifican en 42 bytes que empiezan por &quot;Ed&quot;)</translation>
    </message>
    <message>
        <source>Fingerprint: &apos;%1&apos; is not %2 hexadecimal digits</source>
        <translation>Huella digital: &apos;%1&apos; no son %2 dígitos hexadecimales</translation>
    </message>
</context>
<context>
    <name>QrCodeImage</name>
    <message>
        <source>A QR code needs 1 to %1 pixels per module, not %2.</source>
        <translation>Un código QR necesita de 1 a %1 píxeles por módulo, no %2.</translation>
    </message>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>No hay nada que poner en el código QR.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code: %1 bytes, at most %2 fit.</source>
        <translation>El texto es demasiado largo para un código QR: %1 bytes, caben como máximo %2.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation>El texto es demasiado largo para un código QR (%1 bytes).</translation>
    </message>
    <message>
        <source>The QR code could not be made: %1</source>
        <translation>No se pudo crear el código QR: %1</translation>
    </message>
</context>
<context>
    <name>ReceivedShareStore</name>
    <message>
        <source>No received share with id %1.</source>
        <translation>No hay ningún paquete compartido recibido con el ID %1.</translation>
    </message>
    <message>
        <source>The share&apos;s signer key does not match its fingerprint.</source>
        <translation>La clave del firmante del paquete compartido no coincide con su huella digital.</translation>
    </message>
    <message>
        <source>The share&apos;s bundle does not verify: %1</source>
        <translation>El bundle del paquete compartido no se verifica: %1</translation>
    </message>
    <message>
        <source>This share holds no verified bundle to keep.</source>
        <translation>Este paquete compartido no contiene ningún bundle verificado que conservar.</translation>
    </message>
    <message>
        <source>The share&apos;s bundle was signed for another export than the one opened.</source>
        <translation>El bundle del paquete compartido se firmó para otra exportación distinta de la que se abrió.</translation>
    </message>
</context>
<context>
    <name>ReceivingVault</name>
    <message>
        <source>this vault</source>
        <translation>esta bóveda</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>%1: unknown value &apos;%2&apos; (use %3)</source>
        <translation>%1: valor desconocido &apos;%2&apos; (use %3)</translation>
    </message>
    <message>
        <source>%1: %2 is too far in the past</source>
        <translation>%1: %2 está demasiado lejos en el pasado</translation>
    </message>
    <message>
        <source>%1: %2 is in the future</source>
        <translation>%1: %2 está en el futuro</translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4)</source>
        <translation>%1 (%2) es anterior a %3 (%4)</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>No record with id %1.</source>
        <translation>No hay ningún registro con el ID %1.</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>No hay ningún registro de tipo %1 con el ID %2.</translation>
    </message>
    <message>
        <source>The %1 with id %2 was deleted.</source>
        <translation>El registro de tipo %1 con el ID %2 fue eliminado.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>RecurrencePattern</name>
    <message>
        <source>Daily</source>
        <translation>Diariamente</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Cada %n día</numerusform>
            <numerusform>Cada %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanalmente</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Cada %n semana</numerusform>
            <numerusform>Cada %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensualmente</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Cada %n mes</numerusform>
            <numerusform>Cada %n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Anualmente</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <translation>
            <numerusform>Cada %n año</numerusform>
            <numerusform>Cada %n años</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>%1, once</source>
        <translation>%1, una vez</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times</source>
        <translation>
            <numerusform>%1, %n vez</numerusform>
            <numerusform>%1, %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, hasta el %2</translation>
    </message>
</context>
<context>
    <name>RecurrenceRule</name>
    <message>
        <source>The recurrence rule is empty.</source>
        <translation>La regla de repetición está vacía.</translation>
    </message>
    <message>
        <source>In the recurrence rule, &apos;%1&apos; is not of the form NAME=VALUE.</source>
        <translation>En la regla de repetición, &apos;%1&apos; no tiene la forma NOMBRE=VALOR.</translation>
    </message>
    <message>
        <source>The recurrence rule part %1 is not supported.</source>
        <translation>La parte %1 de la regla de repetición no se admite.</translation>
    </message>
    <message>
        <source>In the recurrence rule, %1 has no value.</source>
        <translation>En la regla de repetición, %1 no tiene valor.</translation>
    </message>
    <message>
        <source>The recurrence rule gives %1 more than once.</source>
        <translation>La regla de repetición indica %1 más de una vez.</translation>
    </message>
    <message>
        <source>The recurrence rule has no FREQ (for example FREQ=WEEKLY).</source>
        <translation>La regla de repetición no tiene FREQ (por ejemplo, FREQ=WEEKLY).</translation>
    </message>
    <message>
        <source>In the recurrence rule, FREQ=%1 is not a frequency; use DAILY, WEEKLY, MONTHLY, YEARLY, HOURLY, MINUTELY or SECONDLY.</source>
        <translation>En la regla de repetición, FREQ=%1 no es una frecuencia; use DAILY, WEEKLY, MONTHLY, YEARLY, HOURLY, MINUTELY o SECONDLY.</translation>
    </message>
    <message>
        <source>The recurrence rule has both COUNT and UNTIL; RFC 5545 allows only one of them.</source>
        <translation>La regla de repetición tiene COUNT y UNTIL a la vez; RFC 5545 solo permite uno de ellos.</translation>
    </message>
    <message>
        <source>In the recurrence rule, %1 is not a valid value.</source>
        <translation>En la regla de repetición, %1 no es un valor válido.</translation>
    </message>
    <message>
        <source>The recurrence rule %1 is not valid RFC 5545.</source>
        <translation>La regla de repetición %1 no es RFC 5545 válido.</translation>
    </message>
    <message>
        <source>In the recurrence rule, BYMONTH may only name months 1 to 12.</source>
        <translation>En la regla de repetición, BYMONTH solo puede indicar los meses 1 a 12.</translation>
    </message>
    <message>
        <source>A rule repeating %1 can only be narrowed with BYHOUR, BYMINUTE, BYSECOND and BYDAY, not with %2.</source>
        <translation>Una regla que se repite %1 solo se puede restringir con BYHOUR, BYMINUTE, BYSECOND y BYDAY, no con %2.</translation>
    </message>
    <message>
        <source>A rule repeating %1 cannot use numbered weekdays in BYDAY (such as 1MO).</source>
        <translation>Una regla que se repite %1 no puede usar días de la semana numerados en BYDAY (como 1MO).</translation>
    </message>
    <message>
        <source>The recurrence rule ends (UNTIL %1) before the appointment starts (%2).</source>
        <translation>La regla de repetición termina (UNTIL %1) antes de que empiece la cita (%2).</translation>
    </message>
    <message>
        <source>The recurrence rule %1 combines parts that RFC 5545 does not allow together.</source>
        <translation>La regla de repetición %1 combina partes que RFC 5545 no permite juntas.</translation>
    </message>
    <message>
        <source>The recurrence rule %1 never produces a date.</source>
        <translation>La regla de repetición %1 nunca produce una fecha.</translation>
    </message>
</context>
<context>
    <name>ReminderLead</name>
    <message>
        <source>At the start</source>
        <translation>Al comienzo</translation>
    </message>
    <message>
        <source>1 minute before</source>
        <translation>1 minuto antes</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes before</source>
        <translation>
            <numerusform>%n minuto antes</numerusform>
            <numerusform>%n minutos antes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 hora antes</translation>
    </message>
    <message numerus="yes">
        <source>%n hours before</source>
        <translation>
            <numerusform>%n hora antes</numerusform>
            <numerusform>%n horas antes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 día antes</translation>
    </message>
    <message numerus="yes">
        <source>%n days before</source>
        <translation>
            <numerusform>%n día antes</numerusform>
            <numerusform>%n días antes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareContent</name>
    <message>
        <source>Record %1 has no identifier.</source>
        <translation>El registro %1 no tiene identificador.</translation>
    </message>
    <message>
        <source>Choose journal entries either by id or by tag and dates, not both.</source>
        <translation>Elija las entradas del diario por ID o por etiqueta y fechas, no de ambas formas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag.</source>
        <translation>&apos;%1&apos; no es una etiqueta.</translation>
    </message>
    <message>
        <source>The end of the date range is before its start.</source>
        <translation>El final del intervalo de fechas es anterior a su comienzo.</translation>
    </message>
    <message>
        <source>Nothing to share: the selection holds no record.</source>
        <translation>No hay nada que compartir: la selección no contiene ningún registro.</translation>
    </message>
</context>
<context>
    <name>ShareDraft</name>
    <message>
        <source>The key is empty.</source>
        <translation>La clave está vacía.</translation>
    </message>
    <message>
        <source>This is a secret key (AGE-SECRET-KEY-…): it must never be shared, not even with Carnet. Ask the recipient for their public key, which starts with age1.</source>
        <translation>Esta es una clave secreta (AGE-SECRET-KEY-…): nunca debe compartirse, ni siquiera con Carnet. Pida al destinatario su clave pública, que empieza por age1.</translation>
    </message>
    <message>
        <source>This is an SSH key; Carnet shares only to age keys, which start with age1.</source>
        <translation>Esta es una clave SSH; Carnet solo comparte con claves age, que empiezan por age1.</translation>
    </message>
    <message>
        <source>This looks like a minisign key (for checking signatures), not an age key. Paste the key that starts with age1.</source>
        <translation>Esto parece una clave minisign (para comprobar firmas), no una clave age. Pegue la clave que empieza por age1.</translation>
    </message>
    <message>
        <source>An age key starts with age1; this text starts with “%1”.</source>
        <translation>Una clave age empieza por age1; este texto empieza por “%1”.</translation>
    </message>
    <message>
        <source>The key mixes upper-case and lower-case letters, which no age key does: copy it again.</source>
        <translation>La clave mezcla letras mayúsculas y minúsculas, algo que ninguna clave age hace: cópiela de nuevo.</translation>
    </message>
    <message>
        <source>The key has a space in it: paste one key at a time, without line breaks.</source>
        <translation>La clave contiene un espacio: pegue una sola clave cada vez, sin saltos de línea.</translation>
    </message>
    <message>
        <source>The key contains “%1”, which cannot appear in an age key (after age1 there are no 1, b, i or o): check for a typo.</source>
        <translation>La clave contiene “%1”, que no puede aparecer en una clave age (después de age1 no hay 1, b, i ni o): compruebe si hay un error tipográfico.</translation>
    </message>
    <message>
        <source>An age key is %1 characters long; this one has %2. Check that it was copied whole.</source>
        <translation>Una clave age tiene %1 caracteres; esta tiene %2. Compruebe que se copió entera.</translation>
    </message>
    <message>
        <source>This key has a typo somewhere: its checksum does not match. Copy it again from the recipient.</source>
        <translation>Esta clave tiene un error tipográfico en alguna parte: su suma de comprobación no coincide. Cópiela de nuevo desde la que le dio el destinatario.</translation>
    </message>
    <message>
        <source>Key %1: %2</source>
        <translation>Clave %1: %2</translation>
    </message>
    <message>
        <source>Choose who can open the share: a care-team member, a pasted age key, or a one-time passphrase.</source>
        <translation>Elija quién puede abrir el paquete compartido: un miembro del equipo de atención, una clave age pegada o una frase de contraseña de un solo uso.</translation>
    </message>
    <message>
        <source>A share can have at most %1 recipients.</source>
        <translation>Un paquete compartido puede tener como máximo %1 destinatarios.</translation>
    </message>
    <message>
        <source>Anyone with the one-time passphrase shown after saving</source>
        <translation>Cualquier persona que tenga la frase de contraseña de un solo uso que se mostrará después de guardar</translation>
    </message>
    <message>
        <source>%1 · key fingerprint %2</source>
        <translation>%1 · huella digital de la clave %2</translation>
    </message>
    <message>
        <source>Choose what to share first.</source>
        <translation>Elija primero qué compartir.</translation>
    </message>
</context>
<context>
    <name>ShareManifest</name>
    <message>
        <source>The package&apos;s signed description is invalid: %1</source>
        <translation>La descripción firmada del paquete no es válida: %1</translation>
    </message>
    <message>
        <source>Too many recipients for one package.</source>
        <translation>Demasiados destinatarios para un solo paquete.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>no format version</source>
        <translation>no hay versión de formato</translation>
    </message>
    <message>
        <source>This package uses format %1; this version of Carnet reads format %2 only.</source>
        <translation>Este paquete usa el formato %1; esta versión de Carnet solo lee el formato %2.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>campo desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>bad export id</source>
        <translation>ID de exportación incorrecto</translation>
    </message>
    <message>
        <source>bad creation time</source>
        <translation>fecha de creación incorrecta</translation>
    </message>
    <message>
        <source>bad signer fingerprint</source>
        <translation>huella digital del firmante incorrecta</translation>
    </message>
    <message>
        <source>no recipients</source>
        <translation>no hay destinatarios</translation>
    </message>
    <message>
        <source>bad recipient fingerprint</source>
        <translation>huella digital de destinatario incorrecta</translation>
    </message>
    <message>
        <source>bad item count</source>
        <translation>número de elementos incorrecto</translation>
    </message>
    <message>
        <source>the signature of %1 was made for another file</source>
        <translation>la firma de %1 se hizo para otro archivo</translation>
    </message>
</context>
<context>
    <name>SharePackageReader</name>
    <message>
        <source>The signature of %1 does not verify: %2</source>
        <translation>La firma de %1 no se puede verificar: %2</translation>
    </message>
    <message>
        <source>Cannot decrypt the package: %1</source>
        <translation>No se puede descifrar el paquete: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a share package.</source>
        <translation>%1 es demasiado grande para ser un paquete compartido.</translation>
    </message>
    <message>
        <source>No key or passphrase was given to open the package.</source>
        <translation>No se indicó ninguna clave ni frase de contraseña para abrir el paquete.</translation>
    </message>
    <message>
        <source>The file is too large to be a share package.</source>
        <translation>El archivo es demasiado grande para ser un paquete compartido.</translation>
    </message>
    <message>
        <source>The package holds an unexpected file, &quot;%1&quot;.</source>
        <translation>El paquete contiene un archivo inesperado, &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The package lacks %1.</source>
        <translation>Al paquete le falta %1.</translation>
    </message>
    <message>
        <source>The package&apos;s signer.pub is not a minisign public key.</source>
        <translation>El signer.pub del paquete no es una clave pública de minisign.</translation>
    </message>
    <message>
        <source>The package was signed with another key than the one expected (its fingerprint is %1).</source>
        <translation>El paquete se firmó con una clave distinta de la esperada (su huella digital es %1).</translation>
    </message>
    <message>
        <source>The signature of %1 is not a prehashed (ED) minisign signature.</source>
        <translation>La firma de %1 no es una firma de minisign con prehash (ED).</translation>
    </message>
    <message>
        <source>The package&apos;s signatures describe different exports.</source>
        <translation>Las firmas del paquete describen exportaciones distintas.</translation>
    </message>
    <message>
        <source>The package names a signer other than the key that signed it.</source>
        <translation>El paquete indica un firmante distinto de la clave que lo firmó.</translation>
    </message>
    <message>
        <source>The package holds %1 records but its signatures say %2.</source>
        <translation>El paquete contiene %1 registros, pero sus firmas indican %2.</translation>
    </message>
    <message>
        <source>The bundle&apos;s provenance names another signer.</source>
        <translation>La procedencia (Provenance) del bundle indica otro firmante.</translation>
    </message>
</context>
<context>
    <name>SharePackageWriter</name>
    <message>
        <source>A share needs at least one recipient.</source>
        <translation>Un paquete compartido necesita al menos un destinatario.</translation>
    </message>
    <message>
        <source>A share can have at most %1 recipients.</source>
        <translation>Un paquete compartido puede tener como máximo %1 destinatarios.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La frase de contraseña está vacía.</translation>
    </message>
    <message>
        <source>one-time passphrase</source>
        <translation>frase de contraseña de un solo uso</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ShareReadme</name>
    <message>
        <source>Carnet share package</source>
        <translation>Paquete compartido de Carnet</translation>
    </message>
    <message>
        <source>A patient exported these files from Carnet, a personal health record, on %1
(export id %2). They were encrypted with age and signed with minisign: only `age` and
`minisign` are needed to open and check them.

</source>
        <translation>Un paciente exportó estos archivos desde Carnet, un historial de salud personal, el %1
(ID de exportación %2). Se cifraron con age y se firmaron con minisign: solo se necesitan `age` y
`minisign` para abrirlos y comprobarlos.

</translation>
    </message>
    <message>
        <source>Files
-----
</source>
        <translation>Archivos
--------
</translation>
    </message>
    <message>
        <source>the records: a FHIR R4 Bundle of type &quot;document&quot; (JSON)</source>
        <translation>los registros: un Bundle FHIR R4 de tipo &quot;document&quot; (JSON)</translation>
    </message>
    <message>
        <source>the same records as a web page, for any browser</source>
        <translation>los mismos registros como página web, para cualquier navegador</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>este archivo</translation>
    </message>
    <message>
        <source>the minisign public key that signed them</source>
        <translation>la clave pública de minisign que los firmó</translation>
    </message>
    <message>
        <source>one minisign signature for each file above</source>
        <translation>una firma de minisign por cada archivo anterior</translation>
    </message>
    <message>
        <source>1. Decrypt
----------
</source>
        <translation>1. Descifrar
------------
</translation>
    </message>
    <message>
        <source>This package was encrypted to a one-time passphrase; the patient gave it to you separately.
age asks for it:

    age -d -o share.tar %1

</source>
        <translation>Este paquete se cifró con una frase de contraseña de un solo uso; el paciente se la dio a usted por separado.
age la pide:

    age -d -o share.tar %1

</translation>
    </message>
    <message>
        <source>This package was encrypted to your age key. With your identity file (key.txt, from age-keygen):

    age -d -i key.txt -o share.tar %1

</source>
        <translation>Este paquete se cifró con su clave age. Con su archivo de identidad (key.txt, de age-keygen):

    age -d -i key.txt -o share.tar %1

</translation>
    </message>
    <message>
        <source>Then unpack it into a new folder:

    mkdir share &amp;&amp; tar -xf share.tar -C share &amp;&amp; cd share

</source>
        <translation>Después, descomprímalo en una carpeta nueva:

    mkdir share &amp;&amp; tar -xf share.tar -C share &amp;&amp; cd share

</translation>
    </message>
    <message>
        <source>Carnet does this and every check below in one step:

    carnet-cli share open %1 %2

</source>
        <translation>Carnet hace esto y todas las comprobaciones siguientes en un solo paso:

    carnet-cli share open %1 %2

</translation>
    </message>
    <message>
        <source>2. Verify
---------
</source>
        <translation>2. Verificar
------------
</translation>
    </message>
    <message>
        <source>Each file must verify with the patient&apos;s key; minisign then prints the same trusted comment for all:

</source>
        <translation>Cada archivo debe verificarse con la clave del paciente; minisign muestra entonces el mismo comentario de confianza para todos:

</translation>
    </message>
    <message>
        <source>Signer&apos;s minisign public key:  %1
</source>
        <translation>Clave pública minisign del firmante:   %1
</translation>
    </message>
    <message>
        <source>Signer&apos;s minisign key id:      %1
</source>
        <translation>ID de clave minisign del firmante:     %1
</translation>
    </message>
    <message>
        <source>Signer&apos;s Carnet fingerprint:   %1

</source>
        <translation>Huella digital Carnet del firmante:    %1

</translation>
    </message>
    <message>
        <source>The key above came inside this package: it proves that the files were not changed after they were
signed, not who signed them. Compare it (or the fingerprint) with the one the patient gave you, or
verify with the key you already hold for them. In Carnet the patient finds both under their
identity (`carnet-cli identity show VAULT`).

</source>
        <translation>La clave anterior venía dentro de este paquete: demuestra que los archivos no se modificaron después de
firmarse, no quién los firmó. Compárela (o su huella digital) con la que le dio el paciente, o
verifique con la clave que ya tenga de él. En Carnet, el paciente encuentra ambas en su
identidad (`carnet-cli identity show VAULT`).

</translation>
    </message>
    <message>
        <source>The trusted comment is one line of JSON: format version, export id, creation time (UTC), the signer&apos;s
fingerprint, the recipients&apos; fingerprints (or &quot;passphrase&quot;), the number of shared records, and
the file it covers.
</source>
        <translation>El comentario de confianza es una línea de JSON: versión de formato, ID de exportación, fecha de creación (UTC), la huella
digital del firmante, las huellas digitales de los destinatarios (o &quot;passphrase&quot;), el número de registros compartidos y
el archivo al que corresponde.
</translation>
    </message>
</context>
<context>
    <name>ShareRecipient</name>
    <message>
        <source>&apos;%1&apos; is not an age recipient (a key that starts with age1).</source>
        <translation>&apos;%1&apos; no es un destinatario age (una clave que empieza por age1).</translation>
    </message>
    <message>
        <source>%1 has no age recipient key in the care team; add one before sharing with them.</source>
        <translation>%1 no tiene ninguna clave de destinatario age en el equipo de atención; añada una antes de compartir con esta persona.</translation>
    </message>
    <message>
        <source>%1 (care team)</source>
        <translation>%1 (equipo de atención)</translation>
    </message>
</context>
<context>
    <name>ShareSummaryPage</name>
    <message>
        <source>a patient</source>
        <translation>un paciente</translation>
    </message>
    <message>
        <source>Health record shared by %1</source>
        <translation>Historial de salud compartido por %1</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Fecha de nacimiento: %1</translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation>Género: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exportado el %1</translation>
    </message>
    <message>
        <source>Shared records: %1</source>
        <translation>Registros compartidos: %1</translation>
    </message>
    <message>
        <source>Signed by the vault key with fingerprint</source>
        <translation>Firmado por la clave de la bóveda con la huella digital</translation>
    </message>
    <message>
        <source>Export id</source>
        <translation>ID de exportación</translation>
    </message>
    <message>
        <source>This page is a copy for reading. The signed record is bundle.json; README.txt says how to check its signature.</source>
        <translation>Esta página es una copia para lectura. El registro firmado es bundle.json; README.txt explica cómo comprobar su firma.</translation>
    </message>
    <message>
        <source>Journal entries (%1)</source>
        <translation>Entradas del diario (%1)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Medications (%1)</source>
        <translation>Medicamentos (%1)</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>No hay nada registrado.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose and schedule</source>
        <translation>Dosis y pauta</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía de administración</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Insurance (%1)</source>
        <translation>Seguro (%1)</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>N.º de afiliado</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Appointments (%1)</source>
        <translation>Citas (%1)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>TarArchive</name>
    <message>
        <source>Could not start the archive: %1</source>
        <translation>No se pudo iniciar el archivo comprimido: %1</translation>
    </message>
    <message>
        <source>Refusing to write the member &quot;%1&quot;.</source>
        <translation>Se rechaza escribir el elemento &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not add %1 to the archive: %2</source>
        <translation>No se pudo añadir %1 al archivo comprimido: %2</translation>
    </message>
    <message>
        <source>Could not finish the archive: %1</source>
        <translation>No se pudo terminar el archivo comprimido: %1</translation>
    </message>
    <message>
        <source>The package&apos;s contents are not a valid archive.</source>
        <translation>El contenido del paquete no es un archivo comprimido válido.</translation>
    </message>
    <message>
        <source>The package&apos;s archive is damaged: %1</source>
        <translation>El archivo comprimido del paquete está dañado: %1</translation>
    </message>
    <message>
        <source>The package contains &quot;%1&quot;, which is not a plain file.</source>
        <translation>El paquete contiene &quot;%1&quot;, que no es un archivo normal.</translation>
    </message>
    <message>
        <source>The package contains the unsafe path &quot;%1&quot;.</source>
        <translation>El paquete contiene la ruta no segura &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The package contains &quot;%1&quot; twice.</source>
        <translation>El paquete contiene &quot;%1&quot; dos veces.</translation>
    </message>
    <message>
        <source>The package contains too many files.</source>
        <translation>El paquete contiene demasiados archivos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the package is too large.</source>
        <translation>&quot;%1&quot; es demasiado grande dentro del paquete.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the package is truncated.</source>
        <translation>&quot;%1&quot; está truncado dentro del paquete.</translation>
    </message>
</context>
<context>
    <name>UpcomingReminders</name>
    <message>
        <source>%1, due %2</source>
        <translation>%1, hora prevista: %2</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>records.db is damaged or does not belong to this keyring (%1).</source>
        <translation>records.db está dañado o no pertenece a este llavero (%1).</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not completed and nothing was changed.</source>
        <translation>El disco está lleno: %1 no se completó y no se cambió nada.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>La frase de contraseña debe tener al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>No hay ninguna bóveda en %1.</translation>
    </message>
    <message>
        <source>%1 is not a Carnet vault: it has no keyring file.</source>
        <translation>%1 no es una bóveda de Carnet: no tiene archivo de llavero.</translation>
    </message>
    <message>
        <source>Cannot read the keyring: %1</source>
        <translation>No se puede leer el llavero: %1</translation>
    </message>
    <message>
        <source>records.db is missing from the vault, although its keyring is there. Carnet will not start a new, empty vault in its place; restore records.db from a backup.</source>
        <translation>Falta records.db en la bóveda, aunque su llavero está. Carnet no creará una bóveda nueva y vacía en su lugar; restaure records.db desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>records.db is empty, although the vault&apos;s keyring is there. Carnet will not start a new, empty vault in its place; restore records.db from a backup.</source>
        <translation>records.db está vacío, aunque el llavero de la bóveda está. Carnet no creará una bóveda nueva y vacía en su lugar; restaure records.db desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The key-derivation settings are below Carnet&apos;s minimum.</source>
        <translation>Los parámetros de derivación de clave están por debajo del mínimo de Carnet.</translation>
    </message>
    <message>
        <source>%1 already holds a Carnet vault.</source>
        <translation>%1 ya contiene una bóveda de Carnet.</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new or empty folder for the vault.</source>
        <translation>%1 no está vacía; elija una carpeta nueva o vacía para la bóveda.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>La creación de la bóveda</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Frase de contraseña incorrecta.</translation>
    </message>
    <message>
        <source>Wrong recovery code.</source>
        <translation>Código de recuperación incorrecto.</translation>
    </message>
    <message>
        <source>The vault was not opened with its recovery code.</source>
        <translation>La bóveda no se abrió con su código de recuperación.</translation>
    </message>
    <message>
        <source>new passphrase and recovery code set</source>
        <translation>nueva frase de contraseña y nuevo código de recuperación establecidos</translation>
    </message>
    <message>
        <source>records.db belongs to a different vault than this keyring.</source>
        <translation>records.db pertenece a una bóveda distinta de la de este llavero.</translation>
    </message>
    <message>
        <source>Opening records.db</source>
        <translation>La apertura de records.db</translation>
    </message>
    <message>
        <source>The vault&apos;s audit key is damaged.</source>
        <translation>La clave de auditoría de la bóveda está dañada.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>La bóveda está bloqueada.</translation>
    </message>
    <message>
        <source>Set a new passphrase before using the vault.</source>
        <translation>Establezca una nueva frase de contraseña antes de usar la bóveda.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>La frase de contraseña actual es incorrecta.</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>El cambio de la frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>La frase de contraseña es incorrecta.</translation>
    </message>
    <message>
        <source>Rotating the data key</source>
        <translation>La renovación de la clave de datos</translation>
    </message>
</context>
<context>
    <name>VaultIdentity</name>
    <message>
        <source>This vault has no identity keys.</source>
        <translation>Esta bóveda no tiene claves de identidad.</translation>
    </message>
    <message>
        <source>This vault&apos;s identity keys are damaged.</source>
        <translation>Las claves de identidad de esta bóveda están dañadas.</translation>
    </message>
</context>
<context>
    <name>VaultLock</name>
    <message>
        <source>The vault is in use by another Carnet process (PID %1). Close it there first.</source>
        <translation>La bóveda está en uso por otro proceso de Carnet (PID %1). Ciérrela allí primero.</translation>
    </message>
    <message>
        <source>Cannot create the lock file in %1: permission denied.</source>
        <translation>No se puede crear el archivo de bloqueo en %1: permiso denegado.</translation>
    </message>
    <message>
        <source>Cannot lock the vault in %1.</source>
        <translation>No se puede bloquear la bóveda en %1.</translation>
    </message>
</context>
<context>
    <name>carnet::ActivityPage</name>
    <message>
        <source>&lt;h2&gt;Activity&lt;/h2&gt;&lt;p&gt;Every unlock, lock, failed attempt and key change of this vault. The log is chained so that an edited or removed entry shows.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Actividad&lt;/h2&gt;&lt;p&gt;Cada desbloqueo, bloqueo, intento fallido y cambio de clave de esta bóveda. El registro está encadenado, de modo que una entrada modificada o eliminada se nota.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>&amp;Verificar el registro</translation>
    </message>
    <message numerus="yes">
        <source>The log verifies: %n entries, none altered or removed.</source>
        <translation>
            <numerusform>El registro es correcto: %n entrada, ninguna alterada ni eliminada.</numerusform>
            <numerusform>El registro es correcto: %n entradas, ninguna alterada ni eliminada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log does not verify: %1</source>
        <translation>El registro no es correcto: %1</translation>
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
        <translation>Gráfico de adherencia</translation>
    </message>
    <message>
        <source>No scheduled doses in this period</source>
        <translation>No hay dosis programadas en este periodo</translation>
    </message>
    <message>
        <source>%1: taken as needed, no scheduled doses</source>
        <translation>%1: se toma según necesidad, sin dosis programadas</translation>
    </message>
    <message>
        <source>%1: no doses due yet</source>
        <translation>%1: aún no hay dosis previstas</translation>
    </message>
    <message>
        <source>%1: %2 taken</source>
        <translation>%1: %2 tomadas</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Taken: %1 of %2 due (%3 of them late)</source>
        <translation>Tomadas: %1 de %2 previstas (%3 de ellas tarde)</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omitidas: %1</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Olvidadas: %1</translation>
    </message>
    <message>
        <source>Still to come: %1</source>
        <translation>Pendientes: %1</translation>
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
        <translation>Dosis tomadas según la pauta</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>Último %n día</numerusform>
            <numerusform>Últimos %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriodo:</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Adherencia</translation>
    </message>
</context>
<context>
    <name>carnet::AgeArmorReader</name>
    <message>
        <source>an armor line is longer than 64 columns</source>
        <translation>una línea de la armadura tiene más de 64 columnas</translation>
    </message>
    <message>
        <source>the armor does not start with its begin line</source>
        <translation>la armadura no empieza con su línea de inicio</translation>
    </message>
    <message>
        <source>the armor has no data</source>
        <translation>la armadura no contiene datos</translation>
    </message>
    <message>
        <source>there is data after the end of the armor</source>
        <translation>hay datos después del final de la armadura</translation>
    </message>
    <message>
        <source>the armor ends without its end line</source>
        <translation>la armadura termina sin su línea final</translation>
    </message>
    <message>
        <source>a short or padded armor line is not the last one</source>
        <translation>una línea corta o con relleno de la armadura no es la última</translation>
    </message>
    <message>
        <source>an armor line has the wrong length</source>
        <translation>una línea de la armadura tiene una longitud incorrecta</translation>
    </message>
    <message>
        <source>an armor line is not canonical base64</source>
        <translation>una línea de la armadura no es base64 canónico</translation>
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
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Mañana, %1</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
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
        <translation>Dosis: %1</translation>
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
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Risk of a future reaction</source>
        <translation>Riesgo de una reacción futura</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>New allergy</source>
        <translation>Nueva alergia</translation>
    </message>
    <message>
        <source>Edit allergy</source>
        <translation>Editar alergia</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>What it is to: penicillin, peanuts, cat dander</source>
        <translation>A qué es: penicilina, cacahuetes, caspa de gato</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>What happens: hives, swelling, anaphylaxis</source>
        <translation>Qué ocurre: urticaria, hinchazón, anafilaxia</translation>
    </message>
    <message>
        <source>How likely a future reaction is to be life-threatening</source>
        <translation>Qué probabilidad hay de que una reacción futura ponga en peligro la vida</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation>&amp;Sustancia:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation>&amp;Reacción:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravedad:</translation>
    </message>
    <message>
        <source>Risk of a &amp;future reaction:</source>
        <translation>Riesgo de una reacción &amp;futura:</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
</context>
<context>
    <name>carnet::AllergyListModel</name>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
</context>
<context>
    <name>carnet::AllergyPanel</name>
    <message>
        <source>Allergies and intolerances, active ones first. Those with a severe reaction or a high risk of one are marked ⚠.</source>
        <translation>Alergias e intolerancias, primero las activas. Las que tienen una reacción grave o un riesgo alto de tenerla se marcan con ⚠.</translation>
    </message>
    <message>
        <source>No allergies recorded. Add one with “New allergy” (Ctrl+N); if you have none, you can leave this list empty.</source>
        <translation>No hay alergias registradas. Añada una con “Nueva alergia” (Ctrl+N); si no tiene ninguna, puede dejar esta lista vacía.</translation>
    </message>
    <message>
        <source>&amp;New allergy…</source>
        <translation>&amp;Nueva alergia…</translation>
    </message>
    <message>
        <source>Delete allergy</source>
        <translation>Eliminar alergia</translation>
    </message>
    <message>
        <source>Delete the allergy to “%1”?

It moves to the deleted allergies, where you can restore it.</source>
        <translation>¿Eliminar la alergia a “%1”?

Pasará a las alergias eliminadas, donde podrá restaurarla.</translation>
    </message>
    <message>
        <source>Deleted a&amp;llergies…</source>
        <translation>Alergias eli&amp;minadas…</translation>
    </message>
    <message>
        <source>Deleted allergies</source>
        <translation>Alergias eliminadas</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>New allergy</source>
        <translation>Nueva alergia</translation>
    </message>
    <message>
        <source>Edit allergy</source>
        <translation>Editar alergia</translation>
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
        <translation>⚠ Riesgo alto</translation>
    </message>
    <message>
        <source>⚠ %1, high risk</source>
        <translation>⚠ %1, riesgo alto</translation>
    </message>
    <message>
        <source>Severe reaction</source>
        <translation>Reacción grave</translation>
    </message>
    <message>
        <source>High risk of a severe reaction</source>
        <translation>Riesgo alto de reacción grave</translation>
    </message>
</context>
<context>
    <name>carnet::AppointmentEditorDialog</name>
    <message>
        <source>A&amp;ll day</source>
        <translation>Todo el dí&amp;a</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>Edit Appointment</source>
        <translation>Editar cita</translation>
    </message>
    <message>
        <source>New Appointment</source>
        <translation>Nueva cita</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Changes apply to every date of this series.</source>
        <translation>Los cambios se aplican a todas las fechas de esta serie.</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Recordatorios:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Reminders and &amp;notes</source>
        <translation>Recordatorios y &amp;notas</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Required, e.g. Dermatology check-up</source>
        <translation>Obligatorio, p. ej. Revisión de dermatología</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Profesional de la salud</translation>
    </message>
    <message>
        <source>e.g. Dr. Jane Roe</source>
        <translation>p. ej. Dra. Ana Pérez</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Profesional:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>e.g. City Clinic, room 4</source>
        <translation>p. ej. Clínica Central, sala 4</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>Dire&amp;cción:</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Empieza:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>Ter&amp;mina:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>The times above are in this zone; a repeating appointment keeps its local time across daylight-saving changes.</source>
        <translation>Las horas anteriores están en esta zona; una cita que se repite mantiene su hora local con los cambios de horario de verano.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Appointment not saved</source>
        <translation>Cita no guardada</translation>
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
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>carnet::CalendarDayPanel</name>
    <message>
        <source>Appointments and doses of the selected day</source>
        <translation>Citas y dosis del día seleccionado</translation>
    </message>
    <message>
        <source>Nothing on this day. Press Return or Ctrl+N to add an appointment.</source>
        <translation>Nada en este día. Pulse Intro o Ctrl+N para añadir una cita.</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
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
        <translation>Cancelada</translation>
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
        <translation>No hay citas en este día. Pulse Intro o Ctrl+N para añadir una.</translation>
    </message>
</context>
<context>
    <name>carnet::CalendarMonthModel</name>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>%1 %2 (cancelled)</source>
        <translation>%1 %2 (cancelada)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>1 medication dose due</source>
        <translation>1 dosis de medicamento prevista</translation>
    </message>
    <message numerus="yes">
        <source>%n medication doses due</source>
        <translation>
            <numerusform>%n dosis de medicamento prevista</numerusform>
            <numerusform>%n dosis de medicamentos previstas</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointments</source>
        <translation>No hay citas</translation>
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
        <translation>Acciones del calendario</translation>
    </message>
    <message>
        <source>Calendar hint</source>
        <translation>Sugerencia del calendario</translation>
    </message>
    <message>
        <source>&amp;New Appointment…</source>
        <translation>&amp;Nueva cita…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected appointment (Return or F2)</source>
        <translation>Editar la cita seleccionada (Intro o F2)</translation>
    </message>
    <message>
        <source>&amp;Cancel Appointment</source>
        <translation>&amp;Cancelar cita</translation>
    </message>
    <message>
        <source>Mark the selected appointment as cancelled, or booked again</source>
        <translation>Marcar la cita seleccionada como cancelada, o como reservada de nuevo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Histo&amp;rial…</translation>
    </message>
    <message>
        <source>Deleted Appointments…</source>
        <translation>Citas eliminadas…</translation>
    </message>
    <message>
        <source>See deleted appointments and restore them</source>
        <translation>Ver las citas eliminadas y restaurarlas</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Show medication d&amp;oses</source>
        <translation>Mostrar d&amp;osis de medicamentos</translation>
    </message>
    <message>
        <source>Show the doses your medication schedules say are due</source>
        <translation>Mostrar las dosis previstas según las pautas de sus medicamentos</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mes</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semana</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Agenda</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message numerus="yes">
        <source>Earlier %n days</source>
        <translation>
            <numerusform>%n día antes</numerusform>
            <numerusform>%n días antes</numerusform>
        </translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message numerus="yes">
        <source>Later %n days</source>
        <translation>
            <numerusform>%n día después</numerusform>
            <numerusform>%n días después</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No appointments in %1. Press Ctrl+N to add one on the selected day.</source>
        <translation>No hay citas en %1. Pulse Ctrl+N para añadir una en el día seleccionado.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No appointments this week. Press Ctrl+N to add one on the selected day.</source>
        <translation>No hay citas esta semana. Pulse Ctrl+N para añadir una en el día seleccionado.</translation>
    </message>
    <message numerus="yes">
        <source>No appointments in the next %n days. Press Ctrl+N to add one.</source>
        <translation>
            <numerusform>No hay citas en el próximo %n día. Pulse Ctrl+N para añadir una.</numerusform>
            <numerusform>No hay citas en los próximos %n días. Pulse Ctrl+N para añadir una.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No appointments in these %n days. Press Ctrl+T to go back to today.</source>
        <translation>
            <numerusform>No hay citas en este %n día. Pulse Ctrl+T para volver a hoy.</numerusform>
            <numerusform>No hay citas en estos %n días. Pulse Ctrl+T para volver a hoy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your calendar is empty. Press Ctrl+N to add your first appointment. Doses your medication schedules say are due show here too.</source>
        <translation>Su calendario está vacío. Pulse Ctrl+N para añadir su primera cita. Las dosis previstas según las pautas de sus medicamentos también aparecen aquí.</translation>
    </message>
    <message>
        <source>Re&amp;book Appointment</source>
        <translation>Reac&amp;tivar cita</translation>
    </message>
    <message>
        <source>Appointment not opened</source>
        <translation>Cita no abierta</translation>
    </message>
    <message>
        <source>Appointment not changed</source>
        <translation>Cita no modificada</translation>
    </message>
    <message>
        <source>Delete “%1” and every date of its series?</source>
        <translation>¿Eliminar “%1” y todas las fechas de su serie?</translation>
    </message>
    <message>
        <source>Delete the appointment “%1”?</source>
        <translation>¿Eliminar la cita “%1”?</translation>
    </message>
    <message>
        <source>Delete Appointment</source>
        <translation>Eliminar cita</translation>
    </message>
    <message>
        <source>%1

It can be restored later from Deleted Appointments…</source>
        <translation>%1

Podrá restaurarla más adelante desde Citas eliminadas…</translation>
    </message>
    <message>
        <source>Appointment not deleted</source>
        <translation>Cita no eliminada</translation>
    </message>
    <message>
        <source>History not shown</source>
        <translation>Historial no mostrado</translation>
    </message>
</context>
<context>
    <name>carnet::CareTeamListModel</name>
    <message>
        <source>Pinned</source>
        <translation>Fijadas</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Sin fijar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
</context>
<context>
    <name>carnet::CareTeamMemberEditorDialog</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Para qué</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <source>&amp;Add phone</source>
        <translation>Añadir t&amp;eléfono</translation>
    </message>
    <message>
        <source>Remo&amp;ve phone</source>
        <translation>&amp;Quitar teléfono</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation>destinatario age</translation>
    </message>
    <message>
        <source>minisign public key</source>
        <translation>clave pública de minisign</translation>
    </message>
    <message>
        <source>&amp;Read .pub file…</source>
        <translation>&amp;Leer archivo .pub…</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>New care-team member</source>
        <translation>Nuevo miembro del equipo de atención</translation>
    </message>
    <message>
        <source>Edit care-team member</source>
        <translation>Editar miembro del equipo de atención</translation>
    </message>
    <message>
        <source>For example: cardiology, home nurse</source>
        <translation>Por ejemplo: cardiología, enfermería a domicilio</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Fingerprint in groups</source>
        <translation>Huella digital en grupos</translation>
    </message>
    <message>
        <source>age1…</source>
        <translation>age1…</translation>
    </message>
    <message>
        <source>Their age public key (from age-keygen or their Carnet), to encrypt shares to them</source>
        <translation>Su clave pública age (de age-keygen o de su Carnet), para cifrarle paquetes compartidos</translation>
    </message>
    <message>
        <source>Their minisign public key, to check what they sign: the line after the comment in their .pub file</source>
        <translation>Su clave pública de minisign, para comprobar lo que firma: la línea que sigue al comentario en su archivo .pub</translation>
    </message>
    <message>
        <source>The fingerprint they read out to you: 64 hexadecimal digits, spaces allowed</source>
        <translation>La huella digital que le lee en voz alta: 64 dígitos hexadecimales, se permiten espacios</translation>
    </message>
    <message>
        <source>Read a minisign .pub file</source>
        <translation>Leer un archivo .pub de minisign</translation>
    </message>
    <message>
        <source>Keys pinned on %1. Changing a key removes the pin; pin the new keys from the list after comparing them.</source>
        <translation>Claves fijadas el %1. Cambiar una clave quita la fijación; fije las claves nuevas desde la lista después de compararlas.</translation>
    </message>
    <message>
        <source>Keys not pinned. After saving, compare them with the person and pin them from the list.</source>
        <translation>Claves sin fijar. Después de guardar, compárelas con la persona y fíjelas desde la lista.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation>E&amp;specialidad:</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Teléfonos:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Co&amp;rreo electrónico:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Not&amp;as:</translation>
    </message>
    <message>
        <source>Keys for sharing</source>
        <translation>Claves para compartir</translation>
    </message>
    <message>
        <source>age re&amp;cipient:</source>
        <translation>destinatario a&amp;ge:</translation>
    </message>
    <message>
        <source>&amp;minisign public key:</source>
        <translation>clave pública &amp;minisign:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>&amp;Huella digital:</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Esto no parece una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Key ID: %1</source>
        <translation>ID de clave: %1</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub);;All files (*)</source>
        <translation>Claves públicas de minisign (*.pub);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a minisign public key.</source>
        <translation>%1 no es una clave pública de minisign.</translation>
    </message>
</context>
<context>
    <name>carnet::CareTeamPanel</name>
    <message>
        <source>The providers and caregivers you deal with. Their public keys let you share records with them and check what they send; pin the keys once you have compared them with the person.</source>
        <translation>Los profesionales y cuidadores con los que trata. Sus claves públicas le permiten compartir registros con ellos y comprobar lo que le envían; fije las claves una vez que las haya comparado con la persona.</translation>
    </message>
    <message>
        <source>No care-team members yet. Add one with “New member” (Ctrl+N).</source>
        <translation>Aún no hay miembros en el equipo de atención. Añada uno con “Nuevo miembro” (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;Nuevo miembro…</translation>
    </message>
    <message>
        <source>Delete care-team member</source>
        <translation>Eliminar miembro del equipo de atención</translation>
    </message>
    <message>
        <source>Delete “%1” from your care team?

They move to the deleted members, where you can restore them.</source>
        <translation>¿Eliminar a “%1” de su equipo de atención?

Pasará a los miembros eliminados, donde podrá restaurarlo.</translation>
    </message>
    <message>
        <source>Deleted &amp;members…</source>
        <translation>&amp;Miembros eliminados…</translation>
    </message>
    <message>
        <source>Deleted care-team members</source>
        <translation>Miembros eliminados del equipo de atención</translation>
    </message>
    <message>
        <source>&amp;Pin keys…</source>
        <translation>&amp;Fijar claves…</translation>
    </message>
    <message>
        <source>Compare the selected member&apos;s keys and pin them, or unpin them</source>
        <translation>Comparar las claves del miembro seleccionado y fijarlas, o quitar la fijación</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Equipo de atención</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pin the keys of &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;Compare them group by group with what %1 reads out or shows you, in person or on a call you trust. Pin only if every group matches.&lt;/p&gt;</source>
        <translation>&lt;p&gt;¿Fijar las claves de &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;Compárelas grupo por grupo con lo que %1 le lea en voz alta o le muestre, en persona o en una llamada de confianza. Fíjelas solo si todos los grupos coinciden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella digital:</translation>
    </message>
    <message>
        <source>minisign key ID:</source>
        <translation>ID de clave minisign:</translation>
    </message>
    <message>
        <source>age recipient:</source>
        <translation>destinatario age:</translation>
    </message>
    <message>
        <source>Unpin keys</source>
        <translation>Quitar fijación de claves</translation>
    </message>
    <message>
        <source>Keys of %1 unpinned.</source>
        <translation>Se quitó la fijación de las claves de %1.</translation>
    </message>
    <message>
        <source>Pin keys</source>
        <translation>Fijar claves</translation>
    </message>
    <message>
        <source>%1 has no keys to pin. Add their age recipient or minisign key with Edit first.</source>
        <translation>%1 no tiene claves que fijar. Añada primero su destinatario age o su clave minisign con Editar.</translation>
    </message>
    <message>
        <source>Keys of %1 pinned.</source>
        <translation>Claves de %1 fijadas.</translation>
    </message>
    <message>
        <source>Un&amp;pin keys</source>
        <translation>&amp;Quitar fijación de claves</translation>
    </message>
    <message>
        <source>New care-team member</source>
        <translation>Nuevo miembro del equipo de atención</translation>
    </message>
    <message>
        <source>Edit care-team member</source>
        <translation>Editar miembro del equipo de atención</translation>
    </message>
</context>
<context>
    <name>carnet::ConditionEditorDialog</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Resolved or in remission since</source>
        <translation>Resuelta o en remisión desde</translation>
    </message>
    <message>
        <source>New condition</source>
        <translation>Nueva afección</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Editar afección</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>For example: asthma, type 2 diabetes</source>
        <translation>Por ejemplo: asma, diabetes tipo 2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Afección:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Resolved or in remission since:</source>
        <translation>&amp;Resuelta o en remisión desde:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
</context>
<context>
    <name>carnet::ConditionListModel</name>
    <message>
        <source>Condition</source>
        <translation>Afección</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>carnet::ConditionPanel</name>
    <message>
        <source>Health conditions and diagnoses, active ones first, then those in remission or resolved.</source>
        <translation>Afecciones y diagnósticos, primero los activos y después los que están en remisión o resueltos.</translation>
    </message>
    <message>
        <source>No conditions recorded. Add one with “New condition” (Ctrl+N).</source>
        <translation>No hay afecciones registradas. Añada una con “Nueva afección” (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;New condition…</source>
        <translation>&amp;Nueva afección…</translation>
    </message>
    <message>
        <source>Delete condition</source>
        <translation>Eliminar afección</translation>
    </message>
    <message>
        <source>Delete the condition “%1”?

It moves to the deleted conditions, where you can restore it.</source>
        <translation>¿Eliminar la afección “%1”?

Pasará a las afecciones eliminadas, donde podrá restaurarla.</translation>
    </message>
    <message>
        <source>Deleted c&amp;onditions…</source>
        <translation>Afe&amp;cciones eliminadas…</translation>
    </message>
    <message>
        <source>Deleted conditions</source>
        <translation>Afecciones eliminadas</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Afecciones</translation>
    </message>
    <message>
        <source>New condition</source>
        <translation>Nueva afección</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Editar afección</translation>
    </message>
</context>
<context>
    <name>carnet::CreateVaultPage</name>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear bóveda</translation>
    </message>
    <message>
        <source>There is no vault here yet. Choose a passphrase of at least %1 characters: a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Aquí todavía no hay ninguna bóveda. Elija una frase de contraseña de al menos %1 caracteres: unas cuantas palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Creating… (this takes a few seconds)</source>
        <translation>Creando… (tarda unos segundos)</translation>
    </message>
</context>
<context>
    <name>carnet::DeletedAppointmentsDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Deleted Appointments</source>
        <translation>Citas eliminadas</translation>
    </message>
    <message>
        <source>Deleted appointments are kept, with their history, until the vault is purged. Restore one to put it back in the calendar.</source>
        <translation>Las citas eliminadas se conservan, con su historial, hasta que se purga la bóveda. Restaure una para devolverla al calendario.</translation>
    </message>
    <message>
        <source>&amp;Deleted appointments:</source>
        <translation>Citas &amp;eliminadas:</translation>
    </message>
    <message>
        <source>Deleted appointments</source>
        <translation>Citas eliminadas</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>No deleted appointments.</source>
        <translation>No hay citas eliminadas.</translation>
    </message>
    <message>
        <source>Appointment not restored</source>
        <translation>Cita no restaurada</translation>
    </message>
</context>
<context>
    <name>carnet::DisclosureLogModel</name>
    <message>
        <source>1 journal entry</source>
        <translation>1 entrada del diario</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n entrada del diario</numerusform>
            <numerusform>%n entradas del diario</numerusform>
        </translation>
    </message>
    <message>
        <source>medications</source>
        <translation>medicamentos</translation>
    </message>
    <message>
        <source>insurance</source>
        <translation>seguro</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>citas</translation>
    </message>
    <message>
        <source>the profile only</source>
        <translation>solo el perfil</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between the kinds of records shared</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>care team member</source>
        <translation>miembro del equipo de atención</translation>
    </message>
    <message>
        <source>age key</source>
        <translation>clave age</translation>
    </message>
    <message>
        <source>one-time passphrase</source>
        <translation>frase de contraseña de un solo uso</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), fingerprint %3</source>
        <translation>%1 (%2), huella digital %3</translation>
    </message>
    <message>
        <source>1 record shared</source>
        <translation>1 registro compartido</translation>
    </message>
    <message numerus="yes">
        <source>%n records shared</source>
        <translation>
            <numerusform>%n registro compartido</numerusform>
            <numerusform>%n registros compartidos</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 of the file as written: %1</source>
        <translation>SHA-256 del archivo tal como se escribió: %1</translation>
    </message>
    <message>
        <source>When the file was written (local time)</source>
        <translation>Cuándo se escribió el archivo (hora local)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who the file was encrypted to</source>
        <translation>Para quién se cifró el archivo</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Compartido con</translation>
    </message>
    <message>
        <source>Which kinds of records the file holds</source>
        <translation>Qué tipos de registros contiene el archivo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>How many records the file holds</source>
        <translation>Cuántos registros contiene el archivo</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>The file&apos;s name (the folder is not kept)</source>
        <translation>El nombre del archivo (la carpeta no se conserva)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>SHA-256 of the file, to check that a file is the one you sent</source>
        <translation>SHA-256 del archivo, para comprobar que un archivo es el que usted envió</translation>
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
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Shared on %1</source>
        <translation>Compartido el %1</translation>
    </message>
    <message>
        <source>Encrypted to:</source>
        <translation>Cifrado para:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella digital:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Qué:</translation>
    </message>
    <message>
        <source>Journal entries:</source>
        <translation>Entradas del diario:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Medications:</source>
        <translation>Medicamentos:</translation>
    </message>
    <message>
        <source>Insurance:</source>
        <translation>Seguro:</translation>
    </message>
    <message>
        <source>Appointments:</source>
        <translation>Citas:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Export id:</source>
        <translation>ID de exportación:</translation>
    </message>
    <message>
        <source>The entry numbers are those of your journal. The SHA-256 tells whether a file someone holds is exactly the one written here.</source>
        <translation>Los números de entrada son los de su diario. El SHA-256 indica si un archivo que alguien tiene es exactamente el que se escribió aquí.</translation>
    </message>
    <message>
        <source>Copy &amp;hash</source>
        <translation>Copiar &amp;hash</translation>
    </message>
    <message>
        <source>Every share made from this vault: when, to whom, what, and the SHA-256 of the file as it was written. This log cannot be edited or deleted, not even by you, so it can always answer who has received what.</source>
        <translation>Cada paquete compartido creado desde esta bóveda: cuándo, para quién, qué y el SHA-256 del archivo tal como se escribió. Este registro no se puede modificar ni eliminar, ni siquiera usted, de modo que siempre puede responder quién ha recibido qué.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing has left this vault yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Every share you make is listed here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Todavía no ha salido nada de esta bóveda.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cada paquete compartido que cree aparecerá aquí.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No shares yet</source>
        <translation>Aún no hay paquetes compartidos</translation>
    </message>
    <message>
        <source>Shares made from this vault</source>
        <translation>Paquetes compartidos creados desde esta bóveda</translation>
    </message>
    <message>
        <source>Details of the selected share</source>
        <translation>Detalles del paquete compartido seleccionado</translation>
    </message>
    <message>
        <source>Select a share to see its details.</source>
        <translation>Seleccione un paquete compartido para ver sus detalles.</translation>
    </message>
    <message>
        <source>Copy the full SHA-256 of the selected share&apos;s file (Ctrl+Shift+C)</source>
        <translation>Copiar el SHA-256 completo del archivo del paquete compartido seleccionado (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Copy hash</source>
        <translation>Copiar hash</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>SHA-256 copied. Carnet clears the clipboard after %1 s.</source>
        <translation>SHA-256 copiado. Carnet borra el portapapeles tras %1 s.</translation>
    </message>
</context>
<context>
    <name>carnet::DueDoseModel</name>
    <message>
        <source>Overdue</source>
        <translation>Atrasada</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Dosis de hoy</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Tomar</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Record the selected dose as taken now</source>
        <translation>Registrar la dosis seleccionada como tomada ahora</translation>
    </message>
    <message>
        <source>Record the selected dose as skipped</source>
        <translation>Registrar la dosis seleccionada como omitida</translation>
    </message>
    <message>
        <source>No doses are due today. Medications taken as needed are recorded with “Take extra dose”.</source>
        <translation>Hoy no hay dosis previstas. Los medicamentos que se toman según necesidad se registran con “Tomar dosis adicional”.</translation>
    </message>
    <message>
        <source>Dose not recorded</source>
        <translation>Dosis no registrada</translation>
    </message>
</context>
<context>
    <name>carnet::InsuranceCardViewer</name>
    <message>
        <source>&amp;Front</source>
        <translation>&amp;Anverso</translation>
    </message>
    <message>
        <source>Show the front of the card (Ctrl+1)</source>
        <translation>Mostrar el anverso de la tarjeta (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Reverso</translation>
    </message>
    <message>
        <source>Show the back of the card (Ctrl+2)</source>
        <translation>Mostrar el reverso de la tarjeta (Ctrl+2)</translation>
    </message>
    <message>
        <source>F&amp;it to window</source>
        <translation>A&amp;justar a la ventana</translation>
    </message>
    <message>
        <source>Scale the photo to the window (Ctrl+0)</source>
        <translation>Ajustar la foto a la ventana (Ctrl+0)</translation>
    </message>
    <message>
        <source>Insurance card: %1</source>
        <translation>Tarjeta del seguro: %1</translation>
    </message>
    <message>
        <source>Photo of the card</source>
        <translation>Foto de la tarjeta</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Acer&amp;car</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>This card has no photo.</source>
        <translation>Esta tarjeta no tiene foto.</translation>
    </message>
    <message>
        <source>%1 of the card</source>
        <translation>Imagen: %1</translation>
    </message>
</context>
<context>
    <name>carnet::InsuranceListModel</name>
    <message>
        <source>Payer</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>N.º de afiliado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>carnet::InsurancePage</name>
    <message>
        <source>the front of the card</source>
        <translation>la parte delantera de la tarjeta</translation>
    </message>
    <message>
        <source>the back of the card</source>
        <translation>la parte trasera de la tarjeta</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Insurance&lt;/h2&gt;&lt;p&gt;Your plans with the numbers you read out on the phone, and photos of the cards. Copied numbers are cleared from the clipboard after %1 s.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Seguro&lt;/h2&gt;&lt;p&gt;Sus planes con los números que dicta por teléfono y las fotos de las tarjetas. Los números copiados se borran del portapapeles tras %1 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Insurance actions</source>
        <translation>Acciones del seguro</translation>
    </message>
    <message>
        <source>Insurance plans</source>
        <translation>Planes de seguro</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No insurance plans yet&lt;/h3&gt;&lt;p&gt;Add each plan you hold: the payer, the member ID and group number printed on the card, the dates it covers and photos of both sides.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aún no hay planes de seguro&lt;/h3&gt;&lt;p&gt;Añada cada plan que tenga: la aseguradora, el número de afiliado y el número de grupo impresos en la tarjeta, las fechas que cubre y fotos de ambas caras.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Nuevo plan…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Portapapeles borrado.</translation>
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
        <translation>Añadir un plan de seguro</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected plan</source>
        <translation>Editar el plan seleccionado</translation>
    </message>
    <message>
        <source>Edit the selected plan (Return, %1)</source>
        <translation>Editar el plan seleccionado (Intro, %1)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected plan</source>
        <translation>Eliminar el plan seleccionado</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Every version of the selected plan</source>
        <translation>Todas las versiones del plan seleccionado</translation>
    </message>
    <message>
        <source>&amp;Copy member ID</source>
        <translation>&amp;Copiar n.º de afiliado</translation>
    </message>
    <message>
        <source>Copy the member ID; the clipboard is cleared after 30 s</source>
        <translation>Copiar el número de afiliado; el portapapeles se borra tras 30 s</translation>
    </message>
    <message>
        <source>Copy &amp;group number</source>
        <translation>Copiar n.º de &amp;grupo</translation>
    </message>
    <message>
        <source>Copy the group number; the clipboard is cleared after 30 s</source>
        <translation>Copiar el número de grupo; el portapapeles se borra tras 30 s</translation>
    </message>
    <message>
        <source>&amp;View photos…</source>
        <translation>&amp;Ver fotos…</translation>
    </message>
    <message>
        <source>Show the photos of the card</source>
        <translation>Mostrar las fotos de la tarjeta</translation>
    </message>
    <message>
        <source>Add or replace the &amp;front photo…</source>
        <translation>Añadir o reemplazar la foto del &amp;anverso…</translation>
    </message>
    <message>
        <source>Choose a JPEG or PNG photo</source>
        <translation>Elija una foto JPEG o PNG</translation>
    </message>
    <message>
        <source>Add or replace the &amp;back photo…</source>
        <translation>Añadir o reemplazar la foto del &amp;reverso…</translation>
    </message>
    <message>
        <source>&amp;Remove the front photo…</source>
        <translation>&amp;Quitar la foto del anverso…</translation>
    </message>
    <message>
        <source>Remove the photo of the front</source>
        <translation>Quitar la foto del anverso</translation>
    </message>
    <message>
        <source>Re&amp;move the back photo…</source>
        <translation>Quitar la foto del rever&amp;so…</translation>
    </message>
    <message>
        <source>Remove the photo of the back</source>
        <translation>Quitar la foto del reverso</translation>
    </message>
    <message>
        <source>Deleted &amp;plans…</source>
        <translation>&amp;Planes eliminados…</translation>
    </message>
    <message>
        <source>Show deleted plans and restore one</source>
        <translation>Mostrar los planes eliminados y restaurar uno</translation>
    </message>
    <message>
        <source>Card &amp;photos</source>
        <translation>&amp;Fotos de la tarjeta</translation>
    </message>
    <message>
        <source>Card photos</source>
        <translation>Fotos de la tarjeta</translation>
    </message>
    <message>
        <source>View, add, replace or remove the photos of the card</source>
        <translation>Ver, añadir, reemplazar o quitar las fotos de la tarjeta</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>New insurance plan</source>
        <translation>Nuevo plan de seguro</translation>
    </message>
    <message>
        <source>Plan added.</source>
        <translation>Plan añadido.</translation>
    </message>
    <message>
        <source>Edit insurance plan</source>
        <translation>Editar plan de seguro</translation>
    </message>
    <message>
        <source>Plan saved. The earlier version is kept in its history.</source>
        <translation>Plan guardado. La versión anterior se conserva en su historial.</translation>
    </message>
    <message>
        <source>Delete insurance plan</source>
        <translation>Eliminar plan de seguro</translation>
    </message>
    <message>
        <source>Delete the plan “%1”?

It moves to the deleted plans, where you can restore it.</source>
        <translation>¿Eliminar el plan “%1”?

Pasará a los planes eliminados, donde podrá restaurarlo.</translation>
    </message>
    <message>
        <source>Plan deleted. “Deleted plans…” restores it.</source>
        <translation>Plan eliminado. “Planes eliminados…” lo restaura.</translation>
    </message>
    <message>
        <source>Copied — clears in %1 s</source>
        <translation>Copiado: se borra en %1 s</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Foto de %1</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Photo of %1 saved in the vault.</source>
        <translation>Foto de %1 guardada en la bóveda.</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <source>Remove the photo of %1 of “%2”?

The history keeps only its name and size, not the photo.</source>
        <translation>¿Quitar la foto de %1 de “%2”?

El historial solo conserva su nombre y tamaño, no la foto.</translation>
    </message>
    <message>
        <source>Photo of %1 removed.</source>
        <translation>Foto de %1 quitada.</translation>
    </message>
    <message>
        <source>Photos of the card</source>
        <translation>Fotos de la tarjeta</translation>
    </message>
    <message>
        <source>Deleted plans</source>
        <translation>Planes eliminados</translation>
    </message>
    <message>
        <source>Deleted insurance plans</source>
        <translation>Planes de seguro eliminados</translation>
    </message>
    <message>
        <source>Restore plan</source>
        <translation>Restaurar plan</translation>
    </message>
    <message>
        <source>Plan restored.</source>
        <translation>Plan restaurado.</translation>
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
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>Dates not recorded</source>
        <translation>Fechas no registradas</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (usted)</translation>
    </message>
    <message>
        <source>Someone else (relationship: %1)</source>
        <translation>Otra persona (parentesco: %1)</translation>
    </message>
    <message>
        <source>%1 (relationship: %2)</source>
        <translation>%1 (parentesco: %2)</translation>
    </message>
    <message>
        <source>Insurance plan: %1, %2</source>
        <translation>Plan de seguro: %1, %2</translation>
    </message>
    <message>
        <source>Return edits the plan; arrow keys move to the next card.</source>
        <translation>Intro edita el plan; las teclas de flecha pasan a la tarjeta siguiente.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy member ID</source>
        <translation>Copiar n.º de afiliado</translation>
    </message>
    <message>
        <source>Copy the member ID; the clipboard is cleared after 30 s (Ctrl+Shift+C)</source>
        <translation>Copiar el número de afiliado; el portapapeles se borra tras 30 s (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>N.º de afiliado</translation>
    </message>
    <message>
        <source>Copy group number</source>
        <translation>Copiar n.º de grupo</translation>
    </message>
    <message>
        <source>Copy the group number; the clipboard is cleared after 30 s (Ctrl+Shift+G)</source>
        <translation>Copiar el número de grupo; el portapapeles se borra tras 30 s (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Con cobertura</translation>
    </message>
    <message>
        <source>Member services</source>
        <translation>Atención al afiliado</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>No photo of the card. Add one with Card photos in the toolbar.</source>
        <translation>No hay foto de la tarjeta. Añada una con Fotos de la tarjeta en la barra de herramientas.</translation>
    </message>
    <message>
        <source>Open the photo: %1</source>
        <translation>Abrir la foto: %1</translation>
    </message>
    <message>
        <source>Open the photo of the card: %1 (Return)</source>
        <translation>Abrir la foto de la tarjeta: %1 (Intro)</translation>
    </message>
</context>
<context>
    <name>carnet::InsurancePlanEditorDialog</name>
    <message>
        <source>Payer</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Nombre del plan</translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation>Tipo de plan</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>N.º de afiliado</translation>
    </message>
    <message>
        <source>Group number</source>
        <translation>Número de grupo</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Your relationship to the subscriber</source>
        <translation>Su parentesco con el titular</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conocido</translation>
    </message>
    <message>
        <source>First day covered</source>
        <translation>Primer día con cobertura</translation>
    </message>
    <message>
        <source>Last day covered</source>
        <translation>Último día con cobertura</translation>
    </message>
    <message>
        <source>Member services phone</source>
        <translation>Teléfono de atención al afiliado</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Para qué</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Other phone numbers</source>
        <translation>Otros números de teléfono</translation>
    </message>
    <message>
        <source>&amp;Add phone</source>
        <translation>Añadir t&amp;eléfono</translation>
    </message>
    <message>
        <source>&amp;Remove phone</source>
        <translation>&amp;Quitar teléfono</translation>
    </message>
    <message>
        <source>New insurance plan</source>
        <translation>Nuevo plan de seguro</translation>
    </message>
    <message>
        <source>Edit insurance plan</source>
        <translation>Editar plan de seguro</translation>
    </message>
    <message>
        <source>The insurer, as printed on the card</source>
        <translation>La aseguradora, tal como aparece en la tarjeta</translation>
    </message>
    <message>
        <source>For example: Gold PPO 500</source>
        <translation>Por ejemplo: Gold PPO 500</translation>
    </message>
    <message>
        <source>The policy holder, when it is not you</source>
        <translation>El titular de la póliza, si no es usted</translation>
    </message>
    <message>
        <source>Member services, as printed on the card</source>
        <translation>Atención al afiliado, tal como aparece en la tarjeta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Payer:</source>
        <translation>&amp;Aseguradora:</translation>
    </message>
    <message>
        <source>P&amp;lan name:</source>
        <translation>Nombre del p&amp;lan:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Member ID:</source>
        <translation>N.º de a&amp;filiado:</translation>
    </message>
    <message>
        <source>&amp;Group number:</source>
        <translation>N.º de &amp;grupo:</translation>
    </message>
    <message>
        <source>&amp;Subscriber:</source>
        <translation>Tit&amp;ular:</translation>
    </message>
    <message>
        <source>Your r&amp;elationship:</source>
        <translation>Su &amp;parentesco:</translation>
    </message>
    <message>
        <source>&amp;First day covered:</source>
        <translation>P&amp;rimer día con cobertura:</translation>
    </message>
    <message>
        <source>Last &amp;day covered:</source>
        <translation>Último &amp;día con cobertura:</translation>
    </message>
    <message>
        <source>Member ser&amp;vices phone:</source>
        <translation>Teléfono de aten&amp;ción al afiliado:</translation>
    </message>
    <message>
        <source>&amp;Other phones:</source>
        <translation>&amp;Otros teléfonos:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Esto no parece un número de teléfono.</translation>
    </message>
</context>
<context>
    <name>carnet::InsuranceStatusBadge</name>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
</context>
<context>
    <name>carnet::JournalAttachmentPreviewDialog</name>
    <message>
        <source>&amp;Previous page</source>
        <translation>Página &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Página &amp;siguiente</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Vista previa de %1</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Archivo adjunto %1</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Página anterior (Re Pág)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Página siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>carnet::JournalEntryDelegate</name>
    <message>
        <source>Mood %1</source>
        <translation>Estado de ánimo %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n archivo adjunto</numerusform>
            <numerusform>%n archivos adjuntos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carnet::JournalEntryEditorDialog</name>
    <message>
        <source>Show pre&amp;view</source>
        <translation>Mostrar &amp;vista previa</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Añadir archivo…</translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation>&amp;Quitar archivo</translation>
    </message>
    <message>
        <source>Edit journal entry</source>
        <translation>Editar entrada del diario</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>Nueva entrada del diario</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Required, e.g. “Migraine after a short night”</source>
        <translation>Obligatorio, p. ej. “Migraña tras una noche corta”</translation>
    </message>
    <message>
        <source>Text (Markdown)</source>
        <translation>Texto (Markdown)</translation>
    </message>
    <message>
        <source>What happened, how you felt… Markdown works: **bold**, *italic*, - lists.</source>
        <translation>Qué pasó, cómo se sintió… Puede usar Markdown: **negrita**, *cursiva*, - listas.</translation>
    </message>
    <message>
        <source>Preview of the text</source>
        <translation>Vista previa del texto</translation>
    </message>
    <message>
        <source>Show the text as it will read beside the editor (Ctrl+P)</source>
        <translation>Mostrar el texto junto al editor tal como se leerá (Ctrl+P)</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Síntomas</translation>
    </message>
    <message>
        <source>Comma separated, e.g. headache, nausea</source>
        <translation>Separados por comas, p. ej. dolor de cabeza, náuseas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Comma separated, e.g. migraine, sleep</source>
        <translation>Separadas por comas, p. ej. migraña, sueño</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Attach a JPEG, PNG or PDF file (at most 20 MiB)</source>
        <translation>Adjuntar un archivo JPEG, PNG o PDF (20 MiB como máximo)</translation>
    </message>
    <message>
        <source>Remove the selected file from this entry</source>
        <translation>Quitar de esta entrada el archivo seleccionado</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>T&amp;itle (required):</source>
        <translation>T&amp;ítulo (obligatorio):</translation>
    </message>
    <message>
        <source>M&amp;ood:</source>
        <translation>Estado de á&amp;nimo:</translation>
    </message>
    <message>
        <source>&amp;Symptoms:</source>
        <translation>&amp;Síntomas:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Attac&amp;hments:</source>
        <translation>Archivos ad&amp;juntos:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, new)</source>
        <translation>%1 (%2, nuevo)</translation>
    </message>
</context>
<context>
    <name>carnet::JournalEntryView</name>
    <message>
        <source>A&amp;ttachments</source>
        <translation>Archivos ad&amp;juntos</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texto de la entrada</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Double-click or press Return to preview</source>
        <translation>Haga doble clic o pulse Intro para ver la vista previa</translation>
    </message>
    <message>
        <source>1 – very bad</source>
        <translation>1 – muy mal</translation>
    </message>
    <message>
        <source>2 – bad</source>
        <translation>2 – mal</translation>
    </message>
    <message>
        <source>3 – so-so</source>
        <translation>3 – regular</translation>
    </message>
    <message>
        <source>4 – good</source>
        <translation>4 – bien</translation>
    </message>
    <message>
        <source>5 – very good</source>
        <translation>5 – muy bien</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Mood:</source>
        <translation>Estado de ánimo:</translation>
    </message>
    <message>
        <source>Symptoms:</source>
        <translation>Síntomas:</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 (%2) — double-click to preview</source>
        <translation>%1 (%2) — doble clic para ver la vista previa</translation>
    </message>
    <message>
        <source>A&amp;ttachments (%1)</source>
        <translation>Archivos ad&amp;juntos (%1)</translation>
    </message>
</context>
<context>
    <name>carnet::JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Journal&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Diario&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Journal actions</source>
        <translation>Acciones del diario</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <source>Write a new journal entry</source>
        <translation>Escribir una nueva entrada del diario</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Editar la entrada seleccionada</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected entry (Undo brings it back)</source>
        <translation>Eliminar la entrada seleccionada (Deshacer la recupera)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>Restore the entry deleted last</source>
        <translation>Restaurar la última entrada eliminada</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Histo&amp;rial…</translation>
    </message>
    <message>
        <source>Every version of the selected entry</source>
        <translation>Todas las versiones de la entrada seleccionada</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>Ad&amp;juntar archivo…</translation>
    </message>
    <message>
        <source>Attach a JPEG, PNG or PDF file to the selected entry</source>
        <translation>Adjuntar un archivo JPEG, PNG o PDF a la entrada seleccionada</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Show the selected attachment</source>
        <translation>Mostrar el archivo adjunto seleccionado</translation>
    </message>
    <message>
        <source>E&amp;xport attachment…</source>
        <translation>E&amp;xportar archivo adjunto…</translation>
    </message>
    <message>
        <source>Save a copy of the selected attachment</source>
        <translation>Guardar una copia del archivo adjunto seleccionado</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <source>Search titles, text and tags (Ctrl+F)</source>
        <translation>Buscar en títulos, texto y etiquetas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Words to look for; results show as you type, best matches first</source>
        <translation>Palabras que buscar; los resultados aparecen mientras escribe, primero las mejores coincidencias</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>Bu&amp;scar:</translation>
    </message>
    <message>
        <source>Show entries with tag</source>
        <translation>Mostrar entradas con la etiqueta</translation>
    </message>
    <message>
        <source>Show only entries with this tag</source>
        <translation>Mostrar solo las entradas con esta etiqueta</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>E&amp;tiqueta:</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>No entries yet — write one with New entry (Ctrl+N).</source>
        <translation>Aún no hay entradas: escriba una con Nueva entrada (Ctrl+N).</translation>
    </message>
    <message>
        <source>“%1” with tag #%2</source>
        <translation>“%1” con la etiqueta #%2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>tag #%1</source>
        <translation>etiqueta #%1</translation>
    </message>
    <message>
        <source>No entries match %1. Try other words or All tags.</source>
        <translation>Ninguna entrada coincide con %1. Pruebe con otras palabras o con Todas las etiquetas.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries match, best match first</source>
        <translation>
            <numerusform>%n entrada coincide, primero la mejor coincidencia</numerusform>
            <numerusform>%n entradas coinciden, primero las mejores coincidencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match, newest first</source>
        <translation>
            <numerusform>%n entrada coincide, primero las más recientes</numerusform>
            <numerusform>%n entradas coinciden, primero las más recientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first</source>
        <translation>
            <numerusform>%n entrada, primero las más recientes</numerusform>
            <numerusform>%n entradas, primero las más recientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Your journal is empty. Press Ctrl+N to write the first entry.</source>
        <translation>Su diario está vacío. Pulse Ctrl+N para escribir la primera entrada.</translation>
    </message>
    <message>
        <source>Select an entry to read it here.</source>
        <translation>Seleccione una entrada para leerla aquí.</translation>
    </message>
    <message>
        <source>This entry cannot be shown.</source>
        <translation>No se puede mostrar esta entrada.</translation>
    </message>
    <message>
        <source>Entry not saved</source>
        <translation>Entrada no guardada</translation>
    </message>
    <message>
        <source>Delete journal entry</source>
        <translation>Eliminar entrada del diario</translation>
    </message>
    <message>
        <source>Delete “%1”? It disappears from the journal; Undo delete (Ctrl+Z) brings it back.</source>
        <translation>¿Eliminar “%1”? Desaparecerá del diario; Deshacer eliminación (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <source>Entry not deleted</source>
        <translation>Entrada no eliminada</translation>
    </message>
    <message>
        <source>Entry not restored</source>
        <translation>Entrada no restaurada</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation>Archivo no adjuntado</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Attachment not exported</source>
        <translation>Archivo adjunto no exportado</translation>
    </message>
    <message>
        <source>Show the deleted entries and restore one</source>
        <translation>Mostrar las entradas eliminadas y restaurar una</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Deleted entries</source>
        <translation>Entradas eliminadas</translation>
    </message>
    <message>
        <source>Deleted journal entries</source>
        <translation>Entradas del diario eliminadas</translation>
    </message>
    <message>
        <source>De&amp;leted entries…</source>
        <translation>Entradas eli&amp;minadas…</translation>
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
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Vault unlocked: %1</source>
        <translation>Bóveda desbloqueada: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Bóveda</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Carnet</source>
        <translation>&amp;Acerca de Carnet</translation>
    </message>
    <message>
        <source>About Carnet</source>
        <translation>Acerca de Carnet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Carnet %1&lt;/h3&gt;&lt;p&gt;A personal health record in an encrypted vault, kept on this computer. Carnet gives no medical advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Carnet %1&lt;/h3&gt;&lt;p&gt;Un historial de salud personal en una bóveda cifrada, guardado en este equipo. Carnet no ofrece consejo médico.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Seguro</translation>
    </message>
    <message>
        <source>Profile &amp; care team</source>
        <translation>Perfil y equipo de atención</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>Compartido conmigo</translation>
    </message>
    <message>
        <source>&amp;New share…</source>
        <translation>&amp;Nuevo paquete compartido…</translation>
    </message>
    <message>
        <source>&amp;Open shared record…</source>
        <translation>&amp;Abrir un historial compartido…</translation>
    </message>
    <message>
        <source>Open a .carnet-share file someone made for you</source>
        <translation>Abrir un archivo .carnet-share que alguien creó para usted</translation>
    </message>
    <message>
        <source>Choose records to send, encrypted and signed, to a provider or caregiver; the journal entry selected in the Journal starts ticked</source>
        <translation>Elija registros para enviar, cifrados y firmados, a un profesional o cuidador; la entrada seleccionada en el diario aparece ya marcada</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationDetailsView</name>
    <message>
        <source>Medication details</source>
        <translation>Detalles del medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriptor</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refills left</source>
        <translation>Reposiciones restantes</translation>
    </message>
    <message>
        <source>Next refill</source>
        <translation>Próxima reposición</translation>
    </message>
    <message>
        <source>%1 · refill soon</source>
        <translation>%1 · reponer pronto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Last doses</source>
        <translation>Últimas dosis</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (extra dose)</source>
        <translation>%1 (dosis adicional)</translation>
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
        <translation>Tomar %1</translation>
    </message>
    <message>
        <source>Record a dose of %1, taken as needed.</source>
        <translation>Registrar una dosis de %1, tomada según necesidad.</translation>
    </message>
    <message>
        <source>Record an extra dose of %1, outside its schedule (%2).</source>
        <translation>Registrar una dosis adicional de %1, fuera de su pauta (%2).</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Tomada a las</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>p. ej. 1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional, e.g. headache</source>
        <translation>Opcional, p. ej. dolor de cabeza</translation>
    </message>
    <message>
        <source>&amp;Taken at:</source>
        <translation>&amp;Tomada a las:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Record dose</source>
        <translation>&amp;Registrar dosis</translation>
    </message>
    <message>
        <source>Enter the amount as a number more than zero, or leave it empty.</source>
        <translation>Introduzca la cantidad como un número mayor que cero, o déjela vacía.</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationEditorDialog</name>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Definida</translation>
    </message>
    <message>
        <source>Next refill date</source>
        <translation>Fecha de la próxima reposición</translation>
    </message>
    <message>
        <source>New medication</source>
        <translation>Nuevo medicamento</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>As on the package, e.g. Metformin</source>
        <translation>Como en el envase, p. ej. Metformina</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>e.g. 500 mg</source>
        <translation>p. ej. 500 mg</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma farmacéutica</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía de administración</translation>
    </message>
    <message>
        <source>Dose amount</source>
        <translation>Cantidad por dosis</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>p. ej. 1</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>Unidad de dosis</translation>
    </message>
    <message>
        <source>Unit of one dose: tablet, ml, puff…</source>
        <translation>Unidad de una dosis: comprimido, ml, inhalación…</translation>
    </message>
    <message>
        <source>tablet</source>
        <translation>comprimido</translation>
    </message>
    <message>
        <source>capsule</source>
        <translation>cápsula</translation>
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
        <translation>inhalación</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>gota</translation>
    </message>
    <message>
        <source>patch</source>
        <translation>parche</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>application</source>
        <translation>aplicación</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué es</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriptor</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>Refills left</source>
        <translation>Reposiciones restantes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation>&amp;Concentración:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Forma:</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Vía:</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>&amp;Dosis:</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Prescriber:</source>
        <translation>&amp;Prescriptor:</translation>
    </message>
    <message>
        <source>P&amp;harmacy:</source>
        <translation>F&amp;armacia:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation>&amp;Iniciado el:</translation>
    </message>
    <message>
        <source>Refi&amp;lls left:</source>
        <translation>&amp;Reposiciones restantes:</translation>
    </message>
    <message>
        <source>Ne&amp;xt refill:</source>
        <translation>Pró&amp;xima reposición:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <source>A medication needs a name.</source>
        <translation>Un medicamento necesita un nombre.</translation>
    </message>
    <message>
        <source>Enter the dose as a number more than zero, such as 1 or 2.5.</source>
        <translation>Introduzca la dosis como un número mayor que cero, como 1 o 2,5.</translation>
    </message>
    <message>
        <source>The start date is after the day it was stopped (%1).</source>
        <translation>La fecha de inicio es posterior al día en que se suspendió (%1).</translation>
    </message>
    <message>
        <source>The medication could not be saved: %1</source>
        <translation>No se pudo guardar el medicamento: %1</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationListDelegate</name>
    <message>
        <source>%1 (soon)</source>
        <comment>next refill date, coming up</comment>
        <translation>%1 (pronto)</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationListModel</name>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Next refill</source>
        <translation>Próxima reposición</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationScheduleEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>No doses are due. Record each dose with “Take extra dose” when you take it.</source>
        <translation>No hay dosis previstas. Registre cada dosis con “Tomar dosis adicional” cuando la tome.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Times per day</source>
        <translation>Veces al día</translation>
    </message>
    <message>
        <source>Every few hours</source>
        <translation>Cada ciertas horas</translation>
    </message>
    <message>
        <source>On days of the week</source>
        <translation>Ciertos días de la semana</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Según necesidad</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Horas del día</translation>
    </message>
    <message>
        <source>Times of day; Del removes the selected time</source>
        <translation>Horas del día; Supr quita la hora seleccionada</translation>
    </message>
    <message>
        <source>Time to add</source>
        <translation>Hora que añadir</translation>
    </message>
    <message>
        <source>Add time</source>
        <translation>Añadir hora</translation>
    </message>
    <message>
        <source>Add this time of day</source>
        <translation>Añadir esta hora del día</translation>
    </message>
    <message>
        <source>Remove time</source>
        <translation>Quitar hora</translation>
    </message>
    <message>
        <source>Remove the selected time (Del)</source>
        <translation>Quitar la hora seleccionada (Supr)</translation>
    </message>
    <message>
        <source>T&amp;imes:</source>
        <translation>&amp;Horas:</translation>
    </message>
    <message>
        <source>Hours between doses</source>
        <translation>Horas entre dosis</translation>
    </message>
    <message>
        <source> hours</source>
        <comment>every N hours</comment>
        <translation> horas</translation>
    </message>
    <message>
        <source>First dose at</source>
        <translation>Primera dosis a las</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>&amp;Cada:</translation>
    </message>
    <message>
        <source>First dose &amp;at:</source>
        <translation>Primera dosis a &amp;las:</translation>
    </message>
    <message>
        <source>Ho&amp;w often:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationsEmptyState</name>
    <message>
        <source>No medications yet — add one with New medication (%1).</source>
        <translation>Aún no hay medicamentos: añada uno con Nuevo medicamento (%1).</translation>
    </message>
    <message>
        <source>Carnet keeps your medications, their schedules and every dose you record in this vault, on this computer. It gives no medical advice.</source>
        <translation>Carnet guarda sus medicamentos, sus pautas y cada dosis que registre en esta bóveda, en este equipo. No ofrece consejo médico.</translation>
    </message>
    <message>
        <source>&amp;New medication</source>
        <translation>&amp;Nuevo medicamento</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationsPage</name>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Medications&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Medicamentos&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Medication actions</source>
        <translation>Acciones de medicamentos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New medication</source>
        <translation>&amp;Nuevo medicamento</translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected medication</source>
        <translation>Editar el medicamento seleccionado</translation>
    </message>
    <message>
        <source>&amp;Stop…</source>
        <translation>&amp;Suspender…</translation>
    </message>
    <message>
        <source>Stop the selected medication; it moves to the past medications</source>
        <translation>Suspender el medicamento seleccionado; pasará a los medicamentos anteriores</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected medication (it can be restored)</source>
        <translation>Eliminar el medicamento seleccionado (se puede restaurar)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore the selected deleted medication</source>
        <translation>Restaurar el medicamento eliminado seleccionado</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Every version of the selected medication</source>
        <translation>Todas las versiones del medicamento seleccionado</translation>
    </message>
    <message>
        <source>Take e&amp;xtra dose…</source>
        <translation>Tomar dosis &amp;adicional…</translation>
    </message>
    <message>
        <source>Record a dose taken as needed or outside the schedule</source>
        <translation>Registrar una dosis tomada según necesidad o fuera de la pauta</translation>
    </message>
    <message>
        <source>Which medications</source>
        <translation>Qué medicamentos</translation>
    </message>
    <message>
        <source>&amp;Current</source>
        <translation>Ac&amp;tuales</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>Anteri&amp;ores</translation>
    </message>
    <message>
        <source>De&amp;leted</source>
        <translation>Eli&amp;minados</translation>
    </message>
    <message>
        <source>Deleted medications</source>
        <translation>Medicamentos eliminados</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
    <message>
        <source>Refill soon: %1</source>
        <translation>Reponer pronto: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 — deleted %2</source>
        <translation>%1 — eliminado el %2</translation>
    </message>
    <message>
        <source>No past medications. A medication moves here once it is stopped.</source>
        <translation>No hay medicamentos anteriores. Un medicamento pasa aquí cuando se suspende.</translation>
    </message>
    <message>
        <source>No medications yet — add one with New medication (%1).</source>
        <translation>Aún no hay medicamentos: añada uno con Nuevo medicamento (%1).</translation>
    </message>
    <message>
        <source>No current medications. Stopped ones are under Past.</source>
        <translation>No hay medicamentos actuales. Los suspendidos están en Anteriores.</translation>
    </message>
    <message>
        <source>Nothing deleted. A deleted medication stays here until you restore it.</source>
        <translation>No hay nada eliminado. Un medicamento eliminado se queda aquí hasta que lo restaure.</translation>
    </message>
    <message>
        <source>Restore a deleted medication to see its details again; History shows every version it had.</source>
        <translation>Restaure un medicamento eliminado para volver a ver sus detalles; Historial muestra todas sus versiones.</translation>
    </message>
    <message>
        <source>Select a medication to see its details and last doses.</source>
        <translation>Seleccione un medicamento para ver sus detalles y sus últimas dosis.</translation>
    </message>
    <message>
        <source>The details of this medication could not be read.</source>
        <translation>No se pudieron leer los detalles de este medicamento.</translation>
    </message>
    <message>
        <source>Medication not stopped</source>
        <translation>Medicamento no suspendido</translation>
    </message>
    <message>
        <source>Delete medication</source>
        <translation>Eliminar medicamento</translation>
    </message>
    <message>
        <source>Delete %1? It moves to Deleted, with its doses and history, and can be restored from there.</source>
        <translation>¿Eliminar %1? Pasará a Eliminados, con sus dosis e historial, y podrá restaurarlo desde allí.</translation>
    </message>
    <message>
        <source>Medication not deleted</source>
        <translation>Medicamento no eliminado</translation>
    </message>
    <message>
        <source>Medication not restored</source>
        <translation>Medicamento no restaurado</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Dose not recorded</source>
        <translation>Dosis no registrada</translation>
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
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>1 dose</source>
        <translation>1 dosis</translation>
    </message>
    <message numerus="yes">
        <source>%n doses</source>
        <translation>
            <numerusform>%n dosis</numerusform>
            <numerusform>%n dosis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carnet::MonthView</name>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
</context>
<context>
    <name>carnet::OptionalDateField</name>
    <message>
        <source>%1 is known</source>
        <translation>%1: se conoce</translation>
    </message>
    <message>
        <source>Untick when the date is not known</source>
        <translation>Desmarque si no se conoce la fecha</translation>
    </message>
</context>
<context>
    <name>carnet::PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>carnet::PeopleChoiceBox</name>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
</context>
<context>
    <name>carnet::PeopleListPanel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>Añadir una nueva entrada</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Editar la entrada seleccionada</translation>
    </message>
    <message>
        <source>Edit the selected entry (Return, %1)</source>
        <translation>Editar la entrada seleccionada (Intro, %1)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Eliminar la entrada seleccionada</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Histo&amp;rial…</translation>
    </message>
    <message>
        <source>Every version of the selected entry</source>
        <translation>Todas las versiones de la entrada seleccionada</translation>
    </message>
    <message>
        <source>Show deleted entries and restore one</source>
        <translation>Mostrar las entradas eliminadas y restaurar una</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Reading the list</source>
        <translation>Lectura de la lista</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Añadido.</translation>
    </message>
    <message>
        <source>Saved. The earlier version is kept in the history.</source>
        <translation>Guardado. La versión anterior se conserva en el historial.</translation>
    </message>
    <message>
        <source>Deleted. “%1” restores it.</source>
        <translation>Eliminado. “%1” lo restaura.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restaurado.</translation>
    </message>
</context>
<context>
    <name>carnet::PeopleProblemLabel</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
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
        <translation>No se ha eliminado nada.</translation>
    </message>
    <message>
        <source>Deleted records stay in the vault, with their history, until you restore them. Choose one to restore:</source>
        <translation>Los registros eliminados permanecen en la bóveda, con su historial, hasta que los restaure. Elija uno para restaurarlo:</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Registros eliminados</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>carnet::PeopleTableEditor</name>
    <message>
        <source>Removes the selected row</source>
        <translation>Quita la fila seleccionada</translation>
    </message>
</context>
<context>
    <name>carnet::ProfileForm</name>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>What people call you</source>
        <translation>Cómo le llaman los demás</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Identidad de género</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Con sus propias palabras</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Grupo sanguíneo</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>Height in centimetres</source>
        <translation>Estatura en centímetros</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>Weight in kilograms</source>
        <translation>Peso en kilogramos</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation>+34 600 000 000</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A language tag: en, fr-CA, de</source>
        <translation>Una etiqueta de idioma: en, fr-CA, es</translation>
    </message>
    <message>
        <source>Organ donor</source>
        <translation>Donante de órganos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contactos de emergencia</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Añadir contacto</translation>
    </message>
    <message>
        <source>Re&amp;move contact</source>
        <translation>&amp;Quitar contacto</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Every saved version of your profile (Ctrl+H)</source>
        <translation>Todas las versiones guardadas de su perfil (Ctrl+H)</translation>
    </message>
    <message>
        <source>Drop what you typed and show the saved profile</source>
        <translation>Descartar lo que escribió y mostrar el perfil guardado</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S); the earlier version is kept in the history</source>
        <translation>Guardar el perfil (Ctrl+S); la versión anterior se conserva en el historial</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reverted to the saved profile.</source>
        <translation>Se volvió al perfil guardado.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>P&amp;referred name:</source>
        <translation>Nombre &amp;preferido:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexo:</translation>
    </message>
    <message>
        <source>&amp;Gender identity:</source>
        <translation>&amp;Identidad de género:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Organ donor:</source>
        <translation>Donante de ó&amp;rganos:</translation>
    </message>
    <message>
        <source>Blood t&amp;ype:</source>
        <translation>Grupo sang&amp;uíneo:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Estatura:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>Pes&amp;o:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Whom to call for you in an emergency, in the order to call them.</source>
        <translation>A quién llamar por usted en caso de emergencia, en el orden en que hay que llamarles.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Sobre usted</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Cuerpo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Not&amp;as</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Esto no parece un número de teléfono.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Esto no parece una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Use a language tag such as en, fr-CA or de.</source>
        <translation>Use una etiqueta de idioma como en, fr-CA o es.</translation>
    </message>
    <message>
        <source>Age: %1</source>
        <translation>Edad: %1</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Aún no guardado.</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Guardar perfil</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>your profile</source>
        <translation>su perfil</translation>
    </message>
</context>
<context>
    <name>carnet::ProfilePage</name>
    <message>
        <source>&lt;h2&gt;Profile and care team&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Perfil y equipo de atención&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Afecciones</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Equipo de atención</translation>
    </message>
    <message>
        <source>Profile sections</source>
        <translation>Secciones del perfil</translation>
    </message>
    <message>
        <source>Ctrl+Tab and Ctrl+Shift+Tab switch between the tabs</source>
        <translation>Ctrl+Tab y Ctrl+Shift+Tab cambian de pestaña</translation>
    </message>
</context>
<context>
    <name>carnet::ReceivedShareListModel</name>
    <message>
        <source>Unknown signer (%1 …)</source>
        <translation>Firmante desconocido (%1 …)</translation>
    </message>
    <message>
        <source>%1 (not pinned)</source>
        <translation>%1 (sin fijar)</translation>
    </message>
    <message>
        <source>Signed by %1; the key is pinned in your care team.</source>
        <translation>Firmado por %1; la clave está fijada en su equipo de atención.</translation>
    </message>
    <message>
        <source>The signer&apos;s key is not pinned in your care team.</source>
        <translation>La clave del firmante no está fijada en su equipo de atención.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Huella digital: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Creado el %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
</context>
<context>
    <name>carnet::ReceivedSharesPage</name>
    <message>
        <source>&amp;Open shared record…</source>
        <translation>&amp;Abrir un historial compartido…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Shared with me&lt;/h2&gt;&lt;p&gt;Records that others shared with you and that you chose to keep. They are read-only copies of someone else&apos;s record, checked when you opened them.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Compartido conmigo&lt;/h2&gt;&lt;p&gt;Registros que otras personas compartieron con usted y que usted decidió conservar. Son copias de solo lectura del historial de otra persona, comprobadas cuando las abrió.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open shared record</source>
        <translation>Abrir historial compartido</translation>
    </message>
    <message>
        <source>Open a .carnet-share file someone sent you</source>
        <translation>Abrir un archivo .carnet-share que alguien le envió</translation>
    </message>
    <message>
        <source>Remove the selected share</source>
        <translation>Quitar el paquete compartido seleccionado</translation>
    </message>
    <message>
        <source>Remove your copy of the selected share (Del)</source>
        <translation>Quitar su copia del paquete compartido seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Kept shares</source>
        <translation>Paquetes compartidos conservados</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing kept here yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When a provider, caregiver or relative sends you a Carnet share (a file ending in &lt;i&gt;.carnet-share&lt;/i&gt;), choose &lt;b&gt;Open shared record…&lt;/b&gt; and pick the file. Carnet opens it with your vault&apos;s key, or asks for the one-time passphrase they gave you, checks every signature and shows who signed it. Nothing in it can be edited.&lt;/p&gt;&lt;p&gt;Choose &lt;b&gt;Keep in Shared with me&lt;/b&gt; to find it here later; removing it later removes only your copy.&lt;/p&gt;&lt;p&gt;For others to share with your vault&apos;s key, give them your public key from the Sharing section.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Todavía no hay nada conservado aquí.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cuando un profesional, un cuidador o un familiar le envíe un paquete compartido de Carnet (un archivo que termina en &lt;i&gt;.carnet-share&lt;/i&gt;), elija &lt;b&gt;Abrir un historial compartido…&lt;/b&gt; y seleccione el archivo. Carnet lo abre con la clave de su bóveda, o le pide la frase de contraseña de un solo uso que le dieron, comprueba cada firma y muestra quién lo firmó. No se puede modificar nada de su contenido.&lt;/p&gt;&lt;p&gt;Elija &lt;b&gt;Conservar en Compartido conmigo&lt;/b&gt; para encontrarlo aquí más adelante; si luego lo quita, solo se quita su copia.&lt;/p&gt;&lt;p&gt;Para que otras personas puedan compartir con la clave de su bóveda, deles su clave pública desde la sección Compartir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No kept shares</source>
        <translation>No hay paquetes compartidos conservados</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>Compartido conmigo</translation>
    </message>
    <message>
        <source>The kept shares could not be read: %1</source>
        <translation>No se pudieron leer los paquetes compartidos conservados: %1</translation>
    </message>
    <message>
        <source>This kept share cannot be shown: %1</source>
        <translation>No se puede mostrar este paquete compartido conservado: %1</translation>
    </message>
    <message>
        <source>Remove the share from %1, received on %2?

This removes your copy only; the person who sent it keeps theirs. It cannot be undone, but you can open and keep the file again.</source>
        <translation>¿Quitar el paquete compartido de %1, recibido el %2?

Esto quita solo su copia; la persona que lo envió conserva la suya. No se puede deshacer, pero puede volver a abrir y conservar el archivo.</translation>
    </message>
    <message>
        <source>Remove shared record</source>
        <translation>Quitar historial compartido</translation>
    </message>
    <message>
        <source>Cannot remove the share</source>
        <translation>No se puede quitar el paquete compartido</translation>
    </message>
</context>
<context>
    <name>carnet::RecordHistoryDialog</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Changes in this version</source>
        <translation>Cambios en esta versión</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Versión %1: %2</translation>
    </message>
    <message>
        <source>No field changed.</source>
        <translation>No cambió ningún campo.</translation>
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
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Open and set the new passphrase</source>
        <translation>&amp;Abrir y establecer la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when the vault was created, and choose a new passphrase. The code can be used once; Carnet then shows you a new one.</source>
        <translation>Escriba el código de recuperación que anotó al crear la bóveda y elija una nueva frase de contraseña. El código solo se puede usar una vez; después Carnet le mostrará uno nuevo.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Código de recuperación:</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Nueva &amp;frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
</context>
<context>
    <name>carnet::RecoveryCodeDialog</name>
    <message>
        <source>Your recovery code</source>
        <translation>Su código de recuperación</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way into your vault. Write it down or print it, and keep it somewhere safe away from this computer. Carnet shows it only now.</source>
        <translation>Si olvida su frase de contraseña, este código es la única forma de entrar en su bóveda. Anótelo o imprímalo y guárdelo en un lugar seguro, lejos de este equipo. Carnet solo lo muestra ahora.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>To confirm you have it, type its &amp;last group of four:</source>
        <translation>Para confirmar que lo tiene, escriba su ú&amp;ltimo grupo de cuatro:</translation>
    </message>
    <message>
        <source>Last group of the recovery code</source>
        <translation>Último grupo del código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Save as text…</source>
        <translation>&amp;Guardar como texto…</translation>
    </message>
    <message>
        <source>I have written it &amp;down</source>
        <translation>Ya lo he &amp;anotado</translation>
    </message>
    <message>
        <source>Carnet recovery code

%1

Created %2. Keep this apart from the computer that holds the vault. It opens the vault if the passphrase is lost; after it is used, Carnet shows a new one.
</source>
        <translation>Código de recuperación de Carnet

%1

Creado el %2. Guárdelo lejos del equipo que contiene la bóveda. Abre la bóveda si se pierde la frase de contraseña; después de usarlo, Carnet muestra uno nuevo.
</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Guardar el código de recuperación</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The recovery code could not be saved: %1</source>
        <translation>No se pudo guardar el código de recuperación: %1</translation>
    </message>
</context>
<context>
    <name>carnet::RecurrenceEditor</name>
    <message>
        <source>Does not repeat</source>
        <translation>No se repite</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diariamente</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanalmente</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensualmente</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Anualmente</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Regla personalizada</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation>&amp;Repetición:</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Repetir cada</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>&amp;Cada:</translation>
    </message>
    <message>
        <source>Repeat on %1</source>
        <translation>Repetir el %1</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Días:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>After a number of dates</source>
        <translation>Tras un número de fechas</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>En una fecha</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Number of dates</source>
        <translation>Número de fechas</translation>
    </message>
    <message>
        <source>How many dates in all, the first one included</source>
        <translation>Cuántas fechas en total, incluida la primera</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>The last day that can have a date</source>
        <translation>El último día que puede tener una fecha</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Termina:</translation>
    </message>
    <message>
        <source>Recurrence rule (RRULE)</source>
        <translation>Regla de repetición (RRULE)</translation>
    </message>
    <message>
        <source>e.g. FREQ=MONTHLY;BYDAY=1TU</source>
        <translation>p. ej. FREQ=MONTHLY;BYDAY=1TU</translation>
    </message>
    <message>
        <source>The rule in iCalendar (RFC 5545) form. The choices above write it; edit it directly for patterns they cannot express, such as the first Tuesday of each month.</source>
        <translation>La regla en formato iCalendar (RFC 5545). Las opciones anteriores la escriben; edítela directamente para patrones que no pueden expresar, como el primer martes de cada mes.</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>Re&amp;gla:</translation>
    </message>
    <message>
        <source>Next dates</source>
        <translation>Próximas fechas</translation>
    </message>
    <message>
        <source>Next dates:</source>
        <translation>Próximas fechas:</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message numerus="yes">
        <source>days</source>
        <translation>
            <numerusform>día</numerusform>
            <numerusform>días</numerusform>
        </translation>
    </message>
    <message>
        <source>week</source>
        <translation>semana</translation>
    </message>
    <message numerus="yes">
        <source>weeks</source>
        <translation>
            <numerusform>semana</numerusform>
            <numerusform>semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message numerus="yes">
        <source>months</source>
        <translation>
            <numerusform>mes</numerusform>
            <numerusform>meses</numerusform>
        </translation>
    </message>
    <message>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message numerus="yes">
        <source>years</source>
        <translation>
            <numerusform>año</numerusform>
            <numerusform>años</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a rule, or choose how often it repeats.</source>
        <translation>Escriba una regla o elija con qué frecuencia se repite.</translation>
    </message>
    <message>
        <source>The recurrence rule is empty.</source>
        <translation>La regla de repetición está vacía.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>No válida: %1</translation>
    </message>
    <message>
        <source>No dates until the rule is valid.</source>
        <translation>No hay fechas mientras la regla no sea válida.</translation>
    </message>
    <message>
        <source>A custom rule; its dates are listed below.</source>
        <translation>Una regla personalizada; sus fechas aparecen abajo.</translation>
    </message>
    <message>
        <source>No dates until the times are valid.</source>
        <translation>No hay fechas mientras las horas no sean válidas.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No more dates.</source>
        <translation>No hay más fechas.</translation>
    </message>
</context>
<context>
    <name>carnet::ReminderListEditor</name>
    <message>
        <source>&amp;Add reminder</source>
        <translation>&amp;Añadir recordatorio</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Rem&amp;ind me:</source>
        <translation>Re&amp;cordarme:</translation>
    </message>
    <message>
        <source>Reminder lead time</source>
        <translation>Antelación del recordatorio</translation>
    </message>
    <message>
        <source>Reminder unit</source>
        <translation>Unidad del recordatorio</translation>
    </message>
    <message>
        <source>minutes before</source>
        <translation>minutos antes</translation>
    </message>
    <message>
        <source>hours before</source>
        <translation>horas antes</translation>
    </message>
    <message>
        <source>days before</source>
        <translation>días antes</translation>
    </message>
    <message>
        <source>Remove the selected reminder (Del)</source>
        <translation>Quitar el recordatorio seleccionado (Supr)</translation>
    </message>
    <message>
        <source>No reminders. Add one below.</source>
        <translation>No hay recordatorios. Añada uno abajo.</translation>
    </message>
</context>
<context>
    <name>carnet::ReminderScheduler</name>
    <message>
        <source>Carnet reminder</source>
        <translation>Recordatorio de Carnet</translation>
    </message>
    <message>
        <source>Something is due. Unlock Carnet to see what.</source>
        <translation>Hay algo pendiente. Desbloquee Carnet para ver qué es.</translation>
    </message>
</context>
<context>
    <name>carnet::SettingsDialog</name>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Bloquear cuando se bloquee la pantalla o el equipo entre en suspensión</translation>
    </message>
    <message>
        <source>Remind me of doses and appointments while Carnet runs</source>
        <translation>Recordarme las dosis y citas mientras Carnet esté abierto</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation>Bloquear tras unos minutos sin actividad</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Bloquear tras inactividad:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>L&amp;anguage (after restart):</source>
        <translation>Idi&amp;oma (tras reiniciar):</translation>
    </message>
</context>
<context>
    <name>carnet::ShareChoosePage</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Entries from</source>
        <translation>Entradas desde</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Entries up to</source>
        <translation>Entradas hasta</translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation>Seleccionar todas las &amp;visibles</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Desmarcar t&amp;odo</translation>
    </message>
    <message>
        <source>&amp;Medication list</source>
        <translation>Lista de &amp;medicamentos</translation>
    </message>
    <message>
        <source>&amp;Insurance plans</source>
        <translation>&amp;Planes de seguro</translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation>&amp;Citas</translation>
    </message>
    <message>
        <source>Choose what to share</source>
        <translation>Elija qué compartir</translation>
    </message>
    <message>
        <source>Tick the journal entries to share, and add other records if the recipient needs them. Nothing leaves before the preview.</source>
        <translation>Marque las entradas del diario que desea compartir y añada otros registros si el destinatario los necesita. No sale nada antes de la vista previa.</translation>
    </message>
    <message>
        <source>Show only entries on or after this day</source>
        <translation>Mostrar solo las entradas de este día o posteriores</translation>
    </message>
    <message>
        <source>Show only entries on or before this day</source>
        <translation>Mostrar solo las entradas de este día o anteriores</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>E&amp;tiqueta:</translation>
    </message>
    <message>
        <source>Show entries with tag</source>
        <translation>Mostrar entradas con la etiqueta</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <source>Words in the title, text or tags</source>
        <translation>Palabras del título, del texto o de las etiquetas</translation>
    </message>
    <message>
        <source>Journal entries to share</source>
        <translation>Entradas del diario que se compartirán</translation>
    </message>
    <message>
        <source>Space ticks or unticks the entry</source>
        <translation>Espacio marca o desmarca la entrada</translation>
    </message>
    <message>
        <source>Columns of the entry list</source>
        <translation>Columnas de la lista de entradas</translation>
    </message>
    <message>
        <source>Select all entries shown</source>
        <translation>Seleccionar todas las entradas visibles</translation>
    </message>
    <message>
        <source>Tick every entry that matches the dates, tag and search, including those further down the list</source>
        <translation>Marcar todas las entradas que coinciden con las fechas, la etiqueta y la búsqueda, incluidas las que están más abajo en la lista</translation>
    </message>
    <message>
        <source>Untick all entries</source>
        <translation>Desmarcar todas las entradas</translation>
    </message>
    <message>
        <source>Untick every entry, shown or not</source>
        <translation>Desmarcar todas las entradas, visibles o no</translation>
    </message>
    <message>
        <source>Entries chosen</source>
        <translation>Entradas elegidas</translation>
    </message>
    <message>
        <source>Share the medication list</source>
        <translation>Compartir la lista de medicamentos</translation>
    </message>
    <message>
        <source>Current and past medications, with doses and schedules</source>
        <translation>Medicamentos actuales y anteriores, con dosis y pautas</translation>
    </message>
    <message>
        <source>Share the insurance plans</source>
        <translation>Compartir los planes de seguro</translation>
    </message>
    <message>
        <source>Every insurance plan, with member and group numbers</source>
        <translation>Todos los planes de seguro, con los números de afiliado y de grupo</translation>
    </message>
    <message>
        <source>Share the appointments</source>
        <translation>Compartir las citas</translation>
    </message>
    <message>
        <source>Every appointment, past and upcoming</source>
        <translation>Todas las citas, pasadas y próximas</translation>
    </message>
    <message>
        <source>Also share</source>
        <translation>Compartir también</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>Entries chosen: %1</source>
        <translation>Entradas elegidas: %1</translation>
    </message>
    <message>
        <source>The journal is empty. You can still share the medication list, insurance plans or appointments.</source>
        <translation>El diario está vacío. Aun así puede compartir la lista de medicamentos, los planes de seguro o las citas.</translation>
    </message>
    <message>
        <source>No entry matches these dates, tag and words. Entries ticked before stay ticked.</source>
        <translation>Ninguna entrada coincide con estas fechas, esta etiqueta y estas palabras. Las entradas marcadas antes siguen marcadas.</translation>
    </message>
    <message>
        <source>%1

Entries deleted meanwhile were unticked; check the choice and go on.</source>
        <translation>%1

Las entradas eliminadas mientras tanto se desmarcaron; revise la selección y continúe.</translation>
    </message>
</context>
<context>
    <name>carnet::ShareDonePage</name>
    <message>
        <source>One-time passphrase</source>
        <translation>Frase de contraseña de un solo uso</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>&amp;Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Share saved</source>
        <translation>Paquete compartido guardado</translation>
    </message>
    <message>
        <source>Send the file to the recipient. It is recorded in the disclosure log under Sharing.</source>
        <translation>Envíe el archivo al destinatario. Queda anotado en el registro de divulgaciones, en Compartir.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Guardado en</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Tamaño del archivo</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 del archivo</translation>
    </message>
    <message>
        <source>Copy the one-time passphrase</source>
        <translation>Copiar la frase de contraseña de un solo uso</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard is cleared again after %n seconds</source>
        <translation>
            <numerusform>El portapapeles se vuelve a borrar al cabo de %n segundo</numerusform>
            <numerusform>El portapapeles se vuelve a borrar al cabo de %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Give this passphrase to the recipient another way than the file: read it out on the phone or hand it over, never in the same e-mail or chat. It is shown only now and Carnet does not keep it; without it, nobody can open the share.</source>
        <translation>Dé esta frase de contraseña al destinatario por una vía distinta de la del archivo: léasela por teléfono o entréguesela en persona, nunca en el mismo correo electrónico o chat. Solo se muestra ahora y Carnet no la guarda; sin ella, nadie puede abrir el paquete compartido.</translation>
    </message>
    <message>
        <source>Show the share in its folder</source>
        <translation>Mostrar el paquete compartido en su carpeta</translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation>Guardado en:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>Send the file, and the passphrase below by another way. The share is recorded in the disclosure log under Sharing.</source>
        <translation>Envíe el archivo y, por otra vía, la frase de contraseña que aparece abajo. El paquete compartido queda anotado en el registro de divulgaciones, en Compartir.</translation>
    </message>
</context>
<context>
    <name>carnet::ShareEntryChoiceModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>carnet::SharePassphraseDialog</name>
    <message>
        <source>Open shared record</source>
        <translation>Abrir historial compartido</translation>
    </message>
    <message>
        <source>“%1” is locked with a one-time passphrase. Type the passphrase the sender gave you (not your vault&apos;s passphrase).</source>
        <translation>“%1” está bloqueado con una frase de contraseña de un solo uso. Escriba la frase de contraseña que le dio el remitente (no la frase de contraseña de su bóveda).</translation>
    </message>
    <message>
        <source>One-time &amp;passphrase:</source>
        <translation>&amp;Frase de contraseña de un solo uso:</translation>
    </message>
    <message>
        <source>One-time passphrase</source>
        <translation>Frase de contraseña de un solo uso</translation>
    </message>
</context>
<context>
    <name>carnet::SharePreviewPage</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Preview: exactly what leaves</source>
        <translation>Vista previa: exactamente lo que sale</translation>
    </message>
    <message>
        <source>This is the summary the recipient will read, made from the same signed data; only the export id and time are set anew when saving. Check it, choose where to save the file, and confirm with your vault passphrase.</source>
        <translation>Este es el resumen que leerá el destinatario, creado a partir de los mismos datos firmados; solo el ID de exportación y la hora se establecen de nuevo al guardar. Revíselo, elija dónde guardar el archivo y confirme con la frase de contraseña de su bóveda.</translation>
    </message>
    <message>
        <source>&amp;Save share</source>
        <translation>&amp;Guardar paquete compartido</translation>
    </message>
    <message>
        <source>Summary of the share, as the recipient will read it</source>
        <translation>Resumen del paquete compartido, tal como lo leerá el destinatario</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nombre del archivo:</translation>
    </message>
    <message>
        <source>File to save the share in</source>
        <translation>Archivo en el que guardar el paquete compartido</translation>
    </message>
    <message>
        <source>Choose where to save the share</source>
        <translation>Elegir dónde guardar el paquete compartido</translation>
    </message>
    <message>
        <source>Enter your &amp;vault passphrase to confirm:</source>
        <translation>Escriba la frase de contraseña de su &amp;bóveda para confirmar:</translation>
    </message>
    <message>
        <source>Vault passphrase, to confirm the share</source>
        <translation>Frase de contraseña de la bóveda, para confirmar el paquete compartido</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problema con la frase de contraseña</translation>
    </message>
    <message>
        <source>Saving the share</source>
        <translation>Guardando el paquete compartido</translation>
    </message>
    <message>
        <source>journal entries: %1</source>
        <translation>entradas del diario: %1</translation>
    </message>
    <message>
        <source>medications: %1</source>
        <translation>medicamentos: %1</translation>
    </message>
    <message>
        <source>insurance plans: %1</source>
        <translation>planes de seguro: %1</translation>
    </message>
    <message>
        <source>appointments: %1</source>
        <translation>citas: %1</translation>
    </message>
    <message>
        <source>Records that will leave this vault, signed with your vault key: %1 (%2).</source>
        <translation>Registros que saldrán de esta bóveda, firmados con la clave de su bóveda: %1 (%2).</translation>
    </message>
    <message>
        <source>Identifiers redacted: %1; kept as written: %2.</source>
        <translation>Identificadores ocultados: %1; mantenidos tal como se escribieron: %2.</translation>
    </message>
    <message>
        <source>Can be opened by: %1</source>
        <translation>Quién puede abrirlo: %1</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>No se pudo crear la vista previa: %1</translation>
    </message>
    <message>
        <source>Save the share as</source>
        <translation>Guardar el paquete compartido como</translation>
    </message>
    <message>
        <source>Carnet shares (*%1)</source>
        <translation>Paquetes compartidos de Carnet (*%1)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Give the full path of the file, or use Choose….</source>
        <translation>Indique la ruta completa del archivo o use Elegir….</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder; add a file name.</source>
        <translation>%1 es una carpeta; añada un nombre de archivo.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this share?</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo con este paquete compartido?</translation>
    </message>
    <message>
        <source>That is not this vault’s passphrase. Nothing was saved; try again.</source>
        <translation>Esa no es la frase de contraseña de esta bóveda. No se guardó nada; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Share not saved</source>
        <translation>Paquete compartido no guardado</translation>
    </message>
    <message>
        <source>The share was not saved: %1
Nothing was written and nothing was logged.</source>
        <translation>No se guardó el paquete compartido: %1
No se escribió nada ni se anotó nada en el registro.</translation>
    </message>
    <message>
        <source>Checking your passphrase, then signing, encrypting and saving the share…</source>
        <translation>Comprobando su frase de contraseña y luego firmando, cifrando y guardando el paquete compartido…</translation>
    </message>
</context>
<context>
    <name>carnet::SharePrivacyPage</name>
    <message>
        <source>&amp;Redact all</source>
        <translation>&amp;Ocultar todos</translation>
    </message>
    <message>
        <source>&amp;Keep all</source>
        <translation>&amp;Mantener todos</translation>
    </message>
    <message>
        <source>Check for identifiers</source>
        <translation>Buscar identificadores</translation>
    </message>
    <message>
        <source>Decide, for each identifier found in your entries, whether the recipient may see it.</source>
        <translation>Decida, para cada identificador encontrado en sus entradas, si el destinatario puede verlo.</translation>
    </message>
    <message>
        <source>Carnet looked in the chosen entries for the identifiers of the HIPAA Safe Harbor list (names, dates, phone and fax numbers, e-mail and web addresses, street addresses and postal codes, record, account and licence numbers, IP addresses, social security numbers): together they tell who you are, and who else you wrote about. Tick “Redact” for each one the recipient should not see; the share then says, for example, “[phone number removed]”. Your journal is not changed. Entry dates and the other records you add leave as recorded.</source>
        <translation>Carnet buscó en las entradas elegidas los identificadores de la lista Safe Harbor de HIPAA (nombres, fechas, números de teléfono y de fax, direcciones de correo electrónico y web, direcciones postales y códigos postales, números de historia, de cuenta y de licencia, direcciones IP, números de la seguridad social): juntos dicen quién es usted y de quién más ha escrito. Marque “Ocultar” en cada uno que el destinatario no deba ver; el paquete compartido dirá entonces, por ejemplo, “[número de teléfono eliminado]”. Su diario no se modifica. Las fechas de las entradas y los demás registros que añada salen tal como están registrados.</translation>
    </message>
    <message>
        <source>Chosen text with identifiers highlighted</source>
        <translation>Texto elegido con los identificadores resaltados</translation>
    </message>
    <message>
        <source>Identifiers found</source>
        <translation>Identificadores encontrados</translation>
    </message>
    <message>
        <source>Space ticks or unticks Redact for the identifier</source>
        <translation>Espacio marca o desmarca Ocultar para el identificador</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Columns of the identifier list</source>
        <translation>Columnas de la lista de identificadores</translation>
    </message>
    <message>
        <source>Redact every identifier</source>
        <translation>Ocultar todos los identificadores</translation>
    </message>
    <message>
        <source>Keep every identifier</source>
        <translation>Mantener todos los identificadores</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Redact %1 %2 (number %3)</source>
        <translation>Ocultar %1 %2 (número %3)</translation>
    </message>
    <message>
        <source>No journal entry is shared, so there is no text to check.</source>
        <translation>No se comparte ninguna entrada del diario, así que no hay texto que revisar.</translation>
    </message>
    <message>
        <source>No journal entry is shared: there is no text to check.</source>
        <translation>No se comparte ninguna entrada del diario: no hay texto que revisar.</translation>
    </message>
    <message>
        <source>No identifier was found in the chosen entries. Read them once more below before you go on: no search finds everything.</source>
        <translation>No se encontró ningún identificador en las entradas elegidas. Vuelva a leerlas abajo antes de continuar: ninguna búsqueda lo encuentra todo.</translation>
    </message>
    <message>
        <source>Identifiers found: %1. To be redacted: %2.</source>
        <translation>Identificadores encontrados: %1. Para ocultar: %2.</translation>
    </message>
</context>
<context>
    <name>carnet::ShareRecipientsPage</name>
    <message>
        <source>Encrypt to the recipients’ &amp;keys</source>
        <translation>Cifrar con las &amp;claves de los destinatarios</translation>
    </message>
    <message>
        <source>Protect with a one-time &amp;passphrase</source>
        <translation>Proteger con una &amp;frase de contraseña de un solo uso</translation>
    </message>
    <message>
        <source>Choose who can open it</source>
        <translation>Elija quién puede abrirlo</translation>
    </message>
    <message>
        <source>The share is encrypted: only the holders of the keys you choose, or of a one-time passphrase, can read it.</source>
        <translation>El paquete compartido está cifrado: solo pueden leerlo quienes tengan las claves que usted elija o una frase de contraseña de un solo uso.</translation>
    </message>
    <message>
        <source>Encrypt to the recipients’ keys</source>
        <translation>Cifrar con las claves de los destinatarios</translation>
    </message>
    <message>
        <source>Protect with a one-time passphrase</source>
        <translation>Proteger con una frase de contraseña de un solo uso</translation>
    </message>
    <message>
        <source>For a recipient without an age key: age encrypts to a passphrase alone, never together with keys</source>
        <translation>Para un destinatario sin clave age: age cifra solo con una frase de contraseña, nunca junto con claves</translation>
    </message>
    <message>
        <source>Care-team &amp;members with an age key:</source>
        <translation>&amp;Miembros del equipo de atención con clave age:</translation>
    </message>
    <message>
        <source>Care-team members to share with</source>
        <translation>Miembros del equipo de atención con los que compartir</translation>
    </message>
    <message>
        <source>Space ticks or unticks the member</source>
        <translation>Espacio marca o desmarca el miembro</translation>
    </message>
    <message>
        <source>Or paste an &amp;age public key (age1…), or several separated by spaces:</source>
        <translation>O pegue una clave pública a&amp;ge (age1…), o varias separadas por espacios:</translation>
    </message>
    <message>
        <source>Age public key of a recipient</source>
        <translation>Clave pública age de un destinatario</translation>
    </message>
    <message>
        <source>Problem with the key</source>
        <translation>Problema con la clave</translation>
    </message>
    <message>
        <source>Carnet makes a passphrase of %1 random words (%2 bits) and shows it once, after the share is saved; it is not kept anywhere. Give it to the recipient another way than the file: read it out on the phone or hand it over, never in the same e-mail. Anyone with both the file and the passphrase can read the share.</source>
        <translation>Carnet crea una frase de contraseña de %1 palabras aleatorias (%2 bits) y la muestra una sola vez, después de guardar el paquete compartido; no se guarda en ningún sitio. Désela al destinatario por una vía distinta de la del archivo: léasela por teléfono o entréguesela en persona, nunca en el mismo correo electrónico. Cualquier persona que tenga a la vez el archivo y la frase de contraseña puede leer el paquete compartido.</translation>
    </message>
    <message>
        <source>Key pinned: you confirmed it with them.</source>
        <translation>Clave fijada: usted la confirmó con esta persona.</translation>
    </message>
    <message>
        <source>Key not pinned: before sending, compare %1 with them.</source>
        <translation>Clave sin fijar: antes de enviar, compare %1 con esta persona.</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Age key: %1</source>
        <translation>Clave age: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>key pinned</source>
        <translation>clave fijada</translation>
    </message>
    <message>
        <source>key not pinned</source>
        <translation>clave sin fijar</translation>
    </message>
    <message>
        <source>No care-team member has an age key yet. Add their key in Profile &amp; care team › Care team, or paste it below.</source>
        <translation>Ningún miembro del equipo de atención tiene todavía una clave age. Añada su clave en Perfil y equipo de atención › Equipo de atención, o péguela abajo.</translation>
    </message>
    <message>
        <source>Care-team members without an age key, who cannot be chosen yet: %1.</source>
        <translation>Miembros del equipo de atención sin clave age, que todavía no se pueden elegir: %1.</translation>
    </message>
    <message>
        <source>Not pinned: %1. Check the key with them (in person or by phone) before you send the file; Profile &amp; care team › Care team can pin it once confirmed.</source>
        <translation>Sin fijar: %1. Compruebe la clave con cada persona (en persona o por teléfono) antes de enviar el archivo; una vez confirmada, puede fijarla en Perfil y equipo de atención › Equipo de atención.</translation>
    </message>
</context>
<context>
    <name>carnet::ShareWizard</name>
    <message>
        <source>New share</source>
        <translation>Nuevo paquete compartido</translation>
    </message>
</context>
<context>
    <name>carnet::SharedRecordOpener</name>
    <message>
        <source>Open shared record</source>
        <translation>Abrir historial compartido</translation>
    </message>
    <message>
        <source>Carnet shares (*.carnet-share)</source>
        <translation>Paquetes compartidos de Carnet (*.carnet-share)</translation>
    </message>
    <message>
        <source>Wrong passphrase: the share does not open with the passphrase you typed. Check it with the person who sent it (it is the one-time passphrase they gave you, not your vault&apos;s).</source>
        <translation>Frase de contraseña incorrecta: el paquete compartido no se abre con la frase de contraseña que escribió. Compruébela con la persona que lo envió (es la frase de contraseña de un solo uso que le dio, no la de su bóveda).</translation>
    </message>
    <message>
        <source>This share is not for your key: it was made for someone else&apos;s vault, so it cannot be opened here. Ask the sender to share it with your vault&apos;s key or with a one-time passphrase.</source>
        <translation>Este paquete compartido no es para su clave: se creó para la bóveda de otra persona, así que no se puede abrir aquí. Pida al remitente que lo comparta con la clave de su bóveda o con una frase de contraseña de un solo uso.</translation>
    </message>
    <message>
        <source>This file is damaged or was tampered with, or it is not a Carnet share. Do not trust its contents; ask the sender for a new copy.</source>
        <translation>Este archivo está dañado o fue manipulado, o no es un paquete compartido de Carnet. No confíe en su contenido; pida al remitente una copia nueva.</translation>
    </message>
    <message>
        <source>The signature does not verify: this share was tampered with, or was not signed by the key it names. Do not trust its contents.</source>
        <translation>La firma no se verifica: este paquete compartido fue manipulado o no lo firmó la clave que indica. No confíe en su contenido.</translation>
    </message>
    <message>
        <source>This share holds unsafe content (a file that would land outside its folder, or a repeated or special file) and was refused. Do not trust its contents.</source>
        <translation>Este paquete compartido tiene contenido no seguro (un archivo que acabaría fuera de su carpeta, o un archivo repetido o especial) y se rechazó. No confíe en su contenido.</translation>
    </message>
    <message>
        <source>This file is too large to be a Carnet share, or its passphrase protection asks for more work than Carnet allows. It was not opened.</source>
        <translation>Este archivo es demasiado grande para ser un paquete compartido de Carnet, o su protección con frase de contraseña exige más trabajo del que Carnet permite. No se abrió.</translation>
    </message>
    <message>
        <source>This share was made by a newer Carnet. Update Carnet to open it.</source>
        <translation>Este paquete compartido se creó con un Carnet más reciente. Actualice Carnet para abrirlo.</translation>
    </message>
    <message>
        <source>Cannot read the file.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>The share could not be opened.</source>
        <translation>No se pudo abrir el paquete compartido.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
    <message>
        <source>“%1” is locked to a vault&apos;s key, not to a passphrase. Unlock your vault first, then open the file with File › Open shared record…</source>
        <translation>“%1” está bloqueado con la clave de una bóveda, no con una frase de contraseña. Desbloquee primero su bóveda y luego abra el archivo con Archivo › Abrir un historial compartido…</translation>
    </message>
    <message>
        <source>%1 does not exist or cannot be read.</source>
        <translation>%1 no existe o no se puede leer.</translation>
    </message>
    <message>
        <source>This vault has no key to open shares with.</source>
        <translation>Esta bóveda no tiene ninguna clave con la que abrir paquetes compartidos.</translation>
    </message>
    <message>
        <source>Shared record</source>
        <translation>Historial compartido</translation>
    </message>
    <message>
        <source>The share verified, but could not be checked against your care team and the shares opened before: %1</source>
        <translation>El paquete compartido se verificó, pero no se pudo contrastar con su equipo de atención ni con los paquetes compartidos abiertos anteriormente: %1</translation>
    </message>
    <message>
        <source>The share could not be opened: %1</source>
        <translation>No se pudo abrir el paquete compartido: %1</translation>
    </message>
    <message>
        <source>Decrypting “%1” and checking its signatures…</source>
        <translation>Descifrando “%1” y comprobando sus firmas…</translation>
    </message>
    <message>
        <source>Opening shared record</source>
        <translation>Abriendo historial compartido</translation>
    </message>
    <message>
        <source>Opening the shared record</source>
        <translation>Abriendo el historial compartido</translation>
    </message>
    <message>
        <source>Cannot open the shared record</source>
        <translation>No se puede abrir el historial compartido</translation>
    </message>
</context>
<context>
    <name>carnet::SharedRecordSections</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Intended</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Reservada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía de administración</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Shared medications</source>
        <translation>Medicamentos compartidos</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>N.º de afiliado</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Shared insurance plans</source>
        <translation>Planes de seguro compartidos</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Shared appointments</source>
        <translation>Citas compartidas</translation>
    </message>
    <message>
        <source>This share holds no records.</source>
        <translation>Este paquete compartido no contiene ningún registro.</translation>
    </message>
    <message>
        <source>Shared records</source>
        <translation>Registros compartidos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Shared journal entries</source>
        <translation>Entradas del diario compartidas</translation>
    </message>
    <message>
        <source>Shared journal entry text</source>
        <translation>Texto de la entrada del diario compartida</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Journal entries (%1)</source>
        <translation>Entradas del diario (%1)</translation>
    </message>
    <message>
        <source>Medications (%1)</source>
        <translation>Medicamentos (%1)</translation>
    </message>
    <message>
        <source>Insurance (%1)</source>
        <translation>Seguro (%1)</translation>
    </message>
    <message>
        <source>Appointments (%1)</source>
        <translation>Citas (%1)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
</context>
<context>
    <name>carnet::SharedRecordView</name>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>Whether the signer&apos;s key is pinned</source>
        <translation>Si la clave del firmante está fijada</translation>
    </message>
    <message>
        <source>Signer&apos;s fingerprint</source>
        <translation>Huella digital del firmante</translation>
    </message>
    <message>
        <source>Compare these groups with the ones the sender reads out to you, or with their care-team entry.</source>
        <translation>Compare estos grupos con los que le lea en voz alta el remitente o con su ficha del equipo de atención.</translation>
    </message>
    <message>
        <source>Signer not pinned</source>
        <translation>Firmante sin fijar</translation>
    </message>
    <message>
        <source>This signer&apos;s key is not pinned in your care team: compare the fingerprint with them before trusting it.</source>
        <translation>La clave de este firmante no está fijada en su equipo de atención: compare la huella digital con esta persona antes de confiar en ella.</translation>
    </message>
    <message>
        <source>Opened before</source>
        <translation>Abierto anteriormente</translation>
    </message>
    <message>
        <source>When the share was made</source>
        <translation>Cuándo se creó el paquete compartido</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Firmado por:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella digital:</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, fecha de nacimiento: %2</translation>
    </message>
    <message>
        <source>The expected key</source>
        <translation>La clave esperada</translation>
    </message>
    <message>
        <source>An unknown key</source>
        <translation>Una clave desconocida</translation>
    </message>
    <message>
        <source>✓ Pinned in your care team</source>
        <translation>✓ Fijada en su equipo de atención</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Sin fijar</translation>
    </message>
    <message>
        <source>You opened this share before, on %1. If you did not expect to see it again, someone may be passing an old copy off as new.</source>
        <translation>Ya abrió este paquete compartido el %1. Si no esperaba volver a verlo, puede que alguien esté haciendo pasar una copia antigua por una nueva.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n record(s)</source>
        <translation>
            <numerusform>%1 · %n registro</numerusform>
            <numerusform>%1 · %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>kept on %1</source>
        <translation>conservado el %1</translation>
    </message>
</context>
<context>
    <name>carnet::SharedRecordWindow</name>
    <message>
        <source>&amp;Keep in Shared with me</source>
        <translation>&amp;Conservar en Compartido conmigo</translation>
    </message>
    <message>
        <source>&amp;Save summary as HTML…</source>
        <translation>&amp;Guardar el resumen como HTML…</translation>
    </message>
    <message>
        <source>Shared record</source>
        <translation>Historial compartido</translation>
    </message>
    <message>
        <source>Shared record from %1</source>
        <translation>Historial compartido de %1</translation>
    </message>
    <message>
        <source>Keep in Shared with me</source>
        <translation>Conservar en Compartido conmigo</translation>
    </message>
    <message>
        <source>Store a copy of this share in your vault, under Shared with me (Ctrl+K)</source>
        <translation>Guardar una copia de este paquete compartido en su bóveda, en Compartido conmigo (Ctrl+K)</translation>
    </message>
    <message>
        <source>Save summary as HTML</source>
        <translation>Guardar el resumen como HTML</translation>
    </message>
    <message>
        <source>Save the signed summary page that came with the share, to open in a browser or print</source>
        <translation>Guardar la página de resumen firmada que venía con el paquete compartido, para abrirla en un navegador o imprimirla</translation>
    </message>
    <message>
        <source>To keep a copy in your vault, unlock it and open the file with File › Open shared record…</source>
        <translation>Para conservar una copia en su bóveda, desbloquéela y abra el archivo con Archivo › Abrir un historial compartido…</translation>
    </message>
    <message>
        <source>Cannot keep the share</source>
        <translation>No se puede conservar el paquete compartido</translation>
    </message>
    <message>
        <source>The vault could not store it: %1</source>
        <translation>La bóveda no pudo guardarlo: %1</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <source>This share is in Shared with me</source>
        <translation>Este paquete compartido está en Compartido conmigo</translation>
    </message>
    <message>
        <source>shared-record-summary.html</source>
        <translation>shared-record-summary.html</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <source>Cannot save the summary</source>
        <translation>No se puede guardar el resumen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>carnet::SharingPage</name>
    <message>
        <source>&amp;New share…</source>
        <translation>&amp;Nuevo paquete compartido…</translation>
    </message>
    <message>
        <source>&amp;Open shared record…</source>
        <translation>&amp;Abrir un historial compartido…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sharing&lt;/h2&gt;&lt;p&gt;Send chosen records to a doctor or someone you trust, encrypted to them and signed by this vault, or open a record someone shared with you.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Compartir&lt;/h2&gt;&lt;p&gt;Envíe los registros que elija a un médico o a alguien de confianza, cifrados para esa persona y firmados por esta bóveda, o abra un historial que alguien compartió con usted.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose what to share and with whom, see exactly what will leave, then write the file (%1)</source>
        <translation>Elija qué compartir y con quién, vea exactamente lo que saldrá y después escriba el archivo (%1)</translation>
    </message>
    <message>
        <source>New share</source>
        <translation>Nuevo paquete compartido</translation>
    </message>
    <message>
        <source>Open a .carnet-share file someone sent you</source>
        <translation>Abrir un archivo .carnet-share que alguien le envió</translation>
    </message>
    <message>
        <source>Open shared record</source>
        <translation>Abrir historial compartido</translation>
    </message>
    <message>
        <source>Shared &amp;by you</source>
        <translation>Compartido &amp;por usted</translation>
    </message>
    <message>
        <source>Your sharing &amp;keys</source>
        <translation>Sus &amp;claves para compartir</translation>
    </message>
    <message>
        <source>Every share made from this vault</source>
        <translation>Todos los paquetes compartidos creados desde esta bóveda</translation>
    </message>
    <message>
        <source>Your public keys and fingerprint, for the people you share with</source>
        <translation>Sus claves públicas y su huella digital, para las personas con las que comparte</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>New share…</source>
        <translation>Nuevo paquete compartido…</translation>
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
        <translation>&lt;h1&gt;Carnet&lt;/h1&gt;&lt;p&gt;Su historial de salud, cifrado en este equipo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Abrir otra bóveda…</translation>
    </message>
    <message>
        <source>Open a &amp;shared record…</source>
        <translation>Abrir un historial &amp;compartido…</translation>
    </message>
    <message>
        <source>Why the vault is locked</source>
        <translation>Por qué está bloqueada la bóveda</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Bóveda: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Algo salió mal: %1</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Choose the vault folder (or an empty folder for a new vault)</source>
        <translation>Elija la carpeta de la bóveda (o una carpeta vacía para una bóveda nueva)</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Bóvedas recientes</translation>
    </message>
    <message>
        <source>Vaults opened on this computer</source>
        <translation>Bóvedas abiertas en este equipo</translation>
    </message>
    <message>
        <source>Open it &amp;now with its passphrase…</source>
        <translation>Abrirlo a&amp;hora con su frase de contraseña…</translation>
    </message>
    <message>
        <source>Shared record to open</source>
        <translation>Historial compartido que abrir</translation>
    </message>
    <message>
        <source>Open the shared record now with its passphrase</source>
        <translation>Abrir ahora el historial compartido con su frase de contraseña</translation>
    </message>
    <message>
        <source>A share locked with a one-time passphrase opens without unlocking your vault; to keep it, unlock first.</source>
        <translation>Un paquete compartido bloqueado con una frase de contraseña de un solo uso se abre sin desbloquear su bóveda; para conservarlo, desbloquéela primero.</translation>
    </message>
    <message>
        <source>After you unlock, Carnet will open %1.</source>
        <translation>Cuando desbloquee la bóveda, Carnet abrirá %1.</translation>
    </message>
</context>
<context>
    <name>carnet::StopMedicationDialog</name>
    <message>
        <source>Stop %1</source>
        <translation>Suspender %1</translation>
    </message>
    <message>
        <source>%1 moves to the past medications from the stop date on. Its doses and history are kept.</source>
        <translation>%1 pasará a los medicamentos anteriores a partir de la fecha de suspensión. Se conservan sus dosis y su historial.</translation>
    </message>
    <message>
        <source>Stop date</source>
        <translation>Fecha de suspensión</translation>
    </message>
    <message>
        <source>The first day without this medication</source>
        <translation>El primer día sin este medicamento</translation>
    </message>
    <message>
        <source>Reason for stopping</source>
        <translation>Motivo de la suspensión</translation>
    </message>
    <message>
        <source>e.g. finished the course, side effects</source>
        <translation>p. ej. terminó el tratamiento, efectos secundarios</translation>
    </message>
    <message>
        <source>&amp;Stopped on:</source>
        <translation>&amp;Suspendido el:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>S&amp;top medication</source>
        <translation>Sus&amp;pender medicamento</translation>
    </message>
</context>
<context>
    <name>carnet::TodayPage</name>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Tomar</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>Próximas citas</translation>
    </message>
    <message>
        <source>Refills running low</source>
        <translation>Reposiciones próximas</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Actividad reciente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Doses due today</source>
        <translation>Dosis previstas para hoy</translation>
    </message>
    <message>
        <source>Take the selected dose</source>
        <translation>Tomar la dosis seleccionada</translation>
    </message>
    <message>
        <source>Skip the selected dose</source>
        <translation>Omitir la dosis seleccionada</translation>
    </message>
    <message>
        <source>Record the selected dose as taken now</source>
        <translation>Registrar la dosis seleccionada como tomada ahora</translation>
    </message>
    <message>
        <source>Record the selected dose as skipped</source>
        <translation>Registrar la dosis seleccionada como omitida</translation>
    </message>
    <message>
        <source>Next two weeks</source>
        <translation>Próximas dos semanas</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Reciente</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Dose not recorded</source>
        <translation>Dosis no registrada</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No appointments in the next two weeks.</source>
        <translation>No hay citas en las próximas dos semanas.</translation>
    </message>
    <message>
        <source>%1: refill was due %2</source>
        <translation>%1: la reposición era para el %2</translation>
    </message>
    <message>
        <source>%1: refill by %2</source>
        <translation>%1: reponer antes del %2</translation>
    </message>
    <message>
        <source>%1 — refills left: %2</source>
        <translation>%1 — reposiciones restantes: %2</translation>
    </message>
    <message>
        <source>No refill due in the next week.</source>
        <translation>No hay reposiciones previstas la próxima semana.</translation>
    </message>
    <message>
        <source>Nothing yet. Entries, doses and appointments will show here.</source>
        <translation>Aún no hay nada. Aquí aparecerán entradas, dosis y citas.</translation>
    </message>
</context>
<context>
    <name>carnet::TrayIcon</name>
    <message>
        <source>&amp;Show Carnet</source>
        <translation>&amp;Mostrar Carnet</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>Carnet — unlocked</source>
        <translation>Carnet — desbloqueado</translation>
    </message>
    <message>
        <source>Carnet — locked</source>
        <translation>Carnet — bloqueado</translation>
    </message>
</context>
<context>
    <name>carnet::UnlockPage</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Forgot it? Use the &amp;recovery code…</source>
        <translation>¿La olvidó? Use el código de &amp;recuperación…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
</context>
<context>
    <name>carnet::VaultIdentityPanel</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your sharing keys&lt;/h3&gt;&lt;p&gt;Whoever sends you a share (a doctor&apos;s office, a lab, someone else using Carnet) encrypts it to your &lt;b&gt;age key&lt;/b&gt;, so that only this vault can open it. Whoever receives a share from you checks it with your &lt;b&gt;minisign key&lt;/b&gt;, to know it comes from you and was not changed on the way.&lt;/p&gt;&lt;p&gt;Both are public keys: they are not secret. Give them out by e-mail, on paper or as the QR code.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sus claves para compartir&lt;/h3&gt;&lt;p&gt;Quien le envíe un paquete compartido (un consultorio médico, un laboratorio, otra persona que use Carnet) lo cifra con su &lt;b&gt;clave age&lt;/b&gt;, para que solo esta bóveda pueda abrirlo. Quien reciba un paquete compartido de usted lo comprueba con su &lt;b&gt;clave minisign&lt;/b&gt;, para saber que viene de usted y que no se modificó por el camino.&lt;/p&gt;&lt;p&gt;Ambas son claves públicas: no son secretas. Puede darlas por correo electrónico, en papel o como código QR.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This vault&apos;s sharing keys cannot be shown:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No se pueden mostrar las claves para compartir de esta bóveda:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sharing keys problem</source>
        <translation>Problema con las claves para compartir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fingerprint&lt;/b&gt;</source>
        <translation>&lt;b&gt;Huella digital&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Vault fingerprint</source>
        <translation>Huella digital de la bóveda</translation>
    </message>
    <message>
        <source>Copy &amp;fingerprint</source>
        <translation>Copiar &amp;huella digital</translation>
    </message>
    <message>
        <source>Copy the fingerprint, to paste it into a message</source>
        <translation>Copiar la huella digital para pegarla en un mensaje</translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation>Copiar huella digital</translation>
    </message>
    <message>
        <source>&lt;p&gt;To be sure that the keys someone has are really yours, &lt;b&gt;compare the fingerprint&lt;/b&gt;: read it aloud, group by group, on the phone or face to face, while they look at the fingerprint their app shows for your keys. If every group matches, the keys are yours. A fingerprint that came in the same e-mail as the keys proves nothing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Para asegurarse de que las claves que tiene alguien son realmente suyas, &lt;b&gt;compare la huella digital&lt;/b&gt;: léala en voz alta, grupo por grupo, por teléfono o en persona, mientras esa persona mira la huella digital que su aplicación muestra para sus claves. Si todos los grupos coinciden, las claves son suyas. Una huella digital que llegó en el mismo correo electrónico que las claves no demuestra nada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>QR code of your public keys</source>
        <translation>Código QR de sus claves públicas</translation>
    </message>
    <message>
        <source>Holds your age key, minisign key and fingerprint as text.</source>
        <translation>Contiene su clave age, su clave minisign y su huella digital como texto.</translation>
    </message>
    <message>
        <source>The same keys and fingerprint as a QR code, for a phone or an app that scans them.</source>
        <translation>Las mismas claves y la huella digital como código QR, para un teléfono o una aplicación que las escanee.</translation>
    </message>
    <message>
        <source>&amp;Age key (others encrypt shares to you with it):</source>
        <translation>Clave ag&amp;e (otras personas la usan para cifrarle paquetes compartidos):</translation>
    </message>
    <message>
        <source>age key</source>
        <translation>clave age</translation>
    </message>
    <message>
        <source>Copy the age key (age1…)</source>
        <translation>Copiar la clave age (age1…)</translation>
    </message>
    <message>
        <source>&amp;Minisign key (checks that shares come from you), key id %1:</source>
        <translation>Clave &amp;minisign (comprueba que los paquetes compartidos vienen de usted), ID de clave %1:</translation>
    </message>
    <message>
        <source>minisign key</source>
        <translation>clave minisign</translation>
    </message>
    <message>
        <source>Copy the minisign public key</source>
        <translation>Copiar la clave pública de minisign</translation>
    </message>
    <message>
        <source>&amp;Save public keys…</source>
        <translation>&amp;Guardar claves públicas…</translation>
    </message>
    <message>
        <source>Write the minisign key as a .pub file and the age key beside it, to send or publish</source>
        <translation>Escribir la clave minisign como archivo .pub y la clave age a su lado, para enviarlas o publicarlas</translation>
    </message>
    <message>
        <source>Save public keys</source>
        <translation>Guardar claves públicas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 copied. Carnet clears the clipboard after %2 s.</source>
        <translation>%1 copiada. Carnet borra el portapapeles tras %2 s.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>Age key</source>
        <translation>Clave age</translation>
    </message>
    <message>
        <source>Minisign key</source>
        <translation>Clave minisign</translation>
    </message>
    <message>
        <source>Save your public keys</source>
        <translation>Guardar sus claves públicas</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub)</source>
        <translation>Claves públicas de minisign (*.pub)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with your age key?</source>
        <translation>%1 ya existe. ¿Desea reemplazarlo con su clave age?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Your minisign key could not be saved to %1: %2</source>
        <translation>No se pudo guardar su clave minisign en %1: %2</translation>
    </message>
    <message>
        <source>Your minisign key was saved, but your age key could not be saved to %1: %2</source>
        <translation>Su clave minisign se guardó, pero no se pudo guardar su clave age en %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 (minisign key) and %2 (age key).</source>
        <translation>Se guardaron %1 (clave minisign) y %2 (clave age).</translation>
    </message>
</context>
<context>
    <name>carnet::WeekView</name>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Todo el día</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
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
        <translation>Lista todas las versiones de un registro (entrada del diario, medicamento, cita, ...): cuándo se creó, cada edición con los campos que cambió, la eliminación y la restauración.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n version(s)</source>
        <translation>
            <numerusform>%1 %2: %n versión</numerusform>
            <numerusform>%1 %2: %n versiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1, %2, %3</source>
        <translation>Versión %1, %2, %3</translation>
    </message>
    <message>
        <source>List the earlier versions of a record</source>
        <translation>Listar las versiones anteriores de un registro</translation>
    </message>
    <message>
        <source>Key-derivation strength: interactive, moderate (default) or sensitive.</source>
        <translation>Intensidad de la derivación de clave: interactive, moderate (predeterminada) o sensitive.</translation>
    </message>
    <message>
        <source>unknown --kdf profile &apos;%1&apos; (use interactive, moderate or sensitive)</source>
        <translation>perfil de --kdf desconocido &apos;%1&apos; (use interactive, moderate o sensitive)</translation>
    </message>
    <message>
        <source>Write it down and keep it apart from this computer. It is shown only now; it opens the vault if the passphrase is lost.
</source>
        <translation>Anótelo y guárdelo lejos de este equipo. Solo se muestra ahora; abre la bóveda si se pierde la frase de contraseña.
</translation>
    </message>
    <message>
        <source>Create a new, empty vault in the folder VAULT (created if missing, must be empty).</source>
        <translation>Crear una bóveda nueva y vacía en la carpeta VAULT (se crea si no existe; debe estar vacía).</translation>
    </message>
    <message>
        <source>%1 already holds a Carnet vault.</source>
        <translation>%1 ya contiene una bóveda de Carnet.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>Created the vault %1.

</source>
        <translation>Se creó la bóveda %1.

</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Código de recuperación:</translation>
    </message>
    <message>
        <source>Show a vault&apos;s format and key-derivation settings without unlocking it.</source>
        <translation>Mostrar el formato y los parámetros de derivación de clave de una bóveda sin desbloquearla.</translation>
    </message>
    <message>
        <source>Vault:            %1
</source>
        <translation>Bóveda:                   %1
</translation>
    </message>
    <message>
        <source>Vault id:         %1
</source>
        <translation>ID de bóveda:             %1
</translation>
    </message>
    <message>
        <source>Keyring format:   %1
</source>
        <translation>Formato de llavero:       %1
</translation>
    </message>
    <message>
        <source>Created:          %1
</source>
        <translation>Creada:                   %1
</translation>
    </message>
    <message>
        <source>Encryption:       SQLCipher %1 (SQLite %2), %3-byte pages
</source>
        <translation>Cifrado:                  SQLCipher %1 (SQLite %2), páginas de %3 bytes
</translation>
    </message>
    <message>
        <source>Key derivation:   Argon2id, %1 passes, %2 MiB (%3)
</source>
        <translation>Derivación de clave:      Argon2id, %1 pasadas, %2 MiB (%3)
</translation>
    </message>
    <message>
        <source>Recovery code:    %1
</source>
        <translation>Código de recuperación:   %1
</translation>
    </message>
    <message>
        <source>set</source>
        <translation>definido</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Also change the key-derivation strength: interactive, moderate or sensitive.</source>
        <translation>Cambiar también la intensidad de la derivación de clave: interactive, moderate o sensitive.</translation>
    </message>
    <message>
        <source>Change the vault&apos;s passphrase. Reads the current passphrase, then the new one. Only the keyring changes; records.db is not rewritten.</source>
        <translation>Cambiar la frase de contraseña de la bóveda. Lee la frase de contraseña actual y luego la nueva. Solo cambia el llavero; records.db no se reescribe.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Frase de contraseña actual: </translation>
    </message>
    <message>
        <source>The passphrase was changed.
</source>
        <translation>Se cambió la frase de contraseña.
</translation>
    </message>
    <message>
        <source>Open the vault with its recovery code and set a new passphrase. Reads the recovery code, then the new passphrase. The used code stops working and a new one is printed.</source>
        <translation>Abrir la bóveda con su código de recuperación y establecer una nueva frase de contraseña. Lee el código de recuperación y luego la nueva frase de contraseña. El código usado deja de funcionar y se imprime uno nuevo.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Código de recuperación: </translation>
    </message>
    <message>
        <source>The vault has a new passphrase.

</source>
        <translation>La bóveda tiene una nueva frase de contraseña.

</translation>
    </message>
    <message>
        <source>The old recovery code no longer works. New recovery code:</source>
        <translation>El código de recuperación anterior ya no funciona. Nuevo código de recuperación:</translation>
    </message>
    <message>
        <source>Re-encrypt records.db under a new random data key, e.g. after a copy of the vault and its passphrase may have leaked. Prints a new recovery code; the old one stops working.</source>
        <translation>Volver a cifrar records.db con una nueva clave de datos aleatoria, p. ej. si una copia de la bóveda y su frase de contraseña pueden haberse filtrado. Imprime un nuevo código de recuperación; el anterior deja de funcionar.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frase de contraseña: </translation>
    </message>
    <message>
        <source>records.db now uses a new data key.

</source>
        <translation>records.db usa ahora una nueva clave de datos.

</translation>
    </message>
    <message>
        <source>Check the hash chain; exit 4 if an entry was altered or removed.</source>
        <translation>Comprobar la cadena de hashes; sale con 4 si se alteró o eliminó una entrada.</translation>
    </message>
    <message>
        <source>List the vault&apos;s audit log of security events.</source>
        <translation>Listar el registro de auditoría de eventos de seguridad de la bóveda.</translation>
    </message>
    <message>
        <source>the audit log does not verify: %1</source>
        <translation>el registro de auditoría no es correcto: %1</translation>
    </message>
    <message>
        <source>The audit log verifies: %1 entries, chain intact.
</source>
        <translation>El registro de auditoría es correcto: %1 entradas, cadena intacta.
</translation>
    </message>
    <message>
        <source>Create a new encrypted vault</source>
        <translation>Crear una nueva bóveda cifrada</translation>
    </message>
    <message>
        <source>Show a vault&apos;s format and settings (no passphrase needed)</source>
        <translation>Mostrar el formato y los parámetros de una bóveda (no requiere frase de contraseña)</translation>
    </message>
    <message>
        <source>Change the vault&apos;s passphrase</source>
        <translation>Cambiar la frase de contraseña de la bóveda</translation>
    </message>
    <message>
        <source>Set a new passphrase using the recovery code</source>
        <translation>Establecer una nueva frase de contraseña con el código de recuperación</translation>
    </message>
    <message>
        <source>Re-encrypt the vault under a new data key</source>
        <translation>Volver a cifrar la bóveda con una nueva clave de datos</translation>
    </message>
    <message>
        <source>List or verify the audit log</source>
        <translation>Listar o verificar el registro de auditoría</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone; use an IANA name such as Europe/Berlin</source>
        <translation>&apos;%1&apos; no es una zona horaria conocida; use un nombre IANA como Europe/Madrid</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of minutes for %2 (0 or more)</source>
        <translation>&apos;%1&apos; no es un número de minutos para %2 (0 o más)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n día antes</numerusform>
            <numerusform>%n días antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n hora antes</numerusform>
            <numerusform>%n horas antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minuto antes</numerusform>
            <numerusform>%n minutos antes</numerusform>
        </translation>
    </message>
    <message>
        <source>give either --end or --duration, not both</source>
        <translation>indique --end o --duration, no ambos</translation>
    </message>
    <message>
        <source>--title is required</source>
        <translation>--title es obligatorio</translation>
    </message>
    <message>
        <source>--start is required</source>
        <translation>--start es obligatorio</translation>
    </message>
    <message>
        <source>--notes-file needs a file: standard input carries the passphrase</source>
        <translation>--notes-file necesita un archivo: la entrada estándar lleva la frase de contraseña</translation>
    </message>
    <message>
        <source>an all-day appointment takes --end (its last day), not --duration</source>
        <translation>una cita de todo el día admite --end (su último día), no --duration</translation>
    </message>
    <message>
        <source>the end (%1) is before the start (%2)</source>
        <translation>el final (%1) es anterior al inicio (%2)</translation>
    </message>
    <message>
        <source>--remind %1 is more than %2 minutes (30 days) ahead</source>
        <translation>--remind %1 supera en más de %2 minutos (30 días) la antelación permitida</translation>
    </message>
    <message>
        <source>--except needs a repeating appointment (--rrule)</source>
        <translation>--except necesita una cita que se repita (--rrule)</translation>
    </message>
    <message>
        <source>the appointment does not take place on %1, so --except cannot skip it</source>
        <translation>la cita no tiene lugar el %1, así que --except no puede omitirla</translation>
    </message>
    <message>
        <source>%1 to %2, all day</source>
        <translation>%1 a %2, todo el día</translation>
    </message>
    <message>
        <source>%1, all day</source>
        <translation>%1, todo el día</translation>
    </message>
    <message>
        <source>[repeats]</source>
        <translation>[se repite]</translation>
    </message>
    <message>
        <source>Add an appointment; prints its id.</source>
        <translation>Añadir una cita; imprime su ID.</translation>
    </message>
    <message>
        <source>Added appointment %1.</source>
        <translation>Cita %1 añadida.</translation>
    </message>
    <message>
        <source>Change an appointment; the earlier values stay in its history.</source>
        <translation>Modificar una cita; los valores anteriores se conservan en su historial.</translation>
    </message>
    <message>
        <source>give either --cancel or --book, not both</source>
        <translation>indique --cancel o --book, no ambos</translation>
    </message>
    <message>
        <source>give either --all-day or --timed, not both</source>
        <translation>indique --all-day o --timed, no ambos</translation>
    </message>
    <message>
        <source>give either --rrule or --no-rrule, not both</source>
        <translation>indique --rrule o --no-rrule, no ambos</translation>
    </message>
    <message>
        <source>give either --remind or --no-remind, not both</source>
        <translation>indique --remind o --no-remind, no ambos</translation>
    </message>
    <message>
        <source>give either --care-team or --no-care-team, not both</source>
        <translation>indique --care-team o --no-care-team, no ambos</translation>
    </message>
    <message>
        <source>Updated appointment %1 (version %2).</source>
        <translation>Cita %1 actualizada (versión %2).</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 es anterior a --from %2</translation>
    </message>
    <message>
        <source>First day to list (default: today).</source>
        <translation>Primer día que listar (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>Last day to list (default: 30 days after --from).</source>
        <translation>Último día que listar (predeterminado: 30 días después de --from).</translation>
    </message>
    <message>
        <source>Also list cancelled appointments.</source>
        <translation>Listar también las citas canceladas.</translation>
    </message>
    <message>
        <source>List the dates of appointments between two days, repeating ones expanded.</source>
        <translation>Listar las fechas de las citas entre dos días, con las que se repiten desglosadas.</translation>
    </message>
    <message>
        <source>No appointments in that time.</source>
        <translation>No hay citas en ese periodo.</translation>
    </message>
    <message>
        <source>(Some repeating appointments repeat too often to list them all.)</source>
        <translation>(Algunas citas se repiten con demasiada frecuencia para listarlas todas.)</translation>
    </message>
    <message>
        <source>How many to list (default 10).</source>
        <translation>Cuántas listar (predeterminado: 10).</translation>
    </message>
    <message>
        <source>List the next appointments from now on.</source>
        <translation>Listar las próximas citas a partir de ahora.</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--limit debe ser un número de 1 a %1, no &apos;%2&apos;</translation>
    </message>
    <message>
        <source>No upcoming appointments.</source>
        <translation>No hay citas próximas.</translation>
    </message>
    <message>
        <source>Show one appointment with all its details.</source>
        <translation>Mostrar una cita con todos sus detalles.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Appointment %1: %2</source>
        <translation>Cita %1: %2</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>reservada</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Profesional:</translation>
    </message>
    <message>
        <source>Care team:</source>
        <translation>Equipo de atención:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Se repite:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Omitidas:</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Recordatorios:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Version %1, created %2, last changed %3</source>
        <translation>Versión %1, creada el %2, modificada por última vez el %3</translation>
    </message>
    <message>
        <source>Delete an appointment. It is kept, hidden, and can be restored with &apos;appt restore&apos;.</source>
        <translation>Eliminar una cita. Se conserva oculta y se puede restaurar con &apos;appt restore&apos;.</translation>
    </message>
    <message>
        <source>Deleted appointment %1; &apos;appt restore&apos; brings it back.</source>
        <translation>Cita %1 eliminada; &apos;appt restore&apos; la recupera.</translation>
    </message>
    <message>
        <source>Bring back a deleted appointment.</source>
        <translation>Recuperar una cita eliminada.</translation>
    </message>
    <message>
        <source>Restored appointment %1.</source>
        <translation>Cita %1 restaurada.</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>Añadir una cita</translation>
    </message>
    <message>
        <source>List appointments between two days</source>
        <translation>Listar las citas entre dos días</translation>
    </message>
    <message>
        <source>List the next appointments</source>
        <translation>Listar las próximas citas</translation>
    </message>
    <message>
        <source>Show an appointment</source>
        <translation>Mostrar una cita</translation>
    </message>
    <message>
        <source>Change or cancel an appointment</source>
        <translation>Modificar o cancelar una cita</translation>
    </message>
    <message>
        <source>Delete an appointment</source>
        <translation>Eliminar una cita</translation>
    </message>
    <message>
        <source>Restore a deleted appointment</source>
        <translation>Restaurar una cita eliminada</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
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
        <translation>--%1 &apos;%2&apos; no tiene número de teléfono; use &quot;etiqueta|número&quot;</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a phone number</source>
        <translation>--%1: &apos;%2&apos; no es un número de teléfono</translation>
    </message>
    <message>
        <source>unknown --%1 &apos;%2&apos; (use %3)</source>
        <translation>--%1 &apos;%2&apos; desconocido (use %3)</translation>
    </message>
    <message>
        <source>Insurance plan %1: %2</source>
        <translation>Plan de seguro %1: %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(abierto)</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Aseguradora</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>N.º de afiliado</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>Otros teléfonos</translation>
    </message>
    <message>
        <source>Card front</source>
        <translation>Anverso de la tarjeta</translation>
    </message>
    <message>
        <source>Card back</source>
        <translation>Reverso de la tarjeta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>%1, last changed %2</source>
        <translation>%1, modificado por última vez el %2</translation>
    </message>
    <message>
        <source>Add an insurance plan; prints its id. --payer is required.</source>
        <translation>Añadir un plan de seguro; imprime su ID. --payer es obligatorio.</translation>
    </message>
    <message>
        <source>--payer is required</source>
        <translation>--payer es obligatorio</translation>
    </message>
    <message>
        <source>Added insurance plan %1.</source>
        <translation>Plan de seguro %1 añadido.</translation>
    </message>
    <message>
        <source>List deleted plans (which can be restored).</source>
        <translation>Listar los planes eliminados (que se pueden restaurar).</translation>
    </message>
    <message>
        <source>List insurance plans: active first, then upcoming, then expired.</source>
        <translation>Listar los planes de seguro: primero los activos, luego los futuros y después los vencidos.</translation>
    </message>
    <message>
        <source>No deleted insurance plans.</source>
        <translation>No hay planes de seguro eliminados.</translation>
    </message>
    <message>
        <source>No insurance plans.</source>
        <translation>No hay planes de seguro.</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>afiliado %1</translation>
    </message>
    <message>
        <source>Insurance plan %1 has no image of the card&apos;s %2.</source>
        <translation>El plan de seguro %1 no tiene imagen de la cara &apos;%2&apos; de la tarjeta.</translation>
    </message>
    <message>
        <source>Write the card&apos;s front image to FILE.</source>
        <translation>Escribir la imagen del anverso de la tarjeta en FILE.</translation>
    </message>
    <message>
        <source>Write the card&apos;s back image to FILE.</source>
        <translation>Escribir la imagen del reverso de la tarjeta en FILE.</translation>
    </message>
    <message>
        <source>Show an insurance plan; optionally save its card images.</source>
        <translation>Mostrar un plan de seguro; opcionalmente, guardar las imágenes de su tarjeta.</translation>
    </message>
    <message>
        <source>Remove the card&apos;s front image.</source>
        <translation>Quitar la imagen del anverso de la tarjeta.</translation>
    </message>
    <message>
        <source>Remove the card&apos;s back image.</source>
        <translation>Quitar la imagen del reverso de la tarjeta.</translation>
    </message>
    <message>
        <source>Change an insurance plan: only the options given change; an empty value clears a field. The earlier version is kept.</source>
        <translation>Modificar un plan de seguro: solo cambian las opciones indicadas; un valor vacío borra el campo. Se conserva la versión anterior.</translation>
    </message>
    <message>
        <source>nothing to change; give at least one option</source>
        <translation>no hay nada que cambiar; indique al menos una opción</translation>
    </message>
    <message>
        <source>give either a new card image or its --remove option, not both</source>
        <translation>indique una nueva imagen de la tarjeta o su opción --remove, no ambas</translation>
    </message>
    <message>
        <source>Updated insurance plan %1 (version %2).</source>
        <translation>Plan de seguro %1 actualizado (versión %2).</translation>
    </message>
    <message>
        <source>Delete an insurance plan. It stays restorable with &apos;insurance restore&apos;.</source>
        <translation>Eliminar un plan de seguro. Se puede restaurar con &apos;insurance restore&apos;.</translation>
    </message>
    <message>
        <source>Deleted insurance plan %1.</source>
        <translation>Plan de seguro %1 eliminado.</translation>
    </message>
    <message>
        <source>Restore a deleted insurance plan.</source>
        <translation>Restaurar un plan de seguro eliminado.</translation>
    </message>
    <message>
        <source>Restored insurance plan %1.</source>
        <translation>Plan de seguro %1 restaurado.</translation>
    </message>
    <message>
        <source>Add an insurance plan</source>
        <translation>Añadir un plan de seguro</translation>
    </message>
    <message>
        <source>List insurance plans</source>
        <translation>Listar los planes de seguro</translation>
    </message>
    <message>
        <source>Show an insurance plan and save its card images</source>
        <translation>Mostrar un plan de seguro y guardar las imágenes de su tarjeta</translation>
    </message>
    <message>
        <source>Change an insurance plan</source>
        <translation>Modificar un plan de seguro</translation>
    </message>
    <message>
        <source>Delete an insurance plan</source>
        <translation>Eliminar un plan de seguro</translation>
    </message>
    <message>
        <source>Restore a deleted insurance plan</source>
        <translation>Restaurar un plan de seguro eliminado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mood; use a number from %2 to %3</source>
        <translation>&apos;%1&apos; no es un estado de ánimo; use un número de %2 a %3</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 debe ser un número de %2 a %3, no &apos;%4&apos;</translation>
    </message>
    <message>
        <source>The file to attach, %1, does not exist.</source>
        <translation>El archivo que adjuntar, %1, no existe.</translation>
    </message>
    <message>
        <source>%1 is not a file; only files can be attached.</source>
        <translation>%1 no es un archivo; solo se pueden adjuntar archivos.</translation>
    </message>
    <message>
        <source>%1 is %2; attachments can be at most %3 MiB.</source>
        <translation>%1 ocupa %2; los archivos adjuntos pueden ocupar como máximo %3 MiB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>the title is empty; every journal entry needs one</source>
        <translation>el título está vacío; toda entrada del diario necesita uno</translation>
    </message>
    <message>
        <source>Add a journal entry. Prints the new entry&apos;s id.</source>
        <translation>Añadir una entrada del diario. Imprime el ID de la nueva entrada.</translation>
    </message>
    <message>
        <source>Added journal entry %1.</source>
        <translation>Entrada del diario %1 añadida.</translation>
    </message>
    <message>
        <source>Attached %1 as attachment %2.</source>
        <translation>%1 adjuntado como archivo adjunto %2.</translation>
    </message>
    <message>
        <source>Only entries with this tag.</source>
        <translation>Solo las entradas con esta etiqueta.</translation>
    </message>
    <message>
        <source>Only entries on or after this date.</source>
        <translation>Solo las entradas de esta fecha o posteriores.</translation>
    </message>
    <message>
        <source>Only entries on or before this date.</source>
        <translation>Solo las entradas de esta fecha o anteriores.</translation>
    </message>
    <message>
        <source>Show at most N entries (default %1).</source>
        <translation>Mostrar como máximo N entradas (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Skip the N newest matching entries.</source>
        <translation>Omitir las N entradas coincidentes más recientes.</translation>
    </message>
    <message>
        <source>List journal entries, newest first.</source>
        <translation>Listar las entradas del diario, primero las más recientes.</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from es posterior a --to</translation>
    </message>
    <message>
        <source>No journal entries.</source>
        <translation>No hay entradas del diario.</translation>
    </message>
    <message>
        <source>mood %1/5</source>
        <translation>estado de ánimo %1/5</translation>
    </message>
    <message numerus="yes">
        <source>(%n attachment(s))</source>
        <translation>
            <numerusform>(%n archivo adjunto)</numerusform>
            <numerusform>(%n archivos adjuntos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2 entries; use --limit and --offset for more.</source>
        <translation>Se muestran %1 de %2 entradas; use --limit y --offset para ver más.</translation>
    </message>
    <message>
        <source>Show a journal entry with its attachments.</source>
        <translation>Mostrar una entrada del diario con sus archivos adjuntos.</translation>
    </message>
    <message>
        <source>Journal entry %1</source>
        <translation>Entrada del diario %1</translation>
    </message>
    <message>
        <source>Date:        %1</source>
        <translation>Fecha:             %1</translation>
    </message>
    <message>
        <source>Title:       %1</source>
        <translation>Título:            %1</translation>
    </message>
    <message>
        <source>Tags:        %1</source>
        <translation>Etiquetas:         %1</translation>
    </message>
    <message>
        <source>Mood:        %1/5</source>
        <translation>Estado de ánimo:   %1/5</translation>
    </message>
    <message>
        <source>Symptoms:    %1</source>
        <translation>Síntomas:          %1</translation>
    </message>
    <message>
        <source>Version:     %1 (created %2, last changed %3)</source>
        <translation>Versión:           %1 (creada el %2, modificada por última vez el %3)</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Archivos adjuntos:</translation>
    </message>
    <message>
        <source>Add a tag, keeping the others; repeat for several.</source>
        <translation>Añadir una etiqueta, conservando las demás; repítalo para añadir varias.</translation>
    </message>
    <message>
        <source>Remove a tag; repeat for several.</source>
        <translation>Quitar una etiqueta; repítalo para quitar varias.</translation>
    </message>
    <message>
        <source>Remove the mood.</source>
        <translation>Quitar el estado de ánimo.</translation>
    </message>
    <message>
        <source>Remove all symptoms.</source>
        <translation>Quitar todos los síntomas.</translation>
    </message>
    <message>
        <source>Remove the attachment with this id; repeat for several.</source>
        <translation>Quitar el archivo adjunto con este ID; repítalo para quitar varios.</translation>
    </message>
    <message>
        <source>Change a journal entry; options not given keep their values. --tag and --symptom replace the whole list. The earlier version is kept (see &apos;carnet-cli history&apos;).</source>
        <translation>Modificar una entrada del diario; las opciones no indicadas conservan sus valores. --tag y --symptom reemplazan la lista completa. Se conserva la versión anterior (vea &apos;carnet-cli history&apos;).</translation>
    </message>
    <message>
        <source>give either --mood or --clear-mood, not both</source>
        <translation>indique --mood o --clear-mood, no ambos</translation>
    </message>
    <message>
        <source>give either --symptom or --clear-symptoms, not both</source>
        <translation>indique --symptom o --clear-symptoms, no ambos</translation>
    </message>
    <message>
        <source>Journal entry %1 already had these values; nothing changed.</source>
        <translation>La entrada del diario %1 ya tenía estos valores; no se cambió nada.</translation>
    </message>
    <message>
        <source>Updated journal entry %1 (version %2).</source>
        <translation>Entrada del diario %1 actualizada (versión %2).</translation>
    </message>
    <message>
        <source>Delete a journal entry. It disappears from lists and search but is kept, with its attachments, until purged; &apos;journal restore&apos; brings it back.</source>
        <translation>Eliminar una entrada del diario. Desaparece de las listas y de la búsqueda, pero se conserva con sus archivos adjuntos hasta que se purgue; &apos;journal restore&apos; la recupera.</translation>
    </message>
    <message>
        <source>Deleted journal entry %1. To bring it back: carnet-cli journal restore %2 %1</source>
        <translation>Entrada del diario %1 eliminada. Para recuperarla: carnet-cli journal restore %2 %1</translation>
    </message>
    <message>
        <source>Bring back a deleted journal entry.</source>
        <translation>Recuperar una entrada del diario eliminada.</translation>
    </message>
    <message>
        <source>Restored journal entry %1.</source>
        <translation>Entrada del diario %1 restaurada.</translation>
    </message>
    <message>
        <source>Journal entry %1 is not deleted; nothing to restore.</source>
        <translation>La entrada del diario %1 no está eliminada; no hay nada que restaurar.</translation>
    </message>
    <message>
        <source>Show at most N results (default %1).</source>
        <translation>Mostrar como máximo N resultados (predeterminado: %1).</translation>
    </message>
    <message>
        <source>Skip the N best results.</source>
        <translation>Omitir los N mejores resultados.</translation>
    </message>
    <message>
        <source>Search journal entries, best match first. All words must match; &quot;several words&quot; in quotes must appear together; word* matches words that start with it. Matches are shown in [brackets].</source>
        <translation>Buscar en las entradas del diario, primero la mejor coincidencia. Todas las palabras deben coincidir; &quot;varias palabras&quot; entre comillas deben aparecer juntas; palabra* coincide con las palabras que empiezan así. Las coincidencias se muestran [entre corchetes].</translation>
    </message>
    <message>
        <source>the search has no word to look for; type at least one letter or digit</source>
        <translation>la búsqueda no tiene ninguna palabra que buscar; escriba al menos una letra o un dígito</translation>
    </message>
    <message>
        <source>No journal entries match.</source>
        <translation>Ninguna entrada del diario coincide.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 matches; use --limit and --offset for more.</source>
        <translation>Se muestran %1 de %2 coincidencias; use --limit y --offset para ver más.</translation>
    </message>
    <message>
        <source>Write the file here (readable only by you).</source>
        <translation>Escribir el archivo aquí (legible solo por usted).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Reemplazar FILE si existe.</translation>
    </message>
    <message>
        <source>Write a journal attachment to a file, as stored (photos without their EXIF data).</source>
        <translation>Escribir un archivo adjunto del diario en un archivo, tal como está guardado (las fotos sin sus datos EXIF).</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FILE es obligatorio</translation>
    </message>
    <message>
        <source>%1 already exists; give --force to replace it</source>
        <translation>%1 ya existe; indique --force para reemplazarlo</translation>
    </message>
    <message>
        <source>Wrote %1 (%2) to %3.</source>
        <translation>Se escribió %1 (%2) en %3.</translation>
    </message>
    <message>
        <source>Add a journal entry</source>
        <translation>Añadir una entrada del diario</translation>
    </message>
    <message>
        <source>List journal entries, newest first</source>
        <translation>Listar las entradas del diario, primero las más recientes</translation>
    </message>
    <message>
        <source>Show a journal entry and its attachments</source>
        <translation>Mostrar una entrada del diario y sus archivos adjuntos</translation>
    </message>
    <message>
        <source>Change a journal entry</source>
        <translation>Modificar una entrada del diario</translation>
    </message>
    <message>
        <source>Delete a journal entry (it can be restored)</source>
        <translation>Eliminar una entrada del diario (se puede restaurar)</translation>
    </message>
    <message>
        <source>Restore a deleted journal entry</source>
        <translation>Restaurar una entrada del diario eliminada</translation>
    </message>
    <message>
        <source>Search the journal, best match first</source>
        <translation>Buscar en el diario, primero la mejor coincidencia</translation>
    </message>
    <message>
        <source>Write a journal attachment to a file</source>
        <translation>Escribir un archivo adjunto del diario en un archivo</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a number</source>
        <translation>--%1: &apos;%2&apos; no es un número</translation>
    </message>
    <message>
        <source>--%1 must be more than zero, not %2</source>
        <translation>--%1 debe ser mayor que cero, no %2</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 debe ser un número entero de %2 a %3, no &apos;%4&apos;</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a time of day; use HH:MM from 00:00 to 23:59</source>
        <translation>--%1: &apos;%2&apos; no es una hora del día; use HH:MM de 00:00 a 23:59</translation>
    </message>
    <message>
        <source>--times needs at least one time of day, e.g. 08:00,20:00</source>
        <translation>--times necesita al menos una hora del día, p. ej. 08:00,20:00</translation>
    </message>
    <message>
        <source>--days: &apos;%1&apos; is not a day of the week; use mon, tue, wed, thu, fri, sat, sun</source>
        <translation>--days: &apos;%1&apos; no es un día de la semana; use mon, tue, wed, thu, fri, sat, sun</translation>
    </message>
    <message>
        <source>--days needs at least one day, e.g. mon,wed,fri</source>
        <translation>--days necesita al menos un día, p. ej. mon,wed,fri</translation>
    </message>
    <message>
        <source>Add a medication. Without --times, --every-hours or --as-needed it is taken as needed.</source>
        <translation>Añadir un medicamento. Sin --times, --every-hours ni --as-needed, se toma según necesidad.</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name es obligatorio</translation>
    </message>
    <message>
        <source>Added medication %1: </source>
        <translation>Medicamento %1 añadido: </translation>
    </message>
    <message>
        <source>Change a medication; only the options given change. A schedule option replaces the schedule. The earlier values stay in its history.</source>
        <translation>Modificar un medicamento; solo cambian las opciones indicadas. Una opción de pauta reemplaza la pauta. Los valores anteriores se conservan en su historial.</translation>
    </message>
    <message>
        <source>Updated medication %1: </source>
        <translation>Medicamento %1 actualizado: </translation>
    </message>
    <message>
        <source>List current and past medications.</source>
        <translation>Listar los medicamentos actuales y anteriores.</translation>
    </message>
    <message>
        <source>List only stopped medications.</source>
        <translation>Listar solo los medicamentos suspendidos.</translation>
    </message>
    <message>
        <source>List current medications (or past ones, or all).</source>
        <translation>Listar los medicamentos actuales (o los anteriores, o todos).</translation>
    </message>
    <message>
        <source>give either --all or --past, not both</source>
        <translation>indique --all o --past, no ambos</translation>
    </message>
    <message>
        <source>No past medications.
</source>
        <translation>No hay medicamentos anteriores.
</translation>
    </message>
    <message>
        <source>No medications.
</source>
        <translation>No hay medicamentos.
</translation>
    </message>
    <message>
        <source>(stopped %1)</source>
        <translation>(suspendido el %1)</translation>
    </message>
    <message>
        <source>(next refill %1)</source>
        <translation>(próxima reposición el %1)</translation>
    </message>
    <message>
        <source>Show a medication and its most recent doses.</source>
        <translation>Mostrar un medicamento y sus dosis más recientes.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Concentración</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma farmacéutica</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía de administración</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Pauta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriptor</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Farmacia</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciado</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspendido</translation>
    </message>
    <message>
        <source>Refills left</source>
        <translation>Reposiciones restantes</translation>
    </message>
    <message>
        <source>Next refill</source>
        <translation>Próxima reposición</translation>
    </message>
    <message>
        <source>No doses recorded.
</source>
        <translation>No hay dosis registradas.
</translation>
    </message>
    <message>
        <source>Recent doses:
</source>
        <translation>Dosis recientes:
</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>The day it was stopped: no doses are due from that day on (default today).</source>
        <translation>El día en que se suspendió: desde ese día no hay dosis previstas (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>Why it was stopped.</source>
        <translation>Por qué se suspendió.</translation>
    </message>
    <message>
        <source>Stop a medication. It moves to the past list and keeps its dose log.</source>
        <translation>Suspender un medicamento. Pasa a la lista de anteriores y conserva su registro de dosis.</translation>
    </message>
    <message>
        <source>Stopped %1 (id %2) on %3.
</source>
        <translation>%1 (ID %2) suspendido el %3.
</translation>
    </message>
    <message>
        <source>--scheduled: &apos;%1&apos; is not a time of day; use HH:MM from 00:00 to 23:59</source>
        <translation>--scheduled: &apos;%1&apos; no es una hora del día; use HH:MM de 00:00 a 23:59</translation>
    </message>
    <message>
        <source>Recorded %1 as taken at %2</source>
        <translation>%1 registrado como tomado a las %2</translation>
    </message>
    <message>
        <source>Recorded %1 as taken late at %2</source>
        <translation>%1 registrado como tomado tarde a las %2</translation>
    </message>
    <message>
        <source>Recorded %1 as skipped</source>
        <translation>%1 registrado como omitido</translation>
    </message>
    <message>
        <source>(the dose due %1)</source>
        <translation>(la dosis prevista a las %1)</translation>
    </message>
    <message>
        <source>(not a scheduled dose)</source>
        <translation>(no es una dosis programada)</translation>
    </message>
    <message>
        <source>No dose with id %1.</source>
        <translation>No hay ninguna dosis con el ID %1.</translation>
    </message>
    <message>
        <source>When it was taken (default now).</source>
        <translation>Cuándo se tomó (predeterminado: ahora).</translation>
    </message>
    <message>
        <source>The scheduled dose it is, HH:MM on the day of --at (default: the pending dose nearest in time, if any).</source>
        <translation>La dosis programada de que se trata, HH:MM del día de --at (predeterminado: la dosis pendiente más cercana en el tiempo, si la hay).</translation>
    </message>
    <message>
        <source>Amount taken (default the medication&apos;s dose).</source>
        <translation>Cantidad tomada (predeterminado: la dosis del medicamento).</translation>
    </message>
    <message>
        <source>A note about this dose.</source>
        <translation>Una nota sobre esta dosis.</translation>
    </message>
    <message>
        <source>Record a dose as taken. Taken more than an hour after its time, it counts as late.</source>
        <translation>Registrar una dosis como tomada. Si se toma más de una hora después de su hora, cuenta como tardía.</translation>
    </message>
    <message>
        <source>The scheduled dose to skip, HH:MM (default the first pending dose of the day).</source>
        <translation>La dosis programada que omitir, HH:MM (predeterminado: la primera dosis pendiente del día).</translation>
    </message>
    <message>
        <source>The day of the dose (default today).</source>
        <translation>El día de la dosis (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>Why it was skipped.</source>
        <translation>Por qué se omitió.</translation>
    </message>
    <message>
        <source>Record a scheduled dose as skipped.</source>
        <translation>Registrar una dosis programada como omitida.</translation>
    </message>
    <message>
        <source>%1 is taken as needed; it has no scheduled dose to skip.</source>
        <translation>%1 se toma según necesidad; no tiene ninguna dosis programada que omitir.</translation>
    </message>
    <message>
        <source>%1 has no pending dose on %2.</source>
        <translation>%1 no tiene ninguna dosis pendiente el %2.</translation>
    </message>
    <message>
        <source>The day (default today).</source>
        <translation>El día (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>List the doses due on a day with their status: pending, taken, late or skipped.</source>
        <translation>Listar las dosis previstas en un día con su estado: pendiente, tomada, tarde u omitida.</translation>
    </message>
    <message>
        <source>No doses due on %1.
</source>
        <translation>No hay dosis previstas el %1.
</translation>
    </message>
    <message>
        <source>Doses due on %1:
</source>
        <translation>Dosis previstas el %1:
</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>atrasada</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>First day (default 29 days before --to).</source>
        <translation>Primer día (predeterminado: 29 días antes de --to).</translation>
    </message>
    <message>
        <source>Last day (default today).</source>
        <translation>Último día (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>Show the share of scheduled doses taken (late ones included) per medication, over the last %1 days unless --from/--to say otherwise. As-needed medications have no schedule to measure.</source>
        <translation>Mostrar la proporción de dosis programadas tomadas (incluidas las tardías) por medicamento, en los últimos %1 días salvo que --from/--to indiquen otra cosa. Los medicamentos según necesidad no tienen pauta que medir.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 es posterior a --to %2</translation>
    </message>
    <message>
        <source>Adherence from %1 to %2:
</source>
        <translation>Adherencia del %1 al %2:
</translation>
    </message>
    <message>
        <source>  No scheduled doses in that span.
</source>
        <translation>  No hay dosis programadas en ese periodo.
</translation>
    </message>
    <message>
        <source>taken as needed; no schedule to measure</source>
        <translation>se toma según necesidad; no hay pauta que medir</translation>
    </message>
    <message>
        <source>no doses were due yet</source>
        <translation>aún no había dosis previstas</translation>
    </message>
    <message>
        <source>%1% taken (%2 of %3 doses; %4 late, %5 skipped, %6 missed)</source>
        <translation>%1 % tomadas (%2 de %3 dosis; %4 tarde, %5 omitidas, %6 olvidadas)</translation>
    </message>
    <message>
        <source>, %1 still to come</source>
        <translation>, %1 pendientes</translation>
    </message>
    <message>
        <source>Delete a medication. It disappears from lists, schedules and adherence; its history is kept.</source>
        <translation>Eliminar un medicamento. Desaparece de las listas, las pautas y la adherencia; se conserva su historial.</translation>
    </message>
    <message>
        <source>Deleted %1 (id %2).
</source>
        <translation>%1 (ID %2) eliminado.
</translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <source>List current, past or all medications</source>
        <translation>Listar los medicamentos actuales, anteriores o todos</translation>
    </message>
    <message>
        <source>Show a medication and its recent doses</source>
        <translation>Mostrar un medicamento y sus dosis recientes</translation>
    </message>
    <message>
        <source>Change a medication</source>
        <translation>Modificar un medicamento</translation>
    </message>
    <message>
        <source>Stop a medication, keeping it as history</source>
        <translation>Suspender un medicamento, conservándolo en el historial</translation>
    </message>
    <message>
        <source>Record a dose as taken</source>
        <translation>Registrar una dosis como tomada</translation>
    </message>
    <message>
        <source>Record a scheduled dose as skipped</source>
        <translation>Registrar una dosis programada como omitida</translation>
    </message>
    <message>
        <source>List the doses due today or on a day</source>
        <translation>Listar las dosis previstas para hoy o para un día</translation>
    </message>
    <message>
        <source>Show the share of doses taken</source>
        <translation>Mostrar la proporción de dosis tomadas</translation>
    </message>
    <message>
        <source>Delete a medication</source>
        <translation>Eliminar un medicamento</translation>
    </message>
    <message>
        <source>--email: &apos;%1&apos; is not an e-mail address</source>
        <translation>--email: &apos;%1&apos; no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>--%1 must be a positive number of %2, not &apos;%3&apos;</source>
        <translation>--%1 debe ser un número positivo de %2, no &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--%1 needs a file; standard input is where the passphrase is read</source>
        <translation>--%1 necesita un archivo; la frase de contraseña se lee desde la entrada estándar</translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1: no se puede leer %2: %3</translation>
    </message>
    <message>
        <source>--%1: %2 is not UTF-8 text</source>
        <translation>--%1: %2 no es texto UTF-8</translation>
    </message>
    <message>
        <source>No profile yet; set one with &apos;carnet-cli profile set&apos;.</source>
        <translation>Aún no hay perfil; cree uno con &apos;carnet-cli profile set&apos;.</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nombre preferido</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (%2 años)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Identidad de género</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Grupo sanguíneo</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Estatura</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contactos de emergencia</translation>
    </message>
    <message>
        <source>Organ donor</source>
        <translation>Donante de órganos</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Show your profile: name, birth date, contacts, emergency contacts.</source>
        <translation>Mostrar su perfil: nombre, fecha de nacimiento, datos de contacto, contactos de emergencia.</translation>
    </message>
    <message>
        <source>Set fields of your profile: only the options given change; an empty value clears a field. The earlier version is kept.</source>
        <translation>Establecer campos de su perfil: solo cambian las opciones indicadas; un valor vacío borra el campo. Se conserva la versión anterior.</translation>
    </message>
    <message>
        <source>nothing to set; give at least one option</source>
        <translation>no hay nada que establecer; indique al menos una opción</translation>
    </message>
    <message>
        <source>Saved the profile (version %1).</source>
        <translation>Perfil guardado (versión %1).</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 es obligatorio</translation>
    </message>
    <message>
        <source>List deleted records (which can be restored).</source>
        <translation>Listar los registros eliminados (que se pueden restaurar).</translation>
    </message>
    <message>
        <source>Unpin their keys.</source>
        <translation>Quitar la fijación de sus claves.</translation>
    </message>
    <message>
        <source>give either --pin or --unpin, not both</source>
        <translation>indique --pin o --unpin, no ambos</translation>
    </message>
    <message>
        <source>Show your profile</source>
        <translation>Mostrar su perfil</translation>
    </message>
    <message>
        <source>Set fields of your profile</source>
        <translation>Establecer campos de su perfil</translation>
    </message>
    <message>
        <source>Add an allergy</source>
        <translation>Añadir una alergia</translation>
    </message>
    <message>
        <source>List allergies</source>
        <translation>Listar las alergias</translation>
    </message>
    <message>
        <source>Show an allergy</source>
        <translation>Mostrar una alergia</translation>
    </message>
    <message>
        <source>Change an allergy</source>
        <translation>Modificar una alergia</translation>
    </message>
    <message>
        <source>Delete an allergy</source>
        <translation>Eliminar una alergia</translation>
    </message>
    <message>
        <source>Restore a deleted allergy</source>
        <translation>Restaurar una alergia eliminada</translation>
    </message>
    <message>
        <source>Add a health condition</source>
        <translation>Añadir una afección</translation>
    </message>
    <message>
        <source>List conditions</source>
        <translation>Listar las afecciones</translation>
    </message>
    <message>
        <source>Show a condition</source>
        <translation>Mostrar una afección</translation>
    </message>
    <message>
        <source>Change a condition</source>
        <translation>Modificar una afección</translation>
    </message>
    <message>
        <source>Delete a condition</source>
        <translation>Eliminar una afección</translation>
    </message>
    <message>
        <source>Restore a deleted condition</source>
        <translation>Restaurar una afección eliminada</translation>
    </message>
    <message>
        <source>Add a provider or caregiver</source>
        <translation>Añadir un profesional o cuidador</translation>
    </message>
    <message>
        <source>List your care team</source>
        <translation>Listar su equipo de atención</translation>
    </message>
    <message>
        <source>Show a care-team member</source>
        <translation>Mostrar un miembro del equipo de atención</translation>
    </message>
    <message>
        <source>Change a care-team member</source>
        <translation>Modificar un miembro del equipo de atención</translation>
    </message>
    <message>
        <source>Delete a care-team member</source>
        <translation>Eliminar un miembro del equipo de atención</translation>
    </message>
    <message>
        <source>Restore a deleted care-team member</source>
        <translation>Restaurar un miembro eliminado del equipo de atención</translation>
    </message>
    <message>
        <source>First day (default: 30 days ago).</source>
        <translation>Primer día (predeterminado: hace 30 días).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Last day (default: today).</source>
        <translation>Último día (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>Only this kind: %1 (repeatable).</source>
        <translation>Solo este tipo: %1 (se puede repetir).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>At most N lines, the newest.</source>
        <translation>Como máximo N líneas, las más recientes.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Show journal entries, doses, medication starts and stops, appointments and coverage dates together, oldest first.</source>
        <translation>Mostrar juntas las entradas del diario, las dosis, los inicios y suspensiones de medicamentos, las citas y las fechas de cobertura, primero las más antiguas.</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) es anterior a --from (%2).</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation>Tipo desconocido &quot;%1&quot;; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>--limit must be a positive whole number, not &quot;%1&quot;.</source>
        <translation>--limit debe ser un número entero positivo, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Nothing between %1 and %2.</source>
        <translation>No hay nada entre %1 y %2.</translation>
    </message>
    <message>
        <source>Show every kind of record by date</source>
        <translation>Mostrar todos los tipos de registro por fecha</translation>
    </message>
    <message>
        <source>--entries needs at least one journal entry id</source>
        <translation>--entries necesita al menos un ID de entrada del diario</translation>
    </message>
    <message>
        <source>cannot read the minisign public key file %1</source>
        <translation>no se puede leer el archivo de clave pública de minisign %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a minisign public key (the line starting with RW) nor a file holding one</source>
        <translation>&apos;%1&apos; no es una clave pública de minisign (la línea que empieza por RW) ni un archivo que la contenga</translation>
    </message>
    <message>
        <source>Show this vault&apos;s public keys: the minisign key that signs its shares, the age recipient that others share with, and the fingerprint to compare.</source>
        <translation>Mostrar las claves públicas de esta bóveda: la clave minisign que firma sus paquetes compartidos, el destinatario age con el que otros comparten y la huella digital que comparar.</translation>
    </message>
    <message>
        <source>Fingerprint:          %1</source>
        <translation>Huella digital:             %1</translation>
    </message>
    <message>
        <source>Minisign public key:  %1</source>
        <translation>Clave pública minisign:     %1</translation>
    </message>
    <message>
        <source>Minisign key id:      %1</source>
        <translation>ID de clave minisign:       %1</translation>
    </message>
    <message>
        <source>Age recipient:        %1</source>
        <translation>Destinatario age:           %1</translation>
    </message>
    <message>
        <source>What leaves this vault:</source>
        <translation>Lo que sale de esta bóveda:</translation>
    </message>
    <message>
        <source>(no name in the profile)</source>
        <translation>(sin nombre en el perfil)</translation>
    </message>
    <message>
        <source>(born %1)</source>
        <translation>(nacido el %1)</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Paciente: %1</translation>
    </message>
    <message>
        <source>Journal entries: %1</source>
        <translation>Entradas del diario: %1</translation>
    </message>
    <message>
        <source>Medications: %1</source>
        <translation>Medicamentos: %1</translation>
    </message>
    <message>
        <source>Insurance plans: %1</source>
        <translation>Planes de seguro: %1</translation>
    </message>
    <message>
        <source>Appointments: %1</source>
        <translation>Citas: %1</translation>
    </message>
    <message>
        <source>Share these journal entries (ids, comma-separated).</source>
        <translation>Compartir estas entradas del diario (ID separados por comas).</translation>
    </message>
    <message>
        <source>Share every journal entry with this tag.</source>
        <translation>Compartir todas las entradas del diario con esta etiqueta.</translation>
    </message>
    <message>
        <source>Share journal entries on or after this date.</source>
        <translation>Compartir las entradas del diario de esta fecha o posteriores.</translation>
    </message>
    <message>
        <source>An age recipient (age1…) to encrypt to, repeatable; any other value is the end date of --from (entries on or before it).</source>
        <translation>Un destinatario age (age1…) para el que cifrar, se puede repetir; cualquier otro valor es la fecha final de --from (entradas de esa fecha o anteriores).</translation>
    </message>
    <message>
        <source>Share journal entries on or before this date.</source>
        <translation>Compartir las entradas del diario de esta fecha o anteriores.</translation>
    </message>
    <message>
        <source>Add the medication list (current and past).</source>
        <translation>Añadir la lista de medicamentos (actuales y anteriores).</translation>
    </message>
    <message>
        <source>Add the insurance plans.</source>
        <translation>Añadir los planes de seguro.</translation>
    </message>
    <message>
        <source>Add the appointments.</source>
        <translation>Añadir las citas.</translation>
    </message>
    <message>
        <source>Encrypt to this care-team member&apos;s age recipient; repeatable.</source>
        <translation>Cifrar para el destinatario age de este miembro del equipo de atención; se puede repetir.</translation>
    </message>
    <message>
        <source>Encrypt to a new one-time passphrase, printed once.</source>
        <translation>Cifrar con una nueva frase de contraseña de un solo uso, que se imprime una vez.</translation>
    </message>
    <message>
        <source>Remove the identifiers found in titles and bodies (names, dates, phone numbers, addresses, ...).</source>
        <translation>Quitar los identificadores encontrados en títulos y cuerpos (nombres, fechas, números de teléfono, direcciones, ...).</translation>
    </message>
    <message>
        <source>The .carnet-share file to write (must not exist).</source>
        <translation>El archivo .carnet-share que escribir (no debe existir).</translation>
    </message>
    <message>
        <source>Make an encrypted, signed share of chosen records for a provider or caregiver. Prints what leaves the vault, then writes the file and records it in the disclosure log.</source>
        <translation>Crear un paquete compartido cifrado y firmado con los registros elegidos para un profesional o cuidador. Imprime lo que sale de la bóveda, después escribe el archivo y lo anota en el registro de divulgaciones.</translation>
    </message>
    <message>
        <source>give one end date, with --to or --until</source>
        <translation>indique una sola fecha final, con --to o --until</translation>
    </message>
    <message>
        <source>choose entries either with --entries or with --tag/--from/--to, not both</source>
        <translation>elija las entradas con --entries o con --tag/--from/--to, no de ambas formas</translation>
    </message>
    <message>
        <source>choose what to share: --entries, --tag or --from/--to, and/or --meds, --insurance, --appointments</source>
        <translation>elija qué compartir: --entries, --tag o --from/--to, y/o --meds, --insurance, --appointments</translation>
    </message>
    <message>
        <source>--passphrase cannot be combined with --to or --to-member: age encrypts to one or the other</source>
        <translation>--passphrase no se puede combinar con --to ni con --to-member: age cifra para uno u otro</translation>
    </message>
    <message>
        <source>choose who can open it: --to age1…, --to-member ID or --passphrase</source>
        <translation>elija quién puede abrirlo: --to age1…, --to-member ID o --passphrase</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 ya existe; elija un nombre de archivo nuevo</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>la carpeta de %1 no existe</translation>
    </message>
    <message>
        <source>Identifiers removed (--redact):</source>
        <translation>Identificadores eliminados (--redact):</translation>
    </message>
    <message>
        <source>Identifiers found (they will leave as they are; --redact removes them):</source>
        <translation>Identificadores encontrados (saldrán tal como están; --redact los elimina):</translation>
    </message>
    <message>
        <source>entry %1, %2: %3 &quot;%4&quot;</source>
        <translation>entrada %1, %2: %3 &quot;%4&quot;</translation>
    </message>
    <message>
        <source>Warning: the keys of %1 are not pinned; confirm their fingerprint before sending.</source>
        <translation>Advertencia: las claves de %1 no están fijadas; confirme su huella digital antes de enviar.</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinatarios:</translation>
    </message>
    <message>
        <source>one-time passphrase</source>
        <translation>frase de contraseña de un solo uso</translation>
    </message>
    <message>
        <source>(fingerprint %1)</source>
        <translation>(huella digital %1)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes), export id %3, records shared: %4.</source>
        <translation>Se escribió %1 (%2 bytes), ID de exportación %3, registros compartidos: %4.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Signed by this vault&apos;s key, fingerprint %1.</source>
        <translation>Firmado con la clave de esta bóveda, huella digital %1.</translation>
    </message>
    <message>
        <source>One-time passphrase (shown only now; give it to the recipient another way than the file):</source>
        <translation>Frase de contraseña de un solo uso (solo se muestra ahora; désela al destinatario por una vía distinta de la del archivo):</translation>
    </message>
    <message>
        <source>give either --identity VAULT or --passphrase</source>
        <translation>indique --identity VAULT o --passphrase</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 no es un archivo</translation>
    </message>
    <message>
        <source>One-time passphrase: </source>
        <translation>Frase de contraseña de un solo uso: </translation>
    </message>
    <message>
        <source>the expected key</source>
        <translation>la clave esperada</translation>
    </message>
    <message>
        <source>a key that is not pinned</source>
        <translation>una clave no fijada</translation>
    </message>
    <message>
        <source>Verified: every file is unchanged and signed by %1.</source>
        <translation>Verificado: todos los archivos están intactos y firmados por %1.</translation>
    </message>
    <message>
        <source>Signer key:   %1 (key id %2)</source>
        <translation>Clave del firmante:   %1 (ID de clave %2)</translation>
    </message>
    <message>
        <source>Fingerprint:  %1</source>
        <translation>Huella digital:       %1</translation>
    </message>
    <message>
        <source>Pinned:       yes</source>
        <translation>Fijada:               sí</translation>
    </message>
    <message>
        <source>Pinned:       NO: the package vouches for its own key; compare the fingerprint above with the one the sender gave you</source>
        <translation>Fijada:               NO: el paquete avala su propia clave; compare la huella digital anterior con la que le dio el remitente</translation>
    </message>
    <message>
        <source>Export id:    %1, created %2, records: %3</source>
        <translation>ID de exportación:    %1, creado el %2, registros: %3</translation>
    </message>
    <message>
        <source>Warning: this export was already opened in this vault on %1; this copy may be a replay.</source>
        <translation>Advertencia: esta exportación ya se abrió en esta bóveda el %1; esta copia puede ser una repetición.</translation>
    </message>
    <message>
        <source>Journal entries (%1)</source>
        <translation>Entradas del diario (%1)</translation>
    </message>
    <message>
        <source>Medications (%1)</source>
        <translation>Medicamentos (%1)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>suspendido el %1</translation>
    </message>
    <message>
        <source>Insurance (%1)</source>
        <translation>Seguro (%1)</translation>
    </message>
    <message>
        <source>member id %1</source>
        <translation>n.º de afiliado %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>grupo %1</translation>
    </message>
    <message>
        <source>Appointments (%1)</source>
        <translation>Citas (%1)</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Also write the verified files into DIR, a new folder.</source>
        <translation>Escribir también los archivos verificados en DIR, una carpeta nueva.</translation>
    </message>
    <message>
        <source>Decrypt and verify a .carnet-share, then show who signed it and what it holds.</source>
        <translation>Descifrar y verificar un .carnet-share y mostrar quién lo firmó y qué contiene.</translation>
    </message>
    <message>
        <source>%1 already exists; --extract needs a new folder</source>
        <translation>%1 ya existe; --extract necesita una carpeta nueva</translation>
    </message>
    <message>
        <source>Wrote the %1 verified files to %2.</source>
        <translation>Se escribieron los %1 archivos verificados en %2.</translation>
    </message>
    <message>
        <source>Decrypt and verify a .carnet-share and print only the verdict (exit 0 when it verifies, 3 for a wrong key or passphrase, 4 when it is damaged, tampered with or badly signed).</source>
        <translation>Descifrar y verificar un .carnet-share e imprimir solo el veredicto (sale con 0 si se verifica, 3 si la clave o la frase de contraseña son incorrectas, 4 si está dañado, manipulado o mal firmado).</translation>
    </message>
    <message>
        <source>List every share made from this vault: what, to whom, when, and the file&apos;s SHA-256.</source>
        <translation>Listar todos los paquetes compartidos creados desde esta bóveda: qué, para quién, cuándo y el SHA-256 del archivo.</translation>
    </message>
    <message>
        <source>Nothing has been shared from this vault.</source>
        <translation>No se ha compartido nada desde esta bóveda.</translation>
    </message>
    <message>
        <source>records: %1</source>
        <translation>registros: %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <source>file %1, export id %2</source>
        <translation>archivo %1, ID de exportación %2</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Show this vault&apos;s public keys and fingerprint</source>
        <translation>Mostrar las claves públicas y la huella digital de esta bóveda</translation>
    </message>
    <message>
        <source>Make an encrypted, signed share of chosen records</source>
        <translation>Crear un paquete compartido cifrado y firmado con los registros elegidos</translation>
    </message>
    <message>
        <source>Decrypt, verify and show a share</source>
        <translation>Descifrar, verificar y mostrar un paquete compartido</translation>
    </message>
    <message>
        <source>Decrypt and verify a share; print only the verdict</source>
        <translation>Descifrar y verificar un paquete compartido; imprimir solo el veredicto</translation>
    </message>
    <message>
        <source>List what was shared, with whom and when</source>
        <translation>Listar qué se compartió, con quién y cuándo</translation>
    </message>
    <message>
        <source>Create a vault in FOLDER filled with a synthetic patient&apos;s year (journal, medications and doses, appointments, insurance, care team), to try Carnet without real data. Its passphrase is &quot;%1&quot;.</source>
        <translation>Crear una bóveda en FOLDER con un año de datos de un paciente ficticio (diario, medicamentos y dosis, citas, seguro, equipo de atención), para probar Carnet sin datos reales. Su frase de contraseña es &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Demo vault created in %1; its passphrase is &quot;%2&quot;.
</source>
        <translation>Bóveda de demostración creada en %1; su frase de contraseña es &quot;%2&quot;.
</translation>
    </message>
    <message>
        <source>Create a demo vault of a synthetic patient</source>
        <translation>Crear una bóveda de demostración de un paciente ficticio</translation>
    </message>
</context>
<context>
    <name>carnet::cli::AllergyKind</name>
    <message>
        <source>Add an allergy or intolerance; prints its id. --substance is required.</source>
        <translation>Añadir una alergia o intolerancia; imprime su ID. --substance es obligatorio.</translation>
    </message>
    <message>
        <source>List allergies: active first, the most severe first.</source>
        <translation>Listar las alergias: primero las activas y, entre ellas, las más graves.</translation>
    </message>
    <message>
        <source>Show an allergy.</source>
        <translation>Mostrar una alergia.</translation>
    </message>
    <message>
        <source>Change an allergy: only the options given change; an empty value clears a field. The earlier version is kept.</source>
        <translation>Modificar una alergia: solo cambian las opciones indicadas; un valor vacío borra el campo. Se conserva la versión anterior.</translation>
    </message>
    <message>
        <source>Delete an allergy. It stays restorable with &apos;allergy restore&apos;.</source>
        <translation>Eliminar una alergia. Se puede restaurar con &apos;allergy restore&apos;.</translation>
    </message>
    <message>
        <source>Restore a deleted allergy.</source>
        <translation>Restaurar una alergia eliminada.</translation>
    </message>
    <message>
        <source>Added allergy %1.</source>
        <translation>Alergia %1 añadida.</translation>
    </message>
    <message>
        <source>Updated allergy %1 (version %2).</source>
        <translation>Alergia %1 actualizada (versión %2).</translation>
    </message>
    <message>
        <source>Deleted allergy %1.</source>
        <translation>Alergia %1 eliminada.</translation>
    </message>
    <message>
        <source>Restored allergy %1.</source>
        <translation>Alergia %1 restaurada.</translation>
    </message>
    <message>
        <source>No deleted allergies.</source>
        <translation>No hay alergias eliminadas.</translation>
    </message>
    <message>
        <source>No allergies.</source>
        <translation>No hay alergias.</translation>
    </message>
    <message>
        <source>Allergy %1: %2</source>
        <translation>Alergia %1: %2</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Sustancia</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticidad</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
</context>
<context>
    <name>carnet::cli::AllergyKind::Options</name>
    <message>
        <source>What you are allergic to.</source>
        <translation>A qué es alérgico.</translation>
    </message>
    <message>
        <source>food, medication, environment or other.</source>
        <translation>food, medication, environment u other.</translation>
    </message>
    <message>
        <source>What happens, e.g. hives.</source>
        <translation>Qué ocurre, p. ej. urticaria.</translation>
    </message>
    <message>
        <source>mild, moderate or severe.</source>
        <translation>mild, moderate o severe.</translation>
    </message>
    <message>
        <source>Risk of a serious reaction: low, high or unable-to-assess.</source>
        <translation>Riesgo de una reacción grave: low, high o unable-to-assess.</translation>
    </message>
    <message>
        <source>When it started, YYYY-MM-DD.</source>
        <translation>Cuándo empezó, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>active (default), inactive or resolved.</source>
        <translation>active (predeterminado), inactive o resolved.</translation>
    </message>
</context>
<context>
    <name>carnet::cli::AppointmentOptions</name>
    <message>
        <source>What the appointment is for.</source>
        <translation>Para qué es la cita.</translation>
    </message>
    <message>
        <source>When it starts: YYYY-MM-DD HH:MM, in --time-zone unless it ends in Z or an offset (for --all-day: the first day).</source>
        <translation>Cuándo empieza: AAAA-MM-DD HH:MM, en --time-zone salvo que termine en Z o en un desfase (con --all-day: el primer día).</translation>
    </message>
    <message>
        <source>When it ends (for --all-day: the last day).</source>
        <translation>Cuándo termina (con --all-day: el último día).</translation>
    </message>
    <message>
        <source>How long it lasts, instead of --end.</source>
        <translation>Cuánto dura, en lugar de --end.</translation>
    </message>
    <message>
        <source>It takes whole days; times are ignored.</source>
        <translation>Ocupa días completos; las horas se ignoran.</translation>
    </message>
    <message>
        <source>IANA time zone of the times given, e.g. Europe/Berlin (default: this computer&apos;s; for edit: the appointment&apos;s).</source>
        <translation>Zona horaria IANA de las horas indicadas, p. ej. Europe/Madrid (predeterminada: la de este equipo; para edit: la de la cita).</translation>
    </message>
    <message>
        <source>Who it is with.</source>
        <translation>Con quién es.</translation>
    </message>
    <message>
        <source>Id of the care-team record of that provider.</source>
        <translation>ID del registro del equipo de atención de ese profesional.</translation>
    </message>
    <message>
        <source>Where it is.</source>
        <translation>Dónde es.</translation>
    </message>
    <message>
        <source>The address of the place.</source>
        <translation>La dirección del lugar.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notas.</translation>
    </message>
    <message>
        <source>Read the notes from a UTF-8 file.</source>
        <translation>Leer las notas desde un archivo UTF-8.</translation>
    </message>
    <message>
        <source>How it repeats, as an RFC 5545 rule, e.g. &quot;FREQ=WEEKLY;BYDAY=TU;COUNT=6&quot;.</source>
        <translation>Cómo se repite, como regla RFC 5545, p. ej. &quot;FREQ=WEEKLY;BYDAY=TU;COUNT=6&quot;.</translation>
    </message>
    <message>
        <source>A date (YYYY-MM-DD) or start (YYYY-MM-DD HH:MM) on which a repeating appointment does not take place; may be repeated.</source>
        <translation>Una fecha (AAAA-MM-DD) o un inicio (AAAA-MM-DD HH:MM) en que no tiene lugar una cita que se repite; se puede repetir.</translation>
    </message>
    <message>
        <source>Remind this many minutes before the start; may be repeated (e.g. 1440 and 60).</source>
        <translation>Recordar estos minutos antes del inicio; se puede repetir (p. ej. 1440 y 60).</translation>
    </message>
</context>
<context>
    <name>carnet::cli::CareTeamKind</name>
    <message>
        <source>Add a care-team member (provider or caregiver); prints its id. --name is required.</source>
        <translation>Añadir un miembro del equipo de atención (profesional o cuidador); imprime su ID. --name es obligatorio.</translation>
    </message>
    <message>
        <source>List your care team: providers, then caregivers, then others.</source>
        <translation>Listar su equipo de atención: primero los profesionales, luego los cuidadores y después los demás.</translation>
    </message>
    <message>
        <source>Show a care-team member with their keys.</source>
        <translation>Mostrar un miembro del equipo de atención con sus claves.</translation>
    </message>
    <message>
        <source>Change a care-team member: only the options given change; an empty value clears a field. A changed key drops the pin unless --pin is given again. The earlier version is kept.</source>
        <translation>Modificar un miembro del equipo de atención: solo cambian las opciones indicadas; un valor vacío borra el campo. Una clave cambiada quita la fijación, salvo que se vuelva a indicar --pin. Se conserva la versión anterior.</translation>
    </message>
    <message>
        <source>Delete a care-team member. It stays restorable with &apos;careteam restore&apos;.</source>
        <translation>Eliminar un miembro del equipo de atención. Se puede restaurar con &apos;careteam restore&apos;.</translation>
    </message>
    <message>
        <source>Restore a deleted care-team member.</source>
        <translation>Restaurar un miembro eliminado del equipo de atención.</translation>
    </message>
    <message>
        <source>Added care-team member %1.</source>
        <translation>Miembro del equipo de atención %1 añadido.</translation>
    </message>
    <message>
        <source>Updated care-team member %1 (version %2).</source>
        <translation>Miembro del equipo de atención %1 actualizado (versión %2).</translation>
    </message>
    <message>
        <source>Deleted care-team member %1.</source>
        <translation>Miembro del equipo de atención %1 eliminado.</translation>
    </message>
    <message>
        <source>Restored care-team member %1.</source>
        <translation>Miembro del equipo de atención %1 restaurado.</translation>
    </message>
    <message>
        <source>No deleted care-team members.</source>
        <translation>No hay miembros eliminados del equipo de atención.</translation>
    </message>
    <message>
        <source>No care-team members.</source>
        <translation>No hay miembros en el equipo de atención.</translation>
    </message>
    <message>
        <source>[keys pinned]</source>
        <translation>[claves fijadas]</translation>
    </message>
    <message>
        <source>[keys not pinned]</source>
        <translation>[claves sin fijar]</translation>
    </message>
    <message>
        <source>Care-team member %1: %2</source>
        <translation>Miembro del equipo de atención %1: %2</translation>
    </message>
    <message>
        <source>(key id %1)</source>
        <translation>(ID de clave %1)</translation>
    </message>
    <message>
        <source>yes, since %1</source>
        <translation>sí, desde el %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Age recipient</source>
        <translation>Destinatario age</translation>
    </message>
    <message>
        <source>Minisign key</source>
        <translation>Clave minisign</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fijadas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
</context>
<context>
    <name>carnet::cli::CareTeamKind::Options</name>
    <message>
        <source>Name, e.g. &quot;Dr. Amina Haddad&quot;.</source>
        <translation>Nombre, p. ej. &quot;Dra. Amina Haddad&quot;.</translation>
    </message>
    <message>
        <source>provider (default), caregiver or other.</source>
        <translation>provider (predeterminado), caregiver u other.</translation>
    </message>
    <message>
        <source>Specialty, e.g. cardiology.</source>
        <translation>Especialidad, p. ej. cardiología.</translation>
    </message>
    <message>
        <source>Practice, clinic or hospital.</source>
        <translation>Consulta, clínica u hospital.</translation>
    </message>
    <message>
        <source>A phone as &quot;label|number&quot; or a number; repeat for several. Replaces the list; an empty value clears it.</source>
        <translation>Un teléfono como &quot;etiqueta|número&quot; o un número; repítalo para añadir varios. Reemplaza la lista; un valor vacío la borra.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>Dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Postal address.</source>
        <translation>Dirección postal.</translation>
    </message>
    <message>
        <source>Their age public key (age1…), to share with them.</source>
        <translation>Su clave pública age (age1…), para compartir con esta persona.</translation>
    </message>
    <message>
        <source>Their minisign public key (the base64 line), to check what they sign.</source>
        <translation>Su clave pública de minisign (la línea base64), para comprobar lo que firma.</translation>
    </message>
    <message>
        <source>Read their minisign public key from a .pub FILE.</source>
        <translation>Leer su clave pública de minisign desde un archivo .pub FILE.</translation>
    </message>
    <message>
        <source>The fingerprint they told you, to compare (64 hex digits).</source>
        <translation>La huella digital que le indicó, para compararla (64 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>Pin their keys: you confirmed them in person.</source>
        <translation>Fijar sus claves: las ha confirmado en persona.</translation>
    </message>
    <message>
        <source>give either --minisign-key or --minisign-key-file, not both</source>
        <translation>indique --minisign-key o --minisign-key-file, no ambos</translation>
    </message>
</context>
<context>
    <name>carnet::cli::ConditionKind</name>
    <message>
        <source>Add a health condition; prints its id. --name is required.</source>
        <translation>Añadir una afección; imprime su ID. --name es obligatorio.</translation>
    </message>
    <message>
        <source>List conditions: active first, then in remission, then resolved.</source>
        <translation>Listar las afecciones: primero las activas, luego las que están en remisión y después las resueltas.</translation>
    </message>
    <message>
        <source>Show a condition.</source>
        <translation>Mostrar una afección.</translation>
    </message>
    <message>
        <source>Change a condition: only the options given change; an empty value clears a field. The earlier version is kept.</source>
        <translation>Modificar una afección: solo cambian las opciones indicadas; un valor vacío borra el campo. Se conserva la versión anterior.</translation>
    </message>
    <message>
        <source>Delete a condition. It stays restorable with &apos;condition restore&apos;.</source>
        <translation>Eliminar una afección. Se puede restaurar con &apos;condition restore&apos;.</translation>
    </message>
    <message>
        <source>Restore a deleted condition.</source>
        <translation>Restaurar una afección eliminada.</translation>
    </message>
    <message>
        <source>Added condition %1.</source>
        <translation>Afección %1 añadida.</translation>
    </message>
    <message>
        <source>Updated condition %1 (version %2).</source>
        <translation>Afección %1 actualizada (versión %2).</translation>
    </message>
    <message>
        <source>Deleted condition %1.</source>
        <translation>Afección %1 eliminada.</translation>
    </message>
    <message>
        <source>Restored condition %1.</source>
        <translation>Afección %1 restaurada.</translation>
    </message>
    <message>
        <source>No deleted conditions.</source>
        <translation>No hay afecciones eliminadas.</translation>
    </message>
    <message>
        <source>No conditions.</source>
        <translation>No hay afecciones.</translation>
    </message>
    <message>
        <source>(since %1)</source>
        <translation>(desde el %1)</translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation>Afección %1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
</context>
<context>
    <name>carnet::cli::ConditionKind::Options</name>
    <message>
        <source>The condition, e.g. asthma.</source>
        <translation>La afección, p. ej. asma.</translation>
    </message>
    <message>
        <source>When it started, YYYY-MM-DD.</source>
        <translation>Cuándo empezó, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>When it resolved or went into remission, YYYY-MM-DD.</source>
        <translation>Cuándo se resolvió o entró en remisión, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>active (default), remission or resolved.</source>
        <translation>active (predeterminado), remission o resolved.</translation>
    </message>
</context>
<context>
    <name>carnet::cli::EditOptions</name>
    <message>
        <source>Mark the appointment as cancelled.</source>
        <translation>Marcar la cita como cancelada.</translation>
    </message>
    <message>
        <source>Mark a cancelled appointment as booked again.</source>
        <translation>Marcar una cita cancelada como reservada de nuevo.</translation>
    </message>
    <message>
        <source>Make an all-day appointment one with times.</source>
        <translation>Convertir una cita de todo el día en una con horas.</translation>
    </message>
    <message>
        <source>Make it a one-off appointment.</source>
        <translation>Convertirla en una cita única.</translation>
    </message>
    <message>
        <source>Remove all reminders.</source>
        <translation>Quitar todos los recordatorios.</translation>
    </message>
    <message>
        <source>Forget the dates given by --except.</source>
        <translation>Olvidar las fechas indicadas con --except.</translation>
    </message>
    <message>
        <source>Unlink the care-team record.</source>
        <translation>Desvincular el registro del equipo de atención.</translation>
    </message>
</context>
<context>
    <name>carnet::cli::EntryOptions</name>
    <message>
        <source>Title of the entry.</source>
        <translation>Título de la entrada.</translation>
    </message>
    <message>
        <source>Body text (Markdown).</source>
        <translation>Texto del cuerpo (Markdown).</translation>
    </message>
    <message>
        <source>Read the body (Markdown, UTF-8) from FILE.</source>
        <translation>Leer el cuerpo (Markdown, UTF-8) desde FILE.</translation>
    </message>
    <message>
        <source>When the entry is about: YYYY-MM-DD[ HH:MM], today, yesterday or now (default now).</source>
        <translation>A qué momento se refiere la entrada: AAAA-MM-DD[ HH:MM], today, yesterday o now (predeterminado: now).</translation>
    </message>
    <message>
        <source>A tag; repeat for several.</source>
        <translation>Una etiqueta; repítalo para añadir varias.</translation>
    </message>
    <message>
        <source>Mood from 1 (very low) to 5 (very good).</source>
        <translation>Estado de ánimo de 1 (muy bajo) a 5 (muy bueno).</translation>
    </message>
    <message>
        <source>A symptom; repeat for several.</source>
        <translation>Un síntoma; repítalo para añadir varios.</translation>
    </message>
    <message>
        <source>Attach a JPEG, PNG or PDF file; repeat for several.</source>
        <translation>Adjuntar un archivo JPEG, PNG o PDF; repítalo para adjuntar varios.</translation>
    </message>
    <message>
        <source>--body-file needs a file; standard input is where the passphrase is read</source>
        <translation>--body-file necesita un archivo; la frase de contraseña se lee desde la entrada estándar</translation>
    </message>
</context>
<context>
    <name>carnet::cli::MedicationOptions</name>
    <message>
        <source>Name of the medication.</source>
        <translation>Nombre del medicamento.</translation>
    </message>
    <message>
        <source>Strength as on the label, e.g. &quot;500 mg&quot;.</source>
        <translation>Concentración tal como figura en la etiqueta, p. ej. &quot;500 mg&quot;.</translation>
    </message>
    <message>
        <source>Form: %1.</source>
        <translation>Forma farmacéutica: %1.</translation>
    </message>
    <message>
        <source>Route: %1.</source>
        <translation>Vía de administración: %1.</translation>
    </message>
    <message>
        <source>Amount per dose, e.g. 1 or 2.5.</source>
        <translation>Cantidad por dosis, p. ej. 1 o 2.5.</translation>
    </message>
    <message>
        <source>Unit of the dose, e.g. tablet, ml, puff.</source>
        <translation>Unidad de la dosis, p. ej. comprimido, ml, inhalación.</translation>
    </message>
    <message>
        <source>Take at these times each day (or on --days), e.g. 08:00,20:00.</source>
        <translation>Tomar a estas horas cada día (o en --days), p. ej. 08:00,20:00.</translation>
    </message>
    <message>
        <source>Take every N hours.</source>
        <translation>Tomar cada N horas.</translation>
    </message>
    <message>
        <source>With --every-hours: time of the first dose (default 08:00).</source>
        <translation>Con --every-hours: hora de la primera dosis (predeterminada: 08:00).</translation>
    </message>
    <message>
        <source>With --times: only on these days, e.g. mon,wed,fri.</source>
        <translation>Con --times: solo estos días, p. ej. mon,wed,fri.</translation>
    </message>
    <message>
        <source>Take as needed: no doses are due.</source>
        <translation>Tomar según necesidad: no hay dosis previstas.</translation>
    </message>
    <message>
        <source>Who prescribed it.</source>
        <translation>Quién lo recetó.</translation>
    </message>
    <message>
        <source>Pharmacy that fills it.</source>
        <translation>Farmacia que lo dispensa.</translation>
    </message>
    <message>
        <source>What it is taken for.</source>
        <translation>Para qué se toma.</translation>
    </message>
    <message>
        <source>First day taken (YYYY-MM-DD).</source>
        <translation>Primer día de toma (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Refills left.</source>
        <translation>Reposiciones restantes.</translation>
    </message>
    <message>
        <source>Date of the next refill (YYYY-MM-DD).</source>
        <translation>Fecha de la próxima reposición (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notas.</translation>
    </message>
    <message>
        <source>Read the notes from a UTF-8 file.</source>
        <translation>Leer las notas desde un archivo UTF-8.</translation>
    </message>
    <message>
        <source>--name cannot be empty</source>
        <translation>--name no puede estar vacío</translation>
    </message>
    <message>
        <source>--notes-file cannot be &apos;-&apos;: standard input carries the passphrase</source>
        <translation>--notes-file no puede ser &apos;-&apos;: la entrada estándar lleva la frase de contraseña</translation>
    </message>
    <message>
        <source>--as-needed cannot be combined with --times, --every-hours, --days or --first</source>
        <translation>--as-needed no se puede combinar con --times, --every-hours, --days ni --first</translation>
    </message>
    <message>
        <source>give either --times or --every-hours, not both</source>
        <translation>indique --times o --every-hours, no ambos</translation>
    </message>
    <message>
        <source>--days needs --times, e.g. --days mon,wed,fri --times 09:00</source>
        <translation>--days necesita --times, p. ej. --days mon,wed,fri --times 09:00</translation>
    </message>
    <message>
        <source>--first goes with --every-hours</source>
        <translation>--first va con --every-hours</translation>
    </message>
</context>
<context>
    <name>carnet::cli::NotesOptions</name>
    <message>
        <source>Notes.</source>
        <translation>Notas.</translation>
    </message>
    <message>
        <source>Read the notes (UTF-8) from FILE.</source>
        <translation>Leer las notas (UTF-8) desde FILE.</translation>
    </message>
    <message>
        <source>give either --notes or --notes-file, not both</source>
        <translation>indique --notes o --notes-file, no ambos</translation>
    </message>
</context>
<context>
    <name>carnet::cli::OpenOptions</name>
    <message>
        <source>Open with this vault&apos;s age key (its passphrase is read like other secrets); the vault also remembers export ids and knows its pinned care team.</source>
        <translation>Abrir con la clave age de esta bóveda (su frase de contraseña se lee como los demás secretos); la bóveda además recuerda los ID de exportación y conoce su equipo de atención con claves fijadas.</translation>
    </message>
    <message>
        <source>Open with the one-time passphrase, read from standard input.</source>
        <translation>Abrir con la frase de contraseña de un solo uso, leída desde la entrada estándar.</translation>
    </message>
    <message>
        <source>The minisign public key the share must be signed with (base64 line or .pub file); without it the package&apos;s own key is used and reported as not pinned.</source>
        <translation>La clave pública de minisign con la que debe estar firmado el paquete compartido (línea base64 o archivo .pub); sin ella se usa la propia clave del paquete y se indica como no fijada.</translation>
    </message>
</context>
<context>
    <name>carnet::cli::PlanOptions</name>
    <message>
        <source>Insurer, e.g. &quot;Acme Health&quot;.</source>
        <translation>Aseguradora, p. ej. &quot;Acme Health&quot;.</translation>
    </message>
    <message>
        <source>Plan name, e.g. &quot;Gold PPO 500&quot;.</source>
        <translation>Nombre del plan, p. ej. &quot;Gold PPO 500&quot;.</translation>
    </message>
    <message>
        <source>medical (default), dental, vision, drug or other.</source>
        <translation>medical (predeterminado), dental, vision, drug u other.</translation>
    </message>
    <message>
        <source>Member id on the card.</source>
        <translation>Número de afiliado que figura en la tarjeta.</translation>
    </message>
    <message>
        <source>Group number on the card.</source>
        <translation>Número de grupo que figura en la tarjeta.</translation>
    </message>
    <message>
        <source>Policy holder, when it is not you.</source>
        <translation>Titular de la póliza, si no es usted.</translation>
    </message>
    <message>
        <source>Your relationship to the subscriber: self (default), spouse, child or other.</source>
        <translation>Su parentesco con el titular: self (predeterminado), spouse, child u other.</translation>
    </message>
    <message>
        <source>First day covered, YYYY-MM-DD (empty clears).</source>
        <translation>Primer día con cobertura, AAAA-MM-DD (vacío lo borra).</translation>
    </message>
    <message>
        <source>Last day covered, YYYY-MM-DD (empty clears).</source>
        <translation>Último día con cobertura, AAAA-MM-DD (vacío lo borra).</translation>
    </message>
    <message>
        <source>Member services phone.</source>
        <translation>Teléfono de atención al afiliado.</translation>
    </message>
    <message>
        <source>Another phone as &quot;label|number&quot;; repeat for several. Replaces the list; an empty value clears it.</source>
        <translation>Otro teléfono como &quot;etiqueta|número&quot;; repítalo para añadir varios. Reemplaza la lista; un valor vacío la borra.</translation>
    </message>
    <message>
        <source>Photo or scan of the card&apos;s front (JPEG or PNG).</source>
        <translation>Foto o escaneo del anverso de la tarjeta (JPEG o PNG).</translation>
    </message>
    <message>
        <source>Photo or scan of the card&apos;s back (JPEG or PNG).</source>
        <translation>Foto o escaneo del reverso de la tarjeta (JPEG o PNG).</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notas.</translation>
    </message>
    <message>
        <source>Read the notes (UTF-8) from FILE.</source>
        <translation>Leer las notas (UTF-8) desde FILE.</translation>
    </message>
    <message>
        <source>--notes-file needs a file; standard input is where the passphrase is read</source>
        <translation>--notes-file necesita un archivo; la frase de contraseña se lee desde la entrada estándar</translation>
    </message>
    <message>
        <source>--phone: &apos;%1&apos; is not a phone number</source>
        <translation>--phone: &apos;%1&apos; no es un número de teléfono</translation>
    </message>
</context>
<context>
    <name>carnet::cli::ProfileOptions</name>
    <message>
        <source>Full name.</source>
        <translation>Nombre completo.</translation>
    </message>
    <message>
        <source>The name you go by.</source>
        <translation>El nombre por el que le llaman.</translation>
    </message>
    <message>
        <source>Birth date, YYYY-MM-DD.</source>
        <translation>Fecha de nacimiento, AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>female, male, other or unknown.</source>
        <translation>female, male, other o unknown.</translation>
    </message>
    <message>
        <source>Gender identity, in your words.</source>
        <translation>Identidad de género, con sus propias palabras.</translation>
    </message>
    <message>
        <source>A+, A-, B+, B-, AB+, AB-, O+ or O-.</source>
        <translation>A+, A-, B+, B-, AB+, AB-, O+ u O-.</translation>
    </message>
    <message>
        <source>Height in centimetres.</source>
        <translation>Estatura en centímetros.</translation>
    </message>
    <message>
        <source>Weight in kilograms.</source>
        <translation>Peso en kilogramos.</translation>
    </message>
    <message>
        <source>Postal address.</source>
        <translation>Dirección postal.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Número de teléfono.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>Dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Preferred language, e.g. en, fr, pt-BR.</source>
        <translation>Idioma preferido, p. ej. en, fr, pt-BR.</translation>
    </message>
    <message>
        <source>An emergency contact as &quot;Name|relation|phone&quot;; repeat for several. Replaces the list; an empty value clears it.</source>
        <translation>Un contacto de emergencia como &quot;Nombre|relación|teléfono&quot;; repítalo para añadir varios. Reemplaza la lista; un valor vacío la borra.</translation>
    </message>
    <message>
        <source>yes, no or unknown.</source>
        <translation>yes, no o unknown.</translation>
    </message>
    <message>
        <source>unknown --blood-type &apos;%1&apos; (use %2)</source>
        <translation>--blood-type &apos;%1&apos; desconocido (use %2)</translation>
    </message>
    <message>
        <source>centimetres</source>
        <translation>centímetros</translation>
    </message>
    <message>
        <source>kilograms</source>
        <translation>kilogramos</translation>
    </message>
    <message>
        <source>--emergency-contact &apos;%1&apos; is not &quot;Name|relation|phone&quot; with a name</source>
        <translation>--emergency-contact &apos;%1&apos; no tiene la forma &quot;Nombre|relación|teléfono&quot; con un nombre</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Personal health record in an encrypted vault.</source>
        <translation>Historial de salud personal en una bóveda cifrada.</translation>
    </message>
    <message>
        <source>Open the vault in FOLDER.</source>
        <translation>Abrir la bóveda en FOLDER.</translation>
    </message>
    <message>
        <source>Carnet cannot start</source>
        <translation>Carnet no puede iniciarse</translation>
    </message>
    <message>
        <source>The cryptographic self-test failed (%1).</source>
        <translation>La autocomprobación criptográfica falló (%1).</translation>
    </message>
    <message>
        <source>Open a demo vault of a synthetic patient, made in a temporary folder and deleted on exit.</source>
        <translation>Abrir una bóveda de demostración de un paciente ficticio, creada en una carpeta temporal y eliminada al salir.</translation>
    </message>
    <message>
        <source>With --demo: save a PNG of each view into FOLDER, then quit.</source>
        <translation>Con --demo: guardar un PNG de cada vista en FOLDER y salir.</translation>
    </message>
    <message>
        <source>The demo vault could not be made: %1</source>
        <translation>No se pudo crear la bóveda de demostración: %1</translation>
    </message>
    <message>
        <source>This is the demo vault; its passphrase is &quot;%1&quot;.</source>
        <translation>Esta es la bóveda de demostración; su frase de contraseña es &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A shared record (.carnet-share) to open once the vault is unlocked.</source>
        <translation>Un historial compartido (.carnet-share) que se abrirá una vez desbloqueada la bóveda.</translation>
    </message>
</context>
</TS>
