"""How good is the automatic claim extractor? Accuracy against the hand-made ledgers, and speed.

Run ``python benchmarks/extractor_accuracy.py``: prints one row per article (the case study and each
sample article) and the throughput on 100 articles, one per call, and exits 1 when a floor is missed.

Scope: for the case study both sides are limited to the lines ``data/segments.csv`` marks ``in_article``
(headline, section headings, body). The photo caption of line 26 and the teaser of line 27 are *not* in
scope: they are page furniture from another story. The sample articles are scored whole.
The floors apply to the case study and to the samples pooled, so no single rule is tuned to one text.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import medialit as ml  # noqa: E402
from medialit.extract import Score, extract_claims, extract_sentences, score_extraction  # noqa: E402
from medialit.practice import hand_made_samples  # noqa: E402
from medialit.widgets.ledger_curator import sample_ledger, sample_sentences, sample_text  # noqa: E402

FLOORS = {"recall": 0.95, "precision": 0.90, "speaker_accuracy": 0.85}
THROUGHPUT_ARTICLES = 100


def case_study_scope() -> list[tuple[int, int]]:
    """The character ranges of the article itself: headline, section headings and body lines."""
    segments = ml.load_segments()
    kept = segments[segments["in_article"]]
    return list(zip(kept["char_start"].astype(int), kept["char_end"].astype(int)))


def datasets():
    """(name, text, gold claims, gold sentences, scope) for the case study and each hand-made sample article.

    The samples come through the course's own loaders, byte for byte (offsets index the text as stored).
    Practice articles drafted by the extractor itself (``medialit.practice``) would only measure agreement
    with itself, so they are left out.
    """
    yield "case study (body)", ml.article_text(), ml.load_claims(), ml.load_sentences(), case_study_scope()
    for name in hand_made_samples():
        yield f"sample: {name}", sample_text(name), sample_ledger(name), _sentences_or_none(name), None


def _sentences_or_none(name: str):
    """A sample's sentence table; an empty one where the sample has none (the table is optional)."""
    import pandas as pd

    try:
        return sample_sentences(name)
    except ml.DataError:
        return pd.DataFrame(columns=["sentence_id", "char_start", "char_end", "text", "mode", "speaker"])


def measure() -> dict[str, Score]:
    """Score every dataset; adds 'samples (pooled)' summing the sample articles."""
    scores = {}
    for name, text, claims, sentences, scope in datasets():
        scores[name] = score_extraction(extract_claims(text), claims, sentences, pred_sentences=extract_sentences(text), scope=scope)
    samples = [s for n, s in scores.items() if n.startswith("sample")]
    scores["samples (pooled)"] = Score(*(sum(getattr(s, f) for s in samples) for f in Score.__dataclass_fields__))
    return scores


def missed_floors(scores: dict[str, Score]) -> list[str]:
    """Floors missed by the case study or the pooled samples, each as one line."""
    problems = []
    for name in ("case study (body)", "samples (pooled)"):
        for metric, floor in FLOORS.items():
            value = getattr(scores[name], metric)
            if value < floor:
                problems.append(f"{name}: {metric} {value:.3f} is below the floor {floor:.2f}")
    return problems


def throughput(articles: int = THROUGHPUT_ARTICLES) -> tuple[int, float]:
    """Characters in, articles per second, for ``articles`` articles drafted one per call (longer texts are refused)."""
    pieces = [ml.body_text()] + [sample_text(name) for name in hand_made_samples()]
    texts = [pieces[i % len(pieces)] for i in range(articles)]
    started = time.perf_counter()
    for text in texts:
        extract_claims(text)
    elapsed = time.perf_counter() - started
    return sum(map(len, texts)), articles / elapsed


def table(scores: dict[str, Score]) -> str:
    header = "| dataset | gold numbers | predicted | TP | precision | recall | quoted sentences | speaker accuracy |"
    lines = [header, "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for name, s in scores.items():
        lines.append(f"| {name} | {s.gold_numbers} | {s.predicted} | {s.true_positives} | {s.precision:.2f} | "
                     f"{s.recall:.2f} | {s.quoted_sentences} | {s.speaker_accuracy:.2f} |")
    return "\n".join(lines)


def main() -> int:
    scores = measure()
    print(table(scores))
    characters, rate = throughput()
    print(f"\nThroughput: {THROUGHPUT_ARTICLES} articles ({characters:,} characters), one per call: {rate:,.0f} articles/second")
    problems = missed_floors(scores)
    for problem in problems:
        print(f"FLOOR MISSED: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
