"""The case-study data: byte-exact capture, valid tables, exact spans, resolving foreign keys, useful errors."""
import hashlib
import re
import shutil

import pandas as pd
import pytest

import medialit as ml
from medialit import data as mdata


def test_capture_is_byte_for_byte_the_shared_file():
    raw = (mdata.data_dir() / "article_as_captured.txt").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == "180dcef8b6c03fe191e645f5987db2fd8855cb55e8040cb1a9c2510315cec960"
    assert len(raw) == 5896
    assert ml.article_text().count("\n") + 1 == 62


def test_every_table_validates():
    names = ml.validate_package()
    assert {"article_as_captured", "segments"} <= set(names)


def test_segments_cover_every_line_in_order():
    segments = ml.load_segments()
    text = ml.article_text()
    assert segments["segment_id"].tolist() == list(range(1, 63))
    assert "\n".join(segments["text"].fillna("")) == text
    assert segments.loc[segments["text"].isna(), "kind"].eq("blank").all()


def test_segment_kinds_match_the_case_study_readme():
    kinds = ml.load_segments().set_index("segment_id")["kind"]
    assert kinds[5] == "headline"
    assert kinds[[20, 42]].eq("section_heading").all()
    assert kinds[26] == "photo_caption" and kinds[27] == "related_teaser"
    assert kinds[list(range(56, 62))].eq("comment_widget").all()
    assert kinds[62] == "template_residue"


def test_dtypes_are_proper():
    segments = ml.load_segments()
    assert segments["segment_id"].dtype == "int64"
    assert isinstance(segments["kind"].dtype, pd.CategoricalDtype)
    assert segments["in_article"].dtype == bool


def test_loaders_return_independent_copies():
    first = ml.load_segments()
    first.loc[0, "text"] = "changed"
    assert ml.load_segments().loc[0, "text"] == "- Sputnik International"


def test_body_text_is_the_article_without_the_page():
    body = ml.body_text()
    assert body.startswith("Russian Jets Destroyed")
    assert "Subscribe" not in body and "Newsfeed" not in body and "Заголовок" not in body
    assert "Huge Impact" not in body


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A scratch copy of data/ that a test may corrupt; the loaders read it through MEDIALIT_DATA_DIR."""
    copy = tmp_path / "data"
    shutil.copytree(mdata.data_dir(), copy)
    monkeypatch.setenv("MEDIALIT_DATA_DIR", str(copy))
    return copy


def _rewrite(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_bad_span_names_file_line_and_fix(data_copy):
    _rewrite(data_copy / "segments.csv", "5,130,200,", "5,131,200,")
    with pytest.raises(ml.DataError, match=r"segments\.csv, line 6: .*Fix: the text occurs at char_start=130"):
        ml.load_segments()


def test_wrong_type_is_named(data_copy):
    _rewrite(data_copy / "segments.csv", "\n10,327,", "\n10,x327,")
    with pytest.raises(ml.DataError, match=r"segments\.csv, line 11: column 'char_start' must be a whole number"):
        ml.load_segments()


def test_missing_column_is_named(data_copy):
    _rewrite(data_copy / "segments.csv", ",boundary,", ",boundry,")
    with pytest.raises(ml.DataError, match=r"header lacks column\(s\) boundary"):
        ml.load_segments()


def test_unknown_category_lists_the_allowed_ones(data_copy):
    _rewrite(data_copy / "segments.csv", ",headline,", ",headlines,")
    with pytest.raises(ml.DataError, match=r"line 6: column 'kind' is 'headlines'.*Fix: use one of site_chrome"):
        ml.load_segments()


def test_edited_capture_is_refused(data_copy):
    path = data_copy / "article_as_captured.txt"
    path.write_bytes(path.read_bytes().replace(b"1,631", b"1,632", 1))
    with pytest.raises(ml.DataError, match="has changed"):
        ml.article_text()


def test_missing_file_says_how_to_restore(data_copy):
    (data_copy / "segments.csv").unlink()
    with pytest.raises(ml.DataError, match=r"segments\.csv is missing\. Fix"):
        ml.load_segments()


def test_missing_package_is_explained(tmp_path, monkeypatch):
    monkeypatch.setenv("MEDIALIT_DATA_DIR", str(tmp_path))
    with pytest.raises(ml.DataError, match="datapackage.json is missing"):
        ml.load_segments()


def test_unknown_table_lists_known_ones():
    with pytest.raises(ml.DataError, match="Known tables: article_as_captured, segments"):
        ml.load_table("nope")
    with pytest.raises(ml.DataError, match="expects a table name"):
        ml.load_table(None)


def test_duplicate_key_is_caught(data_copy):
    _rewrite(data_copy / "segments.csv", "\n2,24,29,", "\n1,24,29,")
    with pytest.raises(ml.DataError, match=r"line 3: segment_id '1' appears twice"):
        ml.load_segments()


def test_loading_needs_no_network(monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("the loaders must not open network connections")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    mdata._table.cache_clear()
    mdata._checked_table.cache_clear()
    assert len(ml.load_segments()) == 62
    assert re.search("1,631", ml.article_text())


# --- the claims ledger and its companion tables -------------------------------------------------------

def assert_no_rows(bad, table, file: str, columns: list[str], rule: str) -> None:
    """Fail naming every offending row (its claim_id, or its line in the file) and the columns to look at."""
    bad = pd.Series(bad, index=table.index).fillna(True).astype(bool)
    if bad.any():
        rows = table[bad]
        names = rows["claim_id"] if "claim_id" in rows else pd.Series(rows.index + 2, index=rows.index).map(lambda n: f"line {n}")
        found = [f"{name}: " + ", ".join(f"{c}={row[c]!r}" for c in columns) for name, (_, row) in zip(names, rows.iterrows())]
        raise AssertionError(f"{file}: {rule}; {len(found)} row(s) break it:\n" + "\n".join(found[:20]))


NUMBER_WORDS = r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand)\b"


def test_every_number_in_headline_and_body_is_in_the_ledger_with_a_unit():
    segments = ml.load_segments()
    article_lines = segments[segments["in_article"] & (segments["kind"] != "section_heading")]
    claims = ml.load_claims()
    spans = list(zip(claims["char_start"], claims["char_end"]))
    for line in article_lines.itertuples(index=False):
        for match in re.finditer(rf"\d[\d,.]*|{NUMBER_WORDS}", str(line.text), flags=re.I):
            start = line.char_start + match.start()
            covering = [i for i, (a, b) in enumerate(spans) if a <= start < b]
            assert covering, f"line {line.segment_id}: {match[0]!r} is in no claim span"
            row = claims.iloc[covering[0]]
            # designations such as KAB-500 sit inside qualitative claims and are not quantities
            assert pd.notna(row["unit"]) or row["claim_type"] == "qualitative", f"line {line.segment_id}: {match[0]!r} has no unit"
    numeric = claims[claims["value"].notna()]
    assert_no_rows(numeric["unit"].isna(), numeric, "claims.csv", ["value", "unit"], "a number needs its unit")


def test_claims_agree_with_their_sentences():
    claims = ml.load_claims().merge(ml.load_sentences(), on="sentence_id", suffixes=("", "_sentence"))
    for column in ("mode", "speaker", "source_type", "attribution_verb"):
        left = claims[column].astype("string").fillna("")
        right = claims[f"{column}_sentence"].astype("string").fillna("")
        assert_no_rows(left != right, claims, "claims.csv", ["sentence_id", column, f"{column}_sentence"],
                       f"{column} must be its sentence's (sentences.csv)")
    inside = (claims["char_start"] >= claims["char_start_sentence"]) & (claims["char_end"] <= claims["char_end_sentence"])
    assert_no_rows(~inside, claims, "claims.csv", ["sentence_id", "char_start", "char_end", "char_start_sentence", "char_end_sentence"],
                   "a claim's span must lie inside its sentence")


def test_claim_spans_do_not_overlap_and_come_in_reading_order():
    claims = ml.load_claims()
    previous_end = claims["char_end"].shift(1, fill_value=0)
    assert_no_rows(claims["char_start"] < previous_end, claims, "claims.csv", ["char_start", "char_end"],
                   "claims come in reading order and do not overlap the row before")


def test_narration_has_no_speaker_and_attributed_claims_do():
    claims = ml.load_claims()
    narration = claims["mode"] == "narration"
    assert_no_rows(narration & claims["speaker"].notna(), claims, "claims.csv", ["mode", "speaker"], "narration has no speaker")
    assert_no_rows(~narration & claims["speaker"].isna(), claims, "claims.csv", ["mode", "speaker"], "an attributed claim names its speaker")
    assert_no_rows(claims["chain_outlet"] != "Sputnik International", claims, "claims.csv", ["chain_outlet"],
                   "the case study's outlet is Sputnik International")


def test_itemised_counts_match_their_ledger_rows():
    itemised = ml.load_itemised().merge(ml.load_claims(), on="claim_id")
    assert_no_rows(itemised["count"] != itemised["value"], itemised, "itemised.csv", ["count", "value"], "count must equal its claim's value")
    assert_no_rows(itemised["category"] != itemised["unit"], itemised, "itemised.csv", ["category", "unit"], "category must equal its claim's unit")


def test_distances_are_normalised_to_si_and_loose_durations_are_not():
    claims = ml.load_claims().set_index("text")
    assert claims.loc["3 nautical miles", "value_si"] == 3 * 1852
    assert claims.loc["5.5 kilometers", "value_si"] == 5500
    # "24-hour" is a hotline's availability and "four years" a loose span: neither is an elapsed time to convert.
    assert claims.loc[["24-hour hotline", "four years"], "value_si"].isna().all()


def test_place_aliases_cover_the_name_variants():
    aliases = ml.load_entity_aliases().set_index("alias")["entity_id"]
    assert aliases["Tadmur"] == aliases["Palmyra"]
    assert aliases["Hmeymim"] == aliases["Khmeimim"]
    assert aliases["Itria"] == aliases["Ithriya"]


def test_outside_facts_carry_a_source():
    entities = ml.load_entities()
    assert_no_rows(~entities["named_in_article"] & entities["source"].isna(), entities, "entities.csv", ["entity_id", "source"],
                   "an entity not named in the article needs a source")
    aliases = ml.load_entity_aliases()
    assert_no_rows(~aliases["in_article"] & aliases["source"].isna(), aliases, "entity_aliases.csv", ["alias", "source"],
                   "an alias not in the article needs a source")


def test_foreign_key_fault_is_named(data_copy):
    _rewrite(data_copy / "claims.csv", ",S02,", ",S99,")
    with pytest.raises(ml.DataError, match=r"claims\.csv, line \d+: sentence_id 'S99' matches no row of sentences"):
        ml.load_claims()


def test_data_readme_documents_every_table_and_column():
    import json

    readme = (mdata.data_dir() / "README.md").read_text(encoding="utf-8")
    package = json.loads((mdata.data_dir() / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        if "schema" not in resource:
            continue
        section = readme.split(f"### `{resource['path']}`", 1)
        assert len(section) == 2, f"data/README.md has no section for {resource['path']}"
        table = section[1].split("\n### ", 1)[0]
        for field in resource["schema"]["fields"]:
            assert f"| `{field['name']}` |" in table, f"data/README.md does not describe {resource['path']}:{field['name']}"


def test_data_readme_gives_each_column_the_description_datapackage_gives_it():
    """The dictionary is written from datapackage.json's descriptions: a fix made in one (fact-check 9 corrected
    itemised.csv's breakdown and sources.csv's ids) must be made in the other, so the two never tell a reader different things."""
    import json

    readme = (mdata.data_dir() / "README.md").read_text(encoding="utf-8")
    package = json.loads((mdata.data_dir() / "datapackage.json").read_text(encoding="utf-8"))
    differ = []
    for resource in (r for r in package["resources"] if "schema" in r):
        table = readme.split(f"### `{resource['path']}`", 1)[1].split("\n### ", 1)[0]
        for field in (f for f in resource["schema"]["fields"] if f.get("description")):
            row = next(line for line in table.splitlines() if line.startswith(f"| `{field['name']}` |"))
            if f" | {field['description']}" not in row:
                differ.append(f"{resource['path']}:{field['name']}")
    assert not differ, "data/README.md's meaning differs from datapackage.json's description: " + ", ".join(differ)


# --- hostile files: every failure is a DataError naming the file, the line and the fix ------------------------

def _package_edit(data_copy, change):
    """Rewrite the scratch datapackage.json through ``change(package)`` (indented, so faults have lines to name)."""
    import json

    path = data_copy / "datapackage.json"
    package = json.loads(path.read_text(encoding="utf-8"))
    change(package)
    path.write_text(json.dumps(package, indent=2), encoding="utf-8")


def _segments(package):
    return next(r for r in package["resources"] if r["name"] == "segments")


@pytest.mark.parametrize("change, says", [
    (lambda p: p.pop("resources"), r"datapackage\.json, line 1: it describes no tables .*Fix: "),
    (lambda p: p.update(resources=[]), r"line 1: it describes no tables"),
    (lambda p: _segments(p)["schema"]["fields"][2].pop("name"), r"line \d+: field 3 of resource 'segments' has no \"name\"\. Fix: "),
    (lambda p: _segments(p).update(schema=None), r"line \d+: resource 'segments' has a \"schema\" without a list of \"fields\"\. Fix: "),
    (lambda p: _segments(p)["schema"]["fields"][0].update(constraints={"pattern": "[0-9"}),
     r"line \d+: field 'segment_id' of resource 'segments' has a pattern that is not a regular expression .*Fix: correct the pattern"),
    (lambda p: _segments(p).pop("path"), r"line \d+: a resource lacks its \"name\" or \"path\"\. Fix: "),
    (lambda p: _segments(p)["schema"].update(primaryKey="nope"), r"resource 'segments' refers to nope, which it does not describe\. Fix: "),
    (lambda p: _segments(p)["schema"]["fields"][0].update(type="decimal"), r"has an unknown type .*Fix: use a type among string"),
    (lambda p: _segments(p)["schema"].update(foreignKeys=[{"fields": "kind"}]), r"has a foreign key without .*Fix: complete it"),
])
def test_a_broken_package_description_is_explained(data_copy, change, says):
    _package_edit(data_copy, change)
    with pytest.raises(ml.DataError, match=says):
        ml.load_segments()


def test_the_line_named_is_where_the_fault_is(data_copy):
    _package_edit(data_copy, lambda p: _segments(p)["schema"]["fields"][2].pop("name"))
    lines = (data_copy / "datapackage.json").read_text(encoding="utf-8").splitlines()
    with pytest.raises(ml.DataError) as raised:
        ml.load_segments()
    line = int(re.search(r"line (\d+)", str(raised.value))[1])
    assert lines[line - 1].strip() == "{" and '"type": "integer"' in lines[line]  # the nameless field char_end opens here


def test_an_excel_csv_utf8_file_with_a_byte_order_mark_reads(data_copy):
    path = data_copy / "segments.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert len(ml.load_segments()) == 62


def test_a_utf16_file_with_its_mark_reads(data_copy):
    path = data_copy / "segments.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    assert ml.load_segments()["text"].tolist() == ml.load_table("segments", mdata.data_dir())["text"].tolist()


def test_a_windows_1252_file_is_refused_with_its_line(data_copy):
    path = data_copy / "segments.csv"
    text = path.read_text(encoding="utf-8").replace("Site name", "Site na\u00efve name", 1)
    path.write_bytes(text.encode("cp1252", errors="replace"))  # as Excel would save it: Cyrillic lost, ï one byte
    with pytest.raises(ml.DataError, match=r"segments\.csv, line 2: byte 0xef is not UTF-8 .*Fix: save it as UTF-8 \(Excel: 'CSV UTF-8'"):
        ml.load_segments()


def test_a_nul_character_is_refused_with_its_line(data_copy):
    path = data_copy / "segments.csv"
    path.write_bytes(path.read_bytes().replace(b"World", b"Wor\x00ld", 1))
    with pytest.raises(ml.DataError, match=r"segments\.csv, line 3: holds a NUL character.*Fix: save it again as UTF-8"):
        ml.load_segments()


def test_utf16_without_a_mark_is_refused_plainly(data_copy):
    path = data_copy / "segments.csv"
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16-le"))
    with pytest.raises(ml.DataError, match=r"line 1: holds a NUL character"):
        ml.load_segments()


@pytest.mark.parametrize("cell", ["x" * 200_000, '"never closed, ' + "x" * 1_000_000])
def test_a_huge_cell_is_refused_plainly_and_quickly(data_copy, cell):
    import time

    path = data_copy / "segments.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("Site name in the navigation bar.", cell, 1), encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(ml.DataError, match=r"segments\.csv, line \d+: field larger than field limit .*quotation mark was never closed"):
        ml.load_segments()
    assert time.perf_counter() - started < 1.0


def test_an_article_in_another_encoding_is_explained(data_copy):
    _package_edit(data_copy, lambda p: [r.update(encoding="klingon") or r.pop("hash", None) for r in p["resources"] if r["name"] == "article_as_captured"])
    path = data_copy / "article_as_captured.txt"
    path.write_bytes(b"caf\xe9\n")
    with pytest.raises(ml.DataError, match=r"article_as_captured\.txt, line 1: byte 0xe9 is not UTF-8"):
        ml.article_text()


def test_a_ledger_test_names_the_row_and_the_column(data_copy):
    """A broken ledger row is named by its claim id and the columns to fix, never a bare `assert np.False_`."""
    claims = (data_copy / "claims.csv").read_text(encoding="utf-8").splitlines()
    row = next(i for i, line in enumerate(claims) if line.startswith("C001,"))
    claims[row] = claims[row].replace(",narration,none,,Sputnik International,", ",narration,none,,Interfax,", 1)
    (data_copy / "claims.csv").write_text("\n".join(claims) + "\n", encoding="utf-8")
    with pytest.raises(AssertionError, match=r"claims\.csv: the case study's outlet is Sputnik International; 1 row\(s\) break it:\nC001: chain_outlet='Interfax'"):
        test_narration_has_no_speaker_and_attributed_claims_do()


#: Words that take a side when the course uses them in its own voice; inside quotation marks they are the article's.
SIDE_TAKING = re.compile(r"\b(?:enem(?:y|ies)|terroris[mt]s?|anti-terrorist|militants?|criminals?|jihadists?|extremists?|bandits?)\b", re.I)
#: A quoted span: opened by a quotation mark after a space or bracket, closed by one before a space or punctuation
#: (so the apostrophes in "groups' inner workings" and "Kartapolov's" are not read as quotation marks).
QUOTED = re.compile(r"(?<![\w])['\"\u2018\u201c][^'\"\u2019\u201d]*['\"\u2019\u201d](?![\w])")


@pytest.mark.parametrize("table, columns", [
    ("claims", ["evidence", "evidence_holder", "verifiability_reason"]),
    ("entities", ["description"]),
    ("sentences", ["reason"]),
])
def test_the_course_voice_takes_no_side(table, columns):
    """Loaded labels ("terrorists", "the enemy") appear only quoted: the course describes, the article's speakers label."""
    rows = ml.load_table(table)
    for column in columns:
        for text in rows[column].dropna().astype(str):
            unquoted = QUOTED.sub(" ", text)
            assert not SIDE_TAKING.search(unquoted), f"{table}.{column} uses a loaded label in the course's own voice: {text!r}"
