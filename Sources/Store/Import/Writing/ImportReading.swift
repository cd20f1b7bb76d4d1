import Foundation

/// Reads, checks and tags an import's inputs on a thread of its own, sending the writer one
/// window of records at a time: a big input is never held in memory whole, and reading and
/// tagging the next window overlaps writing the current one.
enum ImportReading {
    /// Starts reading `sources` in order into `channel`; the channel is finished when done.
    static func start(_ sources: [ImportSource], options: ImportOptions, into channel: BatchChannel) {
        let thread = Thread {
            channel.finish(read(sources, options: options, into: channel))
        }
        // The JSON parser recurses per nesting level; leave it the main thread's room.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Reads every source, sending full windows as they fill; returns what was rejected and warned about.
    static func read(_ sources: [ImportSource], options: ImportOptions, into channel: BatchChannel) -> ImportPreparation {
        var reading = ImportPreparation()
        var batch = ImportBatch()
        var stopped = false
        let cpu = ReadingCPU()
        var recordCount = 0
        for (index, source) in sources.enumerated() where !stopped {
            options.progress?(ImportProgress(phase: .reading, done: index, total: sources.count))
            reading.fileOrder[source.name] = reading.fileOrder[source.name] ?? index
            var decodeRejections: [Rejection] = []
            let sourceReading = SourceReader.read(source, keepRawText: options.skipBadTo != nil,
                                                  columnMap: options.columnMap) { record in
                guard !stopped else { return }
                switch RecordDecoder.decode(record, dateShift: options.dateShift) {
                case .success(let decoded): batch.records.append(decoded)
                case .failure(let rejection):
                    decodeRejections.append(rejection)
                    if let (kind, fileID) = RecordDecoder.declaredID(of: record) {
                        batch.rejectedIDs.append(ImportBatch.RejectedID(kind: kind, fileID: fileID, line: record.line))
                    }
                }
                if batch.records.count >= ItemTagging.windowSize {
                    recordCount += batch.records.count
                    stopped = !send(&batch, options: options, into: channel, cpu: cpu)
                }
            }
            reading.rejections += sourceReading.rejections + decodeRejections
            reading.warnings += sourceReading.warnings
        }
        recordCount += batch.records.count
        if !stopped { _ = send(&batch, options: options, into: channel, cpu: cpu) }
        options.progress?(ImportProgress(phase: .reading, done: sources.count, total: sources.count))
        if ReadingCPU.isRequested {
            FileHandle.standardError.write(Data((cpu.summary(records: recordCount) + "\n").utf8))
        }
        return reading
    }

    /// Tags the window's items and queues it; false when the writer has stopped.
    private static func send(_ batch: inout ImportBatch, options: ImportOptions, into channel: BatchChannel,
                             cpu: ReadingCPU) -> Bool {
        defer { batch = ImportBatch() }
        ItemTagging.tag(&batch.records, tagger: options.tagger, cpu: cpu)
        cpu.windowReady()
        let waitStarted = DispatchTime.now().uptimeNanoseconds
        defer { cpu.addWaiting(Double(DispatchTime.now().uptimeNanoseconds - waitStarted) / 1e9) }
        return channel.put(batch)
    }
}
