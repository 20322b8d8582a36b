"""Which of the drugs a deal's sentences name are the deal's own assets.

A sentence about a deal names many drugs: the licensed one, the licensee's own product it is
combined with, a competitor's, the target's marketed products. These rules keep the drugs an
analyst records for the deal: those the party that gives them (licensor, target) or no one owns,
and, for a company bought whole, those the text ties to the purchase.
"""

from __future__ import annotations

import re
from itertools import pairwise

from companies.names import normalize_name
from deals.intake.extraction.amounts import _MONEY_RE

# "The transaction brings KarXT into BMS's portfolio": the drug the purchase is made for.
BRINGS = re.compile(
    # "The acquisition also brings LOXO-292": an adverb may stand before the verb.
    # A wrap-up tells an earlier deal in the past: "That acquisition brought Novartis Lutathera".
    # "The purchase gives BioMarin X", "That buyout brought ...": any noun for the purchase.
    # "- Acquisition includes CPTX2309, a ...": a headline's bullet drops the article.
    r"(?:\b(?:the|this|that)\s+|^\s*(?:[-•*–]\s*)?)"
    r"(?:transaction|acquisition|deal|merger|purchase|buyout|takeover)\s+"
    r"(?:will\s+)?(?:also\s+|further\s+)?"
    r"(?:brings?|brought|adds?|added|gives?|gave|includes?|included|provides?|provided)\b"
    # "The acquisition will expand Lilly's immunology pipeline with the addition of X".
    r"|\b(?:transaction|acquisition|deal|merger)\b[^.;]{0,80}?\bwith\s+the\s+addition\s+of\b"
    # "With the acquisition, Nordhaven gains KRV-12": the buyer gains what the deal brings.
    r"|\b(?:with|through)\s+(?:the|this)\s+(?:transaction|acquisition|deal|merger|purchase|buyout|"
    r"takeover)\b[^.;]{0,60}?"
    r"\b(?:gains?|obtains?|receives?|adds?)\b",
    re.I,
)
# "Fusion's lead programme, FPI-2265, ...": the drug a text calls the target's lead asset is
# what an analyst records for the acquisition, though the sentence states no term.
LEAD = re.compile(
    # "POINT's most advanced candidate, PNT2002", "its flagship programme": the same.
    # "Its lead medicine, TAVNEOS (avacopan)": a medicine, drug or therapy is the same.
    r"\b(?:lead(?:ing)?|most\s+advanced|flagship)\s+(?:[\w-]+\s+){0,2}?(?:asset|candidate|program|programme|product|"
    r"compound|medicine|drug|therapy|therapeutic)s?\b"
    # "The Medicines Company is a ... company focused on developing inclisiran": the one drug
    # a company's description says it is built around is its lead asset.
    # "a clinical-stage company developing KRV-12", "a company that develops ...": the same.
    r"|\bcompany\s+(?:(?:focused|focusing|dedicated)\s+on\s+(?:developing|the\s+development\s+of)|"
    r"developing|that\s+(?:develops|is\s+developing))\b"
    # "The prize is nipocalimab (M281)", "The centrepiece is momelotinib": news calls the drug a
    # buyer pays for the deal's prize or centrepiece, as a release calls it the lead asset.
    r"|\b(?:the|its|their)\s+(?:(?:main|real|big|biggest|chief)\s+)?(?:prize|centrepiece|centerpiece|"
    r"crown\s+jewel|jewel|draw|attraction)\s+(?:is|was|here\s+is|of\s+the\s+(?:deal|acquisition|"
    r"transaction)\s+is)\b",
    re.I,
)


# "Harpoon's pipeline also includes HPN217", "Its pipeline includes OTL-203": a drug the text
# lists in the bought company's pipeline is bought with it. (The buyer's pipeline "which
# includes ..." is written with a verb of adding before it and is left out by assets.py.)
# "Its products include the respiratory drug Daxas", "Kelvio's marketed medicines include ...":
# the bought company's products, medicines or candidates listed the same way are bought with it.
# "The company's pipeline also includes MAU868" (after a sentence on the bought company's lead
# asset) lists them the same way.
PIPELINE_INCLUDES = re.compile(
    r"(?:^|[.;]\s*)(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}['’]s?|Its|Their|The\s+company['’]s)\s+"
    r"(?:[\w-]+\s+){0,3}?"
    r"(?:pipeline|portfolio|products|medicines|drugs|candidates|programs|programmes|assets)\s+"
    r"(?:also\s+)?(?:includes?|including|comprises?)\b"
)

# "The programs include two clinical-stage candidates, VX-970 ... and VX-984": after a deal
# sentence that licenses "programs" or "candidates", the sentence listing them names its assets.
DEAL_ITEMS_INCLUDE = re.compile(
    r"^\s*(?:The|These|Those|Both|All)\s+(?:[\w-]+\s+){0,2}?(?:programs?|programmes?|candidates?|"
    r"compounds?|assets?|molecules?)\s+(?:also\s+)?(?:includes?|including|comprises?|are)\b",
    re.I,
)


def only_others_product(name: str, masked_texts: list[str], role_of: dict[str, str]) -> bool:
    """True when every mention of ``name`` makes it someone else's drug, not the deal's.

    "in combination with Roche's CT-388" (the licensee's own drug), "an area where
    AstraZeneca's AZD5305 is also in development" (a company outside the deal): a drug is the
    deal's asset only if the text ever names it without a combination or with the possessive
    of the party that gives it (licensor, target) or of no one.
    """
    pattern = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
    seen = False
    for text in masked_texts:
        for m in re.finditer(pattern, text):
            seen = True
            before = text[: m.start()]
            if re.search(
                r"\b(?:in combination with|combined with|together with|alongside)\s+"
                # "... with Bristol Myers Squibb's PD-1 inhibitor Opdivo (nivolumab)": the
                # partner's INN in brackets after its brand is the same partner drug.
                # "together with the rights to daridorexant" takes the drug with the company
                # bought: words of rights or assets make no combination.
                r"(?:⟦E\d+⟧[’']s?\s+)?(?:(?!rights?\b|licen|assets?\b)[\w-]+\s+){0,4}?"
                r"(?:[\w-]+[®™]?\s*\(\s*)?$",
                before,
                re.I,
            ):
                continue
            owner = re.search(r"⟦(E\d+)⟧[’']s?\s+(?:[\w()/-]+\s+){0,5}?$", before)
            if owner and role_of.get(owner.group(1)) not in {"licensor", "target"}:
                continue
            return False
    return seen


def bought_for(name: str, texts: list[str], trigger_texts: list[str]) -> bool:
    """True when a company bought whole is bought (also) for the drug ``name``.

    Drugs named only in sentences with no deal and no payment ("it is also studying X with a
    partner") are no term of the deal; a CVR paid on a drug's approval, what "the transaction
    brings", and the target's lead asset are (the target's own drugs, written with its
    possessive, are found by ``targets_own``).
    """
    return any(
        normalize_name(name) in normalize_name(t)
        for t in texts
        if t in trigger_texts
        or _MONEY_RE.search(t)
        or BRINGS.search(t)
        or LEAD.search(t)
        or PIPELINE_INCLUDES.search(t)
        # "The CVR would be payable upon the approval ... of Fintepla (fenfluramine)": the drug
        # whose approval or milestones a CVR pays on is one the company is bought for, though
        # the sentence names no sum.
        or CVR_ON_DRUG.search(t)
    )


CVR_ON_DRUG = re.compile(
    r"\b(?:CVRs?|contingent\s+value\s+rights?)\b[^.;]{0,160}?\b(?:payable|paid|pays?|payments?|"
    r"entitl\w+|tied|linked|related|contingent)\b[^.;]{0,40}?\b(?:upon|on|if|to|when)\b"
)


_TARGET_AS_SUBJECT = re.compile(
    # "Bioverativ, spun off from Biogen in 2017, markets ...": an aside may follow the subject.
    # "Sciele, a specialty company focused on cardiology, diabetes and pediatrics, markets ...":
    # an aside that opens with an article says what the company is, commas and all.
    r"\s*⟦(E\d+)⟧(?:,[^,;]{1,80},|,\s+(?:an?|the)\s+[^;.]{1,160}?,)?\s+(?:also\s+|currently\s+)?"
    r"(?:markets|sells|commerciali[sz]es|develops|"
    # "ProStrakan is a specialty company whose marketed products include ...": the products
    # the bought company is described by are its own.
    r"is\s+an?\s+[^;.]{1,120}?\b(?:company|business|firm)\s+(?:whose|with)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:products|medicines|drugs|portfolio)\s+(?:includes?|comprises?)|"
    r"is\s+developing|has\s+developed|"
    # "Idenix brought a portfolio of nucleotide prodrugs ..., including IDX21437": what the
    # bought company brings to the buyer is its own.
    r"brings|brought|will\s+bring|"
    # "Korvana has two approved medicines, ZELBRA (...) and ...": the drugs it has.
    r"has\s+(?:[\w-]+\s+){0,3}?(?:medicines?|products?|drugs?|therapies|candidates?|programs?|"
    r"programmes?|assets?)\b)"
)


PRONOUN_SUBJECT = re.compile(
    r"\s*(?:It|The\s+(?:[\w,-]+\s+){0,6}?company)\s+(?:also\s+|currently\s+)?(?:markets|sells|"
    r"commerciali[sz]es|develops|is\s+(?:also\s+)?developing|has\s+developed)\b"
)


# A code (a capital and a digit) or a lower-case INN-length word, as listed in "X, Y and Z".
_LISTED_DRUG = r"(?:[A-Z][A-Za-z]*-?\d[\w-]*|[A-Z]{2,}-[A-Z]{2,}|[a-z]{7,})[®™]?"


def targets_own(name: str, masked_texts: list[str], role_of: dict[str, str]) -> bool:
    """True when the text names ``name`` as the bought company's own drug.

    "GBT's Oxbryta (voxelotor) tablets are approved", "Deciphera's QINLOCK (ripretinib)": a
    drug written with the target's possessive is its product, bought with it.
    """
    pattern = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
    for text in masked_texts:
        for m in re.finditer(pattern, text):
            owner = re.search(
                # "Kelvio's platform, CelluLink,": the noun may set the name off by a comma.
                r"⟦(E\d+)⟧[’']s?\s+(?:[\w-]+[®™]?,?\s+){0,3}?(?:[\w-]+[®™]?\s*\(\s*)?"
                # "Kelvio's lead molecules, KV-12 and KV-14,": a drug listed after another the
                # possessive names is the owner's too.
                rf"(?:{_LISTED_DRUG},?\s+){{0,2}}(?:{_LISTED_DRUG},?\s+(?:and|or)\s+)?$",
                text[: m.start()],
            )
            if owner and role_of.get(owner.group(1)) == "target":
                return True
            # "Avanir markets NUEDEXTA ... and is developing AVP-786", "Sigilon develops cell
            # therapies built on its ... platform": what the bought company, as the sentence's
            # subject, markets or develops is its own.
            subject = _TARGET_AS_SUBJECT.match(text[: m.start()])
            if subject and role_of.get(subject.group(1)) == "target":
                return True
            # "Visterra is a clinical-stage company that uses its proprietary Hierotope
            # platform": with the bought company the sentence's subject and no other company
            # named before the drug, "its" is the bought company's.
            opening = re.match(r"\s*⟦(E\d+)⟧\s", text)
            if (
                opening
                and role_of.get(opening.group(1)) == "target"
                and len(re.findall(r"⟦E\d+⟧", text[: m.start()])) == 1
                and re.search(r"\b[Ii]ts\s+(?:[\w-]+\s+){0,3}?$", text[: m.start()])
            ):
                return True
            # "Deciphera's QINLOCK is approved ..., and its vimseltinib is under review": "its"
            # after the target's possessive in the same sentence is the target's still.
            earlier = re.findall(r"⟦(E\d+)⟧[’']s?\s", text[: m.start()])
            if (
                earlier
                and role_of.get(earlier[-1]) == "target"
                and re.search(
                    # "Dyax's DX-2930 is ..., and the company also markets KALBITOR for ...":
                    # "the company" as the next clause's subject is the same company.
                    r"\b[Ii]ts\s+(?:[\w-]+\s+){0,3}?$|,\s+and\s+the\s+company\s+(?:also\s+)?"
                    r"(?:markets|sells|develops|commerciali[sz]es)\s+(?:[\w-]+\s+){0,3}?$",
                    text[: m.start()],
                )
            ):
                return True
    # "Amylin is a ... company focused on diabetes. It markets BYETTA (exenatide) ...", "Pearl
    # ... was snapped up by AstraZeneca. The privately held ... company is developing PT003":
    # "It" or "the ... company" opening the sentence after one whose subject is the bought
    # company is that company, and what it markets or develops its own.
    for prev, text in pairwise(masked_texts):
        opening = re.match(r"\s*⟦(E\d+)⟧", prev)
        verb = PRONOUN_SUBJECT.match(text)
        if not (opening and verb and role_of.get(opening.group(1)) == "target"):
            continue
        if any(
            m.start() >= verb.end() and "⟦" not in text[: m.start()]
            for m in re.finditer(pattern, text)
        ):
            return True
    # "Kelvio是一家…生物制药公司，其核心产品包括KV118和KV222": with the bought company the
    # sentence's subject and no other company named before the drug, 其 (its) is the bought
    # company's, as "its" is in English. (Chinese script is a word character, so the name's
    # edges are Latin letters and digits only.)
    zh_pattern = rf"(?<![A-Za-z0-9-]){re.escape(name)}(?![A-Za-z0-9-])"
    for text in masked_texts:
        subject_zh = re.match(r"\s*⟦(E\d+)⟧", text)
        if not subject_zh or role_of.get(subject_zh.group(1)) != "target":
            continue
        for m in re.finditer(zh_pattern, text):
            if len(re.findall(r"⟦E\d+⟧", text[: m.start()])) == 1 and re.search(
                r"其[^。；⟦]{0,20}?$", text[: m.start()]
            ):
                return True
    return False


_POSSESSIVE_SUBJECT = re.compile(r"\s*⟦(E\d+)⟧['’]s?\s+")
_DEVELOPING_SUBJECT = re.compile(
    r"\s*⟦(E\d+)⟧\s+(?:also\s+)?(?:is\s+developing|develops|markets|sells|commerciali[sz]es)\s+"
)
_FIRST_VERB = re.compile(r"\b(?:is|was|are|were|has|have|had|will|received|won)\b")


def possessed_in_background(masked: str, assets: list[str]) -> tuple[str, list[str]] | None:
    """The company key and the drugs a sentence's subject names with its possessive.

    "Spark's LUXTURNA (voretigene neparvovec-rzyl) is the first ... gene therapy; Novartis
    holds the rights ... under a 2018 licensing agreement": the sentence tells of an older
    arrangement, but its subject is still the company's own drug.
    """
    m = _POSSESSIVE_SUBJECT.match(masked)
    if m:
        head = _FIRST_VERB.split(masked[m.end() :], maxsplit=1)[0]
    else:
        # "EsoBiotec is developing ESO-T01, a BCMA-targeted in vivo CAR-T therapy, in
        # partnership with Pregen": what the subject develops or markets, up to the first
        # comma, is its own drug, though the sentence tells of a partnership.
        m = _DEVELOPING_SUBJECT.match(masked)
        if not m:
            return None
        head = re.split(r"[,;]", masked[m.end() :], maxsplit=1)[0]
    names = [a for a in assets if re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-])", head)]
    return (m.group(1), names) if names else None
