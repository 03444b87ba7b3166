<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CardOps</name>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/card_ops.py" line="30"/>
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Delete %n card</numerusform>
            <numerusform>Delete %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/card_ops.py" line="33"/>
        <source>Merge %n card(s)</source>
        <translation>
            <numerusform>Merge %n card</numerusform>
            <numerusform>Merge %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/card_ops.py" line="36"/>
        <source>Move %n card(s)</source>
        <translation>
            <numerusform>Move %n card</numerusform>
            <numerusform>Move %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/card_ops.py" line="39"/>
        <source>Reorder %n card(s)</source>
        <translation>
            <numerusform>Reorder %n card</numerusform>
            <numerusform>Reorder %n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/card_ops.py" line="43"/>
        <source>Move %n card(s) to “%1”</source>
        <translation>
            <numerusform>Move %n card to “%1”</numerusform>
            <numerusform>Move %n cards to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/card_ops.py" line="46"/>
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>Duplicate %n card</numerusform>
            <numerusform>Duplicate %n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardWall</name>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/projector/wall.py" line="1110"/>
        <source>+%n more</source>
        <extracomment>past this many cards a paged wall chooses its layout on a sample (``paginate``) how many cards the sample holds for a dim room (the default): light paper on a deep green-black wall for a bright room: white wall, cards outlined by a light grey-green paper the page shown changed (page from 0, number of pages) the page shown (from 0): kept within the pages at each layout a card just captured, outlined for a few seconds counts the changes of ``items`` (what a panel of walls checks before rearranging) the text height the room must be able to read (set from the screen&apos;s height) a card of the page shown: a new layout turns to its page (kind, text, font) of everything the last paint drew: what tests measure</extracomment>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardsView</name>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/views/cards.py" line="329"/>
        <location filename="../../coopatelier/ui/views/cards.py" line="355"/>
        <location filename="../../coopatelier/ui/views/cards.py" line="365"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosingView</name>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/views/closing.py" line="431"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/conflicts_dialog.py" line="98"/>
        <source>%n conflict(s) not settled.</source>
        <translation>
            <numerusform>%n conflict not settled.</numerusform>
            <numerusform>%n conflicts not settled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseProblems</name>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/db_problems.py" line="59"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/db_problems.py" line="62"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemarcheWindow</name>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/demarche_window.py" line="789"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
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
</context>
<context>
    <name>HomeWindow</name>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/home.py" line="633"/>
        <source>%n action(s) on its roadmap</source>
        <translation>
            <numerusform>%n action on its roadmap</numerusform>
            <numerusform>%n actions on its roadmap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/home.py" line="905"/>
        <source>Delete “%1” and its %n card(s)? You can undo it right after.</source>
        <translation>
            <numerusform>Delete “%1” and its %n card? You can undo it right after.</numerusform>
            <numerusform>Delete “%1” and its %n cards? You can undo it right after.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImpactEffortChart</name>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="447"/>
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="461"/>
        <source>%n action(s) placed on the chart.</source>
        <extracomment>the quadrants&apos; titles and band, and what they were measured for (``_titles``)</extracomment>
        <translation>
            <numerusform>%n action placed on the chart.</numerusform>
            <numerusform>%n actions placed on the chart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/views/actions_partners.py" line="512"/>
        <source>%n action(s) missing impact or effort</source>
        <translation>
            <numerusform>%n action missing impact or effort</numerusform>
            <numerusform>%n actions missing impact or effort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsPanel</name>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/demarche_window.py" line="654"/>
        <source>Merge %n organisation(s)</source>
        <translation>
            <numerusform>Merge %n organisation</numerusform>
            <numerusform>Merge %n organisations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/people_editor.py" line="325"/>
        <source>%n new participant(s)</source>
        <translation>
            <numerusform>%n new participant</numerusform>
            <numerusform>%n new participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/people_editor.py" line="327"/>
        <source>%n already listed, updated</source>
        <translation>
            <numerusform>%n already listed, updated</numerusform>
            <numerusform>%n already listed, updated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/people_editor.py" line="677"/>
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Remove %n participant</numerusform>
            <numerusform>Remove %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/people_editor.py" line="681"/>
        <source>%n participant(s) removed.</source>
        <translation>
            <numerusform>%n participant removed.</numerusform>
            <numerusform>%n participants removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/people_editor.py" line="761"/>
        <source>%n organisation(s) merged into %1.</source>
        <translation>
            <numerusform>%n organisation merged into %1.</numerusform>
            <numerusform>%n organisations merged into %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhaseListModel</name>
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
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhaseRecordEditor</name>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/phase_record.py" line="138"/>
        <source>Actual time: %n min</source>
        <translation>
            <numerusform>Actual time: %n min</numerusform>
            <numerusform>Actual time: %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/projector/content.py" line="42"/>
        <source>%n driver(s) not rated yet</source>
        <translation>
            <numerusform>%n driver not rated yet</numerusform>
            <numerusform>%n drivers not rated yet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/views/review.py" line="213"/>
        <source>Review of the roadmap “%1”: %n action(s)</source>
        <translation>
            <numerusform>Review of the roadmap “%1”: %n action</numerusform>
            <numerusform>Review of the roadmap “%1”: %n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/timer.py" line="206"/>
        <source>%n min planned</source>
        <translation>
            <numerusform>%n min planned</numerusform>
            <numerusform>%n min planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/timer.py" line="217"/>
        <source>done in %n min</source>
        <translation>
            <numerusform>done in %n min</numerusform>
            <numerusform>done in %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoteWords</name>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/views/card_editing.py" line="87"/>
        <source>Round %1: %n dot(s)</source>
        <translation>
            <numerusform>Round %1: %n dot</numerusform>
            <numerusform>Round %1: %n dots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/voting.py" line="520"/>
        <source>%1 %2 — %n dot(s)</source>
        <translation>
            <numerusform>%1 %2 — %n dot</numerusform>
            <numerusform>%1 %2 — %n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/voting.py" line="543"/>
        <source>%n dot(s) per person</source>
        <translation>
            <numerusform>%n dot per person</numerusform>
            <numerusform>%n dots per person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/voting.py" line="544"/>
        <source>%n dot(s) recorded</source>
        <translation>
            <numerusform>%n dot recorded</numerusform>
            <numerusform>%n dots recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/voting.py" line="713"/>
        <source>card %1 “%2”: +%n dot(s)</source>
        <translation>
            <numerusform>card %1 “%2”: +%n dot</numerusform>
            <numerusform>card %1 “%2”: +%n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/voting.py" line="721"/>
        <source>card %1 “%2”: now %n dot(s)</source>
        <translation>
            <numerusform>card %1 “%2”: now %n dot</numerusform>
            <numerusform>card %1 “%2”: now %n dots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/voting.py" line="781"/>
        <source>%n dot(s) for cards %1</source>
        <translation>
            <numerusform>%n dot for cards %1</numerusform>
            <numerusform>%n dots for cards %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message numerus="yes">
        <location filename="../../coopatelier/ui/workshop_window.py" line="1074"/>
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
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
</TS>
