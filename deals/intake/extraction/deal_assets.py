"""The assets of one deal: which of the drugs and platforms its sentences name it is about."""

from __future__ import annotations

from companies.names import normalize_name
from deals.intake.extraction.assets import find_areas, find_modality, find_targets
from deals.intake.extraction.ownership import bought_for, only_others_product, targets_own
from deals.intake.extraction.results import AssetCandidate, Candidate, Directory
from deals.intake.extraction.roles import _Block


def deal_assets(
    c: Candidate,
    block: _Block,
    texts: list[str],
    trigger_texts: list[str],
    masked_texts: list[str],
    role_of: dict[str, str],
    directory: Directory,
) -> list[AssetCandidate]:
    """The block's assets that are the deal's: no other company's product, and for a company
    bought whole, what it is bought for or owns (its possessive, its lead asset, what the
    release says the transaction brings)."""
    found: list[AssetCandidate] = []
    bought = [
        n
        for key, names, _ in block.owned
        if c.deal_type == "acquisition" and role_of.get(key) == "target"
        for n in names
        if n not in block.assets
    ]
    for name in block.assets + bought:
        if only_others_product(name, masked_texts, role_of):
            continue
        if (
            c.deal_type == "acquisition"
            and name not in bought
            and not bought_for(name, texts, trigger_texts)
            and not targets_own(name, masked_texts, role_of)
        ):
            continue
        quote = next(
            (
                t
                for t in texts + [q for *_, q in block.owned]
                if normalize_name(name) in normalize_name(t)
            ),
            trigger_texts[0],
        )
        ref = directory.assets.get(normalize_name(name))
        local = find_modality(quote) or c.modality
        found.append(
            AssetCandidate(
                name=ref.name if ref else name,
                asset_slug=ref.slug if ref else None,
                quote=quote,
                confidence=0.9 if ref else 0.8,
                modality=local,
                targets=find_targets(quote) or c.targets,
                therapeutic_areas=find_areas(quote) or c.therapeutic_areas,
            )
        )
    return found
