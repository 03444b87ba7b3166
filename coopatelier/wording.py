"""Every sentence a ``KnownError`` can show, in English and French: the one place where the
wording of errors lives (the GUI and the CLI both word errors here; Qt-free, and light
enough for the GUI's start).

An error carries a stable code and its values (``coopatelier/errors.py``); ``word(err,
language)`` looks its sentence up in ``SENTENCES`` under ``err.key`` and fills it. A
``ValidationError`` or a file's ``FieldError`` is worded "field: problem", the field's
name in the language too ("titre : ne doit pas être vide"). French templates are written
with plain spaces; French typography (a no-break space before « : », a narrow one before
« ; ! ? » and inside « ») is applied to the template, never to the values put in it.
"""

from __future__ import annotations

import errno as errnos
import re
import string
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coopatelier.errors import KnownError

LANGUAGES = ("en", "fr")

# Placeholders computed from the params rather than given as such.
# {db}: "The database", "The database /path", "The database ateliers on host:5432";
# {db_lower}: the same inside a sentence; {why}: an operating-system failure.


def _db(params: Mapping[str, object], french: bool, *, lower: bool = False) -> str:
    noun = "la base de données" if french else "the database"
    if not lower:
        noun = noun[:1].upper() + noun[1:]
    host = params.get("host")
    where = params.get("where")
    if host:
        return f"{noun} {params.get('server_db', '')} {'sur' if french else 'on'} {host}"
    return f"{noun} {where}" if where else noun


#: errno → (English, French) for the failures a user meets writing or reading files.
OS_REASONS: dict[int, tuple[str, str]] = {
    errnos.EACCES: ("Permission denied", "permission refusée"),
    errnos.EPERM: ("Operation not permitted", "opération non permise"),
    errnos.ENOSPC: ("No space left on device", "plus de place sur le disque"),
    errnos.EROFS: ("Read-only file system", "système de fichiers en lecture seule"),
    errnos.ENOENT: ("No such file or directory", "fichier ou dossier introuvable"),
    errnos.EISDIR: ("Is a directory", "c’est un dossier"),
    errnos.ENOTDIR: ("Not a directory", "ce n’est pas un dossier"),
    errnos.EEXIST: ("File exists", "le fichier existe déjà"),
    errnos.ENAMETOOLONG: ("File name too long", "nom de fichier trop long"),
    errnos.EIO: ("Input/output error", "erreur d’entrée-sortie"),
    errnos.EDQUOT: ("Disk quota exceeded", "quota de disque dépassé"),
    errnos.EBUSY: ("Device or resource busy", "périphérique ou ressource occupé"),
}


def _why(params: Mapping[str, object], french: bool) -> str:
    code = params.get("errno")
    system = str(params.get("strerror") or "")
    if isinstance(code, int) and code in OS_REASONS:
        english, francais = OS_REASONS[code]
        return francais if french else (system or english)
    return system


#: Who holds a database's lock (``LockInfo.kind``), inside a sentence.
HOLDERS: dict[str, tuple[str, str]] = {
    "gui": ("the CoopAtelier window", "la fenêtre de CoopAtelier"),
    "cli": ("the coopatelier command", "la commande coopatelier"),
    "restore": ("the restore of a backup", "la restauration d’une sauvegarde"),
}


#: code → (English, French). Keys are ``<family>.<code>`` (see ``KnownError.key``).
SENTENCES: dict[str, tuple[str, str]] = {
    # --- the database ----------------------------------------------------------------------
    "storage.locked": (
        "{db} is locked by another program or another CoopAtelier window; "
        "close it and try again.",
        "{db} est verrouillée par un autre programme ou une autre fenêtre de CoopAtelier ; "
        "fermez-les et réessayez.",
    ),
    "storage.read_only": (
        "{db} is read-only; copy it to a writable folder or choose another file.",
        "{db} est en lecture seule ; copiez-la dans un dossier modifiable ou choisissez un "
        "autre fichier.",
    ),
    "storage.server_read_only": (
        "{db} accepts no changes at the moment; ask the server's administrator.",
        "{db} n’accepte aucune modification pour le moment ; adressez-vous à "
        "l’administrateur du serveur.",
    ),
    "storage.opened_read_only": (
        "This database is open read-only, so nothing can be changed; copy it to a writable "
        "folder or close the other CoopAtelier window to make changes.",
        "Cette base de données est ouverte en lecture seule : rien ne peut être modifié ; "
        "copiez-la dans un dossier modifiable ou fermez l’autre fenêtre de CoopAtelier pour "
        "faire des modifications.",
    ),
    "storage.read_only_medium": (
        "The database {where} is on a read-only medium or folder; copy it to a writable "
        "folder to use it.",
        "La base de données {where} est sur un support ou dans un dossier en lecture seule ; "
        "copiez-la dans un dossier modifiable pour l’utiliser.",
    ),
    "storage.full": (
        "The disk is full; free some space and try again — nothing typed was lost.",
        "Le disque est plein ; libérez de la place et réessayez — rien de ce qui a été saisi "
        "n’est perdu.",
    ),
    "storage.damaged": (
        "{db} is damaged or is not a CoopAtelier database; restore a backup or choose "
        "another file.",
        "{db} est endommagée ou n’est pas une base CoopAtelier ; restaurez une sauvegarde "
        "ou choisissez un autre fichier.",
    ),
    "storage.damaged_untouched": (
        "{where} is not a CoopAtelier database or is damaged; it was left untouched "
        "— restore a backup or choose another file.",
        "{where} n’est pas une base CoopAtelier ou est endommagé ; il n’a pas été modifié "
        "— restaurez une sauvegarde ou choisissez un autre fichier.",
    ),
    "storage.broken_references": (
        "The database upgrade found broken references and was undone; the file is unchanged.",
        "La mise à jour de la base de données a trouvé des références cassées et a été "
        "annulée ; le fichier n’a pas changé.",
    ),
    "storage.newer": (
        "This database was written by a newer version of CoopAtelier; update the "
        "application to open it.",
        "Cette base de données a été écrite par une version plus récente de CoopAtelier ; "
        "mettez l’application à jour pour l’ouvrir.",
    ),
    "storage.newer_read_only": (
        "The database {where} was made by another version of CoopAtelier and cannot be "
        "upgraded read-only; copy it to a writable folder to open it.",
        "La base de données {where} a été faite par une autre version de CoopAtelier et ne "
        "peut pas être mise à jour en lecture seule ; copiez-la dans un dossier modifiable "
        "pour l’ouvrir.",
    ),
    "storage.foreign": (
        "This database was not made by CoopAtelier; choose another file.",
        "Cette base de données n’a pas été faite par CoopAtelier ; choisissez un autre "
        "fichier.",
    ),
    "storage.missing": (
        "{db} does not exist on its server; create it or check its name.",
        "{db} n’existe pas sur son serveur ; créez-la ou vérifiez son nom.",
    ),
    "storage.missing_read_only": (
        "There is no database at {where} to open read-only.",
        "Il n’y a pas de base de données à l’emplacement {where} à ouvrir en lecture seule.",
    ),
    "storage.folder_missing": (
        "The folder {folder} does not exist.",
        "Le dossier {folder} n’existe pas.",
    ),
    "storage.unopenable": (
        "{db} cannot be opened; check that its folder exists and is writable.",
        "{db} ne peut pas être ouverte ; vérifiez que son dossier existe et est modifiable.",
    ),
    "storage.is_folder": (
        "{where} is a folder, not a CoopAtelier database file.",
        "{where} est un dossier, pas un fichier de base de données CoopAtelier.",
    ),
    "storage.unreadable": (
        "Cannot read the database {where}: {why}.",
        "Impossible de lire la base de données {where} : {why}.",
    ),
    "storage.data_folder": (
        "Cannot create the data folder {folder}: {why}.",
        "Impossible de créer le dossier de données {folder} : {why}.",
    ),
    "storage.unreachable": (
        "{db} cannot be reached; check the server address and that it is running.",
        "{db} est injoignable ; vérifiez l’adresse du serveur et qu’il est démarré.",
    ),
    "storage.auth": (
        "{db} refused the user name or password; check them in the database address.",
        "{db} a refusé le nom d’utilisateur ou le mot de passe ; vérifiez-les dans l’adresse "
        "de la base de données.",
    ),
    "storage.connection_lost": (
        "The connection to {db_lower} was lost; check the network and try again.",
        "La connexion à {db_lower} a été perdue ; vérifiez le réseau et réessayez.",
    ),
    "storage.permission": (
        "{db} refuses this change: the database user lacks the rights to make it.",
        "{db} refuse cette modification : l’utilisateur de la base de données n’a pas les "
        "droits pour la faire.",
    ),
    "storage.in_use": (
        "The database {name} is already open in the CoopAtelier window started at {time} "
        "on {day} (process {pid} on {host_name}); use that window, or open it read-only here.",
        "La base de données {name} est déjà ouverte dans la fenêtre de CoopAtelier lancée à "
        "{time} le {day} (processus {pid} sur {host_name}) ; utilisez cette fenêtre, ou "
        "ouvrez-la ici en lecture seule.",
    ),
    "storage.in_use_cli": (
        "The database {name} is being changed by the coopatelier command started at {time} "
        "on {day} (process {pid} on {host_name}); try again when it is done.",
        "La base de données {name} est en cours de modification par la commande coopatelier "
        "lancée à {time} le {day} (processus {pid} sur {host_name}) ; réessayez quand elle "
        "aura fini.",
    ),
    "storage.restoring": (
        "The database {name} is being restored from a backup by process {pid} on "
        "{host_name}; try again when the restore is done.",
        "La base de données {name} est en cours de restauration depuis une sauvegarde par le "
        "processus {pid} sur {host_name} ; réessayez quand la restauration sera finie.",
    ),
    "storage.restore_blocked": (
        "The database {name} is in use by {who} started at {time} on {day} (process {pid} "
        "on {host_name}); let it finish or close it before restoring.",
        "La base de données {name} est utilisée par {who} lancée à {time} le {day} "
        "(processus {pid} sur {host_name}) ; attendez qu’elle finisse ou fermez-la avant de "
        "restaurer.",
    ),
    "storage.bad_address": (
        "“{url}” is neither a file path nor a database address.",
        "« {url} » n’est ni un chemin de fichier ni une adresse de base de données.",
    ),
    "storage.unsupported": (
        "CoopAtelier cannot use “{driver}” databases; give a SQLite file or a "
        "postgresql+psycopg:// address.",
        "CoopAtelier ne sait pas utiliser les bases « {driver} » ; donnez un fichier SQLite "
        "ou une adresse postgresql+psycopg://.",
    ),
    "storage.driver_missing": (
        "The database driver for {driver} is not installed; install {package}.",
        "Le pilote de base de données pour {driver} n’est pas installé ; installez {package}.",
    ),
    "storage.module_missing": (
        "The database driver for {driver} is not installed; install the Python module "
        "{module}.",
        "Le pilote de base de données pour {driver} n’est pas installé ; installez le module "
        "Python {module}.",
    ),
    "storage.backup": (
        "Could not back up the database to {folder}: {detail}.",
        "Impossible de sauvegarder la base de données dans {folder} : {detail}.",
    ),
    "storage.backup_full": (
        "Could not back up the database to {folder}: the disk is full.",
        "Impossible de sauvegarder la base de données dans {folder} : le disque est plein.",
    ),
    "storage.backup_read_only": (
        "Could not back up the database to {folder}: the folder is read-only or "
        "write-protected.",
        "Impossible de sauvegarder la base de données dans {folder} : le dossier est en "
        "lecture seule ou protégé en écriture.",
    ),
    "storage.damaged_not_backed_up": (
        "The database {name} is damaged (SQLite's integrity check fails), so no backup of it "
        "was made; restore a sound backup or export your workshops.",
        "La base de données {name} est endommagée (la vérification d’intégrité de SQLite "
        "échoue) : aucune sauvegarde n’en a été faite ; restaurez une sauvegarde saine ou "
        "exportez vos ateliers.",
    ),
    "storage.wal_unreadable": (
        "{db} keeps saved changes in its {wal} file, which cannot be read on a read-only "
        "medium ({why}); copy both files to a writable folder and open the copy.",
        "{db} garde des modifications enregistrées dans son fichier {wal}, illisible sur un "
        "support en lecture seule ({why}) ; copiez les deux fichiers dans un dossier "
        "modifiable et ouvrez la copie.",
    ),
    "storage.backup_before_upgrade": (
        "The database {name} must be upgraded for this version of CoopAtelier, but the "
        "backup made before upgrading failed ({cause}); it was not upgraded and is "
        "unchanged. Free some space or choose another backup folder, then open it again.",
        "La base de données {name} doit être mise à niveau pour cette version de "
        "CoopAtelier, mais la sauvegarde faite avant la mise à niveau a échoué ({cause}) ; "
        "elle n’a pas été mise à niveau et reste inchangée. Libérez de la place ou "
        "choisissez un autre dossier de sauvegarde, puis rouvrez-la.",
    ),
    "merge.summary_created": (
        "Workshop created: {created} added, {updated} updated, {unchanged} unchanged",
        "Atelier créé : {created} ajouté{created:s}, {updated} mis à jour, "
        "{unchanged} inchangé{unchanged:s}",
    ),
    "merge.summary_merged": (
        "Workshop merged: {created} added, {updated} updated, {unchanged} unchanged",
        "Atelier fusionné : {created} ajouté{created:s}, {updated} mis à jour, "
        "{unchanged} inchangé{unchanged:s}",
    ),
    "merge.summary_conflicts": (
        ", {conflicts} conflict{conflicts:s}, both values kept (see Workshop → Conflicts…).",
        ", {conflicts} conflit{conflicts:s}, les deux valeurs gardées (voir Atelier → Conflits…).",
    ),
    # the same, where the place to settle them is said apart (the app's import report)
    "merge.summary_conflicts_counted": (
        ", {conflicts} conflict{conflicts:s}, both values kept.",
        ", {conflicts} conflit{conflicts:s}, les deux valeurs gardées.",
    ),
    "merge.conflict_file_won": (
        "{label}, {field}: changed on two laptops unaware of each other; the file’s "
        "“{kept}” (the later) replaced this laptop’s “{other}”, which is kept in Conflicts.",
        "{label}, {field} : modifié sur deux ordinateurs sans que l’un voie l’autre ; "
        "« {kept} » du fichier (le plus récent) remplace « {other} » de cet ordinateur, "
        "gardé dans Conflits.",
    ),
    "merge.edited_while_removed": (
        "{label}: removed ({field}) on one laptop and edited on another unaware of it; "
        "it stays removed with the edit (take the other value in Conflicts to bring it "
        "back).",
        "{label} : retirée ({field}) sur un ordinateur et modifiée sur un autre qui "
        "l’ignorait ; elle reste retirée avec la modification (prenez l’autre valeur dans "
        "Conflits pour la rétablir).",
    ),
    "merge.removed_while_filled.phases": (
        "{label}: phase removed on one laptop while a card was moved into it on another: "
        "the phase is kept.",
        "{label} : phase supprimée sur un ordinateur pendant qu’une carte y était déplacée "
        "sur un autre : la phase est conservée.",
    ),
    "merge.removed_while_filled.vote_rounds": (
        "{label}: vote round deleted on one laptop while a vote was cast in it on another: "
        "the round is kept.",
        "{label} : tour de vote supprimé sur un ordinateur pendant qu’un vote y était "
        "donné sur un autre : le tour est conservé.",
    ),
    "merge.removed_while_filled.organisations": (
        "{label}: organisation removed on one laptop while it was made a partner of an "
        "action on another: the organisation is kept.",
        "{label} : organisation supprimée sur un ordinateur pendant qu’elle devenait "
        "partenaire d’une action sur un autre : l’organisation est conservée.",
    ),
    "merge.removed_while_filled.organisations.lead": (
        "{label}: organisation removed on one laptop while it was made the lead of an "
        "action on another: the organisation is kept.",
        "{label} : organisation supprimée sur un ordinateur pendant qu’elle devenait "
        "pilote d’une action sur un autre : l’organisation est conservée.",
    ),
    "merge.label.card": ("{card} — {phase}", "{card} — {phase}"),
    "merge.label.phase": ("Phase {number}", "Séquence {number}"),
    "merge.label.round": ("Round {number} — {phase}", "Tour {number} — {phase}"),
    "merge.label.round_titled": (
        "Round {number} “{title}” — {phase}", "Tour {number} « {title} » — {phase}",
    ),
    "merge.label.partner": ("{organisation} on {action}", "{organisation} sur {action}"),
    "merge.label.link": ("Link from {card} to {target}", "Lien de {card} vers {target}"),
    "merge.label.vote": ("Vote for {card}, {round}", "Vote pour {card}, {round}"),
    "merge.label.scenario_axes": ("Scenario axes", "Axes des scénarios"),
    # a yes-or-no field's value in Conflicts (not Python's True/False)
    "merge.value.yes": ("Yes", "Oui"),
    "merge.value.no": ("No", "Non"),
    # a conflict's value that named a row removed since
    "merge.value.gone": ("(removed since)", "(supprimé depuis)"),
    "merge.edited_while_deleted": (
        "{label}: deleted on one laptop and edited on another unaware of it; it stays "
        "deleted, the edit is kept in Conflicts (take the other value to bring it back).",
        "{label} : supprimé sur un ordinateur et modifié sur un autre qui l’ignorait ; il "
        "reste supprimé, la modification est gardée dans Conflits (prenez l’autre valeur "
        "pour le rétablir).",
    ),
    "merge.conflict_kept_here": (
        "{label}, {field}: changed on two laptops unaware of each other; this laptop’s "
        "“{kept}” (the later) was kept, the file’s “{other}” is kept in Conflicts.",
        "{label}, {field} : modifié sur deux ordinateurs sans que l’un voie l’autre ; "
        "« {kept} » de cet ordinateur (le plus récent) est gardé, « {other} » du fichier "
        "est gardé dans Conflits.",
    ),
    "warning.backup_folder_missing": (
        "The backup folder {folder} cannot be found (is its disk or USB key plugged in?); "
        "backups go to {instead} until it is back.",
        "Le dossier de sauvegarde {folder} est introuvable (son disque ou sa clé USB est-il "
        "branché ?) ; les sauvegardes vont dans {instead} en attendant son retour.",
    ),
    "warning.backup_failed": (
        "The automatic backup failed: {cause}. The database is intact and open; the next "
        "backup will try again.",
        "La sauvegarde automatique a échoué : {cause}. La base de données est intacte et "
        "ouverte ; la prochaine sauvegarde réessaiera.",
    ),
    "warning.backup_failed_damaged": (
        "The automatic backup failed: {cause}.",
        "La sauvegarde automatique a échoué : {cause}.",
    ),
    "cli.warning": ("Warning: {text}", "Attention : {text}"),
    "storage.backup_os": (
        "Could not back up the database to {folder}: {why}.",
        "Impossible de sauvegarder la base de données dans {folder} : {why}.",
    ),
    "storage.backup_unopenable": (
        "The backup {name} cannot be opened: {detail}.",
        "La sauvegarde {name} ne peut pas être ouverte : {detail}.",
    ),
    "storage.backup_damaged": (
        "The backup {name} is damaged; choose another one.",
        "La sauvegarde {name} est endommagée ; choisissez-en une autre.",
    ),
    "storage.not_a_backup": (
        "{name} is not a CoopAtelier backup.",
        "{name} n’est pas une sauvegarde de CoopAtelier.",
    ),
    "storage.other": (
        "{db} reported an error: {detail}.",
        "{db} a signalé une erreur : {detail}.",
    ),
    # --- a value the user gave: "<field>: <problem>" -----------------------------------------
    "problem.expected_text": ("expected text, got {got}", "du texte est attendu, pas {got}"),
    "problem.nul": (
        "contains a NUL character (\\0), which cannot be stored",
        "contient un caractère NUL (\\0), qui ne peut pas être enregistré",
    ),
    "problem.surrogate": (
        "contains an unpaired surrogate, which is not valid text",
        "contient un demi-caractère isolé (surrogate), qui n’est pas du texte valide",
    ),
    "problem.too_long": (
        "is longer than {limit:,} characters",
        "dépasse {limit:,} caractères",
    ),
    "problem.empty": ("must not be empty", "ne doit pas être vide"),
    "problem.rating_whole": (
        "must be a whole number from {low} to {high}",
        "doit être un nombre entier de {low} à {high}",
    ),
    "problem.between": (
        "must be between {low} and {high}, got {value}",
        "doit être entre {low} et {high} (reçu : {value})",
    ),
    "problem.year_like": (
        "must be a year such as {example}",
        "doit être une année comme {example}",
    ),
    "problem.before_horizon": (
        "must be between {low} and the horizon {horizon}, got {value}",
        "doit être entre {low} et l’horizon {horizon} (reçu : {value})",
    ),
    "problem.minutes": (
        "must be a number of minutes from 0 to 1440",
        "doit être un nombre de minutes de 0 à 1440",
    ),
    "problem.dots": (
        "must be a whole number of dots from 1 to 1000",
        "doit être un nombre entier de gommettes de 1 à 1000",
    ),
    "problem.year_range": (
        "must be a year between {low} and {high}",
        "doit être une année entre {low} et {high}",
    ),
    "problem.not_card_field": ("is not a field of a card", "n’est pas un champ d’une carte"),
    "problem.not_phase_field": ("is not a field of a phase", "n’est pas un champ d’une phase"),
    "problem.not_workshop_field": (
        "is not a field of a workshop",
        "n’est pas un champ d’un atelier",
    ),
    "problem.must_be_text": ("must be text", "doit être du texte"),
    "problem.text_list": ("must be a list of texts", "doit être une liste de textes"),
    "problem.quadrant": (  # domain.model.QUADRANTS, in its order
        "must be one of ++, -+, --, +- or empty",
        "doit être ++, -+, --, +- ou vide",
    ),
    "problem.one_of": ("must be one of {options}", "doit être l’une des valeurs {options}"),
    "problem.true_false": ("must be true or false", "doit être vrai ou faux"),
    "problem.true_false_unset": (
        "must be true, false or unset",
        "doit être vrai, faux ou non renseigné",
    ),
    "problem.date": ("must be a date", "doit être une date"),
    "problem.organisation_id": (
        "must be an organisation id",
        "doit être l’identifiant d’une organisation",
    ),
    "problem.organisation_elsewhere": (
        "names an organisation that is not in this workshop",
        "désigne une organisation qui n’est pas dans cet atelier",
    ),
    "problem.organisation_in_use": (
        "“{name}” is still a lead, a partner or a participant's",
        "« {name} » est encore pilote, partenaire ou l’organisation d’un participant",
    ),
    "problem.partners_list": (
        "must be a list of (organisation, role)",
        "doit être une liste de (organisation, rôle)",
    ),
    "problem.partners_values": (
        "must be a list of Partner values",
        "doit être une liste de valeurs Partner",
    ),
    "problem.same_organisation_twice": (
        "lists the same organisation twice",
        "cite deux fois la même organisation",
    ),
    "problem.card_ids": (
        "must be a list of card ids",
        "doit être une liste d’identifiants de cartes",
    ),
    "problem.self_link": (
        "a card cannot be linked to itself",
        "une carte ne peut pas être liée à elle-même",
    ),
    "problem.card_elsewhere": (
        "names a card that is not in this workshop",
        "désigne une carte qui n’est pas dans cet atelier",
    ),
    "problem.other_workshop": ("belongs to another workshop", "appartient à un autre atelier"),
    "problem.merge_none": (
        "choose at least one other card to merge",
        "choisissez au moins une autre carte à fusionner",
    ),
    "problem.merge_target_merged": (
        "the card to keep is itself merged into another",
        "la carte à garder est elle-même fusionnée dans une autre",
    ),
    "problem.merge_two_workshops": (
        "cards from two workshops cannot be merged",
        "des cartes de deux ateliers ne peuvent pas être fusionnées",
    ),
    "problem.change_two_workshops": (
        "cards of two workshops cannot change together",
        "des cartes de deux ateliers ne peuvent pas changer ensemble",
    ),
    "problem.choose_cards": ("choose at least one card", "choisissez au moins une carte"),
    "problem.move_onto_itself": (
        "a card cannot be placed next to itself",
        "une carte ne peut pas être placée à côté d’elle-même",
    ),
    "problem.move_anchor_elsewhere": (
        "the card to place them before is in another phase",
        "la carte devant laquelle les placer est dans une autre phase",
    ),
    "problem.axis_driver": (
        "must be a driver of this workshop",
        "doit être un facteur de cet atelier",
    ),
    "problem.axis_same": (
        "must be another driver than the x axis",
        "doit être un autre facteur que celui de l’axe horizontal",
    ),
    "problem.whole_seconds": (
        "must be a whole number of seconds",
        "doit être un nombre entier de secondes",
    ),
    "problem.timer_24h": (
        "the timer cannot move by more than 24 hours",
        "le minuteur ne peut pas bouger de plus de 24 heures",
    ),
    "problem.not_phase_kind": ("is not a kind of phase", "n’est pas un type de phase"),
    "problem.phase_holds_cards": (
        "“{title}” still holds {count} card(s); move or delete them first",
        "« {title} » contient encore {count} carte(s) ; déplacez-les ou supprimez-les d’abord",
    ),
    "problem.same_category_twice": (
        "lists the same category twice",
        "cite deux fois la même catégorie",
    ),
    "problem.vote_other_workshop": (
        "belongs to another workshop than the voting round",
        "appartient à un autre atelier que le tour de vote",
    ),
    "problem.vote_deleted": (
        "was deleted and cannot receive votes",
        "a été supprimée et ne peut pas recevoir de votes",
    ),
    "problem.template_key": (
        "must be lowercase letters, digits and dashes",
        "doit être fait de minuscules, de chiffres et de tirets",
    ),
    "problem.builtin_template": (
        "'{key}' is the name of a built-in template",
        "« {key} » est le nom d’un modèle fourni",
    ),
    "problem.template_exists": (
        "a template named '{key}' already exists",
        "un modèle nommé « {key} » existe déjà",
    ),
    "problem.demarche_not_here": (
        "this point d’étape belongs to a démarche this computer does not have yet; import "
        "the démarche file first, then this workshop file",
        "ce point d’étape appartient à une démarche que cet ordinateur n’a pas encore ; "
        "importez d’abord le fichier de la démarche, puis ce fichier d’atelier",
    ),
    "problem.id_elsewhere": (
        "{id} already belongs to another workshop in this database",
        "{id} appartient déjà à un autre atelier de cette base de données",
    ),
    # --- a file's field: "<file>: <field>: <problem>" -----------------------------------------
    "problem.file_empty": ("is empty", "est vide"),
    "problem.other_demarche": (
        "is the file of another démarche, “{title}”: import it from Home",
        "est le fichier d’une autre démarche, « {title} » : importez-le depuis l’accueil",
    ),
    "problem.not_utf8_at": (
        "is not valid UTF-8 text (byte {byte} at offset {offset})",
        "n’est pas du texte UTF-8 valide (octet {byte} à la position {offset})",
    ),
    "problem.not_json_at": (
        "is not valid JSON ({detail} at line {line}, column {column})",
        "n’est pas du JSON valide ({detail} à la ligne {line}, colonne {column})",
    ),
    "problem.not_json": ("is not valid JSON ({detail})", "n’est pas du JSON valide ({detail})"),
    "problem.duplicate_key": (
        "has the key “{key}” twice in one JSON object",
        "contient deux fois la clé « {key} » dans un même objet JSON",
    ),
    "problem.too_deep": (
        "nests JSON deeper than {depth} levels; a workshop file never does",
        "imbrique le JSON sur plus de {depth} niveaux ; un fichier d’atelier ne le fait jamais",
    ),
    "problem.file_too_big": (
        "is {size_mb}, more than the {limit_mb} a workshop file may weigh",
        "pèse {size_mb}, plus que les {limit_mb} permis pour un fichier d’atelier",
    ),
    "problem.file_over_limit": (
        "is more than the {limit_mb} a workshop file may weigh",
        "pèse plus que les {limit_mb} permis pour un fichier d’atelier",
    ),
    "problem.text_got": ("must be text, got {got}", "doit être du texte, pas {got}"),
    "problem.must_be_object": ("must be an object, got {got}", "doit être un objet, pas {got}"),
    "problem.missing": ("is missing", "manque"),
    "problem.organisation_exists": (
        "“{name}” is already an organisation of this workshop; merge them",
        "« {name} » est déjà une organisation de cet atelier ; fusionnez-les",
    ),
    "problem.choose_participant": (
        "choose at least one participant", "choisissez au moins un participant"
    ),
    "problem.not_same_workshop": (
        "are not all of the same workshop", "n’appartiennent pas au même atelier"
    ),
    # --- démarches ------------------------------------------------------------------------
    "problem.not_demarche_field": (
        "is not a field of a démarche", "n’est pas un champ d’une démarche"
    ),
    "problem.texts_list": ("must be a list of texts", "doit être une liste de textes"),
    "problem.same_role_twice": (
        "“{role}” is listed twice", "« {role} » figure deux fois"
    ),
    "problem.in_other_demarche": (
        "this workshop already belongs to the démarche “{title}”; detach it first",
        "cet atelier appartient déjà à la démarche « {title} » ; détachez-le d’abord",
    ),
    "problem.organisation_or_person": (
        "name an organisation or a person", "indiquez une organisation ou une personne"
    ),
    "problem.organisation_not_in_demarche": (
        "is not an organisation of this démarche",
        "n’est pas une organisation de cette démarche",
    ),
    "problem.unknown_collective_role": (
        "“{role}” is not a role of this collective ({roles})",
        "« {role} » n’est pas un rôle de ce collectif ({roles})",
    ),
    "problem.not_live_action": (
        "is not an action of the roadmap (an action card neither deleted nor merged)",
        "n’est pas une action de la feuille de route (une carte action ni supprimée ni "
        "fusionnée)",
    ),
    "problem.unknown_status": (
        "“{got}” is not a status; choose one of {options}",
        "« {got} » n’est pas un statut ; choisissez parmi {options}",
    ),
    "problem.dropped_needs_why": (
        "say why the action is dropped", "dites pourquoi l’action est abandonnée"
    ),
    "problem.reoriented_needs_target": (
        "name the action that replaces it", "désignez l’action qui la remplace"
    ),
    "problem.only_when_reoriented": (
        "is given only when an action is reoriented",
        "ne se donne que pour une action réorientée",
    ),
    "problem.replaced_by_itself": (
        "an action cannot replace itself", "une action ne peut pas se remplacer elle-même"
    ),
    "problem.replaced_by_elsewhere": (
        "the action that replaces it must belong to the same roadmap",
        "l’action qui la remplace doit appartenir à la même feuille de route",
    ),
    "problem.choose_organisation_to_merge": (
        "choose at least one other organisation to merge",
        "choisissez au moins une autre organisation à fusionner",
    ),
    "problem.already_run": (
        "“{title}” has already run; confirm to run it again",
        "« {title} » a déjà eu lieu ; confirmez pour la relancer",
    ),
    "problem.workshop_ended": (
        "it has ended; run one of its phases again to add a card",
        "il est terminé ; relancez l’une de ses phases pour ajouter une carte",
    ),
    "problem.runs_time_zone": (
        "times must carry a time zone", "les heures doivent porter un fuseau horaire"
    ),
    "problem.run_open_not_last": (
        "only the last interval may still be running",
        "seule la dernière plage peut être encore en cours",
    ),
    "problem.run_ends_before_start": (
        "an interval cannot end before it starts",
        "une plage ne peut pas finir avant de commencer",
    ),
    "problem.runs_in_future": (
        "an interval cannot start or end in the future",
        "une plage ne peut pas commencer ni finir dans le futur",
    ),
    "problem.runs_overlap": (
        "intervals overlap or are not in order",
        "des plages se chevauchent ou ne sont pas dans l’ordre",
    ),
    "problem.run_open_when_ended": (
        "an ended phase cannot have a running interval",
        "une phase terminée ne peut pas avoir de plage en cours",
    ),
    "problem.too_many_runs": (
        "holds {count} intervals; at most {limit} are allowed",
        "contient {count} plages ; {limit} au plus sont permises",
    ),
    "problem.stamp": (
        "must be a change stamp (time-counter-device), got {got}",
        "doit être un horodatage de modification (heure-compteur-appareil), pas {got}",
    ),
    "problem.tombstone_only": (
        "names a row the file does not hold: only its removal stamp “deleted” may be given",
        "désigne une ligne absente du fichier : seul son horodatage de suppression « deleted » "
        "peut être donné",
    ),
    "problem.stamp_of_other_device": (
        "must be a stamp of the device it is listed under",
        "doit être un horodatage de l’appareil sous lequel il est rangé",
    ),
    "problem.not_a_field": (
        "is not a field of {what} in version {version}",
        "n’est pas un champ {what_of} en version {version}",
    ),
    "problem.at_most_characters": (
        "must be at most {limit} characters",
        "doit faire au plus {limit} caractères",
    ),
    "problem.whole_number": (
        "must be a whole number, got {got}",
        "doit être un nombre entier, pas {got}",
    ),
    "problem.whole": ("must be a whole number", "doit être un nombre entier"),
    "problem.number": ("must be a number, got {got}", "doit être un nombre, pas {got}"),
    "problem.too_large": ("is too large a number", "est un nombre trop grand"),
    "problem.true_false_got": (
        "must be true or false, got {got}",
        "doit être true ou false, pas {got}",
    ),
    "problem.one_of_got": (
        "must be one of {options}, got {got}",
        "doit être l’une des valeurs {options}, pas {got}",
    ),
    "problem.list": ("must be a list, got {got}", "doit être une liste, pas {got}"),
    "problem.list_only": ("must be a list", "doit être une liste"),
    "problem.uuid": (
        "must be an id in lowercase UUID form, got {got}",
        "doit être un identifiant UUID en minuscules, pas {got}",
    ),
    "problem.utc_time": (
        "must be a UTC time such as 2026-04-14T09:30:00.000000Z, got {got}",
        "doit être une heure UTC comme 2026-04-14T09:30:00.000000Z, pas {got}",
    ),
    "problem.not_a_real_time": (
        "is not a real date and time, got {got}",
        "n’est pas une date et une heure réelles ({got})",
    ),
    "problem.time_years": (
        "must be a time between the years {low} and {high}",
        "doit être une heure entre les années {low} et {high}",
    ),
    "problem.date_like": (
        "must be a date such as 2026-04-14, got {got}",
        "doit être une date comme 2026-04-14, pas {got}",
    ),
    "problem.not_a_real_date": (
        "is not a real date, got {got}",
        "n’est pas une date réelle ({got})",
    ),
    "problem.repeated_id": (
        "repeats the id {id} of an earlier entry",
        "répète l’identifiant {id} d’une entrée précédente",
    ),
    "problem.not_in_file": (
        "names {what} {id} that is not in the file",
        "désigne {what_a} {id} qui n’est pas dans le fichier",
    ),
    "problem.json_object": (
        "must hold a JSON object, got {got}",
        "doit contenir un objet JSON, pas {got}",
    ),
    "problem.format_missing": (
        "is missing; this is not a CoopAtelier workshop file",
        "manque ; ce n’est pas un fichier d’atelier CoopAtelier",
    ),
    "problem.format_other_demarche": (
        "must be “{format}”, got {got}; this is not a démarche file",
        "doit être « {format} », pas {got} ; ce n’est pas un fichier de démarche",
    ),
    "problem.partner_pair": (
        "must be a pair [organisation id, role], got {got}",
        "doit être une paire [identifiant d’organisation, rôle], pas {got}",
    ),
    "problem.status_with_kind": (
        "a status entry has a status, and only a status entry has one",
        "une entrée de statut a un statut, et seule une entrée de statut en a un",
    ),
    "problem.format_other": (
        "must be “{format}”, got {got}; this is not a workshop file",
        "doit être « {format} », pas {got} ; ce n’est pas un fichier d’atelier",
    ),
    "problem.version_newer": (
        "{version} is newer than this CoopAtelier understands ({known}); update CoopAtelier "
        "to import this file",
        "{version} est plus récente que ce que ce CoopAtelier comprend ({known}) ; mettez "
        "CoopAtelier à jour pour importer ce fichier",
    ),
    "problem.version_other": (
        "must be {known}, got {version}",
        "doit être {known}, pas {version}",
    ),
    "problem.repeated_category": (
        "repeats the category “{category}”",
        "répète la catégorie « {category} »",
    ),
    "problem.repeated_link": ("repeats the link to {id}", "répète le lien vers {id}"),
    "problem.self_merge": ("merges the card into itself", "fusionne la carte dans elle-même"),
    "problem.rating_or_null": (
        "must be a whole number from 1 to 5 or null, got {got}",
        "doit être un nombre entier de 1 à 5 ou null, pas {got}",
    ),
    "problem.unknown_field": (
        "is not a known field (check its spelling)",
        "n’est pas un champ connu (vérifiez son orthographe)",
    ),
    "problem.schema_newer": (
        "is {version}, newer than this CoopAtelier understands ({known})",
        "vaut {version}, plus récent que ce que ce CoopAtelier comprend ({known})",
    ),
    "problem.schema_none": (
        "is {version}, which does not exist",
        "vaut {version}, qui n’existe pas",
    ),
    "problem.template_key_like": (
        "must be lowercase letters, digits and dashes, such as 'food-2030'",
        "doit être fait de minuscules, de chiffres et de tirets, comme « food-2030 »",
    ),
    "problem.horizon_offset": (
        "must be a number of years from 0 to 50",
        "doit être un nombre d’années de 0 à 50",
    ),
    "problem.no_phases": (
        "must list at least one [[phases]] table",
        "doit contenir au moins une table [[phases]]",
    ),
    "problem.table": ("must be a table", "doit être une table"),
    "problem.non_empty_texts": (
        "must be a list of non-empty texts",
        "doit être une liste de textes non vides",
    ),
    "problem.seed_card": (
        "must be a text or a table with 'text' and 'category'",
        "doit être un texte ou une table avec « text » et « category »",
    ),
    "problem.not_a_category": (
        "{category} is not one of this phase's categories",
        "{category} n’est pas une des catégories de cette phase",
    ),
    "problem.key_file_name": (
        "is {key} but must match the file name",
        "vaut {key} mais doit être le nom du fichier",
    ),
    # --- files that cannot be read -----------------------------------------------------------
    "format.no_such_file": ("{file}: there is no such file.", "{file} : ce fichier n’existe pas."),
    "format.folder_not_file": (
        "{file}: is a folder, not a workshop file.",
        "{file} : c’est un dossier, pas un fichier d’atelier.",
    ),
    "format.unreadable": (
        "{file}: cannot be read ({why}).",
        "{file} : ne peut pas être lu ({why}).",
    ),
    "format.template_unreadable": (
        "{file}: cannot be read ({why})",
        "{file} : ne peut pas être lu ({why})",
    ),
    "format.template_not_utf8": (
        "{file}: is not UTF-8 text (byte {offset})",
        "{file} : n’est pas du texte UTF-8 (octet {offset})",
    ),
    "format.template_not_toml": (
        "{file}: is not valid TOML ({detail})",
        "{file} : n’est pas du TOML valide ({detail})",
    ),
    # --- what the user named does not exist --------------------------------------------------
    "not_found.row": (
        "There is no {what_bare} with id {id}.",
        "Il n’y a pas {what_of} avec l’identifiant {id}.",
    ),
    "not_found.no_reference": (
        "Name a workshop by its id or the start of its title.",
        "Désignez un atelier par son identifiant ou le début de son titre.",
    ),
    "not_found.no_match": (
        "No workshop matches “{reference}”; `coopatelier list` shows them all.",
        "Aucun atelier ne correspond à « {reference} » ; `coopatelier list` les montre tous.",
    ),
    "not_found.ambiguous": (
        "“{reference}” matches {count} workshops ({titles}); give more of the title or the id.",
        "« {reference} » correspond à {count} ateliers ({titles}) ; donnez plus du titre ou "
        "l’identifiant.",
    ),
    "not_found.no_demarche_match": (
        "No démarche matches “{reference}”; `coopatelier demarche list` shows them all.",
        "Aucune démarche ne correspond à « {reference} » ; `coopatelier demarche list` les "
        "montre toutes.",
    ),
    "not_found.ambiguous_demarche": (
        "“{reference}” matches {count} démarches ({titles}); give more of the title or the id.",
        "« {reference} » correspond à {count} démarches ({titles}) ; donnez plus du titre ou "
        "l’identifiant.",
    ),
    "not_found.no_action_match": (
        "No action of this roadmap matches “{reference}”; `coopatelier demarche show` lists "
        "them.",
        "Aucune action de cette feuille de route ne correspond à « {reference} » ; "
        "`coopatelier demarche show` les liste.",
    ),
    "not_found.ambiguous_action": (
        "“{reference}” matches {count} actions ({titles}); give more of the title or the id.",
        "« {reference} » correspond à {count} actions ({titles}) ; donnez plus du titre ou "
        "l’identifiant.",
    ),
    "not_found.template": (
        "There is no template '{key}'; available templates: {keys}.",
        "Il n’y a pas de modèle « {key} » ; modèles disponibles : {keys}.",
    ),
    # --- files that cannot be written --------------------------------------------------------
    "export.folder_missing": (
        "Cannot write {path}: the folder {folder} does not exist.",
        "Impossible d’écrire {path} : le dossier {folder} n’existe pas.",
    ),
    "export.cannot_write": ("Cannot write {path}: {why}.", "Impossible d’écrire {path} : {why}."),
    "export.image": (
        "Cannot write the image {path}: {detail}.",
        "Impossible d’écrire l’image {path} : {detail}.",
    ),
    # --- the command line --------------------------------------------------------------------
    "usage.argparse": (
        "{message} (see `{prog} --help`).",
        "Commande incorrecte : {message} (voir `{prog} --help`).",
    ),
    "cli.file_missing": ("The file {path} does not exist.", "Le fichier {path} n’existe pas."),
    "cli.file_not_utf8": (
        "The file {path} is not UTF-8 text; save it as UTF-8.",
        "Le fichier {path} n’est pas du texte UTF-8 ; enregistrez-le en UTF-8.",
    ),
    "cli.file_unreadable": (
        "The file {path} cannot be read: {why}.",
        "Le fichier {path} ne peut pas être lu : {why}.",
    ),
    "cli.not_in_demarche": (
        "“{title}” is in no démarche; `coopatelier demarche attach` puts it in one.",
        "« {title} » n’est dans aucune démarche ; `coopatelier demarche attach` l’y met.",
    ),
    "cli.pdf_to_terminal": (
        "A PDF cannot be written to the terminal; name a file with -o.",
        "Un PDF ne peut pas être écrit dans le terminal ; nommez un fichier avec -o.",
    ),
    "cli.backup_server": (
        "Backups are for SQLite files; back up a PostgreSQL server with pg_dump.",
        "Les sauvegardes concernent les fichiers SQLite ; sauvegardez un serveur PostgreSQL "
        "avec pg_dump.",
    ),
    "cli.backup_nothing": (
        "There is no database at {path} to back up yet.",
        "Il n’y a pas encore de base de données à l’emplacement {path} à sauvegarder.",
    ),
    "cli.no_sound_backup": (
        "There is no sound backup in {folder}.",
        "Il n’y a aucune sauvegarde intacte dans {folder}.",
    ),
    "cli.backup_missing": (
        "The backup {path} does not exist.",
        "La sauvegarde {path} n’existe pas.",
    ),
    "cli.restore_in_use": (
        "{name} is open in the CoopAtelier window started at {time} on {day} (process {pid} "
        "on {host_name}); close it before restoring.",
        "{name} est ouvert dans la fenêtre de CoopAtelier lancée à {time} le {day} "
        "(processus {pid} sur {host_name}) ; fermez-la avant de restaurer.",
    ),
    # what a command did (success lines: the English ones are relied on by scripts)
    "cli.exported": ("Exported “{title}” to {path}.", "« {title} » exporté vers {path}."),
    "cli.exported_roadmap": (
        "Exported the roadmap of “{title}” to {path}.",
        "Feuille de route de « {title} » exportée vers {path}.",
    ),
    "cli.snapshot_saved": (
        "Saved the {view} view of “{title}” to {path}.",
        "Vue {view} de « {title} » enregistrée dans {path}.",
    ),
    # the view's name in that sentence (English: the command's own word)
    "cli.snapshot_view.facilitator": ("facilitator", "animation"),
    "cli.snapshot_view.projector": ("projector", "projecteur"),
    "cli.snapshot_view.matrix": ("matrix", "matrice"),
    "cli.snapshot_view.roadmap": ("roadmap", "feuille de route"),
    "cli.snapshot_view.votes": ("votes", "des votes"),
    "cli.snapshot_view.welcome": ("welcome", "d’accueil"),
    "cli.created_workshop": (
        "Created “{title}” from the template {template}.",
        "« {title} » créé à partir du modèle {template}.",
    ),
    "cli.created_workshop_in_demarche": (
        "Created “{title}” from the template {template} in the démarche “{demarche}”.",
        "« {title} » créé à partir du modèle {template} dans la démarche « {demarche} ».",
    ),
    "cli.created_demo": ("Created the demo workshop.", "Atelier de démonstration créé."),
    "cli.demo_demarche": (
        "It belongs to the démarche “{title}”: {id}",
        "Il fait partie de la démarche « {title} » : {id}",
    ),
    "cli.demo_checkpoint": (
        "Its next workshop, in preparation: “{title}”: {id}",
        "Son prochain atelier, en préparation : « {title} » : {id}",
    ),
    "cli.conflict": ("Conflict: {text}", "Conflit : {text}"),
    # --- the lists of `list`, `demarche list` and `demarche show` (the English cells and
    # lines are what scripts parse: "28 cards", "2 workshops", "Rhythm: …"); a ".one" key
    # is the French singular (0 and 1), its English the same as the plural's ("actions" is
    # the same word in both languages: ":d" only keeps the two templates apart)
    "cli.no_workshop": (
        "No workshop yet: `coopatelier demo` creates one to explore.",
        "Aucun atelier pour l’instant : `coopatelier demo` en crée un à explorer.",
    ),
    "cli.no_demarche": (
        "No démarche yet: `coopatelier demarche new --title T` creates one.",
        "Aucune démarche pour l’instant : `coopatelier demarche new --title T` en crée une.",
    ),
    "cli.cards": ("{count} cards", "{count} cartes"),
    "cli.cards.one": ("{count} cards", "{count} carte"),
    "cli.workshops": ("{count} workshops", "{count} ateliers"),
    "cli.workshops.one": ("{count} workshops", "{count} atelier"),
    "cli.actions": ("{count} actions", "{count} actions"),
    "cli.actions.one": ("{count} actions", "{count} action"),
    "cli.backed_up": ("Backed up {name} to {path}.", "{name} sauvegardé dans {path}."),
    "cli.no_backup": (
        "No backup yet in {folder}.", "Aucune sauvegarde pour l’instant dans {folder}.",
    ),
    "cli.backup_damaged": ("damaged", "endommagée"),
    "cli.restored": ("Restored {name} into {database}.", "{name} restaurée dans {database}."),
    "cli.restored_kept": (
        "Restored {name} into {database}. The previous file was kept as {safety}.",
        "{name} restaurée dans {database}. Le fichier précédent a été gardé sous {safety}.",
    ),
    "cli.rhythm": ("Rhythm: {text}", "Rythme : {text}"),
    "cli.next_meeting": ("Next meeting: {text}", "Prochaine réunion : {text}"),
    "cli.workshops_heading": ("Workshops ({count}):", "Ateliers ({count}) :"),
    "cli.review_phase": (
        "review phase “{title}”: {actions}", "phase de revue « {title} » : {actions}"
    ),
    "cli.organisations_heading": ("Organisations ({count}): {names}",
                                  "Organisations ({count}) : {names}"),
    "cli.roadmap_heading": ("Roadmap ({actions}):", "Feuille de route ({actions}) :"),
    "cli.members_heading": ("Members:", "Membres :"),
    "cli.decisions_heading": ("Decisions:", "Décisions :"),
    "cli.demarche_created": ("Created the démarche “{title}”.", "Démarche « {title} » créée."),
    "cli.demarche_renamed": ("Renamed “{old}” to “{title}”.", "« {old} » renommée « {title} »."),
    "cli.attached": ("“{title}” is in the démarche “{demarche}”.",
                     "« {title} » fait partie de la démarche « {demarche} »."),
    "cli.detached": ("“{title}” is in no démarche now.",
                     "« {title} » ne fait plus partie d’aucune démarche."),
    "cli.to_review": ("{actions} to review in “{title}”:", "{actions} à revoir dans « {title} » :"),
    "cli.status_changed": ("“{title}” is now {status}.", "« {title} » est maintenant {status}."),
    "cli.follow_up_added": ("Follow-up added to “{title}”.", "Suivi ajouté à « {title} »."),
    "import.demarche_created": (
        "Démarche “{title}” created with {workshops} workshop{workshops:s}: {created} added, "
        "{updated} updated, {unchanged} unchanged",
        "Démarche « {title} » créée avec {workshops} atelier{workshops:s} : "
        "{created} ajouté{created:s}, {updated} mis à jour, {unchanged} inchangé{unchanged:s}",
    ),
    "import.demarche_merged": (
        "Démarche “{title}” merged with {workshops} workshop{workshops:s}: {created} added, "
        "{updated} updated, {unchanged} unchanged",
        "Démarche « {title} » fusionnée avec {workshops} atelier{workshops:s} : "
        "{created} ajouté{created:s}, {updated} mis à jour, {unchanged} inchangé{unchanged:s}",
    ),
    "import.demarche_conflicts": (
        ", {count} conflict{count:s}, both values kept (see Conflicts… in the Démarche or "
        "Workshop menu).",
        ", {count} conflit{count:s}, les deux valeurs gardées (voir Conflits… dans le menu "
        "Démarche ou Atelier).",
    ),
    "import.demarche_conflicts_counted": (
        ", {count} conflict{count:s}, both values kept.",
        ", {count} conflit{count:s}, les deux valeurs gardées.",
    ),
    "cli.bug": (
        "CoopAtelier hit an unexpected problem; details are in {log}.",
        "CoopAtelier a rencontré un problème inattendu ; les détails sont dans {log}.",
    ),
    # --- the snapshot command ----------------------------------------------------------------
    "snapshot.size_form": (
        "{size} is not a size like 1920x1080.",
        "{size} n’est pas une taille comme 1920x1080.",
    ),
    "snapshot.size_range": (
        "The size {size} is out of range (200x150 to 8000x8000).",
        "La taille {size} est hors limites (de 200x150 à 8000x8000).",
    ),
    "snapshot.phase_kind": (
        "There is no phase kind {kind}; choose one of {choices}.",
        "Il n’y a pas de type de phase {kind} ; choisissez parmi {choices}.",
    ),
    "snapshot.no_phase": (
        "This workshop has no {kind} phase.",
        "Cet atelier n’a pas de phase {kind}.",
    ),
    "snapshot.view": (
        "There is no view {view}; choose one of {choices}.",
        "Il n’y a pas de vue {view} ; choisissez parmi {choices}.",
    ),
    "snapshot.page": (
        "There is no page {page}: the room's wall has {pages} page(s).",
        "Il n’y a pas de page {page} : le mur de la salle a {pages} page(s).",
    ),
    "snapshot.room_only": (
        "--page and --describe apply to the room's views, not to the facilitator's window.",
        "--page et --describe s’appliquent aux vues de la salle, pas à la fenêtre de "
        "l’animateur·rice.",
    ),
}

#: What a file's object or a database row is: (English "a card", French "une carte",
#: French "d’une carte").
NOUNS: dict[str, tuple[str, str, str]] = {
    "workshop_file": ("a workshop file", "un fichier d’atelier", "d’un fichier d’atelier"),
    "stamps": ("the stamps", "les horodatages", "des horodatages"),
    "workshop": ("a workshop", "un atelier", "d’un atelier"),
    "phase": ("a phase", "une phase", "d’une phase"),
    "organisation": ("an organisation", "une organisation", "d’une organisation"),
    "participant": ("a participant", "un participant", "d’un participant"),
    "card": ("a card", "une carte", "d’une carte"),
    "partner": ("a partner", "un partenaire", "d’un partenaire"),
    "voting_round": ("a voting round", "un tour de vote", "d’un tour de vote"),
    "vote": ("a vote", "un vote", "d’un vote"),
    "scenario_axes": ("the scenario axes", "les axes des scénarios", "des axes des scénarios"),
    "item": ("an item", "un élément", "d’un élément"),
    "conflict": ("a conflict", "un conflit", "d’un conflit"),
    "run": ("a run interval", "une plage", "d’une plage"),
    "demarche": ("a démarche", "une démarche", "d’une démarche"),
    "demarche_file": ("a démarche file", "un fichier de démarche", "d’un fichier de démarche"),
    "action_event": (
        "an entry of an action’s history", "une entrée de l’histoire d’une action",
        "d’une entrée de l’histoire d’une action",
    ),
    "roles": ("roles", "des rôles", "de rôles"),
    "member": ("a member of the collective", "un membre du collectif", "d’un membre du collectif"),
    "decision": ("a decision", "une décision", "d’une décision"),
}

#: A JSON value's kind as the file validation names it ("got a list").
VALUE_KINDS_FR = {
    "text": "du texte",
    "a number": "un nombre",
    "a list": "une liste",
    "an object": "un objet",
}


def _size(count: object, french: bool) -> str:
    size = int(count) if isinstance(count, int) else 0
    if size >= 100_000:
        text = f"{size / 1_000_000:,.1f}"
        if french:
            text = text.replace(",", "\u202f").replace(".", ",")
        return f"{text} {'Mo' if french else 'MB'}"
    text = f"{size:,}"
    return f"{text.replace(',', chr(0x202F))} octets" if french else f"{text} bytes"


#: A field's name in French, for "titre : ne doit pas être vide". Fields not listed (file
#: paths such as cards[3].impact) are shown as they are.
FIELD_NAMES_FR: dict[str, str] = {
    "organisations": "organisations",
    "runs": "plages",
    "anonymous": "anonyme",
    "action": "action",
    "action_events.id": "identifiant d’une entrée d’histoire",
    "decisions.id": "identifiant d’une décision",
    "members.id": "identifiant d’un membre",
    "organisations.id": "identifiant d’une organisation",
    "collective_role": "rôle dans le collectif",
    "decided_on": "date de la décision",
    "deleted": "suppression",
    "organisation_id": "organisation",
    "collective_roles": "rôles du collectif",
    "decision": "décision",
    "demarche": "démarche",
    "member": "membre",
    "next_meeting_date": "date de la prochaine rencontre",
    "next_meeting_place": "lieu de la prochaine rencontre",
    "note": "note",
    "person_name": "personne",
    "replaced_by": "remplacée par",
    "rhythm": "rythme",
    "status": "statut",
    "author": "auteur",
    "card": "carte",
    "cards": "cartes",
    "categories": "catégories",
    "category": "catégorie",
    "checked": "coché",
    "date": "date",
    "description": "description",
    "device": "appareil",
    "dots": "gommettes",
    "dots_per_person": "gommettes par personne",
    "hidden": "caché",
    "revealed": "révélé",
    "effort": "effort",
    "facilitator_notes": "notes d’animation",
    "file": "fichier",
    "first_step": "premier pas",
    "focal_question": "question centrale",
    "horizon_offset": "décalage d’horizon",
    "horizon_year": "année d’horizon",
    "impact": "impact",
    "indicator": "indicateur",
    "instructions": "consignes",
    "key": "clé",
    "kind": "type",
    "language": "langue",
    "lead_organisation_id": "pilote",
    "links": "liens",
    "means": "moyens",
    "minutes": "minutes",
    "name": "nom",
    "narrative": "récit",
    "nature": "nature",
    "organisation": "organisation",
    "organisers": "organisateurs",
    "participants": "participants",
    "partners": "partenaires",
    "partners.role": "rôle du partenaire",
    "phase": "phase",
    "place": "lieu",
    "planned_minutes": "minutes prévues",
    "quadrant": "quadrant",
    "question": "question",
    "role": "rôle",
    "schema_version": "version du schéma",
    "seconds": "secondes",
    "table": "table",
    "table_label": "table",
    "territory": "territoire",
    "text": "texte",
    "title": "titre",
    "uncertainty": "incertitude",
    "x_driver_id": "facteur de l’axe horizontal",
    "x_high": "pôle haut de l’axe horizontal",
    "x_low": "pôle bas de l’axe horizontal",
    "y_driver_id": "facteur de l’axe vertical",
    "y_high": "pôle haut de l’axe vertical",
    "y_low": "pôle bas de l’axe vertical",
    "workshop": "atelier",
}


#: A merged field as Conflicts and the import's report name it: (English, French), by
#: field, or by "entity.field" where one name means another thing there (a workshop's
#: horizon, an action's year). A reference reads as what it points to ("lead
#: organisation"); its values are shown as names. ``tests/unit/test_conflict_fields.py``:
#: every field a merge can report has one.
CONFLICT_FIELDS: dict[str, tuple[str, str]] = {
    # a row deleted on one side, edited on the other
    "deleted": ("deletion", "suppression"),
    # workshops
    "title": ("title", "titre"),
    "focal_question": ("focal question", "question centrale"),
    "horizon_year": ("year", "année"),
    "workshops.horizon_year": ("horizon", "horizon"),
    "territory": ("territory", "territoire"),
    "date": ("date", "date"),
    "place": ("place", "lieu"),
    "organisers": ("organisers", "organisateurs"),
    "anonymous": ("anonymous", "anonyme"),
    "template_key": ("template", "modèle"),
    "language": ("language", "langue"),
    "created_at": ("creation time", "heure de création"),
    "ended_at": ("end of the workshop", "fin de l’atelier"),
    # organisations, participants
    "name": ("name", "nom"),
    "organisation_id": ("organisation", "organisation"),
    "role": ("role", "rôle"),
    "card_partners.role": ("partner’s role", "rôle du partenaire"),
    "table_label": ("table", "table"),
    # phases
    "position": ("place in the list", "place dans la liste"),
    "phases.position": ("place in the agenda", "place dans le déroulé"),
    "card_partners.position": ("order of the partners", "ordre des partenaires"),
    "card_links.position": ("order of the links", "ordre des liens"),
    "kind": ("kind", "type"),
    "phases.kind": ("kind of phase", "type de phase"),
    "cards.kind": ("kind of card", "type de carte"),
    "instructions": ("instructions", "consignes"),
    "question": ("question", "question"),
    "facilitator_notes": ("facilitator’s notes", "notes d’animation"),
    "planned_minutes": ("planned minutes", "minutes prévues"),
    "categories": ("categories", "catégories"),
    "actual_start": ("actual start", "début réel"),
    "actual_end": ("actual end", "fin réelle"),
    "timer_running_since": ("timer’s start", "départ du minuteur"),
    "timer_elapsed_seconds": ("time elapsed", "temps écoulé"),
    "timer_extra_seconds": ("time added", "temps ajouté"),
    "runs": ("run intervals", "plages"),
    "demarche_focus": ("work on the démarche", "travail sur la démarche"),
    # cards
    "phase_id": ("phase", "phase"),
    "text": ("text", "texte"),
    "author": ("author", "auteur·rice"),
    "device": ("laptop", "ordinateur"),
    "deleted_at": ("deletion", "suppression"),
    "merged_into_id": ("merged into", "fusionnée avec"),
    "category": ("category", "catégorie"),
    "impact": ("impact", "impact"),
    "nature": ("nature", "nature"),
    "uncertainty": ("uncertainty", "incertitude"),
    "narrative": ("narrative", "récit"),
    "quadrant": ("quadrant", "quadrant"),
    "description": ("description", "description"),
    "lead_organisation_id": ("lead organisation", "structure pilote"),
    "first_step": ("first step", "premier pas"),
    "means": ("means", "moyens"),
    "indicator": ("indicator", "indicateur"),
    "effort": ("effort", "effort"),
    "checked": ("ticked", "coché"),
    # vote rounds, votes
    "dots_per_person": ("dots per person", "gommettes par personne"),
    "hidden": ("results hidden", "résultats cachés"),
    "revealed": ("results revealed", "résultats révélés"),
    "round_id": ("round", "tour"),
    "card_id": ("card", "carte"),
    "dots": ("dots", "gommettes"),
    # scenario axes
    "x_driver_id": ("horizontal axis’s driver", "moteur de l’axe horizontal"),
    "y_driver_id": ("vertical axis’s driver", "moteur de l’axe vertical"),
    "x_low": ("horizontal axis’s low pole", "pôle bas de l’axe horizontal"),
    "x_high": ("horizontal axis’s high pole", "pôle haut de l’axe horizontal"),
    "y_low": ("vertical axis’s low pole", "pôle bas de l’axe vertical"),
    "y_high": ("vertical axis’s high pole", "pôle haut de l’axe vertical"),
    # démarches, their members and decisions, an action's history
    "rhythm": ("rhythm", "rythme"),
    "next_meeting_date": ("date of the next meeting", "date de la prochaine rencontre"),
    "next_meeting_place": ("place of the next meeting", "lieu de la prochaine rencontre"),
    "collective_roles": ("roles in the collective", "rôles du collectif"),
    "person_name": ("person", "personne"),
    "collective_role": ("role in the collective", "rôle dans le collectif"),
    "decided_on": ("date of the decision", "date de la décision"),
    "action_id": ("action", "action"),
    "happened_on": ("date", "date"),
    "recorded_at": ("time recorded", "heure d’enregistrement"),
    "status": ("status", "statut"),
    "note": ("note", "note"),
    "replaced_by_id": ("replaced by", "remplacée par"),
    "roles": ("roles", "rôles"),
    "previous_roles": ("previous roles", "rôles précédents"),
    "workshop_id": ("workshop", "atelier"),
}


def conflict_field(entity: str, field: str, language: str) -> str:
    """A merged field of ``entity`` as Conflicts name it in ``language`` ("lead
    organisation", "structure pilote"); a field without a label (none should be) by its
    name, without underscores."""
    words = CONFLICT_FIELDS.get(f"{entity}.{field}") or CONFLICT_FIELDS.get(field)
    if words is None:
        return field_name(field, language).replace("_", " ")
    return words[1] if language == "fr" else words[0]


def is_singular(count: int, language: str) -> bool:
    """Whether ``count`` things take the singular: French says "0 vote", "1 vote";
    English "0 votes", "1 vote". The one place every count's word decides it."""
    return count == 1 or (count == 0 and language == "fr")


def field_name(field: str, language: str) -> str:
    """``field`` as the user reads it in ``language``."""
    if language == "fr":
        return FIELD_NAMES_FR.get(field, field)
    return field


_FRENCH_TYPOGRAPHY = (
    (" :", "\u00a0:"),
    (" ;", "\u202f;"),
    (" ?", "\u202f?"),
    (" !", "\u202f!"),
    ("« ", "«\u202f"),
    (" »", "\u202f»"),
)


def french_typography(template: str) -> str:
    for plain, typographic in _FRENCH_TYPOGRAPHY:
        template = template.replace(plain, typographic)
    return template


class _Formatter(string.Formatter):
    """``{n:s}`` is the plural's "s" after a word counted by ``n`` ("1 conflit",
    "2 conflits": ``conflit{n:s}``), by :func:`is_singular`; in French, ``{n:,}`` groups
    thousands with a narrow no-break space, as French writes them."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language

    def format_field(self, value: object, format_spec: str) -> str:
        if format_spec == "s" and isinstance(value, int):
            return "" if is_singular(value, self.language) else "s"
        text: str = super().format_field(value, format_spec)
        return (text.replace(",", "\u202f") if self.language == "fr" and "," in format_spec
                else text)


#: control characters (a newline, a tab...): shown escaped inside a sentence
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def sentence(key: str, language: str, params: Mapping[str, object]) -> str:
    """The sentence ``key`` in ``language`` (English when the language is not known),
    filled with ``params``. A key that has no sentence (a script's own code) is shown as
    it was given, rather than failing while an error is being reported."""
    if key not in SENTENCES:
        return key.split(".", 1)[-1]
    english, french = SENTENCES[key]
    is_french = language == "fr"
    template = french_typography(french) if is_french else english
    values: dict[str, object] = dict(params)
    formatter = _Formatter("fr" if is_french else "en")
    fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    if "db" in fields:
        values["db"] = _db(params, is_french)
    if "db_lower" in fields:
        values["db_lower"] = _db(params, is_french, lower=True)
    if "why" in fields:
        values["why"] = _why(params, is_french)
    if "cause" in fields:
        cause = params.get("cause")
        words = getattr(cause, "words", None)
        values["cause"] = (words(language) if callable(words) else str(cause)).rstrip(".")
    if "who" in fields:
        values["who"] = HOLDERS.get(str(params.get("holder")), HOLDERS["gui"])[int(is_french)]
    if "what" in params:
        noun = NOUNS.get(str(params["what"]), (str(params["what"]),) * 3)
        values["what"] = noun[1] if is_french else noun[0]
        values["what_a"], values["what_of"] = noun[1], noun[2]
        values["what_bare"] = noun[0].split(" ", 1)[-1]
        # "Il n’y a pas de carte": after a negation French drops the article
        if key == "not_found.row":
            bare = noun[1].split(" ", 1)[-1]
            values["what_of"] = ("d’" if bare[:1] in "aeéiouh" else "de ") + bare
    if is_french and isinstance(params.get("got"), str):
        values["got"] = VALUE_KINDS_FR.get(str(params["got"]), params["got"])
    for name in ("size", "limit"):
        if f"{name}_mb" in fields:
            values[f"{name}_mb"] = _size(params.get(name), is_french)
    # a name the user gave ("backup restore $'\\n'") stays on the sentence's one line
    for name, value in values.items():
        if isinstance(value, str) and _CONTROL.search(value):
            values[name] = _CONTROL.sub(
                lambda m: m.group().encode("unicode_escape").decode("ascii"), value)
    return formatter.vformat(template, (), values)


def word(error: KnownError, language: str) -> str:
    """``error`` as one sentence in ``language`` ('fr' or 'en')."""
    from coopatelier.errors import FieldError, ValidationError

    problem = sentence(error.key, language, error.params)
    if isinstance(error, ValidationError | FieldError):
        field = field_name(error.field, language)
        colon = "\u00a0: " if language == "fr" else ": "
        text = f"{field}{colon}{problem}"
        if isinstance(error, FieldError) and error.file:
            text = f"{error.file}{colon}{text}"
        return text
    return problem
