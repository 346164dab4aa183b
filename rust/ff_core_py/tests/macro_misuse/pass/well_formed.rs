//! Every option used as documented compiles.
use _ff_core::{constructors, value_struct};

#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Point {
    pub x: u32,
    pub y: u32,
}

value_struct!(
    /// A point.
    PyPoint "Point" => Point = Point::default();
    fields { x: u32, y: u32 }
    hash: yes;
);
constructors!(PyPoint { new(x, y); with_x(x: u32); });

fn main() {}
