//! The keyspace contracts: stream cursors, claim results, create args.

use ff_core::contracts::{
    ClaimExecutionResult, ClaimedExecution, CreateExecutionArgs, StreamCursor, StreamCursorParseError,
};
use ff_core::state::AttemptType;
use ff_core::types::{AttemptId, AttemptIndex, ExecutionId, LeaseEpoch, LeaseId, TimestampMs};
use uuid::Uuid;

#[test]
fn stream_cursor_parse_table() {
    use StreamCursorParseError as E;
    assert_eq!("".parse::<StreamCursor>(), Err(E::Empty));
    assert_eq!("-".parse::<StreamCursor>(), Err(E::BareMarkerRejected("-".into())));
    assert_eq!("+".parse::<StreamCursor>(), Err(E::BareMarkerRejected("+".into())));
    assert_eq!("start".parse::<StreamCursor>(), Ok(StreamCursor::Start));
    assert_eq!("end".parse::<StreamCursor>(), Ok(StreamCursor::End));
    for ok in ["007", "0-0", "18446744073709551616-99999999999999999999", "5"] {
        assert_eq!(ok.parse::<StreamCursor>(), Ok(StreamCursor::At(ok.into())), "{ok}");
    }
    for bad in ["START", " start", "1-", "-1", "1-2-3", "+1", "0x10", "1.5", "１２"] {
        assert_eq!(bad.parse::<StreamCursor>(), Err(E::Malformed(bad.into())), "{bad}");
    }
    assert_eq!(StreamCursor::try_from("7-1".to_owned()), "7-1".parse());
    assert_eq!(
        E::Malformed("x".into()).to_string(),
        "invalid stream cursor 'x' (expected 'start', 'end', '<ms>', or '<ms>-<seq>')"
    );
    assert_eq!(
        E::BareMarkerRejected("-".into()).to_string(),
        "bare marker '-' is not a valid stream cursor; use 'start' or 'end'"
    );
}

#[test]
fn stream_cursor_forms() {
    assert_eq!(StreamCursor::Start.to_wire(), "-");
    assert_eq!(StreamCursor::End.into_wire_string(), "+");
    assert_eq!(StreamCursor::beginning(), StreamCursor::At("0-0".into()));
    assert!(StreamCursor::from_beginning().is_concrete() && !StreamCursor::start().is_concrete());
    assert_eq!(String::from(StreamCursor::end()), "end");
    assert_eq!(format!("{:?}", StreamCursor::At("0-0".into())), "At(\"0-0\")");
    assert_eq!(serde_json::to_string(&StreamCursor::Start).unwrap(), "\"start\"");
    assert_eq!(serde_json::from_str::<StreamCursor>("\"5-1\"").unwrap(), StreamCursor::At("5-1".into()));
    assert_eq!(
        serde_json::from_str::<StreamCursor>("\"-\"").unwrap_err().to_string(),
        "bare marker '-' is not a valid stream cursor; use 'start' or 'end'"
    );
    // Built directly, `At` is not validated: it writes what does not read back.
    assert_eq!(serde_json::to_string(&StreamCursor::At("-".into())).unwrap(), "\"-\"");
}

#[test]
fn claim_result_json() {
    let claimed = ClaimedExecution {
        execution_id: ExecutionId::parse("{fp:0}:67e55044-10b1-426f-9247-bb680e5fe0c8").unwrap(),
        lease_id: LeaseId::from_uuid(Uuid::nil()),
        lease_epoch: LeaseEpoch(0),
        attempt_index: AttemptIndex(0),
        attempt_id: AttemptId::from_uuid(Uuid::nil()),
        attempt_type: AttemptType::Initial,
        lease_expires_at: TimestampMs(1_699_999_999_998),
    };
    let nil = "00000000-0000-0000-0000-000000000000";
    let json = serde_json::to_string(&ClaimExecutionResult::Claimed(claimed.clone())).unwrap();
    assert_eq!(
        json,
        format!(
            "{{\"Claimed\":{{\"execution_id\":\"{{fp:0}}:67e55044-10b1-426f-9247-bb680e5fe0c8\",\"lease_id\":\"{nil}\",\
             \"lease_epoch\":0,\"attempt_index\":0,\"attempt_id\":\"{nil}\",\"attempt_type\":\"initial\",\
             \"lease_expires_at\":1699999999998}}}}"
        )
    );
    assert_eq!(serde_json::from_str::<ClaimExecutionResult>(&json).unwrap(), ClaimExecutionResult::Claimed(claimed));
    assert!(serde_json::from_str::<ClaimExecutionResult>(&json.replace("Claimed", "claimed")).is_err());
}

#[test]
fn create_execution_args_defaults_and_validation() {
    let json = r#"{"execution_id":"{fp:0}:67e55044-10b1-426f-9247-bb680e5fe0c8","namespace":"n","lane_id":"default","execution_kind":"k","input_payload":[1,2],"priority":5,"creator_identity":"c","partition_id":0,"now":1}"#;
    let args: CreateExecutionArgs = serde_json::from_str(json).unwrap();
    assert!(args.tags.is_empty() && args.policy.is_none() && args.payload_encoding.is_none());
    assert_eq!(args.input_payload, vec![1, 2]);
    let written = serde_json::to_string(&args).unwrap();
    assert!(written.contains("\"payload_encoding\":null") && written.contains("\"tags\":{}"));
    let bad = json.replace("\"lane_id\":\"default\"", "\"lane_id\":\"\"");
    assert_eq!(
        serde_json::from_str::<CreateExecutionArgs>(&bad).unwrap_err().to_string(),
        "lane_id is empty at line 1 column 90"
    );
}
