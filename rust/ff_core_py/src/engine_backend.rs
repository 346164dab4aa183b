//! `ff_core::engine_backend`: the trait a backend implements, as the
//! `typing.Protocol` `EngineBackend` (written in `ff_core/_handwritten.py`:
//! a Python class implements it, so there is nothing to bind).
