"""A capture process for the crash-safety harness: types cards, edits and votes through
``coopatelier.api`` as fast as it can until it is killed.

    python capture.py DATABASE DATA_DIR WORKSHOP_ID ROUND_ID RUN SEED

Before each call it prints an intent line, and once the call has returned (the change is
committed) an acknowledgement line; the harness holds it to every acknowledgement:

    BEGIN ADD <seq> <sha>                     ACK ADD <seq> <card id> <sha>
    BEGIN EDIT <card id> <sha> <impact>       ACK EDIT <card id> <sha> <impact>
    BEGIN VOTE <card id> <dots>               ACK VOTE <vote id> <card id> <dots>

``seq`` is ``RUN-N``: unique across the whole campaign, and written inside the card's text,
so that the harness can tell a duplicated card from two different ones. ``sha`` is the
SHA-256 of the card's text. ``READY`` is printed once the store is open.

``COOPATELIER_CAPTURE_FAULT`` makes the process misbehave, to prove that the harness
notices: ``phantom-ack`` acknowledges a card it never saved, ``duplicate`` saves one card
twice.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
import uuid

from coopatelier import api

PAYLOADS = (
    "Précarité alimentaire « en hausse » dans les QPV",
    "Circuits courts\net cantines 100 % locales 🍅",
    "Coût de l’énergie — 2030 ; œuvre commune",
    "Tiers-lieux nourriciers, jardins partagés, AMAP",
)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def card_text(seq: str, rng: random.Random, edit: int = 0) -> str:
    """A card's text, carrying its ``seq`` marker; sometimes long enough to span pages."""
    body = rng.choice(PAYLOADS)
    if rng.random() < 0.1:
        body = "\n".join([body] * rng.randint(20, 200))
    suffix = f" (modif. {edit})" if edit else ""
    return f"[seq={seq}] {body}{suffix}"


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(argv: list[str]) -> None:
    database, data_dir, workshop_arg, round_arg, run, seed = argv
    rng = random.Random(f"{seed}-{run}")
    workshop_id, round_id = uuid.UUID(workshop_arg), uuid.UUID(round_arg)
    with api.open_store(database, data_dir) as store:
        data = api.load_workshop(store, workshop_id)
        phase = next(p for p in data.phases if p.kind is api.PhaseKind.FUTURES)
        cards = [c.id for c in data.live_cards() if c.phase_id == phase.id]
        fault = os.environ.get("COOPATELIER_CAPTURE_FAULT", "")
        if fault == "phantom-ack":
            say(f"ACK ADD {run}-0 {uuid.uuid4()} {digest('never saved')}")
        elif fault == "duplicate":
            text = card_text(f"{run}-0", rng)
            for _ in range(2):
                card_id = api.add_card(store, phase.id, text).new_id
                say(f"ACK ADD {run}-0 {card_id} {digest(text)}")
        say("READY")
        n = 0
        while True:
            roll = rng.random()
            if roll < 0.55 or len(cards) < 3:
                n += 1
                seq = f"{run}-{n}"
                text = card_text(seq, rng)
                say(f"BEGIN ADD {seq} {digest(text)}")
                card_id = api.add_card(store, phase.id, text, table_label=f"Table {run}").new_id
                say(f"ACK ADD {seq} {card_id} {digest(text)}")
                cards.append(card_id)
            elif roll < 0.85:
                card_id = rng.choice(cards)
                seq = api.get_card(store, card_id).text.split("]", 1)[0].removeprefix("[seq=")
                text = card_text(seq, rng, edit=rng.randint(1, 10**6))
                impact = rng.randint(1, 5)
                say(f"BEGIN EDIT {card_id} {digest(text)} {impact}")
                api.update_card(store, card_id, text=text, impact=impact)
                say(f"ACK EDIT {card_id} {digest(text)} {impact}")
            else:
                card_id, dots = rng.choice(cards), rng.randint(1, 3)
                say(f"BEGIN VOTE {card_id} {dots}")
                vote_id = api.add_votes(store, round_id, card_id, dots).new_id
                say(f"ACK VOTE {vote_id} {card_id} {dots}")


if __name__ == "__main__":
    main(sys.argv[1:])
