"""Build the claims and sentences ledgers of data/heldout/batch2 from hand-chosen phrases.

Every span below was chosen by hand from a reading of the article; this script only turns each phrase
into its Python offsets (code points, end exclusive) and writes the CSVs. It imports nothing from the
project. Run: python data/heldout/batch2/build.py, then python data/heldout/batch2/verify.py.

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

VPHA = "Varnholm Public Health Agency"
VPHA_REPORT = "Varnholm Public Health Agency annual report"
MARROW = "Ines Marrow"

WIWS = "Western Isles Weather Service"
DREYER = "Callum Dreyer"

CASTELLAN, ASHGROVE = "Priya Castellan", "Tom Ashgrove"

BRIGHT, OLSEN = "Brightwell Foods", "Margit Olsen"

EPOL, WHIT = "Eastwick Police", "Dana Whitcombe"

STUDY, VERH, OKON = "Journal of Adolescent Rest study", "Anouk Verhaegen", "Samuel Okonjo"

TARROW, ABBASI, FELLOWES = "Tarrow City Council", "Mira Abbasi", "Grant Fellowes"

WBAHN, REIM = "Wendland Bahn", "Jonas Reimerth"

RENTS = "Marlbury Housing Trust State of Renting report"
TRUST, HARROW = "Marlbury Housing Trust", "Yusuf Harrow"

CVGA, LODER = "Corran Valley Growers’ Association", "Hannah Loder"

SPECS = {
    "measles_clinics": [
        N(c("Triple", 3, "times", "count", "arith",
            reason="Headline; the body gives 184 cases against 61, a ratio of 3.0."),
          c("12-Hour", 12, "hour", "duration", "public")),
        S("Confirmed measles cases in the Varnholm region have tripled, the Varnholm Public Health Agency said on Wednesday.",
          PP, VPHA, NI, "said",
          c("tripled", 3, "times", "count", "arith",
            reason="The agency's own figures, 184 against 61, give a ratio of 3.0.")),
        S("The agency recorded 184 cases in the four weeks to 9 September, up from 61 in the previous four weeks.",
          PP, VPHA, NI, "recorded",
          c("184 cases", 184, "case", "count", "public"),
          c("four weeks", 4, "week", "duration", "public"),
          date("9 September"),
          c("61", 61, "case", "count", "public"),
          c("four weeks", 4, "week", "duration", "public")),
        S("More than two-thirds of those infected had not been vaccinated, it said.", PP, VPHA, NI, "said",
          c("two-thirds", 0.6667, "fraction", "percent", "specialist", "more than", "lower")),
        S("“We have not seen numbers like this since 2011,” said Dr Ines Marrow, the agency’s director of immunisation.",
          DQ, MARROW, NP, "said",
          date("2011", verif="public")),
        S("“One in four children starting school this year has missed at least one dose.", DQ, MARROW, NP, "",
          c("One in four", 0.25, "fraction", "percent", "specialist"),
          c("one dose", 1, "dose", "count", "specialist", "at least", "lower")),
        S("That is far too many.”", DQ, MARROW, NP, ""),
        S("She added that hospitals had admitted 23 patients and that none had died.", PP, MARROW, NP, "added",
          c("23 patients", 23, "patient", "count", "partial")),
        S("From Monday, 15 September, six clinics will run 12-hour shifts starting at 8 a.m. local time, and up to 1,500 doses a day will be available, the agency said.",
          PP, VPHA, NI, "said",
          date("15 September", verif="future"),
          c("six clinics", 6, "clinic", "count", "public"),
          c("12-hour", 12, "hour", "duration", "public"),
          clock("8 a.m. local time", verif="public"),
          c("1,500 doses a day", 1500, "dose_per_day", "count", "future", "up to", "upper")),
        S("An official who was not authorised to speak publicly said the region had ordered roughly 40,000 extra doses at a cost of about €310,000, and that deliveries could take two to three weeks.",
          PP, "an official who was not authorised to speak publicly", UN, "said",
          c("40,000 extra doses", 40000, "dose", "count", "unnamed", "roughly", "approximate"),
          c("€310,000", 310000, "eur", "money", "unnamed", "about", "approximate"),
          c("two to three weeks", 2, "week", "duration", "future", "", "range", 3)),
        S("Vaccination rates in the region have fallen to 87.5 percent, against the 95 percent needed to stop outbreaks, according to the agency’s annual report.",
          PP, VPHA_REPORT, NI, "according to",
          c("87.5 percent", 87.5, "percent", "percent", "report"),
          c("95 percent", 95, "percent", "percent", "public")),
        S("Infant mortality, at 3.1 deaths per 1,000 live births, is unchanged, the report says.",
          PP, VPHA_REPORT, NI, "says",
          c("3.1 deaths per 1,000 live births", 3.1, "death_per_1000_birth", "count", "report")),
        N(c("half a million people", 500000, "person", "count", "public", "nearly", "upper")),
        S("A spokesperson for Varnholm General Hospital said its isolation ward, which has a dozen beds, was almost full.",
          PP, "a spokesperson for Varnholm General Hospital", UN, "said",
          c("a dozen beds", 12, "bed", "count", "partial")),
    ],

    "storm_orla": [
        N(c("90 mph", 90, "mile_per_hour", "speed", "weather")),
        S("Storm Orla brought gusts of up to 90 mph (145 km/h) to the Kelbridge coast overnight, the Western Isles Weather Service said on Saturday, leaving some 12,000 homes without power.",
          PP, WIWS, NI, "said",
          c("90 mph", 90, "mile_per_hour", "speed", "weather", "up to", "upper"),
          c("145 km/h", 145, "km_per_hour", "speed", "conv", "up to", "upper"),
          c("12,000 homes", 12000, "home", "count", "partial", "some", "approximate")),
        S("The storm made landfall near Port Ardle at 11:40 p.m. GMT on 6 December, the service said.",
          PP, WIWS, NI, "said",
          clock("11:40 p.m. GMT", verif="weather"),
          date("6 December")),
        N(c("60 and 80 millimetres", 60, "mm", "distance", "weather", "between", "range", 80),
          c("24 hours", 24, "hour", "duration", "weather")),
        S("“This was the strongest storm to hit this stretch of coast since 1998,” said forecaster Callum Dreyer.",
          DQ, DREYER, NP, "said",
          date("1998", verif="weather")),
        S("“The sea rose about 1.2 metres above the normal tide.", DQ, DREYER, NP, "",
          c("1.2 metres", 1.2, "m", "distance", "weather", "about", "approximate")),
        S("Waves of 9 metres were recorded off the point.”", DQ, DREYER, NP, "",
          c("9 metres", 9, "m", "distance", "weather")),
        S("He added that temperatures would fall to 1°C (34°F) by Monday, turning standing water to ice, and that a further 15–25 mm of rain was possible.",
          PP, DREYER, NP, "added",
          c("1°C", 1, "degree_celsius", "count", "future"),
          c("34°F", 34, "degree_fahrenheit", "count", "conv"),
          c("15–25 mm", 15, "mm", "distance", "future", "", "range", 25)),
        S("Kelbridge Power said crews had reconnected more than 60% of affected homes by 2 p.m. local time and expected to finish within 48 hours.",
          PP, "Kelbridge Power", NI, "said",
          c("60%", 60, "percent", "percent", "internal", "more than", "lower"),
          clock("2 p.m. local time", verif="internal"),
          c("48 hours", 48, "hour", "duration", "future", "within", "upper")),
        N(c("140 engineers", 140, "engineer", "count", "internal"),
          c("300 miles", 300, "mile", "distance", "public"),
          c("480 km", 480, "km", "distance", "conv")),
        S("A 200-metre section of sea wall at Mallin collapsed, and the coast road was closed for 3 to 5 km either side of the breach, Kelbridge County Council said.",
          PP, "Kelbridge County Council", NI, "said",
          c("200-metre", 200, "m", "distance", "observed"),
          c("3 to 5 km", 3, "km", "distance", "observed", "", "range", 5)),
        S("A council engineer, who asked not to be named, said repairs could cost £2.5m–£3m and take “at least four months”.",
          PP, "a council engineer", UN, "said",
          c("£2.5m–£3m", 2500000, "gbp", "money", "future", "", "range", 3000000),
          c("four months", 4, "month", "duration", "future", "at least", "lower")),
        S("Two people were treated for minor injuries, the Kelbridge Ambulance Service said.",
          PP, "Kelbridge Ambulance Service", NI, "said",
          c("Two people", 2, "person", "count", "partial")),
    ],

    "cricket_cup_final": [
        N(c("251", 251, "run", "count", "scorecard"),
          c("251", 251, "run", "count", "scorecard"),
          c("six wickets", 6, "wicket", "count", "scorecard"),
          c("14 balls", 14, "ball", "count", "scorecard"),
          c("23,418", 23418, "spectator", "count", "partial"),
          c("31°C", 31, "degree_celsius", "count", "weather"),
          c("88°F", 88, "degree_fahrenheit", "count", "conv"),
          c("250 runs", 250, "run", "count", "scorecard"),
          c("eight wickets", 8, "wicket", "count", "scorecard"),
          c("50 overs", 50, "over", "count", "scorecard"),
          c("four wickets", 4, "wicket", "count", "scorecard"),
          c("38 runs", 38, "run", "count", "scorecard"),
          c("two wickets", 2, "wicket", "count", "scorecard"),
          c("20 minutes", 20, "minute", "duration", "observed"),
          c("112", 112, "run", "count", "scorecard"),
          c("97 balls", 97, "ball", "count", "scorecard"),
          c("146", 146, "run", "count", "scorecard")),
        S('"I just tried to bat through the innings," Castellan said.', DQ, CASTELLAN, NP, "said"),
        S('"The pitch was slower than it looked, so we kept it at about 5.5 runs an over and trusted the end."',
          DQ, CASTELLAN, NP, "",
          c("5.5 runs an over", 5.5, "run_per_over", "count", "scorecard", "about", "approximate")),
        S("She added that she had been playing with a sore wrist for 10-12 days.", PP, CASTELLAN, NP, "added",
          c("10-12 days", 10, "day", "duration", "quote_opinion", "", "range", 12)),
        S('"We lost two early wickets and the dressing room went quiet," Ashgrove said.', DQ, ASHGROVE, NP, "said",
          c("two early wickets", 2, "wicket", "count", "scorecard")),
        S('"Priya took the game away from them."', DQ, ASHGROVE, NP, ""),
        S("The crowd was the biggest for a final since 2009, the Northmere Cricket Board said, and ticket sales brought in almost £410,000.",
          PP, "Northmere Cricket Board", NI, "said",
          date("2009", verif="public"),
          c("£410,000", 410000, "gbp", "money", "internal", "almost", "upper")),
        N(c("£25,000", 25000, "gbp", "money", "public")),
        S("Okafor's figures are the best by a Kestrel Bay bowler in a final, according to the board's records, which go back 42 years.",
          PP, "Northmere Cricket Board records", NI, "according to",
          c("42 years", 42, "year", "duration", "public")),
    ],

    "brightwell_results": [
        N(c("18%", 18, "percent", "percent", "filing")),
        S("Brightwell Foods, the Daneford snack maker, said on Thursday that net profit fell 18% to €142.6 million in the three months to 30 September, as cocoa prices nearly doubled.",
          PP, BRIGHT, NI, "said",
          c("18%", 18, "percent", "percent", "filing"),
          c("€142.6 million", 142600000, "eur", "money", "filing"),
          c("three months", 3, "month", "duration", "filing"),
          date("30 September"),
          c("doubled", 2, "times", "count", "market", "nearly", "upper")),
        N(c("4.3%", 4.3, "percent", "percent", "filing"),
          c("€1.87 billion", 1870000000, "eur", "money", "filing")),
        S("Sales in the United States grew to $512 million (about €470 million), the company said in a statement.",
          PP, BRIGHT, NI, "said",
          c("$512 million", 512000000, "usd", "money", "filing"),
          c("€470 million", 470000000, "eur", "money", "conv", "about", "approximate")),
        S("“Cocoa now costs us twice what it did last autumn,” chief executive Margit Olsen told analysts on a call at 9:30 a.m. CET.",
          DQ, OLSEN, NP, "told",
          c("twice", 2, "times", "count", "market"),
          clock("9:30 a.m. CET", verif="public")),
        S("“We have raised prices by between 6 and 8 percent, and we will not pass on all of it.”", DQ, OLSEN, NP, "",
          c("6 and 8 percent", 6, "percent", "percent", "partial", "between", "range", 8)),
        S("She added that the company expected full-year sales growth of 3-5%.", PP, OLSEN, NP, "added",
          c("3-5%", 3, "percent", "percent", "future", "", "range", 5)),
        S("Brightwell will cut about 350 jobs, roughly one in eight of its office staff, and close its plant in Weyburn by March 2027, it said.",
          PP, BRIGHT, NI, "said",
          c("350 jobs", 350, "job", "count", "future", "about", "approximate"),
          c("one in eight", 0.125, "fraction", "percent", "internal", "roughly", "approximate"),
          date("March 2027", verif="future")),
        S("Korrin Bank had forecast a profit of around €150 million.", PP, "Korrin Bank", NI, "had forecast",
          c("€150 million", 150000000, "eur", "money", "public", "around", "approximate")),
        N(c("6.2%", 6.2, "percent", "percent", "market"),
          c("CHF 48.15", 48.15, "chf", "money", "market"),
          clock("11:00 CET", verif="market")),
        S("A person familiar with the company’s plans, who was not authorised to speak publicly, said the board had discussed selling its frozen-desserts unit, which had sales of £90 million last year, for up to £200 million.",
          PP, "a person familiar with the company’s plans", UN, "said",
          c("£90 million", 90000000, "gbp", "money", "filing"),
          c("£200 million", 200000000, "gbp", "money", "unnamed", "up to", "upper")),
        N(c("2,800 people", 2800, "person", "count", "filing", "over", "lower"),
          c("14 countries", 14, "country", "count", "filing")),
    ],

    "lorry_crash_police": [
        N(c("40-Tonne", 40, "tonne", "count", "public")),
        S("A lorry driver has been arrested after a 40-tonne lorry overturned on Harbour Road in Eastwick, closing the road for nine hours, Eastwick Police said on Tuesday.",
          PP, EPOL, NI, "said",
          c("40-tonne", 40, "tonne", "count", "public"),
          c("nine hours", 9, "hour", "duration", "public")),
        S("The crash happened at about 5:50 a.m. BST on 14 May, the force said in a statement.", PP, EPOL, NI, "said",
          clock("5:50 a.m. BST", verif="observed", qualifier="about", bound="approximate"),
          date("14 May")),
        N(c("26 tonnes", 26, "tonne", "count", "partial"),
          c("two parked cars", 2, "car", "count", "observed"),
          c("a bus shelter", 1, "bus_shelter", "count", "observed")),
        S("“Our collision investigators believe the lorry was travelling at 48 mph (77 km/h) in a 30 mph zone,” said Inspector Dana Whitcombe.",
          DQ, WHIT, NP, "said",
          c("48 mph", 48, "mile_per_hour", "speed", "specialist"),
          c("77 km/h", 77, "km_per_hour", "speed", "conv"),
          c("30 mph", 30, "mile_per_hour", "speed", "public")),
        S("“We are very lucky that nobody was waiting at that shelter.”", DQ, WHIT, NP, ""),
        S("She added that the driver, who is from Corby Fields, had been released on bail until 2 June.",
          PP, WHIT, NP, "added",
          date("2 June", verif="public")),
        S("A police source, who was not authorised to speak publicly, said the driver had been at the wheel for more than 11 hours without a break.",
          PP, "a police source", UN, "said",
          c("11 hours", 11, "hour", "duration", "specialist", "more than", "lower")),
        S("Fewer than a dozen people have come forward as witnesses, police said, and officers want to hear from anyone with dashboard-camera footage.",
          PP, EPOL, NI, "said",
          c("a dozen people", 12, "person", "count", "internal", "fewer than", "upper")),
        S("Eastwick Council said it would cost about £18,500 to replace the shelter and repair 40 metres of kerb.",
          PP, "Eastwick Council", NI, "said",
          c("£18,500", 18500, "gbp", "money", "future", "about", "approximate"),
          c("40 metres", 40, "m", "distance", "observed")),
        S("Residents said the road, which carries some 900 lorries a day, had seen three crashes since 2024.",
          PP, "residents", UN, "said",
          c("900 lorries a day", 900, "lorry_per_day", "count", "partial", "some", "approximate"),
          c("three crashes", 3, "crash", "count", "public"),
          date("2024", verif="public")),
    ],

    "teen_sleep_study": [
        S("Late-Night Phone Use Costs Teenagers Nearly an Hour of Sleep, Study Finds", PP, STUDY, NI, "finds",
          c("an Hour", 1, "hour", "duration", "paper", "nearly", "upper",
            reason="Headline; the paper's figure is 52 minutes.")),
        S("Teenagers who use their phones after 11 p.m. sleep 52 minutes less on school nights than those who do not, according to a study published on 3 March in the Journal of Adolescent Rest.",
          PP, STUDY, NI, "according to",
          clock("11 p.m.", verif="paper"),
          c("52 minutes", 52, "minute", "duration", "paper"),
          date("3 March")),
        N(c("3,412 pupils", 3412, "pupil", "count", "paper"),
          c("41 secondary schools", 41, "secondary_school", "count", "paper"),
          c("18 months", 18, "month", "duration", "paper")),
        S("Pupils who used screens late were 1.7 times as likely to say they had fallen asleep in class, the study found.",
          PP, STUDY, NI, "found",
          c("1.7 times", 1.7, "times", "count", "paper")),
        S("“The effect was larger than we expected,” said Professor Anouk Verhaegen, who led the study.", DQ, VERH, NP, "said"),
        S("“Roughly one in five of the pupils we followed was getting fewer than seven hours a night.", DQ, VERH, NP, "",
          c("one in five", 0.2, "fraction", "percent", "paper", "roughly", "approximate"),
          c("seven hours a night", 7, "hour_per_night", "count", "paper", "fewer than", "upper")),
        S("Health guidelines recommend eight to 10 hours for this age group.”", DQ, VERH, NP, "",
          c("eight to 10 hours", 8, "hour", "duration", "public", "", "range", 10)),
        S("The study, funded by a £1.1m grant from the Harwell Trust, found that pupils who left their phones outside the bedroom slept 31 minutes longer on average.",
          PP, STUDY, NI, "found",
          c("£1.1m", 1100000, "gbp", "money", "public"),
          c("31 minutes", 31, "minute", "duration", "paper")),
        S("Samuel Okonjo, a sleep researcher at Brenner College who was not involved in the work, said the findings were plausible but not proof.",
          PP, OKON, NP, "said"),
        S("“The pupils reported their own sleep in diaries,” he added.", DQ, OKON, NP, "added"),
        S("“About 15.5% of the diaries had gaps of a week or more, and the authors say so.”", DQ, OKON, NP, "",
          c("15.5%", 15.5, "percent", "percent", "specialist", "about", "approximate"),
          c("a week", 1, "week", "duration", "specialist", "or more", "lower")),
        N(c("10,000 pupils", 10000, "pupil", "count", "future", "over", "lower"),
          date("2027", verif="future")),
    ],

    "cycle_lane_vote": [
        N(c("£6.4m", 6400000, "gbp", "money", "vote"),
          c("Nine Votes", 9, "vote", "count", "vote"),
          c("Four", 4, "vote", "count", "vote"),
          c("nine votes", 9, "vote", "count", "vote"),
          c("four", 4, "vote", "count", "vote"),
          c("14.5 km", 14.5, "km", "distance", "vote"),
          c("9 miles", 9, "mile", "distance", "conv"),
          c("three years", 3, "year", "duration", "future"),
          c("£6.4m", 6400000, "gbp", "money", "vote"),
          clock("10:15 p.m.", verif="vote"),
          c("four-hour", 4, "hour", "duration", "vote"),
          c("37 residents", 37, "resident", "count", "vote")),
        S("“This is the biggest change to our streets in a generation,” said Councillor Mira Abbasi, who proposed the plan.",
          DQ, ABBASI, NP, "said"),
        S("“Around 30 percent of car trips in Tarrow are less than 2 miles (3.2 km) long.", DQ, ABBASI, NP, "",
          c("30 percent", 30, "percent", "percent", "specialist", "around", "approximate"),
          c("2 miles", 2, "mile", "distance", "public", "less than", "upper"),
          c("3.2 km", 3.2, "km", "distance", "conv", "less than", "upper")),
        S("Many of those could be made by bike.”", DQ, ABBASI, NP, ""),
        S("Councillor Grant Fellowes, who voted against, said shopkeepers on Mill Street feared losing up to 120 parking spaces.",
          PP, FELLOWES, NP, "said",
          c("120 parking spaces", 120, "parking_space", "count", "partial", "up to", "upper")),
        S("“Several of them have told me their takings could fall by a fifth,” he added.", DQ, FELLOWES, NP, "added",
          c("a fifth", 0.2, "fraction", "percent", "quote_opinion")),
        S("The council said the national Active Travel Fund would pay 70% of the cost, with about £1.9m coming from city parking revenue.",
          PP, TARROW, NI, "said",
          c("70%", 70, "percent", "percent", "public"),
          c("£1.9m", 1900000, "gbp", "money", "arith", "about", "approximate")),
        N(c("11 votes", 11, "vote", "count", "vote"),
          c("two", 2, "vote", "count", "vote"),
          c("four roads", 4, "road", "count", "vote"),
          c("20 mph", 20, "mile_per_hour", "speed", "vote"),
          c("32 km/h", 32, "km_per_hour", "speed", "conv")),
        S("A council officer who asked not to be named said work on a 3 km section along the river could begin in April 2027, and that each kilometre would take six to eight weeks to build.",
          PP, "a council officer", UN, "said",
          c("3 km", 3, "km", "distance", "future"),
          date("April 2027", verif="future"),
          c("six to eight weeks", 6, "week", "duration", "future", "", "range", 8)),
    ],

    "rail_strike_wire": [
        S("A 48-hour strike by train drivers brought most of Wendland’s rail traffic to a standstill on Friday, the state operator Wendland Bahn said, with only about one in three long-distance trains running.",
          PP, WBAHN, NI, "said",
          c("48-hour", 48, "hour", "duration", "public"),
          c("one in three", 0.3333, "fraction", "percent", "public", "about", "approximate")),
        N(clock("2 a.m. local time", verif="public"),
          clock("0100 GMT", verif="conv"),
          date("21 November")),
        S("Some 1.3 million commuters were affected, the operator estimated.", PP, WBAHN, NI, "estimated",
          c("1.3 million commuters", 1300000, "commuter", "count", "internal", "some", "approximate")),
        S("„We regret the disruption, but our members have waited long enough,“ said Jonas Reimerth, chairman of the drivers’ union GVL.",
          DQ, REIM, NP, "said"),
        S("„We are asking for 8.5 percent over 24 months – nothing more.“", DQ, REIM, NP, "",
          c("8.5 percent", 8.5, "percent", "percent", "public"),
          c("24 months", 24, "month", "duration", "public")),
        S("He added that talks had broken down after 11 rounds.", PP, REIM, NP, "added",
          c("11 rounds", 11, "round", "count", "partial")),
        N(c("4.2 percent", 4.2, "percent", "percent", "public"),
          c("€1,500", 1500, "eur", "money", "public")),
        S("A spokeswoman for the operator called the offer “generous”.", PP, "a spokeswoman for the operator", UN, "called"),
        S("Passengers at Lindau Central waited in temperatures of minus 4 degrees Celsius, and staff handed out 6,000 hot drinks, according to the station manager, Petra Aalund.",
          PP, "Petra Aalund", NP, "according to",
          c("minus 4 degrees Celsius", -4, "degree_celsius", "count", "weather"),
          c("6,000 hot drinks", 6000, "hot_drink", "count", "internal")),
        S("The Wendland Chamber of Commerce put the cost to the economy at up to €100 million a day.",
          PP, "Wendland Chamber of Commerce", NI, "put",
          c("€100 million a day", 100000000, "eur_per_day", "count", "specialist", "up to", "upper")),
        S("A government official, who asked not to be named, said the transport ministry could appoint a mediator within 72 hours.",
          PP, "a government official", UN, "said",
          c("72 hours", 72, "hour", "duration", "future", "within", "upper")),
        N(c("60 percent", 60, "percent", "percent", "public", "roughly", "approximate")),
    ],

    "marlbury_rents": [
        S("Marlbury Rents Rise 11.2% as Wages Lag, Housing Report Finds", PP, RENTS, NI, "finds",
          c("11.2%", 11.2, "percent", "percent", "report")),
        S("Average private rents in Marlbury rose 11.2% in the 12 months to 30 June, to £1,240 a month, according to the Marlbury Housing Trust’s annual State of Renting report, published on Tuesday.",
          PP, RENTS, NI, "according to",
          c("11.2%", 11.2, "percent", "percent", "report"),
          c("12 months", 12, "month", "duration", "report"),
          date("30 June"),
          c("£1,240 a month", 1240, "gbp_per_month", "count", "report")),
        S("A typical two-bedroom flat of 65 square metres (700 sq ft) now costs £1,480 a month, the report says, while wages in the city rose by just 4.1 percent.",
          PP, RENTS, NI, "says",
          c("two-bedroom", 2, "bedroom", "count", "report"),
          c("65 square metres", 65, "square_m", "count", "report"),
          c("700 sq ft", 700, "square_foot", "count", "conv"),
          c("£1,480 a month", 1480, "gbp_per_month", "count", "report"),
          c("4.1 percent", 4.1, "percent", "percent", "public")),
        S("Almost half of private renters now spend more than 40% of their income on rent, up from 31% five years ago, the report found.",
          PP, RENTS, NI, "found",
          c("half", 0.5, "fraction", "percent", "report", "almost", "upper"),
          c("40%", 40, "percent", "percent", "report", "more than", "lower"),
          c("31%", 31, "percent", "percent", "report"),
          c("five years", 5, "year", "duration", "report")),
        S("“People are being priced out of the city they grew up in,” said Yusuf Harrow, the trust’s chief executive.",
          DQ, HARROW, NP, "said"),
        S("“For a nurse on a 37.5-hour week, rent now takes 45 percent of take-home pay.”", DQ, HARROW, NP, "",
          c("37.5-hour", 37.5, "hour", "duration", "public"),
          c("45 percent", 45, "percent", "percent", "partial")),
        S("Marlbury City Council, which owns about 9,600 homes, said it would build 450 new social homes by 2028.",
          PP, "Marlbury City Council", NI, "said",
          c("9,600 homes", 9600, "home", "count", "public", "about", "approximate"),
          c("450 new social homes", 450, "social_home", "count", "future"),
          date("2028", verif="future")),
        S("The trust says 1,000 homes a year are needed.", PP, TRUST, NI, "says",
          c("1,000 homes a year", 1000, "home_per_year", "count", "specialist")),
        S("A council housing officer, speaking on condition of anonymity, said the waiting list had grown to 7,315 households and that some families had waited up to six years for a home.",
          PP, "a council housing officer", UN, "said",
          c("7,315 households", 7315, "household", "count", "unnamed"),
          c("six years", 6, "year", "duration", "unnamed", "up to", "upper")),
        S("Marlbury’s population has grown by roughly 18,000 since 2021, to 212,400, official figures show.",
          PP, "official figures", UN, "show",
          c("18,000", 18000, "resident", "count", "public", "roughly", "approximate"),
          date("2021", verif="public"),
          c("212,400", 212400, "resident", "count", "public")),
    ],

    "corran_wheat_drought": [
        N(c("a Third", 0.3333, "fraction", "percent", "partial")),
        S("Wheat growers in the Corran Valley expect to harvest about 1.4 million tonnes this year, a third less than last year, the Corran Valley Growers’ Association said on Monday.",
          PP, CVGA, NI, "said",
          c("1.4 million tonnes", 1400000, "tonne", "count", "future", "about", "approximate"),
          c("a third", 0.3333, "fraction", "percent", "partial")),
        S("Yields have fallen to 2.1 tonnes per hectare (about 31 bushels per acre), against a five-year average of 3.2 tonnes per hectare, the association said.",
          PP, CVGA, NI, "said",
          c("2.1 tonnes per hectare", 2.1, "tonne_per_hectare", "count", "partial"),
          c("31 bushels per acre", 31, "bushel_per_acre", "count", "conv", "about", "approximate"),
          c("five-year", 5, "year", "duration", "public"),
          c("3.2 tonnes per hectare", 3.2, "tonne_per_hectare", "count", "public")),
        S("“We went 38 days without rain this summer, and it was above 104°F (40°C) on at least six of them,” said Hannah Loder, who farms 1,200 acres (486 hectares) near Millbrook.",
          DQ, LODER, NP, "said",
          c("38 days", 38, "day", "duration", "weather"),
          c("104°F", 104, "degree_fahrenheit", "count", "weather", "above", "lower"),
          c("40°C", 40, "degree_celsius", "count", "conv", "above", "lower"),
          c("six", 6, "day", "count", "weather", "at least", "lower"),
          c("1,200 acres", 1200, "acre", "count", "public"),
          c("486 hectares", 486, "hectare", "count", "conv")),
        S("“Some fields produced nothing worth cutting.”", DQ, LODER, NP, ""),
        S("She added that she had sold 15 of her 60 dairy cows to pay for feed.", PP, LODER, NP, "added",
          c("15", 15, "dairy_cow", "count", "quote_opinion"),
          c("60 dairy cows", 60, "dairy_cow", "count", "quote_opinion")),
        N(c("14%", 14, "percent", "percent", "market"),
          c("$7.85 a bushel", 7.85, "usd_per_bushel", "count", "market")),
        S("The Corran State Department of Agriculture said it would offer emergency loans worth up to $40 million, and that more than 3,000 farms had applied by 5 p.m. Eastern time on Friday.",
          PP, "Corran State Department of Agriculture", NI, "said",
          c("$40 million", 40000000, "usd", "money", "public", "up to", "upper"),
          c("3,000 farms", 3000, "farm", "count", "internal", "more than", "lower"),
          clock("5 p.m. Eastern time", verif="public")),
        S("An economist at the department, who was not authorised to speak publicly, said losses could reach 600 million dollars, and that between 10 and 15 percent of smaller farms might not plant next year.",
          PP, "an economist at the department", UN, "said",
          c("600 million dollars", 600000000, "usd", "money", "future"),
          c("10 and 15 percent", 10, "percent", "percent", "future", "between", "range", 15)),
        S("Reservoirs stand at 27% of capacity, the lowest since 1977, according to the Corran State Water Board.",
          PP, "Corran State Water Board", NI, "according to",
          c("27%", 27, "percent", "percent", "public"),
          date("1977", verif="public")),
    ],
}


if __name__ == "__main__":
    for name, spec in SPECS.items():
        n_c, n_s = build(name, spec)
        print(f"{name}: {n_c} claims, {n_s} sentences")
