"""Check the held-out batch16 ledgers: spans, columns, enums, hedges and digit coverage.

Run: python data/heldout/batch16/verify.py   (exit status 0 when every article passes)
Reads only this folder and data/samples/ (for the column lists and the enums of datapackage.json).
"""
import csv
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SAMPLES = os.path.join(ROOT, "data", "samples")
FIRST_LINE = "[Fictional article written for testing; all names invented.]"
EXTRA = ["qualifier", "bound", "value_high"]
BOUNDS = {"exact", "lower", "upper", "approximate", "range"}
HEDGES = {
    "lower": {"more than", "over", "at least", "above", "or more", "tops", "longer than"},
    "upper": {"up to", "nearly", "almost", "less than", "fewer than", "below", "within", "as much as"},
    "approximate": {"about", "roughly", "around", "some", "estimated", "near"},
    "range": {"", "between"},
    "exact": {""},
}
SUFFIX_HEDGES = {"or more"}
# Words before a span that look like hedges but are not, checked by hand.
NOT_HEDGES = {
    ("pellworth_fraud_verdict", "six years"),     # "over six years" is a period, not "more than"
    ("pellworth_fraud_verdict", "2017"),          # "between 2017 and 2023": two exact dates, not a range
    ("torvane_motors_recall", "June 2023"),       # "between June 2023 and February 2025": two exact dates
}


# opener -> the marks that close it: English double and single curly quotes, German and Polish low-high
# quotes („ “ and „ ”), French guillemets (« »), straight double quotes.
QUOTE_PAIRS = {"“": "”", "„": "“”", "«": "»", "‘": "’", '"': '"'}


def inside_quote(art, pos):
    """True if art[pos - 1] lies inside quotation marks opened in the same paragraph.

    A right single quotation mark followed by a letter is an apostrophe inside a word (club’s), not a closer.
    """
    start = art.rfind("\n", 0, pos) + 1
    closer = None
    for i in range(start, pos):
        ch = art[i]
        if closer is not None and ch in closer:
            if ch == "’" and i + 1 < len(art) and art[i + 1].isalpha():
                continue
            closer = None
        elif closer is None and ch in QUOTE_PAIRS:
            closer = QUOTE_PAIRS[ch]
    return closer is not None


def header(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh))


def rows(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def schema():
    pkg = json.load(open(os.path.join(SAMPLES, "datapackage.json"), encoding="utf-8"))
    claims = next(r for r in pkg["resources"] if r["name"].endswith("_claims"))
    sents = next(r for r in pkg["resources"] if r["name"].endswith("_sentences"))
    def enums(res):
        return {f["name"]: set(f["constraints"]["enum"]) for f in res["schema"]["fields"]
                if "enum" in f.get("constraints", {})}
    def required(res):
        return {f["name"] for f in res["schema"]["fields"] if f.get("constraints", {}).get("required")}
    return enums(claims), required(claims), enums(sents), required(sents)


def check(name, problems):
    def bad(msg):
        problems.append(f"{name}: {msg}")
    art = open(os.path.join(HERE, name + ".txt"), encoding="utf-8", newline="").read()
    lines = art.split("\n")
    if lines[0] != FIRST_LINE or lines[1] != "" or not lines[2].strip():
        bad("must open with the fictional marker, a blank line, then the headline")
    words = len(art.split()) - len(FIRST_LINE.split())
    if not 180 <= words <= 260:
        bad(f"{words} words, not 180-260")

    c_enum, c_req, s_enum, s_req = SCHEMA
    sample_claim_cols = header(os.path.join(SAMPLES, "harbour_briefing_claims.csv"))
    sample_sent_cols = header(os.path.join(SAMPLES, "harbour_briefing_sentences.csv"))
    cpath = os.path.join(HERE, name + "_claims.csv")
    spath = os.path.join(HERE, name + "_sentences.csv")
    # the samples' ledgers gained qualifier, bound and value_high on 2026-11-28; add them only if missing
    if header(cpath) != sample_claim_cols + [e for e in EXTRA if e not in sample_claim_cols]:
        bad("claims columns differ from the sample ledger's plus qualifier, bound, value_high")
    if header(spath) != sample_sent_cols:
        bad("sentences columns differ from the samples'")
    claims, sents = rows(cpath), rows(spath)

    # sentences
    prev_end = -1
    for k, s in enumerate(sents, 1):
        sid = s["sentence_id"]
        if sid != f"S{k:02d}":
            bad(f"{sid}: ids must run S01, S02, ... in order")
        a, b = int(s["char_start"]), int(s["char_end"])
        if art[a:b] != s["text"]:
            bad(f"{sid}: span does not match text")
        if a < prev_end:
            bad(f"{sid}: sentences overlap or are out of order")
        prev_end = b
        for col in s_req:
            if s[col] == "":
                bad(f"{sid}: {col} is required")
        for col, allowed in s_enum.items():
            if s[col] not in allowed:
                bad(f"{sid}: {col}={s[col]!r} not in {sorted(allowed)}")
        inside = inside_quote(art, a + 1)
        if (s["mode"] == "direct_quote") != inside:
            bad(f"{sid}: mode {s['mode']} but the sentence {'opens' if inside else 'does not open'} inside quotation marks")

    # claims
    covered = [False] * len(art)
    prev_end = -1
    for k, r in enumerate(claims, 1):
        cid = r["claim_id"]
        if cid != f"C{k:03d}":
            bad(f"{cid}: ids must run C001, C002, ... in order")
        a, b = int(r["char_start"]), int(r["char_end"])
        if art[a:b] != r["text"]:
            bad(f"{cid}: span {art[a:b]!r} does not match text {r['text']!r}")
        if a < prev_end:
            bad(f"{cid}: claims overlap or are out of order")
        prev_end = b
        for i in range(a, b):
            covered[i] = True
        for col in c_req:
            if r[col] == "":
                bad(f"{cid}: {col} is required")
        for col, allowed in c_enum.items():
            if r[col] not in allowed:
                bad(f"{cid}: {col}={r[col]!r} not in {sorted(allowed)}")
        if r["unit"] and not re.fullmatch(r"[a-z][a-z0-9_]*", r["unit"]):
            bad(f"{cid}: unit {r['unit']!r} is not snake case")
        # values
        if r["claim_type"] in ("date", "time"):
            want = "date" if r["claim_type"] == "date" else "clock_time"
            if r["value"] != "" or r["unit"] != want:
                bad(f"{cid}: a {r['claim_type']} has an empty value and unit {want}")
        else:
            try:
                float(r["value"])
            except ValueError:
                bad(f"{cid}: value {r['value']!r} is not a number")
        if r["unit"] == "fraction":
            if r["claim_type"] != "percent" or not 0 < float(r["value"]) < 1:
                bad(f"{cid}: a fraction is claim_type percent with a value between 0 and 1")
            if len(r["value"].split(".")[-1]) > 4:
                bad(f"{cid}: fraction value has more than 4 decimals")
        # bound, qualifier, value_high
        q, bound = r["qualifier"], r["bound"]
        if bound not in BOUNDS:
            bad(f"{cid}: bound {bound!r} not in {sorted(BOUNDS)}")
        elif q not in HEDGES[bound]:
            bad(f"{cid}: qualifier {q!r} does not fit bound {bound}")
        if q != q.lower():
            bad(f"{cid}: qualifier must be lower case")
        if q:
            if q in SUFFIX_HEDGES:
                ok = art[b:].lower().startswith(" " + q)
            else:
                ok = re.search(re.escape(q) + r"\s$", art[max(0, a - 40):a].lower()) is not None
                # a bracketed conversion takes the hedge of the figure it converts
                if not ok and art[:a].endswith("(") and k > 1:
                    prev = claims[k - 2]
                    ok = prev["qualifier"] == q and art[int(prev["char_end"]):a] == " ("
            if not ok:
                bad(f"{cid}: qualifier {q!r} is not written next to the span")
        else:
            before = art[max(0, a - 40):a].lower()
            for hedge in set().union(*HEDGES.values()) - {"", "or more"}:
                if re.search(r"(^|\W)" + re.escape(hedge) + r"\s$", before) and (name, r["text"]) not in NOT_HEDGES:
                    bad(f"{cid}: {r['text']!r} follows {hedge!r} but has no qualifier")
        if bound == "range":
            try:
                if float(r["value_high"]) <= float(r["value"]):
                    bad(f"{cid}: value_high must exceed value in a range")
            except ValueError:
                bad(f"{cid}: a range needs a numeric value and value_high")
        elif r["value_high"] != "":
            bad(f"{cid}: value_high only for ranges")
        # claim against its sentence
        home = [s for s in sents if int(s["char_start"]) <= a and b <= int(s["char_end"])]
        if home:
            s = home[0]
            if r["mode"] != s["mode"] or r["speaker"] != s["speaker"]:
                bad(f"{cid}: mode/speaker differ from {s['sentence_id']}")
            if r["source_type"] == "none":
                bad(f"{cid}: an attributed claim needs a source_type")
        else:
            if (r["mode"], r["speaker"], r["source_type"], r["attribution_verb"]) != ("narration", "", "none", ""):
                bad(f"{cid}: a claim outside every listed sentence is narration with no speaker")
    for i, ch in enumerate(art):
        if ch.isdigit() and not covered[i]:
            bad(f"digit {ch!r} at offset {i} is in no claim: {art[max(0, i - 20):i + 20]!r}")
    return words, len(claims), len(sents)


SCHEMA = schema()

if __name__ == "__main__":
    problems = []
    names = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(HERE, "*.txt")))
    if len(names) != 10:
        problems.append(f"expected 10 articles, found {len(names)}")
    if not os.path.exists(os.path.join(HERE, "README.md")):
        problems.append("README.md is missing")
    for name in names:
        words, n_c, n_s = check(name, problems)
        print(f"{name:24s} {words:4d} words {n_c:3d} claims {n_s:3d} sentences")
    for p in problems:
        print("PROBLEM", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    sys.exit(1 if problems else 0)
