"""Assets, modality, targets, therapeutic areas and territory in a sentence."""

# ruff: noqa: E501  (the regex tables read better one pattern per line than wrapped)
from __future__ import annotations

import re

from companies.names import normalize_name
from deals.intake.extraction.brands import marketed_brands
from deals.intake.extraction.cjk_platforms import cjk_platform_names
from deals.intake.extraction.cjk_quoted import quoted_drug_names
from deals.intake.extraction.ingredients import is_ingredient
from deals.intake.extraction.results import (
    Directory,
)
from deals.intake.extraction.symbols import targeted_by_verb
from deals.intake.extraction.vocabulary import (
    _ASSET_CODE,
    _EXCHANGES,
    _GREATER_CHINA,
    _INN,
    _NOT_ASSET,
    INN_SECOND_WORDS,
    MODALITIES,
    REGION_NAMES,
    TARGETS,
    THERAPEUTIC_AREAS,
)

_TARGET_CLASS_AFTER = re.compile(
    r"\s*(?:inhibitors?|antagonists?|agonists?|degraders?|blockers?|kinase|receptor|"
    r"저해제|억제제|작용제|길항제|분해제|抑制剂|激动剂|拮抗剂|降解剂)",
    re.I,
)


def find_assets(sentence: str, directory: Directory) -> list[str]:
    """Asset codes (RC148, ALT-B4, "LM-299"), INNs and known asset names in ``sentence``."""
    names: list[str] = []
    for m in _ASSET_CODE.finditer(sentence):
        code = m.group(0)
        # A code holds a digit, unless a lower-case binder tag joins prefix and target
        # ("CART-ddBCMA"): that form names a programme, never a target alone.
        binder_tagged = re.fullmatch(r"[A-Z]{2,6}-[a-z]{1,3}[A-Z]{2,6}", code)
        # "CD388, a drug-Fc conjugate": a code shaped like a target or a class is the drug
        # where an apposition right after it says it is one.
        named_drug = re.match(
            r",\s+an?\s+(?:(?!(?:target|receptor|protein|antigen|for|of|in|on|to)\b)[\w()/-]+\s+)"
            rf"{{0,4}}?{_DRUG_NOUN}s?\b",
            sentence[m.end() :],
            re.I,
        )
        if (
            (_NOT_ASSET.match(code) and not named_drug)
            or not (re.search(r"\d", code) or binder_tagged or "(" in code)
            or re.fullmatch(r"\d+\w?", code)
        ):
            continue
        # "AAVrh74.MHCK7.micro-dystrophin": a dotted part of a construct's name (its promoter,
        # its vector) is no drug of its own.
        if re.search(r"\w\.$", sentence[: m.start()]) or re.match(r"\.\w", sentence[m.end() :]):
            continue
        # A ticker in "(KOSDAQ: 196170)" or a year is not an asset.
        if re.search(rf"(?:{_EXCHANGES})\s*:\s*$", sentence[: m.start()]):
            continue
        # A gene or protein symbol ("a USP1 inhibitor", "anti-TNFR2", "targeting MTAP1") is
        # the drug's target, not the drug.
        # "VEGFR-1, -2 and -3" and "PDE3/4 inhibitor" list several members of one target family.
        # One letter is enough before the inhibitor word: "a complement C5 inhibitor".
        # "HSD17B13", "CYP2C19": a gene symbol may hold a second letter and number.
        if (
            re.fullmatch(r"[A-Z]{1,6}-?\d{1,2}(?:[A-Z]\d{1,2})?[A-Za-z]?", code)
            and (
                re.match(
                    # "sphingosine 1-phosphate (S1P) receptor": the symbol in brackets after the
                    # name it abbreviates is the target still. "D1/D5 dopamine receptor", "M1
                    # muscarinic receptor": subtypes listed by symbol, then their ligand's name.
                    # "M4, M1 and dual M1/M4 selective muscarinic agonists": a qualifier may
                    # stand before a listed symbol and before the class word.
                    r"\)?(?:\s*(?:/|,|and|or)\s*(?:dual\s+|triple\s+)?-?[A-Z]{0,6}\d{1,2}[A-Za-z]?)*[-\s]+"
                    r"(?:(?!(?:and|or|for|in|with|to|is|are|was|were|an?|the|be|has|have|will|"
                    r"its|as|by|of|on|at|from|into)\b)[a-z]+\s+){0,2}"
                    r"(?:[a-z]+\s+receptors?\b|inhibitors?|antagonists?|agonists?|degraders?|modulators?|blockers?|"
                    r"antibod|bispecific|ADC|targeting|targeted|receptor|pathway|protein|gene|kinase|mutant|"
                    r"mutation|-?directed|-?positive|\+|"
                    # "a glycoengineered FGF21 analogue": the protein a drug mimics is its
                    # target, not a second drug.
                    r"analog(?:ue)?s?\b|mimetics?\b|"
                    # "an ENPP1 enzyme replacement therapy for ENPP1 deficiency": the protein a
                    # drug replaces, and the one a disease lacks, are targets.
                    r"replacement\b|deficien(?:cy|t)\b|"
                    # Korean and Chinese: "HDAC6 저해제" (inhibitor), "KRAS 抑制剂", "PD-1 항체".
                    r"저해제|억제제|작용제|항체|분해제|抑制剂|激动剂|抗体|降解剂)",
                    sentence[m.end() :],
                    re.I,
                )
                # Korean and Chinese write no space: "CD40L 표적 후보물질" (a CD40L-targeting
                # candidate), "USP1小分子抑制剂" (a USP1 small-molecule inhibitor), "抗ST2单克隆抗体"
                # (an anti-ST2 monoclonal antibody), "TL1A 단일클론 항체".
                or re.match(
                    r"\s*(?:小分子|大分子|单克隆|双特异性|单抗|저분자|단일클론|이중\s?항체)?\s*"
                    r"(?:표적|타깃|靶点|抑制剂|激动剂|拮抗剂|抗体|单抗|双抗|降解剂|저해제|억제제|작용제|길항제|항체|"
                    r"분해제)",
                    sentence[m.end() :],
                )
                or re.search(r"(?:抗|靶向|针对|항)\s*$", sentence[: m.start()])
                # "the synaptic vesicle glycoprotein 2A (SV2A)": a symbol in brackets after the
                # protein it abbreviates is that protein, the target.
                or (
                    re.search(
                        r"\b(?:glycoprotein|protein|receptor|kinase|enzyme|transporter|channel)"
                        r"(?:\s+[\w-]{1,4})?\s*\($",
                        sentence[: m.start()],
                        re.I,
                    )
                    and sentence[m.end() :].lstrip().startswith(")")
                )
                # "a Belgian SV2A specialist": a symbol naming a company's field is its target.
                or re.match(r"[\s-]+(?:specialist|focused)\b", sentence[m.end() :], re.I)
                # "programs target the phosphatases PTPN2 and PTPN1": the verb's object.
                or targeted_by_verb(sentence[: m.start()])
                # "Ionis's SOD1 ALS drug": a symbol before a disease's abbreviation and a word
                # for a medicine is the gene the drug is aimed at.
                or re.match(
                    r"\s+[A-Z]{2,6}\s+(?:drugs?|therap(?:y|ies)|medicines?|treatments?|candidates?)\b",
                    sentence[m.end() :],
                )
                or re.search(
                    # "targeting the ROS1 and NTRK oncogenic drivers": an article may come between;
                    # "targeting tau, TDP-43 and a third target": a symbol listed after other
                    # targets is a target too.
                    # "with specificity for JAK2, IRAK1 and ACVR1": what a drug is selective for.
                    r"(?:anti-|(?:targeting|against|(?:specificity|selectivity|selective|affinity)"
                    r"\s+(?:for|to))\s+(?:the\s+)?(?:[\w-]+(?:,\s*|\s+(?:and|or)\s+)){0,3}|"
                    r"(?:inhibitor|antagonist|agonist|degrader|blocker|modulator|analog(?:ue)?|"
                    r"mimetic)s?\s+of\s+)$",
                    sentence[: m.start()],
                    re.I,
                )
            )
        ):
            continue
        # "H3 K27M-mutant glioma", "XYZ1 R132H mutation": a symbol written before a point
        # mutation (letter, position, letter) is the mutated gene.
        if re.match(r"\s+[A-Z]\d{1,4}[A-Z](?![\w])", sentence[m.end() :]):
            continue
        # "TAK-9, a GPR139 agonist", "an ABCD123 receptor antagonist": a symbol of letters and
        # three digits after "a" and before a class word names the target the drug acts on (an
        # orphan receptor, a transporter), not a second drug.
        if (
            re.fullmatch(r"[A-Z]{2,6}\d{3}", code)
            and re.search(r"\ban?\s+$", sentence[: m.start()])
            and re.match(
                r"\s+(?:receptor\s+)?(?:agonists?|antagonists?|inhibitors?|modulators?|"
                r"potentiators?|blockers?|degraders?)\b",
                sentence[m.end() :],
                re.I,
            )
        ):
            continue
        # "Co-Commercialize LRRK2 Program": a gene symbol of letters and one digit before
        # "program" names the target a programme is about (a drug code has more digits).
        if re.fullmatch(r"[A-Z]{2,6}\d", code) and re.match(
            r"\s+programm?e?s?\b", sentence[m.end() :], re.I
        ):
            continue
        names.append(code.replace("‐", "-").replace("–", "-"))
    # "ISB 2001", "ABBV 383": a code written with a space between its letters and its number
    # (not an amount in "USD 100 million", a date in capitals "DEC 2023", "IN 2021", or a
    # listing "NYSE 1234"). A number shaped like a year ("JPM 2025", "ASCO 2024" are events)
    # makes a code only where an apposition says it is a drug.
    for m in _SPACED_CODE.finditer(sentence):
        if m.group("letters") in _NOT_SPACED_PREFIXES:
            continue
        if re.fullmatch(r"(?:19|20)\d\d", m.group("number")) and not re.match(
            rf",\s+an?\s+(?:[\w()/-]+\s+){{0,6}}?{_DRUG_NOUN}s?\b", sentence[m.end() :], re.I
        ):
            continue
        names.append(m.group(0))
    # A two-word INN ("patritumab deruxtecan") is one drug; a code of any shape in brackets
    # right after an INN ("(HER3-DXd)", "(sac-TMT)", "(obe-cel)") is that drug's code.
    taken_until = -1
    # "获得avapritinib、pralsetinib": a Latin INN may follow Chinese or Korean script with no
    # space, where no word boundary stands before it.
    spaced = re.sub(
        r"(?<=[\u4e00-\u9fff가-힣])(?=[a-z])|(?<=[a-z])(?=[\u4e00-\u9fff가-힣])", " ", sentence
    )
    for m in re.finditer(
        rf"(?P<inn>{_INN.pattern})(?:\s+(?P<second>{INN_SECOND_WORDS}|{_INN.pattern}|autoleucel))?"
        rf"(?:\s*\(\s*(?P<code>{_BRACKET_CODE})\s*[)/])?",
        spaced,
    ):
        if m.start() < taken_until:
            continue
        taken_until = m.end()
        if m.group("code") and not _NOT_ASSET.match(m.group("code")):
            names.append(m.group("code"))
        else:
            names.append(m.group("inn") + (" " + m.group("second") if m.group("second") else ""))
    # An INN outside the stem list, known by its place: "pelabresib, a BET inhibitor",
    # "cenobamate, an investigational antiepileptic drug", "gaining seladelpar for PBC".
    for m in _INN_BY_PLACE.finditer(sentence):
        word = (
            m.group("appos")
            or m.group("gained")
            or m.group("object")
            or m.group("developing")
            or m.group("included")
            or m.group("rights")
        )
        # "its lead candidate, an oral GLP-1 agonist": a common noun before the apposition
        # names no drug.
        if (
            word in _NOT_OBJECTS
            or word in _RIGHTS_VERBS
            or re.fullmatch(rf"{_DRUG_NOUN}s?|{_GENERIC_NOUNS}", word)
        ):
            continue
        # "ladiratuzumab vedotin, an ... conjugate": the payload word is part of the INN before.
        # What a pipeline includes is named, not described ("includes nabiximols", whose
        # ending reads like English): only the words that describe are left out there.
        if m.group("included"):
            if word not in _PIPELINE_WORDS:
                names.append(word)
        elif not _ENGLISH_ENDING.search(word) and not re.fullmatch(INN_SECOND_WORDS, word):
            names.append(word)
    # "CAPLYTA (lumateperone)", "Skyclarys (omaveloxolone)": a lower-case word in brackets
    # right after a brand (capitals, or one capitalised word) is the brand's INN, whatever its
    # stem.
    for m in re.finditer(
        # "Andexxa (andexanet alfa)": the INN may have its second word.
        rf"(?<![\w-])[A-Z](?:[A-Z0-9]{{2,}}|[a-z]{{3,}})[®™]?\s*\(\s*([a-z]{{7,}}"
        rf"(?:\s+(?:{INN_SECOND_WORDS}))?)\s*\)",
        sentence,
    ):
        if not _ENGLISH_ENDING.search(m.group(1)):
            names.append(m.group(1))
    # "markets the hemophilia therapies Eloctate and Alprolix": brands a company is said to
    # market (brands.py).
    names.extend(marketed_brands(sentence))
    # "bb2121", "am0010": a code in lower-case letters, two to four of them before three to six
    # digits, is a drug's code as its capitalised form is.
    names.extend(re.findall(r"(?<![\w-])[a-z]{2,4}\d{3,6}(?![\w-])", sentence))
    # "its lead asset, avacincaptad pegol, is ...", "lead candidate, PRA023,": a name set off
    # by commas after the noun that says what it is names the drug, whatever its shape.
    # "세노바메이트(cenobamate)", "替雷利珠单抗（tislelizumab）": a drug written in Korean or
    # Chinese script and glossed by its Latin INN, which is lower case unlike a company's name.
    for m in re.finditer(r"[가-힣\u4e00-\u9fff]\s*[(（]\s*([a-z]{7,})\s*[)）]", sentence):
        names.append(m.group(1))
    # "获得Nefecon在大中华区…的独家开发和商业化权利": a Latin name right after "obtains" or
    # "in-licenses" and before the place and the rights gained is the drug the rights are to.
    for m in _CHINESE_RIGHTS_OBJECT.finditer(sentence):
        names.append(m.group("name"))
    for m in _ROLE_APPOSITION.finditer(sentence):
        words = m.group("name").split()
        if all(
            w.lower() not in _NOT_NAMES and (not w.islower() or not _ENGLISH_ENDING.search(w))
            for w in words
        ):
            names.append(m.group("name"))
    # "ARO-AAT, Arrowhead's ... therapeutic candidate": a code of letters only is a drug where
    # the text says so in an apposition (alone, "CAR-T" or "GLP-GIP" is a class or a target).
    for m in _LETTER_CODE_APPOSITION.finditer(sentence):
        if not set(m.group("code").split("-")) & _CLASS_PARTS:
            names.append(m.group("code"))
    # "its lead candidate NV-OTX for ...", "lead product candidate, KL-ABC,": a letters-only
    # code right after the noun that says it is the lead drug is that drug.
    for m in re.finditer(
        r"\blead\s+(?:[\w-]+\s+){0,2}?(?:candidate|asset|program|programme|product|compound)"
        r",?\s+(?P<code>[A-Z]{2,5}-[A-Z]{2,5})(?![\w-])",
        sentence,
    ):
        if not set(m.group("code").split("-")) & _CLASS_PARTS:
            names.append(m.group("code"))
    # "ARO-DM1, ARO-MMP7 and ARO-HTT": a letters-only code with the prefix of a drug code in the
    # same sentence belongs to the same company's family of drugs.
    prefixes = {n.split("-")[0] for n in names if "-" in n and re.search(r"\d", n)}
    for m in re.finditer(
        r"(?<![\w-])(?P<code>(?P<prefix>[A-Z]{2,5})-[A-Z]{2,5})(?![\w-])", sentence
    ):
        if m.group("prefix") in prefixes and not set(m.group("code").split("-")) & _CLASS_PARTS:
            names.append(m.group("code"))
    # Product names written in mixed case with a capital tail ("KarXT") are drug names; a
    # kinase or receptor symbol of that shape before an inhibitor word ("MerTK 저해제", "a
    # MerTK inhibitor") is the drug's target.
    names.extend(
        m.group(0)
        for m in re.finditer(r"(?<![\w-])[A-Z][a-z]{1,4}[A-Z]{2,4}\d*(?![\w-])", sentence)
        if not _TARGET_CLASS_AFTER.match(sentence[m.end() :])
        # "DCR-HBVS, Dicerna's investigational GalXC RNAi therapy": a name followed by the
        # kind of medicine it makes and a word for a medicine names the technology the drug is
        # built on (a platform, which its own rule takes where the text calls it one).
        and not _TECHNOLOGY_OF_DRUG.match(sentence[m.end() :])
    )
    # A named platform whose name has a code part ("its Grabody-B blood-brain barrier shuttle
    # platform") is what a platform licence licenses.
    for m in re.finditer(
        r"(?<![\w-])([A-Z][a-z]{2,}[A-Za-z]*-[A-Z0-9]{1,3})(?![\w-])(?=\s+(?:[\w-]+\s+){0,4}?platform\b)",
        sentence,
    ):
        names.append(m.group(1))
    # "Xyphos's proprietary ACCEL technology platform": a platform named in capitals after
    # "proprietary" is what the deal buys or licenses, though its name holds no digit.
    for m in re.finditer(
        r"\bproprietary\s+([A-Z]{3,8})[™®]?\s+(?:[\w-]+\s+){0,2}?platform\b", sentence
    ):
        names.append(m.group(1))
    # "using Genmab's DuoBody technology platform", "built on its Shielded Living Therapeutics
    # platform", "LegoChem's proprietary ConjuAll ADC linker-payload platform": a capitalised
    # name after its owner's possessive, "its" or "proprietary" and before "platform" or
    # "technology" is the platform the deal licenses, uses or buys (an asset, DOMAIN.md). A
    # class word at its end ("ADC") says what the platform makes; alone, such words ("AI",
    # "Antibody Discovery") name no platform.
    for m in _NAMED_PLATFORM.finditer(sentence):
        # "CD388, a drug-Fc conjugate from Cidara's Cloudbreak platform": the platform a drug
        # comes from is where it was made, not what the deal licenses.
        if re.search(_FROM_PLATFORM, sentence[: m.start()]):
            continue
        words = m.group("name").split()
        # Only an abbreviation is dropped from the end ("ConjuAll ADC", "XmAb Fc"): a Title Case
        # word there ("Universal Donor Cell technology") is part of the platform's name.
        while (
            words
            and words[-1] in _PLATFORM_CLASS_WORDS
            and (len(words) == 1 or not re.fullmatch(r"[A-Z][a-z]{2,}", words[-1]))
        ):
            words.pop()
        if words and not all(w in _PLATFORM_CLASS_WORDS for w in words):
            names.append(" ".join(words))
    # "ADC 플랫폼 'PINOT-ADC'", "平台"ABC-Link"", "its 'XYZ-Body' platform": a Latin name in
    # quotes right after or before the word for platform names the platform, whatever its
    # ending; the class words before the platform word ("ADC 플랫폼") name none.
    for m in re.finditer(
        r"(?:플랫폼|平台|\bplatform)\s*['‘“\"「]([A-Za-z][\w-]{1,30})['’”\"」]"
        r"|['‘“\"「]([A-Za-z][\w-]{1,30})['’”\"」]\s*(?:플랫폼|平台|platform\b)",
        sentence,
    ):
        names.append(m.group(1) or m.group(2))
    names.extend(cjk_platform_names(sentence))
    names.extend(quoted_drug_names(sentence))
    # "Lutathera (lutetium Lu 177 dotatate)", "Xofigo (radium Ra 223 dichloride)": a
    # radiopharmaceutical's nonproprietary name is the element, its symbol and mass number and
    # the ligand; it names the drug (its brand before the brackets is the alias).
    for m in re.finditer(
        r"\b(?:lutetium|actinium|gallium|yttrium|iodine|radium|lead|copper|thorium|astatine)\s+"
        r"[A-Z][a-z]?[\s-]?\d{2,3}\s+[a-z][a-z-]{3,}(?:\s+[a-z][a-z-]{3,})?",
        sentence,
    ):
        names.append(m.group(0))
    # "'인보사(TissueGene-C)'", "하이브로자임(Hybrozyme) 플랫폼": a Korean or Chinese product name
    # in quotes, or before the word for platform, glossed by its Latin name in brackets, is the
    # drug or platform, recorded by its Latin name.
    for m in re.finditer(
        r"(?:['‘“][가-힣\u4e00-\u9fff]{2,10}\(([A-Za-z][\w-]{2,30})\)['’”]|"
        r"[가-힣\u4e00-\u9fff]{2,10}[(（]([A-Z][\w-]{2,30})[)）]\s?(?:플랫폼|平台))",
        sentence,
    ):
        # "항체-약물 접합체(ADC) 플랫폼": a class glossed by its abbreviation names no platform.
        if (m.group(1) or m.group(2)) not in _PLATFORM_CLASS_WORDS:
            names.append(m.group(1) or m.group(2))
    # "NUEDEXTA (dextromethorphan hydrobromide and quinidine sulfate)", "QBREXZA
    # (glycopyrronium) cloth": a brand in capitals before the lower-case chemical names of what
    # it holds is a drug, recorded by its brand where the brackets give no INN taken above.
    for m in re.finditer(
        r"(?<![\w-])([A-Z]{5,})[®™]?\s*\(\s*([a-z][a-z-]{5,}(?:\s+[a-z][a-z-]*){0,6})\s*\)",
        sentence,
    ):
        brand, inside = m.group(1), m.group(2)
        if (
            re.search(r"[AEIOUY]", brand)
            and not re.fullmatch(_EXCHANGES, brand)
            # "TZIELD® (teplizumab-mzwv)": an INN with its US suffix is the INN taken above.
            and not any(
                normalize_name(n) == normalize_name(re.split(r"[\s-]", inside)[0]) for n in names
            )
        ):
            names.append(brand)
    # Drug names in Chinese and Korean script, by the transliterated INN stem they end in:
    # "泽布替尼" (-tinib), "替雷利珠单抗" (-zumab), "哌柏西利" (-ciclib), "레이저티닙" (-tinib),
    # "트라스투주맙" (-mab). Chinese has no spaces: the name starts after the last function
    # character ("自主研发的泽贝替尼").
    for m in _CHINESE_INN.finditer(sentence):
        names.append(m.group(1))
    for m in _KOREAN_INN.finditer(sentence):
        names.append(m.group(1))
    for m in re.finditer(r"[“\"]([A-Za-z0-9\- ]{2,30})[”\"]", sentence):
        if normalize_name(m.group(1)) in directory.assets:
            names.append(m.group(1))
    for key, ref in directory.assets.items():
        if (
            len(key) >= 4
            and key in normalize_name(sentence)
            and not any(normalize_name(n) == key for n in names)
        ):
            # Only trust a known asset whose written form stands in the sentence.
            pattern = r"[-\s]?".join(re.escape(ch) for ch in ref.name if ch not in " -")
            if re.search(pattern, sentence, re.IGNORECASE):
                names.append(ref.name)
    unique: list[str] = []
    for name in names:
        if normalize_name(name) not in {normalize_name(u) for u in unique}:
            unique.append(name)
    return [
        n
        for n in unique
        if not _is_host_product(sentence, n, unique)
        and not _is_other_product(sentence, n)
        and not _is_class_abbreviation(sentence, n)
        and not is_ingredient(sentence, n)
        and not _is_second_name(sentence, n, unique)
        # "carbapenem-resistant Enterobacterales", "platinum-refractory disease": a drug or
        # class that describes the germ or the patient is no asset.
        and not re.search(rf"(?<![\w-]){re.escape(n)}{_DESCRIBES_PATIENTS}", sentence, re.I)
    ]


_DESCRIBES_PATIENTS = (
    r"-(?:resistant|resistance|refractory|naive|naïve|sensitive|intolerant|experienced|"
    r"pretreated|exposed|ineligible)\b"
)


def _is_other_product(sentence: str, name: str) -> bool:
    """A drug the sentence names as something other than the deal's asset: the reference
    product of a biosimilar ("a proposed biosimilar to Stelara (ustekinumab)", "Ustekinumab
    Biosimilar Candidate SB17") or a product already in a pipeline ("GSK's ADC pipeline, which
    includes belantamab mafodotin")."""
    n = re.escape(name)
    return bool(
        re.search(rf"(?<![\w-]){n}\)?\s+biosimilar", sentence, re.I)
        or re.search(
            rf"\bbiosimilars?\s+(?:candidate\s+)?(?:to|of|for|referencing)\s+"
            rf"(?:[A-Z][\w®™]*\s*)?\(?\s*{n}(?![\w-])",
            sentence,
            re.I,
        )
        or re.search(
            rf"\b(?:complement|strengthen|expand|broaden|bolster|enhanc|augment|add(?:s|ed|ing)?\s+to|"
            rf"join|build(?:s|ing)?\s+on)\w*\s+(?:[\w'’-]+\s+){{0,4}}?(?:pipeline|portfolio)\b[^.;]{{0,20}}?"
            rf"\b(?:which\s+)?(?:includes?|including|such as)\b[^.;]*?(?<![\w-]){n}(?![\w-])",
            sentence,
            re.I,
        )
    )


def _is_class_abbreviation(sentence: str, name: str) -> bool:
    """ "a glucagon-like peptide 1 receptor agonist (GLP-1RA)", "靶向CDH17的ADC": the short form
    of a drug class, or the protein a drug is aimed at, is no drug of its own."""
    n = re.escape(name)
    return bool(
        re.search(
            rf"\b(?:receptor\s+)?(?:agonists?|antagonists?|inhibitors?|antibod(?:y|ies)|conjugates?|"
            rf"degraders?|modulators?|blockers?)\s*\(\s*{n}s?\s*\)",
            sentence,
            re.I,
        )
        or re.search(rf"(?:靶向|针对|표적으로\s*하는\s*)\s*{n}(?![A-Za-z0-9-])", sentence)
        # "targeting somatostatin receptor 2", "a somatostatin analogue": a stem word before
        # "receptor" or "analogue" names the body's own ligand, the drug's target.
        or (
            name.islower() and re.search(rf"(?<![\w-]){n}\s+(?:receptors?|analogu?es?)\b", sentence)
        )
        # "an investigational oral carbapenem antibiotic": a stem word before the noun of a
        # drug class, after an article, names the class, not a drug.
        or (
            name.islower()
            and re.search(
                rf"\ban?\s+(?:[\w-]+\s+){{0,3}}?{n}\s+(?:antibiotic|antibacterial|antifungal|"
                rf"antiviral|class|family|scaffold)s?\b",
                sentence,
                re.I,
            )
        )
        # "tumor necrosis factor (TNF)-like ligand 1A (TL1A)": the short form of a protein.
        or re.search(
            rf"\b(?:ligand|receptor|factor|kinase|protein|antigen|domain)(?:\s+[\w-]{{1,3}})?\s*"
            rf"\(\s*{n}\s*\)",
            sentence,
            re.I,
        )
    )


def _is_second_name(sentence: str, name: str, names: list[str]) -> bool:
    """ "SHR-4849 (IDE849)": a code in brackets after another code is the same drug's other
    name (the licensee's), not a second asset."""
    return any(
        other != name
        and re.search(rf"(?<![\w-]){re.escape(other)}\s*\(\s*{re.escape(name)}\s*\)", sentence)
        for other in names
        if _ASSET_CODE.fullmatch(other)
    )


def _is_host_product(sentence: str, name: str, names: list[str]) -> bool:
    """ "rights to use ALT-B4 in the subcutaneous formulation of pembrolizumab": the drug the
    licensed technology goes into is the licensee's own product, not a licensed asset."""
    at = sentence.find(name)
    # "a subcutaneous formulation of ENHERTU (trastuzumab deruxtecan)": brand, then its INN.
    if at < 0 or not re.search(
        r"\bformulations?\s+of\s+(?:the\s+|its\s+)?(?:[A-Z][\w®™-]*\s*\(\s*)?$", sentence[:at], re.I
    ):
        return False
    return any(other != name and 0 <= sentence.find(other) < at for other in names)


_SPACED_CODE = re.compile(
    r"(?<![\w-])(?P<letters>[A-Z]{2,4}) (?P<number>\d{3,4})(?![\w-]|[,.]\d|\s*(?:million|billion|thousand|mn|bn|m)\b)"
)
_NOT_SPACED_PREFIXES = {
    "USD", "EUR", "CHF", "GBP", "JPY", "CNY", "RMB", "KRW", "HKD", "CAD", "AUD", "SEK", "DKK",
    "NOK", "INR", "SGD", "FY", "CY", "ISO", "NYSE", "TSE", "SIX", "HKEX", "SSE", "KRX", "ASX",
    "LSE", "TSX", "OTC", "NO", "NR", "EU", "US", "UK", "PRC", "ID", "EIN", "CAS",
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUNE", "JUL", "JULY", "AUG", "SEP", "SEPT", "OCT",
    "NOV", "DEC", "IN", "ON", "BY", "OF", "TO", "AT", "AS", "IS", "OR", "AN", "FOR", "AND", "THE",
    "FROM", "INTO", "WITH", "YEAR", "SINCE", "Q", "H",
}  # fmt: skip
_DRUG_NOUN = (
    r"(?:inhibitor|agonist|antagonist|antibody|drug|medicine|therapy|therapeutic|candidate|"
    r"modulator|degrader|conjugate|vaccine|treatment|analog|analogue)"
)
# What a drug is made with: "a conjugate from Cidara's", "an antibody derived from its".
_FROM_PLATFORM = (
    rf"{_DRUG_NOUN}s?\s+(?:(?:derived|discovered|generated|developed)\s+)?from\s+"
    r"(?:[A-Z][\w-]*\s+){0,3}?(?:[A-Z][\w-]*|its|their)$"
)
_INN_BY_PLACE = re.compile(
    # "cenicriviroc, Tobira's CCR2/CCR5 antagonist": an owner's possessive may stand where the
    # article does.
    rf"(?<![\w-])(?P<appos>[a-z]{{6,}}),\s+(?:an?|[A-Z][\w-]*['’]s?)\s+(?:[\w()/-]+\s+){{0,5}}?"
    rf"{_DRUG_NOUN}s?\b"
    r"|\b(?:gain(?:s|ed|ing)?\s+|bring(?:s|ing)?\s+|giv(?:es|ing)\s+(?:[A-Z][\w-]*\s+){1,3})"
    r"(?P<gained>[a-z]{6,})(?=\s+for\b|,)"
    # "rights to develop and commercialize tavapadon", "to develop, manufacture and
    # commercialise elafibranor": the one lower-case word a licence's verbs act on is the drug.
    r"|\b(?:develop|manufacture|commerciali[sz]e)(?:,?\s+(?:and\s+)?(?:develop|manufacture|"
    r"commerciali[sz]e))+\s+(?P<object>[a-z]{6,})(?=\s*[,.;(]|\s+(?:in|for|across|outside|globally)\b)"
    # "Avanir is developing lumateperone for ...": the one lower-case word a company is
    # developing is its drug.
    r"|\b(?:is|are)\s+(?:also\s+|currently\s+)?developing\s+(?P<developing>[a-z]{6,})"
    r"(?=\s+(?:for|in|as)\b|\s*[,.;(])"
    # "GW's pipeline also includes nabiximols, which ...": the one lower-case word a pipeline
    # or portfolio is said to include is a drug in it.
    r"|\b(?:pipeline|portfolio)\s+(?:also\s+)?(?:includes?|including|comprises?)\s+"
    r"(?P<included>[a-z]{6,})(?=\s*[,.;(]|\s+(?:for|in|which|and)\b)"
    # "was granted exclusive worldwide rights to ralinepag by Arena": the one lower-case word
    # the rights are to, before the grantor, a region or the clause's end, is the drug.
    r"|\brights\s+to\s+(?P<rights>[a-z]{6,})(?=\s*[,.;(]|\s+(?:by|from|in|outside|across)\b)"
)
# Verbs that may stand after "rights to" and name no drug ("rights to market in Japan").
_RIGHTS_VERBS = {
    "market", "develop", "manufacture", "commercialise", "commercialize", "distribute",
    "promote", "license", "acquire", "negotiate", "purchase", "royalties", "certain",
    "research", "exploit", "register", "import", "supply", "sell", "use", "co-develop",
}  # fmt: skip
# Words that describe what a pipeline includes rather than name it ("includes several ...").
_PIPELINE_WORDS = {
    "several", "multiple", "various", "numerous", "additional", "clinical", "preclinical",
    "investigational", "approved", "marketed", "therapies", "medicines", "treatments",
    "candidates", "products", "programs", "programmes", "assets", "compounds", "molecules",
    "vaccines", "antibodies", "potential", "early-stage", "late-stage", "novel",
}  # fmt: skip
# "the Avilomics platform, a technology for designing covalent drugs": a platform or
# technology glossed as one is no drug either.
_GENERIC_NOUNS = r"(?:asset|program|programme|product|compound|molecule|portfolio|pipeline|platform|technology)s?"
# Lower-case words that follow a licence's verbs and are no drug ("commercialize worldwide").
_NOT_OBJECTS = {"worldwide", "together", "multiple", "certain", "novel", "jointly", "globally"}
# "lead asset, NAME,", "its lead candidate, NAME,", "the programme, NAME,": the noun says the
# name between the commas is a drug.
_ROLE_APPOSITION = re.compile(
    r"\b(?:lead|its|their|the|[A-Z][\w-]*['’]s?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:asset|candidate|program|programme|product|compound|drug|molecule|platform)s?,\s+"
    r"(?P<name>[a-z]{5,}(?:\s+[a-z]{4,})?|[A-Z][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+){0,2})(?=,|\s+\()"
)
_TECHNOLOGY_OF_DRUG = re.compile(
    r"\s+(?:RNAi|siRNA|mRNA|ADC|antibody|gene|cell)\s+(?:therapy|therapies|therapeutics?|"
    r"candidates?|drugs?|medicines?)\b"
)
_CHINESE_RIGHTS_OBJECT = re.compile(
    r"(?:获得|引进)\s?(?P<name>[A-Za-z][A-Za-z0-9-]{3,})[®™]?\s?(?:在|于)[^。；]{0,40}?权(?:利|益)"
)
_NOT_NAMES = {
    "which", "where", "while", "including", "namely", "currently", "called", "known", "being",
    "together", "along", "as", "and", "the", "its",
}  # fmt: skip
_LETTER_CODE_APPOSITION = re.compile(
    r"(?<![\w-])(?P<code>[A-Z]{2,5}-[A-Z]{2,5})(?![\w-]),\s+(?:an?|the|its|[A-Z][\w-]*['’]s?)\s+"
    r"(?:[\w()/-]+\s+){0,8}?(?i:inhibitor|agonist|antagonist|antibody|drug|medicine|therapeutic|"
    r"candidate|modulator|degrader|conjugate|vaccine|analog|analogue|sirna|rnai)s?\b",
)
# Parts of class and target abbreviations, never a drug code of their own.
# Function characters no transliterated name holds. A transliterated INN has a set number of
# characters before its stem (two before 替尼, up to three before 珠单抗), so the leftmost match
# of that length starts at the name: "授予诺华替雷利珠单抗" gives 替雷利珠单抗.
# The last characters of the words a drug's name is written right after ("授予" grants, "抗体"
# antibody, "抑制剂" inhibitor) are no transliteration characters either: "授予舒格利单抗" and
# "抗体舒格利单抗" give 舒格利单抗, a name one character shorter than the stem allows.
_HAN = r"(?:(?![的其与和及将了在为是以对向由从把该等就予体剂、，。；：“”（）])[\u4e00-\u9fff])"
_CHINESE_INN = re.compile(
    rf"({_HAN}{{1,3}}[珠昔尤木他利西奇妥]单抗|{_HAN}{{2}}(?:替尼|西利|帕利|司兰|替康|仑赛)|"
    rf"{_HAN}{{2,3}}鲁肽)"
)
_KOREAN_INN = re.compile(
    r"(?<![가-힣])([가-힣]{2,8}?(?:주맙|시맙|무맙|리맙|티닙|시클립|파립|글루타이드|시란|프라잔|글립틴|글리타존))"
    r"(?:은|는|이|가|을|를|의|와|과|에|도|로|으로)?(?![가-힣])"
)
_PLATFORM_WORD = r"(?<![A-Za-z0-9-])[A-Z][A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)?[®™]?"
_NAMED_PLATFORM = re.compile(
    rf"(?:['’]s?|\b[Ii]ts|\b[Tt]heir|\bproprietary)\s+(?:proprietary\s+)?"
    # "ConjuAll antibody-drug conjugate (ADC) platform": the class words may carry their
    # abbreviation in brackets.
    # "CasX-Editor (XE) genome editing platform": the name's own abbreviation may follow it.
    rf"(?P<name>(?:{_PLATFORM_WORD}\s+){{0,2}}{_PLATFORM_WORD})\s+(?:\([A-Z]{{2,6}}\)\s+)?"
    # "Axiomer RNA-editing technology platform": a class word may open with an abbreviation.
    r"(?:(?:[a-z][\w-]*|[A-Za-z]{1,5}-[a-z][\w-]*)\s+){0,2}?"
    r"(?:\([A-Z]{2,6}\)\s+)?"
    r"(?i:platform|technology|technologies)\b"
)
# Words that say what a platform makes or does, not what it is called.
_PLATFORM_CLASS_WORDS = {
    "ADC", "ADCs", "AI", "RNA", "DNA", "mRNA", "siRNA", "CAR-T", "TCR", "NK", "Antibody",
    "Antibodies", "Bispecific", "Discovery", "Drug", "Delivery", "Cell", "Gene", "Therapy",
    "Protein", "Peptide", "Platform", "Technology", "Research", "The", "A", "An", "Fc", "RNAi",
}  # fmt: skip
_CLASS_PARTS = {"CAR", "TCR", "NK", "ADC", "RNA", "DNA", "GLP", "GIP", "TNF", "PD", "CD", "ATP"}
# Words of ordinary English, which a drug's name does not end like ("expertise, a ...").
_ENGLISH_ENDING = re.compile(
    r"(?:tion|sion|ment|ness|ise|ize|ity|ance|ence|ing|ed|ly|ship|ure|ive|al|ty|ous|ful|ics|"
    r"ers|ors|ist|ism|age|ogy|phy|ary|ory|able|ible|ant|ent|um|es|ts|ds|rs|ns|ls)$"
)


# A drug's code as written in brackets after its INN: letters and digits with a hyphen or a
# digit and at least one capital ("HER3-DXd", "I-DXd", "sac-TMT", "obe-cel" is lower case but
# hyphenated and short).
_BRACKET_CODE = r"(?=[\w-]*(?:-|\d))(?=[\w-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9]*(?:-[A-Za-z0-9]+){0,2}"


def asset_aliases(text: str) -> dict[str, str]:
    """INN → code where the text gives both for one drug: "ivonescimab (SMT112)", "YH25448
    (lazertinib)". The code is what the deal records; the INN is the same asset, not another."""
    aliases: dict[str, str] = {}
    inn, code = _INN.pattern, _ASSET_CODE.pattern
    # A two-word INN ("datopotamab deruxtecan (DS-1062)", "disitamab vedotin (RC48)"): its
    # first word is the drug's name too, not a second asset.
    second = rf"(?:{INN_SECOND_WORDS}|{inn})"
    for m in re.finditer(
        rf"(?P<inn>{inn})(?:\s+(?P<second>{second}|autoleucel))?\s*\(\s*(?P<code>{code}|{_BRACKET_CODE})"
        rf"\s*[),;/]",
        text,
    ):
        if _NOT_ASSET.match(m.group("code")):
            continue
        aliases[m.group("inn").lower()] = m.group("code")
        if m.group("second"):
            aliases[m.group("second").lower()] = m.group("code")
            aliases[f"{m.group('inn')} {m.group('second')}".lower()] = m.group("code")
    # "mRNA-4157/V940": one drug under its two codes; the first is the one the deal records.
    for m in re.finditer(rf"(?P<first>{code})/(?P<other>{code})", text):
        aliases.setdefault(m.group("other").lower(), m.group("first"))
    for m in re.finditer(
        rf"(?P<code>{code})\s*\(\s*(?P<inn>{inn})(?:\s+(?P<second>{second}))?\s*[),;]", text
    ):
        aliases.setdefault(m.group("inn").lower(), m.group("code"))
        if m.group("second"):
            aliases.setdefault(m.group("second").lower(), m.group("code"))
            aliases.setdefault(f"{m.group('inn')} {m.group('second')}".lower(), m.group("code"))
    return {k: v for k, v in aliases.items() if not _NOT_ASSET.match(v)}


def find_modality(text: str) -> str:
    for value, pattern in MODALITIES:
        if re.search(pattern, text, re.IGNORECASE if value not in {"adc", "aso"} else 0):
            return value
    return ""


def find_targets(text: str) -> list[str]:
    return [name for name, pattern in TARGETS if re.search(rf"(?<![\w-]){pattern}(?![\w])", text)]


def find_areas(text: str) -> list[str]:
    return [name for name, pattern in THERAPEUTIC_AREAS if re.search(pattern, text, re.IGNORECASE)]


_PLACE_LIST = re.compile(
    r"(?:outside(?: of)?|except(?: for| in)?|excluding|ex-|other than|with the exception of)\s*"
    r"(?P<places>(?:(?:the\s+)?(?:People'?s Republic of China|PRC|mainland China|Greater China|China|"
    r"Hong Kong(?: SAR)?|Maca[uo](?: SAR)?|Taiwan|Japan|(?:South )?Korea|United States|U\.S\.|US|"
    r"Europe|European Union|EU)(?:\s*\([^)]*\))?(?:,\s*|\s+and\s+|\s*&\s*|,\s+and\s+)?){1,6})",
)
_GLOBAL = re.compile(
    r"\b(?:global|worldwide|world-wide)\b,?\s+(?:\w+[\s,]+){0,3}?(?:rights|licen[cs]e|territor|"
    r"basis|development|commerciali[sz]ation)|\b(?:rights|licen[cs]e)\b[^.]{0,40}\b(?:globally|"
    r"worldwide|throughout the world|around the world)\b|\bglobal(?:ly)?,?\s+exclusive\b|"
    r"\bexclusive,?\s+(?:global|worldwide)\b|글로벌 (?:권리|판권)|전\s?세계[^.]{0,60}?(?:권리|판권)",
    re.IGNORECASE,
)
_REGIONAL = re.compile(
    r"\b(?:rights|licen[cs]e[sd]?|in-licen[cs]ed|commerciali[sz]e|territory)\b(?:[^.]|\.(?!\s+[A-Z])){0,160}?\b(?:in|for)\s+"
    r"(?P<places>(?:(?:the\s+)?"
    r"(?:Greater China|mainland China|China|Hong Kong|Maca[uo]|Taiwan|Japan|(?:South )?Korea|"
    r"United States|U\.S\.|Europe|European Union|Canada|Mexico|North America)(?:,\s*|\s+and\s+|,\s+and\s+)?){1,6})",
)


_KOREAN_PLACES = {
    "한국": "KR",
    "국내": "KR",
    "중국": "CN",
    "중화권": "GREATER_CHINA",
    "일본": "JP",
    "미국": "US",
}
_KOREAN_EXCLUDING = re.compile(
    r"(?P<places>(?:(?:한국|국내|중국|중화권|일본|미국)(?:과|와|,|및)?\s?)+)(?:을|를)?\s?제외한\s?(?:전\s?세계|글로벌)"
)


# "Orvane retains rights in Korea", "while Kelvio keeps commercial rights for Japan and China":
# what the licensor keeps is left out of the licensee's territory.
_RETAINED = re.compile(
    r"\b(?:retains?|retaining|retained|keeps?|keeping|reserves?)\s+(?:all\s+|full\s+|its\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}?rights?\b[^.;]{0,40}?\b(?:in|for|to)\s+"
    r"(?P<places>(?:(?:the\s+)?(?:Greater China|mainland China|China|Hong Kong|Maca[uo]|Taiwan|"
    r"Japan|(?:South )?Korea|United States|U\.S\.|Europe|European Union)"
    r"(?:,\s*|\s+and\s+|,\s+and\s+)?){1,6})"
)
_CHINESE_PLACES = {
    "大中华区": "GREATER_CHINA", "大中华": "GREATER_CHINA", "中国大陆": "CN", "中国内地": "CN",
    "中国": "CN", "香港": "HK", "澳门": "MO", "台湾": "TW", "日本": "JP", "韩国": "KR", "美国": "US",
}  # fmt: skip
_CHINESE_PLACE_RE = "|".join(sorted(_CHINESE_PLACES, key=len, reverse=True))
# "在大中华区以外的全球范围内", "除中国大陆、香港和澳门以外的全球": the world outside the places named.
_CHINESE_EXCLUDING = re.compile(
    rf"(?P<places>(?:(?:{_CHINESE_PLACE_RE})(?:地区)?(?:、|和|及|与|，)?)+)(?:以外|之外)的?"
    r"(?:全球|其他|所有|世界)"
)


def find_territory(sentence: str) -> dict[str, list[str]] | None:
    """Included and excluded regions/countries stated in ``sentence``, or None."""
    # "known as MSD outside the United States and Canada" names a company, not a territory.
    sentence = re.sub(
        r"\bknown as\s+\S+\s+(?:outside|in)\s+(?:of\s+)?the\s+United States(?:\s+and\s+Canada)?",
        "",
        sentence,
    )
    m = _KOREAN_EXCLUDING.search(sentence)
    if m:
        codes = [code for name, code in _KOREAN_PLACES.items() if name in m.group("places")]
        return {"included": ["WW"], "excluded": list(dict.fromkeys(codes))}
    m = _CHINESE_EXCLUDING.search(sentence)
    if m:
        codes = [
            _CHINESE_PLACES[p.group(0)] for p in re.finditer(_CHINESE_PLACE_RE, m.group("places"))
        ]
        if "GREATER_CHINA" in codes:
            codes = [c for c in codes if c not in _GREATER_CHINA]
        return {"included": ["WW"], "excluded": list(dict.fromkeys(codes))}
    m = _RETAINED.search(sentence)
    if m:
        retained = _places(m.group("places"))
        if retained:
            return {"included": ["WW"], "excluded": retained}
    m = _PLACE_LIST.search(sentence)
    if m and re.search(
        r"rights|licen|territor|worldwide|global|commerciali|develop", sentence, re.I
    ):
        excluded = _places(m.group("places"))
        if excluded:
            return {"included": ["WW"], "excluded": excluded}
    if _GLOBAL.search(sentence):
        return {"included": ["WW"], "excluded": []}
    m = _REGIONAL.search(sentence)
    if m:
        included = _places(m.group("places"))
        if included:
            return {"included": included, "excluded": []}
    return None


def _places(text: str) -> list[str]:
    codes: list[str] = []
    for code, pattern in REGION_NAMES:
        if re.search(rf"(?<!\w){pattern}", text):
            codes.append(code)
    if "GREATER_CHINA" in codes:
        codes = [c for c in codes if c not in _GREATER_CHINA]
    elif set(codes) >= _GREATER_CHINA:
        codes = ["GREATER_CHINA"] + [c for c in codes if c not in _GREATER_CHINA]
    return codes
