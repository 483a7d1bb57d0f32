"""Who says so: "X said", "said X", "according to X", pronouns and quotes carried across sentences."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .patterns import _patterns
from .sentences import _Sentence
from .words import _AUXILIARIES, _DETERMINERS, _INSTITUTION_WORDS, _INVERTIBLE, _MONTHS, _PERSON_NOUNS, _PRONOUNS, _SOURCE_NOUNS, _TITLES, _VERBS, _WEEKDAYS, _capitalised, _singular

@dataclass
class _Speaker:
    name: str
    written: str
    source_type: str
    span: tuple[int, int]


class _Attributor:
    """Remembers who spoke last, so "he added" and a quote paragraph with no attribution of its own can be resolved."""

    def __init__(self):
        self.last: _Speaker | None = None
        self.last_person: _Speaker | None = None
        self.last_individual: _Speaker | None = None  # named or not: "a spokesman ... He said" is the spokesman
        self.history: list[_Speaker] = []
        self.known_surnames: dict[str, str] = {}  # surname -> full name, so "Ms Toller" is "Gwen Toller"
        self.context = ""  # the text read so far, where "the company" looks for the company's name

    def remember(self, speaker: _Speaker) -> None:
        self.last = speaker
        self.history.append(speaker)
        if speaker.source_type == "named_person":
            self.last_person = speaker
            self.known_surnames.setdefault(speaker.name.split()[-1].lower(), speaker.name)
        if speaker.source_type == "named_person" or (speaker.source_type == "unnamed" and _PERSON_NOUNS & set(speaker.name.lower().split())):
            self.last_individual = speaker

    def notice_subject(self, sentence_text: str) -> None:
        """A narrated sentence opening with a titled name ("Councillor Ruth Adeyemi, who chairs...") sets who "she" is."""
        match = _TITLED_SUBJECT.match(sentence_text)
        if match and match.group(1).split()[0].lower().rstrip(".") in _TITLES:
            name = match.group(2)
            self.last_person = self.last_individual = _Speaker(name, name, "named_person", (0, 0))
            self.known_surnames.setdefault(name.split()[-1].lower(), name)

    def classify(self, phrase: str, start: int, after_verb: bool = False) -> _Speaker | None:
        """Turn a noun phrase found next to an attribution verb into a speaker, or None if it cannot be one."""
        tokens = [(m.group(), m.start()) for m in re.finditer(r"[^\s,;:()\[\]]+", phrase)]
        tokens = [(t.rstrip(".") if t.lower().rstrip(".") not in _TITLES else t, p) for t, p in tokens]
        tokens = [(t, p) for t, p in tokens if t]
        if not tokens or len(tokens) > 24:
            return None
        words = [t for t, _ in tokens]
        lower = [w.lower().strip("'’") for w in words]
        span = (start + tokens[0][1], start + tokens[-1][1] + len(tokens[-1][0]))
        written = phrase[tokens[0][1]:tokens[-1][1] + len(tokens[-1][0])]
        if lower[-1] in _AUXILIARIES or (after_verb and any(w in _AUXILIARIES or w in _VERBS for w in lower)):
            return None
        if len(words) == 1 and lower[0] in _PRONOUNS:
            return self._resolve_pronoun(lower[0], written, span)
        described = next((i for i, w in enumerate(lower) if _singular(w) in _SOURCE_NOUNS), None)
        if lower[0] in _DETERMINERS and described is not None and all(not _capitalised(w) for w in words[1:described + 1]):
            if lower[0] != "the":
                return _Speaker(written, written, "unnamed", span)
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
        if len(words) == 1 and _capitalised(words[0]) and lower[0] in _INSTITUTION_WORDS:
            return _Speaker(words[0], written, "named_institution", span)  # "Council said": one council, named by its office
        sentence_initial_noun = len(run) == 1 and run[0] == 0 and _singular(lower[0]) in _SOURCE_NOUNS
        if run and all(re.fullmatch(f"(?:{_MONTHS}|{_WEEKDAYS}|[0-9,]+)", words[i]) for i in run):
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
            if institution_at is not None and institution_at < len(names) - 1:
                person = [n for n, nl in zip(names[institution_at + 1:], names_lower[institution_at + 1:]) if nl not in _TITLES]
                if person:
                    return _Speaker(" ".join(person), written, "named_person", name_span)
            acronym = any(n.isupper() and len(n) > 1 and n.isalpha() and n.lower() not in _TITLES for n in names)  # not "KC"
            if institution_at is not None or acronym:
                return _Speaker(" ".join(names), written, "named_institution", name_span)
            person = [n for n, nl in zip(names, names_lower) if nl not in _TITLES]
            if not person:
                return None
            if len(person) == 1:
                full_name = self.known_surnames.get(person[0].lower())
                if full_name is None:  # a lone unknown capitalised word is more often an organisation or a country
                    return _Speaker(person[0], written, "named_institution", name_span)
                return _Speaker(full_name, written, "named_person", name_span)
            return _Speaker(" ".join(person), written, "named_person", name_span)
        # Lower-case: a source described but not named ("officials", "a spokesperson who asked not to be named").
        head_index = next((i for i, w in enumerate(lower) if _singular(w) in _SOURCE_NOUNS), None)
        if head_index is None:
            return None
        head = _singular(lower[head_index])
        if lower[0] == "the" and head_index <= 3:
            named = re.findall(rf"((?:[A-Z][\w’'&-]*\s+){{1,5}}{head.capitalize()})\b", self.context[-1500:]) if head in _INSTITUTION_WORDS else []
            if named:
                return _Speaker(named[-1].removeprefix("The "), written, "named_institution", span)
            for earlier in reversed(self.history):
                if head in {_singular(w) for w in re.findall(r"[A-Za-z]+", earlier.written.lower())}:
                    return _Speaker(earlier.name, written, earlier.source_type, span)
            if head in _TITLES and self.last_person:
                return _Speaker(self.last_person.name, written, "named_person", span)
        institution = next((w for w in lower[1:4] if w in _INSTITUTION_WORDS and _singular(w) not in _PERSON_NOUNS), None)
        if lower[0] == "the" and institution is not None:
            # "the county sheriff's office": a definite description of one institution names it
            return _Speaker(written.split(None, 1)[1], written, "named_institution", span)
        return _Speaker(written, written, "unnamed", span)

    def _resolve_pronoun(self, pronoun: str, written: str, span: tuple[int, int]) -> _Speaker:
        if pronoun in ("he", "she"):
            target = self.last_individual
        elif pronoun == "it":
            target = next((s for s in reversed(self.history) if s.source_type == "named_institution"), None)
        else:
            target = self.last
        if target is None:
            return _Speaker(written, written, "unnamed", span)
        return _Speaker(target.name, written, target.source_type, span)


def _masked(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> str:
    """The sentence with quoted words blanked out (\\x01), so a verb inside a quotation is never taken for an attribution."""
    chars = list(text[start:end])
    for qs, qe in quotes:
        for i in range(max(qs, start), min(qe, end)):
            chars[i - start] = "\x01"
    return "".join(chars)



_TITLED_SUBJECT = re.compile(r"((?:[A-Z][a-z]*\.?\s+){1,3}?)([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})(?=,|\s+[a-z])")
_APPOSITIVE_NAME = re.compile(r",\s+((?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+)(?=[,.;]|$)")
_RELATIVES = {"who", "which", "that", "whom"}
_CLAUSE_BREAK = re.compile(r"[,;:\x01()\[\]—–]|\s-\s")
_NP_END = re.compile(r"[,;:!?\x01()\[\]—–]|(?<!\b[A-Z])(?<!\b(?:Dr|Mr|Ms|St|Lt|Jr|Sr|No))(?<!\b(?:Mrs|Col|Gen|Maj|Sgt|Adm|Gov|Sen|Rep|Rev))(?<!\bCapt|\bProf)\.|\s(?:who|which|that|because|speaking|in|on|at|to|after|before|during|when|as|while)\s")


def _find_attribution(masked: str, offset: int, attributor: _Attributor) -> tuple[_Speaker, str] | None:
    """The first attribution in a sentence: "X said", "said X", "according to X"; None if there is none."""
    for verb_match in _patterns()["verb"].finditer(masked):
        verb = verb_match.group().lower()
        if verb.startswith("according"):
            rest = masked[verb_match.end():verb_match.end() + 160]
            cut = _NP_END.search(rest)
            phrase = rest[:cut.start()] if cut else rest
            speaker = attributor.classify(phrase, offset + verb_match.end(), after_verb=True)
            if speaker:
                return speaker, "according to"
            continue
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
        if pieces and pieces[0][0].strip().lower() in _RELATIVES:
            continue  # "a spokesperson, who asked not to be named, said": the relative clause's verb attributes nothing
        candidates = []
        if pieces and pieces[0][0].strip():
            candidates.append((*pieces[0], False))
        elif verb in _INVERTIBLE:
            after = masked[verb_match.end():verb_match.end() + 160]
            cut = _NP_END.search(after)
            named = _APPOSITIVE_NAME.match(after, cut.start()) if cut else None
            if named:  # "said Tidewell's chief executive, Anneliese Brandvold": the name, not the title
                candidates.append((named.group(1), offset + verb_match.end() + named.start(1), True))
            candidates.append((after[:cut.start()] if cut else after, offset + verb_match.end(), True))
        candidates.extend((phrase, start, False) for phrase, start in pieces[1:3])
        for phrase, start, after_verb in candidates:
            if not phrase.strip() or len(phrase) > 200:
                continue
            speaker = attributor.classify(phrase, start, after_verb)
            if speaker:
                return speaker, verb_match.group().lower()
    return None


def _attribute(text: str, sentences: list[_Sentence]) -> None:
    """Give every sentence its mode and speaker, paragraph by paragraph, carrying the last speaker forward."""
    attributor = _Attributor()
    by_paragraph: dict[int, list[_Sentence]] = {}
    for sentence in sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    for group in by_paragraph.values():
        for sentence in group:
            quotes = sentence.quoted_spans
            sentence.mode = "direct_quote" if sentence.opens_inside_quote() else "narration"
            masked = _masked(text, sentence.start, sentence.end, quotes)
            attributor.context = text[max(0, sentence.start - 1500):sentence.end]
            found = _find_attribution(masked, sentence.start, attributor)
            if found:
                speaker, verb = found
                sentence.speaker, sentence.speaker_as_written = speaker.name, speaker.written
                sentence.source_type, sentence.verb, sentence.speaker_span = speaker.source_type, verb, speaker.span
                if sentence.mode == "narration":
                    sentence.mode = "paraphrase"
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
