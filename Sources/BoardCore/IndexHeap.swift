/// A binary heap of indexes into the caller's arrays, best first: `before(a, b)` is true when
/// `a` must come out before `b`. With a strict total order, items come out in the order a
/// sorted list gives, without moving the list on every insertion. Written here because the
/// standard library has no priority queue and swift-collections' `Heap` orders by
/// `Comparable` values, not by a rule over the caller's arrays; the levelling and the history's
/// commit order both use it.
public struct IndexHeap {
    @usableFromInline var items: [Int] = []
    @usableFromInline let before: (Int, Int) -> Bool

    @inlinable public init(before: @escaping (Int, Int) -> Bool) { self.before = before }

    @inlinable public var isEmpty: Bool { items.isEmpty }

    @inlinable public mutating func push(_ i: Int) {
        items.append(i)
        var c = items.count - 1
        while c > 0 {
            let p = (c - 1) / 2
            guard before(items[c], items[p]) else { break }
            items.swapAt(c, p)
            c = p
        }
    }

    @inlinable public mutating func pop() -> Int? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var p = 0
            while true {
                let l = 2 * p + 1, r = l + 1
                var best = p
                if l < items.count, before(items[l], items[best]) { best = l }
                if r < items.count, before(items[r], items[best]) { best = r }
                if best == p { break }
                items.swapAt(p, best)
                p = best
            }
        }
        return top
    }
}
