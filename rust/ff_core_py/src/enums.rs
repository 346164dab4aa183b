//! The enums whose variants are all units, as frozen classes with one
//! singleton per variant (`FrameKind.Stdout is FrameKind.Stdout`), so
//! `match` arms like `case FrameKind.Stdout:` compare by value.

use ff_core::backend::{
    BackendTag, CancelFlowPolicy, FailureClass, FrameKind, HandleKind, WaitpointKind,
};
use ff_core::partition::PartitionFamily;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyTuple;

use crate::variants::reduce_unit;

macro_rules! unit_enum {
    ($(#[$doc:meta])* $py_type:ident = $name:literal wraps $rust:ident [$($variant:ident),+ $(,)?]) => {
        $(#[$doc])*
        #[pyclass(frozen, eq, hash, name = $name, module = "ff_core._ff_core")]
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        pub struct $py_type(pub $rust);

        impl $py_type {
            const VARIANTS: &[$rust] = &[$($rust::$variant),+];

            /// The singleton Python object of `value`.
            pub fn of(py: Python<'_>, value: $rust) -> PyResult<Py<Self>> {
                static SINGLETONS: PyOnceLock<Vec<Py<$py_type>>> = PyOnceLock::new();
                let all = SINGLETONS.get_or_try_init(py, || {
                    Self::VARIANTS.iter().map(|v| Py::new(py, Self(*v))).collect::<PyResult<_>>()
                })?;
                Self::VARIANTS
                    .iter()
                    .position(|v| *v == value)
                    .map(|index| all[index].clone_ref(py))
                    .ok_or_else(|| {
                        PyValueError::new_err(format!(
                            "{value:?} is a {} variant this binding does not know",
                            $name
                        ))
                    })
            }
        }

        #[pymethods]
        impl $py_type {
            $(
                #[classattr]
                #[allow(non_snake_case)]
                fn $variant(py: Python<'_>) -> PyResult<Py<Self>> {
                    Self::of(py, $rust::$variant)
                }
            )+

            fn __repr__(&self) -> String {
                format!("{:?}", self.0)
            }

            fn __reduce__<'py>(
                slf: &Bound<'py, Self>,
            ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
                reduce_unit::<Self>(slf.py(), &format!("{:?}", slf.get().0))
            }
        }
    };
}

unit_enum!(
    /// Which backend implementation a `Handle` belongs to.
    PyBackendTag = "BackendTag" wraps BackendTag [Valkey]
);
unit_enum!(
    /// Lifecycle kind carried inside a `Handle`.
    PyHandleKind = "HandleKind" wraps HandleKind [Fresh, Resumed, Suspended]
);
unit_enum!(
    /// Frame classification for `append_frame`.
    PyFrameKind = "FrameKind" wraps FrameKind [Stdout, Stderr, Event, Blob]
);
unit_enum!(
    /// Waitpoint matcher mode.
    PyWaitpointKind = "WaitpointKind" wraps WaitpointKind [SignalName, CorrelationId, External]
);
unit_enum!(
    /// Failure classification, which decides retry disposition.
    PyFailureClass = "FailureClass" wraps FailureClass
        [Transient, Permanent, InfraCrash, Timeout, Cancelled]
);
unit_enum!(
    /// What `cancel_flow` does with the flow's members.
    PyCancelFlowPolicy = "CancelFlowPolicy" wraps CancelFlowPolicy
        [FlowOnly, CancelAll, CancelPending]
);
unit_enum!(
    /// What a partition shards; exhaustive, unlike the backend enums.
    PyPartitionFamily = "PartitionFamily" wraps PartitionFamily [Flow, Execution, Budget, Quota]
);

pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyBackendTag>()?;
    module.add_class::<PyHandleKind>()?;
    module.add_class::<PyFrameKind>()?;
    module.add_class::<PyWaitpointKind>()?;
    module.add_class::<PyFailureClass>()?;
    module.add_class::<PyCancelFlowPolicy>()?;
    module.add_class::<PyPartitionFamily>()?;
    Ok(())
}
