"""Build the claims and sentences ledgers of data/heldout/batch5 from hand-chosen phrases.

Written 2026-11-28 by a helper session that never saw the extractor (see README.md).
The specs format and helper functions are copied from data/heldout/batch3/build.py.
Every span below was chosen by hand from a reading of the article; this script only turns each phrase
into its Python offsets (code points, end exclusive) and writes the CSVs. It imports nothing from the
project. Run: python data/heldout/batch5/build.py, then python data/heldout/batch5/verify.py.

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
    "election": ("checkable", "The electoral commission publishes the certified results."),
    "exam": ("checkable", "The examinations board's published results tables would confirm it."),
    "agreement": ("checkable", "The published text of the agreement states it."),
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

DHO = "Dunmere Housing Observatory"
VAM = "Varnholm agriculture ministry"
NEB = "National Examinations Board"
BEC = "Brenmark electoral commission"
QS = "Quillion Systems"
OSTM = "Oberland state transport ministry"
CC = "Corvane Cruises"

SPECS = {
    "dunmere_rents": [
        N(c("12%", 12, "percent", "percent", "public"),
          c("a Year", 1, "year", "duration", "public")),
        S("Average rents for a two-bedroom flat in Dunmere rose 11.6 percent in the year to September, to £1,145 a month, according to figures published on Wednesday by the Dunmere Housing Observatory.",
          PP, DHO + " figures", NI, "according to",
          c("two-bedroom", 2, "bedroom", "count", "public"),
          c("11.6 percent", 11.6, "percent", "percent", "public"),
          c("£1,145 a month", 1145, "gbp_per_month", "money", "public")),
        S("The observatory said one-bedroom flats now cost an average of £860 a month, up from £772, and that renters in the city spend about 38 percent of their take-home pay on housing.",
          PP, DHO, NI, "said",
          c("one-bedroom", 1, "bedroom", "count", "public"),
          c("£860 a month", 860, "gbp_per_month", "money", "public"),
          c("£772", 772, "gbp_per_month", "money", "public"),
          c("38 percent", 38, "percent", "percent", "specialist", "about", "approximate")),
        S("“For a nurse or a bus driver, that is simply not sustainable,” said Carys Hollingrake, who chairs the Dunmere Tenants’ Union.",
          DQ, "Carys Hollingrake", NP, "said"),
        S("“We hear from families who have moved three times in four years.", DQ, "Carys Hollingrake", NP, "",
          c("three times", 3, "occasion", "count", "quote_opinion"),
          c("four years", 4, "year", "duration", "quote_opinion")),
        S("Some are sharing a 45-square-metre flat with another household.”", DQ, "Carys Hollingrake", NP, "",
          c("45-square-metre", 45, "square_metre", "count", "quote_opinion")),
        S("She added that the union’s advice line took more than 2,600 calls in October alone.",
          PP, "Carys Hollingrake", NP, "added",
          c("2,600 calls", 2600, "call", "count", "internal", "more than", "lower")),
        N(c("14-storey", 14, "storey", "count", "public"),
          c("210 homes", 210, "home", "count", "public"),
          c("a third", 0.3333, "fraction", "percent", "public", "roughly", "approximate"),
          date("March 2027", verif="future"),
          c("26 and 30 months", 26, "month", "duration", "future", "between", "range", 30)),
        S("A council housing officer, who was not authorised to speak publicly, said the waiting list stood at 7,480 households, or about 52 per 1,000 residents.",
          PP, "a council housing officer", UN, "said",
          c("7,480 households", 7480, "household", "count", "unnamed"),
          c("52 per 1,000 residents", 52, "household_per_1000_resident", "count", "unnamed", "about",
            "approximate")),
        S("Felix Marchetti-Oyelaran of the Southern Landlords’ Association said mortgage costs for buy-to-let owners had nearly doubled since 2022 and that fewer than one in ten of his members planned further increases this year.",
          PP, "Felix Marchetti-Oyelaran", NP, "said",
          c("doubled", 2, "times", "count", "market", "nearly", "upper"),
          date("2022", verif="public"),
          c("one in ten", 0.1, "fraction", "percent", "internal", "fewer than", "upper")),
    ],

    "varnholm_drought_harvest": [
        N(c("a Quarter", 0.25, "fraction", "percent", "future",
            reason="A forecast; the body gives 24 percent, so a reader can compare the headline with it."),
          date("14 Aug")),
        S("Farmers in the Varnholm plains expect to bring in about 1.9 million tonnes of wheat this year, down 24 percent on 2025, after the driest spring since records began in 1911, the Varnholm agriculture ministry said on Friday.",
          PP, VAM, NI, "said",
          c("1.9 million tonnes", 1900000, "tonne", "count", "future", "about", "approximate"),
          c("24 percent", 24, "percent", "percent", "future"),
          date("2025", verif="public"),
          date("1911", verif="weather")),
        S("Only 61 mm of rain (2.4 inches) fell between March and June, less than half the long-term average, according to the Varnholm Weather Service.",
          PP, "Varnholm Weather Service", NI, "according to",
          c("61 mm", 61, "mm", "distance", "weather"),
          c("2.4 inches", 2.4, "inch", "distance", "conv"),
          c("half", 0.5, "fraction", "percent", "weather", "less than", "upper")),
        S("Yields on unirrigated land dropped to 4.1 tonnes per hectare from 6.3, the ministry said.",
          PP, VAM, NI, "said",
          c("4.1 tonnes per hectare", 4.1, "tonne_per_hectare", "count", "specialist"),
          c("6.3", 6.3, "tonne_per_hectare", "count", "public")),
        S("“I have farmed here for 31 years and I have never seen ears this small,” said Aurelio Bensaïd, who grows wheat on 420 hectares near Talmouth.",
          DQ, "Aurelio Bensaïd", NP, "said",
          c("31 years", 31, "year", "duration", "quote_opinion"),
          c("420 hectares", 420, "hectare", "count", "partial")),
        S("“We will be lucky to cover costs.”", DQ, "Aurelio Bensaïd", NP, ""),
        S("He said his fuel and fertiliser bill had risen by roughly €38,000.", PP, "Aurelio Bensaïd", NP, "said",
          c("€38,000", 38000, "eur", "money", "quote_opinion", "roughly", "approximate")),
        S("Millers told Meridian Wire that bread-wheat prices on the Talmouth exchange had climbed to €287 a tonne, up from €231 in early June.",
          PP, "millers", UN, "told",
          c("€287 a tonne", 287, "eur_per_tonne", "money", "market"),
          c("€231", 231, "eur_per_tonne", "money", "market")),
        N(c("€45 million", 45000000, "eur", "money", "public", "up to", "upper"),
          c("12 months", 12, "month", "duration", "public")),
        S("Farm unions said the package would cover at most a fifth of losses, which they put at between €180 million and €220 million.",
          PP, "farm unions", UN, "said",
          c("a fifth", 0.2, "fraction", "percent", "future", "at most", "upper"),
          c("€180 million and €220 million", 180000000, "eur", "money", "specialist", "between", "range",
            220000000)),
        S("A ministry official, speaking on condition of anonymity, said water restrictions affecting some 3,200 farms could stay in place until 31 October.",
          PP, "a ministry official", UN, "said",
          c("3,200 farms", 3200, "farm", "count", "unnamed", "some", "approximate"),
          date("31 October", verif="future")),
    ],

    "caldoran_exam_results": [
        N(c("81%", 81, "percent", "percent", "exam")),
        S("The share of Caldoran pupils passing the national leaving examination fell to 81.4 percent this summer, from 83.9 percent in 2025, the National Examinations Board announced on Tuesday.",
          PP, NEB, NI, "announced",
          c("81.4 percent", 81.4, "percent", "percent", "exam"),
          c("83.9 percent", 83.9, "percent", "percent", "exam"),
          date("2025", verif="exam")),
        S("Of the 64,210 candidates who sat the exam, 9,870 failed at least one compulsory paper, the board said.",
          PP, NEB, NI, "said",
          c("64,210 candidates", 64210, "candidate", "count", "exam"),
          c("9,870", 9870, "candidate", "count", "exam"),
          c("one compulsory paper", 1, "paper", "count", "exam", "at least", "lower")),
        N(c("72 percent", 72, "percent", "percent", "exam"),
          c("3.5 percentage points", 3.5, "percentage_point", "percent", "exam")),
        S("The board’s chief examiner, Ilse Dragomir-Watts, said the drop was “within the normal range” and blamed disruption during a nine-day teachers’ strike in February.",
          PP, "Ilse Dragomir-Watts", NP, "said",
          c("nine-day", 9, "day", "duration", "public")),
        S("“Schools that lost the most teaching days saw the biggest falls,” she said.",
          DQ, "Ilse Dragomir-Watts", NP, "said"),
        S("“In some districts pupils missed a fortnight of lessons.”", DQ, "Ilse Dragomir-Watts", NP, "",
          c("a fortnight", 1, "fortnight", "duration", "partial")),
        N(c("6,415 candidates", 6415, "candidate", "count", "exam"),
          c("one in ten", 0.1, "fraction", "percent", "arith", "almost", "upper",
            reason="6,415 of 64,210 candidates is 9.99 percent; a reader can redo it."),
          c("18", 18, "point", "count", "exam", "or more", "lower"),
          c("20", 20, "point", "count", "exam"),
          c("four subjects", 4, "subject", "count", "exam", "at least", "lower")),
        S("According to the Caldoran Teachers’ Federation, citing the board’s own data, schools in the northern districts had 31 pupils per class on average, against 24 in the capital, Vessary.",
          PP, "Caldoran Teachers’ Federation", NI, "according to",
          c("31 pupils per class", 31, "pupil_per_class", "count", "specialist"),
          c("24", 24, "pupil_per_class", "count", "specialist")),
        S("The federation’s general secretary, Rui Amaral-Benn, said the gap “has grown every year since 2019”.",
          PP, "Rui Amaral-Benn", NP, "said",
          date("2019", verif="specialist")),
        N(clock("8 a.m.", verif="public"),
          c("40 minutes", 40, "minute", "duration", "observed", "about", "approximate")),
        S("The board said it had received more than 200,000 visits an hour.", PP, NEB, NI, "said",
          c("200,000 visits an hour", 200000, "visit_per_hour", "count", "internal", "more than", "lower")),
        N(date("17"),
          date("21 August")),
        S("The board expects between 7,000 and 8,000 candidates to register before the 31 July deadline.",
          PP, NEB, NI, "expects",
          c("7,000 and 8,000 candidates", 7000, "candidate", "count", "future", "between", "range", 8000),
          date("31 July")),
    ],

    "brenmark_turnout": [
        S("Just 41.7 percent of registered voters cast a ballot in Sunday’s election to the Brenmark regional assembly, the lowest turnout since the assembly was created in 1994, the Brenmark electoral commission said on Monday.",
          PP, BEC, NI, "said",
          c("41.7 percent", 41.7, "percent", "percent", "election"),
          date("1994", verif="public")),
        N(c("6.2 percentage points", 6.2, "percentage_point", "percent", "arith",
            reason="47.9 minus 41.7 is 6.2 points; a reader can redo it."),
          date("2022", verif="election"),
          c("47.9 percent", 47.9, "percent", "percent", "election")),
        S("In absolute terms, about 812,000 of the region’s 1.95 million voters took part, the commission said.",
          PP, BEC, NI, "said",
          c("812,000", 812000, "voter", "count", "election", "about", "approximate"),
          c("1.95 million voters", 1950000, "voter", "count", "election")),
        N(c("58 percent", 58, "percent", "percent", "election"),
          c("a third", 0.3333, "fraction", "percent", "election", "fewer than", "upper")),
        S("Some polling stations in Harnsby closed at 9 p.m. with queues of under five people, according to local observers.",
          PP, "local observers", UN, "according to",
          clock("9 p.m.", verif="public"),
          c("five people", 5, "person", "count", "unnamed", "under", "upper")),
        S("“People are telling us that nothing changes whoever they vote for,” said Mirela Sundqvist, a political scientist at the University of Harnsby.",
          DQ, "Mirela Sundqvist", NP, "said"),
        S("“When turnout falls below 45 percent, the assembly’s mandate starts to look thin.”",
          DQ, "Mirela Sundqvist", NP, "",
          c("45 percent", 45, "percent", "percent", "quote_opinion", "below", "upper")),
        S("She added that postal votes, which rose to nearly 96,000, had partly masked the decline.",
          PP, "Mirela Sundqvist", NP, "added",
          c("96,000", 96000, "vote", "count", "election", "nearly", "upper")),
        N(c("27", 27, "seat", "count", "election"),
          c("61 seats", 61, "seat", "count", "public"),
          c("four", 4, "seat", "count", "arith",
            reason="A majority of 61 seats is 31; 31 minus 27 is four, a reader can redo it."),
          c("two weeks", 2, "week", "duration", "future", "within", "upper")),
        S("A Centre Alliance official, who asked not to be named, said talks with the Greens would begin on Wednesday.",
          PP, "a Centre Alliance official", UN, "said"),
        S("The commission said it would publish final, certified results by 4 October, after 2,300 postal ballots that arrived late have been checked.",
          PP, BEC, NI, "said",
          date("4 October", verif="future"),
          c("2,300 postal ballots", 2300, "ballot", "count", "internal")),
    ],

    "cedar_hollow_wildfire": [
        N(c("3,000", 3000, "resident", "count", "public",
            reason="Evacuation orders are public; the body gives around 2,700, so a reader can compare.")),
        S("A wildfire in the hills above Cedar Hollow had burned about 11,400 acres (4,600 hectares) by Thursday evening and was 15% contained, the Pine County Fire Authority said.",
          PP, "Pine County Fire Authority", NI, "said",
          c("11,400 acres", 11400, "acre", "count", "specialist", "about", "approximate"),
          c("4,600 hectares", 4600, "hectare", "count", "conv", "about", "approximate"),
          c("15%", 15, "percent", "percent", "specialist")),
        S("Around 2,700 residents of Cedar Hollow and the neighboring town of Mill Fork were ordered to leave late Wednesday, and at least 34 homes have been destroyed, county officials said.",
          PP, "county officials", UN, "said",
          c("2,700 residents", 2700, "resident", "count", "public", "around", "approximate"),
          c("34 homes", 34, "home", "count", "observed", "at least", "lower")),
        N(c("two firefighters", 2, "firefighter", "count", "observed")),
        S("The fire started shortly after 2:15 p.m. on Tuesday near a campground on Bitterroot Road, and winds gusting to 45 mph (72 km/h) pushed it east at up to a mile an hour, said incident commander Dolores Achterberg-Reyes.",
          PP, "Dolores Achterberg-Reyes", NP, "said",
          clock("2:15 p.m.", verif="specialist", qualifier="shortly after", bound="lower"),
          c("45 mph", 45, "mile_per_hour", "speed", "weather"),
          c("72 km/h", 72, "km_per_hour", "speed", "conv"),
          c("a mile an hour", 1, "mile_per_hour", "speed", "specialist", "up to", "upper")),
        S('"We have more than 600 personnel on the line, 11 helicopters and four air tankers," Achterberg-Reyes told reporters at a 7 a.m. briefing on Thursday.',
          DQ, "Dolores Achterberg-Reyes", NP, "told",
          c("600 personnel", 600, "personnel", "count", "internal", "more than", "lower"),
          c("11 helicopters", 11, "helicopter", "count", "internal"),
          c("four air tankers", 4, "air_tanker", "count", "internal"),
          clock("7 a.m.", verif="public")),
        S('"The next 48 hours are critical.', DQ, "Dolores Achterberg-Reyes", NP, "",
          c("48 hours", 48, "hour", "duration", "future")),
        S('Humidity will drop below 10% tomorrow afternoon."', DQ, "Dolores Achterberg-Reyes", NP, "",
          c("10%", 10, "percent", "percent", "future", "below", "upper")),
        S("A shelter at Mill Fork High School housed 310 people overnight, according to the Pine County Relief Society, which runs it.",
          PP, "Pine County Relief Society", NI, "according to",
          c("310 people", 310, "person", "count", "internal")),
        S("A volunteer there said some families had arrived with only the clothes they were wearing.",
          PP, "a volunteer", UN, "said"),
        S("Temperatures reached 104°F (40°C) on Wednesday, two degrees above the record for the date, the Bellcastle office of the Regional Weather Service said.",
          PP, "Bellcastle office of the Regional Weather Service", NI, "said",
          c("104°F", 104, "degree_fahrenheit", "count", "weather"),
          c("40°C", 40, "degree_celsius", "count", "conv"),
          c("two degrees", 2, "degree_fahrenheit", "count", "weather")),
    ],

    "quillion_layoffs": [
        N(c("1 in 5", 0.2, "fraction", "percent", "arith",
            reason="The body gives 940 jobs, about 18 percent; a reader can compare it with one in five.")),
        S("Quillion Systems, the Arnsby-based maker of accounting software, will lay off 940 employees, about 18 percent of its workforce, the company said in a statement on Monday.",
          PP, QS, NI, "said",
          c("940 employees", 940, "employee", "count", "filing"),
          c("18 percent", 18, "percent", "percent", "partial", "about", "approximate")),
        S("Staff were told in a 20-minute video call at 9:30 a.m., according to three employees who spoke on condition of anonymity.",
          PP, "three employees", UN, "according to",
          c("20-minute", 20, "minute", "duration", "unnamed"),
          clock("9:30 a.m.", verif="unnamed")),
        S("“This is the hardest decision I have made in 11 years at Quillion,” chief executive Anouk Verbeek-Tan wrote in a memo to staff seen by the Lessford Ledger.",
          DQ, "Anouk Verbeek-Tan", NP, "wrote",
          c("11 years", 11, "year", "duration", "public")),
        S("“We grew too fast, and we have to be honest about that.”", DQ, "Anouk Verbeek-Tan", NP, ""),
        S("Departing staff will receive 16 weeks’ pay plus one week for every year of service, the memo said.",
          PP, "memo to staff seen by the Lessford Ledger", UN, "said",
          c("16 weeks", 16, "week", "duration", "unnamed"),
          c("one week for every year of service", 1, "week_per_year_of_service", "count", "unnamed")),
        S("The company expects the restructuring to cost between $52 million and $60 million and to save about $110 million a year from 2028.",
          PP, QS, NI, "expects",
          c("$52 million and $60 million", 52000000, "usd", "money", "future", "between", "range", 60000000),
          c("$110 million a year", 110000000, "usd_per_year", "money", "future", "about", "approximate"),
          date("2028", verif="future")),
        S("Quillion’s annual recurring revenue grew 4 percent last year, to $1.38 billion, well short of the 20 to 25 percent growth it reported in 2021 and 2022, its filings show.",
          PP, QS + " filings", NI, "show",
          c("4 percent", 4, "percent", "percent", "filing"),
          c("$1.38 billion", 1380000000, "usd", "money", "filing"),
          c("20 to 25 percent", 20, "percent", "percent", "filing", "", "range", 25),
          date("2021", verif="filing"),
          date("2022", verif="filing")),
        N(c("7.3%", 7.3, "percent", "percent", "market"),
          c("$41.85", 41.85, "usd", "money", "market")),
        S("An analyst at Brantwood Securities, Kenji Okafor-Lund, said the company had hired more than 2,000 people in three years.",
          PP, "Kenji Okafor-Lund", NP, "said",
          c("2,000 people", 2000, "person", "count", "partial", "more than", "lower"),
          c("three years", 3, "year", "duration", "partial")),
        S("“They are unwinding the pandemic boom,” he added.", DQ, "Kenji Okafor-Lund", NP, "added"),
        S("“I would not be surprised by another round within 12 months.”", DQ, "Kenji Okafor-Lund", NP, "",
          c("12 months", 12, "month", "duration", "future", "within", "upper")),
    ],

    "merrow_sea_quotas": [
        N(c("Deep Cut", "", "", "qualitative", "arith", bound="approximate",
            reason="The body gives a 28 percent cut against 45 percent advised; a reader can judge 'deep'."),
          c("five Merrow Sea states", 5, "state", "count", "public"),
          c("28 percent", 28, "percent", "percent", "agreement"),
          c("41,500 tonnes", 41500, "tonne", "count", "agreement"),
          c("20 hours", 20, "hour", "duration", "observed", "nearly", "upper"),
          clock("4:40 a.m.", verif="observed", qualifier="about", bound="approximate"),
          c("45 percent", 45, "percent", "percent", "report")),
        S("The council’s surveys found the spawning stock at roughly 96,000 tonnes, short of the 110,000-tonne safe limit.",
          PP, "Merrow Sea Science Council surveys", NI, "found",
          c("96,000 tonnes", 96000, "tonne", "count", "specialist", "roughly", "approximate"),
          c("110,000-tonne", 110000, "tonne", "count", "report")),
        N(c("230,000 tonnes", 230000, "tonne", "count", "agreement"),
          c("8 percent", 8, "percent", "percent", "agreement", "up to", "upper")),
        S("“We have chosen a path between ecology and the harbour towns,” said Halvard Strømsnes, the Kastelholm minister who chaired the meeting.",
          DQ, "Halvard Strømsnes", NP, "said"),
        S("“A cut of 45 percent would have tied up half the fleet overnight.”", DQ, "Halvard Strømsnes", NP, "",
          c("45 percent", 45, "percent", "percent", "report"),
          c("half", 0.5, "fraction", "percent", "quote_opinion")),
        S("Sea Futures, a campaign group, said the ministers had ignored scientific advice for the ninth year in a row and that cod numbers were now less than a quarter of their level in the 1980s.",
          PP, "Sea Futures", NI, "said",
          c("a quarter", 0.25, "fraction", "percent", "specialist", "less than", "upper"),
          date("1980s", verif="specialist")),
        S("The fishing industry says some 4,300 jobs at sea and around 11,000 on shore depend on the Merrow cod fishery.",
          PP, "fishing industry", UN, "says",
          c("4,300 jobs", 4300, "job", "count", "partial", "some", "approximate"),
          c("11,000", 11000, "job", "count", "partial", "around", "approximate")),
        S("Vessel owners will be compensated at €1,850 per day tied up, for up to 60 days, according to the agreement text.",
          PP, "agreement text", NI, "according to",
          c("€1,850 per day", 1850, "eur_per_day", "money", "agreement"),
          c("60 days", 60, "day", "duration", "agreement", "up to", "upper")),
        N(date("1 January", verif="agreement")),
    ],

    "krammstadt_bridge_wire": [
        N(c("Two Years", 2, "year", "duration", "future"),
          c("Double", 2, "times", "count", "arith",
            reason="148 million euros is 2.1 times 70 million; a reader can redo it."),
          date("27 November")),
        S("The Oberau bridge in Krammstadt, which carries around 38,000 vehicles a day, will be closed to all traffic from 12 January 2027 for at least two years, the Oberland state transport ministry announced on Friday.",
          PP, OSTM, NI, "announced",
          c("38,000 vehicles a day", 38000, "vehicle_per_day", "count", "observed", "around", "approximate"),
          date("12 January 2027", verif="future"),
          c("two years", 2, "year", "duration", "future", "at least", "lower")),
        S("Inspectors had found cracks up to 3 millimetres wide in the 62-year-old steel structure, a ministry spokeswoman said.",
          PP, "a ministry spokeswoman", UN, "said",
          c("3 millimetres", 3, "mm", "distance", "specialist", "up to", "upper"),
          c("62-year-old", 62, "year", "duration", "public")),
        N(c("148 million euros", 148000000, "eur", "money", "partial", "estimated", "approximate"),
          c("twice", 2, "times", "count", "arith", "more than", "lower",
            reason="148 million euros is 2.1 times 70 million; a reader can redo it."),
          c("70 million euros", 70000000, "eur", "money", "public"),
          date("2023", verif="public")),
        S("„We cannot take any risks with a bridge of this age“, said Transport Minister Gerlinde Hauschka-Brandt.",
          DQ, "Gerlinde Hauschka-Brandt", NP, "said"),
        S("„The safety of the people who cross it every day comes first.“", DQ, "Gerlinde Hauschka-Brandt", NP, ""),
        S("She said diversions would add up to 25 minutes to journeys at peak times.",
          PP, "Gerlinde Hauschka-Brandt", NP, "said",
          c("25 minutes", 25, "minute", "duration", "future", "up to", "upper")),
        S("The Krammstadt chamber of commerce warned that 1,200 businesses on the east bank could lose between 10 and 15 percent of their turnover.",
          PP, "Krammstadt chamber of commerce", NI, "warned",
          c("1,200 businesses", 1200, "business", "count", "public"),
          c("10 and 15 percent", 10, "percent", "percent", "future", "between", "range", 15)),
        S("„For many small firms that is the difference between survival and insolvency“, said its managing director, Jörg Pfannenstiel.",
          DQ, "Jörg Pfannenstiel", NP, "said"),
        S("The city plans to run 40 extra buses a day and a temporary ferry every 15 minutes between 6 a.m. and 10 p.m., according to a spokesman for the Krammstadt transport authority.",
          PP, "a spokesman for the Krammstadt transport authority", UN, "according to",
          c("40 extra buses a day", 40, "bus_per_day", "count", "future"),
          c("15 minutes", 15, "minute", "duration", "future"),
          clock("6 a.m.", verif="future"),
          clock("10 p.m.", verif="future")),
        N(c("9,500 signatures", 9500, "signature", "count", "partial", "more than", "lower")),
    ],

    "aurelia_star_norovirus": [
        N(c("Hundreds", "", "", "qualitative", "arith", bound="approximate",
            reason="The body gives 337 passengers and 41 crew; a reader can compare.")),
        S("More than 300 passengers and 41 crew members aboard the cruise ship Aurelia Star have fallen ill with norovirus, the ship’s operator, Corvane Cruises, said on Sunday.",
          PP, CC, NI, "said",
          c("300 passengers", 300, "passenger", "count", "internal", "more than", "lower"),
          c("41 crew members", 41, "crew_member", "count", "internal")),
        N(c("14-deck", 14, "deck", "count", "public"),
          c("2,860 passengers", 2860, "passenger", "count", "public"),
          c("1,100 crew", 1100, "crew", "count", "public", "about", "approximate"),
          date("9 March"),
          c("16-night", 16, "night", "duration", "public"),
          c("four days", 4, "day", "duration", "public")),
        S("According to the Coastal Health Agency, which sent a team of six inspectors on board, 337 passengers had reported symptoms by Saturday evening, or roughly 12 percent of those on board.",
          PP, "Coastal Health Agency", NI, "according to",
          c("six inspectors", 6, "inspector", "count", "public"),
          c("337 passengers", 337, "passenger", "count", "report"),
          c("12 percent", 12, "percent", "percent", "arith", "roughly", "approximate",
            reason="337 of 2,860 passengers is 11.8 percent; a reader can redo it.")),
        N(c("48 to 72 hours", 48, "hour", "duration", "specialist", "", "range", 72)),
        S("“Norovirus spreads extremely fast in a closed environment,” said Dr. Ibrahim Castellanos-Reid, the agency’s chief epidemiologist.",
          DQ, "Ibrahim Castellanos-Reid", NP, "said"),
        S("“A single infected person can shed billions of virus particles.", DQ, "Ibrahim Castellanos-Reid", NP, "",
          c("billions of virus particles", "", "virus_particle", "qualitative", "specialist", bound="approximate")),
        S("It takes as few as 18 of them to make someone sick.”", DQ, "Ibrahim Castellanos-Reid", NP, "",
          c("18", 18, "virus_particle", "count", "specialist", "as few as", "lower")),
        S("He added that the ship should not have sailed again until every cabin had been disinfected.",
          PP, "Ibrahim Castellanos-Reid", NP, "added"),
        S("Corvane Cruises said passengers would receive a 50 percent refund and a credit of $500 each toward a future sailing.",
          PP, CC, NI, "said",
          c("50 percent", 50, "percent", "percent", "future"),
          c("$500", 500, "usd", "money", "future")),
        N(clock("6:45 a.m.", verif="observed"),
          c("two days", 2, "day", "duration", "public"),
          c("36 hours", 36, "hour", "duration", "future", "at least", "lower")),
        S("One passenger, Marguerite Ashby-Quinn, 67, said she had spent five days confined to her cabin.",
          PP, "Marguerite Ashby-Quinn", NP, "said",
          c("67", 67, "year", "duration", "public"),
          c("five days", 5, "day", "duration", "quote_opinion")),
        S("“The crew were wonderful, but the whole thing felt like a floating hospital,” she said.",
          DQ, "Marguerite Ashby-Quinn", NP, "said"),
    ],

    "alvarra_cycling_stage": [
        N(c("188-kilometre", 188, "km", "distance", "sport"),
          c("three first-category climbs", 3, "first_category_climb", "count", "sport"),
          c("26-year-old", 26, "year", "duration", "public"),
          c("38 seconds", 38, "second", "duration", "sport"),
          c("1 minute 12 seconds", 72, "second", "duration", "sport"),
          c("24 seconds", 24, "second", "duration", "sport"),
          c("seven stages", 7, "stage", "count", "sport")),
        S("He covered the final 11.5 km, which climb at an average gradient of 8.2 percent, in 31 minutes 40 seconds, according to race timing data – almost a minute faster than the previous record on the climb, set in 2019.",
          PP, "race timing data", NI, "according to",
          c("11.5 km", 11.5, "km", "distance", "sport"),
          c("8.2 percent", 8.2, "percent", "percent", "sport"),
          c("31 minutes 40 seconds", 1900, "second", "duration", "sport"),
          c("a minute", 1, "minute", "duration", "sport", "almost", "upper"),
          date("2019", verif="sport")),
        S("“I felt good from the bottom, so I waited until about 5 km to go,” Vanterpool said.",
          DQ, "Sander Vanterpool", NP, "said",
          c("5 km", 5, "km", "distance", "quote_opinion", "about", "approximate")),
        S("“When I looked back and saw nobody, I thought: now or never.”", DQ, "Sander Vanterpool", NP, ""),
        S("He added that his team had planned the attack “for a year”.", PP, "Sander Vanterpool", NP, "added",
          c("a year", 1, "year", "duration", "quote_opinion")),
        S("Lindqvist-Bauer, who had held the leader’s jersey for nine days, said he had suffered in temperatures of more than 35°C (95°F) in the valley.",
          PP, "Kasper Lindqvist-Bauer", NP, "said",
          c("nine days", 9, "day", "duration", "sport"),
          c("35°C", 35, "degree_celsius", "count", "weather", "more than", "lower"),
          c("95°F", 95, "degree_fahrenheit", "count", "conv", "more than", "lower")),
        S("“I lost a bottle in the feed zone and paid for it,” he said.", DQ, "Kasper Lindqvist-Bauer", NP, "said"),
        S("An estimated 120,000 spectators lined the roads, the organisers said.", PP, "organisers", UN, "said",
          c("120,000 spectators", 120000, "spectator", "count", "unnamed", "estimated", "approximate")),
        N(c("162 km", 162, "km", "distance", "sport")),
    ],
}


if __name__ == "__main__":
    for name, spec in SPECS.items():
        n_c, n_s = build(name, spec)
        print(f"{name}: {n_c} claims, {n_s} sentences")
