<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>ActionsView</name>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="83" />
            <source>Action</source>
            <extracomment>who gets the organisation being added: "lead" or a partner row index</extracomment>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="84" />
            <source>Lead</source>
            <translation>Pilote</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="86" />
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="87" />
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="88" />
            <source>Effort</source>
            <translation>Effort</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="89" />
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coopatelier/ui/views/actions.py" line="90" />
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n gommette</numerusform>
                <numerusform>%n gommettes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="96" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="103" />
            <source>Number of the action on the chart</source>
            <translation>Numéro de l’action sur le graphique</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="114" />
            <source>Edit action</source>
            <translation>Modifier l’action</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="122" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="123" />
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="126" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="130" />
            <source>&amp;Description:</source>
            <translation>&amp;Description :</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="135" />
            <source>Lead organisation</source>
            <translation>Structure pilote</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="136" />
            <source>The organisation that leads this action.</source>
            <translation>La structure qui pilote cette action.</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="138" />
            <source>&amp;Lead organisation:</source>
            <translation>Structure &amp;pilote :</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="143" />
            <source>Name of the new organisation</source>
            <translation>Nom de la nouvelle structure</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="145" />
            <source>Name of the new organisation, then Enter (Escape to cancel)</source>
            <translation>Nom de la nouvelle structure, puis Entrée (Échap pour annuler)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="158" />
            <source>Partners and roles:</source>
            <translation>Partenaires et rôles :</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="164" />
            <source>Year of the action</source>
            <translation>Année de l’action</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="166" />
            <source>Not set</source>
            <translation>Non fixée</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="168" />
            <source>&amp;Year:</source>
            <translation>&amp;Année :</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="170" />
            <source>First step</source>
            <translation>Premier pas</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="171" />
            <source>&amp;First step:</source>
            <translation>Premier &amp;pas :</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="173" />
            <source>Means</source>
            <translation>Moyens</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="174" />
            <source>&amp;Means:</source>
            <translation>&amp;Moyens :</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="175" />
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="176" />
            <source>I&amp;ndicator:</source>
            <translation>I&amp;ndicateur :</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="179" />
            <source>Impact, from 1 to 5</source>
            <translation>Impact, de 1 à 5</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="180" />
            <source>Effort, from 1 to 5</source>
            <translation>Effort, de 1 à 5</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="183" />
            <source>&amp;Effort:</source>
            <translation>&amp;Effort :</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="186" />
            <source>&amp;Impact:</source>
            <translation>&amp;Impact :</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="192" />
            <source>Futures this action serves</source>
            <translation>Futurs que sert cette action</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="193" />
            <source>Check the futures this action moves towards.</source>
            <translation>Cochez les futurs vers lesquels cette action avance.</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="197" />
            <source>Futures &amp;served:</source>
            <translation>Futurs &amp;servis :</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="238" />
            <source>Not rated</source>
            <translation>Non noté</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="288" />
            <source>No lead yet</source>
            <translation>Pas encore de pilote</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="288" />
            <source>Add organisation…</source>
            <translation>Ajouter une structure…</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="297" />
            <source>Capture an action, then select it to fill it in.</source>
            <translation>Saisissez une action, puis sélectionnez-la pour la compléter.</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions.py" line="301" />
            <source>Captured as: {text}</source>
            <translation>Saisie telle quelle : {text}</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../coopatelier/ui/app.py" line="142" />
            <source>Something went wrong inside CoopAtelier. Your workshop is saved; the details are in the log file. You can keep working.</source>
            <translation>Un problème est survenu dans CoopAtelier. Votre atelier est enregistré ; les détails sont dans le fichier journal. Vous pouvez continuer.</translation>
        </message>
    </context>
    <context>
        <name>CaptureBar</name>
        <message>
            <location filename="../../coopatelier/ui/capture.py" line="92" />
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/capture.py" line="93" />
            <source>Table or sub-group</source>
            <translation>Table ou sous-groupe</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/capture.py" line="94" />
            <source>Table or sub-group given to the next cards (it sticks)</source>
            <translation>Table ou sous-groupe donné aux prochaines cartes (il reste)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/capture.py" line="98" />
            <location filename="../../coopatelier/ui/capture.py" line="99" />
            <source>Author</source>
            <translation>Auteur·e</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/capture.py" line="100" />
            <source>Author given to the next cards, if any (it sticks)</source>
            <translation>Auteur·e donné·e aux prochaines cartes, s’il y a lieu (il reste)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/capture.py" line="103" />
            <source>Type a card and press Enter (Shift+Enter: new line)</source>
            <translation>Tapez une carte puis Entrée (Maj+Entrée : nouvelle ligne)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/capture.py" line="104" />
            <source>New card</source>
            <translation>Nouvelle carte</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/capture.py" line="107" />
            <source>Enter saves the card; Shift+Enter adds a line; pasted lines stay in one card. Ctrl+L comes back here.</source>
            <translation>Entrée enregistre la carte ; Maj+Entrée ajoute une ligne ; les lignes collées restent dans une seule carte. Ctrl+L revient ici.</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/capture.py" line="111" />
            <source>Capture</source>
            <translation>Saisir</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/capture.py" line="113" />
            <source>Save the card (Enter)</source>
            <translation>Enregistrer la carte (Entrée)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/capture.py" line="116" />
            <source>Capture status</source>
            <translation>État de la saisie</translation>
        </message>
    </context>
    <context>
        <name>CardForm</name>
        <message>
            <location filename="../../coopatelier/ui/views/card_editing.py" line="420" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>CardOps</name>
        <message>
            <location filename="../../coopatelier/ui/card_ops.py" line="40" />
            <source>Capture “%1”</source>
            <translation>Saisir « %1 »</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coopatelier/ui/card_ops.py" line="88" />
            <source>Delete %n card(s)</source>
            <translation>
                <numerusform>Supprimer %n carte</numerusform>
                <numerusform>Supprimer %n cartes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coopatelier/ui/card_ops.py" line="103" />
            <source>Merge %n card(s)</source>
            <translation>
                <numerusform>Fusionner %n carte</numerusform>
                <numerusform>Fusionner %n cartes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CardsView</name>
        <message>
            <location filename="../../coopatelier/ui/views/cards.py" line="70" />
            <source>Edit card</source>
            <translation>Modifier la carte</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/cards.py" line="95" />
            <source>Cards of this phase</source>
            <translation>Cartes de cette phase</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/cards.py" line="97" />
            <source>Double-click or F2 edits a card; Del deletes; Ctrl+M merges duplicates.</source>
            <translation>Double-clic ou F2 modifie une carte ; Suppr la supprime ; Ctrl+M fusionne les doublons.</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/cards.py" line="100" />
            <source>&amp;Merge</source>
            <translation>&amp;Fusionner</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/cards.py" line="102" />
            <source>Merge the selected duplicate cards into the first one (Ctrl+M)</source>
            <translation>Fusionner les cartes en double sélectionnées dans la première (Ctrl+M)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/cards.py" line="105" />
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/cards.py" line="106" />
            <source>Delete the selected cards (Del)</source>
            <translation>Supprimer les cartes sélectionnées (Suppr)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coopatelier/ui/views/cards.py" line="137" />
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
            <location filename="../../coopatelier/ui/views/closing.py" line="219" />
            <source>Other items</source>
            <translation>Autres éléments</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/closing.py" line="233" />
            <source>Tick item</source>
            <translation>Cocher l’élément</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/closing.py" line="233" />
            <source>Untick item</source>
            <translation>Décocher l’élément</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/closing.py" line="239" />
            <source>Edit item</source>
            <translation>Modifier l’élément</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/closing.py" line="253" />
            <source>Add item</source>
            <translation>Ajouter un élément</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coopatelier/ui/views/closing.py" line="269" />
            <source>Delete %n item(s)</source>
            <translation>
                <numerusform>Supprimer %n élément</numerusform>
                <numerusform>Supprimer %n éléments</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/closing.py" line="296" />
            <source>Reorder item</source>
            <translation>Réordonner un élément</translation>
        </message>
    </context>
    <context>
        <name>DriverTableModel</name>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="331" />
            <source>Uncategorised</source>
            <translation>Sans catégorie</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="357" />
            <source>Driver</source>
            <translation>Moteur</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="358" />
            <source>Nature</source>
            <translation>Nature</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="359" />
            <source>Imp.</source>
            <translation>Imp.</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="360" />
            <source>Unc.</source>
            <translation>Inc.</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="361" />
            <source>Table / author</source>
            <translation>Table / auteur·e</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="365" />
            <source>Driver of change</source>
            <translation>Moteur de changement</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="366" />
            <source>Nature of the driver</source>
            <translation>Nature du moteur</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="367" />
            <source>Impact, 1 to 5</source>
            <translation>Impact, de 1 à 5</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="368" />
            <source>Uncertainty, 1 to 5</source>
            <translation>Incertitude, de 1 à 5</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="369" />
            <source>Where the card comes from</source>
            <translation>D’où vient la carte</translation>
        </message>
    </context>
    <context>
        <name>DriversView</name>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="310" />
            <source>Edit driver</source>
            <translation>Modifier le moteur</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="328" />
            <source>Search drivers…</source>
            <translation>Rechercher un moteur…</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="329" />
            <source>Search drivers</source>
            <translation>Rechercher un moteur</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="337" />
            <source>Show category</source>
            <translation>Catégorie affichée</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="338" />
            <source>Show only one category</source>
            <translation>N’afficher qu’une catégorie</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="341" />
            <source>Show nature</source>
            <translation>Nature affichée</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="342" />
            <source>Show only one nature of driver</source>
            <translation>N’afficher qu’une nature de moteur</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="343" />
            <source>All natures</source>
            <translation>Toutes les natures</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="365" />
            <source>Drivers by category</source>
            <translation>Moteurs par catégorie</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="368" />
            <source>Select drivers and type two digits from 1 to 5: impact, then uncertainty (e.g. 4 then 5). Esc cancels. F2 edits the text; Del deletes; Ctrl+M merges.</source>
            <translation>Sélectionnez des moteurs et tapez deux chiffres de 1 à 5 : l’impact, puis l’incertitude (par ex. 4 puis 5). Échap annule. F2 modifie le texte ; Suppr supprime ; Ctrl+M fusionne.</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="387" />
            <source>Nature of the selected drivers</source>
            <translation>Nature des moteurs sélectionnés</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="388" />
            <source>Tag the selected drivers with a nature</source>
            <translation>Donner une nature aux moteurs sélectionnés</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="389" />
            <source>Nature…</source>
            <translation>Nature…</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="390" />
            <source>No nature</source>
            <translation>Sans nature</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="396" />
            <source>Category of the selected drivers</source>
            <translation>Catégorie des moteurs sélectionnés</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="397" />
            <source>Move the selected drivers to a category</source>
            <translation>Ranger les moteurs sélectionnés dans une catégorie</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="399" />
            <source>&amp;Merge</source>
            <translation>&amp;Fusionner</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="401" />
            <source>Merge the selected duplicate drivers into the first one (Ctrl+M)</source>
            <translation>Fusionner les moteurs en double sélectionnés dans le premier (Ctrl+M)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="509" />
            <source>All categories</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="516" />
            <source>Category…</source>
            <translation>Catégorie…</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="517" />
            <source>Uncategorised</source>
            <translation>Sans catégorie</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="557" />
            <source>Rate drivers</source>
            <translation>Noter des moteurs</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="571" />
            <source>Move driver on the matrix</source>
            <translation>Déplacer un moteur sur la matrice</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="595" />
            <source>Tag drivers</source>
            <translation>Qualifier des moteurs</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="604" />
            <source>Change category</source>
            <translation>Changer de catégorie</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="625" />
            <source>Impact %1 — now type the uncertainty (1–5), or Esc.</source>
            <translation>Impact %1 — tapez maintenant l’incertitude (1–5), ou Échap.</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="631" />
            <source>Keyboard: select drivers, type impact then uncertainty (1–5).</source>
            <translation>Clavier : sélectionnez des moteurs, tapez l’impact puis l’incertitude (1–5).</translation>
        </message>
    </context>
    <context>
        <name>ErrorBanner</name>
        <message>
            <location filename="../../coopatelier/ui/capture.py" line="141" />
            <source>&amp;Retry</source>
            <translation>&amp;Réessayer</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/capture.py" line="143" />
            <source>Try the same change again</source>
            <translation>Retenter la même modification</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/capture.py" line="146" />
            <location filename="../../coopatelier/ui/capture.py" line="147" />
            <source>Dismiss the message</source>
            <translation>Fermer le message</translation>
        </message>
    </context>
    <context>
        <name>FuturesView</name>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="85" />
            <location filename="../../coopatelier/ui/views/futures.py" line="158" />
            <source>Future</source>
            <extracomment>Quadrants of the 2×2: first sign for the horizontal axis, second for the vertical one. Where each quadrant sits in the grid (row, column): high y on top, high x on the right.</extracomment>
            <translation>Futur</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="87" />
            <source>Votes</source>
            <translation>Votes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coopatelier/ui/views/futures.py" line="90" />
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n gommette</numerusform>
                <numerusform>%n gommettes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="97" />
            <source>Futures</source>
            <translation>Futurs</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="112" />
            <source>Edit future</source>
            <translation>Modifier le futur</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="115" />
            <source>Title of the future</source>
            <translation>Titre du futur</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="118" />
            <source>Narrative</source>
            <translation>Récit</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="119" />
            <source>In 2030, …</source>
            <translation>En 2030, …</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="126" />
            <source>Quadrant of the 2×2</source>
            <translation>Quadrant du 2×2</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="132" />
            <source>Drivers this future answers</source>
            <translation>Moteurs auxquels répond ce futur</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="134" />
            <source>Check the drivers this future answers; key uncertainties are in bold.</source>
            <translation>Cochez les moteurs auxquels répond ce futur ; les incertitudes clés sont en gras.</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="147" />
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="148" />
            <source>&amp;Narrative:</source>
            <translation>&amp;Récit :</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="149" />
            <source>&amp;Quadrant:</source>
            <translation>&amp;Quadrant :</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="151" />
            <source>&amp;Drivers answered:</source>
            <translation>&amp;Moteurs pris en compte :</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="159" />
            <source>2×2 scenarios</source>
            <translation>Scénarios 2×2</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="182" />
            <source>Axes from two key uncertainties</source>
            <translation>Axes tirés de deux incertitudes clés</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="185" />
            <source>Driver of the horizontal axis</source>
            <translation>Moteur de l’axe horizontal</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="188" />
            <source>Driver of the vertical axis</source>
            <translation>Moteur de l’axe vertical</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="191" />
            <source>Low pole of the horizontal axis</source>
            <translation>Pôle bas de l’axe horizontal</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="192" />
            <source>High pole of the horizontal axis</source>
            <translation>Pôle haut de l’axe horizontal</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="193" />
            <source>Low pole of the vertical axis</source>
            <translation>Pôle bas de l’axe vertical</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="194" />
            <source>High pole of the vertical axis</source>
            <translation>Pôle haut de l’axe vertical</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="203" />
            <source>Horizontal axis:</source>
            <translation>Axe horizontal :</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="207" />
            <source>Vertical axis:</source>
            <translation>Axe vertical :</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="213" />
            <source>Save axes</source>
            <translation>Enregistrer les axes</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="215" />
            <location filename="../../coopatelier/ui/views/futures.py" line="498" />
            <source>Seed four futures</source>
            <translation>Amorcer quatre futurs</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="218" />
            <source>Create one future per quadrant, named after its two poles.</source>
            <translation>Créer un futur par quadrant, nommé d’après ses deux pôles.</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="285" />
            <source>Key uncertainty: {driver}</source>
            <translation>Incertitude clé : {driver}</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="323" />
            <source>Capture a future, then select it to write its story.</source>
            <translation>Saisissez un futur, puis sélectionnez-le pour écrire son récit.</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="328" />
            <source>Captured as: {text}</source>
            <translation>Saisie telle quelle : {text}</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="350" />
            <source>No driver</source>
            <translation>Aucun moteur</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="353" />
            <source>{driver} (key uncertainty)</source>
            <translation>{driver} (incertitude clé)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="376" />
            <source>High horizontal, high vertical</source>
            <translation>Horizontal haut, vertical haut</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="377" />
            <source>Low horizontal, high vertical</source>
            <translation>Horizontal bas, vertical haut</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="378" />
            <source>Low horizontal, low vertical</source>
            <translation>Horizontal bas, vertical bas</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="379" />
            <source>High horizontal, low vertical</source>
            <translation>Horizontal haut, vertical bas</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="387" />
            <source>No quadrant</source>
            <translation>Aucun quadrant</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="405" />
            <source>{driver}: high</source>
            <translation>{driver} : haut</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="405" />
            <source>{driver}: low</source>
            <translation>{driver} : bas</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="409" />
            <source>High</source>
            <translation>Haut</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="409" />
            <source>Low</source>
            <translation>Bas</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/futures.py" line="459" />
            <source>Set the 2×2 axes</source>
            <translation>Fixer les axes du 2×2</translation>
        </message>
    </context>
    <context>
        <name>HomeWindow</name>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="144" />
            <source>Workshops — CoopAtelier</source>
            <translation>Ateliers — CoopAtelier</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="159" />
            <source>Recent workshops</source>
            <translation>Ateliers récents</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="163" />
            <source>Your workshops</source>
            <translation>Vos ateliers</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="171" />
            <source>&amp;New…</source>
            <translation>&amp;Nouveau…</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="172" />
            <source>Create a workshop from a template (Ctrl+N)</source>
            <translation>Créer un atelier à partir d’un modèle (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="178" />
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="179" />
            <source>Open the selected workshop (Enter)</source>
            <translation>Ouvrir l’atelier sélectionné (Entrée)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="185" />
            <source>D&amp;uplicate</source>
            <translation>D&amp;upliquer</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="186" />
            <source>Copy the déroulé and participants, without cards (Ctrl+D)</source>
            <translation>Copier le déroulé et les participant·es, sans les cartes (Ctrl+D)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="192" />
            <source>De&amp;lete…</source>
            <translation>Supp&amp;rimer…</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="193" />
            <source>Delete the selected workshop (Del)</source>
            <translation>Supprimer l’atelier sélectionné (Suppr)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="199" />
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="200" />
            <source>Import a workshop file (Ctrl+I)</source>
            <translation>Importer un fichier d’atelier (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="206" />
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="207" />
            <source>Export the selected workshop: file, CSV, Markdown or PDF (Ctrl+Shift+E)</source>
            <translation>Exporter l’atelier sélectionné : fichier, CSV, Markdown ou PDF (Ctrl+Maj+E)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="303" />
            <source>Delete workshop</source>
            <translation>Supprimer l’atelier</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coopatelier/ui/home.py" line="305" />
            <source>Delete “%1” and its %n card(s)? You can undo it right after.</source>
            <translation>
                <numerusform>Supprimer « %1 » et sa carte (%n) ? Vous pourrez annuler juste après.</numerusform>
                <numerusform>Supprimer « %1 » et ses %n cartes ? Vous pourrez annuler juste après.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="313" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="336" />
            <source>“%1” was deleted.</source>
            <translation>« %1 » a été supprimé.</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="339" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="342" />
            <source>&amp;Retry</source>
            <translation>&amp;Réessayer</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="354" />
            <source>Import a workshop file</source>
            <translation>Importer un fichier d’atelier</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="356" />
            <source>Workshop files (*.json);;All files (*)</source>
            <translation>Fichiers d’atelier (*.json);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="380" />
            <source>Export the workshop</source>
            <translation>Exporter l’atelier</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="383" />
            <source>PDF synthesis (*.pdf);;Workshop file (*.json);;CSV table (*.csv);;Markdown summary (*.md)</source>
            <translation>Synthèse PDF (*.pdf);;Fichier d’atelier (*.json);;Tableau CSV (*.csv);;Résumé Markdown (*.md)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="394" />
            <source>Exported to %1</source>
            <translation>Exporté dans %1</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="424" />
            <source>Cannot write %1: %2.</source>
            <translation>Impossible d’écrire %1 : %2.</translation>
        </message>
    </context>
    <context>
        <name>ImpactEffortChart</name>
        <message>
            <location filename="../../coopatelier/ui/views/actions_partners.py" line="231" />
            <source>Impact × effort chart</source>
            <translation>Graphique impact × effort</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coopatelier/ui/views/actions_partners.py" line="248" />
            <source>%n action(s) placed on the chart.</source>
            <translation>
                <numerusform>%n action placée sur le graphique.</numerusform>
                <numerusform>%n actions placées sur le graphique.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions_partners.py" line="289" />
            <source>Quick wins</source>
            <translation>Gains rapides</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions_partners.py" line="291" />
            <source>Major projects</source>
            <translation>Grands projets</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions_partners.py" line="293" />
            <source>Fill-ins</source>
            <translation>Actions d’appoint</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions_partners.py" line="294" />
            <source>Thankless tasks</source>
            <translation>Tâches ingrates</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions_partners.py" line="320" />
            <source>Effort →</source>
            <translation>Effort →</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions_partners.py" line="326" />
            <source>Impact →</source>
            <translation>Impact →</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coopatelier/ui/views/actions_partners.py" line="333" />
            <source>%n action(s) without impact or effort</source>
            <translation>
                <numerusform>%n action sans impact ni effort</numerusform>
                <numerusform>%n actions sans impact ni effort</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MatrixView</name>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="128" />
            <source>Impact × uncertainty matrix</source>
            <extracomment>(card id, impact, uncertainty), or None ratings when dropped on the "not rated" tray</extracomment>
            <translation>Matrice impact × incertitude</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="131" />
            <source>Drag a driver onto a cell to set its impact (up) and uncertainty (right). Drop it on the tray below to clear its rating.</source>
            <translation>Glissez un moteur sur une case pour fixer son impact (vers le haut) et son incertitude (vers la droite). Déposez-le dans le bac du bas pour effacer sa note.</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="154" />
            <source>Key uncertainties</source>
            <translation>Incertitudes clés</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="173" />
            <source>Uncertainty →</source>
            <translation>Incertitude →</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="175" />
            <source>Impact ↑</source>
            <translation>Impact ↑</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/drivers.py" line="178" />
            <source>Not rated yet: drag onto the matrix</source>
            <translation>Pas encore notés : glissez-les sur la matrice</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../coopatelier/ui/messages.py" line="15" />
            <source>The database</source>
            <translation>La base de données</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/messages.py" line="27" />
            <source>%1 is locked by another program or another CoopAtelier window; close it and try again.</source>
            <translation>%1 est verrouillée par un autre programme ou une autre fenêtre de CoopAtelier ; fermez-la et réessayez.</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/messages.py" line="36" />
            <source>%1 is read-only; copy it to a writable folder or choose another file.</source>
            <translation>%1 est en lecture seule ; copiez-la dans un dossier modifiable ou choisissez un autre fichier.</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/messages.py" line="40" />
            <source>The disk is full; free some space and try again — nothing typed was lost.</source>
            <translation>Le disque est plein ; libérez de la place et réessayez — rien de ce qui a été tapé n’est perdu.</translation>
        </message>
    </context>
    <context>
        <name>Nature</name>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="32" />
            <source>Heavy trend</source>
            <translation>Tendance lourde</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="33" />
            <source>Weak signal</source>
            <translation>Signal faible</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="34" />
            <source>Seed of change</source>
            <translation>Germe de changement</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="35" />
            <source>Major uncertainty</source>
            <translation>Incertitude majeure</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="36" />
            <source>Disruption</source>
            <translation>Rupture</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="53" />
            <source>New workshop</source>
            <translation>Nouvel atelier</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="75" />
            <source>Paste from a spreadsheet: name, organisation, role, table — one per line</source>
            <translation>Collez depuis un tableur : nom, organisation, rôle, table — une personne par ligne</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="81" />
            <source>&amp;Template</source>
            <translation>&amp;Modèle</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="83" />
            <source>T&amp;itle</source>
            <translation>T&amp;itre</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="84" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="85" />
            <source>&amp;Place</source>
            <translation>&amp;Lieu</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="86" />
            <source>&amp;Focal question</source>
            <translation>&amp;Question focale</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="87" />
            <source>P&amp;articipants</source>
            <translation>P&amp;articipant·es</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/home.py" line="92" />
            <source>Create</source>
            <translation>Créer</translation>
        </message>
    </context>
    <context>
        <name>PartnersEditor</name>
        <message>
            <location filename="../../coopatelier/ui/views/actions_partners.py" line="97" />
            <source>No partner yet.</source>
            <translation>Pas encore de partenaire.</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions_partners.py" line="99" />
            <source>Add a partner</source>
            <translation>Ajouter un partenaire</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions_partners.py" line="101" />
            <source>Add a row: an organisation and its role.</source>
            <translation>Ajouter une ligne : une structure et son rôle.</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions_partners.py" line="189" />
            <source>Choose an organisation</source>
            <translation>Choisir une structure</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions_partners.py" line="189" />
            <source>Add organisation…</source>
            <translation>Ajouter une structure…</translation>
        </message>
    </context>
    <context>
        <name>PhaseDialog</name>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="44" />
            <source>Edit phase</source>
            <translation>Modifier la phase</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="44" />
            <source>Add a phase</source>
            <translation>Ajouter une phase</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="51" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="58" />
            <source>One category per line</source>
            <translation>Une catégorie par ligne</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="61" />
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="62" />
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="63" />
            <source>&amp;Minutes</source>
            <translation>&amp;Minutes</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="64" />
            <source>&amp;Question</source>
            <translation>&amp;Question</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="65" />
            <source>&amp;Instructions</source>
            <translation>&amp;Consignes</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="66" />
            <source>&amp;Categories</source>
            <translation>Caté&amp;gories</translation>
        </message>
    </context>
    <context>
        <name>PhaseKind</name>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="27" />
            <source>Introduction</source>
            <translation>Introduction</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="28" />
            <source>Drivers of change</source>
            <translation>Moteurs de changement</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="29" />
            <source>Desirable futures</source>
            <translation>Futurs souhaitables</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="30" />
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="31" />
            <source>Roadmap</source>
            <translation>Feuille de route</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="32" />
            <source>Closing</source>
            <translation>Clôture</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="33" />
            <source>Free exercise</source>
            <translation>Exercice libre</translation>
        </message>
    </context>
    <context>
        <name>PhaseListModel</name>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="143" />
            <source>running</source>
            <translation>en cours</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="145" />
            <source>done</source>
            <translation>terminée</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="146" />
            <source>to come</source>
            <translation>à venir</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coopatelier/ui/models.py" line="154" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coopatelier/ui/models.py" line="161" />
            <source>%n card(s)</source>
            <translation>
                <numerusform>%n carte</numerusform>
                <numerusform>%n cartes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="147" />
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="149" />
            <source>Same as the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="156" />
            <source>&amp;Language (after a restart)</source>
            <translation>&amp;Langue (après redémarrage)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="157" />
            <source>Default &amp;table</source>
            <translation>&amp;Table par défaut</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="158" />
            <source>Default &amp;author</source>
            <translation>&amp;Auteur·e par défaut</translation>
        </message>
    </context>
    <context>
        <name>RoadmapView</name>
        <message>
            <location filename="../../coopatelier/ui/views/roadmap.py" line="177" />
            <source>Roadmap</source>
            <translation>Feuille de route</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/roadmap.py" line="184" />
            <source>Drag an action to another year or another organisation. From the keyboard: arrows select an action, Alt+arrows move it.</source>
            <translation>Glissez une action vers une autre année ou une autre structure. Au clavier : les flèches sélectionnent une action, Alt+flèches la déplacent.</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/roadmap.py" line="271" />
            <source>Unscheduled: actions without a lead organisation or a year (drag them into a lane and a year)</source>
            <translation>Non planifiées : actions sans structure pilote ou sans année (glissez-les dans un couloir et une année)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/roadmap.py" line="318" />
            <source>{action}
Led by {lead} in {year}</source>
            <translation>{action}
Pilotée par {lead} en {year}</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/roadmap.py" line="321" />
            <source>{action}
Led by {lead}, no year yet</source>
            <translation>{action}
Pilotée par {lead}, sans année pour l’instant</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/roadmap.py" line="324" />
            <source>{action}
In {year}, no lead organisation yet</source>
            <translation>{action}
En {year}, sans structure pilote pour l’instant</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/roadmap.py" line="326" />
            <source>{action}
No lead organisation and no year yet</source>
            <translation>{action}
Sans structure pilote ni année pour l’instant</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/roadmap.py" line="386" />
            <source>Move action on the roadmap</source>
            <translation>Déplacer une action sur la feuille de route</translation>
        </message>
    </context>
    <context>
        <name>TemplateDialog</name>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="114" />
            <source>Save the déroulé as a template</source>
            <translation>Enregistrer le déroulé comme modèle</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="117" />
            <source>Lowercase letters, digits and dashes, e.g. my-workshop</source>
            <translation>Minuscules, chiffres et tirets, par ex. mon-atelier</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="120" />
            <source>&amp;Title</source>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="121" />
            <source>&amp;Key</source>
            <translation>&amp;Clé</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/dialogs.py" line="122" />
            <source>&amp;Description</source>
            <translation>&amp;Description</translation>
        </message>
    </context>
    <context>
        <name>WorkshopListModel</name>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="75" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="76" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="77" />
            <source>Horizon</source>
            <translation>Horizon</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="78" />
            <source>Phases</source>
            <translation>Phases</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="79" />
            <source>Cards</source>
            <translation>Cartes</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/models.py" line="80" />
            <source>Participants</source>
            <translation>Participant·es</translation>
        </message>
    </context>
    <context>
        <name>WorkshopWindow</name>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="116" />
            <source>Déroulé: the workshop's phases</source>
            <extracomment>the user asked for the list of workshops (home)</extracomment>
            <translation>Déroulé : les phases de l’atelier</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="118" />
            <source>Click a phase to move to it (Ctrl+PgDown: next, Ctrl+PgUp: previous)</source>
            <translation>Cliquez sur une phase pour y passer (Ctrl+Pg suiv : suivante, Ctrl+Pg préc : précédente)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="137" />
            <source>Add a phase after this one</source>
            <translation>Ajouter une phase après celle-ci</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="140" />
            <source>Remove this phase</source>
            <translation>Retirer cette phase</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="143" />
            <source>Move this phase earlier</source>
            <translation>Avancer cette phase</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="146" />
            <source>Move this phase later</source>
            <translation>Reculer cette phase</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="151" />
            <source>Edit this phase (title, minutes, instructions)</source>
            <translation>Modifier cette phase (titre, minutes, consignes)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="164" />
            <source>Next phase ▶</source>
            <translation>Phase suivante ▶</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="166" />
            <source>Start the next phase (Ctrl+PgDown)</source>
            <translation>Démarrer la phase suivante (Ctrl+Pg suiv)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="178" />
            <source>Déroulé</source>
            <translation>Déroulé</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="252" />
            <location filename="../../coopatelier/ui/workshop_window.py" line="263" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="255" />
            <location filename="../../coopatelier/ui/workshop_window.py" line="268" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="263" />
            <source>&amp;Undo %1</source>
            <translation>&amp;Annuler : %1</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="268" />
            <source>&amp;Redo %1</source>
            <translation>&amp;Rétablir : %1</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="273" />
            <source>&amp;Next phase</source>
            <translation>Phase &amp;suivante</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="276" />
            <source>&amp;Previous phase</source>
            <translation>Phase &amp;précédente</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="279" />
            <source>Go to the &amp;capture line</source>
            <translation>Aller à la ligne de &amp;saisie</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="282" />
            <source>&amp;Merge selected cards</source>
            <translation>&amp;Fusionner les cartes sélectionnées</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="284" />
            <source>&amp;Add a phase…</source>
            <translation>&amp;Ajouter une phase…</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="286" />
            <source>&amp;Edit this phase…</source>
            <translation>&amp;Modifier cette phase…</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="288" />
            <source>&amp;Remove this phase</source>
            <translation>&amp;Retirer cette phase</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="290" />
            <source>Move phase &amp;earlier</source>
            <translation>A&amp;vancer la phase</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="293" />
            <source>Move phase &amp;later</source>
            <translation>Re&amp;culer la phase</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="296" />
            <source>Save déroulé as &amp;template…</source>
            <translation>Enregistrer le déroulé comme &amp;modèle…</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="299" />
            <source>&amp;Workshops…</source>
            <translation>&amp;Ateliers…</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="302" />
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="304" />
            <source>&amp;Close</source>
            <translation>&amp;Fermer</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="305" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="308" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="316" />
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="322" />
            <source>&amp;Phase</source>
            <translation>&amp;Phase</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="340" />
            <location filename="../../coopatelier/ui/workshop_window.py" line="675" />
            <source>%1 — CoopAtelier</source>
            <translation>%1 — CoopAtelier</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="474" />
            <source>Add phase</source>
            <translation>Ajouter une phase</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="503" />
            <source>Edit phase</source>
            <translation>Modifier la phase</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="528" />
            <source>Remove phase</source>
            <translation>Retirer une phase</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="545" />
            <source>Move phase</source>
            <translation>Déplacer une phase</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="569" />
            <source>Template saved: %1</source>
            <translation>Modèle enregistré : %1</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/workshop_window.py" line="614" />
            <source>Saved ✓</source>
            <translation>Enregistré ✓</translation>
        </message>
        <message numerus="yes">
            <location filename="../../coopatelier/ui/workshop_window.py" line="690" />
            <source>%n phase(s)</source>
            <translation>
                <numerusform>%n phase</numerusform>
                <numerusform>%n phases</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../coopatelier/ui/workshop_window.py" line="705" />
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>editor</name>
        <message>
            <location filename="../../coopatelier/ui/views/actions_partners.py" line="61" />
            <source>Partner organisation</source>
            <translation>Structure partenaire</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions_partners.py" line="67" />
            <source>Role of this partner</source>
            <translation>Rôle de ce partenaire</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions_partners.py" line="68" />
            <source>Its precise role in this action</source>
            <translation>Son rôle précis dans cette action</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/actions_partners.py" line="71" />
            <location filename="../../coopatelier/ui/views/actions_partners.py" line="72" />
            <source>Remove this partner</source>
            <translation>Retirer ce partenaire</translation>
        </message>
    </context>
    <context>
        <name>view</name>
        <message>
            <location filename="../../coopatelier/ui/views/closing.py" line="135" />
            <source>Space ticks, F2 edits, Delete removes, Alt+Up and Alt+Down reorder.</source>
            <translation>Espace coche, F2 modifie, Suppr supprime, Alt+Haut et Alt+Bas réordonnent.</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/closing.py" line="140" />
            <source>Move the item up (Alt+Up)</source>
            <translation>Monter l’élément (Alt+Haut)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/closing.py" line="142" />
            <source>Move the item down (Alt+Down)</source>
            <translation>Descendre l’élément (Alt+Bas)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/closing.py" line="144" />
            <source>Delete the item (Delete)</source>
            <translation>Supprimer l’élément (Suppr)</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/closing.py" line="147" />
            <source>New item in this group</source>
            <translation>Nouvel élément dans ce groupe</translation>
        </message>
        <message>
            <location filename="../../coopatelier/ui/views/closing.py" line="148" />
            <source>Add an item, then Enter</source>
            <translation>Ajoutez un élément, puis Entrée</translation>
        </message>
    </context>
</TS>
