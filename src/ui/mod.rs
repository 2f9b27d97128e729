//! User interface.
