"""Word lists and small word helpers shared by the extractor's rules (numbers, sentences, attribution)."""
from __future__ import annotations

import re

# --- vocabularies -------------------------------------------------------------------------------------

_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12}
_SCALE_ABBREVIATIONS = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}

# surface form (lower case) -> (ledger unit, claim_type, pint unit)
_MEASURES = {
    "nautical miles": ("nautical_mile", "distance", "nautical_mile"),
    "nautical mile": ("nautical_mile", "distance", "nautical_mile"),
    "nmi": ("nautical_mile", "distance", "nautical_mile"),
    "kilometres per hour": ("km_per_hour", "speed", "kilometer / hour"),
    "kilometers per hour": ("km_per_hour", "speed", "kilometer / hour"),
    "km per hour": ("km_per_hour", "speed", "kilometer / hour"),
    "km/h": ("km_per_hour", "speed", "kilometer / hour"),
    "km/hr": ("km_per_hour", "speed", "kilometer / hour"),
    "kmh": ("km_per_hour", "speed", "kilometer / hour"),
    "kph": ("km_per_hour", "speed", "kilometer / hour"),
    "miles per hour": ("mile_per_hour", "speed", "mile / hour"),
    "mph": ("mile_per_hour", "speed", "mile / hour"),
    "metres per second": ("m_per_s", "speed", "meter / second"),
    "meters per second": ("m_per_s", "speed", "meter / second"),
    "m/s": ("m_per_s", "speed", "meter / second"),
    "knots": ("knot", "speed", "knot"),
    "knot": ("knot", "speed", "knot"),
    "kts": ("knot", "speed", "knot"),
    "kilometres": ("km", "distance", "kilometer"),
    "kilometers": ("km", "distance", "kilometer"),
    "kilometre": ("km", "distance", "kilometer"),
    "kilometer": ("km", "distance", "kilometer"),
    "km": ("km", "distance", "kilometer"),
    "metres": ("m", "distance", "meter"),
    "meters": ("m", "distance", "meter"),
    "metre": ("m", "distance", "meter"),
    "meter": ("m", "distance", "meter"),
    "m": ("m", "distance", "meter"),
    "centimetres": ("cm", "distance", "centimeter"),
    "centimeters": ("cm", "distance", "centimeter"),
    "cm": ("cm", "distance", "centimeter"),
    "millimetres": ("mm", "distance", "millimeter"),
    "millimeters": ("mm", "distance", "millimeter"),
    "mm": ("mm", "distance", "millimeter"),
    "miles": ("mile", "distance", "mile"),
    "mile": ("mile", "distance", "mile"),
    "mi": ("mile", "distance", "mile"),
    "feet": ("foot", "distance", "foot"),
    "foot": ("foot", "distance", "foot"),
    "ft": ("foot", "distance", "foot"),
    "yards": ("yard", "distance", "yard"),
    "yard": ("yard", "distance", "yard"),
    "yd": ("yard", "distance", "yard"),
    "inches": ("inch", "distance", "inch"),
    "inch": ("inch", "distance", "inch"),
    "centuries": ("century", "duration", "century"),
    "century": ("century", "duration", "century"),
    "decades": ("decade", "duration", "decade"),
    "decade": ("decade", "duration", "decade"),
    "years": ("year", "duration", "year"),
    "year": ("year", "duration", "year"),
    "yrs": ("year", "duration", "year"),
    "months": ("month", "duration", "month"),
    "month": ("month", "duration", "month"),
    "weeks": ("week", "duration", "week"),
    "week": ("week", "duration", "week"),
    "days": ("day", "duration", "day"),
    "day": ("day", "duration", "day"),
    "hours": ("hour", "duration", "hour"),
    "hour": ("hour", "duration", "hour"),
    "hrs": ("hour", "duration", "hour"),
    "hr": ("hour", "duration", "hour"),
    "h": ("hour", "duration", "hour"),
    "minutes": ("minute", "duration", "minute"),
    "minute": ("minute", "duration", "minute"),
    "mins": ("minute", "duration", "minute"),
    "min": ("minute", "duration", "minute"),
    "seconds": ("second", "duration", "second"),
    # Temperatures: a type of their own (never a count to add up), with the scale in the unit; SI is kelvin.
    "°f": ("degree_fahrenheit", "temperature", "degF"),
    "°c": ("degree_celsius", "temperature", "degC"),
    "degrees fahrenheit": ("degree_fahrenheit", "temperature", "degF"),
    "degrees celsius": ("degree_celsius", "temperature", "degC"),
    "degrees centigrade": ("degree_celsius", "temperature", "degC"),
    # Volumes; "gallon" is the US gallon, as "ton" is the US ton.
    "litres": ("litre", "volume", "liter"),
    "litre": ("litre", "volume", "liter"),
    "liters": ("litre", "volume", "liter"),
    "liter": ("litre", "volume", "liter"),
    "millilitres": ("ml", "volume", "milliliter"),
    "millilitre": ("ml", "volume", "milliliter"),
    "milliliters": ("ml", "volume", "milliliter"),
    "milliliter": ("ml", "volume", "milliliter"),
    "ml": ("ml", "volume", "milliliter"),
    "cubic metres": ("cubic_metre", "volume", "cubic_metre"),
    "cubic metre": ("cubic_metre", "volume", "cubic_metre"),
    "cubic meters": ("cubic_metre", "volume", "cubic_metre"),
    "cubic meter": ("cubic_metre", "volume", "cubic_metre"),
    "gallons": ("gallon", "volume", "gallon"),
    "gallon": ("gallon", "volume", "gallon"),
    # "79,000 US gallons": the gallon the extractor already reads, named (learner AC, AC-L5).
    "us gallons": ("gallon", "volume", "gallon"),
    "us gallon": ("gallon", "volume", "gallon"),
    "u.s. gallons": ("gallon", "volume", "gallon"),
    "u.s. gallon": ("gallon", "volume", "gallon"),
    # "500 cubic feet" is a volume, not a count of feet (learner AA's AA-M5).
    "cubic feet": ("cubic_foot", "volume", "cubic_foot"),
    "cubic foot": ("cubic_foot", "volume", "cubic_foot"),
    "cubic yards": ("cubic_yard", "volume", "cubic_yard"),
    "cubic yard": ("cubic_yard", "volume", "cubic_yard"),
    # Areas ("about 300 acres", "12 square kilometres"): a type of their own, in m^2 (learner AA's AA-L5).
    "acres": ("acre", "area", "acre"),
    "acre": ("acre", "area", "acre"),
    "hectares": ("hectare", "area", "hectare"),
    "hectare": ("hectare", "area", "hectare"),
    "square kilometres": ("square_kilometre", "area", "square_kilometre"),
    "square kilometre": ("square_kilometre", "area", "square_kilometre"),
    "square kilometers": ("square_kilometre", "area", "square_kilometre"),
    "square kilometer": ("square_kilometre", "area", "square_kilometre"),
    "square metres": ("square_metre", "area", "square_metre"),
    "square metre": ("square_metre", "area", "square_metre"),
    "square meters": ("square_metre", "area", "square_metre"),
    "square meter": ("square_metre", "area", "square_metre"),
    "square miles": ("square_mile", "area", "square_mile"),
    "square mile": ("square_mile", "area", "square_mile"),
    "square feet": ("square_foot", "area", "square_foot"),
    "square foot": ("square_foot", "area", "square_foot"),
    "square yards": ("square_yard", "area", "square_yard"),
    "square yard": ("square_yard", "area", "square_yard"),
    # Volumes and areas written as symbols or short forms ("2,500 m³", "30 m² (323 sq ft)", "88,287 cu ft"): read as
    # the volume or area they are, not as metres, feet or a count of "sq" (learner AI, H2); "5 m" stays metres.
    "m³": ("cubic_metre", "volume", "cubic_metre"),
    "m3": ("cubic_metre", "volume", "cubic_metre"),
    "cu m": ("cubic_metre", "volume", "cubic_metre"),
    "cu. m": ("cubic_metre", "volume", "cubic_metre"),
    "ft³": ("cubic_foot", "volume", "cubic_foot"),
    "ft3": ("cubic_foot", "volume", "cubic_foot"),
    "cu ft": ("cubic_foot", "volume", "cubic_foot"),
    "cu. ft": ("cubic_foot", "volume", "cubic_foot"),
    "cu.ft": ("cubic_foot", "volume", "cubic_foot"),
    "cubic ft": ("cubic_foot", "volume", "cubic_foot"),
    "m²": ("square_metre", "area", "square_metre"),
    "m2": ("square_metre", "area", "square_metre"),
    "sq m": ("square_metre", "area", "square_metre"),
    "sq. m": ("square_metre", "area", "square_metre"),
    "sq metres": ("square_metre", "area", "square_metre"),
    "sq metre": ("square_metre", "area", "square_metre"),
    "sq meters": ("square_metre", "area", "square_metre"),
    "sq meter": ("square_metre", "area", "square_metre"),
    "km²": ("square_kilometre", "area", "square_kilometre"),
    "km2": ("square_kilometre", "area", "square_kilometre"),
    "sq km": ("square_kilometre", "area", "square_kilometre"),
    "sq. km": ("square_kilometre", "area", "square_kilometre"),
    "sq kilometres": ("square_kilometre", "area", "square_kilometre"),
    "sq kilometers": ("square_kilometre", "area", "square_kilometre"),
    "ft²": ("square_foot", "area", "square_foot"),
    "ft2": ("square_foot", "area", "square_foot"),
    "sq ft": ("square_foot", "area", "square_foot"),
    "sq. ft": ("square_foot", "area", "square_foot"),
    "sq.ft": ("square_foot", "area", "square_foot"),
    "sq feet": ("square_foot", "area", "square_foot"),
    "sq foot": ("square_foot", "area", "square_foot"),
    "mi²": ("square_mile", "area", "square_mile"),
    "mi2": ("square_mile", "area", "square_mile"),
    "sq mi": ("square_mile", "area", "square_mile"),
    "sq. mi": ("square_mile", "area", "square_mile"),
    "sq miles": ("square_mile", "area", "square_mile"),
    "sq mile": ("square_mile", "area", "square_mile"),
    "yd²": ("square_yard", "area", "square_yard"),
    "sq yd": ("square_yard", "area", "square_yard"),
    "sq yards": ("square_yard", "area", "square_yard"),
    "second": ("second", "duration", "second"),
    "secs": ("second", "duration", "second"),
    # Masses ("500-tonne crane"); "pounds" is left out, as more often money than weight.
    "tonnes": ("tonne", "mass", "metric_ton"),
    "tonne": ("tonne", "mass", "metric_ton"),
    "metric tons": ("tonne", "mass", "metric_ton"),
    "metric ton": ("tonne", "mass", "metric_ton"),
    "tons": ("ton", "mass", "short_ton"),
    "ton": ("ton", "mass", "short_ton"),
    "kilograms": ("kg", "mass", "kilogram"),
    "kilogram": ("kg", "mass", "kilogram"),
    "kg": ("kg", "mass", "kilogram"),
    "grams": ("g", "mass", "gram"),
    "gram": ("g", "mass", "gram"),
    "lbs": ("pound_mass", "mass", "pound"),
    "lb": ("pound_mass", "mass", "pound"),
    "sec": ("second", "duration", "second"),
}
# Abbreviations are matched in lower case only ("5 M" is more often millions than metres).
_MEASURE_ABBREVIATIONS = {"kg", "lb", "lbs", "nmi", "km/h", "km/hr", "kmh", "kph", "mph", "m/s", "kts", "km", "m", "cm", "mm", "mi", "ft", "yd", "yrs", "hrs", "hr", "h", "mins", "min", "secs", "sec", "ml",
                           # symbols of volumes and areas: in lower case only, and never followed by a letter or digit
                           "m³", "m3", "cu m", "cu. m", "ft³", "ft3", "cu ft", "cu. ft", "cu.ft", "m²", "m2", "sq m", "sq. m", "km²",
                           "km2", "sq km", "sq. km", "ft²", "ft2", "sq ft", "sq. ft", "sq.ft", "mi²", "mi2", "sq mi", "sq. mi", "yd²", "sq yd"}
_SI_UNIT = {"distance": "m", "speed": "m/s", "duration": "s", "mass": "kg", "temperature": "K", "volume": "m^3", "area": "m^2"}

_CURRENCIES = {"us$": "usd", "$": "usd", "a$": "aud", "c$": "cad", "nz$": "nzd", "hk$": "hkd", "€": "eur", "£": "gbp", "¥": "jpy", "₹": "inr",
               "dollars": "usd", "dollar": "usd", "euros": "eur", "euro": "eur", "pounds": "gbp", "yen": "jpy", "usd": "usd", "eur": "eur", "gbp": "gbp",
               **{code: code for code in ("chf", "jpy", "cad", "aud", "nzd", "sek", "nok", "dkk", "pln", "czk", "huf", "inr", "cny")}}

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?")
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

_VERBS = {
    "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "emphasized", "emphasised",
    "stressed", "explained", "stated", "announced", "claimed", "claims", "reported", "confirmed", "warned",
    "estimated", "insisted", "argued", "wrote", "writes", "asked", "replied", "acknowledged", "predicted",
    "suggested", "declared", "continued", "concluded", "observed", "remarked", "recalled", "admitted", "denied",
    "maintained", "disclosed", "revealed", "indicated", "mentioned", "commented", "assured", "expect", "expects",
    "pointed out", "spoke of", "according to", "warns", "warn", "argues", "insists", "blamed", "blames", "saying", "advise", "advises",
    "advised", "believe", "believes", "complained", "complains",
    # weaker: an attribution only with the right subject (see attribution._WEAK_VERBS)
    "urged", "found", "finds", "find", "show", "shows", "showed", "heard", "recorded", "counted", "expected",
    "forecast", "forecasts", "estimate", "estimates", "called", "suggests", "suggest",
}
_PRONOUNS = {"he", "she", "they", "it"}
# Verbs that may stand before their speaker ("..., said a spokesman"); "told X" never names the speaker in X.
_INVERTIBLE = {"said", "says", "added", "adds", "asked", "noted", "explained", "continued", "wrote", "writes", "replied",
               "stated", "declared", "concluded", "observed", "remarked", "insisted", "argued", "warned", "recalled"}
# Nouns that name a source without naming who it is.
_SOURCE_NOUNS = {
    "official", "spokesperson", "spokesman", "spokeswoman", "source", "people", "person", "diplomat", "aide",
    "analyst", "expert", "witness", "resident", "observer", "employee", "staffer", "worker", "forecaster",
    "investigator", "researcher", "scientist", "doctor", "medic", "insider", "representative", "member",
    "officer", "commander", "minister", "general", "chief", "director", "manager", "leader", "negotiator",
    "report", "document", "statement", "copy", "draft", "memo", "letter", "study", "survey", "analysis",
    "estimate", "data", "figures", "records", "filing", "assessment", "government", "ministry", "police",
    "authority", "agency", "department", "service", "council", "committee", "company", "union", "office",
    "army", "military", "court", "prosecutor", "group", "organisation", "organization", "administration",
    "board", "team", "club", "firm", "bank", "hospital", "university", "school", "embassy", "utility", "operator",
    "airline", "airport", "regulator", "watchdog", "party", "coalition", "newspaper", "institute", "center", "centre",
    "association", "bureau", "trust", "force", "constabulary", "charity", "chamber", "commission", "insurer", "lender",
    "organiser", "organizer", "economist", "record", "figure", "finding", "research", "census", "poll", "audit", "review",
    "nurse", "teacher", "driver", "farmer", "paramedic", "firefighter", "lawyer", "engineer", "pilot", "parent", "student",
    "passenger", "shopkeeper", "owner", "neighbour", "neighbor", "volunteer", "surgeon", "midwife", "pharmacist",
    "industry", "sector", "body", "staff", "controller", "auditor", "campaigner", "activist", "statistician", "epidemiologist", "meteorologist", "planner",
    # people described by their work ("a consultant at the infirmary", "the match referee")
    "consultant", "physician", "referee", "umpire", "coroner", "warden", "player", "ranger", "curator", "scorer",
    "steward", "clerk", "technician", "contractor", "trader", "broker", "banker", "grower", "landlord", "tenant", "miner",
    "soldier", "caretaker", "headteacher", "lecturer", "academic", "historian", "archaeologist", "biologist", "ecologist",
    "chemist", "geologist", "physicist", "astronomer", "architect",
    "detective", "inspector", "constable", "juror", "magistrate", "prefect",
    # bodies a translated or court story names by function ("the race jury", "the departmental gendarmerie")
    "jury", "gendarmerie", "prefecture", "tribunal", "municipality", "inspectorate",
}
_PERSON_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "official", "diplomat", "aide", "analyst", "expert", "witness",
                 "resident", "observer", "employee", "staffer", "worker", "officer", "commander", "minister", "director",
                 "manager", "leader", "source", "person", "insider", "representative", "traveller", "traveler", "member",
                 "organiser", "organizer", "economist", "researcher", "scientist", "doctor", "forecaster", "investigator",
                 "nurse", "teacher", "driver", "farmer", "paramedic", "firefighter", "lawyer", "engineer", "pilot", "parent",
                 "student", "passenger", "shopkeeper", "owner", "neighbour", "neighbor", "volunteer", "surgeon", "midwife",
                 "pharmacist", "controller", "auditor", "campaigner", "activist", "statistician", "epidemiologist",
                 "meteorologist", "planner",
                 "consultant", "physician", "referee", "umpire", "coroner", "warden", "player", "ranger", "curator", "scorer",
    "steward", "clerk", "technician", "contractor", "trader", "broker", "banker", "grower", "landlord", "tenant", "miner",
    "soldier", "caretaker", "headteacher", "lecturer", "academic", "historian", "archaeologist", "biologist", "ecologist",
    "chemist", "geologist", "physicist", "astronomer", "architect",
    "detective", "inspector", "constable", "juror", "magistrate", "prefect"}
_INSTITUTION_WORDS = {
    "forces", "force", "staff", "ministry", "office", "authority", "service", "union", "council", "department",
    "agency", "committee", "commission", "bureau", "institute", "university", "company", "corporation", "group",
    "association", "directorate", "center", "centre", "board", "party", "government", "army", "navy", "police",
    "court", "parliament", "assembly", "administration", "organisation", "organization", "federation", "league",
    "network", "news", "times", "post", "press", "bank", "fund", "foundation", "trust", "shipping",
    "line", "lines", "airlines", "railways", "inc", "ltd", "corp", "co", "plc", "llc", "kremlin", "pentagon",
    "courier", "guard", "command", "coalition", "alliance", "secretariat", "cabinet", "senate", "congress",
    "guild", "ferries", "airways", "holdings", "industries", "services", "systems", "media", "radio", "television",
    "gazette", "herald", "tribune", "journal", "county", "city", "state", "republic", "kingdom",
    # words that end the names of firms and public bodies ("Tidewell Energy", "Northmoor Highways", "Ashby Constabulary")
    "constabulary", "highways", "rail", "railway", "railways", "bahn", "energy", "foods", "securities", "observatory",
    "exchange", "chamber", "commerce", "airport", "transport", "transit", "insurance", "motors", "pharmaceuticals",
    "utilities", "partners", "capital", "laboratories", "labs", "charity", "hospice", "clinic", "hospital", "school",
    "college", "academy", "museum", "library", "club", "dairies", "dairy", "buses", "trams", "mills", "farms", "brewery",
    "breweries", "bakery", "bakeries", "stores", "supermarkets", "builders", "logistics", "technologies", "software",
    "networks", "telecom", "mining", "metals", "steel", "oil", "petroleum", "chemicals", "textiles", "electric",
    "engineering", "construction", "properties", "estates", "hotels", "resorts", "airways", "publishing", "water",
    "athletic", "united", "rovers", "wanderers", "albion", "fc",  # football clubs ("Ostberg Athletic")
    "gallery", "theatre", "theater", "zoo", "orchestra", "opera", "festival", "leisure", "society", "air",
    "jury", "gendarmerie", "prefecture", "tribunal", "municipality", "inspectorate",
}
# Nouns for a document or a body of figures that can be a source ("the report found", "according to bureau records").
_DOCUMENT_NOUNS = {"report", "study", "survey", "poll", "analysis", "review", "audit", "census", "record", "figure",
                   "data", "statistic", "paper", "research", "assessment", "budget", "account", "timetable", "register", "bulletin", "filing", "text", "index", "statistics", "estimate", "decree", "website", "sheet", "email", "memo", "letter", "result"}
# Nouns for an organisation that a sentence may use instead of its name ("the company said", "the force said"): any
# named institution met before can be meant; a specific noun ("the council") must be in the name itself.
_GENERIC_ORGANISATIONS = {"company", "firm", "group", "operator", "agency", "organisation", "organization", "business",
                          "maker", "retailer", "lender", "carrier", "utility", "developer", "manufacturer", "insurer"}
_ORGANISATION_SYNONYMS = {"force": ("police", "constabulary", "force"), "court": ("court", "tribunal"),
                          "airline": ("air", "airline", "airlines", "airways", "aviation"),
                          "club": ("club", "athletic", "united", "rovers", "wanderers", "albion", "fc", "city", "town")}
_TITLES = {
    "col", "gen", "lt", "maj", "capt", "sgt", "cpl", "adm", "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov",
    "pres", "rev", "hon", "st", "colonel", "general", "lieutenant", "major", "captain", "sergeant", "admiral",
    "president", "minister", "councillor", "councilor", "mayor", "chief", "director", "secretary", "senator",
    "governor", "judge", "professor", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chair",
    "commander", "deputy", "head", "master", "sir", "dame", "lord", "lady", "king", "queen", "prince", "princess",
    "prosecutor", "councillor", "councilor", "mayor", "superintendent", "inspector", "detective", "constable",
    "kc", "qc", "mp", "mep", "phd", "obe", "mbe", "cbe", "cllr", "supt", "insp", "det",
}
_FUNCTION_WORDS = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "near", "since", "during", "against",
    "over", "under", "into", "across", "per", "than", "about", "around", "nearly", "almost", "some", "more", "less",
    "fewer", "and", "or", "but", "as", "after", "before", "until", "up", "down", "out", "off", "via", "among",
    "between", "within", "without", "through", "toward", "towards", "beyond", "if", "that", "which", "who", "whom",
    "whose", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your", "is", "are", "was", "were",
    "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may", "might", "must", "can",
    "not", "no", "so", "then", "there", "here", "when", "where", "while", "also", "only", "just", "each", "every",
    "all", "both", "any", "other", "such", "what", "because", "though", "although", "whether", "it", "they", "he",
    "she", "we", "you", "i", "me", "him", "them", "us", "do", "does", "did", "get", "got", "like", "least", "most",
}
# Past tenses that follow a bare number as a verb ("two hundred spent the night"), never as the counted noun.
_PAST_TENSE = {"spent", "went", "came", "left", "fled", "took", "got", "made", "said", "told", "fell", "rose", "died", "lost",
               "won", "saw", "ran", "met", "paid", "sent", "kept", "held", "stood", "sat", "became", "began", "brought",
               "bought", "caught", "fought", "found", "gave", "grew", "knew", "led", "felt", "built", "were", "was", "had",
               "did", "are", "is", "have", "has", "will", "would", "could", "can", "may", "might", "remain", "remained"}
_DETERMINERS = {"a", "an", "the", "one", "two", "three", "four", "five", "several", "some", "many", "other", "another"}
_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
                "should", "may", "might", "must", "can", "not", "also", "did", "does", "do"}
_ABBREVIATIONS = {
    "col", "gen", "lt", "maj", "capt", "sgt", "cpl", "adm", "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov",
    "pres", "rev", "hon", "st", "mt", "jr", "sr", "no", "nos", "vol", "fig", "inc", "ltd", "co", "corp", "bros", "vs",
    "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ave",
    "blvd", "rd", "dept", "univ", "gov", "op", "cf", "al", "ca",
}
_SINGULAR_EXCEPTIONS = {
    "people": "person", "men": "man", "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth",
    "mice": "mouse", "geese": "goose", "sorties": "sortie", "movies": "movie", "calories": "calorie",
    "series": "series", "species": "species", "news": "news", "aircraft": "aircraft", "data": "data",
    "staff": "staff", "police": "police", "troops": "troop", "lives": "life", "wives": "wife", "knives": "knife",
    "crises": "crisis", "analyses": "analysis", "bases": "base", "cases": "case", "houses": "house",
}
_ADJECTIVE_ENDINGS = ("ist", "al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ian", "ese", "ed", "est", "ern")


def _singular(word: str) -> str:
    word = word.lower().strip("'’.-")
    if word in _SINGULAR_EXCEPTIONS:
        return _SINGULAR_EXCEPTIONS[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "ics")) and len(word) > 2:
        return word[:-1]
    return word


def _snake(words: list[str]) -> str:
    return "_".join(re.sub(r"[^a-z0-9]+", "_", w.lower()).strip("_") for w in words if w).strip("_")


def _is_plural(word: str) -> bool:
    lower = word.lower()
    return lower in _SINGULAR_EXCEPTIONS or (lower.endswith("s") and not lower.endswith(("ss", "us", "is")) and lower not in _FUNCTION_WORDS)


def _capitalised(token: str) -> bool:
    return token[:1].isupper()
