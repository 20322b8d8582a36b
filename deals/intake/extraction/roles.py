"""Deal words, status and the patterns that pair two parties in a sentence."""

# ruff: noqa: E501  (the regex tables read better one pattern per line than wrapped)
from __future__ import annotations

import re
from dataclasses import dataclass, field

from deals.intake.extraction.companies import (
    Mention,
)
from deals.intake.extraction.sentences import (
    Sentence,
)

_DEAL_WORDS = re.compile(
    r"licen[cs]|in-licens|acqui|agreement|collaborat|partnership|option|technology[- ]transfer|"
    r"merge|merger|\binvest|\bdeal\b|contract|rights to|negotiat|\bup[- ]?front\b|"
    # "Halvern has signed on to use Corvane's platform": joining a partner's programme.
    r"\bsign(?:s|ed|ing)?\s+on\s+(?:to|with|as)\b|"
    # "agreed to buy", "to be bought by", "snaps up", "closes $1 billion buyout of", "takeover".
    r"\bbuy(?:s|ing)?\b|\bbought\b|buyout|takeover|\bsnap(?:s|ped)?\s+up\b|"
    # News verbs of buying: "Halvern grabs Kelvio", "scoops up Kelvio".
    r"\bgrab(?:s|bed)\b|\bscoop(?:s|ed)?\s+up\b|"
    # News verbs of partnering: "Biogen turned to City Therapeutics for RNAi", "Halvern taps
    # Kelvio for its antibody platform": a company turned to or tapped for something.
    r"\b(?:turn(?:s|ed|ing)?\s+to|tap(?:s|ped|ping)?)\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s+for\b|"
    # Korean: out-licensing is 기술수출 as often as 기술이전; in-licensing is 도입.
    r"기술이전|기술수출|기술도입|도입|라이선스|계약|许可|授权|协议|收购|合作|"
    # Korean "인수" (buys), Chinese "引进" (brings in, in-licenses).
    r"인수|引进|"
    # "a recommended public cash offer to the shareholders of X", "a takeover offer for X": a
    # bid for the company's shares, the form of a Nordic or British acquisition.
    r"\boffer\s+to\s+(?:all\s+)?(?:the\s+)?(?:share|stock)holders\b|"
    r"\b(?:public|takeover|tender|cash)\s+offer\s+for\b",
    re.IGNORECASE,
)
# "Roche said it had no plans for large acquisitions", "more licensing deals could follow":
# deals spoken of in the plural, in general, are no deal of the text.
_GENERIC_DEALS = re.compile(
    r"\b(?:no|any|future|further|more|other|large|larger|big|bigger|bolt-on|potential|new)\s+"
    r"(?:[\w-]+\s+)?(?:acquisitions|deals|agreements|partnerships|transactions|collaborations|"
    r"licensing\s+deals|takeovers|buyouts)\b",
    re.IGNORECASE,
)
_NEGOTIATION = re.compile(
    r"final stages? of negotiat|in (?:advanced |late-stage |final )?(?:talks|negotiations?|"
    r"discussions)|negotiating|close to (?:signing|a deal)|협상",
    re.IGNORECASE,
)
_RUMOR = re.compile(
    r"reportedly|according to (?:people|sources|media|a person|persons)|is said to|rumou?r|"
    r"familiar with the matter",
    re.IGNORECASE,
)
_CLOSED = re.compile(
    r"(?:has|have|had)\s+(?:successfully\s+)?(?:completed|closed)\s+(?:the|its)\b|"
    r"completion of (?:the|its) acquisition|\bclosed the\b|deal (?:has )?closed",
    re.IGNORECASE,
)
_TERMINATED = re.compile(
    r"terminat(?:ed|es|ion of) (?:the|its|their) (?:agreement|license|deal)", re.I
)
_UNDISCLOSED_PARTY = re.compile(
    r"\b(?:an?|one)\s+(?:undisclosed|unnamed|unidentified)\s+(?:[\w-]+\s+){0,3}?(?:partner|company|"
    r"pharmaceutical company|pharma|firm|drugmaker|buyer|party|licensee)|"
    r"\b(?:an?|one)\s+(?:global|multinational|big|large|major|leading|top-\d+|top \d+|US|U\.S\.|"
    r"European|Japanese|American)\s+(?:[\w-]+\s+){0,2}?(?:pharmaceutical company|pharma company|"
    r"pharma firm|drugmaker|biopharmaceutical company|biopharma company|pharma)\b",
    re.IGNORECASE,
)

_PRONOUN_SUBJECT = re.compile(
    # "On August 3, the French drugmaker said ...", "In May, the Basel-based company agreed":
    # a date or time phrase may open the sentence, and the description may carry a nationality,
    # a home town or a size before its noun.
    r"^(?P<lead>(?:(?:On|In|Earlier|Last|Back\s+in)\b[^,⟦]{0,30},\s+)?)"
    r"(?:It|[Tt]he company|[Tt]he firm|[Tt]he group|[Tt]he drugmaker|[Tt]he (?:[A-Z][\w-]+ |"
    r"(?:[\w-]+-based|big|large|giant|global|multinational) )?(?:company|drugmaker|"
    r"firm|pharma(?: giant| major)?|group|biotech|pharmaceutical company))(?=\s+(?:has|have|had|will|also|agreed|"
    r"signed|entered|said|is|was|plans|in-licens|licensed|acquired|would))"
)
_E = r"⟦(E\d+|U)⟧"
# "with Daegu-based Kairos Bio", "acquire German biotech MorphoSys AG": a few words describing
# the company may stand between the verb and its name, never rights, a licence or an option.
_DESCRIBED = r"(?:(?!rights?\b|licen|option|from\b|to\b|by\b|for\b|of\b|in\b|with\b|assets?\b|an?\b|the\b|its\b)[\w-]+\s+){0,3}?"
# (pattern over a sentence whose companies are replaced by ⟦E<n>⟧, role of group 1, of group 2)
_ROLE_PATTERNS: tuple[tuple[str, str, str | None, float], ...] = (
    # Passive forms first: "A was licensed to X by Y", "X was granted a licence by Y".
    (rf"\blicen[cs]ed\s+to\s+{_E}\s+by\s+{_E}", "licensee", "licensor", 0.9),
    (rf"{_E}[^⟦.]{{0,40}}?\b(?:was|were|has been|had been|is|will be)\s+granted\b[^⟦]{{0,120}}?\bby\s+{_E}", "licensee", "licensor", 0.9),
    (rf"{_E}[^⟦.]{{0,40}}?\b(?:was|were|has been|will be)\s+(?:in-)?licen[cs]ed\s+(?:[^⟦]{{0,80}}?\s)?from\s+{_E}", "licensee", "licensor", 0.85),
    # "X licensed/in-licensed/acquired worldwide rights to A from Y": X takes the licence.
    (rf"{_E}[^⟦.]{{0,60}}?\b(?:licensed|licenses|has licensed|in-licensed|will license|agreed to license)\b[^⟦]{{0,80}}?\b(?:rights?|licen[cs]e)\b[^⟦]{{0,200}}?\bfrom\s+(?:[\w-]+\s+){{0,3}}?{_E}", "licensee", "licensor", 0.95),
    (rf"{_E}[^⟦.]{{0,60}}?\b(?:licensed|licenses|has licensed|will license|to license)\s+(?:[A-Z][\w-]*\d[\w-]*|[\w-]+)\s+from\s+{_E}", "licensee", "licensor", 0.9),
    # "Regeneron licensed HS-20094, a dual GLP-1/GIP receptor agonist, from Hansoh": an
    # apposition may stand between what is licensed and whom it comes from.
    (rf"{_E}[^⟦.]{{0,60}}?\b(?:licensed|licenses|has licensed|will license|to license|in-licensed)\s+(?:[A-Z][\w-]*\d[\w-]*|[\w-]+),[^⟦]{{0,120}}?,\s+from\s+{_DESCRIBED}{_E}", "licensee", "licensor", 0.9),
    # "X will pay Y ...": the payer is the licensee (or the buyer).
    (rf"{_E}[^⟦.]{{0,30}}?\b(?:will pay|pays|paid|agreed to pay|is paying|will make (?:an? )?(?:upfront |up-front )?payments? to)\s+{_E}", "licensee", "licensor", 0.9),
    # "Y entered into an option agreement with X": X holds the option.
    (rf"{_E}[^⟦]{{0,60}}?\b(?:option|option-to-licen[cs]e)\s+(?:and\s+licen[cs]e\s+)?agreement\s+with\s+{_E}", "licensor", "licensee", 0.85),
    (rf"{_E}[^⟦.]{{0,80}}?\bin-licen[sc]e[sd]?\b[^⟦]{{0,220}}?\bfrom\s+(?:[\w-]+\s+){{0,3}}?{_E}", "licensee", "licensor", 0.95),
    (rf"{_E}[^⟦]{{0,60}}?\b(?:granted|grants|will grant|has granted|to grant|grant)\s+{_E}", "licensor", "licensee", 0.9),
    # "Sanofi licensed ex-U.S. rights to Fulcrum Therapeutics' losmapimod": rights to a
    # company's drug, written with its possessive, are taken from it; "licensed ... to X"
    # without one grants them to X.
    (rf"{_E}[^⟦.]{{0,60}}?\b(?:licensed|licenses|has licensed|will license|agreed to license|in-licensed)\b[^⟦]{{0,80}}?\brights?\s+to\s+{_DESCRIBED}{_E}[’']s?\s", "licensee", "licensor", 0.95),
    (rf"{_E}[^⟦]{{0,60}}?\b(?:licensed|licenses|will license|out-licensed|has licensed|to license)\b[^⟦]{{0,80}}?\bto\s+{_E}(?![’'])", "licensor", "licensee", 0.9),
    (rf"{_E}[^⟦]{{0,80}}?\b(?:acquire[sd]?|acquiring|obtain(?:s|ed)?|secure[sd]?|gain(?:s|ed)?|in-licens\w*)\b[^⟦]{{0,60}}?\b(?:rights?|licen[cs]e)\b[^⟦]{{0,200}}?\bfrom\s+(?:[\w-]+\s+){{0,3}}?{_E}", "licensee", "licensor", 0.9),
    # "agreed to buy the shares of Myovant it did not already own": the company whose
    # remaining shares are bought is the target, as with "all outstanding shares of"; so is
    # one whose rest is bought ("exercised its option to acquire the rest of Caelum").
    (rf"{_E}[^⟦.]{{0,60}}?\b(?:(?:has |have )?agreed to acquire|will acquire|would acquire|(?:is|are) (?:set )?to acquire|to acquire|acquires|acquired|has acquired|is acquiring|to buy|will buy|would buy|buys|snaps up|snapped up|to snap up|completed (?:its |the )?acquisition of|(?:announced|announces) (?:the |its |an agreement to )?acqui\w+ (?:of )?|is buying|are buying)\s+(?:all of\s+|all outstanding shares of\s+|the\s+(?:remaining\s+|outstanding\s+)?shares\s+(?:of|in)\s+|the\s+(?:rest|remainder)\s+of\s+)?{_DESCRIBED}{_E}", "acquirer", "target", 0.95),
    # "Halvern grabs Kelvio for $1.9B", "scoops up Kelvio": a news verb of buying with the
    # company as its object ("grabs Kelvio's antibody" buys a drug, not the company).
    (rf"{_E}[^⟦.]{{0,60}}?\b(?:grabs|grabbed|scoops up|scooped up)\s+{_E}(?![’']s\b)", "acquirer", "target", 0.95),
    # "Pfizer has acquired a 15 percent equity interest in Vivet ..., together with an
    # exclusive option to acquire all of the outstanding shares of Vivet": the holder of an
    # option to buy a company is its would-be buyer, the company its target.
    (rf"{_E}(?:[^⟦.]|\.(?=\d)){{0,60}}?\b(?:equity\s+interest|stake|equity\s+investment|shares)\s+in\s+{_E}[^⟦.]{{0,120}}?\boption\s+to\s+acquire\b", "acquirer", "target", 0.9),
    (rf"{_E}[^⟦.]{{0,80}}?\boption\s+to\s+acquire\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:(?:outstanding\s+)?(?:shares|equity)\s+(?:of|in)\s+|remainder\s+of\s+)?{_E}", "acquirer", "target", 0.9),
    # "Halden announced that Marlow will acquire the company": the company bought is the one
    # speaking, named before the buyer.
    (rf"{_E}[^⟦.]{{0,60}}?\b(?:announced|announces|said|says|confirmed)\s+(?:today\s+)?that\s+{_E}\s+(?:will|would|has agreed to|have agreed to|agreed to|is to|is set to|plans to)\s+(?:acquire|buy)\s+(?:the company|the firm|it)\b", "target", "acquirer", 0.95),
    # "A has entered into a definitive agreement to be acquired by B": the passive may come late.
    # "Pearl was snapped up by AstraZeneca in June": the news verbs of buying (snaps up, grabs,
    # scoops up) in the passive, as "bought by".
    (rf"{_E}[^⟦]{{0,90}}?\b(?:to be acquired by|acquired by|agreed to be acquired by|will be acquired by|(?:to be |been |be )?bought by|(?:snapped|scooped) up by|grabbed by)\s+{_E}", "target", "acquirer", 0.95),
    (rf"{_E}[^⟦]{{0,60}}?\b(?:buyout|takeover|purchase)\s+of\s+{_E}", "acquirer", "target", 0.9),
    # "A ... announced a recommended public cash offer to the shareholders and ADS holders of
    # B", "A launched a takeover offer for all shares in B": the bidder buys the company.
    (rf"{_E}[^⟦.]{{0,120}}?\boffer\s+to\s+(?:all\s+)?(?:the\s+)?(?:share|stock)holders\b[^⟦.]{{0,40}}?\bof\s+{_E}", "acquirer", "target", 0.9),
    (rf"{_E}[^⟦.]{{0,120}}?\b(?:public|takeover|tender|cash)\s+offer\s+for\s+(?:all\s+(?:of\s+)?(?:the\s+)?(?:outstanding\s+)?shares\s+(?:in|of)\s+)?{_E}", "acquirer", "target", 0.9),
    (rf"acquisition of {_E}\s+by\s+{_E}", "target", "acquirer", 0.9),
    (rf"{_E}’s acquisition of {_E}|{_E}'s acquisition of {_E}", "acquirer", "target", 0.9),
    (rf"{_E}[^⟦]{{0,80}}?technology[- ]transfer[^⟦]{{0,60}}?\bwith\s+{_E}", "licensor", "licensee", 0.85),
    (rf"{_E}[^⟦]{{0,40}}?\b(?:will invest|invests|invested|to invest|will make an equity investment|equity investment)\b[^⟦]{{0,60}}?\bin\s+{_E}", "investor", "partner", 0.85),
    # Korean press: "A는 B와 기술이전 계약을 체결" (A out-licenses to B), "A, 美 B에 기술이전".
    (rf"{_E}\s?(?:은|는|이|가)[^⟦]{{0,160}}?{_E}\s?(?:와|과)[^⟦]{{0,120}}?(?:기술이전|기술수출|라이선스 아웃)", "licensor", "licensee", 0.85),
    (rf"{_E}\s?(?:은|는|이|가|,)[^⟦]{{0,40}}?{_E}\s?(?:에|에게)[^⟦]{{0,80}}?(?:기술이전|기술수출)", "licensor", "licensee", 0.85),
    (rf"{_E}\s?(?:은|는|이|가)[^⟦]{{0,80}}?{_E}\s?(?:로부터|에서)[^⟦]{{0,80}}?(?:도입|인수)", "licensee", "licensor", 0.85),
    # "A는/이 B를 (3억 달러에) 인수": the topic buys the object of 인수.
    (rf"{_E}\s?(?:은|는|이|가)[^⟦]{{0,80}}?{_E}\s?(?:을|를)\s[^⟦.]{{0,40}}?인수", "acquirer", "target", 0.85),
    # "A은 B의 ... 사업 부문을 ... 인수": the company whose business the object is sells it.
    (rf"{_E}\s?(?:은|는|이|가)[^⟦]{{0,80}}?{_E}\s?의\s[^⟦.]{{0,60}}?(?:을|를)\s[^⟦.]{{0,60}}?인수", "acquirer", "target", 0.85),
    # Chinese: "A从B引进X" (A in-licenses X from B).
    (rf"{_E}[^⟦。]{{0,20}}?从\s?{_E}\s?(?:处)?(?:引进|获得|获授)", "licensee", "licensor", 0.9),
    # Chinese: "A将X授权给B" (A licenses to B), "A收购B" (A buys B).
    (rf"{_E}[^⟦。]{{0,60}}?(?:授权|许可|转让)给\s?{_E}", "licensor", "licensee", 0.9),
    (rf"{_E}[^⟦。]{{0,20}}?(?:将)?(?:收购|并购)\s?{_E}", "acquirer", "target", 0.9),
    (rf"{_E}[^⟦。]{{0,20}}?(?:将)?向\s?{_E}\s?支付", "licensee", "licensor", 0.9),
    # "A于…宣布，与B达成独家许可协议，获得X的…权利": the clause after the agreement has A, the
    # topic, as its subject; B, the object of 与 (with), grants the rights.
    (rf"{_E}[^⟦。]{{0,40}}?与\s?{_E}[^⟦。]{{0,40}}?(?:达成|签署|签订|订立)[^⟦。]{{0,20}}?协议[，,]\s?(?:将)?(?:获得|取得)(?:(?!首付|付款)[^⟦。]){{0,60}}?(?:许可|权利|权益)", "licensee", "licensor", 0.9),
    # "A는 B와 ... 라이선스 계약을 체결": Korean press reports its own company's out-licensing;
    # in-licensing is written 도입 (above). A weak cue, outvoted by any other.
    (rf"{_E}\s?(?:은|는|이|가)\s(?:\S{{1,3}}\s)?{_E}\s?(?:와|과)[^⟦]{{0,120}}?라이선스\s?계약", "licensor", "licensee", 0.6),
)  # fmt: skip
# Single-party cues: (pattern, role, confidence).
_SINGLE_ROLE_PATTERNS: tuple[tuple[str, str, float], ...] = (
    # "许可方：Kelvio", "被许可方：瑞泽医药", "Licensor: Kelvio": a term sheet's labels give the
    # roles outright, whatever the sentences around them seem to say.
    (rf"(?<!被)许可方\s*[：:]\s*{_E}", "licensor", 2.0),
    (rf"被许可方\s*[：:]\s*{_E}", "licensee", 2.0),
    (rf"\bLicensor\s*:\s*{_E}", "licensor", 2.0),
    (rf"\bLicensee\s*:\s*{_E}", "licensee", 2.0),
    (rf"{_E}[^⟦.]{{0,30}}?\b(?:will|shall|would|is to)\s+(?:obtain|receive|gain|have|acquire|hold)\s+(?:the\s+|an?\s+)?(?:exclusive\s+|global\s+|worldwide\s+|exclusive,?\s+global\s+)*(?:rights?|licen[cs]e|option(?![\s-]+(?:exercise|fees?|payments?|price)))", "licensee", 0.85),
    (rf"{_E}[^⟦.]{{0,30}}?\b(?:obtains|receives|gains|has obtained|secured|secures)\s+(?:the\s+|an?\s+)?(?:exclusive\s+|global\s+|worldwide\s+)*(?:rights?|licen[cs]e|option(?![\s-]+(?:exercise|fees?|payments?|price)))", "licensee", 0.85),
    (rf"{_E}[^⟦.]{{0,30}}?\b(?:will pay|pays|agreed to pay|will make an? (?:upfront|up-front)|is paying)", "licensee", 0.85),
    (rf"{_E}[^⟦.]{{0,40}}?\b(?:will receive|is eligible to receive|receives|is entitled to|could receive|stands to receive|will be eligible|is eligible for|will be entitled)", "licensor", 0.85),
    (rf"{_E}[^⟦.]{{0,30}}?\b(?:option to (?:exclusively )?licen[cs]e|exclusive option)", "licensee", 0.85),
    # "an agreement with Roche, which grants Roche exclusive rights to ...": the agreement grants.
    (rf"\b(?:which|that)\s+(?:grants|will grant|gives|will give|provides)\s+{_E}\s+(?:the\s+|an?\s+)?(?:exclusive|global|worldwide|rights?|licen[cs]e)", "licensee", 0.85),
    # "XY-1, developed by A" names its originator; "XY-1 will be developed by B" its licensee.
    (rf"(?<!will be )(?<!to be )(?<!would be )(?<!is being )(?:developed|discovered|originated|invented) by\s+{_E}", "licensor", 0.7),
    (rf"(?:will|to|would) be (?:further )?(?:developed|commerciali[sz]ed) by\s+{_E}", "licensee", 0.7),
    (rf"{_E}[’']s?\s+(?:proprietary\s+|in-house\s+|novel\s+|lead\s+)*(?:[A-Z][\w-]*\d|platform|candidate|program|technology|asset|drug)", "licensor", 0.6),
    (rf"{_E}[^⟦.]{{0,60}}?\b(?:its|their)\s+(?:proprietary\s+|in-house\s+|novel\s+|lead\s+)*(?:[\w-]+\s+){{0,4}}?(?:[A-Z][\w-]*\d|platform|candidate|program|programme|technology|asset)", "licensor", 0.55),
    (rf"{_E}[^⟦.]{{0,60}}?\bin-licen[sc]e[sd]?", "licensee", 0.8),
    (rf"{_E}[^⟦.]{{0,60}}?\b(?:out-licens\w+|licensed out)", "licensor", 0.8),
    (rf"{_E}[^⟦.]{{0,80}}?\btechnology[- ]transfer\b", "licensor", 0.6),
    (rf"{_E}\s?(?:은|는|이|가)[^⟦.]{{0,80}}?권리를\s?(?:갖|확보|획득|보유)", "licensee", 0.85),
    (rf"{_E}[^⟦。]{{0,30}}?(?:获得|取得)(?:(?!首付|付款)[^⟦。]){{0,60}}?(?:许可|权利|权益)", "licensee", 0.85),
    (rf"{_E}[^⟦。]{{0,30}}?(?:将)?(?:获得|收取|收到)[^⟦。]{{0,20}}?首付款", "licensor", 0.85),
)  # fmt: skip
_PAIR_PATTERNS = (
    rf"{_E}[^⟦]{{0,120}}?\b(?:license|licensing|collaboration|option|agreement|deal|contract|partnership|pact)\b[^⟦]{{0,60}}?\bwith\s+{_DESCRIBED}{_E}",
    rf"\bbetween\s+{_E}\s+and\s+{_E}",
    rf"{_E}\s+and\s+{_E}\s+(?:today\s+)?(?:announced|have|had|entered|signed|agreed|said|will)",
    rf"{_E}[^⟦]{{0,60}}?\b(?:negotiat\w+|talks|discussions)\b[^⟦]{{0,80}}?\bwith\s+{_E}",
    rf"{_E}[^⟦]{{0,40}}?\b(?:partnered|teamed up|is partnering)\s+with\s+{_E}",
    rf"{_E}[^⟦]{{0,40}}?\b(?:turn(?:s|ed|ing)?\s+to|tap(?:s|ped|ping)?)\s+{_DESCRIBED}{_E}\s+for\b",
    # Chinese: "A与B就X签署独家许可协议", "A已与B…达成许可合作".
    rf"{_E}[^⟦。]{{0,30}}?与\s?{_E}[^⟦。]{{0,60}}?(?:签署|签订|达成|订立)",
)  # fmt: skip


@dataclass
class _Block:
    """Sentences that talk about one deal."""

    entities: list[str] = field(default_factory=list)  # entity keys in order of mention, or "U"
    sentences: list[int] = field(default_factory=list)
    trigger_sentences: list[int] = field(default_factory=list)
    assets: list[str] = field(default_factory=list)
    undisclosed_party: str = ""
    # Opened by "Under the second agreement, ...": the next sentences naming its parties
    # belong here, even when an earlier deal has the same parties.
    opened_by_marker: bool = False
    # Drugs a background sentence names with a company's possessive as its subject ("Loxo's
    # VITRAKVI (larotrectinib) is marketed with Bayer under a 2017 agreement"), by entity key:
    # bought with that company if it is the deal's target, else no term of the deal.
    # Each with the sentence, the drug's quote.
    owned: list[tuple[str, list[str], str]] = field(default_factory=list)


# "Under the second agreement, Merck acquires ...", "In a separate agreement, ...": a new deal
# between parties the text has already named.
# "Novartis bets on gene therapy capsids, Merck buys a brain cancer startup": two companies,
# each the subject of its own clause with its own verb, tell two deals, none between them.
_SEPARATE_SUBJECTS = re.compile(
    r"⟦E\d+⟧\s+(?:also\s+)?[a-z]{3,}s\b[^,;⟦]*[,;]\s+(?:and\s+|while\s+|as\s+)?⟦E\d+⟧\s+"
    r"(?:also\s+)?[a-z]{3,}s\b"
)
_NEW_DEAL_MARKER = re.compile(
    r"^\s*(?:Under|In|Through|With|By)\s+(?:the|a)\s+(?:second|third|fourth|other|separate|"
    r"another|additional)\s+(?:[\w-]+\s+)?(?:agreement|deal|collaboration|licen[cs]e|transaction)\b",
    re.IGNORECASE,
)


def _mask(sentence: Sentence, mentions: list[Mention]) -> tuple[str, dict[str, str]]:
    """Replace company mentions by ⟦E<n>⟧ and an unnamed counterparty by ⟦U⟧."""
    inside = [
        m for m in mentions if sentence.start <= m.start < sentence.start + len(sentence.text)
    ]
    out, pos, undisclosed = [], 0, {}
    for m in sorted(inside, key=lambda x: x.start):
        rel = m.start - sentence.start
        if rel < pos:
            continue
        out.append(sentence.text[pos:rel])
        out.append(f"⟦{m.entity.key}⟧")
        pos = rel + (m.end - m.start)
        # "Merck & Co. agreed to ...": the full stop of an abbreviated legal form is part of
        # the name, no end of the clause before the verb.
        if re.search(r"\b(?:Co|Inc|Ltd|Corp)$", sentence.text[rel:pos]) and re.match(
            r"\.(?=,?\s+[a-z(])", sentence.text[pos:]
        ):
            pos += 1
    out.append(sentence.text[pos:])
    masked = "".join(out)

    def _unnamed(match: re.Match[str]) -> str:
        before = masked[: match.start()]
        # "AbbVie, a global pharmaceutical company," describes AbbVie: not another party; nor
        # after its listing, "AbbVie (NYSE: ABBV), a global biopharmaceutical company".
        if re.search(r"⟦E\d+⟧[”\"']?\)?(?:\s*\([^()⟦]{1,40}\))?,?\s*$", before):
            return match.group(0)
        undisclosed["U"] = match.group(0)
        return "⟦U⟧"

    masked = _UNDISCLOSED_PARTY.sub(_unnamed, masked)
    return masked, undisclosed
