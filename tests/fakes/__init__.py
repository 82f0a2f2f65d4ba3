"""Faithful fakes of the outside world (network services) for tests: real local servers."""
