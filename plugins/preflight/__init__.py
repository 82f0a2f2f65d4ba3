"""Preflight: checks run on every note before a build that will be deployed.

Not a Pelican plugin (it must run *before* Pelican, so a broken note never reaches a
build); `runner.check_content` is the entry point `invoke check` and `invoke publish` use.
"""
