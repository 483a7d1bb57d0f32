"""Who says so: "X said", "said X", "according to X", pronouns and quotes carried across sentences."""
from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from functools import lru_cache

from .patterns import _patterns
from .sentences import _Sentence
from .words import _ADJECTIVE_ENDINGS, _AUXILIARIES, _DETERMINERS, _DOCUMENT_NOUNS, _FUNCTION_WORDS, _GENERIC_ORGANISATIONS, _INSTITUTION_WORDS, _ORGANISATION_SYNONYMS, _INVERTIBLE, _MONTHS, _PERSON_NOUNS, _PRONOUNS, _SOURCE_NOUNS, _TITLES, _VERBS, _WEEKDAYS, _capitalised, _is_plural, _singular

@dataclass
class _Speaker:
    name: str
    written: str
    source_type: str
    span: tuple[int, int]
    forward: str = ""  # a headline's "Study Finds": the document noun, named in full later in the article
    person: bool = False  # known to be a person though no person noun says so ("a baggage handler, who ...")


class _Attributor:
    """Remembers who spoke last, so "he added" and a quote paragraph with no attribution of its own can be resolved."""

    def __init__(self):
        self.last: _Speaker | None = None
        self.last_person: _Speaker | None = None
        self.last_individual: _Speaker | None = None  # named or not: "a spokesman ... He said" is the spokesman
        self.individuals: deque[_Speaker] = deque(maxlen=8)  # the people met lately, for a "she" who is not the last one
        self.pronouns: dict[str, str] = {}  # name -> "he" or "she", from a title (Mr, Ms) or a pronoun that meant them
        self.history: deque[_Speaker] = deque(maxlen=64)  # the speakers met lately: looked through backwards, so bounded
        self.known_surnames: dict[str, str] = {}  # surname -> full name, so "Ms Toller" is "Gwen Toller"
        self.context = ""  # the text read so far, where "the company" looks for the company's name
        self.sentence = ""  # the sentence being read, whose subject may be the institution "the operator" means
        self.sentence_start = -1  # where it starts in the text: a phrase starting there opens the sentence
        self.full_names: dict[str, str] = {}  # surname -> "Priya Castellan", from every "Given Surname" read so far
        self.longer_names: dict[str, str] = {}  # first word -> "Tidewell Energy", from every run of capitalised words
        self.last_named = ""  # the last "Given Surname" written in running text, for a "he said" before anyone has spoken

    def read(self, sentence_text: str) -> None:
        """Note the names a sentence writes in full, before its attribution is read: one pass, so the whole text
        costs what it is long (a "Castellan said" then looks its first name up, instead of rereading the text)."""
        for match in _NAME_PAIR.finditer(sentence_text):
            given, surname = match.group(1), match.group(2)
            if given.lower().rstrip(".") not in _FUNCTION_WORDS | _TITLES | _INSTITUTION_WORDS and not _CALENDAR_WORD.fullmatch(given):
                self.full_names.setdefault(surname.lower(), f"{given} {surname}")
                if surname.lower() not in _INSTITUTION_WORDS and not sentence_text[match.end(2):match.end(2) + 2].strip()[:1].isupper() \
                        and sentence_text[max(0, match.start(1) - 4):match.start(1)].lower() != "the ":  # "the Caledon Cup": a thing
                    self.last_named = f"{given} {surname}"  # not a Title Case headline's "Harlsden Edge Past"
        for match in _LONGER_NAME.finditer(sentence_text):
            self.longer_names.setdefault(match.group(1), match.group(1) + match.group(2))

    def remember(self, speaker: _Speaker) -> None:
        self.last = speaker
        self.history.append(speaker)
        if speaker.source_type == "named_person":
            self.last_person = speaker
            self.known_surnames.setdefault(speaker.name.split()[-1].lower(), speaker.name)
        if speaker.source_type == "named_person" or speaker.person or (
                speaker.source_type == "unnamed" and _PERSON_NOUNS & set(speaker.name.lower().split())):
            self._meet(speaker)

    def _meet(self, person: _Speaker) -> None:
        self.last_individual = person
        self.individuals.append(person)
        title = person.written.split()[0].lower().rstrip(".") if person.written.split() else ""
        if title in _TITLE_PRONOUNS:
            self.pronouns.setdefault(person.name, _TITLE_PRONOUNS[title])

    def meet_the_aged(self, sentence_text: str) -> None:
        """A name with an age after it ("Local farmer Gerrit Hoek, 63,") is a person, met here even if the sentence's own
        attribution comes later, so its "he said" is that person and not the last one quoted."""
        for match in _AGED_NAME.finditer(sentence_text):
            name = [w for w in match.group(1).split() if w.lower().rstrip(".") not in _TITLES]
            if len(name) == 1 and self.full_names.get(name[0].lower()):  # "Wójcik, 22," after "Tomasz Wójcik"
                name = self.full_names[name[0].lower()].split()
            if len(name) >= 2 and name[0].lower() not in _FUNCTION_WORDS and not _INSTITUTION_WORDS & {w.lower() for w in name}:
                person = _Speaker(" ".join(name), match.group(1), "named_person", (0, 0))
                self._meet(person)
                self.known_surnames.setdefault(name[-1].lower(), person.name)

    def notice_subject(self, sentence_text: str) -> None:
        """A narrated sentence opening with a titled name ("Councillor Ruth Adeyemi, who chairs...") sets who "she" is."""
        match = _TITLED_SUBJECT.match(sentence_text)
        if match and match.group(1).split()[0].lower().rstrip(".") in _TITLES:
            name = match.group(2)
            self.last_person = person = _Speaker(name, match.group(0), "named_person", (0, 0))
            self._meet(person)
            self.known_surnames.setdefault(name.split()[-1].lower(), name)

    @staticmethod
    def _described_with_clause(tokens: list[tuple[str, int]], relative: int) -> bool:
        """"Two people who attended a closed session": an unnamed source whose "who" clause (no comma before it) says
        who they are, so the clause is part of the description (data/heldout/README.md, reconciled conventions)."""
        before = [t.lower() for t, _ in tokens[:relative]]
        clause = {t.lower().strip(".,") for t, _ in tokens[relative + 1:]}
        if clause & {"name", "named", "anonymity", "identified", "anonymous"}:
            return False  # "a nurse who asked not to be named": asking for anonymity says nothing of who they are
        # "who"/"whose" marks a person, so the noun before it need not be a known source noun ("a woman whose home ...");
        # a name may describe them ("A Westvale manager who works on the timetable"), but the noun itself is common
        return tokens[relative][0].lower() in ("who", "whose") and 2 <= len(before) <= 4 and before[0] in _DETERMINERS - {"the"} \
            and not _capitalised(tokens[relative - 1][0]) and before[-1].isalpha() and relative + 1 < len(tokens)

    def classify(self, phrase: str, start: int, after_verb: bool = False) -> _Speaker | None:
        """Turn a noun phrase found next to an attribution verb into a speaker, or None if it cannot be one."""
        tokens = [(m.group(), m.start()) for m in _TOKEN.finditer(phrase)]
        tokens = [(t.rstrip(".") if t.lower().rstrip(".") not in _TITLES else t, p) for t, p in tokens]
        tokens = [(t, p) for t, p in tokens if t]
        if len(tokens) > 1 and tokens[0][0].lower() in _LEADING_CONJUNCTIONS:  # "But an internal memo ... suggests": the memo;
            tokens = tokens[1:]  # "..., and the council said": the council, not "and the council"
        relative = next((k for k, (t, _) in enumerate(tokens[:25]) if t.lower() in _RELATIVE_PRONOUNS), None)
        if relative is not None and self._described_with_clause(tokens, relative):
            written = phrase[tokens[0][1]:tokens[-1][1] + len(tokens[-1][0])]
            return _Speaker(written, written, "unnamed", (start + tokens[0][1], start + tokens[-1][1] + len(tokens[-1][0])), person=True)
        if relative is not None:  # "Councillor Ann Pike who ...": the named person before the clause
            tokens = tokens[:relative]
        while len(tokens) > 1 and tokens[-1][0].lower() in _SUBJECT_TAIL:  # "Analysts had expected", "Calder now expects"
            tokens.pop()
        if not tokens or len(tokens) > 24:
            return None
        if not _capitalised(tokens[0][0]) and tokens[0][0].lower() not in _DETERMINERS and "that" in (t.lower() for t, _ in tokens[1:]):
            return None  # "complained that the referee" (had added ...): a clause about someone, not who speaks
        words = [t for t, _ in tokens]
        lower = [w.lower().strip("'’") for w in words]
        span = (start + tokens[0][1], start + tokens[-1][1] + len(tokens[-1][0]))
        written = phrase[tokens[0][1]:tokens[-1][1] + len(tokens[-1][0])]
        checked = range(len(words)) if after_verb else [len(words) - 1]
        if _singular(lower[-1]) in _DOCUMENT_NOUNS:  # "the agency's own estimates": a document, not the verb "estimates"
            checked = [i for i in checked if i != len(words) - 1]
        if any(not _capitalised(words[i]) and (lower[i] in _AUXILIARIES or (after_verb and lower[i] in _VERBS)) for i in checked):
            return None  # "the figure was" (passive), "said the figures were": a clause, not a speaker ("3 May" is no "may")
        if len(words) == 1 and lower[0] in _PRONOUNS:
            return self._resolve_pronoun(lower[0], written, span)
        document = self._document(words, lower, written, span)
        if document is not None:
            return document
        if len(words) > 2 and _singular(lower[0]) in _PERSON_NOUNS and _is_plural(words[0]) and lower[1] in ("at", "from", "for", "with", "of", "in"):
            return _Speaker(written, written, "unnamed", span)  # "Analysts at Ostwick Securities": the analysts, not the firm
        described = next((i for i, w in enumerate(lower) if _singular(w) in _SOURCE_NOUNS), None)
        if lower[0] in _DETERMINERS and described is not None and all(not _capitalised(w) for w in words[1:described + 1]):
            if lower[0] != "the":
                return _Speaker(written, written, "unnamed", span)
        titled = _TITLED_NAME_OF.match(written)
        if titled:  # "Lieutenant-Colonel Aurélien Sorbier of the departmental fire service": the named officer
            name = [w for w in titled.group(1).split() if not all(part.lower().rstrip(".") in _TITLES for part in w.split("-"))]
            if len(name) >= 2:
                return _Speaker(" ".join(name), written, "named_person", (span[0], span[0] + titled.end(1)))
        # A run of capitalised words at the end: a person or an institution.
        run = []
        for index in range(len(words) - 1, -1, -1):
            word = words[index]
            if _capitalised(word) or (run and lower[index] in ("of", "for", "and", "the", "de", "al", "bin", "van", "von", "der", "&")):
                run.insert(0, index)
            else:
                break
        while run and lower[run[0]] in ("of", "for", "and", "the", "de", "&"):
            run.pop(0)
        by_at = run[0] - (2 if run and run[0] >= 2 and lower[run[0] - 1] == "the" else 1) if run else -1
        if by_at >= 2 and lower[by_at] == "by" and lower[by_at - 1] in ("seen", "obtained", "reviewed", "leaked", "viewed") \
                and any(_singular(w) in _DOCUMENT_NOUNS for w in lower[:by_at]):
            return _Speaker(written, written, "unnamed", span)  # "an internal memo seen by the Valley Echo": the memo, described
        located = run[0] - 1 if run else -1  # "The state economics ministry in Tarnheim", "a consultant at Kilbride Infirmary"
        if located >= 1 and lower[located] in ("in", "at") and not any(_capitalised(w) for w in words[1:located]) \
                and (lower[0] in _DETERMINERS or not _capitalised(words[0])):
            kind = next((_singular(lower[i]) for i in range(located - 1, -1, -1) if _singular(lower[i]) in _SOURCE_NOUNS | _INSTITUTION_WORDS), None)
            if kind in _INSTITUTION_WORDS and kind not in _PERSON_NOUNS:  # the ministry; the place only says where it is
                return self.classify(phrase[:tokens[located - 1][1] + len(tokens[located - 1][0])], start, after_verb)
            if kind is not None:  # someone described, where they work included, as the article describes them
                return _Speaker(written, written, "unnamed", span, person=kind in _PERSON_NOUNS)
        if len(words) == 1 and _capitalised(words[0]) and lower[0] in _TITLES and len(lower[0]) > 3:
            # a headline's "Councillor Says": the councillor the article names later
            return _Speaker(words[0], written, "named_person", span, forward=lower[0])
        if len(words) == 1 and _capitalised(words[0]) and lower[0] in _INSTITUTION_WORDS:
            # "Council said", a headline's "Police Say": one body, named by its office until the article names it in full
            return _Speaker(words[0], written, "named_institution", span, forward=lower[0])
        sentence_initial_noun = len(run) == 1 and run[0] == 0 and _singular(lower[0]) in _SOURCE_NOUNS
        if run and all(_CALENDAR_OR_NUMBER.fullmatch(words[i]) for i in run):
            return None
        if run and not sentence_initial_noun:
            names = [words[i] for i in run]
            names_lower = [lower[i].rstrip(".") for i in run]
            institution_at = max((k for k, w in enumerate(names_lower) if w in _INSTITUTION_WORDS), default=None)
            name_span = (start + tokens[run[0]][1], span[1])
            of_at = next((k for k, w in enumerate(names_lower) if w == "of"), None)
            before_of = [n for n, nl in zip(names[:of_at], names_lower[:of_at]) if nl not in _TITLES] if of_at else []
            if len(before_of) >= 2 and not any(w in _INSTITUTION_WORDS for w in names_lower[:of_at]):
                return _Speaker(" ".join(before_of), written, "named_person", name_span)  # "Farid Haddad of Keystone Research"
            if institution_at is not None and institution_at < len(names) - 1 and names_lower[institution_at + 1] not in ("of", "for", "and", "&", "de"):
                person = [n for n, nl in zip(names[institution_at + 1:], names_lower[institution_at + 1:]) if nl not in _TITLES]
                if person:
                    return _Speaker(" ".join(person), written, "named_person", name_span)
            acronym = any(n.isupper() and len(n) > 1 and n.isalpha() and n.lower() not in _TITLES for n in names)  # not "KC"
            if institution_at is not None or acronym or "&" in names:  # "Tallis Power & Light"
                return _Speaker(" ".join(names), written, "named_institution", name_span)
            person = [n for n, nl in zip(names, names_lower) if nl not in _TITLES]
            if not person:
                return None
            if len(person) == 1:
                full_name = self.known_surnames.get(person[0].lower()) or self._full_name(person[0])
                if full_name is None:  # a lone unknown capitalised word is more often an organisation or a country
                    return _Speaker(self._longer_name(person[0]), written, "named_institution", name_span)
                return _Speaker(full_name, written, "named_person", name_span)
            return _Speaker(" ".join(person), written, "named_person", name_span)
        # Lower-case: a source described but not named ("officials", "a spokesperson who asked not to be named").
        def is_head(i: int) -> bool:
            word = _singular(lower[i])
            return word in _SOURCE_NOUNS or word in _DOCUMENT_NOUNS or word in _GENERIC_ORGANISATIONS \
                or (0 < i <= 4 and lower[0] == "the" and lower[i] in _INSTITUTION_WORDS)

        head_index = next((i for i in range(len(lower)) if is_head(i)), None)  # "the museum said", "the agreement text"
        noun_phrase_end = next((i for i in range(len(lower)) if lower[i] in _PREPOSITIONS), len(lower))
        if head_index is not None and head_index < noun_phrase_end:  # the last noun of the phrase before any preposition:
            head_index = max((i for i in range(head_index, min(noun_phrase_end, 6)) if is_head(i)), default=head_index)  # "the county health department"
        if head_index is None:
            if not after_verb and lower[0] in ("a", "an") and 2 <= len(words) <= 4 and all(w.isalpha() and w.islower() for w in words[1:]):
                return _Speaker(written, written, "unnamed", span, person=True)  # "A ranger said": someone described
            if _POSSESSIVE.search(words[0]) and _capitalised(words[0]) and 2 <= len(words) <= 3 and all(w.isalpha() and w.islower() for w in words[1:]):
                return _Speaker(written, written, "unnamed", span, person=True)  # "Moorcroft's barrister said": described by whose
            if not after_verb and start == self.sentence_start and len(words) <= 3 and _is_plural(words[-1]) \
                    and all(w.isalpha() for w in words) and all(w.islower() for w in words[1:]):
                return _Speaker(written, written, "unnamed", span, person=True)  # "Local guides said": people described
            named = self._named_organisation(lower[1], any_noun=True) if len(words) == 2 and lower[0] == "the" else None
            return _Speaker(named, written, "named_institution", span) if named else None  # "the gallery": the Ormsby Gallery
        head = _singular(lower[head_index])
        subject = _SENTENCE_SUBJECT.match(self.sentence) if len(words) == 2 and head in _GOVERNING_BODIES else None
        if subject and start > self.sentence_start + subject.end(1) and subject.group(1).split()[-1].lower() in _INSTITUTION_WORDS:
            # "The Northern Examinations Council has admitted ..., the board said": the body the sentence is about
            return _Speaker(subject.group(1), written, "named_institution", span)
        if lower[0] == "the" and head_index <= 3:
            named = self._named_organisation(head)
            if named:
                return _Speaker(named, written, "named_institution", span)
            same_kind = _STUDY_WORDS if head in _STUDY_WORDS else {head}  # "the paper" after "a study published in X"
            for earlier in reversed(self.history):  # "the agency" is the agency met before, not "the agency's bulletin"
                if head in _INSTITUTION_WORDS and head not in _PERSON_NOUNS | _DOCUMENT_NOUNS and not _body_named(earlier, head):
                    continue  # "the board" is not "Board chair Dana Okafor" nor "a source at the board" (learner AE M1)
                if same_kind & {_singular(w) for w in _LETTERS.findall(earlier.written.lower())} \
                        and (head in _DOCUMENT_NOUNS or _singular(earlier.name.split()[-1]) not in _DOCUMENT_NOUNS):
                    return _Speaker(earlier.name, written, earlier.source_type, span)
            if head in _TITLES and self.last_person:
                return _Speaker(self.last_person.name, written, "named_person", span)
            meant = self._organisation_meant(head) if len(words) <= 4 else None  # "the company", "the Brennick-based carrier"
            if meant:  # "the company said", "the force said": the institution the article has been talking about
                return _Speaker(meant, written, "named_institution", span)
        institution = next((w for w in lower[1:4] if w in _INSTITUTION_WORDS and _singular(w) not in _PERSON_NOUNS), None)
        if lower[0] == "the" and institution is not None:
            # "the county sheriff's office": a definite description of one institution names it
            return _Speaker(written.split(None, 1)[1], written, "named_institution", span)
        if len(words) > 12 or any(w[:1].isdigit() for w in words):
            return None  # "Only 59 percent of patients ... were seen and then discharged or" admitted: a clause, not a source
        return _Speaker(written, written, "unnamed", span)

    def _named_organisation(self, head: str, any_noun: bool = False) -> str | None:
        """The last name in the text read so far that ends with ``head`` ("the bureau" is the Westmarch Weather Bureau) or
        has it before "of" ("the university": the University of Tressan). Only institution words, unless ``any_noun``."""
        if not (any_noun or head in _INSTITUTION_WORDS) or not head.isalpha():
            return None
        context = self.context[-1500:]
        named = [(m.start(), m.group(1)) for pattern in _names_with(head.capitalize()) for m in pattern.finditer(context)]
        return max(named)[1].removeprefix("The ") if named else None

    def _organisation_meant(self, noun: str) -> str | None:
        """Which named institution "the <noun>" stands for: the one this sentence opens with ("Northmoor Rail will run
        ..., the operator said"), else the last one quoted or paraphrased; a specific noun ("the force") must fit the name."""
        fits = _ORGANISATION_SYNONYMS.get(noun, (noun,))

        def fitting(name: str) -> bool:
            if noun in _BUSINESS_NOUNS and name.lower().split()[-1:] and name.lower().split()[-1] in _PUBLIC_BODIES:
                return False  # "the company" is not the union or the council the story also quotes
            return noun in _GENERIC_ORGANISATIONS or any(w in fits for w in name.lower().split())

        subject = _SENTENCE_SUBJECT.match(self.sentence)
        if subject and subject.group(1).split()[-1].lower() in _INSTITUTION_WORDS and fitting(subject.group(1)):
            return subject.group(1)
        described = [m for m in _DESCRIBED_NAME.finditer(self.sentence) if noun in _GENERIC_ORGANISATIONS or m.group("kind") == noun]
        if described:  # "The automotive supplier Kessler-Brandt will cut 1,800 jobs, the company said"
            return described[-1].group("name")
        earlier = next((s for s in reversed(self.history) if s.source_type == "named_institution" and fitting(s.name)), None)
        if earlier:
            return earlier.name
        # else the institution this sentence names ("..., when Westerly Isles Shipping moves the route, the company said")
        named = [run for run in _CAPITALISED_RUN.findall(self.sentence) if run.split()[-1].lower() in _INSTITUTION_WORDS and fitting(run)]
        if named:
            return named[-1]
        # else the first such name in the text read so far (the firm a business story opens with: "Skylark Air posted ...")
        earlier = [run for run in _CAPITALISED_RUN.findall(self.context[-1500:]) if len(run.split()) > 1
                   and run.split()[-1].lower() in _INSTITUTION_WORDS and fitting(run) and run.split()[0] != "The"]
        return earlier[0] if earlier else None

    def _full_name(self, surname: str) -> str | None:
        """A surname met before with a first name ("opener Priya Castellan ... Castellan said"), so the speaker gets the full name."""
        name = self.full_names.get(surname.lower())
        if name:
            self.known_surnames[surname.lower()] = name
        return name

    def _longer_name(self, word: str) -> str:
        """A one-word institution as the article first named it in full ("Tidewell said": Tidewell Energy)."""
        return self.longer_names.get(word, word)

    def _document(self, words: list[str], lower: list[str], written: str, span: tuple[int, int]) -> _Speaker | None:
        """A study, report or set of records as the source, named by who made or published it ("the board's records":
        Northmere Cricket Board records; "a study published ... in the Journal of X": Journal of X study). None if the
        phrase is not a document, or the document is not named (then it is read like any other description)."""
        document_at = next((i for i in range(min(6, len(lower))) if _singular(lower[i]) in _DOCUMENT_NOUNS), None)
        published = next((i for i in range(document_at + 1, len(lower) - 1) if lower[i] in _PUBLISHING), None) \
            if document_at is not None else None
        if published is not None:  # "a study (led by ...) published on 3 March in the Journal of X": Journal of X study
            where = next((i for i in range(published + 1, len(lower) - 1) if lower[i] in ("in", "by", "at") and not _CALENDAR_OR_NUMBER.fullmatch(words[i + 1])), None)
            name = _leading_name(words[where + 1:]) if where is not None else ""
            if not name:  # "the Consumer Prices Watch survey published on Monday": named before "published"
                name = " ".join(w for w in words[:document_at] if _capitalised(w) and w.lower() not in _DETERMINERS)
            between = lower[document_at + 1:published]
            if not name and len(between) == 2 and between[0] == "the":  # "figures the university published": the university's
                name = self._named_organisation(between[1]) or self._organisation_meant(between[1]) or ""
            document = _document_words(words, document_at)
            if name:
                return _Speaker(f"{name} {document}", written, "named_institution", span)
            maker = lower[where + 1:] if where is not None and lower[where] == "by" else []
            if len(maker) == 2 and maker[0] == "the" and maker[1] in _INSTITUTION_WORDS:  # "released by the institute"
                owner = self._named_organisation(maker[1]) or self._organisation_meant(maker[1])
                if owner:
                    return _Speaker(f"{owner} {document}", written, "named_institution", span)
            if 1 <= len(maker) <= 3 and all(w.isalpha() and w not in _FUNCTION_WORDS for w in maker):  # "prepared by council officers"
                return _Speaker(f"{' '.join(maker)} {document}", written, "unnamed", span)
            kind = lower[document_at - 1] if document_at >= 1 and lower[document_at - 1] in _INSTITUTION_WORDS else ""
            owner = kind and (self._named_organisation(kind) or self._organisation_meant(kind))
            if owner:  # "council papers published ahead of the meeting": the council's papers
                return _Speaker(f"{owner} {lower[document_at]}", written, "named_institution", span)
            return _Speaker(f"{kind} {document}".strip(), written, "unnamed", span)  # "mission data released on Friday"
        made_by = next((i for i in range(min(3, len(lower) - 2)) if _singular(lower[i]) in _DOCUMENT_NOUNS - {"research"}
                        and lower[i + 1] in ("from", "by", "of")), None)  # "research by X" is X's work, not a document
        if made_by is not None:  # "figures from the Port Callan Harbour Authority": that authority's figures
            name = _leading_name(words[made_by + 2:])
            if name and len(name.split()) == len([w for w in words[made_by + 2:] if w.lower() != "the"]):
                return _Speaker(f"{name} {lower[made_by]}", written, "named_institution", span)
        if _singular(lower[-1]) not in _DOCUMENT_NOUNS:
            return None
        if _capitalised(words[-1]):  # "Study Finds", "Housing Report Finds": a headline's document, named later
            if len(words) <= 2 and all(_capitalised(w) for w in words):
                return _Speaker(written, written, "named_institution", span, forward=lower[-1])
            return None
        start = 1 if lower[0] in _DETERMINERS else 0
        owner_at = next((i for i in range(start, len(words) - 1) if lower[i] in ("its", "their") or _POSSESSIVE.search(words[i])), None)
        owner = None
        if owner_at is not None:  # "the agency's annual report", "its annual report"
            owner_words = [_POSSESSIVE.sub("", w) for w in words[start:owner_at + 1]]
            if lower[owner_at] in ("its", "their"):  # the body this sentence is about, else the last institution quoted
                subject = _DESCRIBED_SUBJECT.match(self.sentence)
                earlier = next((s for s in reversed(self.history) if s.source_type == "named_institution"), None)
                owner = subject.group(1) if subject else earlier.name if earlier else None
            elif all(_capitalised(w) or w.lower() in ("of", "and", "for", "&") for w in owner_words):
                owner = " ".join(owner_words)
            elif len(owner_words) == 1:
                owner = self._named_organisation(owner_words[0].lower()) or self._organisation_meant(owner_words[0].lower())
            rest = words[owner_at + 1:]
        elif len(words) - start == 2 and lower[start] in _INSTITUTION_WORDS | _GENERIC_ORGANISATIONS:  # "bureau records"
            owner = self._named_organisation(lower[start]) or self._organisation_meant(lower[start])
            rest = words[-1:]
        else:
            named = [w for w in words[start:-1] if _capitalised(w) or w.lower() in ("of", "and", "for")]
            if named and _capitalised(named[0]):  # "the State of Renting report"
                owner, rest = " ".join(named), words[-1:]
        return _Speaker(f"{owner} {' '.join(rest)}", written, "named_institution", span) if owner else None

    def _resolve_pronoun(self, pronoun: str, written: str, span: tuple[int, int]) -> _Speaker:
        if pronoun in ("he", "she"):  # the last person met whom the article has not called the other pronoun
            target = next((p for p in reversed(self.individuals) if self.pronouns.get(p.name, pronoun) == pronoun), self.last_individual)
            if target is None and self.last_named:  # "Fly-half Tomasz Wójcik kicked the goal. “...,” he said.": the one named
                target = _Speaker(self.last_named, self.last_named, "named_person", span)
                self._meet(target)
            if target is not None:
                self.pronouns.setdefault(target.name, pronoun)
        elif pronoun == "it":  # the last body or document that spoke ("the report said ... it said"), never a person
            target = next((s for s in reversed(self.history) if s.source_type == "named_institution" or (
                s.source_type == "unnamed" and not _PERSON_NOUNS & {_singular(w) for w in s.name.lower().split()})), None)
        else:
            target = self.last
        if target is None:
            return _Speaker(written, written, "unnamed", span)
        return _Speaker(target.name, written, target.source_type, span)


def _masked(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> str:
    """The sentence with quoted words blanked out (\\x01), so a verb inside a quotation is never taken for an attribution."""
    pieces, cursor = [], start
    for qs, qe in sorted(quotes):  # slice by slice, not character by character: a sentence of 25,000 quotes stays quick
        low, high = max(qs, cursor), min(qe, end)
        if low < high:
            pieces += [text[cursor:low], "\x01" * (high - low)]
            cursor = high
    return "".join(pieces) + text[cursor:end]



#: "the" and one to three lower-case words: "the match referee", "the ground's scorers".
_DESCRIPTION = re.compile(r"the(?:[ \t]++[a-z][a-z’'-]*+){1,3}+")
_OUTLET_WORDS = {"courier", "times", "post", "press", "news", "herald", "gazette", "tribune", "journal", "echo", "standard",
                 "chronicle", "mail", "telegraph", "observer", "express", "guardian", "mirror", "star", "sun", "independent",
                 "register", "sentinel", "examiner", "reporter", "dispatch", "advertiser", "argus", "globe", "inquirer",
                 "monitor", "newspaper", "broadcaster", "radio", "television", "tv", "wire"}
# "the returning officer, Helen Marsh" and "Helen Marsh, the council's returning officer,": a role and the name it has
_ROLE_THEN_NAME = re.compile(r"\bthe((?:[ \t]++[a-z][a-z’'-]*+){1,3}+),[ \t]++([A-Z][\w’'.-]*+(?:[ \t]++[A-Z][\w’'-]*+){1,3}+)")
_NAME_THEN_ROLE = re.compile(r"(?<![\w’'.-])([A-Z][\w’'.-]*+(?:[ \t]++[A-Z][\w’'-]*+){1,3}+),[ \t]++the((?:[ \t]++[a-z][a-z’'-]*+){1,4}+)[ \t]*+[,.]")
# A name starts where no name character stands before it, a full stop included: else every capital after a full stop in
# one unbroken run ("Su-34four.Su-34four...") started a scan to the run's end, quadratic in its length.
_AGED_NAME = re.compile(r"(?<![\w’'.-])([A-Z][\w’'.-]*+(?:[ \t]++[A-Z][\w’'-]*+){0,3}+),[ \t]++[0-9]{1,3}+,")  # "Ada Pike, 46,"
_TITLED_SUBJECT = re.compile(r"((?:[A-Z][a-z]*\.?\s+){1,3}?)([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})(?=,|\s+[a-z])")
_APPOSITIVE_NAME = re.compile(r",\s+((?:[A-Z][\w’'-]+\.?\s+){1,3}[A-Z][\w’'-]+)(?=[,.;]|$)")  # ", Dr. Ilse Brannagh"
_TOKEN = re.compile(r"[^\s,;:()\[\]]+")
_LETTERS = re.compile(r"[A-Za-z]+")
_POSSESSIVE = re.compile(r"['’]s$")
_CALENDAR_OR_NUMBER = re.compile(f"(?:{_MONTHS}|{_WEEKDAYS}|[0-9,]+)")


@lru_cache(maxsize=64)
def _names_with(head: str) -> tuple[re.Pattern, re.Pattern]:
    """Up to five capitalised words ending with ``head`` ("Westmarch Weather Bureau"), and ``head`` followed by "of"
    and a name ("University of Tressan", "Harwick Museum of Maritime History"). Possessive, so linear in the text."""
    word = r"[A-Z][\w’'&-]*+"
    ending = re.compile(rf"(?<![\w’'&-])((?:{word}[ \t]++){{1,5}}{re.escape(head)})\b")  # never across a line: a headline is no part of a name
    of_name = re.compile(rf"(?<![\w’'&-])((?:{word}[ \t]+){{0,4}}{re.escape(head)}[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{word}(?:[ \t]+{word}){{0,4}}+)")
    return ending, of_name


_RELATIVES = {"who", "which", "that", "whom"}
#: Words that join a clause to the one before and are no part of its subject ("..., and the council said").
_LEADING_CONJUNCTIONS = {"and", "but", "yet", "or", "while", "whereas", "although", "though"}
_TITLE_IN_FULL = {"cllr": "councillor", "sen": "senator", "gov": "governor", "prof": "professor", "supt": "superintendent",
                  "insp": "inspector", "det": "detective", "pres": "president"}  # "Cllr Ada Pike" answers "Councillor Says"
_TITLE_PRONOUNS = {"mr": "he", "sir": "he", "lord": "he", "ms": "she", "mrs": "she", "miss": "she", "dame": "she", "lady": "she"}
_CALENDAR_WORD = re.compile(f"{_MONTHS}|{_WEEKDAYS}")
_RELATIVE_PRONOUNS = {"who", "which", "whom", "whose"}
# Words between a subject and its verb ("Analysts had expected", "Calder now expects"), dropped from the subject.
_SUBJECT_TAIL = {"has", "have", "had", "now", "also", "still", "previously", "already", "earlier", "later", "then", "again",
                 "there", "here", "today", "yesterday", "tonight", "officially", "publicly", "formally"}
# a headline's "Study: ...", "Police: ...": the document or body named in full later in the article
_DOCUMENT_PREFIX = re.compile(r"(Study|Report|Survey|Poll|Review|Audit|Census|Police|Council|Ministry|Court|Government|Trial|Inquiry)\s?:\s")
_DESCRIBED_SUBJECT = re.compile(r"The\s+((?:[a-z]+\s+){0,2}(?:" + "|".join(sorted(_INSTITUTION_WORDS)) + r"))\s+[a-z]")  # "The library service lent"
# Every pair of capitalised words, overlapping. A word is read once: it starts only where no word character is before it,
# and its letters are taken possessively, so "A-A-A-..." costs what it is long.
_NAME_PAIR = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*+)(?=\s++([A-Z][\w’'-]*+)(?![\w’'-]))")
# A run of capitalised words that ends before punctuation or a lower-case word (so not a headline's "Calder Foods Profit Falls").
_LONGER_NAME = re.compile(r"(?<![\w’'-])(?=([A-Z][\w’'-]*+)((?:\s++[A-Z][\w&’'-]*+){1,3}+)(?=\s*+[,.;:)]|\s++[a-z(]))")
#: Verbs that report what someone said, so "X, who said" makes X the speaker ("who asked not to be named" does not).
_SPEECH_VERBS = {"said", "says", "told", "added", "reported", "confirmed", "announced", "warned", "noted", "stated", "explained"}
_OPENING_SUBJECT = re.compile(r"((?:The[ \t]+)?[A-Z][\w’'&-]*+(?:[ \t]+(?:of|for|and|the|[A-Z][\w’'&-]*+)){0,6})(?=[ \t]+[a-z])")
#: Words for a body that a sentence about a named body may use for it ("..., the board said"), whatever the name ends with.
_GOVERNING_BODIES = {"board", "body", "authority", "regulator", "watchdog", "organisation", "organization", "institution"}
#: What "the company" or "the firm" never stands for: a body that is no business.
#: "the automotive supplier Kessler-Brandt", "the retailer Brackwell Stores": a kind of business, then its name.
_DESCRIBED_NAME = re.compile(r"\b[Tt]he(?:[ \t]++[a-z][a-z-]*+){0,3}?[ \t]++(?P<kind>supplier|company|firm|group|maker|carmaker|retailer|chain|"
                             r"operator|manufacturer|lender|insurer|bank|airline|carrier|developer|business|producer|publisher|"
                             r"broadcaster|builder|brewer|utility|union|charity)[ \t]++(?P<name>[A-Z][\w’'&-]*+(?:[ \t]++[A-Z][\w’'&-]*+){0,3}+)")
_BUSINESS_NOUNS = {"company", "firm", "business", "maker", "retailer", "lender", "carrier", "developer", "manufacturer", "insurer", "operator"}
_PUBLIC_BODIES = {"union", "council", "ministry", "department", "police", "constabulary", "force", "court", "government", "committee",
                  "commission", "parliament", "assembly", "association", "federation", "university", "school", "college", "authority",
                  "bureau", "army", "navy", "institute", "society", "charity", "trust", "foundation", "league", "party"}
_STUDY_WORDS = {"study", "paper", "research", "article"}  # one piece of research, whichever word the article uses next
_TITLED_NAME_OF = re.compile(r"((?:[A-Z][\w’'.-]*+[ \t]+){1,4}[A-Z][\w’'-]*+)[ \t]+(?:of|from|at)[ \t]+(?:the[ \t]+)?[a-z]")
_TRAILING_NAME = re.compile(r"(?<![\w’'&-])(?:[A-Z][\w’'&-]*+[ \t]+){0,5}[A-Z][\w’'&-]*+[ \t]*$")
_DESCRIBED_PERSON = re.compile(r"(?:[Aa]n?|[Oo]ne)(?:\s+[a-z][a-z-]*){1,3}(?:\s+(?:at|from|in|with)(?:\s+[a-z][a-z’'-]*){1,3})?")  # "a baggage handler": lower case, as a "who" clause follows
_PREPOSITIONS = {"at", "of", "in", "from", "for", "with", "to", "on", "by", "close"}
_COORDINATED = re.compile(r"(?:,|\s)(?:but|and)\s+$")
#: What may follow the verb of a sentence's last clause ("..., the department said on Monday."): then it is the attribution.
_FINAL_CLAUSE = re.compile(r"(?:[ \t]+(?:on|in|at|late|early|last|this|yesterday|today|earlier|later|in\s+a|a|an|the|statement|"
                           r"[A-Z][a-z]+day|morning|afternoon|evening|night|week|month|year|interview|briefing|news|conference|release|press)){0,6}"
                           r"[ \t]*[.!?…]?[\"”’')\]]*[ \t]*$")
_PUBLISHED_IN = re.compile(r"\b(?:published|released|posted|filed|issued)\b[^,;]{0,60}\b(?:in|at)\s+(?:the\s+)?[A-Z]")
#: How a document reaches the public: "a study published in X", "the charge sheet filed at Y Court".
_PUBLISHING = {"published", "released", "posted", "filed", "issued", "prepared", "compiled", "produced"}  # not "commissioned by"
#: Words before a document noun that say nothing about whose it is ("a new study": the study).
_PLAIN_WORDS = {"new", "latest", "recent", "first", "second", "final", "own", "same", "full", "short", "long", "brief"}
_CAPITALISED_RUN = re.compile(r"(?<![\w’'&-])(?:[A-Z][\w’'&-]*+[ \t]+){0,4}[A-Z][\w’'&-]*+")
_SENTENCE_SUBJECT = re.compile(r"(?:The\s+)?((?:[A-Z][\w’'&-]*\s+){0,3}[A-Z][\w’'&-]*)\s+(?:[a-z]|$)")
_CLAUSE_BREAK = re.compile(r"[,;:\x01()\[\]—–]|\s-\s")
_NP_END = re.compile(r"[,;:!?\x01()\[\]—–]|(?<!\b[A-Z])(?<!\b(?:Dr|Mr|Ms|St|Lt|Jr|Sr|No))(?<!\b(?:Mrs|Col|Gen|Maj|Sgt|Adm|Gov|Sen|Rep|Rev))(?<!\bCapt|\bProf)\.|(?<!\bclose)\s(?:who|which|that|because|speaking|in|on|at|to|after|before|during|when|as|while)\s")  # "people close to the deal"


def _document_words(words: list[str], document_at: int) -> str:
    """The document as the article calls it: "charge sheet", "weekly bulletin", "study" (not "new study", and not the
    "Watch" of "the Shelf Watch survey", which is part of its name)."""
    before = words[document_at - 1] if document_at >= 1 else ""
    if before.isalpha() and before.islower() and before not in _DETERMINERS | _FUNCTION_WORDS | _PLAIN_WORDS | _INSTITUTION_WORDS \
            and not before.endswith(_ADJECTIVE_ENDINGS):
        return f"{before} {words[document_at].lower()}"
    return words[document_at].lower()


def _leading_name(words: list[str]) -> str:
    """The capitalised name at the start of ``words`` ("the Journal of Adolescent Rest." gives Journal of Adolescent Rest)."""
    name: list[str] = []
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) > 1 and words[0] in ("journal", "magazine", "newspaper", "paper", "website"):
        words = words[1:]  # "the journal Avian Passage": the name after the common noun
    for word in words:
        if not (_capitalised(word) or (name and word.lower() in ("of", "for", "and", "&"))):
            break
        name.append(word)
    while name and not _capitalised(name[-1]):
        name.pop()
    return " ".join(name)


#: Verbs that attribute only with the right subject: findings of a document ("the study found", "figures show"), what a
#: court heard, estimates and counts by a named or described source (not "he counted"), "called X 'Y'" before a quote.
_WEAK_VERBS = {
    "found": "document", "finds": "document", "find": "document", "suggests": "document", "suggest": "document", "show": "document", "shows": "document", "showed": "document",
    "heard": "court", "called": "quote", "believe": "subject", "believes": "subject",
    **dict.fromkeys(("recorded", "counted"), "tally"),  # "the agency recorded 40", not "she recorded a time"
    **dict.fromkeys(("expected", "expect", "expects", "forecast", "forecasts", "estimate", "estimates", "estimated", "predicted"), "subject"),
}
_PARTICIPLE_OBJECT = re.compile(r"[ \t]+(?:about|whether|if|why|how|what|by|on|for|to|in|at|after|before)\b")
_FINDERS = _DOCUMENT_NOUNS | {"researcher", "scientist", "finding"}
_HEARERS = {"court", "jury", "inquest", "tribunal", "hearing"}
#: A word before the verb that makes it no attribution: an adjective ("an estimated £240,000") or an infinitive ("likely to say").
_NOT_A_VERB_AFTER = re.compile(r"(?:(?:^|\s)(?:a|an|the|its|their|his|her|our|to|is|are|was|were|be|been|being)|[0-9])\s+$",
                               re.IGNORECASE)  # "2,640 claims": a noun; "is expected to": a passive, no one's words


def _weak_verb_fits(verb: str, speaker: _Speaker) -> bool:
    """Does a weak verb's subject (or what follows it) make it an attribution? See ``_WEAK_VERBS``."""
    needs = _WEAK_VERBS.get(verb)
    said_by = {_singular(w) for w in _LETTERS.findall(speaker.written.lower())}
    if needs == "document":
        return bool(said_by & _FINDERS)
    if needs == "court":
        return bool(said_by & _HEARERS)
    return needs != "tally" or speaker.written.lower() not in ("he", "she")  # "It recorded 40", not "she recorded a time"


_BY_AGENT = re.compile(r"[ \t]+by[ \t]+(?!(?:far|then|now|the[ \t]+(?:end|time)|[0-9]))")
#: A pronoun right after a noun, before the verb: a clause that describes a figure ("the $2.6 billion it estimated").
_REDUCED_RELATIVE = re.compile(r"(?<![\w’'-])(?!(?:and|but|so|then|as|because|when|that|which|while|after|before|if|what|how|why|where|"
                               r"said|says|told|added)\b)[A-Za-z0-9][\w’'%-]*[ \t]+(?:it|they|he|she)[ \t]+$")


def _find_attribution(masked: str, offset: int, attributor: _Attributor) -> tuple[_Speaker, str] | None:
    """The sentence's attribution: the first "X said", "said X", "according to X"; a weaker one ("the study found",
    "Officials estimate") only if there is none of those; a headline's "Study: ..."; None if there is none."""
    prefix = _DOCUMENT_PREFIX.match(masked)
    if prefix:
        return _Speaker(prefix.group(1), prefix.group(1), "named_institution", (offset, offset + prefix.end(1)), forward=prefix.group(1).lower()), ""
    weak = strong = reduced = None
    for verb_match in _patterns()["verb"].finditer(masked):
        verb = verb_match.group().lower()
        if verb != "according to" and not masked[:verb_match.start()].strip() and _PARTICIPLE_OBJECT.match(masked, verb_match.end()):
            continue  # "Asked about the report, a spokesman said": a participle opening the sentence names no speaker
        if (verb in _WEAK_VERBS and weak is not None) or _NOT_A_VERB_AFTER.search(masked, max(0, verb_match.start() - 8), verb_match.start()):
            continue  # only a stronger verb can still win; "an estimated £5m", "likely to say" are no attributions
        if _WEAK_VERBS.get(verb) == "quote" and "\x01" not in masked[verb_match.end():verb_match.end() + 100]:
            continue
        if weak is not None and verb not in _WEAK_VERBS and _COORDINATED.search(masked, max(0, verb_match.start() - 6), verb_match.start()):
            return weak  # "Meteorologists at the institute expect rain, but said ...": the subject the weaker verb found
        final = verb not in _WEAK_VERBS and _FINAL_CLAUSE.match(masked, verb_match.end())
        if strong is not None and not final and verb not in _WEAK_VERBS:
            continue  # only a final ", X said." can still win: one long sentence of "said"s is not read verb by verb
        found = _attribution_at(masked, offset, verb_match, attributor)
        if found is None and final:
            found = _described_at_end(masked, offset, verb_match, attributor)  # "..., the match referee said."
        if found is None or not _weak_verb_fits(verb, found[0]):
            continue
        if verb not in _WEAK_VERBS and _REDUCED_RELATIVE.search(masked, max(0, verb_match.start() - 40), verb_match.start()):
            reduced = reduced or found  # "the 20 to 25 percent growth it reported in 2021": who gave that figure, not who says this
            continue
        if verb not in _WEAK_VERBS:
            if final and strong is not None and _is_news_outlet(found[0].name):
                continue  # "Fishing clubs say ..., the Valley Courier reported": the clubs said it; the paper relays them
            if final:
                return found  # ", the department said." at the end is the sentence's attribution, over "The state reported" before it
            strong = strong or found
            continue
        weak = weak or found
    return strong or weak or reduced


def _described_at_end(masked: str, offset: int, verb_match: re.Match, attributor: _Attributor) -> tuple[_Speaker, str] | None:
    """The last clause's "..., the match referee said.": a short definite description in lower case is an unnamed source,
    even when no word of it is a known source noun."""
    clause = masked[max(0, verb_match.start() - 60):verb_match.start()]
    cut = max(clause.rfind(","), clause.rfind("\x01"))  # after a comma, or after a quote ("“He lied,” the judge said.")
    described = clause[cut + 1:]
    speaker = _description(described, offset + verb_match.start() - len(described), attributor) if cut >= 0 else None
    return (speaker, verb_match.group().lower()) if speaker else None


def _description(phrase: str, start: int, attributor: _Attributor) -> _Speaker | None:
    """"the match referee", "the ground's scorers": one to three lower-case words after "the", read as a source described
    but not named, where the attribution leaves no doubt that someone is meant ("according to ...", a final "..., X said.");
    "the judge" after Judge Ewa Sobczyk is her."""
    stripped = phrase.strip()
    if not _DESCRIPTION.fullmatch(stripped) or stripped.split()[-1] in _FUNCTION_WORDS | _AUXILIARIES | _VERBS:
        return None
    at = start + phrase.index(stripped)
    if stripped.split()[-1] in _TITLES and attributor.last_person:
        return _Speaker(attributor.last_person.name, stripped, "named_person", (at, at + len(stripped)))
    return _Speaker(stripped, stripped, "unnamed", (at, at + len(stripped)))


def _is_news_outlet(name: str) -> bool:
    """A newspaper, agency or broadcaster by the last word of its name ("the Valley Courier", "Radio Tarn")."""
    words = name.lower().split()
    return bool(words) and (words[-1] in _OUTLET_WORDS or words[0] in ("radio", "tv"))


def _attribution_at(masked: str, offset: int, verb_match: re.Match, attributor: _Attributor) -> tuple[_Speaker, str] | None:
    """The speaker of one attribution verb, looked for before it (nearest clause first) and, for "said X", after it."""
    verb = verb_match.group().lower()
    if verb.startswith("according"):
        rest = masked[verb_match.end():verb_match.end() + 160]
        cut = _NP_END.search(rest)
        phrase = rest[:cut.start()] if cut else rest
        end = re.search(r"[,;.\x01]", rest)
        whole = rest[:end.start()] if end else rest
        bare = phrase.split()
        if cut and 0 < len(bare) <= 2 and bare[-1].islower() and _is_plural(bare[-1]) and _singular(bare[-1]) in _SOURCE_NOUNS \
                and rest[cut.start():cut.start() + 4] in (" in ", " at "):
            phrase = whole  # "sources in the regional ministry of agriculture": where they are is who they are
        if phrase.split()[-1:] and phrase.split()[-1] in _PUBLISHING or (  # "a study published on 3 March in the Journal of X"
                {_singular(w) for w in phrase.lower().split()[:3]} & _DOCUMENT_NOUNS and _PUBLISHED_IN.search(whole)):
            phrase = whole  # "a study led by researchers at X and published ... in the Journal of Y"
        named = _APPOSITIVE_NAME.match(rest, cut.start()) if cut and not phrase.endswith(tuple(_PUBLISHING)) else None
        if named and not {_singular(w) for w in phrase.lower().split()} & _DOCUMENT_NOUNS:  # "according to the station manager, Petra Aalund"
            speaker = attributor.classify(named.group(1), offset + verb_match.end() + named.start(1), after_verb=True)
            if speaker:
                return speaker, "according to"
        speaker = attributor.classify(phrase, offset + verb_match.end(), after_verb=True) \
            or _description(phrase, offset + verb_match.end(), attributor)
        return (speaker, "according to") if speaker else None
    agent = _BY_AGENT.match(masked, verb_match.end())
    if agent:  # "a new timetable announced by the operator Westvale Railways": the agent of the passive speaks
        rest = masked[agent.end():agent.end() + 160]
        cut = _NP_END.search(rest)
        phrase = rest[:cut.start()] if cut else rest
        trailing = _TRAILING_NAME.search(phrase.rstrip())
        speaker = (attributor.classify(trailing.group(), offset + agent.end() + trailing.start(), after_verb=True) if trailing else None) \
            or attributor.classify(phrase, offset + agent.end(), after_verb=True)
        return (speaker, verb) if speaker else None
    before = masked[max(0, verb_match.start() - 240):verb_match.start()]
    base = offset + verb_match.start() - len(before)
    pieces = []
    cursor = len(before)
    for _ in range(4):
        breaks = list(_CLAUSE_BREAK.finditer(before, 0, cursor))
        left = breaks[-1].end() if breaks else 0
        pieces.append((before[left:cursor], base + left))
        if not breaks:
            break
        cursor = breaks[-1].start()
    nearest = pieces[0][0].split() if pieces else []
    if len(nearest) == 1 and nearest[0].lower() in ("which", "who") and len(pieces) > 1 and verb in _SPEECH_VERBS:
        # "published by the Civil Aviation Board, which said": the board, the nearest name; "Dr Ode, who said": Dr Ode
        phrase, start = pieces[1]
        named = _TRAILING_NAME.search(phrase) if nearest[0].lower() == "which" else None
        antecedent = attributor.classify(named.group(), start + named.start()) if named else attributor.classify(phrase, start)
        return (antecedent, verb) if antecedent else None
    if nearest and (nearest[0].lower() in _RELATIVES or nearest[-1].lower() in _RELATIVE_PRONOUNS):
        return None  # "a spokesperson, who asked not to be named, said": the relative clause's verb attributes nothing
    if verb == "saying" or (nearest and nearest[-1].lower() in ("but", "and")):
        subject = _OPENING_SUBJECT.match(masked)  # "The Bank of Veridia kept its rate ..., but said": the sentence's subject
        name = re.sub(r"(?:[ \t]+(?:of|for|and|the))+$", "", subject.group(1)) if subject else ""
        speaker = attributor.classify(name, offset) if name.lower() not in ("", "a", "an", "the") else None
        if speaker:
            return speaker, verb
    if len(nearest) > 1 and nearest[-1].lower() in _PRONOUNS and nearest[-2].lower() not in _PREPOSITIONS \
            and not _patterns()["verb"].search(pieces[0][0]):  # not "The roads agency said it expected": that is the agency
        # "up from the $2.6 billion it estimated": the pronoun just before the verb is its subject
        phrase, start = pieces[0]
        pronoun = attributor.classify(nearest[-1], start + phrase.rindex(nearest[-1]))
        return (pronoun, verb) if pronoun and pronoun.name.lower() not in _PRONOUNS else None  # an "it" no one was before
    compared = max((k for k, w in enumerate(nearest) if w.lower() in ("as", "than")), default=0)
    if compared and len(nearest) - compared <= 5:
        return None  # "twice as much carbon as earlier estimates suggested", "more than analysts expected": a comparison
    candidates = []
    if nearest:
        candidates.append((*pieces[0], False))
    elif verb in _INVERTIBLE:
        after = masked[verb_match.end():verb_match.end() + 160]
        cut = _NP_END.search(after)
        named = _APPOSITIVE_NAME.match(after, cut.start()) if cut else None
        if named:  # "said Tidewell's chief executive, Anneliese Brandvold": the name, not the title
            candidates.append((named.group(1), offset + verb_match.end() + named.start(1), True))
        inverted = after[:cut.start()] if cut else after
        clause = re.search(r"[;:.\x01]|,\s|\s(?:who|which|that|whom)\s", after)  # "said a spokesperson who asked ...": a relative's verb
        if not _patterns()["verb"].search(after, 0, clause.start() if clause else len(after)):
            # "said a survey of 2,300 members found": the survey is reported, not speaking
            candidates.append((inverted, offset + verb_match.end(), True))
    opening, opening_at = pieces[-1]
    between = [phrase.split() for phrase, _ in pieces[:-1] if phrase.strip()]
    if len(pieces) > 1 and opening_at == offset and between and all(not _capitalised(b[0]) for b in between) \
            and opening.split() and all(_capitalised(w) for w in opening.split()):
        named = attributor.classify(opening, offset)
        described = len(between) == 1 and between[0][0].lower() in ("a", "an") and bool({_singular(w) for w in between[0]} & (_SOURCE_NOUNS | _INSTITUTION_WORDS))
        if named and (named.source_type == "named_person" or (named.source_type == "named_institution" and described)):
            # "Samuel Okonjo, a sleep researcher at ..., said"; "The Ledger, a financial newspaper, reported": the name
            return named, verb
    candidates.extend((phrase, start, False) for phrase, start in pieces[1:4] if _may_be_subject(phrase))
    for phrase, start, after_verb in candidates:
        if not phrase.strip() or len(phrase) > 200:
            continue
        speaker = attributor.classify(phrase, start, after_verb)
        if speaker:
            return speaker, verb
    for (relative, _), (phrase, start) in zip(pieces[1:4], pieces[2:5]):  # "A baggage handler, who did not want to be named, said"
        described = _DESCRIBED_PERSON.fullmatch(phrase.strip())
        if relative.split()[:1] in (["who"], ["whom"]) and described:
            span = (start + phrase.index(described.group()), start + len(phrase.rstrip()))
            return _Speaker(described.group(), described.group(), "unnamed", span, person=True), verb
    return None


def _body_named(earlier: _Speaker, head: str) -> bool:
    """Can a short form "the <head>" ("the board") refer back to ``earlier``? Only if ``earlier`` is a body whose own noun
    is ``head`` ("The regional water board", "the water board Waterschap Lage Venen"): not a person whose title holds the
    word ("Board chair Dana Okafor"), nor someone described by where they work ("A source at the board")."""
    if earlier.person:
        return False
    if earlier.source_type == "named_person":  # a name read as a person's, described by the body: "the water board X"
        described = [w for w in _LETTERS.findall(earlier.written) if w.islower()]
        return bool(described) and _singular(described[-1]) == head and not _PREPOSITIONS & set(described)
    words = [_singular(w) for w in _LETTERS.findall(earlier.written.lower())]
    if earlier.source_type == "unnamed" and _PERSON_NOUNS & set(words):
        return False
    before = next((i for i, w in enumerate(words) if w in _PREPOSITIONS), len(words))  # the noun phrase before "at", "of"
    name = earlier.name.lower().split()
    return head in words[:before] or (earlier.source_type == "named_institution" and _singular(name[-1]) == head if name else False)


def _may_be_subject(phrase: str) -> bool:
    """Can a clause before the nearest one be the verb's subject? Not a participle or relative clause ("funded by ...",
    "who spoke on condition of anonymity because ..."): those open with a lower-case word that is no determiner or source."""
    first = phrase.split()[:1]
    return bool(first) and (_capitalised(first[0]) or first[0].lower() in _DETERMINERS or _singular(first[0]) in _SOURCE_NOUNS)


def _attribute(text: str, sentences: list[_Sentence]) -> None:
    """Give every sentence its mode and speaker, paragraph by paragraph, carrying the last speaker forward."""
    attributor = _Attributor()
    by_paragraph: dict[int, list[_Sentence]] = {}
    for sentence in sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    forward: list[tuple[_Sentence, str]] = []
    for group in by_paragraph.values():
        for sentence in group:
            quotes = sentence.quoted_spans
            sentence.mode = "direct_quote" if sentence.opens_inside_quote() else "narration"
            masked = _masked(text, sentence.start, sentence.end, quotes)
            attributor.context = text[max(0, sentence.start - 1500):sentence.end]
            attributor.sentence = text[sentence.start:min(sentence.end, sentence.start + 200)]
            attributor.sentence_start = sentence.start
            attributor.read(text[sentence.start:sentence.end])
            attributor.meet_the_aged(text[sentence.start:sentence.end])
            found = _find_attribution(masked, sentence.start, attributor)
            if found:
                speaker, verb = found
                sentence.speaker, sentence.speaker_as_written = speaker.name, speaker.written
                sentence.source_type, sentence.verb, sentence.speaker_span = speaker.source_type, verb, speaker.span
                if sentence.mode == "narration":
                    sentence.mode = "paraphrase"
                if speaker.forward:
                    forward.append((sentence, speaker.forward))
                attributor.remember(speaker)
            else:
                attributor.notice_subject(text[sentence.start:sentence.end])
        # A quote with no attribution of its own: the paragraph's quoted speaker, else whoever spoke last.
        quoted = next((s for s in group if s.speaker and s.mode == "direct_quote"), None)
        for sentence in group:
            if sentence.mode == "direct_quote" and not sentence.speaker:
                if quoted is not None:
                    sentence.speaker, sentence.source_type = quoted.speaker, quoted.source_type
                elif attributor.last is not None:
                    sentence.speaker, sentence.source_type = attributor.last.name, attributor.last.source_type
    _name_headline_documents(sentences, forward)
    _name_described_people(text, sentences)


def _name_described_people(text: str, sentences: list[_Sentence]) -> None:
    """"the returning officer announced" is the person the article names with that role anywhere ("the returning officer,
    Helen Marsh," or "Helen Marsh, the returning officer,"), before or after: one pass over the text, then one per sentence.
    A role that fits two different names stays as it is."""
    named: dict[tuple[str, ...], set[str]] = {}  # every ending of a role ("returning officer", "officer") -> its names
    for pattern, role_group, name_group in ((_ROLE_THEN_NAME, 1, 2), (_NAME_THEN_ROLE, 2, 1)):
        for match in pattern.finditer(text):
            name = [w for w in match.group(name_group).split() if w.lower().rstrip(".") not in _TITLES]
            if len(name) >= 2 and not _INSTITUTION_WORDS & {w.lower() for w in name}:
                role = tuple(match.group(role_group).split())
                for cut in range(len(role)):
                    names = named.setdefault(role[cut:], set())
                    if len(names) < 2:  # two names are already too many: no text makes this set grow further
                        names.add(" ".join(name))
    for sentence in sentences:
        words = sentence.speaker.split()
        if sentence.source_type == "unnamed" and words[:1] in (["the"], ["The"]) and len(named.get(tuple(words[1:]), ())) == 1:
            sentence.speaker, sentence.source_type = next(iter(named[tuple(words[1:])])), "named_person"


def _same_body(noun: str) -> tuple[str, ...]:
    """The last words a full name of ``noun`` may end with: "police" -> police, constabulary, force."""
    return next((words for words in _ORGANISATION_SYNONYMS.values() if noun in words), (noun,))


def _name_headline_documents(sentences: list[_Sentence], forward: list[tuple[_Sentence, str]]) -> None:
    """A headline's "Study Finds" takes the name the article gives the study later (the first longer speaker ending in
    "study"); "Police Say" the police force it names later ("Kenmoor Constabulary": a word that means the same body)."""
    pending = {id(sentence): noun for sentence, noun in forward}
    nearest_later: dict[str, str] = {}  # a name's last word -> the name, for the nearest later sentence (one sweep back)
    titled_later: dict[str, str] = {}  # a title as written ("councillor") -> the person it was written with
    for sentence in reversed(sentences):
        noun = pending.get(id(sentence))
        later = next((nearest_later[w] for w in _same_body(noun) if w in nearest_later), "") if noun else ""
        later = titled_later.get(noun, "") if noun in _TITLES else later
        if len(later) > len(sentence.speaker):
            sentence.speaker = later
        if sentence.speaker:
            nearest_later[sentence.speaker.split()[-1].lower()] = sentence.speaker
        title = [_TITLE_IN_FULL.get(w.lower().rstrip("."), w.lower().rstrip(".")) for w in sentence.speaker_as_written.split()[:1]]
        if sentence.source_type == "named_person" and title and title[0] in _TITLES and sentence.speaker != sentence.speaker_as_written:
            titled_later[title[0]] = sentence.speaker
