//! `Frame`: one stream frame; mutable, unhashable (no `Hash` upstream).

use ff_core::backend::Frame;
use pyo3::IntoPyObjectExt;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyTuple};

use crate::convert::bytes_like;
use crate::enums::PyFrameKind;

#[pyclass(eq, name = "Frame", module = "ff_core._ff_core")]
#[derive(Clone, PartialEq, Eq)]
pub struct PyFrame(pub Frame);

#[pymethods]
impl PyFrame {
    /// `seq` is `None`: the backend assigns it.
    #[new]
    fn construct(bytes: &Bound<'_, PyAny>, kind: &Bound<'_, PyFrameKind>) -> PyResult<Self> {
        Ok(Self(Frame::new(bytes_like("bytes", bytes)?, kind.get().0)))
    }

    #[staticmethod]
    fn new(bytes: &Bound<'_, PyAny>, kind: &Bound<'_, PyFrameKind>) -> PyResult<Self> {
        Self::construct(bytes, kind)
    }

    #[staticmethod]
    fn with_seq(
        bytes: &Bound<'_, PyAny>,
        kind: &Bound<'_, PyFrameKind>,
        seq: u64,
    ) -> PyResult<Self> {
        Ok(Self(Frame::with_seq(
            bytes_like("bytes", bytes)?,
            kind.get().0,
            seq,
        )))
    }

    #[getter]
    fn bytes<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, &self.0.bytes)
    }

    #[setter]
    fn set_bytes(&mut self, value: &Bound<'_, PyAny>) -> PyResult<()> {
        self.0.bytes = bytes_like("bytes", value)?;
        Ok(())
    }

    #[getter]
    fn kind(&self, py: Python<'_>) -> PyResult<Py<PyFrameKind>> {
        PyFrameKind::of(py, self.0.kind)
    }

    #[setter]
    fn set_kind(&mut self, value: &Bound<'_, PyFrameKind>) {
        self.0.kind = value.get().0;
    }

    #[getter]
    fn seq(&self) -> Option<u64> {
        self.0.seq
    }

    #[setter]
    fn set_seq(&mut self, value: Option<u64>) {
        self.0.seq = value;
    }

    fn __repr__(&self) -> String {
        format!("{:?}", self.0)
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let frame = slf.borrow();
        let bytes = frame.bytes(py).into_any();
        let kind = frame.kind(py)?.into_bound(py).into_any();
        match frame.0.seq {
            Some(seq) => Ok((
                slf.get_type().getattr("with_seq")?,
                PyTuple::new(py, [bytes, kind, seq.into_bound_py_any(py)?])?,
            )),
            None => Ok((slf.get_type().into_any(), PyTuple::new(py, [bytes, kind])?)),
        }
    }
}

pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyFrame>()
}
