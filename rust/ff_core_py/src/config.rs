//! Backend configuration: `BackendTimeouts`, `BackendRetry`,
//! `ValkeyConnection`, the `BackendConnection` enum and `BackendConfig`.
//!
//! `BackendConfig` and `BackendConnection` hold their parts as Python
//! objects, so `config.timeouts.request = ...` changes that config, as
//! with any Python attribute. Copies are deep, as Rust's `Clone`.

use std::time::Duration;

use ff_core::backend::{
    BackendConfig, BackendConnection, BackendRetry, BackendTimeouts, ValkeyConnection,
};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyTuple, PyType};

use crate::composite::{self, Composite};
use crate::convert::string;
use crate::variants::variant_type;

/// Pool timing; only `Default` upstream, so keyword-only.
#[pyclass(eq, name = "BackendTimeouts", module = "ff_core._ff_core")]
#[derive(Clone, PartialEq, Eq)]
pub struct PyBackendTimeouts(pub BackendTimeouts);

#[pymethods]
impl PyBackendTimeouts {
    #[new]
    #[pyo3(signature = (*, request = None))]
    fn construct(request: Option<Duration>) -> Self {
        let mut timeouts = BackendTimeouts::default();
        timeouts.request = request;
        Self(timeouts)
    }

    #[getter]
    fn request(&self) -> Option<Duration> {
        self.0.request
    }

    #[setter]
    fn set_request(&mut self, value: Option<Duration>) {
        self.0.request = value;
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    fn __getnewargs_ex__<'py>(&self, py: Python<'py>) -> PyResult<((), Bound<'py, PyDict>)> {
        let kwargs = PyDict::new(py);
        kwargs.set_item("request", self.0.request)?;
        Ok(((), kwargs))
    }
}

/// Retry policy; only `Default` upstream, so keyword-only. `None` means
/// the backend's default.
#[pyclass(eq, name = "BackendRetry", module = "ff_core._ff_core")]
#[derive(Clone, PartialEq, Eq)]
pub struct PyBackendRetry(pub BackendRetry);

#[pymethods]
impl PyBackendRetry {
    #[new]
    #[pyo3(signature = (*, exponent_base = None, factor = None, number_of_retries = None, jitter_percent = None))]
    fn construct(
        exponent_base: Option<u32>,
        factor: Option<u32>,
        number_of_retries: Option<u32>,
        jitter_percent: Option<u32>,
    ) -> Self {
        let mut retry = BackendRetry::default();
        retry.exponent_base = exponent_base;
        retry.factor = factor;
        retry.number_of_retries = number_of_retries;
        retry.jitter_percent = jitter_percent;
        Self(retry)
    }

    #[getter]
    fn exponent_base(&self) -> Option<u32> {
        self.0.exponent_base
    }

    #[setter]
    fn set_exponent_base(&mut self, value: Option<u32>) {
        self.0.exponent_base = value;
    }

    #[getter]
    fn factor(&self) -> Option<u32> {
        self.0.factor
    }

    #[setter]
    fn set_factor(&mut self, value: Option<u32>) {
        self.0.factor = value;
    }

    #[getter]
    fn number_of_retries(&self) -> Option<u32> {
        self.0.number_of_retries
    }

    #[setter]
    fn set_number_of_retries(&mut self, value: Option<u32>) {
        self.0.number_of_retries = value;
    }

    #[getter]
    fn jitter_percent(&self) -> Option<u32> {
        self.0.jitter_percent
    }

    #[setter]
    fn set_jitter_percent(&mut self, value: Option<u32>) {
        self.0.jitter_percent = value;
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    fn __getnewargs_ex__<'py>(&self, py: Python<'py>) -> PyResult<((), Bound<'py, PyDict>)> {
        let kwargs = PyDict::new(py);
        kwargs.set_item("exponent_base", self.0.exponent_base)?;
        kwargs.set_item("factor", self.0.factor)?;
        kwargs.set_item("number_of_retries", self.0.number_of_retries)?;
        kwargs.set_item("jitter_percent", self.0.jitter_percent)?;
        Ok(((), kwargs))
    }
}

/// Valkey connection parameters; `tls` and `cluster` start `False`.
#[pyclass(eq, name = "ValkeyConnection", module = "ff_core._ff_core")]
#[derive(Clone, PartialEq, Eq)]
pub struct PyValkeyConnection(pub ValkeyConnection);

#[pymethods]
impl PyValkeyConnection {
    #[new]
    fn construct(host: &Bound<'_, PyAny>, port: u16) -> PyResult<Self> {
        Ok(Self(ValkeyConnection::new(string("host", host)?, port)))
    }

    #[staticmethod]
    fn new(host: &Bound<'_, PyAny>, port: u16) -> PyResult<Self> {
        Self::construct(host, port)
    }

    #[getter]
    fn host(&self) -> &str {
        &self.0.host
    }

    #[setter]
    fn set_host(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        self.0.host = string("host", value)?;
        Ok(())
    }

    #[getter]
    fn port(&self) -> u16 {
        self.0.port
    }

    #[setter]
    fn set_port(&mut self, value: u16) {
        self.0.port = value;
    }

    #[getter]
    fn tls(&self) -> bool {
        self.0.tls
    }

    #[setter]
    fn set_tls(&mut self, value: bool) {
        self.0.tls = value;
    }

    #[getter]
    fn cluster(&self) -> bool {
        self.0.cluster
    }

    #[setter]
    fn set_cluster(&mut self, value: bool) {
        self.0.cluster = value;
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> (Bound<'py, PyType>, (String, u16), (bool, bool)) {
        let c = &slf.borrow().0;
        (slf.get_type(), (c.host.clone(), c.port), (c.tls, c.cluster))
    }

    fn __setstate__(&mut self, state: (bool, bool)) {
        (self.0.tls, self.0.cluster) = state;
    }
}

/// The payload of each `BackendConnection` variant, as a Python object.
enum Connection {
    Valkey(Py<PyValkeyConnection>),
}

/// Per-backend connection shapes. `#[non_exhaustive]` upstream: keep a
/// wildcard arm when matching.
#[pyclass(
    frozen,
    subclass,
    name = "BackendConnection",
    module = "ff_core._ff_core"
)]
pub struct PyBackendConnection(Connection);

/// `BackendConnection.Valkey(ValkeyConnection(...))`; the field is `_0`.
#[pyclass(frozen, extends = PyBackendConnection, name = "Valkey", module = "ff_core._ff_core")]
pub struct PyValkeyVariant;

impl Composite for PyBackendConnection {
    type Rust = BackendConnection;

    fn to_rust(&self, py: Python<'_>) -> BackendConnection {
        match &self.0 {
            Connection::Valkey(conn) => BackendConnection::Valkey(conn.borrow(py).0.clone()),
        }
    }
}

impl PyBackendConnection {
    /// A new Python value of the right variant class holding a copy.
    fn from_rust(py: Python<'_>, connection: BackendConnection) -> PyResult<Py<Self>> {
        match connection {
            BackendConnection::Valkey(conn) => {
                let base = Self(Connection::Valkey(Py::new(py, PyValkeyConnection(conn))?));
                Ok(Py::new(
                    py,
                    PyClassInitializer::from(base).add_subclass(PyValkeyVariant),
                )?
                .into_bound(py)
                .into_super()
                .unbind())
            }
            other => Err(PyValueError::new_err(format!(
                "{other:?} is a backend this binding does not know"
            ))),
        }
    }
}

#[pymethods]
impl PyBackendConnection {
    #[classattr]
    #[allow(non_snake_case)]
    fn Valkey(py: Python<'_>) -> PyResult<Py<PyType>> {
        variant_type::<PyValkeyVariant>(py, "BackendConnection.Valkey")
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        composite::eq(self, other)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        composite::repr(self, py)
    }

    fn __copy__(&self, py: Python<'_>) -> PyResult<Py<Self>> {
        Self::from_rust(py, self.to_rust(py))
    }

    fn __deepcopy__(&self, py: Python<'_>, _memo: &Bound<'_, PyAny>) -> PyResult<Py<Self>> {
        self.__copy__(py)
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        match &slf.get().0 {
            Connection::Valkey(conn) => Ok((
                py.get_type::<PyValkeyVariant>().into_any(),
                PyTuple::new(py, [conn.clone_ref(py)])?,
            )),
        }
    }
}

#[pymethods]
impl PyValkeyVariant {
    /// Holds `connection` itself, not a copy, like a Python attribute.
    #[new]
    fn construct(connection: &Bound<'_, PyValkeyConnection>) -> PyClassInitializer<Self> {
        PyClassInitializer::from(PyBackendConnection(Connection::Valkey(
            connection.clone().unbind(),
        )))
        .add_subclass(Self)
    }

    #[classattr]
    fn __match_args__() -> (&'static str,) {
        ("_0",)
    }

    #[getter]
    fn _0(slf: &Bound<'_, Self>) -> Py<PyValkeyConnection> {
        match &slf.as_super().get().0 {
            Connection::Valkey(conn) => conn.clone_ref(slf.py()),
        }
    }
}

/// Connection details plus shared timing and retry policy. No public
/// constructor upstream: build one with `BackendConfig.valkey(host, port)`.
#[pyclass(name = "BackendConfig", module = "ff_core._ff_core")]
pub struct PyBackendConfig {
    connection: Py<PyBackendConnection>,
    timeouts: Py<PyBackendTimeouts>,
    retry: Py<PyBackendRetry>,
}

impl Composite for PyBackendConfig {
    type Rust = BackendConfig;

    fn to_rust(&self, py: Python<'_>) -> BackendConfig {
        // Non-exhaustive upstream: start from a constructor, then set
        // every public field.
        let mut config = BackendConfig::valkey(String::new(), 0);
        config.connection = self.connection.get().to_rust(py);
        config.timeouts = self.timeouts.borrow(py).0.clone();
        config.retry = self.retry.borrow(py).0.clone();
        config
    }
}

impl PyBackendConfig {
    fn from_rust(py: Python<'_>, config: BackendConfig) -> PyResult<Self> {
        Ok(Self {
            connection: PyBackendConnection::from_rust(py, config.connection)?,
            timeouts: Py::new(py, PyBackendTimeouts(config.timeouts))?,
            retry: Py::new(py, PyBackendRetry(config.retry))?,
        })
    }
}

#[pymethods]
impl PyBackendConfig {
    /// A Valkey config from host and port; other fields take defaults.
    #[staticmethod]
    fn valkey(py: Python<'_>, host: &Bound<'_, PyAny>, port: u16) -> PyResult<Self> {
        Self::from_rust(py, BackendConfig::valkey(string("host", host)?, port))
    }

    #[getter]
    fn connection(&self, py: Python<'_>) -> Py<PyBackendConnection> {
        self.connection.clone_ref(py)
    }

    #[setter]
    fn set_connection(&mut self, value: &Bound<'_, PyBackendConnection>) {
        self.connection = value.clone().unbind();
    }

    #[getter]
    fn timeouts(&self, py: Python<'_>) -> Py<PyBackendTimeouts> {
        self.timeouts.clone_ref(py)
    }

    #[setter]
    fn set_timeouts(&mut self, value: &Bound<'_, PyBackendTimeouts>) {
        self.timeouts = value.clone().unbind();
    }

    #[getter]
    fn retry(&self, py: Python<'_>) -> Py<PyBackendRetry> {
        self.retry.clone_ref(py)
    }

    #[setter]
    fn set_retry(&mut self, value: &Bound<'_, PyBackendRetry>) {
        self.retry = value.clone().unbind();
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        composite::eq(self, other)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        composite::repr(self, py)
    }

    fn __copy__(&self, py: Python<'_>) -> PyResult<Self> {
        Self::from_rust(py, self.to_rust(py))
    }

    fn __deepcopy__(&self, py: Python<'_>, _memo: &Bound<'_, PyAny>) -> PyResult<Self> {
        self.__copy__(py)
    }

    /// Rebuilt as `BackendConfig.valkey("", 0)` plus `__setstate__`.
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(
        Bound<'py, PyAny>,
        (&'static str, u16),
        (
            Py<PyBackendConnection>,
            Py<PyBackendTimeouts>,
            Py<PyBackendRetry>,
        ),
    )> {
        let py = slf.py();
        let c = slf.borrow();
        Ok((
            slf.get_type().getattr("valkey")?,
            ("", 0),
            (c.connection(py), c.timeouts(py), c.retry(py)),
        ))
    }

    fn __setstate__(
        &mut self,
        state: (
            Bound<'_, PyBackendConnection>,
            Bound<'_, PyBackendTimeouts>,
            Bound<'_, PyBackendRetry>,
        ),
    ) {
        self.set_connection(&state.0);
        self.set_timeouts(&state.1);
        self.set_retry(&state.2);
    }
}

pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyBackendTimeouts>()?;
    module.add_class::<PyBackendRetry>()?;
    module.add_class::<PyValkeyConnection>()?;
    module.add_class::<PyBackendConnection>()?;
    module.add_class::<PyBackendConfig>()?;
    Ok(())
}
