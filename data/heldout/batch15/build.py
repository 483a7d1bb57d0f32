"""Build the claims and sentences ledgers of data/heldout/batch15 from hand-chosen phrases.

Written 2026-11-28 by a helper session that never saw the extractor (see README.md).
The specs format and helper functions are copied from data/heldout/batch3/build.py.
Every span below was chosen by hand from a reading of the article; this script only turns each phrase
into its Python offsets (code points, end exclusive) and writes the CSVs. It imports nothing from the
project. Run: python data/heldout/batch15/build.py, then python data/heldout/batch15/verify.py.

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


LARK, LARK_RES, LARK_PAPER = ("LARKSPUR trial", "results of the LARKSPUR trial",
                              "paper in the Northern Journal of Cardiology")
SALOMAA, CORVANE, NMB = "Ingrid Salomaa-Reyes", "Corvane Therapeutics", "National Medicines Board"
EWS, OLANDE, DWATER = "Eastmarch Weather Service", "Marguerite Olande", "Dunmere Water"
KELL, LIND, BRAN = "Kellbrook Rovers", "Aaro Lindqvist", "Dorothea Brannigan"
HM, OKW = "Hartwell & Moss", "Samira Okwuosa-Lund"
FP, REYES = "Fenshire Police", "Callum Reyes-Whitford"
LEN, WIERZ = "University of Lenholm", "Tomasz Wierzbicki-Hale"
ABC_REPORT, MENDEL = "Ashcombe Borough Council finance report", "Priya Mendelsohn-Achebe"
KESSLER, ALMSTEDT = "Kessler Antriebstechnik", "Jörg Almstedt-Brenner"
EDS, EDS_REPORT = "Edstandards figures", "Edstandards report on Harcliffe Academy"
WVR, OYEL, KOVACS = "Westvale Railways", "Helen Oyelaran-Birch", "Bernard Kovacs-Ilunga"

SPECS = {
    "larkspur_heart_trial": [
        S("Trial: Daily Pill Cuts Heart Attacks by a Quarter", PP, LARK, NI, "",
          c("a Quarter", 0.25, "fraction", "percent", "paper")),
        S("A once-daily pill cut heart attacks by 24 percent in people at high risk, according to results of the LARKSPUR trial published on Wednesday in the Northern Journal of Cardiology.",
          PP, LARK_RES, NI, "according to",
          c("24 percent", 24, "percent", "percent", "arith",
            reason="181 against 238 heart attacks is a fall of 24 percent; a reader can redo it.")),
        N(c("6,412 patients", 6412, "patient", "count", "paper"),
          c("55 to 80", 55, "year", "duration", "paper", "", "range", 80),
          c("38 hospitals", 38, "hospital", "count", "paper"),
          c("3.2 years", 3.2, "year", "duration", "paper")),
        S("Heart attacks occurred in 181 of those taking the drug, velanorin, against 238 on a placebo, the paper reported.",
          PP, LARK_PAPER, NI, "reported",
          c("181", 181, "patient", "count", "paper"),
          c("238", 238, "patient", "count", "paper")),
        S("“This is the biggest effect we have seen in this group of patients for more than a decade,” said Professor Ingrid Salomaa-Reyes, the trial’s chief investigator at Harrowgate University.",
          DQ, SALOMAA, NP, "said",
          c("a decade", 1, "decade", "duration", "specialist", "more than", "lower")),
        S("“We expected around 15 percent.", DQ, SALOMAA, NP, "",
          c("15 percent", 15, "percent", "percent", "quote_opinion", "around", "approximate")),
        S("We got nearly a quarter.”", DQ, SALOMAA, NP, "",
          c("a quarter", 0.25, "fraction", "percent", "arith", "nearly", "upper",
            reason="A fall from 238 to 181 is 24 percent, just under a quarter; a reader can redo it.")),
        S("She added that side effects were mild, with about 3 in 100 patients stopping the drug because of muscle pain.",
          PP, SALOMAA, NP, "added",
          c("3 in 100 patients", 0.03, "fraction", "percent", "paper", "about", "approximate")),
        S("The drug’s maker, Corvane Therapeutics, said it would apply for approval before the end of March 2027 and expected a price of roughly £40 a month.",
          PP, CORVANE, NI, "said",
          date("March 2027", verif="future"),
          c("£40 a month", 40, "gbp_per_month", "money", "future", "roughly", "approximate")),
        S("A cardiologist who was not involved in the trial told the Ellesmere Chronicle that the absolute benefit was small: 57 fewer heart attacks among more than 3,000 treated patients followed for three years.",
          PP, "a cardiologist who was not involved in the trial", UN, "told",
          c("57 fewer heart attacks", 57, "heart_attack", "count", "arith",
            reason="238 less 181 is 57; a reader can redo it."),
          c("3,000 treated patients", 3000, "patient", "count", "paper", "more than", "lower"),
          c("three years", 3, "year", "duration", "paper")),
        S("The National Medicines Board said in a statement that it would review the data “within 90 days of a complete application”.",
          PP, NMB, NI, "said",
          c("90 days", 90, "day", "duration", "future", "within", "upper")),
        N(c("11.5%", 11.5, "percent", "percent", "market"),
          c("842 pence", 8.42, "gbp", "money", "market"),
          clock("10:30 a.m.", verif="market")),
    ],

    "dunmere_heatwave": [
        S("Heatwave to Peak at 37C on Saturday, Forecasters Say", PP, EWS, NI, "say",
          c("37C", 37, "degree_celsius", "count", "future")),
        S("Temperatures in the Dunmere valley are expected to reach 37C (98.6F) on Saturday, the hottest day in the region since July 2019, the Eastmarch Weather Service said on Thursday.",
          PP, EWS, NI, "said",
          c("37C", 37, "degree_celsius", "count", "future"),
          c("98.6F", 98.6, "degree_fahrenheit", "count", "conv"),
          date("July 2019", verif="weather")),
        N(c("14 districts", 14, "district", "count", "public"),
          clock("6 a.m.", verif="public"),
          clock("9 p.m.", verif="public")),
        S("Night-time temperatures would stay above 22C in towns, it said, and a 72-hour spell of at least 33C was likely inland.",
          PP, EWS, NI, "said",
          c("22C", 22, "degree_celsius", "count", "future", "above", "lower"),
          c("72-hour", 72, "hour", "duration", "future"),
          c("33C", 33, "degree_celsius", "count", "future", "at least", "lower")),
        S("“Three days at these temperatures is dangerous for older people, babies and anyone with heart or lung conditions,” said Dr Marguerite Olande, the regional public health director.",
          DQ, OLANDE, NP, "said",
          c("Three days", 3, "day", "duration", "future")),
        S("“Check on neighbours twice a day.", DQ, OLANDE, NP, "",
          c("twice a day", 2, "time_per_day", "count", "quote_opinion",
            reason="Advice, not a statement of fact; nothing to check.")),
        S("Keep curtains closed.”", DQ, OLANDE, NP, ""),
        S("She added that hospital admissions for heat illness had risen by almost 30 percent during the last heatwave, in 2022.",
          PP, OLANDE, NP, "added",
          c("30 percent", 30, "percent", "percent", "public", "almost", "upper"),
          date("2022", verif="public")),
        S("According to Dunmere Water, demand reached 412 million litres on Wednesday, about 18% above normal for June.",
          PP, DWATER, NI, "according to",
          c("412 million litres", 412000000, "litre", "count", "internal"),
          c("18%", 18, "percent", "percent", "internal", "about", "approximate")),
        S("The company urged customers not to use hosepipes but said a ban was not planned.", PP, DWATER, NI, "said"),
        S("Ruth Galloway-Pike, who keeps 240 dairy cows near Stannock, told the Valley Courier that her herd’s milk yield had dropped by a tenth in a week.",
          PP, "Ruth Galloway-Pike", NP, "told",
          c("240 dairy cows", 240, "dairy_cow", "count", "quote_opinion"),
          c("a tenth", 0.1, "fraction", "percent", "quote_opinion"),
          c("a week", 1, "week", "duration", "quote_opinion")),
        S("The warning could be extended, a forecaster at the service said, if a band of high pressure stalls over the coast as some computer models suggest.",
          PP, "a forecaster at the service", UN, "said"),
        N(c("38.4C", 38.4, "degree_celsius", "count", "weather"),
          date("19 July 2019", verif="weather")),
    ],

    "kellbrook_striker_transfer": [
        N(c("£18m", 18000000, "gbp", "money", "filing")),
        S("Kellbrook Rovers have signed the Finnish striker Aaro Lindqvist from Korvela Athletic for a club-record fee of £18 million, rising to as much as £22.5 million with add-ons, the club announced on Friday.",
          PP, KELL, NI, "announced",
          c("£18 million", 18000000, "gbp", "money", "filing"),
          c("£22.5 million", 22500000, "gbp", "money", "future", "as much as", "upper")),
        S("The 24-year-old has agreed a four-year contract worth about £60,000 a week, the Northgate Evening Post reported, citing two people with knowledge of the negotiations.",
          PP, "Northgate Evening Post", NI, "reported",
          c("24-year-old", 24, "year", "duration", "public"),
          c("four-year", 4, "year", "duration", "public"),
          c("£60,000 a week", 60000, "gbp_per_week", "money", "unnamed", "about", "approximate")),
        N(c("21 goals", 21, "goal", "count", "sport"),
          c("34 league games", 34, "league_game", "count", "sport")),
        S("“I have followed Kellbrook since I was a boy,” he said at the club’s training ground.", DQ, LIND, NP, "said"),
        S("“My grandfather lived here for six years and always talked about this club.", DQ, LIND, NP, "",
          c("six years", 6, "year", "duration", "quote_opinion")),
        S("Now I get to play for it.”", DQ, LIND, NP, ""),
        S("Manager Dorothea Brannigan said the fee was “fair for a player who will be here for years”.", PP, BRAN, NP, "said"),
        S("She added that Lindqvist would start on Saturday against Fenmoor Town if his registration cleared in time.",
          PP, BRAN, NP, "added"),
        S("Korvela Athletic said in a statement that it would receive 15 percent of any future sale.",
          PP, "Korvela Athletic", NI, "said",
          c("15 percent", 15, "percent", "percent", "partial")),
        S("According to figures compiled by the sports data firm Tallybook Analytics, Kellbrook have now spent €71 million on transfers since January 2025, more than any other club outside the top division.",
          PP, "Tallybook Analytics figures", NI, "according to",
          c("€71 million", 71000000, "eur", "money", "public"),
          date("January 2025", verif="public")),
        S("Supporters queued from 7 a.m. outside the stadium shop, where the first 500 shirts with Lindqvist’s name sold out in under two hours, a club spokesman said.",
          PP, "a club spokesman", UN, "said",
          clock("7 a.m.", verif="observed"),
          c("500 shirts", 500, "shirt", "count", "internal"),
          c("two hours", 2, "hour", "duration", "internal", "under", "upper")),
    ],

    "hartwell_moss_results": [
        N(c("12%", 12, "percent", "percent", "filing")),
        S("The department-store chain Hartwell & Moss reported a 12 percent fall in interim pre-tax profit to £41.3 million on Tuesday, as sales of furniture and electrical goods slumped.",
          PP, HM, NI, "reported",
          c("12 percent", 12, "percent", "percent", "filing"),
          c("£41.3 million", 41300000, "gbp", "money", "filing")),
        S("Revenue in the 26 weeks to 2 August was £1.18 billion, almost unchanged on last year, the company said in its interim results.",
          PP, HM, NI, "said",
          c("26 weeks", 26, "week", "duration", "filing"),
          date("2 August", verif="filing"),
          c("£1.18 billion", 1180000000, "gbp", "money", "filing")),
        N(c("1.4 percent", 1.4, "percent", "percent", "filing"),
          c("9 percent", 9, "percent", "percent", "filing"),
          c("a third", 0.3333, "fraction", "percent", "filing", "nearly", "upper")),
        S("“Customers are still spending on clothes and beauty, but they are putting off buying a sofa,” said chief executive Samira Okwuosa-Lund.",
          DQ, OKW, NP, "said"),
        S("“Big-ticket orders were down by about a fifth.", DQ, OKW, NP, "",
          c("a fifth", 0.2, "fraction", "percent", "internal", "about", "approximate")),
        S("We do not expect that to change before Christmas.”", DQ, OKW, NP, ""),
        S("The retailer will close six of its 58 stores by the end of January, putting up to 420 jobs at risk, the company said.",
          PP, HM, NI, "said",
          c("six", 6, "store", "count", "future"),
          c("58 stores", 58, "store", "count", "public"),
          c("420 jobs", 420, "job", "count", "future", "up to", "upper")),
        S("According to the shopworkers’ union Unified Retail, more than 500 staff will be affected.",
          PP, "Unified Retail", NI, "according to",
          c("500 staff", 500, "staff", "count", "future", "more than", "lower")),
        S("Analysts at the broker Penrose Strand had expected profit of between £44 million and £46 million.",
          PP, "analysts at the broker Penrose Strand", UN, "expected",
          c("£44 million and £46 million", 44000000, "gbp", "money", "partial", "between", "range", 46000000)),
        S("An analyst who covers the retailer, speaking on condition of anonymity, told the City Ledger that the results were “better than feared”.",
          PP, "an analyst who covers the retailer", UN, "told"),
        N(c("3.2%", 3.2, "percent", "percent", "market"),
          c("286p", 2.86, "gbp", "money", "market"),
          clock("9:15 a.m.", verif="market")),
        S("The interim dividend was held at 4.1p a share, worth about £19 million to shareholders, a spokesperson for Hartwell & Moss said.",
          PP, "a spokesperson for Hartwell & Moss", UN, "said",
          c("4.1p a share", 0.041, "gbp_per_share", "money", "filing"),
          c("£19 million", 19000000, "gbp", "money", "arith", "about", "approximate",
            reason="Dividend per share times the number of shares; a reader can redo it from the filings.")),
    ],

    "brackley_burglaries": [
        S("Police: 23 Brackley Burglaries Were Work of One Gang", PP, FP, NI, "",
          c("23 Brackley Burglaries", 23, "burglary", "count", "internal"),
          c("One Gang", 1, "gang", "count", "internal")),
        S("Detectives investigating a series of burglaries in Brackley believe at least 23 break-ins since 8 September were carried out by the same group, Fenshire Police said on Monday.",
          PP, FP, NI, "said",
          c("23 break-ins", 23, "break_in", "count", "internal", "at least", "lower"),
          date("8 September", verif="internal")),
        S("Jewellery, cash and laptops worth an estimated £184,000 have been taken, mostly from detached houses on the town’s western edge, the force said.",
          PP, FP, NI, "said",
          c("£184,000", 184000, "gbp", "money", "internal", "estimated", "approximate")),
        N(c("17", 17, "case", "count", "internal"),
          clock("6 p.m.", verif="internal"),
          clock("10 p.m.", verif="internal")),
        S("“These are organised, careful people,” said Detective Inspector Callum Reyes-Whitford.", DQ, REYES, NP, "said"),
        S("“They watch a house for days.", DQ, REYES, NP, ""),
        S("They know when the family goes to the gym.”", DQ, REYES, NP, ""),
        S("He added that officers had recovered about 40 items from a lock-up garage in Harnby.", PP, REYES, NP, "added",
          c("40 items", 40, "item", "count", "internal", "about", "approximate")),
        S("Two men, aged 31 and 26, were arrested on Saturday and released on bail until 14 January, according to a police statement.",
          PP, "police statement", NI, "according to",
          c("Two men", 2, "man", "count", "court"),
          c("31", 31, "year", "duration", "court"),
          c("26", 26, "year", "duration", "court"),
          date("14 January", verif="court")),
        S("The Brackley Mercury reported, citing a neighbourhood watch coordinator, that residents of Orchard Rise had clubbed together to pay for 12 doorbell cameras.",
          PP, "Brackley Mercury", NI, "reported",
          c("12 doorbell cameras", 12, "doorbell_camera", "count", "unnamed")),
        S("A woman whose home was burgled twice in three weeks told the paper she no longer slept downstairs alone.",
          PP, "a woman whose home was burgled twice in three weeks", UN, "told"),
        S("Burglaries in the town have risen 35% this year to 9.2 per 1,000 households, figures from the Fenshire Community Safety Partnership show.",
          PP, "Fenshire Community Safety Partnership figures", NI, "show",
          c("35%", 35, "percent", "percent", "public"),
          c("9.2 per 1,000 households", 9.2, "burglary_per_1000_household", "count", "public")),
        S("Police urged residents to report any van parked in their street for more than an hour.", PP, FP, NI, "urged",
          c("an hour", 1, "hour", "duration", "quote_opinion", "more than", "lower",
            reason="Advice, not a statement of fact; nothing to check.")),
    ],

    "carrowmoor_dig": [
        N(c("4,000-Year-Old", 4000, "year", "duration", "specialist")),
        S("Archaeologists excavating a hillside on Carrowmoor have found the remains of at least nine roundhouses, dated to between 3,700 and 3,900 years ago, the University of Lenholm said on Wednesday.",
          PP, LEN, NI, "said",
          c("nine roundhouses", 9, "roundhouse", "count", "specialist", "at least", "lower"),
          c("3,700 and 3,900 years", 3700, "year", "duration", "specialist", "between", "range", 3900)),
        N(c("1,200 square metres", 1200, "square_metre", "count", "specialist", "about", "approximate"),
          c("a fifth", 0.2, "fraction", "percent", "specialist", "roughly", "approximate"),
          date("2024", verif="public"),
          c("340 pottery fragments", 340, "pottery_fragment", "count", "specialist"),
          c("14 cm", 14, "cm", "distance", "specialist")),
        S("“The axe changes the picture,” Dr Wierzbicki-Hale said.", DQ, WIERZ, NP, "said"),
        S("“Nobody expected metalworking this far north so early.", DQ, WIERZ, NP, ""),
        S("It suggests trade routes running for 300 miles or more.”", DQ, WIERZ, NP, "",
          c("300 miles", 300, "mile", "distance", "quote_opinion", "or more", "lower")),
        S("Radiocarbon dates from six samples of charcoal put the oldest hearth at 1880 BC, plus or minus 40 years, according to a report by the Fennick Dating Laboratory.",
          PP, "report by the Fennick Dating Laboratory", NI, "according to",
          c("six samples", 6, "sample", "count", "specialist"),
          date("1880 BC", verif="specialist"),
          c("40 years", 40, "year", "duration", "specialist")),
        S("The dig was paid for by a £215,000 grant from the Northern Heritage Trust, which said in a statement that the site “may be one of the most important found in the region in 50 years”.",
          PP, "Northern Heritage Trust", NI, "said",
          c("£215,000", 215000, "gbp", "money", "public"),
          c("50 years", 50, "year", "duration", "quote_opinion")),
        S("A county archaeologist who visited the trench last week told the Lenholm Herald that volunteers had sieved nearly 30 tonnes of soil by hand.",
          PP, "a county archaeologist who visited the trench last week", UN, "told",
          c("30 tonnes", 30, "tonne", "count", "unnamed", "nearly", "upper")),
        S("Excavation will resume in April 2027 and last eight weeks, the university said.", PP, LEN, NI, "said",
          date("April 2027", verif="future"),
          c("eight weeks", 8, "week", "duration", "future")),
    ],

    "ashcombe_council_budget": [
        N(c("£212m", 212000000, "gbp", "money", "vote"),
          c("4.99%", 4.99, "percent", "percent", "vote"),
          c("31 votes", 31, "vote", "count", "vote"),
          c("24", 24, "vote", "count", "vote"),
          c("£212 million", 212000000, "gbp", "money", "vote"),
          date("2027-28", verif="vote"),
          c("4.99 percent", 4.99, "percent", "percent", "vote")),
        S("The rise adds £94.50 a year to the bill for a typical Band D home, taking it to £1,988, according to the council’s finance report.",
          PP, ABC_REPORT, NI, "according to",
          c("£94.50 a year", 94.5, "gbp_per_year", "money", "arith",
            reason="4.99 percent of the old Band D bill is £94.50; a reader can redo it."),
          c("£1,988", 1988, "gbp", "money", "report")),
        S("The report says the council must still find savings of £8.7 million, including £2.1 million from closing three of its 11 libraries.",
          PP, ABC_REPORT, NI, "says",
          c("£8.7 million", 8700000, "gbp", "money", "report"),
          c("£2.1 million", 2100000, "gbp", "money", "report"),
          c("three", 3, "library", "count", "report"),
          c("11 libraries", 11, "library", "count", "public")),
        S("“Nobody in this chamber wanted to do this,” said Councillor Priya Mendelsohn-Achebe, the cabinet member for finance.",
          DQ, MENDEL, NP, "said"),
        S("“But adult social care now takes 41p of every pound we spend.", DQ, MENDEL, NP, "",
          c("41p of every pound", 0.41, "fraction", "percent", "report")),
        S("Without this rise we would be insolvent within two years.”", DQ, MENDEL, NP, "",
          c("two years", 2, "year", "duration", "future", "within", "upper")),
        S("Opposition leader Gareth Pryor-Lindqvist said the vote was “a tax on families who are already struggling” and that his group had proposed cutting £3 million from consultants instead.",
          PP, "Gareth Pryor-Lindqvist", NP, "said",
          c("£3 million", 3000000, "gbp", "money", "vote")),
        S("Two councillors who voted against the budget told the Ashcombe Gazette that four members of the ruling group had threatened to abstain until a late deal saved two of the libraries.",
          PP, "two councillors who voted against the budget", UN, "told",
          c("four members", 4, "member", "count", "unnamed"),
          c("two", 2, "library", "count", "report")),
        N(c("200 protesters", 200, "protester", "count", "observed", "more than", "lower"),
          clock("6 p.m.", verif="observed"),
          clock("7 p.m.", verif="public"),
          c("five hours", 5, "hour", "duration", "public", "nearly", "upper")),
    ],

    "kessler_job_cuts_wire": [
        N(c("1,100 Jobs", 1100, "job", "count", "future"),
          date("27 Nov")),
        S("The car-parts supplier Kessler Antriebstechnik will cut about 1,100 of its 4,300 jobs in the town of Brandau by the end of 2028, the company said on Thursday.",
          PP, KESSLER, NI, "said",
          c("1,100", 1100, "job", "count", "future", "about", "approximate"),
          c("4,300 jobs", 4300, "job", "count", "public"),
          date("2028", verif="future")),
        S("The plant, which makes gearbox parts for electric and petrol cars, has lost roughly €95 million in the past two years, according to the newspaper Wendener Allgemeine, which cited internal figures.",
          PP, "Wendener Allgemeine", NI, "according to",
          c("€95 million", 95000000, "eur", "money", "internal", "roughly", "approximate"),
          c("two years", 2, "year", "duration", "internal")),
        S("„We have no other choice“, said chief executive Jörg Almstedt-Brenner.", DQ, ALMSTEDT, NP, "said"),
        S("„Orders from our two largest customers have fallen by 40 percent since 2023.", DQ, ALMSTEDT, NP, "",
          c("two largest customers", 2, "customer", "count", "internal"),
          c("40 percent", 40, "percent", "percent", "internal"),
          date("2023", verif="internal")),
        S("We cannot run a factory built for 2.5 million gearboxes a year at half that volume.“", DQ, ALMSTEDT, NP, "",
          c("2.5 million gearboxes a year", 2500000, "gearbox_per_year", "count", "internal"),
          c("half", 0.5, "fraction", "percent", "internal")),
        S("The Werkmetall union called the plan „a slap in the face“ and announced warning strikes for 3 December.",
          PP, "Werkmetall union", NI, "announced",
          date("3 December", verif="future")),
        S("Its district leader, Sabine Okonkwo-Reiter, said more than 2,000 workers would walk out for 24 hours.",
          PP, "Sabine Okonkwo-Reiter", NP, "said",
          c("2,000 workers", 2000, "worker", "count", "future", "more than", "lower"),
          c("24 hours", 24, "hour", "duration", "future")),
        S("A spokeswoman for the state economics ministry said it was ready to offer up to €30 million for retraining.",
          PP, "a spokeswoman for the state economics ministry", UN, "said",
          c("€30 million", 30000000, "eur", "money", "future", "up to", "upper")),
        N(c("38,000 people", 38000, "person", "count", "public"),
          c("60 kilometres", 60, "km", "distance", "public", "about", "approximate")),
        S("Mayor Uwe Strachwitz told NAP that one job in eight in the town was tied to Kessler directly or through its suppliers.",
          PP, "Uwe Strachwitz", NP, "told",
          c("one job in eight", 0.125, "fraction", "percent", "partial")),
        S("„If Kessler sneezes, Brandau catches a cold“, he said.", DQ, "Uwe Strachwitz", NP, "said"),
    ],

    "pellbury_school_inspections": [
        N(c("One in Four", 0.25, "fraction", "percent", "arith",
            reason="11 of 47 schools is 23 percent, a little under one in four; a reader can redo it.")),
        S("Nearly a quarter of schools in Pellbury inspected in the past year were judged to require improvement or worse, according to figures published on Tuesday by the national schools inspectorate, Edstandards.",
          PP, EDS, NI, "according to",
          c("a quarter", 0.25, "fraction", "percent", "arith", "nearly", "upper",
            reason="11 of 47 schools is 23 percent; a reader can redo it.")),
        S("Of the 47 primary and secondary schools visited between September 2025 and July 2026, nine were rated ‘requires improvement’ and two ‘inadequate’, the figures show.",
          PP, EDS, NI, "show",
          c("47 primary and secondary schools", 47, "school", "count", "public"),
          date("September 2025", verif="public"),
          date("July 2026", verif="public"),
          c("nine", 9, "school", "count", "public"),
          c("two", 2, "school", "count", "public")),
        N(c("17 percent", 17, "percent", "percent", "public")),
        S("The inspectorate’s report on Harcliffe Academy, a 1,400-pupil secondary school, found that pupils in some classes lost up to 25 minutes of teaching a day to disruption.",
          PP, EDS_REPORT, NI, "found",
          c("1,400-pupil", 1400, "pupil", "count", "public"),
          c("25 minutes of teaching a day", 25, "minute_per_day", "count", "report", "up to", "upper")),
        S("“Behaviour in corridors and at lunchtime is not managed consistently,” the report said.", DQ, EDS_REPORT, NI, "said"),
        S("“Persistent absence stands at 24.6 percent, against 18 percent nationally.”", DQ, EDS_REPORT, NI, "",
          c("24.6 percent", 24.6, "percent", "percent", "public"),
          c("18 percent", 18, "percent", "percent", "public")),
        S("Harcliffe’s head teacher, Dr Anjali Brennan-Vos, said the school had appointed six new behaviour mentors and that “we will be a different school within 12 months”.",
          PP, "Anjali Brennan-Vos", NP, "said",
          c("six new behaviour mentors", 6, "behaviour_mentor", "count", "internal"),
          c("12 months", 12, "month", "duration", "future", "within", "upper")),
        S("The Pellbury branch of the National Teachers’ Union said inspections placed “enormous strain” on staff and that at least three head teachers in the area had quit since 2024 after poor reports.",
          PP, "Pellbury branch of the National Teachers’ Union", NI, "said",
          c("three head teachers", 3, "head_teacher", "count", "partial", "at least", "lower"),
          date("2024", verif="public")),
        S("A parent of two pupils at the school, who asked not to be named, told the Pellbury Echo she had been “relieved” by the report.",
          PP, "a parent of two pupils at the school", UN, "told"),
        S("Council education chief Raymond Obi-Tarrant said £1.6 million would be spent on support for the 11 schools over the next two years.",
          PP, "Raymond Obi-Tarrant", NP, "said",
          c("£1.6 million", 1600000, "gbp", "money", "future"),
          c("11 schools", 11, "school", "count", "public"),
          c("two years", 2, "year", "duration", "future")),
    ],

    "marrick_rail_timetable": [
        N(c("15 Minutes", 15, "minute", "duration", "timetable")),
        S("Passengers on the Marrick line will get four trains an hour in each direction from 14 December, up from three, under a new timetable announced by the operator Westvale Railways on Monday.",
          PP, WVR, NI, "announced",
          c("four trains an hour", 4, "train_per_hour", "count", "timetable"),
          date("14 December", verif="timetable"),
          c("three", 3, "train_per_hour", "count", "timetable")),
        S("The fastest journey between Marrick and Dunholt Central will be cut to 38 minutes from 46, the operator said, after a £62 million upgrade of signalling on the 27-mile (43 km) route.",
          PP, WVR, NI, "said",
          c("38 minutes", 38, "minute", "duration", "timetable"),
          c("46", 46, "minute", "duration", "timetable"),
          c("£62 million", 62000000, "gbp", "money", "public"),
          c("27-mile", 27, "mile", "distance", "public"),
          c("43 km", 43, "km", "distance", "conv")),
        S("“This is the biggest change to the line since it was electrified in 1987,” said Westvale’s managing director, Helen Oyelaran-Birch.",
          DQ, OYEL, NP, "said",
          date("1987", verif="public")),
        S("“Every train will have at least six carriages in the peak.", DQ, OYEL, NP, "",
          c("six carriages", 6, "carriage", "count", "future", "at least", "lower")),
        S("That is roughly 1,800 extra seats a day.”", DQ, OYEL, NP, "",
          c("1,800 extra seats a day", 1800, "seat_per_day", "count", "future", "roughly", "approximate")),
        S("But the first train from Marrick on Sundays will leave at 07:42, 35 minutes later than now, and the last service back from Dunholt will depart at 23:10 rather than 23:55, according to a draft timetable seen by the Marrick Advertiser.",
          PP, "a draft timetable seen by the Marrick Advertiser", UN, "according to",
          clock("07:42", verif="unnamed"),
          c("35 minutes", 35, "minute", "duration", "unnamed"),
          clock("23:10", verif="unnamed"),
          clock("23:55", verif="timetable")),
        S("A Westvale manager who works on the timetable told the paper that night-time engineering work would continue for at least 18 months.",
          PP, "a Westvale manager who works on the timetable", UN, "told",
          c("18 months", 18, "month", "duration", "future", "at least", "lower")),
        S("The Dunholt Passengers’ Association said some 3,500 commuters relied on the late trains.",
          PP, "Dunholt Passengers’ Association", NI, "said",
          c("3,500 commuters", 3500, "commuter", "count", "partial", "some", "approximate")),
        S("“For shift workers at the hospital, a 45-minute wait for the last train is not a small thing,” its chair, Bernard Kovacs-Ilunga, said.",
          DQ, KOVACS, NP, "said",
          c("45-minute", 45, "minute", "duration", "timetable")),
        S("Season tickets will rise by 2.9 percent in January, the regional transport authority, Transwold, said.",
          PP, "Transwold", NI, "said",
          c("2.9 percent", 2.9, "percent", "percent", "future")),
    ],
}


if __name__ == "__main__":
    for name, spec in SPECS.items():
        n_c, n_s = build(name, spec)
        print(f"{name}: {n_c} claims, {n_s} sentences")
