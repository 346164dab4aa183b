//! Partition math, keys and their errors.

use ff_core::contracts::ReclaimGrant;
use ff_core::partition::{
    Partition, PartitionConfig, PartitionCountError, PartitionFamily, PartitionKey, PartitionKeyParseError,
    execution_partition, flow_partition, solo_partition, try_flow_partition, try_solo_partition,
    try_solo_partition_of_text,
};
use ff_core::types::{ExecutionId, FlowId, LaneId};
use uuid::Uuid;

/// Bitwise CRC-16/XMODEM, written from the definition to check the crate.
fn reference_crc16(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0;
    for &byte in bytes {
        crc ^= u16::from(byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 == 0 { crc << 1 } else { (crc << 1) ^ 0x1021 };
        }
    }
    crc
}

#[test]
fn crc16_xmodem_check_value() {
    assert_eq!(reference_crc16(b"123456789"), 0x31C3);
    let config = PartitionConfig { num_flow_partitions: u16::MAX, ..PartitionConfig::default() };
    // 0x31C3 = 12739 < 65535, so the index is the CRC itself.
    assert_eq!(solo_partition(&LaneId::new("123456789"), &config).index, 0x31C3);
}

#[test]
fn config_defaults_and_counts() {
    let config = PartitionConfig::default();
    assert_eq!(
        config,
        PartitionConfig { num_flow_partitions: 256, num_budget_partitions: 32, num_quota_partitions: 32 }
    );
    let odd = PartitionConfig { num_flow_partitions: 1, num_budget_partitions: 2, num_quota_partitions: 3 };
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
    assert_eq!(p(PartitionFamily::Quota, u16::MAX).hash_tag(), "{q:65535}");
    assert_eq!(p(PartitionFamily::Flow, 10).hash_tag(), "{fp:10}");
    assert_eq!(format!("{:?}", p(PartitionFamily::Budget, 1)), "Partition { family: Budget, index: 1 }");
}

#[test]
fn flow_and_solo_partition_follow_crc() {
    let config = PartitionConfig::default();
    for raw in ["67e55044-10b1-426f-9247-bb680e5fe0c8", "00000000-0000-0000-0000-000000000000"] {
        let flow = FlowId::parse(raw).unwrap();
        let expected = reference_crc16(flow.as_bytes()) % 256;
        assert_eq!(flow_partition(&flow, &config), Partition { family: PartitionFamily::Flow, index: expected });
    }
    for lane in ["default", "gpu", "é", ""] {
        let expected = reference_crc16(lane.as_bytes()) % 256;
        assert_eq!(
            solo_partition(&LaneId::new(lane), &config),
            Partition { family: PartitionFamily::Execution, index: expected }
        );
        assert_eq!(try_solo_partition_of_text(lane, &config), try_solo_partition(&LaneId::new(lane), &config));
    }
}

#[test]
fn zero_counts_are_errors_not_panics() {
    let config = PartitionConfig { num_flow_partitions: 0, ..PartitionConfig::default() };
    assert_eq!(try_flow_partition(&FlowId::new(), &config), Err(PartitionCountError::Zero(PartitionFamily::Flow)));
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
    let config = PartitionConfig { num_flow_partitions: 0, ..PartitionConfig::default() };
    let _ = solo_partition(&LaneId::new("x"), &config);
}

#[test]
fn execution_partition_reads_the_tag() {
    let eid = ExecutionId::parse("{fp:300}:67e55044-10b1-426f-9247-bb680e5fe0c8").unwrap();
    // No re-hashing and no comparison with the configured count.
    assert_eq!(
        execution_partition(&eid, &PartitionConfig::default()),
        Partition { family: PartitionFamily::Execution, index: 300 }
    );
}

#[test]
fn partition_key_round_trips() {
    for (family, index) in
        [(PartitionFamily::Flow, 0), (PartitionFamily::Budget, 31), (PartitionFamily::Quota, u16::MAX)]
    {
        let partition = Partition { family, index };
        let key = PartitionKey::from(partition);
        assert_eq!(key, PartitionKey::from(&partition));
        assert_eq!(key.as_str(), partition.hash_tag());
        assert_eq!(key.parse(), Ok(partition));
        assert_eq!(key.as_partition(), Ok(partition));
    }
    let exec = PartitionKey::from(Partition { family: PartitionFamily::Execution, index: 4 });
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
    assert_eq!(MalformedBody.to_string(), "partition key body must be '<prefix>:<index>'");
    assert_eq!(
        UnknownFamilyPrefix("x".into()).to_string(),
        "unknown partition family prefix 'x' (expected 'fp', 'b', 'q')"
    );
    assert_eq!(InvalidIndex("-1".into()).to_string(), "partition index '-1' is not a valid u16");
}

#[test]
fn reclaim_grant_partition() {
    let partition = Partition { family: PartitionFamily::Budget, index: 3 };
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
    let bad = ReclaimGrant { partition_key: key("nope"), ..grant };
    assert_eq!(bad.partition(), Err(PartitionKeyParseError::MissingBraces));
}

#[test]
fn family_serde_is_snake_case() {
    assert_eq!(serde_json::to_string(&PartitionFamily::Execution).unwrap(), "\"execution\"");
    let config: PartitionConfig =
        serde_json::from_str(r#"{"num_flow_partitions":8,"num_budget_partitions":1,"num_quota_partitions":2}"#)
            .unwrap();
    assert_eq!(config.num_flow_partitions, 8);
}

mod keyspace_partition {
    use ff_core::partition::{
        Crc16SoloPartitioner, Partition, PartitionConfig, PartitionCountError, PartitionFamily, PartitionKey,
        PartitionKeyParseError, SoloPartitioner, budget_partition, quota_partition, solo_partition,
        solo_partition_with, try_budget_partition, try_quota_partition,
    };
    use ff_core::types::{BudgetId, LaneId, QuotaPolicyId};

    fn key(text: &str) -> PartitionKey {
        serde_json::from_value(serde_json::Value::String(text.to_owned())).unwrap()
    }

    #[test]
    fn try_from_key_edge_cases() {
        use PartitionKeyParseError as E;
        let ok =
            |text: &str, family, index| assert_eq!(Partition::try_from(&key(text)), Ok(Partition { family, index }));
        ok("{fp:007}", PartitionFamily::Flow, 7);
        ok("{fp:+7}", PartitionFamily::Flow, 7);
        ok("{b:1}", PartitionFamily::Budget, 1);
        let err = |text: &str| Partition::try_from(&key(text)).unwrap_err();
        for text in ["fp:0", "", "{b:1}x"] {
            assert_eq!(err(text), E::MissingBraces, "{text}");
        }
        assert_eq!(err("{fp0}"), E::MalformedBody);
        assert_eq!(err("{}"), E::MalformedBody);
        assert_eq!(err("{:1}"), E::UnknownFamilyPrefix(String::new()));
        assert_eq!(err("{FP:1}"), E::UnknownFamilyPrefix("FP".into()));
        assert_eq!(err("{{fp:1}}"), E::UnknownFamilyPrefix("{fp".into()));
        assert_eq!(err("{fp:}"), E::InvalidIndex(String::new()));
        assert_eq!(err("{fp:1:2}"), E::InvalidIndex("1:2".into()));
        for text in ["{fp:-1}", "{fp: 1}", "{fp:65536}"] {
            assert!(matches!(err(text), E::InvalidIndex(_)), "{text}");
        }
        assert_eq!(key("{fp:3}").parse(), Partition::try_from(&key("{fp:3}")));
    }

    /// A partitioner that ignores its input, as a custom one may.
    struct Fixed(u16);

    impl SoloPartitioner for Fixed {
        fn partition_for_lane(&self, _: &LaneId, _: &PartitionConfig) -> u16 {
            self.0
        }
    }

    #[test]
    fn solo_partitioners() {
        let config = PartitionConfig::default();
        assert_eq!(Crc16SoloPartitioner.partition_for_lane(&LaneId::new("default"), &config), 86);
        assert_eq!(solo_partition(&LaneId::new("workers-a"), &config).index, 193);
        assert_eq!(format!("{Crc16SoloPartitioner:?}"), "Crc16SoloPartitioner");

        let zero = PartitionConfig { num_flow_partitions: 0, ..config };
        let p = solo_partition_with(&LaneId::new("x"), &zero, &Fixed(999));
        assert_eq!(p, Partition { family: PartitionFamily::Execution, index: 999 });
    }

    #[test]
    #[should_panic(expected = "num_flow_partitions must be > 0 (division by zero)")]
    fn crc_partitioner_panics_on_zero_like_upstream() {
        let zero = PartitionConfig { num_flow_partitions: 0, ..PartitionConfig::default() };
        let _ = Crc16SoloPartitioner.partition_for_lane(&LaneId::new("x"), &zero);
    }

    #[test]
    fn budget_and_quota_partitions() {
        let text = "67e55044-10b1-426f-9247-bb680e5fe0c8";
        let config = PartitionConfig::default();
        let budget = budget_partition(&BudgetId::parse(text).unwrap(), &config);
        let quota = quota_partition(&QuotaPolicyId::parse(text).unwrap(), &config);
        assert_eq!((budget.family, budget.index), (PartitionFamily::Budget, 21));
        assert_eq!((quota.family, quota.index), (PartitionFamily::Quota, 21));
        let zero = PartitionConfig { num_budget_partitions: 0, num_quota_partitions: 0, ..config };
        assert_eq!(
            try_budget_partition(&BudgetId::new(), &zero),
            Err(PartitionCountError::Zero(PartitionFamily::Budget))
        );
        assert_eq!(
            try_quota_partition(&QuotaPolicyId::new(), &zero),
            Err(PartitionCountError::Zero(PartitionFamily::Quota))
        );
    }
}
