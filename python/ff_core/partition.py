# The names and doc of ff_core.partition come from the native module (see _facade.py);
# partition.pyi, generated from the same declarations, types them.
from ff_core._facade import export

__all__ = export(globals(), "partition")
