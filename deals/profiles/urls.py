"""Routes of company profiles and the compare page (HTML and API)."""

from django.urls import path

from deals.profiles import api, views

app_name = "profiles"

urlpatterns = [
    path("compare/", views.CompareView.as_view(), name="compare"),
    path(
        "api/v1/companies/<str:slug>/profile/",
        api.CompanyProfileAPIView.as_view(),
        name="api_company_profile",
    ),
]
