"""The cyclic collector paused around allocation-heavy stages, and how it resumes."""

from __future__ import annotations

import gc
import weakref

from specfleet._process.gc_pause import collector_paused


def test_the_collector_is_off_in_the_block_and_back_on_after_it() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # an inner block leaves it to the outer one
    assert gc.isenabled()


def test_what_the_block_built_is_not_left_in_the_young_generation() -> None:
    with collector_paused():
        built = [[index] for index in range(50_000)]
    young = {id(item) for item in gc.get_objects(generation=0)}
    assert not any(id(item) in young for item in built)
    oldest = {id(item) for item in gc.get_objects(generation=2)}
    assert all(id(item) in oldest for item in built)  # still tracked: a full collection sees them


def test_cycles_made_in_the_block_are_still_collected() -> None:
    class Node:
        pass

    with collector_paused():
        node = Node()
        node.self = node  # type: ignore[attr-defined]
        alive = weakref.ref(node)
        del node
    assert alive() is not None  # a cycle: only the collector frees it
    gc.collect()
    assert alive() is None
