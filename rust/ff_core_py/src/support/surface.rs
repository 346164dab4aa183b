//! The Python surface, registered by the declarations themselves: each
//! declaring macro (and each hand-written class or function, through
//! `export!` and `members!`) records the object that goes into the module
//! tree and the stub text that types it. The module init builds the tree
//! from these records; `tests::stubs_are_current` writes the stubs from the
//! same records. Nothing else lists a name.

// Stub text is built once per test run: `push_str(&format!(…))` reads
// better here than `write!` with its ignored `fmt::Result`.
#![allow(clippy::format_push_string, clippy::format_collect)]

use std::collections::BTreeMap;

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyModule, PyTuple};

use pyo3::PyTypeInfo;

use crate::support::slot::Slot;

pub use inventory;

/// What goes into the module tree: a class, a function, a constant.
pub type Object = for<'py> fn(&Bound<'py, PyModule>) -> PyResult<Bound<'py, PyAny>>;

/// A public name of one module, with its stub text.
pub struct Export {
    /// The declaration's `module_path!()`; its second segment is the
    /// Python module (`_ff_core::backend::frame` is `ff_core.backend`).
    pub path: &'static str,
    pub file: &'static str,
    pub line: u32,
    pub name: &'static str,
    /// The Rust type of a class, which `Member`s name; empty otherwise.
    pub rust: &'static str,
    /// Functions of `keys` and `hash` are reached through their module
    /// only, so `from ff_core import *` never shadows the builtin `hash`.
    pub function: bool,
    pub object: Object,
    pub stub: fn() -> String,
}

/// More of a class's body (constructors, JSON methods, hand-written
/// methods), declared beside the code that defines it.
pub struct Member {
    pub owner: &'static str,
    /// Where in the class: constructors 1, methods 3, JSON 5, dunders 9.
    pub rank: u8,
    pub file: &'static str,
    pub line: u32,
    pub stub: fn() -> String,
}

/// The Python name of a declared class.
pub trait Named {
    const NAME: &'static str;
}

/// The module-tree object of a class.
pub fn class<'py, T: PyTypeInfo>(module: &Bound<'py, PyModule>) -> PyResult<Bound<'py, PyAny>> {
    Ok(module.py().get_type::<T>().into_any())
}

/// Registers a module-level name: `export!(const NAME: "int" = value;)`
/// for a constant, `export!(class "Foo", "stub body", struct)` around a
/// hand-written class, `export!("(a: int) -> str", fn)` around a
/// `#[pyfunction]`.
#[macro_export]
#[doc(hidden)]
macro_rules! export {
    ($(#[doc = $doc:literal])* const $name:ident: $ty:literal = $value:expr;) => {
        const _: () = {
            fn object<'py>(module: &Bound<'py, PyModule>) -> PyResult<Bound<'py, PyAny>> {
                pyo3::IntoPyObjectExt::into_bound_py_any($value, module.py())
            }
            $crate::support::surface::inventory::submit! {
                $crate::support::surface::Export {
                    path: module_path!(), file: file!(), line: line!(), name: stringify!($name), rust: "",
                    function: false, object,
                    stub: || {
                        let comment: String = <[&str]>::iter(&[$($doc),*]).map(|line| format!("#{line}\n")).collect();
                        format!("{comment}{}: Final[{}]\n", stringify!($name), $ty)
                    },
                }
            }
        };
    };
    (class $name:literal, $stub:literal, $(#[doc = $doc:literal])* #[pyclass $($args:tt)*] $vis:vis struct $py:ident $($rest:tt)*) => {
        $(#[doc = $doc])*
        #[pyclass $($args)*]
        $vis struct $py $($rest)*

        $crate::support::surface::declared!($py $name, format!(
            "{}{}",
            $crate::support::surface::class_header("@final\n", $name, "", &[$($doc),*]),
            $crate::support::surface::indented("    ", $stub),
        ));
    };
    ($signature:expr, $(#[doc = $doc:literal])* #[pyfunction] $vis:vis fn $fn:ident $($rest:tt)*) => {
        $(#[doc = $doc])*
        #[pyfunction]
        $vis fn $fn $($rest)*

        const _: () = {
            fn object<'py>(module: &Bound<'py, PyModule>) -> PyResult<Bound<'py, PyAny>> {
                Ok(pyo3::wrap_pyfunction!($fn, module)?.into_any())
            }
            $crate::support::surface::inventory::submit! {
                $crate::support::surface::Export {
                    path: module_path!(), file: file!(), line: line!(), name: stringify!($fn), rust: "",
                    function: true, object,
                    stub: || $crate::support::surface::function_stub(stringify!($fn), &$signature, &[$($doc),*]),
                }
            }
        };
    };
}
pub use crate::export;

/// Registers a declared class: its Python name and its stub text.
#[macro_export]
#[doc(hidden)]
macro_rules! declared {
    ($py:ident $name:literal, $stub:expr) => {
        impl $crate::support::surface::Named for $py {
            const NAME: &'static str = $name;
        }
        $crate::support::surface::inventory::submit! {
            $crate::support::surface::Export {
                path: module_path!(), file: file!(), line: line!(), name: $name, rust: stringify!($py),
                function: false, object: $crate::support::surface::class::<$py>, stub: || $stub,
            }
        }
    };
}
pub use crate::declared;

/// More stub lines for the class `$py`, beside the hand-written methods
/// they type: `members!(PyFoo, 3, "def bar(self) -> int: ...")`.
#[macro_export]
#[doc(hidden)]
macro_rules! members {
    ($py:ident, $rank:literal, $stub:expr) => {
        $crate::support::surface::inventory::submit! {
            $crate::support::surface::Member {
                owner: stringify!($py), rank: $rank, file: file!(), line: line!(), stub: || ($stub).into(),
            }
        }
    };
}
pub use crate::members;

/// A field of a declared struct or variant: its name, its Python types and
/// its doc.
pub struct Field {
    pub name: &'static str,
    pub input: String,
    pub output: String,
    pub doc: String,
}

impl Field {
    pub fn of<T: Slot>(name: &'static str, doc: &[&str]) -> Self {
        Self { name, input: T::py_input(), output: T::py_output(), doc: docstring("        ", doc) }
    }
}

const BUILTIN_TYPES: [&str; 5] = ["bytes", "str", "int", "bool", "float"];

/// A type written inside a class one of whose members is named like a
/// builtin type (`Frame.bytes`): that builtin is spelt `builtins.bytes`.
pub fn qualified(ty: &str, members: &[&str]) -> String {
    let mut out = String::new();
    let mut word = String::new();
    for c in ty.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_alphanumeric() || c == '_' || c == '.' {
            word.push(c);
            continue;
        }
        if BUILTIN_TYPES.contains(&word.as_str()) && members.contains(&word.as_str()) {
            out.push_str("builtins.");
        }
        out.push_str(&word);
        word.clear();
        out.push(c);
    }
    out.pop();
    out
}

/// `class Name:` with its decorator and docstring.
pub fn class_header(decorator: &str, name: &str, bases: &str, doc: &[&str]) -> String {
    let bases = if bases.is_empty() { String::new() } else { format!("({bases})") };
    let doc = docstring("    ", doc);
    let doc = if doc.is_empty() { "    pass\n".to_owned() } else { doc };
    format!("{decorator}class {name}{bases}:\n{doc}")
}

/// Read-only fields, `__match_args__` and, for structs, `replace`.
pub fn fields_stub(fields: &[Field], replace: bool) -> String {
    let names: Vec<&str> = fields.iter().map(|field| field.name).collect();
    let mut out = String::new();
    for field in fields {
        let output = qualified(&field.output, &names);
        if field.doc.is_empty() {
            out.push_str(&format!("@property\ndef {}(self) -> {output}: ...\n", field.name));
        } else {
            out.push_str(&format!(
                "@property\ndef {}(self) -> {output}:\n{}",
                field.name,
                field.doc.replacen("    ", "", 1)
            ));
        }
    }
    let literals: Vec<String> = names.iter().map(|name| format!("Literal[\"{name}\"]")).collect();
    out.push_str(&format!("__match_args__: ClassVar[tuple[{}]]\n", literals.join(", ")));
    if replace {
        let keywords: Vec<String> =
            fields.iter().map(|field| format!("{}: {} = ...", field.name, qualified(&field.input, &names))).collect();
        for method in ["replace", "__replace__"] {
            out.push_str(&format!("def {method}(self, *, {}) -> Self: ...\n", keywords.join(", ")));
        }
    }
    out
}

/// Parameters for a constructor: `(name, Python input type)`, optionally
/// with `= ...` defaults, after a leading `cls` or none.
pub fn parameters(first: &str, params: &[(&str, String)], defaults: bool, keyword_only: bool) -> String {
    let names: Vec<&str> = params.iter().map(|(name, _)| *name).collect();
    let mut parts: Vec<String> = Vec::new();
    if !first.is_empty() {
        parts.push(first.to_owned());
    }
    if keyword_only && !params.is_empty() {
        parts.push("*".to_owned());
    }
    for (name, ty) in params {
        let default = if defaults { " = ..." } else { "" };
        parts.push(format!("{name}: {}{default}", qualified(ty, &names)));
    }
    parts.join(", ")
}

/// `__copy__`, `__deepcopy__` and, per option, `==` and `hash`.
pub fn dunders_stub(options: &[&str]) -> String {
    let mut out =
        String::from("def __copy__(self) -> Self: ...\ndef __deepcopy__(self, memo: object, /) -> Self: ...\n");
    if options.contains(&"eq") {
        out.push_str("def __eq__(self, other: object, /) -> bool: ...\n");
    }
    out.push_str(&hash_stub(options));
    out
}

/// `__hash__` per option: `yes` a hash, `no` and `identity` none.
pub fn hash_stub(options: &[&str]) -> String {
    if options.contains(&"yes") {
        "def __hash__(self) -> int: ...\n".to_owned()
    } else if options.contains(&"no") || options.contains(&"identity") {
        "__hash__: ClassVar[None]  # type: ignore[assignment]\n".to_owned()
    } else {
        String::new()
    }
}

/// The signature of a class without a public constructor.
pub const NO_CONSTRUCTOR: &str = "def __new__(cls, _no_public_constructor: Never, /) -> Self: ...\n";

/// A unit-only enum: a closed one (exhaustive in Rust) as an `enum.Enum`,
/// so that a `match` naming every variant checks as exhaustive; an open
/// one, or one with a variant named `None` (no Python syntax declares
/// it), as a class of singletons.
pub fn unit_enum_stub(name: &str, doc: &[&str], variants: &[&str], closed: bool) -> String {
    if closed && !variants.contains(&"None") {
        let mut out = class_header("@final\n", name, "enum.Enum, metaclass=_ClosedEnumMeta", doc);
        out.extend(variants.iter().map(|variant| format!("    {variant} = ...\n")));
        return out;
    }
    let mut out = class_header("@final\n", name, "", doc);
    out.push_str(&indented("    ", NO_CONSTRUCTOR));
    for variant in variants {
        if *variant == "None" {
            out.push_str(&format!("    {NONE_VARIANT} getattr({name}, \"None\")\n"));
        } else {
            out.push_str(&format!("    {variant}: ClassVar[{name}]\n"));
        }
    }
    out.push_str("    def __eq__(self, other: object, /) -> bool: ...\n    def __hash__(self) -> int: ...\n");
    out
}

/// For a closed enum with data: `<Name>Variant`, the union of its variants
/// (at run time the class itself), and `_<Name>Unit`, a typing-only enum
/// that gives the unit variants literal types, so that a `match` naming
/// every variant checks as exhaustive.
pub fn variant_union_stub(name: &str, units: &[&str], variants: &[&str]) -> String {
    let mut out = String::new();
    let mut members: Vec<String> = variants.iter().map(|variant| format!("{name}.{variant}")).collect();
    if !units.is_empty() {
        out.push_str(&format!("# Both ignores: typing only; its Enum-ness never meets {name}'s.\n"));
        out.push_str(&format!("class _{name}Unit({name}, enum.Enum):  # type: ignore[misc]\n"));
        for unit in units {
            out.push_str(&format!("    {unit} = ...  # type: ignore[misc]\n"));
            members.push(format!("Literal[_{name}Unit.{unit}]"));
        }
        out.push('\n');
    }
    out.push_str(&format!("{name}Variant: TypeAlias = {}\n", members.join(" | ")));
    out
}

/// The comment that stands for a variant named `None`.
const NONE_VARIANT: &str = "# A variant named `None` no Python syntax declares:";

/// One data variant of an enum: its name, doc and fields.
pub struct Variant {
    pub name: &'static str,
    pub doc: &'static [&'static str],
    pub fields: Vec<Field>,
}

/// An enum with data variants: the base class, its unit singletons (in a
/// closed enum typed as literals of the hand-written `_<Name>Unit`, so
/// that a `match` over `<Name>Variant` checks as exhaustive) and a nested
/// final class per data variant.
pub fn data_enum_stub(name: &str, doc: &[&str], units: &[&str], variants: &[Variant], closed: bool) -> String {
    // Only units: a zero-sized value adds nothing to the layout, and no
    // variant class extends it.
    let decorator = if variants.is_empty() { "@final\n" } else { "@disjoint_base\n" };
    let mut out = class_header(decorator, name, "", doc);
    out.push_str(&indented("    ", NO_CONSTRUCTOR));
    for unit in units {
        if closed {
            out.push_str(&format!("    {unit}: ClassVar[Literal[_{name}Unit.{unit}]]\n"));
        } else {
            out.push_str(&format!("    {unit}: ClassVar[{name}]\n"));
        }
    }
    for variant in variants {
        out.push_str(&variant_class_stub(name, variant, false));
    }
    out
}

/// A variant's final class nested in its base's stub, called with the
/// variant's fields; `init` adds an `__init__` taking the same (for a
/// class whose `__init__` does more than `__new__`).
pub fn variant_class_stub(base: &str, variant: &Variant, init: bool) -> String {
    let mut class = class_header("@final\n", variant.name, base, variant.doc);
    let params: Vec<(&str, String)> = variant.fields.iter().map(|field| (field.name, field.input.clone())).collect();
    class.push_str(&indented("    ", &fields_stub(&variant.fields, false)));
    class.push_str(&format!("    def __new__({}) -> Self: ...\n", parameters("cls", &params, false, false)));
    if init {
        class.push_str(&format!("    def __init__({}) -> None: ...\n", parameters("self", &params, false, false)));
    }
    format!("\n{}", indented("    ", &class))
}

/// `to_json` and `from_json`.
pub fn json_stub(name: &str) -> String {
    format!("def to_json(self) -> str: ...\n@staticmethod\ndef from_json(text: str | Buffer) -> {name}: ...\n")
}

/// A module function from its signature and doc.
pub fn function_stub(name: &str, signature: &str, doc: &[&str]) -> String {
    let doc = docstring("    ", doc);
    if doc.is_empty() { format!("def {name}{signature}: ...\n") } else { format!("def {name}{signature}:\n{doc}") }
}

inventory::collect!(Export);
inventory::collect!(Member);

/// The Python modules, in ff-core's order, with their docs (the Rust
/// module's `//!` lines).
pub struct Module {
    pub name: &'static str,
    pub source: &'static str,
}

impl Module {
    pub fn doc(&self) -> String {
        let lines: Vec<&str> = self
            .source
            .lines()
            .map_while(|line| line.strip_prefix("//!"))
            .map(|line| line.strip_prefix(' ').unwrap_or(line))
            .collect();
        lines.join("\n").trim().to_owned()
    }
}

/// The module a declaration belongs to.
fn module_of(path: &str) -> &str {
    path.split("::").nth(1).unwrap_or_default()
}

/// Exports in source order: by file, then line.
fn exports_of(module: &str) -> Vec<&'static Export> {
    let mut exports: Vec<_> = inventory::iter::<Export>().filter(|export| module_of(export.path) == module).collect();
    exports.sort_by_key(|export| (export.file, export.line, export.name));
    exports
}

/// Whether `ff_core` itself re-exports a name: all but the functions of
/// `keys` and `hash`, so that `from ff_core import *` keeps the builtin `hash`.
fn at_top_level(module: &str, export: &Export) -> bool {
    !(export.function && matches!(module, "keys" | "hash"))
}

/// Fills the native module: every name flat (where pickles find them), and
/// `_modules`, each module's doc, its names in source order and those
/// `ff_core` re-exports, which the facade's modules export; and
/// `_handwritten_exports`, the names they take from `_handwritten.py`.
pub fn install(native: &Bound<'_, PyModule>, modules: &[Module]) -> PyResult<()> {
    let py = native.py();
    let tree = PyDict::new(py);
    for module in modules {
        let names = PyDict::new(py);
        let mut top_level = Vec::new();
        for export in exports_of(module.name) {
            let object = (export.object)(native)?;
            native.add(export.name, &object)?;
            names.set_item(export.name, object)?;
            if at_top_level(module.name, export) {
                top_level.push(export.name);
            }
        }
        let entry = (module.doc(), names, PyTuple::new(py, top_level)?);
        tree.set_item(module.name, entry)?;
    }
    native.add("_modules", tree)?;
    let handwritten = PyDict::new(py);
    for module in modules {
        let names = HANDWRITTEN_EXPORTS.iter().filter(|(owner, _)| *owner == module.name).map(|(_, name)| *name);
        let names: Vec<&str> = names.collect();
        if !names.is_empty() {
            handwritten.set_item(module.name, PyTuple::new(py, names)?)?;
        }
    }
    native.add("_handwritten_exports", handwritten)
}

/// A docstring at `indent`, from doc-comment lines (`#[doc = " text"]`).
pub fn docstring(indent: &str, lines: &[&str]) -> String {
    let text: Vec<&str> = lines.iter().map(|line| line.strip_prefix(' ').unwrap_or(line)).collect();
    let text = text.join("\n");
    let text = text.trim();
    if text.is_empty() {
        return String::new();
    }
    let mut body = text.replace('\\', "\\\\").replace("\"\"\"", "\\\"\"\"").replace('\n', &format!("\n{indent}"));
    // A quote next to the delimiters would end the string early.
    if body.ends_with('"') {
        body.insert(body.len() - 1, '\\');
    }
    if body.starts_with('"') {
        body.insert(0, '\\');
    }
    format!("{indent}\"\"\"{body}\"\"\"\n")
}

/// The lines of `text` indented by `indent` (blank lines stay blank).
pub fn indented(indent: &str, text: &str) -> String {
    text.lines().map(|line| if line.is_empty() { "\n".to_owned() } else { format!("{indent}{line}\n") }).collect()
}

/// Names a stub may use that live in another module (or the hand-written
/// file): each is imported where used.
fn owners(modules: &[Module]) -> BTreeMap<&'static str, String> {
    let mut owners = BTreeMap::new();
    for module in modules {
        for export in exports_of(module.name) {
            owners.insert(export.name, format!("ff_core.{}", module.name));
        }
    }
    for name in HANDWRITTEN_EXPORTS.iter().map(|(_, name)| *name).chain(TYPING_ONLY) {
        owners.insert(name, "ff_core._handwritten".to_owned());
    }
    owners
}

/// What `python/ff_core/_handwritten.py` defines for the type checker only
/// (it says why).
const TYPING_ONLY: [&str; 1] = ["_ClosedEnumMeta"];
/// Hand-written names a module re-exports, in the facade too.
pub const HANDWRITTEN_EXPORTS: [(&str, &str); 4] = [
    ("completion_backend", "CompletionStream"),
    ("completion_backend", "CompletionBackend"),
    ("engine_backend", "EngineBackend"),
    ("partition", "SoloPartitioner"),
];

const HEADER: &str = "\
# Generated from the binding's declarations by `cargo test -p ff_core_py`
# (FF_CORE_UPDATE_STUBS=1 rewrites it): do not edit.
";

const IMPORTS: &str = "\
import builtins
import enum
from collections.abc import Iterable, Mapping
from datetime import timedelta
from typing import Any, ClassVar, Final, Literal, TypeAlias, final
from uuid import UUID

from typing_extensions import Buffer, Never, Self, disjoint_base
";

fn identifiers(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).filter(|word| !word.is_empty())
}

/// The body of one module's stub: every export in source order, each class
/// followed by its members.
fn body(module: &str) -> String {
    let mut members: BTreeMap<&str, Vec<&Member>> = BTreeMap::new();
    for member in inventory::iter::<Member>() {
        members.entry(member.owner).or_default().push(member);
    }
    let mut out = String::new();
    for export in exports_of(module) {
        let mut parts: Vec<(u8, &str, u32, String)> = members
            .get(export.rust)
            .into_iter()
            .flatten()
            .map(|member| (member.rank, member.file, member.line, (member.stub)()))
            .collect();
        parts.sort();
        let mut class = (export.stub)();
        // A constructor declared beside the class replaces "no public constructor".
        if parts.iter().any(|(.., text)| text.contains("def __new__(")) {
            class = class
                .lines()
                .filter(|line| !line.contains("_no_public_constructor"))
                .map(|line| format!("{line}\n"))
                .collect();
        }
        out.push('\n');
        out.push_str(&class);
        for (.., text) in parts {
            out.push_str(&indented("    ", &text));
        }
    }
    for (owner, name) in HANDWRITTEN_EXPORTS {
        if owner == module {
            out.push_str(&format!("\nfrom ff_core._handwritten import {name} as {name}\n"));
        }
    }
    out
}

/// One module's stub: its doc, the imports its text uses, its body.
pub fn module_stub(modules: &[Module], module: &Module) -> String {
    let body = body(module.name);
    let owners = owners(modules);
    let mut imports: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    let own = format!("ff_core.{}", module.name);
    for word in identifiers(&body) {
        if let Some(owner) = owners.get(word) {
            let names = imports.entry(owner.as_str()).or_default();
            if *owner != own && !names.contains(&word) && !body.contains(&format!("import {word} as {word}")) {
                names.push(word);
            }
        }
    }
    let mut out = format!("{}{HEADER}\n{IMPORTS}", docstring("", &[&module.doc()]));
    let mut names: Vec<&str> = exports_of(module.name).into_iter().map(|export| export.name).collect();
    names.extend(HANDWRITTEN_EXPORTS.iter().filter(|(owner, _)| *owner == module.name).map(|(_, name)| *name));
    for (owner, mut names) in imports {
        if !names.is_empty() {
            names.sort_unstable();
            out.push_str(&format!("from {owner} import {}\n", names.join(", ")));
        }
    }
    out.push_str(&all_list(&names));
    out.push_str(&body);
    out
}

/// `__all__`, as the facade computes it at run time.
fn all_list(names: &[&str]) -> String {
    let quoted: String = names.iter().map(|name| format!("    \"{name}\",\n")).collect();
    format!("\n__all__ = [\n{quoted}]\n")
}

/// `ff_core/__init__.pyi` and `ff_core/_ff_core.pyi`: re-exports of every
/// module's names (`__init__` leaves out the functions of `keys` and `hash`).
pub fn reexport_stub(modules: &[Module], doc: &str, top_level: bool) -> String {
    let mut out = format!("{}{HEADER}\n", docstring("", &[doc]));
    if top_level {
        let modules: Vec<String> = modules.iter().map(|module| format!("{0} as {0}", module.name)).collect();
        out.push_str(&format!("from ff_core import {}\n", modules.join(", ")));
        out.push_str("from ff_core._ff_core import FF_CORE_VERSION as FF_CORE_VERSION, __version__ as __version__\n");
    } else {
        out.push_str(
            "from typing import Final\n\n__version__: Final[str]\n\
             # The ff-core release this module binds, read from Cargo.lock at build time.\n\
             FF_CORE_VERSION: Final[str]\n\
             # Each module's doc, names, and the names `ff_core` re-exports (for the facade).\n\
             _modules: Final[dict[str, tuple[str, dict[str, object], tuple[str, ...]]]]\n\
             # The names each module takes from `ff_core/_handwritten.py`.\n\
             _handwritten_exports: Final[dict[str, tuple[str, ...]]]\n\n",
        );
    }
    let mut all = vec!["FF_CORE_VERSION", "__version__"];
    for module in modules {
        let mut names: Vec<&str> = exports_of(module.name)
            .into_iter()
            .filter(|export| !top_level || at_top_level(module.name, export))
            .map(|export| export.name)
            .collect();
        if top_level {
            names.extend(HANDWRITTEN_EXPORTS.iter().filter(|(owner, _)| *owner == module.name).map(|(_, name)| *name));
        }
        if names.is_empty() {
            continue;
        }
        all.extend(&names);
        out.push_str(&format!("from ff_core.{} import (\n", module.name));
        for name in names {
            out.push_str(&format!("    {name} as {name},\n"));
        }
        out.push_str(")\n");
    }
    if top_level {
        out.push_str(&all_list(&all));
    }
    out
}

/// The stubtest allowlist entries the typing choices above make, read off
/// the generated stubs: closed enums typed as `enum.Enum` (a singleton at
/// run time), the literal-typed units of closed data enums, the
/// `<Enum>Variant` unions (the class at run time), and the variants named
/// `None`, which no stub can declare.
pub fn allowlist(modules: &[Module]) -> String {
    let mut out = String::from(
        "# Generated with the stubs (see rust/ff_core_py/src/support/surface.rs, `allowlist`): the\n\
         # deliberate differences the typing of exhaustive enums makes.\n",
    );
    for module in modules {
        let stub = module_stub(modules, module);
        let mut class = "";
        for line in stub.lines() {
            if let Some(rest) = line.strip_prefix("class ") {
                class = rest.split(['(', ':']).next().unwrap_or_default();
                if rest.contains("metaclass=_ClosedEnumMeta") {
                    out.push_str(&format!("ff_core\\.{}\\.{class}\\.\\w+\n", module.name));
                }
            } else if let Some((unit, _)) = line.trim().split_once(": ClassVar[Literal[_") {
                out.push_str(&format!("ff_core.{}.{class}.{unit}\n", module.name));
            } else if let Some((alias, _)) = line.split_once("Variant: TypeAlias") {
                out.push_str(&format!("ff_core\\.{}\\.{alias}Variant(\\.\\w+)*\n", module.name));
            } else if line.contains(NONE_VARIANT) {
                out.push_str(&format!("ff_core.{}.{class}.None\n", module.name));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::{allowlist, module_stub, reexport_stub};
    use crate::MODULES;

    const PACKAGE_DOC: &str = "Typed surface of the ff_core package: every name, re-exported from its module.";
    const NATIVE_DOC: &str = "Typed surface of the native module `ff_core._ff_core`: every name flat, as \
                              pickles find them; each is declared in its module's stub.";

    /// Every file the declarations generate (the stubs and stubtest's
    /// allowlist for them), by path from `python/ff_core`.
    fn stubs() -> Vec<(String, String)> {
        let mut stubs: Vec<(String, String)> =
            MODULES.iter().map(|module| (format!("{}.pyi", module.name), module_stub(MODULES, module))).collect();
        stubs.push(("__init__.pyi".to_owned(), reexport_stub(MODULES, PACKAGE_DOC, true)));
        stubs.push(("_ff_core.pyi".to_owned(), reexport_stub(MODULES, NATIVE_DOC, false)));
        stubs.push(("../../stubs/stubtest-allowlist-generated.txt".to_owned(), allowlist(MODULES)));
        stubs
    }

    /// The committed stubs are the ones the declarations generate;
    /// `FF_CORE_UPDATE_STUBS=1` rewrites them.
    #[test]
    fn stubs_are_current() {
        let package = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../python/ff_core");
        let update = std::env::var_os("FF_CORE_UPDATE_STUBS").is_some();
        let mut stale = Vec::new();
        for (name, text) in stubs() {
            let path = package.join(&name);
            if update {
                std::fs::write(&path, &text).unwrap();
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                stale.push(name);
            }
        }
        assert!(stale.is_empty(), "stale stubs {stale:?}: run FF_CORE_UPDATE_STUBS=1 cargo test -p ff_core_py --lib");
    }
}
