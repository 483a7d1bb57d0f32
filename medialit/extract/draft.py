"""The draft ledgers: claims and sentences found in a text, as data frames in the course ledger's layout."""
from __future__ import annotations

import bisect
import gc
import itertools
import re
from contextlib import contextmanager
from functools import lru_cache

import pandas as pd

from .attribution import _attribute
from .hedges import merge_ranges, qualify
from .numbers import _Claim, _inherit_units, _list_counts, _number_spans, days_before_dates, merge_compound_durations, merge_rates
from .sentences import _Sentence, _segment
from .words import _SCALES, _SMALL, _SOURCE_NOUNS, _singular

CLAIM_COLUMNS = [
    "claim_id", "char_start", "char_end", "text", "value", "unit", "claim_type", "value_si", "unit_si",
    "qualifier", "bound", "value_high",
    "speaker", "speaker_as_written", "mode", "source_type", "attribution_verb",
    "sentence_start", "sentence_end", "sentence",
]
SENTENCE_COLUMNS = [
    "sentence_id", "char_start", "char_end", "text", "mode", "speaker", "speaker_as_written", "source_type",
    "attribution_verb",
]


#: Longest text drafted at once: a long feature (8,000 words) runs to 50,000 characters; more is several articles pasted together.
MAX_ARTICLE_CHARS = 50_000
#: Most rows one draft holds (numbers, or sentences): a long article has a few hundred. Beyond this, the rows
#: would fill memory (1 MB of "$5 " made 333,000 rows and 529 MB) and no learner could curate them.
MAX_DRAFT_ROWS = 1_000


@lru_cache(maxsize=1)
def _number_like() -> re.Pattern:
    """What may become a row of a claims draft, counted before the rules run: digit groups ("1,631", "11:00") and number words."""
    return re.compile(r"\d++(?:[.,:/]\d++)*+|\b(?:" + "|".join(sorted({*_SMALL, *_SCALES}, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)


def check_text(text: object, function: str) -> None:
    """Refuse, in one sentence, what is not an article's text or is too long to draft quickly."""
    if not isinstance(text, str):
        raise ValueError(f"{function} expects the article as a string of text.")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ValueError(f"This text has {len(text):,} characters; {function} drafts one article of up to {MAX_ARTICLE_CHARS:,} "
                         "characters at a time, so paste a single article.")


def check_article(text: object, function: str = "extract_claims") -> None:
    """Raise ValueError, in one sentence, for a text ``extract_claims`` would refuse: too long, or too many numbers.

    Cheap (one linear scan), so a caller can say so before drafting; ``extract_claims`` runs it first.
    """
    check_text(text, function)
    _check_rows(sum(1 for _ in itertools.islice(_number_like().finditer(text), MAX_DRAFT_ROWS + 1)), "numbers")


def _check_rows(count: int, what: str) -> None:
    if count > MAX_DRAFT_ROWS:
        raise ValueError(f"This text holds more than {MAX_DRAFT_ROWS:,} {what}, more than anyone could check in one ledger; "
                         "paste a single article, or a part of it.")


def _sentences(text: str, limit: int | None) -> list[_Sentence]:
    """The text's sentences, refused plainly when there are more than ``limit`` (the public functions' cap; the
    engine's speed tests pass None)."""
    sentences = _segment(text)
    if limit is not None and len(sentences) > limit:
        _check_rows(len(sentences), "sentences")
    return sentences


@contextmanager
def _collector_paused():
    """Pause the cyclic garbage collector while the ledger is built: with tens of thousands of small objects alive, its
    repeated full passes made a text of dense numbers cost more than twice as much per doubling. Nothing built here
    forms cycles that must be freed early; collection resumes (as it was) when the frame is made."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_CITING = re.compile(r"(?<![\w-])(?:citing|quoting)[ \t]+$", re.IGNORECASE)


def _cited_source(text: str, claim: _Claim) -> bool:
    """"reported, citing two people with knowledge of the talks": the number describes a source, as in a speaker's
    description, and is no claim of the article."""
    return claim.claim_type == "count" and bool(claim.unit) and _singular(claim.unit.split("_")[-1]) in _SOURCE_NOUNS | {"person", "people"} \
        and bool(_CITING.search(text, max(0, claim.start - 12), claim.start))


def _analyse(text: str, limit: int | None = None) -> tuple[list[_Sentence], list[tuple[_Claim, _Sentence | None]]]:
    sentences = _sentences(text, limit)
    _attribute(text, sentences)
    starts = [s.start for s in sentences]
    groups: dict[int, list[_Claim]] = {}
    for claim in _number_spans(text):
        index = bisect.bisect_right(starts, claim.start) - 1
        groups.setdefault(index if index >= 0 and claim.start < sentences[index].end else -1, []).append(claim)
    kept = []
    for index, claims in groups.items():
        sentence = sentences[index] if index >= 0 else None
        if sentence is not None:
            claims = merge_rates(text, sorted(claims + _list_counts(text, sentence, claims), key=lambda c: c.start))
            claims = merge_compound_durations(text, claims)
            days_before_dates(text, claims)
            if sentence.speaker_span and len(text[sentence.speaker_span[0]:sentence.speaker_span[1]].split()) <= 10:
                low, high = sentence.speaker_span  # "two people familiar with...": the source, not a claim (a long span is a misreading)
                claims = [c for c in claims if not low <= c.start < high]
            claims = [c for c in claims if not _cited_source(text, c)]
            _inherit_units(text, claims)
        claims = merge_ranges(text, claims)
        qualify(text, claims)
        kept.extend((claim, sentence) for claim in claims)
    kept.sort(key=lambda pair: pair[0].start)
    return sentences, kept


def claims_frame(text: str, limit: int | None = None) -> pd.DataFrame:
    """One row per number, date or clock time (``CLAIM_COLUMNS``); see ``extract_claims``."""
    with _collector_paused():
        return _claims_frame(text, limit)


def _claims_frame(text: str, limit: int | None) -> pd.DataFrame:
    sentences, kept = _analyse(text, limit)
    if limit is not None and len(kept) > limit:  # numbers in words ("a day", "half a") escape the numeral pre-count
        _check_rows(len(kept), "numbers, dates and clock times")
    rows = []  # one tuple per claim in CLAIM_COLUMNS' order, turned into columns at the end (no dict per row)
    sentence_texts: dict[int, str] = {}  # one string per sentence, shared by its rows (a huge sentence is not copied per number)
    for number, (claim, sentence) in enumerate(kept, start=1):
        if sentence is None:
            sentence = _Sentence(claim.start, claim.end)
        if sentence.start not in sentence_texts:
            sentence_texts[sentence.start] = text[sentence.start:sentence.end]
        mode = "direct_quote" if sentence.quoted(claim.start, claim.end) else ("paraphrase" if sentence.speaker else "narration")
        rows.append((
            f"C{number:03d}", claim.start, claim.end, text[claim.start:claim.end], claim.value, claim.unit, claim.claim_type,
            claim.value_si, claim.unit_si, claim.qualifier, claim.bound, claim.value_high,
            sentence.speaker, sentence.speaker_as_written, mode, sentence.source_type if sentence.speaker else "none", sentence.verb,
            sentence.start, sentence.end, sentence_texts[sentence.start],
        ))
    columns = dict(zip(CLAIM_COLUMNS, map(list, zip(*rows)))) if rows else {name: [] for name in CLAIM_COLUMNS}
    return _frame(columns, ("char_start", "char_end", "sentence_start", "sentence_end"), ("value", "value_si", "value_high"))


def sentences_frame(text: str, limit: int | None = None) -> pd.DataFrame:
    """One row per sentence (``SENTENCE_COLUMNS``); see ``extract_sentences``."""
    with _collector_paused():
        sentences = _sentences(text, limit)
        _attribute(text, sentences)
    columns = {
        "sentence_id": [f"S{number:02d}" for number in range(1, len(sentences) + 1)],
        "char_start": [s.start for s in sentences], "char_end": [s.end for s in sentences],
        "text": [text[s.start:s.end] for s in sentences], "mode": [s.mode for s in sentences],
        "speaker": [s.speaker for s in sentences], "speaker_as_written": [s.speaker_as_written for s in sentences],
        "source_type": [s.source_type if s.speaker else "none" for s in sentences], "attribution_verb": [s.verb for s in sentences],
    }
    return _frame(columns, ("char_start", "char_end"), ())


def _frame(columns: dict[str, list], integers: tuple, floats: tuple) -> pd.DataFrame:
    """A frame with each column's type given, in ``columns``' order (no per-row dicts, no type guessing)."""
    return pd.DataFrame({name: pd.Series(values, dtype="int64" if name in integers else "float64" if name in floats else "str")
                         for name, values in columns.items()})
