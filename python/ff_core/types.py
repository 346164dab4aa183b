# The names and doc of ff_core.types come from the native module (see _facade.py);
# types.pyi, generated from the same declarations, types them.
from ff_core._facade import export

__all__ = export(globals(), "types")
