"""Browse pages of the deals app: home, deals, exports, conferences and the Atom feeds."""

from django.urls import path, re_path

from deals import feeds
from deals.views import company_suggest, conferences, deal_detail, deal_list, home

app_name = "deals"

urlpatterns = [
    path("", home.HomeView.as_view(), name="home"),
    path("deals/", deal_list.DealListView.as_view(), name="deal_list"),
    re_path(
        r"^deals/export\.(?P<fmt>csv|xlsx)$", deal_list.DealExportView.as_view(), name="deal_export"
    ),
    path("deals/summary/", deal_list.DealSummaryView.as_view(), name="deal_summary"),
    path(
        "deals/suggest/companies/",
        company_suggest.CompanySuggestView.as_view(),
        name="company_suggestions",
    ),
    path("deals/<str:slug>/", deal_detail.DealDetailView.as_view(), name="deal_detail"),
    path("conferences/", conferences.ConferenceListView.as_view(), name="conference_list"),
    path(
        "conferences/<str:slug>/",
        conferences.ConferenceDetailView.as_view(),
        name="conference_detail",
    ),
    path("feeds/deals/", feeds.DealFeed(), name="deal_feed"),
    path("feeds/conferences/<str:slug>/", feeds.ConferenceDealFeed(), name="conference_feed"),
    path("feeds/companies/<str:slug>/", feeds.CompanyDealFeed(), name="company_feed"),
]
