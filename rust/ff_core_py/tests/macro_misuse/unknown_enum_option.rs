//! An enum takes `closed` or nothing.
use _ff_core::unit_enum;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shape {
    A,
    B,
}

unit_enum!(
    /// A shape.
    PyShape "Shape" => Shape clsoed [A, B]
);

fn main() {}
