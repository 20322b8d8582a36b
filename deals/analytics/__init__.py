"""Comparables and analytics: the questions BD analysts ask a deal database, answered in SQL.

Three things live in this package, all starting from ``Deal.objects.visible_to(user)``
(callers pass the visible queryset; nothing here widens it):

- **Comparables** (``comps.py``): ``CompsFilterSet`` turns criteria (or "like this deal /
  asset") into the matching deals; ``stats.comps_statistics`` summarises their money terms.
- **Analytics** (``breakdowns.py``): ``breakdown`` counts deals and sums disclosed value per
  period (year, quarter) and group (licensor country, modality, therapeutic area, deal type)
  in ONE query.
- **Conference report** (``reports.py``): an edition against the previous one of its series,
  by licensor country and modality.

Statistics are defined once, in ``definitions.py``, and shown verbatim in the UI and the API
schema. The pages are in ``views.py``, the API in ``api.py``, the routes in ``urls.py``.
"""
