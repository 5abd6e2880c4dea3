"""The benchmark data generator, by concern; `bench.generate` is its entry point."""
