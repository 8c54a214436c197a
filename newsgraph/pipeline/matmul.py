"""Faster matrix products for the pipeline's networks: numpy's OpenBLAS on one thread instead of blis.

Most of the time of spaCy's networks (and the news NER's) goes to the matrix products of their
tok2vec. On this project's CPUs the OpenBLAS that numpy bundles multiplies float32 matrices of
that shape about 1.8x faster than the blis behind thinc's ``NumpyOps``; the model's layers get
``MatmulOps``, whose ``gemm`` calls
``numpy.matmul`` (the same products up to rounding). OpenBLAS would otherwise spread small
products over every core, which on a busy machine costs more than it saves and breaks
newsgraph's one-core-per-process design, so products run with OpenBLAS limited to the calling
thread (``openblas_set_num_threads_local``, OpenBLAS >= 0.3.27). Where that cannot be set (a
numpy built on another BLAS), ``use_matmul`` leaves the model on blis.
"""

import ctypes
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy
from thinc.api import Model, NumpyOps


class MatmulOps(NumpyOps):  # type: ignore[misc]
    """thinc's CPU ops with ``gemm`` done by ``numpy.matmul`` (numpy's BLAS) instead of blis."""

    def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return numpy.matmul(a, b)
        numpy.matmul(a, b, out=out)
        return out


@lru_cache(maxsize=1)
def _openblas() -> Any:
    """numpy's bundled OpenBLAS, if it offers a per-thread thread count; else None."""
    libs = Path(numpy.__file__).resolve().parent.parent / "numpy.libs"
    for path in sorted(libs.glob("lib*openblas*.so*")):
        try:
            lib = ctypes.CDLL(str(path))
            setter = lib.openblas_set_num_threads_local
        except (OSError, AttributeError):
            continue
        setter.argtypes, setter.restype = [ctypes.c_int], ctypes.c_int
        return lib
    return None


def blas_one_thread_available() -> bool:
    """True if numpy's BLAS can be held to one thread (so ``MatmulOps`` may be used)."""
    return _openblas() is not None


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run the block with numpy's OpenBLAS on the calling thread only; restore the count after."""
    lib = _openblas()
    if lib is None:
        yield
        return
    previous = lib.openblas_set_num_threads_local(1)
    try:
        yield
    finally:
        lib.openblas_set_num_threads_local(previous)


def use_matmul(model: Model) -> bool:
    """Give every layer of ``model`` ``MatmulOps`` where OpenBLAS can run on one thread; True if done.

    Run the model inside ``one_blas_thread()``.
    """
    if not blas_one_thread_available():
        return False
    ops = MatmulOps()
    for node in model.walk():
        node.ops = ops
    return True
