"""Deterministic synthetic articles for the batch benchmark (and anyone who needs many)."""

from __future__ import annotations

import random

FIRST = ["Ana", "Tomás", "Mei", "Kwame", "Olga", "Rafael", "Priya", "Jonas", "Zoë", "Idris", "Lena", "Marek"]
LAST = ["Lima", "Okafor", "Novak", "Haddad", "Lindqvist", "Moreau", "Tanaka", "Asante", "Ruiz", "Kowalski"]
ROLES = ["Mayor", "Senator", "Minister", "Professor", "Director"]
TOPICS = ["the budget", "the new bridge", "water prices", "the school plan", "the rail strike", "housing"]
VERBS = ["said", "added", "warned", "told reporters", "insisted"]
FILLER = (
    "Officials met on Tuesday to discuss {topic}, which has divided the council for months. "
    "The proposal would cost about ${amount} million over {years} years, according to the finance office. "
    "Critics argue the timetable is too short, while supporters say delays would raise costs further."
)


def article(seed: int) -> str:
    rng = random.Random(seed)
    people = [(rng.choice(ROLES), rng.choice(FIRST), rng.choice(LAST)) for _ in range(rng.randint(1, 3))]
    topic = rng.choice(TOPICS)
    lines = [f"Council debates {topic} as deadline nears", ""]
    for i in range(rng.randint(6, 12)):
        role, first, last = rng.choice(people)
        kind = rng.random()
        if kind < 0.4:
            verdict = rng.choice(["a test of trust", "long overdue", "badly planned"])
            text = f'{role} {first} {last} {rng.choice(VERBS)} that {topic} was "{verdict}."'
        elif kind < 0.7:
            text = f'"We cannot wait another year for {topic}," {last} {rng.choice(VERBS)}. "The city deserves better."'
        else:
            text = FILLER.format(topic=topic, amount=rng.randint(2, 90), years=rng.randint(2, 9))
        lines += [text, ""]
        if i == 0:
            lines[-2] = lines[-2].replace(
                f"{first} {last}", f"{first} {last}{first} Maria {last}Teaser one: 'x' $5 MORE", 1
            )
    return "\n".join(lines)
