# The names and doc of ff_core.error come from the native module (see _facade.py);
# error.pyi, generated from the same declarations, types them.
from ff_core._facade import export

__all__ = export(globals(), "error")
