"""The file dependency graph's strongly connected components and a migration order.

Nodes are 0..n-1; ``deps[v]`` lists the nodes ``v`` depends on. Both algorithms keep their
own stacks: L2J's dependency chains run thousands of files deep, past Python's recursion
limit.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence


def strongly_connected(deps: Sequence[Sequence[int]]) -> list[list[int]]:
    """Tarjan's algorithm, iterative. Components come out dependencies first: a component is
    emitted only after every component it reaches."""
    n = len(deps)
    index = [-1] * n
    low = [0] * n
    on_stack = [False] * n
    stack: list[int] = []
    components: list[list[int]] = []
    counter = 0
    for root in range(n):
        if index[root] != -1:
            continue
        # Each frame: (node, position of the next edge to follow).
        work: list[tuple[int, int]] = [(root, 0)]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack[root] = True
        while work:
            v, i = work[-1]
            if i < len(deps[v]):
                work[-1] = (v, i + 1)
                w = deps[v][i]
                if index[w] == -1:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack[w] = True
                    work.append((w, 0))
                elif on_stack[w]:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[v])
            if low[v] == index[v]:
                component: list[int] = []
                while True:
                    w = stack.pop()
                    on_stack[w] = False
                    component.append(w)
                    if w == v:
                        break
                components.append(component)
    return components


def migration_order(
    deps: Sequence[Sequence[int]], components: list[list[int]], keys: Sequence[str]
) -> list[list[int]]:
    """The components in an order where each comes after all it depends on, each component's
    nodes ordered by :func:`_cycle_order`. Among the components ready at a time the one with
    the smallest key goes first (Kahn's algorithm with a heap), so the order does not depend
    on how the graph was walked and stays put when unrelated files are added."""
    owner = [0] * len(deps)
    for c, members in enumerate(components):
        for v in members:
            owner[v] = c
    waiting = [0] * len(components)  # distinct components each one still waits for
    dependents: list[set[int]] = [set() for _ in components]
    for c, members in enumerate(components):
        needed = {owner[w] for v in members for w in deps[v]} - {c}
        waiting[c] = len(needed)
        for d in needed:
            dependents[d].add(c)
    first_key = [min(keys[v] for v in members) for members in components]
    ready = [(first_key[c], c) for c in range(len(components)) if waiting[c] == 0]
    heapq.heapify(ready)
    ordered: list[list[int]] = []
    while ready:
        _, c = heapq.heappop(ready)
        ordered.append(_cycle_order(deps, components[c], keys))
        for d in dependents[c]:
            waiting[d] -= 1
            if waiting[d] == 0:
                heapq.heappush(ready, (first_key[d], d))
    return ordered


def _cycle_order(
    deps: Sequence[Sequence[int]], members: list[int], keys: Sequence[str]
) -> list[int]:
    """A cycle's files, each time the one with the fewest dependencies not placed yet (ties by
    key): as close to dependencies-first as a cycle allows, so most files find most of what
    they use already migrated. L2J's largest cycle holds most of the server."""
    if len(members) == 1:
        return list(members)
    inside = set(members)
    missing = {v: len({w for w in deps[v] if w in inside and w != v}) for v in members}
    users: dict[int, list[int]] = {v: [] for v in members}
    for v in members:
        for w in set(deps[v]) & inside - {v}:
            users[w].append(v)
    heap = [(missing[v], keys[v], v) for v in members]
    heapq.heapify(heap)
    placed: set[int] = set()
    order: list[int] = []
    while heap:
        count, _, v = heapq.heappop(heap)
        # Stale entries (the count fell since) are skipped; the fresh one is in the heap.
        if v in placed or count != missing[v]:
            continue
        placed.add(v)
        order.append(v)
        for u in users[v]:
            if u not in placed:
                missing[u] -= 1
                heapq.heappush(heap, (missing[u], keys[u], u))
    return order
