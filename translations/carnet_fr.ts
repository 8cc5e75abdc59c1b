<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AgeDecryptor</name>
    <message>
        <source>the input is not open for reading</source>
        <translation>l&apos;entrée n&apos;est pas ouverte en lecture</translation>
    </message>
    <message>
        <source>the output is not open for writing</source>
        <translation>la sortie n&apos;est pas ouverte en écriture</translation>
    </message>
</context>
<context>
    <name>AgeError</name>
    <message>
        <source>This is not an age-encrypted file</source>
        <translation>Ce fichier n&apos;est pas chiffré avec age</translation>
    </message>
    <message>
        <source>This age file uses a format version Carnet does not support</source>
        <translation>Ce fichier age utilise une version de format que Carnet ne prend pas en charge</translation>
    </message>
    <message>
        <source>The armored age file is damaged or has extra text around it</source>
        <translation>Le fichier age en armure ASCII est endommagé ou entouré de texte supplémentaire</translation>
    </message>
    <message>
        <source>The age file header is damaged</source>
        <translation>L&apos;en-tête du fichier age est endommagé</translation>
    </message>
    <message>
        <source>None of your keys can open this file</source>
        <translation>Aucune de vos clés ne peut ouvrir ce fichier</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase</source>
        <translation>Ce fichier est protégé par une phrase de passe</translation>
    </message>
    <message>
        <source>Wrong passphrase</source>
        <translation>Phrase de passe incorrecte</translation>
    </message>
    <message>
        <source>The passphrase protection of this file is set too high to open safely</source>
        <translation>La protection par phrase de passe de ce fichier est réglée trop haut pour l&apos;ouvrir en toute sécurité</translation>
    </message>
    <message>
        <source>The age file mixes a passphrase with other recipients, which is not allowed</source>
        <translation>Le fichier age mélange une phrase de passe avec d&apos;autres destinataires, ce qui n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>The age file header was altered</source>
        <translation>L&apos;en-tête du fichier age a été modifié</translation>
    </message>
    <message>
        <source>The age file is incomplete: it ends before its last part</source>
        <translation>Le fichier age est incomplet&#xa0;: il se termine avant sa dernière partie</translation>
    </message>
    <message>
        <source>The age file has extra data after its end</source>
        <translation>Le fichier age contient des données supplémentaires après sa fin</translation>
    </message>
    <message>
        <source>The age file content was altered or damaged</source>
        <translation>Le contenu du fichier age a été modifié ou endommagé</translation>
    </message>
    <message>
        <source>The encrypted data could not be read</source>
        <translation>Les données chiffrées n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <source>The output could not be written</source>
        <translation>La sortie n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>Unknown age error</source>
        <translation>Erreur age inconnue</translation>
    </message>
</context>
<context>
    <name>AgeHeader</name>
    <message>
        <source>the header ends in the middle of a line</source>
        <translation>l&apos;en-tête se termine au milieu d&apos;une ligne</translation>
    </message>
    <message>
        <source>the header is too large</source>
        <translation>l&apos;en-tête est trop volumineux</translation>
    </message>
    <message>
        <source>a header line is too long</source>
        <translation>une ligne de l&apos;en-tête est trop longue</translation>
    </message>
    <message>
        <source>the version line has a control character</source>
        <translation>la ligne de version contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>the header has no recipient stanza</source>
        <translation>l&apos;en-tête n&apos;a aucune stanza de destinataire</translation>
    </message>
    <message>
        <source>the MAC line is malformed</source>
        <translation>la ligne MAC est mal formée</translation>
    </message>
    <message>
        <source>the MAC is not canonical base64 of 32 bytes</source>
        <translation>le MAC n&apos;est pas un base64 canonique de 32 octets</translation>
    </message>
    <message>
        <source>a line is neither a stanza nor the MAC line</source>
        <translation>une ligne n&apos;est ni une stanza ni la ligne MAC</translation>
    </message>
    <message>
        <source>the header has too many stanzas</source>
        <translation>l&apos;en-tête contient trop de stanzas</translation>
    </message>
    <message>
        <source>a stanza argument is empty or has a character outside VCHAR</source>
        <translation>un argument de stanza est vide ou contient un caractère hors de VCHAR</translation>
    </message>
    <message>
        <source>a stanza body line is longer than 64 columns</source>
        <translation>une ligne du corps d&apos;une stanza dépasse 64 colonnes</translation>
    </message>
    <message>
        <source>a stanza body line has a character outside unpadded base64</source>
        <translation>une ligne du corps d&apos;une stanza contient un caractère hors du base64 sans remplissage</translation>
    </message>
    <message>
        <source>a stanza body is not canonical base64</source>
        <translation>le corps d&apos;une stanza n&apos;est pas un base64 canonique</translation>
    </message>
</context>
<context>
    <name>AgeIdentity</name>
    <message>
        <source>an X25519 stanza must have exactly two arguments</source>
        <translation>une stanza X25519 doit avoir exactement deux arguments</translation>
    </message>
    <message>
        <source>an X25519 share must be canonical base64 of 32 bytes</source>
        <translation>une part X25519 doit être un base64 canonique de 32 octets</translation>
    </message>
    <message>
        <source>an X25519 stanza body must be 32 bytes</source>
        <translation>le corps d&apos;une stanza X25519 doit faire 32 octets</translation>
    </message>
    <message>
        <source>the X25519 share is a low-order point</source>
        <translation>la part X25519 est un point d&apos;ordre faible</translation>
    </message>
</context>
<context>
    <name>AgePayload</name>
    <message>
        <source>the payload nonce is missing</source>
        <translation>le nonce de la charge utile est manquant</translation>
    </message>
    <message>
        <source>the payload ends without a final chunk</source>
        <translation>la charge utile se termine sans bloc final</translation>
    </message>
    <message>
        <source>the last chunk is shorter than its authentication tag</source>
        <translation>le dernier bloc est plus court que son étiquette d&apos;authentification</translation>
    </message>
    <message>
        <source>a payload chunk fails authentication</source>
        <translation>un bloc de la charge utile échoue à l&apos;authentification</translation>
    </message>
    <message>
        <source>there is data after the final chunk</source>
        <translation>des données suivent le bloc final</translation>
    </message>
    <message>
        <source>the final chunk is empty although the payload is not</source>
        <translation>le bloc final est vide alors que la charge utile ne l&apos;est pas</translation>
    </message>
</context>
<context>
    <name>AgeScryptRecipient</name>
    <message>
        <source>not enough memory for scrypt with log2(N) = %1</source>
        <translation>mémoire insuffisante pour scrypt avec log2(N) = %1</translation>
    </message>
    <message>
        <source>the scrypt work factor is not a decimal number without leading zeros</source>
        <translation>le facteur de travail scrypt n&apos;est pas un nombre décimal sans zéros en tête</translation>
    </message>
    <message>
        <source>an scrypt stanza must have exactly three arguments</source>
        <translation>une stanza scrypt doit avoir exactement trois arguments</translation>
    </message>
    <message>
        <source>an scrypt salt must be canonical base64 of 16 bytes</source>
        <translation>un sel scrypt doit être un base64 canonique de 16 octets</translation>
    </message>
    <message>
        <source>log2(N) = %1, the limit is %2</source>
        <translation>log2(N) = %1, la limite est %2</translation>
    </message>
    <message>
        <source>an scrypt stanza body must be 32 bytes</source>
        <translation>le corps d&apos;une stanza scrypt doit faire 32 octets</translation>
    </message>
</context>
<context>
    <name>Allergy</name>
    <message>
        <source>Food</source>
        <translation>Alimentation</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Légère</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modérée</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Sévère</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Risque faible</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Risque élevé</translation>
    </message>
    <message>
        <source>Unable to assess</source>
        <translation>Impossible à évaluer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Substance: say what the allergy is to</source>
        <translation>Substance&#xa0;: indiquez à quoi vous êtes allergique</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>Date d&apos;apparition</translation>
    </message>
</context>
<context>
    <name>AllergyRepository</name>
    <message>
        <source>No allergy with id %1.</source>
        <translation>Aucune allergie avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The allergy with id %1 was deleted.</source>
        <translation>L&apos;allergie avec l&apos;identifiant %1 a été supprimée.</translation>
    </message>
</context>
<context>
    <name>AppointmentRepository</name>
    <message>
        <source>An appointment needs a title.</source>
        <translation>Un rendez-vous doit avoir un titre.</translation>
    </message>
    <message>
        <source>The care-team id %1 is not a record id.</source>
        <translation>L&apos;identifiant d&apos;équipe soignante %1 n&apos;est pas un identifiant d&apos;élément.</translation>
    </message>
    <message>
        <source>An appointment needs a valid start date and time.</source>
        <translation>Un rendez-vous doit avoir une date et une heure de début valides.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone; use an IANA name such as Europe/Berlin.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu&#xa0;; utilisez un nom IANA tel que Europe/Paris.</translation>
    </message>
    <message>
        <source>The appointment ends (%1) before it starts (%2).</source>
        <translation>Le rendez-vous se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>A reminder must be between 0 and %1 minutes before the appointment, not %2.</source>
        <translation>Un rappel doit se situer entre 0 et %1 minutes avant le rendez-vous, pas %2.</translation>
    </message>
    <message>
        <source>An exception date of the appointment is not a valid date and time.</source>
        <translation>Une date d&apos;exception du rendez-vous n&apos;est pas une date et une heure valides.</translation>
    </message>
    <message>
        <source>No appointment with id %1.</source>
        <translation>Aucun rendez-vous avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Entry %1 is missing: the log was cut.</source>
        <translation>L&apos;entrée %1 est manquante&#xa0;: le journal a été tronqué.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it.</source>
        <translation>L&apos;entrée %1 ne fait pas suite à l&apos;entrée précédente.</translation>
    </message>
    <message>
        <source>Entry %1 was altered after it was written.</source>
        <translation>L&apos;entrée %1 a été modifiée après son écriture.</translation>
    </message>
    <message>
        <source>Entries after %1 were removed.</source>
        <translation>Des entrées postérieures à %1 ont été supprimées.</translation>
    </message>
    <message>
        <source>The log&apos;s head record is missing.</source>
        <translation>L&apos;enregistrement de tête du journal est manquant.</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Coffre-fort créé</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <source>Failed unlock attempt</source>
        <translation>Échec de déverrouillage</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Phrase de passe modifiée</translation>
    </message>
    <message>
        <source>Opened with the recovery code</source>
        <translation>Ouvert avec le code de récupération</translation>
    </message>
    <message>
        <source>Data key rotated</source>
        <translation>Clé de données renouvelée</translation>
    </message>
    <message>
        <source>Share saved for a provider or caregiver</source>
        <translation>Partage enregistré pour un professionnel de santé ou un aidant</translation>
    </message>
    <message>
        <source>Received share kept in Shared with me</source>
        <translation>Partage reçu conservé dans «&#xa0;Partagés avec moi&#xa0;»</translation>
    </message>
    <message>
        <source>Received share removed</source>
        <translation>Partage reçu retiré</translation>
    </message>
</context>
<context>
    <name>AutoLock</name>
    <message numerus="yes">
        <source>Locked after %n second(s) without activity.</source>
        <translation>
            <numerusform>Verrouillé après %n seconde d&apos;inactivité.</numerusform>
            <numerusform>Verrouillé après %n secondes d&apos;inactivité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked because the screen was locked.</source>
        <translation>Verrouillé parce que l&apos;écran a été verrouillé.</translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation>Verrouillé parce que l&apos;ordinateur s&apos;est mis en veille.</translation>
    </message>
    <message>
        <source>Locked on request.</source>
        <translation>Verrouillé à votre demande.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Verrouillé après %n minute d&apos;inactivité.</numerusform>
            <numerusform>Verrouillé après %n minutes d&apos;inactivité.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareTeamMember</name>
    <message>
        <source>Provider</source>
        <translation>Professionnel de santé</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Aidant</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Name: say who this is</source>
        <translation>Nom&#xa0;: indiquez de qui il s&apos;agit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Pin: there is no key to pin; add an age recipient or a minisign key first</source>
        <translation>Confirmer&#xa0;: il n&apos;y a aucune clé à confirmer&#xa0;; ajoutez d&apos;abord un destinataire age ou une clé minisign</translation>
    </message>
</context>
<context>
    <name>CareTeamRepository</name>
    <message>
        <source>No care-team member with id %1.</source>
        <translation>Aucun membre de l&apos;équipe soignante avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The care-team member with id %1 was deleted.</source>
        <translation>Le membre de l&apos;équipe soignante avec l&apos;identifiant %1 a été supprimé.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: carnet-cli COMMAND [options] [arguments]

Carnet keeps a personal health record in an encrypted vault on this machine.

Commands:
</source>
        <translation>Utilisation&#xa0;: carnet-cli COMMANDE [options] [arguments]

Carnet tient un dossier de santé personnel dans un coffre-fort chiffré sur cet ordinateur.

Commandes&#xa0;:
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
Lancez &apos;carnet-cli COMMANDE --help&apos; pour les options d&apos;une commande.
Les secrets sont demandés sans écho dans un terminal&#xa0;; sinon, une ligne par secret est lue sur l&apos;entrée standard.

Codes de sortie&#xa0;:
  0  succès
  1  autre erreur (E/S, disque plein, ...)
  2  erreur d&apos;utilisation (commande ou option inconnue, valeur incorrecte)
  3  phrase de passe ou code de récupération incorrect
  4  données endommagées ou falsifiées
  5  coffre-fort utilisé par un autre processus
</translation>
    </message>
    <message>
        <source>carnet-cli: unknown command &apos;%1&apos;; run &apos;carnet-cli --help&apos; for the list.</source>
        <translation>carnet-cli&#xa0;: commande inconnue &apos;%1&apos;&#xa0;; lancez &apos;carnet-cli --help&apos; pour la liste.</translation>
    </message>
    <message>
        <source> (see &apos;%1 --help&apos;)</source>
        <translation> (voir &apos;%1 --help&apos;)</translation>
    </message>
    <message>
        <source>the disk is full; nothing was changed</source>
        <translation>le disque est plein&#xa0;; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Produire du JSON lisible par machine.</translation>
    </message>
    <message>
        <source>
Exit codes: 0 ok, 1 other error, 2 usage, 3 wrong passphrase or recovery code, 4 damaged or tampered data, 5 vault in use.
</source>
        <translation>
Codes de sortie&#xa0;: 0 ok, 1 autre erreur, 2 utilisation, 3 phrase de passe ou code de récupération incorrect, 4 données endommagées ou falsifiées, 5 coffre-fort en cours d&apos;utilisation.
</translation>
    </message>
    <message>
        <source>missing argument %1</source>
        <translation>argument %1 manquant</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a secret on standard input, but it ended</source>
        <translation>un secret était attendu sur l&apos;entrée standard, mais elle s&apos;est terminée</translation>
    </message>
    <message>
        <source>the secret read is longer than %1 bytes</source>
        <translation>le secret lu dépasse %1 octets</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Répétez-la&#xa0;: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>les deux phrases de passe diffèrent</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Phrase de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a record id (a positive number)</source>
        <translation>&apos;%1&apos; n&apos;est pas un identifiant d&apos;élément (un nombre positif)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; use YYYY-MM-DD</source>
        <translation>&apos;%1&apos; n&apos;est pas une date&#xa0;; utilisez AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time; use YYYY-MM-DD HH:MM</source>
        <translation>&apos;%1&apos; n&apos;est pas une date et une heure&#xa0;; utilisez AAAA-MM-JJ HH:MM</translation>
    </message>
    <message>
        <source>give either --%1 or --%2, not both</source>
        <translation>indiquez soit --%1 soit --%2, pas les deux</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>impossible de lire l&apos;entrée standard</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 n&apos;est pas du texte UTF-8</translation>
    </message>
</context>
<context>
    <name>Condition</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>In remission</source>
        <translation>En rémission</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Name: say what the condition is</source>
        <translation>Nom&#xa0;: indiquez de quelle pathologie il s&apos;agit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>Date d&apos;apparition</translation>
    </message>
    <message>
        <source>Abatement date</source>
        <translation>Date de rémission</translation>
    </message>
    <message>
        <source>the onset date</source>
        <translation>la date d&apos;apparition</translation>
    </message>
    <message>
        <source>The abatement date</source>
        <translation>La date de rémission</translation>
    </message>
    <message>
        <source>Status: a condition with an abatement date is in remission or resolved, not active</source>
        <translation>Statut&#xa0;: une pathologie avec une date de rémission est en rémission ou résolue, pas active</translation>
    </message>
</context>
<context>
    <name>ConditionRepository</name>
    <message>
        <source>No condition with id %1.</source>
        <translation>Aucune pathologie avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The condition with id %1 was deleted.</source>
        <translation>La pathologie avec l&apos;identifiant %1 a été supprimée.</translation>
    </message>
</context>
<context>
    <name>ContactFormat</name>
    <message>
        <source>%1: &apos;%2&apos; is not a phone number (digits, spaces, + ( ) - . / and an optional extension)</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un numéro de téléphone (chiffres, espaces, + ( ) - . / et un poste facultatif)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an e-mail address</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a language tag such as en, fr or pt-BR</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une étiquette de langue telle que en, fr ou pt-BR</translation>
    </message>
    <message>
        <source>%1: the phone labelled &apos;%2&apos; has no number</source>
        <translation>%1&#xa0;: le téléphone intitulé «&#xa0;%2&#xa0;» n&apos;a pas de numéro</translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>Morning walk</source>
        <translation>Promenade du matin</translation>
    </message>
    <message>
        <source>Walked **30 minutes** by the river. Knees fine, a little short of breath on the hill.</source>
        <translation>Marché **30 minutes** le long de la rivière. Genoux en forme, un peu essoufflée dans la côte.</translation>
    </message>
    <message>
        <source>Headache after lunch</source>
        <translation>Mal de tête après le déjeuner</translation>
    </message>
    <message>
        <source>Dull headache on the left side from about 14:00.

- drank two glasses of water
- lay down for 20 minutes

Gone by the evening.</source>
        <translation>Mal de tête sourd du côté gauche à partir de 14:00 environ.

- bu deux verres d&apos;eau
- allongée 20 minutes

Disparu dans la soirée.</translation>
    </message>
    <message>
        <source>Blood sugar log</source>
        <translation>Suivi de la glycémie</translation>
    </message>
    <message>
        <source>Fasting glucose 6.4 mmol/L, after dinner 8.1 mmol/L. Slightly higher than last week.</source>
        <translation>Glycémie à jeun 6,4 mmol/L, après le dîner 8,1 mmol/L. Un peu plus élevée que la semaine dernière.</translation>
    </message>
    <message>
        <source>Slept badly</source>
        <translation>Mal dormi</translation>
    </message>
    <message>
        <source>Woke up three times. Maybe the coffee at 17:00. Tired all morning.</source>
        <translation>Réveillée trois fois. Peut-être le café de 17:00. Fatiguée toute la matinée.</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Tension artérielle</translation>
    </message>
    <message>
        <source>Home reading 132/84, pulse 71, sitting, after 5 minutes rest.</source>
        <translation>Mesure à domicile 132/84, pouls 71, en position assise, après 5 minutes de repos.</translation>
    </message>
    <message>
        <source>Good day</source>
        <translation>Bonne journée</translation>
    </message>
    <message>
        <source>Energy back. Cooked with the grandchildren and did the garden.</source>
        <translation>L&apos;énergie est revenue. Cuisiné avec les petits-enfants et fait le jardin.</translation>
    </message>
    <message>
        <source>Pollen season</source>
        <translation>Saison des pollens</translation>
    </message>
    <message>
        <source>Itchy eyes and sneezing all afternoon. Took the antihistamine at 16:00; helped within an hour.</source>
        <translation>Yeux qui grattent et éternuements tout l&apos;après-midi. Pris l&apos;antihistaminique à 16:00&#xa0;; efficace en moins d&apos;une heure.</translation>
    </message>
    <message>
        <source>Questions for the next visit</source>
        <translation>Questions pour la prochaine consultation</translation>
    </message>
    <message>
        <source>1. Can the metformin be taken with dinner instead?
2. Is the ankle swelling related to the amlodipine?
3. Flu vaccine this year?</source>
        <translation>1. Puis-je prendre la metformine au dîner plutôt&#xa0;?
2. Le gonflement des chevilles est-il lié à l&apos;amlodipine&#xa0;?
3. Vaccin contre la grippe cette année&#xa0;?</translation>
    </message>
    <message>
        <source>Knee pain</source>
        <translation>Douleur au genou</translation>
    </message>
    <message>
        <source>Right knee stiff after the stairs. Ice for 15 minutes, better after rest.</source>
        <translation>Genou droit raide après les escaliers. Glace pendant 15 minutes, mieux après du repos.</translation>
    </message>
    <message>
        <source>Physiotherapy exercises</source>
        <translation>Exercices de kinésithérapie</translation>
    </message>
    <message>
        <source>Did the full set: 3 × 10 leg raises, 3 × 10 heel slides, 5 minutes on the bike.</source>
        <translation>Série complète&#xa0;: 3 × 10 élévations de jambe, 3 × 10 glissements de talon, 5 minutes de vélo.</translation>
    </message>
    <message>
        <source>tablet</source>
        <translation>comprimé</translation>
    </message>
    <message>
        <source>Type 2 diabetes</source>
        <translation>Diabète de type 2</translation>
    </message>
    <message>
        <source>High blood pressure</source>
        <translation>Hypertension artérielle</translation>
    </message>
    <message>
        <source>capsule</source>
        <translation>gélule</translation>
    </message>
    <message>
        <source>Low vitamin D</source>
        <translation>Carence en vitamine D</translation>
    </message>
    <message>
        <source>Hay fever</source>
        <translation>Rhume des foins</translation>
    </message>
    <message>
        <source>Knee better; stopped after two weeks</source>
        <translation>Genou mieux&#xa0;; arrêté au bout de deux semaines</translation>
    </message>
    <message>
        <source>Diabetes check-up</source>
        <translation>Bilan diabète</translation>
    </message>
    <message>
        <source>Riverside Health Centre</source>
        <translation>Centre de santé du Bord de l&apos;eau</translation>
    </message>
    <message>
        <source>Blood test (HbA1c)</source>
        <translation>Prise de sang (HbA1c)</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Riverside Health Centre, lab</source>
        <translation>Centre de santé du Bord de l&apos;eau, laboratoire</translation>
    </message>
    <message>
        <source>Eye examination</source>
        <translation>Examen de la vue</translation>
    </message>
    <message>
        <source>City Eye Clinic</source>
        <translation>Clinique ophtalmologique municipale</translation>
    </message>
    <message>
        <source>Dental cleaning</source>
        <translation>Détartrage</translation>
    </message>
    <message>
        <source>Smile Dental</source>
        <translation>Smile Dental</translation>
    </message>
    <message>
        <source>Smile Dental, Market Square</source>
        <translation>Smile Dental, place du Marché</translation>
    </message>
    <message>
        <source>Flu vaccination</source>
        <translation>Vaccination contre la grippe</translation>
    </message>
    <message>
        <source>Riverside Pharmacy</source>
        <translation>Pharmacie du Bord de l&apos;eau</translation>
    </message>
    <message>
        <source>Physiotherapy</source>
        <translation>Kinésithérapie</translation>
    </message>
    <message>
        <source>MoveWell Physio</source>
        <translation>MoveWell Physio</translation>
    </message>
    <message>
        <source>son</source>
        <translation>fils</translation>
    </message>
    <message>
        <source>Penicillin</source>
        <translation>Pénicilline</translation>
    </message>
    <message>
        <source>Hives and swelling</source>
        <translation>Urticaire et gonflement</translation>
    </message>
    <message>
        <source>Grass pollen</source>
        <translation>Pollen de graminées</translation>
    </message>
    <message>
        <source>Sneezing, itchy eyes</source>
        <translation>Éternuements, yeux qui grattent</translation>
    </message>
    <message>
        <source>General practice</source>
        <translation>Médecine générale</translation>
    </message>
    <message>
        <source>Ophthalmology</source>
        <translation>Ophtalmologie</translation>
    </message>
</context>
<context>
    <name>DoseEvent</name>
    <message>
        <source>Taken</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Taken late</source>
        <translation>Pris en retard</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sauté</translation>
    </message>
</context>
<context>
    <name>DueDose</name>
    <message>
        <source>Not yet taken</source>
        <translation>Pas encore pris</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Taken late</source>
        <translation>Pris en retard</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sauté</translation>
    </message>
</context>
<context>
    <name>FhirShareBundle</name>
    <message>
        <source>None recorded.</source>
        <translation>Aucune donnée enregistrée.</translation>
    </message>
    <message>
        <source>Prescriber: %1</source>
        <translation>Prescripteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pharmacy: %1</source>
        <translation>Pharmacie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Repeats (RFC 5545 rule): %1</source>
        <translation>Répétition (règle RFC 5545)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The package&apos;s bundle.json is invalid: %1</source>
        <translation>Le fichier bundle.json du paquet n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not text</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et une heure</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date</translation>
    </message>
    <message>
        <source>the reference %1 does not resolve inside the bundle</source>
        <translation>la référence %1 ne se résout pas à l&apos;intérieur du bundle</translation>
    </message>
    <message>
        <source>a journal entry must have exactly one attachment</source>
        <translation>une entrée de journal doit avoir exactement une pièce jointe</translation>
    </message>
    <message>
        <source>a journal entry&apos;s body is not text/markdown</source>
        <translation>le contenu d&apos;une entrée de journal n&apos;est pas du text/markdown</translation>
    </message>
    <message>
        <source>a journal entry&apos;s body is not valid base64</source>
        <translation>le contenu d&apos;une entrée de journal n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>a journal entry&apos;s body does not have the size its attachment states</source>
        <translation>le contenu d&apos;une entrée de journal n&apos;a pas la taille indiquée par sa pièce jointe</translation>
    </message>
    <message>
        <source>a journal entry has no date</source>
        <translation>une entrée de journal n&apos;a pas de date</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assurance</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Health record shared by the patient</source>
        <translation>Dossier de santé partagé par le patient</translation>
    </message>
    <message>
        <source>Shared health record</source>
        <translation>Dossier de santé partagé</translation>
    </message>
    <message>
        <source>Health record of %1</source>
        <translation>Dossier de santé de %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>not a FHIR document bundle</source>
        <translation>pas un bundle de document FHIR</translation>
    </message>
    <message>
        <source>no entries</source>
        <translation>aucune entrée</translation>
    </message>
    <message>
        <source>an entry is not an object</source>
        <translation>une entrée n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>missing or repeated entry address %1</source>
        <translation>adresse d&apos;entrée %1 manquante ou répétée</translation>
    </message>
    <message>
        <source>the entry %1 does not match its resource id</source>
        <translation>l&apos;entrée %1 ne correspond pas à l&apos;identifiant de sa ressource</translation>
    </message>
    <message>
        <source>the first entry is not a Composition</source>
        <translation>la première entrée n&apos;est pas une Composition</translation>
    </message>
    <message>
        <source>the Composition&apos;s subject is not a Patient in the bundle</source>
        <translation>le sujet de la Composition n&apos;est pas un Patient du bundle</translation>
    </message>
    <message>
        <source>the %1 %2 is in no section of the Composition</source>
        <translation>%1 %2 ne figure dans aucune section de la Composition</translation>
    </message>
    <message>
        <source>unexpected resource type &quot;%1&quot;</source>
        <translation>type de ressource inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a share has exactly one Patient and one Provenance</source>
        <translation>un partage comporte exactement un Patient et une Provenance</translation>
    </message>
</context>
<context>
    <name>IdentifierScanner</name>
    <message>
        <source>[%1 removed]</source>
        <translation>[%1 supprimé]</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>record or account number</source>
        <translation>numéro de dossier ou de compte</translation>
    </message>
    <message>
        <source>web address</source>
        <translation>adresse web</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>adresse IP</translation>
    </message>
    <message>
        <source>social security number</source>
        <translation>numéro de sécurité sociale</translation>
    </message>
</context>
<context>
    <name>IdentityCard</name>
    <message>
        <source>This is not a Carnet identity card: it is longer than %1 characters.</source>
        <translation>Ce n&apos;est pas une fiche d&apos;identité Carnet&#xa0;: elle dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>This is not a Carnet identity card: it is empty.</source>
        <translation>Ce n&apos;est pas une fiche d&apos;identité Carnet&#xa0;: elle est vide.</translation>
    </message>
    <message>
        <source>This is not a Carnet identity card: it does not start with &quot;%1&quot;.</source>
        <translation>Ce n&apos;est pas une fiche d&apos;identité Carnet&#xa0;: elle ne commence pas par «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This identity card has an unreadable version &quot;%1&quot;.</source>
        <translation>Cette fiche d&apos;identité a une version illisible «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This identity card is of version %1, made by a newer Carnet; this one reads version %2.</source>
        <translation>Cette fiche d&apos;identité est de version %1, créée par une version plus récente de Carnet&#xa0;; celle-ci lit la version %2.</translation>
    </message>
    <message>
        <source>Line %1 of the identity card is not &quot;name:value&quot;.</source>
        <translation>La ligne %1 de la fiche d&apos;identité n&apos;est pas de la forme «&#xa0;nom:valeur&#xa0;».</translation>
    </message>
    <message>
        <source>Line %1 of the identity card has an invalid name.</source>
        <translation>La ligne %1 de la fiche d&apos;identité a un nom non valide.</translation>
    </message>
    <message>
        <source>The identity card has &quot;%1&quot; twice.</source>
        <translation>La fiche d&apos;identité contient «&#xa0;%1&#xa0;» deux fois.</translation>
    </message>
    <message>
        <source>The identity card has no &quot;%1&quot; line.</source>
        <translation>La fiche d&apos;identité n&apos;a pas de ligne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The identity card&apos;s age key is not an age recipient (age1…).</source>
        <translation>La clé age de la fiche d&apos;identité n&apos;est pas un destinataire age (age1…).</translation>
    </message>
    <message>
        <source>The identity card&apos;s minisign key is not a minisign public key.</source>
        <translation>La clé minisign de la fiche d&apos;identité n&apos;est pas une clé publique minisign.</translation>
    </message>
    <message>
        <source>The identity card&apos;s fingerprint does not match its signing key: the card is damaged or altered.</source>
        <translation>L&apos;empreinte de la fiche d&apos;identité ne correspond pas à sa clé de signature&#xa0;: la fiche est endommagée ou a été modifiée.</translation>
    </message>
</context>
<context>
    <name>InsuranceCardFile</name>
    <message>
        <source>%1 is %2 MiB; a card photo can be at most %3 MiB.</source>
        <translation>%1 fait %2 Mio&#xa0;; une photo de carte peut faire au plus %3 Mio.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>InsuranceCardImage</name>
    <message>
        <source>Front of the card</source>
        <translation>Recto de la carte</translation>
    </message>
    <message>
        <source>Back of the card</source>
        <translation>Verso de la carte</translation>
    </message>
</context>
<context>
    <name>InsurancePlan</name>
    <message>
        <source>Medical</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Dental</source>
        <translation>Dentaire</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Optique</translation>
    </message>
    <message>
        <source>Prescription drugs</source>
        <translation>Médicaments sur ordonnance</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Vous-même</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Conjoint(e)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Not yet in effect</source>
        <translation>Pas encore en vigueur</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Payer: say who the insurer is</source>
        <translation>Organisme payeur&#xa0;: indiquez qui est l&apos;assureur</translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>En vigueur du</translation>
    </message>
    <message>
        <source>Effective to</source>
        <translation>En vigueur jusqu&apos;au</translation>
    </message>
    <message>
        <source>the first day covered</source>
        <translation>le premier jour couvert</translation>
    </message>
    <message>
        <source>The last day covered</source>
        <translation>Le dernier jour couvert</translation>
    </message>
    <message>
        <source>Payer phone</source>
        <translation>Téléphone de l&apos;assureur</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>Autres téléphones</translation>
    </message>
</context>
<context>
    <name>InsuranceRepository</name>
    <message>
        <source>--%1: %2 does not exist</source>
        <translation>--%1&#xa0;: %2 n&apos;existe pas</translation>
    </message>
    <message>
        <source>--%1: %2 is not a file</source>
        <translation>--%1&#xa0;: %2 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1&#xa0;: impossible de lire %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is not a JPEG or PNG image; a card must be a photo or a scan.</source>
        <translation>%1 n&apos;est pas une image JPEG ou PNG&#xa0;; une carte doit être une photo ou une numérisation.</translation>
    </message>
    <message>
        <source>No insurance plan with id %1.</source>
        <translation>Aucun contrat d&apos;assurance avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The insurance plan with id %1 was deleted.</source>
        <translation>Le contrat d&apos;assurance avec l&apos;identifiant %1 a été supprimé.</translation>
    </message>
    <message>
        <source>Coverage starts: %1</source>
        <translation>Début de la couverture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Coverage ends: %1</source>
        <translation>Fin de la couverture&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, last day covered</source>
        <translation>%1, dernier jour couvert</translation>
    </message>
</context>
<context>
    <name>JournalAttachmentFiles</name>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf);;All files (*)</source>
        <translation>Images et PDF (*.png *.jpg *.jpeg *.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation>Fichier non joint</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; attachments can be at most %3 MiB.</source>
        <translation>%1 fait %2 Mio&#xa0;; une pièce jointe peut faire au plus %3 Mio.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export attachment</source>
        <translation>Exporter la pièce jointe</translation>
    </message>
    <message>
        <source>Attachment not exported</source>
        <translation>Pièce jointe non exportée</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>JournalAttachmentImage</name>
    <message>
        <source>The PDF cannot be read.</source>
        <translation>Impossible de lire le PDF.</translation>
    </message>
    <message>
        <source>The PDF page cannot be shown.</source>
        <translation>Impossible d&apos;afficher la page du PDF.</translation>
    </message>
    <message>
        <source>The image cannot be shown: %1</source>
        <translation>Impossible d&apos;afficher l&apos;image&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>JournalRepository</name>
    <message>
        <source>The tag &apos;%1&apos; is longer than %2 characters.</source>
        <translation>L&apos;étiquette «&#xa0;%1&#xa0;» dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>The title is empty; every journal entry needs one.</source>
        <translation>Le titre est vide&#xa0;; chaque entrée du journal doit en avoir un.</translation>
    </message>
    <message>
        <source>The title is %1 characters long; at most %2 are allowed.</source>
        <translation>Le titre fait %1 caractères&#xa0;; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>The entry has no valid date.</source>
        <translation>L&apos;entrée n&apos;a pas de date valide.</translation>
    </message>
    <message>
        <source>The mood must be between %1 and %2, not %3.</source>
        <translation>L&apos;humeur doit être comprise entre %1 et %2, pas %3.</translation>
    </message>
    <message>
        <source>A symptom is %1 characters long; at most %2 are allowed.</source>
        <translation>Un symptôme fait %1 caractères&#xa0;; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>An entry can have at most %1 tags, not %2.</source>
        <translation>Une entrée peut avoir au plus %1 étiquettes, pas %2.</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>pièce jointe</translation>
    </message>
    <message>
        <source>Journal entry %1 has no attachment with id %2.</source>
        <translation>L&apos;entrée de journal %1 n&apos;a pas de pièce jointe avec l&apos;identifiant %2.</translation>
    </message>
    <message>
        <source>No journal entry with id %1.</source>
        <translation>Aucune entrée de journal avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Journal entry %1 is deleted; restore it first.</source>
        <translation>L&apos;entrée de journal %1 est supprimée&#xa0;; restaurez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The search has no word to look for; type at least one letter or digit.</source>
        <translation>La recherche ne contient aucun mot à chercher&#xa0;; saisissez au moins une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The search has %1 terms; at most %2 are allowed.</source>
        <translation>La recherche comporte %1 termes&#xa0;; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>The number of entries to list must be between 1 and %1.</source>
        <translation>Le nombre d&apos;entrées à lister doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>The list offset cannot be negative.</source>
        <translation>Le décalage de la liste ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>No journal attachment with id %1.</source>
        <translation>Aucune pièce jointe de journal avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Attachment %1 belongs to a deleted journal entry; restore the entry first.</source>
        <translation>La pièce jointe %1 appartient à une entrée de journal supprimée&#xa0;; restaurez d&apos;abord l&apos;entrée.</translation>
    </message>
    <message>
        <source>The number of search results must be between 1 and %1.</source>
        <translation>Le nombre de résultats de recherche doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>The search offset cannot be negative.</source>
        <translation>Le décalage de la recherche ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>The keyring file is truncated.</source>
        <translation>Le fichier du trousseau de clés est tronqué.</translation>
    </message>
    <message>
        <source>The keyring file is not a Carnet keyring or is truncated.</source>
        <translation>Le fichier du trousseau n&apos;est pas un trousseau Carnet ou il est tronqué.</translation>
    </message>
    <message>
        <source>The keyring file is damaged (its checksum does not match). The previous copy is kept beside it as keyring.bak.</source>
        <translation>Le fichier du trousseau est endommagé (sa somme de contrôle ne correspond pas). La copie précédente est conservée à côté sous le nom keyring.bak.</translation>
    </message>
    <message>
        <source>This vault uses keyring format %1; this Carnet reads format %2. Update Carnet to open it.</source>
        <translation>Ce coffre-fort utilise le format de trousseau %1&#xa0;; cette version de Carnet lit le format %2. Mettez Carnet à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This keyring uses features this Carnet does not know.</source>
        <translation>Ce trousseau utilise des fonctions que cette version de Carnet ne connaît pas.</translation>
    </message>
    <message>
        <source>The keyring file has the wrong length.</source>
        <translation>Le fichier du trousseau n&apos;a pas la bonne longueur.</translation>
    </message>
    <message>
        <source>The keyring holds a key slot of unknown type.</source>
        <translation>Le trousseau contient un emplacement de clé de type inconnu.</translation>
    </message>
    <message>
        <source>The keyring records an impossible database page size.</source>
        <translation>Le trousseau indique une taille de page de base de données impossible.</translation>
    </message>
    <message>
        <source>The keyring has no passphrase slot.</source>
        <translation>Le trousseau n&apos;a pas d&apos;emplacement pour la phrase de passe.</translation>
    </message>
    <message>
        <source>The keyring&apos;s key-derivation settings are out of range.</source>
        <translation>Les paramètres de dérivation de clé du trousseau sont hors limites.</translation>
    </message>
    <message>
        <source>That is not a well-formed recovery code: it has 32 letters and digits in groups of four.</source>
        <translation>Ce n&apos;est pas un code de récupération bien formé&#xa0;: il comporte 32 lettres et chiffres en groupes de quatre.</translation>
    </message>
    <message>
        <source>This vault has no recovery code.</source>
        <translation>Ce coffre-fort n&apos;a pas de code de récupération.</translation>
    </message>
    <message>
        <source>The keyring lists an impossible number of key slots.</source>
        <translation>Le trousseau indique un nombre impossible d&apos;emplacements de clé.</translation>
    </message>
</context>
<context>
    <name>MediaFile</name>
    <message>
        <source>%1 is %2 MiB; attachments can be at most %3 MiB.</source>
        <translation>%1 fait %2 Mio&#xa0;; une pièce jointe peut faire au plus %3 Mio.</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG or PDF file; only those can be attached.</source>
        <translation>%1 n&apos;est pas un fichier JPEG, PNG ou PDF&#xa0;; seuls ces formats peuvent être joints.</translation>
    </message>
    <message>
        <source>The JPEG image is damaged or truncated.</source>
        <translation>L&apos;image JPEG est endommagée ou tronquée.</translation>
    </message>
</context>
<context>
    <name>Medication</name>
    <message>
        <source>Tablet</source>
        <translation>Comprimé</translation>
    </message>
    <message>
        <source>Capsule</source>
        <translation>Gélule</translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation>Liquide</translation>
    </message>
    <message>
        <source>Inhaler</source>
        <translation>Inhalateur</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Injection</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Drops</source>
        <translation>Gouttes</translation>
    </message>
    <message>
        <source>Cream</source>
        <translation>Crème</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>By mouth</source>
        <translation>Par voie orale</translation>
    </message>
    <message>
        <source>Under the tongue</source>
        <translation>Sous la langue</translation>
    </message>
    <message>
        <source>On the skin</source>
        <translation>Sur la peau</translation>
    </message>
    <message>
        <source>Through the skin (patch)</source>
        <translation>À travers la peau (patch)</translation>
    </message>
    <message>
        <source>Inhaled</source>
        <translation>Inhalé</translation>
    </message>
    <message>
        <source>In the nose</source>
        <translation>Dans le nez</translation>
    </message>
    <message>
        <source>In the eye</source>
        <translation>Dans l&apos;œil</translation>
    </message>
    <message>
        <source>In the ear</source>
        <translation>Dans l&apos;oreille</translation>
    </message>
    <message>
        <source>Rectal</source>
        <translation>Voie rectale</translation>
    </message>
    <message>
        <source>Vaginal</source>
        <translation>Voie vaginale</translation>
    </message>
    <message>
        <source>Under the skin (injection)</source>
        <translation>Sous la peau (injection)</translation>
    </message>
    <message>
        <source>Into a muscle</source>
        <translation>Dans un muscle</translation>
    </message>
    <message>
        <source>Into a vein</source>
        <translation>Dans une veine</translation>
    </message>
    <message>
        <source>A medication needs a name.</source>
        <translation>Un médicament doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Le nom dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known form; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une forme connue&#xa0;; utilisez l&apos;une des suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known route; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une voie d&apos;administration connue&#xa0;; utilisez l&apos;une des suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The dose must be more than zero, not %1.</source>
        <translation>La dose doit être supérieure à zéro, pas %1.</translation>
    </message>
    <message>
        <source>The stop date %1 is before the start date %2.</source>
        <translation>La date d&apos;arrêt %1 est antérieure à la date de début %2.</translation>
    </message>
    <message>
        <source>The number of refills left cannot be negative (%1).</source>
        <translation>Le nombre de renouvellements restants ne peut pas être négatif (%1).</translation>
    </message>
</context>
<context>
    <name>MedicationRepository</name>
    <message>
        <source>No medication with id %1.</source>
        <translation>Aucun médicament avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>A stop date is needed to stop a medication.</source>
        <translation>Une date d&apos;arrêt est nécessaire pour arrêter un médicament.</translation>
    </message>
    <message>
        <source>A dose needs the time it was taken or skipped.</source>
        <translation>Une prise doit indiquer l&apos;heure à laquelle elle a été prise ou sautée.</translation>
    </message>
    <message>
        <source>The scheduled time of the dose is not valid.</source>
        <translation>L&apos;heure prévue de la prise n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>%1 is in the future; a dose can be recorded once it is taken or skipped.</source>
        <translation>%1 est dans le futur&#xa0;; une prise peut être enregistrée une fois prise ou sautée.</translation>
    </message>
    <message>
        <source>%1 was stopped on %2; no dose can be recorded from that day on.</source>
        <translation>%1 a été arrêté le %2&#xa0;; aucune prise ne peut être enregistrée à partir de ce jour.</translation>
    </message>
    <message>
        <source>%1 starts on %2; no dose can be recorded before then.</source>
        <translation>%1 commence le %2&#xa0;; aucune prise ne peut être enregistrée avant cette date.</translation>
    </message>
    <message>
        <source>The amount taken must be more than zero, not %1.</source>
        <translation>La quantité prise doit être supérieure à zéro, pas %1.</translation>
    </message>
    <message>
        <source>%1 is taken as needed; it has no scheduled doses.</source>
        <translation>%1 se prend si besoin&#xa0;; il n&apos;a pas de prises prévues.</translation>
    </message>
    <message>
        <source>%1 has no dose scheduled at %2.</source>
        <translation>%1 n&apos;a pas de prise prévue à %2.</translation>
    </message>
    <message>
        <source>The %1 dose is more than %2 hours ahead; record it closer to the time.</source>
        <translation>La prise de %1 est dans plus de %2 heures&#xa0;; enregistrez-la plus près de l&apos;heure prévue.</translation>
    </message>
    <message>
        <source>The %1 dose of %2 is already recorded as %3.</source>
        <translation>La prise de %1 de %2 est déjà enregistrée comme %3.</translation>
    </message>
    <message>
        <source>A skipped dose needs the time it was scheduled for.</source>
        <translation>Une prise sautée doit indiquer l&apos;heure à laquelle elle était prévue.</translation>
    </message>
    <message>
        <source>Only a scheduled dose can be late; give the time it was scheduled for.</source>
        <translation>Seule une prise prévue peut être en retard&#xa0;; indiquez l&apos;heure à laquelle elle était prévue.</translation>
    </message>
    <message>
        <source>The span of days for adherence is empty or not valid.</source>
        <translation>La période pour l&apos;observance est vide ou n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The refill look-ahead must be zero or more days.</source>
        <translation>L&apos;anticipation des renouvellements doit être de zéro jour ou plus.</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Début de %1</translation>
    </message>
    <message>
        <source>Stopped %1</source>
        <translation>Arrêt de %1</translation>
    </message>
    <message>
        <source>%1 dose</source>
        <translation>Prise de %1</translation>
    </message>
    <message>
        <source>Took %1</source>
        <translation>Prise de %1</translation>
    </message>
    <message>
        <source>Took %1 late</source>
        <translation>Prise en retard de %1</translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>Prise de %1 sautée</translation>
    </message>
</context>
<context>
    <name>MedicationSchedule</name>
    <message>
        <source>The schedule needs at least one time of day.</source>
        <translation>Le schéma de prise doit comporter au moins une heure de la journée.</translation>
    </message>
    <message>
        <source>The schedule has a time of day that is not valid.</source>
        <translation>Le schéma de prise contient une heure qui n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The schedule needs at least one day of the week.</source>
        <translation>Le schéma de prise doit comporter au moins un jour de la semaine.</translation>
    </message>
    <message>
        <source>%1 is not a day of the week (1 to 7).</source>
        <translation>%1 n&apos;est pas un jour de la semaine (1 à 7).</translation>
    </message>
    <message>
        <source>The interval must be between 1 and %1 hours, not %2.</source>
        <translation>L&apos;intervalle doit être compris entre 1 et %1 heures, pas %2.</translation>
    </message>
    <message>
        <source>An every-%1-hours schedule needs the time of its first dose.</source>
        <translation>Un schéma «&#xa0;toutes les %1 heures&#xa0;» doit indiquer l&apos;heure de sa première prise.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>list of times</comment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Si besoin</translation>
    </message>
    <message>
        <source>Once a day at %1</source>
        <translation>Une fois par jour à %1</translation>
    </message>
    <message>
        <source>Twice a day at %1</source>
        <translation>Deux fois par jour à %1</translation>
    </message>
    <message>
        <source>%1 times a day at %2</source>
        <translation>%1 fois par jour à %2</translation>
    </message>
    <message>
        <source>Every hour from %1</source>
        <translation>Toutes les heures à partir de %1</translation>
    </message>
    <message>
        <source>Every %1 hours from %2</source>
        <translation>Toutes les %1 heures à partir de %2</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <comment>days at times</comment>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a kind of schedule.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de schéma de prise.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time; use HH:MM.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure&#xa0;; utilisez HH:MM.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a day of the week.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un jour de la semaine.</translation>
    </message>
</context>
<context>
    <name>MinisignError</name>
    <message>
        <source>This is not a minisign public key</source>
        <translation>Ce n&apos;est pas une clé publique minisign</translation>
    </message>
    <message>
        <source>This is not a minisign signature</source>
        <translation>Ce n&apos;est pas une signature minisign</translation>
    </message>
    <message>
        <source>The signature uses an algorithm Carnet does not support</source>
        <translation>La signature utilise un algorithme que Carnet ne prend pas en charge</translation>
    </message>
    <message>
        <source>The signature was made with a different key</source>
        <translation>La signature a été faite avec une autre clé</translation>
    </message>
    <message>
        <source>The signature does not match the file: it was altered or is not the signed file</source>
        <translation>La signature ne correspond pas au fichier&#xa0;: il a été modifié ou ce n&apos;est pas le fichier signé</translation>
    </message>
    <message>
        <source>The signed comment was altered</source>
        <translation>Le commentaire signé a été modifié</translation>
    </message>
    <message>
        <source>The file is too large for its old-style signature to be checked</source>
        <translation>Le fichier est trop volumineux pour vérifier sa signature à l&apos;ancien format</translation>
    </message>
    <message>
        <source>The signed data could not be read</source>
        <translation>Les données signées n&apos;ont pas pu être lues</translation>
    </message>
    <message>
        <source>Unknown signature error</source>
        <translation>Erreur de signature inconnue</translation>
    </message>
</context>
<context>
    <name>MinisignPublicKey</name>
    <message>
        <source>expected a comment line and a key line, or a key line</source>
        <translation>une ligne de commentaire et une ligne de clé, ou une ligne de clé, étaient attendues</translation>
    </message>
    <message>
        <source>the key line is not base64 of 42 bytes</source>
        <translation>la ligne de clé n&apos;est pas du base64 de 42 octets</translation>
    </message>
    <message>
        <source>signed by key %1, expected key %2</source>
        <translation>signé avec la clé %1, clé attendue %2</translation>
    </message>
</context>
<context>
    <name>MinisignSignature</name>
    <message>
        <source>a signature file has exactly four lines</source>
        <translation>un fichier de signature comporte exactement quatre lignes</translation>
    </message>
    <message>
        <source>the comment lines are missing</source>
        <translation>les lignes de commentaire sont manquantes</translation>
    </message>
    <message>
        <source>a comment is too long or has a control character</source>
        <translation>un commentaire est trop long ou contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>the signature line is not base64 of 74 bytes</source>
        <translation>la ligne de signature n&apos;est pas du base64 de 74 octets</translation>
    </message>
    <message>
        <source>the trusted comment signature is not base64 of 64 bytes</source>
        <translation>la signature du commentaire de confiance n&apos;est pas du base64 de 64 octets</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Empty</source>
        <translation>Vide</translation>
    </message>
    <message>
        <source>Choose a passphrase of a few unrelated words.</source>
        <translation>Choisissez une phrase de passe de quelques mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très forte</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Utilisez au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Add another unrelated word; avoid names, dates and common phrases.</source>
        <translation>Ajoutez un autre mot sans rapport&#xa0;; évitez les noms, les dates et les expressions courantes.</translation>
    </message>
    <message>
        <source>Good; one more word would make it strong.</source>
        <translation>Bien&#xa0;; un mot de plus la rendrait forte.</translation>
    </message>
</context>
<context>
    <name>PeopleActionErrors</name>
    <message>
        <source>The change was not saved: %1</source>
        <translation>La modification n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Blood type: &apos;%1&apos; is not one of %2</source>
        <translation>Groupe sanguin&#xa0;: «&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>Height: %1 cm is not between %2 and %3 cm</source>
        <translation>Taille&#xa0;: %1 cm n&apos;est pas compris entre %2 et %3 cm</translation>
    </message>
    <message>
        <source>Weight: %1 kg is not between %2 and %3 kg</source>
        <translation>Poids&#xa0;: %1 kg n&apos;est pas compris entre %2 et %3 kg</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Emergency contact: a name is needed</source>
        <translation>Contact d&apos;urgence&#xa0;: un nom est nécessaire</translation>
    </message>
    <message>
        <source>Emergency contact %1</source>
        <translation>Contact d&apos;urgence %1</translation>
    </message>
</context>
<context>
    <name>PublicKeyText</name>
    <message>
        <source>Age recipient: &apos;%1&apos; does not start with age1</source>
        <translation>Destinataire age&#xa0;: «&#xa0;%1&#xa0;» ne commence pas par age1</translation>
    </message>
    <message>
        <source>Age recipient: it has %1 characters; an age1… recipient has %2</source>
        <translation>Destinataire age&#xa0;: il comporte %1 caractères&#xa0;; un destinataire age1… en comporte %2</translation>
    </message>
    <message>
        <source>Age recipient: &apos;%1&apos; has characters outside Bech32 or a wrong checksum (a typo?)</source>
        <translation>Destinataire age&#xa0;: «&#xa0;%1&#xa0;» contient des caractères hors de Bech32 ou une somme de contrôle incorrecte (une faute de frappe&#xa0;?)</translation>
    </message>
    <message>
        <source>Minisign key: not a minisign public key (56 base64 characters decoding to 42 bytes that start with &quot;Ed&quot;)</source>
        <translation>Clé minisign&#xa0;: ce n&apos;est pas une clé publique minisign (56 caractères base64 donnant 42 octets qui commencent par &quot;Ed&quot;)</translation>
    </message>
    <message>
        <source>Fingerprint: &apos;%1&apos; is not %2 hexadecimal digits</source>
        <translation>Empreinte&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas composé de %2 chiffres hexadécimaux</translation>
    </message>
</context>
<context>
    <name>QrCodeImage</name>
    <message>
        <source>A QR code needs 1 to %1 pixels per module, not %2.</source>
        <translation>Un QR code nécessite de 1 à %1 pixels par module, pas %2.</translation>
    </message>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>Il n&apos;y a rien à mettre dans le QR code.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code: %1 bytes, at most %2 fit.</source>
        <translation>Le texte est trop long pour un QR code&#xa0;: %1 octets, %2 au maximum.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation>Le texte est trop long pour un QR code (%1 octets).</translation>
    </message>
    <message>
        <source>The QR code could not be made: %1</source>
        <translation>Le QR code n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReceivedShareStore</name>
    <message>
        <source>No received share with id %1.</source>
        <translation>Aucun partage reçu avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The share&apos;s signer key does not match its fingerprint.</source>
        <translation>La clé du signataire du partage ne correspond pas à son empreinte.</translation>
    </message>
    <message>
        <source>The share&apos;s bundle does not verify: %1</source>
        <translation>La vérification du bundle du partage a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>This share holds no verified bundle to keep.</source>
        <translation>Ce partage ne contient aucun bundle vérifié à conserver.</translation>
    </message>
    <message>
        <source>The share&apos;s bundle was signed for another export than the one opened.</source>
        <translation>Le bundle du partage a été signé pour un autre export que celui qui a été ouvert.</translation>
    </message>
</context>
<context>
    <name>ReceivingVault</name>
    <message>
        <source>this vault</source>
        <translation>ce coffre-fort</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>%1: unknown value &apos;%2&apos; (use %3)</source>
        <translation>%1&#xa0;: valeur inconnue «&#xa0;%2&#xa0;» (utilisez %3)</translation>
    </message>
    <message>
        <source>%1: %2 is too far in the past</source>
        <translation>%1&#xa0;: %2 est trop loin dans le passé</translation>
    </message>
    <message>
        <source>%1: %2 is in the future</source>
        <translation>%1&#xa0;: %2 est dans le futur</translation>
    </message>
    <message>
        <source>%1 (%2) is before %3 (%4)</source>
        <translation>%1 (%2) est antérieur à %3 (%4)</translation>
    </message>
</context>
<context>
    <name>RecordStore</name>
    <message>
        <source>No record with id %1.</source>
        <translation>Aucun élément avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>No %1 with id %2.</source>
        <translation>Aucun élément de type %1 avec l&apos;identifiant %2.</translation>
    </message>
    <message>
        <source>The %1 with id %2 was deleted.</source>
        <translation>L&apos;élément de type %1 avec l&apos;identifiant %2 a été supprimé.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>RecurrencePattern</name>
    <message>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days</source>
        <translation>
            <numerusform>Tous les %n jours</numerusform>
            <numerusform>Tous les %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks</source>
        <translation>
            <numerusform>Toutes les %n semaines</numerusform>
            <numerusform>Toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Tous les mois</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months</source>
        <translation>
            <numerusform>Tous les %n mois</numerusform>
            <numerusform>Tous les %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Tous les ans</translation>
    </message>
    <message numerus="yes">
        <source>Every %n years</source>
        <translation>
            <numerusform>Tous les %n ans</numerusform>
            <numerusform>Tous les %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>%1, once</source>
        <translation>%1, une fois</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n times</source>
        <translation>
            <numerusform>%1, %n fois</numerusform>
            <numerusform>%1, %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, jusqu&apos;au %2</translation>
    </message>
</context>
<context>
    <name>RecurrenceRule</name>
    <message>
        <source>The recurrence rule is empty.</source>
        <translation>La règle de répétition est vide.</translation>
    </message>
    <message>
        <source>In the recurrence rule, &apos;%1&apos; is not of the form NAME=VALUE.</source>
        <translation>Dans la règle de répétition, «&#xa0;%1&#xa0;» n&apos;est pas de la forme NOM=VALEUR.</translation>
    </message>
    <message>
        <source>The recurrence rule part %1 is not supported.</source>
        <translation>La partie %1 de la règle de répétition n&apos;est pas prise en charge.</translation>
    </message>
    <message>
        <source>In the recurrence rule, %1 has no value.</source>
        <translation>Dans la règle de répétition, %1 n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>The recurrence rule gives %1 more than once.</source>
        <translation>La règle de répétition indique %1 plusieurs fois.</translation>
    </message>
    <message>
        <source>The recurrence rule has no FREQ (for example FREQ=WEEKLY).</source>
        <translation>La règle de répétition n&apos;a pas de FREQ (par exemple FREQ=WEEKLY).</translation>
    </message>
    <message>
        <source>In the recurrence rule, FREQ=%1 is not a frequency; use DAILY, WEEKLY, MONTHLY, YEARLY, HOURLY, MINUTELY or SECONDLY.</source>
        <translation>Dans la règle de répétition, FREQ=%1 n&apos;est pas une fréquence&#xa0;; utilisez DAILY, WEEKLY, MONTHLY, YEARLY, HOURLY, MINUTELY ou SECONDLY.</translation>
    </message>
    <message>
        <source>The recurrence rule has both COUNT and UNTIL; RFC 5545 allows only one of them.</source>
        <translation>La règle de répétition contient à la fois COUNT et UNTIL&#xa0;; la RFC 5545 n&apos;en autorise qu&apos;un seul.</translation>
    </message>
    <message>
        <source>In the recurrence rule, %1 is not a valid value.</source>
        <translation>Dans la règle de répétition, %1 n&apos;est pas une valeur valide.</translation>
    </message>
    <message>
        <source>The recurrence rule %1 is not valid RFC 5545.</source>
        <translation>La règle de répétition %1 n&apos;est pas conforme à la RFC 5545.</translation>
    </message>
    <message>
        <source>In the recurrence rule, BYMONTH may only name months 1 to 12.</source>
        <translation>Dans la règle de répétition, BYMONTH ne peut indiquer que les mois 1 à 12.</translation>
    </message>
    <message>
        <source>A rule repeating %1 can only be narrowed with BYHOUR, BYMINUTE, BYSECOND and BYDAY, not with %2.</source>
        <translation>Une règle qui se répète %1 ne peut être restreinte qu&apos;avec BYHOUR, BYMINUTE, BYSECOND et BYDAY, pas avec %2.</translation>
    </message>
    <message>
        <source>A rule repeating %1 cannot use numbered weekdays in BYDAY (such as 1MO).</source>
        <translation>Une règle qui se répète %1 ne peut pas utiliser de jours de semaine numérotés dans BYDAY (comme 1MO).</translation>
    </message>
    <message>
        <source>The recurrence rule ends (UNTIL %1) before the appointment starts (%2).</source>
        <translation>La règle de répétition se termine (UNTIL %1) avant le début du rendez-vous (%2).</translation>
    </message>
    <message>
        <source>The recurrence rule %1 combines parts that RFC 5545 does not allow together.</source>
        <translation>La règle de répétition %1 combine des parties que la RFC 5545 n&apos;autorise pas ensemble.</translation>
    </message>
    <message>
        <source>The recurrence rule %1 never produces a date.</source>
        <translation>La règle de répétition %1 ne produit jamais de date.</translation>
    </message>
</context>
<context>
    <name>ReminderLead</name>
    <message>
        <source>At the start</source>
        <translation>Au début</translation>
    </message>
    <message>
        <source>1 minute before</source>
        <translation>1 minute avant</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes before</source>
        <translation>
            <numerusform>%n minute avant</numerusform>
            <numerusform>%n minutes avant</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 heure avant</translation>
    </message>
    <message numerus="yes">
        <source>%n hours before</source>
        <translation>
            <numerusform>%n heure avant</numerusform>
            <numerusform>%n heures avant</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 jour avant</translation>
    </message>
    <message numerus="yes">
        <source>%n days before</source>
        <translation>
            <numerusform>%n jour avant</numerusform>
            <numerusform>%n jours avant</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareContent</name>
    <message>
        <source>Record %1 has no identifier.</source>
        <translation>L&apos;élément %1 n&apos;a pas d&apos;identifiant.</translation>
    </message>
    <message>
        <source>Choose journal entries either by id or by tag and dates, not both.</source>
        <translation>Choisissez les entrées du journal soit par identifiant, soit par étiquette et dates, pas les deux.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tag.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une étiquette.</translation>
    </message>
    <message>
        <source>The end of the date range is before its start.</source>
        <translation>La fin de la période est antérieure à son début.</translation>
    </message>
    <message>
        <source>Nothing to share: the selection holds no record.</source>
        <translation>Rien à partager&#xa0;: la sélection ne contient aucun élément.</translation>
    </message>
</context>
<context>
    <name>ShareDraft</name>
    <message>
        <source>The key is empty.</source>
        <translation>La clé est vide.</translation>
    </message>
    <message>
        <source>This is a secret key (AGE-SECRET-KEY-…): it must never be shared, not even with Carnet. Ask the recipient for their public key, which starts with age1.</source>
        <translation>Ceci est une clé secrète (AGE-SECRET-KEY-…)&#xa0;: elle ne doit jamais être partagée, pas même avec Carnet. Demandez au destinataire sa clé publique, qui commence par age1.</translation>
    </message>
    <message>
        <source>This is an SSH key; Carnet shares only to age keys, which start with age1.</source>
        <translation>Ceci est une clé SSH&#xa0;; Carnet ne partage qu&apos;avec des clés age, qui commencent par age1.</translation>
    </message>
    <message>
        <source>This looks like a minisign key (for checking signatures), not an age key. Paste the key that starts with age1.</source>
        <translation>Cela ressemble à une clé minisign (pour vérifier des signatures), pas à une clé age. Collez la clé qui commence par age1.</translation>
    </message>
    <message>
        <source>An age key starts with age1; this text starts with “%1”.</source>
        <translation>Une clé age commence par age1&#xa0;; ce texte commence par «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The key mixes upper-case and lower-case letters, which no age key does: copy it again.</source>
        <translation>La clé mélange majuscules et minuscules, ce que ne fait aucune clé age&#xa0;: copiez-la de nouveau.</translation>
    </message>
    <message>
        <source>The key has a space in it: paste one key at a time, without line breaks.</source>
        <translation>La clé contient un espace&#xa0;: collez une seule clé à la fois, sans retour à la ligne.</translation>
    </message>
    <message>
        <source>The key contains “%1”, which cannot appear in an age key (after age1 there are no 1, b, i or o): check for a typo.</source>
        <translation>La clé contient «&#xa0;%1&#xa0;», qui ne peut pas figurer dans une clé age (après age1, il n&apos;y a ni 1, ni b, ni i, ni o)&#xa0;: vérifiez qu&apos;il n&apos;y a pas de faute de frappe.</translation>
    </message>
    <message>
        <source>An age key is %1 characters long; this one has %2. Check that it was copied whole.</source>
        <translation>Une clé age comporte %1 caractères&#xa0;; celle-ci en a %2. Vérifiez qu&apos;elle a été copiée en entier.</translation>
    </message>
    <message>
        <source>This key has a typo somewhere: its checksum does not match. Copy it again from the recipient.</source>
        <translation>Cette clé contient une faute de frappe&#xa0;: sa somme de contrôle ne correspond pas. Copiez-la de nouveau à partir de celle du destinataire.</translation>
    </message>
    <message>
        <source>Key %1: %2</source>
        <translation>Clé %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose who can open the share: a care-team member, a pasted age key, or a one-time passphrase.</source>
        <translation>Choisissez qui peut ouvrir le partage&#xa0;: un membre de l&apos;équipe soignante, une clé age collée ou une phrase de passe à usage unique.</translation>
    </message>
    <message>
        <source>A share can have at most %1 recipients.</source>
        <translation>Un partage peut avoir au plus %1 destinataires.</translation>
    </message>
    <message>
        <source>Anyone with the one-time passphrase shown after saving</source>
        <translation>Toute personne disposant de la phrase de passe à usage unique affichée après l&apos;enregistrement</translation>
    </message>
    <message>
        <source>%1 · key fingerprint %2</source>
        <translation>%1 · empreinte de clé %2</translation>
    </message>
    <message>
        <source>Choose what to share first.</source>
        <translation>Choisissez d&apos;abord ce qu&apos;il faut partager.</translation>
    </message>
</context>
<context>
    <name>ShareManifest</name>
    <message>
        <source>The package&apos;s signed description is invalid: %1</source>
        <translation>La description signée du paquet n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Too many recipients for one package.</source>
        <translation>Trop de destinataires pour un seul paquet.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>no format version</source>
        <translation>aucune version de format</translation>
    </message>
    <message>
        <source>This package uses format %1; this version of Carnet reads format %2 only.</source>
        <translation>Ce paquet utilise le format %1&#xa0;; cette version de Carnet ne lit que le format %2.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>bad export id</source>
        <translation>identifiant d&apos;export incorrect</translation>
    </message>
    <message>
        <source>bad creation time</source>
        <translation>date de création incorrecte</translation>
    </message>
    <message>
        <source>bad signer fingerprint</source>
        <translation>empreinte du signataire incorrecte</translation>
    </message>
    <message>
        <source>no recipients</source>
        <translation>aucun destinataire</translation>
    </message>
    <message>
        <source>bad recipient fingerprint</source>
        <translation>empreinte de destinataire incorrecte</translation>
    </message>
    <message>
        <source>bad item count</source>
        <translation>nombre d&apos;éléments incorrect</translation>
    </message>
    <message>
        <source>the signature of %1 was made for another file</source>
        <translation>la signature de %1 a été faite pour un autre fichier</translation>
    </message>
</context>
<context>
    <name>SharePackageReader</name>
    <message>
        <source>The signature of %1 does not verify: %2</source>
        <translation>La signature de %1 n&apos;est pas vérifiée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot decrypt the package: %1</source>
        <translation>Impossible de déchiffrer le paquet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a share package.</source>
        <translation>%1 est trop volumineux pour être un paquet de partage.</translation>
    </message>
    <message>
        <source>No key or passphrase was given to open the package.</source>
        <translation>Aucune clé ni phrase de passe n&apos;a été fournie pour ouvrir le paquet.</translation>
    </message>
    <message>
        <source>The file is too large to be a share package.</source>
        <translation>Le fichier est trop volumineux pour être un paquet de partage.</translation>
    </message>
    <message>
        <source>The package holds an unexpected file, &quot;%1&quot;.</source>
        <translation>Le paquet contient un fichier inattendu, «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The package lacks %1.</source>
        <translation>Il manque %1 dans le paquet.</translation>
    </message>
    <message>
        <source>The package&apos;s signer.pub is not a minisign public key.</source>
        <translation>Le fichier signer.pub du paquet n&apos;est pas une clé publique minisign.</translation>
    </message>
    <message>
        <source>The package was signed with another key than the one expected (its fingerprint is %1).</source>
        <translation>Le paquet a été signé avec une autre clé que celle attendue (son empreinte est %1).</translation>
    </message>
    <message>
        <source>The signature of %1 is not a prehashed (ED) minisign signature.</source>
        <translation>La signature de %1 n&apos;est pas une signature minisign préhachée (ED).</translation>
    </message>
    <message>
        <source>The package&apos;s signatures describe different exports.</source>
        <translation>Les signatures du paquet décrivent des exports différents.</translation>
    </message>
    <message>
        <source>The package names a signer other than the key that signed it.</source>
        <translation>Le paquet nomme un autre signataire que la clé qui l&apos;a signé.</translation>
    </message>
    <message>
        <source>The package holds %1 records but its signatures say %2.</source>
        <translation>Le paquet contient %1 éléments mais ses signatures en indiquent %2.</translation>
    </message>
    <message>
        <source>The bundle&apos;s provenance names another signer.</source>
        <translation>La Provenance du bundle nomme un autre signataire.</translation>
    </message>
</context>
<context>
    <name>SharePackageWriter</name>
    <message>
        <source>A share needs at least one recipient.</source>
        <translation>Un partage doit avoir au moins un destinataire.</translation>
    </message>
    <message>
        <source>A share can have at most %1 recipients.</source>
        <translation>Un partage peut avoir au plus %1 destinataires.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase de passe est vide.</translation>
    </message>
    <message>
        <source>one-time passphrase</source>
        <translation>phrase de passe à usage unique</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ShareReadme</name>
    <message>
        <source>Carnet share package</source>
        <translation>Paquet de partage Carnet</translation>
    </message>
    <message>
        <source>A patient exported these files from Carnet, a personal health record, on %1
(export id %2). They were encrypted with age and signed with minisign: only `age` and
`minisign` are needed to open and check them.

</source>
        <translation>Un patient a exporté ces fichiers depuis Carnet, un dossier de santé personnel, le %1
(identifiant d&apos;export %2). Ils ont été chiffrés avec age et signés avec minisign&#xa0;: seuls `age` et
`minisign` sont nécessaires pour les ouvrir et les vérifier.

</translation>
    </message>
    <message>
        <source>Files
-----
</source>
        <translation>Fichiers
--------
</translation>
    </message>
    <message>
        <source>the records: a FHIR R4 Bundle of type &quot;document&quot; (JSON)</source>
        <translation>les éléments&#xa0;: un Bundle FHIR R4 de type &quot;document&quot; (JSON)</translation>
    </message>
    <message>
        <source>the same records as a web page, for any browser</source>
        <translation>les mêmes éléments sous forme de page web, pour tout navigateur</translation>
    </message>
    <message>
        <source>this file</source>
        <translation>ce fichier</translation>
    </message>
    <message>
        <source>the minisign public key that signed them</source>
        <translation>la clé publique minisign qui les a signés</translation>
    </message>
    <message>
        <source>one minisign signature for each file above</source>
        <translation>une signature minisign pour chacun des fichiers ci-dessus</translation>
    </message>
    <message>
        <source>1. Decrypt
----------
</source>
        <translation>1. Déchiffrer
-------------
</translation>
    </message>
    <message>
        <source>This package was encrypted to a one-time passphrase; the patient gave it to you separately.
age asks for it:

    age -d -o share.tar %1

</source>
        <translation>Ce paquet a été chiffré avec une phrase de passe à usage unique&#xa0;; le patient vous l&apos;a remise séparément.
age vous la demande&#xa0;:

    age -d -o share.tar %1

</translation>
    </message>
    <message>
        <source>This package was encrypted to your age key. With your identity file (key.txt, from age-keygen):

    age -d -i key.txt -o share.tar %1

</source>
        <translation>Ce paquet a été chiffré pour votre clé age. Avec votre fichier d&apos;identité (key.txt, issu de age-keygen)&#xa0;:

    age -d -i key.txt -o share.tar %1

</translation>
    </message>
    <message>
        <source>Then unpack it into a new folder:

    mkdir share &amp;&amp; tar -xf share.tar -C share &amp;&amp; cd share

</source>
        <translation>Décompressez-le ensuite dans un nouveau dossier&#xa0;:

    mkdir share &amp;&amp; tar -xf share.tar -C share &amp;&amp; cd share

</translation>
    </message>
    <message>
        <source>Carnet does this and every check below in one step:

    carnet-cli share open %1 %2

</source>
        <translation>Carnet effectue cette opération et toutes les vérifications ci-dessous en une seule étape&#xa0;:

    carnet-cli share open %1 %2

</translation>
    </message>
    <message>
        <source>2. Verify
---------
</source>
        <translation>2. Vérifier
-----------
</translation>
    </message>
    <message>
        <source>Each file must verify with the patient&apos;s key; minisign then prints the same trusted comment for all:

</source>
        <translation>Chaque fichier doit être vérifié avec la clé du patient&#xa0;; minisign affiche alors le même commentaire de confiance pour tous&#xa0;:

</translation>
    </message>
    <message>
        <source>Signer&apos;s minisign public key:  %1
</source>
        <translation>Clé publique minisign du signataire&#xa0;:  %1
</translation>
    </message>
    <message>
        <source>Signer&apos;s minisign key id:      %1
</source>
        <translation>ID de clé minisign du signataire&#xa0;:     %1
</translation>
    </message>
    <message>
        <source>Signer&apos;s Carnet fingerprint:   %1

</source>
        <translation>Empreinte Carnet du signataire&#xa0;:       %1

</translation>
    </message>
    <message>
        <source>The key above came inside this package: it proves that the files were not changed after they were
signed, not who signed them. Compare it (or the fingerprint) with the one the patient gave you, or
verify with the key you already hold for them. In Carnet the patient finds both under their
identity (`carnet-cli identity show VAULT`).

</source>
        <translation>La clé ci-dessus était incluse dans ce paquet&#xa0;: elle prouve que les fichiers n&apos;ont pas été modifiés
après leur signature, mais pas qui les a signés. Comparez-la (ou l&apos;empreinte) avec celle que le patient
vous a donnée, ou vérifiez avec la clé que vous détenez déjà pour lui. Dans Carnet, le patient trouve
les deux dans son identité (`carnet-cli identity show VAULT`).

</translation>
    </message>
    <message>
        <source>The trusted comment is one line of JSON: format version, export id, creation time (UTC), the signer&apos;s
fingerprint, the recipients&apos; fingerprints (or &quot;passphrase&quot;), the number of shared records, and
the file it covers.
</source>
        <translation>Le commentaire de confiance est une ligne de JSON&#xa0;: version du format, identifiant d&apos;export, date de création (UTC),
empreinte du signataire, empreintes des destinataires (ou &quot;passphrase&quot;), nombre d&apos;éléments partagés et
le fichier qu&apos;il couvre.
</translation>
    </message>
</context>
<context>
    <name>ShareRecipient</name>
    <message>
        <source>&apos;%1&apos; is not an age recipient (a key that starts with age1).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un destinataire age (une clé qui commence par age1).</translation>
    </message>
    <message>
        <source>%1 has no age recipient key in the care team; add one before sharing with them.</source>
        <translation>%1 n&apos;a pas de clé de destinataire age dans l&apos;équipe soignante&#xa0;; ajoutez-en une avant de partager avec cette personne.</translation>
    </message>
    <message>
        <source>%1 (care team)</source>
        <translation>%1 (équipe soignante)</translation>
    </message>
</context>
<context>
    <name>ShareSummaryPage</name>
    <message>
        <source>a patient</source>
        <translation>un patient</translation>
    </message>
    <message>
        <source>Health record shared by %1</source>
        <translation>Dossier de santé partagé par %1</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Né(e) le %1</translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation>Genre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporté le %1</translation>
    </message>
    <message>
        <source>Shared records: %1</source>
        <translation>Éléments partagés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed by the vault key with fingerprint</source>
        <translation>Signé par la clé du coffre-fort dont l&apos;empreinte est</translation>
    </message>
    <message>
        <source>Export id</source>
        <translation>Identifiant d&apos;export</translation>
    </message>
    <message>
        <source>This page is a copy for reading. The signed record is bundle.json; README.txt says how to check its signature.</source>
        <translation>Cette page est une copie pour la lecture. L&apos;élément signé est bundle.json&#xa0;; README.txt explique comment vérifier sa signature.</translation>
    </message>
    <message>
        <source>Journal entries (%1)</source>
        <translation>Entrées du journal (%1)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Medications (%1)</source>
        <translation>Médicaments (%1)</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Aucune donnée enregistrée.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Dose and schedule</source>
        <translation>Dose et schéma de prise</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie d&apos;administration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Insurance (%1)</source>
        <translation>Assurance (%1)</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Organisme payeur</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Member id</source>
        <translation>N° d&apos;adhérent</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Appointments (%1)</source>
        <translation>Rendez-vous (%1)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
</context>
<context>
    <name>TarArchive</name>
    <message>
        <source>Could not start the archive: %1</source>
        <translation>Impossible de commencer l&apos;archive&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refusing to write the member &quot;%1&quot;.</source>
        <translation>Refus d&apos;écrire l&apos;élément «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not add %1 to the archive: %2</source>
        <translation>Impossible d&apos;ajouter %1 à l&apos;archive&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not finish the archive: %1</source>
        <translation>Impossible de terminer l&apos;archive&#xa0;: %1</translation>
    </message>
    <message>
        <source>The package&apos;s contents are not a valid archive.</source>
        <translation>Le contenu du paquet n&apos;est pas une archive valide.</translation>
    </message>
    <message>
        <source>The package&apos;s archive is damaged: %1</source>
        <translation>L&apos;archive du paquet est endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The package contains &quot;%1&quot;, which is not a plain file.</source>
        <translation>Le paquet contient «&#xa0;%1&#xa0;», qui n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>The package contains the unsafe path &quot;%1&quot;.</source>
        <translation>Le paquet contient le chemin dangereux «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The package contains &quot;%1&quot; twice.</source>
        <translation>Le paquet contient «&#xa0;%1&#xa0;» deux fois.</translation>
    </message>
    <message>
        <source>The package contains too many files.</source>
        <translation>Le paquet contient trop de fichiers.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the package is too large.</source>
        <translation>«&#xa0;%1&#xa0;» dans le paquet est trop volumineux.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the package is truncated.</source>
        <translation>«&#xa0;%1&#xa0;» dans le paquet est tronqué.</translation>
    </message>
</context>
<context>
    <name>UpcomingReminders</name>
    <message>
        <source>%1, due %2</source>
        <translation>%1, à prendre à %2</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>records.db is damaged or does not belong to this keyring (%1).</source>
        <translation>records.db est endommagé ou n&apos;appartient pas à ce trousseau (%1).</translation>
    </message>
    <message>
        <source>The disk is full: %1 was not completed and nothing was changed.</source>
        <translation>Le disque est plein&#xa0;: l&apos;opération «&#xa0;%1&#xa0;» n&apos;a pas abouti et rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de l&apos;opération «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The passphrase must be at least %1 characters long.</source>
        <translation>La phrase de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>Il n&apos;y a pas de coffre-fort à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <source>%1 is not a Carnet vault: it has no keyring file.</source>
        <translation>%1 n&apos;est pas un coffre-fort Carnet&#xa0;: il n&apos;a pas de fichier de trousseau.</translation>
    </message>
    <message>
        <source>Cannot read the keyring: %1</source>
        <translation>Impossible de lire le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>records.db is missing from the vault, although its keyring is there. Carnet will not start a new, empty vault in its place; restore records.db from a backup.</source>
        <translation>records.db est absent du coffre-fort, alors que son trousseau est présent. Carnet ne créera pas de nouveau coffre-fort vide à sa place&#xa0;; restaurez records.db à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>records.db is empty, although the vault&apos;s keyring is there. Carnet will not start a new, empty vault in its place; restore records.db from a backup.</source>
        <translation>records.db est vide, alors que le trousseau du coffre-fort est présent. Carnet ne créera pas de nouveau coffre-fort vide à sa place&#xa0;; restaurez records.db à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The key-derivation settings are below Carnet&apos;s minimum.</source>
        <translation>Les paramètres de dérivation de clé sont inférieurs au minimum de Carnet.</translation>
    </message>
    <message>
        <source>%1 already holds a Carnet vault.</source>
        <translation>%1 contient déjà un coffre-fort Carnet.</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new or empty folder for the vault.</source>
        <translation>%1 n&apos;est pas vide&#xa0;; choisissez un dossier nouveau ou vide pour le coffre-fort.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>création du coffre-fort</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Phrase de passe incorrecte.</translation>
    </message>
    <message>
        <source>Wrong recovery code.</source>
        <translation>Code de récupération incorrect.</translation>
    </message>
    <message>
        <source>The vault was not opened with its recovery code.</source>
        <translation>Le coffre-fort n&apos;a pas été ouvert avec son code de récupération.</translation>
    </message>
    <message>
        <source>new passphrase and recovery code set</source>
        <translation>nouvelle phrase de passe et nouveau code de récupération définis</translation>
    </message>
    <message>
        <source>records.db belongs to a different vault than this keyring.</source>
        <translation>records.db appartient à un autre coffre-fort que ce trousseau.</translation>
    </message>
    <message>
        <source>Opening records.db</source>
        <translation>ouverture de records.db</translation>
    </message>
    <message>
        <source>The vault&apos;s audit key is damaged.</source>
        <translation>La clé d&apos;audit du coffre-fort est endommagée.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre-fort est verrouillé.</translation>
    </message>
    <message>
        <source>Set a new passphrase before using the vault.</source>
        <translation>Définissez une nouvelle phrase de passe avant d&apos;utiliser le coffre-fort.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>La phrase de passe actuelle est incorrecte.</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>changement de la phrase de passe</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>La phrase de passe est incorrecte.</translation>
    </message>
    <message>
        <source>Rotating the data key</source>
        <translation>renouvellement de la clé de données</translation>
    </message>
</context>
<context>
    <name>VaultIdentity</name>
    <message>
        <source>This vault has no identity keys.</source>
        <translation>Ce coffre-fort n&apos;a pas de clés d&apos;identité.</translation>
    </message>
    <message>
        <source>This vault&apos;s identity keys are damaged.</source>
        <translation>Les clés d&apos;identité de ce coffre-fort sont endommagées.</translation>
    </message>
</context>
<context>
    <name>VaultLock</name>
    <message>
        <source>The vault is in use by another Carnet process (PID %1). Close it there first.</source>
        <translation>Le coffre-fort est utilisé par un autre processus Carnet (PID %1). Fermez-le d&apos;abord dans celui-ci.</translation>
    </message>
    <message>
        <source>Cannot create the lock file in %1: permission denied.</source>
        <translation>Impossible de créer le fichier de verrouillage dans %1&#xa0;: permission refusée.</translation>
    </message>
    <message>
        <source>Cannot lock the vault in %1.</source>
        <translation>Impossible de verrouiller le coffre-fort dans %1.</translation>
    </message>
</context>
<context>
    <name>carnet::ActivityPage</name>
    <message>
        <source>&lt;h2&gt;Activity&lt;/h2&gt;&lt;p&gt;Every unlock, lock, failed attempt and key change of this vault. The log is chained so that an edited or removed entry shows.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Activité&lt;/h2&gt;&lt;p&gt;Chaque déverrouillage, verrouillage, tentative échouée et changement de clé de ce coffre-fort. Le journal est chaîné, de sorte qu&apos;une entrée modifiée ou supprimée se remarque.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Verify the log</source>
        <translation>&amp;Vérifier le journal</translation>
    </message>
    <message numerus="yes">
        <source>The log verifies: %n entries, none altered or removed.</source>
        <translation>
            <numerusform>Le journal est vérifié&#xa0;: %n entrée, aucune modifiée ni supprimée.</numerusform>
            <numerusform>Le journal est vérifié&#xa0;: %n entrées, aucune modifiée ni supprimée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log does not verify: %1</source>
        <translation>Le journal n&apos;est pas vérifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>carnet::AdherenceChart</name>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Adherence chart</source>
        <translation>Graphique d&apos;observance</translation>
    </message>
    <message>
        <source>No scheduled doses in this period</source>
        <translation>Aucune prise prévue sur cette période</translation>
    </message>
    <message>
        <source>%1: taken as needed, no scheduled doses</source>
        <translation>%1&#xa0;: pris si besoin, aucune prise prévue</translation>
    </message>
    <message>
        <source>%1: no doses due yet</source>
        <translation>%1&#xa0;: aucune prise encore due</translation>
    </message>
    <message>
        <source>%1: %2 taken</source>
        <translation>%1&#xa0;: %2 des prises effectuées</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>Taken: %1 of %2 due (%3 of them late)</source>
        <translation>Prises effectuées&#xa0;: %1 sur %2 dues (dont %3 en retard)</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Sautées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Missed: %1</source>
        <translation>Oubliées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Still to come: %1</source>
        <translation>À venir&#xa0;: %1</translation>
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
        <translation>Prises effectuées comme prévu</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message numerus="yes">
        <source>Last %n days</source>
        <translation>
            <numerusform>%n dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Observance</translation>
    </message>
</context>
<context>
    <name>carnet::AgeArmorReader</name>
    <message>
        <source>an armor line is longer than 64 columns</source>
        <translation>une ligne d&apos;armure dépasse 64 colonnes</translation>
    </message>
    <message>
        <source>the armor does not start with its begin line</source>
        <translation>l&apos;armure ne commence pas par sa ligne de début</translation>
    </message>
    <message>
        <source>the armor has no data</source>
        <translation>l&apos;armure ne contient aucune donnée</translation>
    </message>
    <message>
        <source>there is data after the end of the armor</source>
        <translation>des données suivent la fin de l&apos;armure</translation>
    </message>
    <message>
        <source>the armor ends without its end line</source>
        <translation>l&apos;armure se termine sans sa ligne de fin</translation>
    </message>
    <message>
        <source>a short or padded armor line is not the last one</source>
        <translation>une ligne d&apos;armure courte ou avec remplissage n&apos;est pas la dernière</translation>
    </message>
    <message>
        <source>an armor line has the wrong length</source>
        <translation>une ligne d&apos;armure n&apos;a pas la bonne longueur</translation>
    </message>
    <message>
        <source>an armor line is not canonical base64</source>
        <translation>une ligne d&apos;armure n&apos;est pas du base64 canonique</translation>
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
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <translation>Demain, %1</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
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
        <translation>Prises&#xa0;: %1</translation>
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
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Risk of a future reaction</source>
        <translation>Risque d&apos;une réaction future</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>Date d&apos;apparition</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>New allergy</source>
        <translation>Nouvelle allergie</translation>
    </message>
    <message>
        <source>Edit allergy</source>
        <translation>Modifier l&apos;allergie</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>What it is to: penicillin, peanuts, cat dander</source>
        <translation>À quoi&#xa0;: pénicilline, arachides, poils de chat</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>What happens: hives, swelling, anaphylaxis</source>
        <translation>Ce qui se passe&#xa0;: urticaire, gonflement, anaphylaxie</translation>
    </message>
    <message>
        <source>How likely a future reaction is to be life-threatening</source>
        <translation>Probabilité qu&apos;une réaction future mette la vie en danger</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation>&amp;Substance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reaction:</source>
        <translation>&amp;Réaction&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>Risk of a &amp;future reaction:</source>
        <translation>Risque d&apos;une réaction &amp;future&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>&amp;Apparition&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>carnet::AllergyListModel</name>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
</context>
<context>
    <name>carnet::AllergyPanel</name>
    <message>
        <source>Allergies and intolerances, active ones first. Those with a severe reaction or a high risk of one are marked ⚠.</source>
        <translation>Allergies et intolérances, les actives en premier. Celles avec une réaction sévère ou un risque élevé de réaction sont marquées ⚠.</translation>
    </message>
    <message>
        <source>No allergies recorded. Add one with “New allergy” (Ctrl+N); if you have none, you can leave this list empty.</source>
        <translation>Aucune allergie enregistrée. Ajoutez-en une avec «&#xa0;Nouvelle allergie&#xa0;» (Ctrl+N)&#xa0;; si vous n&apos;en avez aucune, vous pouvez laisser cette liste vide.</translation>
    </message>
    <message>
        <source>&amp;New allergy…</source>
        <translation>&amp;Nouvelle allergie…</translation>
    </message>
    <message>
        <source>Delete allergy</source>
        <translation>Supprimer l&apos;allergie</translation>
    </message>
    <message>
        <source>Delete the allergy to “%1”?

It moves to the deleted allergies, where you can restore it.</source>
        <translation>Supprimer l&apos;allergie à «&#xa0;%1&#xa0;»&#xa0;?

Elle sera déplacée dans les allergies supprimées, où vous pourrez la restaurer.</translation>
    </message>
    <message>
        <source>Deleted a&amp;llergies…</source>
        <translation>A&amp;llergies supprimées…</translation>
    </message>
    <message>
        <source>Deleted allergies</source>
        <translation>Allergies supprimées</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>New allergy</source>
        <translation>Nouvelle allergie</translation>
    </message>
    <message>
        <source>Edit allergy</source>
        <translation>Modifier l&apos;allergie</translation>
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
        <translation>⚠ Risque élevé</translation>
    </message>
    <message>
        <source>⚠ %1, high risk</source>
        <translation>⚠ %1, risque élevé</translation>
    </message>
    <message>
        <source>Severe reaction</source>
        <translation>Réaction sévère</translation>
    </message>
    <message>
        <source>High risk of a severe reaction</source>
        <translation>Risque élevé de réaction sévère</translation>
    </message>
</context>
<context>
    <name>carnet::AppointmentEditorDialog</name>
    <message>
        <source>A&amp;ll day</source>
        <translation>Toute la &amp;journée</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>Edit Appointment</source>
        <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
        <source>New Appointment</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Changes apply to every date of this series.</source>
        <translation>Les modifications s&apos;appliquent à toutes les dates de cette série.</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>&amp;Répétition</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Rappels&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Reminders and &amp;notes</source>
        <translation>Rappels et &amp;notes</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Required, e.g. Dermatology check-up</source>
        <translation>Obligatoire, p. ex. Contrôle dermatologique</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Professionnel de santé</translation>
    </message>
    <message>
        <source>e.g. Dr. Jane Roe</source>
        <translation>p. ex. Dr Marie Dupont</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Professionnel de santé&#xa0;:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>e.g. City Clinic, room 4</source>
        <translation>p. ex. Clinique de la Ville, salle 4</translation>
    </message>
    <message>
        <source>Pl&amp;ace:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>Adre&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>The times above are in this zone; a repeating appointment keeps its local time across daylight-saving changes.</source>
        <translation>Les heures ci-dessus sont dans ce fuseau&#xa0;; un rendez-vous récurrent conserve son heure locale lors des changements d&apos;heure.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Appointment not saved</source>
        <translation>Rendez-vous non enregistré</translation>
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
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>carnet::CalendarDayPanel</name>
    <message>
        <source>Appointments and doses of the selected day</source>
        <translation>Rendez-vous et prises du jour sélectionné</translation>
    </message>
    <message>
        <source>Nothing on this day. Press Return or Ctrl+N to add an appointment.</source>
        <translation>Rien ce jour-là. Appuyez sur Entrée ou Ctrl+N pour ajouter un rendez-vous.</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
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
        <translation>Annulé</translation>
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
        <translation>%1  Prise&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>No appointments on this day. Press Return or Ctrl+N to add one.</source>
        <translation>Aucun rendez-vous ce jour-là. Appuyez sur Entrée ou Ctrl+N pour en ajouter un.</translation>
    </message>
</context>
<context>
    <name>carnet::CalendarMonthModel</name>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>%1 %2 (cancelled)</source>
        <translation>%1 %2 (annulé)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>1 medication dose due</source>
        <translation>1 prise de médicament due</translation>
    </message>
    <message numerus="yes">
        <source>%n medication doses due</source>
        <translation>
            <numerusform>%n prise de médicament due</numerusform>
            <numerusform>%n prises de médicament dues</numerusform>
        </translation>
    </message>
    <message>
        <source>No appointments</source>
        <translation>Aucun rendez-vous</translation>
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
        <translation>Actions du calendrier</translation>
    </message>
    <message>
        <source>Calendar hint</source>
        <translation>Aide du calendrier</translation>
    </message>
    <message>
        <source>&amp;New Appointment…</source>
        <translation>&amp;Nouveau rendez-vous…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected appointment (Return or F2)</source>
        <translation>Modifier le rendez-vous sélectionné (Entrée ou F2)</translation>
    </message>
    <message>
        <source>&amp;Cancel Appointment</source>
        <translation>&amp;Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>Mark the selected appointment as cancelled, or booked again</source>
        <translation>Marquer le rendez-vous sélectionné comme annulé, ou à nouveau réservé</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Deleted Appointments…</source>
        <translation>Rendez-vous supprimés…</translation>
    </message>
    <message>
        <source>See deleted appointments and restore them</source>
        <translation>Voir les rendez-vous supprimés et les restaurer</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>Show medication d&amp;oses</source>
        <translation>Afficher les &amp;prises de médicaments</translation>
    </message>
    <message>
        <source>Show the doses your medication schedules say are due</source>
        <translation>Afficher les prises dues selon vos schémas de prise</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>M&amp;ois</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>S&amp;emaine</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message numerus="yes">
        <source>Earlier %n days</source>
        <translation>
            <numerusform>%n jour plus tôt</numerusform>
            <numerusform>%n jours plus tôt</numerusform>
        </translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message numerus="yes">
        <source>Later %n days</source>
        <translation>
            <numerusform>%n jour plus tard</numerusform>
            <numerusform>%n jours plus tard</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No appointments in %1. Press Ctrl+N to add one on the selected day.</source>
        <translation>Aucun rendez-vous en %1. Appuyez sur Ctrl+N pour en ajouter un le jour sélectionné.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No appointments this week. Press Ctrl+N to add one on the selected day.</source>
        <translation>Aucun rendez-vous cette semaine. Appuyez sur Ctrl+N pour en ajouter un le jour sélectionné.</translation>
    </message>
    <message numerus="yes">
        <source>No appointments in the next %n days. Press Ctrl+N to add one.</source>
        <translation>
            <numerusform>Aucun rendez-vous d&apos;ici %n jour. Appuyez sur Ctrl+N pour en ajouter un.</numerusform>
            <numerusform>Aucun rendez-vous d&apos;ici %n jours. Appuyez sur Ctrl+N pour en ajouter un.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No appointments in these %n days. Press Ctrl+T to go back to today.</source>
        <translation>
            <numerusform>Aucun rendez-vous sur cette période de %n jour. Appuyez sur Ctrl+T pour revenir à aujourd&apos;hui.</numerusform>
            <numerusform>Aucun rendez-vous sur cette période de %n jours. Appuyez sur Ctrl+T pour revenir à aujourd&apos;hui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your calendar is empty. Press Ctrl+N to add your first appointment. Doses your medication schedules say are due show here too.</source>
        <translation>Votre calendrier est vide. Appuyez sur Ctrl+N pour ajouter votre premier rendez-vous. Les prises dues selon vos schémas de prise s&apos;affichent également ici.</translation>
    </message>
    <message>
        <source>Re&amp;book Appointment</source>
        <translation>&amp;Réserver à nouveau</translation>
    </message>
    <message>
        <source>Appointment not opened</source>
        <translation>Rendez-vous non ouvert</translation>
    </message>
    <message>
        <source>Appointment not changed</source>
        <translation>Rendez-vous non modifié</translation>
    </message>
    <message>
        <source>Delete “%1” and every date of its series?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et toutes les dates de sa série&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the appointment “%1”?</source>
        <translation>Supprimer le rendez-vous «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Delete Appointment</source>
        <translation>Supprimer le rendez-vous</translation>
    </message>
    <message>
        <source>%1

It can be restored later from Deleted Appointments…</source>
        <translation>%1

Vous pourrez le restaurer plus tard depuis Rendez-vous supprimés…</translation>
    </message>
    <message>
        <source>Appointment not deleted</source>
        <translation>Rendez-vous non supprimé</translation>
    </message>
    <message>
        <source>History not shown</source>
        <translation>Historique non affiché</translation>
    </message>
</context>
<context>
    <name>carnet::CareTeamListModel</name>
    <message>
        <source>Pinned</source>
        <translation>Confirmées</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Non confirmées</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
</context>
<context>
    <name>carnet::CareTeamMemberEditorDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>&amp;Add phone</source>
        <translation>&amp;Ajouter un téléphone</translation>
    </message>
    <message>
        <source>Remo&amp;ve phone</source>
        <translation>&amp;Retirer le téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation>Destinataire age</translation>
    </message>
    <message>
        <source>minisign public key</source>
        <translation>Clé publique minisign</translation>
    </message>
    <message>
        <source>&amp;Read .pub file…</source>
        <translation>&amp;Lire un fichier .pub…</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>New care-team member</source>
        <translation>Nouveau membre de l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>Edit care-team member</source>
        <translation>Modifier le membre de l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>For example: cardiology, home nurse</source>
        <translation>Par exemple&#xa0;: cardiologie, infirmière à domicile</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Fingerprint in groups</source>
        <translation>Empreinte par groupes</translation>
    </message>
    <message>
        <source>age1…</source>
        <translation>age1…</translation>
    </message>
    <message>
        <source>Their age public key (from age-keygen or their Carnet), to encrypt shares to them</source>
        <translation>Sa clé publique age (issue de age-keygen ou de son Carnet), pour chiffrer les partages à son intention</translation>
    </message>
    <message>
        <source>Their minisign public key, to check what they sign: the line after the comment in their .pub file</source>
        <translation>Sa clé publique minisign, pour vérifier ce que cette personne signe&#xa0;: la ligne qui suit le commentaire dans son fichier .pub</translation>
    </message>
    <message>
        <source>The fingerprint they read out to you: 64 hexadecimal digits, spaces allowed</source>
        <translation>L&apos;empreinte que cette personne vous lit&#xa0;: 64 chiffres hexadécimaux, espaces autorisés</translation>
    </message>
    <message>
        <source>Read a minisign .pub file</source>
        <translation>Lire un fichier .pub minisign</translation>
    </message>
    <message>
        <source>Keys pinned on %1. Changing a key removes the pin; pin the new keys from the list after comparing them.</source>
        <translation>Clés confirmées le %1. Modifier une clé retire la confirmation&#xa0;; confirmez les nouvelles clés depuis la liste après les avoir comparées.</translation>
    </message>
    <message>
        <source>Keys not pinned. After saving, compare them with the person and pin them from the list.</source>
        <translation>Clés non confirmées. Après l&apos;enregistrement, comparez-les avec la personne et confirmez-les depuis la liste.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Specialty:</source>
        <translation>&amp;Spécialité&#xa0;:</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Établ&amp;issement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phones:</source>
        <translation>&amp;Téléphones&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Keys for sharing</source>
        <translation>Clés pour le partage</translation>
    </message>
    <message>
        <source>age re&amp;cipient:</source>
        <translation>Destinataire a&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;minisign public key:</source>
        <translation>Clé publique &amp;minisign&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Fingerprint:</source>
        <translation>Em&amp;preinte&#xa0;:</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Cela ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <source>Key ID: %1</source>
        <translation>ID de clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub);;All files (*)</source>
        <translation>Clés publiques minisign (*.pub);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a minisign public key.</source>
        <translation>%1 n&apos;est pas une clé publique minisign.</translation>
    </message>
</context>
<context>
    <name>carnet::CareTeamPanel</name>
    <message>
        <source>The providers and caregivers you deal with. Their public keys let you share records with them and check what they send; pin the keys once you have compared them with the person.</source>
        <translation>Les professionnels de santé et les aidants auxquels vous avez affaire. Leurs clés publiques vous permettent de partager des éléments avec eux et de vérifier ce qu&apos;ils vous envoient&#xa0;; confirmez les clés une fois que vous les avez comparées avec la personne.</translation>
    </message>
    <message>
        <source>No care-team members yet. Add one with “New member” (Ctrl+N).</source>
        <translation>Aucun membre dans l&apos;équipe soignante pour l&apos;instant. Ajoutez-en un avec «&#xa0;Nouveau membre&#xa0;» (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;Nouveau membre…</translation>
    </message>
    <message>
        <source>Delete care-team member</source>
        <translation>Supprimer le membre de l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>Delete “%1” from your care team?

They move to the deleted members, where you can restore them.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» de votre équipe soignante&#xa0;?

La fiche sera déplacée dans les membres supprimés, où vous pourrez la restaurer.</translation>
    </message>
    <message>
        <source>Deleted &amp;members…</source>
        <translation>Mem&amp;bres supprimés…</translation>
    </message>
    <message>
        <source>Deleted care-team members</source>
        <translation>Membres supprimés de l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>&amp;Pin keys…</source>
        <translation>&amp;Confirmer les clés…</translation>
    </message>
    <message>
        <source>Compare the selected member&apos;s keys and pin them, or unpin them</source>
        <translation>Comparer les clés du membre sélectionné et les confirmer, ou retirer la confirmation</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Équipe soignante</translation>
    </message>
    <message>
        <source>&lt;p&gt;Pin the keys of &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;Compare them group by group with what %1 reads out or shows you, in person or on a call you trust. Pin only if every group matches.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Confirmer les clés de &lt;b&gt;%1&lt;/b&gt;&#xa0;?&lt;/p&gt;&lt;p&gt;Comparez-les groupe par groupe avec ce que %1 vous lit ou vous montre, en personne ou lors d&apos;un appel de confiance. Ne confirmez que si chaque groupe correspond.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>minisign key ID:</source>
        <translation>ID de clé minisign&#xa0;:</translation>
    </message>
    <message>
        <source>age recipient:</source>
        <translation>Destinataire age&#xa0;:</translation>
    </message>
    <message>
        <source>Unpin keys</source>
        <translation>Retirer la confirmation</translation>
    </message>
    <message>
        <source>Keys of %1 unpinned.</source>
        <translation>Confirmation des clés de %1 retirée.</translation>
    </message>
    <message>
        <source>Pin keys</source>
        <translation>Confirmer les clés</translation>
    </message>
    <message>
        <source>%1 has no keys to pin. Add their age recipient or minisign key with Edit first.</source>
        <translation>%1 n&apos;a aucune clé à confirmer. Ajoutez d&apos;abord son destinataire age ou sa clé minisign avec Modifier.</translation>
    </message>
    <message>
        <source>Keys of %1 pinned.</source>
        <translation>Clés de %1 confirmées.</translation>
    </message>
    <message>
        <source>Un&amp;pin keys</source>
        <translation>&amp;Retirer la confirmation</translation>
    </message>
    <message>
        <source>New care-team member</source>
        <translation>Nouveau membre de l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>Edit care-team member</source>
        <translation>Modifier le membre de l&apos;équipe soignante</translation>
    </message>
</context>
<context>
    <name>carnet::ConditionEditorDialog</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>Date d&apos;apparition</translation>
    </message>
    <message>
        <source>Resolved or in remission since</source>
        <translation>Résolue ou en rémission depuis</translation>
    </message>
    <message>
        <source>New condition</source>
        <translation>Nouvelle pathologie</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Modifier la pathologie</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Pathologie</translation>
    </message>
    <message>
        <source>For example: asthma, type 2 diabetes</source>
        <translation>Par exemple&#xa0;: asthme, diabète de type 2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>&amp;Pathologie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>&amp;Apparition&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resolved or in remission since:</source>
        <translation>&amp;Résolue ou en rémission depuis&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>carnet::ConditionListModel</name>
    <message>
        <source>Condition</source>
        <translation>Pathologie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>carnet::ConditionPanel</name>
    <message>
        <source>Health conditions and diagnoses, active ones first, then those in remission or resolved.</source>
        <translation>Pathologies et diagnostics, les actifs en premier, puis ceux en rémission ou résolus.</translation>
    </message>
    <message>
        <source>No conditions recorded. Add one with “New condition” (Ctrl+N).</source>
        <translation>Aucune pathologie enregistrée. Ajoutez-en une avec «&#xa0;Nouvelle pathologie&#xa0;» (Ctrl+N).</translation>
    </message>
    <message>
        <source>&amp;New condition…</source>
        <translation>&amp;Nouvelle pathologie…</translation>
    </message>
    <message>
        <source>Delete condition</source>
        <translation>Supprimer la pathologie</translation>
    </message>
    <message>
        <source>Delete the condition “%1”?

It moves to the deleted conditions, where you can restore it.</source>
        <translation>Supprimer la pathologie «&#xa0;%1&#xa0;»&#xa0;?

Elle sera déplacée dans les pathologies supprimées, où vous pourrez la restaurer.</translation>
    </message>
    <message>
        <source>Deleted c&amp;onditions…</source>
        <translation>Pa&amp;thologies supprimées…</translation>
    </message>
    <message>
        <source>Deleted conditions</source>
        <translation>Pathologies supprimées</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Pathologies</translation>
    </message>
    <message>
        <source>New condition</source>
        <translation>Nouvelle pathologie</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Modifier la pathologie</translation>
    </message>
</context>
<context>
    <name>carnet::CreateVaultPage</name>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Créer le coffre-fort</translation>
    </message>
    <message>
        <source>There is no vault here yet. Choose a passphrase of at least %1 characters: a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Il n&apos;y a pas encore de coffre-fort ici. Choisissez une phrase de passe d&apos;au moins %1 caractères&#xa0;: quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répétez&#xa0;:</translation>
    </message>
    <message>
        <source>Creating… (this takes a few seconds)</source>
        <translation>Création… (cela prend quelques secondes)</translation>
    </message>
</context>
<context>
    <name>carnet::DeletedAppointmentsDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Deleted Appointments</source>
        <translation>Rendez-vous supprimés</translation>
    </message>
    <message>
        <source>Deleted appointments are kept, with their history, until the vault is purged. Restore one to put it back in the calendar.</source>
        <translation>Les rendez-vous supprimés sont conservés, avec leur historique, jusqu&apos;à la purge du coffre-fort. Restaurez-en un pour le remettre dans le calendrier.</translation>
    </message>
    <message>
        <source>&amp;Deleted appointments:</source>
        <translation>Rendez-vous &amp;supprimés&#xa0;:</translation>
    </message>
    <message>
        <source>Deleted appointments</source>
        <translation>Rendez-vous supprimés</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>No deleted appointments.</source>
        <translation>Aucun rendez-vous supprimé.</translation>
    </message>
    <message>
        <source>Appointment not restored</source>
        <translation>Rendez-vous non restauré</translation>
    </message>
</context>
<context>
    <name>carnet::DisclosureLogModel</name>
    <message>
        <source>1 journal entry</source>
        <translation>1 entrée du journal</translation>
    </message>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation>
            <numerusform>%n entrée du journal</numerusform>
            <numerusform>%n entrées du journal</numerusform>
        </translation>
    </message>
    <message>
        <source>medications</source>
        <translation>médicaments</translation>
    </message>
    <message>
        <source>insurance</source>
        <translation>assurance</translation>
    </message>
    <message>
        <source>appointments</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>the profile only</source>
        <translation>le profil uniquement</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between the kinds of records shared</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>care team member</source>
        <translation>membre de l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>age key</source>
        <translation>clé age</translation>
    </message>
    <message>
        <source>one-time passphrase</source>
        <translation>phrase de passe à usage unique</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2), fingerprint %3</source>
        <translation>%1 (%2), empreinte %3</translation>
    </message>
    <message>
        <source>1 record shared</source>
        <translation>1 élément partagé</translation>
    </message>
    <message numerus="yes">
        <source>%n records shared</source>
        <translation>
            <numerusform>%n élément partagé</numerusform>
            <numerusform>%n éléments partagés</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 of the file as written: %1</source>
        <translation>SHA-256 du fichier tel qu&apos;il a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>When the file was written (local time)</source>
        <translation>Quand le fichier a été écrit (heure locale)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who the file was encrypted to</source>
        <translation>Pour qui le fichier a été chiffré</translation>
    </message>
    <message>
        <source>Shared with</source>
        <translation>Partagé avec</translation>
    </message>
    <message>
        <source>Which kinds of records the file holds</source>
        <translation>Les types d&apos;éléments que contient le fichier</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>How many records the file holds</source>
        <translation>Le nombre d&apos;éléments que contient le fichier</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>The file&apos;s name (the folder is not kept)</source>
        <translation>Le nom du fichier (le dossier n&apos;est pas conservé)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>SHA-256 of the file, to check that a file is the one you sent</source>
        <translation>SHA-256 du fichier, pour vérifier qu&apos;un fichier est bien celui que vous avez envoyé</translation>
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
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Shared on %1</source>
        <translation>Partagé le %1</translation>
    </message>
    <message>
        <source>Encrypted to:</source>
        <translation>Chiffré pour&#xa0;:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Quoi&#xa0;:</translation>
    </message>
    <message>
        <source>Journal entries:</source>
        <translation>Entrées du journal&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Medications:</source>
        <translation>Médicaments&#xa0;:</translation>
    </message>
    <message>
        <source>Insurance:</source>
        <translation>Assurance&#xa0;:</translation>
    </message>
    <message>
        <source>Appointments:</source>
        <translation>Rendez-vous&#xa0;:</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Éléments&#xa0;:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>Export id:</source>
        <translation>Identifiant d&apos;export&#xa0;:</translation>
    </message>
    <message>
        <source>The entry numbers are those of your journal. The SHA-256 tells whether a file someone holds is exactly the one written here.</source>
        <translation>Les numéros d&apos;entrée sont ceux de votre journal. Le SHA-256 indique si un fichier détenu par quelqu&apos;un est exactement celui qui a été écrit ici.</translation>
    </message>
    <message>
        <source>Copy &amp;hash</source>
        <translation>Copier le &amp;hachage</translation>
    </message>
    <message>
        <source>Every share made from this vault: when, to whom, what, and the SHA-256 of the file as it was written. This log cannot be edited or deleted, not even by you, so it can always answer who has received what.</source>
        <translation>Chaque partage effectué depuis ce coffre-fort&#xa0;: quand, à qui, quoi, et le SHA-256 du fichier tel qu&apos;il a été écrit. Ce journal ne peut être ni modifié ni supprimé, pas même par vous&#xa0;: il peut ainsi toujours indiquer qui a reçu quoi.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing has left this vault yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Every share you make is listed here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rien n&apos;a encore quitté ce coffre-fort.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Chaque partage que vous effectuez est listé ici.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No shares yet</source>
        <translation>Aucun partage pour l&apos;instant</translation>
    </message>
    <message>
        <source>Shares made from this vault</source>
        <translation>Partages effectués depuis ce coffre-fort</translation>
    </message>
    <message>
        <source>Details of the selected share</source>
        <translation>Détails du partage sélectionné</translation>
    </message>
    <message>
        <source>Select a share to see its details.</source>
        <translation>Sélectionnez un partage pour en voir les détails.</translation>
    </message>
    <message>
        <source>Copy the full SHA-256 of the selected share&apos;s file (Ctrl+Shift+C)</source>
        <translation>Copier le SHA-256 complet du fichier du partage sélectionné (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Copy hash</source>
        <translation>Copier le hachage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>SHA-256 copied. Carnet clears the clipboard after %1 s.</source>
        <translation>SHA-256 copié. Carnet efface le presse-papiers après %1 s.</translation>
    </message>
</context>
<context>
    <name>carnet::DueDoseModel</name>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>Prises du jour</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Prendre</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Sauter</translation>
    </message>
    <message>
        <source>Record the selected dose as taken now</source>
        <translation>Enregistrer la prise sélectionnée comme prise maintenant</translation>
    </message>
    <message>
        <source>Record the selected dose as skipped</source>
        <translation>Enregistrer la prise sélectionnée comme sautée</translation>
    </message>
    <message>
        <source>No doses are due today. Medications taken as needed are recorded with “Take extra dose”.</source>
        <translation>Aucune prise n&apos;est due aujourd&apos;hui. Les médicaments pris si besoin s&apos;enregistrent avec «&#xa0;Prise supplémentaire&#xa0;».</translation>
    </message>
    <message>
        <source>Dose not recorded</source>
        <translation>Prise non enregistrée</translation>
    </message>
</context>
<context>
    <name>carnet::InsuranceCardViewer</name>
    <message>
        <source>&amp;Front</source>
        <translation>&amp;Recto</translation>
    </message>
    <message>
        <source>Show the front of the card (Ctrl+1)</source>
        <translation>Afficher le recto de la carte (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Verso</translation>
    </message>
    <message>
        <source>Show the back of the card (Ctrl+2)</source>
        <translation>Afficher le verso de la carte (Ctrl+2)</translation>
    </message>
    <message>
        <source>F&amp;it to window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <source>Scale the photo to the window (Ctrl+0)</source>
        <translation>Adapter la photo à la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
        <source>Insurance card: %1</source>
        <translation>Carte d&apos;assurance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Photo of the card</source>
        <translation>Photo de la carte</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>This card has no photo.</source>
        <translation>Cette carte n&apos;a pas de photo.</translation>
    </message>
    <message>
        <source>%1 of the card</source>
        <translation>%1 de la carte</translation>
    </message>
</context>
<context>
    <name>carnet::InsuranceListModel</name>
    <message>
        <source>Payer</source>
        <translation>Organisme payeur</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>N° d&apos;adhérent</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>carnet::InsurancePage</name>
    <message>
        <source>the front of the card</source>
        <translation>recto de la carte</translation>
    </message>
    <message>
        <source>the back of the card</source>
        <translation>verso de la carte</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Insurance&lt;/h2&gt;&lt;p&gt;Your plans with the numbers you read out on the phone, and photos of the cards. Copied numbers are cleared from the clipboard after %1 s.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Assurance&lt;/h2&gt;&lt;p&gt;Vos contrats avec les numéros que vous donnez au téléphone, et les photos des cartes. Les numéros copiés sont effacés du presse-papiers après %1 s.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Insurance actions</source>
        <translation>Actions d&apos;assurance</translation>
    </message>
    <message>
        <source>Insurance plans</source>
        <translation>Contrats d&apos;assurance</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No insurance plans yet&lt;/h3&gt;&lt;p&gt;Add each plan you hold: the payer, the member ID and group number printed on the card, the dates it covers and photos of both sides.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Aucun contrat d&apos;assurance pour l&apos;instant&lt;/h3&gt;&lt;p&gt;Ajoutez chaque contrat dont vous disposez&#xa0;: l&apos;organisme payeur, le numéro d&apos;adhérent et le numéro de groupe imprimés sur la carte, les dates de couverture et les photos des deux faces.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Nouveau contrat…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Presse-papiers effacé.</translation>
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
        <translation>Ajouter un contrat d&apos;assurance</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected plan</source>
        <translation>Modifier le contrat sélectionné</translation>
    </message>
    <message>
        <source>Edit the selected plan (Return, %1)</source>
        <translation>Modifier le contrat sélectionné (Entrée, %1)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected plan</source>
        <translation>Supprimer le contrat sélectionné</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Every version of the selected plan</source>
        <translation>Toutes les versions du contrat sélectionné</translation>
    </message>
    <message>
        <source>&amp;Copy member ID</source>
        <translation>&amp;Copier le n° d&apos;adhérent</translation>
    </message>
    <message>
        <source>Copy the member ID; the clipboard is cleared after 30 s</source>
        <translation>Copier le numéro d&apos;adhérent&#xa0;; le presse-papiers est effacé après 30 s</translation>
    </message>
    <message>
        <source>Copy &amp;group number</source>
        <translation>Copier le n° de &amp;groupe</translation>
    </message>
    <message>
        <source>Copy the group number; the clipboard is cleared after 30 s</source>
        <translation>Copier le numéro de groupe&#xa0;; le presse-papiers est effacé après 30 s</translation>
    </message>
    <message>
        <source>&amp;View photos…</source>
        <translation>&amp;Afficher les photos…</translation>
    </message>
    <message>
        <source>Show the photos of the card</source>
        <translation>Afficher les photos de la carte</translation>
    </message>
    <message>
        <source>Add or replace the &amp;front photo…</source>
        <translation>Ajouter ou remplacer la photo du &amp;recto…</translation>
    </message>
    <message>
        <source>Choose a JPEG or PNG photo</source>
        <translation>Choisir une photo JPEG ou PNG</translation>
    </message>
    <message>
        <source>Add or replace the &amp;back photo…</source>
        <translation>Ajouter ou remplacer la photo du &amp;verso…</translation>
    </message>
    <message>
        <source>&amp;Remove the front photo…</source>
        <translation>Re&amp;tirer la photo du recto…</translation>
    </message>
    <message>
        <source>Remove the photo of the front</source>
        <translation>Retirer la photo du recto</translation>
    </message>
    <message>
        <source>Re&amp;move the back photo…</source>
        <translation>Retirer la photo du v&amp;erso…</translation>
    </message>
    <message>
        <source>Remove the photo of the back</source>
        <translation>Retirer la photo du verso</translation>
    </message>
    <message>
        <source>Deleted &amp;plans…</source>
        <translation>Contrats s&amp;upprimés…</translation>
    </message>
    <message>
        <source>Show deleted plans and restore one</source>
        <translation>Afficher les contrats supprimés et en restaurer un</translation>
    </message>
    <message>
        <source>Card &amp;photos</source>
        <translation>&amp;Photos de la carte</translation>
    </message>
    <message>
        <source>Card photos</source>
        <translation>Photos de la carte</translation>
    </message>
    <message>
        <source>View, add, replace or remove the photos of the card</source>
        <translation>Voir, ajouter, remplacer ou retirer les photos de la carte</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assurance</translation>
    </message>
    <message>
        <source>New insurance plan</source>
        <translation>Nouveau contrat d&apos;assurance</translation>
    </message>
    <message>
        <source>Plan added.</source>
        <translation>Contrat ajouté.</translation>
    </message>
    <message>
        <source>Edit insurance plan</source>
        <translation>Modifier le contrat d&apos;assurance</translation>
    </message>
    <message>
        <source>Plan saved. The earlier version is kept in its history.</source>
        <translation>Contrat enregistré. La version précédente est conservée dans son historique.</translation>
    </message>
    <message>
        <source>Delete insurance plan</source>
        <translation>Supprimer le contrat d&apos;assurance</translation>
    </message>
    <message>
        <source>Delete the plan “%1”?

It moves to the deleted plans, where you can restore it.</source>
        <translation>Supprimer le contrat «&#xa0;%1&#xa0;»&#xa0;?

Il sera déplacé dans les contrats supprimés, où vous pourrez le restaurer.</translation>
    </message>
    <message>
        <source>Plan deleted. “Deleted plans…” restores it.</source>
        <translation>Contrat supprimé. «&#xa0;Contrats supprimés…&#xa0;» permet de le restaurer.</translation>
    </message>
    <message>
        <source>Copied — clears in %1 s</source>
        <translation>Copié — effacé dans %1 s</translation>
    </message>
    <message>
        <source>Photo of %1</source>
        <translation>Photo (%1)</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>Images (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Photo of %1 saved in the vault.</source>
        <translation>Photo (%1) enregistrée dans le coffre-fort.</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Remove the photo of %1 of “%2”?

The history keeps only its name and size, not the photo.</source>
        <translation>Retirer la photo (%1) de «&#xa0;%2&#xa0;»&#xa0;?

L&apos;historique ne conserve que son nom et sa taille, pas la photo.</translation>
    </message>
    <message>
        <source>Photo of %1 removed.</source>
        <translation>Photo (%1) retirée.</translation>
    </message>
    <message>
        <source>Photos of the card</source>
        <translation>Photos de la carte</translation>
    </message>
    <message>
        <source>Deleted plans</source>
        <translation>Contrats supprimés</translation>
    </message>
    <message>
        <source>Deleted insurance plans</source>
        <translation>Contrats d&apos;assurance supprimés</translation>
    </message>
    <message>
        <source>Restore plan</source>
        <translation>Restaurer le contrat</translation>
    </message>
    <message>
        <source>Plan restored.</source>
        <translation>Contrat restauré.</translation>
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
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>Dates not recorded</source>
        <translation>Dates non enregistrées</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <source>Someone else (relationship: %1)</source>
        <translation>Une autre personne (lien&#xa0;: %1)</translation>
    </message>
    <message>
        <source>%1 (relationship: %2)</source>
        <translation>%1 (lien&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Insurance plan: %1, %2</source>
        <translation>Contrat d&apos;assurance&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Return edits the plan; arrow keys move to the next card.</source>
        <translation>Entrée modifie le contrat&#xa0;; les touches fléchées passent à la carte suivante.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy member ID</source>
        <translation>Copier le n° d&apos;adhérent</translation>
    </message>
    <message>
        <source>Copy the member ID; the clipboard is cleared after 30 s (Ctrl+Shift+C)</source>
        <translation>Copier le numéro d&apos;adhérent&#xa0;; le presse-papiers est effacé après 30 s (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>N° d&apos;adhérent</translation>
    </message>
    <message>
        <source>Copy group number</source>
        <translation>Copier le n° de groupe</translation>
    </message>
    <message>
        <source>Copy the group number; the clipboard is cleared after 30 s (Ctrl+Shift+G)</source>
        <translation>Copier le numéro de groupe&#xa0;; le presse-papiers est effacé après 30 s (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Member services</source>
        <translation>Service adhérents</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>No photo of the card. Add one with Card photos in the toolbar.</source>
        <translation>Aucune photo de la carte. Ajoutez-en une avec Photos de la carte dans la barre d&apos;outils.</translation>
    </message>
    <message>
        <source>Open the photo: %1</source>
        <translation>Ouvrir la photo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open the photo of the card: %1 (Return)</source>
        <translation>Ouvrir la photo de la carte&#xa0;: %1 (Entrée)</translation>
    </message>
</context>
<context>
    <name>carnet::InsurancePlanEditorDialog</name>
    <message>
        <source>Payer</source>
        <translation>Organisme payeur</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Nom du contrat</translation>
    </message>
    <message>
        <source>Plan type</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>N° d&apos;adhérent</translation>
    </message>
    <message>
        <source>Group number</source>
        <translation>Numéro de groupe</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Your relationship to the subscriber</source>
        <translation>Votre lien avec le titulaire</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>First day covered</source>
        <translation>Premier jour couvert</translation>
    </message>
    <message>
        <source>Last day covered</source>
        <translation>Dernier jour couvert</translation>
    </message>
    <message>
        <source>Member services phone</source>
        <translation>Téléphone du service adhérents</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Other phone numbers</source>
        <translation>Autres numéros de téléphone</translation>
    </message>
    <message>
        <source>&amp;Add phone</source>
        <translation>&amp;Ajouter un téléphone</translation>
    </message>
    <message>
        <source>&amp;Remove phone</source>
        <translation>&amp;Retirer le téléphone</translation>
    </message>
    <message>
        <source>New insurance plan</source>
        <translation>Nouveau contrat d&apos;assurance</translation>
    </message>
    <message>
        <source>Edit insurance plan</source>
        <translation>Modifier le contrat d&apos;assurance</translation>
    </message>
    <message>
        <source>The insurer, as printed on the card</source>
        <translation>L&apos;assureur, tel qu&apos;imprimé sur la carte</translation>
    </message>
    <message>
        <source>For example: Gold PPO 500</source>
        <translation>Par exemple&#xa0;: Gold PPO 500</translation>
    </message>
    <message>
        <source>The policy holder, when it is not you</source>
        <translation>Le titulaire du contrat, si ce n&apos;est pas vous</translation>
    </message>
    <message>
        <source>Member services, as printed on the card</source>
        <translation>Service adhérents, tel qu&apos;imprimé sur la carte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Payer:</source>
        <translation>&amp;Organisme payeur&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;lan name:</source>
        <translation>Nom du &amp;contrat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Member ID:</source>
        <translation>N° d&apos;ad&amp;hérent&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Group number:</source>
        <translation>Numéro de &amp;groupe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subscriber:</source>
        <translation>T&amp;itulaire&#xa0;:</translation>
    </message>
    <message>
        <source>Your r&amp;elationship:</source>
        <translation>Votre &amp;lien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First day covered:</source>
        <translation>&amp;Premier jour couvert&#xa0;:</translation>
    </message>
    <message>
        <source>Last &amp;day covered:</source>
        <translation>&amp;Dernier jour couvert&#xa0;:</translation>
    </message>
    <message>
        <source>Member ser&amp;vices phone:</source>
        <translation>Téléphone du ser&amp;vice adhérents&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Other phones:</source>
        <translation>A&amp;utres téléphones&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Cela ne ressemble pas à un numéro de téléphone.</translation>
    </message>
</context>
<context>
    <name>carnet::InsuranceStatusBadge</name>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>carnet::JournalAttachmentPreviewDialog</name>
    <message>
        <source>&amp;Previous page</source>
        <translation>Page &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Aperçu de %1</translation>
    </message>
    <message>
        <source>Attachment %1</source>
        <translation>Pièce jointe %1</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>carnet::JournalEntryDelegate</name>
    <message>
        <source>Mood %1</source>
        <translation>Humeur %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n pièce jointe</numerusform>
            <numerusform>%n pièces jointes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carnet::JournalEntryEditorDialog</name>
    <message>
        <source>Show pre&amp;view</source>
        <translation>Afficher l&apos;a&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Add file…</source>
        <translation>&amp;Ajouter un fichier…</translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation>&amp;Retirer le fichier</translation>
    </message>
    <message>
        <source>Edit journal entry</source>
        <translation>Modifier l&apos;entrée du journal</translation>
    </message>
    <message>
        <source>New journal entry</source>
        <translation>Nouvelle entrée du journal</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Required, e.g. “Migraine after a short night”</source>
        <translation>Obligatoire, p. ex. «&#xa0;Migraine après une courte nuit&#xa0;»</translation>
    </message>
    <message>
        <source>Text (Markdown)</source>
        <translation>Texte (Markdown)</translation>
    </message>
    <message>
        <source>What happened, how you felt… Markdown works: **bold**, *italic*, - lists.</source>
        <translation>Ce qui s&apos;est passé, ce que vous avez ressenti… Le Markdown fonctionne&#xa0;: **gras**, *italique*, - listes.</translation>
    </message>
    <message>
        <source>Preview of the text</source>
        <translation>Aperçu du texte</translation>
    </message>
    <message>
        <source>Show the text as it will read beside the editor (Ctrl+P)</source>
        <translation>Afficher le texte tel qu&apos;il se lira, à côté de l&apos;éditeur (Ctrl+P)</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non renseignée</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptômes</translation>
    </message>
    <message>
        <source>Comma separated, e.g. headache, nausea</source>
        <translation>Séparés par des virgules, p. ex. mal de tête, nausée</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Comma separated, e.g. migraine, sleep</source>
        <translation>Séparées par des virgules, p. ex. migraine, sommeil</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>Attach a JPEG, PNG or PDF file (at most 20 MiB)</source>
        <translation>Joindre un fichier JPEG, PNG ou PDF (20 Mio au maximum)</translation>
    </message>
    <message>
        <source>Remove the selected file from this entry</source>
        <translation>Retirer le fichier sélectionné de cette entrée</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;itle (required):</source>
        <translation>T&amp;itre (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;ood:</source>
        <translation>H&amp;umeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Symptoms:</source>
        <translation>&amp;Symptômes&#xa0;:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <source>Attac&amp;hments:</source>
        <translation>Pièces &amp;jointes&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, new)</source>
        <translation>%1 (%2, nouveau)</translation>
    </message>
</context>
<context>
    <name>carnet::JournalEntryView</name>
    <message>
        <source>A&amp;ttachments</source>
        <translation>Pièces &amp;jointes</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Entrée du journal</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texte de l&apos;entrée</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Double-click or press Return to preview</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour afficher un aperçu</translation>
    </message>
    <message>
        <source>1 – very bad</source>
        <translation>1 – très mauvaise</translation>
    </message>
    <message>
        <source>2 – bad</source>
        <translation>2 – mauvaise</translation>
    </message>
    <message>
        <source>3 – so-so</source>
        <translation>3 – moyenne</translation>
    </message>
    <message>
        <source>4 – good</source>
        <translation>4 – bonne</translation>
    </message>
    <message>
        <source>5 – very good</source>
        <translation>5 – très bonne</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand&#xa0;:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Mood:</source>
        <translation>Humeur&#xa0;:</translation>
    </message>
    <message>
        <source>Symptoms:</source>
        <translation>Symptômes&#xa0;:</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1 (%2) — double-click to preview</source>
        <translation>%1 (%2) — double-cliquez pour un aperçu</translation>
    </message>
    <message>
        <source>A&amp;ttachments (%1)</source>
        <translation>Pièces &amp;jointes (%1)</translation>
    </message>
</context>
<context>
    <name>carnet::JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Journal&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Journal&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Journal actions</source>
        <translation>Actions du journal</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nouvelle entrée</translation>
    </message>
    <message>
        <source>Write a new journal entry</source>
        <translation>Écrire une nouvelle entrée dans le journal</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Modifier l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected entry (Undo brings it back)</source>
        <translation>Supprimer l&apos;entrée sélectionnée (Annuler la suppression la rétablit)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>Restore the entry deleted last</source>
        <translation>Restaurer la dernière entrée supprimée</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Every version of the selected entry</source>
        <translation>Toutes les versions de l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <source>Attach a JPEG, PNG or PDF file to the selected entry</source>
        <translation>Joindre un fichier JPEG, PNG ou PDF à l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Show the selected attachment</source>
        <translation>Afficher la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>E&amp;xport attachment…</source>
        <translation>E&amp;xporter la pièce jointe…</translation>
    </message>
    <message>
        <source>Save a copy of the selected attachment</source>
        <translation>Enregistrer une copie de la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Search titles, text and tags (Ctrl+F)</source>
        <translation>Rechercher dans les titres, le texte et les étiquettes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Words to look for; results show as you type, best matches first</source>
        <translation>Mots à rechercher&#xa0;; les résultats s&apos;affichent pendant la saisie, les meilleurs en premier</translation>
    </message>
    <message>
        <source>S&amp;earch:</source>
        <translation>Rech&amp;ercher&#xa0;:</translation>
    </message>
    <message>
        <source>Show entries with tag</source>
        <translation>Afficher les entrées avec l&apos;étiquette</translation>
    </message>
    <message>
        <source>Show only entries with this tag</source>
        <translation>Afficher uniquement les entrées avec cette étiquette</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>No entries yet — write one with New entry (Ctrl+N).</source>
        <translation>Aucune entrée pour l&apos;instant — écrivez-en une avec Nouvelle entrée (Ctrl+N).</translation>
    </message>
    <message>
        <source>“%1” with tag #%2</source>
        <translation>«&#xa0;%1&#xa0;» avec l&apos;étiquette #%2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>tag #%1</source>
        <translation>étiquette #%1</translation>
    </message>
    <message>
        <source>No entries match %1. Try other words or All tags.</source>
        <translation>Aucune entrée ne correspond à %1. Essayez d&apos;autres mots ou Toutes les étiquettes.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries match, best match first</source>
        <translation>
            <numerusform>%n entrée correspond, meilleure correspondance en premier</numerusform>
            <numerusform>%n entrées correspondent, meilleures correspondances en premier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match, newest first</source>
        <translation>
            <numerusform>%n entrée correspond, plus récentes en premier</numerusform>
            <numerusform>%n entrées correspondent, plus récentes en premier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first</source>
        <translation>
            <numerusform>%n entrée, plus récentes en premier</numerusform>
            <numerusform>%n entrées, plus récentes en premier</numerusform>
        </translation>
    </message>
    <message>
        <source>Your journal is empty. Press Ctrl+N to write the first entry.</source>
        <translation>Votre journal est vide. Appuyez sur Ctrl+N pour écrire la première entrée.</translation>
    </message>
    <message>
        <source>Select an entry to read it here.</source>
        <translation>Sélectionnez une entrée pour la lire ici.</translation>
    </message>
    <message>
        <source>This entry cannot be shown.</source>
        <translation>Impossible d&apos;afficher cette entrée.</translation>
    </message>
    <message>
        <source>Entry not saved</source>
        <translation>Entrée non enregistrée</translation>
    </message>
    <message>
        <source>Delete journal entry</source>
        <translation>Supprimer l&apos;entrée du journal</translation>
    </message>
    <message>
        <source>Delete “%1”? It disappears from the journal; Undo delete (Ctrl+Z) brings it back.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? L&apos;entrée disparaît du journal&#xa0;; Annuler la suppression (Ctrl+Z) la rétablit.</translation>
    </message>
    <message>
        <source>Entry not deleted</source>
        <translation>Entrée non supprimée</translation>
    </message>
    <message>
        <source>Entry not restored</source>
        <translation>Entrée non restaurée</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation>Fichier non joint</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Attachment not exported</source>
        <translation>Pièce jointe non exportée</translation>
    </message>
    <message>
        <source>Show the deleted entries and restore one</source>
        <translation>Afficher les entrées supprimées et en restaurer une</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Deleted entries</source>
        <translation>Entrées supprimées</translation>
    </message>
    <message>
        <source>Deleted journal entries</source>
        <translation>Entrées du journal supprimées</translation>
    </message>
    <message>
        <source>De&amp;leted entries…</source>
        <translation>Entrées suppr&amp;imées…</translation>
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
        <translation>Sections</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Vault unlocked: %1</source>
        <translation>Coffre-fort déverrouillé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Coffre-fort</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Carnet</source>
        <translation>À &amp;propos de Carnet</translation>
    </message>
    <message>
        <source>About Carnet</source>
        <translation>À propos de Carnet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Carnet %1&lt;/h3&gt;&lt;p&gt;A personal health record in an encrypted vault, kept on this computer. Carnet gives no medical advice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Carnet %1&lt;/h3&gt;&lt;p&gt;Un dossier de santé personnel dans un coffre-fort chiffré, conservé sur cet ordinateur. Carnet ne donne aucun conseil médical.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assurance</translation>
    </message>
    <message>
        <source>Profile &amp; care team</source>
        <translation>Profil et équipe soignante</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>Partagés avec moi</translation>
    </message>
    <message>
        <source>&amp;New share…</source>
        <translation>&amp;Nouveau partage…</translation>
    </message>
    <message>
        <source>&amp;Open shared record…</source>
        <translation>&amp;Ouvrir un dossier partagé…</translation>
    </message>
    <message>
        <source>Open a .carnet-share file someone made for you</source>
        <translation>Ouvrir un fichier .carnet-share que quelqu&apos;un a créé pour vous</translation>
    </message>
    <message>
        <source>Choose records to send, encrypted and signed, to a provider or caregiver; the journal entry selected in the Journal starts ticked</source>
        <translation>Choisir des éléments à envoyer, chiffrés et signés, à un professionnel de santé ou à un aidant&#xa0;; l&apos;entrée sélectionnée dans le journal est déjà cochée</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationDetailsView</name>
    <message>
        <source>Medication details</source>
        <translation>Détails du médicament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schéma de prise</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Pharmacie</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refills left</source>
        <translation>Renouvellements restants</translation>
    </message>
    <message>
        <source>Next refill</source>
        <translation>Prochain renouvellement</translation>
    </message>
    <message>
        <source>%1 · refill soon</source>
        <translation>%1 · à renouveler bientôt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Last doses</source>
        <translation>Dernières prises</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (extra dose)</source>
        <translation>%1 (prise supplémentaire)</translation>
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
        <translation>Prendre %1</translation>
    </message>
    <message>
        <source>Record a dose of %1, taken as needed.</source>
        <translation>Enregistrer une prise de %1, prise si besoin.</translation>
    </message>
    <message>
        <source>Record an extra dose of %1, outside its schedule (%2).</source>
        <translation>Enregistrer une prise supplémentaire de %1, en dehors de son schéma de prise (%2).</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Pris à</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>p. ex. 1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Optional, e.g. headache</source>
        <translation>Facultatif, p. ex. mal de tête</translation>
    </message>
    <message>
        <source>&amp;Taken at:</source>
        <translation>&amp;Pris à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Quantité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record dose</source>
        <translation>&amp;Enregistrer la prise</translation>
    </message>
    <message>
        <source>Enter the amount as a number more than zero, or leave it empty.</source>
        <translation>Saisissez la quantité sous forme de nombre supérieur à zéro, ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationEditorDialog</name>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définie</translation>
    </message>
    <message>
        <source>Next refill date</source>
        <translation>Date du prochain renouvellement</translation>
    </message>
    <message>
        <source>New medication</source>
        <translation>Nouveau médicament</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>As on the package, e.g. Metformin</source>
        <translation>Comme sur la boîte, p. ex. Metformine</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>e.g. 500 mg</source>
        <translation>p. ex. 500 mg</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie d&apos;administration</translation>
    </message>
    <message>
        <source>Dose amount</source>
        <translation>Quantité par prise</translation>
    </message>
    <message>
        <source>e.g. 1</source>
        <translation>p. ex. 1</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>Unité de prise</translation>
    </message>
    <message>
        <source>Unit of one dose: tablet, ml, puff…</source>
        <translation>Unité d&apos;une prise&#xa0;: comprimé, ml, bouffée…</translation>
    </message>
    <message>
        <source>tablet</source>
        <translation>comprimé</translation>
    </message>
    <message>
        <source>capsule</source>
        <translation>gélule</translation>
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
        <translation>bouffée</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>goutte</translation>
    </message>
    <message>
        <source>patch</source>
        <translation>patch</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>application</source>
        <translation>application</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>À quoi il sert</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Pharmacie</translation>
    </message>
    <message>
        <source>Refills left</source>
        <translation>Renouvellements restants</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation>&amp;Dosage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Forme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>&amp;Voie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>D&amp;ose&#xa0;:</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Prescriber:</source>
        <translation>&amp;Prescripteur&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;harmacy:</source>
        <translation>P&amp;harmacie&#xa0;:</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schéma de prise</translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation>&amp;Commencé le&#xa0;:</translation>
    </message>
    <message>
        <source>Refi&amp;lls left:</source>
        <translation>Renouve&amp;llements restants&#xa0;:</translation>
    </message>
    <message>
        <source>Ne&amp;xt refill:</source>
        <translation>Prochain &amp;renouvellement&#xa0;:</translation>
    </message>
    <message>
        <source>Not&amp;es:</source>
        <translation>Not&amp;es&#xa0;:</translation>
    </message>
    <message>
        <source>A medication needs a name.</source>
        <translation>Un médicament doit avoir un nom.</translation>
    </message>
    <message>
        <source>Enter the dose as a number more than zero, such as 1 or 2.5.</source>
        <translation>Saisissez la dose sous forme de nombre supérieur à zéro, comme 1 ou 2,5.</translation>
    </message>
    <message>
        <source>The start date is after the day it was stopped (%1).</source>
        <translation>La date de début est postérieure au jour de l&apos;arrêt (%1).</translation>
    </message>
    <message>
        <source>The medication could not be saved: %1</source>
        <translation>Le médicament n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationListDelegate</name>
    <message>
        <source>%1 (soon)</source>
        <comment>next refill date, coming up</comment>
        <translation>%1 (bientôt)</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationListModel</name>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schéma de prise</translation>
    </message>
    <message>
        <source>Next refill</source>
        <translation>Prochain renouvellement</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationScheduleEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>No doses are due. Record each dose with “Take extra dose” when you take it.</source>
        <translation>Aucune prise n&apos;est due. Enregistrez chaque prise avec «&#xa0;Prise supplémentaire&#xa0;» au moment où vous la prenez.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Times per day</source>
        <translation>Chaque jour à heures fixes</translation>
    </message>
    <message>
        <source>Every few hours</source>
        <translation>Toutes les N heures</translation>
    </message>
    <message>
        <source>On days of the week</source>
        <translation>Certains jours de la semaine</translation>
    </message>
    <message>
        <source>As needed</source>
        <translation>Si besoin</translation>
    </message>
    <message>
        <source>Times of day</source>
        <translation>Heures de la journée</translation>
    </message>
    <message>
        <source>Times of day; Del removes the selected time</source>
        <translation>Heures de la journée&#xa0;; Suppr retire l&apos;heure sélectionnée</translation>
    </message>
    <message>
        <source>Time to add</source>
        <translation>Heure à ajouter</translation>
    </message>
    <message>
        <source>Add time</source>
        <translation>Ajouter l&apos;heure</translation>
    </message>
    <message>
        <source>Add this time of day</source>
        <translation>Ajouter cette heure de la journée</translation>
    </message>
    <message>
        <source>Remove time</source>
        <translation>Retirer l&apos;heure</translation>
    </message>
    <message>
        <source>Remove the selected time (Del)</source>
        <translation>Retirer l&apos;heure sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>T&amp;imes:</source>
        <translation>Heures de la &amp;journée&#xa0;:</translation>
    </message>
    <message>
        <source>Hours between doses</source>
        <translation>Heures entre les prises</translation>
    </message>
    <message>
        <source> hours</source>
        <comment>every N hours</comment>
        <translation> heures</translation>
    </message>
    <message>
        <source>First dose at</source>
        <translation>Première prise à</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>Toute&amp;s les&#xa0;:</translation>
    </message>
    <message>
        <source>First dose &amp;at:</source>
        <translation>Première pr&amp;ise à&#xa0;:</translation>
    </message>
    <message>
        <source>Ho&amp;w often:</source>
        <translation>Fré&amp;quence&#xa0;:</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationsEmptyState</name>
    <message>
        <source>No medications yet — add one with New medication (%1).</source>
        <translation>Aucun médicament pour l&apos;instant — ajoutez-en un avec Nouveau médicament (%1).</translation>
    </message>
    <message>
        <source>Carnet keeps your medications, their schedules and every dose you record in this vault, on this computer. It gives no medical advice.</source>
        <translation>Carnet conserve vos médicaments, leurs schémas de prise et chaque prise que vous enregistrez dans ce coffre-fort, sur cet ordinateur. Il ne donne aucun conseil médical.</translation>
    </message>
    <message>
        <source>&amp;New medication</source>
        <translation>&amp;Nouveau médicament</translation>
    </message>
</context>
<context>
    <name>carnet::MedicationsPage</name>
    <message>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Medications&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Médicaments&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Medication actions</source>
        <translation>Actions sur les médicaments</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New medication</source>
        <translation>&amp;Nouveau médicament</translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation>Ajouter un médicament</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected medication</source>
        <translation>Modifier le médicament sélectionné</translation>
    </message>
    <message>
        <source>&amp;Stop…</source>
        <translation>A&amp;rrêter…</translation>
    </message>
    <message>
        <source>Stop the selected medication; it moves to the past medications</source>
        <translation>Arrêter le médicament sélectionné&#xa0;; il est déplacé dans les anciens médicaments</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected medication (it can be restored)</source>
        <translation>Supprimer le médicament sélectionné (il pourra être restauré)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>R&amp;estaurer</translation>
    </message>
    <message>
        <source>Restore the selected deleted medication</source>
        <translation>Restaurer le médicament supprimé sélectionné</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Every version of the selected medication</source>
        <translation>Toutes les versions du médicament sélectionné</translation>
    </message>
    <message>
        <source>Take e&amp;xtra dose…</source>
        <translation>Prise supplémen&amp;taire…</translation>
    </message>
    <message>
        <source>Record a dose taken as needed or outside the schedule</source>
        <translation>Enregistrer une prise effectuée si besoin ou en dehors du schéma de prise</translation>
    </message>
    <message>
        <source>Which medications</source>
        <translation>Quels médicaments</translation>
    </message>
    <message>
        <source>&amp;Current</source>
        <translation>&amp;Actuels</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>Anc&amp;iens</translation>
    </message>
    <message>
        <source>De&amp;leted</source>
        <translation>S&amp;upprimés</translation>
    </message>
    <message>
        <source>Deleted medications</source>
        <translation>Médicaments supprimés</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Refill soon: %1</source>
        <translation>À renouveler bientôt&#xa0;: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 — deleted %2</source>
        <translation>%1 — supprimé le %2</translation>
    </message>
    <message>
        <source>No past medications. A medication moves here once it is stopped.</source>
        <translation>Aucun ancien médicament. Un médicament arrive ici une fois arrêté.</translation>
    </message>
    <message>
        <source>No medications yet — add one with New medication (%1).</source>
        <translation>Aucun médicament pour l&apos;instant — ajoutez-en un avec Nouveau médicament (%1).</translation>
    </message>
    <message>
        <source>No current medications. Stopped ones are under Past.</source>
        <translation>Aucun médicament actuel. Les médicaments arrêtés se trouvent sous Anciens.</translation>
    </message>
    <message>
        <source>Nothing deleted. A deleted medication stays here until you restore it.</source>
        <translation>Rien de supprimé. Un médicament supprimé reste ici jusqu&apos;à ce que vous le restauriez.</translation>
    </message>
    <message>
        <source>Restore a deleted medication to see its details again; History shows every version it had.</source>
        <translation>Restaurez un médicament supprimé pour revoir ses détails&#xa0;; Historique affiche toutes ses versions.</translation>
    </message>
    <message>
        <source>Select a medication to see its details and last doses.</source>
        <translation>Sélectionnez un médicament pour voir ses détails et ses dernières prises.</translation>
    </message>
    <message>
        <source>The details of this medication could not be read.</source>
        <translation>Les détails de ce médicament n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <source>Medication not stopped</source>
        <translation>Médicament non arrêté</translation>
    </message>
    <message>
        <source>Delete medication</source>
        <translation>Supprimer le médicament</translation>
    </message>
    <message>
        <source>Delete %1? It moves to Deleted, with its doses and history, and can be restored from there.</source>
        <translation>Supprimer %1&#xa0;? Il est déplacé dans Supprimés, avec ses prises et son historique, et peut être restauré à partir de là.</translation>
    </message>
    <message>
        <source>Medication not deleted</source>
        <translation>Médicament non supprimé</translation>
    </message>
    <message>
        <source>Medication not restored</source>
        <translation>Médicament non restauré</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Dose not recorded</source>
        <translation>Prise non enregistrée</translation>
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
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>1 dose</source>
        <translation>1 prise</translation>
    </message>
    <message numerus="yes">
        <source>%n doses</source>
        <translation>
            <numerusform>%n prise</numerusform>
            <numerusform>%n prises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>carnet::MonthView</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
</context>
<context>
    <name>carnet::OptionalDateField</name>
    <message>
        <source>%1 is known</source>
        <translation>%1&#xa0;: date connue</translation>
    </message>
    <message>
        <source>Untick when the date is not known</source>
        <translation>Décochez si la date n&apos;est pas connue</translation>
    </message>
</context>
<context>
    <name>carnet::PassphraseStrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Force de la phrase de passe</translation>
    </message>
</context>
<context>
    <name>carnet::PeopleChoiceBox</name>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>carnet::PeopleListPanel</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>Ajouter une nouvelle fiche</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Modifier la fiche sélectionnée</translation>
    </message>
    <message>
        <source>Edit the selected entry (Return, %1)</source>
        <translation>Modifier la fiche sélectionnée (Entrée, %1)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Supprimer la fiche sélectionnée</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>Every version of the selected entry</source>
        <translation>Toutes les versions de la fiche sélectionnée</translation>
    </message>
    <message>
        <source>Show deleted entries and restore one</source>
        <translation>Afficher les fiches supprimées et en restaurer une</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Reading the list</source>
        <translation>Lecture de la liste</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Ajouté.</translation>
    </message>
    <message>
        <source>Saved. The earlier version is kept in the history.</source>
        <translation>Enregistré. La version précédente est conservée dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Deleted. “%1” restores it.</source>
        <translation>Supprimé. «&#xa0;%1&#xa0;» permet de le restaurer.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Restauré.</translation>
    </message>
</context>
<context>
    <name>carnet::PeopleProblemLabel</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
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
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Deleted records stay in the vault, with their history, until you restore them. Choose one to restore:</source>
        <translation>Les éléments supprimés restent dans le coffre-fort, avec leur historique, jusqu&apos;à ce que vous les restauriez. Choisissez celui à restaurer&#xa0;:</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Éléments supprimés</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>carnet::PeopleTableEditor</name>
    <message>
        <source>Removes the selected row</source>
        <translation>Retire la ligne sélectionnée</translation>
    </message>
</context>
<context>
    <name>carnet::ProfileForm</name>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <source>What people call you</source>
        <translation>Comment on vous appelle</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Connue</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Identité de genre</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Avec vos propres mots</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Groupe sanguin</translation>
    </message>
    <message>
        <source> cm</source>
        <translation> cm</translation>
    </message>
    <message>
        <source>Height in centimetres</source>
        <translation>Taille en centimètres</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>Weight in kilograms</source>
        <translation>Poids en kilogrammes</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation>+33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A language tag: en, fr-CA, de</source>
        <translation>Une étiquette de langue&#xa0;: en, fr-CA, de</translation>
    </message>
    <message>
        <source>Organ donor</source>
        <translation>Donneur d&apos;organes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contacts d&apos;urgence</translation>
    </message>
    <message>
        <source>&amp;Add contact</source>
        <translation>&amp;Ajouter un contact</translation>
    </message>
    <message>
        <source>Re&amp;move contact</source>
        <translation>&amp;Retirer le contact</translation>
    </message>
    <message>
        <source>H&amp;istory…</source>
        <translation>Histori&amp;que…</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Every saved version of your profile (Ctrl+H)</source>
        <translation>Toutes les versions enregistrées de votre profil (Ctrl+H)</translation>
    </message>
    <message>
        <source>Drop what you typed and show the saved profile</source>
        <translation>Abandonner votre saisie et afficher le profil enregistré</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S); the earlier version is kept in the history</source>
        <translation>Enregistrer le profil (Ctrl+S)&#xa0;; la version précédente est conservée dans l&apos;historique</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reverted to the saved profile.</source>
        <translation>Profil enregistré rétabli.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nom &amp;complet&#xa0;:</translation>
    </message>
    <message>
        <source>P&amp;referred name:</source>
        <translation>Nom d&apos;&amp;usage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>Date de &amp;naissance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>Se&amp;xe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Gender identity:</source>
        <translation>&amp;Identité de genre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Organ donor:</source>
        <translation>Donneur d&apos;or&amp;ganes&#xa0;:</translation>
    </message>
    <message>
        <source>Blood t&amp;ype:</source>
        <translation>Groupe &amp;sanguin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Poids&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télép&amp;hone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <source>Whom to call for you in an emergency, in the order to call them.</source>
        <translation>Qui appeler pour vous en cas d&apos;urgence, dans l&apos;ordre où les appeler.</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Corps</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Cela ne ressemble pas à un numéro de téléphone.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Cela ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <source>Use a language tag such as en, fr-CA or de.</source>
        <translation>Utilisez une étiquette de langue telle que en, fr-CA ou de.</translation>
    </message>
    <message>
        <source>Age: %1</source>
        <translation>Âge&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>your profile</source>
        <translation>votre profil</translation>
    </message>
</context>
<context>
    <name>carnet::ProfilePage</name>
    <message>
        <source>&lt;h2&gt;Profile and care team&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Profil et équipe soignante&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Pathologies</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Équipe soignante</translation>
    </message>
    <message>
        <source>Profile sections</source>
        <translation>Sections du profil</translation>
    </message>
    <message>
        <source>Ctrl+Tab and Ctrl+Shift+Tab switch between the tabs</source>
        <translation>Ctrl+Tab et Ctrl+Shift+Tab permettent de passer d&apos;un onglet à l&apos;autre</translation>
    </message>
</context>
<context>
    <name>carnet::ReceivedShareListModel</name>
    <message>
        <source>Unknown signer (%1 …)</source>
        <translation>Signataire inconnu (%1 …)</translation>
    </message>
    <message>
        <source>%1 (not pinned)</source>
        <translation>%1 (clé non confirmée)</translation>
    </message>
    <message>
        <source>Signed by %1; the key is pinned in your care team.</source>
        <translation>Signé par %1&#xa0;; la clé est confirmée dans votre équipe soignante.</translation>
    </message>
    <message>
        <source>The signer&apos;s key is not pinned in your care team.</source>
        <translation>La clé du signataire n&apos;est pas confirmée dans votre équipe soignante.</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Empreinte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Créé le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Éléments</translation>
    </message>
</context>
<context>
    <name>carnet::ReceivedSharesPage</name>
    <message>
        <source>&amp;Open shared record…</source>
        <translation>&amp;Ouvrir un dossier partagé…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Shared with me&lt;/h2&gt;&lt;p&gt;Records that others shared with you and that you chose to keep. They are read-only copies of someone else&apos;s record, checked when you opened them.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Partagés avec moi&lt;/h2&gt;&lt;p&gt;Les dossiers que d&apos;autres personnes ont partagés avec vous et que vous avez choisi de conserver. Ce sont des copies en lecture seule du dossier de quelqu&apos;un d&apos;autre, vérifiées lors de leur ouverture.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open shared record</source>
        <translation>Ouvrir un dossier partagé</translation>
    </message>
    <message>
        <source>Open a .carnet-share file someone sent you</source>
        <translation>Ouvrir un fichier .carnet-share que quelqu&apos;un vous a envoyé</translation>
    </message>
    <message>
        <source>Remove the selected share</source>
        <translation>Retirer le partage sélectionné</translation>
    </message>
    <message>
        <source>Remove your copy of the selected share (Del)</source>
        <translation>Retirer votre copie du partage sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Kept shares</source>
        <translation>Partages conservés</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing kept here yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;When a provider, caregiver or relative sends you a Carnet share (a file ending in &lt;i&gt;.carnet-share&lt;/i&gt;), choose &lt;b&gt;Open shared record…&lt;/b&gt; and pick the file. Carnet opens it with your vault&apos;s key, or asks for the one-time passphrase they gave you, checks every signature and shows who signed it. Nothing in it can be edited.&lt;/p&gt;&lt;p&gt;Choose &lt;b&gt;Keep in Shared with me&lt;/b&gt; to find it here later; removing it later removes only your copy.&lt;/p&gt;&lt;p&gt;For others to share with your vault&apos;s key, give them your public key from the Sharing section.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Rien n&apos;est encore conservé ici.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Quand un professionnel de santé, un aidant ou un proche vous envoie un partage Carnet (un fichier se terminant par &lt;i&gt;.carnet-share&lt;/i&gt;), choisissez &lt;b&gt;Ouvrir un dossier partagé…&lt;/b&gt; et sélectionnez le fichier. Carnet l&apos;ouvre avec la clé de votre coffre-fort, ou vous demande la phrase de passe à usage unique que cette personne vous a donnée, vérifie chaque signature et indique qui l&apos;a signé. Rien ne peut y être modifié.&lt;/p&gt;&lt;p&gt;Choisissez &lt;b&gt;Conserver dans Partagés avec moi&lt;/b&gt; pour le retrouver ici plus tard&#xa0;; le retirer ensuite ne retire que votre copie.&lt;/p&gt;&lt;p&gt;Pour que d&apos;autres personnes puissent partager avec la clé de votre coffre-fort, donnez-leur votre clé publique depuis la section Partage.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No kept shares</source>
        <translation>Aucun partage conservé</translation>
    </message>
    <message>
        <source>Shared with me</source>
        <translation>Partagés avec moi</translation>
    </message>
    <message>
        <source>The kept shares could not be read: %1</source>
        <translation>Les partages conservés n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>This kept share cannot be shown: %1</source>
        <translation>Ce partage conservé ne peut pas être affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove the share from %1, received on %2?

This removes your copy only; the person who sent it keeps theirs. It cannot be undone, but you can open and keep the file again.</source>
        <translation>Retirer le partage de %1, reçu le %2&#xa0;?

Cela ne retire que votre copie&#xa0;; la personne qui l&apos;a envoyé conserve la sienne. Cette action est irréversible, mais vous pouvez rouvrir le fichier et le conserver de nouveau.</translation>
    </message>
    <message>
        <source>Remove shared record</source>
        <translation>Retirer le dossier partagé</translation>
    </message>
    <message>
        <source>Cannot remove the share</source>
        <translation>Impossible de retirer le partage</translation>
    </message>
</context>
<context>
    <name>carnet::RecordHistoryDialog</name>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Changes in this version</source>
        <translation>Modifications dans cette version</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Version %1: %2</source>
        <translation>Version %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No field changed.</source>
        <translation>Aucun champ modifié.</translation>
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
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Répétez la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Open and set the new passphrase</source>
        <translation>&amp;Ouvrir et définir la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when the vault was created, and choose a new passphrase. The code can be used once; Carnet then shows you a new one.</source>
        <translation>Saisissez le code de récupération que vous avez noté lors de la création du coffre-fort, puis choisissez une nouvelle phrase de passe. Le code ne sert qu&apos;une fois&#xa0;; Carnet vous en affiche ensuite un nouveau.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Code de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>Nouvelle &amp;phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répétez&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
</context>
<context>
    <name>carnet::RecoveryCodeDialog</name>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way into your vault. Write it down or print it, and keep it somewhere safe away from this computer. Carnet shows it only now.</source>
        <translation>Si vous oubliez votre phrase de passe, ce code est le seul moyen d&apos;accéder à votre coffre-fort. Notez-le ou imprimez-le, et conservez-le en lieu sûr, à l&apos;écart de cet ordinateur. Carnet ne l&apos;affiche que maintenant.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>To confirm you have it, type its &amp;last group of four:</source>
        <translation>Pour confirmer que vous l&apos;avez, saisissez son &amp;dernier groupe de quatre&#xa0;:</translation>
    </message>
    <message>
        <source>Last group of the recovery code</source>
        <translation>Dernier groupe du code de récupération</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as text…</source>
        <translation>&amp;Enregistrer en texte…</translation>
    </message>
    <message>
        <source>I have written it &amp;down</source>
        <translation>Je l&apos;ai &amp;noté</translation>
    </message>
    <message>
        <source>Carnet recovery code

%1

Created %2. Keep this apart from the computer that holds the vault. It opens the vault if the passphrase is lost; after it is used, Carnet shows a new one.
</source>
        <translation>Code de récupération Carnet

%1

Créé le %2. Conservez-le à l&apos;écart de l&apos;ordinateur qui contient le coffre-fort. Il ouvre le coffre-fort si la phrase de passe est perdue&#xa0;; une fois utilisé, Carnet en affiche un nouveau.
</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Enregistrer le code de récupération</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The recovery code could not be saved: %1</source>
        <translation>Le code de récupération n&apos;a pas pu être enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>carnet::RecurrenceEditor</name>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Tous les ans</translation>
    </message>
    <message>
        <source>Custom rule</source>
        <translation>Règle personnalisée</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Re&amp;peats:</source>
        <translation>Ré&amp;pétition&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Répéter tous les</translation>
    </message>
    <message>
        <source>E&amp;very:</source>
        <translation>&amp;Tous les&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat on %1</source>
        <translation>Répéter le %1</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Jours&#xa0;:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>After a number of dates</source>
        <translation>Après un nombre de dates</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>À une date</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Number of dates</source>
        <translation>Nombre de dates</translation>
    </message>
    <message>
        <source>How many dates in all, the first one included</source>
        <translation>Combien de dates au total, la première comprise</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>The last day that can have a date</source>
        <translation>Le dernier jour qui peut avoir une date</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>Recurrence rule (RRULE)</source>
        <translation>Règle de répétition (RRULE)</translation>
    </message>
    <message>
        <source>e.g. FREQ=MONTHLY;BYDAY=1TU</source>
        <translation>p. ex. FREQ=MONTHLY;BYDAY=1TU</translation>
    </message>
    <message>
        <source>The rule in iCalendar (RFC 5545) form. The choices above write it; edit it directly for patterns they cannot express, such as the first Tuesday of each month.</source>
        <translation>La règle au format iCalendar (RFC 5545). Les choix ci-dessus l&apos;écrivent&#xa0;; modifiez-la directement pour les cas qu&apos;ils ne peuvent pas exprimer, comme le premier mardi de chaque mois.</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>Rè&amp;gle&#xa0;:</translation>
    </message>
    <message>
        <source>Next dates</source>
        <translation>Prochaines dates</translation>
    </message>
    <message>
        <source>Next dates:</source>
        <translation>Prochaines dates&#xa0;:</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message numerus="yes">
        <source>days</source>
        <translation>
            <numerusform>jour</numerusform>
            <numerusform>jours</numerusform>
        </translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message numerus="yes">
        <source>weeks</source>
        <translation>
            <numerusform>semaine</numerusform>
            <numerusform>semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message numerus="yes">
        <source>months</source>
        <translation>
            <numerusform>mois</numerusform>
            <numerusform>mois</numerusform>
        </translation>
    </message>
    <message>
        <source>year</source>
        <translation>an</translation>
    </message>
    <message numerus="yes">
        <source>years</source>
        <translation>
            <numerusform>an</numerusform>
            <numerusform>ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a rule, or choose how often it repeats.</source>
        <translation>Saisissez une règle, ou choisissez la fréquence de répétition.</translation>
    </message>
    <message>
        <source>The recurrence rule is empty.</source>
        <translation>La règle de répétition est vide.</translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation>Non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>No dates until the rule is valid.</source>
        <translation>Aucune date tant que la règle n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>A custom rule; its dates are listed below.</source>
        <translation>Une règle personnalisée&#xa0;; ses dates sont listées ci-dessous.</translation>
    </message>
    <message>
        <source>No dates until the times are valid.</source>
        <translation>Aucune date tant que les heures ne sont pas valides.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No more dates.</source>
        <translation>Plus aucune date.</translation>
    </message>
</context>
<context>
    <name>carnet::ReminderListEditor</name>
    <message>
        <source>&amp;Add reminder</source>
        <translation>&amp;Ajouter un rappel</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Rem&amp;ind me:</source>
        <translation>&amp;Me rappeler&#xa0;:</translation>
    </message>
    <message>
        <source>Reminder lead time</source>
        <translation>Délai du rappel</translation>
    </message>
    <message>
        <source>Reminder unit</source>
        <translation>Unité du rappel</translation>
    </message>
    <message>
        <source>minutes before</source>
        <translation>minutes avant</translation>
    </message>
    <message>
        <source>hours before</source>
        <translation>heures avant</translation>
    </message>
    <message>
        <source>days before</source>
        <translation>jours avant</translation>
    </message>
    <message>
        <source>Remove the selected reminder (Del)</source>
        <translation>Retirer le rappel sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>No reminders. Add one below.</source>
        <translation>Aucun rappel. Ajoutez-en un ci-dessous.</translation>
    </message>
</context>
<context>
    <name>carnet::ReminderScheduler</name>
    <message>
        <source>Carnet reminder</source>
        <translation>Rappel Carnet</translation>
    </message>
    <message>
        <source>Something is due. Unlock Carnet to see what.</source>
        <translation>Quelque chose est prévu. Déverrouillez Carnet pour voir quoi.</translation>
    </message>
</context>
<context>
    <name>carnet::SettingsDialog</name>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Verrouiller quand l&apos;écran se verrouille ou que l&apos;ordinateur se met en veille</translation>
    </message>
    <message>
        <source>Remind me of doses and appointments while Carnet runs</source>
        <translation>Me rappeler les prises et les rendez-vous pendant que Carnet est ouvert</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Lock after minutes without activity</source>
        <translation>Minutes d&apos;inactivité avant le verrouillage</translation>
    </message>
    <message>
        <source>&amp;Lock after inactivity:</source>
        <translation>&amp;Verrouiller après inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>L&amp;anguage (after restart):</source>
        <translation>L&amp;angue (après redémarrage)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>carnet::ShareChoosePage</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>Entries from</source>
        <translation>Entrées à partir du</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Entries up to</source>
        <translation>Entrées jusqu&apos;au</translation>
    </message>
    <message>
        <source>Select &amp;all shown</source>
        <translation>Cocher les entrées &amp;visibles</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>Tout déc&amp;ocher</translation>
    </message>
    <message>
        <source>&amp;Medication list</source>
        <translation>Liste des &amp;médicaments</translation>
    </message>
    <message>
        <source>&amp;Insurance plans</source>
        <translation>Contrats d&apos;a&amp;ssurance</translation>
    </message>
    <message>
        <source>A&amp;ppointments</source>
        <translation>Re&amp;ndez-vous</translation>
    </message>
    <message>
        <source>Choose what to share</source>
        <translation>Choisissez ce que vous partagez</translation>
    </message>
    <message>
        <source>Tick the journal entries to share, and add other records if the recipient needs them. Nothing leaves before the preview.</source>
        <translation>Cochez les entrées du journal à partager, et ajoutez d&apos;autres éléments si le destinataire en a besoin. Rien ne part avant l&apos;aperçu.</translation>
    </message>
    <message>
        <source>Show only entries on or after this day</source>
        <translation>N&apos;afficher que les entrées de ce jour ou postérieures</translation>
    </message>
    <message>
        <source>Show only entries on or before this day</source>
        <translation>N&apos;afficher que les entrées de ce jour ou antérieures</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Show entries with tag</source>
        <translation>Afficher les entrées avec l&apos;étiquette</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Words in the title, text or tags</source>
        <translation>Mots du titre, du texte ou des étiquettes</translation>
    </message>
    <message>
        <source>Journal entries to share</source>
        <translation>Entrées du journal à partager</translation>
    </message>
    <message>
        <source>Space ticks or unticks the entry</source>
        <translation>Espace coche ou décoche l&apos;entrée</translation>
    </message>
    <message>
        <source>Columns of the entry list</source>
        <translation>Colonnes de la liste des entrées</translation>
    </message>
    <message>
        <source>Select all entries shown</source>
        <translation>Cocher toutes les entrées affichées</translation>
    </message>
    <message>
        <source>Tick every entry that matches the dates, tag and search, including those further down the list</source>
        <translation>Cocher chaque entrée correspondant aux dates, à l&apos;étiquette et à la recherche, y compris celles situées plus bas dans la liste</translation>
    </message>
    <message>
        <source>Untick all entries</source>
        <translation>Décocher toutes les entrées</translation>
    </message>
    <message>
        <source>Untick every entry, shown or not</source>
        <translation>Décocher chaque entrée, affichée ou non</translation>
    </message>
    <message>
        <source>Entries chosen</source>
        <translation>Entrées choisies</translation>
    </message>
    <message>
        <source>Share the medication list</source>
        <translation>Partager la liste des médicaments</translation>
    </message>
    <message>
        <source>Current and past medications, with doses and schedules</source>
        <translation>Médicaments actuels et passés, avec doses et schémas de prise</translation>
    </message>
    <message>
        <source>Share the insurance plans</source>
        <translation>Partager les contrats d&apos;assurance</translation>
    </message>
    <message>
        <source>Every insurance plan, with member and group numbers</source>
        <translation>Chaque contrat d&apos;assurance, avec les numéros d&apos;adhérent et de groupe</translation>
    </message>
    <message>
        <source>Share the appointments</source>
        <translation>Partager les rendez-vous</translation>
    </message>
    <message>
        <source>Every appointment, past and upcoming</source>
        <translation>Chaque rendez-vous, passé et à venir</translation>
    </message>
    <message>
        <source>Also share</source>
        <translation>Partager aussi</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1 (%2)</translation>
    </message>
    <message>
        <source>Entries chosen: %1</source>
        <translation>Entrées choisies&#xa0;: %1</translation>
    </message>
    <message>
        <source>The journal is empty. You can still share the medication list, insurance plans or appointments.</source>
        <translation>Le journal est vide. Vous pouvez tout de même partager la liste des médicaments, les contrats d&apos;assurance ou les rendez-vous.</translation>
    </message>
    <message>
        <source>No entry matches these dates, tag and words. Entries ticked before stay ticked.</source>
        <translation>Aucune entrée ne correspond à ces dates, cette étiquette et ces mots. Les entrées cochées auparavant restent cochées.</translation>
    </message>
    <message>
        <source>%1

Entries deleted meanwhile were unticked; check the choice and go on.</source>
        <translation>%1

Les entrées supprimées entre-temps ont été décochées&#xa0;; vérifiez le choix et continuez.</translation>
    </message>
</context>
<context>
    <name>carnet::ShareDonePage</name>
    <message>
        <source>One-time passphrase</source>
        <translation>Phrase de passe à usage unique</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>Share saved</source>
        <translation>Partage enregistré</translation>
    </message>
    <message>
        <source>Send the file to the recipient. It is recorded in the disclosure log under Sharing.</source>
        <translation>Envoyez le fichier au destinataire. Il est inscrit dans le journal des divulgations, sous Partage.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Saved to</source>
        <translation>Enregistré dans</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>Taille du fichier</translation>
    </message>
    <message>
        <source>SHA-256 of the file</source>
        <translation>SHA-256 du fichier</translation>
    </message>
    <message>
        <source>Copy the one-time passphrase</source>
        <translation>Copier la phrase de passe à usage unique</translation>
    </message>
    <message numerus="yes">
        <source>The clipboard is cleared again after %n seconds</source>
        <translation>
            <numerusform>Le presse-papiers est de nouveau effacé après %n seconde</numerusform>
            <numerusform>Le presse-papiers est de nouveau effacé après %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>Give this passphrase to the recipient another way than the file: read it out on the phone or hand it over, never in the same e-mail or chat. It is shown only now and Carnet does not keep it; without it, nobody can open the share.</source>
        <translation>Transmettez cette phrase de passe au destinataire par un autre moyen que le fichier&#xa0;: lisez-la au téléphone ou remettez-la en main propre, jamais dans le même e-mail ou la même conversation. Elle n&apos;est affichée que maintenant et Carnet ne la conserve pas&#xa0;; sans elle, personne ne peut ouvrir le partage.</translation>
    </message>
    <message>
        <source>Show the share in its folder</source>
        <translation>Afficher le partage dans son dossier</translation>
    </message>
    <message>
        <source>Saved to:</source>
        <translation>Enregistré dans&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>Send the file, and the passphrase below by another way. The share is recorded in the disclosure log under Sharing.</source>
        <translation>Envoyez le fichier, et la phrase de passe ci-dessous par un autre moyen. Le partage est inscrit dans le journal des divulgations, sous Partage.</translation>
    </message>
</context>
<context>
    <name>carnet::ShareEntryChoiceModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>carnet::SharePassphraseDialog</name>
    <message>
        <source>Open shared record</source>
        <translation>Ouvrir un dossier partagé</translation>
    </message>
    <message>
        <source>“%1” is locked with a one-time passphrase. Type the passphrase the sender gave you (not your vault&apos;s passphrase).</source>
        <translation>«&#xa0;%1&#xa0;» est verrouillé par une phrase de passe à usage unique. Saisissez la phrase de passe que l&apos;expéditeur vous a donnée (pas celle de votre coffre-fort).</translation>
    </message>
    <message>
        <source>One-time &amp;passphrase:</source>
        <translation>&amp;Phrase de passe à usage unique&#xa0;:</translation>
    </message>
    <message>
        <source>One-time passphrase</source>
        <translation>Phrase de passe à usage unique</translation>
    </message>
</context>
<context>
    <name>carnet::SharePreviewPage</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Preview: exactly what leaves</source>
        <translation>Aperçu&#xa0;: exactement ce qui part</translation>
    </message>
    <message>
        <source>This is the summary the recipient will read, made from the same signed data; only the export id and time are set anew when saving. Check it, choose where to save the file, and confirm with your vault passphrase.</source>
        <translation>Voici le résumé que lira le destinataire, établi à partir des mêmes données signées&#xa0;; seuls l&apos;identifiant d&apos;export et l&apos;heure sont redéfinis à l&apos;enregistrement. Vérifiez-le, choisissez où enregistrer le fichier et confirmez avec la phrase de passe de votre coffre-fort.</translation>
    </message>
    <message>
        <source>&amp;Save share</source>
        <translation>&amp;Enregistrer le partage</translation>
    </message>
    <message>
        <source>Summary of the share, as the recipient will read it</source>
        <translation>Résumé du partage, tel que le destinataire le lira</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nom du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>File to save the share in</source>
        <translation>Fichier dans lequel enregistrer le partage</translation>
    </message>
    <message>
        <source>Choose where to save the share</source>
        <translation>Choisir où enregistrer le partage</translation>
    </message>
    <message>
        <source>Enter your &amp;vault passphrase to confirm:</source>
        <translation>Saisissez la &amp;phrase de passe du coffre-fort pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Vault passphrase, to confirm the share</source>
        <translation>Phrase de passe du coffre-fort, pour confirmer le partage</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problème de phrase de passe</translation>
    </message>
    <message>
        <source>Saving the share</source>
        <translation>Enregistrement du partage</translation>
    </message>
    <message>
        <source>journal entries: %1</source>
        <translation>entrées du journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>medications: %1</source>
        <translation>médicaments&#xa0;: %1</translation>
    </message>
    <message>
        <source>insurance plans: %1</source>
        <translation>contrats d&apos;assurance&#xa0;: %1</translation>
    </message>
    <message>
        <source>appointments: %1</source>
        <translation>rendez-vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>Records that will leave this vault, signed with your vault key: %1 (%2).</source>
        <translation>Éléments qui quitteront ce coffre-fort, signés avec la clé de votre coffre-fort&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Identifiers redacted: %1; kept as written: %2.</source>
        <translation>Données identifiantes retirées&#xa0;: %1&#xa0;; conservées telles quelles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Can be opened by: %1</source>
        <translation>Peut être ouvert par&#xa0;: %1</translation>
    </message>
    <message>
        <source>The preview could not be made: %1</source>
        <translation>L&apos;aperçu n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save the share as</source>
        <translation>Enregistrer le partage sous</translation>
    </message>
    <message>
        <source>Carnet shares (*%1)</source>
        <translation>Partages Carnet (*%1)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Give the full path of the file, or use Choose….</source>
        <translation>Indiquez le chemin complet du fichier, ou utilisez Choisir….</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder; add a file name.</source>
        <translation>%1 est un dossier&#xa0;; ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this share?</source>
        <translation>%1 existe déjà. Le remplacer par ce partage&#xa0;?</translation>
    </message>
    <message>
        <source>That is not this vault’s passphrase. Nothing was saved; try again.</source>
        <translation>Ce n&apos;est pas la phrase de passe de ce coffre-fort. Rien n&apos;a été enregistré&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Share not saved</source>
        <translation>Partage non enregistré</translation>
    </message>
    <message>
        <source>The share was not saved: %1
Nothing was written and nothing was logged.</source>
        <translation>Le partage n&apos;a pas été enregistré&#xa0;: %1
Rien n&apos;a été écrit ni consigné.</translation>
    </message>
    <message>
        <source>Checking your passphrase, then signing, encrypting and saving the share…</source>
        <translation>Vérification de votre phrase de passe, puis signature, chiffrement et enregistrement du partage…</translation>
    </message>
</context>
<context>
    <name>carnet::SharePrivacyPage</name>
    <message>
        <source>&amp;Redact all</source>
        <translation>Tout &amp;retirer</translation>
    </message>
    <message>
        <source>&amp;Keep all</source>
        <translation>Tout &amp;conserver</translation>
    </message>
    <message>
        <source>Check for identifiers</source>
        <translation>Rechercher les données identifiantes</translation>
    </message>
    <message>
        <source>Decide, for each identifier found in your entries, whether the recipient may see it.</source>
        <translation>Décidez, pour chaque donnée identifiante trouvée dans vos entrées, si le destinataire peut la voir.</translation>
    </message>
    <message>
        <source>Carnet looked in the chosen entries for the identifiers of the HIPAA Safe Harbor list (names, dates, phone and fax numbers, e-mail and web addresses, street addresses and postal codes, record, account and licence numbers, IP addresses, social security numbers): together they tell who you are, and who else you wrote about. Tick “Redact” for each one the recipient should not see; the share then says, for example, “[phone number removed]”. Your journal is not changed. Entry dates and the other records you add leave as recorded.</source>
        <translation>Carnet a recherché dans les entrées choisies les données identifiantes de la liste Safe Harbor de la HIPAA (noms, dates, numéros de téléphone et de fax, adresses e-mail et web, adresses postales et codes postaux, numéros de dossier, de compte et de licence, adresses IP, numéros de sécurité sociale)&#xa0;: ensemble, elles indiquent qui vous êtes, et de qui d&apos;autre vous avez parlé. Cochez «&#xa0;Retirer&#xa0;» pour chacune de celles que le destinataire ne doit pas voir&#xa0;; le partage indique alors, par exemple, «&#xa0;[numéro de téléphone supprimé]&#xa0;». Votre journal n&apos;est pas modifié. Les dates des entrées et les autres éléments que vous ajoutez partent tels qu&apos;ils ont été enregistrés.</translation>
    </message>
    <message>
        <source>Chosen text with identifiers highlighted</source>
        <translation>Texte choisi, avec les données identifiantes surlignées</translation>
    </message>
    <message>
        <source>Identifiers found</source>
        <translation>Données identifiantes trouvées</translation>
    </message>
    <message>
        <source>Space ticks or unticks Redact for the identifier</source>
        <translation>Espace coche ou décoche Retirer pour la donnée identifiante</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Columns of the identifier list</source>
        <translation>Colonnes de la liste des données identifiantes</translation>
    </message>
    <message>
        <source>Redact every identifier</source>
        <translation>Retirer toutes les données identifiantes</translation>
    </message>
    <message>
        <source>Keep every identifier</source>
        <translation>Conserver toutes les données identifiantes</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Redact %1 %2 (number %3)</source>
        <translation>Retirer %1 %2 (numéro %3)</translation>
    </message>
    <message>
        <source>No journal entry is shared, so there is no text to check.</source>
        <translation>Aucune entrée du journal n&apos;est partagée, il n&apos;y a donc aucun texte à vérifier.</translation>
    </message>
    <message>
        <source>No journal entry is shared: there is no text to check.</source>
        <translation>Aucune entrée du journal n&apos;est partagée&#xa0;: il n&apos;y a aucun texte à vérifier.</translation>
    </message>
    <message>
        <source>No identifier was found in the chosen entries. Read them once more below before you go on: no search finds everything.</source>
        <translation>Aucune donnée identifiante n&apos;a été trouvée dans les entrées choisies. Relisez-les une dernière fois ci-dessous avant de continuer&#xa0;: aucune recherche ne trouve tout.</translation>
    </message>
    <message>
        <source>Identifiers found: %1. To be redacted: %2.</source>
        <translation>Données identifiantes trouvées&#xa0;: %1. À retirer&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>carnet::ShareRecipientsPage</name>
    <message>
        <source>Encrypt to the recipients’ &amp;keys</source>
        <translation>Chiffrer pour les &amp;clés des destinataires</translation>
    </message>
    <message>
        <source>Protect with a one-time &amp;passphrase</source>
        <translation>Protéger par une &amp;phrase de passe à usage unique</translation>
    </message>
    <message>
        <source>Choose who can open it</source>
        <translation>Choisissez qui peut l&apos;ouvrir</translation>
    </message>
    <message>
        <source>The share is encrypted: only the holders of the keys you choose, or of a one-time passphrase, can read it.</source>
        <translation>Le partage est chiffré&#xa0;: seuls les détenteurs des clés que vous choisissez, ou d&apos;une phrase de passe à usage unique, peuvent le lire.</translation>
    </message>
    <message>
        <source>Encrypt to the recipients’ keys</source>
        <translation>Chiffrer pour les clés des destinataires</translation>
    </message>
    <message>
        <source>Protect with a one-time passphrase</source>
        <translation>Protéger par une phrase de passe à usage unique</translation>
    </message>
    <message>
        <source>For a recipient without an age key: age encrypts to a passphrase alone, never together with keys</source>
        <translation>Pour un destinataire sans clé age&#xa0;: age chiffre avec une phrase de passe seule, jamais en même temps qu&apos;avec des clés</translation>
    </message>
    <message>
        <source>Care-team &amp;members with an age key:</source>
        <translation>&amp;Membres de l&apos;équipe soignante ayant une clé age&#xa0;:</translation>
    </message>
    <message>
        <source>Care-team members to share with</source>
        <translation>Membres de l&apos;équipe soignante avec qui partager</translation>
    </message>
    <message>
        <source>Space ticks or unticks the member</source>
        <translation>Espace coche ou décoche le membre</translation>
    </message>
    <message>
        <source>Or paste an &amp;age public key (age1…), or several separated by spaces:</source>
        <translation>Ou collez une clé publique &amp;age (age1…), ou plusieurs séparées par des espaces&#xa0;:</translation>
    </message>
    <message>
        <source>Age public key of a recipient</source>
        <translation>Clé publique age d&apos;un destinataire</translation>
    </message>
    <message>
        <source>Problem with the key</source>
        <translation>Problème de clé</translation>
    </message>
    <message>
        <source>Carnet makes a passphrase of %1 random words (%2 bits) and shows it once, after the share is saved; it is not kept anywhere. Give it to the recipient another way than the file: read it out on the phone or hand it over, never in the same e-mail. Anyone with both the file and the passphrase can read the share.</source>
        <translation>Carnet crée une phrase de passe de %1 mots aléatoires (%2 bits) et l&apos;affiche une seule fois, après l&apos;enregistrement du partage&#xa0;; elle n&apos;est conservée nulle part. Transmettez-la au destinataire par un autre moyen que le fichier&#xa0;: lisez-la au téléphone ou remettez-la en main propre, jamais dans le même e-mail. Toute personne disposant à la fois du fichier et de la phrase de passe peut lire le partage.</translation>
    </message>
    <message>
        <source>Key pinned: you confirmed it with them.</source>
        <translation>Clé confirmée&#xa0;: vous l&apos;avez vérifiée avec cette personne.</translation>
    </message>
    <message>
        <source>Key not pinned: before sending, compare %1 with them.</source>
        <translation>Clé non confirmée&#xa0;: avant l&apos;envoi, comparez %1 avec cette personne.</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>Age key: %1</source>
        <translation>Clé age&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>key pinned</source>
        <translation>clé confirmée</translation>
    </message>
    <message>
        <source>key not pinned</source>
        <translation>clé non confirmée</translation>
    </message>
    <message>
        <source>No care-team member has an age key yet. Add their key in Profile &amp; care team › Care team, or paste it below.</source>
        <translation>Aucun membre de l&apos;équipe soignante n&apos;a encore de clé age. Ajoutez sa clé dans Profil et équipe soignante › Équipe soignante, ou collez-la ci-dessous.</translation>
    </message>
    <message>
        <source>Care-team members without an age key, who cannot be chosen yet: %1.</source>
        <translation>Membres de l&apos;équipe soignante sans clé age, qui ne peuvent pas encore être choisis&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not pinned: %1. Check the key with them (in person or by phone) before you send the file; Profile &amp; care team › Care team can pin it once confirmed.</source>
        <translation>Clés non confirmées&#xa0;: %1. Vérifiez la clé avec chaque personne (en face à face ou par téléphone) avant d&apos;envoyer le fichier&#xa0;; vous pourrez la confirmer dans Profil et équipe soignante › Équipe soignante une fois vérifiée.</translation>
    </message>
</context>
<context>
    <name>carnet::ShareWizard</name>
    <message>
        <source>New share</source>
        <translation>Nouveau partage</translation>
    </message>
</context>
<context>
    <name>carnet::SharedRecordOpener</name>
    <message>
        <source>Open shared record</source>
        <translation>Ouvrir un dossier partagé</translation>
    </message>
    <message>
        <source>Carnet shares (*.carnet-share)</source>
        <translation>Partages Carnet (*.carnet-share)</translation>
    </message>
    <message>
        <source>Wrong passphrase: the share does not open with the passphrase you typed. Check it with the person who sent it (it is the one-time passphrase they gave you, not your vault&apos;s).</source>
        <translation>Phrase de passe incorrecte&#xa0;: le partage ne s&apos;ouvre pas avec la phrase de passe saisie. Vérifiez-la avec la personne qui l&apos;a envoyé (il s&apos;agit de la phrase de passe à usage unique qu&apos;elle vous a donnée, pas de celle de votre coffre-fort).</translation>
    </message>
    <message>
        <source>This share is not for your key: it was made for someone else&apos;s vault, so it cannot be opened here. Ask the sender to share it with your vault&apos;s key or with a one-time passphrase.</source>
        <translation>Ce partage n&apos;est pas destiné à votre clé&#xa0;: il a été créé pour le coffre-fort de quelqu&apos;un d&apos;autre et ne peut donc pas être ouvert ici. Demandez à l&apos;expéditeur de le partager avec la clé de votre coffre-fort ou avec une phrase de passe à usage unique.</translation>
    </message>
    <message>
        <source>This file is damaged or was tampered with, or it is not a Carnet share. Do not trust its contents; ask the sender for a new copy.</source>
        <translation>Ce fichier est endommagé ou a été falsifié, ou ce n&apos;est pas un partage Carnet. Ne vous fiez pas à son contenu&#xa0;; demandez une nouvelle copie à l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>The signature does not verify: this share was tampered with, or was not signed by the key it names. Do not trust its contents.</source>
        <translation>La signature n&apos;est pas valide&#xa0;: ce partage a été falsifié, ou n&apos;a pas été signé par la clé qu&apos;il indique. Ne vous fiez pas à son contenu.</translation>
    </message>
    <message>
        <source>This share holds unsafe content (a file that would land outside its folder, or a repeated or special file) and was refused. Do not trust its contents.</source>
        <translation>Ce partage contient un contenu dangereux (un fichier qui se retrouverait hors de son dossier, ou un fichier répété ou spécial) et a été refusé. Ne vous fiez pas à son contenu.</translation>
    </message>
    <message>
        <source>This file is too large to be a Carnet share, or its passphrase protection asks for more work than Carnet allows. It was not opened.</source>
        <translation>Ce fichier est trop volumineux pour être un partage Carnet, ou sa protection par phrase de passe demande plus de calcul que Carnet ne l&apos;autorise. Il n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>This share was made by a newer Carnet. Update Carnet to open it.</source>
        <translation>Ce partage a été créé par une version plus récente de Carnet. Mettez Carnet à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Cannot read the file.</source>
        <translation>Impossible de lire le fichier.</translation>
    </message>
    <message>
        <source>The share could not be opened.</source>
        <translation>Le partage n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is locked to a vault&apos;s key, not to a passphrase. Unlock your vault first, then open the file with File › Open shared record…</source>
        <translation>«&#xa0;%1&#xa0;» est verrouillé par la clé d&apos;un coffre-fort, pas par une phrase de passe. Déverrouillez d&apos;abord votre coffre-fort, puis ouvrez le fichier avec Fichier › Ouvrir un dossier partagé…</translation>
    </message>
    <message>
        <source>%1 does not exist or cannot be read.</source>
        <translation>%1 n&apos;existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <source>This vault has no key to open shares with.</source>
        <translation>Ce coffre-fort n&apos;a pas de clé pour ouvrir les partages.</translation>
    </message>
    <message>
        <source>Shared record</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>The share verified, but could not be checked against your care team and the shares opened before: %1</source>
        <translation>Le partage a été vérifié, mais n&apos;a pas pu être comparé à votre équipe soignante et aux partages ouverts auparavant&#xa0;: %1</translation>
    </message>
    <message>
        <source>The share could not be opened: %1</source>
        <translation>Le partage n&apos;a pas pu être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Decrypting “%1” and checking its signatures…</source>
        <translation>Déchiffrement de «&#xa0;%1&#xa0;» et vérification de ses signatures…</translation>
    </message>
    <message>
        <source>Opening shared record</source>
        <translation>Ouverture du dossier partagé</translation>
    </message>
    <message>
        <source>Opening the shared record</source>
        <translation>Ouverture du dossier partagé</translation>
    </message>
    <message>
        <source>Cannot open the shared record</source>
        <translation>Impossible d&apos;ouvrir le dossier partagé</translation>
    </message>
</context>
<context>
    <name>carnet::SharedRecordSections</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Intended</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation>Posologie</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie d&apos;administration</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Shared medications</source>
        <translation>Médicaments partagés</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Organisme payeur</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>N° d&apos;adhérent</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Shared insurance plans</source>
        <translation>Contrats d&apos;assurance partagés</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Shared appointments</source>
        <translation>Rendez-vous partagés</translation>
    </message>
    <message>
        <source>This share holds no records.</source>
        <translation>Ce partage ne contient aucun élément.</translation>
    </message>
    <message>
        <source>Shared records</source>
        <translation>Éléments partagés</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Shared journal entries</source>
        <translation>Entrées du journal partagées</translation>
    </message>
    <message>
        <source>Shared journal entry text</source>
        <translation>Texte de l&apos;entrée du journal partagée</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Journal entries (%1)</source>
        <translation>Entrées du journal (%1)</translation>
    </message>
    <message>
        <source>Medications (%1)</source>
        <translation>Médicaments (%1)</translation>
    </message>
    <message>
        <source>Insurance (%1)</source>
        <translation>Assurance (%1)</translation>
    </message>
    <message>
        <source>Appointments (%1)</source>
        <translation>Rendez-vous (%1)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Éléments</translation>
    </message>
</context>
<context>
    <name>carnet::SharedRecordView</name>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Whether the signer&apos;s key is pinned</source>
        <translation>Confirmation de la clé du signataire</translation>
    </message>
    <message>
        <source>Signer&apos;s fingerprint</source>
        <translation>Empreinte du signataire</translation>
    </message>
    <message>
        <source>Compare these groups with the ones the sender reads out to you, or with their care-team entry.</source>
        <translation>Comparez ces groupes avec ceux que l&apos;expéditeur vous lit, ou avec sa fiche dans l&apos;équipe soignante.</translation>
    </message>
    <message>
        <source>Signer not pinned</source>
        <translation>Signataire non confirmé</translation>
    </message>
    <message>
        <source>This signer&apos;s key is not pinned in your care team: compare the fingerprint with them before trusting it.</source>
        <translation>La clé de ce signataire n&apos;est pas confirmée dans votre équipe soignante&#xa0;: comparez l&apos;empreinte avec cette personne avant de vous y fier.</translation>
    </message>
    <message>
        <source>Opened before</source>
        <translation>Déjà ouvert</translation>
    </message>
    <message>
        <source>When the share was made</source>
        <translation>Date de création du partage</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Signé par&#xa0;:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Création&#xa0;:</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient&#xa0;:</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(aucun nom indiqué)</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, né(e) le %2</translation>
    </message>
    <message>
        <source>The expected key</source>
        <translation>La clé attendue</translation>
    </message>
    <message>
        <source>An unknown key</source>
        <translation>Une clé inconnue</translation>
    </message>
    <message>
        <source>✓ Pinned in your care team</source>
        <translation>✓ Confirmée dans votre équipe soignante</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>Non confirmée</translation>
    </message>
    <message>
        <source>You opened this share before, on %1. If you did not expect to see it again, someone may be passing an old copy off as new.</source>
        <translation>Vous avez déjà ouvert ce partage, le %1. Si vous ne vous attendiez pas à le revoir, quelqu&apos;un essaie peut-être de faire passer une ancienne copie pour une nouvelle.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n record(s)</source>
        <translation>
            <numerusform>%1 · %n élément</numerusform>
            <numerusform>%1 · %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>kept on %1</source>
        <translation>conservé le %1</translation>
    </message>
</context>
<context>
    <name>carnet::SharedRecordWindow</name>
    <message>
        <source>&amp;Keep in Shared with me</source>
        <translation>&amp;Conserver dans Partagés avec moi</translation>
    </message>
    <message>
        <source>&amp;Save summary as HTML…</source>
        <translation>&amp;Enregistrer le résumé en HTML…</translation>
    </message>
    <message>
        <source>Shared record</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>Shared record from %1</source>
        <translation>Dossier partagé par %1</translation>
    </message>
    <message>
        <source>Keep in Shared with me</source>
        <translation>Conserver dans Partagés avec moi</translation>
    </message>
    <message>
        <source>Store a copy of this share in your vault, under Shared with me (Ctrl+K)</source>
        <translation>Enregistrer une copie de ce partage dans votre coffre-fort, sous Partagés avec moi (Ctrl+K)</translation>
    </message>
    <message>
        <source>Save summary as HTML</source>
        <translation>Enregistrer le résumé en HTML</translation>
    </message>
    <message>
        <source>Save the signed summary page that came with the share, to open in a browser or print</source>
        <translation>Enregistrer la page de résumé signée fournie avec le partage, pour l&apos;ouvrir dans un navigateur ou l&apos;imprimer</translation>
    </message>
    <message>
        <source>To keep a copy in your vault, unlock it and open the file with File › Open shared record…</source>
        <translation>Pour conserver une copie dans votre coffre-fort, déverrouillez-le et ouvrez le fichier avec Fichier › Ouvrir un dossier partagé…</translation>
    </message>
    <message>
        <source>Cannot keep the share</source>
        <translation>Impossible de conserver le partage</translation>
    </message>
    <message>
        <source>The vault could not store it: %1</source>
        <translation>Le coffre-fort n&apos;a pas pu l&apos;enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>This share is in Shared with me</source>
        <translation>Ce partage se trouve dans Partagés avec moi</translation>
    </message>
    <message>
        <source>shared-record-summary.html</source>
        <translation>shared-record-summary.html</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>Cannot save the summary</source>
        <translation>Impossible d&apos;enregistrer le résumé</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>carnet::SharingPage</name>
    <message>
        <source>&amp;New share…</source>
        <translation>&amp;Nouveau partage…</translation>
    </message>
    <message>
        <source>&amp;Open shared record…</source>
        <translation>&amp;Ouvrir un dossier partagé…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Sharing&lt;/h2&gt;&lt;p&gt;Send chosen records to a doctor or someone you trust, encrypted to them and signed by this vault, or open a record someone shared with you.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Partage&lt;/h2&gt;&lt;p&gt;Envoyez des éléments choisis à un médecin ou à une personne de confiance, chiffrés pour cette personne et signés par ce coffre-fort, ou ouvrez un dossier que quelqu&apos;un a partagé avec vous.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose what to share and with whom, see exactly what will leave, then write the file (%1)</source>
        <translation>Choisir quoi partager et avec qui, voir exactement ce qui partira, puis écrire le fichier (%1)</translation>
    </message>
    <message>
        <source>New share</source>
        <translation>Nouveau partage</translation>
    </message>
    <message>
        <source>Open a .carnet-share file someone sent you</source>
        <translation>Ouvrir un fichier .carnet-share que quelqu&apos;un vous a envoyé</translation>
    </message>
    <message>
        <source>Open shared record</source>
        <translation>Ouvrir un dossier partagé</translation>
    </message>
    <message>
        <source>Shared &amp;by you</source>
        <translation>Partagés &amp;par vous</translation>
    </message>
    <message>
        <source>Your sharing &amp;keys</source>
        <translation>&amp;Vos clés de partage</translation>
    </message>
    <message>
        <source>Every share made from this vault</source>
        <translation>Chaque partage effectué depuis ce coffre-fort</translation>
    </message>
    <message>
        <source>Your public keys and fingerprint, for the people you share with</source>
        <translation>Vos clés publiques et votre empreinte, pour les personnes avec qui vous partagez</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>New share…</source>
        <translation>Nouveau partage…</translation>
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
        <translation>&lt;h1&gt;Carnet&lt;/h1&gt;&lt;p&gt;Votre dossier de santé, chiffré sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open another vault…</source>
        <translation>&amp;Ouvrir un autre coffre-fort…</translation>
    </message>
    <message>
        <source>Open a &amp;shared record…</source>
        <translation>Ouvrir un dossier parta&amp;gé…</translation>
    </message>
    <message>
        <source>Why the vault is locked</source>
        <translation>Pourquoi le coffre-fort est verrouillé</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Coffre-fort&#xa0;: %1</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Un problème est survenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
    <message>
        <source>Choose the vault folder (or an empty folder for a new vault)</source>
        <translation>Choisissez le dossier du coffre-fort (ou un dossier vide pour un nouveau coffre-fort)</translation>
    </message>
    <message>
        <source>Recent vaults</source>
        <translation>Coffres-forts récents</translation>
    </message>
    <message>
        <source>Vaults opened on this computer</source>
        <translation>Coffres-forts ouverts sur cet ordinateur</translation>
    </message>
    <message>
        <source>Open it &amp;now with its passphrase…</source>
        <translation>L&apos;ouvrir &amp;maintenant avec sa phrase de passe…</translation>
    </message>
    <message>
        <source>Shared record to open</source>
        <translation>Dossier partagé à ouvrir</translation>
    </message>
    <message>
        <source>Open the shared record now with its passphrase</source>
        <translation>Ouvrir maintenant le dossier partagé avec sa phrase de passe</translation>
    </message>
    <message>
        <source>A share locked with a one-time passphrase opens without unlocking your vault; to keep it, unlock first.</source>
        <translation>Un partage verrouillé par une phrase de passe à usage unique s&apos;ouvre sans déverrouiller votre coffre-fort&#xa0;; pour le conserver, déverrouillez d&apos;abord.</translation>
    </message>
    <message>
        <source>After you unlock, Carnet will open %1.</source>
        <translation>Après le déverrouillage, Carnet ouvrira %1.</translation>
    </message>
</context>
<context>
    <name>carnet::StopMedicationDialog</name>
    <message>
        <source>Stop %1</source>
        <translation>Arrêter %1</translation>
    </message>
    <message>
        <source>%1 moves to the past medications from the stop date on. Its doses and history are kept.</source>
        <translation>%1 passe dans les anciens médicaments à partir de la date d&apos;arrêt. Ses prises et son historique sont conservés.</translation>
    </message>
    <message>
        <source>Stop date</source>
        <translation>Date d&apos;arrêt</translation>
    </message>
    <message>
        <source>The first day without this medication</source>
        <translation>Le premier jour sans ce médicament</translation>
    </message>
    <message>
        <source>Reason for stopping</source>
        <translation>Motif de l&apos;arrêt</translation>
    </message>
    <message>
        <source>e.g. finished the course, side effects</source>
        <translation>p. ex. traitement terminé, effets indésirables</translation>
    </message>
    <message>
        <source>&amp;Stopped on:</source>
        <translation>&amp;Arrêté le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;top medication</source>
        <translation>A&amp;rrêter le médicament</translation>
    </message>
</context>
<context>
    <name>carnet::TodayPage</name>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Prendre</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Sauter</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>Rendez-vous à venir</translation>
    </message>
    <message>
        <source>Refills running low</source>
        <translation>Renouvellements à prévoir</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Doses due today</source>
        <translation>Prises dues aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Take the selected dose</source>
        <translation>Prendre la prise sélectionnée</translation>
    </message>
    <message>
        <source>Skip the selected dose</source>
        <translation>Sauter la prise sélectionnée</translation>
    </message>
    <message>
        <source>Record the selected dose as taken now</source>
        <translation>Enregistrer la prise sélectionnée comme prise maintenant</translation>
    </message>
    <message>
        <source>Record the selected dose as skipped</source>
        <translation>Enregistrer la prise sélectionnée comme sautée</translation>
    </message>
    <message>
        <source>Next two weeks</source>
        <translation>Deux prochaines semaines</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récent</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Dose not recorded</source>
        <translation>Prise non enregistrée</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No appointments in the next two weeks.</source>
        <translation>Aucun rendez-vous dans les deux prochaines semaines.</translation>
    </message>
    <message>
        <source>%1: refill was due %2</source>
        <translation>%1&#xa0;: le renouvellement était prévu le %2</translation>
    </message>
    <message>
        <source>%1: refill by %2</source>
        <translation>%1&#xa0;: à renouveler d&apos;ici le %2</translation>
    </message>
    <message>
        <source>%1 — refills left: %2</source>
        <translation>%1 — renouvellements restants&#xa0;: %2</translation>
    </message>
    <message>
        <source>No refill due in the next week.</source>
        <translation>Aucun renouvellement prévu la semaine prochaine.</translation>
    </message>
    <message>
        <source>Nothing yet. Entries, doses and appointments will show here.</source>
        <translation>Rien pour l&apos;instant. Les entrées, les prises et les rendez-vous s&apos;afficheront ici.</translation>
    </message>
</context>
<context>
    <name>carnet::TrayIcon</name>
    <message>
        <source>&amp;Show Carnet</source>
        <translation>&amp;Afficher Carnet</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>Carnet — unlocked</source>
        <translation>Carnet — déverrouillé</translation>
    </message>
    <message>
        <source>Carnet — locked</source>
        <translation>Carnet — verrouillé</translation>
    </message>
</context>
<context>
    <name>carnet::UnlockPage</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Forgot it? Use the &amp;recovery code…</source>
        <translation>Oubliée&#xa0;? Utilisez le code de &amp;récupération…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
</context>
<context>
    <name>carnet::VaultIdentityPanel</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier la %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your sharing keys&lt;/h3&gt;&lt;p&gt;Whoever sends you a share (a doctor&apos;s office, a lab, someone else using Carnet) encrypts it to your &lt;b&gt;age key&lt;/b&gt;, so that only this vault can open it. Whoever receives a share from you checks it with your &lt;b&gt;minisign key&lt;/b&gt;, to know it comes from you and was not changed on the way.&lt;/p&gt;&lt;p&gt;Both are public keys: they are not secret. Give them out by e-mail, on paper or as the QR code.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vos clés de partage&lt;/h3&gt;&lt;p&gt;Quiconque vous envoie un partage (un cabinet médical, un laboratoire, une autre personne utilisant Carnet) le chiffre pour votre &lt;b&gt;clé age&lt;/b&gt;, afin que seul ce coffre-fort puisse l&apos;ouvrir. Quiconque reçoit un partage de votre part le vérifie avec votre &lt;b&gt;clé minisign&lt;/b&gt;, pour savoir qu&apos;il vient bien de vous et n&apos;a pas été modifié en chemin.&lt;/p&gt;&lt;p&gt;Ce sont deux clés publiques&#xa0;: elles ne sont pas secrètes. Communiquez-les par e-mail, sur papier ou sous forme de QR code.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This vault&apos;s sharing keys cannot be shown:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Les clés de partage de ce coffre-fort ne peuvent pas être affichées&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sharing keys problem</source>
        <translation>Problème de clés de partage</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fingerprint&lt;/b&gt;</source>
        <translation>&lt;b&gt;Empreinte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Vault fingerprint</source>
        <translation>Empreinte du coffre-fort</translation>
    </message>
    <message>
        <source>Copy &amp;fingerprint</source>
        <translation>Copier l&apos;emp&amp;reinte</translation>
    </message>
    <message>
        <source>Copy the fingerprint, to paste it into a message</source>
        <translation>Copier l&apos;empreinte, pour la coller dans un message</translation>
    </message>
    <message>
        <source>Copy fingerprint</source>
        <translation>Copier l&apos;empreinte</translation>
    </message>
    <message>
        <source>&lt;p&gt;To be sure that the keys someone has are really yours, &lt;b&gt;compare the fingerprint&lt;/b&gt;: read it aloud, group by group, on the phone or face to face, while they look at the fingerprint their app shows for your keys. If every group matches, the keys are yours. A fingerprint that came in the same e-mail as the keys proves nothing.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pour être sûr que les clés qu&apos;une personne détient sont bien les vôtres, &lt;b&gt;comparez l&apos;empreinte&lt;/b&gt;&#xa0;: lisez-la à voix haute, groupe par groupe, au téléphone ou en face à face, pendant qu&apos;elle regarde l&apos;empreinte que son application affiche pour vos clés. Si chaque groupe correspond, les clés sont bien les vôtres. Une empreinte reçue dans le même e-mail que les clés ne prouve rien.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>QR code of your public keys</source>
        <translation>QR code de vos clés publiques</translation>
    </message>
    <message>
        <source>Holds your age key, minisign key and fingerprint as text.</source>
        <translation>Contient votre clé age, votre clé minisign et votre empreinte sous forme de texte.</translation>
    </message>
    <message>
        <source>The same keys and fingerprint as a QR code, for a phone or an app that scans them.</source>
        <translation>Les mêmes clés et la même empreinte sous forme de QR code, pour un téléphone ou une application qui les scanne.</translation>
    </message>
    <message>
        <source>&amp;Age key (others encrypt shares to you with it):</source>
        <translation>Clé a&amp;ge (les autres l&apos;utilisent pour chiffrer leurs partages à votre intention)&#xa0;:</translation>
    </message>
    <message>
        <source>age key</source>
        <translation>clé age</translation>
    </message>
    <message>
        <source>Copy the age key (age1…)</source>
        <translation>Copier la clé age (age1…)</translation>
    </message>
    <message>
        <source>&amp;Minisign key (checks that shares come from you), key id %1:</source>
        <translation>Clé &amp;minisign (vérifie que les partages viennent de vous), ID de clé %1&#xa0;:</translation>
    </message>
    <message>
        <source>minisign key</source>
        <translation>clé minisign</translation>
    </message>
    <message>
        <source>Copy the minisign public key</source>
        <translation>Copier la clé publique minisign</translation>
    </message>
    <message>
        <source>&amp;Save public keys…</source>
        <translation>&amp;Enregistrer les clés publiques…</translation>
    </message>
    <message>
        <source>Write the minisign key as a .pub file and the age key beside it, to send or publish</source>
        <translation>Écrire la clé minisign dans un fichier .pub et la clé age à côté, pour les envoyer ou les publier</translation>
    </message>
    <message>
        <source>Save public keys</source>
        <translation>Enregistrer les clés publiques</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>%1 copied. Carnet clears the clipboard after %2 s.</source>
        <translation>%1 copiée. Carnet efface le presse-papiers après %2 s.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Age key</source>
        <translation>Clé age</translation>
    </message>
    <message>
        <source>Minisign key</source>
        <translation>Clé minisign</translation>
    </message>
    <message>
        <source>Save your public keys</source>
        <translation>Enregistrer vos clés publiques</translation>
    </message>
    <message>
        <source>minisign public keys (*.pub)</source>
        <translation>Clés publiques minisign (*.pub)</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Remplacer le fichier&#xa0;?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with your age key?</source>
        <translation>%1 existe déjà. Le remplacer par votre clé age&#xa0;?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Your minisign key could not be saved to %1: %2</source>
        <translation>Votre clé minisign n&apos;a pas pu être enregistrée dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your minisign key was saved, but your age key could not be saved to %1: %2</source>
        <translation>Votre clé minisign a été enregistrée, mais votre clé age n&apos;a pas pu être enregistrée dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1 (minisign key) and %2 (age key).</source>
        <translation>%1 (clé minisign) et %2 (clé age) enregistrés.</translation>
    </message>
</context>
<context>
    <name>carnet::WeekView</name>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
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
        <translation>Lister toutes les versions d&apos;un élément (entrée de journal, médicament, rendez-vous, ...)&#xa0;: sa création, chaque modification avec les champs modifiés, sa suppression et sa restauration.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n version(s)</source>
        <translation>
            <numerusform>%1 %2&#xa0;: %n version</numerusform>
            <numerusform>%1 %2&#xa0;: %n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1, %2, %3</source>
        <translation>Version %1, %2, %3</translation>
    </message>
    <message>
        <source>List the earlier versions of a record</source>
        <translation>Lister les versions antérieures d&apos;un élément</translation>
    </message>
    <message>
        <source>Key-derivation strength: interactive, moderate (default) or sensitive.</source>
        <translation>Robustesse de la dérivation de clé&#xa0;: interactive, moderate (par défaut) ou sensitive.</translation>
    </message>
    <message>
        <source>unknown --kdf profile &apos;%1&apos; (use interactive, moderate or sensitive)</source>
        <translation>profil --kdf inconnu &apos;%1&apos; (utilisez interactive, moderate ou sensitive)</translation>
    </message>
    <message>
        <source>Write it down and keep it apart from this computer. It is shown only now; it opens the vault if the passphrase is lost.
</source>
        <translation>Notez-le et conservez-le à l&apos;écart de cet ordinateur. Il n&apos;est affiché que maintenant&#xa0;; il ouvre le coffre-fort si la phrase de passe est perdue.
</translation>
    </message>
    <message>
        <source>Create a new, empty vault in the folder VAULT (created if missing, must be empty).</source>
        <translation>Créer un nouveau coffre-fort vide dans le dossier VAULT (créé s&apos;il n&apos;existe pas, doit être vide).</translation>
    </message>
    <message>
        <source>%1 already holds a Carnet vault.</source>
        <translation>%1 contient déjà un coffre-fort Carnet.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Created the vault %1.

</source>
        <translation>Coffre-fort %1 créé.

</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Code de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Show a vault&apos;s format and key-derivation settings without unlocking it.</source>
        <translation>Afficher le format et les paramètres de dérivation de clé d&apos;un coffre-fort sans le déverrouiller.</translation>
    </message>
    <message>
        <source>Vault:            %1
</source>
        <translation>Coffre-fort&#xa0;:           %1
</translation>
    </message>
    <message>
        <source>Vault id:         %1
</source>
        <translation>ID du coffre-fort&#xa0;:     %1
</translation>
    </message>
    <message>
        <source>Keyring format:   %1
</source>
        <translation>Format du trousseau&#xa0;:   %1
</translation>
    </message>
    <message>
        <source>Created:          %1
</source>
        <translation>Créé le&#xa0;:               %1
</translation>
    </message>
    <message>
        <source>Encryption:       SQLCipher %1 (SQLite %2), %3-byte pages
</source>
        <translation>Chiffrement&#xa0;:           SQLCipher %1 (SQLite %2), pages de %3 octets
</translation>
    </message>
    <message>
        <source>Key derivation:   Argon2id, %1 passes, %2 MiB (%3)
</source>
        <translation>Dérivation de clé&#xa0;:     Argon2id, %1 passes, %2 Mio (%3)
</translation>
    </message>
    <message>
        <source>Recovery code:    %1
</source>
        <translation>Code de récupération&#xa0;:  %1
</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Also change the key-derivation strength: interactive, moderate or sensitive.</source>
        <translation>Modifier aussi la robustesse de la dérivation de clé&#xa0;: interactive, moderate ou sensitive.</translation>
    </message>
    <message>
        <source>Change the vault&apos;s passphrase. Reads the current passphrase, then the new one. Only the keyring changes; records.db is not rewritten.</source>
        <translation>Changer la phrase de passe du coffre-fort. Lit la phrase de passe actuelle, puis la nouvelle. Seul le trousseau change&#xa0;; records.db n&apos;est pas réécrit.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Phrase de passe actuelle&#xa0;: </translation>
    </message>
    <message>
        <source>The passphrase was changed.
</source>
        <translation>La phrase de passe a été changée.
</translation>
    </message>
    <message>
        <source>Open the vault with its recovery code and set a new passphrase. Reads the recovery code, then the new passphrase. The used code stops working and a new one is printed.</source>
        <translation>Ouvrir le coffre-fort avec son code de récupération et définir une nouvelle phrase de passe. Lit le code de récupération, puis la nouvelle phrase de passe. Le code utilisé cesse de fonctionner et un nouveau code est affiché.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Code de récupération&#xa0;: </translation>
    </message>
    <message>
        <source>The vault has a new passphrase.

</source>
        <translation>Le coffre-fort a une nouvelle phrase de passe.

</translation>
    </message>
    <message>
        <source>The old recovery code no longer works. New recovery code:</source>
        <translation>L&apos;ancien code de récupération ne fonctionne plus. Nouveau code de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Re-encrypt records.db under a new random data key, e.g. after a copy of the vault and its passphrase may have leaked. Prints a new recovery code; the old one stops working.</source>
        <translation>Rechiffrer records.db avec une nouvelle clé de données aléatoire, p. ex. si une copie du coffre-fort et sa phrase de passe ont pu fuiter. Affiche un nouveau code de récupération&#xa0;; l&apos;ancien cesse de fonctionner.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase de passe&#xa0;: </translation>
    </message>
    <message>
        <source>records.db now uses a new data key.

</source>
        <translation>records.db utilise désormais une nouvelle clé de données.

</translation>
    </message>
    <message>
        <source>Check the hash chain; exit 4 if an entry was altered or removed.</source>
        <translation>Vérifier la chaîne de hachage&#xa0;; code de sortie 4 si une entrée a été modifiée ou supprimée.</translation>
    </message>
    <message>
        <source>List the vault&apos;s audit log of security events.</source>
        <translation>Lister le journal d&apos;audit des événements de sécurité du coffre-fort.</translation>
    </message>
    <message>
        <source>the audit log does not verify: %1</source>
        <translation>le journal d&apos;audit n&apos;est pas vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>The audit log verifies: %1 entries, chain intact.
</source>
        <translation>Le journal d&apos;audit est vérifié&#xa0;: %1 entrées, chaîne intacte.
</translation>
    </message>
    <message>
        <source>Create a new encrypted vault</source>
        <translation>Créer un nouveau coffre-fort chiffré</translation>
    </message>
    <message>
        <source>Show a vault&apos;s format and settings (no passphrase needed)</source>
        <translation>Afficher le format et les paramètres d&apos;un coffre-fort (sans phrase de passe)</translation>
    </message>
    <message>
        <source>Change the vault&apos;s passphrase</source>
        <translation>Changer la phrase de passe du coffre-fort</translation>
    </message>
    <message>
        <source>Set a new passphrase using the recovery code</source>
        <translation>Définir une nouvelle phrase de passe avec le code de récupération</translation>
    </message>
    <message>
        <source>Re-encrypt the vault under a new data key</source>
        <translation>Rechiffrer le coffre-fort avec une nouvelle clé de données</translation>
    </message>
    <message>
        <source>List or verify the audit log</source>
        <translation>Lister ou vérifier le journal d&apos;audit</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known time zone; use an IANA name such as Europe/Berlin</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu&#xa0;; utilisez un nom IANA tel que Europe/Paris</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of minutes for %2 (0 or more)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre de minutes valide pour %2 (0 ou plus)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n jour avant</numerusform>
            <numerusform>%n jours avant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <translation>
            <numerusform>%n heure avant</numerusform>
            <numerusform>%n heures avant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute avant</numerusform>
            <numerusform>%n minutes avant</numerusform>
        </translation>
    </message>
    <message>
        <source>give either --end or --duration, not both</source>
        <translation>indiquez soit --end soit --duration, pas les deux</translation>
    </message>
    <message>
        <source>--title is required</source>
        <translation>--title est obligatoire</translation>
    </message>
    <message>
        <source>--start is required</source>
        <translation>--start est obligatoire</translation>
    </message>
    <message>
        <source>--notes-file needs a file: standard input carries the passphrase</source>
        <translation>--notes-file exige un fichier&#xa0;: l&apos;entrée standard transmet la phrase de passe</translation>
    </message>
    <message>
        <source>an all-day appointment takes --end (its last day), not --duration</source>
        <translation>un rendez-vous sur toute la journée prend --end (son dernier jour), pas --duration</translation>
    </message>
    <message>
        <source>the end (%1) is before the start (%2)</source>
        <translation>la fin (%1) est antérieure au début (%2)</translation>
    </message>
    <message>
        <source>--remind %1 is more than %2 minutes (30 days) ahead</source>
        <translation>--remind %1 dépasse de plus de %2 minutes (30 jours) l&apos;avance autorisée</translation>
    </message>
    <message>
        <source>--except needs a repeating appointment (--rrule)</source>
        <translation>--except exige un rendez-vous récurrent (--rrule)</translation>
    </message>
    <message>
        <source>the appointment does not take place on %1, so --except cannot skip it</source>
        <translation>le rendez-vous n&apos;a pas lieu le %1, donc --except ne peut pas l&apos;exclure</translation>
    </message>
    <message>
        <source>%1 to %2, all day</source>
        <translation>du %1 au %2, toute la journée</translation>
    </message>
    <message>
        <source>%1, all day</source>
        <translation>%1, toute la journée</translation>
    </message>
    <message>
        <source>[repeats]</source>
        <translation>[récurrent]</translation>
    </message>
    <message>
        <source>Add an appointment; prints its id.</source>
        <translation>Ajouter un rendez-vous&#xa0;; affiche son identifiant.</translation>
    </message>
    <message>
        <source>Added appointment %1.</source>
        <translation>Rendez-vous %1 ajouté.</translation>
    </message>
    <message>
        <source>Change an appointment; the earlier values stay in its history.</source>
        <translation>Modifier un rendez-vous&#xa0;; les valeurs précédentes restent dans son historique.</translation>
    </message>
    <message>
        <source>give either --cancel or --book, not both</source>
        <translation>indiquez soit --cancel soit --book, pas les deux</translation>
    </message>
    <message>
        <source>give either --all-day or --timed, not both</source>
        <translation>indiquez soit --all-day soit --timed, pas les deux</translation>
    </message>
    <message>
        <source>give either --rrule or --no-rrule, not both</source>
        <translation>indiquez soit --rrule soit --no-rrule, pas les deux</translation>
    </message>
    <message>
        <source>give either --remind or --no-remind, not both</source>
        <translation>indiquez soit --remind soit --no-remind, pas les deux</translation>
    </message>
    <message>
        <source>give either --care-team or --no-care-team, not both</source>
        <translation>indiquez soit --care-team soit --no-care-team, pas les deux</translation>
    </message>
    <message>
        <source>Updated appointment %1 (version %2).</source>
        <translation>Rendez-vous %1 mis à jour (version %2).</translation>
    </message>
    <message>
        <source>--to %1 is before --from %2</source>
        <translation>--to %1 est antérieur à --from %2</translation>
    </message>
    <message>
        <source>First day to list (default: today).</source>
        <translation>Premier jour à lister (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Last day to list (default: 30 days after --from).</source>
        <translation>Dernier jour à lister (par défaut&#xa0;: 30 jours après --from).</translation>
    </message>
    <message>
        <source>Also list cancelled appointments.</source>
        <translation>Lister aussi les rendez-vous annulés.</translation>
    </message>
    <message>
        <source>List the dates of appointments between two days, repeating ones expanded.</source>
        <translation>Lister les dates des rendez-vous entre deux jours, rendez-vous récurrents développés.</translation>
    </message>
    <message>
        <source>No appointments in that time.</source>
        <translation>Aucun rendez-vous sur cette période.</translation>
    </message>
    <message>
        <source>(Some repeating appointments repeat too often to list them all.)</source>
        <translation>(Certains rendez-vous récurrents se répètent trop souvent pour être tous listés.)</translation>
    </message>
    <message>
        <source>How many to list (default 10).</source>
        <translation>Combien en lister (10 par défaut).</translation>
    </message>
    <message>
        <source>List the next appointments from now on.</source>
        <translation>Lister les prochains rendez-vous à partir de maintenant.</translation>
    </message>
    <message>
        <source>--limit must be a number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--limit doit être un nombre de 1 à %1, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>No upcoming appointments.</source>
        <translation>Aucun rendez-vous à venir.</translation>
    </message>
    <message>
        <source>Show one appointment with all its details.</source>
        <translation>Afficher un rendez-vous avec tous ses détails.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>Appointment %1: %2</source>
        <translation>Rendez-vous %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Professionnel de santé&#xa0;:</translation>
    </message>
    <message>
        <source>Care team:</source>
        <translation>Équipe soignante&#xa0;:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Répétition&#xa0;:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>Exclus&#xa0;:</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>Rappels&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Version %1, created %2, last changed %3</source>
        <translation>Version %1, créée le %2, dernière modification le %3</translation>
    </message>
    <message>
        <source>Delete an appointment. It is kept, hidden, and can be restored with &apos;appt restore&apos;.</source>
        <translation>Supprimer un rendez-vous. Il est conservé, masqué, et peut être restauré avec &apos;appt restore&apos;.</translation>
    </message>
    <message>
        <source>Deleted appointment %1; &apos;appt restore&apos; brings it back.</source>
        <translation>Rendez-vous %1 supprimé&#xa0;; &apos;appt restore&apos; le rétablit.</translation>
    </message>
    <message>
        <source>Bring back a deleted appointment.</source>
        <translation>Rétablir un rendez-vous supprimé.</translation>
    </message>
    <message>
        <source>Restored appointment %1.</source>
        <translation>Rendez-vous %1 restauré.</translation>
    </message>
    <message>
        <source>Add an appointment</source>
        <translation>Ajouter un rendez-vous</translation>
    </message>
    <message>
        <source>List appointments between two days</source>
        <translation>Lister les rendez-vous entre deux jours</translation>
    </message>
    <message>
        <source>List the next appointments</source>
        <translation>Lister les prochains rendez-vous</translation>
    </message>
    <message>
        <source>Show an appointment</source>
        <translation>Afficher un rendez-vous</translation>
    </message>
    <message>
        <source>Change or cancel an appointment</source>
        <translation>Modifier ou annuler un rendez-vous</translation>
    </message>
    <message>
        <source>Delete an appointment</source>
        <translation>Supprimer un rendez-vous</translation>
    </message>
    <message>
        <source>Restore a deleted appointment</source>
        <translation>Restaurer un rendez-vous supprimé</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 (%2, %3, SHA-256 %4)</source>
        <translation>%1 (%2, %3, SHA-256 %4)</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; has no phone number; use &quot;label|number&quot;</source>
        <translation>--%1 «&#xa0;%2&#xa0;» n&apos;a pas de numéro de téléphone&#xa0;; utilisez &quot;libellé|numéro&quot;</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a phone number</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>unknown --%1 &apos;%2&apos; (use %3)</source>
        <translation>--%1 inconnu «&#xa0;%2&#xa0;» (utilisez %3)</translation>
    </message>
    <message>
        <source>Insurance plan %1: %2</source>
        <translation>Contrat d&apos;assurance %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>(open)</source>
        <translation>(ouvert)</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Organisme payeur</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>N° d&apos;adhérent</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Subscriber</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Other phones</source>
        <translation>Autres téléphones</translation>
    </message>
    <message>
        <source>Card front</source>
        <translation>Recto de la carte</translation>
    </message>
    <message>
        <source>Card back</source>
        <translation>Verso de la carte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1, last changed %2</source>
        <translation>%1, dernière modification le %2</translation>
    </message>
    <message>
        <source>Add an insurance plan; prints its id. --payer is required.</source>
        <translation>Ajouter un contrat d&apos;assurance&#xa0;; affiche son identifiant. --payer est obligatoire.</translation>
    </message>
    <message>
        <source>--payer is required</source>
        <translation>--payer est obligatoire</translation>
    </message>
    <message>
        <source>Added insurance plan %1.</source>
        <translation>Contrat d&apos;assurance %1 ajouté.</translation>
    </message>
    <message>
        <source>List deleted plans (which can be restored).</source>
        <translation>Lister les contrats supprimés (qui peuvent être restaurés).</translation>
    </message>
    <message>
        <source>List insurance plans: active first, then upcoming, then expired.</source>
        <translation>Lister les contrats d&apos;assurance&#xa0;: actifs d&apos;abord, puis à venir, puis expirés.</translation>
    </message>
    <message>
        <source>No deleted insurance plans.</source>
        <translation>Aucun contrat d&apos;assurance supprimé.</translation>
    </message>
    <message>
        <source>No insurance plans.</source>
        <translation>Aucun contrat d&apos;assurance.</translation>
    </message>
    <message>
        <source>member %1</source>
        <translation>adhérent %1</translation>
    </message>
    <message>
        <source>Insurance plan %1 has no image of the card&apos;s %2.</source>
        <translation>Le contrat d&apos;assurance %1 n&apos;a pas d&apos;image de la carte (%2).</translation>
    </message>
    <message>
        <source>Write the card&apos;s front image to FILE.</source>
        <translation>Écrire l&apos;image du recto de la carte dans FILE.</translation>
    </message>
    <message>
        <source>Write the card&apos;s back image to FILE.</source>
        <translation>Écrire l&apos;image du verso de la carte dans FILE.</translation>
    </message>
    <message>
        <source>Show an insurance plan; optionally save its card images.</source>
        <translation>Afficher un contrat d&apos;assurance&#xa0;; enregistrer éventuellement les images de sa carte.</translation>
    </message>
    <message>
        <source>Remove the card&apos;s front image.</source>
        <translation>Retirer l&apos;image du recto de la carte.</translation>
    </message>
    <message>
        <source>Remove the card&apos;s back image.</source>
        <translation>Retirer l&apos;image du verso de la carte.</translation>
    </message>
    <message>
        <source>Change an insurance plan: only the options given change; an empty value clears a field. The earlier version is kept.</source>
        <translation>Modifier un contrat d&apos;assurance&#xa0;: seules les options indiquées changent&#xa0;; une valeur vide efface un champ. La version précédente est conservée.</translation>
    </message>
    <message>
        <source>nothing to change; give at least one option</source>
        <translation>rien à modifier&#xa0;; indiquez au moins une option</translation>
    </message>
    <message>
        <source>give either a new card image or its --remove option, not both</source>
        <translation>indiquez soit une nouvelle image de carte, soit son option --remove, pas les deux</translation>
    </message>
    <message>
        <source>Updated insurance plan %1 (version %2).</source>
        <translation>Contrat d&apos;assurance %1 mis à jour (version %2).</translation>
    </message>
    <message>
        <source>Delete an insurance plan. It stays restorable with &apos;insurance restore&apos;.</source>
        <translation>Supprimer un contrat d&apos;assurance. Il reste restaurable avec &apos;insurance restore&apos;.</translation>
    </message>
    <message>
        <source>Deleted insurance plan %1.</source>
        <translation>Contrat d&apos;assurance %1 supprimé.</translation>
    </message>
    <message>
        <source>Restore a deleted insurance plan.</source>
        <translation>Restaurer un contrat d&apos;assurance supprimé.</translation>
    </message>
    <message>
        <source>Restored insurance plan %1.</source>
        <translation>Contrat d&apos;assurance %1 restauré.</translation>
    </message>
    <message>
        <source>Add an insurance plan</source>
        <translation>Ajouter un contrat d&apos;assurance</translation>
    </message>
    <message>
        <source>List insurance plans</source>
        <translation>Lister les contrats d&apos;assurance</translation>
    </message>
    <message>
        <source>Show an insurance plan and save its card images</source>
        <translation>Afficher un contrat d&apos;assurance et enregistrer les images de sa carte</translation>
    </message>
    <message>
        <source>Change an insurance plan</source>
        <translation>Modifier un contrat d&apos;assurance</translation>
    </message>
    <message>
        <source>Delete an insurance plan</source>
        <translation>Supprimer un contrat d&apos;assurance</translation>
    </message>
    <message>
        <source>Restore a deleted insurance plan</source>
        <translation>Restaurer un contrat d&apos;assurance supprimé</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a mood; use a number from %2 to %3</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une humeur&#xa0;; utilisez un nombre de %2 à %3</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 doit être un nombre de %2 à %3, pas «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>The file to attach, %1, does not exist.</source>
        <translation>Le fichier à joindre, %1, n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file; only files can be attached.</source>
        <translation>%1 n&apos;est pas un fichier&#xa0;; seuls des fichiers peuvent être joints.</translation>
    </message>
    <message>
        <source>%1 is %2; attachments can be at most %3 MiB.</source>
        <translation>%1 fait %2&#xa0;; une pièce jointe peut faire au plus %3 Mio.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the title is empty; every journal entry needs one</source>
        <translation>le titre est vide&#xa0;; chaque entrée du journal doit en avoir un</translation>
    </message>
    <message>
        <source>Add a journal entry. Prints the new entry&apos;s id.</source>
        <translation>Ajouter une entrée au journal. Affiche l&apos;identifiant de la nouvelle entrée.</translation>
    </message>
    <message>
        <source>Added journal entry %1.</source>
        <translation>Entrée de journal %1 ajoutée.</translation>
    </message>
    <message>
        <source>Attached %1 as attachment %2.</source>
        <translation>%1 joint comme pièce jointe %2.</translation>
    </message>
    <message>
        <source>Only entries with this tag.</source>
        <translation>Uniquement les entrées avec cette étiquette.</translation>
    </message>
    <message>
        <source>Only entries on or after this date.</source>
        <translation>Uniquement les entrées de cette date ou postérieures.</translation>
    </message>
    <message>
        <source>Only entries on or before this date.</source>
        <translation>Uniquement les entrées de cette date ou antérieures.</translation>
    </message>
    <message>
        <source>Show at most N entries (default %1).</source>
        <translation>Afficher au plus N entrées (%1 par défaut).</translation>
    </message>
    <message>
        <source>Skip the N newest matching entries.</source>
        <translation>Ignorer les N entrées correspondantes les plus récentes.</translation>
    </message>
    <message>
        <source>List journal entries, newest first.</source>
        <translation>Lister les entrées du journal, les plus récentes en premier.</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from est postérieur à --to</translation>
    </message>
    <message>
        <source>No journal entries.</source>
        <translation>Aucune entrée de journal.</translation>
    </message>
    <message>
        <source>mood %1/5</source>
        <translation>humeur %1/5</translation>
    </message>
    <message numerus="yes">
        <source>(%n attachment(s))</source>
        <translation>
            <numerusform>(%n pièce jointe)</numerusform>
            <numerusform>(%n pièces jointes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2 entries; use --limit and --offset for more.</source>
        <translation>%1 entrées affichées sur %2&#xa0;; utilisez --limit et --offset pour en voir plus.</translation>
    </message>
    <message>
        <source>Show a journal entry with its attachments.</source>
        <translation>Afficher une entrée du journal avec ses pièces jointes.</translation>
    </message>
    <message>
        <source>Journal entry %1</source>
        <translation>Entrée de journal %1</translation>
    </message>
    <message>
        <source>Date:        %1</source>
        <translation>Date&#xa0;:        %1</translation>
    </message>
    <message>
        <source>Title:       %1</source>
        <translation>Titre&#xa0;:       %1</translation>
    </message>
    <message>
        <source>Tags:        %1</source>
        <translation>Étiquettes&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Mood:        %1/5</source>
        <translation>Humeur&#xa0;:      %1/5</translation>
    </message>
    <message>
        <source>Symptoms:    %1</source>
        <translation>Symptômes&#xa0;:   %1</translation>
    </message>
    <message>
        <source>Version:     %1 (created %2, last changed %3)</source>
        <translation>Version&#xa0;:     %1 (créée le %2, dernière modification le %3)</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes&#xa0;:</translation>
    </message>
    <message>
        <source>Add a tag, keeping the others; repeat for several.</source>
        <translation>Ajouter une étiquette en conservant les autres&#xa0;; répéter pour en ajouter plusieurs.</translation>
    </message>
    <message>
        <source>Remove a tag; repeat for several.</source>
        <translation>Retirer une étiquette&#xa0;; répéter pour en retirer plusieurs.</translation>
    </message>
    <message>
        <source>Remove the mood.</source>
        <translation>Retirer l&apos;humeur.</translation>
    </message>
    <message>
        <source>Remove all symptoms.</source>
        <translation>Retirer tous les symptômes.</translation>
    </message>
    <message>
        <source>Remove the attachment with this id; repeat for several.</source>
        <translation>Retirer la pièce jointe avec cet identifiant&#xa0;; répéter pour en retirer plusieurs.</translation>
    </message>
    <message>
        <source>Change a journal entry; options not given keep their values. --tag and --symptom replace the whole list. The earlier version is kept (see &apos;carnet-cli history&apos;).</source>
        <translation>Modifier une entrée du journal&#xa0;; les options non indiquées conservent leur valeur. --tag et --symptom remplacent toute la liste. La version précédente est conservée (voir &apos;carnet-cli history&apos;).</translation>
    </message>
    <message>
        <source>give either --mood or --clear-mood, not both</source>
        <translation>indiquez soit --mood soit --clear-mood, pas les deux</translation>
    </message>
    <message>
        <source>give either --symptom or --clear-symptoms, not both</source>
        <translation>indiquez soit --symptom soit --clear-symptoms, pas les deux</translation>
    </message>
    <message>
        <source>Journal entry %1 already had these values; nothing changed.</source>
        <translation>L&apos;entrée de journal %1 avait déjà ces valeurs&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Updated journal entry %1 (version %2).</source>
        <translation>Entrée de journal %1 mise à jour (version %2).</translation>
    </message>
    <message>
        <source>Delete a journal entry. It disappears from lists and search but is kept, with its attachments, until purged; &apos;journal restore&apos; brings it back.</source>
        <translation>Supprimer une entrée du journal. Elle disparaît des listes et de la recherche mais reste conservée, avec ses pièces jointes, jusqu&apos;à la purge&#xa0;; &apos;journal restore&apos; la rétablit.</translation>
    </message>
    <message>
        <source>Deleted journal entry %1. To bring it back: carnet-cli journal restore %2 %1</source>
        <translation>Entrée de journal %1 supprimée. Pour la rétablir&#xa0;: carnet-cli journal restore %2 %1</translation>
    </message>
    <message>
        <source>Bring back a deleted journal entry.</source>
        <translation>Rétablir une entrée de journal supprimée.</translation>
    </message>
    <message>
        <source>Restored journal entry %1.</source>
        <translation>Entrée de journal %1 restaurée.</translation>
    </message>
    <message>
        <source>Journal entry %1 is not deleted; nothing to restore.</source>
        <translation>L&apos;entrée de journal %1 n&apos;est pas supprimée&#xa0;; rien à restaurer.</translation>
    </message>
    <message>
        <source>Show at most N results (default %1).</source>
        <translation>Afficher au plus N résultats (%1 par défaut).</translation>
    </message>
    <message>
        <source>Skip the N best results.</source>
        <translation>Ignorer les N meilleurs résultats.</translation>
    </message>
    <message>
        <source>Search journal entries, best match first. All words must match; &quot;several words&quot; in quotes must appear together; word* matches words that start with it. Matches are shown in [brackets].</source>
        <translation>Rechercher dans les entrées du journal, meilleure correspondance en premier. Tous les mots doivent correspondre&#xa0;; &quot;plusieurs mots&quot; entre guillemets doivent apparaître ensemble&#xa0;; mot* correspond aux mots qui commencent ainsi. Les correspondances sont affichées [entre crochets].</translation>
    </message>
    <message>
        <source>the search has no word to look for; type at least one letter or digit</source>
        <translation>la recherche ne contient aucun mot à chercher&#xa0;; saisissez au moins une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>No journal entries match.</source>
        <translation>Aucune entrée de journal ne correspond.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 matches; use --limit and --offset for more.</source>
        <translation>%1 correspondances affichées sur %2&#xa0;; utilisez --limit et --offset pour en voir plus.</translation>
    </message>
    <message>
        <source>Write the file here (readable only by you).</source>
        <translation>Écrire le fichier ici (lisible par vous seul).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Remplacer FILE s&apos;il existe.</translation>
    </message>
    <message>
        <source>Write a journal attachment to a file, as stored (photos without their EXIF data).</source>
        <translation>Écrire une pièce jointe du journal dans un fichier, telle qu&apos;elle est stockée (photos sans leurs données EXIF).</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FILE est obligatoire</translation>
    </message>
    <message>
        <source>%1 already exists; give --force to replace it</source>
        <translation>%1 existe déjà&#xa0;; indiquez --force pour le remplacer</translation>
    </message>
    <message>
        <source>Wrote %1 (%2) to %3.</source>
        <translation>%1 (%2) écrit dans %3.</translation>
    </message>
    <message>
        <source>Add a journal entry</source>
        <translation>Ajouter une entrée au journal</translation>
    </message>
    <message>
        <source>List journal entries, newest first</source>
        <translation>Lister les entrées du journal, les plus récentes en premier</translation>
    </message>
    <message>
        <source>Show a journal entry and its attachments</source>
        <translation>Afficher une entrée du journal et ses pièces jointes</translation>
    </message>
    <message>
        <source>Change a journal entry</source>
        <translation>Modifier une entrée du journal</translation>
    </message>
    <message>
        <source>Delete a journal entry (it can be restored)</source>
        <translation>Supprimer une entrée du journal (elle peut être restaurée)</translation>
    </message>
    <message>
        <source>Restore a deleted journal entry</source>
        <translation>Restaurer une entrée de journal supprimée</translation>
    </message>
    <message>
        <source>Search the journal, best match first</source>
        <translation>Rechercher dans le journal, meilleure correspondance en premier</translation>
    </message>
    <message>
        <source>Write a journal attachment to a file</source>
        <translation>Écrire une pièce jointe du journal dans un fichier</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a number</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>--%1 must be more than zero, not %2</source>
        <translation>--%1 doit être supérieur à zéro, pas %2</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>--%1 doit être un nombre entier de %2 à %3, pas «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a time of day; use HH:MM from 00:00 to 23:59</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une heure&#xa0;; utilisez HH:MM de 00:00 à 23:59</translation>
    </message>
    <message>
        <source>--times needs at least one time of day, e.g. 08:00,20:00</source>
        <translation>--times exige au moins une heure de la journée, p. ex. 08:00,20:00</translation>
    </message>
    <message>
        <source>--days: &apos;%1&apos; is not a day of the week; use mon, tue, wed, thu, fri, sat, sun</source>
        <translation>--days&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un jour de la semaine&#xa0;; utilisez mon, tue, wed, thu, fri, sat, sun</translation>
    </message>
    <message>
        <source>--days needs at least one day, e.g. mon,wed,fri</source>
        <translation>--days exige au moins un jour, p. ex. mon,wed,fri</translation>
    </message>
    <message>
        <source>Add a medication. Without --times, --every-hours or --as-needed it is taken as needed.</source>
        <translation>Ajouter un médicament. Sans --times, --every-hours ou --as-needed, il est pris si besoin.</translation>
    </message>
    <message>
        <source>--name is required</source>
        <translation>--name est obligatoire</translation>
    </message>
    <message>
        <source>Added medication %1: </source>
        <translation>Médicament %1 ajouté&#xa0;: </translation>
    </message>
    <message>
        <source>Change a medication; only the options given change. A schedule option replaces the schedule. The earlier values stay in its history.</source>
        <translation>Modifier un médicament&#xa0;; seules les options indiquées changent. Une option de schéma de prise remplace le schéma. Les valeurs précédentes restent dans son historique.</translation>
    </message>
    <message>
        <source>Updated medication %1: </source>
        <translation>Médicament %1 mis à jour&#xa0;: </translation>
    </message>
    <message>
        <source>List current and past medications.</source>
        <translation>Lister les médicaments actuels et anciens.</translation>
    </message>
    <message>
        <source>List only stopped medications.</source>
        <translation>Lister uniquement les médicaments arrêtés.</translation>
    </message>
    <message>
        <source>List current medications (or past ones, or all).</source>
        <translation>Lister les médicaments actuels (ou les anciens, ou tous).</translation>
    </message>
    <message>
        <source>give either --all or --past, not both</source>
        <translation>indiquez soit --all soit --past, pas les deux</translation>
    </message>
    <message>
        <source>No past medications.
</source>
        <translation>Aucun ancien médicament.
</translation>
    </message>
    <message>
        <source>No medications.
</source>
        <translation>Aucun médicament.
</translation>
    </message>
    <message>
        <source>(stopped %1)</source>
        <translation>(arrêté le %1)</translation>
    </message>
    <message>
        <source>(next refill %1)</source>
        <translation>(prochain renouvellement le %1)</translation>
    </message>
    <message>
        <source>Show a medication and its most recent doses.</source>
        <translation>Afficher un médicament et ses prises les plus récentes.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie d&apos;administration</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schéma de prise</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Pharmacie</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Refills left</source>
        <translation>Renouvellements restants</translation>
    </message>
    <message>
        <source>Next refill</source>
        <translation>Prochain renouvellement</translation>
    </message>
    <message>
        <source>No doses recorded.
</source>
        <translation>Aucune prise enregistrée.
</translation>
    </message>
    <message>
        <source>Recent doses:
</source>
        <translation>Prises récentes&#xa0;:
</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>The day it was stopped: no doses are due from that day on (default today).</source>
        <translation>Le jour de l&apos;arrêt&#xa0;: aucune prise n&apos;est due à partir de ce jour (aujourd&apos;hui par défaut).</translation>
    </message>
    <message>
        <source>Why it was stopped.</source>
        <translation>Pourquoi il a été arrêté.</translation>
    </message>
    <message>
        <source>Stop a medication. It moves to the past list and keeps its dose log.</source>
        <translation>Arrêter un médicament. Il passe dans la liste des anciens médicaments et conserve son relevé de prises.</translation>
    </message>
    <message>
        <source>Stopped %1 (id %2) on %3.
</source>
        <translation>%1 (identifiant %2) arrêté le %3.
</translation>
    </message>
    <message>
        <source>--scheduled: &apos;%1&apos; is not a time of day; use HH:MM from 00:00 to 23:59</source>
        <translation>--scheduled&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une heure&#xa0;; utilisez HH:MM de 00:00 à 23:59</translation>
    </message>
    <message>
        <source>Recorded %1 as taken at %2</source>
        <translation>Prise de %1 enregistrée à %2</translation>
    </message>
    <message>
        <source>Recorded %1 as taken late at %2</source>
        <translation>Prise en retard de %1 enregistrée à %2</translation>
    </message>
    <message>
        <source>Recorded %1 as skipped</source>
        <translation>Prise de %1 enregistrée comme sautée</translation>
    </message>
    <message>
        <source>(the dose due %1)</source>
        <translation>(la prise prévue à %1)</translation>
    </message>
    <message>
        <source>(not a scheduled dose)</source>
        <translation>(pas une prise prévue)</translation>
    </message>
    <message>
        <source>No dose with id %1.</source>
        <translation>Aucune prise avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>When it was taken (default now).</source>
        <translation>Quand il a été pris (maintenant par défaut).</translation>
    </message>
    <message>
        <source>The scheduled dose it is, HH:MM on the day of --at (default: the pending dose nearest in time, if any).</source>
        <translation>La prise prévue dont il s&apos;agit, HH:MM le jour de --at (par défaut&#xa0;: la prise en attente la plus proche dans le temps, s&apos;il y en a une).</translation>
    </message>
    <message>
        <source>Amount taken (default the medication&apos;s dose).</source>
        <translation>Quantité prise (par défaut la dose du médicament).</translation>
    </message>
    <message>
        <source>A note about this dose.</source>
        <translation>Une note sur cette prise.</translation>
    </message>
    <message>
        <source>Record a dose as taken. Taken more than an hour after its time, it counts as late.</source>
        <translation>Enregistrer une prise comme effectuée. Prise plus d&apos;une heure après l&apos;heure prévue, elle compte comme en retard.</translation>
    </message>
    <message>
        <source>The scheduled dose to skip, HH:MM (default the first pending dose of the day).</source>
        <translation>La prise prévue à sauter, HH:MM (par défaut la première prise en attente du jour).</translation>
    </message>
    <message>
        <source>The day of the dose (default today).</source>
        <translation>Le jour de la prise (aujourd&apos;hui par défaut).</translation>
    </message>
    <message>
        <source>Why it was skipped.</source>
        <translation>Pourquoi elle a été sautée.</translation>
    </message>
    <message>
        <source>Record a scheduled dose as skipped.</source>
        <translation>Enregistrer une prise prévue comme sautée.</translation>
    </message>
    <message>
        <source>%1 is taken as needed; it has no scheduled dose to skip.</source>
        <translation>%1 se prend si besoin&#xa0;; il n&apos;a aucune prise prévue à sauter.</translation>
    </message>
    <message>
        <source>%1 has no pending dose on %2.</source>
        <translation>%1 n&apos;a pas de prise en attente le %2.</translation>
    </message>
    <message>
        <source>The day (default today).</source>
        <translation>Le jour (aujourd&apos;hui par défaut).</translation>
    </message>
    <message>
        <source>List the doses due on a day with their status: pending, taken, late or skipped.</source>
        <translation>Lister les prises dues un jour donné avec leur statut&#xa0;: en attente, prise, en retard ou sautée.</translation>
    </message>
    <message>
        <source>No doses due on %1.
</source>
        <translation>Aucune prise due le %1.
</translation>
    </message>
    <message>
        <source>Doses due on %1:
</source>
        <translation>Prises dues le %1&#xa0;:
</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>First day (default 29 days before --to).</source>
        <translation>Premier jour (par défaut 29 jours avant --to).</translation>
    </message>
    <message>
        <source>Last day (default today).</source>
        <translation>Dernier jour (aujourd&apos;hui par défaut).</translation>
    </message>
    <message>
        <source>Show the share of scheduled doses taken (late ones included) per medication, over the last %1 days unless --from/--to say otherwise. As-needed medications have no schedule to measure.</source>
        <translation>Afficher la part des prises prévues effectuées (y compris en retard) par médicament, sur les %1 derniers jours sauf indication contraire de --from/--to. Les médicaments pris si besoin n&apos;ont pas de schéma de prise à mesurer.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 est postérieur à --to %2</translation>
    </message>
    <message>
        <source>Adherence from %1 to %2:
</source>
        <translation>Observance du %1 au %2&#xa0;:
</translation>
    </message>
    <message>
        <source>  No scheduled doses in that span.
</source>
        <translation>  Aucune prise prévue sur cette période.
</translation>
    </message>
    <message>
        <source>taken as needed; no schedule to measure</source>
        <translation>pris si besoin&#xa0;; aucun schéma de prise à mesurer</translation>
    </message>
    <message>
        <source>no doses were due yet</source>
        <translation>aucune prise n&apos;était encore due</translation>
    </message>
    <message>
        <source>%1% taken (%2 of %3 doses; %4 late, %5 skipped, %6 missed)</source>
        <translation>%1&#xa0;% pris (%2 prises sur %3&#xa0;; %4 en retard, %5 sautées, %6 oubliées)</translation>
    </message>
    <message>
        <source>, %1 still to come</source>
        <translation>, %1 encore à venir</translation>
    </message>
    <message>
        <source>Delete a medication. It disappears from lists, schedules and adherence; its history is kept.</source>
        <translation>Supprimer un médicament. Il disparaît des listes, des schémas de prise et de l&apos;observance&#xa0;; son historique est conservé.</translation>
    </message>
    <message>
        <source>Deleted %1 (id %2).
</source>
        <translation>%1 (identifiant %2) supprimé.
</translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation>Ajouter un médicament</translation>
    </message>
    <message>
        <source>List current, past or all medications</source>
        <translation>Lister les médicaments actuels, anciens ou tous</translation>
    </message>
    <message>
        <source>Show a medication and its recent doses</source>
        <translation>Afficher un médicament et ses prises récentes</translation>
    </message>
    <message>
        <source>Change a medication</source>
        <translation>Modifier un médicament</translation>
    </message>
    <message>
        <source>Stop a medication, keeping it as history</source>
        <translation>Arrêter un médicament en le conservant dans l&apos;historique</translation>
    </message>
    <message>
        <source>Record a dose as taken</source>
        <translation>Enregistrer une prise comme effectuée</translation>
    </message>
    <message>
        <source>Record a scheduled dose as skipped</source>
        <translation>Enregistrer une prise prévue comme sautée</translation>
    </message>
    <message>
        <source>List the doses due today or on a day</source>
        <translation>Lister les prises dues aujourd&apos;hui ou un jour donné</translation>
    </message>
    <message>
        <source>Show the share of doses taken</source>
        <translation>Afficher la part des prises effectuées</translation>
    </message>
    <message>
        <source>Delete a medication</source>
        <translation>Supprimer un médicament</translation>
    </message>
    <message>
        <source>--email: &apos;%1&apos; is not an e-mail address</source>
        <translation>--email&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>--%1 must be a positive number of %2, not &apos;%3&apos;</source>
        <translation>--%1 doit être un nombre positif en %2, pas «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>--%1 needs a file; standard input is where the passphrase is read</source>
        <translation>--%1 exige un fichier&#xa0;; l&apos;entrée standard sert à lire la phrase de passe</translation>
    </message>
    <message>
        <source>--%1: cannot read %2: %3</source>
        <translation>--%1&#xa0;: impossible de lire %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>--%1: %2 is not UTF-8 text</source>
        <translation>--%1&#xa0;: %2 n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>No profile yet; set one with &apos;carnet-cli profile set&apos;.</source>
        <translation>Pas encore de profil&#xa0;; créez-en un avec &apos;carnet-cli profile set&apos;.</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (%2 ans)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Gender identity</source>
        <translation>Identité de genre</translation>
    </message>
    <message>
        <source>Blood type</source>
        <translation>Groupe sanguin</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contacts d&apos;urgence</translation>
    </message>
    <message>
        <source>Organ donor</source>
        <translation>Donneur d&apos;organes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Show your profile: name, birth date, contacts, emergency contacts.</source>
        <translation>Afficher votre profil&#xa0;: nom, date de naissance, coordonnées, contacts d&apos;urgence.</translation>
    </message>
    <message>
        <source>Set fields of your profile: only the options given change; an empty value clears a field. The earlier version is kept.</source>
        <translation>Définir des champs de votre profil&#xa0;: seules les options indiquées changent&#xa0;; une valeur vide efface un champ. La version précédente est conservée.</translation>
    </message>
    <message>
        <source>nothing to set; give at least one option</source>
        <translation>rien à définir&#xa0;; indiquez au moins une option</translation>
    </message>
    <message>
        <source>Saved the profile (version %1).</source>
        <translation>Profil enregistré (version %1).</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>List deleted records (which can be restored).</source>
        <translation>Lister les éléments supprimés (qui peuvent être restaurés).</translation>
    </message>
    <message>
        <source>Unpin their keys.</source>
        <translation>Retirer la confirmation de ses clés.</translation>
    </message>
    <message>
        <source>give either --pin or --unpin, not both</source>
        <translation>indiquez soit --pin soit --unpin, pas les deux</translation>
    </message>
    <message>
        <source>Show your profile</source>
        <translation>Afficher votre profil</translation>
    </message>
    <message>
        <source>Set fields of your profile</source>
        <translation>Définir des champs de votre profil</translation>
    </message>
    <message>
        <source>Add an allergy</source>
        <translation>Ajouter une allergie</translation>
    </message>
    <message>
        <source>List allergies</source>
        <translation>Lister les allergies</translation>
    </message>
    <message>
        <source>Show an allergy</source>
        <translation>Afficher une allergie</translation>
    </message>
    <message>
        <source>Change an allergy</source>
        <translation>Modifier une allergie</translation>
    </message>
    <message>
        <source>Delete an allergy</source>
        <translation>Supprimer une allergie</translation>
    </message>
    <message>
        <source>Restore a deleted allergy</source>
        <translation>Restaurer une allergie supprimée</translation>
    </message>
    <message>
        <source>Add a health condition</source>
        <translation>Ajouter une pathologie</translation>
    </message>
    <message>
        <source>List conditions</source>
        <translation>Lister les pathologies</translation>
    </message>
    <message>
        <source>Show a condition</source>
        <translation>Afficher une pathologie</translation>
    </message>
    <message>
        <source>Change a condition</source>
        <translation>Modifier une pathologie</translation>
    </message>
    <message>
        <source>Delete a condition</source>
        <translation>Supprimer une pathologie</translation>
    </message>
    <message>
        <source>Restore a deleted condition</source>
        <translation>Restaurer une pathologie supprimée</translation>
    </message>
    <message>
        <source>Add a provider or caregiver</source>
        <translation>Ajouter un professionnel de santé ou un aidant</translation>
    </message>
    <message>
        <source>List your care team</source>
        <translation>Lister votre équipe soignante</translation>
    </message>
    <message>
        <source>Show a care-team member</source>
        <translation>Afficher un membre de l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>Change a care-team member</source>
        <translation>Modifier un membre de l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>Delete a care-team member</source>
        <translation>Supprimer un membre de l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>Restore a deleted care-team member</source>
        <translation>Restaurer un membre supprimé de l&apos;équipe soignante</translation>
    </message>
    <message>
        <source>First day (default: 30 days ago).</source>
        <translation>Premier jour (par défaut&#xa0;: il y a 30 jours).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day (default: today).</source>
        <translation>Dernier jour (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>Only this kind: %1 (repeatable).</source>
        <translation>Uniquement ce type&#xa0;: %1 (répétable).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>At most N lines, the newest.</source>
        <translation>Au plus N lignes, les plus récentes.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Show journal entries, doses, medication starts and stops, appointments and coverage dates together, oldest first.</source>
        <translation>Afficher ensemble les entrées du journal, les prises, les débuts et arrêts de médicaments, les rendez-vous et les dates de couverture, les plus anciens en premier.</translation>
    </message>
    <message>
        <source>--to (%1) is before --from (%2).</source>
        <translation>--to (%1) est antérieur à --from (%2).</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use one of: %2.</source>
        <translation>Type inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;un des suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--limit must be a positive whole number, not &quot;%1&quot;.</source>
        <translation>--limit doit être un nombre entier positif, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing between %1 and %2.</source>
        <translation>Rien entre le %1 et le %2.</translation>
    </message>
    <message>
        <source>Show every kind of record by date</source>
        <translation>Afficher tous les types d&apos;éléments par date</translation>
    </message>
    <message>
        <source>--entries needs at least one journal entry id</source>
        <translation>--entries exige au moins un identifiant d&apos;entrée de journal</translation>
    </message>
    <message>
        <source>cannot read the minisign public key file %1</source>
        <translation>impossible de lire le fichier de clé publique minisign %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a minisign public key (the line starting with RW) nor a file holding one</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni une clé publique minisign (la ligne qui commence par RW) ni un fichier qui en contient une</translation>
    </message>
    <message>
        <source>Show this vault&apos;s public keys: the minisign key that signs its shares, the age recipient that others share with, and the fingerprint to compare.</source>
        <translation>Afficher les clés publiques de ce coffre-fort&#xa0;: la clé minisign qui signe ses partages, le destinataire age avec lequel les autres partagent, et l&apos;empreinte à comparer.</translation>
    </message>
    <message>
        <source>Fingerprint:          %1</source>
        <translation>Empreinte&#xa0;:              %1</translation>
    </message>
    <message>
        <source>Minisign public key:  %1</source>
        <translation>Clé publique minisign&#xa0;:  %1</translation>
    </message>
    <message>
        <source>Minisign key id:      %1</source>
        <translation>ID de clé minisign&#xa0;:     %1</translation>
    </message>
    <message>
        <source>Age recipient:        %1</source>
        <translation>Destinataire age&#xa0;:       %1</translation>
    </message>
    <message>
        <source>What leaves this vault:</source>
        <translation>Ce qui quitte ce coffre-fort&#xa0;:</translation>
    </message>
    <message>
        <source>(no name in the profile)</source>
        <translation>(aucun nom dans le profil)</translation>
    </message>
    <message>
        <source>(born %1)</source>
        <translation>(né(e) le %1)</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Patient&#xa0;: %1</translation>
    </message>
    <message>
        <source>Journal entries: %1</source>
        <translation>Entrées du journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Medications: %1</source>
        <translation>Médicaments&#xa0;: %1</translation>
    </message>
    <message>
        <source>Insurance plans: %1</source>
        <translation>Contrats d&apos;assurance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Appointments: %1</source>
        <translation>Rendez-vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>Share these journal entries (ids, comma-separated).</source>
        <translation>Partager ces entrées du journal (identifiants séparés par des virgules).</translation>
    </message>
    <message>
        <source>Share every journal entry with this tag.</source>
        <translation>Partager toutes les entrées du journal avec cette étiquette.</translation>
    </message>
    <message>
        <source>Share journal entries on or after this date.</source>
        <translation>Partager les entrées du journal de cette date ou postérieures.</translation>
    </message>
    <message>
        <source>An age recipient (age1…) to encrypt to, repeatable; any other value is the end date of --from (entries on or before it).</source>
        <translation>Un destinataire age (age1…) pour lequel chiffrer, répétable&#xa0;; toute autre valeur est la date de fin de --from (entrées de cette date ou antérieures).</translation>
    </message>
    <message>
        <source>Share journal entries on or before this date.</source>
        <translation>Partager les entrées du journal de cette date ou antérieures.</translation>
    </message>
    <message>
        <source>Add the medication list (current and past).</source>
        <translation>Ajouter la liste des médicaments (actuels et anciens).</translation>
    </message>
    <message>
        <source>Add the insurance plans.</source>
        <translation>Ajouter les contrats d&apos;assurance.</translation>
    </message>
    <message>
        <source>Add the appointments.</source>
        <translation>Ajouter les rendez-vous.</translation>
    </message>
    <message>
        <source>Encrypt to this care-team member&apos;s age recipient; repeatable.</source>
        <translation>Chiffrer pour le destinataire age de ce membre de l&apos;équipe soignante&#xa0;; répétable.</translation>
    </message>
    <message>
        <source>Encrypt to a new one-time passphrase, printed once.</source>
        <translation>Chiffrer avec une nouvelle phrase de passe à usage unique, affichée une seule fois.</translation>
    </message>
    <message>
        <source>Remove the identifiers found in titles and bodies (names, dates, phone numbers, addresses, ...).</source>
        <translation>Retirer les données identifiantes trouvées dans les titres et les textes (noms, dates, numéros de téléphone, adresses, ...).</translation>
    </message>
    <message>
        <source>The .carnet-share file to write (must not exist).</source>
        <translation>Le fichier .carnet-share à écrire (ne doit pas exister).</translation>
    </message>
    <message>
        <source>Make an encrypted, signed share of chosen records for a provider or caregiver. Prints what leaves the vault, then writes the file and records it in the disclosure log.</source>
        <translation>Créer un partage chiffré et signé des éléments choisis pour un professionnel de santé ou un aidant. Affiche ce qui quitte le coffre-fort, puis écrit le fichier et l&apos;inscrit dans le journal des divulgations.</translation>
    </message>
    <message>
        <source>give one end date, with --to or --until</source>
        <translation>indiquez une seule date de fin, avec --to ou --until</translation>
    </message>
    <message>
        <source>choose entries either with --entries or with --tag/--from/--to, not both</source>
        <translation>choisissez les entrées soit avec --entries, soit avec --tag/--from/--to, pas les deux</translation>
    </message>
    <message>
        <source>choose what to share: --entries, --tag or --from/--to, and/or --meds, --insurance, --appointments</source>
        <translation>choisissez ce qu&apos;il faut partager&#xa0;: --entries, --tag ou --from/--to, et/ou --meds, --insurance, --appointments</translation>
    </message>
    <message>
        <source>--passphrase cannot be combined with --to or --to-member: age encrypts to one or the other</source>
        <translation>--passphrase ne peut pas être combiné avec --to ou --to-member&#xa0;: age chiffre pour l&apos;un ou pour l&apos;autre</translation>
    </message>
    <message>
        <source>choose who can open it: --to age1…, --to-member ID or --passphrase</source>
        <translation>choisissez qui peut l&apos;ouvrir&#xa0;: --to age1…, --to-member ID ou --passphrase</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau nom de fichier</translation>
    </message>
    <message>
        <source>the folder of %1 does not exist</source>
        <translation>le dossier de %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Identifiers removed (--redact):</source>
        <translation>Données identifiantes retirées (--redact)&#xa0;:</translation>
    </message>
    <message>
        <source>Identifiers found (they will leave as they are; --redact removes them):</source>
        <translation>Données identifiantes trouvées (elles partiront telles quelles&#xa0;; --redact les retire)&#xa0;:</translation>
    </message>
    <message>
        <source>entry %1, %2: %3 &quot;%4&quot;</source>
        <translation>entrée %1, %2&#xa0;: %3 &quot;%4&quot;</translation>
    </message>
    <message>
        <source>Warning: the keys of %1 are not pinned; confirm their fingerprint before sending.</source>
        <translation>Attention&#xa0;: les clés de %1 ne sont pas confirmées&#xa0;; vérifiez leur empreinte avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinataires&#xa0;:</translation>
    </message>
    <message>
        <source>one-time passphrase</source>
        <translation>phrase de passe à usage unique</translation>
    </message>
    <message>
        <source>(fingerprint %1)</source>
        <translation>(empreinte %1)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes), export id %3, records shared: %4.</source>
        <translation>%1 écrit (%2 octets), identifiant d&apos;export %3, éléments partagés&#xa0;: %4.</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed by this vault&apos;s key, fingerprint %1.</source>
        <translation>Signé par la clé de ce coffre-fort, empreinte %1.</translation>
    </message>
    <message>
        <source>One-time passphrase (shown only now; give it to the recipient another way than the file):</source>
        <translation>Phrase de passe à usage unique (affichée uniquement maintenant&#xa0;; transmettez-la au destinataire par un autre moyen que le fichier)&#xa0;:</translation>
    </message>
    <message>
        <source>give either --identity VAULT or --passphrase</source>
        <translation>indiquez soit --identity VAULT soit --passphrase</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>One-time passphrase: </source>
        <translation>Phrase de passe à usage unique&#xa0;: </translation>
    </message>
    <message>
        <source>the expected key</source>
        <translation>la clé attendue</translation>
    </message>
    <message>
        <source>a key that is not pinned</source>
        <translation>une clé non confirmée</translation>
    </message>
    <message>
        <source>Verified: every file is unchanged and signed by %1.</source>
        <translation>Vérifié&#xa0;: chaque fichier est intact et signé par %1.</translation>
    </message>
    <message>
        <source>Signer key:   %1 (key id %2)</source>
        <translation>Clé du signataire&#xa0;:  %1 (ID de clé %2)</translation>
    </message>
    <message>
        <source>Fingerprint:  %1</source>
        <translation>Empreinte&#xa0;:          %1</translation>
    </message>
    <message>
        <source>Pinned:       yes</source>
        <translation>Confirmée&#xa0;:          oui</translation>
    </message>
    <message>
        <source>Pinned:       NO: the package vouches for its own key; compare the fingerprint above with the one the sender gave you</source>
        <translation>Confirmée&#xa0;:          NON&#xa0;: le paquet se porte garant de sa propre clé&#xa0;; comparez l&apos;empreinte ci-dessus avec celle que l&apos;expéditeur vous a donnée</translation>
    </message>
    <message>
        <source>Export id:    %1, created %2, records: %3</source>
        <translation>ID d&apos;export&#xa0;:        %1, créé le %2, éléments&#xa0;: %3</translation>
    </message>
    <message>
        <source>Warning: this export was already opened in this vault on %1; this copy may be a replay.</source>
        <translation>Attention&#xa0;: cet export a déjà été ouvert dans ce coffre-fort le %1&#xa0;; cette copie peut être un rejeu.</translation>
    </message>
    <message>
        <source>Journal entries (%1)</source>
        <translation>Entrées du journal (%1)</translation>
    </message>
    <message>
        <source>Medications (%1)</source>
        <translation>Médicaments (%1)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>arrêté le %1</translation>
    </message>
    <message>
        <source>Insurance (%1)</source>
        <translation>Assurance (%1)</translation>
    </message>
    <message>
        <source>member id %1</source>
        <translation>n° d&apos;adhérent %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>Appointments (%1)</source>
        <translation>Rendez-vous (%1)</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Also write the verified files into DIR, a new folder.</source>
        <translation>Écrire aussi les fichiers vérifiés dans DIR, un nouveau dossier.</translation>
    </message>
    <message>
        <source>Decrypt and verify a .carnet-share, then show who signed it and what it holds.</source>
        <translation>Déchiffrer et vérifier un fichier .carnet-share, puis afficher qui l&apos;a signé et ce qu&apos;il contient.</translation>
    </message>
    <message>
        <source>%1 already exists; --extract needs a new folder</source>
        <translation>%1 existe déjà&#xa0;; --extract exige un nouveau dossier</translation>
    </message>
    <message>
        <source>Wrote the %1 verified files to %2.</source>
        <translation>Les %1 fichiers vérifiés ont été écrits dans %2.</translation>
    </message>
    <message>
        <source>Decrypt and verify a .carnet-share and print only the verdict (exit 0 when it verifies, 3 for a wrong key or passphrase, 4 when it is damaged, tampered with or badly signed).</source>
        <translation>Déchiffrer et vérifier un fichier .carnet-share et n&apos;afficher que le verdict (code de sortie 0 s&apos;il est vérifié, 3 pour une clé ou une phrase de passe incorrecte, 4 s&apos;il est endommagé, falsifié ou mal signé).</translation>
    </message>
    <message>
        <source>List every share made from this vault: what, to whom, when, and the file&apos;s SHA-256.</source>
        <translation>Lister chaque partage effectué depuis ce coffre-fort&#xa0;: quoi, à qui, quand, et le SHA-256 du fichier.</translation>
    </message>
    <message>
        <source>Nothing has been shared from this vault.</source>
        <translation>Rien n&apos;a été partagé depuis ce coffre-fort.</translation>
    </message>
    <message>
        <source>records: %1</source>
        <translation>éléments&#xa0;: %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>file %1, export id %2</source>
        <translation>fichier %1, identifiant d&apos;export %2</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Show this vault&apos;s public keys and fingerprint</source>
        <translation>Afficher les clés publiques et l&apos;empreinte de ce coffre-fort</translation>
    </message>
    <message>
        <source>Make an encrypted, signed share of chosen records</source>
        <translation>Créer un partage chiffré et signé des éléments choisis</translation>
    </message>
    <message>
        <source>Decrypt, verify and show a share</source>
        <translation>Déchiffrer, vérifier et afficher un partage</translation>
    </message>
    <message>
        <source>Decrypt and verify a share; print only the verdict</source>
        <translation>Déchiffrer et vérifier un partage&#xa0;; n&apos;afficher que le verdict</translation>
    </message>
    <message>
        <source>List what was shared, with whom and when</source>
        <translation>Lister ce qui a été partagé, avec qui et quand</translation>
    </message>
    <message>
        <source>Create a vault in FOLDER filled with a synthetic patient&apos;s year (journal, medications and doses, appointments, insurance, care team), to try Carnet without real data. Its passphrase is &quot;%1&quot;.</source>
        <translation>Créer dans FOLDER un coffre-fort rempli avec une année d&apos;un patient fictif (journal, médicaments et prises, rendez-vous, assurance, équipe soignante), pour essayer Carnet sans données réelles. Sa phrase de passe est &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Demo vault created in %1; its passphrase is &quot;%2&quot;.
</source>
        <translation>Coffre-fort de démonstration créé dans %1&#xa0;; sa phrase de passe est &quot;%2&quot;.
</translation>
    </message>
    <message>
        <source>Create a demo vault of a synthetic patient</source>
        <translation>Créer un coffre-fort de démonstration d&apos;un patient fictif</translation>
    </message>
</context>
<context>
    <name>carnet::cli::AllergyKind</name>
    <message>
        <source>Add an allergy or intolerance; prints its id. --substance is required.</source>
        <translation>Ajouter une allergie ou une intolérance&#xa0;; affiche son identifiant. --substance est obligatoire.</translation>
    </message>
    <message>
        <source>List allergies: active first, the most severe first.</source>
        <translation>Lister les allergies&#xa0;: actives d&apos;abord, les plus sévères en premier.</translation>
    </message>
    <message>
        <source>Show an allergy.</source>
        <translation>Afficher une allergie.</translation>
    </message>
    <message>
        <source>Change an allergy: only the options given change; an empty value clears a field. The earlier version is kept.</source>
        <translation>Modifier une allergie&#xa0;: seules les options indiquées changent&#xa0;; une valeur vide efface un champ. La version précédente est conservée.</translation>
    </message>
    <message>
        <source>Delete an allergy. It stays restorable with &apos;allergy restore&apos;.</source>
        <translation>Supprimer une allergie. Elle reste restaurable avec &apos;allergy restore&apos;.</translation>
    </message>
    <message>
        <source>Restore a deleted allergy.</source>
        <translation>Restaurer une allergie supprimée.</translation>
    </message>
    <message>
        <source>Added allergy %1.</source>
        <translation>Allergie %1 ajoutée.</translation>
    </message>
    <message>
        <source>Updated allergy %1 (version %2).</source>
        <translation>Allergie %1 mise à jour (version %2).</translation>
    </message>
    <message>
        <source>Deleted allergy %1.</source>
        <translation>Allergie %1 supprimée.</translation>
    </message>
    <message>
        <source>Restored allergy %1.</source>
        <translation>Allergie %1 restaurée.</translation>
    </message>
    <message>
        <source>No deleted allergies.</source>
        <translation>Aucune allergie supprimée.</translation>
    </message>
    <message>
        <source>No allergies.</source>
        <translation>Aucune allergie.</translation>
    </message>
    <message>
        <source>Allergy %1: %2</source>
        <translation>Allergie %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substance</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>carnet::cli::AllergyKind::Options</name>
    <message>
        <source>What you are allergic to.</source>
        <translation>Ce à quoi vous êtes allergique.</translation>
    </message>
    <message>
        <source>food, medication, environment or other.</source>
        <translation>food, medication, environment ou other.</translation>
    </message>
    <message>
        <source>What happens, e.g. hives.</source>
        <translation>Ce qui se passe, p. ex. urticaire.</translation>
    </message>
    <message>
        <source>mild, moderate or severe.</source>
        <translation>mild, moderate ou severe.</translation>
    </message>
    <message>
        <source>Risk of a serious reaction: low, high or unable-to-assess.</source>
        <translation>Risque de réaction grave&#xa0;: low, high ou unable-to-assess.</translation>
    </message>
    <message>
        <source>When it started, YYYY-MM-DD.</source>
        <translation>Date d&apos;apparition, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>active (default), inactive or resolved.</source>
        <translation>active (par défaut), inactive ou resolved.</translation>
    </message>
</context>
<context>
    <name>carnet::cli::AppointmentOptions</name>
    <message>
        <source>What the appointment is for.</source>
        <translation>L&apos;objet du rendez-vous.</translation>
    </message>
    <message>
        <source>When it starts: YYYY-MM-DD HH:MM, in --time-zone unless it ends in Z or an offset (for --all-day: the first day).</source>
        <translation>Quand il commence&#xa0;: AAAA-MM-JJ HH:MM, dans --time-zone sauf s&apos;il se termine par Z ou un décalage (pour --all-day&#xa0;: le premier jour).</translation>
    </message>
    <message>
        <source>When it ends (for --all-day: the last day).</source>
        <translation>Quand il se termine (pour --all-day&#xa0;: le dernier jour).</translation>
    </message>
    <message>
        <source>How long it lasts, instead of --end.</source>
        <translation>Sa durée, au lieu de --end.</translation>
    </message>
    <message>
        <source>It takes whole days; times are ignored.</source>
        <translation>Il occupe des journées entières&#xa0;; les heures sont ignorées.</translation>
    </message>
    <message>
        <source>IANA time zone of the times given, e.g. Europe/Berlin (default: this computer&apos;s; for edit: the appointment&apos;s).</source>
        <translation>Fuseau horaire IANA des heures indiquées, p. ex. Europe/Paris (par défaut&#xa0;: celui de cet ordinateur&#xa0;; pour edit&#xa0;: celui du rendez-vous).</translation>
    </message>
    <message>
        <source>Who it is with.</source>
        <translation>Avec qui il a lieu.</translation>
    </message>
    <message>
        <source>Id of the care-team record of that provider.</source>
        <translation>Identifiant de la fiche d&apos;équipe soignante de ce professionnel de santé.</translation>
    </message>
    <message>
        <source>Where it is.</source>
        <translation>Où il a lieu.</translation>
    </message>
    <message>
        <source>The address of the place.</source>
        <translation>L&apos;adresse du lieu.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notes.</translation>
    </message>
    <message>
        <source>Read the notes from a UTF-8 file.</source>
        <translation>Lire les notes depuis un fichier UTF-8.</translation>
    </message>
    <message>
        <source>How it repeats, as an RFC 5545 rule, e.g. &quot;FREQ=WEEKLY;BYDAY=TU;COUNT=6&quot;.</source>
        <translation>Comment il se répète, sous forme de règle RFC 5545, p. ex. &quot;FREQ=WEEKLY;BYDAY=TU;COUNT=6&quot;.</translation>
    </message>
    <message>
        <source>A date (YYYY-MM-DD) or start (YYYY-MM-DD HH:MM) on which a repeating appointment does not take place; may be repeated.</source>
        <translation>Une date (AAAA-MM-JJ) ou un début (AAAA-MM-JJ HH:MM) auquel un rendez-vous récurrent n&apos;a pas lieu&#xa0;; répétable.</translation>
    </message>
    <message>
        <source>Remind this many minutes before the start; may be repeated (e.g. 1440 and 60).</source>
        <translation>Rappeler ce nombre de minutes avant le début&#xa0;; répétable (p. ex. 1440 et 60).</translation>
    </message>
</context>
<context>
    <name>carnet::cli::CareTeamKind</name>
    <message>
        <source>Add a care-team member (provider or caregiver); prints its id. --name is required.</source>
        <translation>Ajouter un membre de l&apos;équipe soignante (professionnel de santé ou aidant)&#xa0;; affiche son identifiant. --name est obligatoire.</translation>
    </message>
    <message>
        <source>List your care team: providers, then caregivers, then others.</source>
        <translation>Lister votre équipe soignante&#xa0;: professionnels de santé, puis aidants, puis autres.</translation>
    </message>
    <message>
        <source>Show a care-team member with their keys.</source>
        <translation>Afficher un membre de l&apos;équipe soignante avec ses clés.</translation>
    </message>
    <message>
        <source>Change a care-team member: only the options given change; an empty value clears a field. A changed key drops the pin unless --pin is given again. The earlier version is kept.</source>
        <translation>Modifier un membre de l&apos;équipe soignante&#xa0;: seules les options indiquées changent&#xa0;; une valeur vide efface un champ. Une clé modifiée perd sa confirmation sauf si --pin est de nouveau indiqué. La version précédente est conservée.</translation>
    </message>
    <message>
        <source>Delete a care-team member. It stays restorable with &apos;careteam restore&apos;.</source>
        <translation>Supprimer un membre de l&apos;équipe soignante. Il reste restaurable avec &apos;careteam restore&apos;.</translation>
    </message>
    <message>
        <source>Restore a deleted care-team member.</source>
        <translation>Restaurer un membre supprimé de l&apos;équipe soignante.</translation>
    </message>
    <message>
        <source>Added care-team member %1.</source>
        <translation>Membre de l&apos;équipe soignante %1 ajouté.</translation>
    </message>
    <message>
        <source>Updated care-team member %1 (version %2).</source>
        <translation>Membre de l&apos;équipe soignante %1 mis à jour (version %2).</translation>
    </message>
    <message>
        <source>Deleted care-team member %1.</source>
        <translation>Membre de l&apos;équipe soignante %1 supprimé.</translation>
    </message>
    <message>
        <source>Restored care-team member %1.</source>
        <translation>Membre de l&apos;équipe soignante %1 restauré.</translation>
    </message>
    <message>
        <source>No deleted care-team members.</source>
        <translation>Aucun membre supprimé de l&apos;équipe soignante.</translation>
    </message>
    <message>
        <source>No care-team members.</source>
        <translation>Aucun membre dans l&apos;équipe soignante.</translation>
    </message>
    <message>
        <source>[keys pinned]</source>
        <translation>[clés confirmées]</translation>
    </message>
    <message>
        <source>[keys not pinned]</source>
        <translation>[clés non confirmées]</translation>
    </message>
    <message>
        <source>Care-team member %1: %2</source>
        <translation>Membre de l&apos;équipe soignante %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(key id %1)</source>
        <translation>(ID de clé %1)</translation>
    </message>
    <message>
        <source>yes, since %1</source>
        <translation>oui, depuis le %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Age recipient</source>
        <translation>Destinataire age</translation>
    </message>
    <message>
        <source>Minisign key</source>
        <translation>Clé minisign</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Confirmées</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>carnet::cli::CareTeamKind::Options</name>
    <message>
        <source>Name, e.g. &quot;Dr. Amina Haddad&quot;.</source>
        <translation>Nom, p. ex. &quot;Dr Amina Haddad&quot;.</translation>
    </message>
    <message>
        <source>provider (default), caregiver or other.</source>
        <translation>provider (par défaut), caregiver ou other.</translation>
    </message>
    <message>
        <source>Specialty, e.g. cardiology.</source>
        <translation>Spécialité, p. ex. cardiologie.</translation>
    </message>
    <message>
        <source>Practice, clinic or hospital.</source>
        <translation>Cabinet, clinique ou hôpital.</translation>
    </message>
    <message>
        <source>A phone as &quot;label|number&quot; or a number; repeat for several. Replaces the list; an empty value clears it.</source>
        <translation>Un téléphone sous la forme &quot;libellé|numéro&quot; ou un numéro&#xa0;; répéter pour en indiquer plusieurs. Remplace la liste&#xa0;; une valeur vide l&apos;efface.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>Adresse e-mail.</translation>
    </message>
    <message>
        <source>Postal address.</source>
        <translation>Adresse postale.</translation>
    </message>
    <message>
        <source>Their age public key (age1…), to share with them.</source>
        <translation>Sa clé publique age (age1…), pour partager avec cette personne.</translation>
    </message>
    <message>
        <source>Their minisign public key (the base64 line), to check what they sign.</source>
        <translation>Sa clé publique minisign (la ligne base64), pour vérifier ce que cette personne signe.</translation>
    </message>
    <message>
        <source>Read their minisign public key from a .pub FILE.</source>
        <translation>Lire sa clé publique minisign depuis un fichier .pub FILE.</translation>
    </message>
    <message>
        <source>The fingerprint they told you, to compare (64 hex digits).</source>
        <translation>L&apos;empreinte que cette personne vous a communiquée, pour comparaison (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>Pin their keys: you confirmed them in person.</source>
        <translation>Confirmer ses clés&#xa0;: vous les avez vérifiées en personne.</translation>
    </message>
    <message>
        <source>give either --minisign-key or --minisign-key-file, not both</source>
        <translation>indiquez soit --minisign-key soit --minisign-key-file, pas les deux</translation>
    </message>
</context>
<context>
    <name>carnet::cli::ConditionKind</name>
    <message>
        <source>Add a health condition; prints its id. --name is required.</source>
        <translation>Ajouter une pathologie&#xa0;; affiche son identifiant. --name est obligatoire.</translation>
    </message>
    <message>
        <source>List conditions: active first, then in remission, then resolved.</source>
        <translation>Lister les pathologies&#xa0;: actives d&apos;abord, puis en rémission, puis résolues.</translation>
    </message>
    <message>
        <source>Show a condition.</source>
        <translation>Afficher une pathologie.</translation>
    </message>
    <message>
        <source>Change a condition: only the options given change; an empty value clears a field. The earlier version is kept.</source>
        <translation>Modifier une pathologie&#xa0;: seules les options indiquées changent&#xa0;; une valeur vide efface un champ. La version précédente est conservée.</translation>
    </message>
    <message>
        <source>Delete a condition. It stays restorable with &apos;condition restore&apos;.</source>
        <translation>Supprimer une pathologie. Elle reste restaurable avec &apos;condition restore&apos;.</translation>
    </message>
    <message>
        <source>Restore a deleted condition.</source>
        <translation>Restaurer une pathologie supprimée.</translation>
    </message>
    <message>
        <source>Added condition %1.</source>
        <translation>Pathologie %1 ajoutée.</translation>
    </message>
    <message>
        <source>Updated condition %1 (version %2).</source>
        <translation>Pathologie %1 mise à jour (version %2).</translation>
    </message>
    <message>
        <source>Deleted condition %1.</source>
        <translation>Pathologie %1 supprimée.</translation>
    </message>
    <message>
        <source>Restored condition %1.</source>
        <translation>Pathologie %1 restaurée.</translation>
    </message>
    <message>
        <source>No deleted conditions.</source>
        <translation>Aucune pathologie supprimée.</translation>
    </message>
    <message>
        <source>No conditions.</source>
        <translation>Aucune pathologie.</translation>
    </message>
    <message>
        <source>(since %1)</source>
        <translation>(depuis le %1)</translation>
    </message>
    <message>
        <source>Condition %1: %2</source>
        <translation>Pathologie %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>carnet::cli::ConditionKind::Options</name>
    <message>
        <source>The condition, e.g. asthma.</source>
        <translation>La pathologie, p. ex. asthme.</translation>
    </message>
    <message>
        <source>When it started, YYYY-MM-DD.</source>
        <translation>Date d&apos;apparition, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>When it resolved or went into remission, YYYY-MM-DD.</source>
        <translation>Date de résolution ou de mise en rémission, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>active (default), remission or resolved.</source>
        <translation>active (par défaut), remission ou resolved.</translation>
    </message>
</context>
<context>
    <name>carnet::cli::EditOptions</name>
    <message>
        <source>Mark the appointment as cancelled.</source>
        <translation>Marquer le rendez-vous comme annulé.</translation>
    </message>
    <message>
        <source>Mark a cancelled appointment as booked again.</source>
        <translation>Marquer un rendez-vous annulé comme à nouveau réservé.</translation>
    </message>
    <message>
        <source>Make an all-day appointment one with times.</source>
        <translation>Transformer un rendez-vous sur toute la journée en rendez-vous avec horaires.</translation>
    </message>
    <message>
        <source>Make it a one-off appointment.</source>
        <translation>En faire un rendez-vous ponctuel.</translation>
    </message>
    <message>
        <source>Remove all reminders.</source>
        <translation>Retirer tous les rappels.</translation>
    </message>
    <message>
        <source>Forget the dates given by --except.</source>
        <translation>Oublier les dates indiquées par --except.</translation>
    </message>
    <message>
        <source>Unlink the care-team record.</source>
        <translation>Dissocier la fiche d&apos;équipe soignante.</translation>
    </message>
</context>
<context>
    <name>carnet::cli::EntryOptions</name>
    <message>
        <source>Title of the entry.</source>
        <translation>Titre de l&apos;entrée.</translation>
    </message>
    <message>
        <source>Body text (Markdown).</source>
        <translation>Texte (Markdown).</translation>
    </message>
    <message>
        <source>Read the body (Markdown, UTF-8) from FILE.</source>
        <translation>Lire le texte (Markdown, UTF-8) depuis FILE.</translation>
    </message>
    <message>
        <source>When the entry is about: YYYY-MM-DD[ HH:MM], today, yesterday or now (default now).</source>
        <translation>Moment auquel se rapporte l&apos;entrée&#xa0;: AAAA-MM-JJ[ HH:MM], today, yesterday ou now (now par défaut).</translation>
    </message>
    <message>
        <source>A tag; repeat for several.</source>
        <translation>Une étiquette&#xa0;; répéter pour en indiquer plusieurs.</translation>
    </message>
    <message>
        <source>Mood from 1 (very low) to 5 (very good).</source>
        <translation>Humeur de 1 (très mauvaise) à 5 (très bonne).</translation>
    </message>
    <message>
        <source>A symptom; repeat for several.</source>
        <translation>Un symptôme&#xa0;; répéter pour en indiquer plusieurs.</translation>
    </message>
    <message>
        <source>Attach a JPEG, PNG or PDF file; repeat for several.</source>
        <translation>Joindre un fichier JPEG, PNG ou PDF&#xa0;; répéter pour en joindre plusieurs.</translation>
    </message>
    <message>
        <source>--body-file needs a file; standard input is where the passphrase is read</source>
        <translation>--body-file exige un fichier&#xa0;; l&apos;entrée standard sert à lire la phrase de passe</translation>
    </message>
</context>
<context>
    <name>carnet::cli::MedicationOptions</name>
    <message>
        <source>Name of the medication.</source>
        <translation>Nom du médicament.</translation>
    </message>
    <message>
        <source>Strength as on the label, e.g. &quot;500 mg&quot;.</source>
        <translation>Dosage tel qu&apos;indiqué sur la boîte, p. ex. &quot;500 mg&quot;.</translation>
    </message>
    <message>
        <source>Form: %1.</source>
        <translation>Forme&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Route: %1.</source>
        <translation>Voie d&apos;administration&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Amount per dose, e.g. 1 or 2.5.</source>
        <translation>Quantité par prise, p. ex. 1 ou 2.5.</translation>
    </message>
    <message>
        <source>Unit of the dose, e.g. tablet, ml, puff.</source>
        <translation>Unité de la prise, p. ex. comprimé, ml, bouffée.</translation>
    </message>
    <message>
        <source>Take at these times each day (or on --days), e.g. 08:00,20:00.</source>
        <translation>Prendre à ces heures chaque jour (ou les jours --days), p. ex. 08:00,20:00.</translation>
    </message>
    <message>
        <source>Take every N hours.</source>
        <translation>Prendre toutes les N heures.</translation>
    </message>
    <message>
        <source>With --every-hours: time of the first dose (default 08:00).</source>
        <translation>Avec --every-hours&#xa0;: heure de la première prise (08:00 par défaut).</translation>
    </message>
    <message>
        <source>With --times: only on these days, e.g. mon,wed,fri.</source>
        <translation>Avec --times&#xa0;: uniquement ces jours-là, p. ex. mon,wed,fri.</translation>
    </message>
    <message>
        <source>Take as needed: no doses are due.</source>
        <translation>Prendre si besoin&#xa0;: aucune prise n&apos;est due.</translation>
    </message>
    <message>
        <source>Who prescribed it.</source>
        <translation>Qui l&apos;a prescrit.</translation>
    </message>
    <message>
        <source>Pharmacy that fills it.</source>
        <translation>Pharmacie qui le délivre.</translation>
    </message>
    <message>
        <source>What it is taken for.</source>
        <translation>Pourquoi il est pris.</translation>
    </message>
    <message>
        <source>First day taken (YYYY-MM-DD).</source>
        <translation>Premier jour de prise (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Refills left.</source>
        <translation>Renouvellements restants.</translation>
    </message>
    <message>
        <source>Date of the next refill (YYYY-MM-DD).</source>
        <translation>Date du prochain renouvellement (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notes.</translation>
    </message>
    <message>
        <source>Read the notes from a UTF-8 file.</source>
        <translation>Lire les notes depuis un fichier UTF-8.</translation>
    </message>
    <message>
        <source>--name cannot be empty</source>
        <translation>--name ne peut pas être vide</translation>
    </message>
    <message>
        <source>--notes-file cannot be &apos;-&apos;: standard input carries the passphrase</source>
        <translation>--notes-file ne peut pas être &apos;-&apos;&#xa0;: l&apos;entrée standard transmet la phrase de passe</translation>
    </message>
    <message>
        <source>--as-needed cannot be combined with --times, --every-hours, --days or --first</source>
        <translation>--as-needed ne peut pas être combiné avec --times, --every-hours, --days ou --first</translation>
    </message>
    <message>
        <source>give either --times or --every-hours, not both</source>
        <translation>indiquez soit --times soit --every-hours, pas les deux</translation>
    </message>
    <message>
        <source>--days needs --times, e.g. --days mon,wed,fri --times 09:00</source>
        <translation>--days exige --times, p. ex. --days mon,wed,fri --times 09:00</translation>
    </message>
    <message>
        <source>--first goes with --every-hours</source>
        <translation>--first s&apos;utilise avec --every-hours</translation>
    </message>
</context>
<context>
    <name>carnet::cli::NotesOptions</name>
    <message>
        <source>Notes.</source>
        <translation>Notes.</translation>
    </message>
    <message>
        <source>Read the notes (UTF-8) from FILE.</source>
        <translation>Lire les notes (UTF-8) depuis FILE.</translation>
    </message>
    <message>
        <source>give either --notes or --notes-file, not both</source>
        <translation>indiquez soit --notes soit --notes-file, pas les deux</translation>
    </message>
</context>
<context>
    <name>carnet::cli::OpenOptions</name>
    <message>
        <source>Open with this vault&apos;s age key (its passphrase is read like other secrets); the vault also remembers export ids and knows its pinned care team.</source>
        <translation>Ouvrir avec la clé age de ce coffre-fort (sa phrase de passe est lue comme les autres secrets)&#xa0;; le coffre-fort mémorise aussi les identifiants d&apos;export et connaît son équipe soignante confirmée.</translation>
    </message>
    <message>
        <source>Open with the one-time passphrase, read from standard input.</source>
        <translation>Ouvrir avec la phrase de passe à usage unique, lue sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The minisign public key the share must be signed with (base64 line or .pub file); without it the package&apos;s own key is used and reported as not pinned.</source>
        <translation>La clé publique minisign avec laquelle le partage doit être signé (ligne base64 ou fichier .pub)&#xa0;; sans elle, la clé propre au paquet est utilisée et signalée comme non confirmée.</translation>
    </message>
</context>
<context>
    <name>carnet::cli::PlanOptions</name>
    <message>
        <source>Insurer, e.g. &quot;Acme Health&quot;.</source>
        <translation>Assureur, p. ex. &quot;Acme Santé&quot;.</translation>
    </message>
    <message>
        <source>Plan name, e.g. &quot;Gold PPO 500&quot;.</source>
        <translation>Nom du contrat, p. ex. &quot;Gold PPO 500&quot;.</translation>
    </message>
    <message>
        <source>medical (default), dental, vision, drug or other.</source>
        <translation>medical (par défaut), dental, vision, drug ou other.</translation>
    </message>
    <message>
        <source>Member id on the card.</source>
        <translation>Numéro d&apos;adhérent figurant sur la carte.</translation>
    </message>
    <message>
        <source>Group number on the card.</source>
        <translation>Numéro de groupe figurant sur la carte.</translation>
    </message>
    <message>
        <source>Policy holder, when it is not you.</source>
        <translation>Titulaire du contrat, si ce n&apos;est pas vous.</translation>
    </message>
    <message>
        <source>Your relationship to the subscriber: self (default), spouse, child or other.</source>
        <translation>Votre lien avec le titulaire&#xa0;: self (par défaut), spouse, child ou other.</translation>
    </message>
    <message>
        <source>First day covered, YYYY-MM-DD (empty clears).</source>
        <translation>Premier jour couvert, AAAA-MM-JJ (vide pour effacer).</translation>
    </message>
    <message>
        <source>Last day covered, YYYY-MM-DD (empty clears).</source>
        <translation>Dernier jour couvert, AAAA-MM-JJ (vide pour effacer).</translation>
    </message>
    <message>
        <source>Member services phone.</source>
        <translation>Téléphone du service adhérents.</translation>
    </message>
    <message>
        <source>Another phone as &quot;label|number&quot;; repeat for several. Replaces the list; an empty value clears it.</source>
        <translation>Un autre téléphone sous la forme &quot;libellé|numéro&quot;&#xa0;; répéter pour en indiquer plusieurs. Remplace la liste&#xa0;; une valeur vide l&apos;efface.</translation>
    </message>
    <message>
        <source>Photo or scan of the card&apos;s front (JPEG or PNG).</source>
        <translation>Photo ou numérisation du recto de la carte (JPEG ou PNG).</translation>
    </message>
    <message>
        <source>Photo or scan of the card&apos;s back (JPEG or PNG).</source>
        <translation>Photo ou numérisation du verso de la carte (JPEG ou PNG).</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Notes.</translation>
    </message>
    <message>
        <source>Read the notes (UTF-8) from FILE.</source>
        <translation>Lire les notes (UTF-8) depuis FILE.</translation>
    </message>
    <message>
        <source>--notes-file needs a file; standard input is where the passphrase is read</source>
        <translation>--notes-file exige un fichier&#xa0;; l&apos;entrée standard sert à lire la phrase de passe</translation>
    </message>
    <message>
        <source>--phone: &apos;%1&apos; is not a phone number</source>
        <translation>--phone&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone</translation>
    </message>
</context>
<context>
    <name>carnet::cli::ProfileOptions</name>
    <message>
        <source>Full name.</source>
        <translation>Nom complet.</translation>
    </message>
    <message>
        <source>The name you go by.</source>
        <translation>Le nom que vous utilisez.</translation>
    </message>
    <message>
        <source>Birth date, YYYY-MM-DD.</source>
        <translation>Date de naissance, AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>female, male, other or unknown.</source>
        <translation>female, male, other ou unknown.</translation>
    </message>
    <message>
        <source>Gender identity, in your words.</source>
        <translation>Identité de genre, avec vos mots.</translation>
    </message>
    <message>
        <source>A+, A-, B+, B-, AB+, AB-, O+ or O-.</source>
        <translation>A+, A-, B+, B-, AB+, AB-, O+ ou O-.</translation>
    </message>
    <message>
        <source>Height in centimetres.</source>
        <translation>Taille en centimètres.</translation>
    </message>
    <message>
        <source>Weight in kilograms.</source>
        <translation>Poids en kilogrammes.</translation>
    </message>
    <message>
        <source>Postal address.</source>
        <translation>Adresse postale.</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Numéro de téléphone.</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>Adresse e-mail.</translation>
    </message>
    <message>
        <source>Preferred language, e.g. en, fr, pt-BR.</source>
        <translation>Langue préférée, p. ex. en, fr, pt-BR.</translation>
    </message>
    <message>
        <source>An emergency contact as &quot;Name|relation|phone&quot;; repeat for several. Replaces the list; an empty value clears it.</source>
        <translation>Un contact d&apos;urgence sous la forme &quot;Nom|lien|téléphone&quot;&#xa0;; répéter pour en indiquer plusieurs. Remplace la liste&#xa0;; une valeur vide l&apos;efface.</translation>
    </message>
    <message>
        <source>yes, no or unknown.</source>
        <translation>yes, no ou unknown.</translation>
    </message>
    <message>
        <source>unknown --blood-type &apos;%1&apos; (use %2)</source>
        <translation>--blood-type inconnu «&#xa0;%1&#xa0;» (utilisez %2)</translation>
    </message>
    <message>
        <source>centimetres</source>
        <translation>centimètres</translation>
    </message>
    <message>
        <source>kilograms</source>
        <translation>kilogrammes</translation>
    </message>
    <message>
        <source>--emergency-contact &apos;%1&apos; is not &quot;Name|relation|phone&quot; with a name</source>
        <translation>--emergency-contact «&#xa0;%1&#xa0;» n&apos;est pas de la forme &quot;Nom|lien|téléphone&quot; avec un nom</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Personal health record in an encrypted vault.</source>
        <translation>Dossier de santé personnel dans un coffre-fort chiffré.</translation>
    </message>
    <message>
        <source>Open the vault in FOLDER.</source>
        <translation>Ouvrir le coffre-fort situé dans FOLDER.</translation>
    </message>
    <message>
        <source>Carnet cannot start</source>
        <translation>Carnet ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The cryptographic self-test failed (%1).</source>
        <translation>L&apos;autotest cryptographique a échoué (%1).</translation>
    </message>
    <message>
        <source>Open a demo vault of a synthetic patient, made in a temporary folder and deleted on exit.</source>
        <translation>Ouvrir un coffre-fort de démonstration d&apos;un patient fictif, créé dans un dossier temporaire et supprimé à la fermeture.</translation>
    </message>
    <message>
        <source>With --demo: save a PNG of each view into FOLDER, then quit.</source>
        <translation>Avec --demo&#xa0;: enregistrer un PNG de chaque vue dans FOLDER, puis quitter.</translation>
    </message>
    <message>
        <source>The demo vault could not be made: %1</source>
        <translation>Le coffre-fort de démonstration n&apos;a pas pu être créé&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is the demo vault; its passphrase is &quot;%1&quot;.</source>
        <translation>Ceci est le coffre-fort de démonstration&#xa0;; sa phrase de passe est «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A shared record (.carnet-share) to open once the vault is unlocked.</source>
        <translation>Un dossier partagé (.carnet-share) à ouvrir une fois le coffre-fort déverrouillé.</translation>
    </message>
</context>
</TS>
