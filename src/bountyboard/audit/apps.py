from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "bountyboard.audit"
    label = "audit"
