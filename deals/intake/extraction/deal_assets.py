"""The assets of one deal: which of the drugs and platforms its sentences name it is about."""

from __future__ import annotations

import re

from companies.names import normalize_name
from deals.intake.extraction.assets import find_areas, find_modality, find_targets
from deals.intake.extraction.ownership import bought_for, only_others_product, targets_own
from deals.intake.extraction.results import AssetCandidate, Candidate, Directory
from deals.intake.extraction.roles import _Block
from deals.intake.extraction.symbols import defined_for_phrase


def deal_assets(
    c: Candidate,
    block: _Block,
    texts: list[str],
    trigger_texts: list[str],
    masked_texts: list[str],
    role_of: dict[str, str],
    directory: Directory,
) -> list[AssetCandidate]:
    """The block's assets that are the deal's: no other company's product, and for a company
    bought whole, what it is bought for or owns (its possessive, its lead asset, what the
    release says the transaction brings)."""
    found: list[AssetCandidate] = []
    unowned: list[str] = []
    bought = [
        n
        for key, names, _ in block.owned
        if c.deal_type == "acquisition" and role_of.get(key) == "target"
        for n in names
        if n not in block.assets
    ]
    for name in block.assets + bought:
        name = _after_party(name, [p.name for p in c.parties], texts)
        if _names_a_party(name, [p.name for p in c.parties]):
            continue
        if _reference_product(name, texts):
            continue
        if _already_sold(name, texts) or _outside_the_deal(name, texts):
            continue
        if defined_for_phrase(name, texts):
            continue
        if only_others_product(name, masked_texts, role_of):
            continue
        if (
            c.deal_type == "acquisition"
            and name not in bought
            and not bought_for(name, texts, trigger_texts)
            and not targets_own(name, masked_texts, role_of)
        ):
            unowned.append(name)
            continue
        found.append(_candidate(name, c, block, texts, trigger_texts, directory))
    # "AMX-818 is in Phase 1; AMX-500, a CD3xTROP2 XPAT, and AMX-525 are in preclinical
    # development": a code of the same series (letters before the number) as a drug the bought
    # company is bought with is that company's too, though its sentence ties it to no one.
    series = {_series(a.name) for a in found} - {None}
    for name in unowned:
        if _series(name) in series:
            found.append(_candidate(name, c, block, texts, trigger_texts, directory))
    # "CU06" in a title, "CU06-1004" in the body: a code that is the series part of a longer
    # code found beside it is the same drug written short; the full code is kept.
    names = [a.name for a in found]
    return [
        a
        for a in found
        if not any(re.fullmatch(rf"{re.escape(a.name)}-\d{{3,6}}", n) for n in names)
        # "将推动信迪利单抗惠及…" read as 动信迪利单抗 beside 信迪利单抗: a Chinese name that is
        # another found name with one or two characters of the word before it is that drug.
        and not any(
            not a.name.isascii() and a.name.endswith(n) and 0 < len(a.name) - len(n) <= 2
            for n in names
        )
    ]


def _series(name: str) -> str | None:
    """The letters of a drug code before its number ("AMX" of "AMX-818"), or None."""
    m = re.fullmatch(r"([A-Z]{2,6})-?\d{2,6}[A-Za-z]?", name)
    return m.group(1) if m else None


def _candidate(
    name: str,
    c: Candidate,
    block: _Block,
    texts: list[str],
    trigger_texts: list[str],
    directory: Directory,
) -> AssetCandidate:
    """The asset ``name`` with the sentence that names it and what that sentence says of it."""
    quote = next(
        (
            t
            for t in texts + [q for *_, q in block.owned]
            if normalize_name(name) in normalize_name(t)
        ),
        trigger_texts[0],
    )
    ref = directory.assets.get(normalize_name(name))
    return AssetCandidate(
        name=ref.name if ref else name,
        asset_slug=ref.slug if ref else None,
        quote=quote,
        confidence=0.9 if ref else 0.8,
        modality=find_modality(quote) or c.modality,
        targets=find_targets(quote) or c.targets,
        therapeutic_areas=find_areas(quote) or c.therapeutic_areas,
    )


def _after_party(name: str, parties: list[str], texts: list[str]) -> str:
    """A Chinese drug name found by its stem starts a set number of characters before it, and
    may so take in the end of the company written right before it ("授予欧加隆帕妥珠单抗" read as
    隆帕妥珠单抗): the company's characters are no part of the drug's name."""
    if name.isascii():
        return name
    for party in parties:
        for k in range(min(len(party), len(name)) - 1, 0, -1):
            if name.startswith(party[-k:]) and any(party + name[k:] in t for t in texts):
                return name[k:]
    return name


def _names_a_party(name: str, parties: list[str]) -> bool:
    """ "ProQR Therapeutics N.V." read as a mixed-case product name ("ProQR"): a word that is
    the first word of a party's name names the company, never the deal's drug."""
    key = normalize_name(name)
    return any(
        party.split() and normalize_name(party.split()[0]) == key and len(party.split()) > 1
        for party in parties
    )


def _reference_product(name: str, texts: list[str]) -> bool:
    """ "帕妥珠单抗生物类似药HLX11", "a pertuzumab biosimilar, HLX11": the drug a biosimilar
    copies is the reference product, not what the deal is about; the biosimilar's code is."""
    return any(
        re.search(
            re.escape(name)
            + r"\s?(?:生物类似药|生物类似物|바이오시밀러|biosimilar)\s?(?:candidate\s)?,?\s?"
            r"[A-Z]{2,6}-?\d",
            t,
            re.IGNORECASE,
        )
        for t in texts
    )


def _already_sold(name: str, texts: list[str]) -> bool:
    """ "For Halvern, which already sells the migraine drug Zentrix, the deal adds ...": a drug a
    company is said to sell or market already is its existing portfolio, not what the deal is
    about, wherever else the text names it."""
    return any(
        re.search(
            r"\balready\s+(?:sells|markets|commerciali[sz]es|has\s+on\s+the\s+market)\b"
            r"[^.;]{0,60}?\b" + re.escape(name) + r"\b",
            t,
            re.IGNORECASE,
        )
        for t in texts
    )


def _outside_the_deal(name: str, texts: list[str]) -> bool:
    """ "Scholar Rock's own TGFβ1 program, SRK-181, and its lead product candidate for spinal
    muscular atrophy, SRK-015, are not part of the collaboration": a drug the text says is not
    part of, not included in or excluded from the deal is the company's other work, wherever
    else the text names it."""
    return any(
        re.search(
            r"(?<![\w-])"
            + re.escape(name)
            + r"(?![\w-])[^.;]{0,120}?\b(?:is|are|remains?|will\s+be)\s+"
            r"(?:not\s+(?:part\s+of|included\s+in|covered\s+by|subject\s+to)|excluded\s+from|"
            r"outside(?:\s+of)?)\s+(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:collaboration|agreement|"
            r"deal|transaction|licen[cs]e|partnership|acquisition)\b",
            t,
            re.IGNORECASE,
        )
        for t in texts
    )


# A quotation of some length: what an executive says, not a defined short name ('("Qpex")').
_SPEECH = re.compile(r"[“\"「]([^“”\"「」\n]{40,})[”\"」]")


def only_in_speech(name: str, text: str) -> bool:
    """True when every mention of ``name`` stands inside a quotation.

    "... beyond our internal pipeline, which continues to be led by MRT-2359," said the chief
    executive: a drug the speakers name only in their own words is their other work, which the
    release's own sentences do not make part of the deal. A name the text never writes as given
    is kept (nothing shows where it stands)."""
    spans = [m.span(1) for m in _SPEECH.finditer(text)]
    mentions = [m.start() for m in re.finditer(re.escape(name), text, re.IGNORECASE)]
    return bool(mentions) and all(any(a <= s < b for a, b in spans) for s in mentions)
