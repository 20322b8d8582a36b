"""Analyst intake: from an announcement text or a spreadsheet to draft deals.

``extraction/`` finds candidate deals in a text; ``views.py`` and ``forms.py`` are the review
screens under ``/admin/intake/`` (``urls.py``); ``resources.py`` imports and exports deals as
CSV/XLSX (django-import-export). Every write goes through ``deals.services``.
"""
