"""Turn the hand-written ledgers below into batch1/<name>_claims.csv and <name>_sentences.csv.

Every label here was chosen by hand from a reading of the article; this script only finds each
hand-chosen span in the text and writes its offsets. It never decides what is a claim.

Sentence lines:  prefix | mode | speaker | source_type | attribution_verb [| end]
  The sentence starts at the (unique) prefix and runs to the first sentence end after it
  (or to the end of the given `end` text). Only attributed sentences are listed; the rest is narration.
Claim lines:     span | value | unit | claim_type | qualifier | bound | value_high | v: reason
  span is the exact text; `text@n` takes its n-th occurrence (1-based, case-sensitive);
  `left[[text]]right` takes the text where it stands between left and right.
  v is c (checkable), p (partly_checkable) or u (uncheckable).
  speaker, mode, source_type and attribution_verb come from the sentence the span stands in.

Run from anywhere:  python data/heldout/build_batch1.py
"""
import csv
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
BATCH = HERE / "batch1"

CLAIM_COLUMNS = ["claim_id", "char_start", "char_end", "text", "value", "unit", "claim_type", "speaker",
                 "mode", "source_type", "attribution_verb", "verifiability", "verifiability_reason",
                 "qualifier", "bound", "value_high"]
SENTENCE_COLUMNS = ["sentence_id", "char_start", "char_end", "text", "mode", "speaker"]
VERIF = {"c": "checkable", "p": "partly_checkable", "u": "uncheckable"}

ARTICLES = {}

ARTICLES["harlow_flu_cases"] = ("""
Health officials in Harlow County have recorded | paraphrase | Harlow County Health Department | named_institution | said
“We are seeing roughly | direct_quote | Amara Okonjo | named_person | said
“Most patients recover | direct_quote | Amara Okonjo | named_person |
Okonjo urged parents | paraphrase | Amara Okonjo | named_person | urged
She added that about two-thirds | paraphrase | Amara Okonjo | named_person | added
The department said it had received | paraphrase | Harlow County Health Department | named_institution | said
A nurse at Harlow General Hospital | paraphrase | a nurse at Harlow General Hospital | unnamed | said
“The waiting room is full | direct_quote | a nurse at Harlow General Hospital | unnamed | said
Last season the county reported | paraphrase | State Health Bureau’s annual report | named_institution | according to
""", """
1,300 | 1300 | case | count | top | lower | | c: The body gives 1,312 laboratory-confirmed cases, which is over 1,300.
Double | 2 | times | count | | exact | | p: The body says admissions doubled in one week; hospitals hold the admission data.
1,312 laboratory-confirmed cases | 1312 | laboratory_confirmed_case | count | | exact | | c: Laboratory-confirmed cases are reported in public surveillance data.
October 1 | | date | date | | exact | | c: The start of the counting period, stated by the department.
twice | 2 | times | count | more than | lower | | p: Needs last season's count at the same point, which the article does not give.
52 cases per 100,000 residents | 52 | case_per_100000_resident | count | | exact | | p: Needs the county population, which the article does not give.
doubled | 2 | times | count | | exact | | p: Hospitals hold the admission data; the earlier week's figure is not given.
November 21 | | date | date | | exact | | c: The end of a published reporting week.
87 | 87 | admission | count | | exact | | c: Hospital admissions are reported to the health department and published.
one in five | 0.2 | fraction | percent | roughly | approximate | | p: Emergency department records could confirm it; only the hospitals hold them.
three to five days | 3 | day | duration | | range | 5 | p: A clinical generalisation that published studies could support.
two weeks | 2 | week | duration | or more | lower | | p: A clinical generalisation that published studies could support.
100.4°F | 100.4 | degree_fahrenheit | count | or higher | lower | | c: A standard fever threshold anyone can look up.
38°C | 38 | degree_celsius | count | or higher | lower | | c: A unit conversion anyone can redo: 100.4°F is exactly 38°C.
two-thirds | 0.6667 | fraction | percent | about | approximate | | u: Only the hospitals hold the vaccination records of admitted patients.
8 a.m. | | clock_time | time | | exact | | c: Clinic opening hours are published.
6:30 p.m. | | clock_time | time | | exact | | c: Clinic opening hours are published.
November 29 | | date | date | | exact | | c: The clinic date is published.
45,000 doses | 45000 | dose | count | nearly | upper | | u: Only the department knows how many doses it received.
20,000 | 20000 | dose | count | up to | upper | | u: A forecast delivery: it can only be checked afterwards.
mid-December | | date | date | | approximate | | u: A forecast delivery date.
12-hour | 12 | hour | duration | | exact | | u: From an unnamed nurse; only hospital rosters would show it.
a dozen days | 12 | day | duration | at least | lower | | u: From an unnamed nurse; only hospital rosters would show it.
9 in the morning | | clock_time | time | | exact | | p: From an unnamed nurse; visitors to the waiting room could see it.
1,190 cases | 1190 | case | count | | exact | | c: The annual report is a public document.
""")

ARTICLES["tallis_heat_warning"] = ("""
The Westmarch Weather Bureau warned | paraphrase | Westmarch Weather Bureau | named_institution | warned
The warning runs from | paraphrase | Westmarch Weather Bureau | named_institution | said
“This heat will not break | direct_quote | Dana Whitcombe | named_person | said
“A 72-hour stretch | direct_quote | Dana Whitcombe | named_person |
Whitcombe said humidity | paraphrase | Dana Whitcombe | named_person | said
She added that gusts | paraphrase | Dana Whitcombe | named_person | added
The valley has had just | paraphrase | Westmarch Weather Bureau records | named_institution | according to
Tallis County will open | paraphrase | Tallis County emergency office | named_institution | said
Officials estimate that | paraphrase | officials | unnamed | estimate
A spokesperson for Tallis Power & Light | paraphrase | a spokesperson for Tallis Power & Light | unnamed | said
""", """
104°F@1 | 104 | degree_fahrenheit | count | near | approximate | | c: The forecast is published; the body gives 101 to 104°F.
101 and 104°F | 101 | degree_fahrenheit | count | between | range | 104 | u: A forecast: it can only be checked afterwards.
38 to 40°C | 38 | degree_celsius | count | | range | 40 | c: A unit conversion anyone can redo: 101 to 104°F is 38.3 to 40.0°C.
11 a.m. PDT | | clock_time | time | | exact | | c: The warning's start time is published.
9 p.m. PDT | | clock_time | time | | exact | | c: The warning's end time is published.
80°F | 80 | degree_fahrenheit | count | near | approximate | | u: A forecast: it can only be checked afterwards.
27°C | 27 | degree_celsius | count | near | approximate | | c: A unit conversion anyone can redo: 80°F is 26.7°C.
72-hour | 72 | hour | duration | | exact | | u: A forecast: it can only be checked afterwards.
100 degrees | 100 | degree_fahrenheit | count | above | lower | | u: A forecast: it can only be checked afterwards.
110°F | 110 | degree_fahrenheit | count | | exact | | u: A forecast: it can only be checked afterwards.
25 to 35 mph | 25 | mile_per_hour | speed | | range | 35 | u: A forecast: it can only be checked afterwards.
40 to 56 km/h | 40 | km_per_hour | speed | | range | 56 | c: A unit conversion anyone can redo: 25 to 35 mph is 40.2 to 56.3 km/h.
0.4 inches | 0.4 | inch | distance | | exact | | c: Rain gauge records are public.
10 mm | 10 | mm | distance | | exact | | c: A unit conversion anyone can redo: 0.4 inches is 10.2 mm.
April 1 | | date | date | | exact | | c: The start of the measuring period in public rain records.
a quarter | 0.25 | fraction | percent | less than | upper | | p: Needs the usual total, which the article does not give.
14 cooling centres | 14 | cooling_centre | count | | exact | | c: The county publishes its list of cooling centres.
38,000 households | 38000 | household | count | roughly | approximate | | p: An estimate by unnamed officials; housing surveys could support it.
1 in 6 | 0.1667 | fraction | percent | about | approximate | | p: Needs the number of households, which the article does not give.
112°F | 112 | degree_fahrenheit | count | | exact | | c: Climate records are public.
44.4°C | 44.4 | degree_celsius | count | | exact | | c: A unit conversion anyone can redo: 112°F is 44.4°C.
July 19, 1998 | | date | date | | exact | | c: Climate records are public.
3,400 megawatts | 3400 | megawatt | count | top | lower | | u: A demand forecast from an unnamed spokesperson.
3,550 MW | 3550 | megawatt | count | | exact | | p: The grid operator may publish its capacity; the source is unnamed.
""")

ARTICLES["riverton_marathon"] = ("""
Organisers said about half | paraphrase | organisers | unnamed | said
"I felt strong | direct_quote | Grace Okafor | named_person | said
"The last 5K | direct_quote | Grace Okafor | named_person |
Villalba said he had lost | paraphrase | Tomás Villalba | named_person | said
Race director Paul Hennessy said | paraphrase | Paul Hennessy | named_person | said
"Nobody is seriously hurt," | direct_quote | Paul Hennessy | named_person | added
About two-thirds of the field | paraphrase | race organisers | unnamed | according to
""", """
38 Seconds | 38 | second | duration | | exact | | c: Official race results are published.
2:19:42 | 8382 | second | duration | | exact | | c: Official race results are published.
38 seconds | 38 | second | duration | | exact | | c: Arithmetic against the published course record.
2019 | | date | date | | exact | | c: The course record is in the published results.
31,000 runners | 31000 | runner | count | more than | lower | | c: Official results list every starter.
42.195-kilometre | 42.195 | km | distance | | exact | | c: The marathon distance is fixed by the rules of athletics.
26.2-mile | 26.2 | mile | distance | | exact | | c: A unit conversion anyone can redo: 42.195 km is 26.22 miles.
7:30 a.m. | | clock_time | time | | exact | | c: The start time is published.
11°C | 11 | degree_celsius | count | | exact | | c: Weather station records could confirm it.
52°F | 52 | degree_fahrenheit | count | | exact | | c: A unit conversion anyone can redo: 11°C is 51.8°F.
half a million spectators | 500000 | spectator | count | about | approximate | | u: A crowd estimate by unnamed organisers; nobody counts spectators.
30 kilometres | 30 | km | distance | | exact | | p: Split times could show her pace; how she felt is hers alone.
5K | 5 | km | distance | | exact | | c: The course distance is published.
27-year-old | 27 | year | duration | | exact | | c: Athlete records give dates of birth.
$100,000 | 100000 | usd | money | | exact | | c: The race publishes its prize money.
$50,000 | 50000 | usd | money | | exact | | c: The race publishes its prize money.
2:08:05 | 7685 | second | duration | | exact | | c: Official race results are published.
11 seconds | 11 | second | duration | | exact | | c: Official race results are published.
2 kg | 2 | kg | count | nearly | upper | | u: Only the runner knows his weight before and after.
10 kilometres | 10 | km | distance | | exact | | c: The course distance is published.
412 runners | 412 | runner | count | | exact | | p: Medical records are held by the race and its medical teams.
530 | 530 | runner | count | | exact | | p: Last year's figure was given by the race; its medical records are not public.
nine | 9 | runner | count | | exact | | p: The race and the hospitals hold the records.
two-thirds | 0.6667 | fraction | percent | about | approximate | | p: Entry records held by the organisers could confirm it.
64 countries | 64 | country | count | | exact | | c: Official results list each finisher's nationality.
""")

ARTICLES["calder_foods_results"] = ("""
Calder Foods, the Merriton-based | paraphrase | Calder Foods | named_institution | said
Operating margin narrowed | paraphrase | Calder Foods | named_institution | said
“We were hit harder | direct_quote | Priya Raman | named_person | told
“Cocoa prices have | direct_quote | Priya Raman | named_person |
Raman said the company | paraphrase | Priya Raman | named_person | said
Analysts at Brightwater Securities | paraphrase | analysts at Brightwater Securities | named_institution | expected
One analyst, who spoke | paraphrase | one analyst | unnamed | said
Calder now expects | paraphrase | Calder Foods | named_institution | expects
""", """
12%@1 | 12 | percent | percent | | exact | | c: The company's results filing is public.
9%@1 | 9 | percent | percent | nearly | upper | | c: Share prices are public.
12%@2 | 12 | percent | percent | | exact | | c: The company's results filing is public.
$184.6 million | 184600000 | usd | money | | exact | | c: The company's results filing is public.
three months | 3 | month | duration | | exact | | c: The reporting period is stated in the filing.
September 30 | | date | date | | exact | | c: The end of the reporting period, stated in the filing.
4.5% | 4.5 | percent | percent | | exact | | c: Arithmetic a reader can redo: $2.31 billion against $2.21 billion is a 4.5% rise.
$2.31 billion | 2310000000 | usd | money | | exact | | c: The company's results filing is public.
$2.21 billion | 2210000000 | usd | money | | exact | | c: Last year's results are public.
1.8 percentage points | 1.8 | percentage_point | percent | | exact | | c: The company's results filing is public.
9.7 percent | 9.7 | percent | percent | | exact | | c: The company's results filing is public.
9%@2 | 9 | percent | percent | nearly | upper | | c: Share prices are public.
$41.20 | 41.2 | usd | money | | exact | | c: Share prices are public.
one-day | 1 | day | duration | | exact | | c: Historical share prices are public.
March 2020 | | date | date | | exact | | c: Historical share prices are public.
doubled | 2 | times | count | more than | lower | | c: Cocoa futures prices are public.
18 months | 18 | month | duration | | exact | | c: Cocoa futures prices are public.
10–15% | 10 | percent | percent | | range | 15 | u: A plan: it can only be checked afterwards.
a third | 0.3333 | fraction | percent | about | approximate | | u: Only the company knows which products it will reprice.
January 1 | | date | date | | exact | | u: A plan: it can only be checked afterwards.
600 jobs | 600 | job | count | roughly | approximate | | u: A plan: it can only be checked afterwards.
4% | 4 | percent | percent | | exact | | p: Needs the size of the workforce, which the article does not give.
two to three years | 2 | year | duration | | range | 3 | u: A plan: it can only be checked afterwards.
$205 million | 205000000 | usd | money | about | approximate | | c: Analysts' published forecasts can be compared.
$50m | 50000000 | usd | money | at least | lower | | u: The opinion of an unnamed analyst.
3 and 5 percent | 3 | percent | percent | between | range | 5 | u: A forecast: it can only be checked afterwards.
6 percent | 6 | percent | percent | | exact | | c: The company's earlier forecast is on the record.
""")

ARTICLES["ashby_jewellery_robbery"] = ("""
Police in Ashby arrested | paraphrase | Ashby Constabulary | named_institution | said
The robbery happened at about | paraphrase | Ashby Constabulary | named_institution | said
Detective Inspector Karen Mbeki said | paraphrase | Karen Mbeki | named_person | said
"They knew exactly | direct_quote | Karen Mbeki | named_person | said
"Two members of staff | direct_quote | Karen Mbeki | named_person |
She added that officers | paraphrase | Karen Mbeki | named_person | added
A police source, who asked | paraphrase | a police source | unnamed | said
"This was planned | direct_quote | a police source | unnamed | said
Burglaries and robberies | paraphrase | Northshire Crime Observatory | named_institution | according to
""", """
Two@1 | 2 | person | count | | exact | | c: Police announce arrests publicly.
two men | 2 | man | count | | exact | | c: Police announce arrests publicly.
£240,000 | 240000 | gbp | money | estimated | approximate | | u: Only the shop and its insurers know the value of the stock.
4:50 p.m. GMT | | clock_time | time | about | approximate | | c: CCTV and emergency call logs record the time.
December 3 | | date | date | | exact | | c: Police reports and local news date the robbery.
three men | 3 | man | count | | exact | | p: CCTV would show it; the police hold the footage.
1921 | | date | date | | exact | | c: Company records give the founding year.
six display cases | 6 | display_case | count | at least | lower | | c: Visible to anyone at the scene.
90 seconds | 90 | second | duration | less than | upper | | p: CCTV would show it; the police hold the footage.
Two members of staff | 2 | staff_member | count | | exact | | p: Witness statements are held by the police.
47 | 47 | item | count | | exact | | u: Only the police know what they recovered.
112 stolen items | 112 | item | count | | exact | | u: Only the shop and the police hold the inventory.
£32,500 | 32500 | gbp | money | | exact | | u: Only the shop knows the necklace's price.
30 miles | 30 | mile | distance | about | approximate | | c: A map gives the distance.
48 km | 48 | km | distance | about | approximate | | c: A unit conversion anyone can redo: 30 miles is 48.3 km.
34-year-old | 34 | year | duration | | exact | | c: Court lists give defendants' ages once they are charged.
19-year-old | 19 | year | duration | | exact | | c: Court lists give defendants' ages once they are charged.
three weeks | 3 | week | duration | up to | upper | | u: From an unnamed police source about an open inquiry.
a fifth | 0.2 | fraction | percent | almost | upper | | c: The crime figures are published.
12 months | 12 | month | duration | | exact | | c: The period of the published crime figures.
October 31 | | date | date | | exact | | c: The end of the period of the published crime figures.
""")

ARTICLES["harrow_glacier_lakes"] = ("""
Study: Meltwater Lakes | paraphrase | study in the Journal of Polar Surface Research | named_institution |
The number of meltwater lakes | paraphrase | study in the Journal of Polar Surface Research | named_institution | according to
Researchers at Kellin University counted | paraphrase | researchers at Kellin University | named_institution | counted
The study found | paraphrase | study in the Journal of Polar Surface Research | named_institution | found
“We expected growth | direct_quote | Ingrid Solbakken | named_person | said
“Some lakes drain | direct_quote | Ingrid Solbakken | named_person |
Solbakken said between | paraphrase | Ingrid Solbakken | named_person | said
She added that the team | paraphrase | Ingrid Solbakken | named_person | added
A glaciologist who was not involved | paraphrase | Marco Ferrante | named_person | said
""", """
Doubled | 2 | times | count | | exact | | c: The published study gives the counts: 103 lakes and then 214.
2000@1 | | date | date | | exact | | c: The baseline year, given in the published study.
doubled | 2 | times | count | | exact | | c: Arithmetic a reader can redo: 214 lakes against 103 is 2.08 times.
2000@2 | | date | date | | exact | | c: The baseline year, given in the published study.
214 lakes | 214 | lake | count | | exact | | p: The satellite images are public; counting the lakes needs specialists.
2024 | | date | date | | exact | | c: The date of the satellite images, given in the study.
103 | 103 | lake | count | | exact | | p: The satellite images are public; counting the lakes needs specialists.
2000@3 | | date | date | | exact | | c: The baseline year, given in the published study.
18.6 square kilometres | 18.6 | square_km | count | | exact | | p: Specialists could measure it from the satellite images.
7.2 square miles | 7.2 | square_mile | count | | exact | | c: A unit conversion anyone can redo: 18.6 square kilometres is 7.18 square miles.
2,600 football pitches | 2600 | football_pitch | count | roughly | approximate | | c: Arithmetic a reader can redo: a 105 m by 68 m pitch is 0.00714 square km.
3 to 5 km | 3 | km | distance | | range | 5 | p: Satellite images show the ice front; measuring it needs specialists.
1.7°C | 1.7 | degree_celsius | count | | exact | | p: Weather and satellite records exist; the analysis needs specialists.
1990s | | date | date | | exact | | c: The baseline decade, given in the study.
24-hour | 24 | hour | duration | | exact | | p: Sensor and satellite records are held by the team.
10 and 15 percent | 10 | percent | percent | between | range | 15 | p: Satellite images could show drainage; the analysis needs specialists.
a dozen pressure sensors | 12 | pressure_sensor | count | | exact | | u: Only the team knows what it installed.
420 metres | 420 | m | distance | up to | upper | | u: Only the team knows how deep it drilled.
0.01 km² | 0.01 | square_km | count | smaller than | upper | | p: The resolution of satellite images is published; the rest needs specialists.
June 2026 | | date | date | | exact | | u: A plan: it can only be checked afterwards.
four-week | 4 | week | duration | | exact | | u: A plan: it can only be checked afterwards.
""")

ARTICLES["brantley_bus_depot"] = ("""
The depot will house | paraphrase | Brantley City Council | named_institution | said
“This is the biggest | direct_quote | Lucinda Ferreira-Hale | named_person | said
“It pays for itself | direct_quote | Lucinda Ferreira-Hale | named_person |
Councillor Ravi Dasgupta | paraphrase | Ravi Dasgupta | named_person | said
“Residents were promised | direct_quote | Ravi Dasgupta | named_person | said
“They deserve to know | direct_quote | Ravi Dasgupta | named_person |
A council spokesperson | paraphrase | a council spokesperson | unnamed | said
""", """
$48.5 Million | 48500000 | usd | money | | exact | | c: Council budgets and minutes are public.
Seven Votes | 7 | vote | count | | exact | | c: The council publishes its voting record.
Two@1 | 2 | vote | count | | exact | | c: The council publishes its voting record.
seven | 7 | vote | count | | exact | | c: The council publishes its voting record.
two@1 | 2 | vote | count | | exact | | c: The council publishes its voting record.
$48.5 million | 48500000 | usd | money | | exact | | c: Council budgets and minutes are public.
three years | 3 | year | duration | nearly | upper | | c: Council minutes date the start of the debate.
120 buses | 120 | bus | count | up to | upper | | c: The approved plans are public.
85 permanent jobs | 85 | job | count | about | approximate | | u: A forecast: it can only be checked afterwards.
11:40 p.m. | | clock_time | time | shortly after | lower | | c: Meeting minutes and broadcasts record the time.
20 years | 20 | year | duration | within | upper | | u: A forecast: it can only be checked afterwards.
two-thirds | 0.6667 | fraction | percent | | exact | | c: Arithmetic a reader can redo: $48.5 million against $29 million is a rise of 67 percent.
$29 million | 29000000 | usd | money | | exact | | c: The first estimate is in council papers.
2023 | | date | date | | exact | | c: Council papers date the first estimate.
March 2027 | | date | date | as early as | lower | | u: A plan from an unnamed spokesperson.
18 to 24 months | 18 | month | duration | | range | 24 | u: A plan from an unnamed spokesperson.
1.25% | 1.25 | percent | percent | | exact | | c: The adopted tax rate will be public.
$38 a year | 38 | usd_per_year | money | roughly | approximate | | p: Needs the tax bill of a typical household, which the article does not give.
300 residents | 300 | resident | count | more than | lower | | c: A petition submitted to the council is a public document.
46 | 46 | resident | count | | exact | | c: Meeting minutes list the speakers.
5½-hour | 5.5 | hour | duration | | exact | | c: Meeting minutes and broadcasts record the length.
""")

ARTICLES["sierra_alta_floods"] = ("""
At least 14 people | paraphrase | regional authorities | unnamed | said
Up to 310 litres | paraphrase | Montarian Meteorological Agency | named_institution | according to
“Nunca habíamos | direct_quote | Begoña Etxeberria Ruiz | named_person | said
“The water rose | direct_quote | Begoña Etxeberria Ruiz | named_person |
The river crested | paraphrase | Begoña Etxeberria Ruiz | named_person | said
The regional emergency service said | paraphrase | regional emergency service | named_institution | said
Its director, João | paraphrase | João Azevedo Nunes | named_person | said
The central government in Porto Real | paraphrase | a spokesperson for the Interior Ministry | unnamed | told
Insurers put | paraphrase | insurers | unnamed | put
Power company Eléctrica | paraphrase | Eléctrica del Norte | named_institution | said
""", """
14 Dead | 14 | person | count | | exact | | c: Official death tolls are published; the body says at least 14.
Thousands | | | qualitative | | approximate | | c: The body gives about 23,000 homes without power.
17 Oct | | date | date | | exact | | c: The dateline of the wire story.
14 people | 14 | person | count | at least | lower | | c: Official death tolls are published.
23,000 homes | 23000 | home | count | about | approximate | | c: Power companies publish outage figures.
two days | 2 | day | duration | | exact | | c: Weather records show when the rain fell.
310 litres per square metre | 310 | litre_per_square_metre | count | up to | upper | | c: The meteorological agency's rain gauge records are public.
two metres | 2 | m | distance | almost | upper | | p: River gauges record water levels, but perhaps not at that spot.
an hour | 1 | hour | duration | less than | upper | | p: River gauge records could confirm it.
14:30 local time | | clock_time | time | | exact | | c: River gauge records are public.
12:30 GMT | | clock_time | time | | exact | | p: A time zone conversion; the article does not give Montaria's offset from GMT.
1,450 people | 1450 | person | count | some | approximate | | p: Shelter and council records could confirm it.
that [[9]] remain | 9 | person | count | | exact | | p: Lists of missing people are held by the emergency service.
600 operations | 600 | operation | count | more than | lower | | u: Only the emergency service logs its operations.
36-hour | 36 | hour | duration | | exact | | u: Only the emergency service logs its operations.
€4.2m | 4200000 | eur | money | | exact | | c: Government aid decisions are published.
€180 million and €250 million | 180000000 | eur | money | between | range | 250000000 | u: An estimate by unnamed insurers.
two-thirds | 0.6667 | fraction | percent | | exact | | u: A forecast by the company: it can only be checked afterwards.
48 hours | 48 | hour | duration | within | upper | | u: A forecast by the company: it can only be checked afterwards.
""")

ARTICLES["fernvale_exam_results"] = ("""
Pupils in the Fernvale school district | paraphrase | Fernvale Education Authority | named_institution | said
“These results are | direct_quote | Hannah Kowalczyk | named_person | said
“But a fifth | direct_quote | Hannah Kowalczyk | named_person |
She added that the authority | paraphrase | Hannah Kowalczyk | named_person | added
Fewer than half | paraphrase | an internal report seen by the Fernvale Gazette | unnamed | according to
A teacher at Ridgemoor | paraphrase | a teacher at Ridgemoor Secondary | unnamed | said
“We are teaching in shifts | direct_quote | a teacher at Ridgemoor Secondary | unnamed | said
""", """
78.4%@1 | 78.4 | percent | percent | | exact | | c: Exam results are published by the authority.
One in Five | 0.2 | fraction | percent | | exact | | c: Results by subject are published; the body says roughly one in five.
78.4%@2 | 78.4 | percent | percent | | exact | | c: Exam results are published by the authority.
3.1 percentage points | 3.1 | percentage_point | percent | | exact | | c: Last year's published results allow the comparison.
one in five | 0.2 | fraction | percent | roughly | approximate | | c: Results by subject are published.
22 percentage points | 22 | percentage_point | percent | | exact | | c: School-level results are published.
a decade | 1 | decade | duration | | exact | | c: Past published results allow the comparison.
a fifth | 0.2 | fraction | percent | | exact | | c: Results by subject are published.
35 specialist maths tutors | 35 | specialist_maths_tutor | count | | exact | | u: A plan: it can only be checked afterwards.
6,240 pupils | 6240 | pupil | count | | exact | | c: Exam entry figures are published.
exams, [[412]] achieved | 412 | pupil | count | | exact | | c: Grade distributions are published.
double | 2 | times | count | nearly | upper | | c: Arithmetic a reader can redo: 412 against 215 is 1.92 times.
215 | 215 | pupil | count | | exact | | c: Earlier grade distributions are published.
three years | 3 | year | duration | | exact | | c: Earlier results are published.
half | 0.5 | fraction | percent | fewer than | upper | | u: From an internal report only the newspaper has seen.
41 primary schools | 41 | primary_school | count | | exact | | c: The district lists its schools publicly.
28 pupils per class | 28 | pupil_per_class | count | | exact | | p: The target may be public policy; the report is not.
34 pupils | 34 | pupil | count | more than | lower | | u: From an unnamed teacher.
$212.5 million | 212500000 | usd | money | | exact | | c: The authority's budget is public.
$4.8 million | 4800000 | usd | money | | exact | | c: The authority's budget is public.
""")

ARTICLES["kestrel_bridge_closure"] = ("""
The Kestrel Bridge over | paraphrase | Northmoor Highways | named_institution | said
The bridge carries over | paraphrase | Northmoor Highways | named_institution | said
‘We will be working | direct_quote | Olusegun Adeyemi-Clarke | named_person | said
‘The lift itself | direct_quote | Olusegun Adeyemi-Clarke | named_person |
Northmoor Rail will run | paraphrase | Northmoor Rail | named_institution | said
It expects to carry | paraphrase | Northmoor Rail | named_institution | expects
A local taxi driver | paraphrase | Sunil Varma | named_person | said
‘Two weeks of queues | direct_quote | Sunil Varma | named_person | said
""", """
10 Days | 10 | day | duration | | exact | | c: Road closure notices are public.
500-Tonne | 500 | tonne | count | | exact | | c: The crane's model and rated capacity can be seen on site.
10 p.m. | | clock_time | time | | exact | | c: Road closure notices are public.
May 8 | | date | date | | exact | | c: Road closure notices are public.
10 days | 10 | day | duration | | exact | | c: Road closure notices are public.
500-tonne | 500 | tonne | count | | exact | | c: The crane's model and rated capacity can be seen on site.
42,000 vehicles a day | 42000 | vehicle_per_day | count | over | lower | | c: Traffic counts are published by the highways agency.
3 to 5 km | 3 | km | distance | | range | 5 | c: A map shows the diversion routes.
2 to 3 miles | 2 | mile | distance | roughly | range | 3 | c: A unit conversion anyone can redo: 3 to 5 km is 1.9 to 3.1 miles.
45 minutes | 45 | minute | duration | up to | upper | | u: A forecast: it can only be checked afterwards.
24-hour | 24 | hour | duration | | exact | | u: A plan: it can only be checked afterwards.
6 a.m. BST | | clock_time | time | | exact | | u: A plan: it can only be checked afterwards.
May 10 | | date | date | | exact | | u: A plan: it can only be checked afterwards.
20 mph | 20 | mile_per_hour | speed | below | upper | | c: A stated wind limit; weather records will show whether it held.
68 metres | 68 | m | distance | | exact | | c: The engineering drawings are public.
223 ft | 223 | foot | distance | | exact | | c: A unit conversion anyone can redo: 68 m is 223.1 ft.
1,150 tonnes | 1150 | tonne | count | | exact | | p: Engineering documents give it; only specialists can confirm a weight.
£27.3 million | 27300000 | gbp | money | | exact | | c: The contract value is published.
3.5 metres | 3.5 | m | distance | | exact | | c: Anyone can measure the footpath once it is built.
14 extra trains a day | 14 | train_per_day | count | | exact | | c: The timetable is published.
£2.50 | 2.5 | gbp | money | | exact | | c: Fares are published.
half a million | 500000 | passenger | count | | exact | | u: A forecast by the operator: it can only be checked afterwards.
2019 | | date | date | | exact | | c: Past closures are on record.
a third | 0.3333 | fraction | percent | at least | lower | | u: Only the driver knows his income.
Two weeks | 2 | week | duration | | exact | | c: Past closure notices are on record.
""")

ARTICLES["corran_bay_wind_farm"] = ("""
The 860-megawatt | paraphrase | Tidewell Energy | named_institution | said
At full output they | paraphrase | Tidewell Energy | named_institution | said
Tidewell said the project | paraphrase | Tidewell Energy | named_institution | said
Renewables now supply | paraphrase | Westgrid | named_institution | according to
“On a windy night | direct_quote | Anneliese Brandvold | named_person | said
“Winter is when | direct_quote | Anneliese Brandvold | named_person | added
A local fishing association | paraphrase | a local fishing association | unnamed | said
Energy analyst Farid Haddad | paraphrase | Farid Haddad | named_person | said
""", """
Doubles | 2 | times | count | | exact | | c: Grid statistics: the body gives 41% against 19%, which is 2.16 times.
860-megawatt | 860 | megawatt | count | | exact | | c: Grid connection records give the capacity.
doubling | 2 | times | count | more than | lower | | c: Grid statistics: 41% against 19% is 2.16 times.
72 turbines | 72 | turbine | count | | exact | | c: Visible from the sea and on published maps.
260 metres | 260 | m | distance | | exact | | c: Planning documents give the turbine height.
25 to 40 km | 25 | km | distance | | range | 40 | c: Published maps show the site.
15.5 to 25 miles | 15.5 | mile | distance | | range | 25 | c: A unit conversion anyone can redo: 25 to 40 km is 15.5 to 24.9 miles.
740,000 homes | 740000 | home | count | up to | upper | | p: Depends on the assumed household use, which the article does not give.
€2.9 billion | 2900000000 | eur | money | | exact | | p: Company accounts would show it.
1.6 million tonnes a year | 1600000 | tonne_per_year | count | roughly | approximate | | p: Depends on what generation the farm displaces.
41% | 41 | percent | percent | | exact | | c: The grid operator publishes generation data.
19% | 19 | percent | percent | | exact | | c: The grid operator publishes generation data.
2021 | | date | date | | exact | | c: The grid operator publishes generation data by year.
a third | 0.3333 | fraction | percent | almost | upper | | c: Grid data give output and demand hour by hour.
10-20% | 10 | percent | percent | | range | 20 | u: From an unnamed fishing association; catch records are not given.
four years | 4 | year | duration | nearly | upper | | c: Planning and construction records date the work.
3.1 terawatt-hours a year | 3.1 | terawatt_hour_per_year | count | about | approximate | | p: An analyst's estimate; grid data will show actual output.
0.28% | 0.28 | percent | percent | roughly | approximate | | p: Needs the country's total demand, which the article does not give.
""")

ARTICLES["wrenfield_charity_fraud"] = ("""
He made 2,317 separate | paraphrase | Castlebury Crown Court | named_institution | heard
Prosecutor Fiona Lathbury KC told | paraphrase | Fiona Lathbury | named_person | told
"He treated the hospice's | direct_quote | Fiona Lathbury | named_person | said
"Money meant for | direct_quote | Fiona Lathbury | named_person |
Sentencing him on Friday | paraphrase | Harriet Osei | named_person | said
She ordered him | paraphrase | Harriet Osei | named_person | ordered
Amsel's barrister, Colin Reyes | paraphrase | Colin Reyes | named_person | said
Outside court, the trust's chair | paraphrase | Meera Pillai | named_person | said
"It will take us | direct_quote | Meera Pillai | named_person | said
""", """
Six Years | 6 | year | duration | | exact | | c: Sentences are passed in open court.
£1.2m | 1200000 | gbp | money | | exact | | c: The sum is in the court record; the body says more than £1.2 million.
six years | 6 | year | duration | | exact | | c: Sentences are passed in open court.
four months | 4 | month | duration | | exact | | c: Sentences are passed in open court.
£1.2 million | 1200000 | gbp | money | more than | lower | | c: The sum is in the court record.
nine years | 9 | year | duration | | exact | | c: Arithmetic a reader can redo: March 2014 to April 2023 is just over nine years.
Amsel, [[58]], | 58 | year | duration | | exact | | c: Court lists give defendants' ages.
14 fraud charges | 14 | fraud_charge | count | | exact | | c: Court records are public.
2,317 separate payments | 2317 | payment | count | | exact | | p: Bank records put before the court; not published in full.
March 2014 | | date | date | | exact | | p: Bank records put before the court; not published in full.
April 2023 | | date | date | | exact | | p: Bank records put before the court; not published in full.
£518.40 | 518.4 | gbp | money | | exact | | c: Arithmetic a reader can redo: £1.2 million over 2,317 payments is about £518.
£46,000 | 46000 | gbp | money | | exact | | p: Bank records put before the court; not published in full.
11 nursing posts | 11 | nursing_post | count | | exact | | c: The charity's published accounts list its staff.
half | 0.5 | fraction | percent | almost | upper | | c: The charity's notices would show when the day centre was closed.
2022 | | date | date | | exact | | c: The charity's notices would show when the day centre was closed.
£310,000 | 310000 | gbp | money | | exact | | c: Court orders are public.
three months | 3 | month | duration | within | upper | | c: Court orders are public.
18 months | 18 | month | duration | | exact | | c: Court orders are public.
£95,000 | 95000 | gbp | money | about | approximate | | p: The defence's figure; court records may show repayments.
25 and 30 percent | 25 | percent | percent | between | range | 30 | p: The charity's published accounts could show donations, not necessarily by month.
five years | 5 | year | duration | at least | lower | | u: A forecast: it can only be checked afterwards.
""")

ABBREVIATIONS = ("Dr.", "Mr.", "Mrs.", "Ms.", "St.", "No.")
CLOSERS = "”’\")"
SENT_END = re.compile(r"[.?!][”’\"\)]*(?=\s|$)")


def sentence_end(article, start, end_text=None):
    if end_text:
        i = article.index(end_text, start)
        return i + len(end_text)
    line_end = article.find("\n", start)
    line_end = len(article) if line_end < 0 else line_end
    for m in SENT_END.finditer(article, start, line_end):
        before = article[:m.start() + 1]
        if before.endswith(ABBREVIATIONS):
            continue
        if before.endswith(("a.m.", "p.m.")):
            nxt = article[m.end():line_end].lstrip()
            if nxt and (nxt[0].islower() or re.match(r"[A-Z]{2,4}\b", nxt)):
                continue
        return m.end()
    return line_end


def locate(article, spec):
    m = re.fullmatch(r"(.*)\[\[(.+)\]\](.*)", spec)
    if m:
        left, span, right = m.groups()
        whole = left + span + right
        hits = [i for i in range(len(article)) if article.startswith(whole, i)]
        assert len(hits) == 1, f"{spec!r}: {len(hits)} matches"
        return hits[0] + len(left), span
    m = re.fullmatch(r"(.+)@(\d+)", spec)
    span, n = (m.group(1), int(m.group(2))) if m else (spec, None)
    hits = [i for i in range(len(article)) if article.startswith(span, i)]
    if n is None:
        assert len(hits) == 1, f"{spec!r}: {len(hits)} matches, give @n"
        return hits[0], span
    assert len(hits) >= n, f"{spec!r}: only {len(hits)} matches"
    return hits[n - 1], span


def build(name, sent_spec, claim_spec):
    article = (BATCH / f"{name}.txt").read_text(encoding="utf-8")
    sentences = []
    for line in sent_spec.strip().splitlines():
        parts = [p.strip() for p in line.split("|")]
        prefix, mode, speaker, source_type, verb = parts[:5]
        end_text = parts[5] if len(parts) > 5 else None
        start, _ = locate(article, prefix)
        end = sentence_end(article, start, end_text)
        sentences.append(dict(char_start=start, char_end=end, text=article[start:end], mode=mode,
                              speaker=speaker, source_type=source_type, verb=verb))
    sentences.sort(key=lambda s: s["char_start"])
    claims = []
    for line in claim_spec.strip().splitlines():
        span_spec, value, unit, ctype, qualifier, bound, high, verif = [p.strip() for p in line.split("|")]
        start, span = locate(article, span_spec)
        end = start + len(span)
        code, reason = verif.split(":", 1)
        home = [s for s in sentences if s["char_start"] <= start and end <= s["char_end"]]
        if home:
            s = home[0]
            who = dict(speaker=s["speaker"], mode=s["mode"], source_type=s["source_type"],
                       attribution_verb=s["verb"])
        else:
            who = dict(speaker="", mode="narration", source_type="none", attribution_verb="")
        claims.append(dict(char_start=start, char_end=end, text=span, value=value, unit=unit,
                           claim_type=ctype, **who, verifiability=VERIF[code.strip()],
                           verifiability_reason=reason.strip(), qualifier=qualifier, bound=bound,
                           value_high=high))
    claims.sort(key=lambda c: c["char_start"])
    for i, c in enumerate(claims, 1):
        c["claim_id"] = f"C{i:03d}"
    for i, s in enumerate(sentences, 1):
        s["sentence_id"] = f"S{i:02d}"
    with open(BATCH / f"{name}_claims.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, CLAIM_COLUMNS, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(claims)
    with open(BATCH / f"{name}_sentences.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, SENTENCE_COLUMNS, lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(sentences)
    return len(claims), len(sentences)


if __name__ == "__main__":
    for name, (sent_spec, claim_spec) in ARTICLES.items():
        n_claims, n_sentences = build(name, sent_spec, claim_spec)
        print(f"{name}: {n_claims} claims, {n_sentences} sentences")
