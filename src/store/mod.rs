//! Persistence and the dataset.
