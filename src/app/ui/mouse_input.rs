//! A mouse event over the screen, as the terminal face reports it (crossterm's events are
//! turned into these): a plain value the `Action` enum can carry without knowing how the
//! mouse is handled.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MouseKind {
    Click,
    WheelUp,
    WheelDown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MouseInput {
    pub kind: MouseKind,
    pub column: u16,
    pub row: u16,
    /// Milliseconds on a monotonic clock, to tell a double click from two clicks.
    pub at_ms: u64,
}
