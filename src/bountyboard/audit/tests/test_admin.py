from __future__ import annotations

import pytest
from django.contrib import admin
from django.test import RequestFactory

from bountyboard.audit.models import AuditEvent
from bountyboard.audit.services import audit_record
from bountyboard.testing.factories import make_user

pytestmark = pytest.mark.django_db


class TestAuditEventAdmin:
    def test_even_a_superuser_can_only_look(self) -> None:
        event = audit_record(action="a.b", target_type="t", target_id=1, automated=True)
        model_admin = admin.site._registry[AuditEvent]
        request = RequestFactory().get("/admin/")
        request.user = make_user("root", role="admin")
        assert model_admin.has_view_permission(request, event)
        assert not model_admin.has_add_permission(request)
        assert not model_admin.has_change_permission(request, event)
        assert not model_admin.has_delete_permission(request, event)
