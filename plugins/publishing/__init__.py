"""Publishing a site: check, build, deploy (and `invoke new`), each a plain function.

Not a Pelican plugin: the recipe in `commands/` puts these steps in order with the
syndication steps; nothing here imports `syndication/` (nor the other way round).
- `steps`    check → build → deploy over typed inputs, each returning a `StepOutcome`
- `deploy`   the targets, in a registry keyed by scheme (folder, rsync, gh-pages, s3)
- `project`  where a site is, and the one place that loads (and checks) its settings
- `lock`     one publish at a time
"""
