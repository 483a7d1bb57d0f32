"""Turn any article into a practice article for lesson 05, in one command, and say when it is ready.

    python -m medialit.practice add ARTICLE.txt --name NAME [--title "..."]
    python -m medialit.practice check NAME

``add`` copies the article into ``data/samples/`` byte for byte, drafts its claims ledger and sentence table
with the extractor, registers the three files in ``data/samples/datapackage.json`` and validates them like
every course table. The draft is marked: every claim's ``verifiability`` is ``to_review`` and a sentence whose
speaker the extractor could not find says so, so nothing unchecked passes for a hand-made ledger. The
resources carry ``"origin": "extractor draft"``, which keeps them out of the extractor's accuracy figures
(scoring the extractor against its own draft would prove nothing). ``check`` states every rule lesson 05
needs and which ones the article breaks.
"""
from __future__ import annotations

import argparse
import copy
import hashlib
import json
import math
import re
import sys
from pathlib import Path

import pandas as pd

from .data import DataError, validate_package
from .storage import csv_text

__all__ = ["PracticeError", "RULES", "add", "hand_made_samples", "problems", "samples_dir"]

TO_REVIEW = "to_review"
NO_SPEAKER = "to review: no speaker found"
DRAFT_ORIGIN = "extractor draft"
NAME_PATTERN = re.compile(r"[a-z][a-z0-9_]{0,39}")
#: What lesson 05 needs of a practice article, stated once: ``check`` prints these.
RULES = (
    "NAME.txt is UTF-8 text",
    "NAME_claims.csv exists and passes the schema in data/samples/datapackage.json (every span matches the text)",
    "NAME_sentences.csv, if present, passes its schema too (it is optional)",
    "no claim is still rated to_review and no sentence still has 'to review' as its speaker",
    "at least one claim states a number (lesson 05's checks work on numbers)",
)


class PracticeError(Exception):
    """A practice article cannot be added or is not ready; the message is one plain sentence."""


def samples_dir() -> Path:
    """The samples folder, looked up at each call (tests and MEDIALIT_DATA_DIR may move it)."""
    from . import articles

    return articles.samples_dir()


def _package_path(folder: Path) -> Path:
    return folder / "datapackage.json"


def hand_made_samples(folder: Path | None = None) -> list[str]:
    """Sample articles whose ledger a person made: the only ones that can measure the extractor.

    A ledger drafted by the extractor (``"origin": "extractor draft"``) agrees with the extractor by
    construction, so it is left out of accuracy figures even after review.
    """
    from .articles import sample_names

    folder = folder or samples_dir()
    resources = {r["name"]: r for r in json.loads(_package_path(folder).read_text(encoding="utf-8"))["resources"]}
    return [name for name in sample_names() if f"{name}_claims" in resources
            and resources[f"{name}_claims"].get("origin") != DRAFT_ORIGIN]


def _template(package: dict, suffix: str) -> dict:
    """A hand-made sample's resource ending in ``suffix``: its schema is the one every practice table follows."""
    for resource in package["resources"]:
        if resource["name"].endswith(suffix) and resource.get("origin") != DRAFT_ORIGIN and "schema" in resource:
            return resource
    raise PracticeError(f"data/samples/datapackage.json has no hand-made '*{suffix}' table to copy the schema from.")


def _practice_schema(template: dict, draft: pd.DataFrame) -> dict:
    """The hand-made samples' schema, widened only where a draft needs it: ids past C999/S99, the
    ``to_review`` rating, and any claim type the extractor produced that the hand-made ledgers never used."""
    schema = copy.deepcopy(template["schema"])
    for field in schema["fields"]:
        constraints = field.get("constraints", {})
        if field["name"] in ("claim_id", "sentence_id"):
            constraints["pattern"] = f"^{field['name'][0].upper()}[0-9]{{2,}}$"
        if "enum" in constraints and field["name"] in draft.columns:
            extra = sorted(set(draft[field["name"]].astype(str)) - set(constraints["enum"]) - {""})
            constraints["enum"] = constraints["enum"] + extra
    return schema


def _cell(value: object) -> object:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return value


def _draft_claims(text: str, fields: list[str]) -> pd.DataFrame:
    from .extract import extract_claims

    drafted = extract_claims(text)
    rows = []
    for number, row in enumerate(drafted.to_dict("records"), start=1):
        out = {field: _cell(row.get(field, "")) for field in fields}
        out.update(claim_id=f"C{number:03d}", verifiability=TO_REVIEW,
                   verifiability_reason="To review: drafted by the extractor; say who could check this and how.")
        if not out.get("source_type"):
            out["source_type"] = "none"
        rows.append(out)
    return pd.DataFrame(rows, columns=fields)


def _draft_sentences(text: str, fields: list[str]) -> pd.DataFrame:
    from .extract import extract_sentences

    drafted = extract_sentences(text)
    attributed = drafted[drafted["mode"].isin(["direct_quote", "paraphrase"])]
    rows = []
    for number, row in enumerate(attributed.to_dict("records"), start=1):
        out = {field: _cell(row.get(field, "")) for field in fields}
        out.update(sentence_id=f"S{number:02d}", speaker=str(row.get("speaker") or "") or NO_SPEAKER)
        rows.append(out)
    return pd.DataFrame(rows, columns=fields)


def _read_article(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise PracticeError(f"Cannot read {path} ({err.strerror or 'the system refused'}); check the path.") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise PracticeError(f"{path} is not UTF-8 text; save it as UTF-8 (plain text) and try again.") from None
    if "\0" in text:
        raise PracticeError(f"{path} holds a NUL character, so it is not plain text; save it as plain text.")
    if not text.strip():
        raise PracticeError(f"{path} is empty; give an article with some text.")
    from .extract import check_article

    try:
        check_article(text)  # the extractor's own limits (length, rows), stated in its sentence
    except ValueError as err:
        raise PracticeError(f"{path}: {err}") from None
    return data


def _clear_caches() -> None:
    """The loaders cache what they read; a package just rewritten must be read afresh."""
    from . import data

    for cached in (data._package, data._text, data._table, data._checked_table):
        cached.cache_clear()


def add(article: str | Path, name: str, title: str | None = None, folder: Path | None = None) -> list[str]:
    """Add ``article`` as practice article ``name``; returns the lines to print (what a person must check)."""
    folder = folder or samples_dir()
    if not isinstance(name, str) or not NAME_PATTERN.fullmatch(name) or name.endswith(("_claims", "_sentences")):
        raise PracticeError(f"{str(name)[:40]!r} cannot name a practice article: use lower-case letters, digits and _, starting with a letter (e.g. city_budget).")
    if (folder / f"{name}.txt").exists():
        raise PracticeError(f"There is already a practice article called {name}; choose another name.")
    data = _read_article(Path(article))
    text = data.decode("utf-8")
    package_file = _package_path(folder)
    original_package = package_file.read_text(encoding="utf-8")
    package = json.loads(original_package)
    claims_template, sentences_template = _template(package, "_claims"), _template(package, "_sentences")
    claims = _draft_claims(text, [f["name"] for f in claims_template["schema"]["fields"]])
    sentences = _draft_sentences(text, [f["name"] for f in sentences_template["schema"]["fields"]])
    label = title or name.replace("_", " ")
    package["resources"] += [
        {"name": name, "path": f"{name}.txt", "format": "txt", "mediatype": "text/plain", "encoding": "utf-8",
         "hash": f"sha256:{hashlib.sha256(data).hexdigest()}", "bytes": len(data), "origin": DRAFT_ORIGIN,
         "description": f"Practice article added with medialit.practice: {label}."},
        {"profile": claims_template.get("profile", "tabular-data-resource"), "schema": _practice_schema(claims_template, claims),
         "name": f"{name}_claims", "path": f"{name}_claims.csv", "textSource": name, "origin": DRAFT_ORIGIN,
         "description": f"Claims ledger of {name}.txt drafted by the extractor: every row to review."},
        {"profile": sentences_template.get("profile", "tabular-data-resource"), "schema": _practice_schema(sentences_template, sentences),
         "name": f"{name}_sentences", "path": f"{name}_sentences.csv", "textSource": name, "origin": DRAFT_ORIGIN,
         "description": f"Quoted or paraphrased sentences of {name}.txt drafted by the extractor: to review."},
    ]
    written = [folder / f"{name}.txt", folder / f"{name}_claims.csv", folder / f"{name}_sentences.csv"]
    try:
        written[0].write_bytes(data)
        # The course's one CSV writer: an article's sentence starting "=SUM(", "+3 °C" or "-5 °C" is written with a
        # leading ' so that a spreadsheet opening the draft for review does not run it; the loaders take it off again.
        written[1].write_text(csv_text(claims), encoding="utf-8", newline="")
        written[2].write_text(csv_text(sentences), encoding="utf-8", newline="")
        package_file.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        _clear_caches()
        validate_package(folder)
    except (DataError, OSError) as err:
        for path in written:
            path.unlink(missing_ok=True)
        package_file.write_text(original_package, encoding="utf-8")
        _clear_caches()
        raise PracticeError(f"The draft of {name} did not pass the schema, so nothing was added: {err}") from None
    return _to_check(name, claims, sentences)


def _to_check(name: str, claims: pd.DataFrame, sentences: pd.DataFrame) -> list[str]:
    numbered = claims[claims["value"].astype(str) != ""]
    no_unit = numbered[numbered["unit"].astype(str) == ""]
    no_speaker = claims[(claims["mode"] != "narration") & (claims["speaker"].astype(str) == "")]
    unattributed = sentences[sentences["speaker"] == NO_SPEAKER]
    lines = [f"Added {name}: {len(claims)} claims and {len(sentences)} quoted or paraphrased sentences, drafted by the extractor.",
             "A person must check the draft (data/samples/" + name + "_claims.csv, in a spreadsheet or lesson 05's curator):"]
    lines += [f"- {len(no_speaker)} claim(s) reported as said by someone but with no speaker: {', '.join(no_speaker['claim_id'][:10])}" if len(no_speaker) else "- every reported claim has a speaker (check each one)",
              f"- {len(no_unit)} number(s) with no unit: {', '.join(no_unit['claim_id'][:10])}" if len(no_unit) else "- every number has a unit (check each one)",
              f"- {len(unattributed)} quote(s) it could not attribute: {', '.join(unattributed['sentence_id'][:10])}" if len(unattributed) else "- every quoted sentence has a speaker (check each one)",
              f"- every claim's verifiability is '{TO_REVIEW}': rate it checkable, partly_checkable or uncheckable, with a reason;",
              "- numbers the extractor missed (fractions in words, claims without a number) need rows of their own.",
              f"Then run: python -m medialit.practice check {name}"]
    return lines


def problems(name: str, folder: Path | None = None) -> list[str]:
    """Every rule of ``RULES`` that practice article ``name`` breaks, one sentence each (empty: ready)."""
    from .data import load_table

    folder = folder or samples_dir()
    if not (folder / f"{name}.txt").is_file():
        return [f"There is no data/samples/{name}.txt; add the article with `python -m medialit.practice add ARTICLE.txt --name {name}`."]
    found = []
    try:
        (folder / f"{name}.txt").read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        found.append(f"{name}.txt is not UTF-8 text; save it as UTF-8.")
    names = {r["name"] for r in json.loads(_package_path(folder).read_text(encoding="utf-8"))["resources"]}
    if f"{name}_claims" not in names:
        return found + [f"datapackage.json lists no {name}_claims table: add it with the practice command, or copy a hand-made sample's entry."]
    _clear_caches()
    try:
        claims = load_table(f"{name}_claims", folder=folder)
        sentences = load_table(f"{name}_sentences", folder=folder) if f"{name}_sentences" in names else None
    except DataError as err:
        return found + [str(err)]
    left = int((claims["verifiability"] == TO_REVIEW).sum())
    if left:
        found.append(f"{left} claim(s) still rated {TO_REVIEW}: rate each checkable, partly_checkable or uncheckable.")
    if sentences is not None and (sentences["speaker"] == NO_SPEAKER).any():
        found.append(f"{int((sentences['speaker'] == NO_SPEAKER).sum())} sentence(s) still have '{NO_SPEAKER}' as speaker: name who speaks.")
    if claims["value"].isna().all():
        found.append("No claim states a number; lesson 05's checks need at least one.")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m medialit.practice", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    adding = commands.add_parser("add", help="draft a practice article's ledger with the extractor")
    adding.add_argument("article", help="a plain-text (UTF-8) article")
    adding.add_argument("--name", required=True, help="lower_snake_case name for the files, e.g. city_budget")
    adding.add_argument("--title", help="a title for the data package's description")
    checking = commands.add_parser("check", help="say whether a practice article is ready for lesson 05")
    checking.add_argument("name")
    args = parser.parse_args(argv)
    try:
        if args.command == "add":
            print("\n".join(add(args.article, args.name, args.title)))
            return 0
        found = problems(args.name)
    except PracticeError as err:
        print(err, file=sys.stderr)
        return 1
    print(f"Lesson 05 needs of a practice article: {'; '.join(r.replace('NAME', args.name) for r in RULES)}.")
    if found:
        print(f"{args.name} is not ready for lesson 05:\n" + "\n".join(f"- {p}" for p in found))
        return 1
    print(f"{args.name} is ready for lesson 05.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
