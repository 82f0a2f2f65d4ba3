"""The preview loop: a saved note visible in the browser in under a second.

Not a Pelican plugin (but `buildcache`): `tasks.py` calls it (`invoke livereload`);
`invoke watch`'s publishing loop lives with the recipes (`commands/watch.py`).
- `watcher`      which file events matter; debouncing bursts into batches
- `incremental`  fast rebuilds: Pelican's content cache, then writing only what changed
- `server`       the preview HTTP server, the reload signal and the error page
- `buildcache`   keeps Pelican's content cache honest (a Pelican plugin)
"""
