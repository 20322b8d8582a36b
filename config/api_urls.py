"""REST API v1 and its OpenAPI documentation (served without any CDN).

Router basenames follow the model names (``deal-list``, ``deal-detail``, ...); details take a
slug or a numeric id.
"""

from django.urls import include, path
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularRedocView,
    SpectacularSwaggerSplitView,
)
from rest_framework.routers import DefaultRouter

from companies.api.views import AssetViewSet, CompanyViewSet, TargetViewSet, TherapeuticAreaViewSet
from deals.alerts.api import SavedSearchViewSet
from deals.api.views import ConferenceViewSet, DealViewSet

router = DefaultRouter()
router.register("deals", DealViewSet, basename="deal")
router.register("companies", CompanyViewSet, basename="company")
router.register("assets", AssetViewSet, basename="asset")
router.register("conferences", ConferenceViewSet, basename="conference")
router.register("targets", TargetViewSet, basename="target")
router.register("therapeutic-areas", TherapeuticAreaViewSet, basename="therapeutic-area")
router.register("saved-searches", SavedSearchViewSet, basename="saved-search")

urlpatterns = [
    path("v1/", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves its start-up script as a file, so the page needs no inline script
    # and runs under the site's Content-Security-Policy.
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="swagger-ui"),
    path(
        "redoc/",
        # Our template drops the Google Fonts the stock one preloads: no CDN at run time.
        SpectacularRedocView.as_view(url_name="schema", template_name="api/redoc.html"),
        name="redoc",
    ),
]
