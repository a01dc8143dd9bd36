"""Check the bundled actor dictionaries in src/actors/dictionaries/.

    python3 tools/check_actor_dictionaries.py

Run it from anywhere after editing countries.txt, organisations.txt, agents.txt or
modifiers.txt. It checks what the Rust loader (src/actors/dictionary.rs) cannot know:

- every non-comment line has the right number of '|' fields (countries 4, organisations 2-3,
  agents 2, modifiers none and two words);
- every country code is in ../shared/data/cameo/cameo_countries.tsv, no code appears twice,
  and every state_or_territory code of that table has a line;
- no name stands for two different countries, and no name (or generated agent plural) stands
  for two different things across the files (an ambiguity the trie would have to guess at);
- organisation codes are upper case, longer than three letters, and start with a country of
  countries.txt or with an international code (IGO, NGO, NGM, IMG, MNC, INT, UIS);
- every agent role is in ../shared/data/cameo/cameo_actor_types.tsv and in the loader's
  ROLES list, and every kind is 'person' or 'group'; modifier actions are 'ELI' or 'skip'.

Names are compared in lower case, as the trie stores them. Names that differ only in case
under the same entry are reported as warnings (the lowercase one already matches both).
Prints errors and warnings; exits 1 if there is an error.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DICTS = ROOT / "src" / "actors" / "dictionaries"
CAMEO = ROOT.parent / "shared" / "data" / "cameo"
LOADER = ROOT / "src" / "actors" / "dictionary.rs"
INTERNATIONAL = ("IGO", "NGO", "NGM", "IMG", "MNC", "INT", "UIS")


def lines(path: Path):
    """Non-comment lines with their numbers, stripped as the loader strips them."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split(" #", 1)[0].strip()
        if line and not line.startswith("#"):
            yield number, line


def items(field: str) -> list[str]:
    return [part.strip() for part in field.split(";") if part.strip()]


def key(name: str) -> str:
    return " ".join(name.lower().split())


def plural(word: str) -> str:
    """The loader's plural (dictionary.rs `plural`)."""
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and not word.endswith(("ay", "ey", "oy")):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def loader_roles() -> set[str]:
    if not LOADER.exists():
        return set()
    match = re.search(r"const ROLES: &\[&str\] = &\[(.*?)\];", LOADER.read_text(encoding="utf-8"), re.S)
    return set(re.findall(r'"([A-Z]{3})"', match.group(1))) if match else set()


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    notes: list[str] = []
    with open(CAMEO / "cameo_countries.tsv", encoding="utf-8") as handle:
        table = {row["code"]: row["type"] for row in csv.DictReader(handle, delimiter="\t")}
    with open(CAMEO / "cameo_actor_types.tsv", encoding="utf-8") as handle:
        role_types = {row["code"] for row in csv.DictReader(handle, delimiter="\t")}
    roles_in_loader = loader_roles()

    # name key -> {(target, case form)}
    names: dict[str, set[tuple[str, str]]] = defaultdict(set)
    where: dict[str, list[str]] = defaultdict(list)

    def add(name: str, target: str, place: str) -> None:
        names[key(name)].add((target, name))
        where[key(name)].append(place)

    # countries
    path = DICTS / "countries.txt"
    seen_codes: dict[str, int] = {}
    country_names: dict[str, str] = {}
    for n, line in lines(path):
        fields = [f.strip() for f in line.split("|")]
        place = f"{path.name}:{n}"
        if len(fields) != 4:
            errors.append(f"{place}: {len(fields)} fields, a country line has 4")
            continue
        code = fields[0]
        if code not in table:
            errors.append(f"{place}: {code} is not in cameo_countries.tsv")
        elif table[code] != "state_or_territory":
            notes.append(f"{place}: {code} is a {table[code]} row of the table, not state_or_territory")
        if code in seen_codes:
            errors.append(f"{place}: {code} already on line {seen_codes[code]}")
        seen_codes[code] = n
        if not items(fields[1]):
            errors.append(f"{place}: no names")
        for i, field in enumerate(fields[1:], 1):
            for name in items(field):
                k = key(name)
                if k in country_names and country_names[k] != code:
                    errors.append(f"{place}: {name!r} is also under {country_names[k]}")
                country_names[k] = code
                add(name, f"country {code}" + ("" if i < 3 else " (government)"), place)
    missing = sorted(c for c, t in table.items() if t == "state_or_territory" and c not in seen_codes)
    if missing:
        errors.append(f"{path.name}: no line for state_or_territory codes {', '.join(missing)}")

    # organisations
    path = DICTS / "organisations.txt"
    for n, line in lines(path):
        fields = [f.strip() for f in line.split("|")]
        place = f"{path.name}:{n}"
        if len(fields) not in (2, 3):
            errors.append(f"{place}: {len(fields)} fields, an organisation line has 2 or 3")
            continue
        code = fields[0]
        if not re.fullmatch(r"[A-Z0-9]{4,15}", code):
            errors.append(f"{place}: {code!r} is not an organisation code (capitals, 4-15 characters)")
        elif code[:3] not in seen_codes and not code.startswith(INTERNATIONAL):
            errors.append(f"{place}: {code} starts with neither a country of countries.txt nor {'/'.join(INTERNATIONAL)}")
        if not items(fields[1]):
            errors.append(f"{place}: no names")
        for field in fields[1:]:
            for name in items(field):
                add(name, f"organisation {code}", place)

    # agents and modifiers
    for file in ("agents.txt", "modifiers.txt"):
        path = DICTS / file
        for n, line in lines(path):
            place = f"{path.name}:{n}"
            if "|" in line:
                fields = [f.strip() for f in line.split("|")]
                head = fields[0].split()
                if len(fields) != 2 or len(head) != 2:
                    errors.append(f"{place}: expected 'ROLE KIND | words'")
                    continue
                role, kind = head
                if role not in role_types:
                    errors.append(f"{place}: {role} is not in cameo_actor_types.tsv")
                if roles_in_loader and role not in roles_in_loader:
                    errors.append(f"{place}: {role} is not in the loader's ROLES")
                if kind not in ("person", "group"):
                    errors.append(f"{place}: kind {kind!r} is not 'person' or 'group'")
                words = items(fields[1])
                if not words:
                    errors.append(f"{place}: no words")
                for word in words:
                    add(word, f"agent {role} {kind}", place)
                    add(plural(word), f"agent {role} {kind}", place + " (plural)")
            else:
                parts = line.split()
                if len(parts) != 2 or parts[1] not in ("ELI", "skip"):
                    errors.append(f"{place}: expected 'word ELI' or 'word skip'")
                    continue
                add(parts[0], f"modifier {parts[1]}", place)

    # ambiguity across everything: one lowercase name, several targets
    for k, entries in sorted(names.items()):
        targets = {t for t, _ in entries}
        if len(targets) > 1:
            # a country's name and its government name, or plural junk, are still ambiguities
            message = f"{k!r} stands for {', '.join(sorted(targets))} ({'; '.join(sorted(set(where[k])))})"
            if any(t.startswith("agent") for t in targets) and all(t.startswith("agent") for t in targets):
                errors.append(message)
            elif len({t.split(" (")[0] for t in targets}) > 1 and not all(t.startswith("country") for t in targets):
                warnings.append(message)
        forms = {f for _, f in entries}
        if len(forms) > 1 and len(targets) == 1:
            warnings.append(f"{sorted(forms)} differ only in case ({'; '.join(sorted(set(where[k])))})")

    for note in notes:
        print("note:", note)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    counts = {f.name: sum(1 for _ in lines(f)) for f in sorted(DICTS.glob("*.txt"))}
    print("entries:", ", ".join(f"{name} {count}" for name, count in counts.items()))
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
