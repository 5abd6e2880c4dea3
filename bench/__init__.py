"""Benchmarks: data generator and load harness (see bench/README.md)."""
