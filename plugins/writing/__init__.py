"""The writing loop: a saved note visible in the browser in under a second, and hands-free
publishing of notes dropped into content/notes/.

Not a Pelican plugin: `tasks.py` calls it (`invoke livereload`, `invoke watch`).
- `watcher`      which file events matter; debouncing bursts into batches
- `incremental`  fast rebuilds: Pelican's content cache, then writing only what changed
- `server`       the preview HTTP server, the reload signal and the error page
- `autopublish`  `invoke watch`: publish publishable notes after a quiet period
"""
