# The names and doc of ff_core.completion_backend come from the native module (see _facade.py);
# completion_backend.pyi, generated from the same declarations, types them.
from ff_core._facade import export

__all__ = export(globals(), "completion_backend")
