"""Build the claims and sentences ledgers of data/heldout/batch11 from hand-chosen phrases.

Written 2026-11-28 by a helper session that never saw the extractor (see README.md).
The specs format and helper functions are copied from data/heldout/batch3/build.py.
Every span below was chosen by hand from a reading of the article; this script only turns each phrase
into its Python offsets (code points, end exclusive) and writes the CSVs. It imports nothing from the
project. Run: python data/heldout/batch11/build.py, then python data/heldout/batch11/verify.py.

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
    "forecast": ("uncheckable", "A weather forecast; station records can only confirm it afterwards."),
    "flight": ("checkable", "Airport and airline flight records would confirm it."),
    "rules": ("checkable", "The published rules state it."),
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

VVHB, MBEKI, HALLORANN = "Vell Valley Health Board", "Aurelie Mbeki-Strand", "Tomasz Hallorann"
NWS, KARVONEN, OKAFOR = "Northern Weather Service", "Lena Karvonen-Osei", "Paul Okafor-Reyes"
STATE_REVIEW = "state review of the response"
OKEREKE, VETTESE, BRAUER = "Jonah Okereke-Lund", "Marco Vettese", "Ines Brauer-Kalu"
MEMO, BSW, SOBERG, CASTELLANE = ("internal memo seen by the Halden Ledger", "Brightwell Software",
                                 "Rania Soberg-Lutz", "Mira Castellane")
CBA, KAMAU, PLP, SOLVIK, ANSAH = ("Coastal Border Agency", "Idris Kamau-Vell", "Port Lorne police",
                                  "Maren Solvik", "Kofi Ansah-Broek")
NJCN, ROSTVIK, ODUYA = ("Northern Journal of Clinical Neurology study", "Hanne Rostvik-Adeyemi",
                        "Samuel Oduya-Prentice")
MBC_REPORT, ADEBAYO, MALHOTRA = ("Millbrook Borough Council planning report", "Yvonne Adebayo-Kerr",
                                 "Dev Malhotra-Finch")
CU, DRAGO, FERRANTE, LANZONI = ("Coltivatori Uniti", "Salvatore Drago-Lentini", "Giulia Ferrante-Oddo",
                                "Pietro Lanzoni-Ruggeri")
KAG, ACHTERBERG, DRENNAN = "Kestrel Airports Group", "Brendan Achterberg-Nwosu", "Olu Drennan"
AEA_REPORT, AEA, TVW, MARSH, QUINTERO = ("Ardmoor Environment Agency annual report", "Ardmoor Environment Agency",
                                         "Tenn Valley Water", "Helena Marsh-Quigley", "Rafael Quintero-Blake")

SPECS = {
    "measles_vaccination_drive": [
        S("Measles Drive Reached Nine in Ten Children, Health Board Says", PP, VVHB, NI, "says",
          c("Nine in Ten", 0.9, "fraction", "percent", "report",
            reason="The board's published coverage figures (91 percent) would confirm or refute it.")),
        S("More than 41,000 children in the Vell Valley were vaccinated against measles during a six-week catch-up campaign that ended on 14 March, the Vell Valley Health Board said on Wednesday.",
          PP, VVHB, NI, "said",
          c("41,000 children", 41000, "child", "count", "report", "more than", "lower"),
          c("six-week", 6, "week", "duration", "public"),
          date("14 March")),
        S("That brings coverage of the second dose to 91 percent among five-year-olds, up from 84 percent a year earlier, according to figures the board published alongside its statement.",
          PP, VVHB + " figures", NI, "according to",
          c("91 percent", 91, "percent", "percent", "report"),
          c("five-year", 5, "year", "duration", "report"),
          c("84 percent", 84, "percent", "percent", "report"),
          c("a year", 1, "year", "duration", "report")),
        S("“We set ourselves a target of 95 percent and we fell short,” said Dr Aurelie Mbeki-Strand, the board’s director of public health.",
          DQ, MBEKI, NP, "said",
          c("95 percent", 95, "percent", "percent", "public")),
        S("“But we reached families we had not seen in a decade.", DQ, MBEKI, NP, "",
          c("a decade", 1, "decade", "duration", "quote_opinion")),
        S("Some of them drove 60 kilometres to a clinic.”", DQ, MBEKI, NP, "",
          c("60 kilometres", 60, "km", "distance", "quote_opinion")),
        S("She added that mobile teams had run 312 pop-up clinics in schools, supermarkets and mosques, at a cost of about £1.8 million.",
          PP, MBEKI, NP, "added",
          c("312 pop-up clinics", 312, "pop_up_clinic", "count", "partial"),
          c("£1.8 million", 1800000, "gbp", "money", "public", "about", "approximate")),
        S("The campaign followed an outbreak last winter in which 237 cases were confirmed and 19 children needed hospital treatment, the board’s annual report shows.",
          PP, VVHB + " annual report", NI, "shows",
          c("237 cases", 237, "case", "count", "report"),
          c("19 children", 19, "child", "count", "report")),
        S("Nurses were paid up to £45 an hour to staff weekend sessions, a union representative told the Vell Courier, speaking on condition of anonymity.",
          PP, "a union representative", UN, "told",
          c("£45 an hour", 45, "gbp_per_hour", "money", "unnamed", "up to", "upper")),
        S("Dr Tomasz Hallorann, a paediatrician at St Bride’s Infirmary, said the remaining gaps were concentrated in a handful of districts.",
          PP, HALLORANN, NP, "said"),
        S("“In Ashgrove coverage is still 78 percent,” he warned.", DQ, HALLORANN, NP, "warned",
          c("78 percent", 78, "percent", "percent", "report")),
        S("“Each case there can infect between 12 and 18 unvaccinated people.”", DQ, HALLORANN, NP, "",
          c("12 and 18 unvaccinated people", 12, "person", "count", "specialist", "between", "range", 18)),
        S("Officials said the board would run a further round of clinics from 2 May, with letters going to roughly 3,500 households.",
          PP, "officials", UN, "said",
          date("2 May", verif="future"),
          c("3,500 households", 3500, "household", "count", "future", "roughly", "approximate")),
    ],

    "blizzard_warning": [
        S("Blizzard to Bring Up to 18 Inches of Snow, Forecasters Warn", PP, NWS, NI, "warn",
          c("18 Inches", 18, "inch", "distance", "forecast", "up to", "upper")),
        S("Up to 18 inches (46 cm) of snow could fall on the Brackenridge Plateau by Saturday morning, the Northern Weather Service said on Thursday, as it issued the region’s first blizzard warning since January 2019.",
          PP, NWS, NI, "said",
          c("18 inches", 18, "inch", "distance", "forecast", "up to", "upper"),
          c("46 cm", 46, "cm", "distance", "conv", "up to", "upper"),
          date("January 2019", verif="weather")),
        S("Gusts of more than 55 mph (89 km/h) will cause whiteouts on exposed roads from 6 p.m. on Friday, according to the service’s forecast.",
          PP, NWS + " forecast", NI, "according to",
          c("55 mph", 55, "mile_per_hour", "speed", "forecast", "more than", "lower"),
          c("89 km/h", 89, "km_per_hour", "speed", "conv", "more than", "lower"),
          clock("6 p.m.", verif="forecast")),
        S("“This is a dangerous storm,” said Lena Karvonen-Osei, the service’s lead forecaster.", DQ, KARVONEN, NP, "said"),
        S("“Temperatures will drop to about minus 12 degrees Celsius overnight.", DQ, KARVONEN, NP, "",
          c("minus 12 degrees Celsius", -12, "degree_celsius", "count", "forecast", "about", "approximate")),
        S("Anyone who does not need to travel on Friday evening should stay home.”", DQ, KARVONEN, NP, ""),
        S("County highways director Paul Okafor-Reyes told reporters that 84 snowploughs would work 12-hour shifts and that the county had stockpiled 22,000 tonnes of salt, “about twice what we used all of last winter”.",
          PP, OKAFOR, NP, "told",
          c("84 snowploughs", 84, "snowplough", "count", "public"),
          c("12-hour", 12, "hour", "duration", "future"),
          c("22,000 tonnes", 22000, "tonne", "count", "public"),
          c("twice", 2, "times", "count", "public", "about", "approximate")),
        S("Schools in three districts will close on Friday, officials said.", PP, "officials", UN, "said",
          c("three districts", 3, "district", "count", "future")),
        S("Airlines at Brackenridge Regional Airport had cancelled 37 flights by Thursday evening, an airport spokesperson said, adding that more cancellations were likely.",
          PP, "an airport spokesperson", UN, "said",
          c("37 flights", 37, "flight", "count", "flight")),
        S("Ridgeline Electric said it had put 150 line crews on standby and warned that outages could last 48 hours or more in rural areas.",
          PP, "Ridgeline Electric", NI, "said",
          c("150 line crews", 150, "line_crew", "count", "internal"),
          c("48 hours", 48, "hour", "duration", "future", "or more", "lower")),
        S("The last comparable storm, in January 2019, left about 9,000 homes without power for up to three days, according to a state review of the response.",
          PP, STATE_REVIEW, NI, "according to",
          date("January 2019", verif="weather"),
          c("9,000 homes", 9000, "home", "count", "report", "about", "approximate"),
          c("three days", 3, "day", "duration", "report", "up to", "upper")),
        S("The review found that warming centres had opened too late and that only 40 percent of residents had received an emergency text.",
          PP, STATE_REVIEW, NI, "found",
          c("40 percent", 40, "percent", "percent", "report")),
    ],

    "cycling_queen_stage": [
        N(c("Four Minutes", 4, "minute", "duration", "sport",
            reason="The official timings (3 minutes 48 seconds) would confirm or refute it."),
          date("9 July"),
          c("11 kilometres", 11, "km", "distance", "sport"),
          c("2,140 metres", 2140, "m", "distance", "public")),
        S("He covered the 187-kilometre stage in 4:52:10, the race organisers said, while defending champion Marco Vettese finished 3 minutes 48 seconds behind and dropped to fourth overall.",
          PP, "race organisers", UN, "said",
          c("187-kilometre", 187, "km", "distance", "sport"),
          c("4:52:10", 17530, "second", "duration", "sport"),
          c("3 minutes", 3, "minute", "duration", "sport"),
          c("48 seconds", 48, "second", "duration", "sport")),
        S("“I had good legs and I knew the last climb suited me,” Okereke-Lund told reporters at the finish.",
          DQ, OKEREKE, NP, "told"),
        S("“With 11 kilometres to go I looked back and nobody was there.", DQ, OKEREKE, NP, "",
          c("11 kilometres", 11, "km", "distance", "sport")),
        S("Honestly, I did not expect to gain this much.”", DQ, OKEREKE, NP, ""),
        S("The 26-year-old now leads the general classification by 1 minute 12 seconds with five stages remaining, according to the official timings.",
          PP, "official timings", NI, "according to",
          c("26-year-old", 26, "year", "duration", "public"),
          c("1 minute", 1, "minute", "duration", "sport"),
          c("12 seconds", 12, "second", "duration", "sport"),
          c("five stages", 5, "stage", "count", "sport")),
        S("Vettese, 31, said he had been ill overnight.", PP, VETTESE, NP, "said",
          c("31", 31, "year", "duration", "public")),
        S("“My stomach was empty after 100 kilometres,” he said, “so I just tried to limit the losses.”",
          DQ, VETTESE, NP, "said",
          c("100 kilometres", 100, "km", "distance", "quote_opinion")),
        S("He added that he would not abandon the race.", PP, VETTESE, NP, "added"),
        S("Solvane’s sporting director, Ines Brauer-Kalu, said the team’s budget of about €14 million was less than half that of its biggest rivals.",
          PP, BRAUER, NP, "said",
          c("€14 million", 14000000, "eur", "money", "internal", "about", "approximate"),
          c("half", 0.5, "fraction", "percent", "partial", "less than", "upper")),
        S("“We do not buy champions,” she said.", DQ, BRAUER, NP, "said"),
        S("“We build them.”", DQ, BRAUER, NP, ""),
        S("An estimated 60,000 spectators lined the climb, organisers said, and the temperature at the summit reached 31°C (88°F) shortly after 3 p.m.",
          PP, "organisers", UN, "said",
          c("60,000 spectators", 60000, "spectator", "count", "unnamed", "estimated", "approximate"),
          c("31°C", 31, "degree_celsius", "count", "weather"),
          c("88°F", 88, "degree_fahrenheit", "count", "conv"),
          clock("3 p.m.", verif="weather", qualifier="shortly after", bound="lower")),
    ],

    "software_layoffs_memo": [
        S("Brightwell Software to Cut 1,200 Jobs, Memo Shows", PP, MEMO, UN, "shows",
          c("1,200 Jobs", 1200, "job", "count", "future")),
        S("Brightwell Software, the Halden-based maker of accounting apps, will cut about 1,200 jobs, or 14 percent of its workforce, by the end of March, according to an internal memo seen by the Halden Ledger.",
          PP, MEMO, UN, "according to",
          c("1,200 jobs", 1200, "job", "count", "future", "about", "approximate"),
          c("14 percent", 14, "percent", "percent", "unnamed")),
        S("The memo, sent to staff at 7:30 a.m. on Tuesday by chief executive Rania Soberg-Lutz, says the company “grew too fast” after hiring more than 3,000 people in 2024.",
          PP, MEMO, UN, "says",
          clock("7:30 a.m.", verif="unnamed"),
          c("3,000 people", 3000, "person", "count", "filing", "more than", "lower"),
          date("2024", verif="filing")),
        S("“These are talented people and this was a painful decision,” Soberg-Lutz wrote.", DQ, SOBERG, NP, "wrote"),
        S("“We will come out of it a smaller, faster company.”", DQ, SOBERG, NP, ""),
        S("In a statement later on Tuesday, the company confirmed the cuts and said affected employees would receive at least 16 weeks’ pay.",
          PP, BSW, NI, "said",
          c("16 weeks", 16, "week", "duration", "future", "at least", "lower")),
        S("Two people familiar with the plans said the engineering division in Tarrow, which employs roughly 2,600 people, would lose about a third of its staff.",
          PP, "people familiar with the plans", UN, "said",
          c("2,600 people", 2600, "person", "count", "partial", "roughly", "approximate"),
          c("a third", 0.3333, "fraction", "percent", "unnamed", "about", "approximate")),
        N(c("6.2 percent", 6.2, "percent", "percent", "market"),
          c("$38.15", 38.15, "usd", "money", "market"),
          date("November 2023", verif="market")),
        S("The company reported revenue of $2.9 billion for the year to June, up 3 percent, well below the 20 percent growth it had promised investors, according to its annual filing.",
          PP, BSW + " annual filing", NI, "according to",
          c("$2.9 billion", 2900000000, "usd", "money", "filing"),
          c("3 percent", 3, "percent", "percent", "filing"),
          c("20 percent", 20, "percent", "percent", "public")),
        S("Mira Castellane, an analyst at Corvan Securities, said in a note to clients that the cuts could save between $150 million and $180 million a year.",
          PP, CASTELLANE, NP, "said",
          c("$150 million and $180 million a year", 150000000, "usd_per_year", "money", "future", "between",
            "range", 180000000)),
        S("She added that Brightwell would probably book restructuring charges of about $95 million in the current quarter.",
          PP, CASTELLANE, NP, "added",
          c("$95 million", 95000000, "usd", "money", "future", "about", "approximate")),
        S("The union Tech Workers Halden said it had not been consulted and would ask for a meeting with management within 10 days.",
          PP, "Tech Workers Halden", NI, "said",
          c("10 days", 10, "day", "duration", "future", "within", "upper")),
    ],

    "parrot_smuggling_seizure": [
        N(c("340 Parrots", 340, "parrot", "count", "public")),
        S("Customs officers at Port Lorne seized 340 live parrots and 28 kilograms of ivory hidden in a refrigerated container on Sunday, the Coastal Border Agency said on Monday.",
          PP, CBA, NI, "said",
          c("340 live parrots", 340, "parrot", "count", "court",
            reason="Seizure records produced in court would confirm it."),
          c("28 kilograms", 28, "kg", "count", "court", reason="Seizure records produced in court would confirm it.")),
        S("The birds had been packed into plastic tubes and about 60 were dead when the container was opened, agency spokesman Idris Kamau-Vell told reporters.",
          PP, KAMAU, NP, "told",
          c("60", 60, "parrot", "count", "internal", "about", "approximate")),
        S("Port Lorne police said, citing customs records, that the container had been shipped from Belamu on 2 October and declared as 14 tonnes of frozen fish.",
          PP, PLP, NI, "said",
          date("2 October", verif="specialist"),
          c("14 tonnes", 14, "tonne", "count", "specialist")),
        S("Two men, aged 34 and 41, were arrested at a warehouse in the city, police said.", PP, PLP, NI, "said",
          c("Two men", 2, "man", "count", "court", reason="Court listings would confirm it."),
          c("34", 34, "year", "duration", "court", reason="Court listings would confirm it."),
          c("41", 41, "year", "duration", "court", reason="Court listings would confirm it.")),
        S("“This is the largest seizure of live birds we have ever made,” said Chief Inspector Maren Solvik.",
          DQ, SOLVIK, NP, "said"),
        S("“On the black market these parrots sell for up to €2,500 a bird.", DQ, SOLVIK, NP, "",
          c("€2,500 a bird", 2500, "eur_per_bird", "money", "quote_opinion", "up to", "upper")),
        S("That is what makes this trade so attractive to organised gangs.”", DQ, SOLVIK, NP, ""),
        S("According to a report published in May by the conservation group WildTrace, at least 1.2 million parrots have been taken from the wild in the region since 2015, and the illegal wildlife trade is worth an estimated $23 billion a year worldwide.",
          PP, "WildTrace report", NI, "according to",
          c("1.2 million parrots", 1200000, "parrot", "count", "specialist", "at least", "lower"),
          date("2015", verif="report"),
          c("$23 billion a year", 23000000000, "usd_per_year", "money", "specialist", "estimated", "approximate")),
        S("Dr Kofi Ansah-Broek, a vet at Port Lorne Zoo who is caring for the surviving birds, said roughly one in four was seriously dehydrated.",
          PP, ANSAH, NP, "said",
          c("one in four", 0.25, "fraction", "percent", "quote_opinion", "roughly", "approximate")),
        S("He said between 10 and 20 more could die within a week.", PP, ANSAH, NP, "said",
          c("10 and 20", 10, "parrot", "count", "future", "between", "range", 20),
          c("a week", 1, "week", "duration", "future", "within", "upper")),
        S("The suspects face up to eight years in prison if convicted, a spokeswoman for the Lorne Prosecutor’s Office said.",
          PP, "a spokeswoman for the Lorne Prosecutor’s Office", UN, "said",
          c("eight years", 8, "year", "duration", "public", "up to", "upper",
            reason="The published penal code states the maximum sentence.")),
    ],

    "migraine_trial_results": [
        S("Study: Experimental Pill Cuts Migraine Attacks by Half", PP, NJCN, NI, "",
          c("Half", 0.5, "fraction", "percent", "paper",
            reason="The published paper gives 48 percent; a reader can compare.")),
        S("An experimental pill reduced the number of monthly migraine attacks by 48 percent in a 12-week trial, according to a study published on Monday in the Northern Journal of Clinical Neurology.",
          PP, NJCN, NI, "according to",
          c("48 percent", 48, "percent", "percent", "paper"),
          c("12-week", 12, "week", "duration", "paper")),
        S("The trial enrolled 1,146 adults at 38 hospitals in four countries between March 2024 and September 2025, the paper says.",
          PP, NJCN, NI, "says",
          c("1,146 adults", 1146, "adult", "count", "paper"),
          c("38 hospitals", 38, "hospital", "count", "paper"),
          c("four countries", 4, "country", "count", "paper"),
          date("March 2024", verif="paper"),
          date("September 2025", verif="paper")),
        S("Patients taking the drug, dorapitant, had an average of 4.1 attacks a month at the end of the study, down from 7.9, while those on a placebo fell to 6.3, it says.",
          PP, NJCN, NI, "says",
          c("4.1 attacks a month", 4.1, "attack_per_month", "count", "paper"),
          c("7.9", 7.9, "attack_per_month", "count", "paper"),
          c("6.3", 6.3, "attack_per_month", "count", "paper")),
        S("“For people who lose days every month to migraine, that is a meaningful change,” said Professor Hanne Rostvik-Adeyemi of the University of Kellmar, who led the trial.",
          DQ, ROSTVIK, NP, "said"),
        S("“About one patient in three had their attacks cut by 75 percent or more.", DQ, ROSTVIK, NP, "",
          c("one patient in three", 0.3333, "fraction", "percent", "specialist", "about", "approximate"),
          c("75 percent", 75, "percent", "percent", "specialist", "or more", "lower")),
        S("We did not expect that.”", DQ, ROSTVIK, NP, ""),
        S("Side effects were reported by 22 percent of patients on the drug and 15 percent of those on placebo, the study found.",
          PP, NJCN, NI, "found",
          c("22 percent", 22, "percent", "percent", "paper"),
          c("15 percent", 15, "percent", "percent", "paper")),
        S("Seven patients, or 1.2 percent, stopped treatment because of raised liver enzymes, according to the paper.",
          PP, NJCN, NI, "according to",
          c("Seven patients", 7, "patient", "count", "paper"),
          c("1.2 percent", 1.2, "percent", "percent", "arith",
            reason="7 of the 573 patients on the drug (half of 1,146) is 1.2 percent; a reader can redo it.")),
        S("The company said in a statement that it would seek approval by the end of 2027 and expected to charge between €400 and €550 a month.",
          PP, "Corliss Pharma", NI, "said",
          date("2027", verif="future"),
          c("€400 and €550 a month", 400, "eur_per_month", "money", "future", "between", "range", 550)),
        S("Dr Samuel Oduya-Prentice, a neurologist at Wexham General Hospital who was not involved, said the results were “encouraging but modest”.",
          PP, ODUYA, NP, "said"),
        S("He noted that 12 weeks was too short to judge long-term safety, adding that patients on placebo had also improved by about 20 percent.",
          PP, ODUYA, NP, "noted",
          c("12 weeks", 12, "week", "duration", "paper"),
          c("20 percent", 20, "percent", "percent", "paper", "about", "approximate")),
    ],

    "brickworks_housing_vote": [
        N(c("420-Home", 420, "home", "count", "vote"),
          c("seven votes", 7, "vote", "count", "vote"),
          c("four", 4, "vote", "count", "vote"),
          c("420 homes", 420, "home", "count", "vote"),
          c("1,300 residents", 1300, "resident", "count", "public", "more than", "lower")),
        S("The development, by Calloway Homes, includes a 12-storey tower, 90 affordable flats and a 1.5-hectare park, according to the council’s planning report.",
          PP, MBC_REPORT, NI, "according to",
          c("12-storey", 12, "storey", "count", "report"),
          c("90 affordable flats", 90, "flat", "count", "report"),
          c("1.5-hectare", 1.5, "hectare", "count", "report")),
        S("The report says the affordable share, at 21 percent, falls short of the council’s own target of 35 percent.",
          PP, MBC_REPORT, NI, "says",
          c("21 percent", 21, "percent", "percent", "arith",
            reason="90 of 420 homes is 21.4 percent; a reader can redo it."),
          c("35 percent", 35, "percent", "percent", "public")),
        S("Councillor Yvonne Adebayo-Kerr, who chairs the committee, said: “We need homes, and we need them now.",
          DQ, ADEBAYO, NP, "said"),
        S("There are 4,800 households on our waiting list.”", DQ, ADEBAYO, NP, "",
          c("4,800 households", 4800, "household", "count", "public")),
        S("Opponents were led by Councillor Dev Malhotra-Finch, who told the meeting that the tower would overshadow 60 gardens on Rook Lane and that local roads already carried about 14,000 vehicles a day.",
          PP, MALHOTRA, NP, "told",
          c("60 gardens", 60, "garden", "count", "observed"),
          c("14,000 vehicles a day", 14000, "vehicle_per_day", "count", "observed", "about", "approximate")),
        S("“It is the wrong building in the wrong place,” he said.", DQ, MALHOTRA, NP, "said"),
        S("“Nobody on this committee would accept it next to their own house.”", DQ, MALHOTRA, NP, ""),
        S("Calloway Homes said construction would begin in spring 2027 and take about four years, and that it would contribute £3.2 million towards a new primary school.",
          PP, "Calloway Homes", NI, "said",
          date("2027", verif="future"),
          c("four years", 4, "year", "duration", "future", "about", "approximate"),
          c("£3.2 million", 3200000, "gbp", "money", "future")),
        S("A council officer, who was not authorised to speak publicly, said the decision could still be called in by the regional planning inspector within 21 days.",
          PP, "a council officer", UN, "said",
          c("21 days", 21, "day", "duration", "rules", "within", "upper")),
        S("The residents’ group Save Harlan Fields said it had raised £18,500 for a possible legal challenge and would decide its next step at a public meeting on 9 December at 7.30pm.",
          PP, "Save Harlan Fields", NI, "said",
          c("£18,500", 18500, "gbp", "money", "internal"),
          date("9 December", verif="future"),
          clock("7.30pm", verif="future")),
    ],

    "olive_harvest_wire": [
        S("Olive Harvest to Fall by a Third, Growers Warn", PP, CU, NI, "warn",
          c("a Third", 0.3333, "fraction", "percent", "future")),
        N(date("27 November")),
        S("Olive oil production in the southern region of Valdorca will fall by about 35 percent this year, to roughly 41,000 tonnes, after a summer of drought and a late hailstorm, the growers’ association Coltivatori Uniti said on Thursday.",
          PP, CU, NI, "said",
          c("35 percent", 35, "percent", "percent", "future", "about", "approximate"),
          c("41,000 tonnes", 41000, "tonne", "count", "future", "roughly", "approximate")),
        S("«It is the worst harvest in at least 20 years», said the association’s president, Salvatore Drago-Lentini.",
          DQ, DRAGO, NP, "said",
          c("20 years", 20, "year", "duration", "public", "at least", "lower")),
        S("«In some groves near the coast we have lost 70 percent of the fruit.»", DQ, DRAGO, NP, "",
          c("70 percent", 70, "percent", "percent", "quote_opinion")),
        S("He added that wholesale prices had risen to €9.40 a litre, against €6.80 last November.", PP, DRAGO, NP, "added",
          c("€9.40 a litre", 9.4, "eur_per_litre", "money", "market"),
          c("€6.80", 6.8, "eur_per_litre", "money", "market")),
        N(c("63,000 tonnes", 63000, "tonne", "count", "public")),
        S("According to the National Institute for Agricultural Statistics, Valdorca accounts for almost a quarter of the country’s olive oil output.",
          PP, "National Institute for Agricultural Statistics", NI, "according to",
          c("a quarter", 0.25, "fraction", "percent", "public", "almost", "upper")),
        S("About 12,000 farms, most of them smaller than five hectares, depend on the crop, the association said, citing chamber of commerce data.",
          PP, CU, NI, "said",
          c("12,000 farms", 12000, "farm", "count", "public", "about", "approximate"),
          c("five hectares", 5, "hectare", "count", "public", "smaller than", "upper")),
        S("The regional councillor for agriculture, Giulia Ferrante-Oddo, told the agency that the region would ask the national government for an emergency fund of €25 million.",
          PP, FERRANTE, NP, "told",
          c("€25 million", 25000000, "eur", "money", "future")),
        S("«The money must arrive before the spring», she said, «otherwise many small producers will not survive».",
          DQ, FERRANTE, NP, "said"),
        S("An official at the agriculture ministry, who asked not to be named, said the request would be examined «within weeks».",
          PP, "an official at the agriculture ministry", UN, "said"),
        S("At a mill outside Casalverde, owner Pietro Lanzoni-Ruggeri said his presses had run for 19 days this autumn instead of the usual 60.",
          PP, LANZONI, NP, "said",
          c("19 days", 19, "day", "duration", "quote_opinion"),
          c("60", 60, "day", "duration", "quote_opinion")),
        S("«I have kept four of my nine workers», he said.", DQ, LANZONI, NP, "said",
          c("four", 4, "worker", "count", "quote_opinion"),
          c("nine workers", 9, "worker", "count", "quote_opinion")),
    ],

    "airport_runway_delays": [
        S("Controller Shortage Delays 40,000 Passengers, Airport Says", PP, KAG, NI, "says",
          c("40,000 Passengers", 40000, "passenger", "count", "partial",
            reason="The body gives nearly 38,000; airline records would settle it.")),
        S("Nearly 38,000 passengers were delayed at Kestrel International Airport over the weekend after a shortage of air traffic controllers forced the closure of one of its two runways, the operator, Kestrel Airports Group, said on Monday.",
          PP, KAG, NI, "said",
          c("38,000 passengers", 38000, "passenger", "count", "partial", "nearly", "upper"),
          c("one", 1, "runway", "count", "observed"),
          c("two runways", 2, "runway", "count", "public")),
        S("Some 214 flights were delayed by more than 45 minutes and 31 were cancelled, according to the operator’s figures.",
          PP, KAG + " figures", NI, "according to",
          c("214 flights", 214, "flight", "count", "flight", "some", "approximate"),
          c("45 minutes", 45, "minute", "duration", "flight", "more than", "lower"),
          c("31", 31, "flight", "count", "flight")),
        S("The average delay on Saturday was 78 minutes, and the worst, on a flight to Valmont, lasted 6½ hours, the company said.",
          PP, KAG, NI, "said",
          c("78 minutes", 78, "minute", "duration", "flight"),
          c("6½ hours", 6.5, "hour", "duration", "flight")),
        S("“We are deeply sorry,” chief operating officer Brendan Achterberg-Nwosu told reporters at the terminal.",
          DQ, ACHTERBERG, NP, "told"),
        S("“The runway was ready.", DQ, ACHTERBERG, NP, ""),
        S("The controllers were not.”", DQ, ACHTERBERG, NP, ""),
        S("The National Air Navigation Service said in a statement that 9 of its 26 controllers at Kestrel had called in sick on Saturday and that a new rota would apply from 1 December.",
          PP, "National Air Navigation Service", NI, "said",
          c("9", 9, "controller", "count", "internal"),
          c("26 controllers", 26, "controller", "count", "internal"),
          date("1 December", verif="future")),
        S("A senior airline executive, speaking on condition of anonymity, said his company alone had paid out about £400,000 in compensation and hotel costs.",
          PP, "a senior airline executive", UN, "said",
          c("£400,000", 400000, "gbp", "money", "unnamed", "about", "approximate")),
        S("Passengers on flights delayed by three hours or more can claim up to £520 per passenger, according to the Westmarch Civil Aviation Authority.",
          PP, "Westmarch Civil Aviation Authority", NI, "according to",
          c("three hours", 3, "hour", "duration", "rules", "or more", "lower"),
          c("£520 per passenger", 520, "gbp_per_passenger", "money", "rules", "up to", "upper")),
        S("Olu Drennan, 52, said she had spent seven hours in the departure lounge with her two children before her flight to Port Ellery left at 11:40 p.m.",
          PP, DRENNAN, NP, "said",
          c("52", 52, "year", "duration", "public"),
          c("seven hours", 7, "hour", "duration", "quote_opinion"),
          c("two children", 2, "child", "count", "public"),
          clock("11:40 p.m.", verif="flight")),
        S("“Nobody told us anything for the first three hours,” she said.", DQ, DRENNAN, NP, "said",
          c("three hours", 3, "hour", "duration", "quote_opinion")),
        S("“Then they gave us a £10 voucher for a sandwich.”", DQ, DRENNAN, NP, "",
          c("£10", 10, "gbp", "money", "quote_opinion")),
    ],

    "river_sewage_report": [
        S("Sewage Spills Into River Tenn Rose 40%, Agency Report Finds", PP, AEA_REPORT, NI, "finds",
          c("40%", 40, "percent", "percent", "report",
            reason="The published report gives 41 percent; a reader can compare.")),
        S("Raw sewage was released into the River Tenn on 1,874 occasions last year, up 41 percent on 2024, according to an annual report by the Ardmoor Environment Agency published on Wednesday.",
          PP, AEA_REPORT, NI, "according to",
          c("1,874 occasions", 1874, "occasion", "count", "report"),
          c("41 percent", 41, "percent", "percent", "report"),
          date("2024", verif="report")),
        S("The spills lasted a combined 11,300 hours, the report says, and 23 of the river’s 31 monitoring sites failed the bathing-water standard for E. coli.",
          PP, AEA_REPORT, NI, "says",
          c("11,300 hours", 11300, "hour", "duration", "report"),
          c("23", 23, "monitoring_site", "count", "report"),
          c("31 monitoring sites", 31, "monitoring_site", "count", "report")),
        S("Most of the discharges came from storm overflows operated by Tenn Valley Water, the agency said.", PP, AEA, NI, "said"),
        S("Tenn Valley Water said in a statement that it would spend £260 million over five years upgrading 48 treatment works, and that heavy rain in the first three months of 2025 had caused about a third of the spills.",
          PP, TVW, NI, "said",
          c("£260 million", 260000000, "gbp", "money", "future"),
          c("five years", 5, "year", "duration", "future"),
          c("48 treatment works", 48, "treatment_works", "count", "public"),
          c("three months", 3, "month", "duration", "weather"),
          date("2025", verif="weather"),
          c("a third", 0.3333, "fraction", "percent", "internal", "about", "approximate")),
        S("“Those numbers are a disgrace,” said Helena Marsh-Quigley of the campaign group Clean Tenn.", DQ, MARSH, NP, "said"),
        S("“Fish are dying, and children are swimming in it.", DQ, MARSH, NP, ""),
        S("We counted 14 dead otters along a two-mile stretch in August.”", DQ, MARSH, NP, "",
          c("14 dead otters", 14, "otter", "count", "quote_opinion"),
          c("two-mile", 2, "mile", "distance", "quote_opinion")),
        S("Campaigners said, citing the agency’s own data, that phosphate levels near the town of Ebbridge were up to three times the legal limit.",
          PP, "campaigners", UN, "said",
          c("three times", 3, "times", "count", "specialist", "up to", "upper")),
        S("A spokesman for the Water Services Authority said the company could be fined up to 10 percent of its annual turnover, which was £1.1 billion last year.",
          PP, "a spokesman for the Water Services Authority", UN, "said",
          c("10 percent", 10, "percent", "percent", "rules", "up to", "upper"),
          c("£1.1 billion", 1100000000, "gbp", "money", "filing")),
        S("Dr Rafael Quintero-Blake, a river ecologist at Ebbridge University, said recovery would take “at least a decade” even if the spills stopped tomorrow.",
          PP, QUINTERO, NP, "said",
          c("a decade", 1, "decade", "duration", "future", "at least", "lower")),
        S("“Sediment holds the phosphate,” he explained, “and releases it every summer for years.”", DQ, QUINTERO, NP, "explained"),
    ],
}


if __name__ == "__main__":
    for name, spec in SPECS.items():
        n_c, n_s = build(name, spec)
        print(f"{name}: {n_c} claims, {n_s} sentences")
