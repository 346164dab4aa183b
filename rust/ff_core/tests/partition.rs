//! Partition math, keys and their errors.

use ff_core::contracts::ReclaimGrant;
use ff_core::partition::{
    Partition, PartitionConfig, PartitionCountError, PartitionFamily, PartitionKey, PartitionKeyParseError,
    execution_partition, flow_partition, solo_partition, try_flow_partition, try_solo_partition,
};
use ff_core::types::{ExecutionId, FlowId, LaneId};
use uuid::Uuid;

/// Bitwise CRC-16/XMODEM, written from the definition to check the crate.
fn reference_crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0;
    for &byte in bytes {
        crc ^= u16::from(byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 == 0 {
                crc << 1
            } else {
                (crc << 1) ^ 0x1021
            };
        }
    }
    crc
}

#[test]
fn crc16_xmodem_check_value() {
    assert_eq!(reference_crc16(b"123456789"), 0x31C3);
    let config = PartitionConfig {
        num_flow_partitions: u16::MAX,
        ..PartitionConfig::default()
    };
    // 0x31C3 = 12739 < 65535, so the index is the CRC itself.
    assert_eq!(solo_partition(&LaneId::new("123456789"), &config).index, 0x31C3);
}

#[test]
fn config_defaults_and_counts() {
    let config = PartitionConfig::default();
    assert_eq!(
        config,
        PartitionConfig {
            num_flow_partitions: 256,
            num_budget_partitions: 32,
            num_quota_partitions: 32
        }
    );
    let odd = PartitionConfig {
        num_flow_partitions: 1,
        num_budget_partitions: 2,
        num_quota_partitions: 3,
    };
    assert_eq!(odd.count_for(PartitionFamily::Flow), 1);
    assert_eq!(odd.count_for(PartitionFamily::Execution), 1);
    assert_eq!(odd.count_for(PartitionFamily::Budget), 2);
    assert_eq!(odd.count_for(PartitionFamily::Quota), 3);
    assert_eq!(
        format!("{config:?}"),
        "PartitionConfig { num_flow_partitions: 256, num_budget_partitions: 32, num_quota_partitions: 32 }"
    );
}

#[test]
fn hash_tags_and_display() {
    let p = |family, index| Partition { family, index };
    assert_eq!(p(PartitionFamily::Flow, 7).hash_tag(), "{fp:7}");
    assert_eq!(p(PartitionFamily::Execution, 7).hash_tag(), "{fp:7}");
    assert_eq!(p(PartitionFamily::Budget, 0).hash_tag(), "{b:0}");
    assert_eq!(p(PartitionFamily::Quota, 31).to_string(), "{q:31}");
    assert_eq!(
        format!("{:?}", p(PartitionFamily::Budget, 1)),
        "Partition { family: Budget, index: 1 }"
    );
}

#[test]
fn flow_and_solo_partition_follow_crc() {
    let config = PartitionConfig::default();
    for raw in [
        "67e55044-10b1-426f-9247-bb680e5fe0c8",
        "00000000-0000-0000-0000-000000000000",
    ] {
        let flow = FlowId::parse(raw).unwrap();
        let expected = reference_crc16(flow.as_bytes()) % 256;
        assert_eq!(
            flow_partition(&flow, &config),
            Partition {
                family: PartitionFamily::Flow,
                index: expected
            }
        );
    }
    for lane in ["default", "gpu", "é", ""] {
        let expected = reference_crc16(lane.as_bytes()) % 256;
        assert_eq!(
            solo_partition(&LaneId::new(lane), &config),
            Partition {
                family: PartitionFamily::Execution,
                index: expected
            }
        );
    }
}

#[test]
fn zero_counts_are_errors_not_panics() {
    let config = PartitionConfig {
        num_flow_partitions: 0,
        ..PartitionConfig::default()
    };
    assert_eq!(
        try_flow_partition(&FlowId::new(), &config),
        Err(PartitionCountError::Zero(PartitionFamily::Flow))
    );
    assert_eq!(
        try_solo_partition(&LaneId::new("x"), &config),
        Err(PartitionCountError::Zero(PartitionFamily::Execution))
    );
    assert_eq!(
        PartitionCountError::Zero(PartitionFamily::Flow).to_string(),
        "partition count for Flow is 0; it must be at least 1"
    );
}

#[test]
#[should_panic(expected = "partition count for Execution is 0")]
fn upstream_signature_still_panics_on_zero() {
    let config = PartitionConfig {
        num_flow_partitions: 0,
        ..PartitionConfig::default()
    };
    let _ = solo_partition(&LaneId::new("x"), &config);
}

#[test]
fn execution_partition_reads_the_tag() {
    let eid = ExecutionId::parse("{fp:300}:67e55044-10b1-426f-9247-bb680e5fe0c8").unwrap();
    // No re-hashing and no comparison with the configured count.
    assert_eq!(
        execution_partition(&eid, &PartitionConfig::default()),
        Partition {
            family: PartitionFamily::Execution,
            index: 300
        }
    );
}

#[test]
fn partition_key_round_trips() {
    for (family, index) in [
        (PartitionFamily::Flow, 0),
        (PartitionFamily::Budget, 31),
        (PartitionFamily::Quota, u16::MAX),
    ] {
        let partition = Partition { family, index };
        let key = PartitionKey::from(partition);
        assert_eq!(key, PartitionKey::from(&partition));
        assert_eq!(key.as_str(), partition.hash_tag());
        assert_eq!(key.parse(), Ok(partition));
        assert_eq!(key.as_partition(), Ok(partition));
    }
    let exec = PartitionKey::from(Partition {
        family: PartitionFamily::Execution,
        index: 4,
    });
    assert_eq!(exec.parse().unwrap().family, PartitionFamily::Flow);
    assert_eq!(format!("{exec:?}"), r#"PartitionKey("{fp:4}")"#);
    assert_eq!(exec.to_string(), "{fp:4}");
}

fn key(raw: &str) -> PartitionKey {
    serde_json::from_value(serde_json::Value::String(raw.to_owned())).unwrap()
}

#[test]
fn partition_key_parse_errors() {
    use PartitionKeyParseError::{InvalidIndex, MalformedBody, MissingBraces, UnknownFamilyPrefix};
    assert_eq!(key("fp:1").parse(), Err(MissingBraces));
    assert_eq!(key("{fp:1").parse(), Err(MissingBraces));
    assert_eq!(key("{fp1}").parse(), Err(MalformedBody));
    assert_eq!(key("{x:1}").parse(), Err(UnknownFamilyPrefix("x".into())));
    assert_eq!(key("{fp:-1}").parse(), Err(InvalidIndex("-1".into())));
    assert_eq!(key("{fp:1:2}").parse(), Err(InvalidIndex("1:2".into())));
    assert_eq!(MissingBraces.to_string(), "partition key must be wrapped in '{...}'");
    assert_eq!(
        MalformedBody.to_string(),
        "partition key body must be '<prefix>:<index>'"
    );
    assert_eq!(
        UnknownFamilyPrefix("x".into()).to_string(),
        "unknown partition family prefix 'x' (expected 'fp', 'b', 'q')"
    );
    assert_eq!(
        InvalidIndex("-1".into()).to_string(),
        "partition index '-1' is not a valid u16"
    );
}

#[test]
fn reclaim_grant_partition() {
    let partition = Partition {
        family: PartitionFamily::Budget,
        index: 3,
    };
    let grant = ReclaimGrant {
        execution_id: ExecutionId::deterministic_solo(
            &LaneId::new("default"),
            &PartitionConfig::default(),
            Uuid::nil(),
        ),
        partition_key: PartitionKey::from(partition),
        grant_key: "ff:grant".into(),
        expires_at_ms: 9,
        lane_id: LaneId::new("default"),
    };
    assert_eq!(grant.partition(), Ok(partition));
    let bad = ReclaimGrant {
        partition_key: key("nope"),
        ..grant
    };
    assert_eq!(bad.partition(), Err(PartitionKeyParseError::MissingBraces));
}

#[test]
fn family_serde_is_snake_case() {
    assert_eq!(
        serde_json::to_string(&PartitionFamily::Execution).unwrap(),
        "\"execution\""
    );
    let config: PartitionConfig =
        serde_json::from_str(r#"{"num_flow_partitions":8,"num_budget_partitions":1,"num_quota_partitions":2}"#)
            .unwrap();
    assert_eq!(config.num_flow_partitions, 8);
}
