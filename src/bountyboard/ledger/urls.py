"""Ledger pages, included by ``web/urls.py`` into the ``web`` namespace (``web:wallet``)."""

from django.urls import path

from bountyboard.ledger import views

urlpatterns = [
    path("wallet/", views.wallet, name="wallet"),
]
