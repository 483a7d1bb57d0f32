"""Who says so: attribution chains, how much of the article rests on each source, its verbs and its labels.

Everything is read from the ledger (sentences.csv, claims.csv, entities.csv), so a corrected row corrects
every table, chart and answer built here.
"""
from __future__ import annotations

import re

import altair as alt
import pandas as pd

from .charts import PALETTE, CourseChart, show
from .data import load_claims, load_entities, load_segments, load_sentences
from .text import words

__all__ = [
    "OUTLET_VOICE",
    "MODE_LABELS",
    "SOURCE_TYPE_LABELS",
    "LOADED_LABELS",
    "QUOTED",
    "sentence_table",
    "CHAIN_LINKS",
    "chain",
    "chain_examples",
    "chains",
    "source_shares",
    "source_chart",
    "bar_description",
    "verb_counts",
    "label_counts",
    "unnamed_parties",
]

OUTLET_VOICE = "the outlet itself (no speaker)"
MODE_LABELS = {"direct_quote": "direct quote", "paraphrase": "paraphrase", "narration": "narration"}
# The source types, defined once: the drill, the explorer and lesson 02 all show these labels.
SOURCE_TYPE_LABELS = {
    "named_person": "named person (here, or named earlier and implied here)",
    "named_institution": "named institution",
    "unnamed": "unnamed (never named anywhere in the article)",
    "none": "none (the outlet's own voice)",
}
# Words that carry a judgement, not a description; each is a regular expression counted case-insensitively.
LOADED_LABELS = {
    "terrorist(s)": r"\bterrorists?\b",
    "patriotic": r"\bpatriotic\b",
    "criminals": r"\bcriminals?\b",
}


# Lines inside the body that are on the page but not this article (segments.csv's note explains each).
OFF_ARTICLE_KINDS = {"photo_caption": "a photo caption", "related_teaser": "the headline of another article"}

def sentence_table(article_only: bool = True) -> pd.DataFrame:
    """Sentences with their line, the line's kind, a ``source`` (speaker, or the outlet itself) and a word count.

    With ``article_only`` (the default), the embedded photo caption and the teaser for another article,
    which are on the page but not part of this article, are left out.
    """
    segments = load_segments()[["segment_id", "kind", "in_article"]]
    table = load_sentences().merge(segments, on="segment_id", how="left")
    if article_only:
        table = table[table["in_article"]]
    table = table.rename(columns={"segment_id": "line"})
    table["source"] = table["speaker"].fillna(OUTLET_VOICE)
    table["words"] = table["text"].map(lambda text: len(words(text))).astype("int64")
    return table.reset_index(drop=True)


#: The ledger's columns for the links of a chain, from the outlet the reader sees to the person who speaks.
CHAIN_LINKS = ["chain_outlet", "chain_institution", "chain_person"]


def chain(claim_id: str) -> str:
    """A claim's attribution chain as a reader would say it: outlet → institution → person (links it names)."""
    claims = load_claims().set_index("claim_id")
    if claim_id not in claims.index:
        raise KeyError(f"There is no claim {claim_id!r}; claim ids look like 'C004'.")
    row = claims.loc[claim_id]
    links = [row[link] for link in CHAIN_LINKS]
    return " → ".join(str(link) for link in links if pd.notna(link))


def chain_examples(claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """One claim of each attribution chain in a ledger, shortest chain first, its links as columns.

    Every link a chain has is then seen filled in, down to the person who speaks at the end of the longest (a
    slice of the ledger's rows can miss that link altogether). Each chain is shown by its first count claim, a
    figure, where it has one, else by its first claim.
    """
    claims = load_claims() if claims is None else claims
    figures_first = claims.sort_values("claim_type", key=lambda kind: kind != "count", kind="stable")
    examples = figures_first.drop_duplicates(CHAIN_LINKS)
    examples = examples.assign(links=examples[CHAIN_LINKS].notna().sum(axis=1)).sort_values(["links", "claim_id"])
    return examples[["claim_id", "text", *CHAIN_LINKS]].reset_index(drop=True)


def chains() -> pd.Series:
    """How many claims rest on each attribution chain, most common first."""
    claims = load_claims()
    labelled = claims["claim_id"].map(chain)
    return labelled.value_counts().rename_axis("attribution chain").rename("claims")


def _sentences_of(ledger: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence of any ledger: a claims ledger (several claims may share a sentence) or a sentence table."""
    if not isinstance(ledger, pd.DataFrame):
        raise TypeError("source_shares expects a pandas DataFrame: a claims ledger or a sentence table.")
    text_column = "sentence" if "sentence" in ledger.columns else "text"
    missing = [c for c in (text_column, "speaker", "mode") if c not in ledger.columns]
    if missing:
        raise ValueError(f"The table lacks the column(s) {', '.join(missing)}; it needs speaker, mode and sentence (or text).")
    key = ["sentence_start"] if "sentence_start" in ledger.columns else [text_column]
    rows = ledger.drop_duplicates(key, keep="first")
    speaker = rows["speaker"].astype("string").str.strip().replace("", pd.NA)
    mode = rows["mode"].astype("string").str.strip()
    return pd.DataFrame({
        "source": speaker.fillna(OUTLET_VOICE).to_numpy(),
        "mode": mode.fillna("").to_numpy(),
        "words": rows[text_column].fillna("").astype(str).map(lambda text: len(words(text))).to_numpy(),
    })


def source_shares(ledger: pd.DataFrame | None = None) -> pd.DataFrame:
    """How much of an article (sentences and words) rests on each source, split by how it is reported.

    Without an argument: the case-study article. With a claims ledger or a sentence table of any article
    (columns speaker, mode and sentence or text), each sentence's words are counted once.
    """
    table = sentence_table() if ledger is None else _sentences_of(ledger)
    table = table.assign(how=table["mode"].astype(str).map(MODE_LABELS).fillna("not classified"))
    shares = table.groupby(["source", "how"], observed=True).agg(sentences=("words", "size"), words=("words", "sum"))
    shares = shares.reset_index()
    total = shares["words"].sum()
    shares["share of words (%)"] = (100 * shares["words"] / total).round(1) if total else 0.0
    return shares.sort_values(["words", "source", "how"], ascending=[False, True, True]).reset_index(drop=True)


def _percent(value: float) -> str:
    return f"{value:.0f}%"


def source_chart(ledger: pd.DataFrame | None = None) -> CourseChart:
    """A bar per source and way of reporting, labelled in words (colour only repeats what the labels say).

    Without an argument: the case-study article, described by its sources in order (exercise 02.8 asks a share); with a
    ledger of any article, that article, described with each source's share of the words (see source_shares).
    """
    shares = source_shares(ledger)
    shares["bar"] = shares["source"] + " · " + shares["how"]
    shares["label"] = [f"{w} words, {_percent(p)}" for w, p in zip(shares["words"], shares["share of words (%)"])]
    order = shares["bar"].tolist()
    modes = [label for label in [*MODE_LABELS.values(), "not classified"] if label in set(shares["how"])]
    base = alt.Chart(shares).encode(
        y=alt.Y("bar:N", sort=order, title="Source · how the article reports it",
                axis=alt.Axis(labelLimit=360, titleAngle=0, titleAlign="right", titleAnchor="end", titleY=-8, titleX=0)))
    # Room to the right of the longest bar for its text label.
    x_scale = alt.Scale(domain=[0, max(1, int(shares["words"].max() * 1.45) if len(shares) else 1)], nice=False)
    bars = base.mark_bar().encode(
        x=alt.X("words:Q", title="Words of the article", scale=x_scale),
        color=alt.Color("how:N", title="How it is reported", scale=alt.Scale(domain=modes, range=PALETTE[: len(modes)]),
                        legend=alt.Legend(orient="bottom")),
        tooltip=["source", "how", "sentences", "words", "share of words (%)"],
    )
    labels = base.mark_text(align="left", dx=4).encode(x=alt.X("words:Q", scale=x_scale), text="label:N")
    total = int(shares["words"].sum())
    if shares.empty or total == 0:
        description = "No sentence with words to count yet, so the chart has no bars."
    else:
        by_source = shares.groupby("source", sort=False)["words"].sum().sort_values(ascending=False, kind="stable")
        if ledger is None:
            # The case-study chart sits just before exercise 02.8, which asks Kartapolov's share: name the sources in
            # order, with how each is reported, but leave the shares to the exercise (learner Z's Z8).
            ways = shares.groupby("source", sort=False)["how"].agg(lambda how: " and ".join(how))
            parts = [f"{source}, in {ways[source]}" for source in by_source.index]
            ranking = f"Sources, most words first: {'; '.join(parts)}."
        else:
            parts = [f"{source}: {_percent(100 * count / total)}" for source, count in by_source.items()]
            ranking = f"Shares by source: {'; '.join(parts)}."
        top = shares.iloc[0]
        description = (
            f"Horizontal bars, one per source and way of reporting, measuring words of the article ({total} words in all). "
            f"{ranking} The longest bar is {top['source']} in {top['how']} ({top['words']} words)."
        )
    return show((bars + labels).properties(width=360), title="How much of the article rests on each source",
                description=description)


def verb_counts() -> pd.Series:
    """How often each attribution verb introduces a sentence of the article (said, added, noted...)."""
    verbs = sentence_table()["attribution_verb"].dropna()
    return verbs.value_counts().rename_axis("attribution verb").rename("sentences")


QUOTED = "inside quotation marks"
# A quoted fragment: from an opening mark to its closing mark, or to the end of the sentence when a quote runs on.
_QUOTED_FRAGMENT = re.compile(r'"[^"]*"|"[^"]*$')


def _outside_quotes(text: str, mode: str) -> str:
    """The words of a sentence that are not inside quotation marks (none, for a direct quote)."""
    return "" if mode == "direct_quote" else _QUOTED_FRAGMENT.sub(" ", str(text))


def label_counts(labels: dict[str, str] | None = None) -> pd.DataFrame:
    """How many times each loaded label occurs in the article, and in whose words.

    A use inside quotation marks is the speaker's: a whole direct quote (a quote running over several sentences
    opens its marks only in the first), or a quoted fragment inside a paraphrase ('He noted that Russia has
    "..."'). The uses outside quotation marks are the outlet's words, split into paraphrase and narration.
    """
    labels = LOADED_LABELS if labels is None else labels
    table = sentence_table()
    mode = table["mode"].astype(str)
    outside = [_outside_quotes(text, m) for text, m in zip(table["text"], mode)]
    outside = pd.Series(outside, index=table.index, dtype="string")
    rows = {}
    for label, pattern in labels.items():
        regex = f"(?i){pattern}"
        everywhere = table["text"].str.count(regex)
        unquoted = outside.str.count(regex)
        rows[label] = {
            QUOTED: int((everywhere - unquoted).sum()),
            MODE_LABELS["paraphrase"]: int(unquoted[mode == "paraphrase"].sum()),
            MODE_LABELS["narration"]: int(unquoted[mode == "narration"].sum()),
            "total": int(everywhere.sum()),
        }
    return pd.DataFrame.from_dict(rows, orient="index").rename_axis("label").astype("int64")


def bar_description(table: pd.DataFrame, label: str = "source", value: str = "words") -> str:
    """A chart's text description stating every bar's value, largest first (read out by screen readers)."""
    ordered = table.sort_values([value, label], ascending=[False, True])
    parts = "; ".join(f"{name}: {amount} {value}" for name, amount in zip(ordered[label], ordered[value]))
    return f"Horizontal bars, one per {label}. {parts}."


def unnamed_parties() -> pd.DataFrame:
    """Groups the article cites or credits without naming any member (the ledger marks them '(unnamed)')."""
    entities = load_entities()
    unnamed = entities[(entities["kind"] == "group") & entities["name"].str.contains("(unnamed)", regex=False)]
    return unnamed[["entity_id", "name", "description"]].reset_index(drop=True)
