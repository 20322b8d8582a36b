"""Korean-language company names and the parties a Korean deal sentence marks by its particles."""

# ruff: noqa: E501  (the regex tables read better one pattern per line than wrapped)
from __future__ import annotations

import re

from deals.intake.extraction.results import CompanyRef

# Korean-script names end in a business word: 한빛제약, 코르바나 테라퓨틱스, 에이비엘바이오.
# "(주)" and "주식회사" mark a company in Korean whatever its name ends with.
KOREAN_COMPANY_RE = re.compile(
    r"(?<![가-힣A-Za-z])(?:\(주\)\s?|주식회사\s?)?(?P<name>(?:[A-Z]{2,4}|[가-힣]{2,})[ ]?(?:제약|약품|양행|바이오로직스|"
    # Transliterated English business words: 파마슈티컬스 (Pharmaceuticals), 테라퓨틱 (Therapeutic).
    r"파마슈티컬스|파마슈티컬|파마수티컬스|테라퓨틱|"
    r"바이오사이언스|바이오테크|바이오텍|바이오|파마|테라퓨틱스|사이언스|헬스케어|생명과학|생명|메디슨|랩스|홀딩스|화학|"
    r"케미칼|케미컬|신약|제넥신|셀))(?=[은는이가와과의에,\s(（]|(?:으)?로부터|$)"
    r"(?!\s?(?:콘퍼런스|컨퍼런스|학회|포럼))|"
    r"(?:\(주\)\s?|주식회사\s?)(?P<marked>[가-힣A-Za-z]{2,}?)(?=[은는이가와과의에,\s]|(?:으)?로부터|$)"
)
# Korean deal sentences say who is who by their particles: "A는 B와 ... 계약을 체결",
# "A, B에 ... 기술수출" (headline form). A is the sentence's topic, B the counterparty.
_KOREAN_TOPIC_RE = re.compile(
    # "SK바이오팜은 일본 오노약품공업과": a Latin initialism may lead the topic's name.
    # "한빛제약의 자회사 코르바나는": a parent named before the word for subsidiary is no topic.
    r"^[\s'\"‘“]*(?:[가-힣A-Za-z]{2,}의\s(?:자회사|계열사|관계사)(?:인)?\s)?"
    # The subject particle 이/가 marks the topic as often as 은/는 ("테라온이 … 체결했다").
    r"(?:\(주\)\s?|주식회사\s)?(?P<a>(?:[A-Z]{1,4})?[가-힣]{2,})(?:은|는|이|가|,)\s"
    # "SK케미칼은 2018년 9월 글로벌 백신 기업 사노피와": a year and month may come first, and a
    # few words ending in a word for company may say what the counterparty is.
    r"(?:\d{4}년\s(?:\d{1,2}월\s)?(?:\d{1,2}일\s)?)?(?:\S{1,3}\s)?"
    # "5T메디슨(5T Medicines)에": the counterparty may open with digits or capitals and carry
    # its Latin gloss in brackets before its particle.
    # "스위스 제약사 노르딕스(Nordix AG)에", "벨트릭스 파마(Veltrix Pharma)와": a word that says what
    # the company is may come first, and a glossed name may hold two words, or more: "떼아 오픈
    # 이노베이션(Théa Open Innovation)과" is one name of three words before its gloss (no more:
    # "나스닥 상장사 오릭 파마슈티컬스(...)" would take the words that say what the company is).
    r"(?:(?:[^\s.]+\s){0,4}?(?:제약사|제약회사|바이오기업|바이오텍|바이오테크|기업|회사|업체)\s)?"
    r"(?:\(주\)\s?|주식회사\s)?(?P<b>(?:[A-Z0-9]{1,4}\s?)?[가-힣]{2,}(?:(?:\s[가-힣]{2,}){1,2}(?=\s?\([A-Za-z0-9])|\s[가-힣]{2,}?(?=(?:와|과|에게|에|로부터|으로부터)\s))?)"
    r"(?:\s?\([A-Za-z0-9][^()]{0,60}\))?"
    r"(?:(?:와|과|에|에게|로부터|으로부터)\s"
    r"(?=[^.]{0,200}(?:계약|기술이전|기술수출|라이선스|도입|인수))"
    # "테라온은 미국 노바크 바이오를 인수한다": the object of 인수 (buys) is the company bought.
    r"|(?:을|를)\s(?=[^.]{0,40}?인수)"
    # "한빛제약은 노바크바이오의 아시아 사업 부문을 인수": the company whose business is bought.
    r"|의\s(?=[^.]{0,40}?(?:사업|부문|사업부)\s?(?:을|를)\s[^.]{0,40}?인수)"
    # "B(IDT Biologika)의 지분 60%를 … 인수": the company whose shares are bought.
    r"|의\s(?=[^.]{0,10}?지분[^.]{0,60}?인수))"
)


def korean_particle_names(text: str) -> list[tuple[int, int, str, CompanyRef | None, bool]]:
    """Names a Korean deal sentence marks by its particles, whatever their spelling."""
    out: list[tuple[int, int, str, CompanyRef | None, bool]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        for part in re.finditer(r"[^.!?]+[.!?]?", line):
            m = _KOREAN_TOPIC_RE.match(part.group(0))
            if m:
                base = offset + part.start()
                for group in ("a", "b"):
                    out.append(
                        (base + m.start(group), base + m.end(group), m.group(group), None, False)
                    )
        offset += len(line)
    return out
