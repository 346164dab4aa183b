//! A closed enum lists every variant of the Rust enum.
use _ff_core::unit_enum;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shape {
    A,
    B,
}

unit_enum!(
    /// A shape.
    PyShape "Shape" => Shape closed [A]
);

fn main() {}
