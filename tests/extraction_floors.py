"""Floors of the held-out sets that became training data (tests/test_extraction.py checks
them): the round that read a set's failures fixed them with general rules, and the set keeps
the scores that round gave it, as (precision, recall) floors per field."""

from __future__ import annotations

from pathlib import Path

HOLDOUT3_CORPUS = Path(__file__).parent / "corpus_holdout3"
HOLDOUT4_CORPUS = Path(__file__).parent / "corpus_holdout4"
HOLDOUT5_CORPUS = Path(__file__).parent / "corpus_holdout5"
HOLDOUT6_CORPUS = Path(__file__).parent / "corpus_holdout6"
HOLDOUT7_CORPUS = Path(__file__).parent / "corpus_holdout7"
HOLDOUT8_CORPUS = Path(__file__).parent / "corpus_holdout8"
HOLDOUT9_CORPUS = Path(__file__).parent / "corpus_holdout9"
HOLDOUT10_CORPUS = Path(__file__).parent / "corpus_holdout10"
HOLDOUT11_CORPUS = Path(__file__).parent / "corpus_holdout11"
HOLDOUT12_CORPUS = Path(__file__).parent / "corpus_holdout12"
HOLDOUT13_CORPUS = Path(__file__).parent / "corpus_holdout13"
HOLDOUT14_CORPUS = Path(__file__).parent / "corpus_holdout14"
HOLDOUT15_CORPUS = Path(__file__).parent / "corpus_holdout15"
HOLDOUT16_CORPUS = Path(__file__).parent / "corpus_holdout16"
HOLDOUT17_CORPUS = Path(__file__).parent / "corpus_holdout17"
HOLDOUT18_CORPUS = Path(__file__).parent / "corpus_holdout18"
# Held out in round 21, training since round 22.
HOLDOUT19_CORPUS = Path(__file__).parent / "corpus_holdout19"
# Held out in round 22, training since round 23.
HOLDOUT20_CORPUS = Path(__file__).parent / "corpus_holdout20"
# Held out in round 23, training since round 24.
HOLDOUT21_CORPUS = Path(__file__).parent / "corpus_holdout21"
# Held out in round 24, training since round 25.
HOLDOUT22_CORPUS = Path(__file__).parent / "corpus_holdout22"
# Held out in round 25, training since round 26.
HOLDOUT23_CORPUS = Path(__file__).parent / "corpus_holdout23"
# Held out in round 26, training since round 27.
HOLDOUT24_CORPUS = Path(__file__).parent / "corpus_holdout24"
# Held out in round 27, training since round 28.
HOLDOUT25_CORPUS = Path(__file__).parent / "corpus_holdout25"
# Held out in round 28, training since round 29.
HOLDOUT26_CORPUS = Path(__file__).parent / "corpus_holdout26"
# Held out in round 29, training since round 30.
HOLDOUT27_CORPUS = Path(__file__).parent / "corpus_holdout27"
# Held out in round 30, training since round 31.
HOLDOUT28_CORPUS = Path(__file__).parent / "corpus_holdout28"
# Held out in round 31, training since round 32.
HOLDOUT29_CORPUS = Path(__file__).parent / "corpus_holdout29"
# Held out in round 32, training since round 33.
HOLDOUT30_CORPUS = Path(__file__).parent / "corpus_holdout30"
# Held out in round 33, training since round 34.
HOLDOUT31_CORPUS = Path(__file__).parent / "corpus_holdout31"
# Held out in round 34, training since round 35.
HOLDOUT32_CORPUS = Path(__file__).parent / "corpus_holdout32"
# Held out in round 35, training since round 36.
HOLDOUT33_CORPUS = Path(__file__).parent / "corpus_holdout33"
# Written for round 36 before it changed any rule: held out, no floors, tune nothing on it.
HOLDOUT34_CORPUS = Path(__file__).parent / "corpus_holdout34"


def _floors(fields: tuple[str, ...], precision: float, recall: float) -> dict:
    return dict.fromkeys(fields, (precision, recall))


# Held-out sets turned training: the round that read a set's failures fixed them with general
# rules, and the set keeps the scores that round gave it, as (precision, recall) floors per field.
TRAINING_FLOORS = [
    # Round 6 read holdout3. Its assets stay lower: one label names an INN where the other sets
    # record the code in brackets after it, and three nicknames ("del-zota") are no code or INN.
    (
        HOLDOUT3_CORPUS,
        {**_floors(
            ("parties", "roles", "upfront", "headline", "milestones", "date"), 0.95, 0.95
        ), "assets": (0.85, 0.75)},
    ),
    # Round 7 read holdout4. One invented deal remained (a licence the text says Hanmi made
    # "earlier this year"), background since round 13.
    (
        HOLDOUT4_CORPUS,
        {**_floors(("parties", "roles", "upfront", "headline", "milestones", "date"), 0.95, 0.95),
         "assets": (0.95, 0.95)},
    ),
    # Round 8 read holdout5. Left: one party under the short name the text defines ("HI-Bio"),
    # one asset named only as a brand with its INN after a semicolon, and a milestone bundle
    # labelled without its kind.
    (
        HOLDOUT5_CORPUS,
        {**_floors(("parties", "roles", "upfront", "headline", "date"), 0.95, 0.95),
         "milestones": (0.9, 0.9), "assets": (0.95, 0.9)},
    ),
    # Round 9 read holdout6. Its two leftovers (an acquisition's "initial payment" labelled as
    # its price, milestones mentioned without an amount left out of the label) were label
    # disagreements, settled in round 11 by the other sets' conventions.
    (
        HOLDOUT6_CORPUS,
        _floors(
            ("parties", "roles", "assets", "headline", "upfront", "milestones", "date"), 0.95, 0.95
        ),
    ),
    # Round 10 read holdout7. Left: an Orum licence the label records as an asset purchase
    # ("will acquire global rights to"), two drugs named only beside a past agreement
    # (filgotinib, LUXTURNA), and milestone bundles labelled with one kind ("clinical and
    # regulatory milestones" as regulatory, "Phase 1, 2 and 3 ... and launch" as development).
    # (Round 11 relabelled both bundles as unspecified milestones, the convention of the other
    # sets for a bundle naming several kinds.)
    # (Round 13 took LUXTURNA and larotrectinib: a bought company's drug named with its
    # possessive in a sentence about an older deal is still its own.)
    (
        HOLDOUT7_CORPUS,
        {**_floors(("parties", "headline", "upfront", "date"), 0.95, 0.95),
         "roles": (0.9, 0.9), "assets": (0.95, 0.95), "milestones": (0.9, 0.95)},
    ),
    # Round 11 read holdout8. Left: Eisai/BMS's "$650 million, including an upfront payment of
    # $450 million and $200 million toward ... research and development costs", labelled as a
    # $650 million upfront and read as the $450 million the text calls the upfront payment.
    (
        HOLDOUT8_CORPUS,
        {**_floors(
            ("parties", "roles", "assets", "headline", "milestones", "date"), 0.95, 0.95
        ), "upfront": (0.9, 0.9)},
    ),
    # Round 12 read holdout9 (after settling four labels by the other sets' conventions: three
    # acquisition prices listed again as payments, a Korean text's party named by its English
    # gloss). Every target field scores 1.00; only territory and deal type miss.
    (
        HOLDOUT9_CORPUS,
        _floors(
            ("parties", "roles", "assets", "headline", "upfront", "milestones", "date"), 0.95, 0.95
        ),
    ),
    # Round 13 read holdout10 (its labels needed no change; the platform convention settled
    # that round added named platforms to six labels of the older sets). Every target field
    # scores 1.00; only territory and deal type miss.
    (
        HOLDOUT10_CORPUS,
        _floors(
            ("parties", "roles", "assets", "headline", "upfront", "milestones", "date"), 0.95, 0.95
        ),
    ),
    # Round 14 read holdout11 (its labels needed no change). Its two unfound Chinese licences
    # named parties without business words (复宏汉霖, 欧加隆, Elevation Oncology); they are
    # found by their place around 与 ... 签订. Every target field scores 1.00; only territory
    # and deal type miss.
    (
        HOLDOUT11_CORPUS,
        _floors(
            ("parties", "roles", "assets", "headline", "upfront", "milestones", "date"), 0.95, 0.95
        ),
    ),
    # Round 15 read holdout12 (labels unchanged). AskBio, the short name the text defines and
    # keeps using, is reported as Asklepios BioPharmaceutical since round 16.
    (HOLDOUT12_CORPUS, _floors(("parties", "roles", "assets", "headline", "upfront",
                                "milestones", "date"), 0.95, 0.95)),
    # Round 16 read holdout13 (labels brought to the round's conventions: upfront_equity, full
    # names where a short name is defined). Left: the Korean text's licensee 상해하이니, reported
    # as its bracketed English gloss (a party and its role).
    (HOLDOUT13_CORPUS, _floors(("parties", "roles", "assets", "headline", "upfront",
                                "milestones", "date"), 0.95, 0.95)),
    # Round 17 read holdout14 (labels unchanged). Every target field scores 1.00.
    (HOLDOUT14_CORPUS, _floors(("parties", "roles", "assets", "headline", "upfront",
                                "milestones", "date"), 0.95, 0.95)),
    # Round 18 read holdout15 (two labels brought to the sets' conventions: holdout15/09's
    # Mariana date is the month the text gives; holdout10/14 gained the undisclosed milestones
    # its Korean text names). Left: Prothena/Celgene's milestones "of up to $562.5 million per
    # program", a per-programme amount the extractor by rule does not report as a total.
    (HOLDOUT15_CORPUS, {**_floors(("parties", "roles", "assets", "headline", "upfront", "date"),
                                  0.95, 0.95), "milestones": (0.95, 0.9)}),
    # Round 19 read holdout16 (labels unchanged). It did not reach .95: left are the
    # wrap-up's second deal (Novo/Inversago, told after "The deal comes seven months after"),
    # whose amount the first deal takes; the option exercise payment Mersana may earn (no such
    # payment kind in the model yet). Floors at what it reaches. Round 20 raised parties and
    # roles ("J&J" is reported by the full name the text gives) and upfront (13's "$150 million
    # in upfront and near-term milestone payments" is labelled near-term, as the other sets
    # label that phrasing). Round 22 found the wrap-up's second deal (its title names three
    # companies with no deal word linking two, so the third no longer joins the first deal,
    # and a ceiling 'contingent on certain development and commercial milestones' names an
    # undisclosed milestones term): every target field 1.00.
    (HOLDOUT16_CORPUS, _floors(("parties", "roles", "assets", "headline", "upfront",
                                "milestones", "date"), 0.95, 0.95)),
    # Round 20 read holdout17 (labels unchanged). Every target field scores 1.00 but
    # milestones: Good Therapeutics' "additional payments tied to the achievement of
    # development milestones" is reported as development milestones where the label records
    # unspecified ones (the kind the text names is kept, as in every other set).
    (HOLDOUT17_CORPUS, {**_floors(("parties", "roles", "assets", "headline", "upfront", "date"),
                                  0.95, 0.95), "milestones": (0.9, 0.9)}),
    # Round 21 read holdout18 (one label brought to the settled convention: 01's price beside
    # stated milestones is the upfront). Every target field scores 1.00.
    (HOLDOUT18_CORPUS, _floors(("parties", "roles", "assets", "headline", "upfront",
                                "milestones", "date"), 0.95, 0.95)),
    # Round 22 read holdout19 (four labels brought to the settled conventions: a regulatory
    # milestone kind the text names, a bought company's named platform, and two Korean totals
    # '마일스톤을 포함해 총' with an undisclosed milestones term). Every target field scores 1.00.
    (HOLDOUT19_CORPUS, _floors(("parties", "roles", "assets", "headline", "upfront",
                                "milestones", "date"), 0.95, 0.95)),
    # Round 23 read holdout20 (labels unchanged). Every target field scores 1.00.
    (HOLDOUT20_CORPUS, _floors(("parties", "roles", "assets", "headline", "upfront",
                                "milestones", "date"), 0.95, 0.95)),
    # Round 24 read holdout21 (labels unchanged). Every target field scores 1.00 but headline
    # precision: the Chinese title's "总额超52亿美元" (a total of more than $5.2 billion, the
    # milestones' ceiling) is reported as the headline, which the label does not record.
    (HOLDOUT21_CORPUS, {**_floors(("parties", "roles", "assets", "upfront", "milestones",
                                   "date"), 0.95, 0.95), "headline": (0.85, 0.95)}),
    # Round 25 read holdout22 (one status label settled). Its floors are what it reaches, not
    # .95 on every field: roles .91 (the Arvinas licence is read as the asset purchase the same
    # release adds; Sobi named by its short form), date .94 (a wrap-up deal given a day that is
    # not its own), assets .83/.75 (platforms and further programmes not found).
    (HOLDOUT22_CORPUS, {**_floors(("parties", "headline", "upfront", "milestones"), 0.95, 0.95),
                        "roles": (0.90, 0.90), "date": (0.93, 0.93), "assets": (0.80, 0.75)}),
    # Holdout23 became training in round 26, whose rules were not merged; its floors are what
    # round 25's extractor reaches on it (labels as settled in round 26), which round 27's rules
    # keep: headline recall .88 and milestones recall .75 (terms read but not fixed).
    (HOLDOUT23_CORPUS, {"parties": (0.95, 0.95), "roles": (0.90, 0.90), "assets": (0.80, 0.75),
                        "headline": (0.95, 0.85), "upfront": (0.75, 0.85),
                        "milestones": (0.95, 0.75), "date": (0.95, 0.95)}),
    # Round 27 read holdout24 (labels unchanged). Its floors are what it reaches: the second deal
    # of the wrap-up (an option exercise told after a subsidiary's parent), a Korean asset
    # purchase read as a licence and a news piece's background licence are left.
    (HOLDOUT24_CORPUS, {"parties": (0.90, 0.90), "roles": (0.85, 0.85), "assets": (0.80, 0.75),
                        "headline": (0.95, 0.95), "upfront": (0.95, 0.85),
                        "milestones": (0.85, 0.80), "date": (0.85, 0.85)}),
    # Round 28 read holdout25 (one label settled: 14's licensor by its full name). Its floors are
    # what it reaches: the wrap-up's second deal (told after 'turned to'), a Korean party written
    # inside a joint venture's name, codes of an in vivo platform and the insulins of a Chinese
    # licence, and undisclosed milestones told only by a total are left.
    (HOLDOUT25_CORPUS, {"parties": (0.85, 0.85), "roles": (0.85, 0.85), "assets": (0.65, 0.60),
                        "headline": (0.95, 0.85), "upfront": (0.85, 0.85),
                        "milestones": (0.85, 0.75), "date": (0.90, 0.90)}),
    # Round 29 read holdout26 (labels settled: two licensed platforms are assets, three prices
    # that are the whole stated total are the headline alone). Its floors are what it reaches:
    # the wrap-up's option (roles reversed, dated by the publication), a code read without its
    # number, a Chinese target by a longer name, a title's total the label leaves out and
    # milestones named before a total (a convention to settle) are left.
    (HOLDOUT26_CORPUS, {"parties": (0.95, 0.95), "roles": (0.90, 0.90), "assets": (0.90, 0.90),
                        "headline": (0.90, 0.95), "upfront": (0.95, 0.95),
                        "milestones": (0.95, 0.90), "date": (0.85, 0.85)}),
    # Round 30 read holdout27 (labels settled: two licensed platforms are assets, three prices
    # that are the whole stated total are the headline alone). Its floors are what it reaches:
    # acquisitions' prices read as upfronts where the labels keep the price, a licensee and
    # licensor reversed in the wrap-up ('X licensed rights to Y's drug'), bought companies'
    # drugs named once in a news piece, and near-term milestones after other terms are left.
    (HOLDOUT27_CORPUS, {"parties": (0.95, 0.95), "roles": (0.90, 0.90), "assets": (0.80, 0.65),
                        "headline": (0.95, 0.85), "upfront": (0.65, 0.95),
                        "milestones": (0.95, 0.90), "date": (0.90, 0.90)}),
    # Round 31 read holdout28 (one label settled: an upfront beside milestones that make the
    # stated total is the upfront, as in holdout27/05). Its floors are what it reaches: left are
    # CSL named as its unit CSL Behring, a new-generation immunoglobulin named without a verb of
    # selling, the Korean text's INN of the licensee's own product and its named platform.
    (HOLDOUT28_CORPUS, {**_floors(("parties", "roles", "headline", "upfront", "milestones",
                                   "date"), 0.95, 0.95), "assets": (0.90, 0.80)}),
    # Round 32 read holdout29 (labels unchanged). Its floors are what it reaches: left are the
    # Korean text's Hangul-named platform (a platform a drug is made with reads the same as a
    # licensed one), a code headed by the company's name, a target symbol read as a drug, the
    # Korean licensee named as 머크, Chinese CHF amounts, a licence's per-drug milestones read as
    # a headline, and the NOK value of the entire share capital.
    (HOLDOUT29_CORPUS, {"parties": (0.95, 0.90), "roles": (0.95, 0.90), "assets": (0.90, 0.85),
                        "headline": (0.85, 0.85), "upfront": (0.85, 0.85),
                        "milestones": (0.85, 0.80), "date": (0.95, 0.95)}),
    # Round 33 read holdout30 (labels unchanged) and it reaches 1.00 on every target field;
    # left are territories and two deal types (a platform collaboration, a Chinese platform
    # licence), no target fields.
    (HOLDOUT30_CORPUS, _floors(("parties", "roles", "assets", "headline", "upfront",
                                "milestones", "date"), 0.95, 0.95)),
    # Round 34 read holdout31 (labels unchanged): 1.00 on every target field but asset recall
    # (.86: Avilomics named without a possessive, BYDUREON glossed by its INN's long form, and
    # Moderna's mRNA platform named in lower case are missed).
    (HOLDOUT31_CORPUS, {**_floors(("parties", "roles", "headline", "upfront", "milestones",
                                   "date"), 0.95, 0.95), "assets": (0.95, 0.85)}),
    # holdout32 (round 35) at what its rules reach: parties and roles .90/.97 (MedImmune's
    # parent AstraZeneca, named in apposition, and a second deal found in its text), assets
    # .95/.85 (Plenadren's hydrocortisone, XPOVIO after 旗下 and the mRNAi GOLD platform
    # missed), milestones .90/.90 (Silence's 'development-related milestone payments' read as
    # development milestones), date .95/.95.
    (HOLDOUT32_CORPUS, {**_floors(("headline", "upfront"), 0.95, 0.95),
                        **_floors(("parties", "roles"), 0.90, 0.95),
                        "assets": (0.95, 0.85), "milestones": (0.90, 0.90),
                        "date": (0.95, 0.95)}),
    # holdout33 (round 36) at what its rules reach: parties, roles and date .90/.80 (two deals
    # of a three-deal wrap-up and Forest/Clinical Data not found), assets .85/.70 (the wrap-up's
    # drugs, U3-1287, vilazodone and Dificid's fidaxomicin missed), headline .95/.70, upfront
    # .95/.80, milestones .85/.75 (the wrap-up's, and Ionis's regulatory milestones read as
    # regulatory ones).
    (HOLDOUT33_CORPUS, {**_floors(("parties", "roles", "date"), 0.90, 0.80),
                        "assets": (0.85, 0.70), "headline": (0.95, 0.70),
                        "upfront": (0.95, 0.80), "milestones": (0.85, 0.75)}),
]  # fmt: skip
