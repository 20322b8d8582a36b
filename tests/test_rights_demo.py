"""Rights maps on the demo data: RC148 and the Zonsen PepLib candidates (deals/rights/)."""

import pytest
from django.core.management import call_command


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)
    yield
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)


def _by_basis(data: dict) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for holder in data["holders"]:
        found.setdefault(holder["basis"], []).append(holder)
    return found


@pytest.mark.django_db
def test_rc148_abbvie_holds_the_world_but_greater_china_remegen_keeps_it(demo, client) -> None:
    data = client.get("/api/v1/assets/rc148/rights/?as_of=2026-06-01").json()
    holders = _by_basis(data)
    (abbvie,) = holders["license"]
    assert abbvie["company"]["slug"] == "abbvie"
    assert abbvie["territory"] == {"included": ["WW"], "excluded": ["GREATER_CHINA"]}
    assert abbvie["since"] == "2026-01-12"
    assert abbvie["deal"]["slug"] == "abbvie-remegen-rc148-2026"
    assert abbvie["deal"]["sources"], "the deal is shown with its sources"
    (remegen,) = holders["retained"]
    assert remegen["company"]["slug"] == "remegen"
    assert remegen["territory"] == {"included": ["GREATER_CHINA"], "excluded": []}
    assert data["unlicensed"] == []
    assert set(data) == {"asset", "as_of", "holders", "unlicensed"}
    assert set(abbvie) == {"company", "territory", "since", "since_precision", "deal", "basis"}
    # The day before the license, RemeGen held everything.
    before = client.get("/api/v1/assets/rc148/rights/?as_of=2026-01-11").json()
    assert before["holders"] == [] and "CN" in before["unlicensed"] and "US" in before["unlicensed"]


@pytest.mark.django_db
def test_zonsen_candidates_are_novartis_worldwide(demo, client) -> None:
    data = client.get("/api/v1/assets/zonsen-peplib-peptide-rlt/rights/?as_of=2026-06-01").json()
    (novartis,) = data["holders"]
    assert novartis["company"]["slug"] == "novartis"
    assert novartis["basis"] == "license"
    assert novartis["territory"] == {"included": ["WW"], "excluded": []}
    assert novartis["since"] == "2026-01-13"
    assert data["unlicensed"] == []


@pytest.mark.django_db
def test_rc148_rights_page_and_asset_page_show_the_table(demo, client) -> None:
    for url in ("/assets/rc148/rights/?as_of=2026-06-01", "/assets/rc148/"):
        html = client.get(url).content.decode()
        assert "Worldwide excl. Greater China" in html
        assert "AbbVie" in html and "Retained" in html


@pytest.mark.django_db
def test_rights_reject_a_bad_date(demo, client) -> None:
    response = client.get("/api/v1/assets/rc148/rights/?as_of=2026-13-01")
    assert response.status_code == 400 and "as_of" in response.json()
    assert client.get("/assets/rc148/rights/?as_of=soon").status_code == 400
    assert client.get("/api/v1/assets/rc148/rights/?asof=2026-01-01").status_code == 400
    assert client.get("/api/v1/assets/no-such-asset/rights/").status_code == 404


@pytest.mark.django_db
def test_rc148_map_colours_abbvie_and_remegen_apart(demo, client) -> None:
    import re

    html = client.get("/assets/rc148/rights/?as_of=2026-06-01").content.decode()
    assert '<svg class="world-map"' in html and 'role="img"' in html

    def slot(country: str) -> str:
        match = re.search(rf'<path class="c (h\d)[^"]*" d="[^"]+"><title>{country}: ', html)
        assert match, country
        return match.group(1)

    assert slot("United States of America") == slot("France") != slot("China")
    assert "China: RemeGen (retained)" in html and "Japan: AbbVie (licensee)" in html
    before = client.get("/assets/rc148/rights/?as_of=2026-01-01").content.decode()
    assert "Japan: not licensed" in before


@pytest.mark.django_db
def test_available_in_lists_assets_still_with_their_originator(demo, client) -> None:
    def slugs(query: str) -> set[str]:
        response = client.get(f"/api/v1/assets/?page_size=500&{query}")
        assert response.status_code == 200, response.content[:300]
        return {row["slug"] for row in response.json()["results"]}

    everything = slugs("")
    in_china, in_japan = slugs("available_in=CN"), slugs("available_in=JP")
    # RemeGen kept Greater China; AbbVie took Japan. Novartis took the Zonsen candidates
    # everywhere.
    assert "rc148" in in_china and "rc148" not in in_japan
    assert "zonsen-peplib-peptide-rlt" not in in_china | in_japan
    assert in_japan < everything and in_china < everything
    assert slugs("available_in=jp") == in_japan
    assert client.get("/api/v1/assets/?available_in=XX").status_code == 400
    # The browse page takes the same parameter and lists the same assets.
    html = client.get("/assets/?available_in=JP&q=rc148").content.decode()
    assert "/assets/rc148/" not in html
    assert "/assets/rc148/" in client.get("/assets/?available_in=CN&q=rc148").content.decode()


@pytest.mark.django_db
def test_available_in_agrees_with_the_full_derivation(demo, client) -> None:
    # The filter reads the stored availability (deals/rights/stored.py); here every asset is
    # derived in full and the two answers must be the same for every country a demo territory
    # names (and the home countries of the demo companies).
    from django.utils import timezone

    from companies.models import Asset, Company
    from deals.models import Deal, DealTerritory
    from deals.rights import stored
    from deals.rights.load import rights_for_assets
    from deals.rights.territory import expand

    used = {"JP", "US", "DE"} | {str(c) for c in Company.objects.values_list("country", flat=True)}
    for line in DealTerritory.objects.select_related("region"):
        if line.region_id:
            members = {line.region.code: [str(c) for c in line.region.countries]}
            used |= expand([line.region.code], [], members) if line.region.countries else set()
        else:
            used.add(str(line.country))
    used.discard("")
    assert {"CN", "HK", "KR", "CH"} <= used
    assert stored.stale_assets() == set()
    assets = list(Asset.objects.select_related("owner"))
    maps = rights_for_assets(assets, Deal.objects.public(), timezone.localdate())
    for country in sorted(used):
        expected = {a.slug for a in assets if country in maps[a.pk].rights.available}
        response = client.get(f"/api/v1/assets/?page_size=500&available_in={country}")
        assert {row["slug"] for row in response.json()["results"]} == expected, country
