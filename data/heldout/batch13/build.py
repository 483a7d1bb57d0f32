"""Build the claims and sentences ledgers of data/heldout/batch13 from hand-chosen phrases.

Written 2026-11-28 (batch 13) by a helper session that never saw the extractor (see README.md).
The specs format and helper functions are copied from data/heldout/batch3/build.py (itself from batch 2).
Every span below was chosen by hand from a reading of the article; this script only turns each phrase
into its Python offsets (code points, end exclusive) and writes the CSVs. It imports nothing from the
project. Run: python data/heldout/batch13/build.py, then python data/heldout/batch13/verify.py.

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

KAS_REPORT, ACHTER = "Kelsworth Ambulance Service quarterly performance report", "Miriam Achterberg"
NWB, PCPA, TANU = "National Weather Bureau", "Pelanggi Civil Protection Agency", "Rosalind Tanudjaja"
OKL, HAILU = "Halle Okafor-Lind", "Dawit Hailu-Berg"
SKY, REIN = "Skyrell Airways", "Tomasz Reinholt-Achebe"
LPOL, WEND, OSEI = "Lindmoor Police", "Carys Wendover", "Marguerite Osei-Laurent"
STUDY, VEST, DRUM = "Journal of Northern Prehistory study", "Oyelaran Vestergaard", "Pavel Drummond-Sæther"
ABC, ABC_REPORT, OKW = "Ashcombe Borough Council", "Ashcombe Borough Council report", "Janet Okwuosa"
MWF, MARCH, BERTH = "Montvallier Winegrowers’ Federation", "Hélène Marchadier-Tissot", "Luc Berthoumieu"
NR, CASTEL, MOREAU = "Norland Rail", "Ruairi Castellanos-Beck", "Aisling Moreau-Dunne"
TCAD, HAVER = "Tallow County Air District", "Leona Haverkamp"

SPECS = {
    "ambulance_response_times": [
        S("Ambulances Taking Nearly 11 Minutes to Reach Most Urgent Calls, Report Says", PP, KAS_REPORT, NI, "says",
          c("11 Minutes", 11, "minute", "duration", "report", "nearly", "upper")),
        S("Ambulances in Kelsworth took an average of 10 minutes 48 seconds to reach the most urgent calls in the three months to September 30, according to the Kelsworth Ambulance Service’s quarterly performance report, published on Wednesday.",
          PP, KAS_REPORT, NI, "according to",
          c("10 minutes", 10, "minute", "duration", "report"),
          c("48 seconds", 48, "second", "duration", "report"),
          c("three months", 3, "month", "duration", "report"),
          date("September 30")),
        N(c("seven minutes", 7, "minute", "duration", "public")),
        S("The report says crews answered 41,350 emergency calls in the quarter, up 9 percent on the same period last year, and that one in four patients with suspected strokes waited longer than an hour.",
          PP, KAS_REPORT, NI, "says",
          c("41,350 emergency calls", 41350, "emergency_call", "count", "report"),
          c("9 percent", 9, "percent", "percent", "report"),
          c("one in four", 0.25, "fraction", "percent", "report"),
          c("an hour", 1, "hour", "duration", "report", "longer than", "lower")),
        S("“The problem is not on the road, it is at the hospital door,” said Dr. Miriam Achterberg, the service’s medical director.",
          DQ, ACHTER, NP, "said"),
        S("“Last month our crews lost 6,200 hours waiting outside emergency departments.", DQ, ACHTER, NP, "",
          c("6,200 hours", 6200, "hour", "duration", "internal")),
        S("That is roughly 500 shifts of 12 hours.”", DQ, ACHTER, NP, "",
          c("500 shifts", 500, "shift", "count", "arith", "roughly", "approximate",
            reason="6,200 hours divided by 12 is about 517 shifts; a reader can redo it."),
          c("12 hours", 12, "hour", "duration", "arith")),
        S("She added that handover delays had doubled since 2024.", PP, ACHTER, NP, "added",
          c("doubled", 2, "times", "count", "internal"),
          date("2024")),
        S("Kelsworth General Hospital said in a statement that it had opened a 14-bed assessment area on October 6 and that average handover times had fallen to 38 minutes.",
          PP, "Kelsworth General Hospital", NI, "said",
          c("14-bed", 14, "bed", "count", "observed"),
          date("October 6"),
          c("38 minutes", 38, "minute", "duration", "internal")),
        S("A senior paramedic, who asked not to be named because staff may not speak to the press, said crews had spent up to five hours in a single queue outside the hospital.",
          PP, "a senior paramedic", UN, "said",
          c("five hours", 5, "hour", "duration", "unnamed", "up to", "upper")),
        S("Gwen Pryor-Aldana, regional organiser for the Allied Health Workers’ Union, said the service was short of about 120 paramedics, citing the service’s own staffing figures.",
          PP, "Gwen Pryor-Aldana", NP, "said",
          c("120 paramedics", 120, "paramedic", "count", "partial", "about", "approximate")),
        N(date("November 12", verif="future")),
    ],

    "typhoon_landfall": [
        N(c("185 km/h", 185, "km_per_hour", "speed", "weather"),
          date("Oct 14")),
        S("Typhoon Halvard came ashore on the Pelanggi coast at about 4:30 a.m. local time on Tuesday with sustained winds of 185 km/h (115 mph), the National Weather Bureau said.",
          PP, NWB, NI, "said",
          clock("4:30 a.m. local time", verif="weather", qualifier="about", bound="approximate"),
          c("185 km/h", 185, "km_per_hour", "speed", "weather"),
          c("115 mph", 115, "mph", "speed", "conv")),
        S("Gusts reached 240 km/h at the Sembilan lighthouse, the bureau added, and up to 320 millimetres of rain fell in 24 hours.",
          PP, NWB, NI, "added",
          c("240 km/h", 240, "km_per_hour", "speed", "weather"),
          c("320 millimetres", 320, "mm", "distance", "weather", "up to", "upper"),
          c("24 hours", 24, "hour", "duration", "weather")),
        S("At least 11 people were killed and 37 injured, according to the Pelanggi Civil Protection Agency, which said nearly 260,000 people had been moved to shelters before the storm arrived.",
          PP, PCPA, NI, "according to",
          c("11 people", 11, "person", "count", "observed", "at least", "lower"),
          c("37", 37, "person", "count", "observed"),
          c("260,000 people", 260000, "person", "count", "partial", "nearly", "upper")),
        S("“We have never evacuated so many people in a single night,” the agency’s director, Rosalind Tanudjaja, told reporters in the capital.",
          DQ, TANU, NP, "told"),
        S("“The shelters were full within hours.", DQ, TANU, NP, ""),
        S("Some families walked 15 kilometres to reach them.”", DQ, TANU, NP, "",
          c("15 kilometres", 15, "km", "distance", "quote_opinion")),
        S("Pelanggi Power, the state utility, said about 1.4 million homes had lost electricity and that it expected to restore supply to 80 percent of them within three days.",
          PP, "Pelanggi Power", NI, "said",
          c("1.4 million homes", 1400000, "home", "count", "internal", "about", "approximate"),
          c("80 percent", 80, "percent", "percent", "future"),
          c("three days", 3, "day", "duration", "future", "within", "upper")),
        S("A government official, speaking on condition of anonymity, said early estimates put damage to crops and fishing boats at between $90 million and $140 million.",
          PP, "a government official", UN, "said",
          c("$90 million and $140 million", 90000000, "usd", "money", "unnamed", "between", "range", 140000000)),
        S("The bureau said the storm was moving west at 22 km/h and would weaken to a tropical storm by Wednesday evening, though heavy rain could continue for two more days.",
          PP, NWB, NI, "said",
          c("22 km/h", 22, "km_per_hour", "speed", "weather"),
          c("two more days", 2, "day", "duration", "future")),
        S("Fishermen in the port of Kuala Merah said waves of 6 metres (20 feet) had smashed moorings that survived the last big storm.",
          PP, "fishermen in the port of Kuala Merah", UN, "said",
          c("6 metres", 6, "metre", "distance", "quote_opinion"),
          c("20 feet", 20, "foot", "distance", "conv")),
    ],

    "athletics_championships": [
        N(c("20-Year-Old", 20, "year", "duration", "sport",
            reason="The body dates the record to 2005, 21 years ago; the results archive would settle it."),
          c("400m", 400, "metre", "distance", "sport")),
        S("Halle Okafor-Lind won the women’s 400 metres at the Vessmark Athletics Championships on Saturday in 49.87 seconds, breaking a championship record that had stood since 2005, officials at Rendal Stadium said.",
          PP, "officials at Rendal Stadium", UN, "said",
          c("400 metres", 400, "metre", "distance", "sport"),
          c("49.87 seconds", 49.87, "second", "duration", "sport"),
          date("2005", verif="sport")),
        S("“I saw the clock at 300 metres and thought, this is it,” the 24-year-old told reporters after the race.",
          DQ, OKL, NP, "told",
          c("300 metres", 300, "metre", "distance", "quote_opinion"),
          c("24-year-old", 24, "year", "duration", "public")),
        S("“My coach said I could run under 50 seconds.", DQ, OKL, NP, "",
          c("50 seconds", 50, "second", "duration", "sport", "under", "upper")),
        S("I didn’t believe him until today.”", DQ, OKL, NP, ""),
        S("Her coach, Anselm Varga, said the time would have placed her fifth at last year’s world final.",
          PP, "Anselm Varga", NP, "said"),
        N(c("10,000 metres", 10000, "metre", "distance", "sport"),
          c("28 minutes", 28, "minute", "duration", "sport"),
          c("3.4 seconds", 3.4, "second", "duration", "sport"),
          c("a second", 1, "second", "duration", "sport", "less than", "upper")),
        S("Organisers said 18,400 spectators attended on Saturday, nearly double the figure for the opening day, and that about 3,000 tickets remained for Sunday’s finals.",
          PP, "organisers", UN, "said",
          c("18,400 spectators", 18400, "spectator", "count", "internal"),
          c("double", 2, "times", "count", "internal", "nearly", "upper"),
          c("3,000 tickets", 3000, "ticket", "count", "internal", "about", "approximate")),
        S("“The track is fast, the crowd is loud,” said the federation’s president, Ines Marchetti-Oyelaran, “and we are seeing times we have not seen here in a decade.”",
          DQ, "Ines Marchetti-Oyelaran", NP, "said",
          c("a decade", 1, "decade", "duration", "sport")),
        S("The championships also serve as the trial for the European team, with two athletes per event selected, according to the Vessmark Athletics Federation’s selection rules.",
          PP, "Vessmark Athletics Federation selection rules", NI, "according to",
          c("two athletes per event", 2, "athlete_per_event", "count", "public")),
        S("Hailu-Berg, 31, said he would skip the 5,000 metres on Sunday to rest a sore calf.", PP, HAILU, NP, "said",
          c("31", 31, "year", "duration", "public"),
          c("5,000 metres", 5000, "metre", "distance", "future")),
        S("“I have run four races in eight days,” he said.", DQ, HAILU, NP, "said",
          c("four races", 4, "race", "count", "sport"),
          c("eight days", 8, "day", "duration", "sport")),
        S("“My legs are telling me to stop.”", DQ, HAILU, NP, ""),
    ],

    "airline_results": [
        N(c("€212 Million", 212000000, "eur", "money", "filing")),
        S("Skyrell Airways reported a net profit of €212 million for the six months to September 30, against a loss of €48 million in the same period last year, the Dunmere-based carrier said on Thursday.",
          PP, SKY, NI, "said",
          c("€212 million", 212000000, "eur", "money", "filing"),
          c("six months", 6, "month", "duration", "filing"),
          date("September 30"),
          c("€48 million", 48000000, "eur", "money", "filing")),
        S("Revenue rose 14 percent to €2.9 billion, and the airline carried 11.6 million passengers, it said in a statement to the Brannock stock exchange.",
          PP, SKY, NI, "said",
          c("14 percent", 14, "percent", "percent", "filing"),
          c("€2.9 billion", 2900000000, "eur", "money", "filing"),
          c("11.6 million passengers", 11600000, "passenger", "count", "filing")),
        N(c("87.5 percent", 87.5, "percent", "percent", "filing"),
          c("31-year", 31, "year", "duration", "public")),
        S("Chief executive Tomasz Reinholt-Achebe said: “Demand has not slowed at all.", DQ, REIN, NP, "said"),
        S("We are adding 14 aircraft next year and opening 22 new routes.”", DQ, REIN, NP, "",
          c("14 aircraft", 14, "aircraft", "count", "future"),
          c("22 new routes", 22, "route", "count", "future")),
        S("He added that fuel, which makes up roughly a third of the airline’s costs, was expected to become 5 to 8 percent more expensive.",
          PP, REIN, NP, "added",
          c("a third", 0.3333, "fraction", "percent", "filing", "roughly", "approximate"),
          c("5 to 8 percent", 5, "percent", "percent", "future", "", "range", 8)),
        S("Shares rose 6.2 percent to €14.35 by 12:30 GMT, according to Brannock Stock Exchange data.",
          PP, "Brannock Stock Exchange data", NI, "according to",
          c("6.2 percent", 6.2, "percent", "percent", "market"),
          c("€14.35", 14.35, "eur", "money", "market"),
          clock("12:30 GMT", verif="market")),
        S("Analysts at Corvin Securities had forecast a profit of €190 million, Lukas Ferreira-Dahl, a transport analyst at the firm, wrote in a note to clients.",
          PP, "Lukas Ferreira-Dahl", NP, "wrote",
          c("€190 million", 190000000, "eur", "money", "partial")),
        S("A representative of the pilots’ union, who declined to be named, said some crews had flown up to 900 hours in the past year, close to the legal limit of 1,000.",
          PP, "a representative of the pilots’ union", UN, "said",
          c("900 hours", 900, "hour", "duration", "unnamed", "up to", "upper"),
          c("1,000", 1000, "hour", "duration", "public")),
        S("The company said it would pay a dividend of 35 cents a share, its first since 2019.", PP, SKY, NI, "said",
          c("35 cents a share", 0.35, "eur_per_share", "money", "filing"),
          date("2019", verif="filing")),
    ],

    "art_theft": [
        S("Police: Two Paintings Worth €4m Taken in Gallery Raid", PP, LPOL, NI, "",
          c("Two Paintings", 2, "painting", "count", "observed"),
          c("€4m", 4000000, "eur", "money", "partial")),
        S("Thieves took two paintings by the Flemish master Joris Vandermeulen from the Verhaegen Gallery in Lindmoor early on Sunday, leaving in under four minutes, Lindmoor Police said.",
          PP, LPOL, NI, "said",
          c("two paintings", 2, "painting", "count", "observed"),
          c("four minutes", 4, "minute", "duration", "internal", "under", "upper")),
        S("According to the police, the pair broke a ground-floor window at 3:12 a.m. and the alarm sounded 40 seconds later.",
          PP, LPOL, NI, "according to",
          clock("3:12 a.m.", verif="internal"),
          c("40 seconds", 40, "second", "duration", "internal")),
        S("“They knew exactly what they wanted,” Detective Inspector Carys Wendover told reporters outside the gallery.",
          DQ, WEND, NP, "told"),
        S("“They walked past a portrait worth more than either of them.", DQ, WEND, NP, ""),
        S("This was planned for weeks, not days.”", DQ, WEND, NP, ""),
        S("The gallery’s insurer, Halden Mutual, put the value of the two works at about €4.2 million, according to a claim document seen by the Lindmoor Courier.",
          PP, "a claim document seen by the Lindmoor Courier", UN, "according to",
          c("two works", 2, "work", "count", "observed"),
          c("€4.2 million", 4200000, "eur", "money", "unnamed", "about", "approximate")),
        S("The gallery’s director, Marguerite Osei-Laurent, said the smaller painting, measuring 46 by 38 centimetres, had not left the building since 1962.",
          PP, OSEI, NP, "said",
          c("46", 46, "centimetre", "distance", "public"),
          c("38 centimetres", 38, "centimetre", "distance", "public"),
          date("1962", verif="internal")),
        S("A person familiar with the investigation said detectives were examining footage from at least 30 cameras and had questioned a 52-year-old former security guard.",
          PP, "a person familiar with the investigation", UN, "said",
          c("30 cameras", 30, "camera", "count", "unnamed", "at least", "lower"),
          c("52-year-old", 52, "year", "duration", "unnamed")),
        S("Police are offering a reward of up to €50,000 for information, the force said in a statement on Monday.",
          PP, LPOL, NI, "said",
          c("€50,000", 50000, "eur", "money", "public", "up to", "upper")),
        S("The gallery, which holds about 1,800 works, will reopen on Thursday with the two empty frames left on the wall, Osei-Laurent said.",
          PP, OSEI, NP, "said",
          c("1,800 works", 1800, "work", "count", "public", "about", "approximate"),
          c("two empty frames", 2, "frame", "count", "observed")),
        S("“People should see what was taken from them,” she added.", DQ, OSEI, NP, "added"),
    ],

    "ancient_dna_study": [
        S("Study: Bronze Age Farmers Drank Milk 2,000 Years Earlier Than Thought", PP, STUDY, NI, "",
          c("2,000 Years", 2000, "year", "duration", "specialist",
            reason="The body never gives the earlier date it is compared with; only specialists could check it.")),
        S("A gene variant that lets adults digest milk was already common among farmers in the Carrandale valley about 4,500 years ago, according to a study published on Monday in the Journal of Northern Prehistory.",
          PP, STUDY, NI, "according to",
          c("4,500 years", 4500, "year", "duration", "paper", "about", "approximate")),
        S("The team, led by researchers at the University of Astmoor, sequenced DNA from 212 skeletons found at 14 burial sites, the study says.",
          PP, STUDY, NI, "says",
          c("212 skeletons", 212, "skeleton", "count", "paper"),
          c("14 burial sites", 14, "burial_site", "count", "paper")),
        S("It found the variant in 31 percent of individuals dated to between 2600 and 2400 BC, against 4 percent in earlier groups.",
          PP, STUDY, NI, "found",
          c("31 percent", 31, "percent", "percent", "paper"),
          date("2600", verif="paper"),
          date("2400 BC", verif="paper"),
          c("4 percent", 4, "percent", "percent", "paper")),
        S("“We expected to see it creep in slowly,” said Dr. Oyelaran Vestergaard, the study’s lead author.",
          DQ, VEST, NP, "said"),
        S("“Instead it jumps in roughly 10 generations.", DQ, VEST, NP, "",
          c("10 generations", 10, "generation", "duration", "paper", "roughly", "approximate")),
        S("Something made milk worth drinking, and fast.”", DQ, VEST, NP, ""),
        S("Vestergaard said the team had counted each generation as 25 years, a standard assumption in the field.",
          PP, VEST, NP, "said",
          c("25 years", 25, "year", "duration", "paper")),
        S("Pavel Drummond-Sæther, a geneticist at the Vellstad Institute of Human Origins who was not involved in the work, said the sample from the earlier period, fewer than 40 skeletons, was “too small to bear the weight of the conclusion”.",
          PP, DRUM, NP, "said",
          c("40 skeletons", 40, "skeleton", "count", "paper", "fewer than", "upper")),
        S("“It is a striking result,” he said, “but I would want to see another 100 genomes before rewriting the textbooks.”",
          DQ, DRUM, NP, "said",
          c("100 genomes", 100, "genome", "count", "quote_opinion")),
        S("The project was funded by a £1.8 million grant from the Carrandale Heritage Trust, the university said.",
          PP, "University of Astmoor", NI, "said",
          c("£1.8 million", 1800000, "gbp", "money", "public")),
        S("The researchers plan to sample a further nine sites in the valley by 2028, according to a statement from the trust.",
          PP, "Carrandale Heritage Trust statement", NI, "according to",
          c("nine sites", 9, "site", "count", "future"),
          date("2028", verif="future")),
    ],

    "library_closure": [
        N(c("7", 7, "vote", "count", "vote"),
          c("4", 4, "vote", "count", "vote")),
        S("Ashcombe Borough Council voted by seven votes to four on Tuesday night to close the Harlby Road library on March 31, ending 68 years of service and saving about £240,000 a year, the council confirmed on Wednesday.",
          PP, ABC, NI, "confirmed",
          c("seven votes", 7, "vote", "count", "vote"),
          c("four", 4, "vote", "count", "vote"),
          date("March 31", verif="vote"),
          c("68 years", 68, "year", "duration", "public"),
          c("£240,000 a year", 240000, "gbp_per_year", "money", "future", "about", "approximate")),
        S("According to a council report prepared for the meeting, visits to the branch fell from 61,000 in 2019 to 34,500 last year, a drop of 43 percent.",
          PP, ABC_REPORT, NI, "according to",
          c("61,000", 61000, "visit", "count", "report"),
          date("2019", verif="report"),
          c("34,500", 34500, "visit", "count", "report"),
          c("43 percent", 43, "percent", "percent", "arith",
            reason="61,000 to 34,500 is a fall of 43.4 percent; a reader can redo it.")),
        S("The report says the building needs repairs costing an estimated £1.1 million, including a new roof.",
          PP, ABC_REPORT, NI, "says",
          c("£1.1 million", 1100000, "gbp", "money", "report", "estimated", "approximate")),
        S("Councillor Dominic Fairweather-Iyer, the cabinet member for communities, said the borough was “not closing a library, but moving it”.",
          PP, "Dominic Fairweather-Iyer", NP, "said"),
        S("He added that a smaller service would open inside the Mercer Street leisure centre, 1.2 miles away, by September.",
          PP, "Dominic Fairweather-Iyer", NP, "added",
          c("1.2 miles", 1.2, "mile", "distance", "public")),
        S("“Four thousand children use that library,” said Councillor Janet Okwuosa, who voted against.",
          DQ, OKW, NP, "said",
          c("Four thousand children", 4000, "child", "count", "internal")),
        S("“The leisure centre is two bus rides away for families on the Harlby estate.", DQ, OKW, NP, "",
          c("two bus rides", 2, "bus_ride", "count", "public")),
        S("We will be back with a petition.”", DQ, OKW, NP, ""),
        S("A council officer, speaking privately, said at least three of the branch’s eight staff were expected to take redundancy.",
          PP, "a council officer", UN, "said",
          c("three", 3, "staff", "count", "unnamed", "at least", "lower"),
          c("eight staff", 8, "staff", "count", "public")),
        S("A petition against the closure has gathered more than 5,200 signatures, its organisers said.",
          PP, "organisers", UN, "said",
          c("5,200 signatures", 5200, "signature", "count", "partial", "more than", "lower")),
        S("Residents have until 5 p.m. on January 15 to ask for the decision to be reviewed, according to the council’s constitution.",
          PP, "Ashcombe Borough Council constitution", NI, "according to",
          clock("5 p.m.", verif="public"),
          date("January 15", verif="public")),
    ],

    "wine_harvest_wire": [
        N(c("a third", 0.3333, "fraction", "percent", "partial",
            reason="The body gives about 31 percent; the final harvest declarations would settle it."),
          date("9 Oct")),
        S("The wine harvest in the Montvallier region will be about 31 % smaller than last year, at roughly 1.9 million hectolitres, the Montvallier Winegrowers’ Federation said on Thursday.",
          PP, MWF, NI, "said",
          c("31 %", 31, "percent", "percent", "future", "about", "approximate"),
          c("1.9 million hectolitres", 1900000, "hectolitre", "count", "future", "roughly", "approximate")),
        S("« We have not seen a harvest this small since 1991 », said its president, Hélène Marchadier-Tissot.",
          DQ, MARCH, NP, "said",
          date("1991", verif="public")),
        S("« In some villages, frost destroyed 80 % of the buds on the night of 22 April. »", DQ, MARCH, NP, "",
          c("80 %", 80, "percent", "percent", "quote_opinion"),
          date("22 April", verif="weather")),
        S("According to the forecaster Météo-Nord, temperatures fell to −6 °C that night, three weeks after the vines had begun to bud.",
          PP, "Météo-Nord", NI, "according to",
          c("−6 °C", -6, "degree_celsius", "count", "weather"),
          c("three weeks", 3, "week", "duration", "partial")),
        S("The federation estimates losses at between €120 million and €150 million, and says only one grower in five was insured against frost.",
          PP, MWF, NI, "estimates",
          c("€120 million and €150 million", 120000000, "eur", "money", "future", "between", "range", 150000000),
          c("one grower in five", 0.2, "fraction", "percent", "partial")),
        S("The Ministry of Agriculture announced emergency aid of €40 million on Wednesday.", PP, "Ministry of Agriculture", NI, "announced",
          c("€40 million", 40000000, "eur", "money", "public")),
        S("« It is a first step, not a solution », commented Luc Berthoumieu, a grower in Saint-Aurel who lost two-thirds of his crop.",
          DQ, BERTH, NP, "commented",
          c("two-thirds", 0.6667, "fraction", "percent", "quote_opinion")),
        S("Traders quoted by the federation expect bulk wine prices to rise by 10 to 15 % over the winter.",
          PP, "traders", UN, "expect",
          c("10 to 15 %", 10, "percent", "percent", "future", "", "range", 15)),
        S("« Some families have worked these slopes for five generations », Berthoumieu added.", DQ, BERTH, NP, "added",
          c("five generations", 5, "generation", "duration", "quote_opinion")),
        S("« Two more years like this and they will sell. »", DQ, BERTH, NP, "",
          c("Two more years", 2, "year", "duration", "future")),
    ],

    "rail_strike": [
        S("Rail Strike Cancels Four in Five Trains, Operator Says", PP, NR, NI, "says",
          c("Four in Five", 0.8, "fraction", "percent", "arith",
            reason="About 2,300 of 2,900 trains is 79 percent; a reader can redo it.")),
        S("About 2,300 of the 2,900 trains Norland Rail runs on a normal weekday were cancelled on Monday as drivers began a 48-hour strike over pay, the operator said.",
          PP, NR, NI, "said",
          c("2,300", 2300, "train", "count", "observed", "about", "approximate"),
          c("2,900 trains", 2900, "train", "count", "public"),
          c("48-hour", 48, "hour", "duration", "public")),
        S("The Drivers’ Federation said it was asking for a 7.5 percent pay rise, against the 4 percent Norland Rail has offered.",
          PP, "Drivers’ Federation", NI, "said",
          c("7.5 percent", 7.5, "percent", "percent", "public"),
          c("4 percent", 4, "percent", "percent", "public")),
        S("The federation’s general secretary, Ruairi Castellanos-Beck, said: “Our members have had one real-terms rise in six years.",
          DQ, CASTEL, NP, "said",
          c("one real-terms rise", 1, "real_terms_rise", "count", "partial"),
          c("six years", 6, "year", "duration", "partial")),
        S("Nobody strikes for fun.”", DQ, CASTEL, NP, ""),
        S("He told reporters at the Harrowgate depot that a further strike, lasting 72 hours, would begin on December 3 unless talks resumed.",
          PP, CASTEL, NP, "told",
          c("72 hours", 72, "hour", "duration", "future"),
          date("December 3", verif="future")),
        S("At Caldmere Central, the busiest station, passenger numbers were down by nearly 70 percent by 9 a.m., a station manager told the Norland Herald.",
          PP, "a station manager", UN, "told",
          c("70 percent", 70, "percent", "percent", "unnamed", "nearly", "upper"),
          clock("9 a.m.", verif="unnamed")),
        S("The Norland Chamber of Commerce estimated that each day of strikes costs businesses around £35 million in lost output.",
          PP, "Norland Chamber of Commerce", NI, "estimated",
          c("£35 million", 35000000, "gbp", "money", "specialist", "around", "approximate")),
        S("Norland Rail said 140 replacement buses were running on the busiest routes, with journeys taking up to twice as long.",
          PP, NR, NI, "said",
          c("140 replacement buses", 140, "replacement_bus", "count", "observed"),
          c("twice", 2, "times", "count", "observed", "up to", "upper")),
        S("A transport ministry official, who asked not to be named, said ministers had no plans to intervene.",
          PP, "a transport ministry official", UN, "said"),
        S("Commuter Aisling Moreau-Dunne, 29, said her journey from Westfold had taken two hours and 10 minutes instead of the usual 35.",
          PP, MOREAU, NP, "said",
          c("29", 29, "year", "duration", "public"),
          c("two hours", 2, "hour", "duration", "quote_opinion"),
          c("10 minutes", 10, "minute", "duration", "quote_opinion"),
          c("35", 35, "minute", "duration", "timetable")),
        S("“I’ll be working from home on Tuesday,” she said.", DQ, MOREAU, NP, "said"),
    ],

    "wildfire_smoke": [
        N(c("300", 300, "aqi", "count", "observed", "tops", "lower")),
        S("The air quality index in Pinecrest reached 342 at 4 p.m. on Sunday, the highest reading since monitoring began in 1999, according to the Tallow County Air District.",
          PP, TCAD, NI, "according to",
          c("342", 342, "aqi", "count", "observed"),
          clock("4 p.m.", verif="observed"),
          date("1999", verif="public")),
        S("Fine particles peaked at 287 micrograms per cubic metre, nearly 20 times the state’s 24-hour limit of 15, the district said.",
          PP, TCAD, NI, "said",
          c("287 micrograms per cubic metre", 287, "microgram_per_cubic_metre", "count", "observed"),
          c("20 times", 20, "times", "count", "arith", "nearly", "upper",
            reason="287 divided by 15 is 19.1; a reader can redo it."),
          c("24-hour", 24, "hour", "duration", "public"),
          c("15", 15, "microgram_per_cubic_metre", "count", "public")),
        S("The smoke is drifting from the Ridgeback fire, which has burned about 41,000 acres (16,600 hectares) in the Carlow Hills, 60 miles to the north, fire officials said.",
          PP, "fire officials", UN, "said",
          c("41,000 acres", 41000, "acre", "count", "observed", "about", "approximate"),
          c("16,600 hectares", 16600, "hectare", "count", "conv", "about", "approximate"),
          c("60 miles", 60, "mile", "distance", "public")),
        S("“If you can smell smoke, you are breathing it,” said Dr. Leona Haverkamp, the county’s health officer.",
          DQ, HAVER, NP, "said"),
        S("“Keep windows shut and run an air purifier if you have one.", DQ, HAVER, NP, ""),
        S("Children, people over 65 and anyone with asthma should stay indoors.”", DQ, HAVER, NP, "",
          c("65", 65, "year", "duration", "public", "over", "lower")),
        S("She added that emergency visits for breathing problems at Pinecrest Memorial Hospital had risen to 112 on Saturday, from a typical 30 to 40.",
          PP, HAVER, NP, "added",
          c("112", 112, "visit", "count", "internal"),
          c("30 to 40", 30, "visit", "count", "internal", "", "range", 40)),
        S("The Pinecrest Unified School District said all 23 of its schools would stay closed on Monday, affecting some 14,000 pupils.",
          PP, "Pinecrest Unified School District", NI, "said",
          c("23", 23, "school", "count", "public"),
          c("14,000 pupils", 14000, "pupil", "count", "public", "some", "approximate")),
        S("Forecasters at the regional weather office expect the wind to shift within 48 hours but warned that the air could stay “very unhealthy” until Wednesday.",
          PP, "forecasters at the regional weather office", UN, "expect",
          c("48 hours", 48, "hour", "duration", "future", "within", "upper")),
        S("Hardware stores reported selling out of filter masks by Saturday afternoon, according to the Pinecrest Chamber of Commerce, which said one chain had sold 9,000 in two days.",
          PP, "Pinecrest Chamber of Commerce", NI, "according to",
          c("9,000", 9000, "mask", "count", "internal"),
          c("two days", 2, "day", "duration", "internal")),
    ],
}


if __name__ == "__main__":
    for name, spec in SPECS.items():
        n_c, n_s = build(name, spec)
        print(f"{name}: {n_c} claims, {n_s} sentences")
