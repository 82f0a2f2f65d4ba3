"""The recipes on top: what `invoke publish`, `invoke syndicate`, `invoke preview` and
`invoke watch` do, in order, under the one publish lock.

Nothing imports this package but `tasks.py`. It puts `publishing/` (check, build, deploy)
and `syndication/` (verify, syndicate) in order; those two never import each other.
- `publish`  check → build → deploy → verify → syndicate → refresh, and the lock
- `watch`    `invoke watch`: publish notes dropped into content/notes/ after a quiet period
"""
