//! FNV-1a, 64-bit: the small stable hash FlowFabric uses for capability
//! sets and lane buckets (not for security, not for partitions).

const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a of `data`: XOR each byte into the low byte, then multiply by
/// the prime, modulo 2^64.
pub fn fnv1a_u64(data: &[u8]) -> u64 {
    data.iter().fold(OFFSET_BASIS, |hash, byte| (hash ^ u64::from(*byte)).wrapping_mul(PRIME))
}

/// The hash of `text`'s UTF-8 bytes folded to 32 bits (low XOR high), as
/// exactly 8 lowercase hex digits.
pub fn fnv1a_xor8hex(text: &str) -> String {
    let hash = fnv1a_u64(text.as_bytes());
    // Truncation is the point: the two halves are folded into one.
    #[allow(clippy::cast_possible_truncation)]
    let folded = (hash as u32) ^ ((hash >> 32) as u32);
    format!("{folded:08x}")
}

/// The low 16 bits of the hash of `text`, modulo `modulus`; 0 when
/// `modulus` is 0 (no division by zero).
pub fn fnv1a_u16_mod(text: &str, modulus: u16) -> u16 {
    // Truncation is the point: only the low 16 bits are used.
    #[allow(clippy::cast_possible_truncation)]
    let low = fnv1a_u64(text.as_bytes()) as u16;
    low.checked_rem(modulus).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        assert_eq!(fnv1a_u64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a_u64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a_u64(b"foobar"), 0x8594_4171_f739_67e8);
        assert_eq!(fnv1a_xor8hex(""), "4fd0bfc1");
        assert_eq!(fnv1a_xor8hex("a"), "296230c0");
        assert_eq!(fnv1a_xor8hex("gpu,cuda"), "b21a6dfa");
        assert_eq!(fnv1a_u16_mod("", 256), 37);
        assert_eq!(fnv1a_u16_mod("a", 1000), 556);
        assert_eq!(fnv1a_u16_mod("a", 0), 0);
    }
}
