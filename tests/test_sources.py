"""Outside sources: data/sources.csv comes from facts.md, and nothing the course shows misquotes an outside source.

The guard: in every lesson (markdown, code, stored outputs), guide, data table and exercise message, words
in quotation marks on the same line (or table cell) as an outside outlet's or speaker's name must be the
outlet's exact words (a verbatim row of sources.csv), the article's own words, or a name.
"""
from __future__ import annotations

import ast
import csv
import hashlib
import html
import json
import re
import unicodedata
from pathlib import Path

import pytest

import medialit as ml
from medialit import data as mdata
from medialit import sources

ROOT = Path(__file__).resolve().parents[1]
# Names that mark a line as being about an outside source (outlets come from sources.csv itself).
OUTSIDE_SPEAKERS = ("Pentagon", "State Department", "Kirby", "Jeff Davis", "Elissa Smith", "Peter Cook",
                    "Konashenkov", "French edition")
# "..." and “...”, or '...' opened after a non-letter (so "Pentagon's" is no quotation).
_QUOTED = (re.compile(r'"([^"\n]+)"|“([^”\n]+)”'),  # double quotes; single quotes apart, as they nest inside
           re.compile(r"(?<![\w])'([^'\n]+?)'(?!\w)|‘([^’\n]+)’"))


def _flat(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def allowed():
    sources = ml.load_sources()
    verbatim = [_flat(words) for words in sources.loc[sources["verbatim"], "words"]]
    names = set(ml.load_entities()["name"]) | set(ml.load_entity_aliases()["alias"]) | set(sources["outlet"])
    names |= set(OUTSIDE_SPEAKERS) | set(sources["facts_section"])  # facts.md's section titles, cited by name
    return verbatim, _flat(ml.article_text()).casefold(), {_flat(name) for name in names}


@pytest.fixture(scope="module")
def outside_names():
    outlets = set(ml.load_sources()["outlet"]) - {"Russian media", "Sputnik (French edition)"}
    return tuple(sorted(outlets | set(OUTSIDE_SPEAKERS)))


def _is_allowed(quoted: str, allowed) -> bool:
    verbatim, article, names = allowed
    words = _flat(quoted).strip(" .,;:")

    def within(piece: str, text: str) -> bool:
        """Whole words only: "hit" is not in "hitting", so TASS's *hit* cannot pass as the article's word."""
        return re.search(rf"(?<!\w){re.escape(piece)}(?!\w)", text) is not None

    if words in names or any(within(words, exact) for exact in verbatim):
        return True
    pieces = [piece.strip(" .,;:") for piece in re.split(r"\.\.\.|…", words)]  # "since ... September 30"
    return all(within(piece.casefold(), article) for piece in pieces if piece)


def misquotes(units, names, allowed) -> list[str]:
    """Every quotation on a line that names an outside source and is neither its exact words nor the article's."""
    found = []
    for where, line in units:
        if not any(name in line for name in names):
            continue
        for match in (found for pattern in _QUOTED for found in pattern.finditer(line)):
            quoted = next(group for group in match.groups() if group is not None)
            if not _is_allowed(quoted, allowed):
                found.append(f"{where}: {quoted!r} in: {line[:300]}")
    return found


def _strip_html(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", markup))


def _lines(text: str):
    """Lines and table cells of markdown, without `code spans` (code, not quotation)."""
    for line in re.sub(r"`[^`\n]*`", " ", text).split("\n"):
        yield from (cell for cell in line.split("|") if cell.strip())


def _python_strings(source: str):
    """The text of every string literal in Python code: its quotes delimit code, its contents may quote someone."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def _notebook_units(path: Path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        where = f"{path.relative_to(ROOT)} cell {cell.get('id')}"
        source = "".join(cell["source"])
        if cell["cell_type"] == "code":
            yield from ((where, text) for text in _python_strings(source))
        else:
            yield from ((where, line) for line in _lines(source))
        for output in cell.get("outputs", []):
            bundle = output.get("data", {})
            shown = "".join(output.get("text", "")) + "".join(bundle.get("text/plain", ""))
            shown += "\n" + _strip_html("".join(bundle.get("text/html", "")).replace("</tr>", "\n").replace("</p>", "\n"))
            yield from ((f"{where} (output)", line) for line in _lines(shown))


def _all_units():
    for path in sorted((ROOT / "solutions").glob("*.ipynb")):
        yield from _notebook_units(path)
    for path in [ROOT / "README.md", ROOT / "INSTRUCTORS.md", *sorted((ROOT / "data").rglob("*.md"))]:
        if path.name == "facts.md":
            continue  # the record itself: it cites each outlet in its own words
        yield from ((str(path.relative_to(ROOT)), line) for line in _lines(path.read_text(encoding="utf-8")))
    for path in sorted((ROOT / "data").glob("*.csv")):
        if path.name == "sources.csv":
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            for number, row in enumerate(csv.reader(handle), start=1):
                yield from ((f"{path.relative_to(ROOT)} line {number}", cell) for cell in row)
    for path in sorted((ROOT / "medialit" / "exercises").glob("*.py")):
        yield from ((str(path.relative_to(ROOT)), text) for text in _python_strings(path.read_text(encoding="utf-8")))


def test_no_lesson_guide_table_or_message_misquotes_an_outside_source(outside_names, allowed):
    found = misquotes(_all_units(), outside_names, allowed)
    assert not found, "Quotation marks around words that are not the outside source's exact words " \
        "(quote a verbatim row of data/sources.csv, or paraphrase without quotation marks):\n" + "\n".join(found)


def test_the_guard_catches_a_misquote_and_passes_exact_words(outside_names, allowed):
    bad = [("example", 'The Pentagon said "within about five miles" (CBS News, 3 Nov 2015).')]
    good = [("example", 'CBS News, 3 Nov 2015: "The Pentagon said that the two planes flew within five miles of one another".'),
            ("example", "Reuters wrote 'within 5 miles (8 km)'; line 44 says \"5.5 kilometers\".")]
    assert len(misquotes(bad, outside_names, allowed)) == 1
    assert misquotes(good, outside_names, allowed) == []


def test_every_source_row_comes_from_facts_md():
    facts = _flat((mdata.data_dir() / "facts.md").read_text(encoding="utf-8"))
    quoted_in_facts = {_flat(match.group(1)) for match in re.finditer(r'"([^"]+)"', facts)}
    for row in ml.load_sources().itertuples():
        outlet = row.outlet.split(" (")[0]
        assert outlet in facts or outlet == "US Department of Defense", f"{row.source_id}: {outlet} is not in facts.md"
        if row.verbatim:
            assert _flat(row.words) in quoted_in_facts, f"{row.source_id}: {row.words!r} is not quoted in facts.md"


def test_rows_beyond_facts_md_are_checked_reports_cited_as_the_authors_summary():
    """Fact-check 15: the Pentagon's 'not a military exercise' (Reuters, NBC) needed rows of its own, not a CBS row's note."""
    beyond = ml.load_sources()[ml.load_sources()["note"].fillna("").str.startswith(sources.BEYOND_FACTS)]
    assert set(beyond["source_id"]) >= {"SRC17", "SRC21", "SRC22"}
    for row in beyond.itertuples():
        assert not row.verbatim and str(row.url).startswith("https://") and isinstance(row.date, str)
        cited = ml.cite(row.source_id)
        assert "the course authors' summary of the report itself, not a quotation" in cited and '"' not in cited
    assert "(facts.md's summary, not a quotation)" in ml.cite("SRC07")  # a summary, not always facts.md's exact words (fact-check 18)


def test_rfe_rl_is_credited_only_with_what_its_report_says():
    """Fact-check 17 M1: facts.md's launch sentence (launched by a news agency that replaced RIA Novosti) cites RFE/RL
    and The Moscow Times together; RFE/RL's report has Sputnik presented by the head of Rossiya Segodnya, so its row is
    the course authors' summary of that report, and the launch stays facts.md's (the entities table)."""
    cited = ml.cite("SRC17")
    assert cited.startswith("RFE/RL, Nov 2014 (the course authors' summary of the report itself, not a quotation):")
    for not_rfe_rl in ("launched", "news agency", "RIA Novosti"):
        assert not_rfe_rl not in cited, f"SRC17 credits RFE/RL with {not_rfe_rl!r}"
    outlet = ml.load_entities().set_index("entity_id").loc["sputnik_international"]
    assert "in facts.md's words" in outlet["description"] and outlet["source"].count("the launch: facts.md, citing RFE/RL") == 1


def test_cite_puts_only_exact_words_in_quotation_marks():
    assert ml.cite("SRC05") == 'CBS News, 3 Nov 2015, quoting the Pentagon (a statement): "one US Fighter aircraft"'
    assert ml.cite("SRC09") == ('CBS News, 3 Nov 2015, paraphrasing the Pentagon: '
                                '"The Pentagon said that the two planes flew within five miles of one another"')
    assert ml.cite("SRC10") == 'Reuters, 3 Nov 2015, paraphrasing an unnamed US military official: "within 5 miles (8 km)"'
    paraphrase = ml.cite("SRC11")
    assert '"' not in paraphrase and "not a quotation" in paraphrase and paraphrase.startswith("NBC News")
    with pytest.raises(ml.DataError, match="No outside source 'SRC99'"):
        ml.cite("SRC99")
    shown = ml.show_sources("SRC09", "SRC10")
    assert "&quot;The Pentagon said" in shown._repr_html_() and repr(shown).startswith("- CBS News")


def test_course_facts_md_is_the_shared_facts_md():
    raw = (mdata.data_dir() / "facts.md").read_bytes()
    package = json.loads((mdata.data_dir() / "datapackage.json").read_text(encoding="utf-8"))
    recorded = next(resource for resource in package["resources"] if resource["name"] == "facts")
    assert recorded["hash"] == "sha256:" + hashlib.sha256(raw).hexdigest(), \
        "data/facts.md changed: copy ../shared/case-study/facts.md byte for byte and update its hash in datapackage.json"
    shared = [folder / "shared" / "case-study" / "facts.md" for folder in ROOT.parents]
    for copy in (path for path in shared if path.is_file()):
        assert copy.read_bytes() == raw, f"data/facts.md differs from {copy}: copy it byte for byte"


def test_tables_quote_the_article_with_its_own_capitals(allowed):
    """A quotation of the article in a table's description or reason has the article's exact letters, capitals too."""
    verbatim, _, names = allowed
    article = _flat(ml.article_text())
    found = []
    for table, column in (("entities", "description"), ("claims", "verifiability_reason"), ("claims", "evidence_holder")):
        for text in ml.load_table(table)[column].dropna():
            for match in (m for pattern in _QUOTED for m in pattern.finditer(text)):
                quoted = _flat(next(group for group in match.groups() if group is not None))
                if not (quoted in article or quoted in names or any(quoted in exact for exact in verbatim)):
                    found.append(f"{table}.{column}: {quoted!r}")
    assert not found, "\n".join(found)



def test_a_word_of_the_article_inside_a_longer_word_is_not_the_articles_word(outside_names, allowed):
    """The article says "destroyed", never "destroy": a quotation of "destroy" next to TASS is not its words."""
    units = [("lesson 03", 'TASS used "destroy".')]
    assert misquotes(units, outside_names, allowed) == ["lesson 03: 'destroy' in: " + units[0][1]]


def test_stars_and_stripes_is_read_as_paraphrasing_cmdr_smith():
    """Fact-check 9: in Stars and Stripes' report (Corey Dickstein, 3 Nov 2015) the three minutes stand outside quotation
    marks; facts.md says 'quoting', so the course's row, its note and every mention say the outlet cites her."""
    row = ml.load_sources().set_index("source_id").loc["SRC08"]
    assert (row["speaker_words"], row["date"], row["verbatim"]) == ("paraphrased", "2015-11-03", False)
    assert "Corey Dickstein" in row["note"] and "paraphrase" in row["note"]
    assert ml.cite("SRC08") == ("Stars and Stripes, 3 Nov 2015, reporting Cmdr. Elissa Smith (facts.md's summary, not a quotation): "
                                "the communications test lasted about three minutes")
    found = [where for where, line in _all_units() if "Stripes, quoting" in line]
    assert not found, found


def test_reuters_is_read_as_reporting_the_official_in_its_own_words():
    """Fact-check 11: in Reuters' report (3 Nov 2015) "within 5 miles (8 km)" stands in Reuters' own sentence, in indirect
    speech; facts.md says 'quoted', so the course's row, its note and every mention credit the words to Reuters and
    say it reports the official, never that it quotes him."""
    row = ml.load_sources().set_index("source_id").loc["SRC10"]
    assert (row["speaker_words"], row["date"], row["verbatim"]) == ("paraphrased", "2015-11-03", True)
    assert row["url"].endswith("idUKKCN0SS22420151103") and "indirect speech" in row["note"]
    reuters_quotes = re.compile(r"Reuters\W*(\([^)]*\)\s*)?quot|official Reuters quot", re.IGNORECASE)
    found = [f"{where}: {line[:120]}" for where, line in _all_units() if reuters_quotes.search(line)]
    assert not found, found



def test_the_moscow_times_is_not_credited_with_a_launch_after_its_date():
    """Fact-check 22 L3: ml.cite('SRC18') credited The Moscow Times (5 Nov 2014) with the launch of 10 November 2014."""
    cited = ml.cite("SRC18")
    assert "was launched on" not in cited.split("that Sputnik")[0] and "not recorded" in cited and "together with RFE/RL" in cited
    # Fact-check 23 L1: the words are the course's note on facts.md's citation, not a summary of what the outlet reported
    assert cited.startswith("The Moscow Times, 5 Nov 2014 (the course's note on how facts.md cites it, not the outlet's words): ")
    assert "facts.md's summary" not in cited
