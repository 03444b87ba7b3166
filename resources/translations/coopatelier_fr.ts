<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="118"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="125"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="129"/>
        <source>An offline companion for foresight workshops: drivers of change, desirable futures, concrete actions and a cooperation roadmap where each partner has a precise role, with a printed synthesis.</source>
        <translation>Un compagnon hors ligne pour les ateliers de prospective&#xa0;: facteurs de changement, futurs souhaitables, actions concrètes et feuille de route de coopération où chaque partenaire a un rôle précis, avec une synthèse imprimée.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="166"/>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="167"/>
        <source>CoopAtelier is free software under the MIT licence.</source>
        <translation>CoopAtelier est un logiciel libre sous licence MIT.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="168"/>
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="170"/>
        <source>Fonts of the PDF synthesis</source>
        <translation>Polices de la synthèse PDF</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="178"/>
        <source>The full licence texts are in the resources/fonts folder of the app.</source>
        <translation>Les textes complets des licences sont dans le dossier resources/fonts de l’application.</translation>
    </message>
</context>
<context>
    <name>ActionButtons</name>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="231"/>
        <source>Change the &amp;status…</source>
        <translation>Changer le &amp;statut…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="232"/>
        <source>Add a &amp;follow-up…</source>
        <translation>Ajouter un &amp;suivi…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="233"/>
        <source>Change the &amp;roles…</source>
        <translation>Changer les &amp;rôles…</translation>
    </message>
</context>
<context>
    <name>ActionStory</name>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="140"/>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="199"/>
        <source>to be found</source>
        <extracomment>one colour per status, on the timeline, its legend, the review list and the room</extracomment>
        <translation>à trouver</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="141"/>
        <source>lead: %1</source>
        <translation>pilote&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="160"/>
        <source>Roles: %1</source>
        <translation>Rôles&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="163"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="186"/>
        <source>From the workshop “%1” of %2</source>
        <translation>Issue de l’atelier «&#xa0;%1&#xa0;» du %2</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="191"/>
        <source>Serves: %1</source>
        <translation>Sert&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="200"/>
        <source>Lead: %1</source>
        <translation>Pilote&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="203"/>
        <source>Partners: %1</source>
        <translation>Partenaires&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="206"/>
        <source>Year: %1</source>
        <translation>Année&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="209"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="216"/>
        <source>Nothing recorded since the workshop.</source>
        <translation>Rien de noté depuis l’atelier.</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="179"/>
        <source>Action</source>
        <extracomment>the default share of each pane, per orientation called after each share (the view&apos;s own adjustments) the chart&apos;s least size under the actions table (its dots shrink to fit): at 360 × 280 the actions phase alone made the window grow wider and taller beside the docks the table&apos;s least width beside the chart, in characters: its title and lead whole-ish the form&apos;s height under the table, in lines of text, when the phase has room for more than the table and chart: its title, description and lead in sight the least height, in lines, of a form under the table that scrolls on its own (title, description and lead); with less room it takes its whole height and the phase scrolls instead — never both (rt7: two nested scroll bars) the phase&apos;s scroll area around this view (the window&apos;s), watched for its height who gets the organisation being added: &quot;lead&quot; or a partner row index</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="180"/>
        <source>Lead</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="182"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="183"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="184"/>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="185"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="194"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="201"/>
        <source>Number of the action on the chart</source>
        <translation>Numéro de l’action sur le graphique</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="217"/>
        <source>Edit action</source>
        <translation>Modifier l’action</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="228"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="229"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="232"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="236"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="241"/>
        <source>Lead organisation</source>
        <translation>Structure pilote</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="242"/>
        <location filename="../../coopatelier/ui/views/actions.py" line="649"/>
        <source>The organisation that leads this action.</source>
        <translation>La structure qui pilote cette action.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="248"/>
        <source>&amp;Lead organisation:</source>
        <translation>Structure &amp;pilote&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="253"/>
        <source>Name of the new organisation</source>
        <translation>Nom de la nouvelle structure</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="255"/>
        <source>Name of the new organisation, then Enter (Escape to cancel)</source>
        <translation>Nom de la nouvelle structure, puis Entrée (Échap pour annuler)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="269"/>
        <source>Partners and roles:</source>
        <translation>Partenaires et rôles&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="276"/>
        <source>Year of the action</source>
        <translation>Année de l’action</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="278"/>
        <source>Not set</source>
        <translation>Non fixée</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="280"/>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="282"/>
        <source>First step</source>
        <translation>Premier pas</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="283"/>
        <source>&amp;First step:</source>
        <translation>Premier &amp;pas&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="285"/>
        <source>Means</source>
        <translation>Moyens</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="286"/>
        <source>&amp;Means:</source>
        <translation>&amp;Moyens&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="287"/>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="288"/>
        <source>I&amp;ndicator:</source>
        <translation>I&amp;ndicateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="291"/>
        <source>Impact, from 1 to 5</source>
        <translation>Impact, de 1 à 5</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="292"/>
        <source>Effort, from 1 to 5</source>
        <translation>Effort, de 1 à 5</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="295"/>
        <source>&amp;Effort:</source>
        <translation>&amp;Effort&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="298"/>
        <source>&amp;Impact:</source>
        <translation>&amp;Impact&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="304"/>
        <source>Futures this action serves</source>
        <translation>Futurs que sert cette action</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="305"/>
        <source>Check the futures this action moves towards.</source>
        <translation>Cochez les futurs vers lesquels cette action avance.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="309"/>
        <source>Futures &amp;served:</source>
        <translation>Futurs &amp;servis&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="559"/>
        <source>Not rated</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="646"/>
        <source>No lead yet</source>
        <translation>Pas encore de pilote</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="646"/>
        <source>Add organisation…</source>
        <translation>Ajouter une structure…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="661"/>
        <source>Capture an action, then select it to fill it in.</source>
        <translation>Saisissez une action, puis sélectionnez-la pour la compléter.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions.py" line="665"/>
        <source>Captured as: {text}</source>
        <translation>Saisie telle quelle&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../coopatelier/ui/app.py" line="211"/>
        <source>Backup restored; the previous file was kept as %1.</source>
        <extracomment>the store is opened this long after a first window shown without it, if that window is never painted (a window manager that never exposes a minimised window) automatic backups while a workshop is open (``backup_if_changed`` is cheap when idle)</extracomment>
        <translation>Sauvegarde restaurée&#x202f;; le fichier précédent a été conservé sous le nom %1.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/app.py" line="219"/>
        <source>The backup could not be restored; the details are in the log file.</source>
        <translation>La sauvegarde n’a pas pu être restaurée&#x202f;; les détails sont dans le fichier journal.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/app.py" line="386"/>
        <source>Something went wrong inside CoopAtelier. Your workshop is saved; the details are in the log file. You can keep working.</source>
        <translation>Un problème est survenu dans CoopAtelier. Votre atelier est enregistré&#x202f;; les détails sont dans le fichier journal. Vous pouvez continuer.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="58"/>
        <source>before an upgrade</source>
        <extracomment>backups never change once written: what they hold is inspected once per file</extracomment>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="60"/>
        <source>on opening</source>
        <translation>à l’ouverture</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="61"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="62"/>
        <source>by hand</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="63"/>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="84"/>
        <source>Backups</source>
        <extracomment>a backup the user confirmed to restore (Path)</extracomment>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="90"/>
        <source>CoopAtelier backs the database up when it opens, every 10 minutes during a workshop and before every upgrade. Restoring a backup first backs up the current file, so a restore can itself be undone.</source>
        <translation>CoopAtelier sauvegarde la base à l’ouverture, toutes les 10 minutes pendant un atelier et avant chaque mise à jour. Restaurer une sauvegarde sauvegarde d’abord le fichier actuel&#xa0;: une restauration peut donc elle-même être annulée.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="105"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="106"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="107"/>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="108"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="109"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="112"/>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="127"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="130"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="133"/>
        <source>Replace the database by the selected backup (the current file is kept)</source>
        <translation>Remplacer la base par la sauvegarde choisie (le fichier actuel est conservé)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="136"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="160"/>
        <source>This database is on a server: back it up there (pg_dump); CoopAtelier backs up SQLite files only.</source>
        <translation>Cette base est sur un serveur&#xa0;: sauvegardez-la sur celui-ci (pg_dump)&#x202f;; CoopAtelier ne sauvegarde que les fichiers SQLite.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="166"/>
        <source>Folder: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="174"/>
        <source>No backup yet.</source>
        <translation>Pas encore de sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="187"/>
        <source>damaged</source>
        <translation>endommagée</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="235"/>
        <source>Backed up just now.</source>
        <translation>Sauvegarde faite à l’instant.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="244"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="246"/>
        <source>Replace the whole database by the backup of %1? Every workshop goes back to that moment; the current file is backed up first, so you can come back to it.</source>
        <translation>Remplacer toute la base par la sauvegarde du %1&#x202f;? Chaque atelier revient à ce moment-là&#x202f;; le fichier actuel est d’abord sauvegardé, vous pourrez donc y revenir.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/backups_dialog.py" line="254"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="157"/>
        <source>The workshop has ended: run a phase again to add cards.</source>
        <extracomment>Qt&apos;s &quot;no maximum&quot; width (QWIDGETSIZE_MAX)</extracomment>
        <translation>L’atelier est terminé&#xa0;: relancez une phase pour ajouter des cartes.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="160"/>
        <source>Ended: run a phase again to add cards.</source>
        <translation>Terminé&#xa0;: relancez une phase pour saisir.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="161"/>
        <source>The workshop has ended.</source>
        <translation>L’atelier est terminé.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="388"/>
        <source>Table</source>
        <extracomment>the widest it gets, however long its value (the card&apos;s text needs the room) a value this long shows whole even when the line is short of room (&quot;Table 12&quot;) the text&apos;s last word (its check mark) changed: the line shares its room again the widest the &quot;→ Group&quot; label gets (the card&apos;s text needs the room) the share of the line the card&apos;s text keeps when the line is short of room: the status, then the group, the author and the table give theirs up first</extracomment>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="389"/>
        <source>Table or sub-group</source>
        <translation>Table ou sous-groupe</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="390"/>
        <source>Table or sub-group given to the next cards (it sticks)</source>
        <translation>Table ou sous-groupe donné aux prochaines cartes (il reste)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="393"/>
        <location filename="../../coopatelier/ui/capture.py" line="394"/>
        <source>Author</source>
        <translation>Auteur·rice</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="395"/>
        <source>Author given to the next cards, if any (it sticks)</source>
        <translation>Auteur·rice donné·e aux prochaines cartes, s’il y a lieu (il reste)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="400"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="401"/>
        <source>Group or category</source>
        <translation>Groupe ou catégorie</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="404"/>
        <source>Group (category) given to the next cards (it sticks). Typing “Group: text” in the card files that one card in an existing group.</source>
        <translation>Groupe (catégorie) donné aux cartes suivantes (il reste). Taper «&#xa0;Groupe&#xa0;: texte&#xa0;» dans la carte range cette carte dans un groupe existant.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="416"/>
        <source>Group of the next card</source>
        <extracomment>where the next card goes, shown before Enter (&quot;→ Précarité&quot;)</extracomment>
        <translation>Groupe de la prochaine carte</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="421"/>
        <source>Type a card and press Enter (Shift+Enter: new line)</source>
        <translation>Tapez une carte puis Entrée (Maj+Entrée&#xa0;: nouvelle ligne)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="422"/>
        <source>Type a card, then Enter</source>
        <translation>Tapez une carte, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="423"/>
        <source>Type a card</source>
        <translation>Tapez une carte</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="425"/>
        <source>New card</source>
        <translation>Nouvelle carte</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="428"/>
        <source>Enter saves the card; Shift+Enter adds a line; pasted lines stay in one card. Ctrl+L comes back here.</source>
        <translation>Entrée enregistre la carte&#x202f;; Maj+Entrée ajoute une ligne&#x202f;; les lignes collées restent dans une seule carte. Ctrl+L revient ici.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="436"/>
        <source>Capture</source>
        <translation>Saisir</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="438"/>
        <source>Save the card (Enter)</source>
        <translation>Enregistrer la carte (Entrée)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="441"/>
        <source>Capture status</source>
        <translation>État de la saisie</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="591"/>
        <source>→ which group?</source>
        <extracomment>why the line takes no card for now, longest first (``set_closed``) the fields a closed line hides to give its reason the room, shown when it opens</extracomment>
        <translation>→ quel groupe&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="593"/>
        <source>Several groups start with what is typed before the colon: %1. Type more of the name.</source>
        <translation>Plusieurs groupes commencent par ce qui est tapé avant les deux-points&#xa0;: %1. Tapez davantage du nom.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="609"/>
        <source>This card goes into the group “%1” (typed before the colon)</source>
        <translation>Cette carte va dans le groupe «&#xa0;%1&#xa0;» (tapé avant les deux-points)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="612"/>
        <source>This card goes into the group “%1”</source>
        <translation>Cette carte va dans le groupe «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CaptureController</name>
    <message>
        <location filename="../../coopatelier/ui/capture_controller.py" line="84"/>
        <source>Saved ✓</source>
        <translation>Enregistré ✓</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <location filename="../../coopatelier/ui/views/card_editing.py" line="594"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>CardGestures</name>
    <message>
        <location filename="../../coopatelier/ui/card_gestures.py" line="420"/>
        <source>Move to &amp;phase</source>
        <extracomment>the last context menu shown (tests trigger its actions)</extracomment>
        <translation>Déplacer vers la &amp;phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/card_gestures.py" line="455"/>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/card_gestures.py" line="458"/>
        <source>Uncategorised</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/card_gestures.py" line="459"/>
        <source>Change category</source>
        <translation>Changer de catégorie</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/card_gestures.py" line="466"/>
        <source>&amp;Nature</source>
        <translation>&amp;Nature</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/card_gestures.py" line="469"/>
        <source>No nature</source>
        <translation>Sans nature</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/card_gestures.py" line="470"/>
        <source>Tag drivers</source>
        <translation>Qualifier les facteurs</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/card_gestures.py" line="474"/>
        <source>&amp;Table</source>
        <translation>&amp;Table</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/card_gestures.py" line="477"/>
        <source>No table</source>
        <translation>Sans table</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/card_gestures.py" line="478"/>
        <source>Change table</source>
        <translation>Changer de table</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/card_gestures.py" line="482"/>
        <source>&amp;Author</source>
        <translation>&amp;Auteur·rice</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/card_gestures.py" line="485"/>
        <source>No author</source>
        <translation>Sans auteur·rice</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/card_gestures.py" line="486"/>
        <source>Change author</source>
        <translation>Changer d’auteur·rice</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/card_gestures.py" line="489"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/card_gestures.py" line="492"/>
        <source>&amp;Merge into the first</source>
        <translation>&amp;Fusionner dans la première</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/card_gestures.py" line="496"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>CardOps</name>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/card_ops.py" line="30"/>
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Supprimer %n carte</numerusform>
            <numerusform>Supprimer %n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/card_ops.py" line="33"/>
        <source>Merge %n card(s)</source>
        <translation>
            <numerusform>Fusionner %n carte</numerusform>
            <numerusform>Fusionner %n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/card_ops.py" line="36"/>
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Déplacer %n carte</numerusform>
            <numerusform>Déplacer %n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/card_ops.py" line="39"/>
        <source>Reorder %n card(s)</source>
        <translation>
            <numerusform>Réordonner %n carte</numerusform>
            <numerusform>Réordonner %n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/card_ops.py" line="43"/>
        <source>Move %n card(s) to “%1”</source>
        <translation>
            <numerusform>Déplacer %n carte vers «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Déplacer %n cartes vers «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/card_ops.py" line="46"/>
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>Dupliquer %n carte</numerusform>
            <numerusform>Dupliquer %n cartes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/card_ops.py" line="71"/>
        <source>Capture “%1”</source>
        <translation>Saisir «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CardWall</name>
    <message>
        <location filename="../../coopatelier/ui/projector/roadmap.py" line="343"/>
        <location filename="../../coopatelier/ui/projector/wall.py" line="243"/>
        <source>%1 (continued)</source>
        <extracomment>smallest card text, as a share of the screen height (the back row of the room) largest card text, as a share of the screen height (a handful of cards) a column is at least this many text heights wide the line caps tried, most text first, when the cards do not fit in full a header&apos;s group key (a category, an organisation&apos;s id): what a focus or a lane names &quot;+N more&quot; of each group with hidden cards: where (under its last shown card), how many the most lines of a card&apos;s title or text (0: no cap); a capped part ends with &quot;…&quot; a paged wall&apos;s pages (the first is ``placed``); one page when everything fits cards cut because each alone is taller than a page the height of an item whose longest word is wider than its column</extracomment>
        <translation>%1 (suite)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/projector/wall.py" line="1110"/>
        <source>+%n more</source>
        <extracomment>past this many cards a paged wall chooses its layout on a sample (``paginate``) how many cards the sample holds for a dim room (the default): light paper on a deep green-black wall for a bright room: white wall, cards outlined by a light grey-green paper the page shown changed (page from 0, number of pages) the page shown (from 0): kept within the pages at each layout a card just captured, outlined for a few seconds counts the changes of ``items`` (what a panel of walls checks before rearranging) the text height the room must be able to read (set from the screen&apos;s height) a card of the page shown: a new layout turns to its page (kind, text, font) of everything the last paint drew: what tests measure</extracomment>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardsView</name>
    <message>
        <location filename="../../coopatelier/ui/views/cards.py" line="152"/>
        <source>Edit card</source>
        <translation>Modifier la carte</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/cards.py" line="301"/>
        <source>No card yet in this phase. Type one in the capture line below and press Enter.</source>
        <extracomment>room between the frame and the tiles, where the frame&apos;s rounded corners are drawn rows just appended after others, and the wall they were appended to</extracomment>
        <translation>Aucune carte pour l’instant dans cette phase. Tapez-en une dans la ligne de saisie ci-dessous, puis Entrée.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/cards.py" line="309"/>
        <source>Cards of this phase</source>
        <translation>Cartes de cette phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/cards.py" line="312"/>
        <source>Double-click or F2 edits a card; Del deletes; Ctrl+M merges duplicates. Drag cards to reorder them or onto a phase of the agenda; Alt+Up/Down moves them, Alt+Shift+PgUp/PgDown to the previous or next phase; right-click for more.</source>
        <translation>Double-clic ou F2 modifie une carte&#xa0;; Suppr la supprime&#xa0;; Ctrl+M fusionne les doublons. Glissez les cartes pour les réordonner ou sur une phase du déroulé&#xa0;; Alt+Haut/Bas les déplace, Alt+Maj+PgPréc/PgSuiv vers la phase précédente ou suivante&#xa0;; clic droit pour le reste.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/cards.py" line="319"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/cards.py" line="321"/>
        <source>Merge the selected duplicate cards into the first one (Ctrl+M)</source>
        <translation>Fusionner les cartes en double sélectionnées dans la première (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/cards.py" line="324"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/cards.py" line="325"/>
        <source>Delete the selected cards (Del)</source>
        <translation>Supprimer les cartes sélectionnées (Suppr)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/views/cards.py" line="329"/>
        <location filename="../../coopatelier/ui/views/cards.py" line="355"/>
        <location filename="../../coopatelier/ui/views/cards.py" line="365"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosingView</name>
    <message>
        <location filename="../../coopatelier/ui/views/closing.py" line="220"/>
        <source>Space ticks, F2 edits, Delete removes, Alt+Up and Alt+Down reorder.</source>
        <translation>Espace coche, F2 modifie, Suppr supprime, Alt+Haut et Alt+Bas réordonnent.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/closing.py" line="232"/>
        <source>Move the item up (Alt+Up)</source>
        <translation>Monter l’élément (Alt+Haut)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/closing.py" line="236"/>
        <source>Move the item down (Alt+Down)</source>
        <translation>Descendre l’élément (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/closing.py" line="240"/>
        <source>Delete the item (Delete)</source>
        <translation>Supprimer l’élément (Suppr)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/closing.py" line="245"/>
        <source>New item in this group</source>
        <translation>Nouvel élément dans ce groupe</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/closing.py" line="248"/>
        <source>Add an item, then Enter</source>
        <translation>Ajoutez un élément, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/closing.py" line="250"/>
        <source>Type a new item of this group, then press Enter to add it.</source>
        <translation>Tapez un nouvel élément de ce groupe, puis appuyez sur Entrée pour l’ajouter.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/closing.py" line="338"/>
        <source>Other items</source>
        <translation>Autres éléments</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/closing.py" line="394"/>
        <source>Tick item</source>
        <translation>Cocher l’élément</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/closing.py" line="394"/>
        <source>Untick item</source>
        <translation>Décocher l’élément</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/closing.py" line="400"/>
        <source>Edit item</source>
        <translation>Modifier l’élément</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/closing.py" line="414"/>
        <source>Add item</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/views/closing.py" line="431"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/closing.py" line="458"/>
        <source>Reorder item</source>
        <translation>Réordonner un élément</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../coopatelier/ui/conflicts_dialog.py" line="44"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/conflicts_dialog.py" line="55"/>
        <source>What</source>
        <extracomment>whose conflicts: a workshop&apos;s, or a démarche&apos;s own rows&apos;</extracomment>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/conflicts_dialog.py" line="55"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/conflicts_dialog.py" line="55"/>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/conflicts_dialog.py" line="56"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/conflicts_dialog.py" line="56"/>
        <source>Set aside</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/conflicts_dialog.py" line="67"/>
        <source>&amp;Take the other value</source>
        <translation>&amp;Prendre l’autre valeur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/conflicts_dialog.py" line="70"/>
        <source>&amp;Keep the later value</source>
        <translation>&amp;Garder la valeur la plus récente</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/conflicts_dialog.py" line="96"/>
        <source>Two laptops changed these fields without seeing each other&apos;s change. The later change was kept; you may take the other value instead.</source>
        <translation>Deux ordinateurs ont modifié ces champs sans voir la modification de l’autre. La plus récente a été gardée&#xa0;; vous pouvez prendre l’autre valeur à la place.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/conflicts_dialog.py" line="98"/>
        <source>%n conflict(s) not settled.</source>
        <translation>
            <numerusform>%n conflit non réglé.</numerusform>
            <numerusform>%n conflits non réglés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/conflicts_dialog.py" line="100"/>
        <source>No conflict: every import merged without one.</source>
        <translation>Aucun conflit&#xa0;: chaque import a fusionné sans conflit.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/conflicts_dialog.py" line="103"/>
        <source>Other value taken</source>
        <translation>Autre valeur prise</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/conflicts_dialog.py" line="103"/>
        <source>Later kept</source>
        <translation>Plus récente gardée</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/conflicts_dialog.py" line="105"/>
        <source>(removed since)</source>
        <translation>(supprimé depuis)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/conflicts_dialog.py" line="137"/>
        <source>Take the other value of %1</source>
        <translation>Prendre l’autre valeur de %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/conflicts_dialog.py" line="144"/>
        <source>Keep the later value of %1</source>
        <translation>Garder la valeur la plus récente de %1</translation>
    </message>
</context>
<context>
    <name>DatabaseProblems</name>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/db_problems.py" line="59"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n atelier</numerusform>
            <numerusform>%n ateliers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/db_problems.py" line="62"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/db_problems.py" line="143"/>
        <source>The newest sound backup dates from %1 and holds %2 and %3. Restoring it keeps a copy of the damaged file.</source>
        <translation>La dernière sauvegarde intacte date du %1 et contient %2 et %3. La restaurer conserve une copie du fichier endommagé.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/db_problems.py" line="153"/>
        <source>There is no sound backup of this file to restore.</source>
        <translation>Il n’existe aucune sauvegarde intacte de ce fichier à restaurer.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/db_problems.py" line="156"/>
        <source>A new file starts empty; the damaged one stays where it is.</source>
        <translation>Un nouveau fichier démarre vide&#x202f;; le fichier endommagé reste où il est.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/db_problems.py" line="165"/>
        <source>&amp;Restore the latest good backup</source>
        <translation>&amp;Restaurer la dernière sauvegarde intacte</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/db_problems.py" line="168"/>
        <source>Start a &amp;new file</source>
        <translation>Commencer un &amp;nouveau fichier</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/db_problems.py" line="169"/>
        <location filename="../../coopatelier/ui/db_problems.py" line="199"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/db_problems.py" line="180"/>
        <source>%1 is already open in another CoopAtelier window (process %2 on %3, since %4).</source>
        <translation>%1 est déjà ouvert dans une autre fenêtre CoopAtelier (processus %2 sur %3, depuis le %4).</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/db_problems.py" line="189"/>
        <source>Use that window to make changes, or open the database here read-only to look at it or export it.</source>
        <translation>Utilisez cette fenêtre pour faire des modifications, ou ouvrez ici la base en lecture seule pour la consulter ou l’exporter.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/db_problems.py" line="198"/>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/db_problems.py" line="300"/>
        <source>Read-only: another CoopAtelier window has this database open; changes are refused here.</source>
        <extracomment>why the store is read-only (&apos;&apos; when it is writable)</extracomment>
        <translation>Lecture seule&#xa0;: une autre fenêtre CoopAtelier a ouvert cette base&#x202f;; les modifications sont refusées ici.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/db_problems.py" line="306"/>
        <source>Read-only: this database is on a read-only medium or folder; copy it to a writable folder to make changes.</source>
        <translation>Lecture seule&#xa0;: cette base est sur un support ou dans un dossier en lecture seule&#x202f;; copiez-la dans un dossier modifiable pour faire des changements.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/db_problems.py" line="341"/>
        <source>The backup folder %1 cannot be found (is its disk or USB key plugged in?); backups go to %2 until it is back.</source>
        <translation>Le dossier de sauvegarde %1 est introuvable (son disque ou sa clé USB est-il branché&#x202f;?)&#x202f;; les sauvegardes vont dans %2 en attendant son retour.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/db_problems.py" line="350"/>
        <source>The automatic backup failed: the disk of the backup folder %1 is full. Your data is intact and open; free some space, the next backup will try again.</source>
        <translation>La sauvegarde automatique a échoué&#x202f;: le disque du dossier de sauvegarde %1 est plein. Vos données sont intactes et ouvertes&#x202f;; libérez de la place, la prochaine sauvegarde réessaiera.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/db_problems.py" line="356"/>
        <source>The automatic backup failed: the backup folder %1 is read-only or write-protected. Your data is intact and open; choose another backup folder in the preferences.</source>
        <translation>La sauvegarde automatique a échoué&#x202f;: le dossier de sauvegarde %1 est en lecture seule ou protégé en écriture. Vos données sont intactes et ouvertes&#x202f;; choisissez un autre dossier de sauvegarde dans les préférences.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/db_problems.py" line="363"/>
        <source>The automatic backup failed: SQLite finds the database damaged, so no backup of it was made. Restore a sound backup (Backups…) or export your workshops.</source>
        <translation>La sauvegarde automatique a échoué&#x202f;: SQLite trouve la base de données endommagée, aucune sauvegarde n’en a donc été faite. Restaurez une sauvegarde saine (Sauvegardes…) ou exportez vos ateliers.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/db_problems.py" line="369"/>
        <source>The automatic backup failed: %1 Your data is intact and open; the next backup will try again.</source>
        <translation>La sauvegarde automatique a échoué&#x202f;: %1 Vos données sont intactes et ouvertes&#x202f;; la prochaine sauvegarde réessaiera.</translation>
    </message>
</context>
<context>
    <name>DemarcheTimeline</name>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="192"/>
        <source>No year yet</source>
        <translation>Pas encore d’année</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="216"/>
        <source>Lead</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="216"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="221"/>
        <source>Lead to be found</source>
        <translation>Pilote à trouver</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="246"/>
        <source>No action on the roadmap yet: attach a workshop whose roadmap has actions.</source>
        <translation>Aucune action sur la feuille de route pour l’instant&#xa0;: rattachez un atelier dont la feuille de route a des actions.</translation>
    </message>
</context>
<context>
    <name>DemarcheWindow</name>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="717"/>
        <source>&amp;Roadmap</source>
        <extracomment>the user asked to open one of its workshops (the app opens it) the import report&apos;s button: a workshop&apos;s Conflicts, in its window (the app opens it) the last import&apos;s report, shown whole where the import was asked</extracomment>
        <translation>&amp;Feuille de route</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="718"/>
        <source>&amp;Governance</source>
        <translation>&amp;Gouvernance</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="719"/>
        <source>&amp;Organisations and people</source>
        <translation>&amp;Structures et personnes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="720"/>
        <source>&amp;Workshops</source>
        <translation>&amp;Ateliers</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="739"/>
        <source>&amp;Démarche</source>
        <translation>&amp;Démarche</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="740"/>
        <source>&amp;Export the roadmap</source>
        <translation>&amp;Exporter la feuille de route</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="744"/>
        <source>&amp;PDF document…</source>
        <translation>Document &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="745"/>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="746"/>
        <source>&amp;CSV, one row per action…</source>
        <translation>&amp;CSV, une ligne par action…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="747"/>
        <source>Démarche &amp;file (JSON)…</source>
        <translation>&amp;Fichier de la démarche (JSON)…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="752"/>
        <source>&amp;Import a démarche file…</source>
        <translation>&amp;Importer un fichier de démarche…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="755"/>
        <source>Merge the file of this démarche exported on another laptop</source>
        <translation>Fusionner le fichier de cette démarche exporté sur un autre ordinateur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="757"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="760"/>
        <source>Details, members and decisions two laptops changed without seeing each other&apos;s change</source>
        <translation>Détails, membres et décisions que deux ordinateurs ont modifiés sans voir la modification de l’autre</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="764"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="767"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="768"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="770"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="786"/>
        <source>%1 — CoopAtelier</source>
        <translation>%1 — CoopAtelier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/demarche_window.py" line="789"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n atelier</numerusform>
            <numerusform>%n ateliers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/demarche_window.py" line="790"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="792"/>
        <source>next meeting: %1</source>
        <translation>prochaine rencontre&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="826"/>
        <source>Select an action on the roadmap to see where it came from and what happened to it since.</source>
        <translation>Choisissez une action sur la feuille de route pour voir d’où elle vient et ce qui lui est arrivé depuis.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="854"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="874"/>
        <source>Add a follow-up</source>
        <translation>Ajouter un suivi</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="893"/>
        <source>Change the roles</source>
        <translation>Changer les rôles</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="907"/>
        <source>Export the roadmap</source>
        <translation>Exporter la feuille de route</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="926"/>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="931"/>
        <source>Import a démarche file</source>
        <translation>Importer un fichier de démarche</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="932"/>
        <source>Démarche files (*.json);;All files (*)</source>
        <translation>Fichiers de démarche (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>DriverTableModel</name>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="466"/>
        <source>Uncategorised</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="492"/>
        <source>Driver</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="493"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="494"/>
        <source>Imp.</source>
        <translation>Imp.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="495"/>
        <source>Unc.</source>
        <translation>Inc.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="496"/>
        <source>Table / author</source>
        <translation>Table / auteur·rice</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="500"/>
        <source>Driver of change</source>
        <translation>Moteur de changement</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="501"/>
        <source>Nature of the driver</source>
        <translation>Nature du moteur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="502"/>
        <source>Impact, 1 to 5</source>
        <translation>Impact, de 1 à 5</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="503"/>
        <source>Uncertainty, 1 to 5</source>
        <translation>Incertitude, de 1 à 5</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="504"/>
        <source>Where the card comes from</source>
        <translation>D’où vient la carte</translation>
    </message>
</context>
<context>
    <name>DriversView</name>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="690"/>
        <source>Edit driver</source>
        <translation>Modifier le moteur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="735"/>
        <source>Search drivers…</source>
        <translation>Rechercher un moteur…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="736"/>
        <source>Search drivers</source>
        <translation>Rechercher un moteur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="745"/>
        <source>Show category</source>
        <translation>Catégorie affichée</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="746"/>
        <source>Show only one category</source>
        <translation>N’afficher qu’une catégorie</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="749"/>
        <source>Show nature</source>
        <translation>Nature affichée</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="750"/>
        <source>Show only one nature of driver</source>
        <translation>N’afficher qu’une nature de moteur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="755"/>
        <source>All natures</source>
        <translation>Toutes les natures</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="778"/>
        <source>Drivers by category</source>
        <translation>Moteurs par catégorie</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="781"/>
        <source>Select drivers and type two digits from 1 to 5: impact, then uncertainty (e.g. 4 then 5). Esc cancels. F2 edits the text; Del deletes; Ctrl+M merges. Drag drivers to another category or onto a phase of the agenda; Alt+Up/Down moves them; right-click for more.</source>
        <translation>Sélectionnez des facteurs et tapez deux chiffres de 1 à 5&#xa0;: impact, puis incertitude (par ex. 4 puis 5). Échap annule. F2 modifie le texte&#xa0;; Suppr supprime&#xa0;; Ctrl+M fusionne. Glissez les facteurs vers une autre catégorie ou sur une phase du déroulé&#xa0;; Alt+Haut/Bas les déplace&#xa0;; clic droit pour le reste.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="801"/>
        <source>Nature of the selected drivers</source>
        <translation>Nature des moteurs sélectionnés</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="802"/>
        <source>Tag the selected drivers with a nature</source>
        <translation>Donner une nature aux moteurs sélectionnés</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="803"/>
        <source>Nature…</source>
        <translation>Nature…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="804"/>
        <source>No nature</source>
        <translation>Sans nature</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="810"/>
        <source>Category of the selected drivers</source>
        <translation>Catégorie des moteurs sélectionnés</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="811"/>
        <source>Move the selected drivers to a category</source>
        <translation>Ranger les moteurs sélectionnés dans une catégorie</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="813"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="815"/>
        <source>Merge the selected duplicate drivers into the first one (Ctrl+M)</source>
        <translation>Fusionner les moteurs en double sélectionnés dans le premier (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="1037"/>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="1044"/>
        <source>Category…</source>
        <translation>Catégorie…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="1045"/>
        <source>Uncategorised</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="1085"/>
        <location filename="../../coopatelier/ui/views/drivers.py" line="1120"/>
        <source>Rate drivers</source>
        <translation>Noter des moteurs</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="1099"/>
        <source>Move driver on the matrix</source>
        <translation>Déplacer un moteur sur la matrice</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="1140"/>
        <source>Tag drivers</source>
        <translation>Qualifier des moteurs</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="1149"/>
        <source>Change category</source>
        <translation>Changer de catégorie</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="1170"/>
        <source>Impact %1 — now type the uncertainty (1–5), or Esc.</source>
        <translation>Impact %1 — tapez maintenant l’incertitude (1–5), ou Échap.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="1176"/>
        <source>Keyboard: select drivers, type impact then uncertainty (1–5).</source>
        <translation>Clavier&#xa0;: sélectionnez des moteurs, tapez l’impact puis l’incertitude (1–5).</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="634"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="636"/>
        <source>Try the same change again</source>
        <translation>Retenter la même modification</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/capture.py" line="639"/>
        <location filename="../../coopatelier/ui/capture.py" line="640"/>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="55"/>
        <source>PDF synthesis (to print and send)</source>
        <extracomment>format key → file suffix, in the order the dialog offers them</extracomment>
        <translation>Synthèse PDF (à imprimer et envoyer)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="56"/>
        <source>Workshop file (JSON, to import on another computer)</source>
        <translation>Fichier d’atelier (JSON, à importer sur un autre ordinateur)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="59"/>
        <source>CSV table of the cards (spreadsheet)</source>
        <translation>Tableau CSV des cartes (tableur)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="60"/>
        <source>Markdown summary (text)</source>
        <translation>Résumé Markdown (texte)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="66"/>
        <source>PDF synthesis (*.pdf)</source>
        <translation>Synthèse PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="67"/>
        <source>Workshop file (*.json)</source>
        <translation>Fichier d’atelier (*.json)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="68"/>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="69"/>
        <source>Markdown summary (*.md)</source>
        <translation>Résumé Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="101"/>
        <location filename="../../coopatelier/ui/export_dialog.py" line="238"/>
        <source>Export the workshop</source>
        <extracomment>the path written</extracomment>
        <translation>Exporter l’atelier</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="118"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="119"/>
        <source>&amp;Anonymised: no participant&apos;s name</source>
        <translation>&amp;Anonymisé&#xa0;: aucun nom de participant</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="122"/>
        <source>Organisations still appear; on by default when the workshop is anonymous</source>
        <translation>Les organisations restent visibles&#x202f;; coché d’office quand l’atelier est anonyme</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="127"/>
        <source>With the &amp;annex: every card by phase</source>
        <translation>Avec l’&amp;annexe&#xa0;: toutes les cartes par phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="138"/>
        <source>&amp;Headings in</source>
        <translation>&amp;Titres en</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="142"/>
        <source>The workshop file holds the whole workshop, names included, to import it into CoopAtelier on another computer.</source>
        <translation>Le fichier d’atelier contient tout l’atelier, noms compris, pour l’importer dans CoopAtelier sur un autre ordinateur.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="157"/>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="158"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="167"/>
        <source>&amp;Open it in the system viewer afterwards</source>
        <translation>&amp;Ouvrir ensuite dans la visionneuse du système</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="182"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="188"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="189"/>
        <source>&amp;File</source>
        <translation>F&amp;ichier</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="193"/>
        <source>Export “%1”</source>
        <translation>Exporter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/export_dialog.py" line="330"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="378"/>
        <source>Add a follow-up</source>
        <translation>Ajouter un suivi</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="391"/>
        <source>&amp;What happened</source>
        <translation>&amp;Ce qui s’est passé</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="392"/>
        <source>&amp;Who says so</source>
        <translation>&amp;Qui le dit</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="393"/>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="399"/>
        <source>Say what happened.</source>
        <translation>Dites ce qui s’est passé.</translation>
    </message>
</context>
<context>
    <name>FuturesView</name>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="105"/>
        <location filename="../../coopatelier/ui/views/futures.py" line="197"/>
        <source>Future</source>
        <extracomment>Where each quadrant sits in the grid (row, column): high y on top, high x on the right.</extracomment>
        <translation>Futur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="107"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="117"/>
        <source>Futures</source>
        <translation>Futurs</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="141"/>
        <source>Edit future</source>
        <translation>Modifier le futur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="144"/>
        <source>Title of the future</source>
        <translation>Titre du futur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="147"/>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="148"/>
        <source>In 2030, …</source>
        <translation>En 2030, …</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="164"/>
        <source>Quadrant of the 2×2</source>
        <translation>Quadrant du 2×2</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="170"/>
        <source>Drivers this future answers</source>
        <translation>Moteurs auxquels répond ce futur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="172"/>
        <source>Check the drivers this future answers; key uncertainties are in bold.</source>
        <translation>Cochez les moteurs auxquels répond ce futur&#x202f;; les incertitudes clés sont en gras.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="186"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="187"/>
        <source>&amp;Narrative:</source>
        <translation>&amp;Récit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="188"/>
        <source>&amp;Quadrant:</source>
        <translation>&amp;Quadrant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="190"/>
        <source>&amp;Drivers answered:</source>
        <translation>&amp;Moteurs pris en compte&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="198"/>
        <source>2×2 scenarios</source>
        <translation>Scénarios 2×2</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="263"/>
        <source>Axes from two key uncertainties</source>
        <translation>Axes tirés de deux incertitudes clés</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="267"/>
        <source>Driver of the horizontal axis</source>
        <translation>Moteur de l’axe horizontal</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="270"/>
        <source>Driver of the vertical axis</source>
        <translation>Moteur de l’axe vertical</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="273"/>
        <source>Low pole of the horizontal axis</source>
        <translation>Pôle bas de l’axe horizontal</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="274"/>
        <source>High pole of the horizontal axis</source>
        <translation>Pôle haut de l’axe horizontal</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="275"/>
        <source>Low pole of the vertical axis</source>
        <translation>Pôle bas de l’axe vertical</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="276"/>
        <source>High pole of the vertical axis</source>
        <translation>Pôle haut de l’axe vertical</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="296"/>
        <source>Horizontal axis:</source>
        <translation>Axe horizontal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="300"/>
        <source>Vertical axis:</source>
        <translation>Axe vertical&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="309"/>
        <source>Save axes</source>
        <translation>Enregistrer les axes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="311"/>
        <location filename="../../coopatelier/ui/views/futures.py" line="646"/>
        <source>Seed four futures</source>
        <translation>Amorcer quatre futurs</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="314"/>
        <source>Create one future per quadrant, named after its two poles.</source>
        <translation>Créer un futur par quadrant, nommé d’après ses deux pôles.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="395"/>
        <source>Key uncertainty: {driver}</source>
        <translation>Incertitude clé&#xa0;: {driver}</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="468"/>
        <source>Capture a future, then select it to write its story.</source>
        <translation>Saisissez un futur, puis sélectionnez-le pour écrire son récit.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="473"/>
        <source>Captured as: {text}</source>
        <translation>Saisie telle quelle&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="496"/>
        <source>No driver</source>
        <translation>Aucun moteur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="499"/>
        <source>{driver} (key uncertainty)</source>
        <translation>{driver} (incertitude clé)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="524"/>
        <source>High horizontal, high vertical</source>
        <translation>Horizontal haut, vertical haut</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="525"/>
        <source>Low horizontal, high vertical</source>
        <translation>Horizontal bas, vertical haut</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="526"/>
        <source>Low horizontal, low vertical</source>
        <translation>Horizontal bas, vertical bas</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="527"/>
        <source>High horizontal, low vertical</source>
        <translation>Horizontal haut, vertical bas</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="535"/>
        <source>No quadrant</source>
        <translation>Aucun quadrant</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="553"/>
        <source>{driver}: high</source>
        <translation>{driver}&#xa0;: haut</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="553"/>
        <source>{driver}: low</source>
        <translation>{driver}&#xa0;: bas</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="557"/>
        <source>High</source>
        <translation>Haut</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="557"/>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/futures.py" line="607"/>
        <source>Set the 2×2 axes</source>
        <translation>Fixer les axes du 2×2</translation>
    </message>
</context>
<context>
    <name>GovernancePanel</name>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="269"/>
        <source>e.g. every two months</source>
        <translation>p. ex. tous les deux mois</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="270"/>
        <source>Date set</source>
        <translation>Date fixée</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="281"/>
        <source>The roles in the collective, separated by commas</source>
        <translation>Les rôles dans le collectif, séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="282"/>
        <source>&amp;Save the collective&apos;s frame</source>
        <translation>&amp;Enregistrer le cadre du collectif</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="291"/>
        <source>R&amp;hythm</source>
        <extracomment>the frame&apos;s values as last shown from the database (what the user edits)</extracomment>
        <translation>R&amp;ythme</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="293"/>
        <source>Next &amp;meeting</source>
        <translation>Prochaine &amp;rencontre</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="297"/>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="298"/>
        <source>Roles in the &amp;collective</source>
        <translation>Rôles dans le &amp;collectif</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="303"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="303"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="312"/>
        <source>A person (optional)</source>
        <translation>Une personne (facultatif)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="315"/>
        <source>&amp;Add member</source>
        <translation>&amp;Ajouter le membre</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="318"/>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="336"/>
        <source>A decision the collective took</source>
        <translation>Une décision prise par le collectif</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="338"/>
        <source>Add &amp;decision</source>
        <translation>Ajouter la &amp;décision</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="341"/>
        <source>Remove decision</source>
        <translation>Retirer la décision</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="351"/>
        <source>Members of the collective</source>
        <translation>Membres du collectif</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="354"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="406"/>
        <source>(no organisation)</source>
        <translation>(aucune structure)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="441"/>
        <source>Change the collective&apos;s frame</source>
        <translation>Changer le cadre du collectif</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="460"/>
        <source>Add a member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="479"/>
        <source>Remove a member</source>
        <translation>Retirer un membre</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="487"/>
        <source>Type the decision first.</source>
        <translation>Écrivez d’abord la décision.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="500"/>
        <source>Add a decision</source>
        <translation>Ajouter une décision</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="516"/>
        <source>Remove a decision</source>
        <translation>Retirer une décision</translation>
    </message>
</context>
<context>
    <name>GuidedTour</name>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="323"/>
        <source>Welcome — CoopAtelier</source>
        <translation>Bienvenue — CoopAtelier</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="332"/>
        <source>&amp;Skip the tour</source>
        <translation>&amp;Passer la visite</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="334"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="335"/>
        <location filename="../../coopatelier/ui/help.py" line="413"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="367"/>
        <source>1. Prepare</source>
        <translation>1. Préparer</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="370"/>
        <source>This demo workshop shows a finished food 2030 workshop: look around, then open Workshops… (Ctrl+Shift+O) to create your own from a template.</source>
        <translation>Cet atelier de démonstration montre un atelier «&#xa0;alimentation 2030&#xa0;» terminé&#xa0;: explorez-le, puis ouvrez Ateliers… (Ctrl+Maj+O) pour créer le vôtre à partir d’un modèle.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="374"/>
        <source>The agenda on the left lists the timed phases; add, edit and reorder them from the Phase menu.</source>
        <translation>Le déroulé, à gauche, liste les phases minutées&#x202f;; ajoutez-les, modifiez-les et réordonnez-les depuis le menu Phase.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="380"/>
        <source>2. Run it in the room</source>
        <translation>2. Animer en salle</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="383"/>
        <source>Plug in the projector and press F5: the room sees the phase, its question, the timer and the cards; you keep the controls.</source>
        <translation>Branchez le vidéoprojecteur et appuyez sur F5&#xa0;: la salle voit la phase, sa question, le minuteur et les cartes&#x202f;; vous gardez les commandes.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="387"/>
        <source>Type what people say in the capture line at the bottom and press Enter: the card is saved at once. Ctrl+Z undoes anything.</source>
        <translation>Tapez ce qui se dit dans la ligne de saisie en bas et appuyez sur Entrée&#xa0;: la carte est aussitôt enregistrée. Ctrl+Z annule tout.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="393"/>
        <source>3. Print the synthesis</source>
        <translation>3. Imprimer la synthèse</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="396"/>
        <source>File → Export… makes the PDF synthesis to print for the partners, or the workshop file that merges a table laptop&apos;s captures.</source>
        <translation>Fichier → Exporter… produit la synthèse PDF à imprimer pour les partenaires, ou le fichier d’atelier qui fusionne les saisies d’un ordinateur de table.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="400"/>
        <source>Help → User guide explains every step; Help → Keyboard shortcuts lists the keys.</source>
        <translation>Aide → Guide d’utilisation explique chaque étape&#x202f;; Aide → Raccourcis clavier liste les touches.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="413"/>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="415"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="229"/>
        <source>Other</source>
        <extracomment>Named keys every keyboard has (F1–F12, arrows, editing keys); Qt&apos;s standard bindings also list keys of rare keyboards (F14, an &quot;Undo&quot; key) that nobody can type.</extracomment>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="450"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="453"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="455"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="457"/>
        <source>Guided &amp;tour</source>
        <translation>&amp;Visite guidée</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="460"/>
        <source>&amp;About %1</source>
        <translation>À &amp;propos de %1</translation>
    </message>
</context>
<context>
    <name>HomeWindow</name>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="410"/>
        <source>Workshops — CoopAtelier</source>
        <extracomment>(workshop id, démarche id or None) dropped the user asked to open a démarche&apos;s window (the app opens it) the user asked for the list of backups (the app owns the store, so it opens it) the import report&apos;s button: a workshop&apos;s (démarche&apos;s) Conflicts, in its window</extracomment>
        <translation>Ateliers — CoopAtelier</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="445"/>
        <source>Recent workshops</source>
        <translation>Ateliers récents</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="454"/>
        <source>Démarches and their workshops</source>
        <translation>Les démarches et leurs ateliers</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="460"/>
        <source>Your workshops</source>
        <translation>Vos ateliers</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="470"/>
        <source>&amp;New…</source>
        <extracomment>the last import&apos;s report, shown whole where the import was asked</extracomment>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="471"/>
        <source>Create a workshop from a template (Ctrl+N)</source>
        <translation>Créer un atelier à partir d’un modèle (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="477"/>
        <location filename="../../coopatelier/ui/home.py" line="699"/>
        <location filename="../../coopatelier/ui/home.py" line="720"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="478"/>
        <source>Open the selected workshop (Enter)</source>
        <translation>Ouvrir l’atelier sélectionné (Entrée)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="484"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="485"/>
        <source>Copy the agenda and participants, without cards (Ctrl+D)</source>
        <translation>Copier le déroulé et les participant·es, sans les cartes (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="491"/>
        <source>De&amp;lete…</source>
        <translation>Supp&amp;rimer…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="492"/>
        <source>Delete the selected workshop (Del)</source>
        <translation>Supprimer l’atelier sélectionné (Suppr)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="498"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="505"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="506"/>
        <source>Export the selected workshop: file, CSV, Markdown or PDF (Ctrl+Shift+E)</source>
        <translation>Exporter l’atelier sélectionné&#xa0;: fichier, CSV, Markdown ou PDF (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="522"/>
        <source>New dé&amp;marche…</source>
        <translation>Nouvelle dé&amp;marche…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="524"/>
        <source>A démarche: a cooperation&apos;s roadmap that groups its workshops and outlives them</source>
        <translation>Une démarche&#xa0;: la feuille de route d’une coopération, qui regroupe ses ateliers et leur survit</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="546"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="547"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/home.py" line="633"/>
        <source>%n action(s) on its roadmap</source>
        <translation>
            <numerusform>%n action sur sa feuille de route</numerusform>
            <numerusform>%n actions sur sa feuille de route</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="642"/>
        <source>Outside any démarche</source>
        <translation>Hors démarche</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="702"/>
        <source>&amp;Open the roadmap</source>
        <translation>&amp;Ouvrir la feuille de route</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="704"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="705"/>
        <source>&amp;New workshop in this démarche…</source>
        <translation>&amp;Nouvel atelier dans cette démarche…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="729"/>
        <source>&amp;Detach from its démarche</source>
        <translation>&amp;Retirer de sa démarche</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="732"/>
        <source>&amp;Attach to a démarche</source>
        <translation>&amp;Rattacher à une démarche</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="765"/>
        <source>“%1” is no longer in a démarche.</source>
        <translation>«&#xa0;%1&#xa0;» n’est plus dans une démarche.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="768"/>
        <source>“%1” is now in “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» est maintenant dans «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="792"/>
        <source>New démarche</source>
        <translation>Nouvelle démarche</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="793"/>
        <source>Title of the démarche (e.g. the cooperation&apos;s roadmap):</source>
        <translation>Titre de la démarche (p. ex. la feuille de route de la coopération)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="794"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="821"/>
        <source>Rename the démarche</source>
        <translation>Renommer la démarche</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="822"/>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="903"/>
        <source>Delete workshop</source>
        <translation>Supprimer l’atelier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/home.py" line="905"/>
        <source>Delete “%1” and its %n card(s)? You can undo it right after.</source>
        <translation>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et sa carte (%n)&#x202f;? Vous pourrez annuler juste après.</numerusform>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et ses %n cartes&#x202f;? Vous pourrez annuler juste après.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="913"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="938"/>
        <source>“%1” was deleted.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="956"/>
        <source>Import a workshop or démarche file</source>
        <translation>Importer un fichier d’atelier ou de démarche</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="958"/>
        <source>Workshop and démarche files (*.json);;All files (*)</source>
        <translation>Fichiers d’atelier et de démarche (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="775"/>
        <location filename="../../coopatelier/ui/home.py" line="941"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="499"/>
        <source>Import a workshop or démarche file (Ctrl+I)</source>
        <translation>Importer un fichier d’atelier ou de démarche (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="780"/>
        <location filename="../../coopatelier/ui/home.py" line="944"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
<context>
    <name>HorizonBox</name>
    <message>
        <location filename="../../coopatelier/ui/workshop_details.py" line="56"/>
        <source>Horizon year</source>
        <extracomment>Content languages offered; a workshop in another one keeps it as a further choice.</extracomment>
        <translation>Année d’horizon</translation>
    </message>
</context>
<context>
    <name>ImpactEffortChart</name>
    <message>
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="427"/>
        <source>Impact × effort chart</source>
        <extracomment>the smallest dot a crowded cell shrinks its dots to (its number still readable)</extracomment>
        <translation>Graphique impact × effort</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="447"/>
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="461"/>
        <source>%n action(s) placed on the chart.</source>
        <extracomment>the quadrants&apos; titles and band, and what they were measured for (``_titles``)</extracomment>
        <translation>
            <numerusform>%n action placée sur le graphique.</numerusform>
            <numerusform>%n actions placées sur le graphique.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="512"/>
        <source>%n action(s) missing impact or effort</source>
        <translation>
            <numerusform>%n action sans impact ou sans effort</numerusform>
            <numerusform>%n actions sans impact ou sans effort</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="523"/>
        <source>Quick wins</source>
        <translation>Gains rapides</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="523"/>
        <source>Major projects</source>
        <translation>Grands projets</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="523"/>
        <source>Fill-ins</source>
        <translation>Actions d’appoint</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="524"/>
        <source>Thankless tasks</source>
        <translation>Tâches ingrates</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="481"/>
        <source>Effort →</source>
        <translation>Effort →</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="732"/>
        <source>Impact →</source>
        <extracomment>the title band&apos;s room above and under its text</extracomment>
        <translation>Impact →</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../coopatelier/ui/messages.py" line="55"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/messages.py" line="64"/>
        <source>the workshop “%1”: Workshop&#xa0;→&#xa0;Conflicts… in its window</source>
        <translation>l’atelier «&#xa0;%1&#xa0;»&#xa0;: Atelier&#xa0;→&#xa0;Conflits… dans sa fenêtre</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/messages.py" line="66"/>
        <source>the démarche “%1”: Démarche&#xa0;→&#xa0;Conflicts… in its window</source>
        <translation>la démarche «&#xa0;%1&#xa0;»&#xa0;: Démarche&#xa0;→&#xa0;Conflits… dans sa fenêtre</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/messages.py" line="72"/>
        <source>Where to settle the conflicts:</source>
        <translation>Où régler les conflits&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/messages.py" line="76"/>
        <source>&amp;Open the conflicts</source>
        <translation>&amp;Ouvrir les conflits</translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="78"/>
        <source>Pillow (used by ReportLab)</source>
        <extracomment>(distribution, what it is, licence) of the libraries the app ships</extracomment>
        <translation>Pillow (utilisé par ReportLab)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="79"/>
        <source>psycopg 3 (team database)</source>
        <translation>psycopg 3 (base d’équipe)</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <location filename="../../coopatelier/ui/projector/view.py" line="110"/>
        <source>none</source>
        <extracomment>how long a card just captured stays outlined on the wall, in ms</extracomment>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/view.py" line="116"/>
        <source>Impact ↑</source>
        <translation>Impact ↑</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/view.py" line="118"/>
        <source>Uncertainty →</source>
        <translation>Incertitude →</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="384"/>
        <source>Impact × uncertainty matrix</source>
        <extracomment>the most a tile widens to use a wide matrix&apos;s room (its label gets more of the text) the width of a column, the height of a row, without a card the size of a tile&apos;s label on screen at the scene&apos;s own size and smaller (the matrix is drawn smaller than its scene on a small screen: a scaled label would be a 7 px smudge); drawn larger (a large screen, few drivers) the label grows with it, up to ``LABEL_MAX_ZOOM`` times (at 1920 × 1080 its 10 px sat in tiles 40 px tall; larger, a long driver no longer read whole in a matrix with room to spare) below this many device pixels of tile height (a tray of hundreds of unrated drivers zooms the matrix far out) labels are not painted at all, which keeps repainting cheap tile shapes and label zooms go by steps of 2^(1/16) (4.4 %): a matrix growing by a row of unrated drivers keeps its tiles&apos; shape and their labels&apos; text most of the time, so that a capture moves one tile, not every one (every label measured again was most of it) the view&apos;s zoom the label is laid out for (set by ``MatrixView``) the card and position last shown (set by ``MatrixView.set_cards``) what the label&apos;s text was fitted for: (text, zoom, width, height) unrated tiles side by side: as many as the grid&apos;s width holds (three at least) (card id, impact, uncertainty), or None ratings when dropped on the &quot;not rated&quot; tray (card ids, impact, uncertainty): drivers dragged from the list onto a cell (ratings None on the tray)</extracomment>
        <translation>Matrice impact × incertitude</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="387"/>
        <source>Drag a driver onto a cell to set its impact (up) and uncertainty (right). Drop it on the tray below to clear its rating.</source>
        <translation>Glissez un moteur sur une case pour fixer son impact (vers le haut) et son incertitude (vers la droite). Déposez-le dans le bac du bas pour effacer sa note.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="459"/>
        <source>Key uncertainties</source>
        <extracomment>the ids of the tiles in each cell and in the tray, in their order the cells&apos; layout, for the cards shown (its tiles widened to the view&apos;s shape)</extracomment>
        <translation>Incertitudes clés</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="485"/>
        <source>Uncertainty →</source>
        <translation>Incertitude →</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="488"/>
        <source>Impact ↑</source>
        <translation>Impact ↑</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/drivers.py" line="492"/>
        <source>Not rated yet: drag onto the matrix</source>
        <translation>Pas encore notés&#xa0;: glissez-les sur la matrice</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="344"/>
        <source>Merge organisations</source>
        <translation>Fusionner des organisations</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="349"/>
        <source>The organisations merged disappear: their participants, the actions they lead and their partner roles go to the one kept.</source>
        <translation>Les organisations fusionnées disparaissent&#xa0;: leurs participants, les actions qu’elles pilotent et leurs rôles de partenaire passent à celle que vous gardez.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="365"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="369"/>
        <source>&amp;Keep:</source>
        <translation>&amp;Garder&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="390"/>
        <source>“%1”</source>
        <translation>«&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="391"/>
        <source>Merged into it: %1</source>
        <translation>Fusionnées avec elle&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Nature</name>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="38"/>
        <source>Heavy trend</source>
        <extracomment>a second, smaller line under an item: a card&apos;s group and provenance</extracomment>
        <translation>Tendance lourde</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="39"/>
        <source>Weak signal</source>
        <translation>Signal faible</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="40"/>
        <source>Seed of change</source>
        <translation>Germe de changement</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="41"/>
        <source>Major uncertainty</source>
        <translation>Incertitude majeure</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="42"/>
        <source>Disruption</source>
        <translation>Rupture</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="103"/>
        <source>New workshop</source>
        <extracomment>a workshop dragged from Home&apos;s list or tree onto a démarche</extracomment>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="125"/>
        <source>Printed on the synthesis&apos;s cover; filled from the template, yours to change</source>
        <translation>Imprimé sur la couverture de la synthèse&#xa0;; repris du modèle, à modifier librement</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="131"/>
        <source>Anonymous: no participant&apos;s name on the projector or in the synthesis</source>
        <translation>Anonyme&#xa0;: aucun nom de participant au vidéoprojecteur ni dans la synthèse</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="142"/>
        <source>Paste from a spreadsheet: name, organisation, role, table — one per line</source>
        <translation>Collez depuis un tableur&#xa0;: nom, organisation, rôle, table — une personne par ligne</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="149"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="153"/>
        <source>Dé&amp;marche</source>
        <translation>Dé&amp;marche</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="154"/>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="156"/>
        <source>T&amp;itle</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="157"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="158"/>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="159"/>
        <source>Te&amp;rritory</source>
        <translation>&amp;Territoire</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="160"/>
        <source>&amp;Horizon</source>
        <translation>&amp;Horizon</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="161"/>
        <source>&amp;Focal question</source>
        <translation>&amp;Question focale</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="162"/>
        <source>P&amp;articipants</source>
        <translation>P&amp;articipant·es</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/home.py" line="168"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="201"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="202"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="203"/>
        <source>Leads</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="204"/>
        <source>Partner of</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="209"/>
        <source>How many participants belong to it</source>
        <translation>Nombre de participants qui en font partie</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="210"/>
        <source>How many actions it leads</source>
        <translation>Nombre d’actions qu’elle pilote</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="211"/>
        <source>How many actions it is a partner of</source>
        <translation>Nombre d’actions dont elle est partenaire</translation>
    </message>
</context>
<context>
    <name>OrganisationsPanel</name>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="553"/>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="559"/>
        <source>Select several organisations typed differently to merge them into the current one: their people, leads, partner roles and members follow.</source>
        <translation>Choisissez plusieurs structures écrites différemment pour les fusionner dans la structure courante&#xa0;: leurs personnes, pilotages, rôles de partenaires et places de membres suivent.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="617"/>
        <source>&amp;Merge into “%1”</source>
        <translation>&amp;Fusionner dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/demarche_window.py" line="645"/>
        <source>Rename an organisation</source>
        <translation>Renommer une structure</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/demarche_window.py" line="654"/>
        <source>Merge %n organisation(s)</source>
        <translation>
            <numerusform>Fusionner %n structure</numerusform>
            <numerusform>Fusionner %n structures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="108"/>
        <source>Name</source>
        <extracomment>(participant id, field, new text)</extracomment>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="108"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="108"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="108"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
</context>
<context>
    <name>PartnersEditor</name>
    <message>
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="133"/>
        <source>Partner organisation</source>
        <extracomment>removes the partner row the focus is in (its ✕ takes no focus from Tab: a Space typed after Tab from a role removed the partner, rt9)</extracomment>
        <translation>Structure partenaire</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="141"/>
        <source>Role of this partner</source>
        <translation>Rôle de ce partenaire</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="144"/>
        <source>Its precise role in this action</source>
        <translation>Son rôle précis dans cette action</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="149"/>
        <source>Remove this partner</source>
        <translation>Retirer ce partenaire</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="152"/>
        <source>Remove this partner (%1)</source>
        <translation>Retirer ce partenaire (%1)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="171"/>
        <source>Also this action&apos;s lead: keep this row only if its role says more</source>
        <translation>Pilote aussi de cette action&#xa0;: ne gardez cette ligne que si son rôle en dit plus</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="215"/>
        <source>No partner yet.</source>
        <translation>Pas encore de partenaire.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="217"/>
        <source>Add a partner</source>
        <translation>Ajouter un partenaire</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="219"/>
        <source>Add a row: an organisation and its role.</source>
        <translation>Ajouter une ligne&#xa0;: une structure et son rôle.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="383"/>
        <source>Choose an organisation</source>
        <translation>Choisir une structure</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="384"/>
        <source>Add organisation…</source>
        <translation>Ajouter une structure…</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="278"/>
        <source>Paste participants</source>
        <translation>Coller des participants</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="282"/>
        <source>One person per line: name, organisation, role, table — separated by tabs (as a spreadsheet copies them) or semicolons. A person already listed is updated, not added twice.</source>
        <translation>Une personne par ligne&#xa0;: nom, organisation, rôle, table — séparés par des tabulations (comme les copie un tableur) ou des points-virgules. Une personne déjà inscrite est mise à jour, pas ajoutée deux fois.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="292"/>
        <source>Awa Diallo	CCAS	director	Table 1</source>
        <translation>Awa Diallo	CCAS	directrice	Table 1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="299"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/people_editor.py" line="325"/>
        <source>%n new participant(s)</source>
        <translation>
            <numerusform>%n nouveau participant</numerusform>
            <numerusform>%n nouveaux participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/people_editor.py" line="327"/>
        <source>%n already listed, updated</source>
        <translation>
            <numerusform>%n déjà inscrit, mis à jour</numerusform>
            <numerusform>%n déjà inscrits, mis à jour</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="328"/>
        <source>Nothing to add yet.</source>
        <translation>Rien à ajouter pour l’instant.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="405"/>
        <source>Participants and organisations</source>
        <translation>Participants et organisations</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="459"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="467"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="470"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="474"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="477"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="478"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="480"/>
        <source>Add this person (a name already listed is updated)</source>
        <translation>Ajouter cette personne (un nom déjà inscrit est mis à jour)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="495"/>
        <source>&amp;Paste from a spreadsheet…</source>
        <translation>&amp;Coller depuis un tableur…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="498"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="535"/>
        <source>Double-click a name to rename it. Two spellings of one organisation? Select them and merge.</source>
        <translation>Double-cliquez sur un nom pour le modifier. Deux graphies pour une même organisation&#x202f;? Sélectionnez-les et fusionnez-les.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="542"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="545"/>
        <source>Remove &amp;unused</source>
        <translation>Retirer si &amp;inutilisée</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="548"/>
        <source>Remove the selected organisation: nobody belongs to it, no action names it</source>
        <translation>Retirer l’organisation choisie&#xa0;: personne n’en fait partie, aucune action ne la cite</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="599"/>
        <source>Participants (%1)</source>
        <translation>Participants (%1)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="602"/>
        <source>Organisations (%1)</source>
        <translation>Organisations (%1)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="645"/>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="651"/>
        <source>%1 was already listed: updated.</source>
        <translation>%1 était déjà inscrit·e&#xa0;: mis à jour.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="653"/>
        <source>%1 added.</source>
        <translation>%1 ajouté·e.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="661"/>
        <source>A participant needs a name.</source>
        <translation>Un participant doit avoir un nom.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="666"/>
        <source>Edit participant</source>
        <translation>Modifier un participant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/people_editor.py" line="677"/>
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Retirer %n participant</numerusform>
            <numerusform>Retirer %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/people_editor.py" line="681"/>
        <source>%n participant(s) removed.</source>
        <translation>
            <numerusform>%n participant retiré.</numerusform>
            <numerusform>%n participants retirés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="696"/>
        <location filename="../../coopatelier/ui/people_editor.py" line="705"/>
        <source>Paste participants</source>
        <translation>Coller des participants</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="721"/>
        <source>“%1” is already an organisation of this workshop: select both and merge.</source>
        <translation>«&#x202f;%1&#x202f;» est déjà une organisation de cet atelier&#xa0;: sélectionnez les deux et fusionnez-les.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="727"/>
        <source>Rename organisation</source>
        <translation>Renommer une organisation</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="752"/>
        <source>Merge organisations</source>
        <translation>Fusionner des organisations</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/people_editor.py" line="761"/>
        <source>%n organisation(s) merged into %1.</source>
        <translation>
            <numerusform>%n organisation fusionnée avec %1.</numerusform>
            <numerusform>%n organisations fusionnées avec %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/people_editor.py" line="770"/>
        <source>Remove organisation</source>
        <translation>Retirer une organisation</translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="50"/>
        <source>Edit phase</source>
        <translation>Modifier la phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="50"/>
        <source>Add a phase</source>
        <translation>Ajouter une phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="57"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="68"/>
        <source>One category per line</source>
        <translation>Une catégorie par ligne</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="71"/>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="72"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="73"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="74"/>
        <source>&amp;Question</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="75"/>
        <source>&amp;Instructions</source>
        <translation>&amp;Consignes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="76"/>
        <source>&amp;Categories</source>
        <translation>Caté&amp;gories</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="80"/>
        <source>As run</source>
        <translation>Déroulé réel</translation>
    </message>
</context>
<context>
    <name>PhaseKind</name>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="28"/>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="29"/>
        <source>Drivers of change</source>
        <translation>Moteurs de changement</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="30"/>
        <source>Desirable futures</source>
        <translation>Futurs souhaitables</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="31"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="32"/>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="33"/>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="34"/>
        <source>Free exercise</source>
        <translation>Exercice libre</translation>
    </message>
</context>
<context>
    <name>PhaseListModel</name>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="175"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="177"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="179"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="180"/>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/models.py" line="189"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/models.py" line="190"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhaseOps</name>
    <message>
        <location filename="../../coopatelier/ui/phase_ops.py" line="112"/>
        <source>Run this phase again?</source>
        <translation>Relancer cette phase&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/phase_ops.py" line="113"/>
        <source>“%1” has already run (%2 min). Running it again adds a new interval to its record; the earlier ones are kept.</source>
        <translation>«&#xa0;%1&#xa0;» a déjà eu lieu (%2 min). La relancer ajoute une nouvelle plage à son déroulé réel&#xa0;; les précédentes sont conservées.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/phase_ops.py" line="122"/>
        <source>Run it again</source>
        <translation>La relancer</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/phase_ops.py" line="193"/>
        <source>Correct the phase&apos;s times</source>
        <translation>Corriger les horaires de la phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/phase_ops.py" line="225"/>
        <source>Add phase</source>
        <translation>Ajouter une phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/phase_ops.py" line="253"/>
        <source>Edit phase</source>
        <translation>Modifier la phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/phase_ops.py" line="283"/>
        <source>Remove phase</source>
        <translation>Retirer une phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/phase_ops.py" line="294"/>
        <source>Move phase</source>
        <translation>Déplacer une phase</translation>
    </message>
</context>
<context>
    <name>PhaseRecordEditor</name>
    <message>
        <location filename="../../coopatelier/ui/phase_record.py" line="84"/>
        <source>Not run yet.</source>
        <translation>Pas encore lancée.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/phase_record.py" line="85"/>
        <source>Add an interval</source>
        <translation>Ajouter une plage</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/phase_record.py" line="88"/>
        <source>This phase is over</source>
        <translation>Cette phase est terminée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/phase_record.py" line="138"/>
        <source>Actual time: %n min</source>
        <translation>
            <numerusform>Durée réelle&#xa0;: %n min</numerusform>
            <numerusform>Durée réelle&#xa0;: %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresentationController</name>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="236"/>
        <source>Presenter console</source>
        <extracomment>presenting started (True) or stopped (False)</extracomment>
        <translation>Console de présentation</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="267"/>
        <source>&amp;Present to the room</source>
        <translation>&amp;Projeter pour la salle</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="271"/>
        <source>&amp;Leave the presentation</source>
        <translation>&amp;Quitter la projection</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="275"/>
        <source>Put the selected card on &amp;stage</source>
        <translation>Mettre la carte choisie en &amp;avant</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="281"/>
        <source>&amp;Room</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="287"/>
        <source>Show the phase&apos;s content</source>
        <translation>Montrer le contenu de la phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="288"/>
        <source>Show the impact × uncertainty matrix</source>
        <translation>Montrer la matrice impact × incertitude</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="289"/>
        <source>Show the roadmap</source>
        <translation>Montrer la feuille de route</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="290"/>
        <source>Show the vote results</source>
        <translation>Montrer les résultats des votes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="291"/>
        <source>Show the &amp;welcome slide</source>
        <translation>Afficher la diapositive d’&amp;accueil</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="304"/>
        <source>&amp;Next page of the wall</source>
        <translation>Page &amp;suivante du mur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="307"/>
        <source>&amp;Previous page of the wall</source>
        <translation>Page &amp;précédente du mur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="310"/>
        <source>Show one &amp;group alone</source>
        <translation>Afficher un &amp;groupe seul</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="315"/>
        <source>&amp;Black screen</source>
        <translation>Écran &amp;noir</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="318"/>
        <source>&amp;White screen</source>
        <translation>Écran &amp;blanc</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="321"/>
        <source>Welcome &amp;text…</source>
        <translation>&amp;Texte d’accueil…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="333"/>
        <source>Projector &amp;screen</source>
        <translation>&amp;Écran du projecteur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="361"/>
        <source>Every group</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="416"/>
        <source>Welcome slide</source>
        <translation>Diapositive d’accueil</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="417"/>
        <source>Shown under the workshop&apos;s title, date and place (Wi-Fi, agenda):</source>
        <translation>Affiché sous le titre, la date et le lieu de l’atelier (Wi-Fi, programme)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PresenterConsole</name>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="91"/>
        <source>What the room sees</source>
        <extracomment>how often the console&apos;s thumbnail of the room follows the projector, in ms width of that thumbnail (and of the console), in pixels</extracomment>
        <translation>Ce que voit la salle</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="96"/>
        <source>Previous page of the wall (Alt+PgUp)</source>
        <translation>Page précédente du mur (Alt+PgUp)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="103"/>
        <source>Next page of the wall (Alt+PgDown)</source>
        <translation>Page suivante du mur (Alt+PgDown)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="106"/>
        <source>One group…</source>
        <translation>Un groupe…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="110"/>
        <source>Black screen</source>
        <translation>Écran noir</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="112"/>
        <source>Black screen for the room (B); any key brings it back</source>
        <translation>Écran noir pour la salle (B)&#xa0;; n’importe quelle touche le rallume</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="120"/>
        <source>A card, then Enter</source>
        <translation>Une carte, puis Entrée</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="124"/>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation>&lt;b&gt;En cours&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="128"/>
        <source>&lt;b&gt;Facilitation notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notes d’animation&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="130"/>
        <source>&lt;b&gt;The room sees&lt;/b&gt;</source>
        <translation>&lt;b&gt;La salle voit&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="153"/>
        <source>Page %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="178"/>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="180"/>
        <source>Next: end of the workshop</source>
        <translation>Ensuite&#xa0;: fin de l’atelier</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/presenter.py" line="183"/>
        <source>No notes for this phase.</source>
        <translation>Pas de notes pour cette phase.</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <location filename="../../coopatelier/ui/projector/content.py" line="88"/>
        <source>Key uncertainties</source>
        <extracomment>one group shown alone: its kind and its key (a category, a table, a quadrant&apos;s value) for the matrix: items per quadrant the card captured last (the wall opens on its page)</extracomment>
        <translation>Incertitudes clés</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/content.py" line="91"/>
        <source>Certain trends</source>
        <translation>Tendances certaines</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/content.py" line="92"/>
        <source>To watch</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/content.py" line="93"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/content.py" line="129"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/content.py" line="153"/>
        <source>First step: </source>
        <translation>Premier pas&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/content.py" line="213"/>
        <source>Uncategorised</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/content.py" line="215"/>
        <source>Other items</source>
        <translation>Autres éléments</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/content.py" line="216"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/content.py" line="264"/>
        <source>The futures will appear here.</source>
        <translation>Les futurs apparaîtront ici.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/content.py" line="270"/>
        <source>The actions will appear here.</source>
        <translation>Les actions apparaîtront ici.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/content.py" line="275"/>
        <source>The cards will appear here as they are captured.</source>
        <translation>Les cartes apparaîtront ici au fil de la saisie.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/content.py" line="301"/>
        <source>No driver rated yet.</source>
        <translation>Aucun moteur noté pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/projector/content.py" line="42"/>
        <source>%n driver(s) not rated yet</source>
        <translation>
            <numerusform>%n moteur pas encore évalué</numerusform>
            <numerusform>%n moteurs pas encore évalués</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/content.py" line="326"/>
        <source>Lead to be found</source>
        <translation>Pilote à trouver</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/content.py" line="345"/>
        <location filename="../../coopatelier/ui/projector/roadmap.py" line="94"/>
        <source>No action on the roadmap yet.</source>
        <translation>Pas encore d’action sur la feuille de route.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/content.py" line="385"/>
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/content.py" line="405"/>
        <source>No vote round yet.</source>
        <translation>Aucun tour de vote pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/content.py" line="408"/>
        <source>The results will appear once revealed.</source>
        <translation>Les résultats apparaîtront une fois dévoilés.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/content.py" line="435"/>
        <source>No dot given yet.</source>
        <translation>Aucune gommette pour l’instant.</translation>
    </message>
</context>
<context>
    <name>Projector2x2</name>
    <message>
        <location filename="../../coopatelier/ui/projector/futures.py" line="68"/>
        <source>%1: high</source>
        <translation>%1&#xa0;: fort</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/futures.py" line="69"/>
        <source>%1: low</source>
        <translation>%1&#xa0;: faible</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/futures.py" line="72"/>
        <source>High</source>
        <translation>Fort</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/futures.py" line="73"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/futures.py" line="150"/>
        <source>Not placed yet: %1</source>
        <extracomment>narrative lines per future (0: its title only) futures shown per quadrant (all of them unless the room is too small)</extracomment>
        <translation>Pas encore placés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/futures.py" line="310"/>
        <source>+%1 more</source>
        <translation>+%1 autres</translation>
    </message>
</context>
<context>
    <name>ProjectorReview</name>
    <message>
        <location filename="../../coopatelier/ui/projector/review.py" line="60"/>
        <source>No action to review: the démarche&apos;s other workshops have none yet.</source>
        <translation>Aucune action à revoir&#xa0;: les autres ateliers de la démarche n’en ont pas encore.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/review.py" line="70"/>
        <source>From “%1” (%2)</source>
        <translation>Issue de «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/review.py" line="76"/>
        <source>Serves: %1</source>
        <translation>Sert&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/review.py" line="83"/>
        <source>Partners: %1</source>
        <translation>Partenaires&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/review.py" line="86"/>
        <source>Lead to be found</source>
        <translation>Pilote à trouver</translation>
    </message>
</context>
<context>
    <name>ProjectorRoadmap</name>
    <message>
        <location filename="../../coopatelier/ui/projector/content.py" line="322"/>
        <location filename="../../coopatelier/ui/projector/review.py" line="42"/>
        <location filename="../../coopatelier/ui/projector/roadmap.py" line="77"/>
        <source>Lead</source>
        <extracomment>a line break the wall keeps (it reads &quot;
&quot; as a space): each entry on its own line</extracomment>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/roadmap.py" line="61"/>
        <source>No year yet</source>
        <extracomment>the colour of its status (a démarche&apos;s roadmap under review), else the lead&apos;s accent how many of the columns are years (the one after them: &quot;No year yet&quot;)</extracomment>
        <translation>Sans année</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/review.py" line="58"/>
        <location filename="../../coopatelier/ui/projector/roadmap.py" line="87"/>
        <source>Lead to be found</source>
        <translation>Pilote à trouver</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/roadmap.py" line="269"/>
        <source>Notes: vacant roles, dependencies</source>
        <extracomment>the page shown changed (page from 0, number of pages)</extracomment>
        <translation>Notes&#xa0;: rôles vacants, dépendances</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <location filename="../../coopatelier/ui/projector/view.py" line="470"/>
        <source>Table: %1</source>
        <extracomment>emitted after the content changed (the presenter&apos;s thumbnail follows it) the wall&apos;s page changed, or its number of pages (page from 0, pages) a change arrived while hidden: refresh when shown (a hidden room&apos;s view is idle) one group shown alone (None: the whole wall) &quot;&quot; (the room sees the wall), &quot;black&quot; or &quot;white&quot; (B / W, as presentation software) the welcome slide&apos;s free text (Wi-Fi, agenda), from the workshop&apos;s settings what the wall showed last (a new one opens on the newest card&apos;s page) turns the pages by themselves when the facilitator asks for it (0: never)</extracomment>
        <translation>Table&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/view.py" line="642"/>
        <source>No phase yet.</source>
        <translation>Pas encore de phase.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/view.py" line="725"/>
        <source>Impact × uncertainty</source>
        <translation>Impact × incertitude</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/view.py" line="727"/>
        <source>Roadmap: each partner&apos;s part</source>
        <translation>Feuille de route&#xa0;: chacun son poste</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/view.py" line="736"/>
        <source>Vote results</source>
        <translation>Résultats des votes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/view.py" line="794"/>
        <source>Running: %1</source>
        <translation>En cours&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/projector/view.py" line="815"/>
        <source>Time left: %1</source>
        <translation>Temps restant&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../coopatelier/ui/projector/view.py" line="997"/>
        <source>Room view — CoopAtelier</source>
        <translation>Vue de la salle — CoopAtelier</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../coopatelier/ui/qt_strings.py" line="14"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/qt_strings.py" line="15"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../coopatelier/ui/views/review.py" line="68"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/review.py" line="68"/>
        <source>Lead</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/review.py" line="68"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/review.py" line="68"/>
        <source>Latest news</source>
        <translation>Dernières nouvelles</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/review.py" line="99"/>
        <source>Show the &amp;roadmap</source>
        <translation>Montrer la &amp;feuille de route</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/review.py" line="101"/>
        <source>No action under review: the room sees the whole roadmap with the statuses</source>
        <translation>Aucune action en revue&#xa0;: la salle voit toute la feuille de route avec les statuts</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/review.py" line="210"/>
        <source>This workshop is in no démarche: attach it to a démarche from Home (right click) and this phase lists the actions of its roadmap.</source>
        <extracomment>a row&apos;s most lines: a long lead&apos;s name or news ran to six lines beside both docks, the table showing one row and a half (all of it in the story and the tooltip)</extracomment>
        <translation>Cet atelier n’est dans aucune démarche&#xa0;: rattachez-le à une démarche depuis l’accueil (clic droit) et cette phase listera les actions de sa feuille de route.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/views/review.py" line="213"/>
        <source>Review of the roadmap “%1”: %n action(s)</source>
        <translation>
            <numerusform>Revue de la feuille de route «&#xa0;%1&#xa0;»&#xa0;: %n action</numerusform>
            <numerusform>Revue de la feuille de route «&#xa0;%1&#xa0;»&#xa0;: %n actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/review.py" line="280"/>
        <source>Select an action: the room sees it whole, with its history. Show the roadmap: the room sees every action with its status.</source>
        <translation>Choisissez une action&#xa0;: la salle la voit en entier, avec son historique. Montrez la feuille de route&#xa0;: la salle voit chaque action avec son statut.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/review.py" line="300"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/review.py" line="318"/>
        <source>Add a follow-up</source>
        <translation>Ajouter un suivi</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/review.py" line="335"/>
        <source>Change the roles</source>
        <translation>Changer les rôles</translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <location filename="../../coopatelier/ui/views/roadmap.py" line="318"/>
        <source>Roadmap</source>
        <extracomment>a year is at least as wide as the longest word of its blocks, up to this width (a longer word, an address, breaks where it must) the blocks&apos; font sizes, the first that lets every year keep its longest word whole the notes go beside the timeline from this width of the view, below it under the height of the organisation&apos;s name above the lane&apos;s blocks (narrow: names above)</extracomment>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/roadmap.py" line="325"/>
        <source>Drag an action to another year or another organisation. From the keyboard: arrows select an action, Alt+arrows move it.</source>
        <translation>Glissez une action vers une autre année ou une autre structure. Au clavier&#xa0;: les flèches sélectionnent une action, Alt+flèches la déplacent.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/roadmap.py" line="335"/>
        <source>Notes: vacant roles, dependencies</source>
        <translation>Notes&#xa0;: rôles vacants, dépendances</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/roadmap.py" line="340"/>
        <source>Notes of the roadmap</source>
        <translation>Notes de la feuille de route</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/roadmap.py" line="417"/>
        <source>No year yet</source>
        <translation>Sans année</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/roadmap.py" line="405"/>
        <location filename="../../coopatelier/ui/views/roadmap.py" line="431"/>
        <location filename="../../coopatelier/ui/views/roadmap.py" line="455"/>
        <source>Lead</source>
        <extracomment>a last column for partners&apos; roles in actions that have no year yet the organisations&apos; names column; 0 when they go above their lanes (narrow) a year with actions is at least this wide: its longest word whole the blocks&apos; texts (a partner&apos;s role in italics), whose longest word sets the years&apos; least width the blocks&apos; font size: smaller where the longest words would not fit otherwise each column&apos;s width: a year with no action is narrow, so that the others are wide the notes listed, as shown (an edit of one updates its line only)</extracomment>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/roadmap.py" line="472"/>
        <source>Unscheduled: actions without a lead organisation or a year (drag them into a lane and a year)</source>
        <translation>Non planifiées&#xa0;: actions sans structure pilote ou sans année (glissez-les dans un couloir et une année)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/roadmap.py" line="659"/>
        <source>{partner}: {role}</source>
        <translation>{partner}&#xa0;: {role}</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/roadmap.py" line="660"/>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/roadmap.py" line="667"/>
        <source>{action}
Led by {lead} in {year}</source>
        <translation>{action}
Pilotée par {lead} en {year}</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/roadmap.py" line="670"/>
        <source>{action}
Led by {lead}, no year yet</source>
        <translation>{action}
Pilotée par {lead}, sans année pour l’instant</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/roadmap.py" line="673"/>
        <source>{action}
In {year}, no lead organisation yet</source>
        <translation>{action}
En {year}, sans structure pilote pour l’instant</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/roadmap.py" line="675"/>
        <source>{action}
No lead organisation and no year yet</source>
        <translation>{action}
Sans structure pilote ni année pour l’instant</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/roadmap.py" line="747"/>
        <source>Move action on the roadmap</source>
        <translation>Déplacer une action sur la feuille de route</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="416"/>
        <source>Change the roles</source>
        <translation>Changer les rôles</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="428"/>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="428"/>
        <source>Part</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="428"/>
        <source>Partner&apos;s role</source>
        <translation>Rôle du partenaire</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="437"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="438"/>
        <source>Lead</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="439"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="460"/>
        <source>&amp;Why</source>
        <translation>&amp;Pourquoi</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="461"/>
        <source>&amp;Who says so</source>
        <translation>&amp;Qui le dit</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="462"/>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="477"/>
        <source>An action has one lead organisation.</source>
        <translation>Une action a une seule structure pilote.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="51"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="58"/>
        <source>Same as the system</source>
        <translation>Celle du système</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="63"/>
        <source>Takes effect when CoopAtelier restarts.</source>
        <translation>Prend effet au prochain démarrage de CoopAtelier.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="71"/>
        <source>e.g. Table 2</source>
        <translation>p. ex. Table 2</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="74"/>
        <source>Interface and capture</source>
        <translation>Interface et saisie</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="77"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="79"/>
        <source>Default &amp;table</source>
        <translation>&amp;Table par défaut</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="80"/>
        <source>Default &amp;author</source>
        <translation>&amp;Auteur par défaut</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="85"/>
        <source>Automatic: another screen</source>
        <translation>Automatique&#xa0;: un autre écran</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="97"/>
        <source>1.0: cards readable from the back of a room</source>
        <translation>1,0&#xa0;: cartes lisibles depuis le fond de la salle</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="100"/>
        <source>Dark (dim rooms)</source>
        <translation>Sombre (salles peu éclairées)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="101"/>
        <source>Light (bright rooms)</source>
        <translation>Clair (salles lumineuses)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="107"/>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="108"/>
        <source>By hand only</source>
        <translation>À la main seulement</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="111"/>
        <source>When the wall has several pages, turn them by themselves this often</source>
        <translation>Quand le mur a plusieurs pages, les tourner d’elles-mêmes à ce rythme</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="113"/>
        <source>Projector</source>
        <translation>Vidéoprojecteur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="116"/>
        <source>&amp;Screen</source>
        <translation>&amp;Écran</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="117"/>
        <source>Text si&amp;ze</source>
        <translation>Taille du te&amp;xte</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="118"/>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="119"/>
        <source>Turn the &amp;pages</source>
        <translation>Tourner les &amp;pages</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="132"/>
        <source>On the database server (its administrator backs it up)</source>
        <translation>Sur le serveur de base de données (son administrateur le sauvegarde)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="136"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="137"/>
        <source>Show the backups in the file manager</source>
        <translation>Afficher les sauvegardes dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="144"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="147"/>
        <source>Keep the backups in another folder, for example on a USB key</source>
        <translation>Garder les sauvegardes dans un autre dossier, par exemple sur une clé USB</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="151"/>
        <source>&amp;Default</source>
        <translation>Par dé&amp;faut</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="154"/>
        <source>Keep the backups in the data directory, beside the database</source>
        <translation>Garder les sauvegardes dans le dossier de données, à côté de la base</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="166"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="168"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="171"/>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="174"/>
        <source>E&amp;very</source>
        <translation>T&amp;outes les</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="178"/>
        <source>A&amp;nonymised: no participant&apos;s name</source>
        <translation>A&amp;nonymisé&#xa0;: aucun nom de participant</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="181"/>
        <source>Anonymous workshops are always exported anonymised</source>
        <translation>Les ateliers anonymes sont toujours exportés anonymisés</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="182"/>
        <source>With the a&amp;nnex: every card by phase</source>
        <translation>Avec l’a&amp;nnexe&#xa0;: toutes les cartes par phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="187"/>
        <source>Same as the interface</source>
        <translation>Celle de l’interface</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="193"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="198"/>
        <source>PDF &amp;headings in</source>
        <translation>&amp;Titres du PDF en</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="237"/>
        <source>Folder for the backups</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="249"/>
        <source>The data directory, beside the database</source>
        <translation>Le dossier de données, à côté de la base</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/settings_dialog.py" line="302"/>
        <source>The new language takes effect when CoopAtelier restarts.</source>
        <translation>La nouvelle langue prendra effet au prochain démarrage de CoopAtelier.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="251"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="255"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="255"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>StartShell</name>
    <message>
        <location filename="../../coopatelier/ui/start.py" line="148"/>
        <source>Opening…</source>
        <extracomment>a key kept for the workshop window: (key, modifiers, text) the frame&apos;s label: centred (Qt::AlignCenter, set as a property: no ``Qt`` enum built) the frame takes the keys (Qt::StrongFocus), so none is lost</extracomment>
        <translation>Ouverture…</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="302"/>
        <source>Change the status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="315"/>
        <source>(choose the action that replaces it)</source>
        <translation>(choisissez l’action qui la remplace)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="327"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="328"/>
        <source>&amp;Replaced by</source>
        <translation>&amp;Remplacée par</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="331"/>
        <source>&amp;Who says so</source>
        <translation>&amp;Qui le dit</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="332"/>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="345"/>
        <source>&amp;Why (required)</source>
        <translation>&amp;Pourquoi (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="346"/>
        <source>&amp;What happened</source>
        <translation>&amp;Ce qui s’est passé</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="360"/>
        <source>Say why the action is dropped.</source>
        <translation>Dites pourquoi l’action est abandonnée.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/action_dialogs.py" line="362"/>
        <source>Choose the action that replaces it.</source>
        <translation>Choisissez l’action qui la remplace.</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="130"/>
        <source>Save the agenda as a template</source>
        <translation>Enregistrer le déroulé comme modèle</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="133"/>
        <source>Lowercase letters, digits and dashes, e.g. my-workshop</source>
        <translation>Minuscules, chiffres et tirets, par ex. mon-atelier</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="136"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="137"/>
        <source>&amp;Key</source>
        <translation>&amp;Clé</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/dialogs.py" line="138"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../../coopatelier/ui/timer.py" line="71"/>
        <source>Time left in this phase</source>
        <translation>Temps restant pour cette phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/timer.py" line="77"/>
        <source>Start the timer</source>
        <translation>Lancer le minuteur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/timer.py" line="79"/>
        <source>Add 5 minutes</source>
        <translation>Ajouter 5 minutes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/timer.py" line="82"/>
        <source>Remove 1 minute</source>
        <translation>Retirer 1 minute</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/timer.py" line="85"/>
        <source>Reset the timer to the planned minutes (stopped)</source>
        <translation>Remettre le minuteur à la durée prévue (arrêté)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/timer.py" line="87"/>
        <location filename="../../coopatelier/ui/timer.py" line="107"/>
        <location filename="../../coopatelier/ui/timer.py" line="195"/>
        <source>Start</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/timer.py" line="88"/>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/timer.py" line="89"/>
        <source>−1 min</source>
        <translation>−1 min</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/timer.py" line="107"/>
        <location filename="../../coopatelier/ui/timer.py" line="191"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/timer.py" line="107"/>
        <location filename="../../coopatelier/ui/timer.py" line="193"/>
        <source>Again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/timer.py" line="130"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/timer.py" line="107"/>
        <location filename="../../coopatelier/ui/timer.py" line="189"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/timer.py" line="189"/>
        <source>Pause the phase and its timer</source>
        <translation>Mettre la phase et son minuteur en pause</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/timer.py" line="191"/>
        <source>Resume the phase and its timer</source>
        <translation>Reprendre la phase et son minuteur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/timer.py" line="193"/>
        <source>Run this phase again (asks first)</source>
        <translation>Relancer cette phase (demande confirmation)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/timer.py" line="195"/>
        <source>Start this phase and its timer</source>
        <translation>Lancer cette phase et son minuteur</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/timer.py" line="206"/>
        <source>%n min planned</source>
        <translation>
            <numerusform>%n min prévue</numerusform>
            <numerusform>%n min prévues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/timer.py" line="213"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/timer.py" line="217"/>
        <source>done in %n min</source>
        <translation>
            <numerusform>terminée en %n min</numerusform>
            <numerusform>terminée en %n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/timer.py" line="219"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/timer.py" line="221"/>
        <source>not started</source>
        <translation>pas commencé</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/timer.py" line="223"/>
        <source>over time</source>
        <translation>dépassement</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="292"/>
        <source>User guide — CoopAtelier</source>
        <translation>Guide d’utilisation — CoopAtelier</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/help.py" line="303"/>
        <source>The user guide is missing from this installation.</source>
        <translation>Le guide d’utilisation manque dans cette installation.</translation>
    </message>
</context>
<context>
    <name>VoteWords</name>
    <message>
        <location filename="../../coopatelier/ui/views/card_editing.py" line="77"/>
        <source>Dots</source>
        <extracomment>dots per card in the round shown the column&apos;s title, naming the round (&quot;Round 2&quot;) the title&apos;s tooltip: what the numbers are per card: its dots in every round that may be shown, for the tooltip</extracomment>
        <translation>Gommettes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/card_editing.py" line="78"/>
        <source>Round %1</source>
        <comment>dots column of a list</comment>
        <translation>Tour %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/card_editing.py" line="83"/>
        <source>Dots given in round %1 (each round is counted apart)</source>
        <translation>Gommettes données au tour %1 (chaque tour est compté à part)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/views/card_editing.py" line="87"/>
        <source>Round %1: %n dot(s)</source>
        <translation>
            <numerusform>Tour %1&#xa0;: %n gommette</numerusform>
            <numerusform>Tour %1&#xa0;: %n gommettes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/views/card_editing.py" line="90"/>
        <source>No voting round shown yet</source>
        <translation>Aucun tour de vote affiché pour l’instant</translation>
    </message>
</context>
<context>
    <name>VotingDock</name>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="845"/>
        <source>Dot voting</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="852"/>
        <source>Dot &amp;voting</source>
        <translation>&amp;Vote par gommettes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="855"/>
        <source>Show or hide the dot-voting panel (Ctrl+Shift+V)</source>
        <translation>Afficher ou masquer le panneau de vote par gommettes (Ctrl+Maj+V)</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="243"/>
        <source>Voting round</source>
        <extracomment>below this many characters across, the card column wraps names on two lines (row, +1 or −1) a digit or a minus typed here: it belongs in the number field each card&apos;s number in the current round (``session.vote_numbers``)</extracomment>
        <translation>Tour de vote</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="244"/>
        <location filename="../../coopatelier/ui/voting.py" line="459"/>
        <source>Each round keeps its own dots</source>
        <translation>Chaque tour garde ses propres gommettes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="253"/>
        <source>Open a round with New round…</source>
        <translation>Ouvrez un tour avec Nouveau tour…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="255"/>
        <source>New round…</source>
        <translation>Nouveau tour…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="257"/>
        <source>Open a new voting round on this phase&apos;s cards</source>
        <translation>Ouvrir un nouveau tour de vote sur les cartes de cette phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="259"/>
        <source>Reveal</source>
        <translation>Révéler</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="267"/>
        <source>e.g. Our favourite futures</source>
        <translation>ex.&#xa0;: nos futurs préférés</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="268"/>
        <source>Round title</source>
        <translation>Titre du tour</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="274"/>
        <location filename="../../coopatelier/ui/voting.py" line="290"/>
        <source>Dots per person</source>
        <translation>Gommettes par personne</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="275"/>
        <source>Hidden until revealed</source>
        <translation>Masqué jusqu’à la révélation</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="278"/>
        <source>Nobody sees the totals, on either screen, until you press Reveal</source>
        <translation>Personne ne voit les totaux, sur aucun des deux écrans, tant que vous ne les révélez pas</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="280"/>
        <source>Open the round</source>
        <translation>Ouvrir le tour</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="284"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="289"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="305"/>
        <source>Cards to vote on</source>
        <translation>Cartes soumises au vote</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="307"/>
        <source>Click a card to give it a dot; Shift-click or right-click takes one back</source>
        <translation>Cliquez sur une carte pour lui donner une gommette&#x202f;; Maj+clic ou clic droit en retire une</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="312"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="320"/>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="312"/>
        <source>No.</source>
        <comment>card number, typed to record a dot</comment>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="316"/>
        <source>The card&apos;s number: type it below and press Enter</source>
        <translation>Le numéro de la carte&#xa0;: tapez-le ci-dessous puis Entrée</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="336"/>
        <source>Numbers of the cards to give a dot to</source>
        <translation>Numéros des cartes qui reçoivent une gommette</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="339"/>
        <source>Type a card&apos;s number then Enter to give it a dot; several numbers (1 3 3) give one dot each; −3 takes one back from card 3</source>
        <translation>Tapez le numéro d’une carte puis Entrée pour lui donner une gommette&#xa0;; plusieurs numéros (1 3 3) en donnent une chacun&#xa0;; −3 en retire une à la carte 3</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="352"/>
        <source>Take back</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="354"/>
        <source>Undo the dots just recorded (Ctrl+Z)</source>
        <translation>Annuler les gommettes qui viennent d’être comptées (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="361"/>
        <source>Last dots recorded</source>
        <extracomment>what the last typed number or click did: which card, its new count; or why not</extracomment>
        <translation>Dernières gommettes comptées</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="516"/>
        <source>· %1 — no dot</source>
        <translation>· %1 — aucune gommette</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/voting.py" line="520"/>
        <source>%1 %2 — %n dot(s)</source>
        <translation>
            <numerusform>%1 %2 — %n gommette</numerusform>
            <numerusform>%1 %2 — %n gommettes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="528"/>
        <source>Ranking, round %1</source>
        <translation>Classement, tour %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="655"/>
        <source>Type numbers to add, or one −number to take back, not both.</source>
        <translation>Tapez des numéros pour ajouter, ou un −numéro pour retirer, pas les deux.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="667"/>
        <source>This phase has no card to vote on: nothing recorded.</source>
        <translation>Cette phase n’a aucune carte à voter&#xa0;: rien n’est compté.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="670"/>
        <source>Card %1 is no longer in this phase; the other cards keep their numbers: nothing recorded.</source>
        <translation>La carte %1 n’est plus dans cette phase&#xa0;; les autres cartes gardent leur numéro&#xa0;: rien n’est enregistré.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="674"/>
        <source>There is no card number %1 (the cards are numbered 1 to %2): nothing recorded.</source>
        <translation>Il n’y a pas de carte numéro %1 (les cartes vont de 1 à %2)&#xa0;: rien n’est compté.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="679"/>
        <source>“%1” is not a card number: nothing recorded.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de carte&#xa0;: rien n’est compté.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/voting.py" line="713"/>
        <source>card %1 “%2”: +%n dot(s)</source>
        <translation>
            <numerusform>carte %1 «&#xa0;%2&#xa0;»&#xa0;: +%n gommette</numerusform>
            <numerusform>carte %1 «&#xa0;%2&#xa0;»&#xa0;: +%n gommettes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="716"/>
        <source>card %1 “%2”: one dot taken back</source>
        <translation>carte %1 «&#xa0;%2&#xa0;»&#xa0;: une gommette retirée</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/voting.py" line="721"/>
        <source>card %1 “%2”: now %n dot(s)</source>
        <translation>
            <numerusform>carte %1 «&#xa0;%2&#xa0;»&#xa0;: %n gommette maintenant</numerusform>
            <numerusform>carte %1 «&#xa0;%2&#xa0;»&#xa0;: %n gommettes maintenant</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="726"/>
        <source>%1 (totals hidden until revealed)</source>
        <translation>%1 (totaux cachés jusqu’à la révélation)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="744"/>
        <source>Dots taken back.</source>
        <translation>Gommettes annulées.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="364"/>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="250"/>
        <source>No round yet</source>
        <translation>Pas encore de tour</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="319"/>
        <source>Dots given to the card</source>
        <translation>Gommettes données à la carte</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="335"/>
        <source>Numbers + Enter: 1 3 3</source>
        <translation>Numéros + Entrée&#xa0;: 1 3 3</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="368"/>
        <source>Cards ranked by dots</source>
        <translation>Cartes classées par nombre de gommettes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="512"/>
        <source>No dot yet in this round.</source>
        <translation>Pas encore de gommette dans ce tour.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="538"/>
        <source>Open a round to record dots on this phase&apos;s cards.</source>
        <translation>Ouvrez un tour pour noter les gommettes sur les cartes de cette phase.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="540"/>
        <source>No cards in this phase yet.</source>
        <translation>Pas encore de carte dans cette phase.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/voting.py" line="543"/>
        <source>%n dot(s) per person</source>
        <translation>
            <numerusform>%n gommette par personne</numerusform>
            <numerusform>%n gommettes par personne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/voting.py" line="544"/>
        <source>%n dot(s) recorded</source>
        <translation>
            <numerusform>%n gommette notée</numerusform>
            <numerusform>%n gommettes notées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="547"/>
        <source>Hidden until revealed: %1 · %2</source>
        <translation>Masqué jusqu’à la révélation&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="555"/>
        <source>Hide the results</source>
        <translation>Masquer les résultats</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="555"/>
        <source>Reveal and rank</source>
        <translation>Révéler et classer</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="558"/>
        <source>Show the totals and the ranking, here and on the projector</source>
        <translation>Afficher les totaux et le classement, ici et au vidéoprojecteur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="560"/>
        <source>Hide the totals again</source>
        <translation>Masquer à nouveau les totaux</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="564"/>
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="568"/>
        <source>%1 (hidden)</source>
        <translation>%1 (masqué)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="610"/>
        <source>Open a voting round</source>
        <translation>Ouvrir un tour de vote</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="624"/>
        <source>Reveal the votes</source>
        <translation>Révéler les votes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="624"/>
        <source>Hide the votes</source>
        <translation>Masquer les votes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="761"/>
        <source>Dot for card %1</source>
        <translation>Gommette pour la carte %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/voting.py" line="781"/>
        <source>%n dot(s) for cards %1</source>
        <translation>
            <numerusform>%n gommette pour les cartes %1</numerusform>
            <numerusform>%n gommettes pour les cartes %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="794"/>
        <source>Card %1 has no dot in this round to take back.</source>
        <translation>La carte %1 n’a aucune gommette à retirer dans ce tour.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/voting.py" line="801"/>
        <source>Take back a dot from card %1</source>
        <translation>Retirer une gommette de la carte %1</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsDialog</name>
    <message>
        <location filename="../../coopatelier/ui/workshop_details.py" line="71"/>
        <source>Workshop details</source>
        <translation>Informations de l’atelier</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_details.py" line="96"/>
        <source>Who invites and runs the workshop</source>
        <translation>Qui invite et anime l’atelier</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_details.py" line="98"/>
        <source>Anonymous: no participant&apos;s name on the projector or in the synthesis</source>
        <translation>Anonyme&#xa0;: aucun nom de participant au vidéoprojecteur ni dans la synthèse</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_details.py" line="105"/>
        <source>The language the workshop&apos;s content is written in</source>
        <translation>La langue dans laquelle le contenu de l’atelier est écrit</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_details.py" line="116"/>
        <source>T&amp;itle</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_details.py" line="117"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_details.py" line="118"/>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_details.py" line="119"/>
        <source>&amp;Territory</source>
        <translation>&amp;Territoire</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_details.py" line="120"/>
        <source>&amp;Horizon</source>
        <translation>&amp;Horizon</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_details.py" line="121"/>
        <source>&amp;Focal question</source>
        <translation>&amp;Question focale</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_details.py" line="122"/>
        <source>&amp;Organisers</source>
        <translation>&amp;Organisateurs</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_details.py" line="123"/>
        <source>&amp;Language</source>
        <translation>La&amp;ngue</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_details.py" line="154"/>
        <source>A workshop needs a title.</source>
        <translation>Un atelier doit avoir un titre.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_details.py" line="157"/>
        <source>Edit workshop details</source>
        <translation>Modifier les informations de l’atelier</translation>
    </message>
</context>
<context>
    <name>WorkshopListModel</name>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="84"/>
        <source>Title</source>
        <extracomment>columns that share the width left by the others</extracomment>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="85"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="86"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="87"/>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="88"/>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="89"/>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="90"/>
        <source>Participants</source>
        <translation>Participant·es</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="91"/>
        <source>Last changed</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/models.py" line="117"/>
        <source>Ended %1</source>
        <translation>Terminé le %1</translation>
    </message>
</context>
<context>
    <name>WorkshopMenu</name>
    <message>
        <location filename="../../coopatelier/ui/workshop_details.py" line="188"/>
        <source>W&amp;orkshop</source>
        <translation>A&amp;telier</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_details.py" line="190"/>
        <source>Workshop &amp;details…</source>
        <translation>&amp;Informations de l’atelier…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_details.py" line="193"/>
        <source>Title, date, place, territory, horizon, focal question, organisers</source>
        <translation>Titre, date, lieu, territoire, horizon, question focale, organisateurs</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_details.py" line="196"/>
        <source>&amp;Participants and organisations…</source>
        <translation>&amp;Participants et organisations…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_details.py" line="199"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_details.py" line="202"/>
        <source>Fields two laptops changed without seeing each other&apos;s change</source>
        <translation>Champs modifiés sur deux ordinateurs sans que l’un voie la modification de l’autre</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="281"/>
        <source>Add a phase after this one</source>
        <translation>Ajouter une phase après celle-ci</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="284"/>
        <source>Remove this phase</source>
        <translation>Retirer cette phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="287"/>
        <source>Move this phase earlier</source>
        <translation>Avancer cette phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="290"/>
        <source>Move this phase later</source>
        <translation>Reculer cette phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="295"/>
        <source>Edit this phase (title, minutes, instructions)</source>
        <translation>Modifier cette phase (titre, minutes, consignes)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="315"/>
        <source>Next phase ▶</source>
        <translation>Phase suivante ▶</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="451"/>
        <location filename="../../coopatelier/ui/workshop_window.py" line="462"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="454"/>
        <location filename="../../coopatelier/ui/workshop_window.py" line="467"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="462"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="467"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="491"/>
        <source>Go to the &amp;capture line</source>
        <translation>Aller à la ligne de &amp;saisie</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="494"/>
        <source>&amp;Merge selected cards</source>
        <translation>&amp;Fusionner les cartes sélectionnées</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="497"/>
        <source>&amp;Delete selected cards</source>
        <translation>&amp;Supprimer les cartes sélectionnées</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="499"/>
        <source>&amp;Add a phase…</source>
        <translation>&amp;Ajouter une phase…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="501"/>
        <source>&amp;Edit this phase…</source>
        <translation>&amp;Modifier cette phase…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="503"/>
        <source>&amp;Remove this phase</source>
        <translation>&amp;Retirer cette phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="505"/>
        <source>Move phase &amp;earlier</source>
        <translation>A&amp;vancer la phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="508"/>
        <source>Move phase &amp;later</source>
        <translation>Re&amp;culer la phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="256"/>
        <source>Agenda: the workshop&apos;s phases</source>
        <extracomment>the user asked for the list of workshops (home) the phase looked at changed (the projector follows it only when not presenting) the room&apos;s screen should show this phase (it started, or the facilitator chose it) the user asked for the list of backups (the app owns the store, so it opens it) the window was painted for the first time (the start opens the store then)</extracomment>
        <translation>Déroulé&#xa0;: les phases de l’atelier</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="259"/>
        <source>Click a phase to look at it; nothing starts until you press Start (Ctrl+PgDown: look at the next one, Ctrl+PgUp: the previous one)</source>
        <translation>Cliquez sur une phase pour la consulter&#xa0;; rien ne démarre tant que vous n’appuyez pas sur Lancer (Ctrl+PgDown&#xa0;: la suivante, Ctrl+PgUp&#xa0;: la précédente)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="308"/>
        <location filename="../../coopatelier/ui/workshop_window.py" line="1100"/>
        <source>Start this phase</source>
        <translation>Lancer cette phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="311"/>
        <source>End phase</source>
        <translation>Terminer la phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="313"/>
        <source>This phase is over (its time is recorded)</source>
        <translation>Cette phase est terminée (sa durée est enregistrée)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="318"/>
        <location filename="../../coopatelier/ui/workshop_window.py" line="779"/>
        <location filename="../../coopatelier/ui/workshop_window.py" line="788"/>
        <location filename="../../coopatelier/ui/workshop_window.py" line="1137"/>
        <source>End the workshop</source>
        <translation>Terminer l’atelier</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="321"/>
        <source>End the phase in progress and mark the workshop as done</source>
        <translation>Terminer la phase en cours et marquer l’atelier comme terminé</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="324"/>
        <source>Show this phase to the room</source>
        <translation>Montrer cette phase à la salle</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="327"/>
        <source>The room&apos;s screen shows the phase you are looking at; nothing starts</source>
        <translation>L’écran de la salle montre la phase que vous consultez&#xa0;; rien ne démarre</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="350"/>
        <source>Agenda</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="472"/>
        <source>&amp;Look at the next phase</source>
        <translation>&amp;Consulter la phase suivante</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="475"/>
        <source>Look at the &amp;previous phase</source>
        <translation>Consulter la phase &amp;précédente</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="477"/>
        <source>&amp;Start this phase</source>
        <translation>&amp;Lancer cette phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="479"/>
        <source>&amp;Next phase ▶ (end this one, start the next)</source>
        <translation>Phase &amp;suivante ▶ (terminer celle-ci, lancer la suivante)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="483"/>
        <source>&amp;End this phase</source>
        <translation>&amp;Terminer cette phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="485"/>
        <source>End the &amp;workshop</source>
        <translation>Terminer l’&amp;atelier</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="488"/>
        <source>Show this phase to the &amp;room</source>
        <translation>Montrer cette phase à la &amp;salle</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="511"/>
        <source>Save agenda as &amp;template…</source>
        <translation>Enregistrer le déroulé comme &amp;modèle…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="514"/>
        <source>&amp;Workshops…</source>
        <translation>&amp;Ateliers…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="517"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="519"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="520"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="523"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="527"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="528"/>
        <source>PDF synthesis, workshop file, CSV or Markdown</source>
        <translation>Synthèse PDF, fichier d’atelier, CSV ou Markdown</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="530"/>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="538"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="545"/>
        <source>&amp;Phase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="577"/>
        <location filename="../../coopatelier/ui/workshop_window.py" line="1044"/>
        <source>%1 — CoopAtelier</source>
        <translation>%1 — CoopAtelier</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="781"/>
        <source>End the workshop now? The phase in progress ends and Home shows the workshop as done; starting a phase again reopens it.</source>
        <translation>Terminer l’atelier maintenant&#xa0;? La phase en cours se termine et l’accueil montre l’atelier comme terminé&#xa0;; relancer une phase le rouvre.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="799"/>
        <source>The workshop is over. Export its synthesis with Ctrl+Shift+E.</source>
        <translation>L’atelier est terminé. Exportez sa synthèse avec Ctrl+Maj+E.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="922"/>
        <source>Template saved: %1</source>
        <translation>Modèle enregistré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/workshop_window.py" line="1074"/>
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="1099"/>
        <source>Run this phase again…</source>
        <translation>Relancer cette phase…</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="1104"/>
        <source>Start this phase now; “%1” ends</source>
        <translation>Lancer cette phase maintenant&#xa0;; «&#xa0;%1&#xa0;» se termine</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="1106"/>
        <source>Start this phase and its timer now</source>
        <translation>Lancer maintenant cette phase et son minuteur</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="1116"/>
        <source>The workshop has ended: start a phase to run it again.</source>
        <translation>L’atelier est terminé&#xa0;: lancez une phase pour le reprendre.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="1119"/>
        <source>This is the last phase of the agenda.</source>
        <translation>C’est la dernière phase du déroulé.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="1122"/>
        <source>End “%1” and start “%2” (Ctrl+Shift+PgDown)</source>
        <translation>Terminer «&#xa0;%1&#xa0;» et lancer «&#xa0;%2&#xa0;» (Ctrl+Maj+PgDown)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="1128"/>
        <source>Start “%1” (Ctrl+Shift+PgDown)</source>
        <translation>Lancer «&#xa0;%1&#xa0;» (Ctrl+Maj+PgDown)</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="1137"/>
        <source>Workshop ended ✓</source>
        <translation>Atelier terminé ✓</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="1153"/>
        <source>Running now: %1. You are only looking at this phase.</source>
        <translation>En cours&#xa0;: %1. Vous consultez seulement cette phase.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="1155"/>
        <source>Paused: %1. You are only looking at this phase.</source>
        <translation>En pause&#xa0;: %1. Vous consultez seulement cette phase.</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/workshop_window.py" line="1157"/>
        <source>Back to it</source>
        <translation>Y revenir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/workshop_window.py" line="1166"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Interval</name>
    <message>
        <location filename="../../coopatelier/ui/phase_record.py" line="43"/>
        <source>still running</source>
        <translation>toujours en cours</translation>
    </message>
    <message>
        <location filename="../../coopatelier/ui/phase_record.py" line="51"/>
        <location filename="../../coopatelier/ui/phase_record.py" line="52"/>
        <source>Remove this interval</source>
        <translation>Supprimer cette plage</translation>
    </message>
</context>
</TS>
