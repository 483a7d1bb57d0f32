"""Build the claims and sentences ledgers of data/heldout/batch4 from hand-chosen phrases.

Written 2026-11-28 by a helper session that never saw the extractor (see README.md).
The specs format and helper functions are copied from data/heldout/batch3/build.py (itself from batch 2).
Every span below was chosen by hand from a reading of the article; this script only turns each phrase
into its Python offsets (code points, end exclusive) and writes the CSVs. It imports nothing from the
project. Run: python data/heldout/batch4/build.py, then python data/heldout/batch4/verify.py.

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

HB, MARWICK = "Ashcombe and Rill Health Board", "Helen Marwick-Osei"
NWO, VENDRELL = "National Weather Office", "Carla Vendrell"
TARUS, ACHTER = "Daniel Kiprono Tarus", "Simone Achterberg"
BWS, ACHEBE = "Brightwell Stores", "Rosalind Achebe-Varga"
KC, KC_REPORT, FAIRW, ODUYA = ("Kenmoor Constabulary", "Kenmoor Constabulary annual crime report",
                               "Olu Fairweather", "Mariam Oduya-Bell")
SRO, SSC, KALL, CAST = ("Solvang Ridge Observatory", "Southern Sky Consortium", "Ines Kallberg-Moyo",
                        "Femi Castellane")
WHITC = "Dana Whitcombe-Ruiz"
VHC, MONTOYA, ORTEGA = "Valdeluna Hydrographic Confederation", "Araceli Montoya Ferrer", "Julián Ortega Baños"
NSL, HAUG = "Northwind Skerrow Ltd", "Ingrid Haugland-Reyes"
ASHG = "Colm Ashgrove-Nair"

SPECS = {
    "vaccine_clinic": [
        N(c("4,000", 4000, "person", "count", "internal")),
        S("A drop-in vaccination clinic at the Ashcombe Corn Exchange gave 4,112 flu jabs in its first seven days, more than twice the number planned, the Ashcombe and Rill Health Board said on Friday.",
          PP, HB, NI, "said",
          c("4,112 flu jabs", 4112, "flu_jab", "count", "internal"),
          c("seven days", 7, "day", "duration", "date"),
          c("twice", 2, "times", "count", "internal", "more than", "lower")),
        N(date("16 November"),
          clock("8:30 a.m.", verif="public"),
          clock("7 p.m.", verif="public"),
          c("200 metres", 200, "metre", "distance", "observed", "about", "approximate"),
          c("two hours", 2, "hour", "duration", "observed", "up to", "upper")),
        S("“We had budgeted for 300 people a day,” said Dr Helen Marwick-Osei, the board’s director of public health.",
          DQ, MARWICK, NP, "said",
          c("300 people a day", 300, "person_per_day", "count", "internal")),
        S("“On the busiest day we saw 871.", DQ, MARWICK, NP, "",
          c("871", 871, "person", "count", "internal")),
        S("Staff worked through their breaks.”", DQ, MARWICK, NP, ""),
        S("She added that nine in ten of those vaccinated were aged 65 or over.", PP, MARWICK, NP, "added",
          c("nine in ten", 0.9, "fraction", "percent", "internal"),
          c("65", 65, "year", "duration", "internal", "or over", "lower")),
        S("Uptake among over-65s in the district stands at 61 percent, against a national target of 75 percent, according to figures from the Public Health Agency.",
          PP, "Public Health Agency figures", NI, "according to",
          c("over-65s", 65, "year", "duration", "public", "over", "lower"),
          c("61 percent", 61, "percent", "percent", "public"),
          c("75 percent", 75, "percent", "percent", "public")),
        S("A pharmacist who volunteered at the clinic, and who asked not to be named, said it had run short of vaccine on two afternoons and turned away roughly 150 people on Tuesday.",
          PP, "a pharmacist who volunteered at the clinic", UN, "said",
          c("two afternoons", 2, "afternoon", "count", "unnamed"),
          c("150 people", 150, "person", "count", "unnamed", "roughly", "approximate")),
        S("The board said a second delivery of 6,500 doses had arrived and that the clinic would stay open until 20 December.",
          PP, HB, NI, "said",
          c("6,500 doses", 6500, "dose", "count", "internal"),
          date("20 December", verif="future")),
        N(c("£48,000", 48000, "gbp", "money", "internal"),
          c("£12 a jab", 12, "gbp_per_jab", "money", "arith", "just under", "upper",
            reason="£48,000 over 4,112 jabs is £11.67 a jab; a reader can redo it.")),
        S("Councillor Dev Anand Rao, who chairs the health scrutiny panel, said the district “needs this every winter, not just in a crisis year”.",
          PP, "Dev Anand Rao", NP, "said"),
    ],

    "winter_storm": [
        N(c("2 Feet", 2, "foot", "distance", "weather"),
          date("Jan. 14")),
        S("A winter storm dumped up to 26 inches (66 cm) of snow across the northern plains of Coldwater State on Wednesday, closing a 90-mile stretch of the Northern Turnpike and leaving more than 140,000 homes without power, officials said.",
          PP, "officials", UN, "said",
          c("26 inches", 26, "inch", "distance", "weather", "up to", "upper"),
          c("66 cm", 66, "cm", "distance", "conv", "up to", "upper"),
          c("90-mile", 90, "mile", "distance", "public"),
          c("140,000 homes", 140000, "home", "count", "partial", "more than", "lower")),
        S("The National Weather Office said wind gusts reached 58 mph (93 km/h) at Braska Falls airport, where the temperature fell to minus 11°F (minus 24°C) shortly before 6 a.m. CST.",
          PP, NWO, NI, "said",
          c("58 mph", 58, "mph", "speed", "weather"),
          c("93 km/h", 93, "km_per_hour", "speed", "conv"),
          c("minus 11°F", -11, "degree_fahrenheit", "count", "weather"),
          c("minus 24°C", -24, "degree_celsius", "count", "conv"),
          clock("6 a.m. CST", verif="weather", qualifier="shortly before", bound="upper")),
        S("\"Visibility was under a quarter of a mile for most of the day,\" said Carla Vendrell, a forecaster at the office's regional center.",
          DQ, VENDRELL, NP, "said",
          c("a quarter of a mile", 0.25, "mile", "distance", "weather", "under", "upper")),
        S("\"People should not be on the roads.", DQ, VENDRELL, NP, ""),
        S("Not tonight, not tomorrow morning.\"", DQ, VENDRELL, NP, ""),
        S("Greyfield Power said crews had restored electricity to about 62,000 customers by 4 p.m. and expected most of the rest to be reconnected within 48 hours.",
          PP, "Greyfield Power", NI, "said",
          c("62,000 customers", 62000, "customer", "count", "internal", "about", "approximate"),
          clock("4 p.m.", verif="internal"),
          c("48 hours", 48, "hour", "duration", "future", "within", "upper")),
        S("The state transport department said 310 snowplows were working around the clock and that nearly 40 percent of state roads remained impassable.",
          PP, "Coldwater State transport department", NI, "said",
          c("310 snowplows", 310, "snowplow", "count", "internal"),
          c("40 percent", 40, "percent", "percent", "observed", "nearly", "upper")),
        N(c("23 counties", 23, "county", "count", "public")),
        S("Damage could reach between $350 million and $500 million, the state's commerce board said, citing early estimates from insurers.",
          PP, "Coldwater State commerce board", NI, "said",
          c("$350 million and $500 million", 350000000, "usd", "money", "future", "between", "range", 500000000)),
        S("Forecasters expect a further 4 to 8 inches by Thursday night, with temperatures staying below 0°F until the weekend.",
          PP, "forecasters", UN, "expect",
          c("4 to 8 inches", 4, "inch", "distance", "future", "", "range", 8),
          c("0°F", 0, "degree_fahrenheit", "count", "future", "below", "upper")),
    ],

    "city_marathon": [
        N(c("18,000", 18000, "runner", "count", "observed"),
          c("2:08:31", 7711, "second", "duration", "sport"),
          c("47 seconds", 47, "second", "duration", "sport"),
          date("2019", verif="sport"),
          c("18,500 runners", 18500, "runner", "count", "observed", "about", "approximate"),
          c("29-year-old", 29, "year", "duration", "public"),
          c("35-kilometre", 35, "km", "distance", "sport"),
          c("12 seconds", 12, "second", "duration", "sport"),
          c("2:24:05", 8645, "second", "duration", "sport"),
          c("four years", 4, "year", "duration", "sport")),
        S("“The last 5 km were into the wind, so I knew I had to go early,” Tarus said.", DQ, TARUS, NP, "said",
          c("5 km", 5, "km", "distance", "sport")),
        S("“My legs were finished at 40.", DQ, TARUS, NP, "",
          c("40", 40, "km", "distance", "quote_opinion")),
        S("I just kept counting the lamp posts.”", DQ, TARUS, NP, ""),
        S("He added that he would now aim for a place in the national team.", PP, TARUS, NP, "added"),
        S("Organisers said 17,942 runners finished, up from 15,300 last year, and that the race raised at least £2.1 million for local charities.",
          PP, "organisers", UN, "said",
          c("17,942 runners", 17942, "runner", "count", "sport"),
          c("15,300", 15300, "runner", "count", "sport"),
          c("£2.1 million", 2100000, "gbp", "money", "partial", "at least", "lower")),
        S("Temperatures were between 9°C and 12°C, close to ideal, according to the race’s medical director, Dr Simone Achterberg.",
          PP, ACHTER, NP, "according to",
          c("9°C and 12°C", 9, "degree_celsius", "count", "weather", "between", "range", 12)),
        S("She said 214 runners were treated for minor injuries and four were taken to hospital as a precaution.",
          PP, ACHTER, NP, "said",
          c("214 runners", 214, "runner", "count", "internal"),
          c("four", 4, "runner", "count", "internal")),
        S("A shopkeeper on Harbour Parade, who gave only his first name, Gary, said the road outside his shop was shut for almost nine hours and he lost about £800 in takings.",
          PP, "Gary", NP, "said",
          c("nine hours", 9, "hour", "duration", "observed", "almost", "upper"),
          c("£800", 800, "gbp", "money", "quote_opinion", "about", "approximate")),
        S("The city council said the event brought an estimated £6 million into the local economy.",
          PP, "Porthallow city council", NI, "said",
          c("£6 million", 6000000, "gbp", "money", "specialist", "estimated", "approximate")),
    ],

    "retailer_results": [
        N(c("9%", 9, "percent", "percent", "filing")),
        S("Brightwell Stores, the Lakemont-based home-goods retailer, reported third-quarter revenue of $4.37 billion on Tuesday, up 8.6% from a year earlier.",
          PP, BWS, NI, "reported",
          c("$4.37 billion", 4370000000, "usd", "money", "filing"),
          c("8.6%", 8.6, "percent", "percent", "filing"),
          c("a year", 1, "year", "duration", "filing")),
        S("That was ahead of the $4.21 billion analysts had expected, according to a consensus compiled by Pellham Data.",
          PP, "Pellham Data", NI, "according to",
          c("$4.21 billion", 4210000000, "usd", "money", "market")),
        N(c("$212 million", 212000000, "usd", "money", "filing"),
          c("$1.84 a share", 1.84, "usd_per_share", "money", "filing"),
          c("$168 million", 168000000, "usd", "money", "filing"),
          c("a year", 1, "year", "duration", "filing", "less than", "upper"),
          c("5.2%", 5.2, "percent", "percent", "filing")),
        S("The company said its gross margin widened by 1.3 percentage points to 34.8%, helped by lower freight costs and fewer markdowns.",
          PP, BWS, NI, "said",
          c("1.3 percentage points", 1.3, "percentage_point", "percent", "filing"),
          c("34.8%", 34.8, "percent", "percent", "filing")),
        N(c("a quarter", 0.25, "fraction", "percent", "filing", "roughly", "approximate")),
        S("“Customers are still careful, but they are spending on the home again,” chief executive Rosalind Achebe-Varga said on a call with analysts.",
          DQ, ACHEBE, NP, "said"),
        S("“We saw it first in bedding.", DQ, ACHEBE, NP, ""),
        S("Then it spread to kitchenware and garden furniture.”", DQ, ACHEBE, NP, ""),
        S("She added that Brightwell would open 35 to 40 stores next year, most of them 20,000-square-foot formats in smaller towns, and would hire about 2,500 people before the holiday season.",
          PP, ACHEBE, NP, "added",
          c("35 to 40 stores", 35, "store", "count", "future", "", "range", 40),
          c("20,000-square-foot", 20000, "square_foot", "count", "future"),
          c("2,500 people", 2500, "person", "count", "future", "about", "approximate")),
        N(c("$7.10 and $7.35 a share", 7.1, "usd_per_share", "money", "future", "between", "range", 7.35),
          c("$6.90 to $7.20", 6.9, "usd_per_share", "money", "filing", "", "range", 7.2),
          c("11%", 11, "percent", "percent", "market"),
          c("$96.40", 96.4, "usd", "money", "market"),
          date("March 2022", verif="market")),
        S("One analyst, Tomasz Reinholt of Garrow Capital, said the forecast looked “conservative” given that inventory was down 6% and the company held about $1.1 billion in cash.",
          PP, "Tomasz Reinholt", NP, "said",
          c("6%", 6, "percent", "percent", "filing"),
          c("$1.1 billion", 1100000000, "usd", "money", "filing", "about", "approximate")),
    ],

    "burglary_statistics": [
        S("Burglaries Fall by a Fifth, Police Say — but Fewer Cases Are Solved", PP, KC, NI, "say",
          c("a Fifth", 0.2, "fraction", "percent", "report")),
        S("Kenmoor Constabulary recorded 3,846 burglaries in the year to September, down 21 percent from 4,870 the year before, the force said in figures released on Wednesday.",
          PP, KC, NI, "said",
          c("3,846 burglaries", 3846, "burglary", "count", "report"),
          c("21 percent", 21, "percent", "percent", "arith",
            reason="3,846 against 4,870 is a fall of 21.0 percent; a reader can redo it."),
          c("4,870", 4870, "burglary", "count", "report")),
        S("That is a rate of 7.9 burglaries per 1,000 households, compared with a national average of 9.4, according to the force's annual crime report.",
          PP, KC_REPORT, NI, "according to",
          c("7.9 burglaries per 1,000 households", 7.9, "burglary_per_1000_household", "count", "report"),
          c("9.4", 9.4, "burglary_per_1000_household", "count", "public")),
        S("Detective Chief Superintendent Olu Fairweather said most of the fall came from three towns, Ashby Cross, Wendle and Marrowgate, where a 14-month operation had targeted repeat offenders.",
          PP, FAIRW, NP, "said",
          c("three towns", 3, "town", "count", "report"),
          c("14-month", 14, "month", "duration", "internal")),
        S("\"Six people are now in prison,\" he said.", DQ, FAIRW, NP, "said",
          c("Six people", 6, "person", "count", "court")),
        S("\"Between them they were responsible for over 400 break-ins.\"", DQ, FAIRW, NP, "",
          c("400 break-ins", 400, "break_in", "count", "internal", "over", "lower")),
        S("But the proportion of burglaries solved fell to 4.2 percent, from 5.5 percent, the report shows.",
          PP, KC_REPORT, NI, "shows",
          c("4.2 percent", 4.2, "percent", "percent", "report"),
          c("5.5 percent", 5.5, "percent", "percent", "report")),
        N(c("one burglary in 24", 0.0417, "fraction", "percent", "arith",
            reason="A solved rate of 4.2 percent is about one in 24; a reader can redo it.")),
        S("A detective who asked not to be named said officers in the burglary unit were each handling between 60 and 70 open cases, and that some victims waited more than a week for a visit.",
          PP, "a detective", UN, "said",
          c("60 and 70 open cases", 60, "case", "count", "unnamed", "between", "range", 70),
          c("a week", 1, "week", "duration", "unnamed", "more than", "lower")),
        S("Victim Support Kenmoor said calls to its helpline had risen by almost a third since 2023.",
          PP, "Victim Support Kenmoor", NI, "said",
          c("a third", 0.3333, "fraction", "percent", "internal", "almost", "upper"),
          date("2023")),
        S("Mariam Oduya-Bell, 67, whose flat in Wendle was broken into in March, said she had lost jewellery worth about £3,000.",
          PP, ODUYA, NP, "said",
          c("67", 67, "year", "duration", "public"),
          c("£3,000", 3000, "gbp", "money", "quote_opinion", "about", "approximate")),
        S("\"They took my mother's ring.", DQ, ODUYA, NP, ""),
        S("The police came after nine days.\"", DQ, ODUYA, NP, "",
          c("nine days", 9, "day", "duration", "internal")),
        S("The force's budget for the year is £312 million, roughly £14 million less in real terms than in 2019, according to the Kenmoor Police and Crime Panel.",
          PP, "Kenmoor Police and Crime Panel", NI, "according to",
          c("£312 million", 312000000, "gbp", "money", "public"),
          c("£14 million", 14000000, "gbp", "money", "specialist", "roughly", "approximate"),
          date("2019", verif="public")),
    ],

    "telescope_first_light": [
        N(c("1,000 Unknown Galaxies", 1000, "galaxy", "count", "specialist"),
          c("11 weeks", 11, "week", "duration", "date"),
          date("9 September"),
          c("4.2-metre", 4.2, "metre", "distance", "public"),
          c("three years", 3, "year", "duration", "internal", "almost", "upper"),
          c("2,870 metres", 2870, "metre", "distance", "public"),
          c("9,416 feet", 9416, "foot", "distance", "conv")),
        S("In a 30-second exposure of a patch of sky about the size of the full Moon, the telescope recorded more than 1,400 galaxies, roughly 1,100 of which had never been catalogued, the observatory said.",
          PP, SRO, NI, "said",
          c("30-second", 30, "second", "duration", "specialist"),
          c("1,400 galaxies", 1400, "galaxy", "count", "specialist", "more than", "lower"),
          c("1,100", 1100, "galaxy", "count", "specialist", "roughly", "approximate")),
        S("“We expected it to be good,” said Professor Ines Kallberg-Moyo, the project’s scientific director.",
          DQ, KALL, NP, "said"),
        S("“We did not expect this much, this soon.", DQ, KALL, NP, ""),
        S("Some of these galaxies are more than 10 billion light years away.”", DQ, KALL, NP, "",
          c("10 billion light years", 10000000000, "light_year", "distance", "specialist", "more than", "lower")),
        S("She added that the camera, with 1.8 billion pixels, would map the whole southern sky every four nights once full operations begin in spring 2027.",
          PP, KALL, NP, "added",
          c("1.8 billion pixels", 1800000000, "pixel", "count", "public"),
          c("four nights", 4, "night", "duration", "future"),
          date("spring 2027", verif="future")),
        S("The project has cost €640 million, shared between 14 countries, according to the Southern Sky Consortium, which runs it.",
          PP, SSC, NI, "according to",
          c("€640 million", 640000000, "eur", "money", "public"),
          c("14 countries", 14, "country", "count", "public")),
        S("The consortium expects the telescope to produce about 20 terabytes of data a night.",
          PP, SSC, NI, "expects",
          c("20 terabytes of data a night", 20, "terabyte_per_night", "count", "future", "about", "approximate")),
        S("Dr Femi Castellane, an astronomer at the University of Derrow who is not involved in the project, said the images were “very promising” but that the galaxy counts were preliminary.",
          PP, CAST, NP, "said"),
        S("He said up to 15 percent of the new objects could turn out to be stars or flaws in the images.",
          PP, CAST, NP, "said",
          c("15 percent", 15, "percent", "percent", "quote_opinion", "up to", "upper")),
    ],

    "school_budget_vote": [
        N(c("$38 Million", 38000000, "usd", "money", "vote"),
          c("seven", 7, "vote", "count", "vote"),
          c("four", 4, "vote", "count", "vote"),
          clock("11:30 p.m.", verif="vote", qualifier="shortly after", bound="lower"),
          c("$38.6 million", 38600000, "usd", "money", "vote"),
          date("July 1"),
          c("4.9 percent", 4.9, "percent", "percent", "vote"),
          c("$212", 212, "usd", "money", "specialist", "about", "approximate"),
          c("300 residents", 300, "resident", "count", "observed", "more than", "lower"),
          c("four-hour", 4, "hour", "duration", "vote"),
          c("62", 62, "resident", "count", "vote")),
        S("Superintendent Dana Whitcombe-Ruiz told council members the increase would pay for 14 new teaching posts and keep average class sizes in the town’s three elementary schools below 22 pupils.",
          PP, WHITC, NP, "told",
          c("14 new teaching posts", 14, "teaching_post", "count", "future"),
          c("three elementary schools", 3, "elementary_school", "count", "public"),
          c("22 pupils", 22, "pupil", "count", "future", "below", "upper")),
        S("“Without it, we would be at 27 or 28 in some second-grade rooms,” she said.", DQ, WHITC, NP, "said",
          c("27 or 28", 27, "pupil", "count", "quote_opinion", "", "range", 28)),
        S("“That is not a number I can defend to parents.”", DQ, WHITC, NP, ""),
        S("Council member Frank Derosier, who voted against, said the town could not keep raising taxes “when seniors on fixed incomes are already paying $6,800 a year”.",
          PP, "Frank Derosier", NP, "said",
          c("$6,800 a year", 6800, "usd_per_year", "money", "quote_opinion")),
        N(c("2.5 percent", 2.5, "percent", "percent", "vote"),
          c("4", 4, "vote", "count", "vote"),
          c("7", 7, "vote", "count", "vote")),
        S("According to the town’s finance director, Lorna Petit, the budget balances only by drawing $1.2 million from reserves, leaving them at roughly 8 percent of spending, below the 10 percent the state recommends.",
          PP, "Lorna Petit", NP, "according to",
          c("$1.2 million", 1200000, "usd", "money", "public"),
          c("8 percent", 8, "percent", "percent", "public", "roughly", "approximate"),
          c("10 percent", 10, "percent", "percent", "public")),
        S("Two council members, who asked not to be named because talks with the teachers’ union are continuing, said a new contract could add a further $900,000 to $1.4 million a year.",
          PP, "two council members", UN, "said",
          c("$900,000 to $1.4 million a year", 900000, "usd_per_year", "money", "future", "", "range", 1400000)),
        N(date("Dec. 9", verif="future")),
    ],

    "drought_reservoirs_wire": [
        N(c("30%", 30, "percent", "percent", "public", "below", "upper"),
          date("12 Nov")),
        S("The reservoirs of the Valdeluna basin stand at 27.4 percent of their capacity, the lowest level for this time of year since records began in 1991, the regional water authority reported on Thursday.",
          PP, VHC, NI, "reported",
          c("27.4 percent", 27.4, "percent", "percent", "public"),
          date("1991", verif="public")),
        S("The seven main reservoirs hold 412 cubic hectometres, compared with 655 a year ago, according to the weekly bulletin of the Valdeluna Hydrographic Confederation.",
          PP, VHC + " weekly bulletin", NI, "according to",
          c("seven main reservoirs", 7, "reservoir", "count", "public"),
          c("412 cubic hectometres", 412, "cubic_hectometre", "count", "public"),
          c("655", 655, "cubic_hectometre", "count", "public"),
          c("a year", 1, "year", "duration", "public")),
        S("«We are facing the driest period in six decades», said the president of the confederation, Araceli Montoya Ferrer.",
          DQ, MONTOYA, NP, "said",
          c("six decades", 6, "decade", "duration", "weather")),
        S("«If it does not rain before March, we will have to cut supply to farmers again.»", DQ, MONTOYA, NP, ""),
        S("She added that irrigation restrictions already affect some 38,000 hectares.", PP, MONTOYA, NP, "added",
          c("38,000 hectares", 38000, "hectare", "count", "partial", "some", "approximate")),
        S("The regional government approved on Wednesday an aid package of 45 million euros for farmers, of which 12 million will go to olive growers, according to sources in the regional ministry of agriculture.",
          PP, "sources in the regional ministry of agriculture", UN, "according to",
          c("45 million euros", 45000000, "eur", "money", "public"),
          c("12 million", 12000000, "eur", "money", "unnamed")),
        S("In the town of Carrizal de la Sierra, with 4,300 inhabitants, the water supply is cut every night from 22:00 to 06:00, its mayor, Julián Ortega Baños, confirmed to this agency.",
          PP, ORTEGA, NP, "confirmed",
          c("4,300 inhabitants", 4300, "inhabitant", "count", "public"),
          clock("22:00", verif="observed"),
          clock("06:00", verif="observed")),
        S("«People fill buckets in the afternoon.", DQ, ORTEGA, NP, ""),
        S("The elderly cannot carry 20 litres up the stairs», he explained.", DQ, ORTEGA, NP, "explained",
          c("20 litres", 20, "litre", "count", "quote_opinion")),
        S("The National Meteorology Service forecasts rainfall between 20% and 40% below normal until January.",
          PP, "National Meteorology Service", NI, "forecasts",
          c("20% and 40%", 20, "percent", "percent", "future", "between", "range", 40)),
    ],

    "offshore_wind_farm": [
        N(c("1 Million Homes", 1000000, "home", "count", "future"),
          date("24 November 2026")),
        S("Northwind Skerrow Ltd today confirmed a final investment decision on Skerrow Bank, a 1.4-gigawatt offshore wind farm about 85 kilometres (53 miles) off the Dunmere coast.",
          PP, NSL, NI, "confirmed",
          c("1.4-gigawatt", 1.4, "gigawatt", "count", "arith",
            reason="96 turbines of 15 megawatts make 1,440 megawatts; a reader can redo it."),
          c("85 kilometres", 85, "km", "distance", "public", "about", "approximate"),
          c("53 miles", 53, "mile", "distance", "conv", "about", "approximate")),
        N(c("96 turbines", 96, "turbine", "count", "future"),
          c("15 megawatts", 15, "megawatt", "count", "public"),
          c("270 metres", 270, "metre", "distance", "public", "up to", "upper"),
          date("2027", verif="future"),
          date("2029", verif="future")),
        S("“Skerrow Bank is the largest single investment in Dunmere’s history,” said chief executive Ingrid Haugland-Reyes.",
          DQ, HAUG, NP, "said"),
        S("“It will create around 1,100 jobs during construction and 240 permanent ones once it is running.",
          DQ, HAUG, NP, "",
          c("1,100 jobs", 1100, "job", "count", "future", "around", "approximate"),
          c("240", 240, "job", "count", "future")),
        S("Most of them will be in Port Ellary.”", DQ, HAUG, NP, ""),
        S("The company said the total cost is an estimated £5.8 billion, of which about 30 percent will be financed by its Norwegian partner, Vestlys Energi AS, which has committed 20 billion kroner (about £1.5 billion).",
          PP, NSL, NI, "said",
          c("£5.8 billion", 5800000000, "gbp", "money", "future", "estimated", "approximate"),
          c("30 percent", 30, "percent", "percent", "future", "about", "approximate"),
          c("20 billion kroner", 20000000000, "nok", "money", "public"),
          c("£1.5 billion", 1500000000, "gbp", "money", "conv", "about", "approximate")),
        S("According to the company, the wind farm will generate roughly 5.9 terawatt hours a year, enough for about 1 million homes.",
          PP, NSL, NI, "according to",
          c("5.9 terawatt hours a year", 5.9, "terawatt_hour_per_year", "count", "future", "roughly", "approximate"),
          c("1 million homes", 1000000, "home", "count", "future", "about", "approximate")),
        S("The Skerrow Fishermen’s Association said its 140 members would lose access to fishing grounds covering some 300 square kilometres and were seeking compensation of at least £25 million.",
          PP, "Skerrow Fishermen’s Association", NI, "said",
          c("140 members", 140, "member", "count", "internal"),
          c("300 square kilometres", 300, "square_km", "count", "public", "some", "approximate"),
          c("£25 million", 25000000, "gbp", "money", "internal", "at least", "lower")),
        S("A spokesperson for the regulator, the Dunmere Marine Authority, said the licence requires turbines to stop for up to 6 hours a day during the bird migration in April and May.",
          PP, "a spokesperson for the Dunmere Marine Authority", UN, "said",
          c("6 hours a day", 6, "hour_per_day", "duration", "public", "up to", "upper")),
    ],

    "airport_passengers": [
        N(c("9.2 Million", 9200000, "passenger", "count", "public"),
          c("9,184,300 passengers", 9184300, "passenger", "count", "public"),
          c("12 months", 12, "month", "duration", "public"),
          c("13 percent", 13, "percent", "percent", "public"),
          c("8.7 million", 8700000, "passenger", "count", "public"),
          date("2019", verif="public")),
        S("The figures were published on Thursday by the Civil Aviation Board, which said Kellford was now the country’s fourth-busiest airport.",
          PP, "Civil Aviation Board", NI, "said"),
        S("Managing director Colm Ashgrove-Nair said the growth came mainly from 11 new routes, including a daily service to Marisca.",
          PP, ASHG, NP, "said",
          c("11 new routes", 11, "route", "count", "public")),
        S("“We added 1.1 million seats this year,” he said.", DQ, ASHG, NP, "said",
          c("1.1 million seats", 1100000, "seat", "count", "internal")),
        S("“We filled almost nine in ten of them.”", DQ, ASHG, NP, "",
          c("nine in ten", 0.9, "fraction", "percent", "internal", "almost", "upper")),
        S("Average security waits at peak hours rose to 26 minutes in August, and on the worst days passengers queued for more than an hour, according to a passenger group, Kellford Flyers’ Forum.",
          PP, "Kellford Flyers’ Forum", NI, "according to",
          c("26 minutes", 26, "minute", "duration", "observed"),
          c("an hour", 1, "hour", "duration", "observed", "more than", "lower")),
        S("A baggage handler, who did not want to be named, said staff were working 12-hour shifts and that up to a quarter of the day’s luggage reached the carousels late.",
          PP, "a baggage handler", UN, "said",
          c("12-hour", 12, "hour", "duration", "unnamed"),
          c("a quarter", 0.25, "fraction", "percent", "unnamed", "up to", "upper")),
        S("On Saturday one flight from Marisca waited a further 40 minutes for its bags, he added.",
          PP, "a baggage handler", UN, "added",
          c("one flight", 1, "flight", "count", "observed"),
          c("40 minutes", 40, "minute", "duration", "observed")),
        S("The board’s data show 3,420 flights delayed by more than 15 minutes between June and September.",
          PP, "Civil Aviation Board data", NI, "show",
          c("3,420 flights", 3420, "flight", "count", "public"),
          c("15 minutes", 15, "minute", "duration", "public", "more than", "lower")),
        S("The airport says a £140 million terminal extension, due to open in spring 2028, will raise capacity to 12 million passengers a year.",
          PP, "Kellford Airport", NI, "says",
          c("£140 million", 140000000, "gbp", "money", "future"),
          date("spring 2028", verif="future"),
          c("12 million passengers a year", 12000000, "passenger_per_year", "count", "future")),
        S("The residents’ group Quieter Skies said night flights between 23:30 and 06:00 had risen from 8 to 15 a week.",
          PP, "Quieter Skies", NI, "said",
          clock("23:30", verif="observed"),
          clock("06:00", verif="observed"),
          c("8", 8, "night_flight_per_week", "count", "observed"),
          c("15 a week", 15, "night_flight_per_week", "count", "observed")),
    ],
}


if __name__ == "__main__":
    for name, spec in SPECS.items():
        n_c, n_s = build(name, spec)
        print(f"{name}: {n_c} claims, {n_s} sentences")
