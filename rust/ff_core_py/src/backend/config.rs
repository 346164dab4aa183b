//! Backend configuration: timeouts, retry, the Valkey connection and the
//! config that holds them.

use std::time::Duration;

use ff_core::backend::{BackendConfig, BackendConnection, BackendRetry, BackendTimeouts, ValkeyConnection};
use pyo3::prelude::*;

use crate::support::slot::{Slot, exact_str, utf8};
use crate::support::value::{constructors, data_enum, value_struct};

value_struct!(
    /// Pool timing shared across backend connections.
    PyBackendTimeouts "BackendTimeouts" => BackendTimeouts = BackendTimeouts::default();
    fields {
        /// Per-request timeout; `None` means the backend default.
        request: Option<Duration>,
    }
    hash: no;
);
constructors!(PyBackendTimeouts { keywords; });

value_struct!(
    /// Retry policy shared across backend connections; `None` fields mean
    /// the backend default.
    PyBackendRetry "BackendRetry" => BackendRetry = BackendRetry::default();
    fields {
        exponent_base: Option<u32>,
        factor: Option<u32>,
        number_of_retries: Option<u32>,
        jitter_percent: Option<u32>,
    }
    hash: no;
);
constructors!(PyBackendRetry { keywords; });

value_struct!(
    /// Valkey-specific connection parameters.
    PyValkeyConnection "ValkeyConnection" => ValkeyConnection = ValkeyConnection::new("", 0);
    fields { host: String, port: u16, tls: bool, cluster: bool }
    hash: no;
);
constructors!(PyValkeyConnection { new(host, port); });

data_enum!(
    /// Per-backend connection shapes. `#[non_exhaustive]`: keep `case _:`
    /// when matching.
    PyBackendConnection "BackendConnection" => BackendConnection;
    hash: no;
    units [];
    /// The Valkey arm.
    Valkey tuple { _0: ValkeyConnection }
);

value_struct!(
    /// What `connect` takes. No public constructor: use
    /// `BackendConfig.valkey(host, port)`.
    PyBackendConfig "BackendConfig" => BackendConfig = BackendConfig::valkey("", 0);
    fields { connection: BackendConnection, timeouts: BackendTimeouts, retry: BackendRetry }
    hash: no;
);

#[pymethods]
impl PyBackendConfig {
    /// A Valkey config from host and port; other fields take defaults.
    #[staticmethod]
    fn valkey(host: &Bound<'_, PyAny>, port: &Bound<'_, PyAny>) -> PyResult<Self> {
        let host = exact_str(host)?;
        let port = u16::load(&u16::store(port)?.into_bound(host.py()))?;
        Self::from_rust(host.py(), &BackendConfig::valkey(utf8(&host)?, port))
    }
}
crate::support::surface::members!(PyBackendConfig, 3, "\
@staticmethod
def valkey(host: str, port: int) -> BackendConfig: ...
");
