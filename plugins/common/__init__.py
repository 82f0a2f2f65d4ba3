"""The ground floor every other package stands on; it imports none of them.

- `errors`    `RoundsError`: a problem a person can fix, whose message ends with "Fix: …"
- `atomic`    the one way a file is replaced: temp file, fsync, rename, fsync the folder
- `siteurl`   the one answer to "is this SITEURL an absolute, public address?"
- `settings`  the project's own settings: declared once, typed, checked once
- `outcome`   what one step of a recipe reports (done or failed, in words)
- `commands`  a command as printed in a message: one that runs in a fresh terminal
"""
