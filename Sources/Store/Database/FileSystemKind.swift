/// Names the file systems a store must not live on, from `statfs`'s `f_type` magic number.
///
/// WAL keeps its index in shared memory (the -shm file), which only works when every process
/// runs on one host: over NFS, SMB/CIFS or a FUSE mount (sshfs and the like) two sessions
/// corrupt the store. The numbers are Linux's (`linux/magic.h`, `statfs(2)`).
enum FileSystemKind {
    static let network: [Int64: String] = [
        0x6969: "NFS",
        0x517B: "SMB",
        0xFE53_4D42: "SMB2",
        0xFF53_4D42: "CIFS",
        0x6573_5546: "FUSE",
        0x5346_414F: "AFS",
        0x7375_7245: "Coda",
        0x0102_1997: "9P",
        0x564C: "NCP",
        0x00C3_6400: "Ceph",
        0x0BD0_0BD0: "Lustre",
        0x4750_4653: "GPFS",
        0xAAD7_AAEA: "PanFS",
    ]

    /// The network file system's name for a magic number, or nil for a local one.
    static func networkName(magic: Int64) -> String? {
        network[magic]
    }
}
