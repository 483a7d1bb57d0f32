"""Build the claims and sentences ledgers of data/heldout/batch16 from hand-chosen phrases.

Written 2026-11-28 by a helper session that never saw the extractor (see README.md).
The specs format and helper functions are copied from data/heldout/batch3/build.py (itself from batch 2).
Every span below was chosen by hand from a reading of the article; this script only turns each phrase
into its Python offsets (code points, end exclusive) and writes the CSVs. It imports nothing from the
project. Run: python data/heldout/batch16/build.py, then python data/heldout/batch16/verify.py.

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
# The hand-made specs. Speakers use the fullest name the article gives, without titles; the speaker is the
# phrase that carries the attribution (data/heldout/README.md, "Conventions reconciled").
# ---------------------------------------------------------------------------------------------------
PP, DQ = "paraphrase", "direct_quote"
NP, NI, UN = "named_person", "named_institution", "unnamed"

MVHA, IHV = "Marrow Valley Health Agency", "Ines Halloran-Vey"
OW, PVL = "Ostmark Water", "Pieter Van Laar"
LV = "Lena Varga"
TM, HSM, FVSO = "Torvane Motors", "Hanne Solberg-Matz", "Federal Vehicle Safety Office"
MOL = "Miriam Okafor-Lund"
CSA, OTH = "Continental Space Agency", "Okonkwo Teller-Haas"
HREP, AKS = "Hollinsford council planning report", "Amrit Kaur-Sandell"
RCPA, LF, MB = "regional civil protection agency", "Lucia Ferrandi", "Marco Bellandi"
DTU, DTU_SURVEY, KOB = "Dunmere Teachers’ Union", "Dunmere Teachers’ Union survey", "Karen Oduya-Bell"
EH = "Eirik Haldorsen"

SPECS = {
    "kelby_hospital_outbreak": [
        S("Health Agency: Outbreak at Kelby Hospital Has Infected 23 Patients", PP, MVHA, NI, "",
          c("23 Patients", 23, "patient", "count", "partial")),
        S("An outbreak of a drug-resistant bacterium at Kelby General Hospital has infected 23 patients since 4 October, the Marrow Valley Health Agency said on Friday.",
          PP, MVHA, NI, "said",
          c("23 patients", 23, "patient", "count", "partial"),
          date("4 October")),
        N(c("Two", 2, "patient", "count", "observed")),
        S("The agency said it was not yet clear whether the infection had caused their deaths.", PP, MVHA, NI, "said"),
        S("According to the agency, 17 of the cases were found on two surgical wards, which were closed to new admissions on Wednesday.",
          PP, MVHA, NI, "according to",
          c("17", 17, "case", "count", "partial"),
          c("two surgical wards", 2, "ward", "count", "observed")),
        N(c("140 staff", 140, "staff", "count", "internal", "about", "approximate"),
          c("300 patients", 300, "patient", "count", "internal", "more than", "lower")),
        S("“We are treating this as a serious incident,” said Dr. Ines Halloran-Vey, the hospital’s director of infection control.",
          DQ, IHV, NP, "said"),
        S("“Every bed on those wards has been deep-cleaned twice.", DQ, IHV, NP, "",
          c("twice", 2, "times", "count", "internal")),
        S("We expect to reopen them within 10 days if no new cases appear.”", DQ, IHV, NP, "",
          c("10 days", 10, "day", "duration", "future", "within", "upper")),
        S("She added that the hospital had hired 12 agency cleaners and was spending £45,000 a week on extra cleaning.",
          PP, IHV, NP, "added",
          c("12 agency cleaners", 12, "agency_cleaner", "count", "internal"),
          c("£45,000 a week", 45000, "gbp_per_week", "money", "internal")),
        S("A nurse on one of the affected wards told the Kelby Evening Post that staff had been warned about poor hand-washing in an audit earlier this year.",
          PP, "a nurse on one of the affected wards", UN, "told"),
        S("An internal report seen by the Post found that hand-hygiene compliance on the wards had fallen to 61 percent, against a target of 95 percent.",
          PP, "an internal report seen by the Post", UN, "found",
          c("61 percent", 61, "percent", "percent", "unnamed"),
          c("95 percent", 95, "percent", "percent", "unnamed")),
        N(c("480 beds", 480, "bed", "count", "public"),
          c("52,000 inpatients a year", 52000, "inpatient_per_year", "count", "public", "roughly", "approximate")),
    ],

    "ostmark_drought": [
        N(c("31 Percent", 31, "percent", "percent", "observed")),
        S("Reservoirs serving the Ostmark region were 31 percent full on Monday, the lowest level for the time of year since records began in 1976, the regional water authority said.",
          PP, OW, NI, "said",
          c("31 percent", 31, "percent", "percent", "observed"),
          date("1976", verif="public")),
        S("Only 118 millimetres (4.6 inches) of rain has fallen since 1 March, less than half the usual amount, according to the Ostmark Weather Service.",
          PP, "Ostmark Weather Service", NI, "according to",
          c("118 millimetres", 118, "mm", "distance", "weather"),
          c("4.6 inches", 4.6, "inch", "distance", "conv"),
          date("1 March"),
          c("half", 0.5, "fraction", "percent", "weather", "less than", "upper")),
        N(c("36°C", 36, "degree_celsius", "count", "weather"),
          c("97°F", 97, "degree_fahrenheit", "count", "conv")),
        S("The water authority, Ostmark Water, said a hosepipe ban covering about 1.4 million customers would start at 00:01 on Friday.",
          PP, OW, NI, "said",
          c("1.4 million customers", 1400000, "customer", "count", "internal", "about", "approximate"),
          clock("00:01", verif="future")),
        N(c("€1,000", 1000, "eur", "money", "public", "up to", "upper")),
        S("“We are asking every household to save 20 litres a day,” said Pieter Van Laar, the company’s operations director.",
          DQ, PVL, NP, "said",
          c("20 litres a day", 20, "litre_per_day", "count", "quote_opinion")),
        S("“That is roughly one shower.", DQ, PVL, NP, "",
          c("one shower", 1, "shower", "count", "quote_opinion", "roughly", "approximate")),
        S("If the dry spell lasts another three to four weeks, we will have to consider rota cuts.”", DQ, PVL, NP, "",
          c("three to four weeks", 3, "week", "duration", "future", "", "range", 4)),
        S("Farmers say the damage is already done.", PP, "farmers", UN, "say"),
        S("The Ostmark Farmers’ League estimated that the wheat harvest would be between 25 and 30 percent smaller than last year, costing growers some €90 million.",
          PP, "Ostmark Farmers’ League", NI, "estimated",
          c("25 and 30 percent", 25, "percent", "percent", "future", "between", "range", 30),
          c("€90 million", 90000000, "eur", "money", "future", "some", "approximate")),
        S("A senior official at the environment ministry, who spoke on condition of anonymity, said the government was preparing emergency aid of €40 million but had not yet agreed how to share it out.",
          PP, "a senior official at the environment ministry", UN, "said",
          c("€40 million", 40000000, "eur", "money", "unnamed")),
    ],

    "varga_tennis_final": [
        N(c("Three-Hour", 3, "hour", "duration", "sport"),
          c("three sets", 3, "set", "count", "sport"),
          c("two hours", 2, "hour", "duration", "sport"),
          c("58 minutes", 58, "minute", "duration", "sport")),
        S("The 22-year-old saved four match points in the second set and hit 47 winners, according to tournament statistics.",
          PP, "tournament statistics", NI, "according to",
          c("22-year-old", 22, "year", "duration", "public"),
          c("four match points", 4, "match_point", "count", "sport"),
          c("47 winners", 47, "winner", "count", "sport")),
        S("“I honestly thought I was going home,” Varga said.", DQ, LV, NP, "said"),
        S("“When she had match point for the fourth time, I just told myself to breathe.”", DQ, LV, NP, ""),
        S("She added that the winner’s cheque of $412,000 would go “mostly on my parents’ mortgage”.", PP, LV, NP, "added",
          c("$412,000", 412000, "usd", "money", "public")),
        S("Quintana, 29, who had not dropped a set all week, told the Lakeport Herald that a wrist injury had troubled her since the spring and that she would take a break before the indoor season.",
          PP, "Marisol Quintana", NP, "told",
          c("29", 29, "year", "duration", "public")),
        S("The crowd of 11,200 was the largest for a final in the tournament’s 38-year history, organisers said.",
          PP, "organisers", UN, "said",
          c("11,200", 11200, "spectator", "count", "internal"),
          c("38-year", 38, "year", "duration", "public")),
        N(c("$35 to $180", 35, "usd", "money", "public", "", "range", 180)),
        S("A tournament spokesperson said about 2,000 fans without tickets had watched on a big screen outside the stadium, where temperatures reached 31C in the afternoon.",
          PP, "a tournament spokesperson", UN, "said",
          c("2,000 fans", 2000, "fan", "count", "unnamed", "about", "approximate"),
          c("31C", 31, "degree_celsius", "count", "weather")),
        N(c("nine days", 9, "day", "duration", "public")),
    ],

    "torvane_motors_recall": [
        N(c("84,000 Cars", 84000, "car", "count", "filing")),
        S("Torvane Motors is recalling about 84,000 cars worldwide because a faulty brake hose can crack in cold weather, the company said on Tuesday.",
          PP, TM, NI, "said",
          c("84,000 cars", 84000, "car", "count", "filing", "about", "approximate")),
        S("The recall covers Aster saloons built between June 2023 and February 2025, including some 9,600 sold in Britain, according to a statement from the carmaker.",
          PP, "Torvane Motors statement", NI, "according to",
          date("June 2023", verif="public"),
          date("February 2025", verif="public"),
          c("9,600", 9600, "car", "count", "partial", "some", "approximate")),
        S("Torvane said it knew of 14 incidents in which drivers had lost braking power, none causing serious injury.",
          PP, TM, NI, "said",
          c("14 incidents", 14, "incident", "count", "internal")),
        N(c("45 minutes", 45, "minute", "duration", "observed", "about", "approximate")),
        S("The Wexford Business Daily reported, citing two people familiar with the matter, that the recall would cost Torvane up to €120 million (£104 million).",
          PP, "Wexford Business Daily", NI, "reported",
          c("€120 million", 120000000, "eur", "money", "future", "up to", "upper"),
          c("£104 million", 104000000, "gbp", "money", "conv", "up to", "upper")),
        S("“Safety comes before cost, always,” chief executive Hanne Solberg-Matz said in a statement.", DQ, HSM, NP, "said"),
        S("“We found the fault ourselves, in testing at minus 20 degrees Celsius.”", DQ, HSM, NP, "",
          c("minus 20 degrees Celsius", -20, "degree_celsius", "count", "internal")),
        N(c("3.2 percent", 3.2, "percent", "percent", "market"),
          c("€18.40", 18.4, "eur", "money", "market")),
        S("The Federal Vehicle Safety Office said owners should avoid driving the cars in temperatures below freezing until they had been repaired.",
          PP, FVSO, NI, "said"),
        S("It urged anyone unsure whether their car was affected to call a free helpline, open from 8 a.m. to 8 p.m. every day.",
          PP, FVSO, NI, "urged",
          clock("8 a.m.", verif="public"),
          clock("8 p.m.", verif="public")),
    ],

    "pellworth_fraud_verdict": [
        N(c("£2.7m", 2700000, "gbp", "money", "court"),
          c("£2.7 million", 2700000, "gbp", "money", "court"),
          c("six years", 6, "year", "duration", "court"),
          c("54", 54, "year", "duration", "court"),
          c("11 counts", 11, "count", "count", "court"),
          c("nine hours", 9, "hour", "duration", "court")),
        S("The court heard that he made 386 transfers from the charity’s accounts to companies he controlled between 2017 and 2023, sometimes moving up to £40,000 in a single day.",
          PP, "Pellworth Crown Court", NI, "heard",
          c("386 transfers", 386, "transfer", "count", "court"),
          date("2017", verif="court"),
          date("2023", verif="court"),
          c("£40,000 in a single day", 40000, "gbp_per_day", "money", "court", "up to", "upper")),
        S("Prosecutor Miriam Okafor-Lund told the jury the money had paid for a villa on the island of Sarnos, two racehorses and private school fees.",
          PP, MOL, NP, "told",
          c("two racehorses", 2, "racehorse", "count", "court")),
        S("“He treated a charity for homeless families as his personal bank,” she said.", DQ, MOL, NP, "said"),
        S("“Every one of those 386 transfers was a choice.”", DQ, MOL, NP, "",
          c("386 transfers", 386, "transfer", "count", "court")),
        S("Ashcombe-Reyes had told the court the payments were loans he always intended to repay.",
          PP, "Gerald Ashcombe-Reyes", NP, "told"),
        S("Judge Harriet Penhale said he would be sentenced on 14 March and warned him that he faced “a substantial prison term”.",
          PP, "Harriet Penhale", NP, "said",
          date("14 March")),
        S("The charity’s chair, Colin Drummore, said outside court that the theft had forced it to close two of its five hostels and that about 70 families had lost their places.",
          PP, "Colin Drummore", NP, "said",
          c("two", 2, "hostel", "count", "public"),
          c("five hostels", 5, "hostel", "count", "public"),
          c("70 families", 70, "family", "count", "internal", "about", "approximate")),
    ],

    "corvina_probe_flyby": [
        S("The Corvina probe flew within 1,150 kilometres (715 miles) of Veyra, an icy moon of the gas giant Halcyon, at 03:42 GMT on Saturday, the Continental Space Agency said.",
          PP, CSA, NI, "said",
          c("1,150 kilometres", 1150, "km", "distance", "specialist", "within", "upper"),
          c("715 miles", 715, "mile", "distance", "conv", "within", "upper"),
          clock("03:42 GMT", verif="specialist")),
        S("The probe, launched in March 2019, travelled some 4.1 billion kilometres to reach the moon, according to mission figures.",
          PP, "mission figures", NI, "according to",
          date("March 2019", verif="public"),
          c("4.1 billion kilometres", 4100000000, "km", "distance", "specialist", "some", "approximate")),
        N(c("2,300 images", 2300, "image", "count", "internal"),
          c("40-minute", 40, "minute", "duration", "specialist"),
          c("120", 120, "image", "count", "internal"),
          c("eight hours", 8, "hour", "duration", "specialist", "about", "approximate")),
        S("“The surface is cracked like an eggshell,” said Dr. Okonkwo Teller-Haas, the mission’s chief scientist.", DQ, OTH, NP, "said"),
        S("“Some of those ridges are up to 300 metres high.", DQ, OTH, NP, "",
          c("300 metres", 300, "metre", "distance", "specialist", "up to", "upper")),
        S("We think there could be liquid water less than 20 kilometres down.”", DQ, OTH, NP, "",
          c("20 kilometres", 20, "km", "distance", "specialist", "less than", "upper")),
        S("He added that it would take the team “at least a year” to process all the data.", PP, OTH, NP, "added",
          c("a year", 1, "year", "duration", "future", "at least", "lower")),
        N(c("€1.9 billion", 1900000000, "eur", "money", "public")),
        S("Rosalind Achterberg, a planetary scientist at the University of Calloway who is not involved in the mission, said the images were remarkable but cautioned that the water estimate rested on computer models.",
          PP, "Rosalind Achterberg", NP, "said"),
        N(c("14 more flybys", 14, "flyby", "count", "future"),
          date("2031", verif="future")),
    ],

    "hollinsford_bypass_plan": [
        N(c("9", 9, "vote", "count", "vote"),
          c("4", 4, "vote", "count", "vote"),
          c("6.5-kilometre", 6.5, "km", "distance", "public")),
        S("According to the council’s planning report, the road would cost an estimated £38 million and open in 2029.",
          PP, HREP, NI, "according to",
          c("£38 million", 38000000, "gbp", "money", "future", "estimated", "approximate"),
          date("2029", verif="future")),
        S("The report says traffic on the High Street would fall from about 18,000 vehicles a day to fewer than 7,000.",
          PP, HREP, NI, "says",
          c("18,000 vehicles a day", 18000, "vehicle_per_day", "count", "report", "about", "approximate"),
          c("7,000", 7000, "vehicle_per_day", "count", "future", "fewer than", "upper")),
        S("“For 20 years this town has been choking on diesel,” said council leader Amrit Kaur-Sandell.", DQ, AKS, NP, "said",
          c("20 years", 20, "year", "duration", "quote_opinion")),
        S("“Tonight we finally said enough.”", DQ, AKS, NP, ""),
        S("Opponents say the route would cut through Marley Wood, home to at least 30 bird species, and destroy about 4 hectares (10 acres) of ancient woodland.",
          PP, "opponents", UN, "say",
          c("30 bird species", 30, "bird_species", "count", "observed", "at least", "lower"),
          c("4 hectares", 4, "hectare", "count", "report", "about", "approximate"),
          c("10 acres", 10, "acre", "count", "conv", "about", "approximate")),
        S("Jessamy Thorne, who chairs the Save Marley Wood campaign, said its petition had gathered 5,412 signatures in three weeks.",
          PP, "Jessamy Thorne", NP, "said",
          c("5,412 signatures", 5412, "signature", "count", "public"),
          c("three weeks", 3, "week", "duration", "public")),
        S("Two residents who live beside the proposed route told the Hollinsford Echo they had not been consulted before the plans were drawn up.",
          PP, "two residents who live beside the proposed route", UN, "told"),
        S("The bypass still needs approval from the national roads agency, which a council officer said could take up to 18 months.",
          PP, "a council officer", UN, "said",
          c("18 months", 18, "month", "duration", "future", "up to", "upper")),
        N(c("three years", 3, "year", "duration", "future", "about", "approximate")),
    ],

    "crespa_landslide_wire": [
        N(c("350", 350, "resident", "count", "observed"),
          date("12 Nov")),
        S("About 350 residents of the mountain village of Sant’Elmo di Crespa were evacuated on Tuesday after a landslide blocked the only road into the valley, the regional civil protection agency said.",
          PP, RCPA, NI, "said",
          c("350 residents", 350, "resident", "count", "observed", "about", "approximate")),
        S("The slide, some 200 metres wide, followed three days of rain in which up to 180 millimetres fell, according to the agency.",
          PP, RCPA, NI, "according to",
          c("200 metres", 200, "metre", "distance", "observed", "some", "approximate"),
          c("three days", 3, "day", "duration", "weather"),
          c("180 millimetres", 180, "mm", "distance", "weather", "up to", "upper")),
        S("«We heard a noise like thunder at about half past four in the morning,» the mayor, Lucia Ferrandi, told the agency.",
          DQ, LF, NP, "told",
          clock("half past four in the morning", verif="quote_opinion", qualifier="about", bound="approximate")),
        S("«In ten minutes the road was gone.»", DQ, LF, NP, "",
          c("ten minutes", 10, "minute", "duration", "quote_opinion")),
        S("Ferrandi said 40 elderly residents had been taken to a hotel in Valdoria, 25 km away, while the others were staying with relatives.",
          PP, LF, NP, "said",
          c("40 elderly residents", 40, "resident", "count", "internal"),
          c("25 km", 25, "km", "distance", "public")),
        S("Engineers estimate that reopening the road will take two to three weeks and cost around €3 million, the newspaper Corriere del Crespano reported, citing a technical note from the province.",
          PP, "Corriere del Crespano", NI, "reported",
          c("two to three weeks", 2, "week", "duration", "future", "", "range", 3),
          c("€3 million", 3000000, "eur", "money", "future", "around", "approximate")),
        S("The regional president, Marco Bellandi, said he would ask the government to declare a state of emergency.",
          PP, MB, NP, "said"),
        S("«These mountains are beautiful, but they are moving,» he said.", DQ, MB, NP, "said"),
        N(date("1994", verif="public"),
          c("two people", 2, "person", "count", "public")),
    ],

    "dunmere_teacher_shortage": [
        S("Union: One in Five Dunmere Schools Lack Maths Teachers", PP, DTU, NI, "",
          c("One in Five", 0.2, "fraction", "percent", "report")),
        S("Nearly one in five secondary schools in Dunmere County started the school year without a full-time maths teacher, according to a survey by the Dunmere Teachers’ Union published on Monday.",
          PP, DTU_SURVEY, NI, "according to",
          c("one in five", 0.2, "fraction", "percent", "report", "nearly", "upper")),
        S("The union surveyed 212 head teachers and found 41 schools relying on supply staff or non-specialists to teach the subject.",
          PP, DTU, NI, "found",
          c("212 head teachers", 212, "head_teacher", "count", "report"),
          c("41 schools", 41, "school", "count", "report")),
        S("Vacancies for physics teachers had risen by 35 percent in two years, the survey found.",
          PP, DTU_SURVEY, NI, "found",
          c("35 percent", 35, "percent", "percent", "report"),
          c("two years", 2, "year", "duration", "report")),
        S("“We are losing experienced teachers faster than we can train new ones,” said Karen Oduya-Bell, the union’s county secretary.",
          DQ, KOB, NP, "said"),
        S("“A newly qualified teacher here starts on £31,650, and a one-bedroom flat in the town centre costs £1,100 a month.",
          DQ, KOB, NP, "",
          c("£31,650", 31650, "gbp", "money", "public"),
          c("one-bedroom", 1, "bedroom", "count", "observed"),
          c("£1,100 a month", 1100, "gbp_per_month", "money", "observed")),
        S("The maths does not work.”", DQ, KOB, NP, ""),
        S("She added that at least 120 teachers had left the county’s schools in the past 12 months.",
          PP, KOB, NP, "added",
          c("120 teachers", 120, "teacher", "count", "internal", "at least", "lower"),
          c("12 months", 12, "month", "duration", "internal")),
        S("The county education department said it had offered relocation grants of up to £5,000 and expected to fill most posts by the spring term.",
          PP, "Dunmere County education department", NI, "said",
          c("£5,000", 5000, "gbp", "money", "public", "up to", "upper")),
        S("A head teacher in the north of the county, who asked not to be named, said her school had advertised one physics post six times without a single applicant.",
          PP, "a head teacher in the north of the county", UN, "said",
          c("one physics post", 1, "physics_post", "count", "unnamed"),
          c("six times", 6, "times", "count", "unnamed")),
    ],

    "norvik_cod_quota": [
        N(c("22%", 22, "percent", "percent", "public"),
          c("18,400 tonnes", 18400, "tonne", "count", "public"),
          c("22 percent", 22, "percent", "percent", "arith",
            reason="The two years' quotas give the cut; a reader can redo it once both are published.")),
        S("The talks ran until 3:15 a.m. after nearly 20 hours of negotiation, officials said.",
          PP, "officials", UN, "said",
          clock("3:15 a.m.", verif="unnamed"),
          c("20 hours", 20, "hour", "duration", "unnamed", "nearly", "upper")),
        S("Scientists at the Marine Stock Institute had advised a cut of 30 to 35 percent, warning that the stock of breeding cod had fallen to about 61,000 tonnes, below the safe limit of 75,000 tonnes.",
          PP, "scientists at the Marine Stock Institute", UN, "advised",
          c("30 to 35 percent", 30, "percent", "percent", "report", "", "range", 35),
          c("61,000 tonnes", 61000, "tonne", "count", "specialist", "about", "approximate"),
          c("75,000 tonnes", 75000, "tonne", "count", "report")),
        S("“This is a cut we can survive, just,” said Eirik Haldorsen, chairman of the Norvik Fishermen’s Association, which represents about 640 boats.",
          DQ, EH, NP, "said",
          c("640 boats", 640, "boat", "count", "public", "about", "approximate")),
        S("“Another cut like the one the scientists wanted would have tied up a third of the fleet.”", DQ, EH, NP, "",
          c("a third", 0.3333, "fraction", "percent", "quote_opinion")),
        S("According to the Norvik Fisheries Ministry, the fleet landed cod worth 2.1 billion kroner ($195 million) last year.",
          PP, "Norvik Fisheries Ministry", NI, "according to",
          c("2.1 billion kroner", 2100000000, "krone", "money", "public"),
          c("$195 million", 195000000, "usd", "money", "conv")),
        S("The haddock quota was left unchanged at 9,250 tonnes, a ministry spokesperson said.",
          PP, "a ministry spokesperson", UN, "said",
          c("9,250 tonnes", 9250, "tonne", "count", "public")),
        S("Ola Brekkestad of the campaign group Living Sea told the Brannholm Tidende that ministers had “ignored the science for the fourth year running”.",
          PP, "Ola Brekkestad", NP, "told"),
        N(date("1 January")),
    ],
}


if __name__ == "__main__":
    for name, spec in SPECS.items():
        n_c, n_s = build(name, spec)
        print(f"{name}: {n_c} claims, {n_s} sentences")
