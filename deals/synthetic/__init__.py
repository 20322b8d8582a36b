"""The synthetic data generator behind ``manage.py seed_synthetic`` (benchmarks, scale tests).

One module per concern, in the order a run uses them:

- ``vocabularies``: name pools, countries, targets, modalities, phases, deal types and their
  weights; the conference series; the ``syn-`` prefix that marks every synthetic row.
- ``context``: the run's seeded random source and the slugs and tickers already taken.
- ``reference``: therapeutic areas, targets, regions, conferences and FX rates, found or created
  through the ORM (few rows, shared with real data).
- ``tables``: the raw writer (explicit ids, ``COPY`` on PostgreSQL, multi-row inserts elsewhere).
- ``companies``: companies with aliases and listings, and their assets.
- ``deals``: deals with parties, assets, payments, headline, sources, royalty, territory, events.
- ``clearing``: removing synthetic rows (and nothing else).
- ``seeding``: one run in one transaction, from clearing to the sequence reset and ``ANALYZE``.

Every random draw comes from one ``random.Random(seed)`` in a fixed order, so the same
``--deals`` and ``--seed`` give the same rows (``tests/test_seed_synthetic_fingerprint.py`` pins
them). Rows are written around ``save()``, so the USD amounts are computed here with the rule of
:mod:`deals.fx` (the latest FxRate on or before the announcement date, else the signing date;
USD itself is 1:1; no rate means no USD value), the money measures and search documents are
refreshed per chunk, and no history rows are written for synthetic data.
"""
