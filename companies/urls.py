"""Browse pages of the companies app: companies and assets."""

from django.urls import path

from companies import views

app_name = "companies"

urlpatterns = [
    path("companies/", views.CompanyListView.as_view(), name="company_list"),
    path("companies/<str:slug>/", views.CompanyDetailView.as_view(), name="company_detail"),
    path("assets/", views.AssetListView.as_view(), name="asset_list"),
    path("assets/<str:slug>/", views.AssetDetailView.as_view(), name="asset_detail"),
]
