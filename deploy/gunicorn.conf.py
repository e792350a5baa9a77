"""gunicorn settings for Heard's web workers: `gunicorn -c deploy/gunicorn.conf.py web.wsgi:app`.

The app is built, and its text models read, once in the master (`preload_app`);
the workers fork from it. Each starts answering at once, and the models' pages
(tens of MB) are shared between workers instead of read again by each. With
preload a reload (SIGHUP) forks new workers from the code and `config.yaml` the
master already holds: restart the service for a new release or a changed config.

The command line adds the rest (workers, bind, timeout: deploy/Procfile,
deploy/heard-web.service).
"""

import contextlib
import ctypes
import gc

preload_app = True


def pre_fork(server, worker):
    # Objects the master built go to the collector's permanent generation, so a worker's
    # collections never write to them and their pages stay shared (Python's gc.freeze recipe).
    gc.collect()
    gc.freeze()
    _return_free_heap()


def post_fork(server, worker):
    from web.wsgi import after_fork

    after_fork()


def _return_free_heap() -> None:
    """Give the OS back the heap the master freed (reading the models' JSON peaks well above
    what is kept), so a worker does not start with it counted in its resident memory."""
    with contextlib.suppress(OSError, AttributeError):  # not glibc: nothing to trim this way
        ctypes.CDLL("libc.so.6").malloc_trim(0)
