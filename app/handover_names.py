"""People in the handover pack: initials instead of names unless an administrator asks for
names, and free text left out when it mentions the person, however the name is written
(accents, case, hiragana, half-width or spaced kana, family or given name alone)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.reports import fonts
from app.search import normalise


@dataclass(frozen=True)
class Person:
    family: str
    given: str
    family_latin: str
    given_latin: str
    kana: str
    nationality: str
    employer: str = ""


def _first_letter(text: str) -> str:
    """The first character with the marks that belong to it (Burmese, Thai, Devanagari)."""
    out = text[:1]
    for ch in text[1:]:
        if unicodedata.category(ch) not in ("Mn", "Mc"):
            break
        out += ch
    return out


def initials(family: str, given: str, family_latin: str, given_latin: str,
             kana: str = "") -> str:
    """'N.T.L.' from Latin names (family name first), else the first character of the
    native name ('王.'), or of the kana reading when the native script is one that must be
    shaped (Burmese, Thai…), which would keep the PDF cell from wrapping Japanese text;
    '—' when there is no name at all."""
    words = f"{family_latin} {given_latin}".split()
    if words:
        return "".join(_first_letter(w).upper() + "." for w in words)
    native = f"{family}{given}".strip()
    if native and kana.strip() and fonts.needs_shaping(native):
        native = kana.strip()
    return _first_letter(native) + "." if native else "—"


def full_name(family: str, given: str, family_latin: str, given_latin: str) -> str:
    """'Nguyễn Thị Lan (Nguyen Thi Lan)', 'ကျော် သီတာ (Kyaw Thida)'."""
    native = " ".join(p for p in (family, given) if p)
    latin = " ".join(p for p in (family_latin, given_latin) if p)
    return f"{native} ({latin})" if native and latin and native != latin else native or latin


def _plain(text: str) -> str:
    """Casefolded, without accents: 'Nguyễn' and 'nguyen' compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("đ", "d")


def _is_latin(text: str) -> bool:
    return any("a" <= ch <= "z" for ch in _plain(text))


def _kana_only(text: str) -> bool:
    return all("\u3040" <= ch <= "\u30ff" for ch in text)


_JOINERS = re.compile(r"[\s・･]+")
# 'みさき水産加工' is written for 'みさき水産加工株式会社'
_COMPANY = re.compile(r"株式会社|有限会社|合同会社|[(（][株有][)）]|[㈱㈲]")


def _squeezed(text: str) -> str:
    """Search-normalised (NFKC, hiragana as katakana, case-folded, no accents) without
    spaces and name dots: 'いかりの さぎたろう', 'ｲｶﾘﾉ' and 'イ カ リ ノ' meet 'イカリノ'."""
    return _JOINERS.sub("", normalise(text))


def _name_forms(p: Person) -> list[str]:
    forms = {p.family, p.given, p.family + p.given, p.kana, p.kana.replace(" ", ""),
             *p.kana.split(), *p.family_latin.split(), *p.given_latin.split(),
             *p.family.split(), *p.given.split()}
    # one kana alone (レ, ホー's ホ) is part of too many ordinary words to stand for a name
    return [f for f in forms if f.strip() and not (_kana_only(_squeezed(f)) and
                                                   len(_squeezed(f)) < 2)]


def mentions_name(text: str, p: Person) -> bool:
    """Whether free text contains one of the resident's own names (native, Latin as a word
    with or without accents, kana in hiragana, katakana or half-width, spaced or not) or
    their employer's name."""
    if not text:
        return False
    plain = _plain(text)
    squeezed = _squeezed(text)
    for form in _name_forms(p):
        if _is_latin(form):
            # a word of its own among Latin letters; Japanese may follow at once (…さん)
            if re.search(rf"(?<![a-z]){re.escape(_plain(form))}(?![a-z])", plain):
                return True
        elif form in text or (_squeezed(form) and _squeezed(form) in squeezed):
            return True
    employer = _squeezed(_COMPANY.sub("", p.employer))
    return len(employer) >= 2 and employer in squeezed
