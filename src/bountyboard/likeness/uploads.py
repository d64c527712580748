"""Reference photos never touch a disk: an upload handler that keeps them in memory.

Django's default handlers spill uploads over 2.5 MB to a temporary file. For the likeness
registry's URLs this handler takes every file instead and holds it in memory (bounded), so a
reference photo exists only in the request's memory while it is embedded. Every other URL passes
through to the default handlers unchanged. Installed first in ``FILE_UPLOAD_HANDLERS``.
"""

from __future__ import annotations

import io
import re
from typing import Any

from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler, StopFutureHandlers
from django.http import QueryDict
from django.utils.datastructures import MultiValueDict

# The API (POST/PATCH /api/v1/likeness...) and the registry pages (/likeness/...).
REFERENCE_PHOTO_PATH = re.compile(r"^/(api/v1/)?likeness(/|$)")
MAX_REQUEST_BYTES = 64 * 1024 * 1024  # ten 6 MB phone photos fit; more is refused, not spilled
TOO_LARGE_FLAG = "reference_photos_too_large"


class ReferencePhotoUploadHandler(FileUploadHandler):
    def __init__(self, request: Any = None) -> None:
        super().__init__(request)
        self.active = False
        self.buffer: io.BytesIO | None = None

    def handle_raw_input(
        self,
        input_data: Any,
        META: dict[str, Any],
        content_length: int,
        boundary: str,
        encoding: str | None = None,
    ) -> tuple[QueryDict, MultiValueDict[str, Any]] | None:
        path = getattr(self.request, "path_info", "") or ""
        self.active = bool(REFERENCE_PHOTO_PATH.match(path))
        if self.active and content_length > MAX_REQUEST_BYTES:
            # Parse nothing (so nothing is written anywhere) and let the view say why.
            setattr(self.request, TOO_LARGE_FLAG, True)
            return QueryDict(encoding=encoding), MultiValueDict()
        return None

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        super().new_file(*args, **kwargs)
        if self.active:
            self.buffer = io.BytesIO()
            raise StopFutureHandlers()  # no other handler (and so no temp file) sees this upload

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        if not self.active or self.buffer is None:
            return raw_data
        self.buffer.write(raw_data)
        return None

    def file_complete(self, file_size: int) -> InMemoryUploadedFile | None:
        if not self.active or self.buffer is None:
            return None
        self.buffer.seek(0)
        uploaded = InMemoryUploadedFile(
            file=self.buffer,
            field_name=self.field_name,
            name=self.file_name,
            content_type=self.content_type,
            size=file_size,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )
        self.buffer = None
        return uploaded
