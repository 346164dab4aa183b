# The names and doc of ff_core.engine_backend come from the native module (see _facade.py);
# engine_backend.pyi, generated from the same declarations, types them.
from ff_core._facade import export

__all__ = export(globals(), "engine_backend")
