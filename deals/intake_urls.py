"""URLs of the "New deals from text" screens, mounted under /admin/intake/."""

from django.urls import path

from . import intake

app_name = "intake"

urlpatterns = [
    path("", intake.intake_start, name="intake_start"),
    path("review/", intake.intake_review, name="intake_review"),
    path("done/", intake.intake_done, name="intake_done"),
]
