//! Waitpoints: `WaitpointKind`, `WaitpointHmac`, `WaitpointSpec`.

use ff_core::backend::{WaitpointHmac, WaitpointKind, WaitpointSpec};
use pyo3::prelude::*;
use pyo3::types::PyString;

use crate::support::slot::try_string;
use crate::support::value::{constructors, string_value, unit_enum, value_struct};
use crate::types::{PyWaitpointToken, text_constructors};

unit_enum!(
    /// Waitpoint matcher mode.
    PyWaitpointKind "WaitpointKind" => WaitpointKind [SignalName, CorrelationId, External]
);

string_value!(
    /// HMAC token binding a waitpoint to its mint-time identity. Rust has
    /// only `Debug` (redacted), so `str` equals `repr`.
    PyWaitpointHmac "WaitpointHmac" => WaitpointHmac, from text => WaitpointHmac::new(try_string(text)?);
    str: debug;
);

text_constructors!(PyWaitpointHmac(token));

#[pymethods]
impl PyWaitpointHmac {
    /// The wrapped token, which redacts as this does.
    fn token(&self, py: Python<'_>) -> PyWaitpointToken {
        PyWaitpointToken { text: self.text.clone_ref(py) }
    }

    /// The raw `kid:40hex`, for transport code only.
    fn as_str(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }
}
crate::support::surface::members!(PyWaitpointHmac, 3, "\
def token(self) -> WaitpointToken: ...
def as_str(self) -> str: ...
");

value_struct!(
    /// One waitpoint inside a suspend request.
    PyWaitpointSpec "WaitpointSpec" => WaitpointSpec =
        WaitpointSpec::new(WaitpointKind::SignalName, Vec::new(), WaitpointHmac::new(""));
    fields { kind: WaitpointKind, matcher: Vec<u8>, hmac_token: WaitpointHmac }
    hash: no;
);
constructors!(PyWaitpointSpec { new(kind, matcher, hmac_token); });
