"""Build the claims and sentences ledgers of data/heldout/batch7 from hand-chosen phrases.

Written 2026-11-28 by a helper session that never saw the extractor (see README.md).
The specs format and helper functions are copied from data/heldout/batch3/build.py.
Every span below was chosen by hand from a reading of the article; this script only turns each phrase
into its Python offsets (code points, end exclusive) and writes the CSVs. It imports nothing from the
project. Run: python3 data/heldout/batch7/build.py, then python3 data/heldout/batch7/verify.py.

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

KHB, KHB_FIG, PENH = "Kessock Health Board", "Kessock Health Board figures", "Orla Penhallow"
WWS, CALL = "Westmarch Weather Service", "Idris Calloway"
ETX, ORG = "Marisol Etxeberri", "organisers"
GS, VS = "Greenaway Stores", "Hendrik Vallory-Shaw"
COURT, SALLOW = "Oldcastle Crown Court", "Imogen Sallow-Byrne"
AVIAN, KELMSBY, BRANN = "Avian Passage study", "University of Kelmsby", "Ilse Brannagh"
OBUYA = "Wendell Obuya"
PREF, SORB, GARR = "Haute-Vérane prefecture", "Aurélien Sorbier", "Mathilde Garrigou-Peyre"
LBS, OKL = "Larkfield Building Society house price index", "Priya Okonkwo-Lang"
SPA, KAR = "Saltmere Port Authority", "Kofi Abernethy-Ruiz"

SPECS = {
    "ae_waiting_times": [
        N(c("Half", 0.5, "fraction", "percent", "arith", "nearly", "upper",
            reason="2,114 of 5,160 is 41 percent; a reader can redo it and see the headline overstates it."),
          c("Four Hours", 4, "hour", "duration", "public", "over", "lower")),
        S("Only 59 percent of patients at Dunmere General Hospital’s emergency department were seen and then discharged or admitted within four hours in October, according to figures published by the Kessock Health Board on Wednesday.",
          PP, KHB, NI, "according to",
          c("59 percent", 59, "percent", "percent", "public"),
          c("four hours", 4, "hour", "duration", "public", "within", "upper")),
        N(c("95 percent", 95, "percent", "percent", "public")),
        S("The board’s figures show that 2,114 of the 5,160 people who attended waited longer than four hours, and 312 spent more than 12 hours in the department.",
          PP, KHB_FIG, NI, "show",
          c("2,114", 2114, "person", "count", "public"),
          c("5,160 people", 5160, "person", "count", "public"),
          c("four hours", 4, "hour", "duration", "public", "longer than", "lower"),
          c("312", 312, "person", "count", "public"),
          c("12 hours", 12, "hour", "duration", "public", "more than", "lower")),
        S("“We have had ambulances queuing outside from 7 a.m. some days,” said Dr. Orla Penhallow, the department’s clinical lead.",
          DQ, PENH, NP, "said",
          clock("7 a.m.", verif="quote_opinion")),
        S("“On the worst night we had 38 patients on trolleys in corridors designed for 20.”", DQ, PENH, NP, "",
          c("38 patients", 38, "patient", "count", "internal"),
          c("20", 20, "patient", "count", "internal")),
        S("She added that nursing numbers were about 15% below the level the hospital needs.", PP, PENH, NP, "added",
          c("15%", 15, "percent", "percent", "internal", "about", "approximate")),
        S("A nurse who asked not to be named said the wait for a bed after a decision to admit was roughly nine hours on most weekdays, and longer at weekends.",
          PP, "a nurse", UN, "said",
          c("nine hours", 9, "hour", "duration", "unnamed", "roughly", "approximate")),
        S("The board said a 24-bed assessment unit, costing £3.8 million, would open in March 2027 and should cut corridor waits by a third.",
          PP, KHB, NI, "said",
          c("24-bed", 24, "bed", "count", "future"),
          c("£3.8 million", 3800000, "gbp", "money", "future"),
          date("March 2027", verif="future"),
          c("a third", 0.3333, "fraction", "percent", "future")),
        S("Attendances have risen by about 8 percent since 2022, it said.", PP, KHB, NI, "said",
          c("8 percent", 8, "percent", "percent", "public", "about", "approximate"),
          date("2022")),
        S("Patients’ group Kessock Voices called the figures “a warning, not a surprise” and asked the board to publish waiting times every week rather than every month.",
          PP, "Kessock Voices", NI, "called"),
    ],

    "heatwave_warning": [
        N(c("38C", 38, "degree_celsius", "count", "weather")),
        S("Temperatures in Lornhaven reached 37.6°C (99.7°F) at 3:40 p.m. on Tuesday, the highest reading since records began at the town’s airfield in 1931, the Westmarch Weather Service said.",
          PP, WWS, NI, "said",
          c("37.6°C", 37.6, "degree_celsius", "count", "weather"),
          c("99.7°F", 99.7, "degree_fahrenheit", "count", "conv"),
          clock("3:40 p.m.", verif="weather"),
          date("1931", verif="weather")),
        S("The service has extended its amber heat warning until 9 p.m. on Friday and expects highs of between 34 and 36°C on Wednesday and Thursday.",
          PP, WWS, NI, "expects",
          clock("9 p.m.", verif="public"),
          c("34 and 36°C", 34, "degree_celsius", "count", "future", "between", "range", 36)),
        S("Night-time temperatures are not expected to fall below 22°C in the town centre, forecaster Idris Calloway said.",
          PP, CALL, NP, "said",
          c("22°C", 22, "degree_celsius", "count", "future", "below", "lower")),
        S("“The danger is the heat that builds up night after night,” he said.", DQ, CALL, NP, "said"),
        S("“People over 75 living alone are the ones we worry about most.”", DQ, CALL, NP, "",
          c("75", 75, "year", "duration", "quote_opinion", "over", "lower")),
        S("Lornhaven Council has opened 11 cooling centres, from 8 a.m. to 8 p.m., and says water use rose 23 percent on Monday to about 41 million litres.",
          PP, "Lornhaven Council", NI, "says",
          c("11 cooling centres", 11, "cooling_centre", "count", "public"),
          clock("8 a.m.", verif="public"),
          clock("8 p.m.", verif="public"),
          c("23 percent", 23, "percent", "percent", "partial"),
          c("41 million litres", 41000000, "litre", "count", "partial", "about", "approximate")),
        S("According to the regional ambulance service, calls rose to 1,480 on Monday, up from a typical 1,100 a day.",
          PP, "regional ambulance service", NI, "according to",
          c("1,480", 1480, "call", "count", "internal"),
          c("1,100 a day", 1100, "call_per_day", "count", "internal")),
        S("“By ten o’clock it is too hot to stand out here,” said Colm Farquhar, who keeps a plot there.",
          DQ, "Colm Farquhar", NP, "said",
          clock("ten o’clock", verif="quote_opinion")),
        S("The Westmarch Weather Service expects a band of thunderstorms to bring cooler air from the west at the weekend.",
          PP, WWS, NI, "expects"),
    ],

    "tennis_final": [
        N(c("Three-Hour", 3, "hour", "duration", "sport"),
          date("14 June"),
          c("three sets", 3, "set", "count", "sport"),
          c("three hours", 3, "hour", "duration", "sport"),
          c("eight minutes", 8, "minute", "duration", "sport"),
          c("22-year-old", 22, "year", "duration", "public"),
          c("56-year", 56, "year", "duration", "public"),
          c("€410,000", 410000, "eur", "money", "public"),
          c("$445,000", 445000, "usd", "money", "market", "about", "approximate")),
        S("“I was three games down in the final set and thinking about my flight home,” Etxeberri said.",
          DQ, ETX, NP, "said",
          c("three games", 3, "game", "count", "sport")),
        S("“My coach told me to slow down.", DQ, ETX, NP, ""),
        S("I listened for once,” she added.", DQ, ETX, NP, "added"),
        S("Kovrig, 29, hit 14 aces but made 52 unforced errors, according to tournament statistics.",
          PP, "Calvera Open tournament statistics", NI, "according to",
          c("29", 29, "year", "duration", "public"),
          c("14 aces", 14, "ace", "count", "sport"),
          c("52 unforced errors", 52, "unforced_error", "count", "sport")),
        S("Organisers said a record crowd of nearly 9,800 filled the centre court, whose roof was closed at 4:15 p.m. when rain arrived.",
          PP, ORG, UN, "said",
          c("9,800", 9800, "spectator", "count", "internal", "nearly", "upper"),
          clock("4:15 p.m.", verif="observed")),
        S("Tickets for the final sold for up to €290 on resale sites, more than twice their face value, organisers added.",
          PP, ORG, UN, "added",
          c("€290", 290, "eur", "money", "observed", "up to", "upper"),
          c("twice", 2, "times", "count", "arith", "more than", "lower",
            reason="Resale listings and the printed face value would let a reader redo it.")),
        N(c("seven", 7, "year", "duration", "public")),
        S("She is expected to climb more than 40 places in the world rankings on Monday, the sport’s governing body said.",
          PP, "sport’s governing body", NI, "said",
          c("40 places", 40, "place", "count", "future", "more than", "lower")),
    ],

    "supermarket_profits": [
        N(c("a Fifth", 0.2, "fraction", "percent", "arith",
            reason="The body gives £412.3 million against £344.7 million, 19.6 percent; a reader can redo it.")),
        S("Greenaway Stores, the Brackwell-based supermarket chain, reported a pre-tax profit of £412.3 million for the 52 weeks to 28 February, up 19.6 percent from £344.7 million a year earlier.",
          PP, GS, NI, "reported",
          c("£412.3 million", 412300000, "gbp", "money", "filing"),
          c("52 weeks", 52, "week", "duration", "filing"),
          date("28 February", verif="filing"),
          c("19.6 percent", 19.6, "percent", "percent", "arith",
            reason="£412.3 million against £344.7 million is 19.6 percent; a reader can redo it."),
          c("£344.7 million", 344700000, "gbp", "money", "filing"),
          c("a year", 1, "year", "duration", "filing")),
        S("Sales rose 4.1 percent to £9.86 billion, the company said in a statement on Wednesday, and its operating margin widened by 0.4 percentage points to 4.2 percent.",
          PP, GS, NI, "said",
          c("4.1 percent", 4.1, "percent", "percent", "filing"),
          c("£9.86 billion", 9860000000, "gbp", "money", "filing"),
          c("0.4 percentage points", 0.4, "percentage_point", "percent", "filing"),
          c("4.2 percent", 4.2, "percent", "percent", "filing")),
        S("“Customers have come back to us because we cut prices on more than 3,000 everyday lines,” chief executive Hendrik Vallory-Shaw said.",
          DQ, VS, NP, "said",
          c("3,000 everyday lines", 3000, "line", "count", "internal", "more than", "lower")),
        S("“We will open 25 stores this year and another 30 in 2027.”", DQ, VS, NP, "",
          c("25 stores", 25, "store", "count", "future"),
          c("30", 30, "store", "count", "future"),
          date("2027", verif="future")),
        S("He added that the chain would invest about £180m in pay, lifting the hourly rate for shop-floor staff to £12.85.",
          PP, VS, NP, "added",
          c("£180m", 180000000, "gbp", "money", "future", "about", "approximate"),
          c("£12.85", 12.85, "gbp_per_hour", "money", "future")),
        N(c("6 percent", 6, "percent", "percent", "market"),
          c("287p", 2.87, "gbp", "money", "market"),
          clock("11:30", verif="market")),
        S("Analysts at Hollins Carr had expected a profit of around £395 million.", PP, "Hollins Carr", NI, "expected",
          c("£395 million", 395000000, "gbp", "money", "public", "around", "approximate")),
        N(c("61,000 people", 61000, "person", "count", "filing", "some", "approximate"),
          c("540 stores", 540, "store", "count", "filing")),
        S("It has gained market share for six quarters running, according to the research firm Tillbury Data, and now sells about one in nine of the country’s groceries.",
          PP, "Tillbury Data", NI, "according to",
          c("six quarters", 6, "quarter", "duration", "specialist"),
          c("one in nine", 0.1111, "fraction", "percent", "specialist", "about", "approximate")),
        S("Unions welcomed the pay rise but said it still left many part-time workers short of a living wage.",
          PP, "unions", UN, "said"),
        S("The company said its full annual report would be published next month.", PP, GS, NI, "said"),
    ],

    "bank_robbery_trial": [
        N(c("Two Men", 2, "man", "count", "court"),
          c("£240,000", 240000, "gbp", "money", "court",
            reason="Court records would confirm the sum; the body gives £238,450, so the headline rounds up."),
          c("Two men", 2, "man", "count", "court"),
          c("£238,450", 238450, "gbp", "money", "court"),
          c("23 years", 23, "year", "duration", "court"),
          c("34", 34, "year", "duration", "court"),
          c("13 years", 13, "year", "duration", "court"),
          c("41", 41, "year", "duration", "court"),
          c("10 years", 10, "year", "duration", "court")),
        S("The court heard that the pair entered the branch at 9:02 a.m. on 14 March last year, wearing high-visibility jackets, and left less than four minutes later.",
          PP, COURT, NI, "heard",
          clock("9:02 a.m.", verif="court"),
          date("14 March", verif="court"),
          c("four minutes", 4, "minute", "duration", "court", "less than", "upper")),
        S("Prosecutor Imogen Sallow-Byrne said a cashier had been threatened with what looked like a handgun.",
          PP, SALLOW, NP, "said"),
        S("“She believed she was going to die,” Sallow-Byrne told the jury.", DQ, SALLOW, NP, "told"),
        S("“She has not been back to work in the 20 months since.”", DQ, SALLOW, NP, "",
          c("20 months", 20, "month", "duration", "court")),
        S("Detectives traced the men through a car seen on 17 traffic cameras, according to Detective Inspector Noel Farrin, who said only about £31,000 had been recovered.",
          PP, "Noel Farrin", NP, "according to",
          c("17 traffic cameras", 17, "traffic_camera", "count", "court"),
          c("£31,000", 31000, "gbp", "money", "internal", "about", "approximate")),
        S("The judge, Recorder Anwen Pryce, said the raid had been \"planned with military precision\" and that Tamsett had served two previous sentences for robbery.",
          PP, "Anwen Pryce", NP, "said",
          c("two previous sentences", 2, "sentence", "count", "court")),
        S("Dredge’s barrister said he would appeal.", PP, "Callum Dredge’s barrister", UN, "said"),
        S("Outside court, the building society said its Oldcastle branch had since fitted new security screens and would not reopen on Saturdays.",
          PP, "Ferrisham Building Society", NI, "said"),
    ],

    "bird_migration_study": [
        S("Study: Swallows Arrive 11 Days Earlier Than in 1970s", PP, AVIAN, NI, "",
          c("11 Days", 11, "day", "duration", "paper"),
          date("1970s", verif="paper")),
        S("Barn swallows are reaching the Ostmark coast an average of 11.4 days earlier than they did in the 1970s, according to a study published on Monday in the journal Avian Passage.",
          PP, AVIAN, NI, "according to",
          c("11.4 days", 11.4, "day", "duration", "paper"),
          date("1970s", verif="paper")),
        S("Researchers from the University of Kelmsby analysed more than 48,000 ringing records collected between 1972 and 2023 at 36 coastal stations.",
          PP, KELMSBY, NI, "analysed",
          c("48,000 ringing records", 48000, "ringing_record", "count", "specialist", "more than", "lower"),
          date("1972", verif="paper"),
          date("2023", verif="paper"),
          c("36 coastal stations", 36, "station", "count", "paper")),
        S("They found that the birds now cover the final 1,200 miles (1,930 km) of their journey from southern Africa roughly 15% faster.",
          PP, KELMSBY, NI, "found",
          c("1,200 miles", 1200, "mile", "distance", "paper"),
          c("1,930 km", 1930, "km", "distance", "conv"),
          c("15%", 15, "percent", "percent", "specialist", "roughly", "approximate")),
        S("“Each degree of spring warming in the Sahel brings arrival forward by about two and a half days,” said the study’s lead author, Dr. Ilse Brannagh.",
          DQ, BRANN, NP, "said",
          c("two and a half days", 2.5, "day", "duration", "specialist", "about", "approximate")),
        S("“But the insects they feed on have moved even faster.", DQ, BRANN, NP, ""),
        S("In some valleys they peak three weeks before the swallows get here.”", DQ, BRANN, NP, "",
          c("three weeks", 3, "week", "duration", "specialist")),
        S("The number of breeding pairs in the region fell by nearly a third between 1990 and 2020, the paper says, although it did not establish a link.",
          PP, AVIAN, NI, "says",
          c("a third", 0.3333, "fraction", "percent", "paper", "nearly", "upper"),
          date("1990", verif="paper"),
          date("2020", verif="paper")),
        S("Felix Ambrose-Tull, an ornithologist at the Harnwick Bird Observatory who was not involved in the work, called the sample “unusually large” but said 51 years of data could still hide shorter cycles.",
          PP, "Felix Ambrose-Tull", NP, "said",
          c("51 years", 51, "year", "duration", "arith",
            reason="1972 to 2023 is 51 years; a reader can redo it.")),
        N(c("400 birds", 400, "bird", "count", "future"),
          c("0.3-gram", 0.3, "gram", "count", "future")),
    ],

    "parking_charges_vote": [
        N(c("Double", 2, "times", "count", "arith",
            reason="£1.20 to £2.40 is a doubling; a reader can redo it."),
          c("14", 14, "vote", "count", "vote"),
          c("9", 9, "vote", "count", "vote"),
          c("an hour", 1, "hour", "duration", "vote"),
          c("£1.20", 1.2, "gbp", "money", "vote"),
          c("£2.40", 2.4, "gbp", "money", "vote"),
          date("2016", verif="public")),
        S("The change, which takes effect on 6 January, is expected to raise about £340,000 a year, according to a report by the council’s finance officer.",
          PP, "Bramcote Town Council finance officer’s report", NI, "according to",
          date("6 January", verif="vote"),
          c("£340,000 a year", 340000, "gbp_per_year", "money", "future", "about", "approximate")),
        S("Councillor Wendell Obuya, who chairs the transport committee, said the town’s 1,150 spaces were “full by 10 o’clock most Saturdays” and that higher prices would free up room for shoppers.",
          PP, OBUYA, NP, "said",
          c("1,150 spaces", 1150, "space", "count", "public"),
          clock("10 o’clock", verif="observed")),
        S("“Shoppers who stay for 30 minutes will still pay nothing,” he said.", DQ, OBUYA, NP, "said",
          c("30 minutes", 30, "minute", "duration", "vote")),
        S("Opponents said the rise would drive people to the retail park at Fenwick Cross, which is 2.5 miles (4 km) away and where parking is free.",
          PP, "opponents", UN, "said",
          c("2.5 miles", 2.5, "mile", "distance", "public"),
          c("4 km", 4, "km", "distance", "conv")),
        S("Tamsin Greer, who has run a bakery on Market Street for 19 years, said her takings had fallen by a quarter since 2019.",
          PP, "Tamsin Greer", NP, "said",
          c("19 years", 19, "year", "duration", "public"),
          c("a quarter", 0.25, "fraction", "percent", "quote_opinion"),
          date("2019", verif="quote_opinion")),
        S("“People already tell me they would rather drive out of town,” she said.", DQ, "Tamsin Greer", NP, "said"),
        S("A petition against the rise gathered 2,876 signatures, nearly a fifth of the town’s adult population, its organisers said.",
          PP, "petition organisers", UN, "said",
          c("2,876 signatures", 2876, "signature", "count", "public"),
          c("a fifth", 0.2, "fraction", "percent", "partial", "nearly", "upper")),
        N(c("three hours", 3, "hour", "duration", "vote", "up to", "upper")),
    ],

    "forest_fire_wire": [
        N(c("1,200 Hectares", 1200, "hectare", "count", "observed"),
          date("9 August")),
        S("A forest fire that broke out on Thursday afternoon in the Haute-Vérane department had burned some 1,200 hectares by Saturday morning, the prefecture said.",
          PP, PREF, NI, "said",
          c("1,200 hectares", 1200, "hectare", "count", "observed", "some", "approximate")),
        S("More than 650 firefighters and 4 water-bombing aircraft were deployed, it said.", PP, PREF, NI, "said",
          c("650 firefighters", 650, "firefighter", "count", "public", "more than", "lower"),
          c("4 water-bombing aircraft", 4, "water_bombing_aircraft", "count", "public")),
        S("« The fire is contained but not under control », said Lieutenant-Colonel Aurélien Sorbier of the departmental fire service.",
          DQ, SORB, NP, "said"),
        S("« The wind reached 70 km/h during the night.", DQ, SORB, NP, "",
          c("70 km/h", 70, "km_per_hour", "speed", "weather")),
        S("We are expecting gusts of up to 50 km/h again this afternoon. »", DQ, SORB, NP, "",
          c("50 km/h", 50, "km_per_hour", "speed", "future", "up to", "upper")),
        S("About 2,300 residents and campers were evacuated from three villages overnight, according to the mayor of Lussac-le-Vieux, Mathilde Garrigou-Peyre.",
          PP, GARR, NP, "according to",
          c("2,300 residents", 2300, "resident", "count", "partial", "about", "approximate"),
          c("three villages", 3, "village", "count", "public")),
        S("She said a sports hall had been opened to house them and that « nobody has been hurt, thank God ».",
          PP, GARR, NP, "said"),
        S("Investigators believe the fire was started by a spark from farm machinery, a source close to the inquiry told AFN.",
          PP, "a source close to the inquiry", UN, "told"),
        S("Farmers in the area said they had lost hay stores and several barns, and the regional chamber of agriculture has set up a helpline.",
          PP, "farmers in the area", UN, "said"),
        N(date("2003", verif="public"),
          c("3,400 hectares", 3400, "hectare", "count", "public"),
          c("ten days", 10, "day", "duration", "public"),
          c("39 °C", 39, "degree_celsius", "count", "future")),
    ],

    "house_price_index": [
        S("House Prices Fall 0.8%, Says Larkfield Index", PP, LBS, NI, "says",
          c("0.8%", 0.8, "percent", "percent", "report")),
        S("The average price of a home in Corvania fell 0.8 percent in March to £287,410, the third monthly fall in a row, according to the Larkfield Building Society’s house price index, published on Thursday.",
          PP, LBS, NI, "according to",
          c("0.8 percent", 0.8, "percent", "percent", "report"),
          c("£287,410", 287410, "gbp", "money", "report")),
        S("Prices are still 2.1 percent higher than a year ago, the index shows, but the annual rate has slowed from 5.4 percent in December.",
          PP, LBS, NI, "shows",
          c("2.1 percent", 2.1, "percent", "percent", "report"),
          c("a year", 1, "year", "duration", "report"),
          c("5.4 percent", 5.4, "percent", "percent", "report")),
        N(c("£6,850 per square metre", 6850, "gbp_per_square_metre", "money", "report"),
          c("£636 per square foot", 636, "gbp_per_square_foot", "money", "conv", "about", "approximate"),
          c("£7,120", 7120, "gbp_per_square_metre", "money", "report")),
        S("“Higher mortgage rates are finally biting,” said Priya Okonkwo-Lang, the society’s chief economist.",
          DQ, OKL, NP, "said"),
        S("“A buyer on a 25-year mortgage of £200,000 is paying roughly £240 a month more than two years ago.”",
          DQ, OKL, NP, "",
          c("25-year", 25, "year", "duration", "arith"),
          c("£200,000", 200000, "gbp", "money", "arith"),
          c("£240 a month", 240, "gbp_per_month", "money", "arith", "roughly", "approximate",
            reason="Published mortgage rates then and now let a reader redo it."),
          c("two years", 2, "year", "duration", "arith")),
        S("She expects prices to fall by between 2 and 4 percent over the year as a whole.", PP, OKL, NP, "expects",
          c("2 and 4 percent", 2, "percent", "percent", "future", "between", "range", 4)),
        S("Figures from the Corvania Land Registry show that 61,240 homes changed hands in the first quarter, the fewest since 2012.",
          PP, "Corvania Land Registry figures", NI, "show",
          c("61,240 homes", 61240, "home", "count", "public"),
          date("2012", verif="public")),
        S("One estate agent in Aldermouth, who asked not to be named, said asking prices on nearly one in three listings had been cut.",
          PP, "an estate agent in Aldermouth", UN, "said",
          c("one in three", 0.3333, "fraction", "percent", "unnamed", "nearly", "upper")),
    ],

    "port_container_traffic": [
        N(c("3.1 Million Containers", 3100000, "container", "count", "public",
            reason="Port statistics would confirm it; the body counts 3,064,000 TEU, which are not containers."),),
        S("The Port of Saltmere handled 3,064,000 twenty-foot equivalent units (TEU) in 2025, up 7.2 percent on the year before and the most in its 140-year history, the Saltmere Port Authority said on Monday.",
          PP, SPA, NI, "said",
          c("3,064,000 twenty-foot equivalent units", 3064000, "teu", "count", "public"),
          date("2025"),
          c("7.2 percent", 7.2, "percent", "percent", "public"),
          c("140-year", 140, "year", "duration", "public")),
        S("Ships calling at the port averaged 9,400 TEU, against 6,100 a decade ago, and the largest, the Ardent Horizon, is 399 metres (1,309 feet) long, the authority said.",
          PP, SPA, NI, "said",
          c("9,400 TEU", 9400, "teu", "count", "public"),
          c("6,100", 6100, "teu", "count", "public"),
          c("a decade", 1, "decade", "duration", "public"),
          c("399 metres", 399, "metre", "distance", "public"),
          c("1,309 feet", 1309, "foot", "distance", "conv")),
        S("“We are running at about 92% of capacity,” said harbourmaster Kofi Abernethy-Ruiz.", DQ, KAR, NP, "said",
          c("92%", 92, "percent", "percent", "internal", "about", "approximate")),
        S("“At peak times a ship waits up to 36 hours for a berth.”", DQ, KAR, NP, "",
          c("36 hours", 36, "hour", "duration", "observed", "up to", "upper")),
        S("He added that a new 1.4-kilometre quay, due in 2028, would lift capacity to 4.5 million TEU a year.",
          PP, KAR, NP, "added",
          c("1.4-kilometre", 1.4, "km", "distance", "future"),
          date("2028", verif="future"),
          c("4.5 million TEU a year", 4500000, "teu_per_year", "count", "future")),
        S("The expansion will cost €610 million ($665 million), with €150 million from a national infrastructure fund, according to documents seen by the Saltmere Courier.",
          PP, "documents seen by the Saltmere Courier", UN, "according to",
          c("€610 million", 610000000, "eur", "money", "unnamed"),
          c("$665 million", 665000000, "usd", "money", "market"),
          c("€150 million", 150000000, "eur", "money", "unnamed")),
        S("Lorry drivers say queues at the gate often stretch to 2 km at 6 a.m., when the terminal opens.",
          PP, "lorry drivers", UN, "say",
          c("2 km", 2, "km", "distance", "observed"),
          clock("6 a.m.", verif="timetable")),
        S("A port spokesperson said gate times would be cut to 40 minutes by spring.", PP, "a port spokesperson", UN, "said",
          c("40 minutes", 40, "minute", "duration", "future")),
        S("Shipping lines have warned that they may move some services to rival ports if delays continue.",
          PP, "shipping lines", UN, "warned"),
        S("The authority said it had already extended opening hours at two of its gates.", PP, SPA, NI, "said",
          c("two of its gates", 2, "gate", "count", "observed")),
    ],
}


if __name__ == "__main__":
    for name, spec in SPECS.items():
        n_c, n_s = build(name, spec)
        print(f"{name}: {n_c} claims, {n_s} sentences")
