"""REST API v1 and its OpenAPI documentation (served without any CDN)."""

from django.urls import path

urlpatterns: list = []
