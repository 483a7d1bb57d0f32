"""Draft a claims ledger for any plain-text news article: numbers and their units, dates, clock times, who says what.

Hand-written rules plus ``pint``, no language model: nothing to download, quick to import, and every rule is
short enough to read and argue with in a lesson. The result is a *draft* for a learner to correct, laid out
like the course's own ledger (``data/claims.csv``), with offsets into the text given
(``text == article[char_start:char_end]`` for every row).

``extract_claims(text)`` gives one row per number, date or clock time; ``extract_sentences(text)`` gives one
row per sentence with its mode (direct_quote, paraphrase, narration) and speaker; ``score_extraction``
measures a draft against a hand-made ledger (``benchmarks/extractor_accuracy.py`` prints the result).
Claim types are the ledger's (count, distance, date, time, duration) plus ``speed``, ``percent`` and ``money``;
shares ("one in five", "two-thirds") are ``percent`` in unit ``fraction``, multiples ("doubles") ``count`` in unit
``times``, temperatures ``temperature`` in ``degree_celsius`` or ``degree_fahrenheit``, volumes ``volume`` (litre, ml, gallon, cubic_metre, cubic_foot, cubic_yard), areas ``area`` (acre, hectare,
square_metre, square_kilometre, square_mile). Each figure's hedge is in
``qualifier``, ``bound`` and ``value_high`` (see ``hedges``); a rate with its denominator ("52 cases per 100,000
residents") is one claim, and so is a volume per second, minute or hour ("0.8 cubic metres per second"), a ``count`` in
unit ``cubic_metre_per_second``, since no claim type takes a flow. Its known blind spots: compound modifiers in words ("one-day"), claims without a number,
estimates reported with "put ... at" ("Insurers put the damage at"), and two institutions that could both be "the company".

A small package by concern: ``words`` (vocabularies), ``patterns`` (compiled on first use), ``numbers`` (numbers
and units), ``sentences`` (sentences and quotations), ``attribution`` (who says so), ``draft`` (the two ledgers
as data frames) and ``scoring``. This module only checks its input and hands it on: one article of up to ``MAX_ARTICLE_CHARS`` characters and ``MAX_DRAFT_ROWS`` rows, refused in one sentence
beyond that (``check_article`` says so before drafting).
"""
from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .draft import CLAIM_COLUMNS, MAX_ARTICLE_CHARS, MAX_DRAFT_ROWS, SENTENCE_COLUMNS, check_article, check_text, claims_frame, sentences_frame
from .patterns import _patterns  # noqa: F401  (re-exported: tests check it is built lazily)
from .scoring import Score, score_extraction, speakers_match

__all__ = ["extract_claims", "extract_sentences", "check_article", "MAX_ARTICLE_CHARS", "MAX_DRAFT_ROWS", "score_extraction", "Score", "speakers_match", "CLAIM_COLUMNS", "SENTENCE_COLUMNS"]


#: Drafts kept for texts drafted again: lesson 05 drafts two articles, each more than once (its cells, the
#: curator, an answer key); a few more leave room for a learner's own. Each holds at most one article's rows.
DRAFTS_KEPT = 4


def extract_claims(text: str) -> pd.DataFrame:
    """A draft claims ledger for any article: one row per number, date or clock time, with its sentence and speaker.

    Columns follow ``data/claims.csv`` where they overlap (see ``CLAIM_COLUMNS``); ``value`` is empty (NaN) for dates
    and clock times; ``value_si`` gives distances in m, speeds in m/s, durations in s, temperatures in K, volumes in m^3, areas in m^2. A draft, made by rules: check it.
    The same text gives the same draft, so a text drafted again recently is not drafted twice: each call returns
    its own copy, for the caller to change.
    """
    check_article(text)
    return _draft(text).copy()


@lru_cache(maxsize=DRAFTS_KEPT)
def _draft(text: str) -> pd.DataFrame:
    """The draft of one text, kept for the last ``DRAFTS_KEPT`` texts; only ``extract_claims`` reads it, and copies it."""
    return claims_frame(text, limit=MAX_DRAFT_ROWS)


def extract_sentences(text: str) -> pd.DataFrame:
    """Every sentence with its mode (direct_quote, paraphrase, narration) and who the article says is speaking."""
    check_text(text, "extract_sentences")
    return sentences_frame(text, limit=MAX_DRAFT_ROWS)
