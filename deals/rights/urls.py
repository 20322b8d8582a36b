"""Routes of the rights map: the HTML page and its API endpoint.

Included from ``config/urls.py`` before the asset pages and the API router; neither of their
patterns matches ``…/assets/<slug>/rights/``.
"""

from django.urls import path

from deals.rights import api, views

app_name = "rights"

urlpatterns = [
    path("assets/<str:slug>/rights/", views.AssetRightsView.as_view(), name="asset_rights"),
    path(
        "api/v1/assets/<str:slug>/rights/",
        api.AssetRightsAPIView.as_view(),
        name="api_asset_rights",
    ),
]
