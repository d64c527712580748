"""The compiled inner loop of a PDQ segment search (numba): probe, gather and verify in one pass.

The numpy search (``Segment.search_numpy``) makes ~20 passes over arrays of ~20k entries a
query at 100M hashes, each a sweep through memory; here every probe key, bucket bound, posting
and candidate hash is touched once, in three stages per query so that the random reads of one
stage are independent of each other and the CPU can have many in flight:

1. every probe's bucket bounds (``table[key]``, ``table[key + 1]``: one cache line, mostly);
2. the rows of the non-empty buckets (``postings``), a small block at a time;
3. each row's hash, XORed with the query and counted (``llvm.ctpop``): a hit is kept.

Stages 1 and 2 prefetch (``llvm.prefetch``) the bucket bound and the posting they will read
``_AHEAD`` probes later, and stage 2 prefetches each gathered row's hash for stage 3, which
hides most of the DRAM latency behind the work on the current entries (measured in
docs/decisions/0021-compiled-pdq-search.md). Hits may repeat (a hash near the query in several
chunks): the caller removes repeats and tombstoned rows.

``search_kernel`` is None when numba cannot be imported; the segment then uses the numpy path,
which gives the same results (the tests compare both with brute force).
"""

from __future__ import annotations

from typing import Any

try:
    import numba
    import numpy as np
    from llvmlite import ir
    from numba.core import cgutils, types
    from numba.extending import intrinsic
except ImportError:  # pragma: no cover - numba is a dependency; the numpy path stays correct without it
    numba = None

_AHEAD = 64  # prefetch distance in entries (measured at 10M: 16 -> 118 us a query, 32 -> 104, 64 -> 97, 128+ no better)

search_kernel: Any = None

if numba is not None:

    @intrinsic  # type: ignore[untyped-decorator]  # numba is read as untyped (pyproject's mypy overrides)
    def _popcount(typingctx: Any, value: Any) -> Any:
        signature = types.uint64(types.uint64)

        def codegen(context: Any, builder: Any, sig: Any, args: Any) -> Any:
            return builder.ctpop(args[0])

        return signature, codegen

    @intrinsic  # type: ignore[untyped-decorator]  # numba is read as untyped (pyproject's mypy overrides)
    def _prefetch(typingctx: Any, array: Any, index: Any) -> Any:
        """Hint the cache line of ``array[index]`` (1-d, C-contiguous) into cache; no bounds check
        (a prefetch never faults)."""
        signature = types.void(array, index)

        def codegen(context: Any, builder: Any, sig: Any, args: Any) -> Any:
            array_type = sig.args[0]
            handle = context.make_array(array_type)(context, builder, args[0])
            pointer = cgutils.get_item_pointer(context, builder, array_type, handle, [args[1]], wraparound=False)
            byte_pointer = builder.bitcast(pointer, ir.IntType(8).as_pointer())
            i32 = ir.IntType(32)
            function_type = ir.FunctionType(ir.VoidType(), [byte_pointer.type, i32, i32, i32])
            function = cgutils.get_or_insert_function(builder.module, function_type, "llvm.prefetch.p0")
            builder.call(function, [byte_pointer, i32(0), i32(3), i32(1)])  # read, keep in all levels, data
            return context.get_dummy_value()

        return signature, codegen

    def _search(queries: Any, values: Any, probe_chunk: Any, probe_mask: Any, probe_base: Any, table: Any,
                postings: Any, hashes: Any, max_distance: int, bounds: Any, rows: Any, out_query: Any,
                out_row: Any, out_distance: Any) -> int:  # pragma: no cover - compiled; run through the tests
        capacity = len(out_row)
        probes = len(probe_mask)
        block = len(rows)
        found = 0
        for q in range(len(queries)):
            q0, q1, q2, q3 = queries[q, 0], queries[q, 1], queries[q, 2], queries[q, 3]
            # 1. bucket bounds of every probe
            for p in range(probes):
                ahead = p + _AHEAD
                if ahead < probes:
                    _prefetch(table, (values[q, probe_chunk[ahead]] ^ probe_mask[ahead]) + probe_base[ahead])
                key = (values[q, probe_chunk[p]] ^ probe_mask[p]) + probe_base[p]
                bounds[2 * p] = table[key]
                bounds[2 * p + 1] = table[key + 1]
            p = 0
            j = bounds[0] if probes else 0
            while True:
                # 2. a block of candidate rows
                fill = 0
                while p < probes and fill < block:
                    end = bounds[2 * p + 1]
                    while j < end and fill < block:
                        rows[fill] = postings[j]
                        _prefetch(hashes, rows[fill] * 4)  # read in stage 3 a few hundred ns later
                        fill += 1
                        j += 1
                    if j >= end:
                        p += 1
                        if p < probes:
                            j = bounds[2 * p]
                            ahead = p + _AHEAD
                            if ahead < probes and bounds[2 * ahead] < bounds[2 * ahead + 1]:
                                _prefetch(postings, bounds[2 * ahead])
                if fill == 0:
                    break
                # 3. verify them on all 256 bits
                for i in range(fill):
                    base = rows[i] * 4
                    distance = np.int64(_popcount(hashes[base] ^ q0) + _popcount(hashes[base + 1] ^ q1)
                                        + _popcount(hashes[base + 2] ^ q2) + _popcount(hashes[base + 3] ^ q3))
                    if distance <= max_distance:
                        if found < capacity:
                            out_query[found] = q
                            out_row[found] = rows[i]
                            out_distance[found] = distance
                        found += 1
        return found

    try:
        search_kernel = numba.njit(cache=True, nogil=True, boundscheck=False)(_search)
    except RuntimeError:  # no writable cache directory (numba's own, or ~/.cache): compile per process
        search_kernel = numba.njit(nogil=True, boundscheck=False)(_search)
