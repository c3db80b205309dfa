//! The wallet library: known-answer vectors from the official wallet library, files and their
//! modes, and round trips with the official Python library where its environment is present.

mod compat;
mod files;
mod vectors;
