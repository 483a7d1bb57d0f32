"""Check the held-out ledgers in data/heldout/batch*/ against their articles and the samples' schema.

Checks, for every article NAME.txt with NAME_claims.csv and NAME_sentences.csv:
- the article is UTF-8, opens with a bracketed fictional note, then a headline; 150-300 words after the note;
- the claims header is the samples' claims schema (data/samples/datapackage.json) plus qualifier, bound,
  value_high; the sentences header is the samples' sentences schema;
- every field meets the schema's required / unique / pattern / enum / number constraints;
- text == article[char_start:char_end] for every claim and sentence; claim spans do not overlap; ids run
  in reading order;
- dates and clock times have an empty value; bound is one of exact, lower, upper, approximate, range;
  value_high is filled exactly for ranges and is above value; a qualifier is lower case and written in the
  article near its claim;
- a claim inside a listed sentence has that sentence's mode and speaker; a claim outside every listed sentence
  is narration with no speaker and source_type none;
- every digit in the article body lies inside some claim span, except the designations listed in
  NOT_QUANTITIES; number words outside any span are printed for a human to look at.

Run:  python data/heldout/verify.py   (exit status 1 on any error)
"""
import csv
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
SAMPLES = HERE.parent / "samples"
NEW_COLUMNS = ["qualifier", "bound", "value_high"]
BOUNDS = {"exact", "lower", "upper", "approximate", "range"}
# Digits that are names, not quantities (road numbers and the like), per article.
NOT_QUANTITIES = {"ashby_jewellery_robbery": ["M14"]}
# Number words left out of the ledgers on purpose (ordinals, source descriptions), per article.
WORDS_LEFT_OUT = {
    "riverton_marathon": ["first"],
    "ashby_jewellery_robbery": ["A third suspect"],
    "brantley_bus_depot": ["first estimate"],
    "calder_foods_results": ["One analyst", "same quarter"],
    "wrenfield_charity_fraud": ["largest single"],
}
NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|"
    r"billion|half|third|quarter|fifth|double[sd]?|doubling|twice|first|second|single)\b", re.I)


def schema_fields(kind):
    package = json.loads((SAMPLES / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        if resource["name"].endswith("_" + kind):
            return resource["schema"]["fields"]
    raise SystemExit(f"no {kind} schema in {SAMPLES / 'datapackage.json'}")


def is_number(s):
    try:
        float(s)
        return True
    except ValueError:
        return False


def check_fields(rows, fields, where, errors):
    for field in fields:
        name, cons = field["name"], field.get("constraints", {})
        seen = set()
        for i, row in enumerate(rows, 2):
            v = row[name]
            if cons.get("required") and v == "":
                errors.append(f"{where} line {i}: {name} is required")
            if v == "":
                continue
            if field.get("type") in ("number", "integer") and not is_number(v):
                errors.append(f"{where} line {i}: {name}={v!r} is not a number")
            if field.get("type") == "integer" and not re.fullmatch(r"-?\d+", v):
                errors.append(f"{where} line {i}: {name}={v!r} is not an integer")
            if "enum" in cons and v not in cons["enum"]:
                errors.append(f"{where} line {i}: {name}={v!r} not in {cons['enum']}")
            if "pattern" in cons and not re.fullmatch(cons["pattern"], v):
                errors.append(f"{where} line {i}: {name}={v!r} does not match {cons['pattern']}")
            if "minimum" in cons and is_number(v) and float(v) < cons["minimum"]:
                errors.append(f"{where} line {i}: {name}={v!r} below {cons['minimum']}")
            if cons.get("unique"):
                if v in seen:
                    errors.append(f"{where} line {i}: {name}={v!r} repeats")
                seen.add(v)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def check_article(txt, claim_fields, sentence_fields, errors, notes):
    name = txt.stem
    raw = txt.read_bytes()
    article = raw.decode("utf-8")
    lines = article.split("\n")
    if not re.fullmatch(r"\[Fictional[^\]]*\]", lines[0]):
        errors.append(f"{name}: first line is not a bracketed fictional note")
    body_lines = [ln for ln in lines[1:] if ln.strip()]
    if not body_lines:
        errors.append(f"{name}: no headline")
    words = len(" ".join(lines[1:]).split())
    if not 150 <= words <= 300:
        errors.append(f"{name}: {words} words, not 150-300")
    body_start = len(lines[0]) + 1

    header, claims = read_csv(txt.with_name(name + "_claims.csv"))
    base = [f["name"] for f in claim_fields]  # the samples' schema gained the hedge columns on 2026-11-28
    want = base + [column for column in NEW_COLUMNS if column not in base]
    if header != want:
        errors.append(f"{name}_claims.csv: header {header} is not {want}")
        return 0, words
    check_fields(claims, claim_fields, f"{name}_claims.csv", errors)
    sheader, sentences = read_csv(txt.with_name(name + "_sentences.csv"))
    swant = [f["name"] for f in sentence_fields]
    if sheader != swant:
        errors.append(f"{name}_sentences.csv: header {sheader} is not {swant}")
        return len(claims), words
    check_fields(sentences, sentence_fields, f"{name}_sentences.csv", errors)

    for kind, rows, prefix, width in (("claims", claims, "C", 3), ("sentences", sentences, "S", 2)):
        last_end = -1
        for n, row in enumerate(rows, 1):
            where = f"{name}_{kind}.csv {row.get('claim_id') or row.get('sentence_id')}"
            s, e = int(row["char_start"]), int(row["char_end"])
            if not 0 <= s < e <= len(article):
                errors.append(f"{where}: span [{s}:{e}] is empty or outside the article")
            if article[s:e] != row["text"]:
                errors.append(f"{where}: text {row['text']!r} != article[{s}:{e}] {article[s:e]!r}")
            if s < last_end:
                errors.append(f"{where}: span overlaps or is out of reading order")
            last_end = e
            rid = row.get("claim_id") or row.get("sentence_id")
            if rid != f"{prefix}{n:0{width}d}":
                errors.append(f"{where}: id should be {prefix}{n:0{width}d}")

    for row in claims:
        where = f"{name}_claims.csv {row['claim_id']}"
        s, e = int(row["char_start"]), int(row["char_end"])
        ctype, unit, value = row["claim_type"], row["unit"], row["value"]
        if ctype in ("date", "time") and value:
            errors.append(f"{where}: dates and clock times have an empty value")
        if (ctype == "date") != (unit == "date") or (ctype == "time") != (unit == "clock_time"):
            errors.append(f"{where}: claim_type {ctype} does not fit unit {unit}")
        if ctype not in ("date", "time", "qualitative") and not value:
            errors.append(f"{where}: a {ctype} claim needs a value")
        if unit and not re.fullmatch(r"[a-z0-9_]+", unit):
            errors.append(f"{where}: unit {unit!r} is not snake case")
        bound, high, qual = row["bound"], row["value_high"], row["qualifier"]
        if bound not in BOUNDS:
            errors.append(f"{where}: bound {bound!r} not in {sorted(BOUNDS)}")
        if (bound == "range") != bool(high):
            errors.append(f"{where}: value_high is for ranges only, and every range needs one")
        if high and (not is_number(high) or not is_number(value) or float(high) <= float(value)):
            errors.append(f"{where}: value_high {high!r} must be a number above value {value!r}")
        if qual:
            if qual != qual.lower():
                errors.append(f"{where}: qualifier {qual!r} is not lower case")
            window = article[max(0, s - 80):e + 40].lower()
            if qual not in window:
                errors.append(f"{where}: qualifier {qual!r} is not written near the claim")
            if bound == "exact":
                errors.append(f"{where}: a qualified claim cannot be exact")
        home = [x for x in sentences if int(x["char_start"]) <= s and e <= int(x["char_end"])]
        if home:
            if (row["mode"], row["speaker"]) != (home[0]["mode"], home[0]["speaker"]):
                errors.append(f"{where}: mode/speaker differ from sentence {home[0]['sentence_id']}")
            if row["source_type"] == "none" or not row["speaker"]:
                errors.append(f"{where}: an attributed claim needs a speaker and a source_type")
        elif (row["mode"], row["speaker"], row["source_type"], row["attribution_verb"]) != ("narration", "", "none", ""):
            errors.append(f"{where}: outside every listed sentence, so narration with no speaker")

    covered = [(int(r["char_start"]), int(r["char_end"])) for r in claims]
    inside = lambda i: any(s <= i < e for s, e in covered)
    allowed = []
    for token in NOT_QUANTITIES.get(name, []):
        for m in re.finditer(re.escape(token), article):
            allowed.append((m.start(), m.end()))
    for m in re.finditer(r"\d", article):
        i = m.start()
        if i >= body_start and not inside(i) and not any(s <= i < e for s, e in allowed):
            errors.append(f"{name}: digit at {i} ({article[max(0, i - 15):i + 15]!r}) is in no claim")
    left_out = WORDS_LEFT_OUT.get(name, [])
    for m in NUMBER_WORDS.finditer(article, body_start):
        if inside(m.start()):
            continue
        context = article[max(0, m.start() - 20):m.end() + 20].replace("\n", " ")
        if any(phrase in context for phrase in left_out):
            continue
        notes.append(f"{name}: number word {m.group()!r} in no claim: ...{context}...")
    return len(claims), words


def main():
    claim_fields, sentence_fields = schema_fields("claims"), schema_fields("sentences")
    errors, notes = [], []
    articles = sorted(HERE.glob("batch*/*.txt"))
    for txt in articles:
        n, words = check_article(txt, claim_fields, sentence_fields, errors, notes)
        print(f"{txt.parent.name}/{txt.name}: {words} words, {n} claims")
    for note in notes:
        print("note:", note)
    for error in errors:
        print("ERROR:", error)
    print(f"{len(articles)} articles, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
