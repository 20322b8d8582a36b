"""The extractor: blocks of sentences into candidate deals, roles, money and confidence."""

# ruff: noqa: E501  (the regex tables read better one pattern per line than wrapped)
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from datetime import date

from companies.names import normalize_name
from deals.intake.extraction.amounts import _MONEY_RE, _UNDISCLOSED
from deals.intake.extraction.assets import (
    asset_aliases,
    find_areas,
    find_assets,
    find_modality,
    find_targets,
    find_territory,
)
from deals.intake.extraction.background import is_background
from deals.intake.extraction.chinese_pairs import short_chinese_name
from deals.intake.extraction.companies import (
    Entity,
    _strip_legal,
    find_companies,
)
from deals.intake.extraction.dates import (
    FoundDate,
    dateline_date,
    find_date,
    months_later,
    stated_on,
)
from deals.intake.extraction.deal_assets import deal_assets, only_in_speech
from deals.intake.extraction.deal_type import _deal_type, _status
from deals.intake.extraction.money import fill_money
from deals.intake.extraction.ownership import (
    BRINGS,
    CVR_ON_DRUG,
    DEAL_ITEMS_INCLUDE,
    LEAD,
    PIPELINE_INCLUDES,
    PRONOUN_SUBJECT,
    possessed_in_background,
)
from deals.intake.extraction.results import (
    Candidate,
    Directory,
    Party,
)
from deals.intake.extraction.roles import (
    _DEAL_WORDS,
    _GENERIC_DEALS,
    _NEGOTIATION,
    _NEW_DEAL_MARKER,
    _PAIR_PATTERNS,
    _PRONOUN_SUBJECT,
    _ROLE_PATTERNS,
    _SEPARATE_SUBJECTS,
    _SINGLE_ROLE_PATTERNS,
    _Block,
    _mask,
)
from deals.intake.extraction.sentences import (
    Sentence,
    split_sentences,
)


def _later_in_the_month_of_publication(
    previous: Candidate,
    published_on: date | None,
    block: _Block,
    sentences: list[Sentence],
) -> bool:
    """ "Two weeks on, Halvern agreed to buy ..." in a wrap-up published in the month of the deal
    before: a deal told as later than that one, with no date of its own, falls between it and
    the publication, so in the same month (weeks later may be another month otherwise)."""
    return bool(
        previous.announced_on
        and published_on
        and (previous.announced_on.year, previous.announced_on.month)
        == (published_on.year, published_on.month)
        and re.match(
            r"\s*(?:(?:a|one|two|three|a\s+few|several|\d)\s+)?(?:days?|weeks?)\s+"
            r"(?:later|on|afterwards?)\s*,|\s*(?:later|afterwards|subsequently)\s*,",
            sentences[block.trigger_sentences[0]].text,
            re.I,
        )
    )


def extract_deals(
    text: str, published_on: date | None = None, directory: Directory | None = None
) -> list[Candidate]:
    """Every candidate deal in ``text``; an empty list when it states no deal."""
    directory = directory or Directory()
    text = unicodedata.normalize("NFC", text)
    sentences = split_sentences(text)
    if not sentences:
        return []
    body_end = sentences[-1].start + len(sentences[-1].text)
    mentions = [m for m in find_companies(text, directory) if m.start < body_end]
    entities = {m.entity.key: m.entity for m in mentions}
    masked: list[tuple[str, dict[str, str]]] = []
    antecedent = None
    for s in sentences:
        m_text, undisclosed = _mask(s, mentions)
        # "It agreed to in-license ..." after "Novartis signed ...": "It" is Novartis.
        if antecedent:
            m_text = _PRONOUN_SUBJECT.sub(rf"\g<lead>⟦{antecedent}⟧", m_text, count=1)
        keys = re.findall(r"⟦(E\d+)⟧", m_text)
        antecedent = keys[0] if keys else antecedent
        masked.append((m_text, undisclosed))

    masked = _merge_subsidiaries(masked)
    blocks = _segment(sentences, masked, directory, published_on)
    dateline = dateline_date(sentences, published_on)
    candidates = []
    previous: Candidate | None = None
    for block in blocks:
        candidate = _build_candidate(
            block, sentences, masked, entities, directory, published_on, dateline
        )
        if candidate is None:
            continue
        body = text[:body_end]
        candidate.assets = [a for a in candidate.assets if not only_in_speech(a.name, body)]
        # "Novartis signed two deals ... on the same day": a deal with no date of its own that
        # the text ties to the previous one shares its date.
        if (
            previous is not None
            and previous.announced_on
            and candidate.confidences.get("announced_on", 0) <= 0.5
            and (
                re.search(
                    # "Separately, Merck agreed to acquire ...": a wrap-up's next deal told beside
                    # the one before it, with no date of its own, is of that deal's time.
                    # "Days later, Allergan agreed to buy ...": a deal told a few days after the one
                    # before, with no date of its own, is of that deal's month still (weeks may not be).
                    r"(?:on )?the same day|same day|also\b|\b(?:separately|meanwhile|in\s+(?:a|another)"
                    r"\s+separate\s+(?:deal|transaction)|(?:(?:a|one|two|three|a\s+few|several)\s+)?"
                    r"days?\s+later"
                    # "Later the same month, Merck agreed to ...": the text says the month is the
                    # previous deal's.
                    r"|(?:later\s+)?(?:in\s+)?(?:the\s+same|that)\s+month)\s*,",
                    _block_preamble(block, sentences),
                    re.I,
                )
                or _later_in_the_month_of_publication(previous, published_on, block, sentences)
            )
        ):
            candidate.announced_on = previous.announced_on
            candidate.announced_on_precision = previous.announced_on_precision
            candidate.quotes["announced_on"] = previous.quotes.get("announced_on", "")
            candidate.confidences["announced_on"] = 0.6
        elif previous is not None and previous.announced_on:
            later = months_later(sentences[block.trigger_sentences[0]].text, previous.announced_on)
            if later and candidate.confidences.get("announced_on", 0) <= 0.5:
                candidate.announced_on, candidate.announced_on_precision = later, "month"
                candidate.confidences["announced_on"] = 0.6
        candidates.append(candidate)
        previous = candidate
    return candidates


_OWNED = r"(?:(?:a |an |its )?(?:wholly[- ]owned |majority[- ]owned |indirect |direct )?(?:subsidiary|unit|affiliate))"
_FUTURE_SUBSIDIARY = re.compile(
    r"\b(?:will|would|shall|to)\s+(?:then\s+)?(?:operate\s+as|become|be|remain)\b|\bbecom(?:e|es|ing)\b",
    re.IGNORECASE,
)
_MADE_SUBSIDIARY = re.compile(
    r"\b(?:mak(?:e|es|ing)|made|turn(?:s|ing)?|render(?:s|ing)?)\s+$", re.I
)
# (pattern, group of the subsidiary, group of the parent) over masked text.
_SUBSIDIARY_PATTERNS = (
    # "Megalith Biopharmaceutical (Shijiazhuang) Co., Ltd., a subsidiary of CSPC ..."
    (
        # "..., a wholly owned subsidiary of Swiss biotech Numab": words may describe the parent.
        rf"⟦(E\d+)⟧(?:[^⟦.,]|\.,?|,\s?(?:Ltd|Inc|Co|LLC)){{0,40}}?,?\s+{_OWNED}\s+of\s+"
        r"(?:(?:[A-Z][\w-]*|biotech|pharma|drugmaker|company|firm|group)\s+){0,3}?⟦(E\d+)⟧",
        1,
        2,
    ),
    # "BridgeBio Pharma, Inc. and its affiliate Navire Pharma, Inc. today announced": the
    # parent named first with its affiliate is the party; the affiliate is its side.
    (rf"⟦(E\d+)⟧[^⟦.]{{0,40}}?\band\s+its\s+{_OWNED},?\s+⟦(E\d+)⟧", 1, 2),
    (rf"⟦(E\d+)⟧(?:’s|'s)?\s+{_OWNED},?\s+⟦(E\d+)⟧", 2, 1),
    # "Halden's cell therapy unit Marlow", "Halden's oncology arm Marlow": words saying what the
    # unit does may stand between the possessive and the word for it.
    (
        r"⟦(E\d+)⟧(?:’s|')s?\s+(?:[\w-]+\s+){1,3}?(?:subsidiary|unit|affiliate|arm|division)"
        r",?\s+⟦(E\d+)⟧",
        2,
        1,
    ),
    (rf"⟦(E\d+)⟧[^⟦.]{{0,60}}?\bits\s+{_OWNED},?\s+⟦(E\d+)⟧", 2, 1),
    (r"⟦(E\d+)⟧,\s+an?\s+⟦(E\d+)⟧\s+company", 1, 2),
    # "존슨앤드존슨의 자회사 얀센 바이오테크": Johnson & Johnson's subsidiary Janssen Biotech.
    (r"⟦(E\d+)⟧의\s*(?:자회사|계열사|손자회사)\s*⟦(E\d+)⟧", 2, 1),
    # "金斯瑞生物科技子公司传奇生物" (GenScript's subsidiary Legend), "A宣布，其子公司B", "A旗下的B".
    (r"⟦(E\d+)⟧(?:的)?(?:全资)?(?:子公司|旗下的?)\s*⟦(E\d+)⟧", 2, 1),
    (r"⟦(E\d+)⟧[^⟦。]{0,60}?其(?:全资)?子公司\s*⟦(E\d+)⟧", 2, 1),
    # "Merck (NYSE: MRK), known as MSD outside the United States and Canada": one company.
    (r"⟦(E\d+)⟧[^⟦.]{0,40}?,?\s+(?:also\s+)?(?:known|doing business) as\s+⟦(E\d+)⟧", 1, 2),
)


_JOINT_VENTURE = re.compile(
    r"(?P<owners>(?:⟦E\d+⟧[^⟦。]{0,20}?){2,3})(?:双方|两家公司|其)?(?:共同)?(?:成立的|设立的)?的?"
    r"合资公司[^⟦。]{0,40}?⟦(?P<jv>E\d+)⟧"
    r"|(?P<owners_en>⟦E\d+⟧[^⟦.]{0,40}?\band\s+⟦E\d+⟧[^⟦.]{0,80}?)\btheir\s+(?:[\w-]+\s+)?"
    r"joint\s+venture,?\s+⟦(?P<jv_en>E\d+)⟧"
)


def _mentions(masked: list[tuple[str, dict[str, str]]], key: str) -> int:
    return sum(t.count(f"⟦{key}⟧") for t, _ in masked)


def _merge_subsidiaries(
    masked: list[tuple[str, dict[str, str]]],
) -> list[tuple[str, dict[str, str]]]:
    """A parent named only to introduce its subsidiary is the same side of the deal.

    "Sino Biopharm announced that its subsidiary CTTQ has licensed ..." and "SystImmune, a
    wholly owned subsidiary of Baili" name one party: the parent's mentions become the
    subsidiary's, which signs the deal.
    """
    parent_of: dict[str, str] = {}
    for m_text, _ in masked:
        # "A与B共同宣布，双方合资公司C与D签订许可协议", "A and B said their joint venture C has
        # licensed ...": the joint venture signs; its owners only announce it.
        for m in _JOINT_VENTURE.finditer(m_text):
            jv = m.group("jv") or m.group("jv_en")
            for owner in re.findall(r"⟦(E\d+)⟧", m.group("owners") or m.group("owners_en")):
                if owner != jv:
                    parent_of.setdefault(owner, jv)
        for pattern, sub, parent in _SUBSIDIARY_PATTERNS:
            for m in re.finditer(pattern, m_text):
                if {m.group(sub), m.group(parent)} & {*parent_of, *parent_of.values()}:
                    continue  # a pair an earlier pattern already read
                # "Gracell will operate as a wholly owned subsidiary of AstraZeneca" tells what
                # the deal will make of the target: two parties, not one.
                if _FUTURE_SUBSIDIARY.search(m.group(0)):
                    continue
                # "... completed the acquisition of Qpex, making Qpex a wholly owned subsidiary of
                # Shionogi": what the deal makes of the target, the same two parties.
                if _MADE_SUBSIDIARY.search(m_text[: m.start()]):
                    continue
                if m.group(sub) == m.group(parent):
                    continue
                # "GlaxoSmithKline Intellectual Property (No. 3) Limited, a subsidiary of GSK
                # plc" and then "Arrowhead grants GSK ...": a subsidiary named once, to say
                # which entity signs, while the text goes on naming its parent, is the
                # parent's side under the parent's name. "A发布公告，其全资子公司B与C签署…根据
                # 协议，A将向C支付": so too where the sentences after the one introducing the
                # subsidiary name only the parent as the one that pays or receives.
                later = masked[[t for t, _ in masked].index(m_text) + 1 :]
                if (
                    pattern == _SUBSIDIARY_PATTERNS[0][0]
                    and _mentions(masked, m.group(parent)) > max(1, _mentions(masked, m.group(sub)))
                ) or (_mentions(later, m.group(parent)) and not _mentions(later, m.group(sub))):
                    parent_of.setdefault(m.group(sub), m.group(parent))
                else:
                    parent_of.setdefault(m.group(parent), m.group(sub))
    if not parent_of:
        return masked
    return [
        (re.sub(r"⟦(E\d+)⟧", lambda m: f"⟦{parent_of.get(m.group(1), m.group(1))}⟧", t), u)
        for t, u in masked
    ]


def _block_preamble(block: _Block, sentences: list[Sentence]) -> str:
    """The deal's first sentence and the one before it, where "on the same day" is said."""
    first = block.trigger_sentences[0]
    return " ".join(s.text for s in sentences[max(0, first - 1) : first + 1])


def _segment(
    sentences: list[Sentence],
    masked: list[tuple[str, dict[str, str]]],
    directory: Directory,
    published_on: date | None = None,
) -> list[_Block]:
    """Group sentences into deals: a deal sentence naming a new pair of parties starts a deal."""
    blocks: list[_Block] = []
    current: _Block | None = None
    aliases = asset_aliases(" ".join(s.text for s in sentences))
    # "Algeta and Bayer have collaborated since 2009 on ... Xofigo (radium-223 dichloride)" then
    # "Bayer will gain full control of Xofigo": a name the text shows to be a drug once is that
    # drug wherever it is written again, though the later sentence gives no cue of its own.
    known = list(dict.fromkeys(a for s in sentences for a in find_assets(s.text, directory)))
    for i, (s, (m, undisclosed)) in enumerate(zip(sentences, masked, strict=True)):
        if is_background(s.text, published_on):
            owned = possessed_in_background(m, find_assets(s.text, directory))
            home = next((b for b in blocks if owned and owned[0] in b.entities), current)
            if owned and home is not None:
                home.owned.append((*owned, s.text))
            continue
        keys = list(dict.fromkeys(re.findall(r"⟦(E\d+|U)⟧", m)))
        found = find_assets(s.text, directory)
        found += [
            a
            for a in known
            if a not in found and re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-])", s.text)
        ]
        assets = list(dict.fromkeys(aliases.get(a.lower(), a) for a in found))
        # The deal word must stand in the main clause: ", which BioNTech acquired earlier
        # this year" or "owed to Merck KGaA, which originally licensed the molecule to IDRx"
        # tells of another deal inside a sentence about this one.
        main_text = _unmask(_main_clause(m), s.text)
        is_deal = (
            bool(_DEAL_WORDS.search(_GENERIC_DEALS.sub(" ", main_text)))
            and not re.match(r"^\s*About\b", s.text)
            # "Goldman Sachs acted as financial advisor to Helix": advisers are not parties.
            and not _ADVISER.search(s.text)
        )
        named = [k for k in keys if k != "U"]
        if is_deal and current is not None and _NEW_DEAL_MARKER.search(s.text):
            current = _Block(entities=list(named), opened_by_marker=True)
            blocks.append(current)
            current.trigger_sentences.append(i)
            current.sentences.append(i)
            current.assets.extend(a for a in assets if a not in current.assets)
            continue
        starts_deal = is_deal and (
            len(named) >= 2 or ("U" in keys and named) or (named and _NEGOTIATION.search(s.text))
        )
        if starts_deal and current is not None and _TERMS_OF_THE_DEAL.match(s.text):
            # "Under the terms of the agreement, argenx will receive $300 million, and Johnson &
            # Johnson Innovation - JJDC will make an equity investment": the terms of the deal
            # just told, whoever (an affiliate, a parent) pays them; no deal of its own.
            starts_deal = False
        main = _main_clause(m)
        linked = _pair_entities(main)
        if (
            starts_deal
            and not linked
            and blocks
            and not set(named) <= {k for b in blocks for k in b.entities}
        ):
            # After the first deal, a sentence opens another only where a deal verb or noun
            # links two of its companies ("A will acquire B", "A's agreement with B"); a list
            # of companies near a deal word ("where it competes with AbbVie and Otsuka",
            # "Roche, Sanofi and Merck have each closed deals") states no deal between them.
            starts_deal = False
        if starts_deal and not linked and _SEPARATE_SUBJECTS.search(main):
            starts_deal = False
        if starts_deal:
            pair = set(linked or keys[:2])
            if len(pair) >= 2 and main != m:
                # A company named only in an aside (", which licensed X from Y last year,")
                # is not a party to this deal.
                keys = [k for k in keys if f"⟦{k}⟧" in main]
            home = next((b for b in blocks if pair and pair <= set(b.entities)), None)
            if current is not None and current.opened_by_marker and set(current.entities) <= pair:
                home = current
            if home is None and current is not None and _same_deal(current, pair, assets):
                home = current
            if home is None:
                home = _Block()
                blocks.append(home)
            # A headline naming two deals ("A takes B's drug, C signs with D") opens the deal of
            # its stated pair only; the other companies open their own deal later.
            # "Novo keeps buying: Cardior follows Inversago into its pipeline": with three
            # companies and no deal word linking two of them, only the first two open the deal;
            # the third waits for a sentence that names its own deal.
            crowded = (len(named) >= 4 and len(pair) == 2) or (len(named) >= 3 and not linked)
            for k in keys:
                if k not in home.entities and (
                    k in pair or (not home.trigger_sentences and not crowded)
                ):
                    home.entities.append(k)
            home.trigger_sentences.append(i)
            home.sentences.append(i)
            if undisclosed.get("U"):
                home.undisclosed_party = home.undisclosed_party or undisclosed["U"]
            home.assets.extend(a for a in assets if a not in home.assets)
            current = home
            continue
        # Other sentences belong to the deal whose parties or assets they name, else the last.
        owner = None
        for b in blocks:
            if any(normalize_name(a) in {normalize_name(x) for x in b.assets} for a in assets):
                owner = b
        if owner is None:
            exclusive_owner = [b for b in blocks if set(named) and set(named) <= set(b.entities)]
            if len(exclusive_owner) == 1:
                owner = exclusive_owner[0]
        owner = owner or current
        if owner is not None:
            owner.sentences.append(i)
            names_party = bool(set(named) & set(owner.entities))
            if (
                is_deal
                or names_party
                or _MONEY_RE.search(s.text)
                or re.search(r"rights|develop|commerciali", s.text, re.I)
                # "The transaction includes CAPLYTA (lumateperone)": what the deal brings.
                or BRINGS.search(s.text)
                # "Its pipeline includes OTL-203": the company's drugs, after it is named.
                or PIPELINE_INCLUDES.search(s.text)
                # "The programs include VX-970 and VX-984": what the deal licenses.
                or DEAL_ITEMS_INCLUDE.search(s.text)
                # "Its lead medicine, TAVNEOS (avacopan), was approved": the lead asset of the
                # company just named, though the sentence states no term.
                or LEAD.search(s.text)
                # "The CVR would be payable upon the approval of Fintepla": what a CVR pays on.
                or CVR_ON_DRUG.search(s.text)
                # "It markets BYETTA (exenatide)": what the company just named markets.
                or PRONOUN_SUBJECT.match(s.text)
            ):
                owner.assets.extend(a for a in assets if a not in owner.assets)
    return blocks


_TERMS_OF_THE_DEAL = re.compile(
    r"\s*(?:Under|Per|As\s+part\s+of)\s+the\s+terms\s+of\s+the\s+"
    r"(?:agreements?|deal|collaboration|transaction|licen[cs]e)\b",
    re.I,
)
_ADVISER = re.compile(
    r"\b(?:acted|acting|act|serve[sd]?|serving)\s+as\s+(?:the\s+)?(?:exclusive\s+|lead\s+|sole\s+)?"
    r"(?:financial|legal|transaction)\s+(?:advis[oe]rs?|counsel)|\b(?:financial|legal)\s+(?:advis[oe]rs?|counsel)\s+(?:to|for)\b",
    re.I,
)


def _main_clause(masked: str) -> str:
    """The sentence without its non-restrictive relative clauses (", which ..., ")."""
    return re.sub(r",\s+(?:which|who|whose)\b[^,;]{0,150},\s*", " ", masked)


def _unmask(masked: str, original: str) -> str:
    """The masked text with its company keys read as plain words, for word searches only."""
    return re.sub(r"⟦(?:E\d+|U)⟧", "Company", masked) if masked != original else original


def _pair_entities(masked: str) -> list[str]:
    for pattern, *_ in _ROLE_PATTERNS:
        m = re.search(pattern, masked)
        if m:
            return [g for g in m.groups() if g]
    for pattern in _PAIR_PATTERNS:
        m = re.search(pattern, masked)
        if m:
            return [g for g in m.groups() if g]
    return []


def _same_deal(block: _Block, pair: set[str], assets: list[str]) -> bool:
    if not block.entities:
        return False
    if (
        assets
        and block.assets
        and not {normalize_name(a) for a in assets} & {normalize_name(a) for a in block.assets}
    ):
        return False
    return bool(pair & set(block.entities)) and len(pair - set(block.entities)) == 0


def _build_candidate(
    block: _Block,
    sentences: list[Sentence],
    masked: list[tuple[str, dict[str, str]]],
    entities: dict[str, Entity],
    directory: Directory,
    published_on: date | None,
    dateline: FoundDate | None,
) -> Candidate | None:
    c = Candidate()
    texts = [sentences[i].text for i in block.sentences]
    trigger_texts = [sentences[i].text for i in block.trigger_sentences]
    block_text = " ".join(texts)
    first_trigger = trigger_texts[0]

    # Deal type and status, read from the sentences that state the deal.
    c.deal_type, type_quote = _deal_type(trigger_texts, block_text, block.assets)
    if c.deal_type == "license":
        # ALT-B4 called "its hyaluronidase platform" anywhere makes any licence of it a platform one.
        whole = " ".join(s.text for s in sentences)
        for name in block.assets:
            code = re.escape(name)
            if re.search(
                rf"platform\s+(?:[\w-]+\s+){{0,2}}?{code}|{code}\s+(?:[\w-]+\s+){{0,2}}?platform",
                whole,
            ):
                c.deal_type = "platform_license"
                type_quote = next(
                    (s.text for s in sentences if re.search(code, s.text) and "platform" in s.text),
                    type_quote,
                )
                break
    c.quotes["deal_type"] = type_quote
    c.confidences["deal_type"] = 0.8
    c.status, status_quote, status_conf = _status(texts, first_trigger)
    c.quotes["status"] = status_quote
    c.confidences["status"] = status_conf
    if re.search(r"non-exclusive", block_text, re.I):
        c.exclusive = False
    elif re.search(r"\bexclusive\b|독점", block_text, re.I):
        c.exclusive = True

    # Parties and roles.
    c.parties = _parties(block, sentences, masked, entities, c.deal_type)
    if (
        len([p for p in c.parties]) < 2
        and not block.undisclosed_party
        and c.status != "negotiation"
    ):
        return None
    c.quotes["parties"] = c.parties[0].quote if c.parties else first_trigger
    c.confidences["parties"] = min((p.confidence for p in c.parties), default=0.3)

    # Assets, modality, targets, therapeutic areas.
    asset_sentences = [
        t
        for t in texts
        if _DEAL_WORDS.search(t) or re.search(r"develop|candidate|program", t, re.I)
    ]
    context = " ".join(asset_sentences) or block_text
    c.modality = find_modality(context)
    c.targets = find_targets(context)
    c.therapeutic_areas = find_areas(context)
    role_of = _roles_by_key(block, entities, c.parties)
    masked_texts = [masked[i][0] for i in block.sentences]
    c.assets.extend(deal_assets(c, block, texts, trigger_texts, masked_texts, role_of, directory))
    if c.assets:
        c.quotes["assets"] = c.assets[0].quote
        c.confidences["assets"] = min(a.confidence for a in c.assets)
    if c.modality:
        c.quotes["modality"] = next(
            (t for t in asset_sentences if find_modality(t) == c.modality), context
        )

    # Money.
    fill_money(c, texts)

    # Territory.
    for t in texts:
        territory = find_territory(t)
        if territory:
            c.territory = territory
            c.quotes["territory"] = t
            c.confidences["territory"] = 0.85
            break

    # Royalty wording.
    for t in texts:
        m = re.search(
            r"(?:(?:tiered|[\w-]*(?:digit|teens|single|double|low|mid|high)[\w-]*|sales-based|running)\s+){0,4}royalt(?:y|ies)(?:\s+(?:of|ranging from|up to)\s+[^.,;]{0,40})?",
            t,
            re.I,
        )
        if m and not _UNDISCLOSED.search(t[m.start() : m.end() + 40]):
            c.royalty = m.group(0).strip()
            c.quotes["royalty"] = t
            break

    # Date: the deal sentence's own date, else the dateline, else the publication date.
    found = None
    for i in block.trigger_sentences + block.sentences:
        found = stated_on(sentences[i].text, published_on) or find_date(
            sentences[i].text, published_on
        )
        if found:
            break
    if found is None or (
        found.confidence < 0.5
        and dateline
        and found.value < dateline.value
        and c.status != "announced"
    ):
        found = found if found and found.confidence >= 0.5 else (dateline or found)
    if found is None and published_on:
        found = FoundDate(published_on, "", 0.5)
    if found:
        c.announced_on = found.value
        c.announced_on_precision = found.precision
        c.quotes["announced_on"] = found.quote or "(publication date)"
        c.confidences["announced_on"] = found.confidence
    return c


def _roles_by_key(
    block: _Block, entities: dict[str, Entity], parties: list[Party]
) -> dict[str, str]:
    """The role each of the block's companies plays, by its entity key."""
    out: dict[str, str] = {}
    for key in block.entities:
        entity = entities.get(key)
        for p in parties:
            if entity is not None and (
                p.name == entity.display_name or (entity.ref and p.company_slug == entity.ref.slug)
            ):
                out[key] = p.role
    return out


def _parties(
    block: _Block,
    sentences: list[Sentence],
    masked: list[tuple[str, dict[str, str]]],
    entities: dict[str, Entity],
    deal_type: str,
) -> list[Party]:
    votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    quotes: dict[str, str] = {}
    members = set(block.entities)
    for i in block.trigger_sentences + [
        i for i in block.sentences if i not in block.trigger_sentences
    ]:
        m_text = _main_clause(masked[i][0])
        for pattern, role1, role2, conf in _ROLE_PATTERNS:
            for m in re.finditer(pattern, m_text):
                groups = [g for g in m.groups() if g]
                if len(groups) < 2 or not set(groups) <= members | {"U"}:
                    continue
                if groups[0] == groups[1]:
                    # "an agreement with Roche, which grants Roche exclusive rights": the
                    # agreement grants, not Roche; no company licenses to itself.
                    continue
                votes[groups[0]][role1] += conf
                quotes.setdefault(groups[0], sentences[i].text)
                if role2:
                    votes[groups[1]][role2] += conf
                    quotes.setdefault(groups[1], sentences[i].text)
        for pattern, role, conf in _SINGLE_ROLE_PATTERNS:
            for m in re.finditer(pattern, m_text):
                key = next(g for g in m.groups() if g)
                # "... an equity investment by AstraZeneca, and is eligible for ...": a name
                # after a preposition is its object, not the subject of the next verb.
                # A possessive keeps its owner after any preposition: "rights to Kelvio's KV-221".
                if re.search(
                    r"\b(?:by|from|to|with|of|for|in|on|at)\s+$", m_text[: m.start()]
                ) and not re.match(r"⟦(?:E\d+|U)⟧[’']", m.group(0)):
                    continue
                if key in members | {"U"}:
                    votes[key][role] += conf * 0.6
                    quotes.setdefault(key, sentences[i].text)
    if deal_type in {"license", "option", "platform_license", "collaboration"} and any(
        v.get("licensor") or v.get("licensee") for v in votes.values()
    ):
        # "Arvinas will receive an upfront payment ... Pfizer will also make a $350 million
        # equity investment in Arvinas": in a licence or a paid collaboration the investor is
        # the licensee buying shares as part of the terms, the company it invests in the
        # licensor.
        for v in votes.values():
            if "investor" in v:
                v["licensee"] += v.pop("investor")
            if "partner" in v:
                v["licensor"] += v.pop("partner")
    keys = [k for k in block.entities if k != "U" and not _only_a_rival_bidder(k, block, masked)]
    if block.undisclosed_party and "U" not in keys:
        keys.append("U")
    roles: dict[str, tuple[str, float]] = {}
    for key in keys:
        if votes.get(key):
            role, score = max(votes[key].items(), key=lambda kv: kv[1])
            roles[key] = (role, min(0.95, 0.5 + score / 2))
    pairs = {("licensor", "licensee"), ("acquirer", "target"), ("investor", "partner")}
    if len(keys) == 2 and all(k in roles for k in keys):
        (r1, c1), (r2, c2) = roles[keys[0]], roles[keys[1]]
        if (r1, r2) in pairs or (r2, r1) in pairs:
            # Two cues that agree ("A will receive", "B will obtain rights") back each other.
            roles = {keys[0]: (r1, max(c1, 0.85)), keys[1]: (r2, max(c2, 0.85))}
    opposite = {"licensor": "licensee", "licensee": "licensor", "acquirer": "target", "target": "acquirer"}  # fmt: skip
    if len(keys) == 2 and all(k in roles for k in keys):
        (r1, c1), (r2, c2) = roles[keys[0]], roles[keys[1]]
        if r1 == r2 and r1 in opposite:
            # Two parties of one licence are never both licensors ("Zealand will receive ...",
            # "in combination with Roche's CT-388"): the weaker cue gives way to the stronger.
            weaker = keys[0] if votes[keys[0]][r1] < votes[keys[1]][r2] else keys[1]
            roles[weaker] = (opposite[r1], 0.6)
    roles = _complete_roles(keys, roles, entities, deal_type)
    parties = []
    for key in keys:
        if key not in roles:
            continue
        role, conf = roles[key]
        quote = quotes.get(key) or sentences[block.trigger_sentences[0]].text
        if key == "U":
            parties.append(Party(role, block.undisclosed_party, None, False, quote, conf))
            continue
        entity = entities[key]
        name = entity.display_name
        if not entity.ref and not entity.defined:
            name = short_chinese_name(entity.names, " ".join(s.text for s in sentences)) or name
        parties.append(
            Party(
                role,
                name,
                entity.ref.slug if entity.ref else None,
                True,
                quote,
                round(conf, 2),
                # The spelling the text used ("Sineuro"), kept beside the matched company.
                as_reported=_strip_legal(entity.names[0]),
            )
        )
    return parties


# "after Ablynx rejected two approaches from Novo Nordisk", "Sanofi outbids Novo for Ablynx", "a
# rival bid by X": a company that bid and lost is no party of the deal that was made.
_RIVAL_BIDDER = re.compile(
    r"(?:approach(?:es)?|bids?|offers?|proposals?)\s+(?:[\w-]+\s+){0,2}?(?:from|by)\s+⟦(E\d+)⟧"
    r"|\b(?:outbids?|outbidding|outbid|beats?|beat\s+out|fends?\s+off)\s+⟦(E\d+)⟧"
    r"|⟦(E\d+)⟧[’']s?\s+(?:rival|competing|rejected|unsolicited)\s+(?:bid|offer|approach|proposal)",
    re.IGNORECASE,
)


def _only_a_rival_bidder(key: str, block: _Block, masked: list[tuple[str, dict[str, str]]]) -> bool:
    """True when every mention of ``key`` in the block is as a bidder the target turned down."""
    texts = [masked[i][0] for i in block.sentences]
    total = sum(t.count(f"⟦{key}⟧") for t in texts)
    rival = sum(1 for t in texts for m in _RIVAL_BIDDER.finditer(t) if key in m.groups())
    return bool(total) and rival >= total


def _complete_roles(
    keys: list[str],
    roles: dict[str, tuple[str, float]],
    entities: dict[str, Entity],
    deal_type: str,
) -> dict[str, tuple[str, float]]:
    """Give every party a role that fits the deal type, using the other party's role."""
    pairs = {
        "licensor": "licensee", "licensee": "licensor", "acquirer": "target", "target": "acquirer",
        "investor": "partner", "partner": "partner",
    }  # fmt: skip
    if deal_type in {"acquisition", "merger", "asset_purchase"}:
        allowed = {"acquirer", "target", "licensor", "licensee"}
    elif deal_type == "collaboration":
        allowed = {"partner", "licensor", "licensee", "investor"}
    elif deal_type == "equity":
        allowed = {"investor", "partner"}
    elif deal_type == "option" and any(r in {"acquirer", "target"} for r, _ in roles.values()):
        # An option to buy a company (Pfizer / Vivet) has a would-be buyer and its target.
        allowed = {"acquirer", "target"}
    else:
        allowed = {"licensor", "licensee", "investor"}
    if deal_type in {"acquisition", "merger", "asset_purchase"}:
        # In a purchase the licence words mean: the buyer is the acquirer, the seller the target.
        roles = {
            k: ({"licensee": "acquirer", "licensor": "target"}.get(r, r), c)
            for k, (r, c) in roles.items()
        }
    if deal_type in {"license", "option", "platform_license"}:
        # An investor in a licence deal is its licensee buying shares as part of the terms.
        roles = {k: ("licensee" if r == "investor" else r, c) for k, (r, c) in roles.items()}
    roles = {k: v for k, v in roles.items() if v[0] in allowed}
    missing = [k for k in keys if k not in roles]
    if not missing:
        return roles
    known_roles = [r for r, _ in roles.values()]
    for key in missing:
        if known_roles:
            other = pairs.get(known_roles[0], "partner")
            if other in known_roles and len(keys) > 2:
                other = "partner" if deal_type == "collaboration" else other
            roles[key] = (other if other in allowed else "partner", 0.6)
            continue
        # No cue at all: big pharma is usually the buyer; else the first-named is the originator.
        first = keys.index(key) == 0
        big = key != "U" and entities[key].well_known
        others_big = any(k != key and k != "U" and entities[k].well_known for k in keys)
        if deal_type in {"acquisition", "merger", "asset_purchase"}:
            role = "acquirer" if first else "target"
        elif deal_type == "collaboration":
            role = "partner"
        elif deal_type == "equity":
            role = "investor" if big or (first and not others_big) else "partner"
        else:
            if big and not others_big:
                role = "licensee"
            elif others_big and not big:
                role = "licensor"
            else:
                role = "licensor" if first else "licensee"
        roles[key] = (role, 0.5)
    return roles
