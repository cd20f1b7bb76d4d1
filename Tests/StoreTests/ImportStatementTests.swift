import Foundation
import GRDB
import Testing
@testable import Store

/// The import's prepared statements keep the texts and blobs bound to them aside until they run:
/// every value must reach the row exactly, with its type, however many and long they are.
@Suite struct ImportStatementTests {
    static func rows(_ values: [(text: String?, blob: [UInt8]?)]) throws -> [String] {
        let queue = try DatabaseQueue()
        return try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (n INTEGER, a, b, c)")
            let insert = try ImportStatement(db, sql: "INSERT INTO t (n, a, b, c) VALUES (?, ?, ?, ?)")
            for (number, value) in values.enumerated() {
                insert.bind(Int64(number))
                insert.bind(value.text)
                insert.bind(value.blob)
                insert.bind(value.text.map { $0 + "|" + $0 })
                try insert.run()
            }
            return try Row.fetchAll(db, sql: """
                SELECT n, typeof(a), a, typeof(b), hex(b), c FROM t ORDER BY n
                """).map { "\($0)" }
        }
    }

    @Test func textsAndBlobsReachTheRowAsBound() throws {
        let long = String(repeating: "crème brûlée ", count: 500)
        let values: [(text: String?, blob: [UInt8]?)] = [
            ("flat white", [1, 2, 3]), ("", []), (nil, nil), (long, Array(repeating: 0xAB, count: 3_000)), ("Zoë 🍰", [0]),
        ]
        let expected = values.enumerated().map { number, value in
            let text = value.text.map { #"typeof(a):"text" a:"\#($0)""# } ?? #"typeof(a):"null" a:NULL"#
            let blob = value.blob.map { #"typeof(b):"blob" hex(b):"\#($0.map { String(format: "%02X", $0) }.joined())""# }
                ?? #"typeof(b):"null" hex(b):"""#
            let pair = value.text.map { #"c:"\#($0)|\#($0)""# } ?? "c:NULL"
            return "[n:\(number) \(text) \(blob) \(pair)]"
        }
        #expect(try Self.rows(values) == expected)
    }

    @Test func aFailedRunThrowsAndTheNextRunStartsAfresh() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (a TEXT NOT NULL UNIQUE)")
            let insert = try ImportStatement(db, sql: "INSERT INTO t (a) VALUES (?)")
            insert.bind("once")
            try insert.run()
            insert.bind("once")
            #expect(throws: DatabaseError.self) { try insert.run() }
            insert.bind("twice")
            try insert.run()
            #expect(try String.fetchAll(db, sql: "SELECT a FROM t ORDER BY a") == ["once", "twice"])
        }
    }
}
