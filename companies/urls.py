"""Browse pages of the companies app."""

from django.urls import path

app_name = "companies"

urlpatterns: list = []
