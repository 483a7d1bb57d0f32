"""How a draft ledger compares with a hand-made one: numbers, speakers, hedges."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

import pandas as pd

from .words import _TITLES

_NAME_NOISE = {"the", "a", "an", "of", *_TITLES}


def speakers_match(predicted: object, gold: object) -> bool:
    """Same speaker? Compared by surname or last word, titles ignored: "Kartapolov" matches "Col. Gen. Andrei Kartapolov"."""
    def words(name: object) -> list[str]:
        if not isinstance(name, str):
            return []
        return [w for w in re.findall(r"[a-z0-9]+", name.lower().replace("’", "'")) if w not in _NAME_NOISE]

    left, right = words(predicted), words(gold)
    if not left or not right:
        return not left and not right
    return left == right or left[-1] == right[-1]


@dataclass(frozen=True)
class Score:
    """How a draft ledger compares with a hand-made one (counts, so scores of several articles can be summed)."""

    gold_numbers: int
    predicted: int
    true_positives: int
    gold_found: int
    quoted_sentences: int
    speakers_right: int
    attributed_sentences: int = 0  # gold sentences quoted or paraphrased
    attributed_right: int = 0
    hedges_scored: int = 0  # gold numbers found, when both ledgers have qualifier and bound columns
    qualifiers_right: int = 0
    bounds_right: int = 0  # bound right, and value_high too for a range

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold_numbers if self.gold_numbers else 1.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.quoted_sentences if self.quoted_sentences else 1.0

    @property
    def attributed_accuracy(self) -> float:
        return self.attributed_right / self.attributed_sentences if self.attributed_sentences else 1.0

    @property
    def qualifier_accuracy(self) -> float:
        """NaN when there was nothing to compare (a ledger without the hedge columns)."""
        return self.qualifiers_right / self.hedges_scored if self.hedges_scored else math.nan

    @property
    def bound_accuracy(self) -> float:
        return self.bounds_right / self.hedges_scored if self.hedges_scored else math.nan


def _in_scope(starts: pd.Series, scope) -> pd.Series:
    if scope is None:
        return pd.Series(True, index=starts.index)
    ranges = list(scope)
    return starts.apply(lambda s: any(a <= s < b for a, b in ranges))


def _same_number(left: object, right: object) -> bool:
    """Equal values, or both empty."""
    left, right = pd.to_numeric(pd.Series([left, right]), errors="coerce").tolist()
    if math.isnan(left) or math.isnan(right):
        return math.isnan(left) and math.isnan(right)
    return math.isclose(left, right, rel_tol=1e-9, abs_tol=1e-9)


def _hedge(value: object) -> str:
    return value.strip().lower() if isinstance(value, str) else ""


def _speakers_right(gold_sentences: pd.DataFrame, candidates: list[tuple[int, int, str]]) -> int:
    """How many gold sentences the predicted sentence overlapping each most gives the same speaker."""
    right = 0
    for start, end, speaker in zip(gold_sentences["char_start"], gold_sentences["char_end"], gold_sentences["speaker"]):
        overlaps = [(min(end, e) - max(start, s), name) for s, e, name in candidates if s < end and start < e]
        if overlaps and speakers_match(max(overlaps, key=lambda o: o[0])[1], speaker):
            right += 1
    return right


def score_extraction(pred: pd.DataFrame, gold_claims: pd.DataFrame, gold_sentences: pd.DataFrame,
                     pred_sentences: pd.DataFrame | None = None, scope=None) -> Score:
    """Compare a draft (``extract_claims``) with a hand-made ledger.

    Numbers: a predicted number is right when its span overlaps a gold span with a number of equal value;
    recall counts the gold numbers some prediction found. Speakers: for each gold ``direct_quote`` sentence
    (and, for ``attributed_accuracy``, each gold quoted or paraphrased sentence), the predicted sentence
    overlapping it most must name the same speaker (``speakers_match``). Hedges: for each gold number found,
    the first prediction that found it must have the same ``qualifier``, and the same ``bound`` (and
    ``value_high`` for a range); scored only when both sides have those columns. Predicted sentences come from
    ``pred_sentences`` (``extract_sentences``) when given, else from ``pred``'s sentence columns.
    ``scope``, a list of (start, end) ranges, limits both sides to the same part of the text (e.g. the article body).
    """
    numbers = pred[pred["value"].notna() & _in_scope(pred["char_start"], scope)]
    gold = gold_claims[gold_claims["value"].notna() & _in_scope(gold_claims["char_start"], scope)]
    gold_spans = list(zip(gold["char_start"].astype(int), gold["char_end"].astype(int), gold["value"].astype(float)))

    def hit(start: int, end: int, value: float, spans) -> int | None:
        return next((i for i, (s, e, v) in enumerate(spans)
                     if s < end and start < e and math.isclose(value, v, rel_tol=1e-9, abs_tol=1e-9)), None)

    pred_spans = list(zip(numbers["char_start"], numbers["char_end"], numbers["value"].astype(float)))
    true_positives = sum(hit(s, e, v, gold_spans) is not None for s, e, v in pred_spans)
    found = [hit(s, e, v, pred_spans) for s, e, v in gold_spans]

    hedges = qualifiers_right = bounds_right = 0
    hedge_columns = {"qualifier", "bound", "value_high"}
    if hedge_columns <= set(gold.columns) and hedge_columns <= set(numbers.columns):
        for gold_row, match in zip(gold.itertuples(), found):
            if match is None:
                continue
            guess = numbers.iloc[match]
            hedges += 1
            qualifiers_right += _hedge(guess["qualifier"]) == _hedge(gold_row.qualifier)
            bounds_right += _hedge(guess["bound"]) == _hedge(gold_row.bound) and (
                _hedge(gold_row.bound) != "range" or _same_number(guess["value_high"], gold_row.value_high))

    if pred_sentences is None:
        pred_sentences = pred.rename(columns={"sentence_start": "s", "sentence_end": "e"})[["s", "e", "speaker"]].drop_duplicates()
    else:
        pred_sentences = pred_sentences.rename(columns={"char_start": "s", "char_end": "e"})[["s", "e", "speaker"]]
    candidates = list(zip(pred_sentences["s"], pred_sentences["e"], pred_sentences["speaker"]))
    listed = gold_sentences[_in_scope(gold_sentences["char_start"], scope)]
    attributed = listed[listed["mode"].isin(["direct_quote", "paraphrase"])]
    quoted = listed[listed["mode"] == "direct_quote"]
    return Score(len(gold_spans), len(pred_spans), int(true_positives), sum(m is not None for m in found),
                 len(quoted), _speakers_right(quoted, candidates), len(attributed), _speakers_right(attributed, candidates),
                 hedges, int(qualifiers_right), int(bounds_right))
