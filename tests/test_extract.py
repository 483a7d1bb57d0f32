"""The automatic claim extractor: accuracy floors, one test per pattern family, and properties on any text."""
from __future__ import annotations

import importlib.util
import math
import subprocess
import time
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from medialit.extract import (
    CLAIM_COLUMNS, MAX_ARTICLE_CHARS, MAX_DRAFT_ROWS, SENTENCE_COLUMNS, extract_claims, extract_sentences, speakers_match,
)
from medialit.extract.draft import claims_frame

ROOT = Path(__file__).resolve().parent.parent


def _load_benchmark():
    spec = importlib.util.spec_from_file_location("extractor_accuracy", ROOT / "benchmarks" / "extractor_accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


benchmark = _load_benchmark()


def claims(text: str) -> list[tuple[str, float, str, str]]:
    """(text, value, unit, claim_type) per row: what a reader of the draft ledger sees."""
    frame = extract_claims(text)
    return [(row.text, row.value, row.unit, row.claim_type) for row in frame.itertuples()]


def values(text: str) -> list[float]:
    return [v for _, v, _, _ in claims(text)]


def one_claim(text: str) -> tuple[str, float, str, str]:
    found = claims(text)
    assert len(found) == 1, found
    return found[0]


def same(found, expected) -> bool:
    """Tuples equal, NaN equal to NaN."""
    return len(found) == len(expected) and all(
        (isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b)) or a == b
        for a, b in zip(found, expected)
    )


# --- accuracy floors (the same scoring the benchmark prints) ---------------------------------------------

@pytest.fixture(scope="module")
def scores():
    return benchmark.measure()


@pytest.mark.parametrize("dataset", ["case study (body)", "samples (pooled)"])
@pytest.mark.parametrize("metric", sorted(benchmark.FLOORS))
def test_accuracy_floor(scores, dataset, metric):
    value = getattr(scores[dataset], metric)
    assert value >= benchmark.FLOORS[metric], f"{dataset}: {metric} {value:.3f}\n{benchmark.table(scores)}"


def test_every_sample_article_is_scored_and_finds_most_numbers(scores):
    for slug in benchmark.hand_made_samples():
        score = scores[f"sample: {slug}"]
        assert score.gold_numbers > 10 and score.quoted_sentences > 3, (
            f"{slug}: a hand-made ledger used to measure the extractor needs more than 10 numbers and 3 quoted "
            f"sentences (it has {score.gold_numbers} and {score.quoted_sentences}), or its per-article figures mean little")
        assert score.recall >= 0.8 and score.precision >= 0.8, (slug, score)


def _sample_with_windows_line_endings(folder: Path, name: str) -> str:
    """Copy a sample into ``folder`` as ``NAME_crlf``, its text with \\r\\n line endings and its tables' offsets moved to match."""
    import hashlib
    import json

    text = (ROOT / "data" / "samples" / f"{name}.txt").read_bytes().decode("utf-8")
    crlf = text.replace("\n", "\r\n")

    def moved(offset: str) -> str:
        return str(int(offset) + text.count("\n", 0, int(offset)))

    package = json.loads((ROOT / "data" / "samples" / "datapackage.json").read_text(encoding="utf-8"))
    resources = []
    for resource in package["resources"]:
        if name not in (resource["name"], resource.get("textSource")):
            continue
        resource = {**resource, "name": resource["name"].replace(name, f"{name}_crlf"), "path": resource["path"].replace(name, f"{name}_crlf")}
        if "textSource" in resource:
            resource["textSource"] = f"{name}_crlf"
            table = pd.read_csv(ROOT / "data" / "samples" / f"{resource['path'].replace('_crlf', '')}", dtype=str, keep_default_na=False)
            table[["char_start", "char_end"]] = table[["char_start", "char_end"]].map(moved)
            table["text"] = table["text"].str.replace("\n", "\r\n")
            table.to_csv(folder / resource["path"], index=False, lineterminator="\n")
        else:
            (folder / resource["path"]).write_bytes(crlf.encode("utf-8"))
            resource.update(hash="sha256:" + hashlib.sha256(crlf.encode("utf-8")).hexdigest(), bytes=len(crlf.encode("utf-8")))
        resources.append(resource)
    (folder / "datapackage.json").write_text(json.dumps({**package, "resources": resources}), encoding="utf-8")
    return crlf


def test_benchmark_reads_the_samples_through_the_course_loaders(tmp_path, monkeypatch):
    """Whatever samples the course has, byte for byte as the lessons read them (\\r\\n kept: offsets count it)."""
    from medialit import articles

    crlf = _sample_with_windows_line_endings(tmp_path, "harbour_briefing")
    monkeypatch.setattr(articles, "samples_dir", lambda: tmp_path)
    datasets = {name: (text, claims) for name, text, claims, *_ in benchmark.datasets()}
    assert sorted(datasets) == ["case study (body)", "sample: harbour_briefing_crlf"]
    text, claims = datasets["sample: harbour_briefing_crlf"]
    assert text == crlf and all(text[s:e] == t for s, e, t in zip(claims["char_start"], claims["char_end"], claims["text"]))


def test_scope_keeps_page_furniture_out():
    scope = benchmark.case_study_scope()
    article = benchmark.ml.article_text()
    caption_start = article.index("Head of the National Coordination Committee")
    assert not any(start <= caption_start < end for start, end in scope)
    assert any(start <= article.index("Russian Jets Destroyed") < end for start, end in scope)


def test_benchmark_script_prints_its_table_and_passes(capsys):
    assert benchmark.main() == 0
    printed = capsys.readouterr().out
    assert "| case study (body) |" in printed and "articles/second" in printed


# --- numbers -----------------------------------------------------------------------------------------------

def test_thousands_separators_and_counted_noun():
    assert same(one_claim("They carried out 1,631 sorties in Syria."), ("1,631 sorties", 1631.0, "sortie", "count"))
    assert claims("It destroyed 287 terrorist command centers.")[0][2] == "command_center"
    assert claims("It hit 2,084 ISIL and Nusra Front targets.")[0][1:3] == (2084.0, "target")
    assert claims("Over 2,000 Terrorist Targets Since")[0][1:3] == (2000.0, "target")


def test_decimals_and_scales():
    assert values("The library service lent 1.2 million books.") == [1_200_000.0]
    assert values("A ratio of 0.75 was reported for 12.5 tonnes.") == [0.75, 12.5]


def test_numbers_in_words():
    assert same(one_claim("despite fighting government forces for four years"), ("four years", 4.0, "year", "duration"))
    assert same(one_claim("The fire burned for two days."), ("two days", 2.0, "day", "duration"))
    assert one_claim("We moved about twelve hundred people out.")[1:3] == (1200.0, "person")
    assert one_claim("Eleven ships were waiting.")[1:3] == (11.0, "ship")
    assert one_claim("They ordered twenty-five trucks.")[1] == 25.0
    assert one_claim("About a dozen boats sailed.")[1] == 12.0


def test_a_and_an_count_only_in_a_list_of_counts():
    text = "A terrorist command center, an ammunition depot, 10 strongholds and 12 artillery positions were destroyed."
    assert [(t, v) for t, v, _, _ in claims(text)] == [
        ("A terrorist command center", 1.0), ("an ammunition depot", 1.0), ("10 strongholds", 10.0), ("12 artillery positions", 12.0)]
    assert values("a barn and two sheds burned") == [1.0, 2.0]
    assert values("A spokesperson said an ammunition depot burned.") == []
    # "a week" is one week, a claim about time (the held-out ledgers' convention: "an hour", "a decade")
    assert values("A spokesperson said a decision would come in a week.") == [1.0]


def test_percentages():
    assert same(one_claim("cut by 45 percent"), ("45 percent", 45.0, "percent", "percent"))
    assert one_claim("a 15% cut")[:3] == ("15%", 15.0, "percent")
    assert one_claim("up 3 per cent")[1] == 3.0
    assert one_claim("a rise of 2 percentage points")[2] == "percentage_point"


def test_money():
    assert same(one_claim("damage put at $4.3 million"), ("$4.3 million", 4_300_000.0, "usd", "money"))
    assert one_claim("a fine of €250,000")[1:3] == (250_000.0, "eur")
    assert one_claim("it cost £12m")[1:3] == (12_000_000.0, "gbp")
    assert one_claim("some 40 million dollars")[1:3] == (40_000_000.0, "usd")


@pytest.mark.parametrize("text, value, unit, value_si", [
    ("a safe distance of 3 nautical miles", 3, "nautical_mile", 5556.0),
    ("a distance of 5.5 kilometers", 5.5, "km", 5500.0),
    ("a 180-metre vessel", 180, "m", 180.0),
    ("a 40-foot section", 40, "foot", 12.192),
    ("about 5 miles away", 5, "mile", 8046.72),
])
def test_distances_normalised_with_pint(text, value, unit, value_si):
    frame = extract_claims(text)
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row["value"], row["unit"], row["claim_type"], row["unit_si"]) == (value, unit, "distance", "m")
    assert row["value_si"] == pytest.approx(value_si)


@pytest.mark.parametrize("text, unit, metres_per_second", [
    ("at 40 mph", "mile_per_hour", 17.8816),
    ("gusts of 64 km/h", "km_per_hour", 17.7778),
    ("travelling at 9 knots", "knot", 4.63),
    ("60 kilometres per hour", "km_per_hour", 16.6667),
])
def test_speeds_normalised_with_pint(text, unit, metres_per_second):
    row = extract_claims(text).iloc[0]
    assert (row["unit"], row["claim_type"], row["unit_si"]) == (unit, "speed", "m/s")
    assert row["value_si"] == pytest.approx(metres_per_second, rel=1e-3)


def test_durations():
    assert same(one_claim("A 24-hour hotline is established")[:4], ("24-hour", 24.0, "hour", "duration"))
    row = extract_claims("repairs would take about six weeks").iloc[0]
    assert (row["unit"], row["value_si"], row["unit_si"]) == ("week", 6 * 7 * 86400, "s")


def test_dates_have_no_value():
    found = claims("since the start of the campaign on September 30, and a meeting on August 31, 2015.")
    assert [(t, u, k) for t, _, u, k in found] == [("September 30", "date", "date"), ("August 31, 2015", "date", "date")]
    assert all(math.isnan(v) for _, v, _, _ in found)
    assert [t for t, *_ in claims("on 30 September 2015 and in 2019")] == ["30 September 2015", "2019"]


def test_clock_times_keep_their_zone():
    assert [(t, u) for t, _, u, _ in claims("Today at 11 a.m. Moscow time, jets flew")] == [("Today", "date"), ("11 a.m. Moscow time", "clock_time")]
    assert [t for t, *_ in claims("at 6 p.m. Pacific time")] == ["6 p.m. Pacific time"]
    assert [(t, u) for t, _, u, _ in claims("at 4:15 a.m. on March 12")] == [("4:15 a.m.", "clock_time"), ("March 12", "date")]
    assert [t for t, *_ in claims("by 14:30 GMT")] == ["14:30 GMT"]


@pytest.mark.parametrize("text", [
    "Su-34 strike fighter", "high-precision KAB-500 bombs", "international [US-led] coalition planes",
    "the road, the B4120, was closed", "the 2nd battalion", "one of the few places", "No. 10 said",
])
def test_designations_and_idioms_are_not_quantities(text):
    assert values(text) == []


def test_a_number_that_describes_the_source_is_not_a_claim():
    frame = extract_claims("According to two people familiar with the talks, the cut was 25%.")
    assert frame["text"].tolist() == ["25%"]


def test_a_bare_number_takes_its_neighbours_unit():
    assert [(t, u) for t, _, u, _ in claims("hours would fall from 60 hours a week to 48")] == [("60 hours", "hour"), ("48", "hour")]
    assert [(t, u) for t, _, u, _ in claims("14 of the ship's 22 crew members")] == [("14", "crew_member"), ("22 crew members", "crew_member")]


# --- attribution -------------------------------------------------------------------------------------------

def sentence_rows(text: str) -> list[tuple[str, str, str, str]]:
    frame = extract_sentences(text)
    return [(row.mode, row.speaker, row.source_type, row.attribution_verb) for row in frame.itertuples()]


def test_quote_then_named_speaker():
    text = '"Since the beginning of the operation, our jets have conducted 1,631 sorties," Col. Gen. Andrei Kartapolov said.'
    assert sentence_rows(text) == [("direct_quote", "Andrei Kartapolov", "named_person", "said")]


def test_verb_before_the_speaker_and_curly_quotes():
    text = "“We moved about twelve hundred people,” said fire chief Marta Quill."
    assert sentence_rows(text) == [("direct_quote", "Marta Quill", "named_person", "said")]
    text = "‘Nobody was hurt,’ Voss said. ‘The crew stayed on board.’"
    assert [r[:2] for r in sentence_rows(text)] == [("direct_quote", "Voss"), ("direct_quote", "Voss")]


def test_paraphrase_institution_and_according_to():
    text = ("The jets carried out 1,631 sorties, the Russian General Staff said Tuesday. According to Andrei Kartapolov, "
            "channels were set up. According to the Defence Ministry, talks went well.")
    assert sentence_rows(text) == [
        ("paraphrase", "Russian General Staff", "named_institution", "said"),
        ("paraphrase", "Andrei Kartapolov", "named_person", "according to"),
        ("paraphrase", "Defence Ministry", "named_institution", "according to"),
    ]


def test_told_names_the_listener_not_the_speaker():
    text = "Its regional secretary, Gwen Toller, told BBC Radio Callow that pay had fallen. ‘We deserve better,’ Ms Toller said."
    assert extract_sentences(text)["speaker"].tolist() == ["Gwen Toller", "Gwen Toller"]


def test_a_headline_count_is_not_a_designation():
    assert values("Ferry Strike Strands 4,000 Passengers") == [4000.0]
    assert values("Road crews salted Route 9 overnight.") == []


def test_pronouns_and_descriptions_resolve_to_the_last_named_speaker():
    text = ("Losses were heavy, Chief of the Main Operational Directorate of the General Staff Andrei Kartapolov said.\n\n"
            "Terrorists suffer heavy losses, he added.\n\nThe Russian general noted that cooperation was developing.")
    rows = extract_sentences(text)
    assert rows["speaker"].tolist() == ["Andrei Kartapolov"] * 3
    assert rows["speaker_as_written"].tolist()[1:] == ["he", "The Russian general"]
    assert rows["attribution_verb"].tolist() == ["said", "added", "noted"]


def test_a_quote_paragraph_without_attribution_inherits_the_last_speaker():
    text = 'He was there, Harbour master Elena Voss said.\n\n"Divers will inspect the hull. Until then the berth stays shut."'
    rows = extract_sentences(text)
    assert rows["mode"].tolist() == ["paraphrase", "direct_quote", "direct_quote"]
    assert rows["speaker"].tolist() == ["Elena Voss"] * 3


def test_unnamed_sources():
    text = ("“We have to find savings,” said a city spokesperson who asked not to be named.\n\n"
            "Officials said the draft would be published soon.\n\n"
            "A union official, speaking on condition of anonymity, said members were told little.\n\n"
            "“Nobody told us,” the official said.")
    rows = extract_sentences(text)
    assert rows["source_type"].tolist() == ["unnamed"] * 4
    assert rows["speaker"].tolist() == ["a city spokesperson", "Officials", "A union official", "A union official"]


def test_a_person_introduced_in_narration_is_who_she_is():
    text = "Councillor Ruth Adeyemi, who chairs the committee, declined to comment. In a statement, she said the council would publish the budget."
    assert extract_sentences(text)["speaker"].tolist() == ["", "Ruth Adeyemi"]


def test_narration_has_no_speaker_and_claims_carry_their_sentence():
    text = "The Marlow Grey can carry 1,100 containers. It sailed at 6 p.m."
    frame = extract_claims(text)
    assert frame["mode"].tolist() == ["narration", "narration"]
    assert frame["source_type"].tolist() == ["none", "none"]
    assert frame["sentence"].tolist() == ["The Marlow Grey can carry 1,100 containers.", "It sailed at 6 p.m."]


def test_sentences_do_not_break_after_titles_or_a_time_with_its_zone():
    text = "Col. Gen. Andrei Kartapolov spoke at 11 a.m. Moscow time on Tuesday. Mr. Lavrov was there. It ended at 6 p.m. The hall emptied."
    assert extract_sentences(text)["text"].tolist() == [
        "Col. Gen. Andrei Kartapolov spoke at 11 a.m. Moscow time on Tuesday.", "Mr. Lavrov was there.",
        "It ended at 6 p.m.", "The hall emptied."]


@pytest.mark.parametrize("predicted, gold, expected", [
    ("Kartapolov", "Andrei Kartapolov", True), ("Col. Gen. Andrei Kartapolov", "Andrei Kartapolov", True),
    ("the Russian General Staff", "Russian General Staff", True), ("Voss", "Tomas Brandt", False),
    ("", "Andrei Kartapolov", False), ("", "", True),
])
def test_speakers_match_by_surname(predicted, gold, expected):
    assert speakers_match(predicted, gold) is expected


# --- contract --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("not_text", [None, 42, b"bytes", ["a list"], pd.Series(["x"])])
def test_non_text_is_refused_in_one_plain_sentence(not_text):
    with pytest.raises(ValueError, match=r"^extract_claims expects the article as a string of text\.$"):
        extract_claims(not_text)
    with pytest.raises(ValueError, match=r"^extract_sentences expects the article as a string of text\.$"):
        extract_sentences(not_text)


def test_empty_text_gives_empty_frames_with_the_ledger_columns():
    assert extract_claims("").columns.tolist() == CLAIM_COLUMNS and extract_claims("").empty
    assert extract_sentences("   \n ").columns.tolist() == SENTENCE_COLUMNS and extract_sentences("").empty


def test_importing_the_extractor_builds_nothing_heavy():
    code = "import sys, medialit.extract as e; print('pint' in sys.modules, e._patterns.cache_info().currsize)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.stdout.split() == ["False", "0"], result.stderr


@pytest.mark.parametrize("text", [
    "0HOURſ", "a thouſand", "3 \u212am", "twelve\nhundred", "5\nkm", '"', "‘", "’’’", "1,", ".5", "$", "%", "\x00\x01", "a.m. p.m.",
    "he said", "It said.", "\u2028\u2029", "İstanbul 12 İ", "٣ km", "1" * 400, "said " * 50,
])
def test_awkward_inputs_never_raise(text):
    frame = extract_claims(text)
    assert all(text[r.char_start:r.char_end] == r.text for r in frame.itertuples())


ARTICLE_PIECES = [
    '"', "“", "”", "‘", "’", "'", ",", ".", " ", "\n", "\r\n", "?", "!", " said ", " he added", "According to ", " a ", " an ",
    "1,631", "5.5", "3", "2019", "24-hour", "11 a.m.", " Moscow time", "$4.3 million", "45 percent", "15%", " km", " mph",
    " nautical miles", "September 30", "Tuesday", "four", "twelve hundred", " and ", " of ", "Col. Gen. ", "Andrei Kartapolov",
    "officials", " spokesperson who asked not to be named", "The ", " targets", "-", "–", "Su-34", "\x00", "\u2028", "ſ", "İ",
    "٣", "<b>", "&amp;", "Заголовок", "中文", "🙂", " she said", " the official said", "a hundred",
    "„", "«", "»", "‚", " the company said", " called it ", " the study found", "Marsh", " according to the club’s records",
    " per 1,000 residents", "Study: ", ", who voted against,",
]
any_text = st.one_of(st.text(max_size=300), st.lists(st.sampled_from(ARTICLE_PIECES), max_size=60).map("".join))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_never_raises_and_every_span_indexes_the_input(text):
    frame = extract_claims(text)
    for row in frame.itertuples():
        assert text[row.char_start:row.char_end] == row.text
        assert row.sentence_start <= row.char_start < row.char_end <= row.sentence_end
        assert text[row.sentence_start:row.sentence_end] == row.sentence
    for row in extract_sentences(text).itertuples():
        assert text[row.char_start:row.char_end] == row.text and row.text.strip() == row.text


def test_a_long_text_is_handled_in_linear_time():
    """Nine copies of the article: as long as the extractor takes (it refused 40 copies from issue 15 on)."""
    copies = MAX_ARTICLE_CHARS // len(benchmark.ml.body_text())
    frame = extract_claims(benchmark.ml.body_text() * copies)
    assert len(frame) == copies * len(extract_claims(benchmark.ml.body_text()))


@pytest.mark.parametrize("text, says", [
    ("x" * (MAX_ARTICLE_CHARS + 1), "drafts one article of up to 50,000 characters at a time"),
    ("$5 " * 333_334, "drafts one article of up to"),
    ("$5 " * (MAX_DRAFT_ROWS + 1), f"more than {MAX_DRAFT_ROWS:,} numbers"),
    ("five " * (MAX_DRAFT_ROWS + 1), f"more than {MAX_DRAFT_ROWS:,} numbers"),
    ("Yes. " * (MAX_DRAFT_ROWS + 1), f"more than {MAX_DRAFT_ROWS:,} sentences"),
])
def test_texts_too_long_to_draft_are_refused_in_one_sentence(text, says):
    """1 MB of "$5 " once made 333,000 rows and 529 MB; now it is refused before any rule runs."""
    for extract in (extract_claims, extract_sentences):
        if "numbers" in says and extract is extract_sentences:
            continue
        with pytest.raises(ValueError, match=says) as raised:
            extract(text)
        assert "\n" not in str(raised.value) and str(raised.value).endswith(".")


# Speed is measured on the engine behind extract_claims (``claims_frame``), without the public functions' input checks,
# so a cap on what a learner may paste never hides a slow rule.

def _best_of_three(text: str) -> float:
    times = []
    for _ in range(3):
        started = time.perf_counter()
        claims_frame(text)
        times.append(time.perf_counter() - started)
    return min(times)


def _doubling_ratio(small: str, large: str, runs: int) -> float:
    """Best time of ``large`` over best time of ``small``, measured in turns so a burst of load hits both alike."""
    best_small = best_large = math.inf
    for _ in range(runs):
        for text in (small, large):
            started = time.perf_counter()
            claims_frame(text)
            elapsed = time.perf_counter() - started
            if text is small:
                best_small = min(best_small, elapsed)
            else:
                best_large = min(best_large, elapsed)
    return best_large / best_small


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow],
          phases=[Phase.explicit, Phase.reuse, Phase.generate])  # no shrinking: a timing is not a value to shrink
@given(st.lists(st.sampled_from(ARTICLE_PIECES + ['"5" ', ".", ",", "…", "?!", "“", "”"]), min_size=1, max_size=8).map("".join))
def test_doubling_the_input_at_most_two_and_a_half_times_the_time(piece):
    """Any text, repeated to 20,000 and 40,000 characters: the larger at most ~2.5x as slow. Best of 3 runs taken
    in turns; a ratio above 2.5 is measured once more with 7 runs before it counts, since a shared machine's
    pauses can double one run (small sizes are all overhead, so none is used)."""
    _assert_doubling_at_most_two_and_a_half(piece)


def _assert_doubling_at_most_two_and_a_half(piece: str) -> None:
    small = (piece * (20_000 // len(piece) + 1))[:20_000]
    large = (piece * (40_000 // len(piece) + 1))[:40_000]
    claims_frame(small)  # first use of the patterns and of pint is not timed
    ratio = _doubling_ratio(small, large, 3)
    if ratio > 2.5:
        ratio = _doubling_ratio(small, large, 7)
    assert ratio <= 2.5, f"{piece!r}: doubling the input made it {ratio:.2f} times as slow"


@pytest.mark.parametrize("text", [
    "." * 20_000, '"5" ' * 5_000, "," * 20_000, '"' * 20_000, "1, " * 7_000,
    ("הממשלה אמרה כי 1,200 בתים נפגעו. " * 600), ("قالت الحكومة إن 1,200 منزل تضرر. " * 600),
    "A-" * 10_000, "Ab’" * 6_667,  # one "name" of 20,000 characters: each of its capitals starts no new scan of it
])
def test_hostile_text_is_read_in_time(text):
    """The inputs of issue 14, at 20 KB: well under the 1 s per 100 KB target even on a busy 2-core machine."""
    assert _best_of_three(text) < 1.0


_LOOKING_BACK = ["Marsh said", "Profit rose, the company said", "It was 5, according to the club’s records", "Rain Falls, Study Finds",
                 "Fans called it “bad”", "„5“, said Ann Lee, who was there", "5 cases per 1,000 residents"]


@pytest.mark.parametrize("piece", [". ".join(_LOOKING_BACK) + ". ", " ".join(_LOOKING_BACK) + " "], ids=["sentences", "one sentence"])
def test_attribution_rules_stay_linear(piece):
    """The rules that look back (to a full name, the institution "the company" means, a headline's study) on many short
    sentences or one long one: doubling the input at most ~2.5x's the time, as in the property test above."""
    _assert_doubling_at_most_two_and_a_half(piece)


def test_scripts_without_capital_letters_end_their_sentences():
    hebrew = "הממשלה אמרה כי 1,200 בתים נפגעו בסערה. שר האוצר הודיע על סיוע. "
    arabic = "قالت الحكومة إن 1,200 منزل تضرر في العاصفة. وأعلن الوزير عن مساعدة؟ ثم غادر. "
    assert len(extract_sentences(hebrew)) == 2
    assert len(extract_sentences(arabic)) == 3


def test_a_run_of_dots_is_not_a_run_of_sentences():
    assert extract_sentences("Wait" + "." * 5000 + " Then 3 boats came.")["text"].tolist() == ["Wait" + "." * 5000, "Then 3 boats came."]


# --- hedges and ranges (one test per rule) -------------------------------------------------------------------

def hedges(text: str) -> list[tuple]:
    frame = extract_claims(text)
    return [(r.text, r.value, r.qualifier, r.bound, None if math.isnan(r.value_high) else r.value_high) for r in frame.itertuples()]


@pytest.mark.parametrize("text, expected", [
    ("Over 2,000 targets were hit.", ("2,000 targets", 2000.0, "over", "lower", None)),
    ("They waited at least 24 hours.", ("24 hours", 24.0, "at least", "lower", None)),
    ("Turnout was nearly 77% this year.", ("77%", 77.0, "nearly", "upper", None)),
    ("It holds about 5,038 books.", ("5,038 books", 5038.0, "about", "approximate", None)),
    ("Up to 40 km of road closed.", ("40 km", 40.0, "up to", "upper", None)),
    ("an estimated 5,000 people came", ("5,000 people", 5000.0, "estimated", "approximate", None)),  # the hedge, not its article
])
def test_a_hedge_before_the_number_makes_it_a_bound(text, expected):
    assert hedges(text) == [expected]


def test_a_hedge_after_the_number_counts_too():
    assert hedges("Stay home for 24 hours or more.") == [("24 hours", 24.0, "or more", "lower", None)]


def test_a_hedge_not_next_to_the_number_is_not_its_hedge():
    assert hedges("It was fewer than last year's 530 visits.")[0][2:4] == ("", "exact")


@pytest.mark.parametrize("text, expected", [
    ("Between 10 and 15 percent of adults", ("10 and 15 percent", 10.0, "between", "range", 15.0)),
    ("It takes two to three years.", ("two to three years", 2.0, "", "range", 3.0)),
    ("Rates of 10-15% were seen.", ("10-15%", 10.0, "", "range", 15.0)),
    ("Rates of 10–20% were seen.", ("10–20%", 10.0, "", "range", 20.0)),
    ("It lies roughly 3 to 5 km away.", ("3 to 5 km", 3.0, "roughly", "range", 5.0)),
])
def test_a_range_is_one_row_from_its_low_to_its_high_end(text, expected):
    assert hedges(text) == [expected]


def test_over_in_front_of_a_range_means_during():
    assert hedges("Repairs will run over two to three years.") == [("two to three years", 2.0, "", "range", 3.0)]


def test_a_change_is_not_a_range_and_a_score_is_two_numbers():
    assert [row[3] for row in hedges("Hours fall from 60 hours a week to 48.")] == ["exact", "exact"]
    # A score is two figures a reader can check (every held-out labeller listed both), never a range.
    assert hedges("They won 3-1.") == [("3", 3.0, "", "exact", None), ("1", 1.0, "", "exact", None)]
    assert [row[:2] for row in hedges("The motion failed 4-7.")] == [("4", 4.0), ("7", 7.0)]
    assert [row[3] for row in hedges("Fares rise by about £1.50 to £16.")] == ["approximate", "exact"]
    assert [row[:2] for row in hedges("Numbers fell by almost a third to 2,910.")] == [("a third", 0.3333), ("2,910", 2910.0)]


def test_a_conversion_in_brackets_shares_its_figures_hedge():
    assert [row[2:4] for row in hedges("The fire is about 30 miles (48 km) away.")] == [("about", "approximate")] * 2
    assert [row[2:4] for row in hedges("A fever of 100.4°F (38°C) or higher.")] == [("or higher", "lower")] * 2


def test_temperatures_go_through_pint_to_kelvin():
    frame = extract_claims("It reached 38°C, or 100.4 degrees Fahrenheit.")
    assert frame["unit"].tolist() == ["degree_celsius", "degree_fahrenheit"]
    assert frame["value_si"].round(2).tolist() == [311.15, 311.15] and set(frame["unit_si"]) == {"K"}


# --- numbers in words, shares and multiples (one test per rule) ----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("roughly one in five pupils failed", ("one in five", 0.2, "fraction", "percent")),
    ("about 1 in 6 have none", ("1 in 6", 0.1667, "fraction", "percent")),
])
def test_one_in_five_is_a_share_not_five_things(text, expected):
    assert same(claims(text)[0], expected) and len(claims(text)) == 1


@pytest.mark.parametrize("text, value", [
    ("about two-thirds of those admitted", 0.6667), ("cost him ‘at least a third’ of his income", 0.3333),
    ("less than a quarter of its usual total", 0.25), ("Fewer than half of the schools", 0.5), ("a fifth of our children", 0.2),
])
def test_fractions_in_words(text, value):
    assert [(v, u) for _, v, u, _ in claims(text)] == [(value, "fraction")]


def test_an_ordinal_is_not_a_fraction():
    assert claims("A third suspect was held.") == [] and claims("in the third quarter") == []


@pytest.mark.parametrize("text", ["Admissions Double", "prices more than doubled", "more than doubling the share", "more than twice the number"])
def test_multiples_are_numbers(text):
    assert [(v, u, t) for _, v, u, t in claims(text)] == [(2.0, "times", "count")]


def test_half_a_million_is_half_a_million():
    assert same(one_claim("about half a million spectators"), ("half a million", 500000.0, "spectator", "count"))


def test_a_unit_of_time_counts_once_unless_it_is_a_rate():
    assert same(one_claim("the best in a decade, and"), ("a decade", 1.0, "decade", "duration"))
    assert [t for t, *_ in claims("42,000 vehicles a day and 14 trains a day")] == ["42,000 vehicles", "14 trains"]


def test_hours_minutes_and_seconds_are_one_duration():
    assert same(one_claim("She won in 2:19:42, ahead of"), ("2:19:42", 8382.0, "second", "duration"))


def test_capitalised_scale_and_hedge_in_a_headline():
    assert values("$48.5 Million Bus Depot") == [48_500_000.0]
    assert same(one_claim("Flu Cases Top 1,300 as"), ("1,300", 1300.0, "", "count"))


# --- attribution (one test per rule) ------------------------------------------------------------------------

def test_a_hyphenated_word_holds_no_attribution_verb():
    rows = extract_sentences("Officials have recorded 1,312 laboratory-confirmed cases since October 1, the department said.")
    assert rows["attribution_verb"].tolist() == ["said"]
    assert len(extract_claims("Officials have recorded 1,312 laboratory-confirmed cases, the department said.")) == 1


def test_titles_before_and_after_a_name_are_not_the_name():
    rows = extract_sentences('Prosecutor Fiona Lathbury KC told the court the sum was £518. "He lied," she said.')
    assert rows["speaker"].tolist() == ["Fiona Lathbury", "Fiona Lathbury"]
    assert rows["source_type"].tolist() == ["named_person", "named_person"]


def test_a_person_of_an_institution_is_the_person():
    row = extract_sentences("Energy analyst Farid Haddad of Keystone Research said the farm would cost more.").iloc[0]
    assert (row.speaker, row.source_type) == ("Farid Haddad", "named_person")


def test_a_name_in_apposition_after_said_is_the_speaker_and_she_is_that_person():
    rows = extract_sentences('“It works,” said Tidewell’s chief executive, Anneliese Brandvold. “Winter is best,” she added.')
    assert rows["speaker"].tolist() == ["Anneliese Brandvold", "Anneliese Brandvold"]


# --- issue 12's teacher's article: institutions named by their office, relative clauses, masses ----------------

def test_an_institution_named_by_its_office_is_a_named_institution():
    text = ('"We will build 40 homes," Council said. The county sheriff\'s office said 3 people were hurt. '
            "The official said 5 buses were late.")
    rows = extract_claims(text)
    assert rows[["speaker", "source_type"]].values.tolist() == [
        ["Council", "named_institution"], ["county sheriff's office", "named_institution"], ["The official", "unnamed"]]


def test_a_relative_clauses_verb_is_not_the_attribution():
    [row] = extract_claims("A spokesperson, who asked not to be named, said 12 roads were shut.").itertuples()
    assert (row.speaker, row.source_type, row.attribution_verb) == ("A spokesperson", "unnamed", "said")


def test_a_compound_modifier_of_mass_is_a_mass():
    rows = extract_claims("A 500-tonne crane arrived with 12 tonnes of gravel and a 40 kg bag.")
    assert rows[["text", "value", "unit", "claim_type", "value_si"]].values.tolist() == [
        ["500-tonne", 500.0, "tonne", "mass", 500_000.0], ["12 tonnes", 12.0, "tonne", "mass", 12_000.0], ["40 kg", 40.0, "kg", "mass", 40.0]]


# --- attribution, second round (issue 14 on unseen text): one test per rule, invented sentences -----------------

def speakers(text: str) -> list[tuple[str, str, str]]:
    """(mode, speaker, source_type) per sentence."""
    return [(row.mode, row.speaker, row.source_type) for row in extract_sentences(text).itertuples()]


@pytest.mark.parametrize("opening, closing", [("„", "“"), ("„", "”"), ("«", "»"), ("»", "«")])
def test_german_and_french_quotation_marks_hold_a_quote(opening, closing):
    text = f"{opening}We have waited long enough,{closing} said Ilse Brandt, head of the union. {opening}Nothing more.{closing} She added that talks had failed."
    assert speakers(text) == [("direct_quote", "Ilse Brandt", "named_person")] * 2 + [("paraphrase", "Ilse Brandt", "named_person")]


def test_german_single_quotes_close_with_a_turned_comma():
    text = "‚Zu spät‘, said Ilse Brandt. The meeting ended."
    assert extract_sentences(text)["mode"].tolist() == ["direct_quote", "narration"]


@pytest.mark.parametrize("text, speaker", [
    ("Fenwick Dairies said sales fell. Profit fell 5%, the company said. It will close a plant, it said.", "Fenwick Dairies"),
    ("Dorset Valley Police said a man was held. He was held at 2 a.m., the force said.", "Dorset Valley Police"),
    ("The Kelso Weather Bureau issued a warning. Rain will reach 40 mm, the bureau said.", "Kelso Weather Bureau"),
    ("Pellam Buses said fares would rise. Harrow Trams will add 6 trams, the operator said.", "Harrow Trams"),
])
def test_the_company_or_the_force_is_the_institution_named_before(text, speaker):
    rows = speakers(text)
    assert [r[1:] for r in rows[1:]] == [(speaker, "named_institution")] * (len(rows) - 1)


def test_a_specific_noun_must_fit_the_name_it_stands_for():
    rows = speakers("Fenwick Dairies said sales fell. Three roads will shut, the council said.")
    assert rows[1][1:] == ("council", "named_institution")  # not Fenwick Dairies


def test_a_study_is_named_by_its_journal_and_a_headline_study_by_the_body():
    text = ("Sea Levels Rise Faster Than Thought, Study Finds\n\n"
            "The sea rose 4 mm a year, according to a study published on 3 May in the Journal of Coastal Things.\n\n"
            "The study, funded by the Orlen Trust, found that storms doubled.")
    assert speakers(text) == [("paraphrase", "Journal of Coastal Things study", "named_institution")] * 3


def test_a_headline_opening_with_study_colon_is_attributed_to_the_study():
    rows = speakers("Study: Bees Return to Parks\n\nBee numbers rose 12%, according to a study published in the Pollinator Review.")
    assert [r[1] for r in rows] == ["Pollinator Review study"] * 2


@pytest.mark.parametrize("text, speaker", [
    ("Kelby Cricket Club won. The total was a record, according to the club’s records.", "Kelby Cricket Club records"),
    ("The Kelso Weather Bureau met. Rain fell on 40 days, according to bureau records.", "Kelso Weather Bureau records"),
    ("The library service lent 9,000 books, according to its annual report.", "library service annual report"),
    ("Rents rose 8%, according to the Ardley Housing Trust’s annual Renting report.", "Ardley Housing Trust annual Renting report"),
])
def test_a_document_is_named_by_whose_it_is(text, speaker):
    assert speakers(text)[-1] == ("paraphrase", speaker, "named_institution")


def test_a_name_before_an_appositive_or_a_relative_clause_is_the_speaker():
    text = ("Marta Ilic, a nurse at Ostry Hospital who was on shift, said the ward was full. “We ran out of beds,” she said.\n\n"
            "Councillor Ben Ode, who voted against, said traders feared losses. “They are angry,” he added.")
    assert [r[1] for r in speakers(text)] == ["Marta Ilic", "Marta Ilic", "Ben Ode", "Ben Ode"]


def test_a_relative_clause_right_before_said_belongs_to_the_source():
    assert speakers("A council officer who asked not to be named said work could begin in May.") == [
        ("paraphrase", "A council officer", "unnamed")]


def test_an_unnamed_person_is_who_she_is():
    text = "A nurse at Ostry Hospital said staff were tired. “We ran out of beds,” she said."
    assert [r[1] for r in speakers(text)] == ["A nurse at Ostry Hospital"] * 2


@pytest.mark.parametrize("text, expected", [
    ("Pay rose, the study found.", ("paraphrase", "the study", "unnamed")),
    ("Police found a body in the river.", ("narration", "", "none")),
    ("Anna Berg appeared at Elmford Crown Court. She stole £9,000, the court heard.", ("paraphrase", "Elmford Crown Court", "named_institution")),
    ("Officials estimate that 300 homes lost power.", ("paraphrase", "Officials", "unnamed")),
    ("He counted 40 cars.", ("narration", "", "none")),
    ("A spokeswoman for the operator called the offer “generous”.", ("paraphrase", "A spokeswoman for the operator", "unnamed")),
    ("She called the office on Monday.", ("narration", "", "none")),
    ("Goods worth an estimated £5m were taken.", ("narration", "", "none")),
    ("Pupils were likely to say they slept.", ("narration", "", "none")),
    ("Population grew to 9,000, official figures show.", ("paraphrase", "official figures", "unnamed")),
    ("Research by the University of Sennet shows that fares rose 20%.", ("paraphrase", "University of Sennet", "named_institution")),
])
def test_weak_verbs_attribute_only_with_the_right_subject(text, expected):
    assert speakers(text)[-1] == expected


def test_a_said_outranks_a_weaker_verb_earlier_in_the_sentence():
    rows = speakers("Growers in the Tarn Valley expect a poor harvest, the Tarn Valley Growers Association said.")
    assert rows == [("paraphrase", "Tarn Valley Growers Association", "named_institution")]


def test_words_between_a_subject_and_its_verb_are_not_the_subject():
    text = "Analysts at Ostwick Securities had expected a profit of $5m. Ostwick Securities now expects a loss."
    assert [r[1] for r in speakers(text)] == ["Analysts at Ostwick Securities", "Ostwick Securities"]


def test_a_one_word_name_takes_the_full_name_used_before():
    text = 'Opener Lina Marsh scored 80. "It was hot," Marsh said. Harwick Energy opened a farm. Harwick said it cost £2m.'
    assert [r[1:] for r in speakers(text) if r[1]] == [("Lina Marsh", "named_person"), ("Harwick Energy", "named_institution")]


def test_according_to_a_description_then_a_name_is_the_name():
    assert speakers("Waiting times rose, according to the harbour master, Ana Lind.") == [("paraphrase", "Ana Lind", "named_person")]


def test_a_rate_with_its_denominator_is_one_claim():
    rows = extract_claims("There were 52 cases per 100,000 residents, 3 per 1,000 homes and between 2 and 4 deaths per 1,000 births.")
    assert rows[["text", "value", "unit", "bound", "value_high"]].fillna(0).values.tolist() == [
        ["52 cases per 100,000 residents", 52.0, "case_per_100000_resident", "exact", 0],
        ["3 per 1,000 homes", 3.0, "per_1000_home", "exact", 0],
        ["2 and 4 deaths per 1,000 births", 2.0, "death_per_1000_birth", "range", 4.0]]


@pytest.mark.parametrize("text, speaker", [
    ("Ms Ana Lee said 5 roads shut. Mr Tom Ford said 3 bridges shut. She added that rain would fall.", "Ana Lee"),
    ("Mira Holt said 5 roads shut. Paul Odd said 3 bridges shut. He added that it was cold. She added that rain would fall.", "Mira Holt"),
])
def test_she_is_the_last_person_not_called_he(text, speaker):
    assert extract_sentences(text)["speaker"].tolist()[-1] == speaker


# --- drafts kept for texts drafted again ------------------------------------------------------------------------

def test_a_text_drafted_again_gives_the_same_draft_without_drafting_it_again(monkeypatch):
    from medialit.extract import _draft

    text = "The port said 40 km of road were closed on Monday. Officials said 3 ships waited."
    _draft.cache_clear()
    first = extract_claims(text)
    monkeypatch.setattr("medialit.extract.claims_frame", lambda *args, **kwargs: pytest.fail("drafted twice"))
    again = extract_claims(text)
    pd.testing.assert_frame_equal(again, first)
    pd.testing.assert_frame_equal(again, claims_frame(text))
    assert _draft.cache_info().hits == 1


def test_a_kept_draft_cannot_be_changed_through_a_copy_handed_out():
    text = "The minister said 12 schools and 4 hospitals were hit, about 30 km from the border."
    first = extract_claims(text)
    expected = first.copy()
    first.loc[0, "unit"] = "furlong"
    first["speaker"] = "someone else"
    first.loc[1, "value"] = -1.0
    pd.testing.assert_frame_equal(extract_claims(text), expected)


def test_drafts_kept_are_bounded():
    from medialit.extract import DRAFTS_KEPT, _draft

    _draft.cache_clear()
    texts = [f"Officials said {n} km of road and {n + 1} bridges were closed." for n in range(3 * DRAFTS_KEPT)]
    for text in texts:
        extract_claims(text)
    assert _draft.cache_info().currsize == DRAFTS_KEPT
    assert extract_claims(texts[0])["value"].tolist() == [0.0, 1.0]  # drafted anew, the same as before


def test_a_refused_text_is_refused_every_time():
    text = "5 " * (MAX_DRAFT_ROWS + 1)
    for _ in range(2):
        with pytest.raises(ValueError, match="more than"):
            extract_claims(text)


# --- third round (issue 14, tuned on held-out batch 3, now tuned-on): one test per rule, invented sentences ---------

@pytest.mark.parametrize("text, expected", [
    ("Commuters will lose almost half their trains.", ("half", 0.5, "almost", "upper", None)),
    ("More than half were late.", ("half", 0.5, "more than", "lower", None)),
    ("Nurses had waited longer than 12 weeks.", ("12 weeks", 12.0, "longer than", "lower", None)),
    ("The bill could rise to as much as £8 million.", ("£8 million", 8_000_000.0, "as much as", "upper", None)),
    ("Most shops had at least one case of it.", ("one case", 1.0, "at least", "lower", None)),
    ("Some drivers tried three or four garages.", ("three or four garages", 3.0, "", "range", 4.0)),
])
def test_hedged_halves_comparisons_and_either_or_ranges(text, expected):
    assert hedges(text) == [expected]


def test_a_choice_between_distant_figures_is_no_range():
    assert [b for *_, b, _ in hedges("Voters chose 3 or 30 seats.")] == ["exact", "exact"]


@pytest.mark.parametrize("text, expected", [
    ("In the county, one pupil in eight missed school.", ("one pupil in eight", 0.125, "fraction", "percent")),
    ("Doctors refuse in one case out of five.", ("one case out of five", 0.2, "fraction", "percent")),
    ("Three out of four voters agreed.", ("Three out of four", 0.75, "fraction", "percent")),
])
def test_one_noun_in_n_is_a_share(text, expected):
    assert same(one_claim(text), expected)


def test_a_share_needs_one_singular_thing_and_no_year():
    assert [t for t, *_ in claims("12 people in 2019 and one day in ten years")] == ["12 people", "2019", "one day", "ten years"]
    assert [t for t, *_ in claims("It rained one day in ten.")] == ["one day in ten"]


def test_half_of_a_period_or_a_scale_is_not_a_share():
    assert claims("In the second half of the year it fell.") == []
    assert same(one_claim("nearly half a million doses"), ("half a million", 500_000.0, "dose", "count"))


def test_a_number_word_with_a_hyphen_is_a_compound_modifier():
    assert same(one_claim("She signed a three-year deal."), ("three-year", 3.0, "year", "duration"))
    assert claims("They made a one-off payment.") == []
    assert [(v, u) for _, v, u, _ in claims("it grew by two-thirds since May")][:1] == [(0.6667, "fraction")]


def test_a_rate_can_give_its_denominator_alone():
    assert [(t, v) for t, v, *_ in claims("The rate is 38 per 1,000 residents; the average is 24 per 1,000.")] == [
        ("38 per 1,000 residents", 38.0), ("24 per 1,000", 24.0)]


def test_a_unit_of_time_after_a_counted_number_word_is_a_rate_and_after_in_a_period():
    assert [t for t, *_ in claims("Ferry Cut to Two Sailings a Day")] == ["Two Sailings"]
    assert [t for t, *_ in claims("Bills Up £40 in a Year")] == ["£40", "a Year"]


def test_a_number_word_starts_a_new_quantity():
    assert [t for t, *_ in claims("against 9 three years ago")] == ["9", "three years"]


def test_a_clock_time_said_in_words():
    assert [(t, u) for t, _, u, _ in claims("The first boat leaves at six in the morning, or 7 o’clock.")] == [
        ("six in the morning", "clock_time"), ("7 o’clock", "clock_time")]


@pytest.mark.parametrize("text, speaker", [
    ("Crime fell 4%, figures from the Kestrel Police Authority show.", "Kestrel Police Authority figures"),
    ("Prices rose 3%, according to the Shelf Watch survey published on Friday.", "Shelf Watch survey"),
    ("Trees store more carbon than earlier models suggested, according to a study led by staff at Orme College "
     "and published in May in the Review of Woodland Science.", "Review of Woodland Science study"),
    ("Parking cost £2 million, the Ormsby Gallery of Modern Art said. Fees rose, the gallery’s annual accounts show.",
     "Ormsby Gallery of Modern Art annual accounts"),
])
def test_documents_named_by_their_maker(text, speaker):
    assert speakers(text)[-1] == ("paraphrase", speaker, "named_institution")


@pytest.mark.parametrize("text, speaker", [
    ("The Ormsby Gallery of Modern Art sold 9,000 tickets, the gallery said.", "Ormsby Gallery of Modern Art"),
    ("Samples came from the University of Orme. Staff took 80 of them, the university said.", "University of Orme"),
    ("Riders face cuts when Tarnby Coaches Shipping ends two routes, the company confirmed.", "Tarnby Coaches Shipping"),
    ("Kelby Rovers have signed the striker for £3 million, the club announced.", "Kelby Rovers"),
])
def test_the_noun_for_an_institution_is_the_institution_the_sentence_or_text_names(text, speaker):
    assert speakers(text)[-1][1:] == (speaker, "named_institution")


def test_it_said_after_a_document_is_the_document():
    rows = speakers("Inspectors checked 400 homes, the report said. In 30 cases the damp was serious, it said.")
    assert [r[1] for r in rows] == ["the report", "the report"]


@pytest.mark.parametrize("text, speaker", [
    ("The probe will reach orbit in May, mission controllers said.", "mission controllers"),
    ("He earns £9,000 a week, according to people close to the club.", "people close to the club"),
])
def test_unnamed_sources_keep_their_whole_description(text, speaker):
    assert speakers(text)[-1] == ("paraphrase", speaker, "unnamed")


def test_a_plural_noun_after_a_number_is_no_attribution_verb():
    assert speakers("Auditors examined 2,640 claims and found errors in 318.")[0][0] == "narration"


# --- fourth round (issue 14, tuned on held-out batches 4 and 5, now tuned-on): invented sentences ------------------

@pytest.mark.parametrize("text, expected", [
    ("Sales fell by almost a third since May.", ("a third", 0.3333, "almost", "upper", None)),
    ("Milk Output Cut by a Quarter", ("a Quarter", 0.25, "", "exact", None)),
    ("The ship carried as few as 18 crew.", ("18 crew", 18.0, "as few as", "lower", None)),
    ("He was almost a minute faster.", ("a minute", 1.0, "almost", "upper", None)),
])
def test_hedged_fractions_and_lower_bounds_of_smallness(text, expected):
    assert hedges(text) == [expected]


def test_a_second_is_an_ordinal_as_often_as_a_duration():
    assert claims("A second delivery came.") == []


def test_a_unit_of_time_before_ago_is_a_period_not_a_rate():
    assert [t for t, *_ in claims("Stocks hold 412 tonnes, against 655 a year ago.")] == ["412 tonnes", "655", "a year"]
    assert [t for t, *_ in claims("Stations run 14 extra buses a day on the route.")] == ["14 extra buses"]


def test_a_headline_number_with_a_comma_decimal_or_scale_is_no_designation():
    assert [t for t, *_ in claims("Survey Finds 2,500 Empty Homes")] == ["2,500 Empty Homes"]
    assert values("Visitors Hit Record 3.4 Million") == [3_400_000.0]


def test_minutes_and_seconds_are_one_duration():
    assert same(one_claim("a further 2 minutes 5 seconds back"), ("2 minutes 5 seconds", 125.0, "second", "duration"))
    assert same(one_claim("a meeting of 1 hour 20 minutes"), ("1 hour 20 minutes", 80.0, "minute", "duration"))


def test_a_day_number_before_a_date_is_a_date():
    assert [(t, k) for t, _, _, k in claims("Exams run from 3 to 9 June.")] == [("3", "date"), ("9 June", "date")]


def test_temperatures_below_zero():
    assert [(t, v) for t, v, *_ in claims("It fell to minus 8°F (minus 22°C), then −3°C; later 10-15°C.")] == [
        ("minus 8°F", -8.0), ("minus 22°C", -22.0), ("−3°C", -3.0), ("10-15°C", 10.0)]


@pytest.mark.parametrize("text, speaker, kind", [
    ("The data were published by the Tarn Rail Board, which said demand rose 4%.", "Tarn Rail Board", "named_institution"),
    ("A lorry driver, who did not want to be named, said queues reached 9 km. He added that 40 trucks waited.", "A lorry driver", "unnamed"),
    ("Orvik Ferries Ltd today confirmed a £40 million order.", "Orvik Ferries Ltd", "named_institution"),
    ("A ranger there said 30 deer died.", "A ranger", "unnamed"),
    ("The city council said 12 roads shut.", "city council", "named_institution"),
    ("Hauliers wait 6 hours, according to sources in the port authority.", "sources in the port authority", "unnamed"),
    ("Rents rose 4%, according to figures published on Monday by the Tarn Housing Office.", "Tarn Housing Office figures", "named_institution"),
    ("The farming industry says 900 jobs depend on it.", "The farming industry", "unnamed"),
    ("Crews are paid €90 a day, according to the treaty text.", "the treaty text", "unnamed"),
])
def test_fourth_round_speakers(text, speaker, kind):
    rows = speakers(text)
    assert (rows[0][1], rows[0][2]) == (speaker, kind) and all(r[1] == speaker for r in rows)


def test_a_headline_police_say_is_the_force_the_article_names():
    rows = speakers("Thefts Fall, Police Say\n\nThefts fell 9% last year, Orme Valley Constabulary said.")
    assert [r[1] for r in rows] == ["Orme Valley Constabulary"] * 2


def test_is_expected_to_is_a_passive_not_an_attribution():
    assert speakers("The Green Party won 27 of the 61 seats and is expected to join a coalition.")[0][0] == "narration"


# --- fifth round (issue 14, tuned on held-out batch 6, now tuned-on): invented sentences ----------------------------

def test_a_season_is_no_score_and_no_range():
    assert [t for t, *_ in claims("Passes sold in the 2024-25 season rose.")] == []


def test_an_iso_code_before_an_amount_is_money():
    assert [(t, v, u) for t, v, u, _ in claims("Visitors spent CHF 95 a day and SEK 2,400 in all.")] == [
        ("CHF 95", 95.0, "chf"), ("SEK 2,400", 2400.0, "sek")]


@pytest.mark.parametrize("text, speaker, kind", [
    ("Okafor’s lawyer said the loan was repaid.", "Okafor’s lawyer", "unnamed"),
    ("Shop owners said trade fell 20%.", "Shop owners", "unnamed"),
    ("The Tarn Credit Union held its rate at 3%, its ninth hold, but said cuts could come.", "Tarn Credit Union", "named_institution"),
    ("The Orme College of Art opened in 1900. Enrolment fell 3%, according to figures the college published on Friday.",
     "Orme College of Art figures", "named_institution"),
    ("A leaked report seen by the Tarn Post warns of 90 job cuts.", "A leaked report seen by the Tarn Post", "unnamed"),
])
def test_fifth_round_speakers(text, speaker, kind):
    assert speakers(text)[-1][1:] == (speaker, kind)


def test_a_long_misread_speaker_never_swallows_the_numbers():
    text = "The council blamed a £2.5 million gap in its budget and fuel costs that it said had risen by a fifth."
    assert [t for t, *_ in claims(text)] == ["£2.5 million", "a fifth"]


# --- sixth round (issue 14, tuned on held-out batch 7, now tuned-on): invented sentences ----------------------------

@pytest.mark.parametrize("text, speaker, kind", [
    ("Frogs breed earlier, according to a study published in the journal Pond Life.", "Pond Life study", "named_institution"),
    ("“It is early,” said the study’s author, Dr. Mina Sorel.", "Mina Sorel", "named_person"),
    ("« It burns », said Captain Jean-Luc Morel of the regional fire service.", "Jean-Luc Morel", "named_person"),
    ("Prices fell 2%, according to the Tarn Building Society’s house price index.", "Tarn Building Society house price index", "named_institution"),
    ("He served 12 aces, according to match statistics.", "match statistics", "unnamed"),
    ("She will rise 30 places, the sport’s governing body said.", "the sport’s governing body", "unnamed"),
    ("Dr Ana Vell leads the team. She expects 40 pairs to nest.", "Ana Vell", "named_person"),
])
def test_sixth_round_speakers(text, speaker, kind):
    assert speakers(text)[-1][1:] == (speaker, kind)


def test_the_paper_is_the_study_met_before():
    rows = speakers("Bees fly 3 km, according to a study published in the Journal of Hives. Hives shrank, the paper says.")
    assert [r[1] for r in rows] == ["Journal of Hives study"] * 2


def test_a_clause_with_figures_is_no_speaker():
    rows = speakers("Only 59 percent of patients were seen and then discharged or admitted within four hours.")
    assert rows == [("narration", "", "none")]


# --- seventh round (issue 14, tuned on held-out batch 8, now tuned-on): invented sentences --------------------------

@pytest.mark.parametrize("text, speaker", [
    ("The hall will cost $4 million, according to town staff.", "town staff"),
    ("Councillor Ada Pike voted against, saying roads come first.", "Ada Pike"),
    ("Detectives believe 30 cars went abroad.", "Detectives"),
    ("Scouts at the regional wildlife trust expect 12 chicks, but said 3 may not fledge.", "Scouts at the regional wildlife trust"),
    ("Cases rose 9%, according to the Orme County health department.", "Orme County health department"),
    ("The city reported 40 cases last year, the department said.", "department"),
    ("Gullwing Air lost $5 million. Fares fell 4%, the Tarn-based carrier said.", "Gullwing Air"),
    ("The Tarn Energy Agency opened a scheme. A kit costs £50, according to the agency’s own estimates.", "Tarn Energy Agency own estimates"),
])
def test_seventh_round_speakers(text, speaker):
    assert speakers(text)[-1][1] == speaker


def test_a_source_noun_late_in_a_long_phrase_is_no_crash():
    """Found by hypothesis in CI: a head noun past the sixth word left no candidate for the phrase's last noun."""
    assert speakers("0 0 0 0 0 0 cOMPANY SAID")[0][0] in ("narration", "paraphrase")


# --- eighth round (issue 14, tuned on held-out batch 9, now tuned-on): invented sentences ---------------------------

@pytest.mark.parametrize("text, speaker", [
    # a name with an age is a person, so the "he said" of the same sentence or the next is them
    ("Veteran goalkeeper Tomas Vell, 31, made nine saves. “We held on,” he said.", "Tomas Vell"),
    ("A nurse said wards were full. Local beekeeper Anya Roth, 58, called it ‘a disaster’: she lost 40 hives, she said.", "Anya Roth"),
    # a short definite description is a source where the attribution leaves no doubt
    ("Players stayed calm, the fourth official said.", "the fourth official"),
    ("According to the club’s statisticians, the side ran 118 km.", "the club’s statisticians"),
    ("Judge Iris Pell sentenced him. “He lied,” the judge said.", "Iris Pell"),
    # a newspaper relaying a source is not the source
    ("Growers say 30 percent of the crop was lost, the Tarn Valley Courier reported.", "Growers"),
    ("The mayor said 12 roads were shut, the council said.", "council"),
    # "the agency" is the agency, not the agency's bulletin; "the company" is no union
    ("The regional health agency said cases rose. The agency’s bulletin showed 40 deaths. "
     "It spent €2 million, the agency said.", "regional health agency"),
    ("Harlow Ferries said sailings stopped. The Seafarers Union said 90% voted to strike. The company said its offer stood at 4%.",
     "Harlow Ferries"),
    ("Brindle Borough Council met. The council’s website said the office opens at 9 a.m.", "Brindle Borough Council website"),
    ("Brindle Borough Council said 40 homes flooded.", "Brindle Borough Council"),
])
def test_eighth_round_speakers(text, speaker):
    assert speakers(text)[-1][1] == speaker


@pytest.mark.parametrize("text", [
    "Turnout was 51 percent, the returning officer announced. The count took 6 hours, the returning officer, Ana Voss, said.",
    "Ana Voss, the borough’s returning officer, opened the count. Turnout was 51 percent, the returning officer announced.",
])
def test_a_role_is_the_person_the_article_names_with_it_before_or_after(text):
    assert speakers(text)[["announced" in sentence for sentence in text.split(". ")].index(True)][1:] == ("Ana Voss", "named_person")


def test_put_at_a_figure_stays_narration_and_a_role_for_two_people_stays_unnamed():
    """"The authority put the damage at $2.4 million" is lesson 05's example of an attribution a draft misses (05.2)."""
    assert speakers("Insurers put the damage at £40 million.")[0][0] == "narration"
    text = "The coach, Ida Marr, left. The coach, Bo Lind, stayed. Fans cheered 40 times, the coach said."
    assert speakers(text)[-1][1] == "the coach"


def test_a_headline_is_no_part_of_a_name_on_the_next_line():
    text = "Storm Shuts Ports\n\nHarlow District Council closed 3 ports on Monday, it said."
    assert "\n" not in "".join(speaker for _, speaker, _ in speakers(text))


# --- ninth round (issue 14, tuned on held-out batch 10, now tuned-on): invented sentences ---------------------------

@pytest.mark.parametrize("text, speaker", [
    ("The Harbour Post, a weekly newspaper, reported that 40 berths were sold.", "Harbour Post"),
    ("Asked about the delay, a council spokeswoman told reporters: “We expect 12 more weeks.”", "a council spokeswoman"),
    ("Rents rose 6%, according to council papers published before Tuesday’s meeting.", "council papers"),
    ("Both men face 9 counts of theft, according to the charge sheet filed at Tarn Crown Court.", "Tarn Crown Court charge sheet"),
    ("The probe flew at 12 km per second, according to mission data released on Monday.", "mission data"),
    ("Police: Scam Took $2 Million From 300 Pensioners\n\nThe scheme ran for 4 years, Orme Valley Police said.", "Orme Valley Police"),
    ("The shoe retailer Pellan Brothers will shut 40 stores, the company announced.", "Pellan Brothers"),
    ("The union Verdi Nord spoke of a ‘dark day’ for 900 workers.", "Verdi Nord"),
    ("The regional transport ministry in Kessel said 8 bridges were unsafe.", "regional transport ministry"),
    ("A physician at the clinic, who asked not to be named, said 30 beds were closed.", "A physician at the clinic"),
    ("Their coach, Ida Marr, complained that the referee had added only 2 minutes.", "Ida Marr"),
])
def test_ninth_round_speakers(text, speaker):
    assert speakers(text)[-1][1] == speaker


def test_an_opening_word_is_no_institution_named_before_a_description():
    assert speakers("Nationally, enrolment rose by 1.4 percent, the Higher Education Council said.")[-1][1] == "Higher Education Council"
    assert speakers("Tickets, which cost up to £95, sold out within 20 minutes, the league said.")[-1][1] == "league"


# --- tenth round (issue 14, tuned on held-out batch 12, now tuned-on): invented sentences ---------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Mayor Says Parks Will Stay Open\n\nMayor Lena Ruiz said 14 parks would stay open.", "Lena Ruiz"),
    ("Councillor Says Fares Must Rise\n\nCllr Omar Haddad told the meeting fares would rise 5%.", "Omar Haddad"),
    ("Fares rose 4%, according to a report prepared by council officers.", "council officers report"),
    ("The Tarn Institute of Marine Science sailed in May. Seas warmed 2°C, according to results released by the institute.",
     "Tarn Institute of Marine Science results"),
    ("But an internal memo seen by the Valley Echo suggests the fault was found 10 weeks earlier.",
     "an internal memo seen by the Valley Echo"),
    ("The Western Schools Council has admitted that 4,000 papers were misgraded, the board said.", "Western Schools Council"),
    ("Wing Ada Okoro scored twice as Tarn won 24-21. “I just ran,” she said.", "Ada Okoro"),
    ("Fly-half Tomas Vell kicked the winner. Vell, 22, struck it from 40 metres. “I looked at the grass,” he said.", "Tomas Vell"),
])
def test_tenth_round_speakers(text, speaker):
    assert speakers(text)[-1][1] == speaker


def test_a_thing_after_the_is_no_person_for_a_lone_he():
    text = "Fans filled the Tarn Cup final on Sunday. “It was loud,” he said."
    assert speakers(text)[-1][1] != "Tarn Cup"


# --- eleventh round (issue 14, tuned on held-out batch 14, now tuned-on): invented sentences ------------------------

@pytest.mark.parametrize("text, speaker", [
    ("Shops shut. « We have lost 30 % of our trade », said Élise Moreau.", "Élise Moreau"),  # « with a space opens a sentence
    ("The regional gendarmerie said 12 people were hurt.", "regional gendarmerie"),
    ("Two riders fell, leaving 40 in the race, the race jury said in a statement.", "race jury"),
    ("A detective involved in the case told the Tarn Echo that 9 phones were seized.", "A detective involved in the case"),
    ("Two people who attended the meeting told the Echo that 40 jobs would go.", "Two people who attended the meeting"),
    ("A nurse who asked not to be named said 20 beds were shut.", "A nurse"),
    ("The union leader, Ann Vell, said a survey of 1,200 members found that a third had second jobs.", "Ann Vell"),
    ("Tarn Gas Ltd said it would build the line. The company put the cost at $3 billion, up from the $2 billion it estimated in 2020.",
     "Tarn Gas Ltd"),
    ("Sales rose 4%, short of the 9% growth it reported in 2021, its filings show.", "its filings"),
])
def test_eleventh_round_speakers(text, speaker):
    assert speakers(text)[-1][1] == speaker


@pytest.mark.parametrize("text, expected", [
    ("They brought two dozen flasks of tea.", [("two dozen flasks", 24.0, "flask")]),
    ("Lecturers held three one-day strikes.", [("three", 3.0, ""), ("one-day", 1.0, "day")]),
    ("It sold 5 four-wheel-drive cars.", [("5 four-wheel-drive cars", 5.0, "car")]),
    ("Carry at least half a tank of fuel.", [("half", 0.5, "fraction")]),
    ("It took half an hour to drive half a mile.", [("an hour", 1.0, "hour")]),
    ("Patients waited for a day and a half.", [("a day and a half", 1.5, "day")]),
    # the unit was "foot" until cubic feet became a volume (learner AA, AA-M5): the same span and value, now in cubic_foot
    ("It moves 1.2 billion cubic feet of gas a day.", [("1.2 billion cubic feet", 1.2e9, "cubic_foot")]),
])
def test_eleventh_round_numbers(text, expected):
    frame = claims_frame(text)
    assert list(zip(frame["text"], frame["value"], frame["unit"])) == expected


def test_a_near_pair_after_by_is_a_range_and_a_far_one_a_change():
    frame = claims_frame("Costs had risen by 30 to 35 percent. Fares rose by £1.50 to £16.")
    assert list(zip(frame["text"], frame["bound"])) == [("30 to 35 percent", "range"), ("£1.50", "exact"), ("£16", "exact")]


def test_over_a_period_is_during_unless_a_word_before_makes_it_more_than():
    frame = claims_frame("He lost £6,000 over three days. She worked for over 30 years. It took over three hours.")
    assert list(zip(frame["text"], frame["qualifier"])) == [("£6,000", ""), ("three days", ""), ("30 years", "over"), ("three hours", "over")]


# --- twelfth round (issue 14, tuned on held-out batch 15, now tuned-on): invented sentences -------------------------

@pytest.mark.parametrize("text, speaker", [
    ("A woman whose car was stolen twice told the Echo she had moved.", "A woman whose car was stolen twice"),
    ("A Tarn manager who runs the depot told the paper that 12 buses were idle.", "A Tarn manager who runs the depot"),
    ("Fares will rise 5% under a plan announced by the operator Tarn Buses on Monday.", "Tarn Buses"),
    ("Trial: New Pill Cuts Strokes by a Fifth", "Trial"),
])
def test_twelfth_round_speakers(text, speaker):
    assert speakers(text)[-1][1] == speaker


@pytest.mark.parametrize("text, expected", [
    ("Temperatures may reach 37C (98.6F) by then.", [("37C", 37.0, "degree_celsius"), ("98.6F", 98.6, "degree_fahrenheit")]),
    ("Pupils in Form 5C met at Gate 3F.", []),
    ("Shares rose to 286p; the dividend is 4.1p, up from 390 pence.", [("286p", 2.86, "gbp"), ("4.1p", 0.041, "gbp"), ("390 pence", 3.9, "gbp")]),
    ("The Post reported, citing two people familiar with the talks, that 40 jobs would go.", [("40 jobs", 40.0, "job")]),
    ("It will run at half that speed.", [("half", 0.5, "fraction")]),
])
def test_twelfth_round_numbers(text, expected):
    frame = claims_frame(text)
    assert list(zip(frame["text"], frame["value"], frame["unit"])) == expected


def test_numbers_in_words_count_towards_the_drafting_cap():
    with pytest.raises(ValueError, match="more than 1,000 numbers, dates and clock times"):
        extract_claims("a day " * 1_200)


def test_a_measure_and_a_half():
    frame = claims_frame("It took three and a half days and 2 and a half hours.")
    assert list(zip(frame["text"], frame["value"], frame["unit"])) == [("three and a half days", 3.5, "day"), ("2 and a half hours", 2.5, "hour")]


@pytest.mark.parametrize("text, first", [
    ("Temperatures fell to -5 C. The council said 90% of roads were open.", "Temperatures fell to -5 C."),
    ("It was 20 F. Officials said so.", "It was 20 F."),
    ("Lows of -5C. The council said so.", "Lows of -5C."),
])
def test_a_temperature_unit_after_a_number_ends_its_sentence(text, first):
    """Learner U (round 5, MEDIUM 4): "-5 C." was read as an initial, so the council's sentence began with the weather
    and its speaker became "Temperatures fell to -5 C. The council"."""
    assert extract_sentences(text)["text"].tolist()[0] == first


def test_the_speaker_after_a_temperature_is_the_council():
    draft = extract_claims("Temperatures fell to -5 C. The council said 90% of roads were open.")
    assert draft.loc[draft["text"] == "90%", "speaker"].tolist() == ["council"]


def test_an_initial_is_still_not_a_sentence_end():
    assert len(extract_sentences("John F. Kennedy spoke in Dallas. Room 5 C. was closed.")) == 2


@pytest.mark.parametrize("text, unit, value_si", [
    ("It reached 38 °C.", "degree_celsius", 311.15), ("It fell to 27C.", "degree_celsius", 300.15),
    ("It hit 100 °F.", "degree_fahrenheit", 310.93), ("It was 4 degrees Celsius.", "degree_celsius", 277.15)])
def test_temperatures_are_drafted_as_temperatures_not_counts(text, unit, value_si):
    """Cold learner W (round 6, 1): "38 °C" was a count, offered as a total to break down."""
    row = extract_claims(text).iloc[0]
    assert (row["unit"], row["claim_type"], row["unit_si"]) == (unit, "temperature", "K")
    assert row["value_si"] == pytest.approx(value_si, abs=0.01)


def test_a_bare_number_before_a_temperature_gets_its_own_kelvin_value():
    """"from 20 to 25 °C": the 20 took 25 °C's kelvins scaled (238.52 K), as if the scale started at zero."""
    row = extract_claims("It rose from 20 to 25 °C.").iloc[0]
    assert (row["text"], row["claim_type"], row["value_si"]) == ("20 to 25 °C", "temperature", pytest.approx(293.15))


@pytest.mark.parametrize("text, value, unit, cubic_metres", [
    ("Each lorry carries 30,000 litres.", 30_000.0, "litre", 30.0), ("Drink 500 ml of water.", 500.0, "ml", 0.0005),
    ("They trucked in 3,000 gallons.", 3_000.0, "gallon", 11.356), ("A lake held 2 million litres.", 2_000_000.0, "litre", 2_000.0),
    ("The reservoir holds 4.2 million cubic metres.", 4_200_000.0, "cubic_metre", 4_200_000.0)])
def test_volumes_are_drafted_as_volumes_not_counts(text, value, unit, cubic_metres):
    """Cold learner W (round 6, 1): litres and gallons were counts of "litre", so they could be itemised.
    The millilitre case was "Drink 500 ml a day." until learner AE (AE-M2): a volume a day is a rate, as "per day" is
    and as the held-out ledgers record "20 litres a day" (litre_per_day), so it is now asserted as a rate in
    test_a_volume_per_time_is_a_rate_not_a_volume, and a plain "500 ml of water" keeps the millilitre volume here."""
    row = extract_claims(text).iloc[0]
    assert (row["value"], row["unit"], row["claim_type"], row["unit_si"]) == (value, unit, "volume", "m^3")
    assert row["value_si"] == pytest.approx(cubic_metres, rel=1e-3)


def test_a_scale_word_between_a_number_and_its_unit_keeps_the_measure():
    """"5 million km" was a count of "moved", "3 million tonnes" a count of tonnes."""
    rows = extract_claims("It flew 5 million km and moved 3 million tonnes.")
    assert rows[["text", "value", "unit", "claim_type"]].values.tolist() == [
        ["5 million km", 5e6, "km", "distance"], ["3 million tonnes", 3e6, "tonne", "mass"]]


@pytest.mark.parametrize("text, speaker", [
    ("The mayor said 40 people came, and the council said attendance rose by 42%.", "council"),
    ("Temperatures reached 38 °C on Tuesday, and the council said pool attendance rose by 42%.", "council"),
    ("Prices rose 5%, but the bank said rates would stay at 3%.", "bank"),
])
def test_a_speaker_never_starts_with_a_conjunction(text, speaker):
    """Cold learner W (round 6, 2): "..., and the council said" gave the speaker "and the council", a bar of its own."""
    for frame in (extract_claims(text), extract_sentences(text)):
        assert set(frame["speaker"]) == {speaker}


def test_a_capital_after_a_full_stop_in_an_unbroken_run_starts_no_new_name_scan():
    """Hypothesis found 'Su-34four.' repeated (no spaces) quadratic: each capital after a full stop began a scan of a name
    to the run's end (about 40 s for 200,000 characters). Now a run is scanned once; the ratio is asserted as elsewhere."""
    _assert_doubling_at_most_two_and_a_half("Su-34four.")


@pytest.mark.parametrize("text, value, unit, claim_type, si, si_unit", [
    ("The tank holds 500 cubic feet of gas.", 500.0, "cubic_foot", "volume", 14.158, "m^3"),
    ("Crews moved 40 cubic yards of soil.", 40.0, "cubic_yard", "volume", 30.582, "m^3"),
    ("The fire burned about 300 acres.", 300.0, "acre", "area", 1_214_057.0, "m^2"),
    ("The farm covers 4 hectares.", 4.0, "hectare", "area", 40_000.0, "m^2"),
    ("The park covers 12 square miles.", 12.0, "square_mile", "area", 31_079_855.0, "m^2"),
    ("The lake shrank to 2.5 square kilometres.", 2.5, "square_kilometre", "area", 2_500_000.0, "m^2"),
    ("The flat is 80 square metres.", 80.0, "square_metre", "area", 80.0, "m^2")])
def test_cubic_feet_and_areas_are_drafted_as_volumes_and_areas_not_counts_of_a_length(text, value, unit, claim_type, si, si_unit):
    """Learner AA (AA-M5, AA-L5): '500 cubic feet' was a count of feet, 'about 300 acres' a count of acres."""
    row = extract_claims(text).iloc[0]
    assert (row["value"], row["unit"], row["claim_type"], row["unit_si"]) == (value, unit, claim_type, si_unit)
    assert row["value_si"] == pytest.approx(si, rel=1e-3)
    assert extract_claims("He fell 3 feet.").iloc[0][["unit", "claim_type"]].tolist() == ["foot", "distance"]


@pytest.mark.parametrize("text, span, value, unit", [
    ("The tank held about 79,000 US gallons of fuel.", "79,000 US gallons", 79000.0, "gallon"),
    ("It spilled 40 U.S. gallons.", "40 U.S. gallons", 40.0, "gallon")])
def test_us_gallons_are_a_volume_in_the_gallon_the_extractor_reads(text, span, value, unit):
    """Learner AC (AC-L5): '79,000 US gallons' was a count with no unit."""
    row = extract_claims(text).iloc[0]
    assert (row["text"], row["value"], row["unit"], row["claim_type"], row["unit_si"]) == (span, value, unit, "volume", "m^3")
    assert row["value_si"] == pytest.approx(value * 0.003785411784)


@pytest.mark.parametrize("text, span, unit", [
    ("Water flowed at 0.8 cubic metres per second.", "0.8 cubic metres per second", "cubic_metre_per_second"),
    ("The pump moves 300 litres a minute.", "300 litres a minute", "litre_per_minute"),
    ("It leaked 20 US gallons per hour.", "20 US gallons per hour", "gallon_per_hour"),
    ("The plant treats 35,000 cubic metres a day.", "35,000 cubic metres a day", "cubic_metre_per_day"),
    ("Drink 500 ml a day.", "500 ml a day", "ml_per_day"),
    ("Cisterns lose 12 litres a week.", "12 litres a week", "litre_per_week")])
def test_a_volume_per_time_is_a_rate_not_a_volume(text, span, unit):
    """Learner AC (AC-L5): '0.8 cubic metres per second' was drafted as a volume of 0.8 cubic metres. No claim type takes a
    flow, so it is a count with the rate in its unit, its span taking the denominator, as data/heldout/README.md records
    rates (vehicle_per_day, tonne_per_hectare); it has no value in SI units. "a day", "a week" after a volume are rates
    too (learner AE, AE-M2: "35,000 cubic metres a day" was a plain volume)."""
    row = extract_claims(text).iloc[0]
    assert (row["text"], row["unit"], row["claim_type"]) == (span, unit, "count")
    assert pd.isna(row["value_si"]) and not row["unit_si"]
    assert extract_claims("She drank 2 litres a minute ago.").iloc[0][["unit", "claim_type"]].tolist() == ["litre", "volume"]
    # "Drink 500 ml a day." was asserted here as a volume; learner AE (AE-M2): a volume a day is a rate like "per day",
    # so it is now one of the rates above. Only "ago"/"earlier" after "a day" makes a period again:
    assert extract_claims("It held 2 litres a year earlier.").iloc[0][["unit", "claim_type"]].tolist() == ["litre", "volume"]
    assert extract_claims("Rain reached 40 litres per square metre.").iloc[0][["unit", "claim_type"]].tolist() == ["litre", "volume"]


@pytest.mark.parametrize("text, speaker, source_type", [
    ("The regional water board said the lake fell. Board chair Dana Okafor said it was bad. "
     "The lake is 3 miles long, the board said.", "regional water board", "named_institution"),
    ("A source at the board said the lake fell. The board said 2 of its 5 pumps failed.", "board", "named_institution"),
    ("Board chair Dana Okafor said it was bad. The lake is 3 miles long, the board said.", "board", "named_institution")])
def test_the_board_refers_back_only_to_a_body_named_so(text, speaker, source_type):
    """Learner AE (AE-M1): "the board said" went to "Board chair Dana Okafor" (her title holds the word) or to "A source
    at the board" (someone described by where they work). A short form refers back only to a body whose own noun it is;
    else it stays the body the sentence names."""
    row = extract_claims(text).iloc[-1]
    assert (row["speaker"], row["source_type"]) == (speaker, source_type)


def test_the_board_still_refers_back_to_a_body_described_before_its_name():
    """The fix for AE-M1 keeps "the water board" as the body named "the water board Waterschap Lage Venen" (held-out
    batch 9), whose noun is board, though a dike warden was quoted in between."""
    text = ("About 1,200 residents must leave, the water board Waterschap Lage Venen announced on Wednesday. "
            "Dike warden Marijke van Oosterhout said it was bad. The dike is 4 km long, the water board said.")
    assert extract_claims(text).iloc[-1]["speaker"] == "Waterschap Lage Venen"


@pytest.mark.parametrize("text, span, unit, claim_type", [
    ("The reservoir lost 2,500 m\u00b3 of water.", "2,500 m\u00b3", "cubic_metre", "volume"),
    ("It holds 2,500 m3 now.", "2,500 m3", "cubic_metre", "volume"),
    ("The tank holds 88,287 cu ft of gas.", "88,287 cu ft", "cubic_foot", "volume"),
    ("It is 88 cu. ft. in all.", "88 cu. ft", "cubic_foot", "volume"),
    ("A 500 ft\u00b3 tank.", "500 ft\u00b3", "cubic_foot", "volume"),
    ("The flat has 30 m\u00b2 of space.", "30 m\u00b2", "square_metre", "area"),
    ("The lake is 20 m2 across.", "20 m2", "square_metre", "area"),
    ("The room is 20 sq m.", "20 sq m", "square_metre", "area"),
    ("It covers 4 km\u00b2 of land.", "4 km\u00b2", "square_kilometre", "area"),
    ("It covers 4 km2 of land.", "4 km2", "square_kilometre", "area"),
    ("It covers 7.8 sq km.", "7.8 sq km", "square_kilometre", "area"),
    ("A shed of 120 sq. ft. was built.", "120 sq. ft", "square_foot", "area"),
    ("A flat of 700 sq ft.", "700 sq ft", "square_foot", "area"),
    ("A 700 ft\u00b2 flat.", "700 ft\u00b2", "square_foot", "area"),
    ("The room is 30 square feet.", "30 square feet", "square_foot", "area"),
    ("A 12 mi\u00b2 area.", "12 mi\u00b2", "square_mile", "area"),
    ("It is 3 sq mi in all.", "3 sq mi", "square_mile", "area")])
def test_volume_and_area_symbols_are_volumes_and_areas_not_metres_or_counts(text, span, unit, claim_type):
    """Learner AI (H2): "2,500 m³" was 2,500 m, a distance; "2,500 m3" and "88,287 cu ft" counts of "m" and "cu_ft";
    "323 sq ft" a count. Each is now the volume or area it is, with its value in SI units."""
    row = extract_claims(text).iloc[0]
    assert (row["text"], row["unit"], row["claim_type"]) == (span, unit, claim_type)
    assert row["unit_si"] == {"volume": "m^3", "area": "m^2"}[claim_type] and row["value_si"] > 0
    # "5 m" and "m" alone stay metres; "3 sq" with nothing after it is left a count, as before
    assert extract_claims("The wall is 5 m high.").iloc[0][["text", "unit", "claim_type"]].tolist() == ["5 m", "m", "distance"]
    assert extract_claims("He ran 5 m.").iloc[0][["unit", "claim_type"]].tolist() == ["m", "distance"]
    assert extract_claims("She bought 3 sq.").iloc[0]["claim_type"] == "count"


@pytest.mark.parametrize("text", ["A bag of 5 kilograms (11 pounds) was found.", "It weighed 1.5 tonnes, or about 3,300 pounds.",
                                  "A 10 tonnes (22,000 pounds) load."])
def test_pounds_converting_a_mass_are_the_weight_and_elsewhere_money(text):
    """Fact-check 21 (L5): "5 kilograms (11 pounds)" drafted the pounds as gbp, so the mass pair was never checked."""
    draft = extract_claims(text)
    assert draft[["unit", "claim_type"]].values.tolist()[1] == ["pound_mass", "mass"]
    assert draft["unit_si"].tolist()[1] == "kg"
    assert extract_claims("He paid 11 pounds for it.").iloc[0][["unit", "claim_type"]].tolist() == ["gbp", "money"]
    # a sentence between them, or a figure that is not a mass before: the pounds are money
    assert extract_claims("It weighed 5 kilograms. He paid 11 pounds.").iloc[1]["claim_type"] == "money"
    assert extract_claims("It ran 5 km (for 11 pounds).").iloc[1]["claim_type"] == "money"
