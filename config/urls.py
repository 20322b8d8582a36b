"""Top-level URLs: browse pages, the REST API, the admin and the API docs."""

from django.contrib import admin
from django.urls import include, path

from config.views import healthz

admin.site.site_header = "DealScope analysts"
admin.site.site_title = "DealScope admin"
admin.site.index_title = "Deal data"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/intake/", include("deals.intake.urls")),
    path("admin/", admin.site.urls),
    path("accounts/", include("accounts.urls")),
    path("", include("deals.alerts.urls")),
    path("", include("deals.analytics.urls")),
    path("", include("deals.rights.urls")),
    path("", include("deals.profiles.urls")),
    path("", include("deals.urls")),
    path("", include("companies.urls")),
    path("api/", include("config.api_urls")),
]
