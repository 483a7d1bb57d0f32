"""Build the claims and sentences ledgers of data/heldout/batch3 from hand-chosen phrases.

Written 2026-11-28 by a helper session that never saw the extractor (see README.md).
The specs format and helper functions are copied from data/heldout/batch2/build.py.
Every span below was chosen by hand from a reading of the article; this script only turns each phrase
into its Python offsets (code points, end exclusive) and writes the CSVs. It imports nothing from the
project. Run: python data/heldout/batch3/build.py, then python data/heldout/batch3/verify.py.

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

PAO, PAO_REPORT = "Provincial Audit Office", "Provincial Audit Office report"
DMIN, SANT = "Drossel Province agriculture ministry", "Oriel Santangelo"

MUS, ELLORY = "Harwick Museum of Maritime History", "Maud Ellory-Baines"

WIS, ROAG = "Westerly Isles Shipping", "Fenella Roag"

SEAGRASS_STUDY, TRESSAN, MARSH = ("Journal of Shoreline Ecology study", "University of Tressan",
                                  "Yevgenia Marsh-Okafor")

VPA, DUBREUIL = "Valsorre Pharmacists’ Association", "Corinne Dubreuil-Azéma"

NHSO, ROSKVIST = "National Health Statistics Office", "Halima Roskvist"

OSTBERG, SOLHEIM = "Ostberg Athletic", "Brigitte Solheim"

COURT, SOBCZYK = "Grodzisko District Court", "Ewa Sobczyk"

MSA, VOSS = "Meridian Space Agency", "Anneke Voss-Hallam"

CPW, HOLLIS = "Consumer Prices Watch survey", "Priyanka Hollis-Nwosu"

SPECS = {
    "farm_subsidy_audit": [
        N(c("€14 Million", 14000000, "eur", "money", "report")),
        S("Nearly €14 million in farm subsidies paid out by the Drossel Province agriculture ministry between 2021 and 2024 went to land that did not qualify, the Provincial Audit Office said in a report published on Tuesday.",
          PP, PAO, NI, "said",
          c("€14 million", 14000000, "eur", "money", "report", "nearly", "upper"),
          date("2021", verif="report"),
          date("2024", verif="report")),
        S("The office’s auditors examined 2,640 claims and found errors in 318 of them, a rate of 12 percent, the report said.",
          PP, PAO_REPORT, NI, "said",
          c("2,640 claims", 2640, "claim", "count", "report"),
          c("318", 318, "claim", "count", "report"),
          c("12 percent", 12, "percent", "percent", "arith",
            reason="318 of 2,640 is 12.0 percent; a reader can redo it.")),
        S("In 41 cases the land had been built on or turned into car parks, it said.", PP, PAO_REPORT, NI, "said",
          c("41 cases", 41, "case", "count", "report")),
        S("“Some of these fields have not seen a cow in a decade,” said Oriel Santangelo, the auditor-general.",
          DQ, SANT, NP, "said",
          c("a decade", 1, "decade", "duration", "quote_opinion")),
        S("“We found one holding paid for 37 hectares that was mostly a gravel quarry.”", DQ, SANT, NP, "",
          c("one holding", 1, "holding", "count", "report"),
          c("37 hectares", 37, "hectare", "count", "report")),
        S("She added that the ministry had recovered only €2.3 million.", PP, SANT, NP, "added",
          c("€2.3 million", 2300000, "eur", "money", "partial")),
        S("The ministry said it accepted most of the 19 recommendations and would recheck the 1,200 largest claims within six months.",
          PP, DMIN, NI, "said",
          c("19 recommendations", 19, "recommendation", "count", "report"),
          c("1,200 largest claims", 1200, "claim", "count", "future"),
          c("six months", 6, "month", "duration", "future", "within", "upper")),
        S("According to a ministry official who asked not to be named, between 60 and 80 inspectors would be hired for the work, at a cost of about €4 million a year.",
          PP, "a ministry official", UN, "according to",
          c("60 and 80 inspectors", 60, "inspector", "count", "future", "between", "range", 80),
          c("€4 million a year", 4000000, "eur_per_year", "money", "future", "about", "approximate")),
        S("Teodor Vasquel, president of the Drossel Growers’ Union, said more than 9,000 members relied on the payments and that most errors came from out-of-date maps, not fraud.",
          PP, "Teodor Vasquel", NP, "said",
          c("9,000 members", 9000, "member", "count", "internal", "more than", "lower")),
        S("Lise Armbruck, who farms near Kallow, said she had waited 14 months for a decision on her own appeal.",
          PP, "Lise Armbruck", NP, "said",
          c("14 months", 14, "month", "duration", "quote_opinion")),
        N(c("€412.5 million", 412500000, "eur", "money", "public"),
          c("a third", 0.3333, "fraction", "percent", "public", "roughly", "approximate"),
          c("5 percent", 5, "percent", "percent", "public")),
    ],

    "museum_visitors": [
        N(c("1.2 Million Visitors", 1200000, "visitor", "count", "internal", "tops", "lower")),
        S("The Harwick Museum of Maritime History welcomed 1,214,600 visitors in the 12 months to March 31, up 18 percent on the year before, the museum said on Thursday.",
          PP, MUS, NI, "said",
          c("1,214,600 visitors", 1214600, "visitor", "count", "internal"),
          c("12 months", 12, "month", "duration", "public"),
          date("March 31"),
          c("18 percent", 18, "percent", "percent", "internal")),
        N(c("94-year", 94, "year", "duration", "public"),
          c("one million", 1000000, "visitor", "count", "internal", "above", "lower")),
        S("“We thought the new whaling gallery might add 50,000 visits,” said Maud Ellory-Baines, the director.",
          DQ, ELLORY, NP, "said",
          c("50,000 visits", 50000, "visit", "count", "quote_opinion")),
        S("“It added almost 140,000.", DQ, ELLORY, NP, "",
          c("140,000", 140000, "visit", "count", "internal", "almost", "upper")),
        S("Families came back again and again.”", DQ, ELLORY, NP, ""),
        S("She added that school visits had risen to 2,380 groups, from 1,910.", PP, ELLORY, NP, "added",
          c("2,380 groups", 2380, "group", "count", "internal"),
          c("1,910", 1910, "group", "count", "internal")),
        S("Ticket revenue from special exhibitions reached £9.7 million, the museum’s annual accounts show, although general entry remains free for children, who made up about a quarter of visitors.",
          PP, MUS + " annual accounts", NI, "show",
          c("£9.7 million", 9700000, "gbp", "money", "public"),
          c("a quarter", 0.25, "fraction", "percent", "internal", "about", "approximate")),
        S("Residents of Quayside Row, the narrow street leading to the main entrance, said coaches now queued for up to 40 minutes on weekend mornings.",
          PP, "residents of Quayside Row", UN, "said",
          c("40 minutes", 40, "minute", "duration", "observed", "up to", "upper")),
        S("A council transport officer, speaking anonymously, said between 30 and 35 coaches arrived on a typical Saturday, against 12 two years ago.",
          PP, "a council transport officer", UN, "said",
          c("30 and 35 coaches", 30, "coach", "count", "observed", "between", "range", 35),
          c("12", 12, "coach", "count", "observed"),
          c("two years", 2, "year", "duration", "observed")),
        N(c("212 staff", 212, "staff", "count", "public"),
          date("2028", verif="future")),
        S("Its chair of trustees, Gideon Farrant-Lowe, said the building work would close the east wing for roughly nine months but that “nobody will be turned away”.",
          PP, "Gideon Farrant-Lowe", NP, "said",
          c("nine months", 9, "month", "duration", "future", "roughly", "approximate")),
    ],

    "ferry_timetable": [
        N(c("Three Crossings a Day", 3, "crossing_per_day", "count", "timetable"),
          date("4 May")),
        S("Islanders on Inchmorran will lose almost half their ferry sailings from 4 May, when Westerly Isles Shipping moves the route to a reduced timetable for the whole summer, the company confirmed on Monday.",
          PP, WIS, NI, "confirmed",
          c("half", 0.5, "fraction", "percent", "arith", "almost", "upper",
            reason="Two of five daily departures go (40 percent); a reader can redo it from the timetable."),
          date("4 May")),
        S("The 07:15, 12:40 and 18:05 departures from Port Callan will remain, but the 09:50 and 15:30 sailings will go, according to the company’s new timetable.",
          PP, WIS + " new timetable", NI, "according to",
          clock("07:15", verif="timetable"),
          clock("12:40", verif="timetable"),
          clock("18:05", verif="timetable"),
          clock("09:50", verif="timetable"),
          clock("15:30", verif="timetable")),
        N(c("55 minutes", 55, "minute", "duration", "timetable"),
          c("40", 40, "minute", "duration", "timetable")),
        S("“Three boats a day is not a lifeline, it is a rope with knots in it,” said Fenella Roag, who chairs the Inchmorran Community Council.",
          DQ, ROAG, NP, "said",
          c("Three boats a day", 3, "boat_per_day", "count", "timetable")),
        S("“The nurse comes over on the first boat and has to leave on the last.", DQ, ROAG, NP, ""),
        S("That gives her less than seven hours.”", DQ, ROAG, NP, "",
          c("seven hours", 7, "hour", "duration", "partial", "less than", "upper")),
        S("She said the island’s 340 residents had been given 11 days’ notice.", PP, ROAG, NP, "said",
          c("340 residents", 340, "resident", "count", "public"),
          c("11 days", 11, "day", "duration", "quote_opinion")),
        S("Westerly Isles Shipping said the MV Kerrera, which normally serves the route, needed engine repairs costing an estimated £3.6 million and would be out of service for between 14 and 18 weeks.",
          PP, WIS, NI, "said",
          c("£3.6 million", 3600000, "gbp", "money", "internal", "estimated", "approximate"),
          c("14 and 18 weeks", 14, "week", "duration", "future", "between", "range", 18)),
        S("A company manager, who did not want to be named, said the timetable could return to normal by 1 September “if the parts turn up”.",
          PP, "a company manager", UN, "said",
          date("1 September", verif="future")),
        S("Last year the route carried 61,300 passengers and 9,870 vehicles, figures from the Port Callan Harbour Authority show.",
          PP, "Port Callan Harbour Authority figures", NI, "show",
          c("61,300 passengers", 61300, "passenger", "count", "public"),
          c("9,870 vehicles", 9870, "vehicle", "count", "public")),
    ],

    "seagrass_carbon_study": [
        N(c("Twice", 2, "times", "count", "paper", "up to", "upper")),
        S("Seagrass meadows along the Bellmoor coast hold between 1.6 and 2 times as much carbon as earlier estimates suggested, according to a study led by researchers at the University of Tressan and published on 9 October in the Journal of Shoreline Ecology.",
          PP, SEAGRASS_STUDY, NI, "according to",
          c("1.6 and 2 times", 1.6, "times", "count", "paper", "between", "range", 2),
          date("9 October", verif="paper")),
        S("The team took 486 sediment cores from 37 sites over three summers, the university said in a press release.",
          PP, TRESSAN, NI, "said",
          c("486 sediment cores", 486, "sediment_core", "count", "paper"),
          c("37 sites", 37, "site", "count", "paper"),
          c("three summers", 3, "summer", "duration", "paper")),
        N(c("1.5 metres", 1.5, "m", "distance", "paper", "up to", "upper"),
          c("4.9 feet", 4.9, "foot", "distance", "conv", "up to", "upper")),
        S("“We kept finding carbon far below the depth where people usually stop counting,” said the study’s lead author, Dr Yevgenia Marsh-Okafor, a marine ecologist at the university.",
          DQ, MARSH, NP, "said"),
        S("“On average the meadows held about 410 tonnes per hectare.", DQ, MARSH, NP, "",
          c("410 tonnes per hectare", 410, "tonne_per_hectare", "count", "paper", "about", "approximate")),
        S("That is roughly what old-growth forest holds.”", DQ, MARSH, NP, ""),
        S("She added that the meadows had shrunk by 23 percent since 1990, and that restoring them could cost £4,000 to £7,500 per hectare.",
          PP, MARSH, NP, "added",
          c("23 percent", 23, "percent", "percent", "paper"),
          date("1990", verif="paper"),
          c("£4,000 to £7,500 per hectare", 4000, "gbp_per_hectare", "money", "future", "", "range", 7500)),
        N(c("€850,000", 850000, "eur", "money", "public")),
        S("Professor Aled Pritchard of the Kelso Marine Institute, who was not involved in the work, said the sites were “mostly sheltered bays” and that the true average could be 30 to 40 percent lower.",
          PP, "Aled Pritchard", NP, "said",
          c("30 to 40 percent", 30, "percent", "percent", "specialist", "", "range", 40)),
        S("An official at the Bellmoor Environment Agency said about 5,200 hectares of seagrass remain in the region.",
          PP, "an official at the Bellmoor Environment Agency", UN, "said",
          c("5,200 hectares", 5200, "hectare", "count", "partial", "about", "approximate")),
    ],

    "pharmacy_shortage_wire": [
        N(c("300 Medicines", 300, "medicine", "count", "partial")),
        S("Pharmacies in the Valsorre canton could not obtain about 300 medicines in October, double the number in October last year, the Valsorre Pharmacists’ Association said on Wednesday.",
          PP, VPA, NI, "said",
          c("300 medicines", 300, "medicine", "count", "partial", "about", "approximate"),
          c("double", 2, "times", "count", "partial")),
        S("« Some patients have visited four or five pharmacies before finding their blood-pressure tablets », said Corinne Dubreuil-Azéma, the association’s president.",
          DQ, DUBREUIL, NP, "said",
          c("four or five pharmacies", 4, "pharmacy", "count", "quote_opinion", "", "range", 5)),
        S("« We are now asking doctors to prescribe alternatives in one case out of ten. »", DQ, DUBREUIL, NP, "",
          c("one case out of ten", 0.1, "fraction", "percent", "quote_opinion")),
        S("She added that antibiotics for children and insulin pens were among the hardest to find, and that waits of up to three weeks were common.",
          PP, DUBREUIL, NP, "added",
          c("three weeks", 3, "week", "duration", "partial", "up to", "upper")),
        S("According to the cantonal health department, 41 of the canton’s 126 pharmacies had run out of at least one form of amoxicillin by 15 November.",
          PP, "cantonal health department", NI, "according to",
          c("41", 41, "pharmacy", "count", "public"),
          c("126 pharmacies", 126, "pharmacy", "count", "public"),
          c("one form", 1, "form", "count", "public", "at least", "lower"),
          date("15 November")),
        S("A department official, who spoke on condition of anonymity, said emergency stocks of between 8,000 and 10,000 packs had been released.",
          PP, "a department official", UN, "said",
          c("8,000 and 10,000 packs", 8000, "pack", "count", "unnamed", "between", "range", 10000)),
        S("The Federation of Alpine Wholesalers said prices paid to manufacturers had risen by 12.5 percent since 2023.",
          PP, "Federation of Alpine Wholesalers", NI, "said",
          c("12.5 percent", 12.5, "percent", "percent", "specialist"),
          date("2023", verif="public")),
        S("Bernard Ochsenbein, a pharmacist in Montclaret for 31 years, said that « the real problem is that nobody makes these pills here any more ».",
          PP, "Bernard Ochsenbein", NP, "said",
          c("31 years", 31, "year", "duration", "partial")),
        N(c("410,000 inhabitants", 410000, "inhabitant", "count", "public", "about", "approximate")),
    ],

    "hospital_waiting_times": [
        N(c("38 Patients per 1,000 Residents", 38, "patient_per_1000_resident", "count", "public")),
        S("More than 41,000 people in the Dunrowan health district are waiting for planned hospital treatment, equal to 38 patients per 1,000 residents, the highest rate in the country, figures from the National Health Statistics Office show.",
          PP, NHSO + " figures", NI, "show",
          c("41,000 people", 41000, "person", "count", "public", "more than", "lower"),
          c("38 patients per 1,000 residents", 38, "patient_per_1000_resident", "count", "public")),
        N(c("24 per 1,000", 24, "patient_per_1000_resident", "count", "public"),
          c("one patient in six", 0.1667, "fraction", "percent", "public"),
          c("18 weeks", 18, "week", "duration", "public", "longer than", "lower"),
          date("2019", verif="public"),
          c("1,130", 1130, "patient", "count", "public"),
          c("a year", 1, "year", "duration", "public", "more than", "lower")),
        S("“Behind every one of those numbers is someone in pain,” said Dr Halima Roskvist, medical director of Dunrowan University Hospitals.",
          DQ, ROSKVIST, NP, "said"),
        S("“Our theatres are running at 96 percent of capacity.", DQ, ROSKVIST, NP, "",
          c("96 percent", 96, "percent", "percent", "internal")),
        S("We cannot squeeze out much more.”", DQ, ROSKVIST, NP, ""),
        S("She said the hospitals had cancelled 212 operations in September because no beds were free.",
          PP, ROSKVIST, NP, "said",
          c("212 operations", 212, "operation", "count", "internal")),
        S("Hip and knee replacements have the longest waits, at a median of 44 weeks, according to the statistics office.",
          PP, NHSO, NI, "according to",
          c("44 weeks", 44, "week", "duration", "public")),
        N(c("20 and 26 weeks", 20, "week", "duration", "public", "between", "range", 26)),
        S("The Dunrowan Health Board said it would open a 60-bed surgical unit in spring and hoped to cut the list to 30 patients per 1,000 residents within two years.",
          PP, "Dunrowan Health Board", NI, "said",
          c("60-bed", 60, "bed", "count", "future"),
          c("30 patients per 1,000 residents", 30, "patient_per_1000_resident", "count", "future"),
          c("two years", 2, "year", "duration", "future", "within", "upper")),
        S("A board member, speaking privately, said the unit would cost roughly £48 million, about £9 million more than budgeted.",
          PP, "a board member", UN, "said",
          c("£48 million", 48000000, "gbp", "money", "unnamed", "roughly", "approximate"),
          c("£9 million", 9000000, "gbp", "money", "unnamed", "about", "approximate")),
    ],

    "winger_transfer_fee": [
        N(c("£21m", 21000000, "gbp", "money", "public")),
        S("Ostberg Athletic have signed the winger Kalu Mendes from Real Pavona for a fee of £21 million (€24.3 million), rising to as much as £26 million with add-ons, the club announced on Friday.",
          PP, OSTBERG, NI, "announced",
          c("£21 million", 21000000, "gbp", "money", "public"),
          c("€24.3 million", 24300000, "eur", "money", "conv"),
          c("£26 million", 26000000, "gbp", "money", "internal", "as much as", "upper")),
        S("The 23-year-old has agreed a five-year contract worth about £95,000 a week, according to people close to the deal.",
          PP, "people close to the deal", UN, "according to",
          c("23-year-old", 23, "year", "duration", "public"),
          c("five-year", 5, "year", "duration", "public"),
          c("£95,000 a week", 95000, "gbp_per_week", "money", "unnamed", "about", "approximate")),
        N(c("131-year", 131, "year", "duration", "public"),
          c("£28.5 million", 28500000, "gbp", "money", "public"),
          date("2022", verif="public")),
        S("‘Kalu scored 14 goals and made nine assists last season, and he is still improving,’ said manager Brigitte Solheim.",
          DQ, SOLHEIM, NP, "said",
          c("14 goals", 14, "goal", "count", "sport"),
          c("nine assists", 9, "assist", "count", "sport")),
        S("‘We have watched him for two years.", DQ, SOLHEIM, NP, "",
          c("two years", 2, "year", "duration", "quote_opinion")),
        S("At his age, I think he can play 300 games for this club.’", DQ, SOLHEIM, NP, "",
          c("300 games", 300, "game", "count", "future")),
        S("Real Pavona said the sale would bring in between 18 and 20 percent of the club’s annual revenue.",
          PP, "Real Pavona", NI, "said",
          c("18 and 20 percent", 18, "percent", "percent", "partial", "between", "range", 20)),
        S("According to the Iberian Football Finance Review, the Spanish side had debts of nearly €140 million on 30 June.",
          PP, "Iberian Football Finance Review", NI, "according to",
          c("€140 million", 140000000, "eur", "money", "specialist", "nearly", "upper"),
          date("30 June")),
        S("Mendes, who is expected to make his debut against Cardwell Town on 14 September, said in a video posted by the club that he had ‘dreamed of the Northern League since I was eight’.",
          PP, "Kalu Mendes", NP, "said",
          date("14 September", verif="future"),
          c("eight", 8, "year", "duration", "quote_opinion")),
    ],

    "mayor_bribery_sentence": [
        N(c("Four Years", 4, "year", "duration", "court"),
          c("four years", 4, "year", "duration", "court"),
          c("six months", 6, "month", "duration", "court"),
          c("1.2 million zlotys", 1200000, "pln", "money", "court"),
          c("€280,000", 280000, "eur", "money", "conv", "about", "approximate")),
        S("Judge Ewa Sobczyk said the 58-year-old had accepted payments on at least 23 occasions between 2016 and 2021.",
          PP, SOBCZYK, NP, "said",
          c("58-year-old", 58, "year", "duration", "public"),
          c("23 occasions", 23, "occasion", "count", "court", "at least", "lower"),
          date("2016", verif="court"),
          date("2021", verif="court")),
        S("„He treated the town’s budget as his own wallet”, the judge said.", DQ, SOBCZYK, NP, "said"),
        S("„The damage to public trust is greater than the money.”", DQ, SOBCZYK, NP, ""),
        N(c("six years", 6, "year", "duration", "court")),
        S("Marek Olszowy, the defence lawyer, said his client would appeal and argued that more than half of the money had been returned.",
          PP, "Marek Olszowy", NP, "said",
          c("half", 0.5, "fraction", "percent", "partial", "more than", "lower")),
        N(c("14 days", 14, "day", "duration", "public")),
        S("Three contractors who paid the bribes received suspended sentences of between 12 and 18 months and fines of up to 200,000 zlotys each, the court said.",
          PP, COURT, NI, "said",
          c("Three contractors", 3, "contractor", "count", "court"),
          c("12 and 18 months", 12, "month", "duration", "court", "between", "range", 18),
          c("200,000 zlotys", 200000, "pln", "money", "court", "up to", "upper")),
        N(c("17,500 people", 17500, "person", "count", "public", "about", "approximate"),
          c("9-kilometre", 9, "km", "distance", "public")),
        S("The Supreme Audit Chamber found in 2023 that the road had cost 40 percent more than planned.",
          PP, "Supreme Audit Chamber", NI, "found",
          date("2023", verif="report"),
          c("40 percent", 40, "percent", "percent", "report")),
    ],

    "weather_satellite_launch": [
        N(c("Two Delays", 2, "delay", "count", "public")),
        S("The Meridian Space Agency launched its Skylark weather satellite from the Carrow Point spaceport at 04:12 UTC on 18 March, after two postponements caused by high winds, the agency said.",
          PP, MSA, NI, "said",
          clock("04:12 UTC", verif="observed"),
          date("18 March"),
          c("two postponements", 2, "postponement", "count", "public")),
        S("The 2,350-kilogram satellite separated from its Corvid rocket about 58 minutes after lift-off and will settle into an orbit some 830 km (516 miles) above Earth, mission controllers said.",
          PP, "mission controllers", UN, "said",
          c("2,350-kilogram", 2350, "kg", "count", "public"),
          c("58 minutes", 58, "minute", "duration", "internal", "about", "approximate"),
          c("830 km", 830, "km", "distance", "observed", "some", "approximate"),
          c("516 miles", 516, "mile", "distance", "conv", "some", "approximate")),
        S("“The first signal came back clean, which is all you want at five in the morning,” said flight director Anneke Voss-Hallam.",
          DQ, VOSS, NP, "said",
          clock("five in the morning", verif="observed")),
        S("“We will spend the next three weeks testing the instruments.", DQ, VOSS, NP, "",
          c("three weeks", 3, "week", "duration", "future")),
        S("If all goes well, the first images should reach forecasters by 10 April.”", DQ, VOSS, NP, "",
          date("10 April", verif="future")),
        S("The mission cost €312 million, including the launch, according to the agency’s annual budget.",
          PP, MSA + " annual budget", NI, "according to",
          c("€312 million", 312000000, "eur", "money", "public")),
        N(c("seven years", 7, "year", "duration", "future", "at least", "lower"),
          date("2011", verif="public"),
          c("six years", 6, "year", "duration", "public", "more than", "lower")),
        S("Roughly 40 percent of the satellite’s parts were built by firms in the region, supporting between 600 and 700 jobs, the agency’s industry office said.",
          PP, MSA + " industry office", NI, "said",
          c("40 percent", 40, "percent", "percent", "internal", "roughly", "approximate"),
          c("600 and 700 jobs", 600, "job", "count", "specialist", "between", "range", 700)),
        S("A researcher at the Tallow Institute of Meteorology, who asked not to be named because she advises the agency, said the satellite could give forecasters up to a day’s more warning of heavy rain.",
          PP, "a researcher at the Tallow Institute of Meteorology", UN, "said",
          c("a day", 1, "day", "duration", "future", "up to", "upper")),
    ],

    "grocery_price_survey": [
        S("Survey: Weekly Shop Up £7 in a Year", PP, CPW, NI, "",
          c("£7", 7, "gbp", "money", "arith", reason="£118.60 less £111.45 is £7.15; a reader can redo it."),
          c("a Year", 1, "year", "duration", "report")),
        S("A basket of 40 everyday groceries cost an average of £118.60 in November, up from £111.45 in November last year, according to the Consumer Prices Watch survey published on Monday.",
          PP, CPW, NI, "according to",
          c("40 everyday groceries", 40, "grocery", "count", "report"),
          c("£118.60", 118.6, "gbp", "money", "report"),
          c("£111.45", 111.45, "gbp", "money", "report")),
        S("That is a rise of 6.4 percent, compared with overall inflation of 3.1 percent, the survey found.",
          PP, CPW, NI, "found",
          c("6.4 percent", 6.4, "percent", "percent", "arith",
            reason="£111.45 to £118.60 is a rise of 6.4 percent; a reader can redo it."),
          c("3.1 percent", 3.1, "percent", "percent", "public")),
        N(c("31 percent", 31, "percent", "percent", "report"),
          c("a tenth", 0.1, "fraction", "percent", "report", "about", "approximate"),
          c("10 percent", 10, "percent", "percent", "report", "more than", "lower")),
        S("The survey’s author, Dr Priyanka Hollis-Nwosu of Ashdown Consumer Research, said prices had been checked at 1,250 shops in 12 towns from 3 November to 9 November.",
          PP, HOLLIS, NP, "said",
          c("1,250 shops", 1250, "shop", "count", "report"),
          c("12 towns", 12, "town", "count", "report"),
          date("3 November", verif="report"),
          date("9 November", verif="report")),
        S("“Discount chains are still cheapest, but the gap has narrowed to about £9 a week,” she said.",
          DQ, HOLLIS, NP, "said",
          c("£9 a week", 9, "gbp_per_week", "money", "report", "about", "approximate")),
        S("“Two years ago it was around £15 a week.”", DQ, HOLLIS, NP, "",
          c("Two years", 2, "year", "duration", "report"),
          c("£15 a week", 15, "gbp_per_week", "money", "report", "around", "approximate")),
        S("A spokesperson for the Grocers’ Federation said retailers’ margins averaged 2.8 percent and that energy costs had more than doubled since 2022.",
          PP, "a spokesperson for the Grocers’ Federation", UN, "said",
          c("2.8 percent", 2.8, "percent", "percent", "partial"),
          c("doubled", 2, "times", "count", "partial", "more than", "lower"),
          date("2022", verif="public")),
        S("One shopper in Ashdown, Malcolm Treadway, 71, said he now spent £20 a month less on meat by buying frozen.",
          PP, "Malcolm Treadway", NP, "said",
          c("71", 71, "year", "duration", "public"),
          c("£20 a month", 20, "gbp_per_month", "money", "quote_opinion")),
        N(date("1998", verif="public"),
          c("three consumer charities", 3, "consumer_charity", "count", "public")),
    ],
}


if __name__ == "__main__":
    for name, spec in SPECS.items():
        n_c, n_s = build(name, spec)
        print(f"{name}: {n_c} claims, {n_s} sentences")
