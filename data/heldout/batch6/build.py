"""Build the claims and sentences ledgers of data/heldout/batch6 from hand-chosen phrases.

Written 2026-11-28 by a helper session that never saw the extractor (see README.md).
The specs format and helper functions are copied from data/heldout/batch3/build.py (itself from batch 2).
Every span below was chosen by hand from a reading of the article; this script only turns each phrase
into its Python offsets (code points, end exclusive) and writes the CSVs. It imports nothing from the
project. Run: python data/heldout/batch6/build.py, then python data/heldout/batch6/verify.py.

Layout of a spec: a list, in reading order, of
  N(claims...)                                     narration (the outlet's own voice; no sentence row)
  S(sentence, mode, speaker, source_type, verb, claims...)   an attributed sentence (a sentences.csv row)
and a claim is
  c(text, value, unit, claim_type, verif, qualifier="", bound="exact", value_high="", reason=None)
Claims of an S are searched inside that sentence; claims of an N after the previous claim. A match
must not touch a letter or digit on either side.
"""
import csv
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

CLAIM_COLUMNS = ["claim_id", "char_start", "char_end", "text", "value", "unit", "claim_type", "speaker",
                 "mode", "source_type", "attribution_verb", "verifiability", "verifiability_reason",
                 "qualifier", "bound", "value_high"]
SENTENCE_COLUMNS = ["sentence_id", "char_start", "char_end", "text", "mode", "speaker"]

# verifiability shorthands: key -> (rating, one-line reason)
V = {
    "conv": ("checkable", "A unit conversion anyone can redo."),
    "arith": ("checkable", "Arithmetic a reader can redo from other figures in the article."),
    "public": ("checkable", "Public records or published documents would confirm it."),
    "observed": ("checkable", "Independent observers, official records or instruments would confirm it."),
    "weather": ("checkable", "Weather station and tide gauge records would confirm it."),
    "market": ("checkable", "Published exchange or market data would confirm it."),
    "scorecard": ("checkable", "The official scorecard of the match records it."),
    "filing": ("checkable", "The company's published results and filings would confirm it."),
    "date": ("checkable", "Published notices and records date it."),
    "vote": ("checkable", "The council publishes its minutes and recorded votes."),
    "paper": ("checkable", "The published paper reports it."),
    "report": ("checkable", "The published report states it; its method can be read."),
    "partial": ("partly_checkable", "Parts could be confirmed from records; the exact figure rests on the source."),
    "specialist": ("partly_checkable", "Only specialists with access to the underlying data could confirm it."),
    "internal": ("uncheckable", "Only the source holds the records."),
    "unnamed": ("uncheckable", "Private information from an unnamed source."),
    "future": ("uncheckable", "A plan, forecast or estimate of the future; it can only be checked later."),
    "quote_opinion": ("uncheckable", "The speaker's own experience or estimate; no one else holds the evidence."),
    "court": ("checkable", "Court records and the published judgment would confirm it."),
    "timetable": ("checkable", "The operator's published timetable states it."),
    "sport": ("checkable", "Published match records and league statistics would confirm it."),
}


def c(text, value, unit, claim_type, verif, qualifier="", bound="exact", value_high="", reason=None):
    rating, why = V[verif]
    return dict(text=text, value=value, unit=unit, claim_type=claim_type, verifiability=rating,
                verifiability_reason=reason or why, qualifier=qualifier, bound=bound, value_high=value_high)


def N(*claims):
    return ("N", None, "narration", "", "none", "", list(claims))


def S(sentence, mode, speaker, source_type, verb, *claims):
    return ("S", sentence, mode, speaker, source_type, verb, list(claims))


def date(text, verif="date", **kw):
    return c(text, "", "date", "date", verif, **kw)


def clock(text, verif="date", **kw):
    return c(text, "", "clock_time", "time", verif, **kw)


# SPECS is defined at the end of this file.


def fmt(v):
    if v == "" or v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return repr(v) if isinstance(v, float) else str(v)


def boundary_ok(article, start, end):
    before = article[start - 1] if start > 0 else " "
    after = article[end] if end < len(article) else " "
    return not before.isalnum() and not after.isalnum()


def find(article, phrase, lo, hi):
    pos = lo
    while True:
        i = article.find(phrase, pos, hi)
        if i < 0:
            raise SystemExit(f"phrase not found in [{lo},{hi}): {phrase!r}")
        if boundary_ok(article, i, i + len(phrase)):
            return i
        pos = i + 1


def build(name, spec):
    article = open(os.path.join(HERE, name + ".txt"), encoding="utf-8", newline="").read()
    claims, sentences = [], []
    cursor = 0          # end of the last claim
    s_cursor = 0        # end of the last sentence
    for kind, sent, mode, speaker, stype, verb, cl in spec:
        if kind == "S":
            s0 = article.find(sent, s_cursor)
            if s0 < 0:
                raise SystemExit(f"{name}: sentence not found: {sent!r}")
            s1 = s0 + len(sent)
            s_cursor = s1
            sentences.append(dict(sentence_id=f"S{len(sentences) + 1:02d}", char_start=s0, char_end=s1,
                                  text=sent, mode=mode, speaker=speaker))
            lo, hi = max(s0, cursor), s1
        else:
            lo, hi = cursor, len(article)
        for cl_ in cl:
            i = find(article, cl_["text"], lo, hi)
            j = i + len(cl_["text"])
            lo = cursor = j
            row = dict(claim_id=f"C{len(claims) + 1:03d}", char_start=i, char_end=j, text=cl_["text"],
                       value=fmt(cl_["value"]), unit=cl_["unit"], claim_type=cl_["claim_type"],
                       speaker=speaker, mode=mode, source_type=stype, attribution_verb=verb,
                       verifiability=cl_["verifiability"], verifiability_reason=cl_["verifiability_reason"],
                       qualifier=cl_["qualifier"], bound=cl_["bound"], value_high=fmt(cl_["value_high"]))
            claims.append(row)
    for path, cols, rows in ((name + "_claims.csv", CLAIM_COLUMNS, claims),
                             (name + "_sentences.csv", SENTENCE_COLUMNS, sentences)):
        with open(os.path.join(HERE, path), "w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
    return len(claims), len(sentences)


# ---------------------------------------------------------------------------------------------------
# The hand-made specs. Speakers use the fullest name the article gives, without titles.
# ---------------------------------------------------------------------------------------------------
PP, DQ = "paraphrase", "direct_quote"
NP, NI, UN = "named_person", "named_institution", "unnamed"


V.update({
    "headline_off": ("checkable", "The fare table in the body gives 12.5 percent; a reader can see the headline rounds it up."),
    "strike": ("partly_checkable", "Turnout figures differ by side; only rosters held by the union and managers settle them."),
    "bank": ("checkable", "The central bank's published statement and vote record confirm it."),
    "stats": ("checkable", "Official statistics published by the named body confirm it."),
})

DTA, RAFF, FDD, VARD = "Dunmarsh Transport Authority", "Colm Rafferty-Oduya", "Fare Deal Dunmarsh", "Ines Vardakis"
CNU, BOF, CHT, DELA = "Caldmoor Nursing Union", "Bettina Oyelaran-Frost", "Caldmoor Health Trust", "Marcus Delacroix-Hume"
BOV, BOV_MPC, KOWAL = "Bank of Veridia", "Bank of Veridia monetary policy committee", "Sabine Kowalczyk-Reyes"
NRA, ASHW, MOLN = "Northern Rivers Agency", "Callum Ashworth-Bey", "Greta Molnár"
LCC, SORL, LUSK = "Lowmere Crown Court", "Nadia Sørlie-Banks", "Trevor Lusk"
ALP, STAL = "Alpenhaus Leisure", "Romy Stalder-Quist"
KU, LIND = "Kestwick University", "Adaeze Lindqvist-Moor"
VWA, BENE = "Valmorena regional water authority", "Giancarlo Benedetti-Ruoppolo"
FBC, ATTW, FRA, OKORO = ("Fennick Borough Council", "Rhiannon Attwater-Jones", "Fennick Residents’ Association",
                         "Basil Okoro-Lindh")
NWAN = "Tobias Nwankwo-Ferris"

SPECS = {
    "bus_fare_rise": [
        N(c("15%", 15, "percent", "percent", "headline_off")),
        S("Single bus fares in Dunmarsh will rise by 12.5 percent from January 5, the Dunmarsh Transport Authority said on Monday, taking the standard adult ticket from £2.40 to £2.70.",
          PP, DTA, NI, "said",
          c("12.5 percent", 12.5, "percent", "percent", "arith", reason="£2.40 to £2.70 is a 12.5 percent rise; a reader can redo it."),
          date("January 5", verif="timetable"),
          c("£2.40", 2.4, "gbp", "money", "timetable"),
          c("£2.70", 2.7, "gbp", "money", "timetable")),
        S("The authority blamed a £3.1 million gap in its budget and fuel costs that it said had climbed by nearly a fifth since 2024.",
          PP, DTA, NI, "said",
          c("£3.1 million", 3100000, "gbp", "money", "public"),
          c("a fifth", 0.2, "fraction", "percent", "market", "nearly", "upper"),
          date("2024", verif="market")),
        N(c("£1.50", 1.5, "gbp", "money", "timetable", "about", "approximate"),
          c("£16", 16, "gbp", "money", "timetable")),
        S("“Nobody likes putting fares up,” said Colm Rafferty-Oduya, the authority’s chair.", DQ, RAFF, NP, "said"),
        S("“But without it we would have had to cut at least 14 routes.", DQ, RAFF, NP, "",
          c("14 routes", 14, "route", "count", "quote_opinion", "at least", "lower")),
        S("Some villages would have lost their only bus.”", DQ, RAFF, NP, ""),
        S("He added that concession passes for pensioners would stay free.", PP, RAFF, NP, "added"),
        S("The passengers’ group Fare Deal Dunmarsh said the rise was the third in two years and that some commuters on the 45-minute run from Kilbrae would now pay more than £27 a week.",
          PP, FDD, NI, "said",
          c("two years", 2, "year", "duration", "public"),
          c("45-minute", 45, "minute", "duration", "timetable"),
          c("£27 a week", 27, "gbp_per_week", "money", "arith", "more than", "lower",
            reason="Five return trips at the new fares can be added up from the published fare table.")),
        S("Its secretary, Ines Vardakis, said ridership had still not recovered: about 8.2 million journeys last year, against 9.6 million in 2019.",
          PP, VARD, NP, "said",
          c("8.2 million journeys", 8200000, "journey", "count", "public", "about", "approximate"),
          c("9.6 million", 9600000, "journey", "count", "public"),
          date("2019", verif="public")),
        S("Drivers’ union officials, speaking privately, said between 20 and 25 vacancies remained unfilled.",
          PP, "drivers’ union officials", UN, "said",
          c("20 and 25 vacancies", 20, "vacancy", "count", "unnamed", "between", "range", 25)),
        N(clock("5:40 a.m.", verif="timetable")),
    ],

    "nurses_strike_wire": [
        N(c("48-Hour", 48, "hour", "duration", "public"),
          c("Three Hospitals", 3, "hospital", "count", "observed"),
          date("14 March"),
          c("three hospitals", 3, "hospital", "count", "observed"),
          clock("7 a.m.", verif="observed"),
          c("9 percent", 9, "percent", "percent", "public")),
        S("The Caldmoor Nursing Union said more than 2,300 of its members had joined the stoppage.",
          PP, CNU, NI, "said",
          c("2,300", 2300, "member", "count", "strike", "more than", "lower")),
        S("Hospital managers put the figure at about 1,800.", PP, "hospital managers", UN, "put",
          c("1,800", 1800, "member", "count", "strike", "about", "approximate")),
        S("“We are not doing this lightly,” said union organiser Bettina Oyelaran-Frost.", DQ, BOF, NP, "said"),
        S("“Some of our members work 60-hour weeks and still use food banks.", DQ, BOF, NP, "",
          c("60-hour", 60, "hour", "duration", "quote_opinion")),
        S("A newly qualified nurse here earns £28,400 a year.”", DQ, BOF, NP, "",
          c("£28,400 a year", 28400, "gbp_per_year", "money", "public")),
        S("According to the Caldmoor Health Trust, roughly 450 planned operations and 3,000 outpatient appointments had been postponed.",
          PP, CHT, NI, "according to",
          c("450 planned operations", 450, "operation", "count", "internal", "roughly", "approximate"),
          c("3,000 outpatient appointments", 3000, "outpatient_appointment", "count", "internal")),
        S("Emergency departments remained open, with staffing at about 70 percent of normal levels, the trust said.",
          PP, CHT, NI, "said",
          c("70 percent", 70, "percent", "percent", "internal", "about", "approximate")),
        N(c("4.5 percent", 4.5, "percent", "percent", "public"),
          c("2 percent", 2, "percent", "percent", "public"),
          date("April 2028", verif="future")),
        S("Its chief executive, Marcus Delacroix-Hume, said the union’s demand would cost an extra £19 million, “money we simply do not have”.",
          PP, DELA, NP, "said",
          c("£19 million", 19000000, "gbp", "money", "partial")),
        S("A senior nurse at Eastgate Infirmary, who asked not to be named, said wards had been short of one in eight posts since the summer.",
          PP, "a senior nurse at Eastgate Infirmary", UN, "said",
          c("one in eight", 0.125, "fraction", "percent", "unnamed")),
        N(date("21 March", verif="future")),
    ],

    "rate_decision": [
        N(c("4.25%", 4.25, "percent", "percent", "bank")),
        S("The Bank of Veridia kept its main interest rate unchanged at 4.25 percent on Wednesday, the sixth meeting in a row without a move, but said borrowing costs could fall \"as early as March\".",
          PP, BOV, NI, "said",
          c("4.25 percent", 4.25, "percent", "percent", "bank")),
        S("In a statement released at 14:00 local time, the bank's monetary policy committee said inflation had eased to 2.9 percent in October from a peak of 8.7 percent in 2023.",
          PP, BOV_MPC, NI, "said",
          clock("14:00 local time", verif="bank"),
          c("2.9 percent", 2.9, "percent", "percent", "stats"),
          c("8.7 percent", 8.7, "percent", "percent", "stats"),
          date("2023", verif="stats")),
        N(c("Seven", 7, "member", "count", "bank"),
          c("nine members", 9, "member", "count", "bank"),
          c("two", 2, "member", "count", "bank"),
          c("0.25 percentage points", 0.25, "percentage_point", "percent", "bank")),
        S("\"We are not yet where we need to be,\" Governor Sabine Kowalczyk-Reyes told reporters.", DQ, KOWAL, NP, "told"),
        S("\"Services prices are still rising by almost 5 percent a year.", DQ, KOWAL, NP, "",
          c("5 percent a year", 5, "percent_per_year", "percent", "stats", "almost", "upper")),
        S("We want to see that come down first.\"", DQ, KOWAL, NP, ""),
        S("The bank now expects the economy to grow by between 0.8 and 1.2 percent next year, down from an earlier forecast of 1.5 percent.",
          PP, BOV, NI, "expects",
          c("0.8 and 1.2 percent", 0.8, "percent", "percent", "future", "between", "range", 1.2),
          c("1.5 percent", 1.5, "percent", "percent", "bank")),
        N(c("22 economists", 22, "economist", "count", "public")),
        N(c("two cuts", 2, "cut", "count", "future", "roughly", "approximate"),
          date("2027", verif="future")),
        S("For households, the hold means the average two-year fixed mortgage stays at about 5.1 percent, according to the broker Hallam & Strode, or some €1,240 a month on a typical loan.",
          PP, "Hallam & Strode", NI, "according to",
          c("two-year", 2, "year", "duration", "market"),
          c("5.1 percent", 5.1, "percent", "percent", "market", "about", "approximate"),
          c("€1,240 a month", 1240, "eur_per_month", "money", "partial", "some", "approximate")),
    ],

    "river_orlan_flood": [
        N(c("6 Metres", 6, "metre", "distance", "weather", "above", "lower"),
          c("Hundreds", "", "resident", "qualitative", "observed", bound="approximate")),
        S("The River Orlan rose to 6.3 metres (20.7 feet) at the Brassford gauge shortly after 3 a.m. on Sunday, its highest level since 1998, the Northern Rivers Agency said.",
          PP, NRA, NI, "said",
          c("6.3 metres", 6.3, "metre", "distance", "weather"),
          c("20.7 feet", 20.7, "foot", "distance", "conv"),
          clock("3 a.m.", verif="weather", qualifier="shortly after", bound="lower"),
          date("1998", verif="weather")),
        N(c("640 residents", 640, "resident", "count", "observed", "about", "approximate"),
          c("35 homes", 35, "home", "count", "observed", "at least", "lower"),
          c("1.2 metres", 1.2, "metre", "distance", "observed", "up to", "upper")),
        S("\"It came up faster than anyone expected,\" said Callum Ashworth-Bey, the county's emergency co-ordinator.", DQ, ASHW, NP, "said"),
        S("\"We had a four-hour window, and we used every minute of it.\"", DQ, ASHW, NP, "",
          c("four-hour", 4, "hour", "duration", "quote_opinion")),
        S("He added that two people had been treated for hypothermia.", PP, ASHW, NP, "added",
          c("two people", 2, "person", "count", "observed")),
        S("The agency said 58 mm of rain fell on the upper catchment in 24 hours, nearly double the November average for a full week.",
          PP, NRA, NI, "said",
          c("58 mm", 58, "mm", "distance", "weather"),
          c("24 hours", 24, "hour", "duration", "weather"),
          c("double", 2, "times", "count", "weather", "nearly", "upper")),
        S("Its forecasters expect the river to stay above 5 metres until Tuesday evening.", PP, "Northern Rivers Agency forecasters", NI, "expect",
          c("5 metres", 5, "metre", "distance", "future", "above", "lower")),
        S("Residents said the flood defences completed in 2019 at a cost of £14.5 million had held along the town centre but not on the eastern bank.",
          PP, "residents", UN, "said",
          date("2019", verif="public"),
          c("£14.5 million", 14500000, "gbp", "money", "public")),
        S("\"Water was over my knees in the kitchen,\" said Greta Molnár, 67, who has lived on Weir Lane for three decades.",
          DQ, MOLN, NP, "said",
          c("67", 67, "year", "duration", "public"),
          c("three decades", 3, "decade", "duration", "quote_opinion")),
        S("The main road between Brassford and Tilby remained closed, police said, with a 15-mile diversion in place.",
          PP, "police", UN, "said",
          c("15-mile", 15, "mile", "distance", "observed")),
    ],

    "fraud_trial_verdict": [
        N(c("£4.7m", 4700000, "gbp", "money", "court"),
          c("£4.7 million", 4700000, "gbp", "money", "court"),
          c("six years", 6, "year", "duration", "court"),
          c("52", 52, "year", "duration", "court"),
          c("11 counts", 11, "count", "count", "court"),
          c("eight women", 8, "woman", "count", "court"),
          c("four men", 4, "man", "count", "court"),
          c("nine hours", 9, "hour", "duration", "court", "under", "upper")),
        S("The court heard that between 2017 and 2023 he made 146 payments from Harlan Packaging’s accounts into companies he secretly controlled, some worth more than £90,000 each.",
          PP, LCC, NI, "heard",
          date("2017", verif="court"),
          date("2023", verif="court"),
          c("146 payments", 146, "payment", "count", "court"),
          c("£90,000", 90000, "gbp", "money", "court", "more than", "lower")),
        S("The money paid for a villa in Portugal bought for €610,000 and at least two sports cars, prosecutor Nadia Sørlie-Banks told the jury.",
          PP, SORL, NP, "told",
          c("€610,000", 610000, "eur", "money", "court"),
          c("two sports cars", 2, "sports_car", "count", "court", "at least", "lower")),
        S("“He treated the company as his personal bank,” she said in her closing speech.", DQ, SORL, NP, "said"),
        S("“Every one of those payments was hidden in plain sight.”", DQ, SORL, NP, ""),
        S("Harlan Packaging’s managing director, Trevor Lusk, said the losses had forced it to cut 38 of its 210 jobs in 2023.",
          PP, LUSK, NP, "said",
          c("38", 38, "job", "count", "filing"),
          c("210 jobs", 210, "job", "count", "filing"),
          date("2023", verif="filing")),
        S("Moorcroft-Adeyemi’s barrister said his client had acted under “enormous pressure” from gambling debts of about £300,000.",
          PP, "Moorcroft-Adeyemi’s barrister", UN, "said",
          c("£300,000", 300000, "gbp", "money", "court", "about", "approximate")),
        N(c("10 years", 10, "year", "duration", "court", "up to", "upper"),
          date("9 January", verif="future")),
    ],

    "ski_resort_season": [
        N(c("410,000 Ski Passes", 410000, "ski_pass", "count", "internal"),
          date("April 22")),
        S("The Vallorn Peaks ski resort sold 412,300 day passes in the 2026-27 season, up 9 percent on the previous winter, the resort’s operator, Alpenhaus Leisure, announced today.",
          PP, ALP, NI, "announced",
          c("412,300 day passes", 412300, "day_pass", "count", "internal"),
          date("2026-27", verif="public"),
          c("9 percent", 9, "percent", "percent", "internal")),
        N(c("142 days", 142, "day", "duration", "arith", reason="November 29 to April 19 inclusive can be counted: 142 days."),
          date("November 29"),
          date("April 19"),
          c("4.5 metres", 4.5, "metre", "distance", "weather", "more than", "lower"),
          c("15 feet", 15, "foot", "distance", "conv", "more than", "lower")),
        S("“This has been our best winter since the resort opened in 1971,” said Alpenhaus chief executive Romy Stalder-Quist.",
          DQ, STAL, NP, "said",
          date("1971", verif="public")),
        S("“Visitors from the UK alone were up by a quarter.”", DQ, STAL, NP, "",
          c("a quarter", 0.25, "fraction", "percent", "internal")),
        S("Average spending per visitor rose to CHF 184 a day, the company said, and hotel occupancy in the village averaged 87 percent between December and March.",
          PP, ALP, NI, "said",
          c("CHF 184 a day", 184, "chf_per_day", "money", "internal"),
          c("87 percent", 87, "percent", "percent", "partial")),
        N(c("10-seat", 10, "seat", "count", "observed"),
          c("CHF 38 million", 38000000, "chf", "money", "filing"),
          c("2,800 skiers an hour", 2800, "skier_per_hour", "count", "internal", "up to", "upper")),
        S("Local guides said lift queues on February weekends often lasted more than 40 minutes.",
          PP, "local guides", UN, "said",
          c("40 minutes", 40, "minute", "duration", "observed", "more than", "lower")),
        S("The regional tourism office reported that the number of British school groups had fallen to 61, from 95 two years earlier.",
          PP, "Vallorn regional tourism office", NI, "reported",
          c("61", 61, "school_group", "count", "stats"),
          c("95", 95, "school_group", "count", "stats"),
          c("two years", 2, "year", "duration", "stats")),
        N(c("2,150-metre", 2150, "metre", "distance", "public"),
          c("14°C", 14, "degree_celsius", "count", "weather"),
          c("57°F", 57, "degree_fahrenheit", "count", "conv"),
          c("two lower runs", 2, "run", "count", "observed"),
          c("11 days", 11, "day", "duration", "observed")),
    ],

    "university_enrolment": [
        S("Kestwick University enrolled 18,460 students this autumn, about 3 percent fewer than in 2025, according to figures the university published on Tuesday.",
          PP, "Kestwick University figures", NI, "according to",
          c("18,460 students", 18460, "student", "count", "public"),
          c("3 percent", 3, "percent", "percent", "arith", "about", "approximate"),
          date("2025", verif="public")),
        N(c("a third", 0.3333, "fraction", "percent", "public", "almost", "upper"),
          c("2,910", 2910, "student", "count", "public")),
        S("The university blamed new visa rules and a rise in tuition fees for overseas undergraduates to £24,500 a year.",
          PP, KU, NI, "blamed",
          c("£24,500 a year", 24500, "gbp_per_year", "money", "public")),
        N(c("96 percent", 96, "percent", "percent", "public"),
          c("640 new students", 640, "student", "count", "public"),
          c("575", 575, "student", "count", "public")),
        S("“We planned for a smaller intake, but not this small,” said Professor Adaeze Lindqvist-Moor, the vice-chancellor.",
          DQ, LIND, NP, "said"),
        S("“Every 100 international students we lose costs us roughly £2.1 million.”", DQ, LIND, NP, "",
          c("100 international students", 100, "student", "count", "internal"),
          c("£2.1 million", 2100000, "gbp", "money", "internal", "roughly", "approximate")),
        S("She added that no courses would close this year.", PP, LIND, NP, "added"),
        S("An internal memo seen by the Kestwick Echo warns of a deficit of between £9 million and £12 million by 2028 and proposes cutting up to 150 posts.",
          PP, "an internal memo seen by the Kestwick Echo", UN, "warns",
          c("£9 million and £12 million", 9000000, "gbp", "money", "future", "between", "range", 12000000),
          date("2028", verif="future"),
          c("150 posts", 150, "post", "count", "future", "up to", "upper")),
        S("The Kestwick Academic Staff Union said staff-student ratios had already risen to one lecturer for every 21 students.",
          PP, "Kestwick Academic Staff Union", NI, "said",
          c("one lecturer for every 21 students", 21, "student_per_lecturer", "count", "partial")),
        S("Its branch secretary, Owain Preece, said members would be balloted on industrial action in the new year.",
          PP, "Owain Preece", NP, "said"),
        S("Nationally, undergraduate enrolment rose by 1.4 percent, the Higher Education Statistics Council said last week.",
          PP, "Higher Education Statistics Council", NI, "said",
          c("1.4 percent", 1.4, "percent", "percent", "stats")),
    ],

    "valmorena_water_wire": [
        N(c("18 Percent", 18, "percent", "percent", "public"),
          date("3 August")),
        S("Water will be cut off every night from 22:00 to 06:00 in Valmorena and eleven neighbouring villages from Monday, after the Lago Scuro reservoir fell to 18 percent of its capacity, the regional water authority announced.",
          PP, VWA, NI, "announced",
          clock("22:00", verif="public"),
          clock("06:00", verif="public"),
          c("eleven neighbouring villages", 11, "village", "count", "public"),
          c("18 percent", 18, "percent", "percent", "public")),
        N(c("42,000 residents", 42000, "resident", "count", "public", "about", "approximate")),
        S("«It is the lowest level we have recorded in forty years», said the authority’s president, Giancarlo Benedetti-Ruoppolo.",
          DQ, BENE, NP, "said",
          c("forty years", 40, "year", "duration", "public")),
        S("«We have no choice.", DQ, BENE, NP, ""),
        S("Without rationing, the reservoir would be empty within five weeks.»", DQ, BENE, NP, "",
          c("five weeks", 5, "week", "duration", "future", "within", "upper")),
        S("According to the authority, consumption in the area rose to 310 litres per person per day in July, against a national average of about 215 litres.",
          PP, VWA, NI, "according to",
          c("310 litres per person per day", 310, "litre_per_person_per_day", "count", "partial"),
          c("215 litres", 215, "litre_per_person_per_day", "count", "stats", "about", "approximate")),
        S("The farmers’ association Terra Viva said at least 1,500 hectares of maize had already been lost, with damage put at €6 million to €8 million.",
          PP, "Terra Viva", NI, "said",
          c("1,500 hectares", 1500, "hectare", "count", "partial", "at least", "lower"),
          c("€6 million to €8 million", 6000000, "eur", "money", "partial", bound="range", value_high=8000000)),
        S("Its president, Lucia Ferrantelli, called for emergency aid: «Our members cannot wait until October.»",
          PP, "Lucia Ferrantelli", NP, "called for"),
        S("A spokesman for the local tourism consortium, who did not want to be named, said bookings for August were down by nearly 12 percent.",
          PP, "a spokesman for the local tourism consortium", UN, "said",
          c("12 percent", 12, "percent", "percent", "unnamed", "nearly", "upper")),
        S("Tanker lorries carrying 30,000 litres each will supply the hospital in Valmorena, where two wells have also run dry, the civil protection department said.",
          PP, "civil protection department", NI, "said",
          c("30,000 litres", 30000, "litre", "count", "observed"),
          c("two wells", 2, "well", "count", "observed")),
    ],

    "fennick_recycling": [
        N(c("52%", 52, "percent", "percent", "stats")),
        S("Households in the Borough of Fennick recycled 52 percent of their waste in the first 12 months of the council’s new collection scheme, up from 38 percent, Fennick Borough Council said on Thursday.",
          PP, FBC, NI, "said",
          c("52 percent", 52, "percent", "percent", "stats"),
          c("12 months", 12, "month", "duration", "public"),
          c("38 percent", 38, "percent", "percent", "stats")),
        N(date("1 October 2025", verif="public"),
          c("three weeks", 3, "week", "duration", "public")),
        S("The council said residual waste fell by some 6,800 tonnes, saving about £740,000 in landfill tax and disposal fees.",
          PP, FBC, NI, "said",
          c("6,800 tonnes", 6800, "tonne", "count", "stats", "some", "approximate"),
          c("£740,000", 740000, "gbp", "money", "partial", "about", "approximate")),
        S("“Residents have really got behind it,” said Councillor Rhiannon Attwater-Jones, the cabinet member for environment.",
          DQ, ATTW, NP, "said"),
        S("“We gave out more than 41,000 food caddies, and nine in ten are still in use.”", DQ, ATTW, NP, "",
          c("41,000 food caddies", 41000, "food_caddy", "count", "internal", "more than", "lower"),
          c("nine in ten", 0.9, "fraction", "percent", "internal")),
        S("She said the borough was now among the 20 best-performing councils in the country for recycling.",
          PP, ATTW, NP, "said",
          c("20 best-performing councils", 20, "best_performing_council", "count", "stats")),
        S("The Fennick Residents’ Association said it had logged 1,130 complaints about missed collections.",
          PP, FRA, NI, "said",
          c("1,130 complaints", 1130, "complaint", "count", "internal")),
        S("Its chair, Basil Okoro-Lindh, said some families of five or six were struggling with a single 240-litre bin.",
          PP, OKORO, NP, "said",
          c("five or six", 5, "person", "count", "quote_opinion", bound="range", value_high=6),
          c("240-litre", 240, "litre", "count", "public")),
        S("A council officer, who asked not to be named, said contamination in recycling bins was still running at 14 percent, against a target of 10 percent.",
          PP, "a council officer", UN, "said",
          c("14 percent", 14, "percent", "percent", "unnamed"),
          c("10 percent", 10, "percent", "percent", "public")),
        N(c("£45", 45, "gbp", "money", "future"),
          date("April 2027", verif="future")),
    ],

    "basketball_final": [
        N(c("88", 88, "point", "count", "sport"),
          c("81", 81, "point", "count", "sport"),
          c("31 years", 31, "year", "duration", "sport"),
          c("88", 88, "point", "count", "sport"),
          c("81", 81, "point", "count", "sport"),
          c("14,200 fans", 14200, "fan", "count", "sport"),
          c("34 points", 34, "point", "count", "sport"),
          c("seven three-pointers", 7, "three_pointer", "count", "sport"),
          c("24-year-old", 24, "year", "duration", "public"),
          c("76", 76, "point", "count", "sport"),
          c("76", 76, "point", "count", "sport"),
          c("2.4 seconds", 2.4, "second", "duration", "sport"),
          c("nine points", 9, "point", "count", "sport"),
          c("five-minute", 5, "minute", "duration", "sport")),
        S("\"I've been dreaming about this since I was 10,\" Nwankwo-Ferris said.", DQ, NWAN, NP, "said",
          c("10", 10, "year", "duration", "quote_opinion")),
        S("\"My dad brought me here for the 1995 final.", DQ, NWAN, NP, "",
          date("1995", verif="sport")),
        S("We lost that one.\"", DQ, NWAN, NP, ""),
        S("He added that the team had won 14 of its last 15 games.", PP, NWAN, NP, "added",
          c("14", 14, "game", "count", "sport"),
          c("15 games", 15, "game", "count", "sport")),
        S("Storm coach Renata Holmqvist said she had \"never seen a crowd like it\" and credited a defence that held Kellbridge to just 38 percent shooting from the field.",
          PP, "Renata Holmqvist", NP, "said",
          c("38 percent", 38, "percent", "percent", "sport")),
        N(c("twice", 2, "times", "count", "sport")),
        S("Tickets, which cost up to £95, sold out within 20 minutes, the league said.", PP, "the league", NI, "said",
          c("£95", 95, "gbp", "money", "public", "up to", "upper"),
          c("20 minutes", 20, "minute", "duration", "internal", "within", "upper")),
        S("An estimated 1.1 million people watched on television, according to the broadcaster SportsNine.",
          PP, "SportsNine", NI, "according to",
          c("1.1 million people", 1100000, "person", "count", "internal", "estimated", "approximate")),
    ],
}


if __name__ == "__main__":
    for name, spec in SPECS.items():
        n_c, n_s = build(name, spec)
        print(f"{name}: {n_c} claims, {n_s} sentences")
