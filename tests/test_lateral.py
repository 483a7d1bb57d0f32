"""The lateral-reading desk: honest data, the documented ranking, plain answers to bad input, escaping, the log, the widget."""
from __future__ import annotations

import re
import time
from urllib.parse import urlparse

import pandas as pd
import pytest

import medialit as ml
from medialit import lateral, storage, submission
from medialit.widgets.search_desk import SearchDesk

MB = 1_000_000
REAL_RELAYS = {"russian_defence_ministry", "pentagon", "us_state_department", "sputnik_copy", "unsourced", "reference"}
# Straight and curly double quotation marks around words; the data uses no single quotation marks as quotes.
QUOTED = re.compile(r'"([^"]+)"|\u201c([^\u201d]+)\u201d')


@pytest.fixture(autouse=True)
def fresh_desk(tmp_path, monkeypatch):
    """Every test starts with nothing opened, a scratch work folder, no learner name and a fixed clock."""
    from datetime import datetime, timezone

    monkeypatch.setenv(storage.WORK_DIR_ENV, str(tmp_path / "my_work"))
    for variable in submission.LEARNER_ENV:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(submission, "_session_learner", None)
    monkeypatch.setattr(submission, "clock", lambda: datetime(2026, 11, 28, 9, 30, tzinfo=timezone.utc))
    monkeypatch.setattr(lateral, "_last_desk", None)
    ml.reset_desk()
    yield tmp_path / "my_work"
    ml.reset_desk()


@pytest.fixture(scope="module")
def desk():
    return ml.load_lateral_results()


@pytest.fixture(scope="module")
def sources():
    return ml.load_sources().set_index("source_id")


def _text(value) -> str:
    return "" if pd.isna(value) else str(value)


def small_desk(rows: list[dict]) -> pd.DataFrame:
    """A desk table for a test, with every column the real one has (unset cells empty)."""
    columns = ["result_id", "desk", "title", "outlet", "date", "url", "kind", "fictional", "wording", "excerpt",
               "source_id", "about", "relays", "summary_from"]
    defaults = {"desk": "form_a", "kind": "news_report", "fictional": True, "wording": "verbatim", "about": "event",
                "relays": "unsourced", "date": None, "url": None, "source_id": None, "outlet": "Invented Outlet",
                "excerpt": "Nothing to see."}
    return pd.DataFrame([{**defaults, **row} for row in rows], columns=columns)


@pytest.fixture
def use_table(monkeypatch):
    def install(rows):
        monkeypatch.setattr(lateral, "load_lateral_results", lambda: small_desk(rows))
    return install


# --- the honesty rule ------------------------------------------------------------------------------------------

def test_the_case_study_desk_has_the_size_and_mix_the_issue_asks_for(desk):
    case = desk[desk["desk"] == "case_study"]
    assert 14 <= len(case) <= 20
    assert case["result_id"].str.fullmatch(r"D[0-9]{2}").all()
    assert case["kind"].eq("article").sum() == 1
    fictional = case[case["fictional"]]
    assert set(fictional["relays"]) >= {"sputnik_copy", "unsourced"}
    assert ((fictional["kind"] == "rating_site") & (fictional["about"] == "outlet")).any()
    assert set(case["relays"]) <= REAL_RELAYS


def test_every_desk_has_results_about_the_outlet_and_about_the_event(desk):
    for name, rows in desk.groupby("desk", observed=True):
        assert {"outlet", "event"} <= set(rows["about"]), f"desk {name} needs results about the outlet and about the event"


def test_the_article_is_quoted_exactly_and_credited_to_sputnik(desk):
    article = ml.article_text()
    (row,) = desk[(desk["desk"] == "case_study") & (desk["kind"] == "article")].itertuples()
    headline = article.split("\n")[4]
    assert row.title == headline
    assert row.excerpt in article and article.index(row.excerpt) == article.index("The Russian Aerospace Forces have")
    assert (row.outlet, row.date, row.wording, row.fictional) == ("Sputnik International", "2015-11-03", "verbatim", False)
    assert pd.isna(row.url), "the article's full address is recorded nowhere in the course's tables"


def test_every_real_verbatim_excerpt_is_exact(desk, sources):
    article = ml.article_text()
    for row in desk[~desk["fictional"] & (desk["wording"] == "verbatim")].itertuples():
        if pd.isna(row.source_id):
            assert row.excerpt in article, f"{row.result_id}: not the article's exact words"
        else:
            source = sources.loc[row.source_id]
            assert source["verbatim"] and row.excerpt in source["words"], f"{row.result_id}: not {row.source_id}'s exact words"


def test_a_paraphrase_quotes_only_words_verbatim_in_its_own_source_row(desk, sources):
    paraphrases = desk[~desk["fictional"] & (desk["wording"] == "paraphrase")]
    assert paraphrases["source_id"].notna().all(), "a summary must rest on a sources.csv row"
    quoted_somewhere = 0
    for row in paraphrases.itertuples():
        source = sources.loc[row.source_id]
        for match in QUOTED.finditer(row.excerpt):
            quoted = next(group for group in match.groups() if group is not None)
            assert source["verbatim"] and quoted in source["words"], \
                f"{row.result_id}: {quoted!r} is not verbatim in {row.source_id}"
            quoted_somewhere += 1
        assert "\u2018" not in row.excerpt and "\u2019" not in row.excerpt, f"{row.result_id}: use straight apostrophes, double quotes"
        assert row.title.endswith("(summary)"), f"{row.result_id}: a summary's title says it is one"
    assert quoted_somewhere >= 3  # frappé, CBS News's sentence, Reuters' own "within 5 miles (8 km)"


def test_real_results_take_outlet_date_and_address_from_their_source_row(desk, sources):
    real = desk[~desk["fictional"] & desk["source_id"].notna()]
    for row in real.itertuples():
        source = sources.loc[row.source_id]
        for column in ("outlet", "date", "url"):
            assert _text(getattr(row, column)) == _text(source[column]), f"{row.result_id}: {column} differs from {row.source_id}"
    assert real["source_id"].is_unique, "one result per outside report"


def test_no_result_rests_on_the_moscow_times_item_a_fact_check_refused(desk, sources):
    """A report dated 5 Nov 2014 cannot report a launch on 10 Nov 2014."""
    refused = sources.index[sources["outlet"] == "The Moscow Times"]
    assert not desk["source_id"].isin(refused).any() and not desk["outlet"].eq("The Moscow Times").any()


def test_fictional_results_are_invented_sites_with_example_addresses(desk, sources):
    real_names = set(sources["outlet"]) | set(ml.load_entities()["name"]) | set(ml.load_entity_aliases()["alias"])
    fictional = desk[desk["fictional"]]
    assert len(fictional) >= 3
    for row in fictional.itertuples():
        assert row.outlet not in real_names, f"{row.result_id}: {row.outlet} is a real name"
        assert pd.isna(row.source_id) and row.wording == "verbatim"
        assert pd.isna(row.url) or urlparse(row.url).hostname.endswith(".example"), f"{row.result_id}: not a .example address"
    for row in desk[~desk["fictional"]].itertuples():
        assert pd.isna(row.url) or not urlparse(row.url).hostname.endswith(".example")


def test_the_copying_blog_copies_the_article_word_for_word(desk):
    article = ml.article_text()
    copies = desk[desk["relays"] == "sputnik_copy"]
    assert len(copies) >= 1
    for row in copies.itertuples():
        assert row.fictional and row.title in article and row.excerpt in article
        assert "Sputnik" not in row.excerpt + row.outlet, "it copies without credit"


def test_excerpts_are_one_to_four_sentences(desk):
    for row in desk.itertuples():
        sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", row.excerpt) if s]
        assert 1 <= len(sentences) <= 4, f"{row.result_id}: {len(sentences)} sentences"


# --- ranking ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("query, expected", [
    ("frappé", ["D04"]),                      # accents kept: only the French edition's word
    ("Rossiya Segodnya", ["D15"]),
    ("who launched Sputnik", ["D15", "D04", "D20", "D01", "D02", "D03"]),  # who is a stop word; D15 has both words in its title
    ("Reuters", ["D13", "D03", "D07"]),      # outlet (2) each: oldest first, undated last
    ("Kartapolov", ["D16", "D12", "D13"]),   # title (3) + excerpt (1) first; then equal scores, same date, by id
    ("2084", ["D01", "D02", "D18"]),          # 2,084 and 2084 are one word; all score 1: same day by id, the copy a day later
])
def test_documented_examples_on_the_case_study_desk(query, expected):
    assert ml.search_desk(query).ids == expected


def test_scores_weigh_title_outlet_and_excerpt_three_two_one(use_table):
    use_table([
        {"result_id": "A01", "title": "harbour", "date": "2020-01-02"},              # 3
        {"result_id": "A02", "outlet": "Harbour Post", "date": "2020-01-01"},        # 2
        {"result_id": "A03", "excerpt": "The harbour. The harbour again."},          # 1, counted once
        {"result_id": "A04", "title": "Harbour harbour", "excerpt": "harbour"},      # 3 + 1: a word counts once per field
        {"result_id": "A05", "title": "nothing here"},                                # 0: left out
    ])
    assert ml.search_desk("harbour", desk="form_a").ids == ["A04", "A01", "A02", "A03"]


def test_ties_go_to_the_older_result_undated_last_then_the_lower_id(use_table):
    use_table([
        {"result_id": "A01", "title": "dam"},
        {"result_id": "A02", "title": "dam", "date": "2021-05"},
        {"result_id": "A03", "title": "dam", "date": "2021-04-30"},
        {"result_id": "A04", "title": "dam", "date": "2021-04-30"},
        {"result_id": "A00", "title": "dam"},
    ])
    assert ml.search_desk("dam", desk="form_a").ids == ["A03", "A04", "A02", "A00", "A01"]


def test_stop_words_are_dropped_and_distinct_words_counted(use_table):
    use_table([{"result_id": "A01", "title": "The dam of the valley"}, {"result_id": "A02", "title": "the the the"}])
    found = ml.search_desk("THE Dam dam, valley?", desk="form_a")
    assert found.ids == ["A01"]
    assert ml.search_desk("of the and who", desk="form_a").results == []


def test_limit_keeps_the_best(use_table):
    use_table([{"result_id": f"A{i:02d}", "title": "dam"} for i in range(1, 13)])
    assert ml.search_desk("dam", desk="form_a", limit=3).ids == ["A01", "A02", "A03"]
    assert len(ml.search_desk("dam", desk="form_a").results) == 8


def test_a_form_desk_is_searched_and_opened_like_the_case_study(use_table):
    use_table([
        {"result_id": "A01", "title": "Hollin Vale gazette on the reservoir", "outlet": "Hollin Vale Gazette", "relays": "council"},
        {"result_id": "B01", "desk": "form_b", "title": "reservoir", "relays": "water_board"},
    ])
    assert ml.search_desk("reservoir", desk="form_a").ids == ["A01"]
    assert ml.search_desk("reservoir", desk="form_b").ids == ["B01"]
    opened = ml.open_result("a01")
    assert opened.desk == "form_a" and opened.credit == "Hollin Vale Gazette, date not recorded, full address not recorded."
    assert ml.opened_results("form_a") == ["A01"] and ml.opened_results("case_study") == []


def test_a_desk_that_is_all_invented_does_not_label_every_card_but_a_mixed_desk_does(desk):
    """The form desks are invented throughout and their notebook says so once; on the case-study desk only the
    invented sites are labelled, so the label tells the learner something."""
    for name, letter in (("form_a", "A"), ("form_b", "B")):
        found = ml.search_desk("the figure news report", desk=name, limit=20)
        assert found.results and all(r.fictional and not r.labelled_invented for r in found.results)
        assert lateral.FICTIONAL_LABEL not in found._repr_html_() + repr(found)
        article = ml.open_result(f"{letter}01")
        assert lateral.FICTIONAL_LABEL not in article.credit + article._repr_html_() + repr(article)
    case = ml.search_desk("Sputnik 2084", desk="case_study", limit=20)
    labelled = {r.result_id for r in case.results if lateral.FICTIONAL_LABEL in r.card_html()}
    assert labelled == {r.result_id for r in case.results if r.fictional} and labelled >= {"D18", "D20"}
    assert lateral.FICTIONAL_LABEL not in ml.open_result("D01").credit and lateral.FICTIONAL_LABEL in ml.open_result("D20").credit


# --- bad input: one plain sentence, never a traceback ---------------------------------------------------------

def _one_sentence(message: str) -> bool:
    return bool(message) and "\n" not in message and "Traceback" not in message and message.endswith(".")


@pytest.mark.parametrize("query", [None, 5, ["Sputnik"], b"Sputnik", "", "   ", "?!", "the of", "x" * 501, "Sputnik " * (MB // 8)])
def test_bad_queries_get_one_sentence_and_no_results(query):
    found = ml.search_desk(query)
    assert found.results == [] and _one_sentence(found.message)


def test_a_megabyte_query_is_answered_fast():
    started = time.perf_counter()
    found = ml.search_desk("a" * MB)
    assert time.perf_counter() - started < 0.1 and "1,000,000 characters" in found.message


def test_no_backtracking_on_long_runs_within_the_cap():
    for text in ("1," * 249, "1." * 249, "é" * 500, "a_" * 250):
        started = time.perf_counter()
        ml.search_desk(text)
        assert time.perf_counter() - started < 0.1


def test_an_unknown_desk_names_the_desks():
    found = ml.search_desk("Sputnik", desk="form_z")
    assert found.results == [] and _one_sentence(found.message) and "case_study" in found.message
    assert _one_sentence(ml.search_desk("Sputnik", desk=5).message)


@pytest.mark.parametrize("limit", [0, -1, 2.5, "8", True])
def test_a_bad_limit_is_explained(limit):
    assert _one_sentence(ml.search_desk("Sputnik", limit=limit).message)


@pytest.mark.parametrize("result_id", ["D99", "", None, 3, "x" * MB, "<script>"])
def test_an_unknown_id_gets_one_sentence_and_logs_nothing(result_id, fresh_desk):
    opened = ml.open_result(result_id)
    assert opened.result_id is None and _one_sentence(opened.message) and repr(opened) == opened.message
    assert "<script>" not in opened._repr_html_()
    assert ml.opened_results() == [] and not (fresh_desk / lateral.LOG_FILE).exists()


def test_a_mistyped_id_is_answered_with_an_id_of_the_desk_in_use():
    """The example comes from the desk searched last, else the desk the id's letter names, else the case study:
    a learner at a form desk is never pointed to another desk's results."""
    def example(result_id) -> str:
        message = ml.open_result(result_id).message
        assert _one_sentence(message)
        return re.findall(r"\b[A-Z][0-9]{2}\b", message)[-1]

    assert [example(typed) for typed in ("B98", "a98", "D99", "x", "", None)] == ["B01", "A01", "D01", "D01", "D01", "D01"]
    ml.search_desk("figure", desk="form_b")
    assert [example(typed) for typed in ("B98", "A98", "x" * MB, "", 3)] == ["B01"] * 5
    ml.search_desk("Sputnik", desk="case_study")
    assert example("B98") == "D01" and ml.opened_results() == []


def test_no_match_says_so():
    found = ml.search_desk("zeppelin")
    assert found.results == [] and found.message.startswith("No result on the desk matches zeppelin")


# --- what a learner sees -----------------------------------------------------------------------------------------

def test_a_card_shows_title_outlet_date_address_snippet_and_id():
    found = ml.search_desk("Rossiya Segodnya")
    page = found._repr_html_()
    for shown in ("RFE/RL on how Sputnik was launched (summary)", "RFE/RL", "November 2014", "Result D15",
                  "https://www.rferl.org/content/russia-challenges-west-with-sputnik/26685484.html"):
        assert shown in page
    assert "1. D15: RFE/RL on how Sputnik was launched (summary)" in repr(found)


def test_fictional_cards_say_so_and_snippets_are_short(desk):
    found = ml.search_desk("Sputnik", limit=20)
    rating = next(r for r in found.results if r.kind == "rating_site")
    assert rating.fictional and "invented site (fictional)" in rating.card_html()
    assert "https://farrowdale-ratings.example/" in rating.card_html()
    assert all(len(r.snippet) <= lateral.SNIPPET_CHARS for r in ml.search_desk("2015", limit=20).results)
    long_one = next(r for r in ml.search_desk("CBS").results if r.result_id == "D06")
    assert long_one.snippet.endswith("\u2026") and desk.set_index("result_id").loc["D06", "excerpt"].startswith(long_one.snippet[:-1])


def test_opening_a_paraphrase_labels_it_as_the_course_authors_words():
    opened = ml.open_result("D06")
    assert opened.credit == ("CBS News, 3 November 2015, https://www.cbsnews.com/news/u-s-russia-warplanes-conduct-communications-"
                             "test-over-syria/. Summary by the course authors from facts.md, not the outlet's words.")
    assert "within five miles of one another" in opened.excerpt and "Summary by the course authors" in opened._repr_html_()
    article = ml.open_result("D01")
    assert article.credit == "Sputnik International, 3 November 2015, full address not recorded."


def test_a_summary_that_adds_what_a_check_of_the_report_found_says_so(desk, sources):
    """Fact-check 17 L1: D15 reports what a check of RFE/RL's report found (presented by the head of Rossiya Segodnya),
    which facts.md does not record, so its label names that check as ml.cite names a row of one."""
    paraphrases = desk[~desk["fictional"] & (desk["wording"] == "paraphrase")]
    assert paraphrases["summary_from"].notna().all() and desk.loc[desk["wording"] == "verbatim", "summary_from"].isna().all()
    for result_id in ("D07", "D08", "D15"):
        assert ml.open_result(result_id).credit.endswith(
            "Summary by the course authors from facts.md and a check of the report itself, not the outlet's words."), result_id
    assert "and a search for the report" in ml.open_result("D05").credit
    beyond = sources.index[sources["note"].fillna("").str.startswith("Not in facts.md:")]
    on_desk = paraphrases[paraphrases["source_id"].isin(beyond)]
    assert len(on_desk) >= 1 and on_desk["summary_from"].eq("facts_md_and_report").all()


def test_text_from_the_table_is_escaped(use_table):
    use_table([{"result_id": "A01", "title": "<script>alert(1)</script> dam", "outlet": "<b>Bold</b>",
                "url": "https://x.example/?a=<img src=x onerror=alert(1)>", "excerpt": "<img src=x onerror=alert(1)>"}])
    page = ml.search_desk("dam", desk="form_a")._repr_html_() + ml.open_result("A01")._repr_html_()
    assert "<script" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; dam" in page
    assert "<script" not in ml.search_desk("<script>alert(1)</script>")._repr_html_()


# --- the log -----------------------------------------------------------------------------------------------------

def test_openings_are_kept_in_order_with_repeats_and_reset_per_desk(use_table):
    use_table([{"result_id": "D01", "desk": "case_study"}, {"result_id": "D02", "desk": "case_study"},
               {"result_id": "A01", "about": "outlet"}])
    for result_id in ("D02", "A01", "D01", "D02"):
        ml.open_result(result_id)
    assert ml.opened_results("case_study") == ["D02", "D01", "D02"] and len(set(ml.opened_results("case_study"))) == 2
    assert ml.opened_results() == ["D02", "A01", "D01", "D02"]
    ml.reset_desk("case_study")
    assert ml.opened_results() == ["A01"]
    ml.reset_desk()
    assert ml.opened_results() == []


def test_openings_are_appended_to_the_log_file_in_the_work_folder(fresh_desk):
    ml.open_result("D15")
    ml.set_learner("Ada Example")
    ml.open_result("D20")
    ml.reset_desk()
    ml.open_result("D15")
    log = storage.read_csv(fresh_desk / lateral.LOG_FILE)
    assert list(log.columns) == list(lateral.LOG_COLUMNS)
    assert log.values.tolist() == [["", "case_study", "D15", "2026-11-28T09:30:00Z"],
                                   ["Ada Example", "case_study", "D20", "2026-11-28T09:30:00Z"],
                                   ["Ada Example", "case_study", "D15", "2026-11-28T09:30:00Z"]]
    assert ml.opened_results() == ["D15"], "the file keeps history; the session's count starts again"


def test_the_log_file_is_formula_safe(fresh_desk):
    ml.set_learner("=HYPERLINK(1) Ada")
    ml.open_result("D01")
    raw = (fresh_desk / lateral.LOG_FILE).read_text(encoding="utf-8")
    assert "\n'=HYPERLINK(1) Ada," in raw
    assert storage.read_csv(fresh_desk / lateral.LOG_FILE)["learner"].tolist() == ["=HYPERLINK(1) Ada"]


def test_openings_are_appended_to_the_log_one_line_each(fresh_desk):
    """Appending, not rewriting: an opening costs the same on a long log, and a line written is never rewritten."""
    ml.set_learner("Ada")
    for result_id in ("D01", "D15", "D01"):
        ml.open_result(result_id)
    lines = (fresh_desk / lateral.LOG_FILE).read_text(encoding="utf-8").splitlines()
    assert lines[0] == ",".join(lateral.LOG_COLUMNS) and [line.split(",")[2] for line in lines[1:]] == ["D01", "D15", "D01"]
    assert storage.read_csv(fresh_desk / lateral.LOG_FILE)["result_id"].tolist() == ["D01", "D15", "D01"]


def test_a_log_file_that_cannot_be_read_is_left_alone_and_said_so(fresh_desk):
    fresh_desk.mkdir(parents=True)
    (fresh_desk / lateral.LOG_FILE).write_text("not,the,log\n1,2,3\n", encoding="utf-8")
    opened = ml.open_result("D01")
    assert opened.result_id == "D01" and "not saved to your work folder" in opened.message
    assert ml.opened_results() == ["D01"]
    assert (fresh_desk / lateral.LOG_FILE).read_text(encoding="utf-8") == "not,the,log\n1,2,3\n"


def test_a_log_saved_with_a_byte_order_mark_is_still_appended_to(fresh_desk):
    """Excel's "CSV UTF-8" starts the file with a BOM; the log is still the course's own."""
    fresh_desk.mkdir(parents=True)
    (fresh_desk / lateral.LOG_FILE).write_text("\ufeff" + ",".join(lateral.LOG_COLUMNS) + "\nAda,case_study,D01,2026-11-28T09:30:00Z\n",
                                               encoding="utf-8")
    ml.set_learner("Ada")
    assert ml.open_result("D02").message == ""
    assert lateral.logged_openings("case_study") == ["D01", "D02"]


# --- the widget, driven without a browser ------------------------------------------------------------------------

def test_the_widget_searches_and_opens_through_the_logged_calls():
    from medialit.widgets import controls

    widget = SearchDesk()
    widget.query.value = "Pentagon"
    assert widget.search().ids == widget.results.ids == ml.search_desk("Pentagon").ids
    buttons = [c for c in controls(widget.view) if c.description.startswith("Open ")]
    assert [b.description for b in buttons] == [f"Open {i}" for i in widget.results.ids]
    buttons[0].click()
    widget.open("D03")
    widget.open("D99")
    assert widget.opened == [widget.results.ids[0], "D03"] == ml.opened_results("case_study")
    assert "No desk holds a result D99" in widget.snapshot_html() and "2 distinct" in widget.snapshot_html()


def test_the_widget_labels_its_box_and_keeps_what_is_typed():
    from medialit.widgets import READABLE_FIELD_EM

    widget = SearchDesk()
    assert widget.query.description == "Search the desk"
    assert widget.query.layout.min_width == f"calc({len('Search the desk') + 1}ch + {READABLE_FIELD_EM}em)"
    widget.query.value = "x" * MB
    assert widget.query.value == "x" * MB and widget.results.results == [] and "characters long" in widget.snapshot_html()


def test_the_widget_on_a_form_desk(use_table):
    use_table([{"result_id": "B01", "desk": "form_b", "title": "reservoir", "about": "outlet"}])
    widget = SearchDesk("form_b")
    widget.query.value = "reservoir"
    widget.open("B01")
    assert widget.results.ids == ["B01"] and ml.opened_results("form_b") == ["B01"]


@pytest.mark.parametrize("iso, words", [("2015-11-03", "3 November 2015"), ("2014-11", "November 2014"), ("", "date not recorded"),
                                        ("2015-13-01", "2015-13-01")])
def test_dates_are_shown_in_words_or_as_recorded(iso, words):
    assert lateral.date_in_words(iso) == words


@pytest.mark.parametrize("form", ["form_a", "form_b"])
def test_each_transfer_form_has_its_article_copy_and_the_three_kinds_of_evidence(desk, form):
    """The form desks (written before the code by a course author) hold what the rubric's rules look for."""
    article = ml.lateral_form_text(form)
    rows = desk[desk["desk"] == form].set_index("result_id")
    assert article.startswith("[Fictional article written for this course; all names invented.]")
    assert rows["fictional"].all() and set(rows["about"]) == {"outlet", "event"}
    for row in rows[rows["relays"] == "article_copy"].itertuples():
        assert row.excerpt in article
    spec = ml.load_lateral_forms().set_index("form").loc[form]
    for column in ("source_result", "coverage_results", "origin_result"):
        assert set(spec[column].split(";")) <= set(rows.index)
    assert spec["figure"] in article


# --- which desk a search that names none searches ------------------------------------------------------------------

def test_a_lesson_searches_the_case_study_desk_even_after_its_widget_is_shown():
    SearchDesk()
    assert ml.search_desk("Sputnik").desk == "case_study" and ml.search_desk("Sputnik").results
    assert ml.search_desk("zeppelin").message.startswith("No result on the desk matches zeppelin")


def test_once_a_form_desk_widget_is_shown_a_search_naming_no_desk_searches_it():
    """T1/T2: the form's widget comes before the code cells, so ml.search_desk("41.5%") finds the form's results."""
    from medialit.transfer import CheckDesk

    assert ml.search_desk("41.5%").results == []
    CheckDesk("form_b")
    found = ml.search_desk("41.5%")
    assert found.desk == "form_b" and found.results and found.ids == ml.search_desk("41.5%", desk="form_b").ids
    assert ml.search_desk("Sputnik", desk="case_study").desk == "case_study"  # naming a desk makes it the one in use
    assert ml.search_desk("Sputnik").desk == "case_study"
    SearchDesk("form_z")  # an unknown desk changes nothing
    assert ml.search_desk("Sputnik").desk == "case_study"
    for check in ("T1.1", "T2.1"):  # as the check notebooks do: the form, then its desk widget
        form = ml.transfer_form(check, "Ada Lovelace")
        form.desk_widget()
        assert ml.search_desk(form.figure).desk == form.desk and ml.search_desk(form.figure).results


def test_a_form_only_search_on_the_case_study_desk_says_where_to_search():
    """Before any form widget is shown, a search that only a form desk answers says to add desk=form.desk."""
    for query in ("41.5%", "38.4%", "Brevenmoor"):
        found = ml.search_desk(query)
        assert found.results == [] and "add desk=form.desk" in found.message and _one_sentence(found.message)
    assert "add desk=form.desk" not in ml.search_desk("Brevenmoor", desk="case_study").message


def test_open_result_reads_the_text_skeleton_as_no_id_yet():
    assert ml.open_result("...").message.startswith('Replace the ... with the id of a result, such as "')  # learner N
    assert ml.open_result(42).message.startswith("Give the id of a result as text")


@pytest.mark.parametrize("typed", ["TASS", " reuters ", "Interfax"])
def test_an_outlet_typed_for_an_id_is_told_it_names_an_outlet(typed):
    """Learner S opened "TASS" and read only that no desk holds such a result."""
    opened = ml.open_result(typed)
    assert opened.result_id is None and "names an outlet, not a result" in opened.message
    assert "No desk holds" in ml.open_result("TASS1").message


def test_a_one_digit_id_opens_as_the_exercises_read_it(use_table):
    """03.10 reads "D2" as D02; opening it must find the same result, not say no desk holds it."""
    use_table([{"result_id": "B05", "desk": "form_b", "title": "reservoir", "relays": "water_board"}])
    assert ml.open_result("b5").result_id == "B05" and ml.open_result(" B5 ").desk == "form_b"
    assert ml.open_result("B6").result_id is None


def test_earlier_figures_are_dated_as_facts_md_dates_them_not_as_given_that_day(desk, sources):
    """Fact-check 9: D12 and D13 said the figures were given on 30 October, then that facts.md does not say so."""
    undated = set(sources.index[sources["note"].fillna("").str.contains("whether they were given or published")])
    rows = desk[desk["source_id"].isin(undated)]
    assert len(rows) == 3
    for row in rows.itertuples():
        assert "that facts.md dates" in row.excerpt and not re.search(r"given by [^.:]* on \d", row.excerpt), row.result_id


def test_open_result_takes_the_desk_a_search_names(fresh_desk):
    """Learner AD: T1 shows ml.search_desk("...", desk=form.desk) beside ml.open_result("..."), so learners wrote
    open_result("b02", desk=form.desk) and met Python's TypeError."""
    result_id = next(row.result_id for row in lateral._rows() if row.desk == "form_a")
    opened = ml.open_result(result_id.lower(), desk="form_a")
    assert opened.result_id == result_id and not opened.message
    elsewhere = ml.open_result(result_id, desk="case_study")
    assert elsewhere.result_id is None and f"Result {result_id} is not on the desk case_study" in elsewhere.message
    assert "&lt;b&gt;" in ml.open_result(result_id, desk="<b>x</b>")._repr_html_()


def test_a_search_on_a_form_without_a_name_says_to_put_the_name_in_first(monkeypatch):
    """Learner AI (L8): ml.search_desk("drought", desk=form.desk) before a name was set said "There is no desk called ;
    the desks are ...": form.desk is empty text until the name gives the form."""
    monkeypatch.setattr(submission, "current_learner", lambda: "")
    form = ml.transfer_form("T2.1")
    found = ml.search_desk("drought", desk=form.desk)
    assert found.results == [] and "put your name in the name box first" in found.message
    assert "the form and its desk come from it" in found.message and "no desk called" not in found.message
    assert "There is no desk called nowhere" in ml.search_desk("drought", desk="nowhere").message


def test_an_outlet_not_on_the_desk_in_use_is_not_told_to_search_for_it(desk):
    """Learner AM (L8): on T2's desk, ml.open_result("TASS") said to search the desk for TASS, which finds nothing there."""
    form_desk = next(name for name in sorted(set(desk["desk"])) if name != "case_study")
    lateral.use_desk(form_desk)
    assert ml.search_desk("TASS").results == []
    message = ml.open_result("TASS").message
    example = min(desk.loc[desk["desk"] == form_desk, "result_id"])
    assert "names an outlet, not a result" in message and f'such as "{example}"' in message
    assert "Search the desk" not in message
    own_outlet = desk.loc[desk["desk"] == form_desk, "outlet"].iloc[0]
    assert f"Search the desk for {own_outlet}" in ml.open_result(own_outlet).message


@pytest.mark.parametrize("typed", ["US Department of Defense", "Russian media", "Carnegie Middle East Center"])
def test_a_source_that_is_no_news_outlet_typed_for_an_id_is_called_a_source(typed):
    """Fact-check 24 LOW-1: a department, a centre and 'Russian media' (many outlets) were each said to name an outlet."""
    message = ml.open_result(typed).message
    assert f"{typed} names the source of a result, not a result" in message and "outlet" not in message


def test_an_outlet_on_the_desk_in_use_is_told_to_search_for_it():
    message = ml.open_result("TASS").message
    assert "a result is opened by its id as a search shows it" in message and "Search the desk for TASS" in message
    assert ml.search_desk("TASS").results


@pytest.mark.parametrize("typed", ["CBS News", "US Department of Defense"])
def test_an_outlet_with_no_result_on_the_desk_in_use_is_told_so_not_to_search(desk, typed):
    """Fact-check 25 L1: on form A's desk, 'Search the desk for CBS News to see the ids of its results' found only other
    pages, through the words News and Department."""
    form_desk = next(name for name in sorted(set(desk["desk"])) if name != "case_study")
    assert typed not in set(desk.loc[desk["desk"] == form_desk, "outlet"])
    message = ml.open_result(typed, desk=form_desk).message
    assert "Search the desk" not in message and "This desk has no result from" in message and typed in message
    assert message.count(". ") <= 1


@pytest.mark.parametrize("typed", ["Pentagon", "the Pentagon", "DoD"])
def test_an_alias_of_a_desk_source_is_read_as_the_desk_exercises_read_it(desk, typed):
    """Fact-check 25 L3: 02.11 and 03.10 read 'Pentagon' as the US Department of Defense; open_result said no desk held
    a result 'Pentagon'. Both now read desk.OUTLET_ALIASES."""
    from medialit.exercises import desk as desk_exercises

    (outlet,) = [name for name, aliases in desk_exercises.OUTLET_ALIASES.items() if typed.removeprefix("the ") in aliases]
    message = ml.open_result(typed).message
    assert f"{typed} ({outlet}) names the source of a result, not a result" in message and "No desk holds" not in message
    searched = message.split("Search the desk for ")[1].split(" to see")[0]
    assert outlet in {result.outlet for result in ml.search_desk(searched).results}


def test_a_suggested_search_shows_a_result_from_the_outlet_named():
    for outlet in ("TASS", "CBS News", "US Department of Defense", "Carnegie Middle East Center"):
        message = ml.open_result(outlet).message
        searched = message.split("Search the desk for ")[1].split(" to see")[0]
        assert outlet in {result.outlet for result in ml.search_desk(searched).results}, outlet
