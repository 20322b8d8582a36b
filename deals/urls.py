"""Browse pages of the deals app: home, deals, exports, conferences and the Atom feeds."""

from django.urls import path, re_path

from deals import feeds, views

app_name = "deals"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("deals/", views.DealListView.as_view(), name="deal_list"),
    re_path(
        r"^deals/export\.(?P<fmt>csv|xlsx)$", views.DealExportView.as_view(), name="deal_export"
    ),
    path("deals/<str:slug>/", views.DealDetailView.as_view(), name="deal_detail"),
    path("conferences/", views.ConferenceListView.as_view(), name="conference_list"),
    path(
        "conferences/<str:slug>/",
        views.ConferenceDetailView.as_view(),
        name="conference_detail",
    ),
    path("feeds/deals/", feeds.DealFeed(), name="deal_feed"),
    path("feeds/conferences/<str:slug>/", feeds.ConferenceDealFeed(), name="conference_feed"),
    path("feeds/companies/<str:slug>/", feeds.CompanyDealFeed(), name="company_feed"),
]
