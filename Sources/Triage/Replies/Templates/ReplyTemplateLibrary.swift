import Foundation

/// The reply templates: the built-in ones, replaced or added to by the `.txt` files in
/// `$XDG_CONFIG_HOME/earshot/templates` (else `~/.config/earshot/templates`).
public struct ReplyTemplateLibrary: Sendable, Hashable {
    /// By name, sorted.
    public private(set) var templates: [ReplyTemplate]

    public init(templates: [ReplyTemplate]) {
        self.templates = templates.sorted { $0.name < $1.name }
    }

    /// The built-in templates alone.
    public static var builtIn: ReplyTemplateLibrary {
        ReplyTemplateLibrary(templates: BuiltinReplyTemplates.texts.compactMap {
            try? ReplyTemplate(name: $0.name, source: "built-in", text: $0.text)
        })
    }

    /// The templates folder of `environment`'s config directory.
    public static func folder(environment: [String: String]) -> String {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        return base + "/earshot/templates"
    }

    /// The built-in templates with the folder's files over them; each file with a mistake is
    /// left out and reported with its line.
    public static func load(environment: [String: String]) -> (library: ReplyTemplateLibrary, errors: [ReplyTemplateError]) {
        load(folder: folder(environment: environment))
    }

    public static func load(folder: String) -> (library: ReplyTemplateLibrary, errors: [ReplyTemplateError]) {
        var byName = Dictionary(builtIn.templates.map { ($0.name, $0) }, uniquingKeysWith: { $1 })
        var errors: [ReplyTemplateError] = []
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
        for file in files {
            let path = folder + "/" + file
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                errors.append(ReplyTemplateError(source: path, line: 1, message: "cannot be read as UTF-8 text: fix or remove it"))
                continue
            }
            do throws(ReplyTemplateError) {
                let template = try ReplyTemplate(name: String(file.dropLast(4)), source: path, text: text)
                byName[template.name] = template
            } catch {
                errors.append(error)
            }
        }
        return (ReplyTemplateLibrary(templates: Array(byName.values)), errors)
    }

    /// The template called `name` (letter case ignored).
    public func template(named name: String) -> ReplyTemplate? {
        templates.first { $0.name.lowercased() == name.lowercased() }
    }

    /// The template for `tone`, else the neutral one, else the first there is.
    public func template(for tone: ReplyTone) -> ReplyTemplate? {
        template(named: tone.templateName) ?? template(named: ReplyTone.neutral.templateName) ?? templates.first
    }

    /// "apology, neutral, thanks" for messages.
    public var names: String { templates.map(\.name).joined(separator: ", ") }
}
