"""Lesson 02 "Who says so?": attribution chains, quote / paraphrase / narration, sources, verbs, labels, evidence."""
from __future__ import annotations

import difflib
import numbers
import re
from dataclasses import dataclass
from typing import Any

from .. import attribution
from ..answers import MAX_READ_CHARS, AnswerError, a_kind, column_description, parse_number, preview
from ..data import load_claims
from . import MAX_NEAR_MISS_CHARS, PERCENT, Exercise, Trap, get_exercise, register, same_choice, typed_answer_line
from .desk import DeskGroupsExercise, ids_where

MODE_CHOICES = ("direct quote", "paraphrase", "narration")
#: Other word forms of the three modes, read as the mode they name, alike for each ("narrated" as "paraphrased" is read);
#: "indirect quote" and "reported speech" are the everyday names of a paraphrase (lesson 02 defines it as the outlet
#: retelling a speaker's words), not misspellings of "direct quote". "The outlet's own voice" is how lesson 02 defines
#: narration (learner Z's Z9), and no other mode is spoken in the outlet's own voice: read as narration.
_OWN_VOICE = ("the outlet's own voice", "outlet's own voice", "the outlets own voice", "outlets own voice", "own voice",
              "the outlet's voice", "outlet's voice")
MODE_ALIASES = (("narrated", "narration"), ("narrative", "narration"), ("narrating", "narration"), ("narrate", "narration"),
                ("paraphrasing", "paraphrase"), ("indirect quote", "paraphrase"), ("indirect quotation", "paraphrase"),
                ("indirect speech", "paraphrase"), ("reported speech", "paraphrase"), ("quotation", "direct quote"),
                ("direct quotation", "direct quote"), ("directly quoted", "direct quote"), ("quoting", "direct quote"),
                *((form, "narration") for form in (*_OWN_VOICE, *(f.replace("'", "\u2019") for f in _OWN_VOICE if "'" in f))))
LABEL = "terrorist(s)"
MINISTRY = "Russian Defence Ministry"
KARTAPOLOV = "Andrei Kartapolov"


def _outlet_only_claims() -> int:
    claims = load_claims()
    return int((claims["chain_institution"].isna() & claims["chain_person"].isna()).sum())


def _mode_of_line(line: int) -> str:
    """The ledger's mode for the (single) sentence on a line, in words."""
    sentences = attribution.sentence_table()
    rows = sentences[sentences["line"] == line]
    if len(rows) != 1:
        raise LookupError(f"Line {line} holds {len(rows)} sentences; the exercise expects exactly one.")
    return attribution.MODE_LABELS[str(rows["mode"].iloc[0])]


def _implied_speakers() -> int:
    sentences = attribution.sentence_table()
    return int((sentences["speaker"].notna() & ~sentences["attribution_explicit"]).sum())


def _implied_speaker_lines() -> int:
    """The lines, not sentences, whose speaker is only implied: what counting the attribution explorer's numbered lines
    gives, though one line may hold several sentences (a common miscount)."""
    sentences = attribution.sentence_table()
    return int(sentences.loc[sentences["speaker"].notna() & ~sentences["attribution_explicit"], "line"].nunique())


def _speakers_counted() -> int:
    """Every sentence with a speaker, those naming him outright too: sentences["speaker"].notna().sum() (learner AF, AF-2)."""
    return int(attribution.sentence_table()["speaker"].notna().sum())


def _narration_counted() -> tuple[int, int]:
    """Two slips that count the narration sentences too: no test of the speaker, or "notna() & explicit == False"
    without brackets, which Python reads as (notna() & explicit) == False."""
    sentences = attribution.sentence_table()
    explicit = sentences["attribution_explicit"]
    return int((~explicit).sum()), int(((sentences["speaker"].notna() & explicit) == False).sum())  # noqa: E712  the slip itself


def _verb_counts() -> dict[str, int]:
    return {verb: int(count) for verb, count in attribution.verb_counts().items()}


def _label_in_outlets_words() -> int:
    counts = attribution.label_counts().loc[LABEL]
    return int(counts["total"] - counts[attribution.QUOTED])


def _label_in_reported_sentences() -> int:
    """The uses in paraphrase and narration sentences, quoted fragments included (a common miscount)."""
    sentences = attribution.sentence_table()
    reported = sentences[sentences["mode"] != "direct_quote"]
    return int(reported["text"].str.count(f"(?i){attribution.LOADED_LABELS[LABEL]}").sum())


def _kartapolov_share(article_only: bool = True) -> float:
    """His share of the article's words; ``article_only=False`` divides by the whole page's sentences, caption and teaser
    included, as the attribution explorer's "... of ... words" does (a common miscount)."""
    table = attribution.sentence_table(article_only=article_only)
    return float(100 * table.loc[table["source"] == KARTAPOLOV, "words"].sum() / table["words"].sum())


def _word_counts_not_shares() -> tuple[int, int]:
    """His words and the article's words: counts a learner may give where 02.8 asks for the share one makes of the other."""
    table = attribution.sentence_table()
    return int(table.loc[table["source"] == KARTAPOLOV, "words"].sum()), int(table["words"].sum())


def _kartapolov_shares_added() -> float:
    """His rows' shares as the shares table shows them (each rounded to one decimal place), added: the prompt's way."""
    shares = attribution.source_shares()
    return float(shares.loc[shares["source"] == KARTAPOLOV, "share of words (%)"].sum())


def _accepted_shares() -> tuple[float, float]:
    """The answers 02.8 accepts: from his share rounded to one decimal place to his rows' rounded shares added, each with
    the half a unit of the last decimal place that rounding allows."""
    exact, added = round(_kartapolov_share(), 1), round(_kartapolov_shares_added(), 1)
    return min(exact, added) - 0.05, max(exact, added) + 0.05


@dataclass(frozen=True)
class ShareExercise(Exercise):
    """02.8: his share worked out exactly, or added from the table's rounded shares, is right; nothing further off."""

    def _judge_number(self, answer: Any) -> bool:
        low, high = _accepted_shares()
        return low - 1e-9 <= self._read_number(answer) <= high + 1e-9


#: Words that say a sentence mixes modes ("mixed", "a mix of both"), which the course's rule for mixed sentences settles.
_MIXED_WORDS = frozenset({"mix", "mixed", "mixes", "mixing", "mixture", "both", "combination", "combined", "hybrid"})


@dataclass(frozen=True)
class MixedSentenceExercise(Exercise):
    """02.3: "mixed" (or "both", "mixed quotation and paraphrase") names no one option, but it is what the sentence is:
    it is pointed at the lesson's rule for such sentences (class it by its main clause), without saying which mode that gives."""

    def _as_read(self, answer: Any) -> Any:
        try:
            read = super()._as_read(answer)
        except AnswerError:  # "mixed but not narration": the rule for mixed sentences helps more than the rule-out's message
            if not _says_mixed(answer):
                raise
            read = answer
        if _says_mixed(read) and self._canonical(read) not in {self._canonical(choice) for choice in self.choices}:
            applied = self._option_after_mixed(read)
            if applied is not None:  # "mixed, so paraphrase": the learner applied the rule (learner AL, M4)
                return applied
            raise AnswerError(f"{preview(answer)} is not one of the options: the sentence does mix the outlet's words with a "
                              "quotation, and the lesson classes such a sentence by its main clause. Answer with the mode that "
                              "clause gives, one of: " + ", ".join(self.choices) + ".", says_what_is_expected=True)
        return read

    def _option_after_mixed(self, text: str) -> str | None:
        """The one option after "mixed" and "so", ":", "but", a comma, an arrow, brackets or a dash ("mixed, so paraphrase",
        "mixed: paraphrase", "mixed (paraphrase)", "mixed → paraphrase", "mixed but paraphrase by the rule"), as its reader takes it; None if what follows is not exactly one option."""
        mixed = _MIXED_WORD.search(text)
        after = _AFTER_MIXED.search(text, mixed.end()) if mixed else None
        if not after:
            return None
        tail = _BY_THE_RULE.sub("", _BY_THE_RULE_FIRST.sub("", text[after.end():], count=1))
        if after[0].endswith("("):  # "mixed (paraphrase)": the mode is what the brackets hold
            tail = tail.strip()
            tail = tail[:-1] if tail.endswith(")") else tail
        if not tail.strip():
            return None
        try:
            option = super()._as_read(tail)
        except AnswerError:  # "mixed but not narration": no option after "mixed"
            return None
        choices = {self._canonical(choice) for choice in self.choices}
        return option if isinstance(option, str) and self._canonical(option) in choices else None


def _says_mixed(text: Any) -> bool:
    """Whether a text answer to 02.3 says the sentence is mixed ("mixed", "both", "a mix")."""
    return isinstance(text, str) and len(text) <= MAX_READ_CHARS and bool(_MIXED_WORDS & set(re.findall(r"[^\W\d_]+", text.casefold())))


#: The first word of 02.3's answers that says the sentence is mixed (one of ``_MIXED_WORDS``).
_MIXED_WORD = re.compile(r"\b(?:" + "|".join(sorted(_MIXED_WORDS)) + r")\b", re.IGNORECASE)
#: What introduces the mode the rule gives after "mixed": ", so", "but", ":", ";", a comma, an arrow ("->", "=>", "→"),
#: "=", an opening bracket ("mixed (paraphrase)") or a dash standing apart from a word (learner AN, M4).
_AFTER_MIXED = re.compile(r",?[ \t]*\b(?:so|but|hence|thus|therefore)\b|[:;,(=]|[ \t]*(?:->|=>|[\u2192\u21d2\u27f6])"
                          r"|[ \t][-\u2013\u2014]+|[-\u2013\u2014]+[ \t]|[\u2013\u2014]", re.IGNORECASE)
#: A closing "by the rule" ("by the course's rule for mixed sentences"): the prompt's own words, no note that changes the mode.
_BY_THE_RULE = re.compile(r",?[ \t]+(?:by|under|following|per|according[ \t]+to)[ \t]+(?:the[ \t]+)?(?:course(?:'s|s)?[ \t]+)?"
                          r"rule(?:[ \t]+for[ \t]+mixed[ \t]+sentences)?[ \t]*[.!]?[ \t]*$", re.IGNORECASE)
#: The same words before the mode ("mixed, but by the rule paraphrase", "mixed; by the rule: paraphrase"): learner AP, L3.
_BY_THE_RULE_FIRST = re.compile(r"^[ \t]*(?:by|under|following|per|according[ \t]+to)[ \t]+(?:the[ \t]+)?(?:course(?:'s|s)?[ \t]+)?"
                                r"rule(?:[ \t]+for[ \t]+mixed[ \t]+sentences)?[ \t]*[,:]?[ \t]*", re.IGNORECASE)


def _outlets_columns_summed() -> int:
    """The outlet's own columns added over every label's row, not only the asked one's (a common miscount)."""
    return int(attribution.label_counts()[_outlets_columns()].to_numpy().sum())


def _is_empty_label(key) -> bool:
    return key is None or (isinstance(key, float) and key != key) or str(key).strip().casefold() in {"nan", "<na>", "none", ""}


def _keys(answer) -> set[str]:
    return set((answer.to_dict() if hasattr(answer, "to_dict") else answer).keys())


#: The desk's ``relays`` slugs of the two groups 02.11 asks for; a copy of the article relays what the article does.
RELAY_GROUPS = {"ministry": ("russian_defence_ministry", "sputnik_copy"), "pentagon": ("pentagon",)}


def _relay_groups() -> dict[str, list[str]]:
    """Each group's results on the case-study desk, read from their ``relays`` column."""
    return {name: ids_where(lambda table, slugs=slugs: table["relays"].isin(slugs)) for name, slugs in RELAY_GROUPS.items()}


def _ministry_group(answer) -> set[str]:
    return get_exercise("02.11").read_groups(answer)["ministry"]


def _listed(answer) -> set[str]:
    """Every result an answer to 02.11 places, in either group."""
    return set().union(*get_exercise("02.11").read_groups(answer).values())


def _missing_from_ministry(answer, picked) -> bool:
    """Whether the answer's ministry group leaves out any of the results ``picked`` chooses from the desk's table."""
    return bool(set(ids_where(picked)) - _ministry_group(answer))


def _ministry_only_claims() -> int:
    return int((load_claims()["evidence_holder"] == MINISTRY).sum())


#: A text between straight quotation marks on one line, as a learner's comparison holds it.
_QUOTED_TEXT = re.compile(r"\"([^\"\n]*)\"|'([^'\n]*)'")


def _unmatched_ministry_note(typed_line: str | None) -> str | None:
    """What differs in the text a learner compared with (read from their answer line) when only its capitals differ from the
    ledger's, or that the column is what to check when the text is the ledger's exactly; None when the line cannot be read
    or differs otherwise (the trap's own message covers 'Defense')."""
    for found in _QUOTED_TEXT.finditer(typed_line or ""):
        text = found[1] if found[1] is not None else found[2]
        if text == MINISTRY:
            return (f"No claim matched, though {text!r} is the ledger's text exactly: check the column you compared it with, "
                    "the one that names who holds the evidence.")
        if text.casefold() == MINISTRY.casefold():
            return (f"No claim matched: == compares text exactly, capitals included, so {text!r} is not the ledger's "
                    f"{MINISTRY!r}. Copy the ledger's text with its capitals.")
    return None


@dataclass(frozen=True)
class ExactTextExercise(Exercise):
    """02.9: a count of 0 means the text compared with matched no row; when the learner's line can be read (in Jupyter),
    text that differs from the ledger's only in its capitals is told so, rather than blamed on the spelling."""

    def judge(self, answer: Any) -> tuple[bool | None, str, str | None]:
        correct, message, misconception = super().judge(answer)
        if misconception == f"{self.id}/article-spelling":
            message = _unmatched_ministry_note(typed_answer_line(self.id)) or message
        return correct, message, misconception


def _ministry_officer_posts(table):
    """The card that passes on ministry statements about the general's posts, not about the strikes (either group is defensible)."""
    return (table["relays"] == "reference") & table["excerpt"].str.contains(f"reporting {MINISTRY} statements", regex=False)


def _missing_group(answer) -> bool:
    return isinstance(answer, dict) and bool(set(RELAY_GROUPS) - {str(key).strip().casefold() for key in answer})


def _missing_from_pentagon(answer, picked) -> bool:
    return bool(set(ids_where(picked)) - get_exercise("02.11").read_groups(answer)["pentagon"])


def _given_counts(answer) -> dict[str, float | None]:
    """An answer's verb -> count, with the verbs as a learner might type them (any case, spaces around)."""
    return {str(verb).strip().casefold(): parse_number(count) for verb, count in dict(answer).items()}


def _some_verbs_left_out(answer) -> bool:
    """Right counts for the verbs given, but not every verb (a learner who copied only the first rows)."""
    given = _given_counts(answer)
    expected = {verb.casefold(): count for verb, count in _verb_counts().items()}
    return 0 < len(given) < len(expected) and all(expected.get(verb) == count for verb, count in given.items())


def _counted_claims(answer) -> bool:
    """The ledger's counts (one per claim, so a sentence with several numbers counts several times), not the sentences'."""
    given = _given_counts(answer)
    given.pop("\u2013", None)  # the teaser's dash, which its own trap explains when the ledger's counts are not there
    in_ledger = {str(verb).casefold(): int(count) for verb, count in load_claims()["attribution_verb"].value_counts().items()}
    return bool(given) and given != {verb.casefold(): count for verb, count in _verb_counts().items()} and all(
        in_ledger.get(verb) == count for verb, count in given.items())


#: Most numbers 02.7 reads as "several numbers" before leaving an answer to the shared reader.
MAX_SEVERAL = 20


def _several_numbers(answer) -> list[float] | None:
    """The numbers of an answer that holds a few (a row or columns of a table, a list, a tuple), or None if it is not one."""
    values = getattr(answer, "values", answer)  # a Series or DataFrame as its array, a list or tuple as itself
    if hasattr(values, "ravel"):
        values = values.ravel()
    if isinstance(answer, (str, bytes, dict)) or not hasattr(values, "__len__") or not 1 < len(values) <= MAX_SEVERAL:
        return None
    if not all(isinstance(value, numbers.Real) and not isinstance(value, bool) for value in values):
        return None
    return sorted(float(value) for value in values)


def _outlets_columns() -> list[str]:
    """The label table's columns that count the outlet's own words (paraphrase and narration)."""
    return [column for column in attribution.label_counts().columns if column not in ("total", attribution.QUOTED)]


def _several_counts_note(answer, values: list[float]) -> str | None:
    """What to do with several numbers where 02.7 asks for one: add the outlet's columns, or keep only them. None for a
    tuple of whole numbers that are not the label's, which a comma typed in a number makes (the shared reader explains it)."""
    row = attribution.label_counts().loc[LABEL]
    outlets = sorted(float(row[column]) for column in _outlets_columns())
    if values == outlets:
        return ("Those are the two counts of the outlet's own words, one for paraphrase and one for narration: the question "
                "asks how many in all, so add them into one number (with + or .sum()).")
    if values == sorted(float(value) for value in row):
        return ("That is the whole row of label_counts, the uses inside quotation marks and the total included: keep only the "
                "columns that are the outlet's own words, and add them into one number.")
    if set(values) <= {float(value) for value in row}:
        which = "not only the ones" if set(outlets) <= set(values) else "not the ones"
        return (f"Those are counts from the label's row, but {which} the question asks for: keep only the columns that are "
                "the outlet's own words, and add them into one number.")
    if isinstance(answer, tuple) and all(isinstance(value, int) for value in answer):
        return None
    return (f"Expected one number, but got {len(values)} numbers: the question asks for one count, so add the ones it asks "
            "for (the outlet's own words) into one number.")


@dataclass(frozen=True)
class OutletsWordsExercise(Exercise):
    """02.7: one total of two columns; an answer that holds several numbers is told to add the right ones, not to pick a
    column (which would give only part of the total)."""

    def _as_read(self, answer: Any) -> Any:
        if isinstance(answer, str) and "sentence" in answer[:MAX_READ_CHARS].casefold():
            raise AnswerError("The question counts uses of the word, not sentences (a sentence may use it twice): give the "
                              "number of times it occurs, such as 9 or \"9 times\".", says_what_is_expected=True)
        values = _several_numbers(answer)
        note = _several_counts_note(answer, values) if values else None
        if note:
            raise AnswerError(note)
        return super()._as_read(answer)


def _one_condition_gives_the_answer() -> bool:
    """Whether chain_institution alone finds the outlet-only claims: true of this ledger, whose every claim with a person
    also names an institution, but not of every article's."""
    return int(load_claims()["chain_institution"].isna().sum()) == _outlet_only_claims()


@dataclass(frozen=True)
class BothConditionsExercise(Exercise):
    """02.1: a right number can come from one condition alone, which a number cannot show; the right answer says why the
    question asks for both, so a learner who tested one column learns it worked here by chance."""

    def judge(self, answer: Any) -> tuple[bool | None, str, str | None]:
        correct, message, misconception = super().judge(answer)
        if correct and _one_condition_gives_the_answer():
            message += (" If you tested chain_institution alone, it gives the same number here only because no claim in this "
                        "ledger names a person without an institution: the question asks for both conditions, joined with &, "
                        "which count right in any ledger.")
        return correct, message, misconception


@dataclass(frozen=True)
class CountsExercise(Exercise):
    """Counts of label -> number; the column itself, not yet counted, gets a sentence saying how to count it, and a dict
    that is partly right hears what is wrong with its own keys (a near miss, one too many) and how many of its counts are
    right, never the missing verbs nor which count is wrong."""

    @property
    def expects(self) -> str:
        return f"This exercise takes {VERB_COUNTS_WANTED}."

    def _judge_mapping(self, answer):
        if hasattr(answer, "dtype") and answer.dtype.kind not in "iufb" and column_description(answer) is None:
            raise AnswerError("That is the column itself, one verb per sentence: count its values, add .value_counts().",
                              says_what_is_expected=True)
        if not isinstance(answer, dict) and not hasattr(answer, "to_dict") and column_description(answer) is None:
            raise AnswerError(_not_verb_counts_note(answer), says_what_is_expected=True)
        return super()._judge_mapping(answer)

    def judge(self, answer: Any) -> tuple[bool | None, str, str | None]:
        correct, message, misconception = super().judge(answer)
        if correct is False and misconception is None and isinstance(answer, dict) and len(answer) <= MAX_VERBS_READ:
            message = _verb_keys_note(self, answer) or message
        return correct, message, misconception


#: What 02.6 takes, said when an answer is not counts: the Series .value_counts() gives, not a dict to type by hand.
VERB_COUNTS_WANTED = "the counts verb by verb, as .value_counts() of the verb column gives them"


def _not_verb_counts_note(answer: Any) -> str:
    """Why a number, a text or a list is not 02.6's counts: a number may be all the verbs counted together (.count())."""
    if isinstance(answer, numbers.Real) and not isinstance(answer, bool):
        if answer == sum(_verb_counts().values()):
            return f"That number counts all the verbs together; the exercise wants {VERB_COUNTS_WANTED}."
        return f"That is one number; the exercise wants {VERB_COUNTS_WANTED}."
    items = f" of {len(answer):,} items" if isinstance(answer, (list, tuple, set)) else ""
    typed = (" Counts typed out as text are not read: give the Series that .value_counts() returns, without quotation "
             "marks around it.") if isinstance(answer, str) else ""
    return f"Expected {VERB_COUNTS_WANTED}, but got {a_kind(answer)}{items}.{typed}"


#: Most keys of a dict answer to 02.6 looked at one by one (the article has a handful of verbs).
MAX_VERBS_READ = 50


def _verb_keys_note(exercise: Exercise, answer: dict) -> str | None:
    """What is wrong with a dict of verb counts: a key the verb column does not hold (with the verb it may mean,
    "according" for "according to"), and how many of the learner's counts are right; None if no count is right and every
    key is a verb."""
    expected = {exercise._canonical(verb): count for verb, count in _verb_counts().items()}
    read = [(key, exercise._canonical(key), count) for key, count in answer.items()]  # each key normalised once
    unknown = [str(key) for key, canonical, _ in read if canonical not in expected]
    right = sum(1 for _, canonical, count in read if _is_count(count, expected.get(canonical)))
    if not unknown:
        others = "the other" if len(answer) - right == 1 else "the others"
        return (f"Not quite: {right} of your {len(answer)} counts {'is' if right == 1 else 'are'} right; compare {others} "
                "with what .value_counts() gives.") if right else None
    typed = " ".join(unknown[0].casefold().split())
    near = [verb for verb in expected if verb.startswith(typed + " ")] or (
        difflib.get_close_matches(typed, list(expected), n=1, cutoff=0.8) if len(typed) <= MAX_NEAR_MISS_CHARS else [])
    said = f"Not quite: {preview(unknown[0])} is not a verb the column holds" + (f": did you mean {near[0]!r}?" if near else
                                                                       "; copy each verb as .value_counts() spells it.")
    if right:
        said += f" {right} of your counts {'is' if right == 1 else 'are'} right."
    return said


def _is_count(value: Any, expected: int | None) -> bool:
    try:
        return expected is not None and parse_number(value) == expected
    except AnswerError:
        return False


register(
    BothConditionsExercise(
        id="02.1",
        prompt=("How many claims in the ledger rest on the outlet alone: no institution and no person in their attribution chain "
                "(the columns chain_institution and chain_person both empty)?"),
        kind="number",
        units=("claims", "claim"),
        expected=_outlet_only_claims,
        hints=(
            "Both chain_institution and chain_person must be empty: .isna() tests one column, and & joins two tests.",
            "Fill in the blanks, then count the rows where both hold: (claims[ ___ ].isna() & claims[ ___ ].isna()).sum()",
        ),
        traps=(
            Trap("institution-not-excluded", lambda a: parse_number(a) == int(load_claims()["chain_person"].isna().sum()), "That counts every claim without a person, including those credited to the Russian General Staff; the institution must be empty too.",
             prompt="Ask what 'resting on the outlet alone' requires of each link in the attribution chain, not only of the person."),
        ),
        success="Right: no institution and no person carries these claims: the headline, the caption and the sentences the outlet states in its own voice, and the teaser of line 27, credited only to an unnamed 'Opposition Group'.",
    ),
    Exercise(
        id="02.2",
        prompt="How is line 38 reported? Answer with one of: " + ", ".join(MODE_CHOICES) + ".",
        kind="choice",
        choices=MODE_CHOICES,
        aliases=MODE_ALIASES,
        expected=lambda: _mode_of_line(38),
        hints=("Look for quotation marks, then for an attribution (said, added, according to...). What is left if there are neither?",),
        traps=(
            Trap("narration-as-paraphrase", lambda a: same_choice(a, "paraphrase"), "A paraphrase names who said it ('he added', 'according to...'). Does line 38 name anyone as its source?",
             prompt="Ask what in a sentence marks it as someone else's claim, and what it means when an outlet states a figure without naming a source."),
        ),
        success="Right: no quotation marks and no 'said': the outlet states these results in its own voice, though the figures presumably came from the briefing; the article does not say.",
    ),
    MixedSentenceExercise(
        id="02.3",
        prompt="How is line 32 ('He emphasized that \"...\"') reported, by the course's rule for mixed sentences? Answer with one of: " + ", ".join(MODE_CHOICES) + ".",
        kind="choice",
        choices=MODE_CHOICES,
        aliases=MODE_ALIASES,
        expected=lambda: _mode_of_line(32),
        hints=("The course classes a sentence that mixes the outlet's frame with a quote by its main clause. Which words form the main clause here?",),
        traps=(
            Trap("frame-read-as-quote", lambda a: same_choice(a, "direct quote"), "The words inside the marks are his, but the sentence begins with the outlet's own frame 'He emphasized that'. Which mode does that main clause make it?",
             prompt="Ask which words form the main clause, and how to class a sentence that wraps a quote in the outlet's own frame."),
        ),
        success="Right, by the course rule. Everything it reports is inside quotation marks, though: the ledger's reason says so, and a stricter rule could class it otherwise.",
    ),
    Exercise(
        id="02.4",
        prompt="How many sentences of the article have a speaker who is only implied (a bare 'he', 'the Russian general', or a quote credited by its position)?",
        kind="number",
        units=("sentences", "sentence"),
        expected=_implied_speakers,
        hints=(
            "In the sentences table, attribution_explicit is False for those; but narration is also False and has no speaker at all.",
            "Count the rows where speaker is not empty and attribution_explicit is False; fill in the blanks: (sentences[ ___ ].notna() & ~sentences[ ___ ]).sum()",
        ),
        traps=(
            Trap("counted-narration", lambda a: parse_number(a) in _narration_counted(),
             "That includes the narration sentences, which have no speaker at all; count only rows with a speaker. If you wrote "
             "== False after &, put brackets around each comparison: Python applies & before ==.",
             prompt="Ask why a sentence with no speaker at all differs from one whose speaker is only implied."),
            Trap("counted-explicit-speakers",
             lambda a: parse_number(a) == _speakers_counted() != _implied_speakers() and _speakers_counted() not in _narration_counted(),
             "That counts every sentence with a speaker, including those that name their speaker outright; add the condition that "
             "the attribution is not explicit (attribution_explicit is False).",
             prompt="Ask how a sentence that names its speaker differs from one that leaves the reader to supply the name."),
            Trap("counted-lines", lambda a: parse_number(a) == _implied_speaker_lines() != _implied_speakers(),
             "That is the number of lines, but some lines hold more than one sentence: count sentences (the [Sxx] markers, or "
             "the rows of the sentences table), not lines.",
             prompt="Ask what one row of the sentences table stands for, and why a line of the page can hold several sentences."),
        ),
        success="Right: more than half the article credits its speaker only by implication. Usually clear here, but it is the reader who supplies the name.",
    ),
    Exercise(
        id="02.5",
        prompt="Line 36 says the day's target coordinates came from 'representatives of the opposition'. Who would you need to hear from to check this, and why does the article make that hard?",
        kind="written",
        min_words=20,
        success="Noted. A good answer names the other party (the opposition groups who, the speaker says, sent the coordinates) and says why they cannot be asked: the article never names them.",
    ),
    CountsExercise(
        id="02.6",
        prompt="Count the attribution verbs of the article's sentences verb by verb, as .value_counts() of the verb column gives "
               "them: verb -> number of sentences.",
        kind="mapping",
        aliases=(("emphasised", "emphasized"),),
        expected=_verb_counts,
        hints=(
            "Count the verb column of the sentences table (the article's sentences, as in exercise 02.4) with "
            ".value_counts(), which counts each verb and leaves out the empty cells.",
            "Fill in the blank with the column that holds the verbs: sentences[ ___ ].value_counts()",
        ),
        traps=(
            Trap("counted-empty-cells", lambda a: any(_is_empty_label(key) for key in _keys(a)),
             "Your counts include the sentences with no attribution verb (an empty cell counted as a label); count only the verbs that are there, as value_counts() does by default.",
             prompt="Ask what an empty cell means in the verb column, and why a count of missing verbs is not a verb."),
            Trap("some-verbs-left-out", _some_verbs_left_out,
             "Your counts are right for the verbs you list, but some verbs are missing: value_counts() lists every verb the column holds.",
             prompt="Ask how learners made sure a count covers every value, not only the most frequent ones."),
            Trap("counted-claims", _counted_claims,
             "Those are the ledger's counts, one per claim, so a sentence with several numbers counts several times, and the "
             "caption and teaser are in it too: count the article's sentences (the sentences table) instead.",
             prompt="Ask what one row of a table stands for (a claim or a sentence) before counting its rows."),
            Trap("counted-teaser", lambda a: "\u2013" in _keys(a), "The dash '\u2013' comes from the teaser for another article (line 27), which is not part of this article; use the sentences table of this section.",
             prompt="Ask how learners decided which lines belong to the article before counting anything in it."),
        ),
        success="Right. 'Said' is neutral; 'emphasized' and 'noted' add the outlet's judgement of how it was said.",
    ),
    OutletsWordsExercise(
        id="02.7",
        prompt=("How many times does 'terrorist' or 'terrorists' occur in the outlet's own words: outside quotation marks, in "
                f"paraphrase and narration? The row of label_counts is called \"{LABEL}\"."),
        kind="number",
        units=("occurrences", "occurrence", "times", "uses", "mentions", "words", "word", "terrorists", "terrorist"),
        combined_from="sum",
        expected=_label_in_outlets_words,
        hints=(
            "Use label_counts: the row 'terrorist(s)' has a column for the uses inside quotation marks and one for each way the outlet reports in its own words. Add the two columns that are the outlet's words.",
        ),
        traps=(
            Trap("counted-quotes-too", lambda a: parse_number(a) == int(attribution.label_counts().loc[LABEL, "total"]), "That is every use, quotes included; leave out the uses inside quotation marks.",
             prompt="Ask whose word a label is inside quotation marks, and whose it becomes outside them."),
            Trap("counted-one-column", lambda a: parse_number(a) in {float(attribution.label_counts().loc[LABEL, column]) for column in _outlets_columns()},
             "That is one of the two columns of the outlet's own words: the question asks for both, paraphrase and narration, "
             "so add the other column's count to it.",
             prompt="Ask which ways of reporting are the outlet's own words, and why a count of one of them is only part of the answer."),
            Trap("counted-only-quotes", lambda a: parse_number(a) == int(attribution.label_counts().loc[LABEL, attribution.QUOTED]), "That is the uses inside quotation marks, the speaker's words; the question asks about the outlet's own words.",
             prompt="Ask what 'the outlet's own words' means, and which columns of the table count them."),
            Trap("counted-quoted-fragment", lambda a: parse_number(a) in (_label_in_reported_sentences(), _outlets_columns_summed()),
             f"That counts more than the row \"{LABEL}\" holds in the outlet's own words: a sum of whole columns takes in the "
             "other labels' rows too, and a count of whole sentences takes in a quoted fragment (line 40: He noted that Russia "
             f"has \"...\"). Add the two cells of the row \"{LABEL}\" only, which leave quoted words out.",
             prompt="Ask how a short quoted fragment inside a paraphrase should be counted, and which row and columns of the table answer the question."),
        ),
        success="Right: most uses are in the outlet's own words, outside quotation marks. There the outlet adopts the speaker's label as its own.",
    ),
    ShareExercise(
        id="02.8",
        prompt="What percentage of the article's words rest on Andrei Kartapolov (his direct quotes and paraphrases together)? One decimal place is enough.",
        kind="number",
        combined_from="sum",  # his rows' shares added (learner AL, M7)
        units=PERCENT,
        expected=_kartapolov_share,
        hints=(
            "In the shares table, keep the rows whose source is 'Andrei Kartapolov' and add their 'share of words (%)'.",
        ),
        traps=(
            Trap("divided-by-whole-page", lambda a: abs(parse_number(a, PERCENT) - _kartapolov_share(article_only=False)) < 0.15,
             "That divides by the words of the whole page's sentences, as the attribution explorer counts them: they include "
             "the photo caption and the teaser for another article. The shares table divides by the article's words only; "
             "add his rows' shares from it.",
             prompt="Ask what a share is a share of, and why two tools can give different totals for the same article."),
            Trap("word-count-not-share", lambda a: parse_number(a) in _word_counts_not_shares(),
             "That is a number of words, not a share: a share divides his words by all the article's words and multiplies by 100 "
             "(or adds his rows' shares in the shares table).",
             prompt="Ask how a count of words becomes a share, and why a share needs both the part and the whole."),
            Trap("share-over-100", lambda a: parse_number(a, PERCENT) > 100,
             "A share of the article's words cannot be more than 100%: if you worked it out yourself, divide his words by all "
             "the article's words and multiply by 100 once; or add his rows' shares as the shares table gives them.",
             prompt="Ask what the largest possible share of a whole is, and how learners spot a share that has been multiplied by 100 twice."),
            Trap("fraction-not-percentage", lambda a: 0 < parse_number(a) <= 1, "That looks like a fraction; give a percentage (multiply by 100).",
             prompt="Ask how to tell a fraction from a percentage at a glance, and why a reported share should say which it is."),
            Trap("rounded-to-whole", lambda a: parse_number(a, PERCENT) == round(parse_number(a, PERCENT)) and abs(parse_number(a, PERCENT) - _kartapolov_share()) < 1,
             "Close: keep one decimal place. Add his rows' shares as the table gives them, and do not round the sum to a whole number.",
             prompt="Ask how many decimal places a share should keep, and why rounding a sum to a whole number hides a difference."),
            Trap("near-miss", lambda a: abs(parse_number(a, PERCENT) - _kartapolov_share()) < 1,
             "Close, but not quite: add the share of every row whose source is Andrei Kartapolov (his direct quotes and his paraphrases), as the table gives them.",
             prompt="Ask which rows of the table belong to one source, and why both ways of reporting him count."),
        ),
        success="Right: the article rests almost entirely on one official's account, relayed by one outlet.",
    ),
    ExactTextExercise(
        id="02.9",
        prompt="How many claims in the ledger name the Russian Defence Ministry, and no one else, as the holder of the evidence?",
        kind="number",
        units=("claims", "claim"),
        expected=_ministry_only_claims,
        hints=(
            "Which column names who holds the evidence? Compare it, with ==, with the exact text the ledger uses for the ministry.",
            "Fill in the blanks, then count the Trues: (claims[ ___ ] == ___ ).sum()",
        ),
        traps=(
            Trap("shared-evidence-counted", lambda a: parse_number(a) == int(load_claims()["evidence_holder"].str.contains(MINISTRY, regex=False).sum()), "That also counts claims where others share the evidence; keep only the rows where the ministry is the sole holder.",
             prompt="Ask what being the sole holder of the evidence means for who could confirm a claim, and how sharing it changes that."),
            Trap("article-spelling", lambda a: parse_number(a) == 0,
             "No claim matched: == compares text exactly, capitals included, and the ledger spells it 'Defence' (British "
             "spelling), though the article writes 'Defense' (line 22). Compare with the ledger's exact text, 'Russian Defence Ministry'.",
             prompt="Ask why a comparison with == needs the table's exact spelling, and how learners found it."),
        ),
        success=("Right: for these claims the ledger names only the Russian Defence Ministry, whose claims the article relays, in "
                 "the general's words or in its own, as the holder of the evidence. Most of them only its records could confirm; two "
                 "are partly checkable, both about the Hmeymim airbase, a known place whose workings only the Russian military can show."),
    ),
    Exercise(
        id="02.10",
        prompt="Pick one claim about the 3 November event (which Kartapolov, quoted in line 46, calls 'joint drills' and the Pentagon, as CBS News reported it, described as a planned communications test). How does the article describe it, how did the US side describe it (the Pentagon and a US military official, in the reports you found on the search desk, such as CBS News' and Reuters'), and what would settle the difference? Write at least 25 words.",
        kind="written",
        min_words=25,
        success="Noted. Check that your answer treats both accounts as claims, and names records (flight tracks, logs) that could settle it.",
    ),
    DeskGroupsExercise(
        id="02.11",
        prompt=("Sort the search desk's results by whose account they pass on, as a dict with the keys ministry and pentagon: "
                "under ministry, every result that passes on the Russian Defence Ministry's (or General Staff's) account of its air "
                "campaign, on any date, including the article itself (D01) and any copy of it; under pentagon, every result that passes on the "
                "Pentagon's (the US Department of Defense's or US military officials') account, on any date. Leave out results that pass on "
                "anyone else's account or name no source."),
        kind="groups",
        expected=_relay_groups,
        optional=lambda: {"ministry": ids_where(_ministry_officer_posts)},
        hints=(
            "Search the desk for the ministry's briefing and for the Pentagon (for example: Defence Ministry, briefing, Pentagon) and, for each card, ask whose figures or words it reports.",
            "In each group, a report by another outlet still passes on the account it reports: another agency's report of a ministry briefing, a page that copies the article, a newspaper's report of what US officials said.",
        ),
        traps=(
            Trap("missing-group", _missing_group,
             "Your answer has no 'pentagon' group, or no 'ministry' group: give the dict both keys, each with a list of result ids (an empty list [] if you found none).",
             prompt="Ask how learners checked that their answer had the shape the question asked for."),
            Trap("copy-blog-as-independent", lambda a: _missing_from_ministry(a, lambda t: t["relays"] == "sputnik_copy"),
             "Your ministry group leaves out a copy of the article: look for a page that repeats the article's own words. A copy is the article again under another name, not an independent report.",
             prompt="Ask how learners could tell a copy from a report, and why a second outlet's name on the same words adds no second source."),
            Trap("wire-reports-as-independent", lambda a: _missing_from_ministry(a, lambda t: (t["relays"] == "russian_defence_ministry") & (t["kind"] == "news_report")),
             "Your ministry group leaves out reports by other outlets (or other editions) that pass on the ministry's figures, from this or earlier briefings: several outlets repeating one source are one source, not several confirmations.",
             prompt="Ask what makes two reports independent, a different origin of the information or only a different outlet's name, and how a reader tells which."),
            Trap("left-out-article", lambda a: _missing_from_ministry(a, lambda t: t["kind"] == "article"),
             "The article itself (D01) passes on the ministry's figures too: put it in the ministry group, as the question asks.",
             prompt="Ask where the article's own figures come from, and why the piece being checked belongs in the count of who relays that source."),
            Trap("left-out-memorandum", lambda a: _missing_from_pentagon(a, lambda t: (t["relays"] == "pentagon") & (t["kind"] == "official_statement")),
             "Your pentagon group leaves out a statement the Pentagon published itself, not through a news report: look for its own "
             "statements too, whatever their date; a statement made on another day still passes on the Pentagon's account.",
             prompt="Ask whether an account given on another date still comes from the same source, and how a reader tells a party's own statement from a report of it."),
            Trap("pentagon-reports-left-out", lambda a: _missing_from_pentagon(a, lambda t: (t["relays"] == "pentagon") & (t["kind"] == "news_report")),
             "Your pentagon group leaves out news reports that pass on what the Pentagon or US military officials said: an outlet reporting their account relays it, as a wire report of a briefing relays the ministry's.",
             prompt="Ask how learners recognised a report that passes on the US side's account, and why a report belongs with the source whose account it carries."),
            Trap("state-department-as-pentagon", lambda a: bool(get_exercise("02.11").read_groups(a)["pentagon"] & set(ids_where(lambda t: t["relays"] == "us_state_department"))),
             "Your pentagon group holds a result that passes on the US State Department's account: it is the US government too, but a different department from the Pentagon and the US military, so leave it out.",
             prompt="Ask why two parts of one government count as two sources, and what each of them was in a position to know."),
            Trap("unsourced-as-relay", lambda a: bool(_listed(a) & set(ids_where(lambda t: t["relays"] == "unsourced"))),
             "Your answer places a page that names no source at all (an aggregator or a rating site): it relays nobody you can check, so leave it out.",
             prompt="Ask what a page must show before it can count as coverage, and what a reader does with a claim that names no source."),
        ),
        success=("Right. The ministry is one source, however many briefings and outlets repeat it, and the copy blog is the article "
                 "again; independence means a different origin of the information, not a different outlet's name. The Pentagon's "
                 "account comes from elsewhere, but it is about US and Russian aircraft over Syria, not the strikes' targets: no result on "
                 "the desk counted the targets independently, so 2,084 stays the ministry's claim. The card on Kartapolov's posts may go in the ministry group or be left out: "
                 "it passes on ministry statements, but about the general's career, not the air campaign."),
    ),
)
