"""Build the claims and sentences ledgers of data/heldout/batch14 from hand-chosen phrases.

Written 2026-11-28 by helper batch14, a session that never saw the extractor (see README.md).
The specs format and helper functions are copied unchanged from data/heldout/batch3/build.py.
Every span below was chosen by hand from a reading of the article; this script only turns each phrase
into its Python offsets (code points, end exclusive) and writes the CSVs. It imports nothing from the
project. Run: python3 data/heldout/batch14/build.py, then python3 data/heldout/batch14/verify.py.

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


V.update({
    "advice": ("uncheckable", "Advice about what people should do, not a statement of fact."),
    "survey": ("partly_checkable", "Rests on the source's own survey; its method and data are not published."),
    "race": ("checkable", "The race's official results and timing records would confirm it."),
})

# ---------------------------------------------------------------------------------------------------
# The hand-made specs. Speakers follow data/heldout/README.md, "Conventions reconciled (binding from
# batch 14 on)": the speaker is whoever carries the attribution verb (or the object of "according to",
# or the headline's attributed name); people by their fullest name without titles; institutions by their
# name; documents by owner and document noun as the article calls them; unnamed sources by their
# defining description, lower case, without comma-set clauses.
# ---------------------------------------------------------------------------------------------------
PP, DQ = "paraphrase", "direct_quote"
NP, NI, UN = "named_person", "named_institution", "unnamed"

CCQB = "Corriemoor Care Quality Board"
CCQB_BULLETIN = "Corriemoor Care Quality Board monthly bulletin"
VALCOURT = "Ines Valcourt-Mbeki"
CHA = "Corriemoor Health Authority"

ARA, MET, TULLOCH = "Askival Roads Agency", "Dalmore Meteorological Office", "Morag Tulloch-Reyes"

REYES, MARCHETTI = "Tomas Reyes-Aalto", "Liesel Marchetti"

SKY, DAHL = "Skyvale Airways", "Annika Dahlstrøm-Kerr"

WPOL, ACHT = "Wexbury Police", "Rowan Achterberg"

JAE_PAPER, MOI, FENWICK = "Journal of Abyssal Ecology paper", "Marrick Oceanographic Institute", "Oyelaran Fenwick-Sato"
PEREIRA = "Aonghas Pereira-Moss"

KDC_REPORT, ADEYEMI = "Kilbarron District Council planning report", "Fiona Adeyemi-Ruck"
FARROW = "Declan Farrow-Aziz"

MARCHAND = "Gaëlle Marchand-Oyono"

DUN, MARWICK, IDOWU = "Dunmore University", "Helena Marwick-Osei", "Callum Idowu-Brandt"
NED = "Northshire Education Department"

CORV, OKAFOR, ACHEBE = "Corvell Energy", "Darius Okafor-Lindqvist", "Bronwyn Achebe-Hale"

SPECS = {
    "emergency_waits": [
        S("Emergency Patients in Corriemoor Wait Nearly Six Hours, Watchdog Says", PP, CCQB, NI, "says",
          c("Six Hours", 6, "hour", "duration", "report", "nearly", "upper")),
        S("Patients arriving at emergency departments in the Corriemoor region waited a median of 5 hours and 40 minutes to be admitted or sent home in October, the longest since records began in 2011, according to the Corriemoor Care Quality Board.",
          PP, CCQB, NI, "according to",
          c("5 hours", 5, "hour", "duration", "report"),
          c("40 minutes", 40, "minute", "duration", "report"),
          date("2011", verif="public")),
        S("The board’s monthly bulletin found that 3,912 patients, about one in nine, spent more than 12 hours in a department before a bed was found.",
          PP, CCQB_BULLETIN, NI, "found",
          c("3,912 patients", 3912, "patient", "count", "report"),
          c("one in nine", 0.1111, "fraction", "percent", "report", "about", "approximate"),
          c("12 hours", 12, "hour", "duration", "report", "more than", "lower")),
        N(c("four hours", 4, "hour", "duration", "public"),
          c("95 percent", 95, "percent", "percent", "public"),
          c("61.3 percent", 61.3, "percent", "percent", "report")),
        S("“We have people on trolleys in corridors for a day and a half,” said Dr Ines Valcourt-Mbeki, clinical director of emergency medicine at St Aldric’s Hospital.",
          DQ, VALCOURT, NP, "said",
          c("a day and a half", 1.5, "day", "duration", "quote_opinion")),
        S("“Last Tuesday I had 27 patients waiting for beds at 3 a.m.", DQ, VALCOURT, NP, "",
          c("27 patients", 27, "patient", "count", "internal"),
          clock("3 a.m.", verif="internal")),
        S("Nobody chooses to work like that.”", DQ, VALCOURT, NP, ""),
        S("She added that staff sickness had risen to 7.8 percent, against 4.5 percent before the pandemic.",
          PP, VALCOURT, NP, "added",
          c("7.8 percent", 7.8, "percent", "percent", "internal"),
          c("4.5 percent", 4.5, "percent", "percent", "internal")),
        S("A senior manager at the Corriemoor Health Authority, who spoke on condition of anonymity, told the Pellworth Evening Post that as many as 140 beds were taken by patients well enough to go home.",
          PP, "a senior manager at the Corriemoor Health Authority", UN, "told",
          c("140 beds", 140, "bed", "count", "unnamed", "as many as", "upper")),
        S("The authority said in a statement that it would open 48 extra beds by 15 January and spend £6.5 million on home-care contracts this winter.",
          PP, CHA, NI, "said",
          c("48 extra beds", 48, "bed", "count", "future"),
          date("15 January", verif="future"),
          c("£6.5 million", 6500000, "gbp", "money", "future")),
        S("The Pellworth Evening Post reported, citing figures from the ambulance service, that crews lost 2,300 hours in October waiting outside hospitals to hand over patients.",
          PP, "Pellworth Evening Post", NI, "reported",
          c("2,300 hours", 2300, "hour", "duration", "specialist")),
        S("The patients’ group Voice of Corriemoor said nearly 40 percent of the people it surveyed had waited longer than six hours.",
          PP, "Voice of Corriemoor", NI, "said",
          c("40 percent", 40, "percent", "percent", "survey", "nearly", "upper"),
          c("six hours", 6, "hour", "duration", "survey", "longer than", "lower")),
    ],

    "askival_snowstorm": [
        N(c("400 Drivers", 400, "driver", "count", "partial")),
        S("Up to 45 centimetres (18 inches) of snow fell on the Askival uplands overnight into Sunday, closing the pass road for 19 hours and leaving more than 350 vehicles stuck, the Askival Roads Agency said.",
          PP, ARA, NI, "said",
          c("45 centimetres", 45, "cm", "distance", "weather", "up to", "upper"),
          c("18 inches", 18, "inch", "distance", "conv", "up to", "upper"),
          c("19 hours", 19, "hour", "duration", "public"),
          c("350 vehicles", 350, "vehicle", "count", "partial", "more than", "lower")),
        S("The Askival Constabulary said, citing reports from snowplough crews, that some drivers had waited in their cars for up to nine hours in temperatures of minus 11°C (12°F).",
          PP, "Askival Constabulary", NI, "said",
          c("nine hours", 9, "hour", "duration", "partial", "up to", "upper"),
          c("minus 11°C", -11, "degree_celsius", "count", "weather"),
          c("12°F", 12, "degree_fahrenheit", "count", "conv")),
        S("The Dalmore Meteorological Office had warned on Saturday afternoon that 20 to 30 cm could fall on high ground.",
          PP, MET, NI, "warned",
          c("20 to 30 cm", 20, "cm", "distance", "future", "", "range", 30)),
        S("“It came down faster than anything I have seen in 22 years of driving this road,” said Morag Tulloch-Reyes, a bus driver whose coach, carrying 31 passengers, was stuck near the summit from 10:40 p.m. until 6 a.m.",
          DQ, TULLOCH, NP, "said",
          c("22 years", 22, "year", "duration", "quote_opinion"),
          c("31 passengers", 31, "passenger", "count", "partial"),
          clock("10:40 p.m.", verif="partial"),
          clock("6 a.m.", verif="partial")),
        S("“The heater kept going, thank God.", DQ, TULLOCH, NP, ""),
        S("We shared out what food we had.”", DQ, TULLOCH, NP, ""),
        S("She added that a farmer had driven up on a tractor with two dozen flasks of tea.", PP, TULLOCH, NP, "added",
          c("two dozen flasks", 24, "flask", "count", "quote_opinion")),
        S("Mountain rescue volunteers, who worked through the night, said they had taken 14 people to a village hall in Corran Bridge, including three children.",
          PP, "mountain rescue volunteers", UN, "said",
          c("14 people", 14, "person", "count", "partial"),
          c("three children", 3, "child", "count", "partial")),
        S("According to the Dalmore Meteorological Office, the temperature at the summit station fell to minus 17.4°C, the lowest November reading since 1993.",
          PP, MET, NI, "according to",
          c("minus 17.4°C", -17.4, "degree_celsius", "count", "weather"),
          date("1993", verif="weather")),
        S("Shopkeepers in Corran Bridge said deliveries of bread and milk had not arrived for two days.",
          PP, "shopkeepers in Corran Bridge", UN, "said",
          c("two days", 2, "day", "duration", "quote_opinion")),
        S("The roads agency said it expected the pass to reopen by 11 a.m. on Monday, with gritters working 12-hour shifts, and urged drivers to carry a shovel, blankets and at least half a tank of fuel.",
          PP, ARA, NI, "said",
          clock("11 a.m.", verif="future"),
          c("12-hour", 12, "hour", "duration", "internal"),
          c("half", 0.5, "fraction", "percent", "advice", "at least", "lower")),
    ],

    "orlanda_cycling_stage": [
        N(c("a Minute", 1, "minute", "duration", "race"),
          c("187-kilometre", 187, "km", "distance", "race"),
          c("four categorised climbs", 4, "climb", "count", "race"),
          c("26-year-old", 26, "year", "duration", "public"),
          c("5:02:17", 18137, "second", "duration", "race"),
          c("58 seconds", 58, "second", "duration", "race"),
          c("five", 5, "rider", "count", "race"),
          c("2:31", 151, "second", "duration", "race")),
        S("“I attacked with 6 km to go because I knew the gradient goes over 12 percent there,” Reyes-Aalto said at the finish.",
          DQ, REYES, NP, "said",
          c("6 km", 6, "km", "distance", "race"),
          c("12 percent", 12, "percent", "percent", "public", "over", "lower")),
        S("“My legs were screaming, but I was thinking of my mother.”", DQ, REYES, NP, ""),
        N(c("47 seconds", 47, "second", "duration", "race"),
          c("12 stages", 12, "stage", "count", "race")),
        S("Hovde’s team director, Liesel Marchetti, told the Orlanda Sports Daily that her rider had been suffering from a stomach bug for two days.",
          PP, MARCHETTI, NP, "told",
          c("two days", 2, "day", "duration", "internal")),
        S("“He ate almost nothing last night,” she said.", DQ, MARCHETTI, NP, "said"),
        S("“Tomorrow we will see if he can still fight.”", DQ, MARCHETTI, NP, ""),
        S("Organisers of the Tour of Orlanda said an estimated 60,000 spectators lined the final 10 kilometres of the climb, where the temperature reached 31°C (88°F).",
          PP, "organisers of the Tour of Orlanda", UN, "said",
          c("60,000 spectators", 60000, "spectator", "count", "partial", "estimated", "approximate"),
          c("10 kilometres", 10, "km", "distance", "race"),
          c("31°C", 31, "degree_celsius", "count", "weather"),
          c("88°F", 88, "degree_fahrenheit", "count", "conv")),
        S("Three riders abandoned during the stage, leaving 151 in the race, the race jury said in its evening communiqué.",
          PP, "race jury", NI, "said",
          c("Three riders", 3, "rider", "count", "race"),
          c("151", 151, "rider", "count", "race")),
        N(c("two team cars", 2, "team_car", "count", "race"),
          c("200 Swiss francs", 200, "chf", "money", "race")),
        S("According to the Vektor-Baltia team, Reyes-Aalto has not won a stage race since 2023, when a crash ended his season.",
          PP, "Vektor-Baltia", NI, "according to",
          date("2023", verif="sport")),
        N(c("164-kilometre", 164, "km", "distance", "race")),
    ],

    "skyvale_airline_results": [
        N(c("€212m", 212000000, "eur", "money", "filing")),
        S("Skyvale Airways reported a net profit of €212 million for the six months to September 30, against a loss of €38 million a year earlier, as passengers returned to its long-haul routes.",
          PP, SKY, NI, "reported",
          c("€212 million", 212000000, "eur", "money", "filing"),
          c("six months", 6, "month", "duration", "filing"),
          date("September 30", verif="filing"),
          c("€38 million", 38000000, "eur", "money", "filing"),
          c("a year", 1, "year", "duration", "filing")),
        S("Revenue rose 14 percent to €2.41 billion, the company said in a statement to the Rimmel stock exchange on Thursday.",
          PP, SKY, NI, "said",
          c("14 percent", 14, "percent", "percent", "filing"),
          c("€2.41 billion", 2410000000, "eur", "money", "filing")),
        N(c("9.6 million passengers", 9600000, "passenger", "count", "filing"),
          c("87.5 percent", 87.5, "percent", "percent", "filing"),
          c("83 percent", 83, "percent", "percent", "filing")),
        S("“We flew fuller planes at higher fares, and our fuel bill came down by about a fifth,” chief executive Annika Dahlstrøm-Kerr said on a call with analysts.",
          DQ, DAHL, NP, "said",
          c("a fifth", 0.2, "fraction", "percent", "filing", "about", "approximate")),
        S("“That is really the whole story.”", DQ, DAHL, NP, ""),
        S("She added that the airline would order up to 20 new long-haul aircraft, worth about $3 billion at list prices, by 31 March.",
          PP, DAHL, NP, "added",
          c("20 new long-haul aircraft", 20, "long_haul_aircraft", "count", "future", "up to", "upper"),
          c("$3 billion", 3000000000, "usd", "money", "future", "about", "approximate"),
          date("31 March", verif="future")),
        S("Analysts at Norrhamn Securities had expected a profit of around €190 million.",
          PP, "analysts at Norrhamn Securities", UN, "expected",
          c("€190 million", 190000000, "eur", "money", "partial", "around", "approximate")),
        N(c("6.2 percent", 6.2, "percent", "percent", "market"),
          c("148.30 Norwegian kroner", 148.3, "nok", "money", "market")),
        S("According to the airline’s half-year report, fuel made up 29 percent of operating costs, down from 35 percent, partly because of hedging contracts bought in 2024.",
          PP, SKY + " half-year report", NI, "according to",
          c("29 percent", 29, "percent", "percent", "filing"),
          c("35 percent", 35, "percent", "percent", "filing"),
          date("2024", verif="filing")),
        S("A pilots’ union official, who asked not to be named, told the Rimmel Dagblad that some crews had flown up to 900 hours in the past 12 months, against a legal cap of 1,000, and that “fatigue reports have doubled”.",
          PP, "a pilots’ union official", UN, "told",
          c("900 hours", 900, "hour", "duration", "unnamed", "up to", "upper"),
          c("12 months", 12, "month", "duration", "unnamed"),
          c("1,000", 1000, "hour", "duration", "public"),
          c("doubled", 2, "times", "count", "unnamed")),
        S("The union’s chairman, Petter Okwuosa, said talks on a new contract would resume on 8 December.",
          PP, "Petter Okwuosa", NP, "said",
          date("8 December", verif="future")),
        S("“Our members want a share of this profit,” he said.", DQ, "Petter Okwuosa", NP, "said"),
    ],

    "parcel_text_fraud": [
        S("Police: Fake Parcel Texts Cost Victims £2.3m", PP, WPOL, NI, "",
          c("£2.3m", 2300000, "gbp", "money", "partial")),
        S("A gang that sent fake delivery texts cheated more than 4,100 people out of £2.3 million in 18 months, Wexbury Police said on Tuesday after arresting six people in raids across the county.",
          PP, WPOL, NI, "said",
          c("4,100 people", 4100, "person", "count", "partial", "more than", "lower"),
          c("£2.3 million", 2300000, "gbp", "money", "partial"),
          c("18 months", 18, "month", "duration", "court"),
          c("six people", 6, "person", "count", "court")),
        S("The messages asked recipients to pay a “redelivery fee” of £1.45 through a link that then harvested their card details, Detective Inspector Rowan Achterberg said.",
          PP, ACHT, NP, "said",
          c("£1.45", 1.45, "gbp", "money", "court")),
        S("“Nobody thinks twice about £1.45,” she said.", DQ, ACHT, NP, "said",
          c("£1.45", 1.45, "gbp", "money", "court")),
        S("“That is exactly what they counted on.", DQ, ACHT, NP, ""),
        S("Within a week, some victims had lost their savings.”", DQ, ACHT, NP, "",
          c("a week", 1, "week", "duration", "partial", "within", "upper")),
        S("The largest single loss was £61,000, taken from a retired teacher in Hollin Cross over three days, police said.",
          PP, WPOL, NI, "said",
          c("£61,000", 61000, "gbp", "money", "court"),
          c("three days", 3, "day", "duration", "court")),
        S("A detective involved in the inquiry told the Wexbury Mercury that the gang had used at least 70 prepaid SIM cards a day and moved the money through crypto exchanges in three countries.",
          PP, "a detective involved in the inquiry", UN, "told",
          c("70 prepaid SIM cards a day", 70, "sim_card_per_day", "count", "unnamed", "at least", "lower"),
          c("three countries", 3, "country", "count", "unnamed")),
        S("According to the National Fraud Bureau’s annual report, text-message scams rose by 34 percent last year, to 212,000 reported cases, with an average loss of £640.",
          PP, "National Fraud Bureau annual report", NI, "according to",
          c("34 percent", 34, "percent", "percent", "report"),
          c("212,000 reported cases", 212000, "case", "count", "report"),
          c("£640", 640, "gbp", "money", "report")),
        S("The six suspects, aged between 19 and 34, were released on bail until 9 January, the force said.",
          PP, WPOL, NI, "said",
          c("six suspects", 6, "suspect", "count", "court"),
          c("19 and 34", 19, "year", "duration", "court", "between", "range", 34),
          date("9 January", verif="court")),
        S("Banks refunded about two-thirds of the money, Achterberg said, but some customers had been told they were “grossly negligent” for clicking the link.",
          PP, ACHT, NP, "said",
          c("two-thirds", 0.6667, "fraction", "percent", "partial", "about", "approximate")),
        S("Mobile operators blocked roughly 1.8 million suspicious messages in the county last month, the Wexbury Mercury reported, citing an industry body, the Telecom Fraud Forum.",
          PP, "Wexbury Mercury", NI, "reported",
          c("1.8 million suspicious messages", 1800000, "message", "count", "specialist", "roughly", "approximate")),
        S("Achterberg urged anyone who had paid a fee to call their bank straight away.", PP, ACHT, NP, "urged"),
        S("“You will not be judged,” she added.", DQ, ACHT, NP, "added"),
    ],

    "varrow_coral_survey": [
        N(c("Twice", 2, "times", "count", "paper")),
        S("A survey of the Varrow Trench off the Helmsdale coast found 212 cold-water coral reefs, more than double the 98 previously charted, according to a paper published on 3 November in the Journal of Abyssal Ecology.",
          PP, JAE_PAPER, NI, "according to",
          c("212 cold-water coral reefs", 212, "cold_water_coral_reef", "count", "paper"),
          c("double", 2, "times", "count", "arith", "more than", "lower",
            reason="212 against 98 is 2.16 times; a reader can redo it."),
          c("98", 98, "cold_water_coral_reef", "count", "public"),
          date("3 November", verif="paper")),
        S("The research ship Calyx spent 41 days at sea last summer and mapped some 3,800 square kilometres (1,470 square miles) of seabed at depths of 200 to 1,100 metres, the Marrick Oceanographic Institute said in a press release.",
          PP, MOI, NI, "said",
          c("41 days", 41, "day", "duration", "paper"),
          c("3,800 square kilometres", 3800, "square_km", "count", "paper", "some", "approximate"),
          c("1,470 square miles", 1470, "square_mile", "count", "conv", "some", "approximate"),
          c("200 to 1,100 metres", 200, "m", "distance", "paper", "", "range", 1100)),
        S("“Every time we dropped the camera we found something new,” said the paper’s lead author, Dr Oyelaran Fenwick-Sato, a marine biologist at the institute.",
          DQ, FENWICK, NP, "said"),
        S("“Some of these reefs have been growing for at least 8,000 years.", DQ, FENWICK, NP, "",
          c("8,000 years", 8000, "year", "duration", "specialist", "at least", "lower")),
        S("They were there before anyone fished this coast.”", DQ, FENWICK, NP, ""),
        S("She added that trawl scars were visible on about a quarter of the reefs surveyed.", PP, FENWICK, NP, "added",
          c("a quarter", 0.25, "fraction", "percent", "paper", "about", "approximate")),
        S("The Helmsdale Chronicle reported, citing fisheries ministry documents, that bottom trawlers logged 1,320 fishing days in the trench last year.",
          PP, "Helmsdale Chronicle", NI, "reported",
          c("1,320 fishing days", 1320, "fishing_day", "count", "specialist")),
        S("A spokesperson for the fisheries ministry said a ban covering up to 900 square kilometres was “under consideration” but that no decision would be taken before the spring.",
          PP, "a spokesperson for the fisheries ministry", UN, "said",
          c("900 square kilometres", 900, "square_km", "count", "future", "up to", "upper")),
        S("Aonghas Pereira-Moss, who skippers a 24-metre trawler out of Helmsdale, told the Chronicle that the trench supplied nearly 30 percent of his catch.",
          PP, PEREIRA, NP, "told",
          c("24-metre", 24, "m", "distance", "public"),
          c("30 percent", 30, "percent", "percent", "quote_opinion", "nearly", "upper")),
        S("“Close it and three boats in this harbour go,” he said.", DQ, PEREIRA, NP, "said",
          c("three boats", 3, "boat", "count", "future")),
        S("The survey cost 2.7 million euros and was funded largely by the Nordhaven Trust, the institute said.",
          PP, MOI, NI, "said",
          c("2.7 million euros", 2700000, "eur", "money", "public")),
    ],

    "kilbarron_housing_plan": [
        N(c("4,000-Home", 4000, "home", "count", "vote"),
          c("27 votes", 27, "vote", "count", "vote"),
          c("14", 14, "vote", "count", "vote"),
          c("4,200 new homes", 4200, "home", "count", "vote"),
          date("2040", verif="future"),
          c("four hours", 4, "hour", "duration", "vote", "almost", "upper")),
        S("The council’s planning report found that the town needs at least 310 new homes a year to keep up with demand, and that average rents have risen 22 percent since 2021.",
          PP, KDC_REPORT, NI, "found",
          c("310 new homes a year", 310, "home_per_year", "count", "report", "at least", "lower"),
          c("22 percent", 22, "percent", "percent", "report"),
          date("2021", verif="report")),
        S("Under the plan, 35 percent of the homes would be offered at below-market rents, the report says.",
          PP, KDC_REPORT, NI, "says",
          c("35 percent", 35, "percent", "percent", "report")),
        S("“We cannot keep telling young families there is no room for them,” said Councillor Fiona Adeyemi-Ruck, who chairs the housing committee.",
          DQ, ADEYEMI, NP, "said"),
        S("“The waiting list has 2,950 households on it.", DQ, ADEYEMI, NP, "",
          c("2,950 households", 2950, "household", "count", "public")),
        S("Some have been on it for eight years.”", DQ, ADEYEMI, NP, "",
          c("eight years", 8, "year", "duration", "public")),
        S("Two people who attended a closed session before the vote told the Kilbarron Advertiser that the developer, Greystone Homes, had offered £14 million towards a new primary school and a road junction.",
          PP, "two people who attended a closed session before the vote", UN, "told",
          c("£14 million", 14000000, "gbp", "money", "unnamed")),
        S("Greystone Homes said in a statement that building could start in 2027 and take 12 to 15 years.",
          PP, "Greystone Homes", NI, "said",
          date("2027", verif="future"),
          c("12 to 15 years", 12, "year", "duration", "future", "", "range", 15)),
        S("Campaigners from Save Kilbarron Fields, who handed in a petition with 6,480 signatures, said the site flooded almost every winter.",
          PP, "campaigners from Save Kilbarron Fields", UN, "said",
          c("6,480 signatures", 6480, "signature", "count", "public")),
        S("According to the Kilbarron Rivers Trust, about 60 hectares (148 acres) of the 190-hectare site lie in a flood zone.",
          PP, "Kilbarron Rivers Trust", NI, "according to",
          c("60 hectares", 60, "hectare", "count", "public", "about", "approximate"),
          c("148 acres", 148, "acre", "count", "conv", "about", "approximate"),
          c("190-hectare", 190, "hectare", "count", "public")),
        S("Opposition leader Declan Farrow-Aziz said his group would ask the regional planning inspector to review the decision within 28 days.",
          PP, FARROW, NP, "said",
          c("28 days", 28, "day", "duration", "future", "within", "upper")),
        S("“This is a plan for developers, not for Kilbarron,” he said.", DQ, FARROW, NP, "said"),
    ],

    "vercanie_milk_protest": [
        N(date("27 Nov")),
        S("Around 600 dairy farmers drove some 350 tractors into the centre of Saint-Brelac on Wednesday, blocking the ring road for more than five hours to protest against falling milk prices, the Vercanie prefecture said.",
          PP, "Vercanie prefecture", NI, "said",
          c("600 dairy farmers", 600, "dairy_farmer", "count", "observed", "around", "approximate"),
          c("350 tractors", 350, "tractor", "count", "observed", "some", "approximate"),
          c("five hours", 5, "hour", "duration", "observed", "more than", "lower")),
        S("« We are selling milk at 38 cents a litre when it costs us 46 to produce », said Gaëlle Marchand-Oyono, who heads the Vercanie Milk Producers’ Federation.",
          DQ, MARCHAND, NP, "said",
          c("38 cents a litre", 0.38, "eur_per_litre", "money", "partial"),
          c("46", 0.46, "eur_per_litre", "money", "specialist")),
        S("« In two years, a third of the farms in this valley will be gone. »", DQ, MARCHAND, NP, "",
          c("two years", 2, "year", "duration", "future"),
          c("a third", 0.3333, "fraction", "percent", "future")),
        S("She added that at least 140 farms in the department had closed since 2020.", PP, MARCHAND, NP, "added",
          c("140 farms", 140, "farm", "count", "public", "at least", "lower"),
          date("2020", verif="public")),
        S("The dairy group Laiteries Brenaud, which buys around 70 % of the region’s milk, told the regional daily Le Courrier de Vercanie that its price reflected « a European market in surplus ».",
          PP, "Laiteries Brenaud", NI, "told",
          c("70 %", 70, "percent", "percent", "specialist", "around", "approximate")),
        S("According to the Vercanie Chamber of Agriculture, the cost of producing milk has risen by 17 % since 2021, mainly because of feed and energy prices.",
          PP, "Vercanie Chamber of Agriculture", NI, "according to",
          c("17 %", 17, "percent", "percent", "specialist"),
          date("2021", verif="public")),
        S("The departmental gendarmerie said the protest had been peaceful, although two people were slightly injured when a tractor reversed into a barrier at around 14:30.",
          PP, "departmental gendarmerie", NI, "said",
          c("two people", 2, "person", "count", "public"),
          clock("14:30", verif="observed", qualifier="around", bound="approximate")),
        S("Some farmers said they would return on Friday with manure.", PP, "some farmers", UN, "said"),
        S("« We have nothing left to lose », said Yannick Le Goff, 52, who milks 85 cows near Plouvenec.",
          DQ, "Yannick Le Goff", NP, "said",
          c("52", 52, "year", "duration", "public"),
          c("85 cows", 85, "cow", "count", "partial")),
        S("The agriculture minister, Hervé Lachaume-Diallo, is due to meet farmers’ leaders in Marvaux on 4 December, the agriculture ministry said, without giving details.",
          PP, "agriculture ministry", NI, "said",
          date("4 December", verif="future")),
    ],

    "dunmore_university_fees": [
        N(c("£1,150", 1150, "gbp", "money", "public")),
        S("Dunmore University will raise annual tuition fees for undergraduates from outside the Northshire region to £10,400 from September 2027, an increase of 12.4 percent, the university announced on Wednesday.",
          PP, DUN, NI, "announced",
          c("£10,400", 10400, "gbp", "money", "public"),
          date("September 2027", verif="future"),
          c("12.4 percent", 12.4, "percent", "percent", "arith",
            reason="£1,150 on a previous £9,250 (£10,400 less £1,150) is 12.4 percent; a reader can redo it.")),
        N(c("£4,800 a year", 4800, "gbp_per_year", "money", "public")),
        S("An internal budget paper seen by the Dunmore Standard says the university faces a deficit of up to £23 million by 2028 and could cut as many as 180 posts unless income rises.",
          PP, "an internal budget paper seen by the Dunmore Standard", UN, "says",
          c("£23 million", 23000000, "gbp", "money", "future", "up to", "upper"),
          date("2028", verif="future"),
          c("180 posts", 180, "post", "count", "future", "as many as", "upper")),
        S("“Nobody wants to charge students more,” said the vice-chancellor, Professor Helena Marwick-Osei.",
          DQ, MARWICK, NP, "said"),
        S("“But our costs have gone up by nearly a fifth in three years, and the grant we get for each student has not moved since 2019.”",
          DQ, MARWICK, NP, "",
          c("a fifth", 0.2, "fraction", "percent", "internal", "nearly", "upper"),
          c("three years", 3, "year", "duration", "internal"),
          date("2019", verif="public")),
        S("She said the university would put £3.5 million a year into bursaries, enough for about 1,100 students.",
          PP, MARWICK, NP, "said",
          c("£3.5 million a year", 3500000, "gbp_per_year", "money", "future"),
          c("1,100 students", 1100, "student", "count", "future", "about", "approximate")),
        S("The students’ union president, Callum Idowu-Brandt, said a survey of 2,300 members found that two in five already worked more than 15 hours a week during term.",
          PP, IDOWU, NP, "said",
          c("2,300 members", 2300, "member", "count", "survey"),
          c("two in five", 0.4, "fraction", "percent", "survey"),
          c("15 hours a week", 15, "hour_per_week", "count", "survey", "more than", "lower")),
        S("“Some of our members are choosing between rent and food,” he told the Standard.", DQ, IDOWU, NP, "told"),
        S("According to the Northshire Education Department, 14 of the region’s 16 universities have raised out-of-region fees since 2024.",
          PP, NED, NI, "according to",
          c("14", 14, "university", "count", "public"),
          c("16 universities", 16, "university", "count", "public"),
          date("2024", verif="public")),
        S("Lecturers at the university, who have held three one-day strikes this term, said they feared the cuts would fall on languages and music.",
          PP, "lecturers at the university", UN, "said",
          c("three", 3, "strike", "count", "public"),
          c("one-day", 1, "day", "duration", "public")),
        S("A university spokesperson said no department had been singled out.", PP, "a university spokesperson", UN, "said"),
        N(date("12 January", verif="future")),
    ],

    "eastern_gas_link": [
        N(c("$4.1 Billion", 4100000000, "usd", "money", "filing")),
        S("The Eastern Gas Link, a 640-mile (1,030 km) pipeline meant to carry natural gas from the Tamsin Basin to the coast, will not begin operating before October 2028, its builder, Corvell Energy, said on Monday.",
          PP, CORV, NI, "said",
          c("640-mile", 640, "mile", "distance", "public"),
          c("1,030 km", 1030, "km", "distance", "conv"),
          date("October 2028", verif="future")),
        S("The company put the cost at $4.1 billion, up from the $2.6 billion it estimated when construction began in 2022.",
          PP, CORV, NI, "put",
          c("$4.1 billion", 4100000000, "usd", "money", "filing"),
          c("$2.6 billion", 2600000000, "usd", "money", "filing"),
          date("2022", verif="public")),
        S("In a filing with the Western Energy Regulatory Commission, Corvell blamed a 14-month legal fight over a river crossing and steel prices that it said had risen by 30 to 35 percent.",
          PP, CORV, NI, "blamed",
          c("14-month", 14, "month", "duration", "court"),
          c("30 to 35 percent", 30, "percent", "percent", "market", "", "range", 35)),
        S("“We underestimated how hard the terrain would be,” said Darius Okafor-Lindqvist, Corvell’s chief executive.",
          DQ, OKAFOR, NP, "said"),
        S("“Crews are laying about 1.5 miles of pipe a day now, against 0.8 miles last spring,” he added.",
          DQ, OKAFOR, NP, "added",
          c("1.5 miles of pipe a day", 1.5, "mile_per_day", "speed", "internal", "about", "approximate"),
          c("0.8 miles", 0.8, "mile_per_day", "speed", "internal")),
        S("Two people familiar with the project told the Tamsin Business Journal that the company was seeking a further $600 million loan from a group of banks led by Harwell Capital.",
          PP, "two people familiar with the project", UN, "told",
          c("$600 million", 600000000, "usd", "money", "unnamed")),
        S("Corvell Energy said in a statement that it did not comment on financing.", PP, CORV, NI, "said"),
        S("According to the commission’s own figures, the pipeline would carry up to 1.2 billion cubic feet of gas a day, enough to heat some 3 million homes.",
          PP, "Western Energy Regulatory Commission figures", NI, "according to",
          c("1.2 billion cubic feet of gas a day", 1200000000, "cubic_foot_per_day", "count", "report", "up to", "upper"),
          c("3 million homes", 3000000, "home", "count", "report", "some", "approximate")),
        S("Landowners along the route have lodged 47 formal complaints about damaged drains and fences, the Tamsin Valley Landowners’ Association said.",
          PP, "Tamsin Valley Landowners’ Association", NI, "said",
          c("47 formal complaints", 47, "complaint", "count", "internal")),
        S("Its secretary, Bronwyn Achebe-Hale, said one farmer had lost about 30 acres of winter wheat.",
          PP, ACHEBE, NP, "said",
          c("one farmer", 1, "farmer", "count", "quote_opinion"),
          c("30 acres", 30, "acre", "count", "quote_opinion", "about", "approximate")),
        S("“They dug a trench 8 feet deep through his best field and left it open for six weeks,” she said.",
          DQ, ACHEBE, NP, "said",
          c("8 feet", 8, "foot", "distance", "quote_opinion"),
          c("six weeks", 6, "week", "duration", "quote_opinion")),
    ],
}


if __name__ == "__main__":
    for name, spec in SPECS.items():
        n_c, n_s = build(name, spec)
        print(f"{name}: {n_c} claims, {n_s} sentences")
