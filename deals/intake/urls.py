"""URLs of the "New deals from text" screens, mounted under /admin/intake/."""

from django.urls import path

from deals.intake import views

app_name = "intake"

urlpatterns = [
    path("", views.intake_start, name="intake_start"),
    path("review/", views.intake_review, name="intake_review"),
    path("done/", views.intake_done, name="intake_done"),
]
