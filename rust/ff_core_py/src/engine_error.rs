//! `ff_core::engine_error`: the engine's typed answer to an operation.
//! `EngineError` is an exception (under `Exception`: the engine's answer,
//! not bad input); each variant is a subclass reached as an attribute
//! (`except EngineError.Contention as e:`) with its fields as read-only
//! attributes. `str(e)` is ff-core's `Display`, `repr(e)` its `Debug`,
//! `e.class_()` its `class()`, all computed from the Rust value the fields
//! rebuild. Python code raises any variant the way a Rust backend does.

use std::collections::HashSet;
use std::sync::Mutex;

use ff_core::contracts::EdgeSnapshot;
use ff_core::engine_error::{BugKind, ConflictKind, ContentionKind, EngineError, StateKind, ValidationKind};
use ff_core::error::ErrorClass;
use pyo3::exceptions::{PyBaseException, PyException, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};

use crate::support::slot::{Slot, exact_str, py_str, type_error, utf8};
use crate::support::value::data_enum;

data_enum!(
    /// Validation sub-kinds. 1:1 with the Lua validation codes.
    PyValidationKind "ValidationKind" => ValidationKind;
    hash: no;
    units [
        InvalidInput, CapabilityMismatch, InvalidCapabilities, InvalidPolicyJson, PayloadTooLarge,
        SignalLimitExceeded, InvalidWaitpointKey, WaitpointNotTokenBound, RetentionLimitExceeded,
        InvalidLeaseForSuspend, InvalidDependency, InvalidWaitpointForExecution, InvalidBlockingReason,
        InvalidOffset, Unauthorized, InvalidBudgetScope, BudgetOverrideNotAllowed, InvalidQuotaSpec, InvalidKid,
        InvalidSecretHex, InvalidGraceMs, InvalidTagKey, InvalidFrameType,
    ];
);

data_enum!(
    /// Contention sub-kinds: retryable races with another worker or with
    /// the execution's current state.
    PyContentionKind "ContentionKind" => ContentionKind;
    hash: no;
    units [
        UseClaimResumedExecution, NotAResumedExecution, ExecutionNotLeaseable, LeaseConflict, InvalidClaimGrant,
        ClaimGrantExpired, NoEligibleExecution, WaitpointNotFound, WaitpointPendingUseBufferScript,
        StaleGraphRevision, ExecutionNotEligible, ExecutionNotInEligibleSet, ExecutionNotReclaimable, NoActiveLease,
        RateLimitExceeded, ConcurrencyLimitExceeded,
    ];
    /// The execution is not active: its state, as the Lua side reports it.
    ExecutionNotActive named { terminal_outcome: String, lease_epoch: String, lifecycle_phase: String, attempt_id: String }
);

data_enum!(
    /// Conflict sub-kinds: permanent; the caller must not blindly retry.
    PyConflictKind "ConflictKind" => ConflictKind;
    hash: no;
    units [
        CycleDetected, SelfReferencingEdge, ExecutionAlreadyInFlow, WaitpointAlreadyExists, BudgetAttachConflict,
        QuotaAttachConflict, ActiveAttemptExists,
    ];
    /// The edge already exists: the pre-existing edge.
    DependencyAlreadyExists named { existing: EdgeSnapshot }
    /// A rotation with the same kid but another secret.
    RotationConflict tuple { _0: String }
);

data_enum!(
    /// State sub-kinds: legal but surprising states.
    PyStateKind "StateKind" => StateKind;
    hash: no;
    units [
        StaleLease, LeaseExpired, LeaseRevoked, ExecutionNotSuspended, AlreadySuspended, WaitpointClosed,
        TargetNotSignalable, DuplicateSignal, ResumeConditionNotMet, WaitpointNotPending, PendingWaitpointExpired,
        WaitpointNotOpen, ExecutionNotTerminal, MaxReplaysExhausted, StreamClosed, StaleOwnerCannotAppend,
        GrantAlreadyExists, ExecutionNotInFlow, FlowAlreadyTerminal, DepsNotSatisfied, NotBlockedByDeps, NotRunnable,
        Terminal, BudgetExceeded, BudgetSoftExceeded, OkAlreadyApplied, AttemptNotStarted, AttemptAlreadyTerminal,
        ExecutionNotEligibleForAttempt, ReplayNotAllowed, MaxRetriesExhausted, StreamAlreadyClosed,
    ];
);

data_enum!(
    /// FF-internal invariant violations.
    PyBugKind "BugKind" => BugKind;
    hash: no;
    units [AttemptNotInCreatedState];
);

/// The most distinct `&'static str` labels (`entity`, `op`, `backend`)
/// one process interns, and the longest one.
const LABELS_MAX: usize = 4096;
const LABEL_MAX_BYTES: usize = 256;

/// A `&'static str` field: ff-core needs a static string, so each distinct
/// text is leaked once per process, in a bounded table, never per error.
fn intern(text: &str) -> PyResult<&'static str> {
    static LABELS: Mutex<Option<HashSet<&'static str>>> = Mutex::new(None);
    if text.len() > LABEL_MAX_BYTES {
        return Err(PyValueError::new_err(format!("a label is at most {LABEL_MAX_BYTES} bytes of UTF-8")));
    }
    let mut labels = LABELS.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let labels = labels.get_or_insert_with(HashSet::new);
    if let Some(label) = labels.get(text) {
        return Ok(label);
    }
    if labels.len() >= LABELS_MAX {
        return Err(PyValueError::new_err(format!("more than {LABELS_MAX} distinct labels in one process")));
    }
    let label: &'static str = Box::leak(text.to_owned().into_boxed_str());
    labels.insert(label);
    Ok(label)
}

impl Slot for &'static str {
    fn store(value: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let text = exact_str(value)?;
        intern(utf8(&text)?)?;
        Ok(text.into_any().unbind())
    }

    fn load(kept: &Bound<'_, PyAny>) -> PyResult<Self> {
        intern(utf8(kept.cast::<PyString>()?)?)
    }

    fn dump(py: Python<'_>, value: &Self) -> PyResult<Py<PyAny>> {
        Ok(py_str(py, value)?.into_any().unbind())
    }

    fn py_output() -> String {
        "str".into()
    }
}

/// `Transport`'s source: a Python exception, as the boxed error ff-core
/// carries. Its `Display` is `str(source)`, its `Debug` `repr(source)`.
struct Source(Py<PyAny>);

impl Source {
    fn text(&self, repr: bool) -> String {
        Python::attach(|py| {
            let source = self.0.bind(py);
            let text = if repr { source.repr() } else { source.str() };
            text.map_or_else(|_| "<unprintable exception>".to_owned(), |text| text.to_string())
        })
    }
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(false))
    }
}

impl std::fmt::Debug for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(true))
    }
}

impl std::error::Error for Source {}

/// The engine's typed answer to an operation; each variant is a subclass
/// (the base itself is never raised).
#[pyclass(extends = PyException, subclass, frozen, name = "EngineError", module = "ff_core._ff_core")]
pub struct PyEngineError;

/// The variants, each a subclass of `EngineError` whose fields are read
/// through `Slot` and rebuilt into the Rust value for `str`, `repr` and
/// `class_()`.
macro_rules! engine_errors {
    ($($(#[doc = $doc:literal])* $variant:ident $name:literal { $($field:ident : $fty:ty),+ } => $build:expr;)+) => {
        $(
            $(#[doc = $doc])*
            #[pyclass(extends = PyEngineError, frozen, name = $name, module = "ff_core._ff_core")]
            pub struct $variant {
                $(#[pyo3(get)] $field: Py<PyAny>,)+
            }

            impl $variant {
                fn rust(&self, py: Python<'_>) -> PyResult<EngineError> {
                    $(let $field = <$fty as Slot>::load(self.$field.bind(py))?;)+
                    Ok($build)
                }
            }

            #[pymethods]
            impl $variant {
                #[new]
                fn new(py: Python<'_>, $($field: &Bound<'_, PyAny>),+) -> PyResult<PyClassInitializer<Self>> {
                    $(let $field = <$fty as Slot>::store($field)
                        .map_err(|err| crate::support::error::for_argument(py, stringify!($field), err))?;)+
                    Ok(PyClassInitializer::from(PyEngineError).add_subclass(Self { $($field),+ }))
                }

                #[classattr]
                fn __qualname__() -> &'static str {
                    concat!("EngineError.", $name)
                }

                #[classattr]
                fn __match_args__(py: Python<'_>) -> PyResult<Py<PyTuple>> {
                    Ok(PyTuple::new(py, [$(stringify!($field)),+])?.unbind())
                }

                /// ff-core's `Display`.
                fn __str__(&self, py: Python<'_>) -> PyResult<String> {
                    Ok(self.rust(py)?.to_string())
                }

                /// ff-core's `Debug`.
                fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
                    Ok(format!("{:?}", self.rust(py)?))
                }

                /// ff-core's `EngineError::class()`.
                fn class_(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
                    ErrorClass::dump(py, &self.rust(py)?.class())
                }

                fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
                    let (this, py) = (slf.get(), slf.py());
                    Ok((slf.get_type().into_any(), PyTuple::new(py, [$(this.$field.bind(py)),+])?))
                }
            }
        )+

        #[pymethods]
        impl PyEngineError {
            $(
                #[classattr]
                #[allow(non_snake_case)]
                fn $variant() -> crate::support::value::VariantClass {
                    crate::support::value::VariantClass(|py| py.get_type::<$variant>().unbind())
                }
            )+
        }

        crate::support::surface::declared!(PyEngineError "EngineError", {
            use crate::support::surface::{Field, Variant, class_header, indented, variant_class_stub};
            let mut out = class_header(
                "", "EngineError", "Exception",
                &[" The engine's typed answer to an operation; each variant is a subclass", " (the base itself is never raised)."],
            );
            out.push_str(&indented("    ", crate::support::surface::NO_CONSTRUCTOR));
            out.push_str("    def class_(self) -> ErrorClass: ...\n");
            $(
                let variant = Variant { name: $name, doc: &[$($doc),*], fields: vec![$(Field::of::<$fty>(stringify!($field), &[])),+] };
                // `Transport`'s `__init__` sets `__cause__`.
                out.push_str(&variant_class_stub("EngineError", &variant, $name == "Transport"));
            )+
            out
        });
    };
}

engine_errors!(
    /// A uniquely-identified resource did not exist; `entity` is a stable
    /// label (`"execution"`, `"flow"`, `"attempt"`).
    NotFound "NotFound" { entity: &'static str } => EngineError::NotFound { entity };
    /// The caller supplied a malformed, out-of-range or rejected input.
    Validation "Validation" { kind: ValidationKind, detail: String } => EngineError::Validation { kind, detail };
    /// A transient conflict with another worker or the current state: retry.
    Contention "Contention" { kind: ContentionKind } => EngineError::Contention(kind);
    /// A permanent conflict with an existing record: do not blindly retry.
    Conflict "Conflict" { kind: ConflictKind } => EngineError::Conflict(kind);
    /// A legal but surprising state.
    State "State" { kind: StateKind } => EngineError::State(kind);
    /// An FF-internal invariant violation.
    Bug "Bug" { kind: BugKind } => EngineError::Bug(kind);
    /// A backend transport fault; `source` is the exception it raised, and
    /// also the error's `__cause__`.
    Transport "Transport" { backend: &'static str, source: SourceSlot } => EngineError::Transport {
        backend,
        source: Box::new(source.0),
    };
    /// A backend method not wired up yet.
    Unavailable "Unavailable" { op: &'static str } => EngineError::Unavailable { op };
);

/// The `source` field: any exception instance.
struct SourceSlot(Source);

impl Slot for SourceSlot {
    /// Any exception instance, kept as given.
    fn store(value: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        if value.is_instance_of::<PyBaseException>() {
            Ok(value.clone().unbind())
        } else {
            Err(type_error("an exception instance", value))
        }
    }

    fn load(kept: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(Self(Source(kept.clone().unbind())))
    }

    fn dump(py: Python<'_>, value: &Self) -> PyResult<Py<PyAny>> {
        Ok(value.0.0.clone_ref(py))
    }

    fn py_output() -> String {
        "BaseException".into()
    }
}

#[pymethods]
impl Transport {
    /// Keeps `source` as the `__cause__` too, as Rust's `#[source]` does.
    fn __init__(slf: &Bound<'_, Self>, _backend: &Bound<'_, PyAny>, source: &Bound<'_, PyAny>) -> PyResult<()> {
        slf.setattr("__cause__", source)
    }
}
