"""Shared sample values for the tests."""

import uuid

UUID_TEXT = "67e55044-10b1-426f-9247-bb680e5fe0c8"
UUID = uuid.UUID(UUID_TEXT)
DIGEST = "0123456789abcdef0123456789abcdef01234567"
TOKEN = f"kid1:{DIGEST}"
