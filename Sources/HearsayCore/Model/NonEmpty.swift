extension Array {
  /// Nil when empty: `exact.nonEmpty ?? fallback`.
  public var nonEmpty: Self? { isEmpty ? nil : self }
}
