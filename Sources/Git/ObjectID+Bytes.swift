/// Object ids from raw bytes, for callers that store ids themselves (caches).
extension ObjectID {
    /// The id whose 20 raw bytes these are; nil for any other length.
    public init?(bytes: [UInt8]) {
        guard bytes.count == 20 else { return nil }
        self.bytes = bytes
    }
}
