"""Orchestration, outputs and the command line over the pure steps in `extract/`."""
