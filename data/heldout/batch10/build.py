"""Build the claims and sentences ledgers of data/heldout/batch10 from hand-chosen phrases.

Written 2026-11-28 by a helper session that never saw the extractor (see README.md).
The specs format and helper functions are copied from data/heldout/batch3/build.py.
Every span below was chosen by hand from a reading of the article; this script only turns each phrase
into its Python offsets (code points, end exclusive) and writes the CSVs. It imports nothing from the
project. Run: python data/heldout/batch10/build.py, then python data/heldout/batch10/verify.py.

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

KEHB, KEHB_REPORT = "Kilbride and Esk Health Board", "Kilbride and Esk Health Board quarterly performance report"
CALLOWAY, ARDAGH = "Ines Calloway-Reid", "Colm Ardagh"

NRA, PENROSE = "Northern Rivers Agency", "Hal Penrose"

ROVERS, ARECHAGA, TOLLIVER, VANDER = "Ferrish Rovers", "Tomás Aréchaga", "Gwen Tolliver", "Piet Vandersloot"

BRACK, BRACK_ST, OLSEN = "Brackwell Stores", "Brackwell Stores statement", "Marguerite Olsen-Baptiste"

POLICE, FAYE = "Averly County Police", "Rosalind Faye"

CSA, AMBLER = "Continental Space Agency", "Yusuf Ambler-Kant"

PAPERS, BEVIS = "Dunmere council papers", "Rhiannon Bevis-Clare"

KB, WOLL, PFIST = "Kessler-Brandt", "Annegret Wollenhaupt", "Jörg Pfisterer"

CAS, CAS_REPORT = "Central Admissions Service", "Central Admissions Service annual report"
DHE = "a spokesperson for the Department of Higher Education"

LGC, MAYHEW = "Lendry Growers’ Co-operative", "Gareth Mayhew-Shaw"

SPECS = {
    "kilbride_waiting_lists": [
        S("Waiting List Will Be Cut by a Third Within Two Years, Health Board Says", PP, KEHB, NI, "says",
          c("a Third", 0.3333, "fraction", "percent", "future"),
          c("Two Years", 2, "year", "duration", "future", "within", "upper")),
        S("More than 62,000 patients in the Kilbride and Esk health region are waiting for planned operations, an increase of 14 percent since March 2025, the Kilbride and Esk Health Board said on Wednesday.",
          PP, KEHB, NI, "said",
          c("62,000 patients", 62000, "patient", "count", "public", "more than", "lower"),
          c("14 percent", 14, "percent", "percent", "public"),
          date("March 2025")),
        S("According to the board’s quarterly performance report, 8,400 of them have waited longer than 52 weeks, and the median wait for a first outpatient appointment is now 19 weeks.",
          PP, KEHB_REPORT, NI, "according to",
          c("8,400", 8400, "patient", "count", "report"),
          c("52 weeks", 52, "week", "duration", "report", "longer than", "lower"),
          c("19 weeks", 19, "week", "duration", "report")),
        S("“We are not going to pretend these figures are acceptable,” said Dr Ines Calloway-Reid, the board’s chief executive.",
          DQ, CALLOWAY, NP, "said"),
        S("“Every week we add about 1,100 people to the list and take off fewer than 950.", DQ, CALLOWAY, NP, "",
          c("1,100 people", 1100, "person", "count", "internal", "about", "approximate"),
          c("950", 950, "person", "count", "internal", "fewer than", "upper")),
        S("That gap is the whole problem.”", DQ, CALLOWAY, NP, ""),
        S("She told reporters that a 48-bed day-surgery centre at Esk Royal Infirmary would open in September and could carry out up to 9,000 procedures a year.",
          PP, CALLOWAY, NP, "told",
          c("48-bed", 48, "bed", "count", "future"),
          c("9,000 procedures a year", 9000, "procedure_per_year", "count", "future", "up to", "upper")),
        S("The board’s target, set out in the same report, is to cut the list by a third by the end of 2028.",
          PP, KEHB_REPORT, NI, "set out",
          c("a third", 0.3333, "fraction", "percent", "future"),
          date("2028", verif="future")),
        S("A senior consultant at the infirmary, who asked not to be named because staff had been told not to speak to the press, said the plan depended on hiring 35 anaesthetists “who simply do not exist in this country”.",
          PP, "a senior consultant at the infirmary", UN, "said",
          c("35 anaesthetists", 35, "anaesthetist", "count", "unnamed")),
        S("Colm Ardagh, regional secretary of the Nursing and Midwifery Guild, said: “You can build a centre in 18 months.",
          DQ, ARDAGH, NP, "said",
          c("18 months", 18, "month", "duration", "quote_opinion")),
        S("You cannot train a theatre nurse in 18 months.”", DQ, ARDAGH, NP, "",
          c("18 months", 18, "month", "duration", "quote_opinion")),
        S("The board said the new centre would cost £31.5 million, or roughly £3,500 per procedure in its first year.",
          PP, KEHB, NI, "said",
          c("£31.5 million", 31500000, "gbp", "money", "future"),
          c("£3,500 per procedure", 3500, "gbp_per_procedure", "money", "arith", "roughly", "approximate",
            reason="£31.5 million over 9,000 procedures is £3,500 each; a reader can redo it.")),
    ],

    "tarrow_river_flooding": [
        N(c("5.8 Metres", 5.8, "m", "distance", "weather"),
          c("1,400 Homes", 1400, "home", "count", "observed"),
          date("9 Nov")),
        S("The River Tarrow peaked at 5.8 metres (19 feet) at the Millbrook gauge at 03:40 on Sunday, the highest level since records began in 1968, the Northern Rivers Agency said.",
          PP, NRA, NI, "said",
          c("5.8 metres", 5.8, "m", "distance", "weather"),
          c("19 feet", 19, "foot", "distance", "conv"),
          clock("03:40", verif="weather"),
          date("1968", verif="public")),
        S("Around 1,200 homes in Millbrook and Ashcombe were evacuated overnight, according to the county fire service, which said crews had rescued 63 people by boat.",
          PP, "county fire service", NI, "according to",
          c("1,200 homes", 1200, "home", "count", "observed", "around", "approximate"),
          c("63 people", 63, "person", "count", "observed")),
        S("Rain gauges in the upper catchment recorded 142 mm (5.6 inches) in 36 hours, almost twice the usual rainfall for the whole of November, the agency added.",
          PP, NRA, NI, "added",
          c("142 mm", 142, "mm", "distance", "weather"),
          c("5.6 inches", 5.6, "inch", "distance", "conv"),
          c("36 hours", 36, "hour", "duration", "weather"),
          c("twice", 2, "times", "count", "weather", "almost", "upper")),
        S("“The river came up faster than any of our models,” said Hal Penrose, the agency’s duty hydrologist.",
          DQ, PENROSE, NP, "said"),
        S("“Between 11 p.m. and 3 a.m. it rose by nearly a metre an hour.", DQ, PENROSE, NP, "",
          clock("11 p.m.", verif="weather"),
          clock("3 a.m.", verif="weather"),
          c("a metre an hour", 1, "m_per_hour", "speed", "weather", "nearly", "upper")),
        S("For a river this size, that is extraordinary.”", DQ, PENROSE, NP, ""),
        S("“We had 40 pumps on standby,” one fire officer said, “and we needed twice that.”",
          DQ, "a fire officer", UN, "said",
          c("40 pumps", 40, "pump", "count", "unnamed"),
          c("twice", 2, "times", "count", "unnamed")),
        S("A spokesperson for Westline Rail told reporters the Tarrow Valley line would stay closed for at least five days while engineers inspected a 90-metre embankment.",
          PP, "a spokesperson for Westline Rail", UN, "told",
          c("five days", 5, "day", "duration", "future", "at least", "lower"),
          c("90-metre", 90, "m", "distance", "public")),
        S("Forecasters expect a further 20 to 30 mm of rain on Tuesday, officials said.",
          PP, "officials", UN, "said",
          c("20 to 30 mm", 20, "mm", "distance", "future", "", "range", 30)),
        S("The Association of Regional Insurers put the likely cost at between £80 million and £110 million, citing early claims from its members.",
          PP, "Association of Regional Insurers", NI, "put",
          c("£80 million and £110 million", 80000000, "gbp", "money", "future", "between", "range", 110000000)),
        S("Residents of Ashcombe said the town’s flood wall, finished in 2014 at a cost of £6.2 million, had been overtopped shortly after 2 a.m.",
          PP, "residents of Ashcombe", UN, "said",
          date("2014", verif="public"),
          c("£6.2 million", 6200000, "gbp", "money", "public"),
          clock("2 a.m.", verif="observed", qualifier="shortly after", bound="lower")),
    ],

    "ferrish_cup_tie": [
        N(c("3", 3, "goal", "count", "sport"),
          c("1", 1, "goal", "count", "sport")),
        S("Ferrish Rovers beat league leaders Caldmoor City 3-1 at Quarry Lane on Saturday in front of 18,912 spectators, a record for the ground, the club said.",
          PP, ROVERS, NI, "said",
          c("3", 3, "goal", "count", "sport"),
          c("1", 1, "goal", "count", "sport"),
          c("18,912 spectators", 18912, "spectator", "count", "public")),
        N(c("twice", 2, "goal", "count", "sport"),
          c("seven months", 7, "month", "duration", "public")),
        S("“I have waited 214 days for that,” Aréchaga told reporters after the match.", DQ, ARECHAGA, NP, "told",
          c("214 days", 214, "day", "duration", "public")),
        S("“Not that I was counting.”", DQ, ARECHAGA, NP, ""),
        S("Rovers manager Gwen Tolliver said her players had covered 118 kilometres as a team, nearly 9 km more than in any other match this season, according to the club’s tracking data.",
          PP, TOLLIVER, NP, "said",
          c("118 kilometres", 118, "km", "distance", "internal"),
          c("9 km", 9, "km", "distance", "internal", "nearly", "upper")),
        S("“We ran until there was nothing left,” Tolliver said.", DQ, TOLLIVER, NP, "said"),
        S("“At 2-1 with 10 minutes to go, I thought about taking a striker off.”", DQ, TOLLIVER, NP, "",
          c("2", 2, "goal", "count", "sport"),
          c("1", 1, "goal", "count", "sport"),
          c("10 minutes", 10, "minute", "duration", "sport")),
        S("“I’m glad I didn’t,” she added.", DQ, TOLLIVER, NP, "added"),
        N(c("14 league and cup games", 14, "game", "count", "sport"),
          c("four points", 4, "point", "count", "sport")),
        S("Their coach, Piet Vandersloot, complained that the referee had added only three minutes of stoppage time.",
          PP, VANDER, NP, "complained",
          c("three minutes", 3, "minute", "duration", "sport")),
        S("“There were at least six minutes of injuries in that half,” he said.", DQ, VANDER, NP, "said",
          c("six minutes", 6, "minute", "duration", "quote_opinion", "at least", "lower")),
        S("Rovers will receive about £420,000 in prize money and television fees for reaching the quarter-finals, according to the Northern Counties Football Association.",
          PP, "Northern Counties Football Association", NI, "according to",
          c("£420,000", 420000, "gbp", "money", "public", "about", "approximate")),
        S("Tickets for the next round, on 7 February, go on sale at 9 a.m. on Monday, the club added, with a limit of four per supporter.",
          PP, ROVERS, NI, "added",
          date("7 February"),
          clock("9 a.m."),
          c("four per supporter", 4, "ticket_per_supporter", "count", "public")),
    ],

    "brackwell_stores_results": [
        N(c("22%", 22, "percent", "percent", "filing")),
        S("Brackwell Stores, the 214-branch homeware chain, made a pre-tax profit of £38.6 million in the year to 31 January, down 22% from £49.5 million, the company said in a statement to the stock exchange on Thursday.",
          PP, BRACK, NI, "said",
          c("214-branch", 214, "branch", "count", "public"),
          c("£38.6 million", 38600000, "gbp", "money", "filing"),
          date("31 January"),
          c("22%", 22, "percent", "percent", "arith",
            reason="£49.5 million to £38.6 million is a fall of 22.0 percent; a reader can redo it."),
          c("£49.5 million", 49500000, "gbp", "money", "filing")),
        S("Revenue rose 3.1% to £1.47 billion, helped by 12 new shops, including its first four in Ireland, where sales reached €61 million, the statement said.",
          PP, BRACK_ST, NI, "said",
          c("3.1%", 3.1, "percent", "percent", "filing"),
          c("£1.47 billion", 1470000000, "gbp", "money", "filing"),
          c("12 new shops", 12, "shop", "count", "public"),
          c("four", 4, "shop", "count", "public"),
          c("€61 million", 61000000, "eur", "money", "filing")),
        S("\"Our customers are coming in more often but spending less each time,\" said chief executive Marguerite Olsen-Baptiste.",
          DQ, OLSEN, NP, "said"),
        S("She added that the average basket had fallen to £23.80 from £26.10 and that the chain would close \"up to 15\" loss-making branches by the end of 2027.",
          PP, OLSEN, NP, "added",
          c("£23.80", 23.8, "gbp", "money", "internal"),
          c("£26.10", 26.1, "gbp", "money", "internal"),
          c("15", 15, "branch", "count", "future", "up to", "upper"),
          date("2027", verif="future")),
        S("According to the statement, about 280 jobs are at risk from the closures.", PP, BRACK_ST, NI, "according to",
          c("280 jobs", 280, "job", "count", "future", "about", "approximate")),
        S("Analysts polled by the company had expected profit of roughly £41 million.",
          PP, "analysts polled by the company", UN, "had expected",
          c("£41 million", 41000000, "gbp", "money", "partial", "roughly", "approximate")),
        N(c("9.4%", 9.4, "percent", "percent", "market"),
          c("212 pence", 2.12, "gbp", "money", "market"),
          clock("10:15", verif="market"),
          c("4.2p a share", 0.042, "gbp_per_share", "money", "filing"),
          c("7p", 0.07, "gbp_per_share", "money", "filing")),
        S("One analyst at Fenwright Securities, who declined to be named, called the cut \"overdue but brave\".",
          PP, "an analyst at Fenwright Securities", UN, "called"),
        S("The Ledger, a financial newspaper, reported on Wednesday, citing two people familiar with the matter, that the board had discussed selling the Irish shops for as much as €40 million.",
          PP, "The Ledger", NI, "reported",
          c("€40 million", 40000000, "eur", "money", "unnamed", "as much as", "upper")),
        S("Asked about the report, a company spokesman told reporters: \"We do not comment on speculation.\"",
          DQ, "a company spokesman", UN, "told"),
    ],

    "greyharbour_investment_fraud": [
        S("Police: Investment Scheme Took $14 Million From 600 Savers", PP, POLICE, NI, "",
          c("$14 Million", 14000000, "usd", "money", "partial"),
          c("600 Savers", 600, "saver", "count", "partial")),
        S("An investment scheme run from a rented office in Port Averly took more than $14 million from at least 600 people over four years, police said on Tuesday after arresting two men.",
          PP, POLICE, NI, "said",
          c("$14 million", 14000000, "usd", "money", "partial", "more than", "lower"),
          c("600 people", 600, "person", "count", "partial", "at least", "lower"),
          c("four years", 4, "year", "duration", "partial"),
          c("two men", 2, "man", "count", "public")),
        S("Detective Inspector Rosalind Faye of the Averly County Police economic crime unit said investors had been promised returns of 3% a month, or about 42% a year.",
          PP, FAYE, NP, "said",
          c("3% a month", 3, "percent_per_month", "percent", "partial"),
          c("42% a year", 42, "percent_per_year", "percent", "arith", "about", "approximate",
            reason="3% a month compounded over 12 months is 42.6% a year; a reader can redo it.")),
        S("“Nobody earns 3% a month,” she told reporters.", DQ, FAYE, NP, "told",
          c("3% a month", 3, "percent_per_month", "percent", "quote_opinion")),
        S("“Not legally, anyway.", DQ, FAYE, NP, ""),
        S("The early investors were simply paid with the money of the later ones.”", DQ, FAYE, NP, ""),
        S("The two men, aged 44 and 51, face 27 counts of fraud, according to the charge sheet filed at Averly District Court.",
          PP, "Averly District Court charge sheet", NI, "according to",
          c("two men", 2, "man", "count", "court"),
          c("44", 44, "year", "duration", "court"),
          c("51", 51, "year", "duration", "court"),
          c("27 counts of fraud", 27, "count_of_fraud", "count", "court")),
        S("A retired teacher who asked that her name not be used said she had put her entire pension pot of $186,000 into the scheme in 2022.",
          PP, "a retired teacher", UN, "said",
          c("$186,000", 186000, "usd", "money", "unnamed"),
          date("2022", verif="unnamed")),
        S("Officials at the state Securities Commission said the firm, Greyharbour Capital, had never held a licence and had been warned twice, in March 2023 and again in January 2024.",
          PP, "officials at the state Securities Commission", UN, "said",
          c("twice", 2, "times", "count", "public"),
          date("March 2023", verif="public"),
          date("January 2024", verif="public")),
        S("Investigators have frozen 11 bank accounts holding roughly $2.3 million, police said, but a spokesperson conceded that most of the money “is probably gone”.",
          PP, POLICE, NI, "said",
          c("11 bank accounts", 11, "bank_account", "count", "court"),
          c("$2.3 million", 2300000, "usd", "money", "court", "roughly", "approximate")),
        S("County District Attorney Marcus Whitlow-Ng called the case “the largest of its kind here in at least a decade”.",
          PP, "Marcus Whitlow-Ng", NP, "called",
          c("a decade", 1, "decade", "duration", "public", "at least", "lower")),
        N(clock("10 a.m.", verif="court"),
          date("9 December", verif="court")),
        S("Their lawyer, Abigail Rennert, said they would plead not guilty and that “every cent” had been invested as promised.",
          PP, "Abigail Rennert", NP, "said"),
    ],

    "halcyon_probe_flyby": [
        S("Probe Passes Within 1,200 km of Icy Moon, Agency Says", PP, CSA, NI, "says",
          c("1,200 km", 1200, "km", "distance", "specialist", "within", "upper")),
        S("The Halcyon probe flew within 1,200 kilometres (746 miles) of Nerith, the largest moon of the gas giant Ostara, at 14:22 UTC on 3 August, the Continental Space Agency said.",
          PP, CSA, NI, "said",
          c("1,200 kilometres", 1200, "km", "distance", "specialist", "within", "upper"),
          c("746 miles", 746, "mile", "distance", "conv", "within", "upper"),
          clock("14:22 UTC", verif="specialist"),
          date("3 August")),
        S("The spacecraft was travelling at about 9.6 km per second (21,500 mph) at closest approach, according to mission data released on Friday.",
          PP, "Halcyon mission data", NI, "according to",
          c("9.6 km per second", 9.6, "km_per_second", "speed", "specialist", "about", "approximate"),
          c("21,500 mph", 21500, "mile_per_hour", "speed", "conv", "about", "approximate")),
        S("“For about eight minutes we were flying through the moon’s thin atmosphere,” said Dr Yusuf Ambler-Kant, the mission’s principal scientist, “and every instrument was switched on.”",
          DQ, AMBLER, NP, "said",
          c("eight minutes", 8, "minute", "duration", "specialist", "about", "approximate")),
        S("He added that the probe had sent back 41 gigabytes of data, roughly three times what the team had planned for.",
          PP, AMBLER, NP, "added",
          c("41 gigabytes", 41, "gigabyte", "count", "specialist"),
          c("three times", 3, "times", "count", "internal", "roughly", "approximate")),
        S("The images show at least 30 geysers near the moon’s south pole, some throwing material up to 200 metres high, according to a preliminary analysis posted by the mission team.",
          PP, "Halcyon mission team preliminary analysis", NI, "according to",
          c("30 geysers", 30, "geyser", "count", "specialist", "at least", "lower"),
          c("200 metres", 200, "m", "distance", "specialist", "up to", "upper")),
        N(date("November 2019", verif="public"),
          c("2.9 billion km", 2900000000, "km", "distance", "specialist", "some", "approximate")),
        S("The mission has cost €1.3 billion so far, the agency’s annual report shows, and is funded until at least 2031.",
          PP, CSA + " annual report", NI, "shows",
          c("€1.3 billion", 1300000000, "eur", "money", "public"),
          date("2031", verif="future", qualifier="at least", bound="lower")),
        S("Dr Lena Voskuijlen, a planetary scientist at the University of Marrenburg who is not part of the mission, told reporters: “If those plumes are water, Nerith goes straight to the top of the list.”",
          DQ, "Lena Voskuijlen", NP, "told"),
        S("The next flyby, at an altitude of just 650 km, is planned for 19 October, the agency said.",
          PP, CSA, NI, "said",
          c("650 km", 650, "km", "distance", "future"),
          date("19 October", verif="future")),
    ],

    "dunmere_school_budget": [
        S("Dunmere Schools Face £4.2m Shortfall, Council Papers Show", PP, PAPERS, NI, "show",
          c("£4.2m", 4200000, "gbp", "money", "public")),
        S("Dunmere’s 31 state schools face a combined shortfall of £4.2 million next year, according to council papers published ahead of Monday’s education committee.",
          PP, PAPERS, NI, "according to",
          c("31 state schools", 31, "state_school", "count", "public"),
          c("£4.2 million", 4200000, "gbp", "money", "public")),
        S("The papers show that spending per pupil will fall to £5,840 from £6,010 this year, while pupil numbers rise by about 350 to 12,900.",
          PP, PAPERS, NI, "show",
          c("£5,840", 5840, "gbp_per_pupil", "money", "future"),
          c("£6,010", 6010, "gbp_per_pupil", "money", "public"),
          c("350", 350, "pupil", "count", "future", "about", "approximate"),
          c("12,900", 12900, "pupil", "count", "future")),
        S("Councillor Rhiannon Bevis-Clare, who chairs the committee, said the council had “no choice” but to ask every school to cut 2.5% from its budget.",
          PP, BEVIS, NP, "said",
          c("2.5%", 2.5, "percent", "percent", "public")),
        S("“Nobody went into local government to do this,” she said.", DQ, BEVIS, NP, "said"),
        S("“But our grant has been frozen for three years, and the energy bills for our schools have gone up by 60%.”",
          DQ, BEVIS, NP, "",
          c("three years", 3, "year", "duration", "public"),
          c("60%", 60, "percent", "percent", "partial")),
        S("Head teachers were told at a private meeting on 14 January that as many as 45 teaching assistant posts could go, according to two people who attended.",
          PP, "two people who attended", UN, "according to",
          date("14 January", verif="unnamed"),
          c("45 teaching assistant posts", 45, "teaching_assistant_post", "count", "future", "as many as", "upper")),
        S("A council official, speaking on condition of anonymity, said the real figure would be about 30 once retirements were counted.",
          PP, "a council official", UN, "said",
          c("30", 30, "teaching_assistant_post", "count", "future", "about", "approximate")),
        S("Opposition leader Tom Haldane-Price said: “The council spent £900,000 on consultants last year.",
          DQ, "Tom Haldane-Price", NP, "said",
          c("£900,000", 900000, "gbp", "money", "public")),
        S("Now it wants to take teaching assistants out of classrooms.”", DQ, "Tom Haldane-Price", NP, ""),
        S("Parents have started a petition, which had more than 2,600 signatures by Friday evening, its organisers said.",
          PP, "the petition’s organisers", UN, "said",
          c("2,600 signatures", 2600, "signature", "count", "observed", "more than", "lower")),
        N(clock("6.30 p.m.", verif="vote"),
          date("27 January", verif="vote"),
          date("3 February", verif="vote")),
    ],

    "kessler_brandt_job_cuts": [
        N(c("1,800 Jobs", 1800, "job", "count", "future"),
          date("12 March")),
        S("The automotive supplier Kessler-Brandt will cut 1,800 of its 6,400 jobs in Germany by the end of 2027, the company announced on Wednesday in Velmerstadt.",
          PP, KB, NI, "announced",
          c("1,800", 1800, "job", "count", "future"),
          c("6,400 jobs", 6400, "job", "count", "filing"),
          date("2027", verif="future")),
        S("„We have no other choice,“ chief executive Annegret Wollenhaupt said at a press conference.",
          DQ, WOLL, NP, "said"),
        S("„Orders from our two largest customers have fallen by almost 30 percent in two years.“", DQ, WOLL, NP, "",
          c("two largest customers", 2, "customer", "count", "public"),
          c("30 percent", 30, "percent", "percent", "internal", "almost", "upper"),
          c("two years", 2, "year", "duration", "internal")),
        S("„The plant in Wendelbrück will close,“ Wollenhaupt said, „and about 900 employees there will be offered jobs at other sites.“",
          DQ, WOLL, NP, "said",
          c("900 employees", 900, "employee", "count", "future", "about", "approximate")),
        S("The union IG Werkmetall spoke of a „black day for the region“.", PP, "IG Werkmetall", NI, "spoke of"),
        S("According to union secretary Jörg Pfisterer, the company has received €42 million in state subsidies since 2019.",
          PP, PFIST, NP, "according to",
          c("€42 million", 42000000, "eur", "money", "public"),
          date("2019", verif="public")),
        S("Pfisterer told DNA that the union would call warning strikes at all four German plants from Monday.",
          PP, PFIST, NP, "told",
          c("four German plants", 4, "plant", "count", "public")),
        S("„Nobody should think we will accept this quietly,“ he added.", DQ, PFIST, NP, "added"),
        S("The state economics ministry in Tarnheim said, citing figures from the Federal Employment Agency, that unemployment in the district stood at 6.8 percent in February, against 5.9 percent a year earlier.",
          PP, "state economics ministry", NI, "said",
          c("6.8 percent", 6.8, "percent", "percent", "public"),
          c("5.9 percent", 5.9, "percent", "percent", "public"),
          c("a year", 1, "year", "duration", "public")),
        N(c("7.3 percent", 7.3, "percent", "percent", "market"),
          c("€18.40", 18.4, "eur", "money", "market")),
        S("Analysts at Bankhaus Reimer wrote in a note to clients that the cuts would save the company around €150 million a year from 2028, but would cost up to €260 million in severance pay.",
          PP, "analysts at Bankhaus Reimer", UN, "wrote",
          c("€150 million a year", 150000000, "eur_per_year", "money", "future", "around", "approximate"),
          date("2028", verif="future"),
          c("€260 million", 260000000, "eur", "money", "future", "up to", "upper")),
        N(date("1952", verif="public"),
          c("14,000 people", 14000, "person", "count", "public", "some", "approximate")),
    ],

    "medicine_admissions_record": [
        N(c("48,000", 48000, "applicant", "count", "public")),
        S("A record 48,270 students applied to study medicine at universities in the Northern Commonwealth this year, up 11% on last year, figures from the Central Admissions Service show.",
          PP, CAS + " figures", NI, "show",
          c("48,270 students", 48270, "student", "count", "public"),
          c("11%", 11, "percent", "percent", "public")),
        S("But the number of places stayed at about 7,600, which means fewer than one in six applicants will get one, the service said.",
          PP, CAS, NI, "said",
          c("7,600", 7600, "place", "count", "public", "about", "approximate"),
          c("one in six", 0.1667, "fraction", "percent", "arith", "fewer than", "upper",
            reason="7,600 places for 48,270 applicants is about one in 6.4; a reader can redo it.")),
        S("Overall, 612,400 people had applied for undergraduate courses by the 30 June deadline, according to the service’s annual report, and 41.5% of them were aged 18.",
          PP, CAS_REPORT, NI, "according to",
          c("612,400 people", 612400, "person", "count", "report"),
          date("30 June"),
          c("41.5%", 41.5, "percent", "percent", "report"),
          c("18", 18, "year", "duration", "report")),
        S("The share of applicants from the most deprived areas rose to 19.2% from 17.8%, an increase of 1.4 percentage points, the report said.",
          PP, CAS_REPORT, NI, "said",
          c("19.2%", 19.2, "percent", "percent", "report"),
          c("17.8%", 17.8, "percent", "percent", "report"),
          c("1.4 percentage points", 1.4, "percentage_point", "percent", "arith")),
        S("Professor Adaeze Forsythe-Lind, vice-chancellor of Harrowgate University, said: “We turned away more than 3,000 applicants with top grades this year.",
          DQ, "Adaeze Forsythe-Lind", NP, "said",
          c("3,000 applicants", 3000, "applicant", "count", "internal", "more than", "lower")),
        S("That is not a shortage of talent.", DQ, "Adaeze Forsythe-Lind", NP, ""),
        S("It is a shortage of funding.”", DQ, "Adaeze Forsythe-Lind", NP, ""),
        S("A spokesperson for the Department of Higher Education said the government was paying for 500 extra medical places from September 2027, at a cost of £95 million over five years.",
          PP, DHE, UN, "said",
          c("500 extra medical places", 500, "place", "count", "public"),
          date("September 2027", verif="future"),
          c("£95 million", 95000000, "gbp", "money", "public"),
          c("five years", 5, "year", "duration", "public")),
        S("She added that the number of places had risen by almost a quarter since 2018.", PP, DHE, UN, "added",
          c("a quarter", 0.25, "fraction", "percent", "public", "almost", "upper"),
          date("2018", verif="public")),
        S("Noor Qureshi-Bell, president of the National Students’ Council, told reporters that the £9,250-a-year fee put off many applicants from poorer families.",
          PP, "Noor Qureshi-Bell", NP, "told",
          c("£9,250-a-year", 9250, "gbp_per_year", "money", "public")),
        S("Offers will be sent out from 8 a.m. on 14 August, the service said.", PP, CAS, NI, "said",
          clock("8 a.m.", verif="future"),
          date("14 August", verif="future")),
    ],

    "lendry_wheat_harvest": [
        S("Wheat Harvest Down a Fifth After Wet Summer, Growers Say", PP, LGC, NI, "say",
          c("a Fifth", 0.2, "fraction", "percent", "specialist")),
        S("Farmers in the Lendry Valley harvested an estimated 412,000 tonnes of wheat this year, about 19% less than in 2025, the Lendry Growers’ Co-operative said on Monday.",
          PP, LGC, NI, "said",
          c("412,000 tonnes", 412000, "tonne", "count", "specialist", "estimated", "approximate"),
          c("19%", 19, "percent", "percent", "specialist", "about", "approximate"),
          date("2025", verif="public")),
        S("Average yields fell to 6.1 tonnes per hectare from 7.4, according to the co-operative, which surveyed 860 farms covering some 68,000 hectares (168,000 acres).",
          PP, LGC, NI, "according to",
          c("6.1 tonnes per hectare", 6.1, "tonne_per_hectare", "count", "specialist"),
          c("7.4", 7.4, "tonne_per_hectare", "count", "specialist"),
          c("860 farms", 860, "farm", "count", "internal"),
          c("68,000 hectares", 68000, "hectare", "count", "internal", "some", "approximate"),
          c("168,000 acres", 168000, "acre", "count", "conv", "some", "approximate")),
        S("“We lost nearly three weeks of harvesting to rain in August,” said Gareth Mayhew-Shaw, who farms 400 acres near Tullen.",
          DQ, MAYHEW, NP, "said",
          c("three weeks", 3, "week", "duration", "weather", "nearly", "upper"),
          c("400 acres", 400, "acre", "count", "partial")),
        S("“By the time the combines could go in, a lot of the grain had sprouted in the ear.”", DQ, MAYHEW, NP, ""),
        S("He added that prices of about £185 a tonne would barely cover costs of £170 to £200 a tonne on many farms.",
          PP, MAYHEW, NP, "added",
          c("£185 a tonne", 185, "gbp_per_tonne", "money", "market", "about", "approximate"),
          c("£170 to £200 a tonne", 170, "gbp_per_tonne", "money", "quote_opinion", "", "range", 200)),
        S("Milling wheat made up only 38% of the crop, against a typical 55 to 60%, the co-operative’s grain manager, Siobhan Farrelly, told the Lendry Courier.",
          PP, "Siobhan Farrelly", NP, "told",
          c("38%", 38, "percent", "percent", "specialist"),
          c("55 to 60%", 55, "percent", "percent", "specialist", "", "range", 60)),
        S("According to the regional agriculture office, the barley crop fared better, at 131,000 tonnes, roughly level with last year.",
          PP, "regional agriculture office", NI, "according to",
          c("131,000 tonnes", 131000, "tonne", "count", "public")),
        S("A grain trader in Tullen, who asked not to be named, said millers had been importing up to 25,000 tonnes a month since September to make up the shortfall.",
          PP, "a grain trader in Tullen", UN, "said",
          c("25,000 tonnes a month", 25000, "tonne_per_month", "count", "unnamed", "up to", "upper")),
        S("The Lendry Courier, citing the co-operative’s own accounts, reported that members had drawn £3.1 million from a hardship fund set up in 2021.",
          PP, "Lendry Courier", NI, "reported",
          c("£3.1 million", 3100000, "gbp", "money", "partial"),
          date("2021", verif="public")),
        N(clock("10 a.m.", verif="future"),
          date("21 November", verif="future")),
    ],
}


if __name__ == "__main__":
    for name, spec in SPECS.items():
        n_c, n_s = build(name, spec)
        print(f"{name}: {n_c} claims, {n_s} sentences")
