//! Misused declaring macros fail to compile, at the caller, with a message
//! that names the mistake (`TRYBUILD=overwrite` rewrites the expected
//! messages).

#[test]
fn misuse_fails_to_compile() {
    let cases = trybuild::TestCases::new();
    cases.pass("tests/macro_misuse/pass/*.rs");
    cases.compile_fail("tests/macro_misuse/*.rs");
}
