"""Find candidate deals in an announcement or news text, quoting the sentence behind each value.

Pure Python: rules and small vocabularies, no network and no model. The output is a proposal
for an analyst to review, so the rules favour precision: an amount is reported only when a
currency-marked number stands in the text and a deal term names what it pays for, and every
value keeps the sentence it came from and a confidence between 0 and 1.

The DB-backed company and asset directories are built by :func:`directory_from_db`; the
extractor itself takes a :class:`Directory` so that it can run (and be tested) without a DB.

One module per step: ``sentences`` → ``companies``/``assets``/``amounts``/``dates`` find the
pieces, ``roles`` knows the deal words and role patterns, ``extractor`` assembles candidates
(``results`` holds their shape); ``vocabulary`` holds the word lists.
"""

from deals.intake.extraction.amounts import parse_money
from deals.intake.extraction.directory import directory_from_db
from deals.intake.extraction.extractor import extract_deals
from deals.intake.extraction.results import Candidate, Directory

__all__ = ["Candidate", "Directory", "directory_from_db", "extract_deals", "parse_money"]
