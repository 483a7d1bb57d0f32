"""Build the claims and sentences ledgers of data/heldout/batch12 from hand-chosen phrases.

Written 2026-11-28 by a helper session that never saw the extractor (see README.md).
The specs format and helper functions are copied unchanged from data/heldout/batch3/build.py.
Every span below was chosen by hand from a reading of the article; this script only turns each phrase
into its Python offsets (code points, end exclusive) and writes the CSVs. It imports nothing from the
project. Run: python data/heldout/batch12/build.py, then python data/heldout/batch12/verify.py.

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
# ---------------------------------------------------------------------------------------------------
# The hand-made specs. Speakers use the fullest name the article gives, without titles.
# ---------------------------------------------------------------------------------------------------
PP, DQ = "paraphrase", "direct_quote"
NP, NI, UN = "named_person", "named_institution", "unnamed"

CHB, ROSCOE, BRATT = "Carrowdale Health Board", "Imelda Roscoe", "Owen Bratt"
BW, OKAFOR = "Brackwater Water", "Harriet Okafor"
WOJCIK, CASTELL, MCTEER, CRU = "Tomasz Wójcik", "Bryony Castell", "Euan McTeer", "Caledon Rugby Union"
NB, OSEI, LANG, NB_STMT = "Northmere Bank", "Marguerite Osei", "Rupert Langlade", "Northmere Bank results statement"
UNIT, HOLM, AUBEL = "national cybercrime unit", "Daria Holm", "Lorenz Aubel"
AIOS, SOLVANG, ASANTE = "Ardley Institute of Ocean Science", "Ingrid Solvang", "Kwame Asante"
ACC, FERREIRA, PASK, ACC_REP = ("Ashcombe County Council", "Nadia Ferreira", "Graham Pask",
                                "Ashcombe County Council officers’ report")
SFU, VTA, IBARROLA, PENALVER = ("Sindicato Ferroviario Unido", "Valdeserra transport authority",
                                "María José Ibarrola", "Joaquín Peñalver Soto")
NEC, MARSH, KEDDIE = "Northern Examinations Council", "Helena Marsh", "Paul Keddie"
KEALEY, LTC = "Siobhan Kealey", "Lanthorn Town Council"

SPECS = {
    "mental_health_funding": [
        S("Mental Health Services to Get £48m, Health Board Says", PP, CHB, NI, "says",
          c("£48m", 48000000, "gbp", "money", "public")),
        S("Mental-health services across Carrowdale will receive £48 million over the next three years, the Carrowdale Health Board announced on Monday.",
          PP, CHB, NI, "announced",
          c("£48 million", 48000000, "gbp", "money", "public"),
          c("three years", 3, "year", "duration", "public")),
        S("The money amounts to about £16 million a year and is the largest rise in mental-health spending since 2015, according to the board’s spending plan.",
          PP, CHB + " spending plan", NI, "according to",
          c("£16 million a year", 16000000, "gbp_per_year", "money", "arith", "about", "approximate",
            reason="£48 million over three years is £16 million a year; a reader can redo it."),
          date("2015", verif="public")),
        S("Dr Imelda Roscoe, the board’s director of mental health, said the waiting list for talking therapies had grown to more than 6,400 people.",
          PP, ROSCOE, NP, "said",
          c("6,400 people", 6400, "person", "count", "internal", "more than", "lower")),
        S("“Some of them have waited 18 months for a first appointment,” she said.", DQ, ROSCOE, NP, "said",
          c("18 months", 18, "month", "duration", "internal")),
        S("“That is not a service.", DQ, ROSCOE, NP, ""),
        S("That is a queue.”", DQ, ROSCOE, NP, ""),
        S("She added that the funding would pay for 95 new clinical posts, including 30 community psychiatric nurses, and keep two crisis cafés open until 11 p.m. every night.",
          PP, ROSCOE, NP, "added",
          c("95 new clinical posts", 95, "clinical_post", "count", "future"),
          c("30 community psychiatric nurses", 30, "community_psychiatric_nurse", "count", "future"),
          c("two crisis cafés", 2, "crisis_cafe", "count", "public"),
          clock("11 p.m.", verif="future")),
        S("“It sounds like a lot,” said Owen Bratt, who chairs the charity Carrowdale Minds, “but it barely replaces the £11 million that was cut in 2024.”",
          DQ, BRATT, NP, "said",
          c("£11 million", 11000000, "gbp", "money", "public"),
          date("2024", verif="public")),
        S("Figures from the Carrowdale Public Health Observatory show GP referrals for anxiety and depression rose by 27 percent from 2022 to 2025, to 14 referrals per 1,000 residents.",
          PP, "Carrowdale Public Health Observatory figures", NI, "show",
          c("27 percent", 27, "percent", "percent", "public"),
          date("2022", verif="public"),
          date("2025", verif="public"),
          c("14 referrals per 1,000 residents", 14, "referral_per_1000_resident", "count", "public")),
        S("A senior nurse at Westgate Hospital, who asked not to be named, said roughly one in four shifts on her ward was covered by agency staff, at up to £60 an hour.",
          PP, "a senior nurse at Westgate Hospital", UN, "said",
          c("one in four", 0.25, "fraction", "percent", "unnamed", "roughly", "approximate"),
          c("£60 an hour", 60, "gbp_per_hour", "money", "unnamed", "up to", "upper")),
        S("A board spokesperson said recruitment would begin in March and that the first posts should be filled “within six months”.",
          PP, "a board spokesperson", UN, "said",
          c("six months", 6, "month", "duration", "future", "within", "upper")),
    ],

    "drought_hosepipe_ban": [
        N(c("1.3 Million Homes", 1300000, "home", "count", "public"),
          c("41%", 41, "percent", "percent", "public"),
          date("14 Aug")),
        S("Brackwater Water will ban hosepipes in about 1.3 million homes from 08:00 on Friday, the company said on Wednesday, after the driest spring in the region since 1976.",
          PP, BW, NI, "said",
          c("1.3 million homes", 1300000, "home", "count", "public", "about", "approximate"),
          clock("08:00", verif="public"),
          date("1976", verif="weather")),
        S("Reservoir stocks stood at 41 percent of capacity on Tuesday, against a five-year average of 68 percent for the time of year, according to the company’s weekly water situation report.",
          PP, BW + " weekly water situation report", NI, "according to",
          c("41 percent", 41, "percent", "percent", "public"),
          c("five-year", 5, "year", "duration", "public"),
          c("68 percent", 68, "percent", "percent", "public")),
        S("“We have had 62 millimetres (2.4 inches) of rain since the start of spring, less than half of what we would expect,” said Harriet Okafor, Brackwater’s head of water resources.",
          DQ, OKAFOR, NP, "said",
          c("62 millimetres", 62, "mm", "distance", "weather"),
          c("2.4 inches", 2.4, "inch", "distance", "conv"),
          c("half", 0.5, "fraction", "percent", "weather", "less than", "upper")),
        S("“Every litre saved now is a litre we will have in the autumn.”", DQ, OKAFOR, NP, ""),
        S("Okafor told reporters in Glenmoor that the ban could save up to 90 million litres a day.",
          PP, OKAFOR, NP, "told",
          c("90 million litres a day", 90000000, "litre_per_day", "count", "future", "up to", "upper")),
        S("The Glenmoor Meteorological Service said rainfall over the past six months was 38 percent below the long-term average, and that temperatures would reach 31C (88F) on Saturday.",
          PP, "Glenmoor Meteorological Service", NI, "said",
          c("six months", 6, "month", "duration", "weather"),
          c("38 percent", 38, "percent", "percent", "weather"),
          c("31C", 31, "degree_celsius", "count", "future"),
          c("88F", 88, "degree_fahrenheit", "count", "conv")),
        S("Officials at the regional environment agency, speaking on condition of anonymity, said at least 14 rivers had fallen to levels that harm fish.",
          PP, "officials at the regional environment agency", UN, "said",
          c("14 rivers", 14, "river", "count", "observed", "at least", "lower")),
        S("Households caught breaking the ban face fines of up to £1,000, the company said.", PP, BW, NI, "said",
          c("£1,000", 1000, "gbp", "money", "public", "up to", "upper")),
        S("The Glenmoor Farmers’ Union said its members were already spending an estimated £2,500 a week each on trucking water to livestock.",
          PP, "Glenmoor Farmers’ Union", NI, "said",
          c("£2,500 a week", 2500, "gbp_per_week", "money", "internal", "estimated", "approximate")),
        S("Its president, Alun Pritchard, warned that some farms would sell up to a fifth of their herds before winter.",
          PP, "Alun Pritchard", NP, "warned",
          c("a fifth", 0.2, "fraction", "percent", "future", "up to", "upper")),
    ],

    "rugby_cup_semifinal": [
        N(c("19 Years", 19, "year", "duration", "sport"),
          c("24", 24, "point", "count", "scorecard"),
          c("21", 21, "point", "count", "scorecard"),
          date("2007", verif="sport"),
          c("22", 22, "year", "duration", "public"),
          c("40-metre", 40, "metre", "distance", "scorecard"),
          c("a minute", 1, "minute", "duration", "scorecard", "less than", "upper")),
        S("“I didn’t look at the posts,” he told reporters afterwards.", DQ, WOJCIK, NP, "told"),
        S("“I looked at the grass.", DQ, WOJCIK, NP, ""),
        S("If I’d looked up I’d have missed it.”", DQ, WOJCIK, NP, ""),
        S("Harlsden’s head coach, Bryony Castell, said her side had been “written off by everyone” after losing three of their last five league matches.",
          PP, CASTELL, NP, "said",
          c("three", 3, "league_match", "count", "sport"),
          c("five league matches", 5, "league_match", "count", "sport")),
        S("“We conceded 17 points in the first 20 minutes,” she said.", DQ, CASTELL, NP, "said",
          c("17 points", 17, "point", "count", "scorecard"),
          c("20 minutes", 20, "minute", "duration", "scorecard")),
        S("“Most teams fold.", DQ, CASTELL, NP, ""),
        S("This lot didn’t.”", DQ, CASTELL, NP, ""),
        S("Corriemoor had led 21-10 at half-time, according to the match statistics published by the Caledon Rugby Union, and made 142 tackles to Harlsden’s 97.",
          PP, CRU + " match statistics", NI, "according to",
          c("21", 21, "point", "count", "scorecard"),
          c("10", 10, "point", "count", "scorecard"),
          c("142 tackles", 142, "tackle", "count", "scorecard"),
          c("97", 97, "tackle", "count", "scorecard")),
        S("Their captain, Euan McTeer, said the defeat was “as painful as any in my 11 years here”.",
          PP, MCTEER, NP, "said",
          c("11 years", 11, "year", "duration", "public")),
        S("He added that two forwards had gone off with head injuries and would miss at least two weeks.",
          PP, MCTEER, NP, "added",
          c("two forwards", 2, "forward", "count", "observed"),
          c("two weeks", 2, "week", "duration", "future", "at least", "lower")),
        S("The crowd of 8,315 was the ground’s largest this season, the club said, with about 1,200 travelling supporters from Corriemoor.",
          PP, "Harlsden", NI, "said",
          c("8,315", 8315, "spectator", "count", "public"),
          c("1,200 travelling supporters", 1200, "supporter", "count", "internal", "about", "approximate")),
        S("The final will be played at the national stadium in Dunleith on 23 May at 15:00, the union said, with tickets priced from £18 to £45.",
          PP, CRU, NI, "said",
          date("23 May"),
          clock("15:00"),
          c("£18 to £45", 18, "gbp", "money", "public", "", "range", 45)),
    ],

    "bank_quarterly_results": [
        N(c("12%", 12, "percent", "percent", "filing")),
        S("Northmere Bank said on Thursday that its pre-tax profit fell 12 percent in the three months to September, to £1.94 billion, as it set aside more money to cover loans that borrowers may not repay.",
          PP, NB, NI, "said",
          c("12 percent", 12, "percent", "percent", "filing"),
          c("three months", 3, "month", "duration", "filing"),
          c("£1.94 billion", 1940000000, "gbp", "money", "filing")),
        S("The bank put aside £612 million for bad debts in the quarter, nearly double the £318 million set aside in the same quarter last year, according to its results statement.",
          PP, NB_STMT, NI, "according to",
          c("£612 million", 612000000, "gbp", "money", "filing"),
          c("double", 2, "times", "count", "arith", "nearly", "upper",
            reason="£612 million against £318 million is 1.92 times; a reader can redo it."),
          c("£318 million", 318000000, "gbp", "money", "filing")),
        S("Analysts polled by Tallow Financial Data had expected a profit of about £2.1 billion.",
          PP, "analysts polled by Tallow Financial Data", UN, "expected",
          c("£2.1 billion", 2100000000, "gbp", "money", "public", "about", "approximate")),
        S("Chief executive Marguerite Osei said the bank was “not seeing a wave of defaults” but was being cautious.",
          PP, OSEI, NP, "said"),
        S("“Households are still paying their mortgages,” she said.", DQ, OSEI, NP, "said"),
        S("“What worries us is small businesses, where late payments are up by a third since the start of the year.”",
          DQ, OSEI, NP, "",
          c("a third", 0.3333, "fraction", "percent", "internal")),
        S("The bank’s finance director, Rupert Langlade, told analysts on a call that net interest margin, the gap between what it earns on loans and pays on deposits, had narrowed to 2.71 percent from 2.93 percent.",
          PP, LANG, NP, "told",
          c("2.71 percent", 2.71, "percent", "percent", "filing"),
          c("2.93 percent", 2.93, "percent", "percent", "filing")),
        S("He added that the bank still expected to cut costs by £400 million by the end of 2027, partly by closing 85 branches.",
          PP, LANG, NP, "added",
          c("£400 million", 400000000, "gbp", "money", "future"),
          date("2027", verif="future"),
          c("85 branches", 85, "branch", "count", "future")),
        S("Two people familiar with the plans said as many as 1,800 jobs could go.",
          PP, "two people familiar with the plans", UN, "said",
          c("1,800 jobs", 1800, "job", "count", "unnamed", "as many as", "upper")),
        S("Shares in the bank fell 4.6 percent to 218.4 pence by 10:30 in London, according to exchange data.",
          PP, "exchange data", UN, "according to",
          c("4.6 percent", 4.6, "percent", "percent", "market"),
          c("218.4 pence", 218.4, "pence", "money", "market"),
          clock("10:30", verif="market")),
        S("The bank will pay an interim dividend of 3.2p a share, the statement said.",
          PP, NB_STMT, NI, "said",
          c("3.2p a share", 3.2, "pence_per_share", "money", "filing")),
    ],

    "phone_fraud_arrests": [
        S("Police: Phone Scam Ring Took €3.4m From Pensioners", PP, UNIT, NI, "",
          c("€3.4m", 3400000, "eur", "money", "internal")),
        S("Police in the port city of Kelmarsh have arrested 23 people accused of running a call centre that tricked older people into handing over their savings, the national cybercrime unit said on Tuesday.",
          PP, UNIT, NI, "said",
          c("23 people", 23, "person", "count", "public")),
        S("The group is suspected of taking about €3.4 million from at least 640 victims over two years, according to the unit.",
          PP, UNIT, NI, "according to",
          c("€3.4 million", 3400000, "eur", "money", "internal", "about", "approximate"),
          c("640 victims", 640, "victim", "count", "internal", "at least", "lower"),
          c("two years", 2, "year", "duration", "internal")),
        N(c("11 addresses", 11, "address", "count", "public"),
          clock("6 a.m.", verif="public"),
          c("140 mobile phones", 140, "mobile_phone", "count", "public"),
          c("37 laptops", 37, "laptop", "count", "public"),
          c("€212,000", 212000, "eur", "money", "public")),
        S("“They called people over 70, pretending to be from their bank,” said Inspector Daria Holm, who led the investigation.",
          DQ, HOLM, NP, "said",
          c("70", 70, "year", "duration", "internal", "over", "lower")),
        S("“Then they sent a courier to the door.”", DQ, HOLM, NP, ""),
        S("The oldest victim was 94, she said.", PP, HOLM, NP, "said",
          c("94", 94, "year", "duration", "internal")),
        N(c("€186,000", 186000, "eur", "money", "internal")),
        S("Prosecutor Lorenz Aubel told a news conference: “This was an industrial operation.", DQ, AUBEL, NP, "told"),
        S("Each caller had a script, a target of 40 calls a day and a bonus for every success.”", DQ, AUBEL, NP, "",
          c("40 calls a day", 40, "call_per_day", "count", "internal")),
        S("According to court documents, the suspects, aged 19 to 52, face charges of fraud, money laundering and membership of a criminal organisation, which carries up to 12 years in prison.",
          PP, "court documents", NI, "according to",
          c("19 to 52", 19, "year", "duration", "court", "", "range", 52),
          c("12 years", 12, "year", "duration", "public", "up to", "upper")),
        S("An investigator, speaking on condition of anonymity, told the Kelmarsh Courier that the ring had used software to make up to 5,000 calls a day appear to come from local numbers.",
          PP, "an investigator", UN, "told",
          c("5,000 calls a day", 5000, "call_per_day", "count", "unnamed", "up to", "upper")),
        S("The Kelmarsh Banking Association said losses to phone scams nationally had risen by 58 percent last year, to €91 million.",
          PP, "Kelmarsh Banking Association", NI, "said",
          c("58 percent", 58, "percent", "percent", "public"),
          c("€91 million", 91000000, "eur", "money", "public")),
    ],

    "ocean_expedition": [
        S("The research vessel Halcyon Dawn returned to Port Ardley on Sunday after a 58-day expedition that found water more than 2,000 metres down had warmed by 0.09C in a decade, the Ardley Institute of Ocean Science said.",
          PP, AIOS, NI, "said",
          c("58-day", 58, "day", "duration", "public"),
          c("2,000 metres", 2000, "metre", "distance", "specialist", "more than", "lower"),
          c("0.09C", 0.09, "degree_celsius", "count", "specialist"),
          c("a decade", 1, "decade", "duration", "specialist")),
        S("The warming is roughly three times the rate scientists had assumed for the deep North Atlantic, according to preliminary results released by the institute.",
          PP, AIOS + " preliminary results", NI, "according to",
          c("three times", 3, "times", "count", "specialist", "roughly", "approximate")),
        S("“We expected a signal,” said Professor Ingrid Solvang, the expedition’s chief scientist.", DQ, SOLVANG, NP, "said"),
        S("“We did not expect it to be this clear.", DQ, SOLVANG, NP, ""),
        S("Every one of the 212 profiles we took in the deep water tells the same story.”", DQ, SOLVANG, NP, "",
          c("212 profiles", 212, "profile", "count", "specialist")),
        S("She said the team had lowered instruments to 5,400 metres, or about 17,700 feet, at 46 stations along a line of some 3,100 nautical miles.",
          PP, SOLVANG, NP, "said",
          c("5,400 metres", 5400, "metre", "distance", "specialist"),
          c("17,700 feet", 17700, "foot", "distance", "conv", "about", "approximate"),
          c("46 stations", 46, "station", "count", "specialist"),
          c("3,100 nautical miles", 3100, "nautical_mile", "distance", "specialist", "some", "approximate")),
        S("The ship’s crew of 28 and 24 scientists worked in shifts around the clock, the institute said, in seas with waves of up to 9 metres.",
          PP, AIOS, NI, "said",
          c("28", 28, "crew_member", "count", "public"),
          c("24 scientists", 24, "scientist", "count", "public"),
          c("9 metres", 9, "metre", "distance", "observed", "up to", "upper")),
        S("Dr Kwame Asante, an oceanographer at the University of Wrexford who was not involved, said the findings were “important but preliminary”.",
          PP, ASANTE, NP, "said"),
        S("He said deep-water measurements varied by as much as 0.03C between instruments, so the results should be checked once the data were published in full.",
          PP, ASANTE, NP, "said",
          c("0.03C", 0.03, "degree_celsius", "count", "specialist", "as much as", "upper")),
        S("The institute said the data would be made public by March 2027.", PP, AIOS, NI, "said",
          date("March 2027", verif="future")),
        S("The expedition cost an estimated €4.8 million, two-thirds of it paid by the European Ocean Observing Fund, according to the institute’s annual report.",
          PP, AIOS + " annual report", NI, "according to",
          c("€4.8 million", 4800000, "eur", "money", "public", "estimated", "approximate"),
          c("two-thirds", 0.6667, "fraction", "percent", "public")),
    ],

    "bus_route_changes": [
        S("Councillor Says Bus Cuts Will ‘Save Routes, Not Kill Them’", PP, FERREIRA, NP, "says"),
        S("Three rural bus routes around Ashcombe will be withdrawn and five others cut to one bus an hour from 6 April, Ashcombe County Council confirmed on Wednesday night.",
          PP, ACC, NI, "confirmed",
          c("Three rural bus routes", 3, "bus_route", "count", "vote"),
          c("five", 5, "bus_route", "count", "vote"),
          c("one bus an hour", 1, "bus_per_hour", "count", "timetable"),
          date("6 April")),
        S("The changes, approved by the council’s cabinet by six votes to two, are expected to save £1.1 million a year, according to a report prepared by council officers.",
          PP, ACC_REP, NI, "according to",
          c("six votes", 6, "vote", "count", "vote"),
          c("two", 2, "vote", "count", "vote"),
          c("£1.1 million a year", 1100000, "gbp_per_year", "money", "future")),
        S("Cllr Nadia Ferreira, the cabinet member for transport, told the meeting: ‘Nobody wanted to do this.",
          DQ, FERREIRA, NP, "told"),
        S("We are spending £4.2 million a year on subsidies for buses that, on some trips, carry fewer than three passengers.’",
          DQ, FERREIRA, NP, "",
          c("£4.2 million a year", 4200000, "gbp_per_year", "money", "public"),
          c("three passengers", 3, "passenger", "count", "internal", "fewer than", "upper")),
        S("She said the savings would keep the remaining 22 subsidised routes running until at least 2029.",
          PP, FERREIRA, NP, "said",
          c("22 subsidised routes", 22, "route", "count", "public"),
          date("2029", verif="future", qualifier="at least", bound="lower")),
        S("The officers’ report says the three routes carry about 1,450 passengers a week, 310 of them aged over 75.",
          PP, ACC_REP, NI, "says",
          c("three routes", 3, "route", "count", "report"),
          c("1,450 passengers a week", 1450, "passenger_per_week", "count", "report", "about", "approximate"),
          c("310", 310, "passenger", "count", "report"),
          c("75", 75, "year", "duration", "report", "over", "lower")),
        S("The busiest, the Moorland Rider to Marlow Cross, carries some 640 passengers a week, it says.",
          PP, ACC_REP, NI, "says",
          c("640 passengers a week", 640, "passenger_per_week", "count", "report", "some", "approximate")),
        S("Opposition leader Graham Pask said the council was ‘cutting off villages’.", PP, PASK, NP, "said"),
        S("‘My constituents in Hebble End will have a 45-minute walk to the nearest stop,’ he said.", DQ, PASK, NP, "said",
          c("45-minute", 45, "minute", "duration", "quote_opinion")),
        S("‘Some of them are 90.’", DQ, PASK, NP, "",
          c("90", 90, "year", "duration", "quote_opinion")),
        S("A petition against the cuts gathered 3,870 signatures in 12 days, its organisers said.",
          PP, "petition organisers", UN, "said",
          c("3,870 signatures", 3870, "signature", "count", "public"),
          c("12 days", 12, "day", "duration", "public")),
        S("Lynx Buses, which runs most of the routes, said in a statement that passenger numbers had fallen by nearly 30 percent since 2019.",
          PP, "Lynx Buses", NI, "said",
          c("30 percent", 30, "percent", "percent", "internal", "nearly", "upper"),
          date("2019", verif="public")),
        S("A company manager, who did not want to be named, said drivers had been told the last Moorland Rider would leave at 18:40 on 5 April.",
          PP, "a company manager", UN, "said",
          clock("18:40", verif="unnamed"),
          date("5 April", verif="unnamed")),
    ],

    "metro_strike_wire": [
        S("Valdeserra Metro Workers Strike Over Pay; Union Says 90% Walked Out", PP, SFU, NI, "says",
          c("90%", 90, "percent", "percent", "internal")),
        N(date("3 Mar")),
        S("Metro services in Valdeserra were reduced to about a third of normal on Tuesday as drivers and station staff began a 48-hour strike over pay, the city’s transport authority said.",
          PP, VTA, NI, "said",
          c("a third", 0.3333, "fraction", "percent", "observed", "about", "approximate"),
          c("48-hour", 48, "hour", "duration", "public")),
        S("The union Sindicato Ferroviario Unido said that 90 percent of its 2,300 members had walked out.",
          PP, SFU, NI, "said",
          c("90 percent", 90, "percent", "percent", "internal"),
          c("2,300 members", 2300, "member", "count", "internal")),
        S("The transport authority put the figure at between 60 and 65 percent.", PP, VTA, NI, "put",
          c("60 and 65 percent", 60, "percent", "percent", "internal", "between", "range", 65)),
        S("«We have not had a real pay rise since 2019, and prices have gone up by 22 percent since then», said the union’s general secretary, María José Ibarrola, at a rally outside the central station.",
          DQ, IBARROLA, NP, "said",
          date("2019", verif="public"),
          c("22 percent", 22, "percent", "percent", "public")),
        S("«We are not asking for a fortune.", DQ, IBARROLA, NP, ""),
        S("We are asking for what we have lost.»", DQ, IBARROLA, NP, ""),
        S("The authority’s director, Joaquín Peñalver Soto, told reporters that its offer of 4.5 percent over two years was «the most the city can afford».",
          PP, PENALVER, NP, "told",
          c("4.5 percent", 4.5, "percent", "percent", "public"),
          c("two years", 2, "year", "duration", "public")),
        S("According to the authority, each day of strike costs about €1.3 million in lost fares.", PP, VTA, NI, "according to",
          c("€1.3 million", 1300000, "eur_per_day", "money", "internal", "about", "approximate")),
        S("Only two of the nine lines ran at their usual frequency, every six minutes, the authority said.", PP, VTA, NI, "said",
          c("two", 2, "line", "count", "observed"),
          c("nine lines", 9, "line", "count", "public"),
          c("six minutes", 6, "minute", "duration", "timetable")),
        N(c("seven", 7, "line", "count", "observed"),
          c("20 to 25 minutes", 20, "minute", "duration", "observed", "", "range", 25),
          clock("21:00", verif="observed")),
        S("The daily newspaper El Correo de Valdeserra reported, citing sources in the mayor’s office, that the city was ready to raise its offer to 6 percent.",
          PP, "sources in the mayor’s office", UN, "reported",
          c("6 percent", 6, "percent", "percent", "unnamed")),
        N(c("780,000 passengers", 780000, "passenger", "count", "public", "some", "approximate")),
    ],

    "exam_marking_row": [
        N(c("4,000 History Papers", 4000, "history_paper", "count", "internal")),
        S("The Northern Examinations Council has admitted that about 4,000 A-level history papers were marked incorrectly this summer, after a computer error left out the marks for one section of the exam, the board said in a statement on Friday.",
          PP, NEC, NI, "said",
          c("4,000 A-level history papers", 4000, "a_level_history_paper", "count", "internal", "about", "approximate"),
          c("one section", 1, "section", "count", "public")),
        S("Affected students will have their grades reviewed by 9 December, the statement said, and roughly one in eight is expected to move up a grade.",
          PP, NEC + " statement", NI, "said",
          date("9 December", verif="future"),
          c("one in eight", 0.125, "fraction", "percent", "future", "roughly", "approximate")),
        S("But an internal email seen by the Pennington Chronicle suggests the error was spotted in early September, more than 10 weeks before it was made public.",
          PP, "an internal email seen by the Pennington Chronicle", UN, "suggests",
          c("10 weeks", 10, "week", "duration", "unnamed", "more than", "lower")),
        S("In the email, a senior manager warns colleagues that “as many as 6,500 scripts” could be affected.",
          PP, "a senior manager", UN, "warns",
          c("6,500 scripts", 6500, "script", "count", "unnamed", "as many as", "upper")),
        S("Dr Helena Marsh, the council’s chief executive, said the email had been “an early and wrong estimate”.",
          PP, MARSH, NP, "said"),
        S("“We checked every one of the 38,200 papers,” she said.", DQ, MARSH, NP, "said",
          c("38,200 papers", 38200, "paper", "count", "internal")),
        S("“The true figure is 4,117.", DQ, MARSH, NP, "",
          c("4,117", 4117, "paper", "count", "internal")),
        S("I am sorry for the worry this has caused.”", DQ, MARSH, NP, ""),
        S("Paul Keddie, head of history at Brompton Grammar School, told the Chronicle that 11 of his 64 students had missed their university offers by a single grade.",
          PP, KEDDIE, NP, "told",
          c("11", 11, "student", "count", "partial"),
          c("64 students", 64, "student", "count", "partial")),
        S("The Association of School and College Leaders said schools had paid the board £23.50 per script for re-marks over the past two years, and called for refunds.",
          PP, "Association of School and College Leaders", NI, "said",
          c("£23.50 per script", 23.5, "gbp_per_script", "money", "public"),
          c("two years", 2, "year", "duration", "public")),
        S("According to the education department, the board marks about 1.6 million papers a year and was fined £175,000 in 2023 for late results.",
          PP, "education department", NI, "according to",
          c("1.6 million papers a year", 1600000, "paper_per_year", "count", "public", "about", "approximate"),
          c("£175,000", 175000, "gbp", "money", "public"),
          date("2023", verif="public")),
        S("A department official said ministers would “look closely” at the council’s conduct.",
          PP, "a department official", UN, "said"),
    ],

    "festival_attendance": [
        N(c("250,000", 250000, "person", "count", "unnamed")),
        S("The Lanthorn Folk Festival drew 238,400 ticket holders over its five days, a record for the event, organisers said on Monday, with many more people watching free shows in the town’s streets.",
          PP, "organisers", UN, "said",
          c("238,400 ticket holders", 238400, "ticket_holder", "count", "internal"),
          c("five days", 5, "day", "duration", "public")),
        S("Festival director Siobhan Kealey said the total was up 14 percent on last year.", PP, KEALEY, NP, "said",
          c("14 percent", 14, "percent", "percent", "internal")),
        S("“We sold out the main site by Saturday lunchtime for the first time in 31 years,” she said, speaking at the closing press conference.",
          DQ, KEALEY, NP, "said",
          c("31 years", 31, "year", "duration", "public")),
        S("“On Sunday there were people sleeping in their cars in the car park at 3 in the morning, waiting for the gates.”",
          DQ, KEALEY, NP, "",
          clock("3 in the morning", verif="quote_opinion")),
        S("She added that the festival had paid out £1.9 million to local suppliers and performers.", PP, KEALEY, NP, "added",
          c("£1.9 million", 1900000, "gbp", "money", "internal")),
        S("The 250,000 figure in some reports includes an estimate of street crowds, a festival spokesperson said.",
          PP, "a festival spokesperson", UN, "said",
          c("250,000", 250000, "person", "count", "unnamed")),
        S("A study commissioned by Lanthorn Town Council estimated that visitors spent £14.6 million in the area during the week, or roughly £61 per person per day.",
          PP, "study commissioned by Lanthorn Town Council", NI, "estimated",
          c("£14.6 million", 14600000, "gbp", "money", "report"),
          c("£61 per person per day", 61, "gbp_per_person_per_day", "money", "report", "roughly", "approximate")),
        S("Residents near Priory Field complained that music carried on into the early hours.",
          PP, "residents near Priory Field", UN, "complained"),
        S("The council said its officers had recorded noise levels of up to 74 decibels at a house 400 yards (366 metres) from the main stage, above the licensed limit of 65.",
          PP, LTC, NI, "said",
          c("74 decibels", 74, "decibel", "count", "observed", "up to", "upper"),
          c("400 yards", 400, "yard", "distance", "observed"),
          c("366 metres", 366, "metre", "distance", "conv"),
          c("65", 65, "decibel", "count", "public")),
        S("Chief Inspector Mark Olanrewaju of Lanthorn Police said there had been 42 arrests, mostly for theft, fewer than the 57 made last year.",
          PP, "Mark Olanrewaju", NP, "said",
          c("42 arrests", 42, "arrest", "count", "public"),
          c("57", 57, "arrest", "count", "public")),
        S("Organisers said next year’s festival would run from 9 to 13 July, and that early-bird tickets, priced at £145, would go on sale at 10:00 on 1 December.",
          PP, "organisers", UN, "said",
          date("9", verif="future"),
          date("13 July", verif="future"),
          c("£145", 145, "gbp", "money", "future"),
          clock("10:00", verif="future"),
          date("1 December", verif="future")),
    ],
}


if __name__ == "__main__":
    for name, spec in SPECS.items():
        n_c, n_s = build(name, spec)
        print(f"{name}: {n_c} claims, {n_s} sentences")
