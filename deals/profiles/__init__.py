"""Company profiles and side-by-side comparison, built from the deal list's own filters.

Every count on a profile is the count of a deal list (``DealFilterSet`` over the deals the
reader may see), so each number links to the list that counts it and equals its ``count``.
"""
