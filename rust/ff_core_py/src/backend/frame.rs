//! `FrameKind` and `Frame`, one stream frame.

use ff_core::backend::{Frame, FrameKind};

use crate::support::value::{constructors, unit_enum, value_struct};

unit_enum!(
    /// Frame classification for `append_frame`.
    PyFrameKind "FrameKind" => FrameKind [Stdout, Stderr, Event, Blob]
);

value_struct!(
    /// Single stream frame appended via `append_frame`. An exact `bytes`
    /// payload is kept without copying: `Frame(b, kind).bytes is b`.
    PyFrame "Frame" => Frame = Frame::new(Vec::new(), FrameKind::Stdout);
    fields {
        bytes: Vec<u8>,
        kind: FrameKind,
        /// `None` lets the backend assign the sequence.
        seq: Option<u64>,
    }
    hash: no;
);
constructors!(PyFrame { new(bytes, kind); with_seq(bytes, kind, seq: u64); });
