"""Reading what a learner typed, below both the self-checks and the exercise registry.

The checks (``checks.py``) and every exercise's judge (``exercises/``) read answers with these, and the
registry never imports the checks back: an answer is read the same way wherever it is typed, and a plain
sentence (``AnswerError``) says what was expected when it cannot be read.
"""
from __future__ import annotations

import html
import math
import numbers
import re
import unicodedata
from typing import Any, Callable

__all__ = ["AnswerError", "Note", "is_unanswered", "parse_number", "preview", "a_kind", "column_description", "words", "rows", "count_words", "same_choice", "tidy_text", "read_option", "options_meant", "why_not_yes_or_no", "code_in_quotes", "negated_option", "rules_out", "ruled_out_and_named", "is_hedge", "without_hedge", "list_text_as_meant", "ruled_out_item", "one_answer_note", "bare_yes_or_no", "yes_or_no_words", "absent_item", "without_end_marks",
           "list_items", "spread_items", "without_reason", "without_only", "numbers_in_words_note", "GIVES_AND_RULES_OUT_NOTE", "MODIFIER_NOTE", "rule_outs_as_clauses", "rule_out_parts", "modifier_before", "clock_text_as_meant", "TWO_ANSWERS_NOTE", "measures_rate_or_share", "without_exact_words", "CHANGE_OF_MIND_LIST_NOTE", "ADDED_ITEM_WORDS", "MAX_READ_CHARS"]

#: Longest text read as a number or an option; a pasted page is refused before any work.
MAX_READ_CHARS = 1_000
#: Quotation marks a learner may type around an answer inside the Python quotes: '"hitting"'.
_QUOTE_PAIRS = {'"': '"', "'": "'", "\u201c": "\u201d", "\u2018": "\u2019", "`": "`", "\u00ab": "\u00bb"}
_ARTICLES = ("a ", "an ", "the ")
#: Words that join the items of a list typed as one text: "sorties and targets", "a & b".
_LIST_JOINERS = frozenset({"and", "&", "+"})
#: Characters stripped from each item of such a list: spaces, quotes and brackets ("['sorties', 'targets']").
_ITEM_WRAPPING = " []" + "".join(_QUOTE_PAIRS) + "".join(_QUOTE_PAIRS.values())
def _inflected(word: str, stem: str) -> bool:
    """Whether a word is its stem or an English inflection of it: "s"; "es" after s, x, z, ch or sh; "d" after e, "ed"
    after any other letter ("paraphrased", "direct quotes", "hit" -> "hits"). "convertd" is no inflection of "convert":
    a misspelling, told "did you mean" as every other one is (learner AK, AK-L8)."""
    if word == stem:
        return True
    ending = word[len(stem):] if word.startswith(stem) else None
    if ending == "s":
        return True
    if ending == "es":
        return stem.endswith(("s", "x", "z", "ch", "sh"))
    if ending == "d":
        return stem.endswith("e")
    if ending == "ed":
        return not stem.endswith("e")
    return False
#: Words (singular, lower case) of units that measure something other than a count: a count given in one of them
#: ("15 days" for a count of lines, "15 km") is a slip the learner should see, not a number to read.
_MEASURE_WORDS = frozenset("""
% percent cent per km kilometre kilometer mile mi nmi nautical metre meter m cm mm foot feet ft yard yd inch
second sec ms minute min hour hr h day week month year yr kg g gram kilogram tonne ton knot kph mph
dollar euro rouble ruble pound
""".split())


#: A lesson's placeholder for a text answer (medialit/build.py writes ``answer = "..."``), also as the one character an
#: editor may turn three dots into, and an answer left empty.
_PLACEHOLDER_TEXTS = frozenset({"...", "\u2026", ""})


def is_unanswered(answer: object) -> bool:
    """Whether an answer is still a lesson's placeholder (``...``, or the text "..." of a text answer) or empty, or a
    list of nothing but placeholders (``["..."]``, a list answer's skeleton).

    Such an answer is "not answered yet", never a wrong try: the learner has not typed anything of their own. So is one
    that still holds the example's ``...`` inside it (``["D01", ...]``, ``{"ministry": [...], "pentagon": [...]}``): the
    learner has not finished replacing it.
    """
    if isinstance(answer, dict):
        return any(_holds_ellipsis(value) for value in answer.values())
    if isinstance(answer, (list, tuple)) and answer:  # all() stops at the first item of the learner's own
        return _holds_ellipsis(answer) or all(isinstance(item, str) and item.strip() in _PLACEHOLDER_TEXTS for item in answer)
    return answer is Ellipsis or answer is None or (isinstance(answer, str) and all(
        piece in _PLACEHOLDER_TEXTS for piece in answer.split()))  # "... ... ...", a skeleton's dots repeated, holds no word either


_PHRASE_NOISE = re.compile("[.,;:!?\"'“”‘’]")


def repeated_phrase(text: str) -> str | None:
    """The phrase a text only repeats, three times or more ("I don't know. I don't know. I don't know."), or None.

    Case and punctuation aside: the shortest period of the text is where it first reappears in itself doubled, a search
    the string library does in one pass over a megabyte. A script written without spaces is also searched without them
    ("哈哈哈" repeats "哈", as "ha ha ha" repeats "ha").
    """
    flat = _PHRASE_NOISE.sub("", text.casefold()).split()
    phrase = _period(" ".join(flat) + " ")
    if phrase is None and _UNSPACED_CHAR.search(text):
        phrase = _period("".join(flat))
        return phrase if phrase and _UNSPACED_CHAR.search(phrase) else None
    return phrase


def _period(text: str) -> str | None:
    """The shortest part a text is made of, repeated three times or more, stripped; None when it is not."""
    period = (text + text).find(text, 1)
    return text[:period].strip() if text.strip() and len(text) >= 3 * period else None


def _holds_ellipsis(value: object) -> bool:
    """Whether a value is the ``...`` of an example, or a list or tuple with one among its items."""
    return value is Ellipsis or (isinstance(value, (list, tuple)) and any(item is Ellipsis for item in value))


class AnswerError(ValueError):
    """An answer could not be read; the message is one plain sentence saying what was expected.

    ``says_what_is_expected``: the sentence already names the kind of answer the exercise takes ("Write only the
    number..."), so the feedback does not add the exercise's own sentence saying it again.
    """

    def __init__(self, message: str, says_what_is_expected: bool = False):
        super().__init__(message)
        self.says_what_is_expected = says_what_is_expected


class Note(str):
    """A plain sentence that shows as itself in a notebook (no quotation marks), and as a status line in HTML."""

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        return f'<p class="medialit-note" role="status">{html.escape(self)}</p>'


def _normalise_word(text: object) -> str:
    """Compare words as a reader would: case, spacing, _ or -, and final marks and full stops do not matter."""
    words = unicodedata.normalize("NFKC", str(text)).casefold().replace("_", " ").replace("-", " ")
    return without_end_marks(" ".join(words.split()))


#: What a learner calls a value, by its Python type: plain words, not type names ("int64", "Categorical", "Series").
_PLAIN_KINDS = {"str": "text", "bool": "True or False", "NoneType": "nothing (None)", "list": "a list", "dict": "a dict",
                "tuple": "values in round brackets", "set": "a set", "bytes": "bytes", "DataFrame": "a table",
                "Series": "a column", "Timedelta": "a length of time", "timedelta": "a length of time", "Timestamp": "a date",
                "datetime": "a date", "date": "a date"}


def a_kind(value: object) -> str:
    """'a list', 'a number', 'a column': the kind of a value in plain words, for feedback a learner reads."""
    name = type(value).__name__
    if name == "Series" and _is_row(value):  # a table's row, as table.loc["C074"] gives (learner AA, AA-L4)
        return "a row of a table (pick the column you need, e.g. row[\"<column>\"])"
    if name in _PLAIN_KINDS:
        return _PLAIN_KINDS[name]
    if isinstance(value, numbers.Number) or name.startswith(("int", "float", "uint")):
        return "a number"
    if name in ("ndarray", "Categorical") or name.endswith(("Array", "Index")):
        return "a list of values"
    if callable(value) and not isinstance(value, type):  # np.sum, np.add, str.upper as well as table.head and len
        return "a command that was named but not run (add () after its name, as in table.head())"
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def _is_row(series: Any) -> bool:
    """Whether a column-like value is one row of a table: labelled by column names (text), its own name the row's label,
    not the counts .value_counts() gives (named "count" or "proportion") nor a column (numbered rows)."""
    try:
        index = series.index
        return (getattr(index.dtype, "kind", "") == "O" and index.name is None and series.name is not None
                and series.name not in ("count", "proportion") and len(series) <= 1_000
                and all(isinstance(label, str) for label in index))
    except Exception:  # noqa: BLE001  a value that only looks like a column is simply not a row
        return False


def only_item(value: object) -> object:
    """The value itself when an answer is a column or array of exactly one item (a one-row filter, as
    ``table.loc[mask, "column"]`` gives), since a learner who picked the right row means it; else the answer as given."""
    name = type(value).__name__
    if (name in ("Series", "ndarray") or name.endswith(("Array", "Index"))) and getattr(value, "ndim", 1) == 1:
        try:
            if len(value) == 1:
                item = value.tolist()[0]
                return item if isinstance(item, (str, numbers.Number)) else value
        except (TypeError, AttributeError):
            return value
    return value


#: Most labels ``row_number_labels_note`` reads: counts are a few labels, and a longer answer is refused elsewhere.
MAX_LIST_ITEMS_READ = 1_000


#: The column .value_counts() names its counts in a table that .reset_index() made of them (pandas 2).
_COUNT_COLUMNS = ("count", "proportion")


def _reset_counts_columns(answer: object) -> tuple[str, str] | None:
    """(label column, count column) of counts turned into a table by .reset_index(), or None for any other answer."""
    columns = [str(column) for column in getattr(answer, "columns", ())]
    if len(columns) != 2 or not any(column in _COUNT_COLUMNS for column in columns):
        return None
    return (columns[1], columns[0]) if columns[0] in _COUNT_COLUMNS else (columns[0], columns[1])


def reset_counts_note(answer: object) -> str | None:
    """One sentence for counts turned into a table by .reset_index() (its labels in a column, its rows numbered 0, 1,
    2...), where a count beside each label was wanted; None for any other answer."""
    columns = _reset_counts_columns(answer)
    if columns is None:
        return None
    label, counts = columns
    return (f"That is a table that .reset_index() made of the counts: it moved their labels into a column, {label!r}, and "
            f"numbered the rows 0, 1, 2...; drop .reset_index(), so that each count keeps its label, or take the counts by "
            f"their labels with .set_index({label!r})[{counts!r}].")


def row_number_labels_note(answer: object, labels: str = "labels") -> str | None:
    """One sentence for counts whose labels are 0, 1, 2... (the row numbers a table got from .reset_index()) where
    ``labels`` such as ratings were wanted; None for any other answer (a long one is not read)."""
    keys = answer.keys() if callable(getattr(answer, "keys", None)) and not hasattr(answer, "columns") else None  # a table's keys are its columns
    if keys is None or not 0 < len(keys) <= MAX_LIST_ITEMS_READ:
        return None
    if not all(isinstance(key, numbers.Integral) and not isinstance(key, bool) for key in keys) or sorted(keys) != list(range(len(keys))):
        return None
    not_what = f", not {labels}" if labels != "labels" else ""
    return (f"The labels of your counts are 0, 1, 2..., row numbers{not_what}: .reset_index() moved the {labels} into a "
            f"column of their own and numbered the rows instead, so no count is beside its {labels.rstrip('s')} any more; drop "
            ".reset_index(), or use .set_index(<the column of " + labels + '>)["count"].')


def words(count: int) -> str:
    """'1 word', '3 words'."""
    return f"{count} word" if count == 1 else f"{count} words"


def rows(count: int) -> str:
    """'1 row', '40 rows', '1,550 rows': a number of rows in feedback, in the singular for one (learner AL, 01.9)."""
    return "1 row" if count == 1 else f"{count:,} rows"


#: Scripts written without spaces between words, with the characters a word of each takes on average: Chinese and
#: Japanese (Han, kana) about 2, Thai, Lao, Khmer and Myanmar (letters with their vowel and tone marks) about 4. A
#: sentence in them is measured by its characters, so it counts about as many words as one written with spaces.
_UNSPACED_SCRIPTS = ((re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\U00020000-\U0002fa1f]"), 2),
                     (re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]"), 4))

#: A character of those scripts, which a repeated phrase may hold with no space around it.
_UNSPACED_CHAR = re.compile("|".join(script.pattern for script, _ in _UNSPACED_SCRIPTS))


#: Runs of everything but letters, digits, "_" and spaces: with "_" they are removed in one pass each, leaving what
#: str.isalnum accepts (\w is that and "_").
_NOT_WORD_OR_SPACE = re.compile(r"[^\w\s]+")


def count_words(text: str) -> int:
    """Words in a written answer, the one measure every minimum-length check uses: runs between spaces that hold a
    letter or digit, plus one word for every few characters of a script written without spaces (rounded up)."""
    unspaced = 0
    for script, chars_per_word in _UNSPACED_SCRIPTS:
        text, chars = script.subn(" ", text)
        unspaced += -(-chars // chars_per_word)
    return unspaced + len(_NOT_WORD_OR_SPACE.sub("", text.replace("_", "")).split())  # a run left empty held no letter or digit


def same_choice(answer: object, choice: str) -> bool:
    """Whether a learner's text names this choice, however it is spelled ("RIA-Novosti", "direct_quote", "No.")."""
    return _normalise_word(answer) == _normalise_word(choice)


def preview(value: Any, limit: int = 40) -> str:
    """A short, quoted echo of what the learner typed (escaped later wherever it becomes HTML); never fails."""
    try:
        text = " ".join(str(value).split())
    except Exception:  # e.g. an int with more digits than Python will print
        text = f"a {type(value).__name__}"
    return repr(text if len(text) <= limit else text[: limit - 1] + "\u2026")


def as_typed(value: Any, limit: int = 60) -> str:
    """A short echo of a learner's text as they typed it, between quotation marks that it does not hold itself (single,
    else double, else curly), never with Python's backslashes ('targets["value"]', "df['targets']"); cut to ``limit``
    characters; escaped later wherever it becomes HTML, as ``preview`` is (learner AL, L5)."""
    try:
        text = " ".join(str(value).split())
    except Exception:  # e.g. an int with more digits than Python will print
        text = f"a {type(value).__name__}"
    text = text if len(text) <= limit else text[: limit - 1] + "\u2026"
    if "'" not in text:
        return f"'{text}'"
    return f'"{text}"' if '"' not in text else f"\u201c{text}\u201d"


#: Marks a learner may end an answer with, as at the end of a sentence ("1550 targets!", "85%?", "534,"): dropped before reading.
END_MARKS = "!?,;:"


def without_end_marks(text: str) -> str:
    """A text without the marks and full stops (and spaces among them) it ends with: "1550!.", "1550 ! !", "said,".

    One rstrip of a set of characters, linear however many there are."""
    return text.rstrip(END_MARKS + ". \t\n")


#: Invisible format characters that come along when text is copied from a web page: right-to-left and left-to-right marks
#: (and the other bidirectional controls), zero-width space, non-joiner and joiner, word joiner and its kin, the byte order
#: mark, the soft hyphen, the Arabic letter mark. Dropped before any reader (red team 5, L1).
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]")
#: A decimal digit of a script other than ASCII's (Arabic-Indic "٢٠٠٠", Devanagari...): NFKC keeps it.
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def _digit_table() -> dict[int, str]:
    """Every decimal digit (Unicode category Nd) mapped to its ASCII digit: built once, the first time one is typed."""
    if not _DIGITS:
        _DIGITS.update({code: str(unicodedata.decimal(chr(code))) for code in range(0x0660, 0x1FC00)
                        if chr(code).isdecimal()})
    return _DIGITS


_DIGITS: dict[int, str] = {}


def plain_text(text: str) -> str:
    """A text without invisible format characters, and with the digits of any script as ASCII digits, so that every
    reader reads "\u200f08:00", "2,000\u200e", "narr\u00adation" and "٢٠٠٠" as what they show (red team 5, L1: 04.6 and
    01.10 read other scripts' digits, 00.1 did not). Linear; an ASCII text is returned as it is."""
    if text.isascii():
        return text
    text = _INVISIBLE.sub("", text)
    return text.translate(_digit_table()) if _OTHER_DIGIT.search(text) else text


def plain_answer(answer: object) -> object:
    """``plain_text`` applied to a text answer, to the texts of a list or tuple of them, and to a dict's texts or lists
    of texts (02.11's groups): the one step every answer passes through before it is read (checks._check). An answer
    with nothing to change is returned as it is (the same object)."""
    if isinstance(answer, str):
        return plain_text(answer)
    if type(answer) in (list, tuple) and len(answer) <= MAX_LIST_ITEMS_READ:
        items = [plain_answer(item) if isinstance(item, str) else item for item in answer]
        return answer if all(new is old for new, old in zip(items, answer)) else type(answer)(items)
    if type(answer) is dict and len(answer) <= MAX_LIST_ITEMS_READ:
        values = {key: plain_answer(value) if isinstance(value, (str, list, tuple)) else value for key, value in answer.items()}
        return answer if all(values[key] is value for key, value in answer.items()) else values
    return answer


def tidy_text(text: str) -> str:
    """What a learner typed, as read: invisible characters gone and digits as ASCII (``plain_text``), NFKC, spaces
    collapsed, final marks (END_MARKS) and full stops and one pair of quotes around it gone."""
    flat = without_end_marks(" ".join(unicodedata.normalize("NFKC", plain_text(text)).split()))
    if len(flat) >= 2 and _QUOTE_PAIRS.get(flat[0]) == flat[-1]:
        flat = without_end_marks(flat[1:-1].strip())
    return flat


#: A self-correction after an answer ("no, I mean yes", "hitting; actually destroyed", "converted, oops, misprint",
#: "narration, maybe paraphrase"): a mark or a space, the marker, and what follows it (red team 5, H1). One pass.
_CHANGE_OF_MIND = re.compile(r"(?:\s*[,;:.!?(\u2014\u2013]|\s+-|(?<=\S)\s)\s*(?:(?:no|oh|um|er|hmm)\s*[,!]?\s+)?"
                             r"(i\s+mean|actually|or\s+rather|sorry|oops|no\s+wait|wait|correction|make\s+(?:that|it)|"
                             r"or\s+maybe|or\s+perhaps|maybe|perhaps)\b[\s,:;!.\u2014\u2013-]*", re.IGNORECASE)
#: Markers that, in a list, add an item rather than change one's mind ("g, h, i, maybe f": ADDING_FORMS).
ADDING_MARKERS = frozenset({"maybe", "perhaps", "or maybe", "or perhaps"})
#: Words round an item a change of mind adds to a list ("g, h, i, actually f too", "actually also f", "actually f as well"):
#: dropped before the added part is read, so that the comma form reads as the semicolon form does (learner AQ, AQ-L1).
ADDED_ITEM_WORDS = re.compile(r"^(?:also|and|plus)\s+|[\s,]+(?:too|also|as\s+well)$", re.IGNORECASE)
CHANGE_OF_MIND_NOTE = ("{answer} is two answers, one before {marker} and one after it: the question asks for one, so give "
                       "only the one you mean.")
#: The same, on an exercise whose answer is a list: the question asks for one list, not one item (learner AP, AP-L1).
CHANGE_OF_MIND_LIST_NOTE = ("{answer} is two answers, one before {marker} and one after it: the question asks for one list, "
                            "so give only the list you mean.")


def change_of_mind(text: object) -> "tuple[str, str, str] | None":
    """(what comes before, the marker, what comes after) of a text that corrects itself after a first answer ("no, I
    mean yes" -> ("no", "I mean", "yes")), or None when it has no such marker with words on both sides of it. The caller
    decides whether both sides are answers (Exercise._changed_mind)."""
    if not isinstance(text, str) or len(text) > MAX_READ_CHARS:
        return None
    found = _CHANGE_OF_MIND.search(text)
    if found is None:
        return None
    head, tail = text[:found.start()].strip(), text[found.end():].strip()
    return (head, " ".join(found[1].split()), tail) if head and tail else None


#: A bracketed note that judges the answer it follows ("g h i (none of these)", "26, 27 (wrong)"): the answer taken back
#: (red team 5, H1). "(not sure)" is a hedge, not a judgement, and is read.
_JUDGING_NOTE = re.compile(r"\(\s*(?:(?:all|probably|maybe|prob|likely|i\s+think)\s+)?(wrong|incorrect|not\s+(?:right|correct)|"
                           r"none(?:\s+of\s+(?:these|them|those|the\s+above|the\s+options))?|false|all\s+wrong)\s*[.!?]*\s*\)",
                           re.IGNORECASE)
JUDGING_NOTE_NOTE = ("{answer} has a note saying it is {note}, which takes the answer back: give only what you mean, without "
                     "that note.")


def judging_note(answer: object) -> str | None:
    """The sentence for an answer whose bracketed note calls it wrong or none of the options ("R (wrong)"), in a text or
    in an item of a list; None otherwise."""
    texts = [answer] if isinstance(answer, str) else (
        [item for item in answer if isinstance(item, str)] if type(answer) in (list, tuple) and len(answer) <= MAX_LIST_ITEMS_READ
        else [])
    for text in texts:
        found = _JUDGING_NOTE.search(text) if len(text) <= MAX_READ_CHARS else None
        if found:
            return JUDGING_NOTE_NOTE.format(answer=preview(answer), note=repr(" ".join(found[1].split()).casefold()))
    return None


def list_items(text: str) -> list[str]:
    """The items of a list typed as one text: "sorties, targets", "sorties and targets", "['a', 'b']".

    Commas and semicolons separate items, and so do the words "and", "&" and "+"; quotes and brackets around an
    item and a final full stop are dropped. One pass over the text; a text longer than ``MAX_READ_CHARS`` is returned
    whole, as one item, for its reader to refuse in one sentence.
    """
    if len(text) > MAX_READ_CHARS:
        return [text]
    items: list[str] = []
    for part in unicodedata.normalize("NFKC", text).replace(";", ",").split(","):
        item: list[str] = []
        for word in part.split() + ["and"]:  # a joiner after the last word closes the last item
            if word.casefold() in _LIST_JOINERS:
                items.append(tidy_text(" ".join(item).strip(_ITEM_WRAPPING)))
                item = []
            else:
                item.append(word)
    items = [item for item in items if item]
    return items or [text]


def spread_items(items: Any, names_one: Callable[[str], bool]) -> list:
    """A list answer with each text item that names no single option read as the list it types.

    "byline, publication date" or ["C006, C008"] (one text where a list of several was meant) become their items;
    ``names_one`` says whether a text already names one option ("D04", "publication date"), which stays whole; a text
    whose every word names one ("g h i") is those words. A text answer is a list of one such item.
    """
    spread: list = []
    for item in [items] if isinstance(items, str) else items:
        if isinstance(item, str) and not names_one(item):
            spread.extend(word for part in list_items(item) for word in _words_if_each_names_one(part, names_one))
        else:
            spread.append(item)
    return spread


#: Where a reason starts in a list typed as one text ("C006 because C008, C017 and C023 match"): the rest is not items.
_LIST_REASON = re.compile(r"\s*[,;:\u2014\u2013-]?\s*\b(?:because|since)\b|\s*[,;:\u2014\u2013-]\s*\bas\b")
#: A note in round brackets after an item ("web address (the url)", "C006 (2.7 km)", "i (not f)"), read as a note.
_BRACKET_NOTE = re.compile(r" ?\([^()]*\)")
#: "but" between items reads as a comma: "C006 but not C008" is "C006" and "not C008".
_BUT = re.compile(r"\s+but\s+", re.IGNORECASE)
#: An item that rules something out rather than naming it ("not C008", "no aircraft", "missing aircraft").
_RULE_OUT_ITEM = re.compile(r"(?:not|neither|no|missing|without|except|excluding|never)\s+[^\W_]", re.IGNORECASE)
#: The word an item that rules something out starts with, and the words that join what it rules out ("not a and f").
_RULE_OUT_WORD = re.compile(r"(not|neither|no|missing|without|except|excluding|never)\s+(?=[^\W_])", re.IGNORECASE)
_RULED_JOINER = re.compile(r"\s+(?:and|or|nor|&|\+)\s+", re.IGNORECASE)
#: A note in round brackets that adds an item ("g h i (and f?)", "(also f)", "(plus f)", "(maybe f)"): read as one more item.
_ADDING_NOTE = re.compile(r"\s*(?:and|also|plus|maybe|perhaps)(?:\s+(?:also|maybe|perhaps))?\s+(.*)", re.IGNORECASE | re.DOTALL)


def _each_ruled_out(text: str) -> str:
    """A list text with each item a rule-out covers written as ruled out: "g, h, i, not a and f" is "g, h, i, not a, not f",
    and "sorties, missing aircraft, objects" rules out objects too (learner AI, AI-H1: only the first item was). After a
    rule-out word, every item joined by "and", "or", "nor", "&" or "+" is ruled out, and, where items came before it,
    every item after a comma up to the end of its clause (a semicolon or "but"); a list that opens with a rule-out
    ("not a or f, g h i") rules out only the items joined to it. One linear pass over the parts of the text."""
    clauses = []
    for clause in text.split(";"):
        parts, word, reaches_commas = [], None, False
        for index, part in enumerate(clause.split(",")):
            part = part.strip()
            opening = _RULE_OUT_WORD.match(part)
            if opening:
                word, reaches_commas = opening[1], index > 0
            elif not reaches_commas:
                word = None
            if word and part:
                parts.extend(item if _RULE_OUT_WORD.match(item) else f"{word} {item}"
                             for item in _RULED_JOINER.split(part) if item.strip())
            else:
                parts.append(part)
        clauses.append(", ".join(parts))
    return "; ".join(clauses)


#: Longest text a bracketed note may add as items ("and f", "also C008 and C017"); a longer one is a note.
_MAX_ADDED_CHARS = 40


def _adding_note(note: "re.Match[str]", names_one: Callable[[str], bool]) -> str:
    """A bracketed note as read: ", f" for one that adds items the question's options name ("(and f?)", "(also C008)"),
    else nothing (a note, as "(not f)" or "(2.7 km)" is)."""
    adding = _ADDING_NOTE.match(note[0].strip()[1:-1])
    added = adding[1].rstrip(" ?!.").strip() if adding else ""
    added = added if len(added) <= _MAX_ADDED_CHARS else ""  # a long note is a note: never spread word by word
    items = spread_items([added], names_one) if added else []
    return f", {added}" if items and all(isinstance(item, str) and (names_one(item) or _ID_SHAPE.fullmatch(item))
                                         for item in items) else ""


#: "except", "excluding", "apart from", "other than" between items: what follows is ruled out, as after "but not".
_EXCEPT = re.compile(r"\s*[,;]?\s+(?:but\s+)?(?:except(?:\s+for)?|excluding|apart\s+from|other\s+than)\s+(?=[^\W_])",
                     re.IGNORECASE)


def _slashes_as_commas(text: str, names_one: Callable[[str], bool]) -> str:
    """A list text with "/" between items read as commas ("byline/publication date"), only in a part (between commas or
    semicolons) whose every piece between slashes names one item: a "/" inside an item or a unit stays. Linear."""
    parts = re.split(r"([,;])", text)
    for index, part in enumerate(parts):
        pieces = part.split("/") if "/" in part else []
        if len(pieces) > 1 and all(piece.strip() and names_one(tidy_text(piece.strip(_ITEM_WRAPPING))) for piece in pieces):
            parts[index] = ", ".join(piece.strip() for piece in pieces)
    return "".join(parts)


#: Words before an answer, or "only" after it, that restrict nothing else the answer gives ("only D02", "just C006", "g, h, i
#: only"): dropped, so "only X" reads as X in every kind of answer (learner AO, AO-M2).
_ONLY_WORDS = frozenset({"only", "just"})


def without_only(text: object) -> object:
    """The text without an "only"/"just" that opens it or an "only" that closes it ("only D02", "just 08:00", "C006 only",
    "only g, h, i"), spaces collapsed; the text itself when it has none, or is only that word. One pass over its words,
    texts longer than MAX_READ_CHARS returned as they are."""
    if not isinstance(text, str) or len(text) > MAX_READ_CHARS:
        return text
    words = text.split()
    if len(words) > 1 and words[0].casefold().strip(",:") in _ONLY_WORDS:
        words = words[1:]
    if len(words) > 1 and without_end_marks(words[-1]).casefold() == "only":
        words = words[:-1]
    return " ".join(words) if len(words) != len(text.split()) else text


#: What an answer that gives and rules out the same option, item, id or time is told: neither right nor wrong (AO-M1).
GIVES_AND_RULES_OUT_NOTE = ("{answer} both gives and rules out {item}: give what you mean without ruling it out, or leave it "
                            "out.")
#: What an option, item or id after a word that changes its meaning ("partly C006", "partly direct quote") is told, in
#: every kind of answer (learners AN and AO, AN-L1, AO-L6); {what} is "option", "items" or "id".
MODIFIER_NOTE = "{answer} is not one of the options: {modifier} changes what it says; give the {what} alone."
#: Words after which " not " is part of a sentence, not a rule-out between two items ("it is not", "and not", "maybe not").
_NOT_A_RULING_AFTER = frozenset("""is was are were be been do does did has have had can could would should will shall may
might must and or but nor if probably definitely certainly maybe perhaps surely possibly it that this which why so whether
also though of you we they he she there""".split())
#: " not " between two words ("web address not headline", "27 not 62", "D18 not D19"): group 1 the word before it.
_BARE_NOT = re.compile(r"([^\W_]+\)?) not (?=[^\W_])", re.IGNORECASE)


def _bare_not_at(text: str) -> int | None:
    """Where a " not " that rules out the item after it starts, between two items with no mark ("27 not 62"), or None.
    One linear scan; "is not", "and not" and their kin are part of a sentence, not such a rule-out (AN-M3)."""
    for found in _BARE_NOT.finditer(text):
        if found[1].rstrip(")").casefold() not in _NOT_A_RULING_AFTER:
            return found.end(1)
    return None


def _bare_nots_as_clauses(text: str) -> str:
    """A list text with each " not " between two items written as "; not " ("web address not headline" as "web address;
    not headline"), as ", not" is read (learner AN, AN-M3). One linear scan."""
    return _BARE_NOT.sub(lambda found: found[0] if found[1].rstrip(")").casefold() in _NOT_A_RULING_AFTER
                         else f"{found[1]}; not ", text)


def _same_item(one: str, other: str) -> bool:
    """Whether two items as typed name the same thing: spelling a reader would not notice, an article, or an ending aside."""
    first, second = (next((word[len(a):] for a in _ARTICLES if word.startswith(a)), word)
                     for word in (_normalise_word(one), _normalise_word(other)))
    return bool(first) and (first == second or _inflected(first, second) or _inflected(second, first))


def _given_and_ruled_out(items: list[str], bracketed: list[str], names_one: Callable[[str], bool]) -> str | None:
    """The item a list text both gives and rules out ("g, h, i, not h", "sorties, targets (not targets)"), or None."""
    ruled = [item.split(" ", 1)[1] for item in items if _ONLY_RULING_ITEM.match(item) and " " in item]
    ruled += [phrase.strip(" .!?") for note in bracketed for phrase in _RULED_JOINER.split(note) if phrase.strip(" .!?")]
    if not ruled:
        return None
    given = spread_items([item for item in items if item and not _ONLY_RULING_ITEM.match(item)], names_one)
    return next((phrase for phrase in ruled for item in given if isinstance(item, str) and _same_item(item, phrase)), None)


def list_text_as_meant(text: str, names_one: Callable[[str], bool], refuse_only_ruled: bool = True) -> str:
    """A text of a list answer as its items are meant: a hedge around it, a reason after "because", notes in round
    brackets gone, and "but" read as a comma ("not sure, C006", "C006 because C008... match", "C006 (2.7 km)", "sorties,
    targets (not aircraft)", "C006 but not C008"), as they are for one option (learners AB and AC, AB-L1, AC-M2). Rule-outs
    are read as ``rule_outs_as_clauses`` reads them for every answer ("26, 27 and not 62", "26, 27 - not 62", "not W, so R",
    "neither W nor W2, so R": AL-M1, AL-M3, AM-M1), and a hedge before an item adds it ("26, 27, maybe 62": AL-L2).
    A text that already names one item stays as it is. A text that only rules items out ("not 62", "neither a nor f") is
    refused in one sentence, with ``refuse_only_ruled`` (a whole answer, not one item of a Python list).
    Each step is one linear pass over at most MAX_READ_CHARS characters."""
    if len(text) > MAX_READ_CHARS or names_one(text):
        return text
    meant = " ".join(str(without_only(without_hedge(text))).split())  # spaces collapsed: each pattern below then scans once
    if names_one(meant):  # "only D02", "C006 only": "only" restricts nothing else (AO-M2)
        return meant
    meant = _HEDGED_ITEM.sub(lambda found: found[1], _bare_nots_as_clauses(rule_outs_as_clauses(meant)))  # "27 not 62" (AN-M3)
    bracketed = [found[1].split(" ", 1)[1] for found in _BRACKETED_RULING.finditer(meant) if " " in found[1]]
    meant = _slashes_as_commas(meant, names_one) if "/" in meant else meant  # "byline/publication date" (AJ-L5)
    meant = _EXCEPT.sub("; not ", meant)  # "byline, web address except photo credit" as "but not photo credit" (AJ-M2)
    reason = _LIST_REASON.search(meant)
    meant = meant[:reason.start()] if reason and reason.start() > 0 else meant
    meant = _BUT.sub("; ", _BRACKET_NOTE.sub(lambda note: _adding_note(note, names_one), meant)).strip()  # "(and f)": an item (AI-M3)
    meant = (_each_ruled_out(meant) if _RULE_OUT_WORD.search(meant) else meant).replace(";", ",")  # "not a and f" (AI-H1)
    items = [tidy_text(item) for item in meant.split(",")]
    both = _given_and_ruled_out(items, bracketed, names_one)
    if both is not None:  # "g, h, i, not h": which is meant? never marked (AO-M1)
        raise AnswerError(GIVES_AND_RULES_OUT_NOTE.format(answer=preview(text), item=repr(both)))
    if refuse_only_ruled and items and all(_ONLY_RULING_ITEM.match(item) and not names_one(item) for item in items):
        raise AnswerError(f"{preview(text)} rules an item out: list only the items you mean, not ones you rule out.")
    return meant or text


#: A hedge before one item of a list ("26, 27, maybe 62", "byline, and perhaps photo credit"): the item, added.
_HEDGED_ITEM = re.compile(r"(^|, |\band )(?:maybe|perhaps|possibly|probably) (?=[^\W_])", re.IGNORECASE)
#: An item that only rules out ("not 62", "never a"): a list of nothing but these names no item at all.
_ONLY_RULING_ITEM = re.compile(r"(?:not|never|except|excluding) [^\W_]", re.IGNORECASE)


def without_reason(text: str) -> str:
    """A list item without the reason or the rule-out after it ("web address because no headline", "web address (not
    photo credit)" -> "web address"), the text itself
    when it has none or starts with one; one linear scan, texts longer than MAX_READ_CHARS returned as they are (AD-M1)."""
    if not isinstance(text, str) or len(text) > MAX_READ_CHARS:
        return text
    flat = " ".join(text.split())
    bare = _bare_not_at(flat) if " not " in flat else None  # "27 not 62": a rule-out, as "27, not 62" is (AN-M3)
    text = flat if bare is not None else text
    reason = _LIST_REASON.search(text)
    ruling = _RULE_OUT_NOTE.search(text)  # "web address (not photo credit)", "web address, not photo credit" (AL-M2)
    cut = min([found.start() for found in (reason, ruling) if found] + ([bare] if bare is not None else []), default=None)
    return text[:cut].strip() if cut is not None and text[:cut].strip() else text


#: Where a note ruling something out starts after a list item ("web address (not photo credit)", "web address - not
#: photo credit", "web address but not photo credit"): a mark or a joining word, then the ruling word.
_RULE_OUT_NOTE = re.compile(r"(?:[,;(\u2014\u2013]|(?<=\s)(?:-|but\b|and\b))\s*(?:not|neither|never|except|excluding)\b",
                            re.IGNORECASE)


def ruled_out_item(item: str, names_one: Callable[[str], bool]) -> bool:
    """Whether an item of a list rules something out ("not C008", "no aircraft", "missing aircraft") or is a hedge, where
    the question is not about what is absent: the item names nothing the learner means, and is dropped."""
    flat = tidy_text(item) if len(item) <= MAX_READ_CHARS else ""
    return bool(flat) and not names_one(flat) and (is_hedge(flat) or _RULE_OUT_ITEM.match(flat) is not None)


#: A word shaped like a row's id: letters, then digits ("C006", "d4").
_ID_SHAPE = re.compile(r"[^\W\d_]{1,3}\d{1,6}")


def _words_if_each_names_one(text: str, names_one: Callable[[str], bool]) -> list[str]:
    """["g", "h", "i"] for "g h i", where each word names an option (letters or ids typed with spaces only); and
    ["C006", "C008"] for "C006 C008", ids typed with spaces though not every one is right (learner AA, AA-L3: the text was
    read as one unknown item and got a generic hint); else [text]."""
    words = text.split() if len(text) <= MAX_READ_CHARS else []
    if len(words) < 2 or names_one(text):
        return [text]
    if all(names_one(word) for word in words):
        return words
    ids = [word.strip(_ITEM_WRAPPING) for word in words]
    return ids if all(_ID_SHAPE.fullmatch(word) for word in ids) else [text]


def _unit_key(phrase: str) -> tuple[str, ...]:
    """A unit phrase as compared: lower case, "/" read as "per", each word singular ("targets/sortie" = "target per sortie")."""
    words = [_PER_CENT_SHORT.get(word, word) for word in phrase.casefold().replace("/", " per ").replace("-", " ").split()]
    return tuple(word[:-1] if len(word) > 2 and word.endswith("s") else word for word in words)


#: The British short forms of per cent ("85.5pc", "85.5 p.c."), read as % wherever % is (learner AP, AP-L4). "pcs"
#: (pieces) is not one of them.
_PER_CENT_SHORT = {"pc": "%", "p.c.": "%", "p.c": "%"}


def measures_rate_or_share(units: tuple[str, ...]) -> bool:
    """Whether an exercise's unit words make its answer a rate or a share ("per sortie", "a day", "%"), not a count."""
    return any({"per", "a", "%", "percent", "cent"} & set(_unit_key(unit)) for unit in units)


def _plain_words(text: str) -> bool:
    return all(ch.isalpha() or ch in " -'\u2019" for ch in text)


def _split_number(text: str) -> tuple[str, str]:
    """("2 084", "targets") from "2 084 targets": the number as written, and the words after it (one pass)."""
    allowed = set("0123456789 ,._+-")
    end = 0
    while end < len(text):
        ch = text[end]
        exponent = (ch in "eE" and end > 0 and text[end - 1].isdigit()
                    and text[end + 1: end + 3].lstrip("+-")[:1].isdigit())
        if ch not in allowed and not exponent:
            break
        end += 1
    return text[:end], text[end:].strip()


#: What the course's exercises count: a count written with one of these that is not the exercise's own is a slip.
_COUNTED_THINGS = {"sortie", "target", "day", "claim", "line", "sentence", "word", "paragraph", "quote", "place", "speaker",
                   "result", "week", "hour", "minute", "airstrike", "strike", "flight", "aircraft", "jet", "plane", "people",
                   "person", "category"}


def _singular(word: str) -> str:
    """A counted noun (plural, or as ``_unit_key`` leaves it: "categorie") as the tables above spell it: "categories" ->
    "category", "sorties" -> "sortie", "days" -> "day"."""
    stem = word.rstrip("s")
    return stem[:-2] + "y" if stem.endswith("ie") and stem[:-2] + "y" in _COUNTED_THINGS else stem


#: Spans of time longer than a week, said as "4 weeks" is when a count of days is given in them ("1 month", "about a year").
_LONGER_SPANS = frozenset({"fortnight", "month", "year", "decade"})


#: Words that may follow a count's unit without changing what it counts ("34 days later", "13 days left", "34 days have
#: passed", "13 days in total"): read off the end of the unit, one by one.
_AFTER_WORDS = frozenset({"later", "after", "afterwards", "left", "remaining", "remain", "passed", "elapsed", "have", "has",
                          "had", "in", "total", "all", "ago", "flown", "counted"})


#: Words that make what follows a count a note or a reason, not the noun of what it counts ("2000 because the headline
#: says so", "84 which is the difference"); a note after a number is refused, so that numbers are judged exactly.
_NOTE_WORDS = frozenset({"because", "since", "but", "which", "that", "according", "said", "says", "is", "was", "are", "were",
                         "it", "i", "so", "from", "see", "think", "guess", "maybe", "probably"})
#: Most words of a noun after a count ("15 body lines", "13 candidate days"); a longer tail is a sentence.
_MAX_NOUN_WORDS = 4
#: Most plain words after a count's own unit ("34 days after the campaign start"), read as the number and its unit.
_MAX_WORDS_AFTER_UNIT = 5
#: Words that, last after a number, answer or take it back rather than name what it counts ("2000 no", "2000 not").
_REPLY_WORDS = frozenset({"no", "not", "yes", "nope", "nah"})
#: The ways a percentage is written after its number, as unit keys.
_PERCENT_KEYS = (("%",), ("percent",), ("per", "cent"))


def _share_of(key: tuple[str, ...], tail: str, own_units: set) -> bool:
    """Whether the words after a number are the exercise's own percentage sign, "of" and a few plain words naming what it
    is a share of ("% of words", "percent of the article"): a share written as a reader would, read as its number."""
    sign = next((sign for sign in _PERCENT_KEYS if key[:len(sign)] == sign and sign in own_units), None)
    if sign is None or key[len(sign):len(sign) + 1] != ("of",):
        return False
    rest = key[len(sign) + 1:]
    return 1 <= len(rest) <= 3 and all(word.isalpha() for word in rest)


def _tail_problem(answer: str, tail: str, units: tuple[str, ...], count: bool) -> str | None:
    """Why the words after a number cannot be read with it, or None when they are the exercise's unit or a count's noun.

    A count's own unit, singular or plural, with adjectives before it ("13 candidate days", "534 target", "13 Tuesdays"
    for days) and a few plain words after it ("16 sentences of the article"), is read with the number. A thing the course
    counts that is not the exercise's own ("240 aircraft" for sorties, "1550 categories" for targets, "8 people" for
    places) is told what the exercise counts, never read (learner AQ, AQ-H1); any other plain word is read with the number
    ("15 rows", "534 objects", "84 short": learners AR and AS, and fact-check 26, found the course's own words among them),
    unless it is the unit of a measure ("15 km").
    """
    key = _unit_key(tail)
    own_units = {_unit_key(unit) for unit in units}
    while len(key) > 1 and key[-1] in _AFTER_WORDS and key not in own_units:  # "34 days have passed": the unit, and words
        key = key[:-1]
    if key in own_units:
        return None
    if key and key[-1] in _REPLY_WORDS:  # "2000 no", "2000 not": a note taking the number back, not what is counted (RT-L1)
        return _not_only_a_number(answer, tail, units)
    if _share_of(key, tail, own_units):  # "85.5 % of words", "85.5 percent of the article" (AD-L3)
        return None
    if count and any(key[:len(sign)] == sign for sign in _PERCENT_KEYS):  # "4.2%" for a count (learner AF, AF-4)
        what = f"how many {units[0]}" if units else "for a count"
        return (f"This asks {what}, not a percentage: {preview(answer)} has something other than a number in it; write the "
                "count, in digits, for example 7.")
    words_only = _plain_words(tail)
    led_by_own = next((unit for unit in own_units if unit and key[:len(unit)] == unit), None)
    if (count and words_only and led_by_own and not set(key) & _NOTE_WORDS
            and len(key) - len(led_by_own) <= _MAX_WORDS_AFTER_UNIT):  # "16 sentences of the article", "84 targets short":
        return None  # the right unit, then a few plain words, often the question's own (learner AR, AR-M2)
    if count and key and (set(key) & _NOTE_WORDS or len(key) > _MAX_NOUN_WORDS):  # "2000 because the headline says so": a
        return _not_only_a_number(answer, tail, units)  # note, refused as "534 (about a quarter)" is (KNOWN, round 9)
    if count and words_only and key:
        if any(key[-1].endswith(_unit_key(unit)[-1]) for unit in units):
            return None  # "534 target", "13 Tuesdays" (days)
        if units and (_singular(key[-1]) in _COUNTED_THINGS  # "34 sorties" for a number of days: the wrong thing counted
                      or _singular(key[-1]) in _LONGER_SPANS):  # "1 month", "about a month" as "4 weeks" (learner AL, L3)
            return f"This exercise counts {units[0]}, not {preview(tail)}: check what you counted, then write only the number."
        if any(key[:len(unit)] == unit for unit in own_units):  # "34 days before": the right unit, then other words
            return f"Write only the number, for example 7, or the number and {preview(units[0])}: {preview(tail)} has more words than that."
        if set(key) & _MEASURE_WORDS:
            return f"This exercise asks for a count, not a measure in {preview(tail)}: write only the number, for example 7."
        return None  # "15 rows", "534 objects", "84 short": a word the course does not count is read with the number
    return _not_only_a_number(answer, tail, units)


#: Two numbers with a sign of working between them ("1,631 - 1,391", "7+2", "3 * 4", "8 / 2"): a calculation, not its result.
#: A "/" counts only with spaces around it: "3/4" is a fraction written as one, refused as not a number.
_WORKING = re.compile(r"\d[\d.,_ ]*(?:[+\-*\u00d7\u00f7x]| /)[ ]*[+-]?\d")
#: Two numbers typed as a list, a comma or semicolon and a space between them ("15, 17", "2000; 2084").
_TWO_NUMBERS = re.compile(r"\d[,;] +[+-]?\d")


#: What a number exercise says to a hedge ("?", "idk", "no idea").
HEDGE_NUMBER_NOTE = ("Look again at what the question points to, then give one number, in digits, for example 7 or 2.5; "
                     "the feedback will tell you more.")  # some are read off the page, not worked out (learner AF, AF-3)
#: Month names and their short forms: a day and its month before "and" are a date, not a first answer.
_MONTH_WORDS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec""".split())
#: Two answers joined by "or" or "and" ("1550 or 74%", "08:00 or 07:00", "2.8 or 2.78 km", "18.4 and 18"): a number, time
#: or quantity (at most 12 characters of it), the word, then another number. Bounded: the runs are of fixed length.
_TWO_ANSWERS = re.compile(r"\d[^\s]{0,12}(?:\s+[^\W\d_]{1,12})?\s+(or|and)\s+[+-]?\.?\d", re.IGNORECASE)
#: A division or product typed between two numbers without spaces where one has three digits or a decimal ("2084/1631",
#: "3*1.852"); "3/4", a fraction written as one, is left to be refused as not a number.
_DIVISION = re.compile(r"(?:\d{3}|\d\.\d+)\s*/\s*[+-]?\d|\d\s*/\s*(?:\d{3}|\d+\.\d)|\d\s*[*\u00d7]\s*[+-]?\.?\d")
#: Any number divided by another ("17/20", "3/4"): in a rate or share, a calculation to work out first (learner AI, AI-L7:
#: 05.4's "17/20" was told it held something other than a number); a count keeps refusing it as no number.
_FRACTION = re.compile(r"\d\s*/\s*[+-]?\.?\d")
#: What a calculation typed as the answer is told.
CALCULATION_NOTE = "{answer} is a calculation: work it out first (in Python, or by hand), then give only the result."


#: A calculation written with a word between its numbers ("2084 minus 2000", "7 plus 2", "3 times 1.852").
_WORDED_WORKING = re.compile(r"\d[\d.,_]*\s*(?:minus|plus|times|multiplied\s+by|divided\s+by|take\s+away)\s+[+-]?\.?\d",
                             re.IGNORECASE)
#: A calculation followed by its result ("7 + 2 = 9", "2084 minus 2000 = 84"): the working, "=", then one number.
_WITH_RESULT = re.compile(r"\d[^=]{0,200}=\s*([+-]?\.?\d[\d.,_]*)\s*$")
#: Words before a number that make it a bound or an estimate ("over 2,000", "about 15", "more than 2000", "at least 2000"),
#: and after it ("2000 or more", "2000-ish"): the exercise asks for the exact number, so the word is left out.
_QUALIFIER_BEFORE = re.compile(r"(just\s+over|just\s+under|well\s+over|well\s+under|over|about|around|nearly|almost|roughly|"
                               r"approximately|approx\.?|circa|ca\.|some|more\s+than|less\s+than|fewer\s+than|at\s+least|"
                               r"at\s+most|under|up\s+to|upwards\s+of|above|below)\s+(?=[+-]?\.?\d)", re.IGNORECASE)
#: Signs and short forms before a number that make it an estimate, with or without a space ("~534", "≈ 534", "c.534",
#: "ca. 534", "approx.534"): read as "about" is (learner AQ, AQ-L2). One anchored match.
_QUALIFIER_SIGN = re.compile(r"(~|\u2248|\u223c|c\.|ca\.|approx\.)\s*(?=[+-]?\.?\d)", re.IGNORECASE)
#: Words before or after a number that keep it exact ("only 84", "just 2000", "exactly 34", "34 exactly", "84 only"): the
#: number itself, as "only X" is X on options (learner AP, AP-M3). "just over", "just under" stay qualifiers (no digit follows
#: "just" there). One anchored match at each end.
_EXACT_BEFORE = re.compile(r"(?:only|just|exactly|precisely)\s*[,:]?\s+(?=[+-]?\.?\d)", re.IGNORECASE)
_EXACT_AFTER = re.compile(r"(?<=[\w%.])\s*,?\s+(?:only|exactly|precisely)$", re.IGNORECASE)


def without_exact_words(typed: str) -> str:
    """A number's text without an "only", "just" or "exactly" that opens it before its digits, or an "only"/"exactly" that
    closes it ("only 84", "exactly 34 days", "34 exactly"): they keep the number exact (AP-M3). Texts longer than
    MAX_READ_CHARS are returned as they are."""
    if not isinstance(typed, str) or len(typed) > MAX_READ_CHARS:
        return typed
    flat = " ".join(typed.split())  # spaces collapsed: the closing pattern then looks at one space per place
    if not _EXACT_BEFORE.match(flat) and not _EXACT_AFTER.search(flat):
        return typed
    typed = flat
    opening = _EXACT_BEFORE.match(typed)
    if opening:
        typed = typed[opening.end():]
    closing = _EXACT_AFTER.search(typed) if any(ch.isdigit() for ch in typed) else None
    return typed[:closing.start()] if closing and closing.start() > 0 else typed
_QUALIFIER_AFTER = re.compile(r"(?<=[\d\s])(or\s+(?:more|so|less|fewer|above|over)|and\s+(?:more|over|up)|plus|-?ish|\+)$",
                              re.IGNORECASE)
#: What a bare "yes" or "no" typed for a number is told (learner AL): the question asks for a number.
YES_NO_NUMBER_NOTE = ("{answer} answers yes or no, but this question asks for a number: give it in digits, for example 7 "
                      "or 2.5.")


#: The words of a number written in words ("thirty-four", "two thousand", "eighty-five point five", "five-hundred-thirty-four").
_NUMBER_WORDS = frozenset("""zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fourty fifty sixty seventy eighty ninety hundred thousand million
billion half halves third thirds quarter quarters fifth fifths tenth tenths hundredth hundredths dozen""".split())
#: Words that may join the words of a number ("two hundred and five", "eighty-five point five", "a hundred", "minus two").
_NUMBER_JOINING_WORDS = frozenset({"and", "point", "a", "minus", "negative"})
#: Most words of a number in words read (``five-hundred-thirty-four`` is four); a longer text is not one.
_MAX_NUMBER_WORDS = 12


def _in_number_words(typed: str, units: tuple[str, ...]) -> bool:
    """Whether a text is a number written in words, hyphenated or not ("thirty-four", "eighty-five point five", "two
    thousand"), perhaps followed by the exercise's unit ("thirty-four days"): told to write it in digits, never taken for
    code (learners AL and AM, AL-M6 and AM-M3: "thirty-four" was told to remove its quotation marks, which gives a
    NameError). Bounded: at most ``_MAX_NUMBER_WORDS`` words of a text of at most MAX_READ_CHARS characters."""
    words = typed.casefold().replace("-", " ").replace("\u2010", " ").split()
    if not words or len(words) > _MAX_NUMBER_WORDS + 4 or not all(word.isalpha() for word in words):
        return False
    count = 0
    while count < len(words) and (words[count] in _NUMBER_WORDS or words[count] in _NUMBER_JOINING_WORDS):
        count += 1
    number, tail = words[:count], " ".join(words[count:])
    own = {_unit_key(unit) for unit in units}
    return (bool(set(number) & _NUMBER_WORDS) and len(number) <= _MAX_NUMBER_WORDS
            and (not tail or _unit_key(tail) in own or tail in {"percent", "per cent"}))


def numbers_in_words_note(text: object, what: str = "the numbers") -> str | None:
    """The sentence for a list of numbers written in words ("twenty-six and twenty-seven", "twenty-six, twenty-seven"),
    or None: each item, between commas or "and", a number in words; for readers of lists of numbers (01.10's lines: learner
    AN, AN-L3). Bounded: at most MAX_READ_CHARS characters, one pass over the items."""
    if not isinstance(text, str) or len(text) > MAX_READ_CHARS:
        return None
    items = list_items(text)
    if not items or not all(_in_number_words(item, ()) for item in items):
        return None
    return f"{as_typed(text)} has numbers written in words: write {what} in digits, for example [12, 14]."


def _number_words_note(answer: object, units: tuple[str, ...]) -> str:
    return (f"{as_typed(answer)} has words in it, a number written in words: write it in digits, for example 7 or "
            f"2.5{_unit_note(units)}.")


#: Words of letters only joined by hyphens ("thrity-four", "ehgity-four", "forty-too"): words, perhaps a number misspelt,
#: never code (removing their quotation marks gives a NameError; learner AN, AN-M1). A run of letters, then hyphenated runs.
_HYPHENATED_WORDS = re.compile(r"[^\W\d_]+(?:[-\u2010][^\W\d_]+)+(?: [^\W\d_]+)*")


def _hyphenated_words_note(answer: object, units: tuple[str, ...]) -> str:
    return (f"{as_typed(answer)} has words in it: if it is a number written in words, write it in digits, for example 7 or "
            f"2.5{_unit_note(units)}.")


#: Python typed in quotes where a number goes: a name and a bracket ("round(x, 1)", "df['targets']") or a name, a point and
#: a name of two letters or more ("r.sorties", "table.sum"); "a.m." and "e.g." are not.
_NUMBER_CODE = re.compile(r"[A-Za-z_]\w*[(\[]|[A-Za-z_]\w*\.[A-Za-z_]\w\w")
#: A row's id given for a number: letters, then digits ("C002", "d4"), or one letter, a space and digits ("c 2").
_NUMBER_ID = re.compile(r"[^\W\d_]{1,3}\d{1,6}|[^\W\d_] \d{1,6}")
#: Working in code around a name, with brackets ("(old-new)/old*100", "100*(new-old)/old"): a bracket closed before a sign
#: of working (* or /), or opened after one (AM-M3). Read only where the text holds a letter; "(2084-2000)/2000" is a calculation.
_BRACKETED_CODE = re.compile(r"\)\s*[*/]\s*[\w(]|[\w)]\s*[*/]\s*\(")
#: Two names with a sign of working between them ("sorties / days", "targets*2" has a digit and is not), in a text with no
#: digit at all: a calculation written in code.
_NAMES_WORKED = re.compile(r"[A-Za-z_]\w*\s*[/*+\-]\s*[A-Za-z_]")


def _worded_number_note(answer: str, typed: str, units: tuple[str, ...]) -> str | None:
    """The sentence for a number answer that is not a number with its unit, but reads plainly as something else: a bare
    yes or no ("yes"), a calculation written in words ("2084 minus 2000"), a calculation with its result ("7 + 2 = 9": give
    only the result), or a number with a word making it a bound or an estimate ("over 2,000", "about 15", "2000 or more"):
    the exact number without that word. None for any other text (learner AL). ``typed`` is at most MAX_READ_CHARS
    long and each pattern one linear scan (the result pattern's working is bounded)."""
    if bare_yes_or_no(typed):
        return YES_NO_NUMBER_NOTE.format(answer=preview(answer))
    result = _WITH_RESULT.search(typed)
    if result and typed.count("=") == 1:
        given = without_end_marks(result[1])
        return (f"{preview(answer)} is a calculation with its result: give only the result, {given}, without the working "
                "and the = sign.")
    if _WORDED_WORKING.search(typed):
        return CALCULATION_NOTE.format(answer=preview(answer))
    qualifier = _QUALIFIER_BEFORE.match(typed) or _QUALIFIER_SIGN.match(typed) or _QUALIFIER_AFTER.search(typed)
    if qualifier:
        rest = (typed[qualifier.end():] if qualifier.start() == 0 else typed[:qualifier.start()]).strip()
        number, tail = _split_number(rest)
        if any(ch.isdigit() for ch in number) and (not tail or _unit_key(tail) in {_unit_key(unit) for unit in units}):
            word = " ".join(qualifier[1].split())
            what = "words" if any(ch.isalpha() for ch in word) else "something other than a number"
            return (f"Write only the number, in digits, for example 7 or 2.5{_unit_note(units)}: {preview(answer)} has {what} "
                    f"in it; the question asks for the exact number, so leave out {word!r}.")
    return None


#: What a text holding two answers is told (numbers, quantities and clock times alike).
TWO_ANSWERS_NOTE = "{answer} is two answers: the question asks for one, so give only the one you mean."
#: What two numbers joined by "and" are told where the exercise's answer is their sum or their difference (an exercise
#: opts in with ``combined_from``: 02.7 adds two cells, learner AH); {how} is "sum" or "difference". Elsewhere two numbers
#: joined by "and" are two answers, said plainly (fact-check 22 M1: the sum-or-difference sentence fired on every
#: number, quantity and clock exercise, for a ratio, a product and two clock hours alike).
BOTH_NUMBERS_NOTE = ("{answer} is two answers: the question asks for one. If the answer is their {how}, work it out first "
                     "and give only the result; otherwise give only the one you mean.")


#: A number alone, as it opens a number with a note in brackets ("9 (7 and 2)").
_PLAIN_NUMBER = re.compile(r"[+-]?\d[\d.,]*")


def one_answer_note(typed: str, answer: object, combined: str = "") -> str | None:
    """The sentence for two answers joined by "or"/"and" ("13 or 14", "08:00 or 07:00", "2.8 or 2.78 km"), or a sum with
    "/" or "*" ("2084/1631", "3 * 1.852 km"), said before any reader of units or clocks takes a word of it for a unit or a
    zone (learners AB and AC, AC-L1 and AB-L2); None for any other text. The number, clock and quantity readers share it.
    ``combined``: "sum" or "difference" where the exercise's answer is that of two figures, said to two numbers joined by
    "and"; empty elsewhere, where they are two answers."""
    if len(typed) > MAX_READ_CHARS:
        return None
    joined = _TWO_ANSWERS.search(typed) or ("(" in typed and _TWO_ANSWERS.search(_BRACKET_NOTE.sub("", typed)))
    if joined and _MONTH_WORDS & set(re.findall(r"[^\W\d_]+", joined[0].casefold())):
        joined = None  # "between 30 October and 3 November": two dates joined, not two answers (learner AS, AS-M3)
    if joined and combined and typed.count("=") == 1 and _WITH_RESULT.search(typed):  # "7 and 2 = 9": as "7 + 2 = 9" (AN-L2)
        return None  # the calculation-with-its-result sentence, said by the number reader
    opening = typed.find("(")
    if joined and 0 < opening < joined.start() and _PLAIN_NUMBER.fullmatch(typed[:opening].strip()) and ":" not in typed:
        return None  # "9 (7 and 2)": a number with a note, refused as "534 (about a quarter)" is (KNOWN, round 9; AN-L2)
    if joined:
        numbers_joined = combined and joined[1].casefold() == "and" and ":" not in joined[0]  # two clock times: two answers
        return (BOTH_NUMBERS_NOTE if numbers_joined else TWO_ANSWERS_NOTE).format(answer=preview(answer), how=combined)
    if _DIVISION.search(typed):
        return CALCULATION_NOTE.format(answer=preview(answer))
    return None


#: A time of day in a clock answer: "08:00", "8.30", "8h30", "8am", "11 p.m.", "noon", "midnight". Digits after a point or
#: colon, or before one, are not a second time ("3.11.2015" is a date). One linear scan.
_TIME_OF_DAY = re.compile(r"(?<![\d.:])(?:\d{1,2}[:.h]\d{2}(?![.:]?\d)|\d{1,2}\s?[ap]\.?\s?m\b\.?)|\b(?:noon|midnight)\b", re.IGNORECASE)
#: "12 noon", "12:00 midnight": one time said twice, read as the digits.
_TWELVE_NAMED = re.compile(r"\b12(?::00)?\s*(?:noon|midnight)\b", re.IGNORECASE)
#: A UTC offset ("UTC+2", "GMT+02:00", "utc \u22120530"): its digits are no time of day.
_UTC_OFFSET = re.compile(r"\b(?:utc|gmt)\s*[+\-\u2212\u2013\u2014\u00b1]\s*\d{1,4}(?::\d{2})?", re.IGNORECASE)
#: An offset written bare, as ISO 8601 writes it ("10:00 +02:00", "10:00+02:00", "10:00 (\u221203:00)", "10:00 -02:00"), or
#: loosely with a space ("08:00 + 03:00", which the clock reader refuses in its own words): its digits are no time of day
#: either (learner AK, AK-M1). A hyphen joined to a time on both sides ("10:00-11:00") is a range: two times.
_BARE_OFFSET = re.compile(r"[+\u2212]\s?\d{1,2}:\d{2}|(?<![^\s(])-\d{1,2}:\d{2}")
#: A time ruled out after the answer ("10:00, not 11:00", "10:00 (not 11:00)", "10:00 rather than 11:00").
_RULED_OUT_TIME = re.compile(r"\s*[,;(\u2014\u2013-]?\s*(?:but\s+)?(?:not|rather\s+than|instead\s+of)\s+", re.IGNORECASE)
#: One word naming a clock, between the answer's time and a time it rules out ("10:00 Syria, not 11:00", AK-M2), or after a
#: ruled-out time ("not 11:00 Moscow time"): letters, then letters, digits, "/", "+", "-" or ":" ("Asia/Damascus", "UTC+2").
_CLOCK_LABEL_WORD = re.compile(r"\s*\(?([^\W\d_][\w/+\-\u2212:]*)\)?")
#: Words that start a note, never a clock's name: a ruled-out time's clause stops before them ("rather than 11:00 because").
_NOT_LABEL_WORDS = frozenset({"not", "rather", "instead", "but", "because", "since", "as", "so", "which", "and", "or", "nor"})
#: Most words read as a clock's name beside a time (every linear scan bounded by it).
_MAX_LABEL_WORDS = 3
#: The end of a ruled-out time's clause: the text, a comma or semicolon, or a closing bracket.
_CLAUSE_CLOSE = re.compile(r"\s*(?:[,;)]|$)")
#: A text that only rules times out ("neither 11:00 nor 08:00", "not 11:00"): no time in it is the answer (AK-M2).
_ONLY_RULED_OUT = re.compile(r"(?:neither|not|never)\s+(?=\d|noon|midnight)", re.IGNORECASE)
#: Words after which a time is meant ("not 11:00 but 08:00"): the text does not only rule out.
_MEANT_AFTER = re.compile(r"\b(?:but|rather|instead)\b", re.IGNORECASE)
RULED_OUT_TIME_NOTE = "{answer} rules a time out: give the one time you mean, not one you rule out."
#: A word that rules out the time after it, at the start of the text or after a ruled-out time ("neither 11:00 nor 08:00",
#: "not 11:00, not 07:00", "not 11:00 or 07:00", "not 11:00 and not 07:00").
_RULING_TIME_WORD = re.compile(r"\s*(?:[,;]\s*)?(?:(?:and|or)\s+)?(?:neither|nor|not|never|or)\s+", re.IGNORECASE)
#: What may stand between ruled-out times and the one time left ("neither 11:00 nor 08:00, so 10:00", "not 11:00: 10:00",
#: "not 11:00, it is 10:00", "not 11:00 but 10:00"): a comma, semicolon, colon or dash, or "so", "but" and their kin, or
#: both; then perhaps "it is".
_ONE_LEFT_AFTER = re.compile(r"\s*(?:[,;:\u2014\u2013-]\s*)?(?:(?:so|therefore|thus|hence|then|but(?:\s+rather)?|rather|instead)\b\s*(?:,\s*)?)?"
                             r"(?:(?:it\s+is|it's|it\s+was|that\s+leaves)\s+)?", re.IGNORECASE)
#: Most ruled-out times read before the one left (every scan bounded by it).
_MAX_RULED_OUT_TIMES = 4


def _time_left_after_ruling_out(text: str) -> str | None:
    """The part of a text that rules times out and then gives one ("neither 11:00 nor 08:00, so 10:00", "not 11:00, 10:00
    Syria", "not 11:00: 10:00") from the time left on, with any clock name after it; None when the text only rules times out
    ("neither 11:00 nor 08:00", "not 11:00, not 07:00") (AM-M1). Bounded: at most ``_MAX_RULED_OUT_TIMES`` anchored
    matches, each of a few characters' reach."""
    position = 0
    for _ in range(_MAX_RULED_OUT_TIMES):
        ruling = _RULING_TIME_WORD.match(text, position)
        ruled = _TIME_OF_DAY.match(text, ruling.end()) if ruling else None
        if ruled is None:
            break
        position = _label_end(text, ruled.end())
    if position == 0:
        return None
    between = _ONE_LEFT_AFTER.match(text, position)
    if not between[0].strip():  # "not 11:00 10:00": nothing says which time is meant
        return None
    rest = without_hedge(text[between.end():].strip())  # "..., so probably 10:00"
    return rest if isinstance(rest, str) and _TIME_OF_DAY.match(rest) else None


def _label_end(text: str, position: int) -> int:
    """Where up to three words naming a clock after ``position`` end ("Syria", "Moscow time", "(UTC)"); ``position`` if
    none. Stops before a word that starts a note or a rule-out. Bounded: at most three anchored matches."""
    end = position
    for _ in range(_MAX_LABEL_WORDS):
        word = _CLOCK_LABEL_WORD.match(text, end)
        if word is None or word[1].casefold() in _NOT_LABEL_WORDS:
            break
        end = word.end()
    return end


def _ruled_out_after(text: str, first_end: int) -> "tuple[int, int] | None":
    """The span of a time the answer rules out after its own time, directly or after the clock it names ("10:00, not
    11:00", "10:00 Syria, not 11:00", "10:00 UTC (not 11:00 Moscow time)"), with the clock the ruled-out time names when
    it ends the text or the clause; None if there is none. Bounded: a few anchored matches."""
    for position in dict.fromkeys((first_end, _label_end(text, first_end))):
        ruled = _RULED_OUT_TIME.match(text, position)
        after = _TIME_OF_DAY.match(text, ruled.end()) if ruled else None
        if after is None:
            continue
        end = after.end()
        labelled = _label_end(text, end)
        if labelled != end and _CLAUSE_CLOSE.match(text, labelled):
            end = labelled
        if "(" in ruled[0] and text[end:end + 1] == ")":
            end += 1
        return ruled.start(), end
    return None


#: "no" between a time and another one ("08:00, no 07:00", "10:00 Syria; no 11:00"): the second time ruled out, read as
#: ", not" is (learner AQ, AQ-M1), as ids and options read it. "no" followed by a comma ("08:00, no, 07:00") stays a change
#: of mind, and "no" before words ("08:00, no daylight saving") is untouched. One linear scan.
_NO_BEFORE_TIME = re.compile(r"(?<=\S)([,;]? +)no +(?=\d)", re.IGNORECASE)


def no_time_as_not(text: object) -> object:
    """A clock answer with "no" before a time it follows read as "not" ("08:00, no 07:00" -> "08:00, not 07:00"); any
    other text, or one longer than MAX_READ_CHARS, as it is."""
    if not isinstance(text, str) or len(text) > MAX_READ_CHARS:
        return text
    return _NO_BEFORE_TIME.sub(lambda found: f"{found[1]}not ", text)


def clock_text_as_meant(answer: object) -> object:
    """A clock answer as it is meant: a hedge around it gone ("not sure, 10:00", "05:00 (not sure)"), and a time it rules
    out ("10:00, not 11:00", "10:00 (not 11:00)", "10:00 Syria, not 11:00 Moscow time"); AnswerError, with the two-answers
    sentence, for a text that still holds a second time of day ("08:00 (05:00 UTC)", "08:00, 05:00 UTC", "08:00 or 11 a.m."),
    however they are joined (red team 4, RT-H1), and with the rule-out sentence for a text that only rules times out
    ("neither 11:00 nor 08:00", AK-M2). UTC offsets ("10:00 UTC+02:00", "10:00 +02:00") are no second time (KNOWN, round
    12; AK-M1). Anything else is returned as it is, for the clock reader.
    Bounded: at most MAX_READ_CHARS characters, each pattern a linear scan, at most three ruled-out times cut."""
    if not isinstance(answer, str) or len(answer) > MAX_READ_CHARS:
        return answer
    text = without_hedge(answer)
    text = text if isinstance(text, str) else answer
    if _ONLY_RULED_OUT.match(text.lstrip()):
        left = _time_left_after_ruling_out(text.strip())
        if left is not None:  # "neither 11:00 nor 08:00, so 10:00": the time left is the answer, read as any other (AM-M1)
            text = left
        elif not _MEANT_AFTER.search(text):  # only rule-outs: no time in it is the answer (AK-M2)
            raise AnswerError(RULED_OUT_TIME_NOTE.format(answer=preview(answer)))
    for _ in range(3):
        first = _TIME_OF_DAY.search(_TWELVE_NAMED.sub("12:00", text))
        if first is None:
            return text
        span = _ruled_out_after(text, first.end()) if _TWELVE_NAMED.search(text) is None else None
        if span is None:
            break
        text = (text[:span[0]] + text[span[1]:]).strip()
    flat = _BARE_OFFSET.sub(" ", _UTC_OFFSET.sub(" ", _TWELVE_NAMED.sub("12:00", text)))
    times = _TIME_OF_DAY.finditer(flat)
    if next(times, None) is not None and next(times, None) is not None:
        raise AnswerError(TWO_ANSWERS_NOTE.format(answer=preview(answer)), says_what_is_expected=True)
    return text


def _several_numbers(answer: str, typed: str, number: str, tail: str, units: tuple[str, ...] = ()) -> str | None:
    """The sentence for a text that is not one number with something after it, but a sum to work out ("1,631 - 1,391"),
    two numbers ("15, 17"), or a number with a note after a comma ("534, which is a quarter"); None for any other text.

    Each is said as what it is (learners Z and AA, Z7), not as a misplaced thousands separator. Bounded: ``answer`` is at
    most MAX_READ_CHARS long, and each pattern is one linear scan."""
    if _WORKING.search(typed.lstrip("+- ")) and not re.search(r"[^\d.,_ +\-*/\u00d7\u00f7x]", typed):
        return (f"{preview(answer)} is a calculation: work it out first (in Python, or by hand), then give only the result, "
                "one number.")
    if _TWO_NUMBERS.search(number):
        return f"{preview(answer)} is more than one number: the question asks for one, so give one number."
    if tail and number.rstrip().endswith((",", ";", "-")) and any(ch.isalpha() for ch in tail):  # "2000 - headline" too
        return _not_only_a_number(answer, tail, units)
    return None


#: Letters typed for the digits they look like ("24O", "1O0", "l5").
_DIGIT_LOOKALIKES = {"o": "O for 0", "i": "I for 1", "l": "l for 1"}


def _letter_for_digit(typed: str) -> str | None:
    """The sentence for a word of digits holding a letter that looks like one ("24O", "C0O6"), or None. One pass over the
    words of at most MAX_READ_CHARS characters (learner AG, AG-L1)."""
    for word in typed[:MAX_READ_CHARS].split():
        core = word.strip(".,;:!?")
        start = len(core) - len(core.lstrip("ABCDEFGHIJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz")) if core[:1].isalpha() else 0
        digits = core[start:]
        lookalike = next((ch for ch in digits if ch.casefold() in _DIGIT_LOOKALIKES), None)
        if lookalike and any(ch.isdigit() for ch in digits) and all(ch.isdigit() or ch.casefold() in _DIGIT_LOOKALIKES for ch in digits):
            return (f"{preview(core)} holds a letter where a digit belongs ({_DIGIT_LOOKALIKES[lookalike.casefold()]}?): "
                    "type the digit instead.")
    return None


def _not_only_a_number(answer: str, tail: str, units: tuple[str, ...]) -> str:
    """The sentence for a number followed by something else: words ("about 15"), or a sign or symbol ("74%", "~1550", "3/4")."""
    what = ("more than the number" if tail.startswith("(") or " (" in tail  # "84 (2084 vs 2000)": a note, not words alone
            else "words" if any(ch.isalpha() for ch in tail) else "something other than a number")
    return f"Write only the number, in digits, for example 7 or 2.5{_unit_note(units)}: {preview(answer)} has {what} in it."


def _is_mask(value: object) -> bool:
    """Whether a value is a column or array of True/False (numpy bool, pandas "boolean"): a mask whose Trues are counted."""
    return str(getattr(value, "dtype", "")) in ("bool", "boolean") and hasattr(value, "sum")


#: Longest array looked at as a column's different values: a course table's columns have a few hundred at most.
_MAX_DISTINCT_VALUES = 10_000


def _is_distinct_values(value: object) -> bool:
    """Whether a value is what a column's .unique() gives: an array (not a list or a column) holding each value once."""
    name = type(value).__name__
    if not (name in ("ndarray", "Categorical") or name.endswith("Array")) or getattr(value, "ndim", 1) != 1 or _is_mask(value):
        return False
    if len(value) > _MAX_DISTINCT_VALUES:
        return False
    try:
        items = value.tolist()
        return len(set(items)) == len(items)
    except (TypeError, AttributeError):  # unhashable items: not a list of values
        return False


def column_description(value: object) -> str | None:
    """Plain words for a column-like answer given where something else was asked: a True/False column (a mask), the
    different values of a column (from .unique()); None for any other answer."""
    if _is_mask(value) and getattr(value, "ndim", 1) == 1:
        return f"a column of True/False for {rows(len(value))}"
    if _is_distinct_values(value):
        import pandas as pd

        empty = int(pd.isna(value).sum())  # .unique() lists the mark of the empty cells (<NA>) as if it were a value
        values = f"{len(value) - empty:,} different values of a column" + (" and the mark of its empty cells" if empty else "")
        return f"a list of the {values}, each once (as .unique() gives)"
    return None


def _has_labels(series: object) -> bool:
    """Whether a column's rows are labelled (words, dates, or a named index, as .value_counts() and a table's row give),
    rather than numbered as the rows of a table or a filter of it are."""
    index = series.index
    return index.name is not None or getattr(index.dtype, "kind", "O") not in "iu"


def _is_count_per_column(series: object) -> bool:
    """Whether a column of whole numbers is one per column of a table, as a whole table's .nunique() gives: labelled by
    the table's column names, unnamed itself, its labels unnamed (a row of a table is named by its label; .value_counts()'s
    counts are named "count", their labels by the column counted)."""
    index = series.index
    return (series.name is None and index.name is None and getattr(series.dtype, "kind", "O") in "iu"
            and getattr(index.dtype, "kind", "O") == "O" and len(series) > 1)


def _how_to_make_a_number(value: object, distinct: bool = False, noun: str = "values", count: bool = False,
                          step: str = "", combines: bool = True) -> str:
    """One sentence for a value that is not one number: what it is, and the step that turns it into one.

    The step fits the question as well as the type: an exercise's own ``step`` ("add up the count column with
    .sum()") is said to any column given; else a mask is counted with .sum() (never .count(), which counts every
    row); counts per value from .value_counts() are read one line at a time, unless the exercise counts ``distinct``
    values, when the lines themselves are counted (and a list of the ``noun`` is counted with len). The different
    values from .unique() are counted with len only then; a ``count`` of rows compares the column with one value.
    """
    name = type(value).__name__
    column = column_description(value) or (f"a whole column of {rows(len(value))}" if name == "Series" and not _has_labels(value)
                                           else None)
    if step and column and not (distinct and _is_distinct_values(value)):  # .unique() where it counts: len, below
        return f"Expected a single number, but got {column}: {step}."
    if _is_mask(value):
        if not combines:  # one condition (segments["kind"] == "body_paragraph"): no word of & (learner AB, AB-L5)
            return "Expected a single number, but got a column of True/False: count the Trues with .sum()."
        return ("Expected a single number, but got a column of True/False: count the Trues with .sum(); where conditions are "
                "joined with &, put brackets round all of them first, (a & b).sum(): a & b.sum() adds up b alone and gives back a column.")
    if _is_distinct_values(value):
        if distinct:
            return (f"Expected a single number, but got the {noun} themselves, each once (as .unique() gives): that lists the {noun}; "
                    "count them with len(...), or use .nunique() on the column.")
        step = (": to count the rows that hold one value, compare the column with it (==) and add .sum()." if count else ".")
        return f"Expected a single number, but got {column_description(value)}, which counts no rows{step}"
    if name in ("Timedelta", "timedelta", "timedelta64"):
        return "Expected a number of days, but got a length of time: add .days to turn it into a number."
    if name in ("Timestamp", "datetime", "date"):
        return "Expected a number, but got a date: subtract one date from another and add .days to count the days between."
    if name == "DataFrame":
        counts_column = _reset_counts_columns(value)
        if counts_column is not None:  # .value_counts().reset_index(): the counts, their labels moved into a column
            label = counts_column[0]
            if distinct:
                return ("Expected a single number, but got a table that .reset_index() made of the counts per value: drop "
                        ".reset_index(), then count the rows of the counts with len(...), or use .nunique() on the column.")
            return ("Expected a single number, but got a table that .reset_index() made of the counts per value (their labels "
                    f"moved into a column, {label!r}): drop .reset_index(), then read the one count you need by its label, "
                    'e.g. counts["<label>"].')
        if len(value) == 1:
            return "Expected a single number, but got one row of a table: pick the column you need, e.g. row[\"<column>\"]."
        return "Expected a single number, but got a table: pick one column, then add .sum() to add it up, or .count() to count its rows."
    if name == "Series":
        if getattr(value, "name", None) in ("count", "proportion") and _has_labels(value):  # .value_counts(): a line per value
            if distinct:
                return ("Expected a single number, but got a count per value (from .value_counts()): count its rows with len(...), "
                        "or use .nunique() on the column.")
            return ("Expected a single number, but got a count per value (from .value_counts()): read the one line you need, "
                    "e.g. counts[\"<label>\"].")
        if distinct and _is_count_per_column(value):
            return ("Expected a single number, but got a count of the different values in every column of a table (what a "
                    "whole table's .nunique() gives): take one column first, the one that names what is counted, then "
                    "count its different values.")
        if _has_labels(value):  # a row of a table, or numbers by label
            return ("Expected a single number, but got several labelled numbers, such as one row of a table: "
                    "pick the column you need, e.g. row[\"<column>\"].")
        return "Expected a single number, but got a whole column: add .sum() to add it up, or .count() to count its rows."
    if isinstance(value, (list, tuple)) and len(value) == 1 and isinstance(value[0], numbers.Real) and not isinstance(value[0], bool):
        return f"Expected a single number: give the number itself, not {a_kind(value)} holding it."
    if hasattr(value, "__len__") and not isinstance(value, (str, bytes)):
        kind = "" if a_kind(value) == "a list of values" else f" ({a_kind(value)})"
        if distinct:
            return f"Expected a single number, but got the {noun} themselves{kind}: that lists the {noun}; count them with len(...)."
        return f"Expected a single number, but got several values{kind}: wrap it in len(...) to count them."
    return f"Expected a single number, but got {a_kind(value)}."


def read_option(answer: object, options: tuple[str, ...] | list[str], aliases: dict[str, str] | None = None,
                leading: bool = False) -> str | None:
    """The option a learner's text names, as ``options`` spell it, or None if it names none (or several).

    Read as a reader would: case, spacing, _ or -, quotes around it, one final full stop and a leading a/an/the do not
    matter; an alias ("hit" for "hitting") or a simple inflection ("paraphrased", "direct quotes") names its option when
    it names only one; "No, because ..." names "no" when the options are yes and no; "D4" names "D04" when no other
    known id has that letter and number; a short form names the one option it begins or ends ("caption" for "caption
    date", "quoted" for "direct quote"). With ``leading`` (an answer that is one option), a text that starts with one
    option and goes on after a comma or "and" ("Converted, one was converted...") names it, and one naming two names both.
    """
    meant = options_meant(answer, options, aliases, leading)
    return meant[0] if len(meant) == 1 else None


def options_meant(answer: object, options: tuple[str, ...] | list[str], aliases: dict[str, str] | None = None,
                  leading: bool = False, _inner: bool = True) -> list[str]:
    """The options a learner's text may name: one when it names one, several when its short form fits more than one
    ("residue" for "comment-widget residue" or "template residue"), none when it names none (see ``read_option``).

    A negating prefix joined to an option ("un-checkable", "non-checkable", "un verifiable") names the option spelled
    with "un", "non" or "in" when there is one ("uncheckable"), else none: never the option inside the negated word."""
    if not isinstance(answer, str) or len(answer) > MAX_READ_CHARS:
        return []
    spelled = {_normalise_word(option): option for option in options}
    if leading:  # "narration - no quotes", "narration. No quotes": a note after the option, as after a comma (AD-L1)
        answer = _NOTE_MARK.sub(", ", answer)
    given = _normalise_word(tidy_text(answer))
    if given not in spelled:
        given = next((given[len(article):] for article in _ARTICLES if given.startswith(article)), given)
    given = (aliases or {}).get(given, given)
    if given in spelled:
        return [spelled[given]]
    prefixed = _NEGATING_PREFIX.match(tidy_text(answer).casefold()) if _inner else None
    if prefixed:  # "un-checkable", "non-checkable": the option spelled with "un", never the option inside (AG-H1)
        inside = options_meant(prefixed[2] or prefixed[3], options, aliases, leading, _inner=False)
        return [negation for negation in (_negation_of(inside[0], spelled),) if negation] if len(inside) == 1 else []
    yes_or_no = set(spelled) == {"yes", "no"}
    if yes_or_no and leading:  # "no, but yes", "no but maybe yes": two replies, as "X, but Y" is two options (AP-M1)
        flat = _flat_reply(answer)
        start = re.match(r"(yes|no)\b", flat)
        but = _BUT_CLAUSE.match(flat, start.end()) if start else None
        if but and _second_option(flat[but.end():], spelled):
            return [spelled["yes"], spelled["no"]]
    if yes_or_no and leading:  # "No - only the ministry could check, yes the sums agree": the reply, then its reason
        reply = _REPLY_THEN_REASON.match(_flat_reply(answer))
        if reply and _yes_or_no(answer) == reply[1]:
            return [spelled[reply[1]]]
    if leading and not yes_or_no:  # "No, caption date" where no option is yes or no: the option after it, if clean
        after_reply = _REPLY_FIRST.match(given)
        if after_reply and after_reply.end() < len(given):
            meant = options_meant(given[after_reply.end():], options, aliases, leading)
            return meant if len(meant) == 1 else []
    if leading:  # one answer among the options: "No doubt yes" names two; "Converted, one was..." starts with one
        named = _named_in_full(without_quote_marks(given),
                               {**{alias: spelled[option] for alias, option in (aliases or {}).items() if option in spelled},
                                **spelled})  # an option named by its alias counts too: "destroyed and hit" names two
        first = min(named, key=lambda found: found[1]) if named else None
        starts = not yes_or_no and first and first[1] == 0 and _CLAUSE_END.match(given, first[2]) \
            and not _NEGATED_AFTER.match(given, first[2])
        if starts and len(named) > 1 and (_gives_a_reason(given, first[2], {**(aliases or {}), **spelled})
                                          or _NEGATES_THE_REST.match(given, first[2])):
            return [first[0]]  # "caption date because the campaign start is later": the reason names others
            # "hitting, not destroyed", "narration rather than paraphrase": the others are ruled out (AB-M2, AC-M3)
        if len(named) > 1 or starts:
            return [option for option, _, _ in named]
    if yes_or_no:
        said = _yes_or_no(answer)
        return [spelled[said]] if said else []
    inflected = [option for key, option in spelled.items() if given != key and _inflected(given, key)]
    if len(inflected) == 1:
        return inflected
    same = _same_id(given, spelled)
    meant = [same] if same else _short_form_of(given, spelled)
    head = _before_reason(given) if leading and not meant and _inner else None
    if head and not rules_out(head) and not _NEGATED_AFTER.match(given, len(head)):  # "converted, not" takes it back  # "partly, because it is not uncheckable": the short form before the reason (AI-M2)
        return options_meant(head, options, aliases, leading=False, _inner=False)
    return meant


#: Where a reason or a note starts after the answer it goes with ("partly, because ...", "partly because ...", "partly -
#: the survey ..."): a mark, or a word that starts a clause.
_REASON_START = re.compile(r"\s*[,;:(\u2014\u2013]|\s+-\s|\s+(?:because|since|as|but|so|for|given|due)\b")


#: A reason opened before an option named in a sentence ("partly because the uncheckable survey..."): no answer named.
_REASON_BEFORE = re.compile(r"\b(?:because|since)\b|[,;:\u2014\u2013]\s*(?:as|for|so|given|due)\b")


def _before_reason(given: str) -> str | None:
    """The words a one-option answer starts with, before its reason ("partly" in "partly because only the authority has
    it"), or None when nothing comes after them. One linear scan."""
    reason = _REASON_START.search(given)
    return given[:reason.start()].strip() or None if reason else None


#: A negating prefix joined to a word by a hyphen ("un-checkable", "not-checkable", "in-direct") or, for "un" and "non",
#: a space ("un checkable"): the word's negation, not the word (learner AG, AG-H1).
_NEGATING_PREFIX = re.compile(r"(un|non|in|not)\s*-\s*(\S.*)|(?:un|non)\s+(\S.*)")
#: A negating prefix and a hyphen before a word anywhere in a text ("it is un-checkable").
_PREFIX_BEFORE = re.compile(r"(?<![^\W_])(?:un|non|in|not)\s*-")
#: Prefixes that spell an option's negation in one word ("uncheckable", "nonfiction", "indirect").
_NEGATION_PREFIXES = ("un", "non", "in")


def _negation_of(option: str, spelled: dict[str, str]) -> str | None:
    """The option that spells this one's negation in one word ("uncheckable" for "checkable"), or None."""
    joined = {key.replace(" ", ""): name for key, name in spelled.items()}
    stem = _normalise_word(option).replace(" ", "")
    return next((joined[prefix + stem] for prefix in _NEGATION_PREFIXES if prefix + stem in joined), None)


#: A spaced dash, or a full stop followed by more, where a note starts after an option ("narration - no quotes",
#: "narration. No quotes"): read as a comma.
_NOTE_MARK = re.compile(r"\s+[\u2014\u2013-]\s+|\.\s+(?=\S)")


#: "yes" or "no" and a mark before an answer that is neither ("No, caption date", "yes - paraphrase").
_REPLY_FIRST = re.compile(r"(?:yes|no)\s*[,;:.!\u2014\u2013-]+\s*")
#: What starts a reason after an option: a word, or a mark followed by a word that is no option ("caption date, because
#: it adds nothing"; "caption date - the campaign start is later"). "and", "or" and "but" join options instead.
_REASON_WORD = re.compile(r"\s*[,;:(\u2014\u2013-]?\s*(?:because|since|as|for|so|given|due)\b")
_REASON_MARK = re.compile(r"\s*[,;:(\u2014\u2013-](?!\s*(?:and|or|but|not|no)\b|\s*&)\s*")


#: "but" after the option an answer starts with, perhaps after a mark ("hitting, but ...", "hitting but ...").
_BUT_CLAUSE = re.compile(r"\s*[,;:\u2014\u2013-]?\s*but\s+(?!not\b|no\b)")
#: Words that may stand before a second option after "but" and leave it a second answer ("X, but maybe Y", "X but it's Y",
#: "X, but also Y", "X but probably the Y").
_BUT_LEAD_INS = frozenset("""maybe perhaps possibly probably also or rather more really actually it it's its is was could might
may be i think guess say would the a an then again""".split())
#: Words that make what follows "but" a clause of its own, with its own verb or subject ("the headline says", "the words are",
#: "it sounds like", "line 10 calls it"): a note on the answer, not a second answer (AP-M1).
_CLAUSE_WORDS = frozenset("""is are was were be been being am isn't aren't wasn't says say said sounds sound sounded seems seem
seemed looks look looked reads read calls call called uses use used has have had came come comes writes write wrote does do did
gives give gave puts put claims claim claimed reports report reported tells tell told shows show showed quotes calling using
could would might may can will should must it they he she we there this that these those you""".split())


def _second_option(rest: str, spelled: dict[str, str]) -> bool:
    """Whether what follows "but" is one option alone, perhaps after a hedge or a few words ("maybe Y", "it's Y")."""
    words = rest.split()
    lead = 0
    while lead < len(words) and words[lead] in _BUT_LEAD_INS:
        lead += 1
    left = " ".join(words[lead:]).strip(" ,;:.!?")
    return bool(left) and (left in spelled or any(_inflected(left, key) for key in spelled))


def _is_a_clause(rest: str, spelled: dict[str, str]) -> bool:
    """Whether what follows "but" after an option is a clause of its own (a note: "the headline says destroyed", "it sounds
    like a paraphrase"), not a second option with a few words before it ("maybe Y", "Y", "it's Y", "also the Y"). Linear
    in the words of ``rest``."""
    words = rest.split()
    if not words or _second_option(rest, spelled):
        return False
    return len(words) >= 2 and any(word.strip(" ,;:.!?") in _CLAUSE_WORDS for word in words)


def _gives_a_reason(given: str, end: int, spelled: dict[str, str]) -> bool:
    """Whether, after the option a text starts with (ending at ``end``), the rest is a reason, not more options: it
    starts with "because", "since", "as"..., or with a mark and then anything but a list of options ("caption date, the
    campaign start is later" gives a reason; "caption date, campaign start" and "caption date - or campaign start" name two)."""
    if _REASON_WORD.match(given, end):
        return True
    but = _BUT_CLAUSE.match(given, end)
    if but:  # "hitting, but the headline says destroyed": a note, as after "while" (AP-M1); "X, but Y" names two
        return _is_a_clause(given[but.end():], spelled)
    mark = _REASON_MARK.match(given, end)
    if not mark:
        return False
    items = list_items(re.sub(r"\s+or\s+", ", ", given[mark.end():]))
    return not all(next((item[len(a):] for a in _ARTICLES if item.startswith(a)), item) in spelled for item in items)


#: What may follow an option that starts a one-option answer: the end, a comma or dash, a clause ("and", "because",
#: "rather than"), or a time phrase that ends the answer ("uncheckable today", "... at the moment", as "for now"; AG-M3).
_CLAUSE_END = re.compile(r"$|\s*[,;:(\u2014\u2013-]|\s+(?:and|because|since|as|but|so|for|not|rather|instead)\b"
                         r"|\s+(?:today|now|yet|currently|at\s+(?:the\s+moment|present)|for\s+the\s+time\s+being)$")
#: After the option an answer starts with, words that rule out what follows ("hitting, not destroyed", "narration rather
#: than paraphrase", "paraphrase, not a direct quote"): the answer is the first option (learners AB and AC, AB-M2).
_NEGATES_THE_REST = re.compile(r"\s*[,;:(\u2014\u2013-]?\s*(?:but\s+)?(?:not|no|rather\s+than|instead\s+of)\s+[^\W_]")
#: A yes or no, a mark, then a reason of two words or more ("No - only the ministry could check, yes the sums agree").
_REPLY_THEN_REASON = re.compile(r"(yes|no)(?:\s*[,;:.\u2014\u2013-]+\s*|\s+(?:because|since|as|but)\s+)[^\W_]+\s+[^\W_]")

#: A clause after an option that takes it back ("converted, not", "converted: no"): the answer names no option. A note
#: that only starts with the word ("narration, no one is named", "narration, not in quotes") describes the option instead.
_NEGATED_AFTER = re.compile(r"[\W_]*(?:not|no)[\W_]*$")
#: "quotation marks" and "quote marks" name punctuation, not the option "quotation" is another word for (direct quote).
_QUOTE_MARKS = re.compile(r"\b(?:quotation|quote)s? marks?\b")


def without_quote_marks(text: str) -> str:
    """The text with "quotation marks" / "quote marks" blanked to as many underscores (positions hold), so that no reader
    of options takes the punctuation for the option "quotation" stands for."""
    return _QUOTE_MARKS.sub(lambda marks: "_" * len(marks[0]), text)
#: A word that negates what follows it ("not", "never", "wasn't"), looked for just before an option named in a sentence.
_NEGATION = re.compile(r"\b(?:not|no|never|neither|nor|cannot)\b|n['\u2019]t\b")
#: How many words before an option a negation still applies to it ("not a direct quote", "it wasn't converted").
_NEGATION_REACH = 3


#: What a learner types who does not know yet ("not sure", "no idea", "?"): a hedge, never an option ruled out.
_HEDGES = frozenset("""not sure|unsure|i'm not sure|im not sure|i am not sure|not certain|uncertain|don't know|dont know|do not know|
i don't know|i dont know|i do not know|no idea|i have no idea|idk|dunno|no clue|not a clue|no clue at all|maybe|perhaps|
pass|help|no sure|hmm|hm|i'm unsure|im unsure|i am unsure|don't know yet|not sure yet|can't tell|cannot tell|can't say|
probably|i think|i guess|i believe|i suppose|i reckon|guess|i'd say|id say""".replace(
    "\n", "").split("|"))


def is_hedge(text: object) -> bool:
    """Whether a text says the learner does not know ("not sure", "I don't know.", "no idea", "?", "??"): it is answered
    with the options to pick from, never read as an option ruled out (learners Z and AA, Z2)."""
    if not isinstance(text, str) or len(text) > 60:
        return False
    flat = " ".join(unicodedata.normalize("NFKC", text).casefold().replace("\u2019", "'").split())
    words = flat.strip(" .!?,;:\"'`()").strip()
    return (not words and "?" in flat) or words in _HEDGES


#: What may stand between a hedge and the answer it goes with ("not sure, template residue", "narration? not sure").
_HEDGE_SEPARATORS = ",;:.!?\u2014\u2013- "
#: The hedges, longest first, so that "i'm not sure" is cut before "not sure" could be.
_HEDGES_LONGEST_FIRST = sorted(_HEDGES, key=len, reverse=True)


def without_hedge(text: object) -> object:
    """The answer a text gives around a hedge: "not sure, template residue", "I'm not sure but template residue", "don't
    know, maybe narration", "narration? not sure" and "not sure, D02?" are read as the answer, as "template residue?" is
    (learners AB and AC, AB-M1): a hedge is never an option ruled out. The text itself when it holds no hedge before or after
    an answer (or is only one). Bounded: a few prefix and suffix comparisons per hedge, at most three hedges cut."""
    if not isinstance(text, str) or len(text) > MAX_READ_CHARS:
        return text
    flat = " ".join(unicodedata.normalize("NFKC", text).replace("\u2019", "'").split())
    changed = False
    for _ in range(3):
        if is_hedge(flat):  # "I don't know" is one hedge, never "I" and a hedge
            break
        lowered = flat.casefold()
        cut = None
        opening = flat.rfind("(")
        if flat.endswith(")") and opening > 0 and is_hedge(flat[opening + 1:-1]):  # "05:00 (not sure)": a note that is a hedge
            cut = flat[:opening].rstrip(" ,;:\u2014\u2013-")
            if not cut:
                break
            flat, changed = cut, True
            continue
        for hedge in _HEDGES_LONGEST_FIRST:
            if lowered.startswith(hedge) and lowered[len(hedge):len(hedge) + 1] in tuple(_HEDGE_SEPARATORS):
                cut = flat[len(hedge):].lstrip(_HEDGE_SEPARATORS)
                cut = cut[4:] if cut.casefold().startswith("but ") else cut
                break
            if lowered.endswith(hedge) and len(lowered) > len(hedge) and lowered[-len(hedge) - 1] in _HEDGE_SEPARATORS:
                cut = flat[:-len(hedge)].rstrip(" ,;:\u2014\u2013-")
                cut = cut[:-4] if cut.casefold().endswith(" but") else cut
                break
        if not cut or not cut.strip(_HEDGE_SEPARATORS):
            break
        flat, changed = cut.strip(), True
    return flat if changed else text


def bare_yes_or_no(text: object) -> str | None:
    """"yes" or "no" when a text is only that word ("No.", "yes!"), else None: an answer to a question that is not yes/no."""
    if not isinstance(text, str) or len(text) > 60:
        return None
    word = _flat_reply(text).strip(" .!?,;:")
    return word if word in ("yes", "no") else None


#: What a learner writes before an item to say it is absent ("no byline", "missing date", "without a web address") or
#: after it ("byline missing", "date is missing"): in a list of what is absent, the item named.
_ABSENT_BEFORE = re.compile(r"(?:no|missing|without|lacks|lacking|absent)\s+", re.IGNORECASE)
_ABSENT_AFTER = re.compile(r"\s+(?:is |are )?(?:missing|absent|lacking|not there|not given|not shown)$", re.IGNORECASE)


def absent_item(text: str) -> str:
    """The item a text says is absent ("no byline", "byline missing" -> "byline"), or the text as it is: in an exercise
    asking what a page lacks, that names the item, never rules it out (learner Z, Z1). One anchored match each side."""
    if not isinstance(text, str) or len(text) > MAX_READ_CHARS:
        return text
    flat = tidy_text(text)
    before = _ABSENT_BEFORE.match(flat)
    if before and before.end() < len(flat):
        return flat[before.end():]
    after = _ABSENT_AFTER.search(flat[:200])
    return flat[:after.start()] if after and after.start() > 0 else text


def rules_out(text: object) -> bool:
    """Whether a text starts by negating ("not template residue", "isn't narration", "is not converted"): an option it
    then names is one the learner rules out, never a misspelt answer."""
    if not isinstance(text, str):
        return False
    words = text[:60].casefold().split()
    opening = words[:2] if words[:1] in (["is"], ["it"], ["it's"], ["this"], ["that"]) else words[:1]
    return _NEGATION.search(" ".join(opening)) is not None

#: How a yes or no answer starts: the word, then the end, a punctuation mark, or a reason ("no because", "no it can't").
#: "no idea", "no way", "no comment" and "yes please" go on with another word: a phrase, not an answer.
_YES_OR_NO = re.compile(r"(yes|no)(?:$|\s*[,;:.!?(\u2014\u2013-]|\s+(?=(?:and|because|since|as|but|so|for|it|that|this|they)\b))")
#: A short reply after yes or no that says the opposite ("no, it does", "yes, it isn't"): a pronoun and an auxiliary verb.
_ECHO = re.compile(r"(?:it|that|this|they)\s+(does|is|can|could|would|will|has|do|are|did|was|makes?)(n't|\s+not)?")


#: Other words for yes and no a reply may start with ("nope, ...", "yeah"), read as the word they stand for (AG-L2).
_YES_NO_WORDS = {"nope": "no", "nah": "no", "false": "no", "yep": "yes", "yeah": "yes", "yup": "yes", "true": "yes"}
#: A reply of one letter, only when the whole reply is that letter ("n", "Y.").
_YES_NO_LETTERS = {"n": "no", "y": "yes"}


def yes_or_no_words(answer: object) -> object:
    """An answer to a yes/no exercise with a first word that stands for yes or no ("nope", "yeah", "false") written as
    that word, and a reply of one letter, "n" or "y", too; any other answer as it is. Exercises whose options are yes and
    no read their answers through it (learner AG, AG-L2); the option reader itself keeps "Nope" for no option."""
    if not isinstance(answer, str) or len(answer) > MAX_READ_CHARS:
        return answer
    flat = _flat_reply(answer)
    if flat.strip(" .!?") in _YES_NO_LETTERS:
        return _YES_NO_LETTERS[flat.strip(" .!?")]
    first = re.match(r"[^\W\d_]+", flat)
    return _YES_NO_WORDS[first[0]] + flat[first.end():] if first and first[0] in _YES_NO_WORDS else answer


def _flat_reply(answer: str) -> str:
    """A yes/no reply as read: NFKC, lower case, spaces collapsed, quotes and a final full stop gone ("'No.'" is "no")."""
    return " ".join(unicodedata.normalize("NFKC", tidy_text(answer)).casefold().replace("\u2019", "'").split())


def _yes_or_no(answer: str) -> str | None:
    """"yes" or "no" when the text starts with that word on its own ("No.", "no, because...", "No it can't"), else None.

    "no idea", "no way" and "no comment" are phrases, not answers; "no, it does" says no, then yes.
    """
    reply = _flat_reply(answer)
    start = _YES_OR_NO.match(reply)
    if not start:
        return None
    echo = _ECHO.fullmatch(reply[start.end():].lstrip(" ,;:.!?(\u2014\u2013-").rstrip(" .!"))
    if echo and (start[1] == "no") != bool(echo[2]):
        return None
    return start[1]


def why_not_yes_or_no(answer: object) -> str:
    """One sentence for a reply to a yes/no question that is neither: a phrase ("no idea"), a reply that says both
    ("no, it does"), or an answer that does not start with yes or no ("I know it adds up so yes")."""
    reply = _flat_reply(answer) if isinstance(answer, str) and len(answer) <= MAX_READ_CHARS else ""
    start = re.match(r"(yes|no)\b", reply)
    if start and _YES_OR_NO.match(reply):
        return (f"{preview(answer)} says {start[1]} and then the opposite: write the one you mean, 'yes' or 'no', then your "
                "reason after a comma if you like.")
    if start:
        return (f"{preview(answer)} is a phrase, not an answer to the question: write 'yes' or 'no' on its own, or followed "
                "by a comma and your reason.")
    if is_hedge(answer):  # "not sure": not yet an answer, said as other exercises say it (AG-L2)
        return (f"{preview(answer)} does not start with either 'yes' or 'no' yet: decide from the lines the question points "
                "to, then answer one of them, with your reason after a comma if you like; the feedback will tell you more.")
    return (f"Start with your answer, 'yes' or 'no', then give your reason after a comma if you like: {preview(answer)} "
            "does not start with either.")


def negated_option(answer: object, options: tuple[str, ...] | list[str]) -> str | None:
    """The option that says "not X" in one word ("uncheckable" for "not checkable", "non-fiction" for "not fiction"), or None."""
    if not isinstance(answer, str) or len(answer) > MAX_READ_CHARS:
        return None
    given = _normalise_word(tidy_text(answer))
    if not given.startswith("not "):
        return None
    found = [option for option in options
             if any(_normalise_word(option).replace(" ", "") == prefix + given[4:].replace(" ", "") for prefix in ("un", "non", "in"))]
    return found[0] if len(found) == 1 else None


#: Python typed inside quotation marks: a name and a bracket ("round_to_step(", "in_km['text']") or a name, a point and
#: a name ("clock.clock"); "a.m." and "5.5 km" are not (a name before a point has two characters or more).
_CODE = re.compile(r"[A-Za-z_]\w*[(\[]|[A-Za-z_]\w+\.[A-Za-z_]\w")


#: What code typed inside quotation marks is told; {answer} is the text as typed (``as_typed``).
CODE_IN_QUOTES_NOTE = ("{answer} looks like Python code inside quotation marks, which Python keeps as text: remove the "
                       "quotation marks so Python runs it, then check again.")


def code_in_quotes(answer: object) -> str | None:
    """The sentence for code typed where the lesson's skeleton has quotation marks ("round_to_step(x, 0.1)"), which
    Python keeps as text instead of running it; None for any other answer."""
    if isinstance(answer, str) and len(answer) <= MAX_READ_CHARS and _CODE.search(answer):
        return CODE_IN_QUOTES_NOTE.format(answer=as_typed(answer))
    return None


def _places_named_in_full(words: list[str], spelled: dict[str, str]):
    """(spelling, option, first word, word after it) for every place the words spell an option in full, its last word
    perhaps inflected. At most spellings x words comparisons."""
    for key, option in spelled.items():
        option_words = key.split()
        width = len(option_words)
        for start in range(len(words) - width + 1):
            if words[start:start + width - 1] == option_words[:-1] and _inflected(words[start + width - 1], option_words[-1]):
                yield key, option, start, start + width


def _named_in_full(given: str, spelled: dict[str, str]) -> list[tuple[str, int, int]]:
    """(option, first word's position, end in the text) for each option the text names in full as words ("converted
    and rounded" names "converted" at 0), its last word perhaps inflected; an option inside a longer one is not counted."""
    tokens = list(re.finditer(r"[^\W_]+", given))
    first_of_each = {}  # each spelling's first place; of two spellings of one option, the later in ``spelled`` counts
    for key, option, start, stop in _places_named_in_full([token[0] for token in tokens], spelled):
        first_of_each.setdefault(key, (option, start, stop))
    found = {option: (start, stop - start, tokens[stop - 1].end()) for option, start, stop in first_of_each.values()}
    return [(option, start, end) for option, (start, width, end) in found.items()
            if not any(o != option and s <= start and start + width <= s + w for o, (s, w, _) in found.items())]


def names_several_options(text: object, options: tuple[str, ...] | list[str]) -> bool:
    """Whether a text names more than one of the options in full ("No doubt yes"), rather than a short form fitting several."""
    if not isinstance(text, str) or len(text) > MAX_READ_CHARS:
        return False
    return len(_named_in_full(_normalise_word(tidy_text(text)), {_normalise_word(o): o for o in options})) > 1


def option_named_in(text: object, options: tuple[str, ...] | list[str]) -> str | None:
    """The one option a longer text names in full ("it was converted", "two different distances"), or None: a learner who
    wrote a sentence around an option can be told to give the option alone, but not one who wrote that it is not that
    option ("it wasn't converted", "not a direct quote")."""
    if not isinstance(text, str) or len(text) > MAX_READ_CHARS:
        return None
    given = _normalise_word(tidy_text(text))
    named = _named_in_full(given, {_normalise_word(o): o for o in options})
    if len(named) != 1:
        return None
    option, first_word, _ = named[0]
    before = given[:list(re.finditer(r"[^\W_]+", given))[first_word].start()]
    if _REASON_BEFORE.search(before):
        return None  # "partly because the uncheckable survey...": an option named only in the reason is not the answer (AI-M2)
    if before.split()[-1:] in (["un"], ["non"]) or _PREFIX_BEFORE.search(tidy_text(text).casefold()[-MAX_READ_CHARS:]) and \
            re.search(r"(?<![^\W_])(?:un|non|in|not)\s*-\s*" + re.escape(option.casefold().replace("_", " ").split()[0]),
                      tidy_text(text).casefold().replace("_", " ")):
        return None  # "un-checkable", "non-checkable": the option's negation, never the option (AG-H1)
    return None if _NEGATION.search(" ".join(before.split()[-_NEGATION_REACH:])) else option  # "not a direct quote" names none


#: Most words in a short form of an option; a longer text is a sentence, not a short form.
_MAX_SHORT_FORM_WORDS = 4


def _short_form_of(given: str, spelled: dict[str, str]) -> list[str]:
    """The options whose first or last words the text is, the last one perhaps inflected ("quoted" for "direct quote")."""
    words = given.split()
    if not words or len(words) > _MAX_SHORT_FORM_WORDS:
        return []

    def same_word(typed: str, option_word: str) -> bool:
        return _inflected(typed, option_word) or _inflected(option_word, typed)

    found = []
    for key, option in spelled.items():
        option_words = key.split()
        ends = (option_words[:len(words)], option_words[-len(words):]) if len(option_words) > len(words) else ()
        if any(end[:-1] == words[:-1] and same_word(words[-1], end[-1]) for end in ends):
            found.append(option)
    return found


def _same_id(given: str, spelled: dict[str, str]) -> str | None:
    """The one known id with this letter and number ("d4" -> "D04"), or None."""
    letters = given.rstrip("0123456789")
    digits = given[len(letters):]
    letters = letters[:-1] if letters.endswith(" ") else letters  # "C 006", a space typed inside the id (AG-L1)
    if not letters.isalpha() or not digits or len(digits) > 9:
        return None
    found = [option for key, option in spelled.items()
             if key.startswith(letters) and key[len(letters):].isdigit() and int(key[len(letters):]) == int(digits)]
    return found[0] if len(found) == 1 else None


def _comma_split(parts: tuple[int, ...], count: bool = False) -> str:
    """What to say of a number Python split at a comma (2,084 -> (2, 84)): that a comma splits a number, and how to write one.

    The learner's text is not rebuilt from the parts: ``2084 - 2,000`` reaches the check as (2084, 0), never as what was
    typed, so the sentence shows only what Python made of it. Where the answer is a ``count`` and the pair could be a
    table's .shape (df.shape is (62, 8)), that is said instead.
    """
    first, last = parts[0], parts[-1]
    pair = f"({', '.join(str(part) for part in parts)})"
    if count and len(parts) == 2 and 0 < last < 100 and first >= 0:
        return (f"Expected one count, but got a pair of numbers, {pair}, as a table's .shape gives (its rows, then its "
                "columns) or as a number typed with a comma does: give one whole number.")
    return (f"A comma outside quotation marks splits a number in Python, so your answer became {len(parts)} numbers, {pair}: "
            "write numbers without commas (2000, not 2,000), with a point for decimals (2.5, not 2,5).")


#: Most decimal places a rate's round(x, places) asks for in the course; a pair (x, 0..6) is round(x), places.
_MAX_ROUND_PLACES = 6
_ROUND_CLOSED_EARLY = ("Your answer became two numbers, {pair}, because the bracket of round(...) closed too early, before "
                       "the {places}: write round(x, {places}), with the {places} inside the brackets (and, if you typed a "
                       "comma for a decimal point, use a point instead: 2.5, not 2,5).")
#: Two whole numbers where one was meant: first read as a decimal comma (learner Z, Z3: 02.8's 85,5 was told about a
#: round(...) the exercise never uses); the round(x), places reading is added only where the exercise rounds.
_DECIMAL_COMMA = ("Your answer became two numbers, {pair}, because a comma outside quotation marks splits a number in Python: "
                  "if you meant a decimal, write it with a point (2.5, not 2,5); a large number goes without a comma "
                  "(3000, not 3,000).")
_ALSO_ROUND = (" If you wrote round(x), {places}, the bracket of round(...) closed too early, before the {places}: write "
               "round(x, {places}).")
_TWO_VALUES = ("Your answer became two numbers, {pair}, because a comma outside brackets separates values in Python: give one "
               "number.")


def _small_places(places: object) -> bool:
    return isinstance(places, int) and not isinstance(places, bool) and 0 <= places <= _MAX_ROUND_PLACES


def _round_closed_early(answer: object, count: bool) -> bool:
    """Whether a number answer is ``round(x), 2``: a pair of a number and a small whole number, which Python makes of a
    bracket closed before the places (a count is never rounded, and its pair is more likely a table's .shape)."""
    if count or not isinstance(answer, tuple) or len(answer) != 2:
        return False
    value, places = answer
    return isinstance(value, numbers.Real) and not isinstance(value, bool) and _small_places(places)


def _pair_note(answer: tuple, rounds: bool) -> str:
    """The sentence for a pair of numbers where one was meant, not a count: a decimal comma ("85,5" is (85, 5)) when both
    are whole, with the round(x), places reading after it where the exercise rounds; the round reading alone for a
    fraction before a small whole number; else "give one number"."""
    value, places = answer
    pair = f"({value}, {places})"
    if isinstance(value, int):
        note = _DECIMAL_COMMA.format(pair=pair)  # never rebuilt as "85,5": (2082, 0) may have been typed 2084 - 2,000
        return note + (_ALSO_ROUND.format(places=places) if rounds and _small_places(places) else "")
    if rounds:
        return _ROUND_CLOSED_EARLY.format(pair=pair, places=places)
    return _TWO_VALUES.format(pair=pair)


def _unit_note(units: tuple[str, ...]) -> str:
    return f", optionally followed by {' or '.join(repr(unit) for unit in units[:3])}" if units else ""


def parse_number(answer: object, units: tuple[str, ...] = (), count: bool = False, distinct: bool = False,
                 step: str = "", rounds: bool = False, combines: bool = True, combined: str = "") -> float:
    """Read a number a learner typed (see ``_read_number``); every sentence it refuses an answer with asks for a number.

    ``step``: what turns a column into the exercise's number ("add up the count column with .sum()"), said to a column.
    ``rounds``: the exercise has its answer rounded with round(x, places), so a pair (x, 2) may be round(x), 2.
    ``combines``: the exercise's method joins conditions with &, so a mask is told about brackets round them.
    ``combined``: "sum" or "difference" where the answer is that of two figures (see ``one_answer_note``)."""
    try:
        return _read_number(answer, units, count, distinct, step, rounds, combines, combined)
    except AnswerError as err:
        raise AnswerError(str(err), says_what_is_expected=True) from None


def _read_number(answer: object, units: tuple[str, ...], count: bool, distinct: bool, step: str = "",
                 rounds: bool = False, combines: bool = True, combined: str = "") -> float:
    """Read a number a learner typed: 2084, 2084.0, "2,084", " 2 084 ", "1550.", full-width digits; reject the rest plainly.

    Spaces, like commas, are read only as thousands separators: "5 3 4" is three numbers, not 534.

    Commas are read only as thousands separators ("2,084"); "5,5" is refused with a hint to use a point,
    rather than silently read as 55. A text may end in one of ``units``, the words the exercise itself
    measures in ("34 days", "534 target", "85.5%", "1.28 targets/sortie"), since a right answer written with its unit
    is still right. When the answer is a ``count``, a plain noun after it is read too ("15 claims", "13 Tuesdays" for
    days), but not the unit of a measure ("15 km").
    An answer that is not one number is told how to make one, fitting a count of ``distinct`` values when it is one.
    """
    if isinstance(answer, bool):
        raise AnswerError("Expected a number, not True or False.")
    if isinstance(answer, numbers.Real):
        value = float(answer) if abs(answer) < 1e300 else math.inf
    elif isinstance(answer, str):
        if len(answer) > MAX_READ_CHARS:
            raise AnswerError(f"Write only the number, in digits, for example 7 or 2.5: a text of {len(answer):,} characters is not one.")
        if is_hedge(answer):  # "?", "idk", "no idea": not yet an answer (learner AC, AC-L1)
            raise AnswerError(HEDGE_NUMBER_NOTE)
        typed = without_exact_words(tidy_text(without_hedge(answer)).replace("\u2212", "-"))  # "only 84" is 84 (AP-M3)
        if len(typed) <= MAX_READ_CHARS and _in_number_words(typed, units):  # "thirty-four": words, not code (AL-M6, AM-M3)
            raise AnswerError(_number_words_note(answer, units))
        if len(typed) <= MAX_READ_CHARS and _HYPHENATED_WORDS.fullmatch(typed):  # "thrity-four": a misspelt word, never code (AN-M1)
            raise AnswerError(_hyphenated_words_note(answer, units))
        code = (_NUMBER_CODE.search(typed) or (not any(ch.isdigit() for ch in typed) and _NAMES_WORKED.search(typed))
                or (_BRACKETED_CODE.search(typed) and re.search(r"[A-Za-z_]", typed)))
        if code:  # "r.sorties / days", "sorties / days", "(old-new)/old*100": code kept as text by its quotation marks (AK-L7)
            raise AnswerError(CODE_IN_QUOTES_NOTE.format(answer=as_typed(answer)))
        one = one_answer_note(typed, answer, combined)
        if one:
            raise AnswerError(one)
        reading = _worded_number_note(answer, typed, units)
        if reading:
            raise AnswerError(reading)
        if not count and _FRACTION.search(typed):  # "17/20" for a share: work it out (AI-L7)
            raise AnswerError(CALCULATION_NOTE.format(answer=preview(answer)))
        letter = _letter_for_digit(typed)
        if letter:
            raise AnswerError(letter)
        if _NUMBER_ID.fullmatch(typed):  # "C002", "c 2" for a count (AK-L7)
            raise AnswerError(f"{preview(answer)} is an id, such as a claim's, not a number: the question asks for a number; "
                              "give it in digits, for example 7.")
        number, tail = _split_number(typed)
        several = _several_numbers(answer, typed, number, tail, units)
        if several:
            raise AnswerError(several)
        problem = _tail_problem(answer, tail, units, count) if tail else None
        if problem or (tail and not any(ch.isdigit() for ch in number)):
            raise AnswerError(problem or _not_only_a_number(answer, tail, units))
        digits = number.strip().lstrip("+-").lstrip()
        if " " in digits and not re.fullmatch(r"\d{1,3}(?: \d{3})+(?:\.\d+)?", digits):
            raise AnswerError(f"Spaces may only group thousands (2 084); {preview(answer)} is not one number written that way: "
                              "write the digits together.")
        text = number.replace(" ", "").replace("_", "")
        if "," in text:
            if re.fullmatch(r"[+-]?\d+,\d{1,2}|[+-]?\d+,\d{4,}", text):
                raise AnswerError(f"Use a point for decimals and no comma: write {text.replace(',', '.')} if you mean that, not {preview(answer)}.")
            if not re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", text):
                raise AnswerError(f"Commas may only group thousands (2,084); {preview(answer)} is not a number written that way.")
            text = text.replace(",", "")
        try:
            value = float(text)
        except ValueError:
            raise AnswerError(f"Expected a number in digits, for example 7 or 2.5{_unit_note(units)}, but got the text {preview(answer)}.") from None
    elif _round_closed_early(answer, count) or (not count and isinstance(answer, tuple) and len(answer) == 2
                                                and all(isinstance(part, int) and not isinstance(part, bool) for part in answer)
                                                and answer[1] >= 0):
        raise AnswerError(_pair_note(answer, rounds))
    elif isinstance(answer, tuple) and len(answer) > 1 and all(isinstance(part, int) and not isinstance(part, bool) for part in answer):
        raise AnswerError(_comma_split(answer, count))
    elif answer is None:
        raise AnswerError("Expected a number, but this part of the answer is empty (None).")
    else:
        raise AnswerError(_how_to_make_a_number(answer, distinct, units[0] if units else "values", count, step, combines))
    if not math.isfinite(value):
        raise AnswerError("Expected an ordinary finite number (not NaN or infinity).")
    return value


#: "isn't", "wasn't", "can't": read as "not".
_NOT_SUFFIX = re.compile(r"n['\u2019]t\b", re.IGNORECASE)
#: Words that rule out the options after them ("not X", "neither X nor Y", "none of X or Y"); "n't" is read as "not".
_RULING_WORDS = frozenset({"not", "neither", "nor", "never", "cannot", "none"})
#: Words that end a rule-out: what follows is said of the answer, not ruled out ("neither X nor Y, so Z", "not X but Y").
_RULING_ENDS = frozenset({"so", "therefore", "thus", "hence", "but", "because", "since", "then", "instead", "rather", "it",
                          "its", "which", "means", "answer", "must", "should", "i", "probably", "maybe", "just", "only"})
#: Words that may stand between the end of a rule-out and the one option left ("..., so it is Z", "..., it's Z").
_BEFORE_THE_ONE_LEFT = frozenset({"so", "therefore", "thus", "hence", "but", "then", "it", "its", "s", "is", "was", "must",
                                  "be", "the", "a", "an", "answer", "probably", "i", "think", "guess", "rather", "instead",
                                  "just", "which", "leaves", "means", "this", "that", "would", "say", "only"})


def _options_at(words: list[str], spelled: dict[str, str]) -> list[tuple[str, int, int]]:
    """(option, first word, word after it) for every place the words name an option in full, its last word perhaps
    inflected; a place inside a longer one is not counted. At most options x words comparisons."""
    found = [(option, start, stop) for _, option, start, stop in _places_named_in_full(words, spelled)]
    return sorted((place for place in found
                  if not any(other != place and other[1] <= place[1] and place[2] <= other[2]
                             and other[2] - other[1] > place[2] - place[1] for other in found)), key=lambda place: place[1])


def ruled_out_and_named(text: object, options: tuple[str, ...] | list[str],
                        aliases: dict[str, str] | None = None) -> tuple[list[str], list[str]]:
    """(options the text rules out, the options it names outside the rule-out, None last among them when one of those is
    not named alone): "not X and not Y", "not X, not Y",
    "not X or Y", "neither X nor Y" rule X and Y out and name none; "neither X nor Y, so Z" and "not X, Z" name Z too
    (learners AJ and AK, AJ-M1). A rule-out word covers the options after it joined by "and", "or", "nor" or other words,
    up to a mark (",", ";", ".", a spaced dash) or a word that ends it ("so", "but", "because", "it"...). An option named
    outside a rule-out counts as named only where it stands alone: after the rule-out, after a mark or a few linking words ("so it is Z"), and
    before the end, a mark or a reason ("Z because ..."): "not X, Z only by specialists" names none. ([], []) for a text
    that rules nothing out. One pass over at most MAX_READ_CHARS characters; no backtracking."""
    if not isinstance(text, str) or len(text) > MAX_READ_CHARS:
        return [], []
    flat = _NOT_SUFFIX.sub(" not", tidy_text(str(without_hedge(text))))
    given = without_quote_marks(_normalise_word(_NOTE_MARK.sub(", ", flat)))
    tokens = list(re.finditer(r"[^\W_]+", given))
    words = [token[0] for token in tokens]
    spelled = {**{alias: _normalise_word(option) for alias, option in (aliases or {}).items()},
               **{_normalise_word(option): _normalise_word(option) for option in options}}
    names = {_normalise_word(option): option for option in options}
    places = _options_at(words, spelled)
    if not places or not _RULING_WORDS & set(words):
        return [], []
    ruling, ruling_at, alone_from = False, [], []
    for index, token in enumerate(tokens):
        gap = given[tokens[index - 1].end() if index else 0:token.start()]
        if index == 0 or any(mark in gap for mark in ",;:.!?()"):
            ruling, since_break = False, index
        ruling_at.append(ruling)
        alone_from.append(since_break)
        if token[0] in _RULING_WORDS:
            ruling = True
        elif token[0] in _RULING_ENDS:
            ruling, since_break = False, index
    ruled, named, alone = [], [], []
    for key, start, end in places:
        option = names[key]
        if ruling_at[start]:
            ruled.append(option)
            continue
        named.append(option)
        after = given[tokens[end - 1].end():]
        if ruled and all(word in _BEFORE_THE_ONE_LEFT for word in words[alone_from[start]:start]) \
                and _CLAUSE_END.match(after) and not _NEGATED_AFTER.match(after):  # after a rule-out: "it was X, not Y" is not read here
            alone.append(option)
    ruled = list(dict.fromkeys(ruled))
    named = [option for option in dict.fromkeys(named) if option not in ruled]
    return ruled, named if set(named) == set(alone) else [*named, None]


# --- One reading of rule-outs (learners AL and AM, AL-M1/M3/M5, AM-M1): every option, list, id and line-number reader
# reads "R, not W", "R but not W", "R and not W", "R - not W", "R (not W)", "R; not W", "not W, R", "not W, so R",
# "neither W nor W2, so R" and "not W and not W2, so R" through these, so that no exercise kind reads a connective another
# does not. Each is one linear pass over at most MAX_READ_CHARS characters, spaces collapsed first; no pattern backtracks
# over more than a word.

#: A rule-out at the start of a clause, after a few words that only say "it is" ("not W", "it's neither W nor W2", "never
#: W", "rather than W", "instead of W"): group 1 is the ruling word.
_RULING_START = re.compile(r"(?:(?:it|this|that|which|the answer)(?: is|'s| was)? |is |was )?(not|neither|never|rather than|"
                           r"instead of) (?=[^\W_])", re.IGNORECASE)
#: "not" opening a modifier or a hedge, not a rule-out ("not really converted", "not quite X", "not sure").
_NOT_A_RULE_OUT = re.compile(r"not (?:really|quite|fully|entirely|exactly|completely|totally|sure|certain|only|just|much|"
                             r"all|very|always)\b", re.IGNORECASE)
#: A mark or word that joins a rule-out to what it follows ("R; not W", "R: not W", "R - not W", "R but not W", "R and not
#: W", "R & not W"): read as a semicolon. A comma is left as it is (a list reads "g, h, not a, f" as its own rule).
_JOINED_RULING = re.compile(r"(?: ?[;:]| [\u2014\u2013-]| but| and| &) (?=(?:not|neither|never) )", re.IGNORECASE)
#: What opens the part an answer keeps after ruling others out ("not W, so R", "neither W nor W2, therefore R").
_SO_KEPT = re.compile(r" ?[,;:]? ?\b(?:and )?(?:so|therefore|thus|hence|which leaves|that leaves|leaving)\b ?", re.IGNORECASE)
#: "neither" opening a clause is read as "not" (its "nor" then joins what it rules out, as "or" does).
_NEITHER = re.compile(r"(^|; )neither ", re.IGNORECASE)
#: A rule-out in round brackets ("R (not W)"), as one option answer writes it: read as a clause of its own.
_BRACKETED_RULING = re.compile(r" ?\(((?:not|neither|never) [^()]*)\)", re.IGNORECASE)
#: Words that may stand before the part kept after a rule-out ("not W, it is R", "..., so it's R"): dropped from it.
_BEFORE_KEPT = frozenset({"so", "therefore", "thus", "hence", "but", "then", "it", "its", "it's", "is", "was", "must", "be",
                          "answer", "probably", "i", "think", "guess", "rather", "instead", "just", "which", "leaves",
                          "means", "this", "that", "would", "say", "only", "and"})


def rule_outs_as_clauses(text: str) -> str:
    """An answer with each of its rule-outs written as a clause of its own after a semicolon, opening with "not", and the
    part it keeps first: "not W, so R" and "neither W nor W2, so R" are "R; not W" and "R; not W nor W2"; "R and not W",
    "R - not W" and "R: not W" are "R; not W" ("R but not W" and "R, not W" are left to their readers, which already read
    them). "isn't" is read as "is not". Spaces are collapsed; a text longer than MAX_READ_CHARS is returned as it is."""
    if not isinstance(text, str) or len(text) > MAX_READ_CHARS:
        return text
    flat = " ".join(_NOT_SUFFIX.sub(" not", unicodedata.normalize("NFKC", text)).split())
    opening = _RULING_START.match(flat)
    if opening and not _NOT_A_RULE_OUT.match(flat, opening.start(1)):
        kept = _SO_KEPT.search(flat, opening.end())
        if kept and kept.end() < len(flat):  # "not W, so R": R first, then what it rules out
            flat = f"{flat[kept.end():]}; {flat[opening.start(1):kept.start()]}"
    return _NEITHER.sub(lambda found: f"{found[1]}not ", _JOINED_RULING.sub("; ", flat))


def rule_out_parts(text: object) -> tuple[str, list[str]]:
    """(the part an answer keeps, the phrases it rules out), for an answer that is one option or id: "R, not W", "R (not
    W)", "not W, it is R", "neither W nor W2, so R" keep R and rule out W (and W2); "not W or W2", "it's neither W nor W2"
    keep nothing. A clause is ruled out when it opens with a ruling word ("not", "neither", "never", "rather than",
    "instead of"), after a few words that only say "it is"; not when the word opens a modifier or a hedge ("not really
    X", "not sure"). The words of a rule-out joined by "and", "or", "nor", "&" or "+" are each ruled out. ("", []) for a
    text that is no text or too long to read."""
    if not isinstance(text, str) or len(text) > MAX_READ_CHARS:
        return "", []
    clauses = _BRACKETED_RULING.sub(lambda found: f"; {found[1]}", rule_outs_as_clauses(text))
    flat = " ".join(text.split())
    opening = _RULING_START.match(flat)
    leads = bool(opening) and not _NOT_A_RULE_OUT.match(flat, opening.start(1))  # the text opens with a rule-out
    kept, ruled = [], []
    for clause in re.split(r"[,;]", clauses):
        clause = clause.strip(" .!?")
        opening = _RULING_START.match(clause)
        if opening and not _NOT_A_RULE_OUT.match(clause, opening.start(1)):
            ruled.extend(phrase.strip(" .!?()") for phrase in _RULED_JOINER.split(" " + clause[opening.end():] + " ")
                         if phrase.strip(" .!?()"))
        elif clause:
            kept.append(clause)
    if leads and kept:  # "not W, it is R", "not W, so it's R": the words that only lead to R go; "It was R, not W" keeps them
        words = kept[0].split()
        while len(words) > 1 and words[0].casefold() in _BEFORE_KEPT:
            words = words[1:]
        kept[0] = " ".join(words)
    return ", ".join(kept), ruled


def modifier_before(text: object, names_one: Callable[[str], bool], modifiers: frozenset[str]) -> str | None:
    """The modifier a text puts before one option, item or id ("partly" in "partly C006"), or None: such a text names no
    option, as "partly direct quote" names none (AJ-L1, AM-L4). At most two words are looked at before the name."""
    if not isinstance(text, str) or len(text) > MAX_READ_CHARS:
        return None
    words = tidy_text(text).split()
    for width in (2, 1):
        if len(words) > width and " ".join(words[:width]).casefold() in modifiers and names_one(" ".join(words[width:])):
            return " ".join(words[:width])
    return None
