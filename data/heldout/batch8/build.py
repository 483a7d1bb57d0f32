"""Build the claims and sentences ledgers of data/heldout/batch8 from hand-chosen phrases.

Written 2026-11-28 by a helper session that never saw the extractor (see README.md).
The specs format and helper functions are copied from data/heldout/batch3/build.py.
Every span below was chosen by hand from a reading of the article; this script only turns each phrase
into its Python offsets (code points, end exclusive) and writes the CSVs. It imports nothing from the
project. Run: python data/heldout/batch8/build.py, then python data/heldout/batch8/verify.py.

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
# ---------------------------------------------------------------------------------------------------
PP, DQ = "paraphrase", "direct_quote"
NP, NI, UN = "named_person", "named_institution", "unnamed"
V["estimate"] = ("partly_checkable", "An estimate; records would show the order of magnitude but not the exact figure.")

HEALTH, ACHT = "Corvale County health department", "Rosalind Achterberg"
TRESSLER, NWO, PLAINS = "Tressler County emergency management office", "National Weather Office", "Plainsway Electric"
STROKE = "Tomasz Wielgosz-Hart"
SKY, OYEL = "Skylark Air", "Marguerite Oyelaran-Fisk"
KPS_REPORT, CAST = "Kellbrook Police Service report", "Abiodun Castellanos"
MARROW, ANST = "University of Marrowgate", "Helga Anstruther-Bose"
QUIG, BRANN = "Lorena Quigley-Adeyemi", "Hal Brannigan"
AGUAS, SARM, TEIX = "Águas do Lume", "Joaquim Albuquerque Sarmento", "Maria da Graça Teixeira"
WREA, RHYS = "Westmarch Regional Energy Agency", "Anwen Rhys-Pellegrino"
OSTA, OSTA_REPORT, ENG = ("Ostholm city transport authority", "Ostholm city transport authority annual ridership report",
                          "Lotta Engström-Vidal")

SPECS = {
    "measles_school_district": [
        N(c("38 Cases", 38, "case", "count", "public")),
        S("Health officials in Corvale County confirmed 38 cases of measles linked to the Wendmoor Unified School District on Wednesday, up from 21 a week earlier.",
          PP, "health officials in Corvale County", UN, "confirmed",
          c("38 cases", 38, "case", "count", "public"),
          c("21", 21, "case", "count", "public"),
          c("a week", 1, "week", "duration", "public")),
        S("Most of the children are between 5 and 11 years old, and at least six have been admitted to hospital, according to the county health department.",
          PP, HEALTH, NI, "according to",
          c("5 and 11 years", 5, "year", "duration", "partial", "between", "range", 11),
          c("six", 6, "child", "count", "internal", "at least", "lower")),
        S("“This is the largest outbreak we have seen here since 2011,” said Dr. Rosalind Achterberg, the county’s health officer.",
          DQ, ACHT, NP, "said",
          date("2011", verif="public")),
        S("“Measles spreads easily.", DQ, ACHT, NP, ""),
        S("One infected child can pass it to 12 to 18 others who are not protected.”", DQ, ACHT, NP, "",
          c("One infected child", 1, "child", "count", "specialist"),
          c("12 to 18 others", 12, "person", "count", "specialist", "", "range", 18)),
        S("She added that vaccination rates at two elementary schools had fallen below 85 percent, well short of the 95 percent needed to stop the virus spreading.",
          PP, ACHT, NP, "added",
          c("two elementary schools", 2, "school", "count", "public"),
          c("85 percent", 85, "percent", "percent", "public", "below", "upper"),
          c("95 percent", 95, "percent", "percent", "specialist")),
        N(c("240 unvaccinated pupils", 240, "pupil", "count", "internal", "about", "approximate"),
          c("21 days", 21, "day", "duration", "public")),
        S("A district spokesman said the exclusion order would remain in place until at least December 14.",
          PP, "a district spokesman", UN, "said",
          date("December 14", verif="future", qualifier="at least", bound="lower")),
        N(clock("8 a.m."), clock("4 p.m."),
          c("600 doses", 600, "dose", "count", "future", "up to", "upper")),
        S("Parents said queues at the only pediatric clinic in town had stretched to nearly two hours this week.",
          PP, "parents", UN, "said",
          c("two hours", 2, "hour", "duration", "quote_opinion", "nearly", "upper")),
        S("The state reported 3.2 cases per 100,000 residents last year, the department said.",
          PP, HEALTH, NI, "said",
          c("3.2 cases per 100,000 residents", 3.2, "case_per_100000_resident", "count", "public")),
    ],

    "tornado_harlan_flats": [
        N(c("42 Homes", 42, "home", "count", "observed")),
        S("A tornado with winds of an estimated 165 mph (266 km/h) cut a path nearly 14 miles long through Harlan Flats on Tuesday evening, destroying at least 42 homes and damaging about 130 more, the Tressler County emergency management office said.",
          PP, TRESSLER, NI, "said",
          c("165 mph", 165, "mph", "speed", "specialist", "estimated", "approximate"),
          c("266 km/h", 266, "km_per_hour", "speed", "conv", "estimated", "approximate"),
          c("14 miles", 14, "mile", "distance", "observed", "nearly", "upper"),
          c("42 homes", 42, "home", "count", "observed", "at least", "lower"),
          c("130 more", 130, "home", "count", "observed", "about", "approximate")),
        S("The twister touched down at 6:47 p.m. CDT southwest of town and lifted about 19 minutes later, according to the National Weather Office in Dunmore, which surveyed the damage on Wednesday.",
          PP, NWO, NI, "according to",
          clock("6:47 p.m. CDT", verif="observed"),
          c("19 minutes", 19, "minute", "duration", "observed", "about", "approximate")),
        N(c("400 yards", 400, "yard", "distance", "observed", "up to", "upper")),
        S("Three people were killed and 27 injured, officials said.", PP, "officials", UN, "said",
          c("Three people", 3, "person", "count", "public"),
          c("27", 27, "person", "count", "public")),
        S("Hospital staff said four of the injured were in critical condition.", PP, "hospital staff", UN, "said",
          c("four", 4, "person", "count", "unnamed")),
        S("“I heard the sirens, grabbed the kids and got into the basement,” said Verna Oduya-Pratt, 46, whose house on Millrace Road lost its roof.",
          DQ, "Verna Oduya-Pratt", NP, "said",
          c("46", 46, "year", "duration", "public")),
        S("“Maybe 30 seconds later it was over.", DQ, "Verna Oduya-Pratt", NP, "",
          c("30 seconds", 30, "second", "duration", "quote_opinion", "maybe", "approximate")),
        S("The whole street was gone.”", DQ, "Verna Oduya-Pratt", NP, ""),
        S("The warning was issued 16 minutes before the tornado arrived, longer than the national average of about nine minutes, forecaster Dale Kovacik said.",
          PP, "Dale Kovacik", NP, "said",
          c("16 minutes", 16, "minute", "duration", "public"),
          c("nine minutes", 9, "minute", "duration", "specialist", "about", "approximate")),
        S("He added that the same storm system had produced two weaker tornadoes near Brisco.", PP, "Dale Kovacik", NP, "added",
          c("two weaker tornadoes", 2, "tornado", "count", "observed")),
        N(c("5,800 customers", 5800, "customer", "count", "partial", "about", "approximate")),
        S("The utility, Plainsway Electric, said crews would restore most of them within 48 hours.", PP, PLAINS, NI, "said",
          c("48 hours", 48, "hour", "duration", "future", "within", "upper")),
        N(c("85 people", 85, "person", "count", "observed"),
          clock("midnight", verif="observed")),
    ],

    "lake_orrin_regatta": [
        N(c("Half a Length", 0.5, "boat_length", "distance", "sport"),
          c("2,000-metre", 2000, "metre", "distance", "sport"),
          c("5 minutes 41.3 seconds", 341.3, "second", "duration", "sport"),
          c("half a length", 0.5, "boat_length", "distance", "sport"),
          date("2009", verif="sport"),
          c("23", 23, "year", "duration", "public"),
          c("500-metre", 500, "metre", "distance", "sport"),
          c("5:42.9", 342.9, "second", "duration", "sport")),
        S("“We knew they would come at us in the last 250 metres,” said stroke Tomasz Wielgosz-Hart.", DQ, STROKE, NP, "said",
          c("250 metres", 250, "metre", "distance", "sport")),
        S("“We had a bit left.", DQ, STROKE, NP, ""),
        S("The boys rowed at 42 strokes a minute to the line.”", DQ, STROKE, NP, "",
          c("42 strokes a minute", 42, "stroke_per_minute", "count", "specialist")),
        S("He added that the crew had trained on the lake twice a day for six weeks.", PP, STROKE, NP, "added",
          c("twice a day", 2, "session_per_day", "count", "internal"),
          c("six weeks", 6, "week", "duration", "internal")),
        S("Conditions were calm, with a light tailwind of about 8 km/h, organisers said.", PP, "organisers", UN, "said",
          c("8 km/h", 8, "km_per_hour", "speed", "weather", "about", "approximate")),
        S("Roughly 11,000 spectators lined the banks over the three days, up from 9,400 last year, they said.", PP, "organisers", UN, "said",
          c("11,000 spectators", 11000, "spectator", "count", "estimate", "roughly", "approximate"),
          c("three days", 3, "day", "duration", "public"),
          c("9,400", 9400, "spectator", "count", "estimate")),
        N(c("19-year-old", 19, "year", "duration", "public"),
          c("7:36.08", 456.08, "second", "duration", "sport"),
          c("four seconds", 4, "second", "duration", "sport", "more than", "lower"),
          c("31 years", 31, "year", "duration", "sport"),
          c("1,140 rowers", 1140, "rower", "count", "sport"),
          c("86 clubs", 86, "club", "count", "sport"),
          c("four countries", 4, "country", "count", "sport")),
        S("Entry fees of £45 per seat helped cover the cost of new timing equipment, which organisers put at close to £60,000.",
          PP, "organisers", UN, "put",
          c("£45 per seat", 45, "gbp_per_seat", "money", "public"),
          c("£60,000", 60000, "gbp", "money", "internal", "close to", "approximate")),
    ],

    "skylark_air_loss": [
        N(c("$212 Million", 212000000, "usd", "money", "filing")),
        S("Skylark Air reported a net loss of $212.4 million for the third quarter on Thursday, compared with a profit of $38 million a year earlier, as jet fuel prices and the grounding of part of its fleet weighed on results.",
          PP, SKY, NI, "reported",
          c("$212.4 million", 212400000, "usd", "money", "filing"),
          c("$38 million", 38000000, "usd", "money", "filing"),
          c("a year", 1, "year", "duration", "filing")),
        S("Revenue fell 6 percent to $1.87 billion, the Brennick-based carrier said in a statement.", PP, SKY, NI, "said",
          c("6 percent", 6, "percent", "percent", "filing"),
          c("$1.87 billion", 1870000000, "usd", "money", "filing")),
        N(c("$611 million", 611000000, "usd", "money", "filing"),
          c("a third", 0.3333, "fraction", "percent", "filing", "about", "approximate")),
        S("Analysts polled by Calloway Data had expected a loss of between $150 million and $180 million.",
          PP, "analysts polled by Calloway Data", UN, "had expected",
          c("$150 million and $180 million", 150000000, "usd", "money", "market", "between", "range", 180000000)),
        S("Chief executive Marguerite Oyelaran-Fisk blamed engine inspections that kept 14 of the airline’s 96 jets on the ground for most of August and September.",
          PP, OYEL, NP, "blamed",
          c("14", 14, "jet", "count", "public"),
          c("96 jets", 96, "jet", "count", "public")),
        S("“We flew roughly 9 percent fewer seats than we planned,” she told analysts on a call.", DQ, OYEL, NP, "told",
          c("9 percent", 9, "percent", "percent", "internal", "roughly", "approximate")),
        S("“Every grounded aircraft costs us close to $250,000 a day.”", DQ, OYEL, NP, "",
          c("$250,000 a day", 250000, "usd_per_day", "money", "internal", "close to", "approximate")),
        S("The company said it would cut about 1,100 jobs, or 8 percent of its workforce, by March 2027 and defer delivery of six new aircraft.",
          PP, SKY, NI, "said",
          c("1,100 jobs", 1100, "job", "count", "future", "about", "approximate"),
          c("8 percent", 8, "percent", "percent", "future"),
          date("March 2027", verif="future"),
          c("six new aircraft", 6, "aircraft", "count", "future")),
        N(c("7.4 million", 7400000, "passenger", "count", "filing"),
          c("7.9 million", 7900000, "passenger", "count", "filing")),
        S("Load factor, the share of seats filled, slipped 2.1 percentage points to 81.6 percent, the airline said.", PP, SKY, NI, "said",
          c("2.1 percentage points", 2.1, "percentage_point", "percent", "filing"),
          c("81.6 percent", 81.6, "percent", "percent", "filing")),
        N(c("11 percent", 11, "percent", "percent", "market", "as much as", "upper"),
          c("7.5 percent", 7.5, "percent", "percent", "market"),
          c("$14.20", 14.2, "usd", "money", "market")),
        S("Chief financial officer Ravi Thornquist said the airline had €420 million in undrawn credit lines and enough cash to last at least 18 months.",
          PP, "Ravi Thornquist", NP, "said",
          c("€420 million", 420000000, "eur", "money", "filing"),
          c("18 months", 18, "month", "duration", "future", "at least", "lower")),
    ],

    "kellbrook_car_thefts": [
        N(c("40%", 40, "percent", "percent", "public")),
        S("Car thefts in Kellbrook rose by 37 percent in the first nine months of the year, with thieves increasingly targeting keyless vehicles, according to a report presented to the city’s police board on Monday.",
          PP, KPS_REPORT, NI, "according to",
          c("37 percent", 37, "percent", "percent", "public"),
          c("nine months", 9, "month", "duration", "public")),
        S("Officers recorded 1,284 stolen vehicles between January and September, against 937 in the same period last year, the Kellbrook Police Service report said.",
          PP, KPS_REPORT, NI, "said",
          c("1,284 stolen vehicles", 1284, "vehicle", "count", "public"),
          c("937", 937, "vehicle", "count", "public")),
        S("Nearly two-thirds of the stolen cars had keyless entry, it said.", PP, KPS_REPORT, NI, "said",
          c("two-thirds", 0.6667, "fraction", "percent", "report", "nearly", "upper")),
        S("Superintendent Abiodun Castellanos told the board that most vehicles were taken overnight, between 11 p.m. and 5 a.m., and that many were gone in under 90 seconds.",
          PP, CAST, NP, "told",
          clock("11 p.m.", verif="internal"),
          clock("5 a.m.", verif="internal"),
          c("90 seconds", 90, "second", "duration", "internal", "under", "upper")),
        S("“These are organised groups,” he said.", DQ, CAST, NP, "said"),
        S("“They can open a car, start it and drive it away faster than you can make a cup of tea.”", DQ, CAST, NP, ""),
        S("Only about one in four stolen cars was recovered, the report said, down from 31 percent in 2024.", PP, KPS_REPORT, NI, "said",
          c("one in four", 0.25, "fraction", "percent", "report", "about", "approximate"),
          c("31 percent", 31, "percent", "percent", "public"),
          date("2024", verif="public")),
        S("Investigators believe many are shipped abroad in containers or broken up for parts within 48 hours.", PP, "investigators", UN, "believe",
          c("48 hours", 48, "hour", "duration", "unnamed", "within", "upper")),
        N(c("22 people", 22, "person", "count", "court"),
          c("three men", 3, "man", "count", "court"),
          c("19", 19, "year", "duration", "court"),
          c("24", 24, "year", "duration", "court"),
          c("27", 27, "year", "duration", "court"),
          c("15 SUVs", 15, "suv", "count", "court"),
          c("$780,000", 780000, "usd", "money", "estimate", "estimated", "approximate")),
        S("An insurance industry spokeswoman said the average claim for a stolen car in the province had reached $26,400.",
          PP, "an insurance industry spokeswoman", UN, "said",
          c("$26,400", 26400, "usd", "money", "specialist")),
        S("Police advise owners to keep key fobs in a signal-blocking pouch, which costs about $15, and to use a steering lock.",
          PP, "Kellbrook Police Service", NI, "advise",
          c("$15", 15, "usd", "money", "market", "about", "approximate")),
    ],

    "tessaly_hill_dig": [
        N(c("2,000-Year-Old", 2000, "year", "duration", "paper")),
        S("Archaeologists working on Tessaly Hill have uncovered the remains of a farming village that they say was occupied for about 300 years before it was abandoned around AD 150, the University of Marrowgate said on Tuesday.",
          PP, MARROW, NI, "said",
          c("300 years", 300, "year", "duration", "specialist", "about", "approximate"),
          date("AD 150", verif="specialist", qualifier="around", bound="approximate")),
        N(c("17 roundhouses", 17, "roundhouse", "count", "observed", "at least", "lower"),
          c("1.2 hectares", 1.2, "hectare", "count", "observed", "roughly", "approximate"),
          c("3 acres", 3, "acre", "count", "conv", "roughly", "approximate"),
          date("June 2024"),
          c("14 metres", 14, "metre", "distance", "observed")),
        S("“We expected a small hamlet, perhaps four or five houses,” Anstruther-Bose said.", DQ, ANST, NP, "said",
          c("four or five houses", 4, "house", "count", "quote_opinion", "perhaps", "range", 5)),
        S("“What we have is a proper settlement.", DQ, ANST, NP, ""),
        S("There may have been 120 to 150 people living here at its height.”", DQ, ANST, NP, "",
          c("120 to 150 people", 120, "person", "count", "specialist", "", "range", 150)),
        S("Among more than 3,400 finds are 260 fragments of pottery, 41 bronze brooches and a hoard of 62 silver coins, the university said.",
          PP, MARROW, NI, "said",
          c("3,400 finds", 3400, "find", "count", "observed", "more than", "lower"),
          c("260 fragments", 260, "fragment", "count", "observed"),
          c("41 bronze brooches", 41, "brooch", "count", "observed"),
          c("62 silver coins", 62, "coin", "count", "observed")),
        N(date("160", verif="paper"),
          date("140 BC", verif="paper")),
        S("A specialist in the region’s Iron Age, Dr. Colm Verrier of Dunhallow College, who was not involved, said the findings were “important but not surprising” and that similar sites lay within 30 kilometres of the hill.",
          PP, "Colm Verrier", NP, "said",
          c("30 kilometres", 30, "km", "distance", "specialist", "within", "upper")),
        N(c("£480,000", 480000, "gbp", "money", "public"),
          c("two more seasons", 2, "season", "duration", "future"),
          c("85 volunteers", 85, "volunteer", "count", "internal", "about", "approximate"),
          c("81", 81, "year", "duration", "internal"),
          c("12 professional staff", 12, "staff", "count", "internal"),
          clock("10:30"), clock("14:00"), date("27 September")),
    ],

    "ashgrove_library_vote": [
        N(c("$18 Million", 18000000, "usd", "money", "vote"),
          c("4", 4, "vote", "count", "vote"),
          c("3", 3, "vote", "count", "vote"),
          c("four hours", 4, "hour", "duration", "vote", "nearly", "upper"),
          c("4", 4, "vote", "count", "vote"),
          c("3", 3, "vote", "count", "vote")),
        S("The two-storey building is expected to cost $18.6 million, according to county staff.", PP, "county staff", UN, "according to",
          c("two-storey", 2, "storey", "count", "future"),
          c("$18.6 million", 18600000, "usd", "money", "future")),
        S("About $11 million will come from a bond approved by voters in 2022, and the rest from reserves and a $2.5 million state grant, staff said.",
          PP, "county staff", UN, "said",
          c("$11 million", 11000000, "usd", "money", "public", "about", "approximate"),
          date("2022", verif="public"),
          c("$2.5 million", 2500000, "usd", "money", "public")),
        S("Supervisor Lorena Quigley-Adeyemi, who proposed the plan, said the current library, built in 1968, was too small for a county of more than 140,000 people.",
          PP, QUIG, NP, "said",
          date("1968", verif="public"),
          c("140,000 people", 140000, "person", "count", "public", "more than", "lower")),
        S("“We have 38 seats for the entire county.", DQ, QUIG, NP, "",
          c("38 seats", 38, "seat", "count", "observed")),
        S("On a weekday afternoon, kids are doing homework on the floor,” she said.", DQ, QUIG, NP, "said"),
        S("Supervisor Hal Brannigan voted against, saying the county should first fix roads.", PP, BRANN, NP, "saying"),
        S("He said the library’s running costs of roughly $900,000 a year had not been budgeted.", PP, BRANN, NP, "said",
          c("$900,000 a year", 900000, "usd_per_year", "money", "future", "roughly", "approximate")),
        S("“This is a 50-year commitment made in one evening,” he added.", DQ, BRANN, NP, "added",
          c("50-year", 50, "year", "duration", "quote_opinion"),
          c("one evening", 1, "evening", "duration", "vote")),
        N(c("70 residents", 70, "resident", "count", "vote", "some", "approximate"),
          clock("11:40 p.m.", verif="vote", qualifier="shortly after", bound="lower")),
        S("A petition supporting the project had collected over 4,600 signatures, its organisers said.", PP, "petition organisers", UN, "said",
          c("4,600 signatures", 4600, "signature", "count", "partial", "over", "lower")),
        N(date("spring 2027", verif="future"),
          c("18 to 24 months", 18, "month", "duration", "future", "", "range", 24),
          c("120,000 books", 120000, "book", "count", "future", "about", "approximate"),
          c("twice", 2, "times", "count", "future"),
          c("60 public computers", 60, "computer", "count", "future")),
    ],

    "serra_do_lume_drought_wire": [
        N(c("2 Million", 2000000, "person", "count", "partial"),
          date("14 Nov")),
        S("Almost two million people in the southern Brandoa state of Serra do Lume are receiving piped water only on alternate days after the worst drought in at least 90 years, the state water company Águas do Lume said on Friday.",
          PP, AGUAS, NI, "said",
          c("two million people", 2000000, "person", "count", "partial", "almost", "upper"),
          c("90 years", 90, "year", "duration", "weather", "at least", "lower")),
        S("Reservoirs supplying the state capital, Vila Franqueira, were at 11.4 percent of capacity on Thursday, compared with 48 percent a year ago, the company said.",
          PP, AGUAS, NI, "said",
          c("11.4 percent", 11.4, "percent", "percent", "observed"),
          c("48 percent", 48, "percent", "percent", "observed"),
          c("a year", 1, "year", "duration", "observed")),
        N(c("212 millimetres", 212, "mm", "distance", "weather"),
          c("half", 0.5, "fraction", "percent", "weather", "less than", "upper")),
        S("«We are asking every family to cut consumption by 20 percent», said the company's president, Joaquim Albuquerque Sarmento.",
          DQ, SARM, NP, "said",
          c("20 percent", 20, "percent", "percent", "future")),
        S("«If it does not rain before Christmas, we will have to go to one day in three.»", DQ, SARM, NP, "",
          c("one day in three", 0.3333, "fraction", "percent", "future")),
        S("The state government has declared an emergency in 63 of its 147 municipalities and approved 1.3 billion reais (about €215 million) for wells and water trucks, according to a decree published on Friday.",
          PP, "Serra do Lume state government decree", NI, "according to",
          c("63", 63, "municipality", "count", "public"),
          c("147 municipalities", 147, "municipality", "count", "public"),
          c("1.3 billion reais", 1300000000, "brl", "money", "public"),
          c("€215 million", 215000000, "eur", "money", "conv", "about", "approximate")),
        S("Farmers' association Ceres Sul said coffee and soya growers had already lost between 30 and 40 percent of their harvest.",
          PP, "Ceres Sul", NI, "said",
          c("30 and 40 percent", 30, "percent", "percent", "estimate", "between", "range", 40)),
        S("«Some of my neighbours sold their cattle for half the price», said Maria da Graça Teixeira, 58, who farms 120 hectares near Porto Alvo.",
          DQ, TEIX, NP, "said",
          c("half", 0.5, "fraction", "percent", "quote_opinion"),
          c("58", 58, "year", "duration", "public"),
          c("120 hectares", 120, "hectare", "count", "public")),
        S("Meteorologists at the federal weather institute expect rain to return in the second half of December, but said it would take at least two wet seasons to refill the reservoirs.",
          PP, "meteorologists at the federal weather institute", UN, "said",
          c("two wet seasons", 2, "season", "duration", "future", "at least", "lower")),
    ],

    "solar_panel_subsidy": [
        N(c("£40 Million", 40000000, "gbp", "money", "public"),
          c("£40 million", 40000000, "gbp", "money", "public"),
          c("£2,400", 2400, "gbp", "money", "public", "up to", "upper")),
        S("The agency expects the scheme to fund around 18,000 installations over three years.", PP, WREA, NI, "expects",
          c("18,000 installations", 18000, "installation", "count", "future", "around", "approximate"),
          c("three years", 3, "year", "duration", "public")),
        S("A typical 4-kilowatt system costs between £5,500 and £7,000 fitted, and would save an average household about £380 a year on electricity, according to the agency’s own estimates.",
          PP, WREA + " estimates", NI, "according to",
          c("4-kilowatt", 4, "kilowatt", "count", "market"),
          c("£5,500 and £7,000", 5500, "gbp", "money", "market", "between", "range", 7000),
          c("£380 a year", 380, "gbp_per_year", "money", "estimate", "about", "approximate")),
        N(c("£32,000", 32000, "gbp", "money", "public", "below", "upper"),
          c("£800", 800, "gbp", "money", "public"),
          clock("5 p.m."),
          date("31 March 2027")),
        S("“Rooftop solar should not be a luxury for the few,” said Dr. Anwen Rhys-Pellegrino, the agency’s chief executive.",
          DQ, RHYS, NP, "said"),
        S("“Fewer than one in ten homes in the region have panels today.", DQ, RHYS, NP, "",
          c("one in ten", 0.1, "fraction", "percent", "partial", "fewer than", "upper")),
        S("We want to double that within five years.”", DQ, RHYS, NP, "",
          c("double", 2, "times", "count", "future"),
          c("five years", 5, "year", "duration", "future", "within", "upper")),
        S("The region’s 1.1 million homes could together host up to 6 gigawatts of panels, the agency said, citing a 2025 survey by Harnell University.",
          PP, WREA, NI, "said",
          c("1.1 million homes", 1100000, "home", "count", "public"),
          c("6 gigawatts", 6, "gigawatt", "count", "specialist", "up to", "upper"),
          date("2025", verif="public")),
        S("The Westmarch Installers’ Guild welcomed the scheme but warned that its 340 member firms could fit only about 500 systems a week.",
          PP, "Westmarch Installers’ Guild", NI, "warned",
          c("340 member firms", 340, "member_firm", "count", "public"),
          c("500 systems a week", 500, "system_per_week", "count", "estimate", "about", "approximate")),
        S("Its chair, Owen Taverner, said waiting times for an installation were already six to eight weeks.",
          PP, "Owen Taverner", NP, "said",
          c("six to eight weeks", 6, "week", "duration", "partial", "", "range", 8)),
        N(clock("9 a.m."), clock("5 p.m.")),
    ],

    "ostholm_tram_ridership": [
        N(c("61 Million Passengers", 61000000, "passenger", "count", "internal")),
        S("Trams in Ostholm carried 61.3 million passengers in the year to June, a record and 9 percent more than the year before, the city transport authority said on Monday.",
          PP, OSTA, NI, "said",
          c("61.3 million passengers", 61300000, "passenger", "count", "internal"),
          c("9 percent", 9, "percent", "percent", "internal")),
        S("The jump was driven by the new Harbour Line to the Saltängen district, which opened in October and now carries about 24,000 people a day, according to the authority’s annual ridership report.",
          PP, OSTA_REPORT, NI, "according to",
          c("24,000 people a day", 24000, "person_per_day", "count", "report", "about", "approximate")),
        N(c("112-kilometre", 112, "km", "distance", "public"),
          c("198,000 trips", 198000, "trip", "count", "report")),
        S("“We planned for 15,000 passengers a day on the Harbour Line,” said Lotta Engström-Vidal, the authority’s head of planning.",
          DQ, ENG, NP, "said",
          c("15,000 passengers a day", 15000, "passenger_per_day", "count", "internal")),
        S("“We reached that in the first three weeks.”", DQ, ENG, NP, "",
          c("three weeks", 3, "week", "duration", "internal")),
        S("She added that trams on the line now run every five minutes at peak times, up from every eight.", PP, ENG, NP, "added",
          c("five minutes", 5, "minute", "duration", "timetable"),
          c("eight", 8, "minute", "duration", "timetable")),
        S("Punctuality fell to 88.6 percent from 91.2 percent, and the authority blamed roadworks and a shortage of drivers, about 40 posts being vacant.",
          PP, OSTA, NI, "blamed",
          c("88.6 percent", 88.6, "percent", "percent", "report"),
          c("91.2 percent", 91.2, "percent", "percent", "report"),
          c("40 posts", 40, "post", "count", "internal", "about", "approximate")),
        N(c("690 kronor", 690, "sek", "money", "public"),
          c("€60", 60, "eur", "money", "conv", "roughly", "approximate")),
        S("Fares cover less than half of the network’s running costs of 2.4 billion kronor a year, the report said.",
          PP, OSTA_REPORT, NI, "said",
          c("half", 0.5, "fraction", "percent", "report", "less than", "upper"),
          c("2.4 billion kronor a year", 2400000000, "sek_per_year", "money", "report")),
        S("An official at the city finance department, speaking on condition of anonymity, said the council was considering a rise of 5 to 8 percent from January 2027.",
          PP, "an official at the city finance department", UN, "said",
          c("5 to 8 percent", 5, "percent", "percent", "future", "", "range", 8),
          date("January 2027", verif="future")),
        N(c("30 more trams", 30, "tram", "count", "future"),
          c("45 metres", 45, "metre", "distance", "public"),
          c("35 million kronor apiece", 35000000, "sek_per_tram", "money", "future", "around", "approximate")),
    ],
}


if __name__ == "__main__":
    for name, spec in SPECS.items():
        n_c, n_s = build(name, spec)
        print(f"{name}: {n_c} claims, {n_s} sentences")
