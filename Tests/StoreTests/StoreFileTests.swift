import Foundation
import Testing
@testable import Store

@Suite struct StoreFileTests {
    static func probe(magic: Int64?, writable: Bool = true) -> StoreFileProbe {
        StoreFileProbe(fileSystemMagic: { _ in magic }, isWritable: { _ in writable })
    }

    static func open(_ path: String, probe: StoreFileProbe, allowNetwork: Bool = false) throws -> EarshotStore {
        try EarshotStore.open(at: path, createIfMissing: true, shared: false, user: "tester",
                              allowNetworkFileSystem: allowNetwork, probe: probe)
    }

    @Test(arguments: [
        (Int64(0x6969), "NFS"), (0xFF53_4D42, "CIFS"), (0xFE53_4D42, "SMB2"), (0x517B, "SMB"), (0x6573_5546, "FUSE"),
        (0x0102_1997, "9P"), (0x00C3_6400, "Ceph"),
    ])
    func aStoreOnANetworkFileSystemIsRefused(magic: Int64, name: String) throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("team/earshot.db")
        #expect(throws: StoreError.networkFileSystem(path: path, fileSystem: name)) {
            try Self.open(path, probe: Self.probe(magic: magic))
        }
        #expect(!FileManager.default.fileExists(atPath: path), "nothing is created on it")
        #expect(StoreError.networkFileSystem(path: path, fileSystem: name).description.contains("local disk"))
    }

    @Test func localFileSystemsAndTheOverrideOpen() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        _ = try Self.open(folder.file("ext4.db"), probe: Self.probe(magic: 0xEF53))
        _ = try Self.open(folder.file("unknown.db"), probe: Self.probe(magic: nil))
        _ = try Self.open(folder.file("nfs.db"), probe: Self.probe(magic: 0x6969), allowNetwork: true)
        let magic = try #require(FileSystemMagic.of(folder.path), "statfs answers for a real folder")
        #expect(FileSystemKind.networkName(magic: magic) == nil, "the test folder is local (magic \(String(magic, radix: 16)))")
    }

    @Test func aStoreTheUserMayNotWriteOpensReadOnly() throws {
        let (store, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(store, "small.jsonl", Fixtures.smallStore)
        let readOnly = try EarshotStore.open(at: store.path, createIfMissing: false, shared: false, user: "viewer",
                                             allowNetworkFileSystem: false, probe: Self.probe(magic: 0xEF53, writable: false))
        #expect(readOnly.isReadOnly)
        #expect(try readOnly.reviewCount(ListFilter()) == 5)
        #expect(try readOnly.doctor().isHealthy)
        #expect(throws: StoreError.readOnly(path: store.path)) { try readOnly.apply(ItemChange(note: "hi"), to: "R1") }
        #expect(throws: StoreError.readOnly(path: store.path)) {
            try readOnly.importFiles([Fixtures.input("x.jsonl", #"{"brand":"B1","text":"x"}"#)])
        }
        #expect(StoreError.readOnly(path: store.path).exitCode == 1)
        #expect(try store.reviewDetail(id: "R1")?.notes.count == 1)
    }

    @Test func aSharedStoresFolderKeepsTheGroupAndItsFilesAreGroupWritable() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = folder.file("team/earshot.db")
        let store = try EarshotStore.open(at: path, createIfMissing: true, shared: true)
        try Fixtures.importText(store, "one.jsonl", #"{"brand":"Cafe","text":"Nice."}"#)
        #expect(StoreFile.permissions(at: folder.file("team")) == 0o2770)
        for file in StoreFile.companions(of: path) {
            #expect(StoreFile.permissions(at: file) == 0o660, "\(file)")
        }
    }
}

@Suite struct ChangeCounterTests {
    @Test func anotherSessionsCommitMovesTheCounterAndOurOwnDoesNot() throws {
        let (mine, folder) = try Fixtures.store()
        defer { folder.remove() }
        try Fixtures.importText(mine, "small.jsonl", Fixtures.smallStore)
        let theirs = try EarshotStore.open(at: mine.path, user: "other")
        let start = try mine.externalChangeCounter()
        try mine.apply(ItemChange(note: "mine"), to: "R1")
        #expect(try mine.externalChangeCounter() == start)
        try theirs.apply(ItemChange(note: "theirs"), to: "R1")
        #expect(try mine.externalChangeCounter() != start)
    }
}
