"""Processes that die with their parent, so that nothing the coach started outlives it.

Linux's PR_SET_PDEATHSIG asks the kernel to send a signal to a process when its parent dies, however the
parent died (kill -9 included). scripts/serve.py sets it in every server it starts, and on itself under
`make`; scripts/rasa_server.py and scripts/action_server.py set it again in each of their Sanic workers
(the setting is cleared across fork). Elsewhere (macOS) there is no such call and this does nothing:
serve.py's own signal handling still stops its children.
"""
import ctypes
import ctypes.util
import os
import signal
import sys
from typing import Optional

PR_SET_PDEATHSIG = 1
_libc: Optional[ctypes.CDLL] = None
if sys.platform.startswith("linux"):
    _libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


def die_with_parent(parent: Optional[int] = None, signum: int = signal.SIGTERM) -> None:
    """From now on, `signum` reaches this process when its parent dies. `parent`, when given, is the pid
    the parent had before this process was started: if it already died (the process has been re-parented),
    this process exits at once, as the signal would have come too early to be seen."""
    if _libc is None:
        return
    _libc.prctl(PR_SET_PDEATHSIG, signum, 0, 0, 0)
    if parent is not None and os.getppid() != parent:
        os._exit(1)
