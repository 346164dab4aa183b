//! `ff_core::completion_backend`: the completion-stream trait, as the
//! `typing.Protocol` `CompletionBackend` (written in
//! `ff_core/_handwritten.py`: a Python class implements it, so there is
//! nothing to bind).
