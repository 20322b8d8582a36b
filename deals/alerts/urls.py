"""URLs of the alerts: My DealScope, saved searches, watches, unsubscribe, private feeds."""

from django.urls import path

from . import feeds, views

app_name = "alerts"

urlpatterns = [
    path("my/", views.MyDealScopeView.as_view(), name="my_dealscope"),
    path("my/watches/", views.WatchListView.as_view(), name="watches"),
    path("my/searches/new/", views.SaveSearchView.as_view(), name="save_search"),
    path("my/searches/<int:pk>/", views.open_saved_search, name="saved_search_open"),
    path("my/searches/<int:pk>/update/", views.update_saved_search, name="saved_search_update"),
    path("my/searches/<int:pk>/webhook/", views.saved_search_webhook, name="saved_search_webhook"),
    path("watch/<str:kind>/<str:slug>/", views.toggle_watch, name="toggle_watch"),
    path("alerts/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("feeds/saved/<str:token>/", feeds.SavedSearchFeed(), name="saved_search_feed"),
]
