"""`ff_core::engine_error`: the engine's typed answer to an operation.
`EngineError` is an exception (under `Exception`: the engine's answer,
not bad input); each variant is a subclass reached as an attribute
(`except EngineError.Contention as e:`) with its fields as read-only
attributes. `str(e)` is ff-core's `Display`, `repr(e)` its `Debug`,
`e.class_()` its `class()`, all computed from the Rust value the fields
rebuild. Python code raises any variant the way a Rust backend does."""
# Generated from the binding's declarations by `cargo test -p ff_core_py`
# (FF_CORE_UPDATE_STUBS=1 rewrites it): do not edit.

import builtins
import enum
from collections.abc import Iterable, Mapping
from datetime import timedelta
from typing import Any, ClassVar, Final, Literal, TypeAlias, final
from uuid import UUID

from typing_extensions import Buffer, Never, Self, disjoint_base
from ff_core.contracts import EdgeSnapshot
from ff_core.error import ErrorClass

__all__ = [
    "ValidationKind",
    "ContentionKind",
    "ConflictKind",
    "StateKind",
    "BugKind",
    "EngineError",
]

@final
class ValidationKind:
    """Validation sub-kinds. 1:1 with the Lua validation codes."""
    def __new__(cls, _no_public_constructor: Never, /) -> Self: ...
    InvalidInput: ClassVar[ValidationKind]
    CapabilityMismatch: ClassVar[ValidationKind]
    InvalidCapabilities: ClassVar[ValidationKind]
    InvalidPolicyJson: ClassVar[ValidationKind]
    PayloadTooLarge: ClassVar[ValidationKind]
    SignalLimitExceeded: ClassVar[ValidationKind]
    InvalidWaitpointKey: ClassVar[ValidationKind]
    WaitpointNotTokenBound: ClassVar[ValidationKind]
    RetentionLimitExceeded: ClassVar[ValidationKind]
    InvalidLeaseForSuspend: ClassVar[ValidationKind]
    InvalidDependency: ClassVar[ValidationKind]
    InvalidWaitpointForExecution: ClassVar[ValidationKind]
    InvalidBlockingReason: ClassVar[ValidationKind]
    InvalidOffset: ClassVar[ValidationKind]
    Unauthorized: ClassVar[ValidationKind]
    InvalidBudgetScope: ClassVar[ValidationKind]
    BudgetOverrideNotAllowed: ClassVar[ValidationKind]
    InvalidQuotaSpec: ClassVar[ValidationKind]
    InvalidKid: ClassVar[ValidationKind]
    InvalidSecretHex: ClassVar[ValidationKind]
    InvalidGraceMs: ClassVar[ValidationKind]
    InvalidTagKey: ClassVar[ValidationKind]
    InvalidFrameType: ClassVar[ValidationKind]
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: object, /) -> Self: ...
    def __eq__(self, other: object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]

@disjoint_base
class ContentionKind:
    """Contention sub-kinds: retryable races with another worker or with
    the execution's current state."""
    def __new__(cls, _no_public_constructor: Never, /) -> Self: ...
    UseClaimResumedExecution: ClassVar[ContentionKind]
    NotAResumedExecution: ClassVar[ContentionKind]
    ExecutionNotLeaseable: ClassVar[ContentionKind]
    LeaseConflict: ClassVar[ContentionKind]
    InvalidClaimGrant: ClassVar[ContentionKind]
    ClaimGrantExpired: ClassVar[ContentionKind]
    NoEligibleExecution: ClassVar[ContentionKind]
    WaitpointNotFound: ClassVar[ContentionKind]
    WaitpointPendingUseBufferScript: ClassVar[ContentionKind]
    StaleGraphRevision: ClassVar[ContentionKind]
    ExecutionNotEligible: ClassVar[ContentionKind]
    ExecutionNotInEligibleSet: ClassVar[ContentionKind]
    ExecutionNotReclaimable: ClassVar[ContentionKind]
    NoActiveLease: ClassVar[ContentionKind]
    RateLimitExceeded: ClassVar[ContentionKind]
    ConcurrencyLimitExceeded: ClassVar[ContentionKind]

    @final
    class ExecutionNotActive(ContentionKind):
        """The execution is not active: its state, as the Lua side reports it."""
        @property
        def terminal_outcome(self) -> str: ...
        @property
        def lease_epoch(self) -> str: ...
        @property
        def lifecycle_phase(self) -> str: ...
        @property
        def attempt_id(self) -> str: ...
        __match_args__: ClassVar[tuple[Literal["terminal_outcome"], Literal["lease_epoch"], Literal["lifecycle_phase"], Literal["attempt_id"]]]
        def __new__(cls, terminal_outcome: str, lease_epoch: str, lifecycle_phase: str, attempt_id: str) -> Self: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: object, /) -> Self: ...
    def __eq__(self, other: object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]

@disjoint_base
class ConflictKind:
    """Conflict sub-kinds: permanent; the caller must not blindly retry."""
    def __new__(cls, _no_public_constructor: Never, /) -> Self: ...
    CycleDetected: ClassVar[ConflictKind]
    SelfReferencingEdge: ClassVar[ConflictKind]
    ExecutionAlreadyInFlow: ClassVar[ConflictKind]
    WaitpointAlreadyExists: ClassVar[ConflictKind]
    BudgetAttachConflict: ClassVar[ConflictKind]
    QuotaAttachConflict: ClassVar[ConflictKind]
    ActiveAttemptExists: ClassVar[ConflictKind]

    @final
    class DependencyAlreadyExists(ConflictKind):
        """The edge already exists: the pre-existing edge."""
        @property
        def existing(self) -> EdgeSnapshot: ...
        __match_args__: ClassVar[tuple[Literal["existing"]]]
        def __new__(cls, existing: EdgeSnapshot) -> Self: ...

    @final
    class RotationConflict(ConflictKind):
        """A rotation with the same kid but another secret."""
        @property
        def _0(self) -> str: ...
        __match_args__: ClassVar[tuple[Literal["_0"]]]
        def __new__(cls, _0: str) -> Self: ...
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: object, /) -> Self: ...
    def __eq__(self, other: object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]

@final
class StateKind:
    """State sub-kinds: legal but surprising states."""
    def __new__(cls, _no_public_constructor: Never, /) -> Self: ...
    StaleLease: ClassVar[StateKind]
    LeaseExpired: ClassVar[StateKind]
    LeaseRevoked: ClassVar[StateKind]
    ExecutionNotSuspended: ClassVar[StateKind]
    AlreadySuspended: ClassVar[StateKind]
    WaitpointClosed: ClassVar[StateKind]
    TargetNotSignalable: ClassVar[StateKind]
    DuplicateSignal: ClassVar[StateKind]
    ResumeConditionNotMet: ClassVar[StateKind]
    WaitpointNotPending: ClassVar[StateKind]
    PendingWaitpointExpired: ClassVar[StateKind]
    WaitpointNotOpen: ClassVar[StateKind]
    ExecutionNotTerminal: ClassVar[StateKind]
    MaxReplaysExhausted: ClassVar[StateKind]
    StreamClosed: ClassVar[StateKind]
    StaleOwnerCannotAppend: ClassVar[StateKind]
    GrantAlreadyExists: ClassVar[StateKind]
    ExecutionNotInFlow: ClassVar[StateKind]
    FlowAlreadyTerminal: ClassVar[StateKind]
    DepsNotSatisfied: ClassVar[StateKind]
    NotBlockedByDeps: ClassVar[StateKind]
    NotRunnable: ClassVar[StateKind]
    Terminal: ClassVar[StateKind]
    BudgetExceeded: ClassVar[StateKind]
    BudgetSoftExceeded: ClassVar[StateKind]
    OkAlreadyApplied: ClassVar[StateKind]
    AttemptNotStarted: ClassVar[StateKind]
    AttemptAlreadyTerminal: ClassVar[StateKind]
    ExecutionNotEligibleForAttempt: ClassVar[StateKind]
    ReplayNotAllowed: ClassVar[StateKind]
    MaxRetriesExhausted: ClassVar[StateKind]
    StreamAlreadyClosed: ClassVar[StateKind]
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: object, /) -> Self: ...
    def __eq__(self, other: object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]

@final
class BugKind:
    """FF-internal invariant violations."""
    def __new__(cls, _no_public_constructor: Never, /) -> Self: ...
    AttemptNotInCreatedState: ClassVar[BugKind]
    def __copy__(self) -> Self: ...
    def __deepcopy__(self, memo: object, /) -> Self: ...
    def __eq__(self, other: object, /) -> bool: ...
    __hash__: ClassVar[None]  # type: ignore[assignment]

class EngineError(Exception):
    """The engine's typed answer to an operation; each variant is a subclass
    (the base itself is never raised)."""
    def __new__(cls, _no_public_constructor: Never, /) -> Self: ...
    def class_(self) -> ErrorClass: ...

    @final
    class NotFound(EngineError):
        """A uniquely-identified resource did not exist; `entity` is a stable
        label (`"execution"`, `"flow"`, `"attempt"`)."""
        @property
        def entity(self) -> str: ...
        __match_args__: ClassVar[tuple[Literal["entity"]]]
        def __new__(cls, entity: str) -> Self: ...

    @final
    class Validation(EngineError):
        """The caller supplied a malformed, out-of-range or rejected input."""
        @property
        def kind(self) -> ValidationKind: ...
        @property
        def detail(self) -> str: ...
        __match_args__: ClassVar[tuple[Literal["kind"], Literal["detail"]]]
        def __new__(cls, kind: ValidationKind, detail: str) -> Self: ...

    @final
    class Contention(EngineError):
        """A transient conflict with another worker or the current state: retry."""
        @property
        def kind(self) -> ContentionKind: ...
        __match_args__: ClassVar[tuple[Literal["kind"]]]
        def __new__(cls, kind: ContentionKind) -> Self: ...

    @final
    class Conflict(EngineError):
        """A permanent conflict with an existing record: do not blindly retry."""
        @property
        def kind(self) -> ConflictKind: ...
        __match_args__: ClassVar[tuple[Literal["kind"]]]
        def __new__(cls, kind: ConflictKind) -> Self: ...

    @final
    class State(EngineError):
        """A legal but surprising state."""
        @property
        def kind(self) -> StateKind: ...
        __match_args__: ClassVar[tuple[Literal["kind"]]]
        def __new__(cls, kind: StateKind) -> Self: ...

    @final
    class Bug(EngineError):
        """An FF-internal invariant violation."""
        @property
        def kind(self) -> BugKind: ...
        __match_args__: ClassVar[tuple[Literal["kind"]]]
        def __new__(cls, kind: BugKind) -> Self: ...

    @final
    class Transport(EngineError):
        """A backend transport fault; `source` is the exception it raised, and
        also the error's `__cause__`."""
        @property
        def backend(self) -> str: ...
        @property
        def source(self) -> BaseException: ...
        __match_args__: ClassVar[tuple[Literal["backend"], Literal["source"]]]
        def __new__(cls, backend: str, source: BaseException) -> Self: ...
        def __init__(self, backend: str, source: BaseException) -> None: ...

    @final
    class Unavailable(EngineError):
        """A backend method not wired up yet."""
        @property
        def op(self) -> str: ...
        __match_args__: ClassVar[tuple[Literal["op"]]]
        def __new__(cls, op: str) -> Self: ...
