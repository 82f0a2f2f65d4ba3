"""The publish pipeline: check → build → deploy → verify → syndicate → rebuild/redeploy.

Not a Pelican plugin: this is the code `tasks.py` calls. Each step is a plain function over
a `PublishContext`, so tests drive the same pipeline `invoke publish` runs.
"""
