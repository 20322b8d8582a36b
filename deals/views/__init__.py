"""The deals app's HTML pages, one module per page (``deals/urls.py`` maps URLs to them)."""
