"""The case-study data: read once from ``data/``, checked against ``datapackage.json``, cached.

Every table is validated when it is first loaded (types, required values, allowed values, unique keys,
foreign keys, and that each ``text`` span really is ``article[char_start:char_end]``), so a mistyped or
edited row fails loudly with the file, the line and the fix, instead of quietly changing an answer.
The same holds for a broken ``datapackage.json`` and for files no table can be read from: a Windows encoding,
a NUL character, a runaway quotation mark. Excel's "CSV UTF-8" (with a byte-order mark) and UTF-16 with its
mark are read as they are meant.
"""
from __future__ import annotations

import bisect
import codecs
import csv
import hashlib
import io
import json
import json.decoder
import json.scanner
import math
import os
import re
import sys
from functools import lru_cache
from pathlib import Path

import pandas as pd

__all__ = [
    "DataError",
    "data_dir",
    "article_text",
    "load_table",
    "load_segments",
    "load_sentences",
    "load_claims",
    "load_entities",
    "load_entity_aliases",
    "load_itemised",
    "load_earlier_briefings",
    "load_sources",
    "load_lateral_results",
    "load_lateral_forms",
    "lateral_form_text",
    "body_text",
    "validate_package",
]

CASE_STUDY_CREDIT = (
    "Article text: Sputnik International, \u201cRussian Jets Destroyed Over 2,000 Terrorist Targets Since "
    "September 30\u201d (2015), quoted for teaching and criticism."
)


class DataError(ValueError):
    """A data file is missing or does not match its schema; the message names the file, the row and the fix."""


#: Where the browser edition's kernel (Pyodide, ``sys.platform == "emscripten"``) sees the site's files. There
#: the package is installed from a wheel, so ``data/`` is on this drive, not beside the package; the learner's
#: work folder (``my_work/`` beside ``data/``) is then in the browser's storage too.
LITE_DRIVE = Path("/drive")


def data_dir() -> Path:
    """The folder holding ``datapackage.json``: ``$MEDIALIT_DATA_DIR`` if set, else the repository's ``data/``
    (in the browser edition, ``data/`` on the JupyterLite drive)."""
    override = os.environ.get("MEDIALIT_DATA_DIR")
    if override:
        return Path(override)
    if sys.platform == "emscripten":
        return LITE_DRIVE / "data"
    return Path(__file__).resolve().parent.parent / "data"


def _decoded(raw: bytes, label: str) -> str:
    """A data file's text: UTF-8 (with or without Excel's byte-order mark) or UTF-16 with its mark; else a plain DataError.

    A NUL character is refused before decoding: no text table holds one, and UTF-16 without a mark is full of them.
    """
    encoding = "utf-16" if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8-sig"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as err:
        text, bad = None, err.start
    nul = text.find("\0") if text is not None else raw.find(b"\0")
    if nul >= 0:
        line = text.count("\n", 0, nul) + 1 if text is not None else raw.count(b"\n", 0, nul) + 1
        raise DataError(
            f"{label}, line {line}: holds a NUL character, so it is not plain text (or it is UTF-16 without a "
            "byte-order mark). Fix: save it again as UTF-8 CSV, or restore it with git."
        )
    if text is None:
        line = raw[:bad].decode(encoding, errors="replace").count("\n") + 1
        raise DataError(
            f"{label}, line {line}: byte {raw[bad]:#04x} is not {encoding.upper().removesuffix('-SIG')} (the file was probably saved as "
            "Windows-1252 or another older encoding). Fix: save it as UTF-8 (Excel: 'CSV UTF-8'; LibreOffice: character set 'Unicode (UTF-8)')."
        )
    return text


class _Located(dict):
    """A JSON object that knows the line it starts on (to say where in datapackage.json a fault is)."""

    line = 1


def _with_lines(text: str) -> object:
    """``text`` parsed again by the pure-Python decoder, every object a ``_Located``; used only to report a fault."""
    newlines = [i for i, char in enumerate(text) if char == "\n"]
    decoder = json.JSONDecoder()

    def parse_object(string_and_start, *args):
        found, end = json.decoder.JSONObject(string_and_start, *args)
        located = _Located(found)
        located.line = bisect.bisect_left(newlines, string_and_start[1]) + 1
        return located, end

    decoder.parse_object = parse_object
    decoder.scan_once = json.scanner.py_make_scanner(decoder)
    return decoder.decode(text)


_KNOWN_TYPES = ("string", "integer", "number", "boolean")


def _package_fault(package: object) -> tuple[tuple, str] | None:
    """The first thing in a package description the loader could not use: (where, what is wrong and the fix), or None."""
    if not isinstance(package, dict) or not isinstance(package.get("resources"), list) or not package["resources"]:
        return (), "it describes no tables (no \"resources\" list). Fix: restore it with git, or list each file under \"resources\"."
    names = [r.get("name") if isinstance(r, dict) else None for r in package["resources"]]
    for i, resource in enumerate(package["resources"]):
        where = ("resources", i)
        if not isinstance(resource, dict) or not isinstance(resource.get("name"), str) or not isinstance(resource.get("path"), str):
            return where, "a resource lacks its \"name\" or \"path\". Fix: give every resource both, as text."
        label = f"resource '{resource['name']}'"
        if "schema" not in resource:
            continue
        schema = resource["schema"]
        if not isinstance(schema, dict) or not isinstance(schema.get("fields"), list) or not schema["fields"]:
            return where, f"{label} has a \"schema\" without a list of \"fields\". Fix: describe its columns, or remove \"schema\" for a text file."
        fields = []
        for j, field in enumerate(schema["fields"]):
            here = (*where, "schema", "fields", j)
            if not isinstance(field, dict) or not isinstance(field.get("name"), str) or not field["name"]:
                return here, f"field {j + 1} of {label} has no \"name\". Fix: give it the column's name."
            rules = field.get("constraints", {})
            if field.get("type", "string") not in _KNOWN_TYPES or not isinstance(rules, dict):
                return here, f"field '{field['name']}' of {label} has an unknown type or constraints that are not an object. Fix: use a type among {', '.join(_KNOWN_TYPES)}."
            if not isinstance(rules.get("enum", []), list) or not isinstance(rules.get("minimum", 0), (int, float)):
                return here, f"field '{field['name']}' of {label}: \"enum\" must be a list and \"minimum\" a number. Fix: write them so."
            if "pattern" in rules:
                try:
                    re.compile(rules["pattern"])
                except (re.error, TypeError) as err:
                    return here, f"field '{field['name']}' of {label} has a pattern that is not a regular expression ({err}). Fix: correct the pattern."
            fields.append(field["name"])
        keys = [_key_list(schema.get("primaryKey"))]
        for key in schema.get("foreignKeys", []) if isinstance(schema.get("foreignKeys", []), list) else [None]:
            reference = key.get("reference") if isinstance(key, dict) else None
            if not (isinstance(reference, dict) and reference.get("resource") in names and reference.get("fields")):
                return (*where, "schema"), f"{label} has a foreign key without \"fields\" or a \"reference\" to a known resource. Fix: complete it."
            keys.append(_key_list(key.get("fields")))
        unknown = [name for key in keys for name in key if name not in fields]
        if resource.get("textSource"):
            unknown += [name for name in ("char_start", "char_end", "text") if name not in fields]
            if resource["textSource"] not in names:
                unknown.append(str(resource["textSource"]))
        if unknown:
            return (*where, "schema"), f"{label} refers to {', '.join(map(str, unknown))}, which it does not describe. Fix: add the field or correct the name."
    return None


@lru_cache(maxsize=None)
def _package(folder: Path) -> dict:
    path = folder / "datapackage.json"
    if not path.is_file():
        raise DataError(
            f"{path} is missing. Fix: run the course from its repository folder (or set MEDIALIT_DATA_DIR "
            "to a folder holding datapackage.json)."
        )
    text = _decoded(path.read_bytes(), str(path))
    try:
        package = json.loads(text)
    except json.JSONDecodeError as err:
        raise DataError(f"{path} is not valid JSON (line {err.lineno}): {err.msg}. Fix the file by hand.") from None
    fault = _package_fault(package)
    if fault is not None:
        where, problem = fault
        located, line = _with_lines(text), 1
        for step in where:
            try:
                located = located[step]
            except (KeyError, IndexError, TypeError):
                break
            line = getattr(located, "line", line)
        raise DataError(f"{path}, line {line}: {problem}")
    return package


def _resource(folder: Path, name: str) -> dict:
    for resource in _package(folder)["resources"]:
        if resource["name"] == name:
            return resource
    names = ", ".join(r["name"] for r in _package(folder)["resources"])
    raise DataError(f"{folder / 'datapackage.json'} describes no table called '{name}'. Known tables: {names}.")


@lru_cache(maxsize=None)
def _text(folder: Path, name: str) -> str:
    resource = _resource(folder, name)
    path = folder / resource["path"]
    if not path.is_file():
        raise DataError(f"{path} is missing. Fix: restore it from the repository (git checkout -- {path.name}).")
    raw = path.read_bytes()
    expected = resource.get("hash", "").removeprefix("sha256:")
    if expected and hashlib.sha256(raw).hexdigest() != expected:
        raise DataError(
            f"{path} has changed (its SHA-256 no longer matches datapackage.json). It must stay byte for byte "
            "as captured. Fix: restore it with git, or, when swapping in a new article, update its hash."
        )
    try:
        return raw.decode(resource.get("encoding", "utf-8"))
    except (UnicodeDecodeError, LookupError, TypeError):
        return _decoded(raw, str(path))  # says plainly which line is not UTF-8


def article_text() -> str:
    """The captured page as one string, exactly as captured (chrome, captions and all)."""
    return _text(data_dir(), "article_as_captured")


# --- validation -------------------------------------------------------------------------------------

_BOOLEANS = {"true": True, "false": False}


def _parse(value: str, field: dict, where: str) -> object:
    """Turn one CSV cell into a Python value of the field's type, or raise a DataError that says how to fix it."""
    kind = field.get("type", "string")
    name = field["name"]
    if value == "":
        return None
    if kind == "integer":
        if not re.fullmatch(r"-?[0-9]+", value):
            raise DataError(f"{where}: column '{name}' must be a whole number, found {value!r}. Fix: write digits only.")
        return int(value)
    if kind == "number":
        try:
            number = float(value)
        except ValueError:
            raise DataError(f"{where}: column '{name}' must be a number, found {value!r}. Fix: write e.g. 2084 or 5.5.") from None
        if not math.isfinite(number):
            raise DataError(f"{where}: column '{name}' must be a finite number, found {value!r}.")
        return number
    if kind == "boolean":
        if value not in _BOOLEANS:
            raise DataError(f"{where}: column '{name}' must be true or false, found {value!r}.")
        return _BOOLEANS[value]
    return value


def _check_constraints(value: object, field: dict, where: str) -> None:
    rules = field.get("constraints", {})
    name = field["name"]
    if value is None:
        if rules.get("required"):
            raise DataError(f"{where}: column '{name}' is empty but required. Fix: fill it in.")
        return
    if "enum" in rules and value not in rules["enum"]:
        allowed = ", ".join(map(str, rules["enum"]))
        raise DataError(f"{where}: column '{name}' is {value!r}, which is not allowed. Fix: use one of {allowed}.")
    if "minimum" in rules and value < rules["minimum"]:
        raise DataError(f"{where}: column '{name}' is {value}, below its minimum {rules['minimum']}.")
    if "pattern" in rules and not re.fullmatch(rules["pattern"], str(value)):
        raise DataError(f"{where}: column '{name}' is {value!r}, which does not match the pattern {rules['pattern']}.")


def _dtype(field: dict) -> object:
    """The pandas dtype for a schema field: whole numbers stay integers, fixed vocabularies are categories."""
    kind = field.get("type", "string")
    required = field.get("constraints", {}).get("required", False)
    if kind == "integer":
        return "int64" if required else "Int64"
    if kind == "number":
        return "float64"
    if kind == "boolean":
        return "bool" if required else "boolean"
    if "enum" in field.get("constraints", {}):
        return pd.CategoricalDtype(field["constraints"]["enum"])
    return "string"


def _key_list(key: object) -> list[str]:
    return [key] if isinstance(key, str) else list(key or [])


@lru_cache(maxsize=None)
def _table(folder: Path, name: str) -> pd.DataFrame:
    resource = _resource(folder, name)
    path = folder / resource["path"]
    label = f"data/{resource['path']}" if folder == data_dir() else str(path)
    if not path.is_file():
        raise DataError(f"{label} is missing. Fix: restore it from the repository (git checkout -- {path.name}).")
    fields = resource["schema"]["fields"]
    names = [f["name"] for f in fields]
    from .storage import restore_cell  # storage imports this module

    reader = csv.reader(io.StringIO(_decoded(path.read_bytes(), label), newline=""))
    try:
        header = next(reader, [])
        missing = [n for n in names if n not in header]
        if missing:
            raise DataError(f"{label}: the header lacks column(s) {', '.join(missing)}. Fix: add them (see data/README.md).")
        extra = [n for n in header if n not in names]
        if extra:
            raise DataError(f"{label}: column(s) {', '.join(extra)} are not in datapackage.json. Fix: describe them there or remove them.")
        rows = []
        for line_no, cells in enumerate(reader, start=2):
            if not cells:
                continue
            where = f"{label}, line {line_no}"
            if len(cells) != len(header):
                raise DataError(f"{where}: has {len(cells)} cells, the header has {len(header)}. Fix: check commas and quotes.")
            record = dict(zip(header, map(restore_cell, cells)))  # a cell the course wrote as "'=..." reads as "=..."
            parsed = {}
            for field in fields:
                value = _parse(record[field["name"]], field, where)
                _check_constraints(value, field, where)
                parsed[field["name"]] = value
            parsed["_line"] = line_no
            rows.append(parsed)
    except csv.Error as err:
        raise DataError(f"{label}, line {reader.line_num}: {err} (a cell over {csv.field_size_limit():,} characters "
                        "usually means a quotation mark was never closed). Fix: check the quotes on this line and above.") from None
    frame = pd.DataFrame(rows, columns=[*names, "_line"])
    _check_unique(frame, resource, label)
    _check_spans(folder, frame, resource, label)
    lines = frame.pop("_line")
    for field in fields:
        try:
            frame[field["name"]] = frame[field["name"]].astype(_dtype(field))
        except (TypeError, ValueError) as err:  # pragma: no cover - _parse has already checked each cell
            raise DataError(f"{label}: column '{field['name']}' cannot be read as {field.get('type')}: {err}") from None
    frame.attrs["source"] = label
    frame.attrs["lines"] = lines.tolist()
    return frame


def _check_unique(frame: pd.DataFrame, resource: dict, label: str) -> None:
    schema = resource["schema"]
    keys = [_key_list(schema.get("primaryKey"))]
    keys += [[f["name"]] for f in schema["fields"] if f.get("constraints", {}).get("unique")]
    for key in filter(None, keys):
        repeated = frame[frame.duplicated(key, keep="first")]
        if len(repeated):
            row = repeated.iloc[0]
            value = ", ".join(str(row[k]) for k in key)
            raise DataError(f"{label}, line {row['_line']}: {'/'.join(key)} {value!r} appears twice. Fix: give each row its own id.")


def _check_spans(folder: Path, frame: pd.DataFrame, resource: dict, label: str) -> None:
    """Every row's text must be exactly the span it claims to be, so offsets and words never drift apart."""
    source = resource.get("textSource")
    if not source:
        return
    text = _text(folder, source)
    for start, end, value, line in zip(frame["char_start"], frame["char_end"], frame["text"], frame["_line"]):
        span = value if isinstance(value, str) else ""
        if not (0 <= start <= end <= len(text)) or text[start:end] != span:
            found = text[start:end] if 0 <= start <= end <= len(text) else "(outside the text)"
            hint = text.find(span) if span else -1
            fix = f" Fix: the text occurs at char_start={hint}, char_end={hint + len(span)}." if hint >= 0 else " Fix: copy the span exactly from the article."
            raise DataError(f"{label}, line {line}: text {span!r} is not at [{start}:{end}] (found {found!r}).{fix}")


def _check_foreign_keys(folder: Path, name: str, frame: pd.DataFrame) -> None:
    resource = _resource(folder, name)
    for key in resource["schema"].get("foreignKeys", []):
        fields = _key_list(key["fields"])
        target = key["reference"]
        target_frame = _table(folder, target["resource"])
        known = set(map(tuple, target_frame[_key_list(target["fields"])].astype(object).itertuples(index=False)))
        for position, values in enumerate(frame[fields].astype(object).itertuples(index=False)):
            if any(pd.isna(v) for v in values):
                continue
            if tuple(values) not in known:
                line = frame.attrs["lines"][position]
                raise DataError(
                    f"{frame.attrs['source']}, line {line}: {'/'.join(fields)} {', '.join(map(str, values))!r} "
                    f"matches no row of {target['resource']}. Fix: use an existing {'/'.join(_key_list(target['fields']))} or add that row."
                )


@lru_cache(maxsize=None)
def _checked_table(folder: Path, name: str) -> pd.DataFrame:
    frame = _table(folder, name)
    _check_foreign_keys(folder, name, frame)
    return frame


def load_table(name: str, folder: str | os.PathLike | None = None) -> pd.DataFrame:
    """Any table described in ``datapackage.json``, validated; a fresh copy, so edits never leak between cells."""
    if not isinstance(name, str) or not name.strip():
        raise DataError("load_table expects a table name such as 'claims'.")
    root = Path(folder).resolve() if folder is not None else data_dir()
    frame = _checked_table(root, name.strip())
    copy = frame.copy()
    # Where the table came from, but not each row's line in the file (only validation reports it): pandas deep-copies
    # ``attrs`` into the result of every operation on the table, and a list of line numbers per row made that costly.
    copy.attrs = {"source": frame.attrs["source"]}
    return copy


def validate_package(folder: str | os.PathLike | None = None) -> list[str]:
    """Load and check every table of a data package; returns the table names (raises DataError on the first fault)."""
    root = Path(folder).resolve() if folder is not None else data_dir()
    names = []
    for resource in _package(root)["resources"]:
        if "schema" in resource:
            _checked_table(root, resource["name"])
        else:
            _text(root, resource["name"])
        names.append(resource["name"])
    return names


def load_segments() -> pd.DataFrame:
    """Every line of the captured page with its kind (headline, body paragraph, caption, chrome...)."""
    return load_table("segments")


def load_sentences() -> pd.DataFrame:
    """Each sentence of the article with who the article says is speaking, and how (quote, paraphrase, narration)."""
    return load_table("sentences")


def load_claims() -> pd.DataFrame:
    """The claims ledger: one row per checkable statement and per number, with attribution and verifiability."""
    return load_table("claims")


def load_entities() -> pd.DataFrame:
    """People, organisations, places and equipment the page names."""
    return load_table("entities")


def load_entity_aliases() -> pd.DataFrame:
    """Every spelling of every entity (Tadmur and Palmyra, Hmeymim and Khmeimim...)."""
    return load_table("entity_aliases")


def load_itemised() -> pd.DataFrame:
    """The article's itemised breakdowns (category, count, what was done to them) beside their totals."""
    return load_table("itemised")


def load_earlier_briefings() -> pd.DataFrame:
    """Outside claims for comparison: cumulative figures given on earlier dates, as reported, with citations."""
    return load_table("earlier_briefings")


def load_sources() -> pd.DataFrame:
    """Every outside statement the course uses, from facts.md: outlet, date, speaker, words, and whether they are verbatim."""
    return load_table("sources")


def load_lateral_results() -> pd.DataFrame:
    """The lateral-reading desks' search results (the case study's and the transfer forms'), for ``medialit.lateral``."""
    return load_table("lateral_results")


def load_lateral_forms() -> pd.DataFrame:
    """The transfer check's two forms: the figure, the prompt, and which desk results the rubric's rules look for."""
    return load_table("lateral_forms")


def lateral_form_text(form: str) -> str:
    """A transfer form's invented article (``form_a`` or ``form_b``), checked against its hash like the case study."""
    if form not in ("form_a", "form_b"):
        raise DataError(f"No transfer form {str(form)[:40]!r}; use 'form_a' or 'form_b'.")
    return _text(data_dir(), f"lateral_{form}")


def body_text(include_headline: bool = True, separator: str = "\n\n") -> str:
    """The article without the page around it: the lines the segments table marks as the article itself."""
    segments = load_segments()
    kept = segments[segments["in_article"]]
    if not include_headline:
        kept = kept[kept["kind"] != "headline"]
    return separator.join(kept["text"].astype(str))
