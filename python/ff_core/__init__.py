from ff_core._ff_core import *  # noqa
