//! The support types of `ff_core::types`: formats, errors, redaction.

use ff_core::partition::{PartitionConfig, PartitionCountError, PartitionFamily};
use ff_core::types::{
    ExecutionId, ExecutionIdParseError, FlowId, LANE_ID_MAX_BYTES, LaneId, LaneIdError, Namespace, SignalId,
    TimestampMs, WaitpointToken,
};
use uuid::Uuid;

const UUID: &str = "67e55044-10b1-426f-9247-bb680e5fe0c8";

#[test]
fn namespace_formats() {
    let ns = Namespace::new("tenant-a");
    assert_eq!(ns.as_str(), "tenant-a");
    assert_eq!(ns.to_string(), "tenant-a");
    assert_eq!(format!("{ns:?}"), r#"Namespace("tenant-a")"#);
    assert_eq!(format!("{:?}", Namespace::from("a\"b\n")), r#"Namespace("a\"b\n")"#);
    assert_eq!(Namespace::from(String::from("x")), Namespace::new("x"));
    assert_eq!(serde_json::to_string(&ns).unwrap(), r#""tenant-a""#);
}

#[test]
fn lane_id_validates_in_order() {
    assert_eq!(LANE_ID_MAX_BYTES, 64);
    assert_eq!(LaneId::try_new("default").unwrap(), LaneId::new("default"));
    assert_eq!(LaneId::try_new(""), Err(LaneIdError::Empty));
    assert_eq!(LaneId::try_new("x".repeat(64)).unwrap().as_str().len(), 64);
    assert_eq!(LaneId::try_new("x".repeat(65)), Err(LaneIdError::TooLong(65)));
    // Length is counted in UTF-8 bytes and checked before printability.
    assert_eq!(LaneId::try_new("é".repeat(33)), Err(LaneIdError::TooLong(66)));
    assert_eq!(LaneId::try_new("ab\tc"), Err(LaneIdError::NonPrintable(2)));
    assert_eq!(LaneId::try_new("aé"), Err(LaneIdError::NonPrintable(1)));
    assert_eq!(LaneId::try_new("a\x7f"), Err(LaneIdError::NonPrintable(1)));
    assert!(LaneId::try_new(" ~").is_ok());
    // `new` never validates.
    assert_eq!(LaneId::new("").as_str(), "");
}

#[test]
fn lane_id_error_messages() {
    assert_eq!(LaneIdError::Empty.to_string(), "lane_id is empty");
    assert_eq!(LaneIdError::TooLong(70).to_string(), "lane_id exceeds 64 bytes (got 70)");
    assert_eq!(LaneIdError::NonPrintable(3).to_string(), "lane_id contains non-ASCII-printable byte at index 3");
}

#[test]
fn lane_id_formats_and_deserializes_through_try_new() {
    let lane = LaneId::new("default");
    assert_eq!(format!("{lane:?}"), r#"LaneId("default")"#);
    assert_eq!(lane.to_string(), "default");
    assert_eq!(serde_json::from_str::<LaneId>(r#""gpu""#).unwrap(), LaneId::new("gpu"));
    let err = serde_json::from_str::<LaneId>(r#""""#).unwrap_err();
    assert!(err.to_string().contains("lane_id is empty"), "{err}");
}

#[test]
fn uuid_ids_format_and_parse() {
    let flow = FlowId::parse(UUID).unwrap();
    assert_eq!(flow.to_string(), UUID);
    assert_eq!(format!("{flow:?}"), format!("FlowId({UUID})"));
    assert_eq!(flow, FlowId::from_uuid(Uuid::parse_str(UUID).unwrap()));
    assert_eq!(flow.as_bytes(), Uuid::parse_str(UUID).unwrap().as_bytes());
    // Whatever `Uuid::parse_str` accepts: upper case, braces, simple form.
    assert_eq!(FlowId::parse(&UUID.to_uppercase()).unwrap(), flow);
    assert_eq!(FlowId::parse("67e5504410b1426f9247bb680e5fe0c8").unwrap(), flow);
    assert!(FlowId::parse("not-a-uuid").is_err());
    assert_ne!(FlowId::new(), FlowId::new());
    assert_eq!(FlowId::default().0.get_version_num(), 4);
    let signal = SignalId::parse(UUID).unwrap();
    assert_eq!(format!("{signal:?}"), format!("SignalId({UUID})"));
    assert_eq!(serde_json::to_string(&signal).unwrap(), format!("\"{UUID}\""));
}

#[test]
fn execution_id_mints_in_the_right_partition() {
    let config = PartitionConfig::default();
    let lane = LaneId::new("default");
    let uuid = Uuid::parse_str(UUID).unwrap();
    let eid = ExecutionId::deterministic_solo(&lane, &config, uuid);
    let solo = ff_core::partition::solo_partition(&lane, &config);
    assert_eq!(eid.as_str(), format!("{{fp:{}}}:{UUID}", solo.index));
    assert_eq!(eid.partition(), solo.index);
    assert_eq!(eid, ExecutionId::deterministic_solo(&lane, &config, uuid));

    let flow = FlowId::parse(UUID).unwrap();
    let by_flow = ExecutionId::deterministic_for_flow(&flow, &config, Uuid::nil());
    let fp = ff_core::partition::flow_partition(&flow, &config);
    assert_eq!(by_flow.as_str(), format!("{{fp:{}}}:00000000-0000-0000-0000-000000000000", fp.index));
    assert_eq!(ExecutionId::for_flow(&flow, &config).partition(), fp.index);
    assert_eq!(ExecutionId::solo(&lane, &config).partition(), solo.index);
}

#[test]
fn execution_id_zero_partitions_is_an_error() {
    let config = PartitionConfig { num_flow_partitions: 0, ..PartitionConfig::default() };
    let lane = LaneId::new("default");
    let expected = Err(PartitionCountError::Zero(PartitionFamily::Execution));
    assert_eq!(ExecutionId::try_solo(&lane, &config), expected);
    assert_eq!(
        ExecutionId::try_for_flow(&FlowId::new(), &config),
        Err(PartitionCountError::Zero(PartitionFamily::Flow))
    );
}

#[test]
fn execution_id_parse_keeps_input_verbatim() {
    let upper = format!("{{fp:7}}:{}", UUID.to_uppercase());
    let eid = ExecutionId::parse(&upper).unwrap();
    assert_eq!(eid.as_str(), upper);
    assert_eq!(eid.to_string(), upper);
    assert_eq!(eid.partition(), 7);
    assert_eq!(format!("{eid:?}"), format!("ExecutionId(\"{upper}\")"));
    // Leading zeros and `+` are what `str::parse::<u16>` accepts.
    assert_eq!(ExecutionId::parse(&format!("{{fp:007}}:{UUID}")).unwrap().partition(), 7);
    assert_eq!(ExecutionId::parse(&format!("{{fp:+7}}:{UUID}")).unwrap().partition(), 7);
    assert_eq!(ExecutionId::parse(&format!("{{fp:65535}}:{UUID}")).unwrap().partition(), 65535);
}

#[test]
fn execution_id_parse_errors() {
    use ExecutionIdParseError::{InvalidPartitionIndex, InvalidUuid, MissingTag};
    let missing = |s: &str| Err(MissingTag(s.to_owned()));
    assert_eq!(ExecutionId::parse(UUID), missing(UUID));
    assert_eq!(ExecutionId::parse("{fp:7"), missing("{fp:7"));
    assert_eq!(ExecutionId::parse("{b:7}:x"), missing("{b:7}:x"));
    assert_eq!(ExecutionId::parse(""), missing(""));
    assert_eq!(ExecutionId::parse(&format!("{{fp:65536}}:{UUID}")), Err(InvalidPartitionIndex("65536".into())));
    assert_eq!(ExecutionId::parse(&format!("{{fp:}}:{UUID}")), Err(InvalidPartitionIndex(String::new())));
    assert_eq!(ExecutionId::parse("{fp:1}:nope"), Err(InvalidUuid("nope".into())));
    // The first `}:` ends the index.
    assert_eq!(ExecutionId::parse("{fp:1}:}:x"), Err(InvalidUuid("}:x".into())));
}

#[test]
fn execution_id_error_messages() {
    assert_eq!(
        ExecutionIdParseError::MissingTag("x".into()).to_string(),
        "execution_id is missing the `{fp:N}:` hash-tag prefix: x"
    );
    assert_eq!(
        ExecutionIdParseError::InvalidPartitionIndex("70000".into()).to_string(),
        "execution_id partition index is not a valid u16: 70000"
    );
    assert_eq!(
        ExecutionIdParseError::InvalidUuid("nope".into()).to_string(),
        "execution_id UUID suffix is not a valid UUID: nope"
    );
}

#[test]
fn execution_id_serde_validates() {
    let raw = format!("\"{{fp:3}}:{UUID}\"");
    let eid: ExecutionId = serde_json::from_str(&raw).unwrap();
    assert_eq!(serde_json::to_string(&eid).unwrap(), raw);
    assert!(serde_json::from_str::<ExecutionId>(r#""nope""#).is_err());
}

#[test]
fn timestamp_formats_and_orders() {
    let t = TimestampMs::from_millis(1234);
    assert_eq!(t, TimestampMs(1234));
    assert_eq!(t.to_string(), "1234");
    assert_eq!(format!("{t:?}"), "TimestampMs(1234)");
    assert_eq!(format!("{:?}", TimestampMs(-5)), "TimestampMs(-5)");
    assert!(TimestampMs(1) < TimestampMs(2));
    assert!(TimestampMs::now().0 > 1_700_000_000_000);
    assert_eq!(serde_json::to_string(&t).unwrap(), "1234");
}

#[test]
fn waitpoint_token_redacts() {
    let digest = "0123456789abcdef0123456789abcdef01234567";
    let token = WaitpointToken::new(format!("kid1:{digest}"));
    assert_eq!(token.as_str(), format!("kid1:{digest}"));
    assert_eq!(format!("{token:?}"), "WaitpointToken(kid1:<REDACTED:len=40>)");
    assert_eq!(token.to_string(), "kid1:<REDACTED:len=40>");
    assert!(!format!("{token:?}{token}{token:#?}").contains(digest));
    // Digest length is in bytes; the kid is printed unescaped.
    assert_eq!(WaitpointToken::from("k\"y:é").to_string(), "k\"y:<REDACTED:len=2>");
    // Only the first colon splits.
    assert_eq!(WaitpointToken::from("a:b:c").to_string(), "a:<REDACTED:len=3>");
}

#[test]
fn waitpoint_token_malformed_forms() {
    for raw in ["", "nocolon", ":digest", "kid:", ":"] {
        let token = WaitpointToken::from(raw);
        assert_eq!(token.to_string(), "<REDACTED:malformed>", "{raw:?}");
        assert_eq!(format!("{token:?}"), "WaitpointToken(<REDACTED:malformed>)");
    }
    assert_eq!(WaitpointToken::from(String::from("a:b")), WaitpointToken::new("a:b"));
}

mod keyspace_types {
    use ff_core::types::{
        AttemptId, AttemptIndex, BudgetId, CancelSource, LeaseEpoch, LeaseFence, LeaseId, WaitpointKey, WorkerId,
    };
    use uuid::Uuid;

    const UUID: &str = "67e55044-10b1-426f-9247-bb680e5fe0c8";

    #[test]
    fn uuid_ids_debug_display_json() {
        let id = BudgetId::parse(&UUID.to_uppercase()).unwrap();
        assert_eq!(format!("{id:?}"), format!("BudgetId({UUID})"));
        assert_eq!(id.to_string(), UUID);
        assert_eq!(serde_json::to_string(&id).unwrap(), format!("\"{UUID}\""));
        assert_eq!(BudgetId::parse(&format!("urn:uuid:{UUID}")).unwrap(), id);
        let err = serde_json::from_str::<LeaseId>("\"nope\"").unwrap_err().to_string();
        assert!(err.starts_with("UUID parsing failed: "), "{err}");
    }

    #[test]
    fn string_ids() {
        let w = WorkerId::new("worker-1");
        assert_eq!(format!("{w:?}"), "WorkerId(\"worker-1\")");
        assert_eq!(w.to_string(), "worker-1");
        assert_eq!(
            serde_json::from_str::<WaitpointKey>("5").unwrap_err().to_string(),
            "invalid type: integer `5`, expected a string at line 1 column 1"
        );
    }

    #[test]
    fn counters() {
        assert_eq!(LeaseEpoch::new(3).next(), LeaseEpoch(4));
        assert_eq!(format!("{:?}", AttemptIndex(0)), "AttemptIndex(0)");
        assert_eq!(AttemptIndex(u32::MAX).try_next(), None);
        assert_eq!(LeaseEpoch(7).to_string(), "7");
        assert!(LeaseEpoch(1) < LeaseEpoch(2));
        assert_eq!(
            serde_json::from_str::<LeaseEpoch>("-1").unwrap_err().to_string(),
            "invalid value: integer `-1`, expected u64 at line 1 column 2"
        );
    }

    #[test]
    #[should_panic(expected = "LeaseEpoch overflow")]
    fn counter_next_panics_at_the_maximum() {
        let _ = LeaseEpoch(u64::MAX).next();
    }

    #[test]
    fn lease_fence_json() {
        let fence = LeaseFence {
            lease_id: LeaseId::from_uuid(Uuid::parse_str(UUID).unwrap()),
            lease_epoch: LeaseEpoch(3),
            attempt_id: AttemptId::from_uuid(Uuid::nil()),
        };
        let json = serde_json::to_string(&fence).unwrap();
        assert_eq!(
            json,
            format!(
                "{{\"lease_id\":\"{UUID}\",\"lease_epoch\":3,\"attempt_id\":\"00000000-0000-0000-0000-000000000000\"}}"
            )
        );
        assert_eq!(serde_json::from_str::<LeaseFence>(&json).unwrap(), fence);
        let err = serde_json::from_str::<LeaseFence>(&format!("{{\"lease_id\":\"{UUID}\",\"attempt_id\":\"{UUID}\"}}"));
        assert!(err.unwrap_err().to_string().starts_with("missing field `lease_epoch`"));
        assert_eq!(
            format!("{fence:?}"),
            format!(
                "LeaseFence {{ lease_id: LeaseId({UUID}), lease_epoch: LeaseEpoch(3), attempt_id: \
                 AttemptId(00000000-0000-0000-0000-000000000000) }}"
            )
        );
    }

    #[test]
    fn cancel_source() {
        assert_eq!(CancelSource::default(), CancelSource::OperatorOverride);
        assert_eq!("lease_holder".parse::<CancelSource>().unwrap(), CancelSource::LeaseHolder);
        assert_eq!("LeaseHolder".parse::<CancelSource>().unwrap(), CancelSource::Custom("LeaseHolder".into()));
        assert_eq!("".parse::<CancelSource>().unwrap(), CancelSource::Custom(String::new()));
        assert_eq!(CancelSource::Custom("x".into()).to_string(), "x");
        assert_eq!(format!("{:?}", CancelSource::Custom("x".into())), "Custom(\"x\")");
        assert_eq!(serde_json::to_string(&CancelSource::FlowCascade).unwrap(), "\"flow_cascade\"");
        assert_eq!(serde_json::to_string(&CancelSource::Custom("lease_holder".into())).unwrap(), "\"lease_holder\"");
        assert_eq!(serde_json::from_str::<CancelSource>("\"lease_holder\"").unwrap(), CancelSource::LeaseHolder);
        assert_eq!(serde_json::from_str::<CancelSource>("\"zz\"").unwrap(), CancelSource::Custom("zz".into()));
        for bad in ["5", "null", "{\"custom\":\"x\"}"] {
            assert_eq!(
                serde_json::from_str::<CancelSource>(bad).unwrap_err().to_string(),
                "data did not match any variant of untagged enum CancelSource",
                "{bad}"
            );
        }
    }
}
