//! The Yuma engine: the public reference vectors bit for bit, and property tests.

#[path = "../shared/rng.rs"]
mod rng;
#[path = "../shared/yuma_vectors.rs"]
mod yuma_vectors;

mod props;
mod vectors;
