"""Build the claims and sentences ledgers of data/heldout/batch9 from hand-chosen phrases.

Written 2026-11-28 by a helper session that never saw the extractor (see README.md).
The specs format and helper functions are copied from data/heldout/batch3/build.py.
Every span below was chosen by hand from a reading of the article; this script only turns each phrase
into its Python offsets (code points, end exclusive) and writes the CSVs. It imports nothing from the
project. Run: python data/heldout/batch9/build.py, then python data/heldout/batch9/verify.py.

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

AGENCY = "Marovia provincial health agency"
LFO = "Lucia Ferrante-Oduya"
NURSE = "a nurse at Santa Brisa General Hospital"
NG, SOLV = "Nordvale Grid", "Ingrid Solveson"
WHIT, ROL, PV = "Tobias Whitcombe", "Rashid Okafor-Lyle", "Pieter Vandermolen"
HM = "Halvorsen Motors"
BDC, MTA = "Brackwell District Council", "Marcus Threlfall-Adeyemi"
SURVEY, AQL = "Marine Research Institute of Santa Ilha survey", "Amaru Quispe-Lindqvist"
HMO, TR, PVH = "Helen Marchbanks-Ode", "Tom Reddaway", "Priya Varghese-Holm"
WLV, MVO, MUNI = "Waterschap Lage Venen", "Marijke van Oosterhout", "a spokesperson for the municipality"
ZOO, REVIEW, AB, FAS = "Thornbury Zoo", "Thornbury Zoo annual review", "Anneliese Borrowdale", "Felix Amankwah-Sterne"
SL, DM = "Skerrin Line", "Declan Murchison"

SPECS = {
    "dengue_outbreak": [
        N(c("3,000", 3000, "case", "count", "public", "pass", "lower")),
        S("Confirmed dengue cases in Marovia Province have risen to 3,146 since 1 January, the provincial health agency said on Monday, nearly four times the number recorded in the same period last year.",
          PP, AGENCY, NI, "said",
          c("3,146", 3146, "case", "count", "public"),
          date("1 January"),
          c("four times", 4, "times", "count", "public", "nearly", "upper")),
        S("According to the agency, 412 patients have been admitted to hospital and seven have died.",
          PP, AGENCY, NI, "according to",
          c("412 patients", 412, "patient", "count", "public"),
          c("seven", 7, "patient", "count", "public")),
        S("Lucia Ferrante-Oduya, the agency’s chief epidemiologist, said incidence had reached about 86 cases per 100,000 residents in the coastal districts.",
          PP, LFO, NP, "said",
          c("86 cases per 100,000 residents", 86, "case_per_100000_resident", "count", "public", "about", "approximate")),
        S("“We are seeing the peak arrive about three weeks earlier than usual,” she said.", DQ, LFO, NP, "said",
          c("three weeks", 3, "week", "duration", "specialist", "about", "approximate")),
        S("“The rains came early.”", DQ, LFO, NP, ""),
        S("She added that fogging teams would treat up to 1,200 homes a day from next week.", PP, LFO, NP, "added",
          c("1,200 homes a day", 1200, "home_per_day", "count", "future", "up to", "upper")),
        S("Officials estimate that between 15 and 20 percent of infections are never reported.", PP, "officials", UN, "estimate",
          c("15 and 20 percent", 15, "percent", "percent", "specialist", "between", "range", 20)),
        S("The agency’s weekly bulletin, published at 10:00 local time, showed that children accounted for roughly a third of admissions.",
          PP, AGENCY + " weekly bulletin", NI, "showed",
          clock("10:00 local time", verif="public"),
          c("a third", 0.3333, "fraction", "percent", "public", "roughly", "approximate")),
        S("A nurse at Santa Brisa General Hospital, who asked not to be named, said the ward’s 40 beds had been full for more than a week.",
          PP, NURSE, UN, "said",
          c("40 beds", 40, "bed", "count", "unnamed"),
          c("a week", 1, "week", "duration", "unnamed", "more than", "lower")),
        S("Staff were working 12-hour shifts, she said, and some had not had a day off since the outbreak began.",
          PP, NURSE, UN, "said",
          c("12-hour", 12, "hour", "duration", "unnamed")),
        S("The province spent €2.4 million on mosquito control in 2025, the agency said.", PP, AGENCY, NI, "said",
          c("€2.4 million", 2400000, "eur", "money", "public"),
          date("2025", verif="public")),
        S("The health minister has promised a further €1 million this year, according to a ministry statement.",
          PP, "ministry statement", NI, "according to",
          c("€1 million", 1000000, "eur", "money", "future")),
    ],
    "hydropower_drought": [
        N(c("a Quarter", 0.25, "fraction", "percent", "public")),
        S("Electricity generated by the Veldren Valley’s six hydropower dams fell 24 percent in the first nine months of the year, the grid operator Nordvale Grid said on Wednesday.",
          PP, NG, NI, "said",
          c("six hydropower dams", 6, "hydropower_dam", "count", "public"),
          c("24 percent", 24, "percent", "percent", "public"),
          c("nine months", 9, "month", "duration", "public")),
        S("The reservoir behind the largest dam, at Kessa Falls, stood at 38 percent of capacity on 1 October, against a ten-year average of 71 percent, according to the operator’s figures.",
          PP, NG + " figures", NI, "according to",
          c("38 percent", 38, "percent", "percent", "public"),
          date("1 October"),
          c("ten-year", 10, "year", "duration", "public"),
          c("71 percent", 71, "percent", "percent", "public")),
        S("Ingrid Solveson, the operator’s head of planning, said the shortfall of about 1.9 terawatt hours had been covered mostly by imports and gas.",
          PP, SOLV, NP, "said",
          c("1.9 terawatt hours", 1.9, "terawatt_hour", "count", "public", "about", "approximate")),
        S("“We have not seen water this low since 1976,” she said.", DQ, SOLV, NP, "said",
          date("1976", verif="observed")),
        S("“It costs us roughly €3 million a week in imported power.”", DQ, SOLV, NP, "",
          c("€3 million a week", 3000000, "eur_per_week", "money", "internal", "roughly", "approximate")),
        S("She added that the 420-megawatt Kessa Falls plant was running at less than half its rated output.",
          PP, SOLV, NP, "added",
          c("420-megawatt", 420, "megawatt", "count", "public"),
          c("half", 0.5, "fraction", "percent", "public", "less than", "upper")),
        S("Meteorologists at the National Weather Office said rainfall since 1 April had been 45 per cent below normal, and that at least 60 mm would be needed over the next month to refill the upper lakes.",
          PP, "meteorologists at the National Weather Office", UN, "said",
          date("1 April", verif="weather"),
          c("45 per cent", 45, "percent", "percent", "weather"),
          c("60 mm", 60, "mm", "distance", "future", "at least", "lower")),
        S("Industry analysts estimate household bills could rise by up to 8 percent this winter.",
          PP, "industry analysts", UN, "estimate",
          c("8 percent", 8, "percent", "percent", "future", "up to", "upper")),
        S("The energy regulator said it would publish its own assessment on 15 December.",
          PP, "energy regulator", NI, "said",
          date("15 December", verif="future")),
        S("Fishing clubs along the river say water temperatures have climbed to 23°C (73°F), close to the limit trout can survive, and that many fish have already died, the Veldren Courier reported.",
          PP, "fishing clubs along the river", UN, "say",
          c("23°C", 23, "degree_celsius", "count", "observed"),
          c("73°F", 73, "degree_fahrenheit", "count", "conv")),
    ],
    "cricket_test": [
        N(c("112 Runs", 112, "run", "count", "scorecard"),
          c("112 runs", 112, "run", "count", "scorecard"),
          clock("4:47 p.m.", verif="scorecard"),
          c("two sessions", 2, "session", "duration", "scorecard", "nearly", "upper"),
          c("24", 24, "year", "duration", "public"),
          c("nine", 9, "wicket", "count", "scorecard"),
          c("87", 87, "run", "count", "scorecard")),
        S("“I just kept hitting the same spot,” he said.", DQ, WHIT, NP, "said"),
        S("“On this pitch, that is all you need.”", DQ, WHIT, NP, ""),
        S("The home captain, Rashid Okafor-Lyle, said the 147-run opening stand on the first morning had “set the whole match up”.",
          PP, ROL, NP, "said",
          c("147-run", 147, "run", "count", "scorecard")),
        S("According to the ground’s scorers, Okafor-Lyle faced 231 balls for his 118, and the home side scored at an average of 3.4 runs an over.",
          PP, "scorers at Dunmarsh Park", UN, "according to",
          c("231 balls", 231, "ball", "count", "scorecard"),
          c("118", 118, "run", "count", "scorecard"),
          c("3.4 runs an over", 3.4, "run_per_over", "count", "scorecard")),
        S("Solent Islands coach Pieter Vandermolen said his batsmen had been “found out” by the short ball and that he would make at least two changes for the second Test, which begins in Harlow Vale on 14 March.",
          PP, PV, NP, "said",
          c("two changes", 2, "change", "count", "future", "at least", "lower"),
          date("14 March")),
        S("Organisers said 41,380 spectators attended across the five days, the biggest Test crowd at the ground since 2009.",
          PP, "organisers", UN, "said",
          c("41,380 spectators", 41380, "spectator", "count", "partial"),
          c("five days", 5, "day", "duration", "scorecard"),
          date("2009", verif="sport")),
        S("Tickets cost between £25 and £60 a day, the ground’s owners, Dunmarsh Cricket Club, said.",
          PP, "Dunmarsh Cricket Club", NI, "said",
          c("£25 and £60 a day", 25, "gbp_per_day", "money", "public", "between", "range", 60)),
        S("Local hoteliers told the Dunmarsh Standard that rooms had been fully booked for the whole week, with some guests paying up to £180 a night.",
          PP, "local hoteliers", UN, "told",
          c("£180 a night", 180, "gbp_per_night", "money", "unnamed", "up to", "upper")),
        S("Umpires reported no disciplinary issues, the match referee said.", PP, "match referee", UN, "said"),
    ],
    "car_recall": [
        N(c("86,000 Cars", 86000, "car", "count", "public")),
        S("Halvorsen Motors is recalling about 86,400 vehicles in Europe because a brake hose can crack in cold weather, the company said in a statement on Tuesday.",
          PP, HM, NI, "said",
          c("86,400 vehicles", 86400, "vehicle", "count", "public", "about", "approximate")),
        S("The recall covers the Tessaro hatchback built between March 2023 and June 2024, the statement said, and owners will be contacted by letter within 30 days.",
          PP, HM + " statement", NI, "said",
          date("March 2023", verif="public"),
          date("June 2024", verif="public"),
          c("30 days", 30, "day", "duration", "future", "within", "upper")),
        S("The company said it knew of 17 incidents, none of which caused injury.", PP, HM, NI, "said",
          c("17 incidents", 17, "incident", "count", "internal")),
        S("According to a filing with the Federal Vehicle Safety Authority, the faulty part was supplied by Brennick Components, which made more than 210,000 of the hoses for several car makers.",
          PP, "filing with the Federal Vehicle Safety Authority", NI, "according to",
          c("210,000", 210000, "hose", "count", "public", "more than", "lower")),
        S("A repair takes roughly 90 minutes and dealers will do it free of charge, Halvorsen said.", PP, HM, NI, "said",
          c("90 minutes", 90, "minute", "duration", "internal", "roughly", "approximate")),
        S("It expects the recall to cost between €40 million and €55 million.", PP, HM, NI, "expects",
          c("€40 million and €55 million", 40000000, "eur", "money", "future", "between", "range", 55000000)),
        N(c("3.2 percent", 3.2, "percent", "percent", "market"),
          c("CHF 41.80", 41.8, "chf", "money", "market")),
        S("Analysts at Markholt Bank said the cost was “manageable” for a group that earned €1.1 billion last year.",
          PP, "analysts at Markholt Bank", UN, "said",
          c("€1.1 billion", 1100000000, "eur", "money", "filing")),
        S("One analyst, speaking on condition of anonymity, said a recall of this size typically reduced sales by 2 to 3 percent for several months.",
          PP, "an analyst", UN, "said",
          c("2 to 3 percent", 2, "percent", "percent", "unnamed", "", "range", 3)),
        S("A spokesperson for the safety authority said it was checking whether other makers had fitted the same hose.",
          PP, "a spokesperson for the Federal Vehicle Safety Authority", UN, "said"),
    ],
    "council_cyberattack": [
        S("Brackwell District Council has taken its computer systems offline after a ransomware attack that began at about 2:30 a.m. on Saturday, the council said.",
          PP, BDC, NI, "said",
          clock("2:30 a.m.", verif="internal", qualifier="about", bound="approximate")),
        S("Officials said the attackers had demanded 75 bitcoin, worth roughly £3.8 million, and that the council would not pay.",
          PP, "officials", UN, "said",
          c("75 bitcoin", 75, "btc", "money", "unnamed"),
          c("£3.8 million", 3800000, "gbp", "money", "market", "roughly", "approximate")),
        S("According to the council, payments to some 4,200 housing-benefit claimants would be delayed by up to ten days.",
          PP, BDC, NI, "according to",
          c("4,200 housing-benefit claimants", 4200, "housing_benefit_claimant", "count", "internal", "some", "approximate"),
          c("ten days", 10, "day", "duration", "future", "up to", "upper")),
        S("Marcus Threlfall-Adeyemi, the council’s chief executive, said staff had restored email for 600 of its 1,450 employees by Monday evening.",
          PP, MTA, NP, "said",
          c("600", 600, "employee", "count", "internal"),
          c("1,450 employees", 1450, "employee", "count", "public")),
        S("“We are rebuilding server by server,” he said.", DQ, MTA, NP, "said"),
        S("“It could take six to eight weeks before every service is back.”", DQ, MTA, NP, "",
          c("six to eight weeks", 6, "week", "duration", "future", "", "range", 8)),
        S("Detectives from the Western Region Cyber Crime Unit said they were investigating links to a group that has hit at least 11 public bodies since 2024.",
          PP, "detectives from the Western Region Cyber Crime Unit", UN, "said",
          c("11 public bodies", 11, "public_body", "count", "partial", "at least", "lower"),
          date("2024", verif="public")),
        S("A council IT contractor, who spoke on condition of anonymity, said backups had last been tested 14 months ago.",
          PP, "a council IT contractor", UN, "said",
          c("14 months", 14, "month", "duration", "unnamed")),
        S("The council’s website said its phone lines would be open from 8 a.m. to 6 p.m. daily.",
          PP, BDC + " website", NI, "said",
          clock("8 a.m.", verif="public"),
          clock("6 p.m.", verif="public")),
        S("Residents needing urgent help with rent or council tax were told to visit the town hall in person, where a temporary help desk has been set up, the council added.",
          PP, BDC, NI, "added"),
    ],
    "coral_reef_survey": [
        S("Survey: Half of Pellacora Reef’s Coral Bleached", PP, SURVEY, NI, "",
          c("Half", 0.5, "fraction", "percent", "report")),
        S("Nearly half of the hard coral on the Pellacora Reef showed signs of bleaching this year, according to a survey published on Thursday by the Marine Research Institute of Santa Ilha.",
          PP, SURVEY, NI, "according to",
          c("half", 0.5, "fraction", "percent", "report", "nearly", "upper")),
        S("Divers examined 186 sites along the 240-kilometre (149-mile) reef during 11 weeks of fieldwork, the survey said.",
          PP, SURVEY, NI, "said",
          c("186 sites", 186, "site", "count", "report"),
          c("240-kilometre", 240, "km", "distance", "public"),
          c("149-mile", 149, "mile", "distance", "conv"),
          c("11 weeks", 11, "week", "duration", "report")),
        S("Sea temperatures peaked at 31.2°C (88.2°F) on 24 March, about 1.5 degrees above the long-term average, the researchers found.",
          PP, SURVEY, NI, "found",
          c("31.2°C", 31.2, "degree_celsius", "count", "observed"),
          c("88.2°F", 88.2, "degree_fahrenheit", "count", "conv"),
          date("24 March", verif="observed"),
          c("1.5 degrees", 1.5, "degree_celsius", "count", "observed", "about", "approximate")),
        S("Amaru Quispe-Lindqvist, who led the survey, said coral cover had fallen from 42 percent in 2017 to 27 percent.",
          PP, AQL, NP, "said",
          c("42 percent", 42, "percent", "percent", "report"),
          date("2017", verif="report"),
          c("27 percent", 27, "percent", "percent", "report")),
        S("“That is a loss of more than a third in less than a decade,” he said.", DQ, AQL, NP, "said",
          c("a third", 0.3333, "fraction", "percent", "arith", "more than", "lower"),
          c("a decade", 1, "decade", "duration", "arith", "less than", "upper")),
        S("“Some of it will recover; some will not.”", DQ, AQL, NP, ""),
        S("He added that fish counts at the worst-hit sites were down by roughly 30 to 40 percent.", PP, AQL, NP, "added",
          c("30 to 40 percent", 30, "percent", "percent", "report", "roughly", "range", 40)),
        S("Tourism officials estimate the reef brings in $310 million a year to the islands, where diving supports about 5,000 jobs.",
          PP, "tourism officials", UN, "estimate",
          c("$310 million a year", 310000000, "usd_per_year", "money", "specialist"),
          c("5,000 jobs", 5000, "job", "count", "specialist", "about", "approximate")),
        S("Henrike Salvado, a reef ecologist at Porto Lume University who was not involved in the study, said run-off from farms had played a larger role than heat at some northern sites.",
          PP, "Henrike Salvado", NP, "said"),
        S("The institute said it would repeat the survey in 2027.", PP, "Marine Research Institute of Santa Ilha", NI, "said",
          date("2027", verif="future")),
    ],
    "bypass_referendum": [
        N(c("58 Percent", 58, "percent", "percent", "vote")),
        S("Voters in Ashcombe have backed a 6.5-mile bypass around the town centre, with 58.4 percent voting yes in Thursday’s referendum, the returning officer announced at 1:10 a.m. on Friday.",
          PP, HMO, NP, "announced",
          c("6.5-mile", 6.5, "mile", "distance", "public"),
          c("58.4 percent", 58.4, "percent", "percent", "vote"),
          clock("1:10 a.m.", verif="vote")),
        S("Turnout was 47 percent, according to the returning officer, Helen Marchbanks-Ode, who said 12,904 of the town’s 27,450 registered voters had taken part.",
          PP, HMO, NP, "according to",
          c("47 percent", 47, "percent", "percent", "arith"),
          c("12,904", 12904, "registered_voter", "count", "vote"),
          c("27,450 registered voters", 27450, "registered_voter", "count", "public")),
        S("The estimated £84 million road would take up to 9,000 lorries a day out of the high street, the county highways department says.",
          PP, "county highways department", NI, "says",
          c("£84 million", 84000000, "gbp", "money", "future", "estimated", "approximate"),
          c("9,000 lorries a day", 9000, "lorry_per_day", "count", "future", "up to", "upper")),
        S("Campaigners against the scheme said it would cut through 30 acres of ancient woodland.",
          PP, "campaigners against the scheme", UN, "said",
          c("30 acres", 30, "acre", "count", "public")),
        S("“This result does not change the law of the land,” said Tom Reddaway of Save Fenner Wood.", DQ, TR, NP, "said"),
        S("“We will fight it in court.”", DQ, TR, NP, ""),
        S("Council leader Priya Varghese-Holm said work could begin in 2028 and take two to three years.", PP, PVH, NP, "said",
          date("2028", verif="future"),
          c("two to three years", 2, "year", "duration", "future", "", "range", 3)),
        S("She added that the vote was advisory but that the council would “respect it”.", PP, PVH, NP, "added"),
        S("Ahead of the vote, a poll for the Ashcombe Echo had put support at 52 percent.",
          PP, "poll for the Ashcombe Echo", NI, "put",
          c("52 percent", 52, "percent", "percent", "public")),
        S("Shopkeepers on the high street, several of whom had campaigned for a yes vote, said trade had fallen by as much as a fifth since heavy traffic was diverted through the town in 2019.",
          PP, "shopkeepers on the high street", UN, "said",
          c("a fifth", 0.2, "fraction", "percent", "quote_opinion", "as much as", "upper"),
          date("2019", verif="public")),
        N(date("3 February", verif="future")),
    ],
    "dutch_wire": [
        N(c("1,200", 1200, "resident", "count", "public"),
          date("12 Nov")),
        S("About 1,200 residents of Veendermoor must leave their homes for up to three weeks while a 4-kilometre stretch of dike is reinforced, the water board Waterschap Lage Venen announced on Wednesday.",
          PP, WLV, NI, "announced",
          c("1,200 residents", 1200, "resident", "count", "public", "about", "approximate"),
          c("three weeks", 3, "week", "duration", "future", "up to", "upper"),
          c("4-kilometre", 4, "km", "distance", "public")),
        S("According to the water board, the dike dates from 1887 and tests in September showed it could fail at a water level 40 centimetres lower than designed.",
          PP, WLV, NI, "according to",
          date("1887", verif="public"),
          c("40 centimetres", 40, "cm", "distance", "specialist")),
        S("„We cannot take the risk of another winter”, said dike warden Marijke van Oosterhout.", DQ, MVO, NP, "said"),
        S("„The work has to be done before the storms come.”", DQ, MVO, NP, ""),
        S("She said the repairs would cost €27 million, of which the national government pays 80 percent.", PP, MVO, NP, "said",
          c("€27 million", 27000000, "eur", "money", "future"),
          c("80 percent", 80, "percent", "percent", "public")),
        S("Displaced families will receive €95 per person per day, a spokesperson for the municipality said.", PP, MUNI, UN, "said",
          c("€95 per person per day", 95, "eur_per_person_per_day", "money", "public")),
        S("Hotels in the nearby town of Duinwijk have reserved about 300 rooms, the spokesperson added.", PP, MUNI, UN, "added",
          c("300 rooms", 300, "room", "count", "unnamed", "about", "approximate")),
        S("Local farmer Gerrit Hoekstra-Bakker, 63, called the plan ‘chaotic’: his 140 cows would have to be moved to a farm 25 kilometres away, he said.",
          PP, "Gerrit Hoekstra-Bakker", NP, "said",
          c("63", 63, "year", "duration", "public"),
          c("140 cows", 140, "cow", "count", "quote_opinion"),
          c("25 kilometres", 25, "km", "distance", "observed")),
        S("Officials told residents at a meeting on Tuesday evening that the evacuation begins on 2 December at 09:00 and that police will patrol the empty streets around the clock.",
          PP, "officials", UN, "told",
          date("2 December", verif="future"),
          clock("09:00", verif="future")),
        S("The water board said a further 11 dikes in the province would be inspected before 2030.", PP, WLV, NI, "said",
          c("11 dikes", 11, "dike", "count", "future"),
          date("2030", verif="future")),
    ],
    "zoo_visitors": [
        N(c("Three Snow Leopard Cubs", 3, "snow_leopard_cub", "count", "public")),
        S("Thornbury Zoo received 684,000 visitors in 2025, 11 percent more than the year before, the zoo said in its annual review published on Friday.",
          PP, ZOO, NI, "said",
          c("684,000 visitors", 684000, "visitor", "count", "internal"),
          date("2025", verif="public"),
          c("11 percent", 11, "percent", "percent", "internal")),
        S("The review credits much of the rise to the birth of three snow leopard cubs on 9 May, the first at the zoo in 22 years.",
          PP, REVIEW, NI, "credits",
          c("three snow leopard cubs", 3, "snow_leopard_cub", "count", "public"),
          date("9 May"),
          c("22 years", 22, "year", "duration", "public")),
        S("“The cubs doubled our weekend queues overnight,” said head keeper Anneliese Borrowdale.", DQ, AB, NP, "said",
          c("doubled", 2, "times", "count", "quote_opinion")),
        S("“Some families drove 200 miles to see them.”", DQ, AB, NP, "",
          c("200 miles", 200, "mile", "distance", "quote_opinion")),
        S("She added that 47 other animals had been born at the zoo during the year, including a 38-kilogram giraffe calf.",
          PP, AB, NP, "added",
          c("47 other animals", 47, "animal", "count", "internal"),
          c("38-kilogram", 38, "kg", "count", "internal")),
        S("According to the review, the average visitor spent £14.20 on food and souvenirs, and the zoo made a surplus of about £1.3 million.",
          PP, REVIEW, NI, "according to",
          c("£14.20", 14.2, "gbp", "money", "public"),
          c("£1.3 million", 1300000, "gbp", "money", "public", "about", "approximate")),
        N(c("£26", 26, "gbp", "money", "public"),
          c("three", 3, "year", "duration", "public")),
        S("Zoo director Felix Amankwah-Sterne said the zoo hopes to reach 750,000 visitors by 2027, when a new 3-hectare rainforest house opens.",
          PP, FAS, NP, "said",
          c("750,000 visitors", 750000, "visitor", "count", "future"),
          date("2027", verif="future"),
          c("3-hectare", 3, "hectare", "count", "public")),
        S("He said the building would cost roughly £9 million, most of it from a public appeal.", PP, FAS, NP, "said",
          c("£9 million", 9000000, "gbp", "money", "future", "roughly", "approximate")),
        S("Neighbours in Larch Lane told the Thornbury Herald that parking queues on summer weekends had stretched for nearly a mile.",
          PP, "neighbours in Larch Lane", UN, "told",
          c("a mile", 1, "mile", "distance", "observed", "nearly", "upper")),
        S("Thornbury Borough Council said it had received 63 complaints.", PP, "Thornbury Borough Council", NI, "said",
          c("63 complaints", 63, "complaint", "count", "internal")),
    ],
    "ferry_strike": [
        N(c("3,000", 3000, "passenger", "count", "internal")),
        S("Crew at Skerrin Line walked out at 06:00 on Monday in a 48-hour strike over pay, cancelling all 34 sailings scheduled for the two days, the operator said.",
          PP, SL, NI, "said",
          clock("06:00", verif="public"),
          c("48-hour", 48, "hour", "duration", "public"),
          c("34 sailings", 34, "sailing", "count", "timetable"),
          c("two days", 2, "day", "duration", "public")),
        S("Skerrin Line said about 3,000 passengers had been booked on the cancelled crossings, many of them islanders travelling to hospital appointments on the mainland.",
          PP, SL, NI, "said",
          c("3,000 passengers", 3000, "passenger", "count", "internal", "about", "approximate")),
        S("The Maritime Crews Union, which represents 420 of the company’s 510 seafarers, said members had voted 87 percent in favour of action on a turnout of 71 percent.",
          PP, "Maritime Crews Union", NI, "said",
          c("420", 420, "seafarer", "count", "partial"),
          c("510 seafarers", 510, "seafarer", "count", "partial"),
          c("87 percent", 87, "percent", "percent", "partial"),
          c("71 percent", 71, "percent", "percent", "partial")),
        S("Union organiser Declan Murchison said crews had been offered a 2.5 percent rise while inflation ran at 4.1 percent.",
          PP, DM, NP, "said",
          c("2.5 percent", 2.5, "percent", "percent", "partial"),
          c("4.1 percent", 4.1, "percent", "percent", "public")),
        S("“Our members are not asking for the moon,” he said.", DQ, DM, NP, "said"),
        S("“They are asking not to get poorer.”", DQ, DM, NP, ""),
        S("The company said its offer was worth nearly £2,400 a year to a deckhand and that a second 24-hour strike planned for 19 June would cost it about £350,000.",
          PP, SL, NI, "said",
          c("£2,400 a year", 2400, "gbp_per_year", "money", "internal", "nearly", "upper"),
          c("24-hour", 24, "hour", "duration", "public"),
          date("19 June", verif="future"),
          c("£350,000", 350000, "gbp", "money", "future", "about", "approximate")),
        S("A spokesperson for the islands’ council said an emergency water taxi would run twice a day for medical patients, carrying up to 12 people at a time.",
          PP, "a spokesperson for the islands’ council", UN, "said",
          c("twice a day", 2, "trip_per_day", "count", "future"),
          c("12 people", 12, "person", "count", "future", "up to", "upper")),
        S("Hauliers said fresh food deliveries to the islands’ shops had been cut by half, according to the Skerrin Times.",
          PP, "hauliers", UN, "said",
          c("half", 0.5, "fraction", "percent", "unnamed")),
    ],
}


if __name__ == "__main__":
    for name, spec in SPECS.items():
        n_c, n_s = build(name, spec)
        print(f"{name}: {n_c} claims, {n_s} sentences")
