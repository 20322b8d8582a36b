"""Routes of comparables and analytics: the HTML pages, their exports and the API endpoints.

Included from ``config/urls.py`` before the deal pages, so ``/api/v1/comps/`` and
``/api/v1/analytics/…`` sit beside the router's endpoints without touching them.
"""

from django.urls import path, re_path

from deals.analytics import api, views

app_name = "deals_analytics"

urlpatterns = [
    path("comps/", views.CompsView.as_view(), name="comps"),
    path("comps/panel/", views.CompsPanelView.as_view(), name="comps_panel"),
    re_path(
        r"^comps/export\.(?P<fmt>csv|xlsx)$",
        views.CompsExportView.as_view(),
        name="comps_export",
    ),
    path("analytics/", views.AnalyticsView.as_view(), name="analytics"),
    re_path(
        r"^analytics/(?P<dimension>[a-z_]+)\.(?P<fmt>csv|xlsx)$",
        views.AnalyticsExportView.as_view(),
        name="analytics_export",
    ),
    path("api/v1/comps/", api.CompsAPIView.as_view(), name="api_comps"),
    path(
        "api/v1/analytics/",
        api.AnalyticsIndexAPIView.as_view(),
        name="api_analytics_index",
    ),
    path(
        "api/v1/analytics/conference/<str:slug>/",
        api.ConferenceReportAPIView.as_view(),
        name="api_conference_report",
    ),
    path(
        "api/v1/analytics/<str:dimension>/",
        api.AnalyticsAPIView.as_view(),
        name="api_analytics",
    ),
]
