"""What a server process does once, after Django is set up and before its first request.

Python's cyclic garbage collector walks every tracked object in its oldest generation on each
full collection. A worker holds a great many objects from startup (modules, URL patterns,
templates, the extractor's vocabularies) that live as long as the process, so every few
requests one collection walks all of them, and whichever request triggers it waits (the
figures are in the README, "Statistics pages without a cache"). ``gc.freeze()`` moves the
objects alive now into a permanent generation that collections skip; only what requests
allocate is walked afterwards. Under a pre-forking server it also keeps the collector from
writing to those objects' pages, which the workers then share (the use the Python
documentation gives).
"""

from __future__ import annotations

import gc

from django.urls import get_resolver


def prepare_worker() -> int:
    """Import every view (through the URL patterns), then freeze the objects alive now.

    Returns how many objects were frozen. Objects created later (per request) are still
    collected as usual; nothing frozen is ever freed, which is what these objects need.
    """
    # The URL patterns import every view module and what the views import; without this the
    # first request would load them after the freeze and they would be walked forever after.
    get_resolver().url_patterns  # noqa: B018 - evaluated for its imports
    gc.collect()  # what startup left as garbage is freed, not frozen
    gc.freeze()
    return gc.get_freeze_count()
