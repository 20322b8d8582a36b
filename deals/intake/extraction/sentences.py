"""Sentence splitting that keeps abbreviations and headings intact."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = {
    "inc", "co", "corp", "ltd", "dr", "mr", "ms", "mrs", "st", "no", "vs", "approx", "est",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "e.g", "i.e", "u.s", "u.k", "s.a", "n.v", "k.k", "p", "j.p", "fig", "etc", "jr", "sr",
}  # fmt: skip
_BOILERPLATE_HEADING = re.compile(
    r"^\s*(?:about\s+\S|forward[- ]looking statements|cautionary|safe harbor|media contacts?|"
    r"investor contacts?|contacts?:|source:|###)",
    re.IGNORECASE,
)
# The same headings in Chinese and Korean releases: "关于华领医药" (About Hua Medicine), "前瞻性
# 声明", "媒体联系", "■ 동아에스티 소개" (Dong-A ST introduced), "회사 소개". Only a heading line
# (short, no sentence punctuation) counts: "关于本次交易，…" opens a sentence of the news.
_CJK_BOILERPLATE_HEADING = re.compile(
    r"^\s*(?:[■□▶●◆※]\s*)?(?:关于\S{1,24}|前瞻性(?:声明|陈述)|媒体联系\S*|投资者联系\S*"
    r"|(?:\S+\s+){0,3}\S*소개)\s*$"
)


@dataclass
class Sentence:
    """A sentence with its offset in the text."""

    text: str
    start: int


def split_sentences(text: str) -> list[Sentence]:
    """Split into sentences; lines are boundaries and "Co., Ltd." or "Jan. 12" are not.

    Everything from an "About <company>" or "Forward-looking statements" heading onwards is
    boilerplate and dropped: it describes the companies, not this deal.
    """
    sentences: list[Sentence] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        line_start = offset
        offset += len(line)
        if (_BOILERPLATE_HEADING.match(line) or _CJK_BOILERPLATE_HEADING.match(line)) and sentences:
            break
        start = 0
        # A Chinese or Japanese full stop ends a sentence without a space after it: "…首付款。
        # 此前，…" is two sentences.
        for match in re.finditer(
            r"[.!?。](?:[”\"')\]]*)\s+(?=[\"“(\[A-Z0-9가-힣一-鿿])|。(?:[”」』）)]*)(?=\S)", line
        ):
            before = line[start : match.start() + 1]
            word = re.search(r"([\w.]+)\.$", before.strip())
            if word and (
                word.group(1).lower() in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", word.group(1))
            ):
                continue
            _append_sentence(sentences, line[start : match.end()], line_start + start)
            start = match.end()
        _append_sentence(sentences, line[start:], line_start + start)
    return sentences


def _append_sentence(sentences: list[Sentence], raw: str, start: int) -> None:
    stripped = raw.strip()
    if stripped:
        sentences.append(Sentence(stripped, start + raw.index(stripped[0])))
