import Foundation
import PackagePlugin

/// Compiles every file under the package's `Resources/` into the target as
/// `EmbeddedResources.files`, at build time: the binary works when copied
/// alone to another machine (no `Bundle.module`), and editing a resource
/// needs no generated file to be committed beside it.
@main
struct EmbedResourcesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let resources = context.package.directoryURL.appendingPathComponent("Resources")
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedResources.swift")
        var files: [URL] = []
        if let walker = FileManager.default.enumerator(at: resources, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker
            where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                files.append(url)
            }
        }
        files.sort { $0.path < $1.path }
        return [.buildCommand(displayName: "Embedding Resources/ into \(target.name)",
                              executable: try context.tool(named: "embed-resources").url,
                              arguments: [resources.path, output.path] + files.map(\.path),
                              inputFiles: files, outputFiles: [output])]
    }
}
