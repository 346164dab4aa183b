"""Shared sample values for the tests, and the hypothesis profiles."""

import os
import sys
import uuid
from pathlib import Path

from hypothesis import settings

# The worker example (examples/ff_worker.py) drives ff-server's lease routes here.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "examples"))

UUID_TEXT = "67e55044-10b1-426f-9247-bb680e5fe0c8"
UUID = uuid.UUID(UUID_TEXT)
DIGEST = "0123456789abcdef0123456789abcdef01234567"
TOKEN = f"kid1:{DIGEST}"

# Under qemu-user emulation (the aarch64 wheel) every example costs about
# thirty times more: fewer examples, and no deadline.
settings.register_profile("emulated", max_examples=10, deadline=None)
settings.load_profile(os.environ.get("FF_CORE_HYPOTHESIS_PROFILE", "default"))
