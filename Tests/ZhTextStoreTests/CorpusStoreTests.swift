import Testing
@testable import ZhTextStore
