"""Company profiles and the compare page (deals/profiles/): every count equals the deal list
that the profile links to, on the demo data."""

import pytest
from django.core.management import call_command

from companies.models import Company


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_demo", verbosity=0)
    yield
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, verbosity=0)


def _count(client, url: str) -> int:
    response = client.get(url)
    assert response.status_code == 200, (url, response.content[:300])
    return response.json()["count"]


PARAMS = {
    "as_licensor": "licensor",
    "as_licensee": "licensee",
    "as_acquirer": "acquirer",
    "as_target": "acquired",
}


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["abbvie", "novartis", "remegen", "pfizer", "alteogen"])
def test_profile_counts_equal_the_deal_list_filtered_by_company_and_role(
    demo, client, slug: str
) -> None:
    assert Company.objects.filter(slug=slug).exists(), slug
    data = client.get(f"/api/v1/companies/{slug}/profile/").json()
    assert set(data) >= {
        "company", "deals", "partners", "modalities", "therapeutic_areas", "upfront_usd", "assets"
    }  # fmt: skip
    assert set(data["deals"]) >= {*PARAMS, "by_year"}
    for key, param in PARAMS.items():
        assert data["deals"][key] == _count(client, f"/api/v1/deals/?{param}={slug}"), key
        assert data["deals"]["links"][key]["api_list_url"].endswith(f"?{param}={slug}")
        by_year = sum(row[key] for row in data["deals"]["by_year"])
        assert by_year <= data["deals"][key]  # undated deals have no year
    # Every other number is the count of the deal list it links to.
    linked = [*data["partners"], *data["modalities"], *data["therapeutic_areas"]]
    linked += list(data["upfront_usd"].values())
    for item in linked:
        assert item["deals"] == _count(client, item["api_list_url"]), item
    for side, param in (("received", "licensor"), ("paid", "licensee")):
        upfront = data["upfront_usd"][side]
        assert upfront["disclosed"] + upfront["undisclosed"] == upfront["deals"]
        # The profile sums the stored column itself; the deal list summary is the reference.
        summary = client.get(f"/api/v1/deals/summary/?{param}={slug}&deal_class=licensing")
        classes = summary.json()["classes"]
        expected = classes[0]["upfront"] if classes else {"sum": None, "disclosed": 0}
        assert upfront["sum"] == expected["sum"], side
        assert upfront["disclosed"] == expected["disclosed"], side


@pytest.mark.django_db
def test_remegen_profile_shows_the_abbvie_license_and_rc148_holders(demo, client) -> None:
    data = client.get("/api/v1/companies/remegen/profile/").json()
    assert data["deals"]["as_licensor"] >= 1
    assert any(p["company"]["slug"] == "abbvie" for p in data["partners"])
    assert data["upfront_usd"]["received"]["sum"] is not None
    rc148 = next(a for a in data["assets"] if a["asset"]["slug"] == "rc148")
    assert {h["company"]["slug"] for h in rc148["holders"]} >= {"abbvie", "remegen"}
    html = client.get("/companies/remegen/").content.decode()
    assert "Deal profile" in html and "/deals/?licensor=remegen" in html


@pytest.mark.django_db
def test_compare_companies_and_assets_link_each_number_to_its_deals(demo, client) -> None:
    page = client.get("/compare/?companies=abbvie,novartis")
    assert page.status_code == 200
    html = page.content.decode()
    assert "/deals/?licensee=abbvie" in html and "/deals/?licensee=novartis" in html
    assets = client.get("/compare/?assets=rc148,zonsen-peplib-peptide-rlt")
    assert assets.status_code == 200
    html = assets.content.decode()
    assert "/deals/?asset=rc148" in html and "Worldwide excl. Greater China" in html
    assert _count(client, "/api/v1/deals/?asset=rc148") >= 1
    for bad in (
        "companies=a,b,c,d",
        "companies=no-such-co",
        "nope=1",
        "companies=abbvie&assets=rc148",
    ):
        assert client.get(f"/compare/?{bad}").status_code == 400, bad
