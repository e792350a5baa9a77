"""Benchmarks: `make bench` runs them all; each prints ratios against a baseline run alongside."""
